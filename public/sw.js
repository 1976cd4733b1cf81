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
// The app's own address is its shell: some hosts redirect /index.html to /.
const SHELL = self.registration.scope;

/** Fetch one file of this build, checked with the server, never as a redirect. */
async function fresh(url) {
  // `no-cache` asks the server whether the browser's copy is current: a fresh build never
  // picks up yesterday's files, and the screens' code the page has just fetched ahead of
  // use (src/platform/prefetch.rs) isn't downloaded a second time.
  const response = await fetch(new Request(url, { cache: 'no-cache' }));
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  // Browsers refuse a redirected response for a page load; keep a clean copy instead.
  return response.redirected ? new Response(await response.blob(), { headers: response.headers }) : response;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        FILES.map((file) => {
          const url = file === 'index.html' ? SHELL : new URL(file, SHELL).href;
          return fresh(url).then((response) => cache.put(url, response));
        }),
      ),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('limber-') && key !== CACHE).map((key) => caches.delete(key))))
      // Take the open pages at once: on the first install so the app works offline from the
      // first visit; after an update (which only happens when a page asked for it) so every
      // tab uses files that are still cached. A tab mid-session keeps running the code it
      // already loaded; it only meets the new version when it reloads.
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
