// The first screen speaks only from the areas built into the app (locales/first-screen.txt):
// English's are in the main wasm module, and a first visit in another language fetches just
// those before Today is built. A message from any other area asked for by the first screen's
// code would show as `{its-id}` on a first visit. Each typed message constructor is a function
// of its own (`#[inline(never)]`, build.rs), so the main module's name section, after the
// split and before wasm-opt drops it, lists every message its code can ask for.
import { readFileSync } from 'node:fs';

/** Function names from a module's `name` section. */
export function functionNames(bytes) {
  let at = 8;
  const leb = () => {
    let result = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[at++];
      result += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return result;
    }
  };
  const str = () => {
    const n = leb();
    const s = Buffer.from(bytes.subarray(at, at + n)).toString('utf8');
    at += n;
    return s;
  };
  const names = [];
  while (at < bytes.length) {
    const id = bytes[at++];
    const end = leb() + at;
    if (id === 0 && str() === 'name') {
      while (at < end) {
        const sub = bytes[at++];
        const subEnd = leb() + at;
        if (sub === 1) for (let i = leb(); i > 0; i--) names.push((leb(), str()));
        at = subEnd;
      }
    }
    at = end;
  }
  return names;
}

/** The ids of the areas `locales/first-screen.txt` lists, from English's files. */
function firstScreenIds(root) {
  const areas = readFileSync(`${root}/locales/first-screen.txt`, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const ids = new Set();
  for (const area of areas) {
    for (const m of readFileSync(`${root}/locales/en/${area}.ftl`, 'utf8').matchAll(/^([a-z][a-z0-9-]*) =/gm)) ids.add(m[1]);
  }
  return { areas, ids };
}

/**
 * Throws, naming them, if the main module asks for messages outside the first screen's areas.
 * Returns how many messages it asks for. `root` is the project (where `locales/` is).
 */
export function checkFirstWords(mainWasm, root = '.') {
  const asked = new Set();
  for (const name of functionNames(mainWasm)) {
    const m = /i18n::messages::(?:r#)?([a-z0-9_]+)(?:::|$)/.exec(name);
    if (m) asked.add(m[1].replace(/_/g, '-'));
  }
  if (asked.size === 0) throw new Error('the main module names no message constructors: is its name section gone?');
  const { areas, ids } = firstScreenIds(root);
  const outside = [...asked].filter((id) => !ids.has(id)).sort();
  if (outside.length) {
    throw new Error(
      `the first screen's code asks for ${outside.length} message(s) outside ${areas.join(', ')} ` +
        `(locales/first-screen.txt), which a first visit doesn't have: ${outside.join(', ')}. ` +
        'Move them into one of those areas in every language, or the code that asks into a chunk.',
    );
  }
  return asked.size;
}
