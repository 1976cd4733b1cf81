// The page around the app in the person's language (issue 36): index.html's title,
// description and loading screen, and the installed app's manifest, show before any wasm
// has loaded, so the app can't translate them. Their words are the `page-*` messages of
// locales/<lang>/page.ftl, like every other word. Here, at build time (post-build.mjs):
//   - `{{page-…}}` marks in index.html become English;
//   - `<script>/* limber:page-words */</script>` becomes a small script holding every other
//     language's words, which runs as the loading screen is parsed (before its first paint):
//     it picks the language as the app does (the stored choice, else the first of the phone's
//     languages Limber speaks, else English; `Settings::lang`) and puts its words, its
//     `<html lang>` and its manifest in place;
//   - manifest.webmanifest takes English's name and description, and a copy per language
//     (`manifest-<lang>.webmanifest`) takes that language's.
// The marks are gone once done, so running this again on a built folder changes nothing.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const SCRIPT_MARK = '<script>/* limber:page-words */</script>';
// Each stored-language or phone tag's first part, as `Lang::from_tag` reads it.
const TAGS = { en: 'en', eng: 'en', de: 'de', deu: 'de', ger: 'de', es: 'es', spa: 'es', fr: 'fr', fra: 'fr', fre: 'fr' };

/** The `page-*` messages of one language's page.ftl: plain text only. */
function readPage(file) {
  const words = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^(page-[a-z-]+) = (.*)$/.exec(line);
    if (!m) continue;
    if (/[{}]/.test(m[2])) throw new Error(`${file}: ${m[1]} must be plain text, without { }`);
    words[m[1]] = m[2];
  }
  return words;
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What the page script does, given `W` (language -> words) and `TAGS`. */
function pageScript(words) {
  return `<script>(function(){var W=${JSON.stringify(words)},T=${JSON.stringify(TAGS)};
function pick(t){return T[String(t||"").toLowerCase().replace("_","-").split("-")[0]]}
var l;try{l=pick(JSON.parse(localStorage.getItem("limber.settings")).data.language)}catch(e){}
if(!l){var p=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language];for(var i=0;i<p.length&&!l;i++)l=pick(p[i])}
var w=W[l];if(!w)return;var d=document;d.documentElement.lang=l;d.title=w["page-title"];
d.querySelector('meta[name="description"]').content=w["page-description"];
d.querySelector("#boot p").textContent=w["page-tagline"];
d.querySelector("#boot [role=status]").setAttribute("aria-label",w["page-loading"]);
d.querySelector('link[rel="manifest"]').setAttribute("href","manifest-"+l+".webmanifest")})()</script>`.replace(/\n/g, '');
}

/** index.html's text with the page's words in place; writes the manifests into `dir`. */
export function pageWords(html, dir, root = '.') {
  if (!html.includes(SCRIPT_MARK)) return html;
  const langs = readdirSync(join(root, 'locales')).filter((l) => existsSync(join(root, 'locales', l, 'page.ftl')));
  const all = Object.fromEntries(langs.map((l) => [l, readPage(join(root, 'locales', l, 'page.ftl'))]));
  const en = all.en;
  if (!en) throw new Error('locales/en/page.ftl is missing');
  html = html.replace(/\{\{(page-[a-z-]+)\}\}/g, (_, id) => {
    if (!(id in en)) throw new Error(`index.html asks for ${id}, which locales/en/page.ftl lacks`);
    return escapeHtml(en[id]);
  });
  // What the script puts in place (the manifests carry the app's name; a page without
  // JavaScript stays English).
  const shown = ['page-title', 'page-description', 'page-tagline', 'page-loading'];
  const others = Object.fromEntries(
    langs.filter((l) => l !== 'en').map((l) => [l, Object.fromEntries(shown.map((id) => [id, all[l][id]]))]),
  );
  html = html.replace(SCRIPT_MARK, () => pageScript(others));
  const manifestPath = join(dir, 'manifest.webmanifest');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  for (const l of langs) {
    const m = { ...manifest, name: all[l]['page-app-name'], description: all[l]['page-description'], lang: l };
    writeFileSync(l === 'en' ? manifestPath : join(dir, `manifest-${l}.webmanifest`), `${JSON.stringify(m, null, 2)}\n`);
  }
  return html;
}
