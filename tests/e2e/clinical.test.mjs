// The clinical rules as a person meets them (issue 18): the next-morning check steps a
// routine back and says why; the walking programme's baseline week sets the first target at
// about 80%; good weeks raise it, a flare week does not; "My back is flaring" switches the
// plan to bad-day routines and back once the pain settles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, seededPage, useApp } from './harness.mjs';

const app = useApp();

// A Wednesday morning. Headless Chromium runs in UTC.
const START = new Date('2026-11-25T08:00:00Z');
const DAY = 86_400_000;

function plan({ stage = 'Building', createdDaysAgo = 10, walkingDaysAgo = null } = {}) {
  return {
    pain_now: 4,
    duration: 'Longer',
    activity: 'Some',
    activities: [{ name: 'Putting on socks', score: 4 }],
    days: [true, false, true, false, true, false, false],
    minute_of_day: 450,
    red_flag_checked: false,
    stage,
    cardio_start_min: 15,
    created_at: START.getTime() - createdDaysAgo * DAY,
    utc_offset_min: 0,
    walking_since: walkingDaysAgo === null ? null : START.getTime() - walkingDaysAgo * DAY,
  };
}

/** A walk logged by hand, `daysAgo` days before START (at 07:00), `minutes` long. */
function walk(daysAgo, minutes, i, { before = 2, after = 2 } = {}) {
  return {
    id: `walk-${i}`, started_at: START.getTime() - daysAgo * DAY - 3_600_000, utc_offset_min: 0,
    routine_id: 'log-walk', routine_name: 'Walk', level: 0, duration_secs: minutes * 60,
    exercises: [{ id: 'walking', sets_done: 1, sets_planned: 1, secs: minutes * 60 }],
    pain_before: before, pain_after: after, feeling: 'about_right',
  };
}

function stored(profile, records) {
  return {
    'limber.plan': JSON.stringify({ v: 1, data: profile }),
    'limber.sessions': JSON.stringify({ v: 1, data: records }),
  };
}

async function openAt(kv, now, path = '') {
  const opened = await seededPage(app.browser, kv, { now });
  await opened.page.goto(`${app.url}${path}`);
  await appReady(opened.page);
  return opened;
}

const walkRow = (page) => page.locator('li.walking-programme');

