// A session from the floor (issue 34): what a routine needs is said before it starts, and the
// emergency advice calls the number where the person is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { words } from './words.mjs';
import { appReady, eachScreen, phonePage, seededPage, startRoutine, useApp } from './harness.mjs';
import { A_PLAN, SCREENS, STORED } from './fixtures.mjs';

const app = useApp();
const NOW = Date.parse('2026-11-25T10:00:00Z');

test('a routine\'s page and "Before you start" say what it needs and how long it takes', async () => {
  const { page, errors, context } = await seededPage(app.browser, {}, { now: NOW });
  await page.goto(`${app.url}routines/hips-and-hamstrings`);
  await appReady(page);
  const needs = "You'll need a mat or rug and a strap, belt or towel.";
  await page.getByText(needs).waitFor();
  const length = (await page.locator('p.total').innerText()).trim();
  assert.match(length, /^About \d+ min$/);
  await page.getByRole('link', { name: 'Start' }).first().click();
  await page.getByRole('heading', { name: 'Before you start' }).waitFor();
  await page.getByText(needs).waitFor();
  // The same length as the routine's page: one function says it.
  assert.equal((await page.locator('.check .eyebrow').innerText()).trim(), `Hips and hamstrings · ${length}`);
  // The desk break needs a chair and a wall, not a mat.
  await page.goto(`${app.url}routines/desk-break`);
  await appReady(page);
  await page.getByText("You'll need a sturdy chair and a wall.").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

/** A plan with an emergency warning sign answered and not yet checked. */
function stopped() {
  const profile = {
    pain_now: 5, duration: 'Longer', activity: 'Some', activities: [],
    days: [true, false, true, false, true, false, false], minute_of_day: 480, red_flag_checked: false,
    stage: 'Building', cardio_start_min: 15, created_at: NOW - 86_400_000, utc_offset_min: 0,
  };
  return { 'limber.plan': JSON.stringify({ v: 2, data: { profile, safety: [{ at: NOW - 3_600_000, tier: 'emergency' }] } }) };
}

for (const [locale, number, advice] of [
  ['en-US', '911', 'coach-safety-advice-emergency'],
  ['en-AU', '000', 'coach-safety-advice-emergency'],
  // German words (the phone's language), and the number for where the person is, unknown here.
  ['de', '112', 'coach-safety-advice-emergency-unknown'],
]) {
  test(`the emergency advice calls ${number} on a phone set to ${locale}`, async () => {
    const w = await words(locale.slice(0, 2));
    const { page, errors, context } = await seededPage(app.browser, stopped(), { now: NOW, locale });
    await page.goto(app.url);
    await appReady(page);
    const stop = page.getByRole('alert');
    await stop.getByRole('heading', { name: w('coach-safety-advice-emergency-title') }).waitFor();
    await stop.getByText(w(advice, { number })).waitFor();
    const call = stop.getByRole('link', { name: w('coach-safety-call', { number }) });
    assert.equal(await call.getAttribute('href'), `tel:${number}`);
    const box = await call.boundingBox();
    assert.ok(box.height >= 44 && box.width >= 120, `a big button: ${box.width}x${box.height}`);
    if (locale === 'en-US') await page.screenshot({ path: 'target/screenshots/floor-emergency-call.png' });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

/** Record what the voice says, with the (moved) clock's time, in `window.__said`. */
async function recordSpeech(page) {
  await page.addInitScript(() => {
    window.__said = [];
    const synth = window.speechSynthesis;
    if (!synth) return;
    synth.speak = (u) => {
      if (u.text) window.__said.push({ text: u.text, at: Date.now(), lang: u.lang, voice: u.voice?.name ?? null });
    };
    synth.cancel = () => {};
    // Limber only speaks with a voice of the person's language: give the device one.
    const Voice = window.SpeechSynthesisVoice ?? Object;
    const voice = (name, lang) =>
      Object.create(Voice.prototype, {
        name: { value: name },
        lang: { value: lang },
        default: { value: lang === 'en-US' },
        localService: { value: true },
        voiceURI: { value: name },
      });
    const voices = [voice('Test English', 'en-US'), voice('Test Deutsch', 'de-DE')];
    synth.getVoices = () => voices;
  });
}

/** Open a routine's player and start it, by the words of `lang`'s catalogs. */
async function startIn(page, lang, id) {
  const w = await words(lang);
  const pain = (n, word) => w('today-pain-option', { pain: n, word: w(`today-pain-word-${word}`) });
  await page.goto(`${app.url}play/${id}`);
  await appReady(page);
  await page.getByRole('heading', { name: w('session-check-title') }).waitFor();
  await page.getByRole('radio', { name: pain(3, 'mild') }).check();
  await page.getByRole('radio', { name: w('coach-safety-answer-none') }).check();
  await page.getByRole('button', { name: w('session-start'), exact: true }).click();
  await page.getByRole('heading', { name: w('exercise-pelvic-tilt') }).waitFor();
  return w;
}

test("the voice speaks the person's language with a voice of that language, and stays silent where the phone has none", async () => {
  // German: the device has a German voice.
  const de = await seededPage(app.browser, voiceOn({ language: 'de' }), { now: NOW });
  await recordSpeech(de.page);
  const w = await startIn(de.page, 'de', 'gentle-start');
  await de.page.clock.runFor(12_000);
  const heard = await de.page.evaluate(() => window.__said);
  assert.ok(heard.length >= 4, `spoke ${heard.length} times`);
  assert.ok(heard[0].text.startsWith(w('session-say-get-ready', { name: w('exercise-pelvic-tilt') })), heard[0].text);
  // Every cue is marked German, so the phone reads it with a German voice. (The voice itself
  // can't be set to this test's stand-in voices: the browser only takes its own; which one
  // Limber picks is tested natively, in platform::speech.)
  for (const u of heard) assert.equal(u.lang, 'de', u.text);
  assert.deepEqual(de.errors, []);
  await de.context.close();
  // French: no French voice on this device, so nothing is read aloud (never in another
  // language's voice); the text and tones carry the session.
  const fr = await seededPage(app.browser, voiceOn({ language: 'fr' }), { now: NOW });
  await recordSpeech(fr.page);
  await startIn(fr.page, 'fr', 'gentle-start');
  await fr.page.clock.runFor(12_000);
  assert.deepEqual(await fr.page.evaluate(() => window.__said), []);
  assert.deepEqual(fr.errors, []);
  await fr.context.close();
});

const voiceOn = (extra = {}) => ({
  'limber.settings': JSON.stringify({ v: 1, data: { voice: true, sound: false, vibration: false, ...extra } }),
});

test('with the voice on, reps are counted aloud at their tempo, the last seconds are counted down, and a rest says what comes next', async () => {
  const { page, errors, context } = await seededPage(app.browser, voiceOn(), { now: NOW });
  await recordSpeech(page);
  await startRoutine(page, app.url, 'gentle-start');
  await page.getByRole('heading', { name: 'Pelvic tilt' }).waitFor();
  // Getting ready (10 s), two sets of 10 reps at 4 s with a 20 s rest between: 110 s.
  await page.clock.runFor(75_000);
  const heard = await page.evaluate(() => window.__said);
  // Times from the session's start: 7 s before the first "3" of getting ready's 10 s.
  const start = heard.find((s) => s.text === '3').at - 7_000;
  const said = heard.map(({ text, at }) => ({ text, at: at - start }));
  // The first words within a tick of the start.
  assert.ok(said[0].at >= 0 && said[0].at < 400, `first words at ${said[0].at} ms`);
  const texts = said.map((s) => s.text);
  // Getting ready says how to get into position, then 3, 2, 1 in its last seconds.
  assert.match(texts[0], /^Get ready: Pelvic tilt\. \S.+/);
  const countdown = said.filter((s) => /^[123]$/.test(s.text) && s.at < 9_900);
  assert.deepEqual(countdown.map((s) => s.text), ['3', '2', '1']);
  assert.deepEqual(countdown.map((s) => Math.round(s.at / 1000)), [7, 8, 9]);
  // Then every rep of the first set, one number every 4 s from the set's start at 10 s.
  const reps = said.filter((s) => /^\d+$/.test(s.text) && s.at >= 10_000 && s.at < 50_000);
  assert.deepEqual(reps.map((s) => s.text), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  reps.forEach((s, i) => {
    const due = 10_000 + i * 4_000;
    assert.ok(s.at >= due && s.at < due + 400, `rep ${i + 1} said at ${s.at} ms, due at ${due} ms`);
  });
  // The rest names what follows it.
  const rest = said.find((s) => s.text.startsWith('Rest for'));
  assert.equal(rest?.text, 'Rest for 20 seconds. Next: Pelvic tilt, set 2 of 2: 10 reps.');
  assert.ok(Math.abs(rest.at - 50_000) < 400, `the rest starts at 50 s: ${rest.at}`);
  assert.deepEqual(said.filter((s) => s.at >= 66_000 && s.at < 70_000).map((s) => s.text), ['3', '2', '1']);
  assert.equal(said.find((s) => s.at >= 70_000)?.text, '1', 'set 2 starts counting again');
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Count reps aloud" and the other spoken extras can each be switched off in Settings', async () => {
  const { page, errors, context } = await seededPage(app.browser, voiceOn(), { now: NOW });
  await recordSpeech(page);
  await page.goto(`${app.url}settings/session`);
  await appReady(page);
  for (const name of ['Count reps aloud', 'Count down the last seconds', 'Say what comes next']) {
    const sw = page.getByRole('switch', { name });
    assert.equal(await sw.isChecked(), true, `${name} is on for a new person`);
  }
  await page.getByRole('switch', { name: 'Count reps aloud' }).uncheck();
  await startRoutine(page, app.url, 'gentle-start');
  await page.getByRole('heading', { name: 'Pelvic tilt' }).waitFor();
  await page.clock.runFor(52_000);
  const texts = await page.evaluate(() => window.__said.map((s) => s.text));
  // The set is described instead of counted; the countdown and what's next stay.
  assert.ok(texts.includes('Pelvic tilt, set 1 of 2: 10 reps.'), texts.join(' | '));
  assert.ok(!texts.some((t) => /^([4-9]|10)$/.test(t)), `no rep numbers: ${texts.join(' | ')}`);
  assert.ok(texts.includes('Rest for 20 seconds. Next: Pelvic tilt, set 2 of 2: 10 reps.'));
  assert.deepEqual(errors, []);
  await context.close();
});

/**
 * What a thumb has to hit on this screen, and whether it fits: every control under 24x24 px
 * (WCAG 2.2, 2.5.8), the bottom bar's labels not whole, and any sideways scroll.
 */
async function targets(page) {
  return page.evaluate(() => {
    const problems = [];
    const name = (el) => (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || el.tagName).trim().replace(/\s+/g, ' ').slice(0, 40);
    const controls = document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="switch"]');
    for (const el of controls) {
      // A choice inside its label (a pain number, a chip, a switch's row) is hit through either.
      const label = el.matches('input, select, textarea') ? el.closest('label') : null;
      const own = el.getBoundingClientRect();
      const r = label ? (() => {
        const l = label.getBoundingClientRect();
        const [x, y] = [Math.min(own.left, l.left), Math.min(own.top, l.top)];
        return { width: Math.max(own.right, l.right) - x, height: Math.max(own.bottom, l.bottom) - y };
      })() : own;
      // Not on screen (a closed sheet, the skip link until focused).
      if (!(label ?? el).getClientRects().length || r.width <= 1 || r.height <= 1 || getComputedStyle(label ?? el).visibility === 'hidden') continue;
      // A link inside a sentence is sized by the line it sits in (the exception in 2.5.8).
      if (el.matches('a') && getComputedStyle(el).display === 'inline') {
        const text = [...el.parentElement.childNodes].filter((n) => n !== el).map((n) => n.textContent).join('').trim();
        if (text.length > 0) continue;
      }
      if (r.width < 24 - 0.5 || r.height < 24 - 0.5) problems.push(`${el.tagName.toLowerCase()} "${name(el)}" is ${Math.round(r.width)}x${Math.round(r.height)}`);
    }
    for (const label of document.querySelectorAll('.bottom-nav a span')) {
      const range = document.createRange();
      range.selectNodeContents(label);
      const cell = label.parentElement.getBoundingClientRect();
      const box = range.getBoundingClientRect();
      if (range.getClientRects().length !== 1 || box.left < cell.left - 0.5 || box.right > cell.right + 0.5) {
        problems.push(`the bottom bar's "${label.textContent}" is not whole (${Math.round(box.width)} px in ${Math.round(cell.width)})`);
      }
    }
    const wide = document.scrollingElement.scrollWidth;
    if (wide > innerWidth + 0.5) problems.push(`scrolls sideways: ${wide} px in ${innerWidth}`);
    return problems;
  });
}

// German too: its words are the longest of the four languages.
for (const [size, language] of [[100, null], [130, null], [130, 'de'], [130, 'fr'], [130, 'es']]) {
  test(`at 320 px and ${size}% text${language ? ` in ${language}` : ''}, every control on every screen is at least 24x24 px, the bottom bar's labels are whole, and nothing scrolls sideways`, async () => {
    const { page, errors, context } = await phonePage(app.browser);
    await page.setViewportSize({ width: 320, height: 568 });
    const stored = { ...STORED, 'limber.plan': A_PLAN, 'limber.settings': JSON.stringify({ v: 1, data: { track_weight: true, text_size: size, language } }) };
    await page.addInitScript((kv) => {
      if (location.protocol === 'about:') return;
      for (const [k, v] of Object.entries(kv)) localStorage.setItem(k, v);
    }, stored);
    assert.deepEqual(await eachScreen(page, app.url, SCREENS, targets), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("after saving, What's next names the session Today offers on its day, tomorrow morning's question and today's walk", async () => {
  const profile = {
    pain_now: 5, duration: 'Longer', activity: 'Some', activities: [],
    days: [true, false, true, false, true, false, false], minute_of_day: 480, red_flag_checked: false,
    stage: 'Building', cardio_start_min: 15, created_at: NOW - 7 * 86_400_000, utc_offset_min: 0,
  };
  const { page, errors, context } = await seededPage(app.browser, {
    'limber.plan': JSON.stringify({ v: 2, data: { profile, safety: [] } }),
    'limber.settings': JSON.stringify({ v: 1, data: { voice: false, sound: false } }),
  }, { now: NOW });
  // Wednesday 25 November: today's session, played through.
  await page.goto(app.url);
  await appReady(page);
  await page.locator('article.hero').getByRole('link', { name: 'Start' }).click();
  await page.getByRole('radio', { name: '3 out of 10, mild' }).check();
  await page.getByRole('radio', { name: 'No, none of these' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  const done = page.getByRole('heading', { name: 'Well done!' });
  for (let i = 0; i < 40 && !(await done.isVisible()); i++) await page.clock.runFor(60_000);
  await page.getByRole('radio', { name: '2 out of 10, mild' }).check();
  await page.getByRole('radio', { name: 'About right' }).check();
  await page.getByRole('button', { name: 'Save session' }).click();
  const heading = page.getByRole('heading', { name: "What's next", level: 1 });
  await heading.waitFor();
  // Focus moves to the new screen's heading, for a screen reader.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'next-title');
  const next = await page.getByText(/^Your next session is /).innerText();
  const [, name, minutes] = next.match(/^Your next session is on Friday: (.+), about (\d+) min\.$/) ?? [];
  assert.ok(name, next);
  await page.getByText('Tomorrow morning, Limber will ask how your back feels: your answer sets the next session.').waitFor();
  const walk = await page.getByText(/^Today's walk: an easy (\d+) minutes/).innerText();
  const walkMinutes = walk.match(/(\d+) minutes/)[1];
  assert.equal(await page.getByRole('link', { name: "Log a walk when you're back" }).getAttribute('href'), `/limber/log?kind=walk&minutes=${walkMinutes}`);
  await page.getByRole('link', { name: 'Go to Today' }).click();
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  // Today's walk is the same walk.
  await page.getByText(`${walkMinutes}-minute walk`, { exact: false }).first().waitFor();
  // Friday: Today leads with that session, at that length.
  await page.clock.setSystemTime(NOW + 2 * 86_400_000);
  await page.goto(app.url);
  await appReady(page);
  const hero = page.locator('article.hero');
  assert.equal((await hero.locator('h2').innerText()).trim(), name);
  assert.match(await hero.locator('.eyebrow').innerText(), new RegExp(`about ${minutes} min`));
  assert.deepEqual(errors, []);
  await context.close();
});
