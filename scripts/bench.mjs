// The measuring half of scripts/bench.sh: serve target/bench/{app,hello,static} gzipped (as
// any real static host does), then print sizes and Lighthouse mobile metrics side by side.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { throttled } from './throttle.mjs';
import { TYPES, encoded, fileFor, files, median, timeToUsable as usableAt } from './bench-lib.mjs';

const root = resolve(process.argv[2] ?? 'target/bench');
const runs = Number(process.env.RUNS ?? 1);
// The app, and the app as it was at an earlier commit when bench.sh built one (BEFORE=<rev>).
const APPS = ['app', ...(existsSync(join(root, 'before', 'index.html')) ? ['before'] : [])];
const SITES = [...APPS, 'hello', 'static'];
// Sizes: what a phone downloads on the first visit (everything but 404.html and the worker's
// precache of images, which happens after the page has loaded, is listed too).
console.log('\n== gzip size of each output (gzip -9) ==');
const totals = {};
for (const site of SITES) {
  let raw = 0;
  let gz = 0;
  for (const f of files(join(root, site)).sort()) {
    if (f === '404.html') continue;
    const body = readFileSync(join(root, site, f));
    const g = gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gz += g;
    console.log(`${site.padEnd(7)} ${f.padEnd(40)} ${String(body.length).padStart(9)} B ${String(g).padStart(8)} B gzip`);
  }
  totals[site] = gz;
  console.log(`${site.padEnd(7)} ${'TOTAL'.padEnd(40)} ${String(raw).padStart(9)} B ${String(gz).padStart(8)} B gzip (${(gz / 1024).toFixed(1)} KB)\n`);
}

