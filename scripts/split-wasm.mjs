// Code splitting for release builds, run first by post-build.mjs (Trunk starts all hooks of a
// stage at once, so this can't be a hook of its own).
//
// Screens behind `wasm_split` boundaries (src/app.rs) leave the raw rustc output with an
// import from `__wasm_split_placeholder__`, which no browser can satisfy. Here, on that raw
// output:
//   1. wasm-split-cli cuts it into the main module, one module per split (a group of
//      screens) and the chunks they share, and writes the loader `__wasm_split.js`;
//   2. wasm-bindgen (with --keep-lld-exports, which the split modules link against) makes
//      the main module's JS, under Trunk's own `<crate>-<hash>` name, so Trunk's inline
//      start-up script needs no change;
//   2b. the main module's messages are checked against the first screen's areas
//      (first-words.mjs);
//   3. wasm-opt -Oz optimises every module (two at a time: the machines have two cores);
//   4. split modules, chunks and the loader get names with a hash of their contents, and the
//      references to them are rewritten (only the ES import specifier of the loader in the
//      main JS: the imports-object key "./__wasm_split.js" is baked into the wasm);
//   5. the main module's imports from its JS glue get short names on both sides
//      (wasm-imports.mjs), and the glue and the loader are minified with terser (mangled
//      locals, no whitespace; exports and the imports object's keys keep their names);
//   6. the results replace Trunk's unsplit files in the stage, and the sha384 integrity
//      attributes in index.html are recomputed.
// Debug builds have no boundaries (they are compiled in), so there is nothing to split.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rename, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { minify } from 'terser';
import { shortenImports } from './wasm-imports.mjs';
import { checkChunkWords, checkFirstWords } from './first-words.mjs';

const run = promisify(execFile);
const digest = (data, alg, enc) => createHash(alg).update(data).digest(enc);

