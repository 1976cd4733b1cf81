// Code splitting: what a first visit fetches, what a screen fetches when it first opens, and
// what a person sees when a screen's chunk can't be fetched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PHONE, appReady, useApp } from './harness.mjs';
import { chunkAreas, checkChunkWords } from '../../scripts/first-words.mjs';
import { STORED } from './fixtures.mjs';

const app = useApp();
const dist = process.env.DIST ?? 'dist';

// The first-load budget, gzip -9 bytes. Lower it as the first load shrinks; never raise it
// without saying why in the commit (issue 14 aims at 200 KB). 327,000 until issue 18, which
// moved Today's walk and flare rows into a chunk and reached about 319,100: then 324,000.
// Issue 14 moved the exercise guides out of the first load, and reading stored data, the
// plan's part of Today and Today's warning-sign stop into the chunk that only people with
// stored data fetch (a first visit has none of them), and reached about 219,500; then two
// routes instead of twenty-two and a stylesheet without comments: about 215,100, then 220,000.
// Then short import names between the main wasm and its JS glue, the glue and the split
// loader minified, and distances on Today printed without float formatting: about 195,400.
// Plus 5% would pass the 200 KB target, so the budget was that target itself. Then
// in-app navigation without a router library, lazy screens without Suspense, and Today's
// read picked from the cards' headings only: about 141,900 (as this test counts), then 148,000.
// Issue 33 put the "Keep a copy" offer on Today (the copies log, the browser's answer about
// keeping data, iPhone detection: about 2,800) and the locale's first day of the week into
// the first load, reaching about 147,900: then 150,000, for issue 35 to win back.
// Issue 36 made every word a catalog message: English's first-screen words are built in
// (about 10,000 without their comments), and the catalog reader, the messages' arguments and
// the language's loading are code (about 15,000), reaching 176,864. The budget is raised to
// that and about 1,100 for what differs between machines (dependencies' paths in the wasm),
// not to the 150,000, which is still to be won back (issue 36 is open for it): a
// ratchet against growing further, and to be lowered as the first load shrinks. Then only
// what the first screen's code asks for built in (locales/first-screen.txt, checked by
// scripts/first-words.mjs), packed so that the catalog reader moved into a chunk of its own,
// and the page's own words in every language in index.html (about 1,100): 163,871, then
// 165,000. Then Today's lesson row (the course, issue 37) a piece of the `more` chunk for
// anyone with something stored, and the course's first title for a first visit, instead of
// Today's table of reads: 159,553, then 161,000. Then what only a rare path needs out of
// Today's code (building an unfinished session's routine to name it, the iPhone backup
// offer's settings write, copies of a session and of the plan handed to pieces, the service
// worker, "Update ready" and the storage problem's Download, Leptos's `expect_context` and
// its Debug formatting): 149,160, and the issue's 150,000 is the budget. Dependencies' paths
// in the wasm differ between machines by a few bytes gzipped (about 30 of them). Then the
// courses and goals (149,574), and another tab's changes read and shown by code in the `more`
// chunk while a screen waits for only its chunk's words: 148,338; then each group's words
// fetched (not read) after its code, and a file fetched once by loads that want it together:
// 149,594, and the 150,000 again.
const FIRST_LOAD_BUDGET = 150_000;
// What a first visit in another language fetches on top, for Today: that language's
// first-screen files (as locales/first-screen.txt lists them), each gzipped (a server sends
// them so).
const FIRST_WORDS_BUDGET = 4_000;

const FIRST_AREAS = readFileSync('locales/first-screen.txt', 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const files = readdirSync(dist);
const gz = (f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
const index = readFileSync(join(dist, 'index.html'), 'utf8');
// The stylesheet a first visit loads (Today's rules), and the whole one screens wait for.
const linkedCss = [...index.matchAll(/rel="stylesheet" href="[^"]*?([\w-]+\.css)"/g)].map((m) => m[1]);
const wholeCss = /<meta name="limber:stylesheet" content="[^"]*?([\w-]+\.css)"/.exec(index)?.[1];

/** The loader's prefetch groups: [group, its files] in the order it fetches them. */
function prefetchGroups() {
  const loader = files.find((f) => f.startsWith('__wasm_split-'));
  const listed = /"limber-prefetch:([^"]*)"/.exec(readFileSync(join(dist, loader), 'utf8'))?.[1] ?? '';
  return listed.split(';').map((g) => {
    const [group, list] = g.split('=');
    return [group, list.split(' ')];
  });
}

