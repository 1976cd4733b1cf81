// The same release build for another public URL, without building again:
//
//   node scripts/rebase-dist.mjs FROM_DIR TO_DIR PUBLIC_URL      e.g. target/e2e-dist target/e2e-dist-root /
//
// Only index.html knows where the app is served: its `<base href>` and the paths of the files
// it loads (the app reads the base at run time; the chunk loader finds chunks next to itself;
// the service worker lists files relative to its own scope). So the folder is copied, those
// paths are rewritten, and post-build.mjs makes the Content-Security-Policy (the inline start-up
// script names the paths, so its hash changes), the worker's list and version, and 404.html
// again. The test command checks the result against the journeys; a Trunk build with
// `--public-url PUBLIC_URL` gives the same files.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [from, to, url] = process.argv.slice(2);
if (!from || !to || !url || !url.startsWith('/') || !url.endsWith('/')) {
  console.error('usage: node scripts/rebase-dist.mjs FROM_DIR TO_DIR PUBLIC_URL (starting and ending with /)');
  process.exit(2);
}

const index = readFileSync(join(from, 'index.html'), 'utf8');
const base = /<base href="([^"]*)"/.exec(index)?.[1];
if (!base) {
  console.error(`rebase-dist: no <base href> in ${from}/index.html`);
  process.exit(1);
}

rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
const html = index
  // Every attribute that starts with the old base: the base itself, scripts, styles, preloads,
  // the manifest and icons.
  .replaceAll(`="${base}`, `="${url}`)
  // The start-up script's imports.
  .replaceAll(`'${base}`, `'${url}`)
  // post-build.mjs writes the policy where this mark is.
  .replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/, '<!-- limber:csp -->');
writeFileSync(join(to, 'index.html'), html);
// The worker's template, from which post-build.mjs writes the list of this folder's files.
cpSync('public/sw.js', join(to, 'sw.js'));
execFileSync('node', ['scripts/post-build.mjs', to], { stdio: 'inherit' });
console.log(`rebase-dist: ${from} (${base}) -> ${to} (${url})`);