const server = createServer((req, res) => {
  const found = fileFor(root, req);
  if (!found) {
    res.writeHead(404).end();
    return;
  }
  const headers = { 'content-type': TYPES[extname(found.file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
  const body = encoded(req, found.body, headers);
  res.writeHead(200, headers).end(body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

// The same files over a slow phone link emulated by the server itself (scripts/throttle.mjs):
// Chrome's own network throttling applies to the page but not to its service worker, whose
// precaching would then look free. With ETags, as static hosts send them.
const slowServer = createServer(throttled((req, send) => {
  const found = fileFor(root, req);
  if (!found) {
    send(404, {});
    return;
  }
  const etag = `"${statSync(found.file).mtimeMs}-${found.body.length}"`;
  if (req.headers['if-none-match'] === etag) {
    send(304, { etag });
    return;
  }
  const headers = { 'content-type': TYPES[extname(found.file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', etag };
  send(200, headers, encoded(req, found.body, headers));
}));
await new Promise((ok) => slowServer.listen(0, '127.0.0.1', ok));
const slowBase = `http://127.0.0.1:${slowServer.address().port}`;

const flags = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage";
// Asynchronous on purpose: the server answering Lighthouse lives in this same process.
async function lighthouse(url) {
  const { stdout: out } = await promisify(execFile)(
    process.env.LIGHTHOUSE,
    [url, '--quiet', '--output=json', '--only-categories=performance,accessibility,best-practices', `--chrome-flags=${flags}`],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, maxBuffer: 256 << 20, timeout: 180_000 },
  );
  const r = JSON.parse(out);
  const a = (id) => r.audits[id].numericValue;
  const longTasks = (r.audits['long-tasks']?.details?.items ?? []).map((t) => `${Math.round(t.duration)} ms at ${Math.round(t.startTime)} ms (${t.url})`);
  return {
    longTasks,
    performance: r.categories.performance.score * 100,
    accessibility: r.categories.accessibility.score * 100,
    'best-practices': r.categories['best-practices'].score * 100,
    'FCP ms': a('first-contentful-paint'),
    'LCP ms': a('largest-contentful-paint'),
    'TBT ms': a('total-blocking-time'),
    CLS: a('cumulative-layout-shift'),
    failed: Object.values(r.audits)
      .filter((x) => x.score !== null && x.score < 1 && ['binary', 'numeric'].includes(x.scoreDisplayMode) && !/-paint|blocking|layout-shift|speed-index|interactive|max-potential/.test(x.id))
      .map((x) => x.id),
  };
}

// Time to usable: a first-time visitor (empty cache, no service worker) on Lighthouse's
// mobile profile (150 ms round trip, 1.6 Mbps down, 675 kbps up, CPU slowed 4x), from the
// start of navigation until the first screen can be used: the static first screen is gone and
// a control of the app itself is on screen. Lighthouse's LCP can't show this, because the
// static first screen is the largest paint.
const USABLE = {
  app: { gone: '#boot', control: 'main#main a[href], main#main button' },
  before: { gone: '#boot', control: 'main#main a[href], main#main button' },
  hello: { gone: null, control: 'main button' },
  static: { gone: null, control: 'h1' },
};
/** A context on the mobile profile above: slow network, CPU slowed 4x, empty cache. */
async function mobile(browser, { cpu = 4, network = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return { context, page };
}

// The bottom bar's screens, each opened for the first time by a first-time visitor on the
// mobile profile, a few seconds after Today is usable (reading it): from the tap until the
// screen's heading is up and nothing says "Loading".
const TABS = ['History', 'Routines', 'Learn', 'Settings'];
async function firstOpens(browser, site) {
  const { context, page } = await mobile(browser, { network: false });
  await page.goto(`${slowBase}/${site}/`, { waitUntil: 'commit' });
  await page.waitForFunction(() => !document.querySelector('#boot') && document.querySelector('main#main a[href]'), null, { polling: 'raf', timeout: 60_000 });
  await page.waitForTimeout(3_000);
  const out = {};
  for (const tab of TABS) {
    out[tab] = await page.evaluate(async (name) => {
      const link = [...document.querySelectorAll('.bottom-nav a')].find((a) => a.textContent.trim() === name);
      const t0 = performance.now();
      link.click();
      await new Promise((done) => {
        const check = () => (document.querySelector('main h1')?.textContent === name && !document.querySelector('.lazy-loading, [aria-busy="true"]') ? done() : requestAnimationFrame(check));
        check();
      });
      return performance.now() - t0;
    }, tab);
  }
  await context.close();
  return out;
}

// History and Insights holding 10,000 sessions, on the mobile profile's CPU (4x slower), each
// opened again (its code already fetched), as a person does, History then its Insights tab:
// from the tap until the frame with the list or the charts is drawn. Seven rounds: the
// throttled CPU makes single opens vary by a factor of two.
function tenThousandSessions() {
  const data = [];
  const now = Date.now();
  for (let i = 0; i < 10_000; i++) {
    data.push([`s${i}`, now - i * 6 * 3_600_000, 0, 'gentle-start', 'Gentle start', 0, 300, false, 4, 3, 'about_right', null,
      [['pelvic-tilt', 2, 2, 20, 80, null, null], ['glute-bridge', 2, 2, 16, 80, null, null]], null]);
  }
  return JSON.stringify({ v: 3, data });
}
async function bigHistory(browser, site, sessions) {
  const { context, page } = await mobile(browser, { network: false });
  await page.addInitScript((s) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('limber.sessions', s);
      sessionStorage.setItem('seeded', '1');
    }
  }, sessions);
  await page.goto(`${base}/${site}/`);
  await page.waitForFunction(() => !document.querySelector('#boot') && document.querySelector('.bottom-nav a'), null, { timeout: 60_000 });
  const open = (name, ready) =>
    page.evaluate(async ([name, ready]) => {
      const link = [...document.querySelectorAll('a')].find((a) => a.textContent.trim() === name);
      const t0 = performance.now();
      link.click();
      await new Promise((done) => {
        const check = () => (document.querySelector('main h1')?.textContent === name && document.querySelector(ready) ? done() : setTimeout(check, 0));
        check();
      });
      // Until the frame showing it is drawn: its style, layout and paint count too.
      await new Promise((drawn) => requestAnimationFrame(() => setTimeout(drawn, 0)));
      return performance.now() - t0;
    }, [name, ready]);
  const out = { History: [], Insights: [] };
  for (let i = 0; i < 8; i++) {
    const h = await open('History', 'li.session');
    const n = await open('Insights', 'main svg');
    await open('Today', 'main h1');
    // The first round fetches the code; the next seven are measured.
    if (i > 0) {
      out.History.push(h);
      out.Insights.push(n);
    }
  }
  await context.close();
  return out;
}

const results = {};
const extra = {};
try {
  for (const site of SITES) {
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await lighthouse(`${base}/${site}/`));
    results[site] = Object.fromEntries(
      Object.keys(all[0]).map((k) => [
        k,
        typeof all[0][k] === 'number' ? median(all.map((x) => x[k])) : k === 'failed' ? [...new Set(all.flatMap((x) => x.failed))] : all.at(-1)[k],
      ]),
    );
    results[site].tbtRuns = all.map((x) => Math.round(x['TBT ms'])).join(', ');
    results[site].lcpRuns = all.map((x) => Math.round(x['LCP ms'])).join(', ');
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    // Taken in turns (app, hello, static, app, …) so that the machine's drift during the
    // run lands on every page alike, and the ratio compares like with like.
    const all = Object.fromEntries(SITES.map((site) => [site, []]));
    for (let i = 0; i < Math.max(runs, 3); i++) {
      for (const site of SITES) all[site].push(await usableAt(browser, `${base}/${site}/`, USABLE[site]));
    }
    for (const site of SITES) {
      results[site]['usable ms'] = median(all[site]);
      results[site].usableRuns = all[site].map(Math.round).join(', ');
    }
    const { playerBusy } = await import('./bench-player.mjs');
    for (const site of APPS) {
      const opens = [];
      for (let i = 0; i < Math.max(runs, 3); i++) opens.push(await firstOpens(browser, site));
      const big = await bigHistory(browser, site, tenThousandSessions());
      // The player's main-thread cost during a hold, moving against still.
      const player = [];
      for (let i = 0; i < Math.max(runs, 3); i++) player.push(await playerBusy(browser, `${base}/${site}/`));
      extra[site] = { opens: Object.fromEntries(TABS.map((t) => [t, opens.map((o) => o[t])])), big, player };
    }
  } finally {
    await browser.close();
  }
} finally {
  server.close();
  slowServer.close();
}

console.log(`== Lighthouse ${runs > 1 ? `median of ${runs}, ` : ''}mobile preset ==`);
const keys = ['performance', 'accessibility', 'best-practices', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'usable ms'];
const fmt = (v) => (Number.isInteger(v) ? String(v) : v.toFixed(v < 1 ? 3 : 0));
const ratio = (x, y) => (y ? (x / y).toFixed(2) : '-');
const cols = [...APPS, 'static', 'hello'];
console.log(['metric'.padEnd(16), ...cols, ...APPS.flatMap((a) => [`${a}/static`, `${a}/hello`])].map((s) => s.padStart(13)).join(' '));
for (const k of keys) {
  const v = (site) => results[site][k];
  console.log([k.padEnd(16), ...cols.map((c) => fmt(v(c))), ...APPS.flatMap((a) => [ratio(v(a), v('static')), ratio(v(a), v('hello'))])].map((x) => String(x).padStart(13)).join(' '));
}
console.log(['gzip KB'.padEnd(16), ...cols.map((s) => (totals[s] / 1024).toFixed(1)), ...APPS.flatMap((a) => [(totals[a] / totals.static).toFixed(1), (totals[a] / totals.hello).toFixed(2)])].map((v) => String(v).padStart(13)).join(' '));
console.log(`time to usable, each run (ms): ${SITES.map((s) => `${s} ${results[s].usableRuns}`).join('; ')}`);
console.log(`TBT of each Lighthouse run (ms): ${SITES.map((s) => `${s} ${results[s].tbtRuns}`).join('; ')}`);
console.log(`LCP of each Lighthouse run (ms): ${SITES.map((s) => `${s} ${results[s].lcpRuns}`).join('; ')}`);
for (const site of SITES) {
  if (results[site].longTasks.length) console.log(`${site}: long tasks (last run): ${results[site].longTasks.join('; ')}`);
  if (results[site].failed.length) console.log(`${site}: audits not passed: ${results[site].failed.join(', ')}`);
}

const ms = (xs) => `${String(Math.round(median(xs))).padStart(5)} ms (${xs.map(Math.round).join(', ')})`;
const side = (title, rows) => {
  console.log(`\n== ${title} ==`);
  console.log(''.padEnd(12) + APPS.map((a) => a.padEnd(34)).join(''));
  for (const [name, f] of rows) console.log(name.padEnd(12) + APPS.map((a) => f(extra[a]).padEnd(34)).join(''));
};
side('first open of each tab, 3 s after Today is usable: first visit, 150 ms RTT, 1.6 Mbps for page and worker alike, CPU 4x (median, each run)', TABS.map((t) => [t, (e) => ms(e.opens[t])]));
side('10,000 sessions, CPU 4x, opened again, until drawn (median, each of 7)', ['History', 'Insights'].map((t) => [t, (e) => ms(e.big[t])]));
const pct = (xs) => `${median(xs).toFixed(2)} % (${xs.map((x) => x.toFixed(1)).join(', ')})`;
side('the player during a 15 s hold, main-thread busy, CPU 1x (median, each run)', [
  ['moving', (e) => pct(e.player.map((r) => r.moving))],
  ['still', (e) => pct(e.player.map((r) => r.still))],
  ['difference', (e) => `${median(e.player.map((r) => r.moving - r.still)).toFixed(2)} points`],
]);