/** A wasm module that is only a name section naming `names` as its functions. */
function namedModule(names) {
  const leb = (n) => {
    const out = [];
    do {
      let b = n & 0x7f;
      n >>>= 7;
      if (n) b |= 0x80;
      out.push(b);
    } while (n);
    return out;
  };
  const str = (s) => [...leb(Buffer.byteLength(s)), ...Buffer.from(s)];
  const functions = [...leb(names.length), ...names.flatMap((name, i) => [...leb(i), ...str(name)])];
  const body = [...str('name'), 1, ...leb(functions.length), ...functions];
  return Uint8Array.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0, ...leb(body.length), ...body]);
}

test("the build refuses a chunk whose code asks for words its line in chunk-areas.txt doesn't list", () => {
  // report-title is in report.ftl: listed for records, not for browse. today-title is a
  // first-screen message, which every chunk has.
  const mangled = (id) => `_ZN6limber6domain4i18n8messages${id.length}${id}17h0123456789abcdefE`;
  const records = namedModule([mangled('report_title'), mangled('today_title'), 'something_else']);
  assert.deepEqual(checkChunkWords({ records: [records] }), { records: ['report'] });
  const browse = namedModule(['limber::domain::i18n::messages::report_title', mangled('today_title')]);
  assert.throws(() => checkChunkWords({ browse: [browse] }), /browse asks for report-title \(report\)/);
  assert.throws(() => checkChunkWords({ nowhere: [records] }), /the chunk nowhere has no line/);
});

