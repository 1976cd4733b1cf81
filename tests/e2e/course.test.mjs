// The course (issue 37): one lesson a day from Today's row, in order; a lesson's question
// answered and kept; the next lesson the next day; every read lesson open again; the flare
// plan's lessons; old links to the reads the course replaced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, phonePage, seededPage, useApp } from './harness.mjs';
import { words } from './words.mjs';

const app = useApp();
const DAY = new Date('2026-12-07T09:00:00Z');
const NEXT_DAY = new Date('2026-12-08T09:00:00Z');

test("Today offers the day's lesson; its answer is kept; the next one opens the next day", async () => {
  const w = await words('en');
  const { page, errors, context } = await phonePage(app.browser);
  await page.clock.install({ time: DAY });
  await page.goto(app.url);
  await appReady(page);
  const row = page.locator('.learn-teaser');
  await row.getByText(w('today-lesson-next')).waitFor();
  await row.getByText(w('course-pain-common-title')).waitFor();
  await row.click();

  await page.getByRole('heading', { name: w('course-pain-common-title'), level: 1 }).waitFor();
  await page.getByText(w('course-pain-common-key')).waitFor();
  await page.getByRole('heading', { name: w('learn-try-heading') }).waitFor();
  await page.getByText(w('course-pain-common-question')).waitFor();
  await page.getByRole('textbox', { name: w('learn-answer-label') }).fill('Walk to the park with my grandson');
  await page.getByRole('button', { name: w('learn-answer-save') }).click();
  await page.getByText(w('learn-answer-kept')).waitFor();
  // Answering reads it: the date shows where the "Done" button was.
  await page.getByText(w('learn-read-on', { date: 'Mon 7 Dec' })).waitFor();
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('limber.course')));
  assert.deepEqual(stored, {
    v: 3,
    data: {
      calm: [], checks: [], goals: [], walk_plans: [],
      lessons: [{ id: 'pain-common', read_on: '2026-12-07', answer: { text: 'Walk to the park with my grandson' } }],
    },
  });
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByRole('textbox', { name: w('learn-answer-label') }).inputValue(), 'Walk to the park with my grandson');

  // The list: one read, the next opens tomorrow (a title, no link, today).
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }).click();
  await page.getByText(w('learn-progress', { read: 1, total: 30 })).waitFor();
  await page.getByText(w('learn-next-tomorrow')).waitFor();
  assert.equal(await page.getByRole('link', { name: new RegExp(w('course-pain-alarm-title')) }).count(), 0);
  await page.getByRole('link', { name: new RegExp(w('course-pain-common-title')) }).waitFor();
  // Flare lessons are always open.
  await page.getByRole('link', { name: new RegExp(w('course-flare-up-plan-title')) }).waitFor();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await page.locator('.learn-teaser').getByText(w('today-lesson-read')).waitFor();

  // The next day: the second lesson, a question to check what it said.
  await page.clock.setSystemTime(NEXT_DAY);
  await page.reload();
  await appReady(page);
  await page.locator('.learn-teaser').getByText(w('course-pain-alarm-title')).click();
  await page.getByRole('heading', { name: w('course-pain-alarm-title'), level: 1 }).waitFor();
  await page.getByRole('radio', { name: w('course-pain-alarm-option-1') }).check();
  await page.getByText(w('course-pain-alarm-not-quite')).waitFor();
  await page.getByRole('radio', { name: w('course-pain-alarm-option-2') }).check();
  await page.getByText(w('course-pain-alarm-right')).waitFor();
  const answer = JSON.parse(await page.evaluate(() => localStorage.getItem('limber.course'))).data.lessons[1];
  assert.deepEqual(answer, { id: 'pain-alarm', read_on: '2026-12-08', answer: { choice: 2 } });
  // The first stays open to read again, with its answer.
  await page.goto(`${app.url}learn/pain-common`);
  await appReady(page);
  assert.equal(await page.getByRole('textbox', { name: w('learn-answer-label') }).inputValue(), 'Walk to the park with my grandson');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a lesson not open yet says when it comes; old links to the reads open their lessons', async () => {
  const w = await words('en');
  const { page, errors, context } = await phonePage(app.browser);
  await page.goto(`${app.url}learn/myths-scans`);
  await appReady(page);
  await page.getByText(w('learn-locked')).waitFor();
  assert.equal(await page.getByRole('radio').count(), 0);
  // The read on when to see someone is now a flare lesson: open, with both lists of signs.
  await page.goto(`${app.url}learn/see-a-professional`);
  await appReady(page);
  await page.getByRole('heading', { name: w('course-flare-up-get-checked-title'), level: 1 }).waitFor();
  await page.locator('.warning-signs').waitFor();
  // The flare plan points to the flare lessons.
  await page.goto(`${app.url}flare`);
  await appReady(page);
  const lessons = page.locator('.flare-lessons');
  await lessons.getByRole('heading', { name: w('learn-flare-heading') }).waitFor();
  await lessons.getByRole('link', { name: new RegExp(w('course-flare-up-they-pass-title')) }).click();
  await page.getByRole('heading', { name: w('course-flare-up-they-pass-title'), level: 1 }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('Listen reads the lesson aloud in the chosen language, with pause, resume and stop', async () => {
  const de = await words('de');
  const { page, errors, context } = await seededPage(app.browser, {
    'limber.settings': JSON.stringify({ v: 1, data: { language: 'de' } }),
  });
  await page.addInitScript(() => {
    window.__said = [];
    window.__calls = [];
    const synth = window.speechSynthesis;
    synth.speak = (u) => u.text && window.__said.push({ text: u.text, lang: u.lang });
    synth.cancel = () => window.__calls.push('cancel');
    synth.pause = () => window.__calls.push('pause');
    synth.resume = () => window.__calls.push('resume');
    const Voice = window.SpeechSynthesisVoice ?? Object;
    const voice = Object.create(Voice.prototype, {
      name: { value: 'Test Deutsch' }, lang: { value: 'de-DE' }, default: { value: true },
      localService: { value: true }, voiceURI: { value: 'Test Deutsch' },
    });
    synth.getVoices = () => [voice];
    // Still reading while the test looks (a real voice takes minutes over a lesson).
    Object.defineProperty(synth, 'speaking', { get: () => true });
  });
  await page.goto(`${app.url}learn/pain-common`);
  await appReady(page);
  await page.getByRole('heading', { name: de('course-pain-common-title'), level: 1 }).waitFor();
  await page.getByRole('button', { name: de('learn-listen'), exact: true }).click();
  await page.getByRole('button', { name: de('learn-listen-pause') }).click();
  await page.getByRole('button', { name: de('learn-listen-resume') }).click();
  const said = await page.evaluate(() => window.__said);
  const expected = [
    'course-pain-common-title', 'course-pain-common-key', 'course-pain-common-p-1', 'course-pain-common-p-2',
    'course-pain-common-p-3', 'course-pain-common-p-4', 'course-pain-common-example', 'course-pain-common-try',
    'course-pain-common-question',
  ].map((id) => ({ text: de(id), lang: 'de' }));
  assert.deepEqual(said, expected);
  await page.getByRole('button', { name: de('learn-listen-stop') }).click();
  await page.getByRole('button', { name: de('learn-listen'), exact: true }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__calls.filter((c) => c !== 'cancel')), ['pause', 'resume']);
  assert.deepEqual(errors, []);
  await context.close();
});
