// Trunk post_build hook (see Trunk.toml). Runs on the staged build before Trunk moves it to
// dist/, and finishes three things only the final files can tell us:
//
// 0. Release builds: split the wasm into chunks (scripts/split-wasm.mjs).
// 1. Content-Security-Policy (release builds): Trunk writes one inline module script that
//    starts the wasm, and index.html has one inline <style> for the first screen. Both are
//    allowed by their sha256 hash, so no 'unsafe-inline' is needed. Debug builds get no policy,
//    because `trunk serve` adds its own live-reload script.
// 2. The service worker: the precache list is every staged file, and the cache version is a
//    hash of all their contents, so any change to any file makes a new version.
// 3. 404.html, a copy of index.html: static hosts such as GitHub Pages answer unknown paths
//    with it, which makes deep links and reloads on /history work.
// 4. Release builds: the stylesheet loses its comments and spare whitespace (about a quarter
//    of its gzip size), and its integrity attribute follows. Before that, the rules between
//    its "first-load" markers (what Today and the frame use) become a file of their own,
//    `first-<hash>.css`, which index.html links instead; a <meta name="limber:stylesheet">
//    names the whole file, which the app adds after it before any other screen shows
//    (src/platform/styles.rs). The subset keeps the source's order and the whole file comes
//    after it, so with both loaded every element is styled exactly as by the whole file.
//
// 5. The page's own words: index.html's title, description and loading screen, and the
//    manifests, from locales/<lang>/page.ftl (scripts/page-words.mjs).
//
// Usage outside Trunk (tests use this to make a "second build"): node post-build.mjs DIR
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { splitWasm } from './split-wasm.mjs';
import { pageWords } from './page-words.mjs';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: no staging dir (run by Trunk, or pass a folder)');
  process.exit(1);
}
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
const CSP_MARK = '<!-- limber:csp -->';
const sha = (data, encoding) => createHash('sha256').update(data).digest(encoding);

async function walk(folder) {
  const out = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else out.push(relative(dir, path).split(sep).join('/'));
  }
  return out.sort();
}

function policy(html) {
  const hashes = (tag) =>
    [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map(
      (m) => `'sha256-${sha(m[1], 'base64')}'`,
    );
  return [
    "default-src 'none'",
    // 'wasm-unsafe-eval' lets WebAssembly compile; it does not allow JavaScript eval.
    `script-src 'self' 'wasm-unsafe-eval' ${hashes('script').join(' ')}`,
    `style-src 'self' ${hashes('style').join(' ')}`,
    "img-src 'self'",
    // The wasm file itself is fetched.
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

// Release builds are split into chunks first: everything below hashes the final files.
if (release && !process.argv[2]) {
  const started = Date.now();
  console.log(`post-build: ${await splitWasm(dir)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * `css` without comments and spare whitespace; string literals are kept exactly. Comments go
 * first, as they may hold an apostrophe (so a string may not hold a comment's opening).
 */
function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            // Never around ":" before a name (".a :hover" is not ".a:hover"), only after it.
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':'),
    )
    .join('')
    .replace(/;}/g, '}')
    .trim();
}

const FIRST_START = '/* first-load */';
const FIRST_END = '/* end first-load */';
const STYLESHEET_META = 'limber:stylesheet';

/** The rules between the first-load markers of `css`, in order; throws on unpaired markers. */
function firstLoadRules(css) {
  const regions = [...css.matchAll(/\/\* first-load \*\/([\s\S]*?)\/\* end first-load \*\//g)].map((m) => m[1]);
  const count = (mark) => css.split(mark).length - 1;
  if (!regions.length || count(FIRST_START) !== regions.length || count(FIRST_END) !== regions.length) {
    throw new Error('post-build: the stylesheet needs paired, unnested "first-load" markers');
  }
  return regions.join('\n');
}

const indexPath = join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');
// The page's own words (title, description, loading screen, manifests) in every language,
// before the policy below hashes the script that places them.
const placed = pageWords(html, dir);
if (placed !== html) await writeFile(indexPath, (html = placed));
if (release && !html.includes(`name="${STYLESHEET_META}"`)) {
  const link = /<link rel="stylesheet" href="([^"]*\/)?([\w-]+\.css)"[^>]*>/.exec(html);
  if (!link) throw new Error('post-build: index.html links no stylesheet');
  const [tag, prefix = '', whole] = link;
  const first = minifyCss(firstLoadRules(await readFile(join(dir, whole), 'utf8')));
  const name = `first-${sha(first, 'hex').slice(0, 16)}.css`;
  await writeFile(join(dir, name), first);
  // The integrity attribute is filled in below, with every stylesheet's.
  html = html.replace(
    tag,
    () =>
      `<link rel="stylesheet" href="${prefix}${name}" integrity=""/>` +
      `<meta name="${STYLESHEET_META}" content="${prefix}${whole}" />`,
  );
}
if (release) {
  for (const f of (await readdir(dir)).filter((n) => n.endsWith('.css'))) {
    const path = join(dir, f);
    const css = minifyCss(await readFile(path, 'utf8'));
    await writeFile(path, css);
    const sri = `sha384-${createHash('sha384').update(css).digest('base64')}`;
    const re = new RegExp(`(href="[^"]*${f.replace(/[.]/g, '\\.')}"[^>]*integrity=")[^"]*(")`);
    html = html.replace(re, (_, a, b) => `${a}${sri}${b}`);
  }
  await writeFile(indexPath, html);
}
if (html.includes(CSP_MARK)) {
  const meta = release ? `<meta http-equiv="Content-Security-Policy" content="${policy(html)}" />` : '';
  html = html.replace(CSP_MARK, () => meta);
  await writeFile(indexPath, html);
}

// The catalogs are copied whole (index.html's copy-dir); only their .ftl files are the app's,
// not the translators' notes beside them (STYLE.md, SAFETY-CHECK.md).
// Their comments are for translators too: the app's copy goes without them.
for (const file of await walk(join(dir, 'locales'))) {
  if (!file.endsWith('.ftl')) await rm(join(dir, file));
  else {
    const text = await readFile(join(dir, file), 'utf8');
    await writeFile(join(dir, file), text.split('\n').filter((l) => !l.startsWith('#')).join('\n'));
  }
}

const swPath = join(dir, 'sw.js');
const template = await readFile(swPath, 'utf8');
if (template.includes('__LIMBER_FILES__')) {
  const files = (await walk(dir)).filter((f) => f !== 'sw.js' && f !== '404.html');
  const version = createHash('sha256');
  version.update(template);
  for (const file of files) version.update(`${file}\0${sha(await readFile(join(dir, file)), 'hex')}\n`);
  const v = version.digest('hex').slice(0, 16);
  // Replacer functions: a `$` in a file name must not be read as a replacement pattern.
  await writeFile(swPath, template.replace('__LIMBER_VERSION__', () => v).replace('__LIMBER_FILES__', () => JSON.stringify(files)));
  console.log(`post-build: service worker ${v} precaches ${files.length} files${release ? ', CSP set' : ''}`);
}

await writeFile(join(dir, '404.html'), html);