test("another language's words for Today stay within their budget", () => {
  for (const lang of ['de', 'es', 'fr']) {
    const dir = join(dist, 'locales', lang);
    const first = readdirSync(dir).filter((f) => FIRST_AREAS.includes(f.replace(/\.ftl$/, '')));
    assert.equal(first.length, FIRST_AREAS.length, `${lang}: its first-screen files are shipped`);
    const size = first.reduce((s, f) => s + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
    console.log(`${lang}: ${first.length} files for Today, ${size} bytes gzip (budget ${FIRST_WORDS_BUDGET})`);
    assert.ok(size <= FIRST_WORDS_BUDGET, `${lang}: ${size} B gzip for Today's words is over ${FIRST_WORDS_BUDGET} B`);
  }
});

test('the first load stays within its budget, and every chunk is precached', () => {
  assert.deepEqual(linkedCss.length, 1, 'index.html links one stylesheet');
  assert.ok(wholeCss && files.includes(wholeCss), 'index.html names the whole stylesheet, which is shipped');
  const first = files.filter(
    (f) => f === 'index.html' || (f.endsWith('.js') && f !== 'sw.js') || f.endsWith('_bg.wasm') || linkedCss.includes(f),
  );
  const size = first.reduce((s, f) => s + gz(f), 0);
  console.log(`first load: ${first.length} files, ${size} bytes gzip (budget ${FIRST_LOAD_BUDGET})`);
  assert.ok(size <= FIRST_LOAD_BUDGET, `first load ${size} B gzip is over the budget of ${FIRST_LOAD_BUDGET} B`);
  const chunks = files.filter((f) => f.endsWith('.wasm') && !f.endsWith('_bg.wasm'));
  assert.ok(chunks.length > 0, 'the release build is split');
  // An unsplit lazy boundary would not start: no shipped JS may import the placeholder.
  for (const f of files.filter((f) => f.endsWith('.js'))) {
    assert.ok(!readFileSync(join(dist, f), 'utf8').includes('__wasm_split_placeholder__'), f);
  }
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  for (const c of [...chunks, wholeCss]) assert.ok(sw.includes(`"${c}"`), `${c} is not precached`);
});

test('the shipped stylesheets are the source without its comments, and its first-load part in order', async () => {
  const source = readFileSync('style/main.css', 'utf8');
  const whole = readFileSync(join(dist, wholeCss), 'utf8');
  const first = readFileSync(join(dist, linkedCss[0]), 'utf8');
  assert.ok(whole.length < source.length * 0.9, `${wholeCss} is not minified`);
  const context = await app.browser.newContext();
  const p = await context.newPage();
  // Values with var() keep their own spacing in the CSSOM; any other difference is a change.
  const rules = (css) =>
    p.evaluate((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return [...sheet.cssRules].map((r) => r.cssText.replace(/\s+/g, ' ').replace(/\s*([,:;{}>])\s*/g, '$1'));
    }, css);
  const [before, after, part] = [await rules(source), await rules(whole), await rules(first)];
  assert.ok(before.length > 300, `${before.length} rules`);
  assert.deepEqual(after, before);
  // The first-load file: some of the rules, each as in the source, in the source's order
  // (then the whole file, added after it, styles everything exactly as it alone would).
  assert.ok(part.length > 50 && part.length < before.length / 2, `${part.length} of ${before.length} rules`);
  let at = 0;
  for (const rule of part) {
    while (at < before.length && before[at] !== rule) at++;
    assert.ok(at < before.length, `first-load rule not in the source's order: ${rule.slice(0, 80)}`);
    at++;
  }
  await context.close();
});

test("Today and the frame look the same on the first-load stylesheet as on the whole one", async () => {
  for (const stored of [{}, STORED]) {
    const { page: p, context, errors } = await page(app.browser, stored);
    await p.goto(app.url);
    await appReady(p);
    await p.waitForTimeout(300);
    const wholeLoaded = () => p.evaluate(() => !!document.querySelector('link[data-whole-stylesheet]'));
    // A first visit shows Today on its own part. With something stored, Today's lesson row
    // (and with a plan, Today's plan) comes in a chunk, which waits for the whole file like a
    // screen; both must look the same either way.
    if (!Object.keys(stored).length) {
      assert.equal(await wholeLoaded(), false, 'Today alone loads only its part of the stylesheet');
    }
    const styles = () =>
      p.evaluate(() =>
        [...document.querySelectorAll('body *:not(script):not(link):not(meta)')].map((el) => {
          const cs = getComputedStyle(el);
          const props = [...cs].filter((n) => !n.startsWith('transition') && !n.startsWith('animation'));
          return [`${el.tagName}.${el.className?.baseVal ?? el.className}`, props.map((n) => `${n}:${cs.getPropertyValue(n)}`)];
        }),
      );
    const onFirst = await styles();
    // Add the whole file as the app does (at the end of <body>), or again: nothing may change.
    await p.evaluate(
      () =>
        new Promise((ok, fail) => {
          const href = document.querySelector('meta[name="limber:stylesheet"]').content;
          const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href, onload: ok, onerror: fail });
          document.body.append(link);
        }),
    );
    const onWhole = await styles();
    assert.equal(onWhole.length, onFirst.length);
    // Each element that changed, with the first property that did.
    const differ = onFirst.flatMap(([name, a], i) => {
      const b = onWhole[i][1];
      const changed = a.find((d, j) => d !== b[j]);
      return changed ? [`${name}: ${changed} (whole file: ${b[a.indexOf(changed)]})`] : [];
    });
    assert.deepEqual(differ, [], 'elements styled differently by the whole stylesheet');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

async function page(browser, kv = {}, { worker = false, prefetch = true } = {}) {
  // No service worker (unless asked): it would answer from its cache, and these tests need
  // the network.
  const context = await browser.newContext({ viewport: PHONE, serviceWorkers: worker ? 'allow' : 'block' });
  const p = await context.newPage();
  await p.addInitScript((values) => {
    for (const [k, v] of Object.entries(values)) if (localStorage.getItem(k) === null) localStorage.setItem(k, v);
    // When the static first screen goes, i.e. the app's first screen is up.
    new MutationObserver((_, observer) => {
      if (document.readyState !== 'loading' && !document.getElementById('boot')) {
        window.__bootGone = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, kv);
  // Without a quiet moment, the page fetches nothing ahead: what a screen needs shows by itself.
  if (!prefetch) {
    await p.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
  }
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  return { page: p, context, errors };
}

test('Today loads no chunk; a screen fetches a handful when it first opens', async () => {
  const { page: p, context, errors } = await page(app.browser, {}, { prefetch: false });
  const wasm = [];
  const words = [];
  p.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url().split('/').pop()));
  p.on('request', (r) => r.url().includes('.ftl') && words.push(new URL(r.url()).pathname.split('/').pop().replace('.ftl', '')));
  await p.goto(app.url);
  await appReady(p);
  await p.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  // Nothing but the main module before Today is on screen (the screens' code comes after).
  const early = await p.evaluate(() => {
    const gone = window.__bootGone ?? Infinity;
    return performance.getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.wasm') && !e.name.endsWith('_bg.wasm') && e.startTime < gone)
      .map((e) => e.name.split('/').pop());
  });
  assert.deepEqual(early, [], 'Today needs only the main module');
  // The reader of the language files (`words`: its module and the chunks it shares, the
  // prefetch's first group) comes once, with whichever screen opens first, alongside
  // that screen's own code; each screen's own code is a handful of requests.
  const reader = prefetchGroups().find(([group]) => group === 'words')?.[1] ?? [];
  assert.ok(reader.length >= 1 && reader.length <= 8, `the reader is ${reader.join(' ')}`);
  // Each screen fetches only its chunk's words (locales/chunk-areas.txt) that no screen
  // before it fetched, alongside its code (History none of the course's).
  const areas = chunkAreas();
  const fetched = new Set();
  for (const [link, heading, chunk] of [['History', 'History', 'records'], ['Routines', 'Routines', 'browse'], ['Settings', 'Settings', 'more']]) {
    const before = wasm.length;
    const wordsBefore = words.length;
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
    await p.getByRole('heading', { name: heading, level: 1 }).waitFor();
    const own = wasm.slice(before).filter((f) => !reader.includes(f)).length;
    console.log(`${link}: ${wasm.length - before} wasm requests on first open, ${own} of them its own code; words: ${words.slice(wordsBefore).join(' ')}`);
    assert.ok(own <= 8, `${link} took ${own} requests`);
    assert.deepEqual(words.slice(wordsBefore).sort(), areas[chunk].filter((a) => !fetched.has(a) && !FIRST_AREAS.includes(a)).sort(), `${link}'s words`);
    for (const a of areas[chunk]) fetched.add(a);
  }
  for (const f of reader) assert.ok(wasm.filter((w) => w === f).length <= 1, `${f} is fetched once`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('once Today is up, the page fetches the screens\' code group by group, History\'s first, and each group\'s words, then the worker precaches', async () => {
  const groups = prefetchGroups();
  const order = groups.flatMap(([, f]) => f);
  const chunks = files.filter((f) => f.endsWith('.wasm') && !f.endsWith('_bg.wasm'));
  assert.deepEqual([...order].sort(), [...chunks].sort(), 'every chunk is listed once');
  const names = groups.map(([group]) => group);
  assert.deepEqual(names, ['words', 'records', 'browse', 'more', 'player'], 'the reader, then History, Routines, Learn and Settings, then the player');
  const { page: p, context, errors } = await page(app.browser, {}, { worker: true });
  const words = [];
  p.on('request', (r) => r.url().includes('.ftl') && words.push(new URL(r.url()).pathname.split('/').pop().replace('.ftl', '')));
  await p.goto(app.url);
  await appReady(p);
  // Every listed file in (the app itself then loads the reader's chunk from the HTTP cache,
  // to read the words, so a file can show twice: the prefetch's is the first).
  await p.waitForFunction(
    (n) => new Set(performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm') && !e.name.endsWith('_bg.wasm') && e.responseEnd > 0).map((e) => e.name)).size >= n,
    order.length,
    { timeout: 20_000 },
  );
  const seen = await p.evaluate(() => ({
    gone: window.__bootGone,
    entries: performance.getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.wasm') && !e.name.endsWith('_bg.wasm'))
      .map((e) => ({ file: e.name.split('/').pop(), start: e.startTime, end: e.responseEnd })),
  }));
  const fetched = [...new Set(seen.entries.map((e) => e.file))];
  assert.deepEqual([...fetched].sort(), [...order].sort(), 'every listed file');
  const at = (f) => seen.entries.filter((e) => e.file === f).sort((x, y) => x.start - y.start)[0];
  // A group starts once the one before it is in, four files at a time at most.
  for (const [i, [group, list]] of groups.entries()) {
    const before = groups.slice(0, i).flatMap(([, f]) => f);
    for (const [j, f] of list.entries()) {
      const e = at(f);
      assert.ok(e.start >= seen.gone, `${f} was fetched before Today was up`);
      for (const g of before) assert.ok(e.start >= at(g).end - 1, `${f} (${group}) started before ${g} arrived`);
      const arrived = list.slice(0, j).filter((g) => at(g).end <= e.start + 1).length;
      assert.ok(arrived >= j - 3, `${f} started with ${j - arrived} of its group still on their way`);
    }
  }
  // Each screen group's words are fetched after its code, so a first tap finds both here.
  const areas = chunkAreas();
  await p.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  for (const chunk of ['records', 'browse', 'more', 'player']) {
    for (const area of areas[chunk].filter((a) => !FIRST_AREAS.includes(a))) assert.ok(words.includes(area), `${area} (${chunk}) fetched ahead: ${words.join(' ')}`);
  }
  assert.equal(new Set(words).size, words.length, `each file once: ${words.join(' ')}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('with something stored, the first screen waits for the code that reads it, and shows what is stored', async () => {
  const { page: p, context, errors } = await page(app.browser, STORED);
  const wasm = [];
  p.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url().split('/').pop().replace(/-[0-9a-f]+\.wasm$/, '')));
  let release;
  const held = new Promise((r) => (release = r));
  await p.route(/split_more-[0-9a-f]+\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await p.goto(app.url);
  await p.waitForTimeout(300);
  // Never an empty Today that looks as if the history were gone.
  assert.equal(await p.locator('#boot').count(), 1, 'the static first screen stays while stored data is read');
  assert.equal(await p.getByRole('heading', { name: 'Today', level: 1 }).count(), 0);
  release();
  await appReady(p);
  await p.getByText(/Last session: Gentle start/).waitFor();
  assert.ok(wasm.includes('split_more'), `the reading code is in the first run's chunk: ${wasm}`);
  console.log(`a returning visit fetched ${wasm.length - 1} chunks before Today`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('if the code that reads stored data cannot be fetched, the app says so and Try again opens it', async () => {
  const { page: p, context, errors } = await page(app.browser, STORED);
  await p.route(/split_more-[0-9a-f]+\.wasm$/, (route) => route.abort('internetdisconnected'));
  await p.goto(app.url);
  await p.getByRole('heading', { name: "Couldn't open your data" }).waitFor();
  assert.equal(await p.locator('#boot').count(), 0, 'the message replaces the static first screen');
  await p.getByText('Your history and settings are safe here.').waitFor();
  await p.unroute(/split_more-[0-9a-f]+\.wasm$/);
  await p.getByRole('button', { name: 'Try again' }).click();
  await p.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await p.getByText(/Last session: Gentle start/).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a screen whose chunk fails to load says so calmly, and Try again opens it', async () => {
  const { page: p, context, errors } = await page(app.browser);
  await p.goto(app.url);
  await appReady(p);
  await p.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  // The network drops as History's code is fetched.
  await p.route(/split_records-[0-9a-f]+\.wasm$/, (route) => route.abort('internetdisconnected'));
  await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await p.getByRole('heading', { name: "Couldn't load this screen" }).waitFor();
  // The app is alive: the navigation still works.
  await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await p.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await p.getByRole('heading', { name: "Couldn't load this screen" }).waitFor();
  // Back online: Try again brings the screen.
  await p.unroute(/split_records-[0-9a-f]+\.wasm$/);
  await p.getByRole('button', { name: 'Try again' }).click();
  await p.getByRole('heading', { name: 'History', level: 1 }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a screen whose stylesheet fails to load says so too, and Try again opens it styled', async () => {
  const { page: p, context, errors } = await page(app.browser);
  const whole = new RegExp(`${wholeCss.replace(/[.]/g, '\\.')}$`);
  await p.route(whole, (route) => route.abort('internetdisconnected'));
  await p.goto(app.url);
  await appReady(p);
  await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Routines' }).click();
  // Never a screen without its styles: the same calm message as for its code.
  await p.getByRole('heading', { name: "Couldn't load this screen" }).waitFor();
  assert.equal(await p.locator('.routine-card').count(), 0);
  await p.unroute(whole);
  await p.getByRole('button', { name: 'Try again' }).click();
  await p.getByRole('heading', { name: 'Routines', level: 1 }).waitFor();
  // Styled: a routine card is a grid, as the whole stylesheet says; one link to it, not two.
  assert.equal(await p.locator('a.routine-card').first().evaluate((e) => getComputedStyle(e).display), 'grid');
  assert.equal(await p.locator('link[data-whole-stylesheet]').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a deep link to a lazy screen keeps the first screen up until the screen is ready', async () => {
  const { page: p, context, errors } = await page(app.browser);
  let release;
  const held = new Promise((r) => (release = r));
  await p.route(/split_records-[0-9a-f]+\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await p.goto(`${app.url}insights`);
  await p.locator('#main').waitFor({ state: 'attached' });
  // The frame is up, the chunk is held back: the static first screen is still there.
  await p.waitForTimeout(300);
  assert.equal(await p.locator('#boot').count(), 1, 'no empty page while the chunk loads');
  release();
  await p.getByRole('heading', { name: 'Insights', level: 1 }).waitFor();
  assert.equal(await p.locator('#boot').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
