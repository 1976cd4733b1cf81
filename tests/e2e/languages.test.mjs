// Languages: every screen's words come from the catalogs (the pseudo-language leaves no plain
// English anywhere), a first visit speaks the phone's language and fetches only what Today
// needs, the person's choice is remembered, and every language works offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { appReady, eachScreen, phonePage, useApp } from './harness.mjs';
import { A_PLAN, SCREENS, STORED } from './fixtures.mjs';
import { words } from './words.mjs';

const app = useApp();

const LANGS = ['en', 'de', 'es', 'fr'];

/** Stored data with the language chosen (`en-XA` is the pseudo-language). */
const storedIn = (language, extra = {}) => ({
  ...STORED,
  'limber.plan': A_PLAN,
  'limber.settings': JSON.stringify({ v: 1, data: { track_weight: true, language, ...extra } }),
});

/**
 * Every piece of text on the page a person can see or hear (text, and the labels, titles,
 * alternatives and placeholders a screen reader reads) that is not inside a message of the
 * pseudo-language, which brackets each one. Words the person wrote themselves and names of
 * languages are marked (`translate="no"`, `lang`) and left out.
 */
async function unbracketed(page) {
  return page.evaluate((own) => {
    const found = [];
    const theirs = new Set(own);
    const exempt = (el) => el?.closest('[translate="no"], [lang]:not(html), script, style, svg title, noscript, #boot');
    const letters = /\p{L}{2,}/u;
    const bracketed = /^[^\p{L}]*\[[\s\S]*\][^\p{L}]*$/u;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent.trim();
      const el = n.parentElement;
      // A message may hold a link or emphasis: then its brackets are around the whole element.
      const whole = el.closest('p, li, span, label, h1, h2, h3, button, a, th, td')?.textContent.trim() ?? '';
      if (!letters.test(text) || exempt(el) || bracketed.test(text) || bracketed.test(whole) || theirs.has(text)) continue;
      if (!el.getClientRects().length && !el.closest('[aria-live], .visually-hidden, table')) continue;
      found.push(`"${text.slice(0, 60)}" in <${el.tagName.toLowerCase()} class="${el.className}">`);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-description]')) {
      if (exempt(el)) continue;
      for (const attr of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description']) {
        const v = el.getAttribute(attr)?.trim();
        if (v && letters.test(v) && !bracketed.test(v)) found.push(`${attr}="${v.slice(0, 60)}" on <${el.tagName.toLowerCase()}>`);
      }
    }
    return found;
  }, OWN_WORDS);
}

// What the stored data says in the person's own words (notes, names they gave things): shown
// as written, in any language.
const OWN_WORDS = ['ok', 'Along the river', 'Putting on socks', 'Desk reset', 'Dr Ng', 'Between long calls.', 'Core for Sam'];