test('a session, then "worse" the next morning: the routine steps back, and says why', async () => {
  const { page, errors, context } = await openAt(stored(plan(), []), START);
  // Today's session, done at the standard level: pain 3 before and after, about right.
  const hero = page.locator('article.hero');
  const routine = await hero.getByRole('heading').textContent();
  await hero.getByRole('link', { name: 'Start' }).click();
  await page.getByRole('heading', { name: 'Before you start' }).waitFor();
  await page.getByRole('radio', { name: /^3 out of 10/ }).check();
  await page.getByRole('radio', { name: 'No, none of these' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  const done = page.getByRole('heading', { name: 'Well done!' });
  for (let i = 0; i < 30 && !(await done.isVisible()); i++) await page.clock.runFor(60_000);
  await page.getByRole('radio', { name: /^3 out of 10/ }).check();
  await page.getByRole('radio', { name: 'About right' }).check();
  await page.getByRole('button', { name: 'Save session' }).click();
  await page.getByRole('heading', { name: "What's next", level: 1 }).waitFor();

  // Same evening: not asked yet (too soon); the day is done, with nothing more to start.
  await page.clock.setSystemTime(new Date(START.getTime() + 4 * 3_600_000));
  await page.goto(app.url);
  await appReady(page);
  await page.locator('article.hero').getByRole('heading', { name: 'Done for today. Well done!' }).waitFor();
  assert.equal(await page.locator('article.hero a[href*="/play/"]').count(), 0);
  assert.equal(await page.locator('.morning-check').count(), 0);

  // The next morning the question comes first, and no Start competes with it: Today, left
  // open, moves on by itself (reloading here would cut off the question's chunk).
  await page.clock.fastForward(DAY - 4 * 3_600_000);
  const check = page.locator('section.morning-check');
  await check.getByRole('heading', { name: 'How is your back this morning?' }).waitFor();
  await check.getByText(`Compared with just before yesterday's ${routine}`, { exact: false }).waitFor();
  assert.equal(await page.locator('article.hero').count(), 0);
  // Save without a choice is refused with a message; then "Worse" and a pain of 5.
  await check.getByRole('button', { name: 'Save' }).click();
  await check.getByRole('alert').getByText('Pick better, about the same or worse first.').waitFor();
  await check.getByRole('radio', { name: 'Worse' }).check();
  await check.getByRole('radio', { name: /^5 out of 10/ }).check();
  await check.getByRole('button', { name: 'Save' }).click();
  // 5 is a clear rise above a usual 3 that lasted the night: the flare plan starts, says so,
  // and leads Today gently, naming the reason.
  await page.locator('.morning-reply').getByText('5 is well above your usual (3), so Limber has switched on your flare plan', { exact: false }).waitFor();
  const why = page.locator('article.hero .why');
  await why.getByText('(it was worse the next morning, with pain at 5, up from 3)', { exact: false }).waitFor();
  assert.match(await page.locator('article.hero .eyebrow').textContent(), /^Flare plan · day 1 · about \d+ min · Easier$/);

  // Stored with the session, in format 4.
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('limber.sessions')));
  assert.equal(saved.v, 4);
  assert.deepEqual(saved.data[0][14].slice(0, 2), ['worse', 5]);

  // The routine itself steps back a level, and says why.
  const id = saved.data[0][3];
  await page.goto(`${app.url}routines/${id}`);
  await appReady(page);
  await page.getByText(`A gentler ${routine} today: last time it was worse the next morning, with pain at 5, up from 3.`).waitFor();
  assert.equal(await page.locator('.level-now strong').textContent(), 'Easier');
  // "Why this level" lists the session and what it counted as.
  await page.getByRole('link', { name: 'Why this level?' }).click();
  await page.getByRole('heading', { name: 'Why this level', level: 1 }).waitFor();
  await page.getByText('Counted as a flare: it was worse the next morning, with pain at 5, up from 3.').waitFor();
  await page.getByText('Next morning: worse.', { exact: false }).first().waitFor();
  // Asked once: back on Today, no question.
  await page.goto(app.url);
  await appReady(page);
  await page.locator('article.hero').waitFor();
  assert.equal(await page.locator('.morning-check').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a baseline week of walks sets the first target at about 80%', async () => {
  // The programme began 8 days ago; three comfortable 25-minute walks that week.
  const walks = [walk(8, 25, 0), walk(6, 25, 1), walk(4, 25, 2)];
  const { page, errors, context } = await openAt(stored(plan({ walkingDaysAgo: 8 }), walks), START);
  const row = walkRow(page);
  await row.getByText('A 20-minute walk', { exact: true }).waitFor();
  await row.getByText('0 of 3 walks this week').waitFor();
  await row.getByText('about 80% of the 25 minutes your baseline walks took', { exact: false }).waitFor();
  assert.match(await row.getByRole('link', { name: 'Log it' }).getAttribute('href'), /minutes=20$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the baseline week shows as such on a new programme', async () => {
  const { page, errors, context } = await openAt(stored(plan({ walkingDaysAgo: 2 }), [walk(1, 15, 0)]), START);
  const row = walkRow(page);
  await row.getByText('Baseline week', { exact: true }).waitFor();
  await row.getByText('1 of 3 walks').waitFor();
  await row.getByText('walk at a comfortable pace', { exact: false }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

/** Baseline walks of 25 minutes, then `weeks` programme weeks of three 30-minute walks. */
function goodWeeks(weeks, { flareInLast = false } = {}) {
  // The baseline ends on its 3rd walk, a Sunday (START is a Wednesday), so programme week 1
  // starts the next day: programme weeks are calendar weeks, Monday to Sunday.
  const since = 7 * weeks + 7;
  const records = [walk(since, 25, 0), walk(since - 2, 25, 1), walk(since - 4, 25, 2)];
  for (let w = 0; w < weeks; w++) {
    const weekStart = since - 5 - 7 * w; // a Monday
    for (const d of [0, 2, 4]) {
      const flare = flareInLast && w === weeks - 1 && d === 2;
      records.push(walk(weekStart - d, 30, records.length, flare ? { before: 2, after: 6 } : {}));
    }
  }
  return { profile: plan({ walkingDaysAgo: since, createdDaysAgo: since + 1 }), records };
}

/** This week's planned minutes: walks times minutes a walk, as the walk row says them. */
async function walkVolume(page) {
  const title = await walkRow(page).locator('strong').textContent();
  const progress = await walkRow(page).locator('.walk-progress').textContent();
  return Number(title.match(/(\d+)-minute/)[1]) * Number(progress.match(/(\d+) walks/)[1]);
}

test('four good weeks raise the walk target; a flare week does not', async () => {
  const good = goodWeeks(4);
  const a = await openAt(stored(good.profile, good.records), START);
  // The first week was 3 walks of 20 minutes: 60 minutes.
  const raised = await walkVolume(a.page);
  assert.ok(raised > 60 * 1.3, `after four good weeks: ${raised} minutes a week`);
  await walkRow(a.page).getByText('because last week went as planned', { exact: false }).waitFor();
  // Insights draws the weeks against the 150-minute goal.
  await a.page.goto(`${app.url}insights`);
  await appReady(a.page);
  await a.page.getByRole('heading', { name: 'Walking programme' }).waitFor();
  await a.page.locator('.chart .target-line').waitFor({ state: 'attached' });
  assert.equal(await a.page.locator('.chart .target-label').textContent(), 'Goal: 150 minutes a week');
  assert.deepEqual(a.errors, []);
  await a.context.close();

  const flared = goodWeeks(4, { flareInLast: true });
  const b = await openAt(stored(flared.profile, flared.records), START);
  const held = await walkVolume(b.page);
  assert.ok(held < raised, `a flare in the last week: ${held} minutes a week, against ${raised}`);
  await walkRow(b.page).getByText('your back flared last week', { exact: false }).waitFor();
  assert.deepEqual(b.errors, []);
  await b.context.close();
});

test('"My back is flaring" switches the plan to bad-day routines, and back once it settles', async () => {
  // Usual pain about 2 (the last sessions' pain before).
  const sessions = [walk(9, 20, 0), walk(5, 20, 1)];
  const { page, errors, context } = await openAt(stored(plan(), sessions), START);
  await page.locator('article.hero.stage-band-building').waitFor();
  await page.getByRole('link', { name: /My back is flaring/ }).click();
  await page.getByRole('heading', { name: 'My back is flaring', level: 1 }).waitFor();
  // The calm page: what helps, and when to get help.
  for (const heading of ['Keep moving, just less', 'Find positions of ease', 'Pace your day', 'Warmth can help', 'Look after your sleep', 'When to get help']) {
    await page.getByRole('heading', { name: heading }).waitFor();
  }
  await page.locator('.warning-signs').waitFor();
  await page.getByRole('button', { name: 'Switch to my flare plan' }).click();
  await page.getByRole('alert').getByText('Pick how bad it is from 0 to 10 first.').waitFor();
  await page.getByRole('radio', { name: /^7 out of 10/ }).check();
  await page.getByRole('button', { name: 'Switch to my flare plan' }).click();
  await page.locator('.flare-reply').getByText('Your flare plan is on.', { exact: false }).waitFor();

  await page.getByRole('link', { name: '‹ Today' }).click();
  await page.locator('article.hero.stage-band-flare-up').waitFor();
  assert.match(await page.locator('article.hero .eyebrow').textContent(), /^Flare plan · day 1/);
  await page.locator('li.flare-row').getByText('Thanks for checking in today.', { exact: false }).waitFor();

  // The next day: still sore, so it goes on; the day after, back near usual: it ends.
  await page.clock.setSystemTime(new Date(START.getTime() + DAY));
  await page.goto(app.url);
  await appReady(page);
  await page.locator('li.flare-row').getByRole('link', { name: 'Check in' }).click();
  await page.getByRole('radio', { name: /^6 out of 10/ }).check();
  await page.getByRole('button', { name: "Save today's answer" }).click();
  await page.locator('.flare-reply').getByText('Keep going gently', { exact: false }).waitFor();

  await page.clock.setSystemTime(new Date(START.getTime() + 2 * DAY));
  await page.goto(`${app.url}flare`);
  await appReady(page);
  await page.getByText('Flare plan · day 3').waitFor();
  await page.getByRole('radio', { name: /^3 out of 10/ }).check();
  await page.getByRole('button', { name: "Save today's answer" }).click();
  // Back within a point of usual, but one day is not two: it goes on, and says why.
  await page.locator('.flare-reply').getByText('Thanks: 3 is back near your usual (2). If it stays there tomorrow too, the flare plan ends.').waitFor();

  await page.clock.setSystemTime(new Date(START.getTime() + 3 * DAY));
  await page.goto(`${app.url}flare`);
  await appReady(page);
  await page.getByText('Flare plan · day 4').waitFor();
  await page.getByRole('radio', { name: /^2 out of 10/ }).check();
  await page.getByRole('button', { name: "Save today's answer" }).click();
  await page.locator('.flare-reply').getByText('the flare plan has ended and you\'re back on the “Building up” routines', { exact: false }).waitFor();
  await page.getByRole('link', { name: '‹ Today' }).click();
  await page.locator('article.hero.stage-band-building').waitFor();
  await page.getByText('Your back has settled: back to the “Building up” routines.').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the walking programme is switched off and on in Settings, starting over with a baseline week', async () => {
  const walks = [walk(8, 25, 0), walk(6, 25, 1), walk(4, 25, 2)];
  const { page, errors, context } = await openAt(stored(plan({ walkingDaysAgo: 8 }), walks), START, 'settings/week');
  const toggle = page.getByRole('switch', { name: /Walking programme/ });
  assert.equal(await toggle.isChecked(), true);
  await toggle.uncheck();
  await page.getByRole('link', { name: '‹ Settings' }).waitFor();
  await page.goto(app.url);
  await appReady(page);
  // Off: the plain walk suggestion is back in its place.
  await page.locator('li.cardio-row').getByText(/^A \d+-minute walk$/).waitFor();
  assert.equal(await walkRow(page).count(), 0);
  await page.goto(`${app.url}settings/week`);
  await appReady(page);
  await page.getByRole('switch', { name: /Walking programme/ }).check();
  await page.goto(app.url);
  await appReady(page);
  await walkRow(page).getByText('Baseline week', { exact: true }).waitFor();
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('limber.plan')));
  // Started over today (the page clock has run on a little since START).
  const since = saved.data.profile.walking_since;
  assert.ok(since >= START.getTime() && since < START.getTime() + 60_000, `${since}`);
  assert.deepEqual(errors, []);
  await context.close();
});
