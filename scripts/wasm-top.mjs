#!/usr/bin/env node
// What a .wasm file is made of: code size by Rust module path (from the name section) and the
// largest functions, plus the data segments. For finding what to move out of the first load:
//
//   node scripts/wasm-top.mjs FILE.wasm [depth=3] [top=30]
//
// Needs a module that still has its name section, which the shipped files don't. Make one from
// the raw rustc output the way scripts/split-wasm.mjs does, without its wasm-opt step:
//   wasm-split-cli --target web --out-name limber \
//     target/wasm32-unknown-unknown/release/limber.wasm /tmp/split
//   wasm-bindgen --target web --keep-lld-exports --no-typescript --out-name lb \
//     --out-dir /tmp/split-bg /tmp/split/limber.wasm
//   node scripts/wasm-top.mjs /tmp/split-bg/lb_bg.wasm
import { readFileSync } from 'node:fs';

const [file, depthArg = '3', topArg = '30'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/wasm-top.mjs FILE.wasm [depth] [top]');
  process.exit(2);
}
const depth = Number(depthArg);
const top = Number(topArg);
const bytes = readFileSync(file);
let at = 8;

function leb() {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(b & 0x80)) return result;
  }
}
function name() {
  const n = leb();
  const s = bytes.subarray(at, at + n).toString('utf8');
  at += n;
  return s;
}

let importedFunctions = 0;
const bodies = []; // size of each defined function's body
const names = new Map();
let dataBytes = 0;
const sections = [];

while (at < bytes.length) {
  const id = bytes[at++];
  const size = leb();
  const start = at;
  const end = at + size;
  if (id === 0) {
    const title = name();
    sections.push([`custom:${title}`, size]);
    if (title === 'name') {
      while (at < end) {
        const sub = bytes[at++];
        const subSize = leb();
        const subEnd = at + subSize;
        if (sub === 1) {
          const count = leb();
          for (let i = 0; i < count; i++) {
            const index = leb();
            names.set(index, name());
          }
        }
        at = subEnd;
      }
    }
  } else {
    sections.push([`section ${id}`, size]);
    if (id === 2) {
      const count = leb();
      for (let i = 0; i < count; i++) {
        name();
        name();
        const kind = bytes[at++];
        if (kind === 0) {
          leb();
          importedFunctions++;
        } else if (kind === 1) {
          at++;
          const flags = leb();
          leb();
          if (flags & 1) leb();
        } else if (kind === 2) {
          const flags = leb();
          leb();
          if (flags & 1) leb();
        } else if (kind === 3) {
          at += 2;
        } else {
          at++;
          leb();
        }
      }
    } else if (id === 10) {
      const count = leb();
      for (let i = 0; i < count; i++) {
        const n = leb();
        bodies.push(n);
        at += n;
      }
    } else if (id === 11) {
      dataBytes = size;
    }
  }
  at = end;
  void start;
}

/** A readable path from a mangled Rust symbol: `_ZN6limber5pages5today4view17h..E` -> limber::pages::today::view. */
function demangle(raw) {
  const m = /^_ZN(.*)E$/.exec(raw);
  if (!m) return raw;
  const parts = [];
  let s = m[1];
  while (s.length) {
    const len = /^(\d+)/.exec(s);
    if (!len) break;
    const n = Number(len[1]);
    parts.push(s.slice(len[1].length, len[1].length + n));
    s = s.slice(len[1].length + n);
  }
  if (parts.length && /^h[0-9a-f]{16}$/.test(parts[parts.length - 1])) parts.pop();
  return parts
    .join('::')
    .replace(/\$LT\$/g, '<')
    .replace(/\$GT\$/g, '>')
    .replace(/\$u20\$/g, ' ')
    .replace(/\$C\$/g, ',')
    .replace(/\$RF\$/g, '&')
    .replace(/\$u7b\$/g, '{')
    .replace(/\$u7d\$/g, '}')
    .replace(/\.\./g, '::');
}

function group(path) {
  // `<leptos::X as Y>::f` groups under the implementing type's crate.
  const clean = path.replace(/^</, '');
  return clean.split('::').slice(0, depth).join('::').split(' ')[0];
}

const totals = new Map();
const fns = [];
let code = 0;
bodies.forEach((size, i) => {
  const raw = names.get(importedFunctions + i) ?? `func${importedFunctions + i}`;
  const path = demangle(raw);
  code += size;
  fns.push([size, path]);
  const g = group(path);
  totals.set(g, (totals.get(g) ?? 0) + size);
});

const kb = (n) => `${(n / 1024).toFixed(1).padStart(7)} KB`;
console.log(`${file}: ${kb(bytes.length)} in all, code ${kb(code)} in ${bodies.length} functions, data ${kb(dataBytes)}`);
console.log('\nsections:');
for (const [title, size] of sections.sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`${kb(size)}  ${title}`);
console.log(`\ncode by path (depth ${depth}):`);
for (const [g, size] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${kb(size)}  ${g}`);
console.log(`\nlargest functions:`);
for (const [size, path] of fns.sort((a, b) => b[0] - a[0]).slice(0, top)) console.log(`${kb(size)}  ${path.slice(0, 150)}`);
