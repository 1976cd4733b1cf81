// The measuring half of scripts/bench-i18n.sh: gzip size of each build and time to usable on
// the mobile profile (scripts/bench-lib.mjs), five loads each, taken in turns.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { TYPES, encoded, fileFor, files, median, timeToUsable } from './bench-lib.mjs';

const root = resolve(process.argv[2] ?? 'target/bench-i18n');
const SITES = ['hello', 'ours', 'fluent', 'leptos'];
const RUNS = Number(process.env.RUNS ?? 5);

const size = {};
for (const site of SITES) {
  size[site] = { all: 0, wasm: 0 };
  for (const f of files(join(root, site))) {
    const g = gzipSync(readFileSync(join(root, site, f)), { level: 9 }).length;
    size[site].all += g;
    if (f.endsWith('.wasm')) size[site].wasm += g;
  }
}

const server = createServer((req, res) => {
  const found = fileFor(root, req);
  if (!found) return res.writeHead(404).end();
  const headers = { 'content-type': TYPES[extname(found.file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
  const body = encoded(req, found.body, headers);
  res.writeHead(200, headers).end(body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const usable = Object.fromEntries(SITES.map((s) => [s, []]));
try {
  for (let i = 0; i < RUNS; i++) {
    for (const site of SITES) usable[site].push(await timeToUsable(browser, `${base}/${site}/`, { gone: null, control: 'main button' }));
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`\n== translation candidates: gzip size and time to usable (mobile profile, median of ${RUNS}) ==`);
console.log(['build'.padEnd(8), 'gzip B', 'wasm gzip B', '+ over hello', 'usable ms', 'x hello', 'each run'].map((s, i) => (i ? s.padStart(12) : s)).join(' '));
for (const site of SITES) {
  const u = median(usable[site]);
  console.log(
    [site.padEnd(8), size[site].all, size[site].wasm, size[site].all - size.hello.all, Math.round(u), (u / median(usable.hello)).toFixed(2), usable[site].map(Math.round).join(', ')]
      .map((v, i) => (i ? String(v).padStart(12) : v))
      .join(' '),
  );
}
