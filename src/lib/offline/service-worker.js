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
//    then waits until the reader agrees ("Neue Version verfügbar – neu laden" posts `activate`, the
//    page reloads once on controllerchange). Until that reload the old page may still ask for its
//    own hashed assets: the new worker answers from the old version's cache too, and deletes the
//    old caches only when it serves its first page (the reloaded one), never half-way.

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
  event.waitUntil(self.clients.claim());
});

/** Deletes the caches of earlier versions (once this version serves its first page). */
let cleaned = false;
async function deleteOldVersions() {
  if (cleaned) return;
  cleaned = true;
  const names = await caches.keys();
  await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
}

/** This version's copy of a request, else an earlier version's (an old page still open), else none. */
async function fromCaches(request) {
  // caches.match, not caches.open: looking must not create an empty cache (that would count as saved).
  const own = await caches.match(request, { ignoreSearch: true, cacheName: CACHE });
  if (own) return own;
  if (request.mode === 'navigate') return undefined;
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const old = await caches.match(request, { ignoreSearch: true, cacheName: name });
    if (old) return old;
  }
  return undefined;
}

self.addEventListener('message', (event) => {
  const { type } = event.data ?? {};
  if (type === 'activate') event.waitUntil(self.skipWaiting());
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
  const answer = (async () => {
    const cached = await fromCaches(request);
    if (cached) return cached;
    try {
      return await fetch(request);
    } catch (error) {
      // Offline and not saved: a page gets the saved 404 page (German), anything else fails.
      const fallback =
        request.mode === 'navigate'
          ? await caches.match(`${scope}404.html`, { cacheName: CACHE })
          : undefined;
      if (fallback) return fallback;
      throw error;
    }
  })();
  event.respondWith(answer);
  // A page of this version is being served: pages of older versions are gone from this tab.
  if (request.mode === 'navigate') event.waitUntil(answer.then(deleteOldVersions, () => undefined));
});
