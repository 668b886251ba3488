/* global OFFLINE */
// The site's service worker (the build prepends `const OFFLINE = { version, base }`; see
// src/integrations/offline.ts). A small own worker rather than Workbox: it does exactly three
// things, and each is easier to check in 100 lines than in a generated precache config.
// 1. Nothing is stored until the reader asks ("Für offline speichern" posts `save`): then every file
//    in offline-manifest.json goes into one cache per build version.
// 2. Requests under the base path are answered from that version's cache (query ignored, so lab
//    URLs and Pagefind's `?ts=` work offline), else from the network; other origins are never
//    touched. Old HTML never meets new assets: one worker serves one version's cache.
// 3. A new build is a new worker. It downloads its whole version while the old one keeps serving,
//    then waits until the reader agrees ("Neue Version verfügbar – neu laden" posts `activate`).

const CACHE = `vss-offline-${OFFLINE.version}`;
const PREFIX = 'vss-offline-';
const scope = new URL(OFFLINE.base, self.location.origin).href;

/** Downloads every file of this version into its cache, telling each client how far it got. */
async function saveAll(report) {
  const response = await fetch(`${scope}offline-manifest.json`, { cache: 'no-store' });
  const manifest = await response.json();
  if (manifest.version !== OFFLINE.version) throw new Error('version');
  const cache = await caches.open(CACHE);
  let done = 0;
  const queue = [...manifest.files];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const url = new URL(file.path, scope).href;
      if (!(await cache.match(url))) {
        const got = await fetch(url, { cache: 'no-store' });
        if (!got.ok) throw new Error(`${got.status} ${file.path}`);
        await cache.put(url, got);
      }
      done += 1;
      report({ type: 'progress', done, total: manifest.files.length });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  await cache.put(`${scope}offline-manifest.json`, new Response(JSON.stringify(manifest)));
}

async function hasOfflineCopy() {
  const names = await caches.keys();
  return names.some((name) => name.startsWith(PREFIX));
}

async function broadcast(message) {
  for (const client of await self.clients.matchAll()) client.postMessage(message);
}

self.addEventListener('install', (event) => {
  // An update of a saved copy downloads the new version now, while the old one keeps serving.
  event.waitUntil(hasOfflineCopy().then((saved) => (saved ? saveAll(() => undefined) : undefined)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  const { type } = event.data ?? {};
  if (type === 'activate') self.skipWaiting();
  if (type === 'save') {
    event.waitUntil(
      saveAll(broadcast).then(
        () => broadcast({ type: 'saved' }),
        (error) => broadcast({ type: 'failed', reason: String(error?.message ?? error) }),
      ),
    );
  }
  if (type === 'forget') {
    event.waitUntil(caches.delete(CACHE).then(() => broadcast({ type: 'forgotten' })));
  }
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      try {
        return await fetch(request);
      } catch (error) {
        // Offline and not saved: a page gets the saved 404 page (German), anything else fails.
        const fallback = request.mode === 'navigate' ? await cache.match(`${scope}404.html`) : undefined;
        if (fallback) return fallback;
        throw error;
      }
    }),
  );
});
