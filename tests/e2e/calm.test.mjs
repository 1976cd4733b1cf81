// Guided calm (issue 37): a session found on Today's rest-day row, spoken step by step in
// the person's language with the clock moved, paused and resumed, run to the end and kept as
// calm (in History and Insights on its own, never as an exercise session); the flare plan's
// link to slow breathing, ended early (kept after a minute, not before).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, seededPage, useApp } from './harness.mjs';
import { words } from './words.mjs';

const app = useApp();
// A Tuesday; the plan's days are Monday, Wednesday and Friday, so today is a rest day.
const DAY = new Date('2026-12-08T09:00:00Z');
const PLAN = JSON.stringify({
  v: 1,
  data: {
    pain_now: 5, duration: 'Longer', activity: 'Some', activities: [],
    days: [true, false, true, false, true, false, false], minute_of_day: 450, red_flag_checked: false,
    stage: 'Building', cardio_start_min: 15, created_at: DAY.getTime() - 3 * 86_400_000, utc_offset_min: 0,
  },
});
// The body scan's steps, as domain::calm has them.
const BODY_SCAN = [1, 14, 37, 52, 91, 123, 155, 184, 203, 230, 259, 291, 330, 359, 388, 423, 452, 477, 508, 547, 567];

/** Record what the voice is asked to say, with a Spanish voice on the phone. */
async function recordSpeech(page) {
  await page.addInitScript(() => {
    window.__said = [];
    const synth = window.speechSynthesis;
    synth.speak = (u) => u.text && window.__said.push({ text: u.text, lang: u.lang });
    const Voice = window.SpeechSynthesisVoice ?? Object;
    const voice = Object.create(Voice.prototype, {
      name: { value: 'Prueba' }, lang: { value: 'es-ES' }, default: { value: true },
      localService: { value: true }, voiceURI: { value: 'Prueba' },
    });
    synth.getVoices = () => [voice];
  });
}

const said = (page) => page.evaluate(() => window.__said.map((s) => s.text));
const stored = async (page) => JSON.parse(await page.evaluate(() => localStorage.getItem('limber.course')));