test('the pseudo-language leaves no plain English on any screen', async () => {
  const { page, errors, context } = await phonePage(app.browser);
  await page.addInitScript((kv) => {
    if (location.protocol === 'about:') return;
    for (const [k, v] of Object.entries(kv)) localStorage.setItem(k, v);
  }, storedIn('en-XA'));
  const problems = await eachScreen(page, app.url, SCREENS, async (p) => {
    assert.equal(await p.evaluate(() => document.documentElement.lang), 'en-XA');
    return unbracketed(p);
  });
  assert.deepEqual(problems, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a first visit speaks the phone's language and fetches only Today's words before Today shows", async () => {
  for (const [locale, lang] of [['de-AT', 'de'], ['es-MX', 'es'], ['fr-CA', 'fr'], ['pt-BR', 'en']]) {
    const { page, errors, context } = await phonePage(app.browser, { locale });
    // When the first screen replaced the static one (after that, the page fetches the other
    // screens' words ahead of use, which is fine).
    await page.addInitScript(() => {
      let seen = false;
      new MutationObserver((_, observer) => {
        if (document.getElementById('boot')) seen = true;
        else if (seen) {
          window.__shown = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(app.url);
    await appReady(page);
    const fetched = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= window.__shown)
        .map((e) => /\/locales\/([^/]+)\/([^/.]+)\.ftl/.exec(e.name))
        .filter(Boolean)
        .map((m) => `${m[1]}/${m[2]}`),
    );
    const w = await words(lang);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    const nav = page.getByRole('navigation').last();
    await nav.getByText(w('today-nav-today'), { exact: true }).waitFor();
    // English's first-screen words are built in; another language's come first, and only those.
    const first = lang === 'en' ? [] : ['core', 'today', 'today-learn'].map((a) => `${lang}/${a}`);
    assert.deepEqual([...new Set(fetched)].sort(), first, `${locale}: fetched before Today showed`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the page around the app (title, description, loading screen, manifest) speaks the language Today will, before the app has loaded', async () => {
  // [phone's language, stored choice, what the page must speak]
  for (const [locale, stored, lang] of [['de-AT', null, 'de'], ['fr-CA', 'es', 'es'], ['pt-BR', null, 'en'], ['en-GB', 'fr', 'fr']]) {
    const { page, errors, context } = await phonePage(app.browser, { locale });
    if (stored) {
      await page.addInitScript((language) => {
        localStorage.setItem('limber.settings', JSON.stringify({ v: 1, data: { language } }));
      }, stored);
    }
    // The app's code never arrives: what shows is the page itself.
    await page.route(/\.wasm$/, () => {});
    await page.goto(app.url, { waitUntil: 'domcontentloaded' });
    const w = await words(lang);
    const seen = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      description: document.querySelector('meta[name="description"]').content,
      tagline: document.querySelector('#boot p').textContent,
      loading: document.querySelector('#boot [role=status]').getAttribute('aria-label'),
      manifest: document.querySelector('link[rel="manifest"]').href,
    }));
    assert.deepEqual(
      { ...seen, manifest: undefined },
      {
        lang,
        title: w('page-title'),
        description: w('page-description'),
        tagline: w('page-tagline'),
        loading: w('page-loading'),
        manifest: undefined,
      },
      `${locale}, stored ${stored}`,
    );
    const manifest = await (await context.request.get(seen.manifest)).json();
    assert.deepEqual(
      [manifest.name, manifest.short_name, manifest.description, manifest.lang],
      [w('page-app-name'), 'Limber', w('page-description'), lang],
      seen.manifest,
    );
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the language chosen in Settings is remembered, rebuilds the screen in it, and is in backups', async () => {
  const { page, errors, context } = await phonePage(app.browser, { locale: 'en-GB' });
  await page.goto(`${app.url}settings`);
  await appReady(page);
  const de = await words('de');
  await page.getByRole('combobox', { name: /Language/ }).selectOption({ label: 'Deutsch' });
  await page.getByRole('navigation').last().getByText(de('today-nav-today'), { exact: true }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('limber.settings'))).data.language, 'de');
  // The page's title and the installed app's words follow.
  assert.equal(await page.title(), de('page-title'));
  assert.match(await page.evaluate(() => document.querySelector('link[rel="manifest"]').href), /\/manifest-de\.webmanifest$/);
  await page.reload();
  await appReady(page);
  await page.getByRole('navigation').last().getByText(de('today-nav-today'), { exact: true }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("every language's words are in the service worker's precache list", async () => {
  const sw = await readFile(join(process.env.DIST ?? 'dist', 'sw.js'), 'utf8');
  for (const lang of LANGS) {
    const files = (await readdir(join('locales', lang))).filter((f) => f.endsWith('.ftl'));
    assert.ok(files.length >= 12, `${lang}: its files are found`);
    for (const file of files) assert.ok(sw.includes(`"locales/${lang}/${file}"`), `${lang}/${file} precached`);
    if (lang !== 'en') assert.ok(sw.includes(`"manifest-${lang}.webmanifest"`), `${lang}'s manifest precached`);
  }
});

// The first run, a whole session and the report, clicked through by their words in German
// and Spanish (read from the catalogs, so the journey is the same in every language).
for (const [locale, lang] of [['de-DE', 'de'], ['es-ES', 'es']]) {
  test(`in ${lang}: the first run makes a plan, Today offers its session, it is done and saved, and the report shows it`, async () => {
    const w = await words(lang);
    const pain = (n, word) => w('today-pain-option', { pain: n, word: w(`today-pain-word-${word}`) });
    const { page, errors, context } = await phonePage(app.browser, { locale });
    await page.clock.install({ time: new Date('2026-11-25T08:00:00Z') });
    await page.goto(app.url);
    await appReady(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    await page.getByRole('link', { name: w('today-intro-button') }).click();

    await page.getByRole('heading', { name: w('more-welcome-title') }).waitFor();
    await page.getByRole('button', { name: w('more-welcome-start') }).click();
    await page.getByRole('heading', { name: w('more-safety-title') }).waitFor();
    await page.getByRole('radio', { name: w('coach-safety-answer-none') }).check();
    await page.getByRole('button', { name: w('more-next'), exact: true }).click();
    await page.getByRole('heading', { name: w('more-where-title') }).waitFor();
    await page.getByRole('radio', { name: pain(5, 'moderate') }).check();
    await page.getByRole('radio', { name: w('coach-duration-longer') }).check();
    await page.getByRole('radio', { name: w('coach-activity-some') }).check();
    await page.getByRole('button', { name: w('more-next'), exact: true }).click();
    await page.getByRole('heading', { name: w('more-hard-title') }).waitFor();
    await page.getByRole('button', { name: w('more-next'), exact: true }).click();
    await page.getByRole('heading', { name: w('more-when-title') }).waitFor();
    const days = page.getByRole('group', { name: w('more-when-days') });
    for (const day of [1, 3, 5]) await days.getByRole('checkbox', { name: w(`weekday-short-${day}`) }).check();
    await page.getByRole('button', { name: w('more-make-plan') }).click();
    await page.getByRole('heading', { name: w('more-ready-title') }).waitFor();
    await page.getByRole('link', { name: w('more-go-today') }).click();

    // Today leads with the plan's session (Wednesday is a plan day), in the same words.
    await page.getByRole('heading', { name: w('today-title'), level: 1 }).waitFor();
    const hero = page.locator('article.hero');
    const routine = (await hero.locator('h2').innerText()).trim();
    assert.ok(routine.length > 0);
    await hero.getByRole('link', { name: w('coach-hero-start') }).click();
    await page.getByRole('heading', { name: w('session-check-title') }).waitFor();
    await page.getByRole('radio', { name: pain(3, 'mild') }).check();
    await page.getByRole('radio', { name: w('coach-safety-answer-none') }).check();
    await page.getByRole('button', { name: w('session-start'), exact: true }).click();
    const done = page.getByRole('heading', { name: w('session-after-well-done') });
    for (let i = 0; i < 40 && !(await done.isVisible()); i++) await page.clock.runFor(60_000);
    await page.getByRole('radio', { name: pain(2, 'mild') }).check();
    await page.getByRole('radio', { name: w('records-feeling-about-right') }).check();
    await page.getByRole('button', { name: w('session-after-save') }).click();
    await page.getByRole('heading', { name: w('session-next-title'), level: 1 }).waitFor();

    // The report names the session, in the language.
    await page.goto(`${app.url}report`);
    await appReady(page);
    await page.getByRole('heading', { name: w('report-title'), level: 1 }).waitFor();
    assert.ok((await page.locator('main').innerText()).includes(routine), `the report names ${routine}`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("after the first visit every language works offline: switching to one never fetched before", async () => {
  const { page, errors, context } = await phonePage(app.browser, { locale: 'en-GB' });
  await page.goto(app.url);
  await appReady(page);
  // The worker controls the page once it has stored every file, every language's words too.
  await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), null, { timeout: 20_000 });
  await context.setOffline(true);
  await page.goto(`${app.url}settings`);
  await appReady(page);
  for (const [lang, name] of [['fr', 'Français'], ['es', 'Español']]) {
    const w = await words(lang);
    await page.getByRole('combobox').first().selectOption({ label: name });
    await page.getByRole('navigation').last().getByText(w('today-nav-today'), { exact: true }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
  }
  await page.reload();
  await appReady(page);
  await page.getByRole('navigation').last().getByText((await words('es'))('today-nav-today'), { exact: true }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
