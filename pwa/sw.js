// ntm-calc service worker: keeps the app working offline after one visit.
// scripts/build fills in the version and the list of files; do not edit the copy in dist/.
const CACHE = 'ntm-calc-__VERSION__';
const ASSETS = __ASSETS__;

// The host's rule sets are kept too: its file, or that it has none (a 404).
const HOSTED = new URL('rule-sets.json', self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS).then(() => fetch(HOSTED)
    .then((response) => (response.ok || response.status === 404 ? cache.put(HOSTED, response) : undefined))
    .catch(() => undefined))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(
        keys.filter((k) => k.startsWith('ntm-calc-') && k !== CACHE).map((k) => caches.delete(k)),
      ))
      .then(() => self.clients.claim()),
  );
});

// The page asks a waiting version to take over when the person chooses to reload.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages: the network first, so that a new version is seen; the cached page offline.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        })
        .catch(() => caches.match(request, { ignoreSearch: true })
          .then((hit) => hit || caches.match(new URL('./', self.registration.scope).href))),
    );
    return;
  }
  if (request.url.split('?')[0] === HOSTED) {
    // The host's rule sets: the copy kept (a file, or "none") at once, so that a start never
    // waits on the network for them; refreshed behind it, so a newer file wins at the next visit.
    event.respondWith(caches.open(CACHE).then((cache) => cache.match(request).then((kept) => {
      const fresh = fetch(request).then((response) => {
        if (response.ok || response.status === 404) cache.put(request, response.clone());
        return response;
      });
      if (kept) {
        event.waitUntil(fresh.catch(() => undefined));
        return kept;
      }
      return fresh.catch(() => Response.error());
    })));
    return;
  }
  if (new URL(request.url).pathname.includes('/excel/')) {
    // The workbook worker's files: not installed with the app, kept once a workbook is opened
    // (the cache goes with the version, so a new version fetches them again).
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request).then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(request, copy));
      }
      return response;
    })));
    return;
  }
  // Hashed files never change: the cache first.
  event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
});
