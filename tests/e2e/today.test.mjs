// Today leads with one clear next step: its Start is on the first screen at 390x844 in every
// state (a plan day, a rest day, a flare, a session left unfinished), and a typical day fits
// in about a screen and a half.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, seededPage, startRoutine, useApp } from './harness.mjs';

const app = useApp();
const DAY = 86_400_000;
// A Wednesday and the Tuesday before it; the plan is Mon, Wed and Fri.
const WED = new Date('2026-11-25T09:00:00Z');
const TUE = new Date('2026-11-24T09:00:00Z');

function plan(now) {
  return {
    pain_now: 5, duration: 'Longer', activity: 'Some', activities: [{ name: 'Putting on socks', score: 4 }],
    days: [true, false, true, false, true, false, false], minute_of_day: 450, red_flag_checked: false,
    stage: 'Building', cardio_start_min: 15, created_at: now.getTime() - 3 * DAY, utc_offset_min: 0,
  };
}

function stored(now, sessions) {
  // Each in the evening of its day (13 hours before `now`'s time of day), so none of them is
  // in the 6 to 36 hours when the next-morning question would lead Today instead.
  const records = sessions.map(([daysAgo, before, after, feeling], i) => ({
    id: `t${i}`, started_at: now.getTime() - daysAgo * DAY - 13 * 3_600_000, utc_offset_min: 0,
    routine_id: 'core-basics', routine_name: 'Core basics', level: 0, duration_secs: 600, exercises: [],
    pain_before: before, pain_after: after, feeling,
  }));
  return {
    'limber.plan': JSON.stringify({ v: 1, data: plan(now) }),
    'limber.sessions': JSON.stringify({ v: 1, data: records }),
  };
}

/** The hero's eyebrow, its primary link's box, and the page's scroll height. */
async function measure(page) {
  const hero = page.locator('article.hero');
  await hero.getByRole('link').first().waitFor();
  return page.evaluate(() => {
    const h = document.querySelector('article.hero');
    const start = h.querySelector('a.button');
    const nav = document.querySelector('nav.bottom-nav').getBoundingClientRect();
    const r = start.getBoundingClientRect();
    return {
      eyebrow: h.querySelector('.eyebrow').textContent,
      label: start.textContent.trim(),
      primary: start.classList.contains('primary'),
      visible: r.top >= 0 && r.bottom <= nav.top,
      heroes: document.querySelectorAll('article.hero').length,
      starts: [...document.querySelectorAll('main a')].filter((a) => /\/play\//.test(a.getAttribute('href'))).length,
      height: document.scrollingElement.scrollHeight,
      viewport: innerHeight,
    };
  });
}

/** Open Today for stored data at a moment, and measure it. */
async function openToday(kv, now) {
  const opened = await seededPage(app.browser, kv, { now });
  await opened.page.goto(app.url);
  await appReady(opened.page);
  return { ...opened, m: await measure(opened.page) };
}

test('a plan day leads with the session due; the page is under one and a half screens', async () => {
  const { page, errors, context, m } = await openToday(stored(WED, [[5, 3, 2, 'about_right'], [2, 3, 2, 'about_right']]), WED);
  assert.match(m.eyebrow, /^Due today · about \d+ min/);
  await page.screenshot({ path: 'target/screenshots/today-plan-day.png' });
  assert.deepEqual([m.label, m.primary, m.visible, m.heroes], ['Start', true, true, 1]);
  assert.ok(m.height < 1.5 * m.viewport, `Today is ${m.height}px tall on a ${m.viewport}px screen`);
  // The rest is small rows: the walk with its log, the streak, the plan, Learn.
  await page.locator('li.cardio-row').getByRole('link', { name: 'Log it' }).waitFor();
  await page.locator('.learn-teaser').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a rest day leads with rest and the walk; a session is only offered second', async () => {
  const { page, errors, context, m } = await openToday(stored(TUE, [[1, 3, 2, 'about_right']]), TUE);
  assert.match(m.eyebrow, /^Rest day/);
  await page.locator('article.hero').getByText('Nothing is due today; your next session is tomorrow.', { exact: false }).waitFor();
  assert.deepEqual([m.label, m.primary, m.visible], ['Log a walk', true, true]);
  await page.screenshot({ path: 'target/screenshots/today-rest-day.png' });
  const second = page.locator('article.hero a.second-choice');
  assert.match(await second.textContent(), /^Or a session if you feel like it: .+, about \d+ min$/);
  assert.equal(await second.evaluate((a) => a.classList.contains('button')), false, 'not a filled button');
  assert.ok(m.height < 1.5 * m.viewport, `${m.height}px`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('after a flare the hero says go gently and when to get it checked', async () => {
  const { page, errors, context, m } = await openToday(stored(WED, [[1, 3, 7, 'too_hard']]), WED);
  assert.match(m.eyebrow, /^Go gently today/);
  await page.locator('article.hero').getByText('check with a health professional', { exact: false }).waitFor();
  assert.deepEqual([m.label, m.visible], ['Start', true]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a session left unfinished is the hero, and no second Start competes with it', async () => {
  const { page, errors, context } = await seededPage(app.browser, stored(WED, []), { now: WED });
  await startRoutine(page, app.url, 'gentle-start');
  await page.getByRole('heading', { name: 'Pelvic tilt' }).waitFor();
  await page.clock.runFor(30_000);
  await page.goto(app.url);
  await appReady(page);
  const m = await measure(page);
  assert.equal(m.eyebrow, 'Not finished yet');
  assert.deepEqual([m.label, m.primary, m.visible, m.heroes], ['Continue', true, true, 1]);
  assert.equal(m.starts, 1, 'one way into a session: Continue');
  assert.deepEqual(errors, []);
  await context.close();
});