test('A calm session from Today runs to the end in Spanish, paused on the way, and is kept as calm', async () => {
  const es = await words('es');
  const step = (n) => es(`calm-body-scan-step-${n}`);
  const { page, errors, context } = await seededPage(app.browser, {
    'limber.plan': PLAN,
    'limber.settings': JSON.stringify({ v: 1, data: { language: 'es' } }),
  }, { now: DAY });
  await recordSpeech(page);
  await page.goto(app.url);
  await appReady(page);
  const row = page.locator('.calm-teaser');
  await row.getByText(es('calm-today-rest', { minutes: 10 })).waitFor();
  await row.getByText(es('calm-body-scan-title')).click();
  await page.getByRole('heading', { name: es('calm-body-scan-title'), level: 1 }).waitFor();
  await page.getByText(es('calm-body-scan-when')).waitFor();
  await page.getByRole('button', { name: es('calm-start') }).click();

  // The first step a beat after Start, then each at its second.
  await page.clock.runFor(1_500);
  assert.deepEqual(await said(page), [step(1)]);
  await page.clock.runFor(60_000);
  assert.deepEqual(await said(page), [1, 2, 3, 4].map(step));
  await page.locator('.calm-step').getByText(step(4)).waitFor();
  assert.equal((await page.evaluate(() => window.__said)).every((s) => s.lang === 'es'), true);

  // Paused: nothing more is said however long it waits, and it goes on from there.
  await page.getByRole('button', { name: es('calm-pause') }).click();
  await page.locator('.ring-caption').getByText(es('calm-paused')).waitFor();
  await page.clock.runFor(300_000);
  assert.equal((await said(page)).length, 4);
  await page.getByRole('button', { name: es('calm-resume') }).click();
  await page.clock.runFor(30_000); // 61.5 + 30 s listened: the fifth step (91 s) is said
  assert.deepEqual(await said(page), [1, 2, 3, 4, 5].map(step));
  await page.clock.runFor(600_000);
  assert.deepEqual(await said(page), BODY_SCAN.map((_, i) => step(i + 1)));
  await page.getByRole('heading', { name: es('calm-done-title') }).waitFor();

  // Kept with the course: the whole session, listened to the end, from when Start was pressed.
  const course = await stored(page);
  assert.equal(course.v, 3);
  const [listen, ...more] = course.data.calm;
  assert.deepEqual(more, []);
  assert.ok(listen.started_at >= DAY.getTime() && listen.started_at < DAY.getTime() + 60_000, String(listen.started_at));
  assert.deepEqual({ ...listen, started_at: 0 }, { id: 'body-scan', started_at: 0, utc_offset_min: 0, secs: 582, finished: true });
  assert.equal(await page.evaluate(() => localStorage.getItem('limber.sessions')), null);

  // History lists it as calm, apart from exercise (which is still empty); Insights has its line.
  await page.goto(`${app.url}history`);
  await appReady(page);
  await page.getByText(es('records-calm-summary', { count: 1, minutes: 10 })).click();
  await page.getByText(es('calm-done-line', { title: es('calm-body-scan-title'), minutes: 10 })).waitFor();
  await page.getByText(es('records-history-empty')).waitFor();
  await page.goto(`${app.url}insights`);
  await appReady(page);
  await page.getByText(es('report-insights-calm', { week: 1, all: 1, minutes: 10 })).waitFor();
  await page.getByText(es('report-insights-empty')).waitFor();
  // The report's line on the course and calm.
  await page.goto(`${app.url}report`);
  await appReady(page);
  await page.locator('.report-course').getByText(es('report-calm', { count: 1, minutes: 10 })).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('The flare plan links to slow breathing; ending it early keeps a minute or more, not less', async () => {
  const w = await words('en');
  const { page, errors, context } = await seededPage(app.browser, { 'limber.plan': PLAN }, { now: DAY });
  await recordSpeech(page);
  await page.goto(`${app.url}flare`);
  await appReady(page);
  await page.getByText(w('calm-flare-hint')).waitFor();
  await page.locator('.calm-teaser').getByText(w('calm-breathe-bad-moment-title')).click();
  await page.getByRole('heading', { name: w('calm-breathe-bad-moment-title'), level: 1 }).waitFor();
  await page.getByRole('button', { name: w('calm-start') }).click();
  await page.clock.runFor(30_000);
  // This phone has a Spanish voice only: the steps show as text, and the screen says why.
  await page.getByText(w('calm-no-voice')).waitFor();
  await page.locator('.calm-step').getByText(w('calm-breathe-bad-moment-step-2')).waitFor();
  assert.deepEqual(await said(page), []);
  await page.getByRole('button', { name: w('calm-stop') }).click();
  await page.getByRole('heading', { name: w('calm-done-title') }).waitFor();
  assert.equal(await stored(page), null);


  await page.getByRole('button', { name: w('calm-again') }).click();
  await page.clock.runFor(90_000);
  await page.getByRole('button', { name: w('calm-stop') }).click();
  await page.getByRole('heading', { name: w('calm-done-title') }).waitFor();
  const kept = (await stored(page)).data.calm;
  assert.equal(kept.length, 1);
  assert.equal(kept[0].id, 'breathe-bad-moment');
  assert.equal(kept[0].finished, false);
  assert.ok(kept[0].secs >= 89 && kept[0].secs <= 91, String(kept[0].secs));

  // Learn lists every session; the list opens them.
  await page.getByRole('link', { name: w('calm-back') }).click();
  await page.getByRole('heading', { name: w('calm-list-title') }).waitFor();
  for (const id of ['breathe-bad-moment', 'body-scan', 'muscle-relax', 'wind-down']) {
    await page.getByRole('link', { name: new RegExp(w(`calm-${id}-title`)) }).waitFor();
  }
  assert.deepEqual(errors, []);
  await context.close();
});
