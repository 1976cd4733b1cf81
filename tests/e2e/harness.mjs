// Shared set-up for the end-to-end journeys: a static server for the release build (with the
// single-page-app fallback a real static host gives), and Debian's Chromium at phone size.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ftl': 'text/plain; charset=utf-8',
};

/**
 * Serve `dist` under `basePath` (e.g. "/limber/") on a free loopback port. `serve(dir)`
 * switches to another folder, as a deploy of a new build would. With `headStart`, that text
 * goes in at the top of every HTML page's `<head>`. `setOffline(true)` refuses every request,
 * as a phone with no signal sees it.
 */
export async function startServer(dist = process.env.DIST ?? 'dist', basePath = process.env.BASE_PATH ?? '/', { headStart = '' } = {}) {
  let root = resolve(dist);
  let offline = false;
  const server = createServer(async (req, res) => {
    if (offline) {
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url, 'http://127.0.0.1');
    if (!url.pathname.startsWith(basePath)) {
      res.writeHead(404).end('outside the app');
      return;
    }
    const rel = normalize(decodeURIComponent(url.pathname.slice(basePath.length)));
    let file = join(root, rel);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
    } catch {
      // Unknown paths get the app, as the 404.html fallback does on a static host.
      file = join(root, 'index.html');
    }
    let body = await readFile(file);
    if (headStart && extname(file) === '.html') body = body.toString('utf8').replace('<head>', () => `<head>${headStart}`);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    server,
    url: `http://127.0.0.1:${port}${basePath}`,
    serve: (dir) => {
      root = resolve(dir);
    },
    setOffline: (on) => {
      offline = on;
      if (on) server.closeAllConnections();
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((ok) => server.close(ok));
    },
  };
}

export const PHONE = { width: 390, height: 844 };

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A fresh phone-sized page that records every console error and uncaught exception. Its
 * language is British English (weeks start on Monday) unless `locale` says otherwise.
 */
export async function phonePage(browser, { locale = 'en-GB' } = {}) {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, hasTouch: true, isMobile: true, locale });
  const page = await context.newPage();
  const errors = [];
  // A chunk still arriving when a test reloads or leaves the page is cut off by the browser
  // (and the split loader says so in the console); that is the test navigating, not the app
  // failing (a failed load in the app is tested in split.test.mjs).
  const cutOff = /WebAssembly compilation aborted: Network error: Response body loading was aborted/;
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !cutOff.test(msg.text())) errors.push(msg.text());
  });
  page.on('pageerror', (err) => cutOff.test(String(err)) || errors.push(String(err)));
  return { context, page, errors };
}

/**
 * A phone page whose localStorage starts with `kv`, written once before the app first
 * loads (reloads keep whatever the app has written since). With `now`, the page clock is
 * installed at that moment.
 */
export async function seededPage(browser, kv, { now, locale } = {}) {
  const opened = await phonePage(browser, { locale });
  if (now) await opened.page.clock.install({ time: new Date(now) });
  await opened.page.addInitScript((values) => {
    if (!sessionStorage.getItem('seeded')) {
      for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }
  }, kv);
  return opened;
}

/** Open a routine's player under `base`, answer the check-in and press Start. */
export async function startRoutine(page, base, id, { pain = '3 out of 10, mild' } = {}) {
  await page.goto(`${base}play/${id}`);
  await appReady(page);
  await page.getByRole('heading', { name: 'Before you start' }).waitFor();
  await page.getByRole('radio', { name: pain }).check();
  await page.getByRole('radio', { name: 'No, none of these' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
}

/**
 * Open each of `paths` under `base` in turn (each screen's heading drawn) and collect what
 * `check(page)` finds there, each finding prefixed with its address.
 */
export async function eachScreen(page, base, paths, check) {
  const problems = [];
  for (const path of paths) {
    // A fragment-only change doesn't reload the page; start from a blank one.
    if (path.includes('#')) await page.goto('about:blank');
    await page.goto(`${base}${path}`);
    await appReady(page);
    await page.locator('h1').first().waitFor();
    problems.push(...(await check(page)).map((p) => `/${path}: ${p}`));
  }
  return problems;
}

/** Wait until the wasm app has replaced the static loading screen. */
export async function appReady(page) {
  await page.locator('#boot').waitFor({ state: 'detached' });
  await page.locator('main#main').waitFor();
}

/**
 * Register before/after hooks for a test file: one server for the release build and one
 * browser, shared by the file's tests. Read `env.url` and `env.browser` inside tests.
 */
export function useApp() {
  const env = { server: null, browser: null, url: '' };
  before(async () => {
    env.server = await startServer();
    env.url = env.server.url;
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
