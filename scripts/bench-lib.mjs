// What the load benchmarks share (scripts/bench.mjs, scripts/bench-i18n.mjs): serving built
// sites as a static host does, listing their files, and time to usable on the mobile profile.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ftl': 'text/plain; charset=utf-8',
  '.ftl': 'text/plain; charset=utf-8',
};

export const median = (xs) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];

/** Every file under `dir`, as paths relative to it. */
export function files(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/**
 * The file under `root` for a request (its site's index.html for any address the site doesn't
 * have; a site is the first path segment), or null.
 */
export function fileFor(root, req) {
  const url = new URL(req.url, 'http://x');
  const [, site] = url.pathname.split('/');
  let file = join(root, decodeURIComponent(url.pathname));
  try {
    if (!statSync(file).isFile()) throw new Error();
  } catch {
    file = join(root, site ?? '', 'index.html');
  }
  try {
    return { file, body: readFileSync(file) };
  } catch {
    return null;
  }
}

/** `body` gzipped (as any real static host sends it) when the request accepts it. */
export function encoded(req, body, headers) {
  if (!/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) return body;
  headers['content-encoding'] = 'gzip';
  return gzipSync(body, { level: 9 });
}

/**
 * Time to usable: a first-time visitor (empty cache, no service worker) on Lighthouse's mobile
 * profile (150 ms round trip, 1.6 Mbps down, 675 kbps up, CPU slowed 4x), from the start of
 * navigation to `url` until `gone` (a selector, or null) has left the page and `control` is
 * on it. Milliseconds.
 */
export async function timeToUsable(browser, url, { gone, control }) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1638.4 * 1024) / 8,
    uploadThroughput: (675 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    ({ gone, control }) => (!(gone && document.querySelector(gone)) && document.querySelector(control) ? performance.now() : 0),
    { gone, control },
    { polling: 'raf', timeout: 60_000 },
  );
  const ms = await handle.jsonValue();
  await context.close();
  return ms;
}
