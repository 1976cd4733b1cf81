// Limber's service worker: keeps every file of one build on the device so the app starts
// with or without a network.
//
// The two placeholders below are filled in by scripts/post-build.mjs (a Trunk post_build
// hook) from the files Trunk actually staged, so the list can never go stale. A new build
// gets a new VERSION, so the browser installs it beside the old one; it waits until the page
// asks it to take over (the "Update ready" prompt), and never swaps under a running session.
const VERSION = '__LIMBER_VERSION__';
const FILES = __LIMBER_FILES__;

const CACHE = `limber-${VERSION}`;
const SHELL = new URL('index.html', self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // `reload` skips the HTTP cache: a fresh build must not pick up yesterday's files.
      cache.addAll(FILES.map((file) => new Request(new URL(file, self.registration.scope), { cache: 'reload' }))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('limber-') && key !== CACHE).map((key) => caches.delete(key))))
      // The first install takes the open page at once, so it works offline from the first visit.
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  if (request.mode === 'navigate') {
    // Every page of the app is the same shell; the router reads the path.
    event.respondWith(caches.match(SHELL, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
