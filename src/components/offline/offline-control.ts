/**
 * The "Für offline speichern" control (OfflineControl.astro): registers the service worker only when
 * the reader asks (nothing is downloaded before), shows progress and whether the saved copy is
 * complete and current, and offers "Neue Version verfügbar – neu laden" when a new build has been
 * downloaded by its worker. The worker is src/lib/offline/service-worker.js.
 */
import { germanNumber } from '../../lib/germanNumber.ts';
import { OFFLINE_ABLE } from './offline-able.ts';

interface Manifest {
  version: string;
  files: { path: string; size: number }[];
  bytes: number;
}

const mb = germanNumber({ maximumFractionDigits: 1, minimumFractionDigits: 1 });
const count = germanNumber();

/**
 * A download size in German.
 *
 * @example
 * formatSize(6_123_456); // '6,1 MB'
 */
export function formatSize(bytes: number): string {
  return `${mb.format(bytes / 1e6)} MB`;
}

/** Files of the manifest the cache of its version holds (the manifest itself not counted). */
async function storedFiles(manifest: Manifest, base: string): Promise<number> {
  const name = `vss-offline-${manifest.version}`;
  if (!(await caches.has(name))) return 0;
  const keys = await (await caches.open(name)).keys();
  const manifestUrl = new URL(`${base}offline-manifest.json`, location.origin).href;
  return keys.filter((request) => request.url !== manifestUrl).length;
}

function setup(root: HTMLElement) {
  const base = root.dataset.base ?? '/';
  const save = root.querySelector<HTMLButtonElement>('[data-offline-save]')!;
  const forget = root.querySelector<HTMLButtonElement>('[data-offline-forget]')!;
  const reload = root.querySelector<HTMLButtonElement>('[data-offline-reload]')!;
  const status = root.querySelector<HTMLElement>('[data-offline-status]')!;
  let manifest: Manifest | undefined;

  const loadManifest = async () => {
    manifest ??= (await (await fetch(`${base}offline-manifest.json`)).json()) as Manifest;
    save.textContent = `Für offline speichern (${formatSize(manifest.bytes)})`;
    return manifest;
  };

  let updateReady = false;
  const UPDATE_NOTE =
    'Eine neue Fassung des Kapitels ist heruntergeladen; die gespeicherte gilt, bis Sie neu laden.';
  const showUpdate = () => {
    updateReady = true;
    save.hidden = true;
    forget.hidden = true;
    reload.hidden = false;
    status.textContent = UPDATE_NOTE;
  };

  const follow = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) showUpdate();
    });
  const watch = (registration: ServiceWorkerRegistration) => {
    if (registration.waiting && navigator.serviceWorker.controller) showUpdate();
    follow(registration.installing);
    registration.addEventListener('updatefound', () => follow(registration.installing));
  };

  // The state line. Where it cannot be read, it says which step failed: the file list (no
  // connection and no copy yet) or the browser's storage (refused, e.g. by privacy settings, even
  // where `caches` exists; then saving cannot work either).
  const refresh = async () => {
    let current: Manifest;
    let stored: number;
    try {
      current = await loadManifest();
    } catch {
      if (!updateReady)
        status.textContent = 'Der Stand der Offline-Kopie ist gerade nicht abrufbar (keine Verbindung?).';
      return;
    }
    try {
      stored = await storedFiles(current, base);
    } catch {
      save.disabled = true;
      status.textContent =
        'Offline speichern geht hier nicht: Der Browser gibt dieser Seite keinen Speicher (etwa wegen der Datenschutz-Einstellungen). Online bleibt alles lesbar.';
      return;
    }
    const total = current.files.length;
    if (updateReady) {
      status.textContent = UPDATE_NOTE;
      return;
    }
    forget.hidden = stored === 0;
    if (stored === 0) status.textContent = 'Noch nicht offline gespeichert.';
    else if (stored < total) {
      status.textContent = `Offline-Kopie unvollständig: ${count.format(stored)} von ${count.format(total)} Dateien. Bitte erneut speichern.`;
    } else {
      status.textContent = `Offline gespeichert: vollständig und aktuell (${count.format(total)} Dateien, ${formatSize(current.bytes)}).`;
    }
  };

  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type: string; done?: number; total?: number; reason?: string };
    if (data.type === 'progress' && data.done !== undefined && data.total !== undefined) {
      if (data.done % 20 === 0 || data.done === data.total) {
        status.textContent = `Wird gespeichert … ${count.format(data.done)} von ${count.format(data.total)} Dateien`;
      }
    } else if (data.type === 'saved' || data.type === 'forgotten') {
      save.disabled = false;
      void refresh();
    } else if (data.type === 'failed') {
      save.disabled = false;
      status.textContent =
        data.reason === 'version'
          ? 'Speichern abgebrochen: Auf dem Server liegt inzwischen eine neue Version. Bitte die Seite neu laden.'
          : 'Speichern fehlgeschlagen (keine Verbindung?). Bitte später erneut versuchen.';
    }
  });

  save.addEventListener('click', async () => {
    save.disabled = true;
    status.textContent = 'Wird gespeichert …';
    try {
      const registration = await navigator.serviceWorker.register(`${base}sw.js`, {
        scope: base,
        updateViaCache: 'none',
      });
      watch(registration);
      const ready = await navigator.serviceWorker.ready;
      ready.active?.postMessage({ type: 'save' });
    } catch {
      save.disabled = false;
      status.textContent = 'Dieser Browser kann die Seite hier nicht offline speichern.';
    }
  });

  forget.addEventListener('click', async () => {
    (await navigator.serviceWorker.getRegistration(base))?.active?.postMessage({ type: 'forget' });
  });

  // The reader agrees: the waiting worker takes over, then the page reloads exactly once, so the new
  // version's HTML comes with its own assets (the old page never runs on the new version's files).
  reload.addEventListener('click', async () => {
    reload.disabled = true;
    status.textContent = 'Neue Fassung wird geladen …';
    let reloading = false;
    const reloadOnce = () => {
      if (reloading) return;
      reloading = true;
      location.reload();
    };
    const registration = await navigator.serviceWorker.getRegistration(base);
    const waiting = registration?.waiting;
    // Already switched (in another tab, say): only the page is old.
    if (!waiting) return reloadOnce();
    navigator.serviceWorker.addEventListener('controllerchange', reloadOnce);
    // A page the worker does not control gets no controllerchange; the new state says it too.
    waiting.addEventListener('statechange', () => {
      if (waiting.state === 'activated') reloadOnce();
    });
    waiting.postMessage({ type: 'activate' });
  });

  void navigator.serviceWorker
    .getRegistration(base)
    .then((registration) => registration && watch(registration));
  // The size and the state need one small request; make it when the control comes into view.
  new IntersectionObserver((entries, observer) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    void refresh();
  }).observe(root);
}

// Shown and set up only where the head's check found service workers and storage (offline-able.ts).
if (document.documentElement.hasAttribute(OFFLINE_ABLE)) {
  try {
    document.querySelectorAll<HTMLElement>('[data-offline]').forEach(setup);
  } catch {
    // Storage is blocked after all (privacy settings): the site works on without a copy or control.
    document.documentElement.removeAttribute(OFFLINE_ABLE);
  }
}
