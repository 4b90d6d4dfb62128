// Soleus service worker: keeps the player's page, scripts and styles so that a session planned while online plays
// offline (the plan itself is kept by the player in IndexedDB). Network first, the cache when the network fails.
// Only GET requests for the files below and navigations to /play are touched; everything else goes straight on.

const CACHE = 'soleus-player-v4';
const FILES = [
  '/play',
  '/css/site.css',
  '/js/sync.js',
  '/js/safety.js',
  '/js/local-times.js',
  '/js/player/main.js',
  '/js/player/clock.js',
  '/js/player/machine.js',
  '/js/player/timeline.js',
  '/js/player/session.js',
  '/js/player/resume.js',
  '/js/player/view.js',
  '/js/player/controls.js',
  '/js/player/speech.js',
  '/js/player/sound.js',
  '/js/player/calf.js',
  '/js/player/wakelock.js',
  '/js/player/store.js',
  '/js/player/record.js',
  '/js/player/finish.js',
  '/manifest.webmanifest',
  '/img/icon.svg',
];

/** @param {Cache} cache @param {string} path @param {Response} response */
function keep(cache, path, response) {
  return response.ok && !response.redirected ? cache.put(path, response) : Promise.resolve();
}

self.addEventListener('install', event => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all(FILES.map(path => fetch(path, { credentials: 'same-origin' }).then(r => keep(cache, path, r)).catch(() => {})));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', event => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !FILES.includes(url.pathname)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(request);
      await keep(cache, url.pathname, response.clone());
      return response;
    } catch (e) {
      const kept = await cache.match(url.pathname);
      if (kept) return kept;
      throw e;
    }
  })());
});