/** Terser on an ES module: locals mangled, exports and property names kept. */
async function minifyModule(code) {
  const result = await minify(code, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  if (!result.code) throw new Error('terser returned no code');
  return result.code;
}

const WASM_OPT_FLAGS = [
  '-Oz',
  '--enable-bulk-memory',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-reference-types',
  '--enable-multivalue',
];

/** Split the staged release build in `dir` if it has split points. Returns a short report. */
export async function splitWasm(dir) {
  const staged = await readdir(dir);
  // Trunk names outputs `<crate>-<hash>`, the hash a 64-bit number in hex without leading
  // zeros: usually 16 digits, sometimes fewer.
  const js = staged.find((f) => /^[\w-]+-[0-9a-f]{1,16}\.js$/.test(f) && !f.startsWith('__wasm_split'));
  if (!js) {
    for (const f of staged.filter((n) => n.endsWith('.js'))) {
      if ((await readFile(join(dir, f), 'utf8')).includes('__wasm_split_placeholder__')) {
        throw new Error(`${f} has split points, but its name is not Trunk's <crate>-<hash>.js: cannot split`);
      }
    }
    return 'no wasm-bindgen output found, nothing to split';
  }
  const base = js.slice(0, -3);
  const jsText = await readFile(join(dir, js), 'utf8');
  if (!jsText.includes('__wasm_split_placeholder__')) return 'no split points';

  const crate = base.replace(/-[0-9a-f]{1,16}$/, '').replace(/-/g, '_');
  const target = process.env.CARGO_TARGET_DIR ?? resolve('target');
  const raw = join(target, 'wasm32-unknown-unknown', 'release', `${crate}.wasm`);
  const work = await mkdtemp(join(tmpdir(), 'limber-split-'));
  try {
    await run('wasm-split-cli', ['--target', 'web', '--out-name', base, raw, work]);
    await run('wasm-bindgen', [
      '--target', 'web', '--keep-lld-exports', '--no-typescript',
      '--out-name', base, '--out-dir', work, join(work, `${base}.wasm`),
    ]);
    await rm(join(work, `${base}.wasm`));
    const firstWords = checkFirstWords(await readFile(join(work, `${base}_bg.wasm`)));
    // Each split's words: its module and the shared chunks it uses, before wasm-opt drops
    // their names.
    const { chunks: shared, splits: own } = loaderFiles(await readFile(join(work, '__wasm_split.js'), 'utf8'));
    const modulesOf = {};
    for (const [name, file] of Object.entries(own)) {
      modulesOf[name] = await Promise.all(
        [file, ...shared.filter((c) => c.users.includes(name)).map((c) => c.file)].map((f) => readFile(join(work, f))),
      );
    }
    const chunkWords = checkChunkWords(modulesOf);

    const modules = (await readdir(work)).filter((f) => f.endsWith('.wasm'));
    const queue = [...modules];
    const worker = async () => {
      for (let f = queue.shift(); f; f = queue.shift()) {
        await run('wasm-opt', [...WASM_OPT_FLAGS, join(work, f), '-o', join(work, f)]);
      }
    };
    await Promise.all([worker(), worker()]);

    // Content-hashed names for the split modules and chunks, then for the loader.
    let loader = await readFile(join(work, '__wasm_split.js'), 'utf8');
    const pieces = modules.filter((f) => f !== `${base}_bg.wasm`);
    for (const f of pieces) {
      const hashed = `${f.slice(0, -5)}-${digest(await readFile(join(work, f)), 'sha256', 'hex').slice(0, 16)}.wasm`;
      await rename(join(work, f), join(work, hashed));
      loader = loader.split(`"./${f}"`).join(`"./${hashed}"`);
      await copyFile(join(work, hashed), join(dir, hashed));
    }
    const prefetch = prefetchOrder(loader);
    // Every file the loader fetches has its content's hash in its name, so a copy in the HTTP
    // cache is always right: taken as it is (a server's `no-cache` would otherwise make each
    // chunk a round trip to revalidate when its screen first opens, after the prefetch).
    const fetches = loader.match(/fetch\(new URL\("\.\/[^"]+", import\.meta\.url\)\)/g) ?? [];
    if (fetches.length !== pieces.length) throw new Error(`split-wasm: the loader fetches ${fetches.length} files in a way this script doesn't know, of ${pieces.length}`);
    loader = loader.replace(/fetch\((new URL\("\.\/[^"]+", import\.meta\.url\))\)/g, 'fetch($1, { cache: "force-cache" })');
    loader += prefetchScript(prefetch);
    loader = await minifyModule(loader);
    const loaderName = `__wasm_split-${digest(loader, 'sha256', 'hex').slice(0, 16)}.js`;
    await writeFile(join(dir, loaderName), loader);
    let mainJs = await readFile(join(work, `${base}.js`), 'utf8');
    if (!mainJs.includes('from "./__wasm_split.js"')) throw new Error('main JS does not import the split loader');
    mainJs = mainJs.split('from "./__wasm_split.js"').join(`from "./${loaderName}"`);
    const short = shortenImports(await readFile(join(work, `${base}_bg.wasm`)), mainJs);
    await writeFile(join(dir, js), await minifyModule(short.js));
    await writeFile(join(dir, `${base}_bg.wasm`), short.wasm);

    // Integrity attributes of the preload links: the files under them changed.
    const indexPath = join(dir, 'index.html');
    let html = await readFile(indexPath, 'utf8');
    for (const file of [js, `${base}_bg.wasm`]) {
      const sri = `sha384-${digest(await readFile(join(dir, file)), 'sha384', 'base64')}`;
      const re = new RegExp(`(href="[^"]*${file.replace(/[.]/g, '\\.')}"[^>]*integrity=")[^"]*(")`);
      if (!re.test(html)) throw new Error(`no integrity attribute for ${file} in index.html`);
      html = html.replace(re, (_, a, b) => `${a}${sri}${b}`);
    }
    await writeFile(indexPath, html);
    return `split into main + ${pieces.length} modules (loader ${loaderName}), ${short.count} imports renamed, ${prefetch.flatMap(([, f]) => f).length} to prefetch, ${firstWords} messages on the first screen; each chunk's areas: ${Object.entries(chunkWords).map(([c, a]) => `${c} ${a.join(' ')}`).join('; ')}`;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * What the loader does besides loading: once the app's first screen is up (the static
 * `#boot` screen gone) and the phone is idle, it fetches the screens' files into the HTTP
 * cache, one screen group at a time in `order`'s order (four files at a time within a group,
 * so the group a person is likeliest to open first is in as soon as the link allows, and two
 * connections stay free for the page's own requests). After each group it fires
 * `limber:prefetched:<group>`, on which the app fetches that group's words
 * (src/platform/prefetch.rs); after the last, `limber:prefetched`, on which it registers its
 * service worker, whose precaching would otherwise compete for the network. The groups are one
 * string, so tests can read them from the minified loader.
 */
function prefetchScript(order) {
  return `
const prefetchGroups = "limber-prefetch:${order.map(([group, files]) => `${group}=${files.join(' ')}`).join(';')}".slice(16).split(";").map((g) => g.split("="));
async function prefetchAll() {
    for (const [group, files] of prefetchGroups) {
        const queue = files.split(" ");
        const next = async () => {
            for (let f = queue.shift(); f; f = queue.shift()) {
                await fetch(new URL("./" + f, import.meta.url), { cache: "force-cache" }).then((r) => r.arrayBuffer()).catch(() => {});
            }
        };
        await Promise.all([next(), next(), next(), next()]);
        dispatchEvent(new Event("limber:prefetched:" + group));
    }
    dispatchEvent(new Event("limber:prefetched"));
}
function whenIdle(f) {
    if (self.requestIdleCallback) requestIdleCallback(f, { timeout: 2000 });
    else setTimeout(f, 500);
}
new MutationObserver((_, watch) => {
    if (document.readyState !== "loading" && !document.getElementById("boot")) {
        watch.disconnect();
        whenIdle(prefetchAll);
    }
}).observe(document, { childList: true, subtree: true });
`;
}

/**
 * The files the split loader fetches: each shared chunk with the splits that use it (the loader
 * names them in a comment above it), and each split's own module.
 */
function loaderFiles(loader) {
  const chunks = [...loader.matchAll(/\/\* ([\w, ]+) \*\/\s*const __chunk_\w+ = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)]
    .map(([, users, file]) => ({ users: users.split(', '), file }));
  const splits = Object.fromEntries(
    [...loader.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)]
      .map(([, name, file]) => [name, file]),
  );
  return { chunks, splits };
}

/** The screens' chunks in the order a person is likely to open them: first the reader of
 * the language files every other screen waits for, then History, Routines, then Learn and
 * Settings, then a session (Today's Start is a tap away, but its chunk is wanted last: the
 * player only opens after "Before you start"). */
const LIKELY = ['words', 'records', 'browse', 'more', 'player'];

/**
 * Every wasm file the split loader (`__wasm_split.js` as wasm-split-cli writes it, before
 * minifying) fetches, in the order the page should fetch them ahead of use, as [group, files]:
 * for each screen group in LIKELY, the shared chunks it needs that aren't listed yet, then
 * its own module.
 * The loader names each shared chunk's users in a comment above it.
 */
export function prefetchOrder(loader) {
  const { chunks, splits } = loaderFiles(loader);
  const unknown = Object.keys(splits).filter((name) => !LIKELY.includes(name));
  if (unknown.length) throw new Error(`split-wasm: no prefetch place for ${unknown.join(', ')}: add it to LIKELY`);
  const order = [];
  const listed = new Set();
  for (const name of LIKELY.filter((n) => splits[n])) {
    const group = [];
    for (const c of chunks) if (c.users.includes(name) && !listed.has(c.file)) group.push(c.file);
    group.push(splits[name]);
    for (const f of group) listed.add(f);
    order.push([name, group]);
  }
  const files = (loader.match(/new URL\("\.\/[^"]+\.wasm"/g) ?? []).length;
  if (listed.size !== files) throw new Error(`split-wasm: prefetch lists ${listed.size} of the loader's ${files} files`);
  return order;
}
