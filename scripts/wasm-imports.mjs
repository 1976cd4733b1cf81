// Short import names for the main module (used by split-wasm.mjs on release builds).
//
// wasm-bindgen names each import of the main module after its JS function plus a 64-bit hash,
// `__wbg_addEventListener_90e553fdce254421`, under the module name `./<crate>-<hash>_bg.js`.
// Those names sit twice on a first visit, once in the wasm's import section and once as keys
// of the JS glue's imports object, and the hashes don't compress (about 4 KB gzip in the wasm
// alone, for ~250 imports). Here both sides are renamed together: every import from the glue's
// module gets a short name (`a`, `b`, … `aa`, …) under the module name `a`. Imports from other
// modules (the split loader's) keep their names.
//
// The wasm side is a rewrite of the import section only; every other section is copied as is.
// The JS side must hold each old name exactly once, as an object key: anything else throws, so
// a change in wasm-bindgen's output fails the build instead of shipping a broken app.

const uleb = (b, p) => {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = b[p++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, p];
};

const encodeUleb = (n) => {
  const out = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
};

const encodeName = (s) => {
  const bytes = Buffer.from(s, 'utf8');
  return Buffer.concat([encodeUleb(bytes.length), bytes]);
};

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** `a` … `Z`, then `ab`, `bb`, …: distinct, and a valid JS identifier for every `i`. */
export const shortName = (i) => {
  let s = '';
  do {
    s += LETTERS[i % LETTERS.length];
    i = Math.floor(i / LETTERS.length);
  } while (i);
  return s;
};

/** Skips an import's description (after its two names); returns the position after it. */
function skipDescription(b, p) {
  const kind = b[p++];
  const limits = (q) => {
    const flags = b[q++];
    [, q] = uleb(b, q);
    if (flags & 1) [, q] = uleb(b, q);
    return q;
  };
  switch (kind) {
    case 0: return uleb(b, p)[1]; // function: type index
    case 1: return limits(p + 1); // table: reference type, limits
    case 2: return limits(p); // memory: limits
    case 3: return p + 2; // global: value type, mutability
    case 4: return uleb(b, p + 1)[1]; // tag: attribute, type index
    default: throw new Error(`unknown import kind ${kind}`);
  }
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Renames the imports that `wasm` takes from the glue module ending in `_bg.js`, in the wasm
 * and in `js` (the glue). Returns the new wasm, the new JS and how many imports were renamed.
 */
export function shortenImports(wasm, js) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  const parts = [wasm.subarray(0, 8)];
  const renamed = new Map();
  let glueModule;
  let p = 8;
  while (p < wasm.length) {
    const id = wasm[p];
    const [size, start] = uleb(wasm, p + 1);
    const end = start + size;
    if (id !== 2) {
      parts.push(wasm.subarray(p, end));
      p = end;
      continue;
    }
    let [count, q] = uleb(wasm, start);
    const body = [encodeUleb(count)];
    for (let i = 0; i < count; i++) {
      let length;
      [length, q] = uleb(wasm, q);
      const module = wasm.toString('utf8', q, q + length);
      q += length;
      [length, q] = uleb(wasm, q);
      const name = wasm.toString('utf8', q, q + length);
      q += length;
      const description = wasm.subarray(q, (q = skipDescription(wasm, q)));
      if (module.endsWith('_bg.js')) {
        if (glueModule !== undefined && glueModule !== module) throw new Error(`two glue modules: ${glueModule}, ${module}`);
        glueModule = module;
        if (renamed.has(name)) throw new Error(`${name} is imported twice`);
        renamed.set(name, shortName(renamed.size));
        body.push(encodeName('a'), encodeName(renamed.get(name)), description);
      } else {
        if (module === 'a') throw new Error('an import module is already called "a"');
        body.push(encodeName(module), encodeName(name), description);
      }
    }
    if (q !== end) throw new Error('the import section did not end where its size said');
    const section = Buffer.concat(body);
    parts.push(Buffer.from([2]), encodeUleb(section.length), section);
    p = end;
  }
  if (glueModule === undefined) throw new Error('no imports from the JS glue');

  let out = js;
  for (const [name, short] of renamed) {
    // A key of the imports object: `name: function(…)`, nowhere else.
    const re = new RegExp(`(?<![\\w$])${escape(name)}(?![\\w$])`, 'g');
    const found = out.match(re)?.length ?? 0;
    if (found !== 1) throw new Error(`${name} is in the JS glue ${found} times (expected once)`);
    const key = new RegExp(`(?<![\\w$])${escape(name)}(?=:)`);
    if (!key.test(out)) throw new Error(`${name} is not a key in the JS glue`);
    out = out.replace(key, short);
  }
  const moduleKey = `"${glueModule}": import0`;
  if (out.split(moduleKey).length !== 2) throw new Error(`the glue's imports object has no single ${moduleKey}`);
  out = out.replace(moduleKey, 'a: import0');
  return { wasm: Buffer.concat(parts), js: out, count: renamed.size };
}
