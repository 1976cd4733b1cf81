// The first screen speaks only from the areas built into the app (locales/first-screen.txt):
// English's are in the main wasm module, and a first visit in another language fetches just
// those before Today is built. A message from any other area asked for by the first screen's
// code would show as `{its-id}` on a first visit. Each typed message constructor is a function
// of its own (`#[inline(never)]`, build.rs), so the main module's name section, after the
// split and before wasm-opt drops it, lists every message its code can ask for.
import { readdirSync, readFileSync } from 'node:fs';

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

/**
 * The message id a function name names, if it is a typed message constructor: demangled
 * (`…i18n::messages::today_loading`, as wasm-bindgen leaves the main module) or mangled
 * (`_ZN6limber6domain4i18n8messages13today_loading17h…E`, as wasm-split-cli leaves the rest).
 * Ids use '-' where constructor names use '_'.
 */
function messageId(name) {
  const plain = /i18n::messages::(?:r#)?([a-z0-9_]+)(?:::|$)/.exec(name);
  if (plain) return plain[1].replace(/_/g, '-');
  const mangled = /4i18n8messages(\d+)/.exec(name);
  if (!mangled) return null;
  const start = mangled.index + mangled[0].length;
  const ident = name.slice(start, start + Number(mangled[1])).replace(/^r#/, '');
  return /^[a-z0-9_]+$/.test(ident) ? ident.replace(/_/g, '-') : null;
}

/** Area of each English message id, from English's files. */
function areaOfIds(root) {
  const areaOf = new Map();
  for (const file of readdirSync(`${root}/locales/en`).filter((f) => f.endsWith('.ftl'))) {
    const area = file.slice(0, -4);
    for (const m of readFileSync(`${root}/locales/en/${file}`, 'utf8').matchAll(/^([a-z][a-z0-9-]*) =/gm)) areaOf.set(m[1], area);
  }
  return areaOf;
}

/** `locales/chunk-areas.txt`: chunk name -> its areas. */
export function chunkAreas(root = '.') {
  return Object.fromEntries(
    readFileSync(`${root}/locales/chunk-areas.txt`, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => {
        const [chunk, areas] = l.split(':');
        return [chunk.trim(), areas.trim().split(/\s+/).filter(Boolean)];
      }),
  );
}

/**
 * Throws, naming them, if a chunk's code (its own module and the shared chunks it uses) asks
 * for a typed message from an area `locales/chunk-areas.txt` doesn't list for it (nor the first
 * screen's); a screen waits for only its chunk's areas, so that message would show as {its-id}.
 * `modules` maps each split's name to the bytes of the modules its code is in, before wasm-opt
 * drops their names. Returns each chunk's typed messages' areas, for the build's report.
 */
export function checkChunkWords(modules, root = '.') {
  const declared = chunkAreas(root);
  const { areas: first } = firstScreenIds(root);
  const areaOf = areaOfIds(root);
  const used = {};
  const problems = [];
  for (const [chunk, parts] of Object.entries(modules)) {
    if (!declared[chunk]) {
      problems.push(`the chunk ${chunk} has no line in locales/chunk-areas.txt`);
      continue;
    }
    const allowed = new Set([...first, ...declared[chunk]]);
    const areas = new Set();
    const outside = new Set();
    for (const bytes of parts) {
      for (const name of functionNames(bytes)) {
        const id = messageId(name);
        if (!id) continue;
        const area = areaOf.get(id);
        if (!area) continue;
        areas.add(area);
        if (!allowed.has(area)) outside.add(`${id} (${area})`);
      }
    }
    used[chunk] = [...areas].filter((a) => !first.includes(a)).sort();
    if (outside.size) problems.push(`${chunk} asks for ${[...outside].sort().join(', ')}`);
  }
  if (problems.length) {
    throw new Error(`a chunk speaks from an area locales/chunk-areas.txt doesn't list for it: ${problems.join('; ')}. Add the area to its line.`);
  }
  return used;
}
