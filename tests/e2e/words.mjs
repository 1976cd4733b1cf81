// The app's own words, read from its catalogs (locales/<lang>/*.ftl), so a journey written
// once can be clicked through in every language: `const w = await words('de')`, then
// `page.getByRole('button', { name: w('session-start') })`.
//
// A reader for the part of Fluent the catalogs use (see src/domain/i18n/ftl.rs): messages
// and terms on one line or continued on indented lines, `{ $var }`, `{ -term }`, string
// literals, and selectors on plural categories (Intl.PluralRules), exact numbers or words.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

const ROOT = new URL('../../locales/', import.meta.url).pathname;

/** Every message of `lang`, as id -> pattern source. */
export async function entries(lang) {
  const out = new Map();
  for (const file of (await readdir(join(ROOT, lang))).filter((f) => f.endsWith('.ftl')).sort()) {
    const lines = (await readFile(join(ROOT, lang, file), 'utf8')).split('\n');
    let id = null;
    let value = [];
    const flush = () => {
      if (id) out.set(id, value.join('\n').trim());
      id = null;
      value = [];
    };
    for (const line of lines) {
      const head = /^(-?[A-Za-z][A-Za-z0-9_-]*)\s*=\s?(.*)$/.exec(line);
      if (head) {
        flush();
        id = head[1];
        value = [head[2]];
      } else if (id && /^\s+\S/.test(line)) {
        value.push(line.trim());
      } else if (line.startsWith('#') || line.trim() === '') {
        if (line.trim() === '' && id) value.push('');
        else flush();
      }
    }
    flush();
  }
  return out;
}

/** A renderer for `lang`: `w(id, args)` is the message in words, as the app writes it. */
export async function words(lang) {
  const all = await entries(lang);
  const plural = new Intl.PluralRules(lang);
  const number = (n) => (typeof n === 'number' ? new Intl.NumberFormat(lang).format(n) : String(n));
  const render = (src, args) => {
    let out = '';
    let i = 0;
    while (i < src.length) {
      const open = src.indexOf('{', i);
      if (open < 0) {
        out += src.slice(i);
        break;
      }
      out += src.slice(i, open);
      const close = matching(src, open);
      out += placeable(src.slice(open + 1, close).trim(), args);
      i = close + 1;
    }
    // Blank lines inside a multi-line value are kept as line breaks, as Fluent does.
    return out.replace(/\n\n+/g, '\n');
  };
  const placeable = (inner, args) => {
    if (inner.startsWith('"')) return JSON.parse(inner);
    const select = /^\$([A-Za-z_][\w-]*)\s*->\s*([\s\S]*)$/.exec(inner);
    if (select) {
      const value = args[select[1]];
      const variants = [];
      const re = /(\*?)\[([^\]]+)\]/g;
      let m;
      const marks = [];
      while ((m = re.exec(select[2]))) {
        // Only keys at the top level of the selector (not inside a nested placeable).
        const before = select[2].slice(0, m.index);
        if ((before.match(/\{/g) ?? []).length === (before.match(/\}/g) ?? []).length) marks.push({ at: m.index, end: re.lastIndex, star: m[1] === '*', key: m[2].trim() });
      }
      marks.forEach((mk, k) => variants.push({ ...mk, body: select[2].slice(mk.end, k + 1 < marks.length ? marks[k + 1].at : undefined).trim() }));
      const chosen =
        variants.find((v) => String(value) === v.key) ??
        (typeof value === 'number' ? variants.find((v) => v.key === plural.select(value)) : undefined) ??
        variants.find((v) => v.star);
      return render(chosen.body, args);
    }
    if (inner.startsWith('$')) return number(args[inner.slice(1)] ?? `{${inner}}`);
    if (inner.startsWith('-')) return render(all.get(inner) ?? `{${inner}}`, args);
    throw new Error(`words.mjs can't read { ${inner} }`);
  };
  return (id, args = {}) => {
    const src = all.get(id);
    if (src === undefined) throw new Error(`${lang} has no message ${id}`);
    return render(src, args);
  };
}

function matching(src, open) {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === '"') {
      i = src.indexOf('"', i + 1);
      continue;
    }
    if (src[i] === '{') depth++;
    if (src[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`unclosed { in ${src}`);
}
