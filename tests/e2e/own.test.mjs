// A person's own routines, share links, the activity log and the weight log, as a person
// (or their physiotherapist) would use them on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appReady, phonePage, seededPage, useApp } from './harness.mjs';

const app = useApp();

// A Wednesday morning. Headless Chromium runs in UTC.
const START = new Date('2026-11-25T08:00:00Z');
const DAY = 86_400_000;

/** The editor's list, once it shows `expected` (the DOM updates a moment after a click). */
async function assertOrder(page, expected) {
  let names = [];
  for (let i = 0; i < 30; i++) {
    names = await page.locator('.edit-items h3').allInnerTexts();
    if (JSON.stringify(names) === JSON.stringify(expected)) return;
    await page.waitForTimeout(100);
  }
  assert.deepEqual(names, expected);
}

/** Answer the check-in, run the whole routine on the clock, answer the after questions. */
async function doSession(page) {
  await page.getByRole('heading', { name: 'Before you start' }).waitFor();
  await page.getByRole('radio', { name: /^3 out of 10/ }).check();
  await page.getByRole('radio', { name: 'No, none of these' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  const done = page.getByRole('heading', { name: 'Well done!' });
  for (let i = 0; i < 30 && !(await done.isVisible()); i++) await page.clock.runFor(60_000);
  await done.waitFor();
  await page.getByRole('radio', { name: /^2 out of 10/ }).check();
  await page.getByRole('radio', { name: 'About right' }).check();
  await page.getByRole('button', { name: 'Save session' }).click();
  await page.getByRole('heading', { name: "What's next", level: 1 }).waitFor();
  await page.getByRole('link', { name: 'See it in your history' }).click();
  await page.getByRole('heading', { name: 'History', level: 1 }).waitFor();
}

/** Back up through Settings, delete everything, then restore the file; returns the backup. */
async function backupDeleteRestore(page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: /^Your data/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export backup' }).click(),
  ]);
  const file = join(await mkdtemp(join(tmpdir(), 'limber-')), 'backup.json');
  await download.saveAs(file);
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await page.getByText('No sessions are saved here yet.').waitFor();
  await page.getByLabel('Choose a backup file (.json)').setInputFiles(file);
  await page.getByRole('button', { name: 'Add to my history' }).click();
  await page.getByText(/^Done: \d+ new sessions? added/).waitFor();
  return JSON.parse(await readFile(file, 'utf8'));
}

test('a person builds a routine from scratch, orders it three ways, runs it and sees it in History', async () => {
  const { page, errors, context } = await phonePage(app.browser);
  await page.clock.install({ time: START });
  await page.goto(`${app.url}routines`);
  await appReady(page);
  await page.getByRole('link', { name: 'Make your own routine' }).click();
  await page.getByRole('heading', { name: 'Make your own routine' }).waitFor();

  // An empty routine can't be saved, and says why.
  await page.getByRole('button', { name: 'Save routine' }).click();
  await page.getByRole('alert').getByText('Give your routine a name.').waitFor();
  await page.getByLabel('Name').fill('Desk reset');
  await page.getByRole('button', { name: 'Save routine' }).click();
  await page.getByRole('alert').getByText('Add at least one exercise.').waitFor();

  // The library picker is open for a new routine: search and add three.
  await page.getByLabel('Search the library').fill('bridge');
  await page.getByRole('button', { name: 'Add Glute bridge' }).click();
  await page.getByLabel('Search the library').fill('tilt');
  await page.getByRole('button', { name: 'Add Pelvic tilt' }).click();
  await page.getByLabel('Search the library').fill('knee-to-chest');
  await page.getByRole('button', { name: 'Add Knee-to-chest stretch' }).click();
  await page.getByRole('button', { name: 'Done adding (3 exercises)' }).click();
  await assertOrder(page, ['1. Glute bridge', '2. Pelvic tilt', '3. Knee-to-chest stretch']);

  // Buttons: Pelvic tilt up. At the top its Up button is disabled, so focus goes to its handle.
  await page.getByRole('button', { name: 'Move Pelvic tilt up' }).click();
  await assertOrder(page, ['1. Pelvic tilt', '2. Glute bridge', '3. Knee-to-chest stretch']);
  await page.getByText('Pelvic tilt is now number 1 of 3.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Move Pelvic tilt up' }).isDisabled(), true);
  await page.waitForFunction(() => document.activeElement?.classList.contains('handle'));

  // Keyboard: arrow keys on the handle move the exercise and keep focus on it.
  const handleFocused = (n) =>
    page.waitForFunction(
      (label) => document.activeElement?.getAttribute('aria-label')?.startsWith(label),
      `Move Pelvic tilt, number ${n} of 3`,
    );
  await page.keyboard.press('ArrowDown');
  await page.getByText('Pelvic tilt is now number 2 of 3.').waitFor();
  await handleFocused(2);
  await page.keyboard.press('ArrowDown');
  await assertOrder(page, ['1. Glute bridge', '2. Knee-to-chest stretch', '3. Pelvic tilt']);
  await page.getByText('Pelvic tilt is now number 3 of 3.').waitFor();
  await handleFocused(3);

  // Drag: the handle of the last one, dragged to the top.
  const handle = page.getByRole('button', { name: /^Move Pelvic tilt, number 3/ });
  const from = await handle.boundingBox();
  const top = await page.locator('.edit-items > li').first().boundingBox();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) {
    await page.mouse.move(from.x + from.width / 2, from.y + ((top.y + 4 - from.y) * i) / 8);
  }
  await page.mouse.up();
  await assertOrder(page, ['1. Pelvic tilt', '2. Glute bridge', '3. Knee-to-chest stretch']);

  await page.getByRole('button', { name: 'Move Glute bridge down' }).click();
  await assertOrder(page, ['1. Pelvic tilt', '2. Knee-to-chest stretch', '3. Glute bridge']);
  assert.equal(await page.getByRole('button', { name: 'Move Glute bridge down' }).isDisabled(), true);
  await page.getByRole('button', { name: 'Move Glute bridge up' }).click();
  await assertOrder(page, ['1. Pelvic tilt', '2. Glute bridge', '3. Knee-to-chest stretch']);

  // Doses: an absurd one is refused with the exercise named; a sane one saves.
  const bridge = page.locator('.edit-items > li').nth(1);
  await bridge.getByLabel('Reps').fill('500');
  await page.getByRole('button', { name: 'Save routine' }).click();
  await page.getByRole('alert').getByText('Exercise 2, Glute bridge: reps need to be from 1 to 50.').waitFor();
  await bridge.getByLabel('Reps').fill('12');
  await bridge.getByLabel('Sets').fill('3');
  await page.getByRole('button', { name: 'Save routine' }).click();

  await page.getByRole('heading', { name: 'Desk reset', level: 1 }).waitFor();
  assert.match(page.url(), /\/limber\/routines\/my-[0-9a-f]+-[0-9a-f]{8}$/);
  await page.getByText('Your routine · Building up').waitFor();
  await page.getByText('3 sets of 12 reps').waitFor();

  // It runs like any routine and lands in History under its name.
  await page.getByRole('link', { name: 'Start' }).click();
  await doSession(page);
  const card = page.locator('li.session').first();
  await card.getByRole('heading', { name: 'Desk reset' }).waitFor();
  assert.match(await card.innerText(), /3 exercises ·/);

  // Listed first among routines, marked as yours; survives a reload.
  await page.goto(`${app.url}routines`);
  await appReady(page);
  const first = page.locator('.card-list .routine-card').first();
  assert.match(await first.innerText(), /Yours · Building up/);
  assert.match(await first.innerText(), /Desk reset/);

  // Change it, then delete it and undo.
  await first.click();
  await page.getByRole('link', { name: 'Change it' }).click();
  await page.getByRole('heading', { name: 'Change your routine' }).waitFor();
  await page.getByLabel('Name').fill('Desk reset plus');
  await page.getByRole('button', { name: 'Save routine' }).click();
  await page.getByRole('heading', { name: 'Desk reset plus', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('heading', { name: 'Routines', level: 1 }).waitFor();
  await page.getByText('Deleted \u201cDesk reset plus\u201d.').waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Desk reset plus' }).count(), 0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('heading', { name: 'Desk reset plus' }).waitFor();

  assert.deepEqual(errors, []);
  await context.close();
});

test('a physiotherapist shares a routine as a link; the patient previews, saves and runs it', async () => {
  const physio = await phonePage(app.browser);
  await physio.page.goto(`${app.url}routines/core-basics`);
  await appReady(physio.page);
  await physio.page.getByRole('link', { name: 'Make my own version' }).click();
  await physio.page.getByLabel('Name').waitFor();
  assert.equal(await physio.page.getByLabel('Name').inputValue(), 'My Core basics');
  await physio.page.getByLabel('Name').fill('Core for Sam');
  await physio.page.getByLabel("What it's for").fill('Twice a week, gently.');
  await physio.page.locator('.edit-items > li').first().getByLabel('Reps').fill('6');
  await physio.page.getByRole('button', { name: 'Save routine' }).click();
  await physio.page.getByRole('heading', { name: 'Core for Sam', level: 1 }).waitFor();

  await physio.page.getByText('Share this routine').click();
  await physio.page.getByLabel('Your name').fill('Dr Ng');
  await physio.page.getByRole('button', { name: 'Make the link' }).click();
  const link = await physio.page.locator('input.share-link').inputValue();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/limber\/shared#v=1&n=Core%20for%20Sam&/);
  assert.ok(link.length < 600, `link is ${link.length} characters`);
  await physio.page.getByRole('button', { name: 'Copy link' }).click();
  await physio.page.getByRole('status').getByText(/Link copied|Couldn't copy here/).waitFor();
  await physio.context.close();

  // The patient opens it on their own phone: a preview first, nothing saved yet.
  const patient = await phonePage(app.browser);
  const { page } = patient;
  await page.clock.install({ time: START });
  await page.goto(link);
  await appReady(page);
  // A device that has never seen Limber: one line on what it is, and the safety question,
  // before the routine can be saved or started.
  await page.getByRole('heading', { name: 'Before you look', level: 1 }).waitFor();
  await page.getByText(/Limber guides you through gentle exercises/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Save to my routines' }).count(), 0);
  await page.getByRole('radio', { name: 'No, none of these' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { name: 'Core for Sam', level: 1 }).waitFor();
  await page.getByText('Shared by Dr Ng').waitFor();
  await page.getByText('Twice a week, gently.').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('limber.routines')), null);
  await page.getByRole('button', { name: 'Save to my routines' }).click();
  await page.getByText('From Dr Ng · Building up').waitFor();
  await page.getByRole('link', { name: 'Start' }).click();
  await doSession(page);
  await page.locator('li.session').first().getByRole('heading', { name: 'Core for Sam' }).waitFor();

  // Opening the same link again doesn't make a second copy.
  await page.goto(link);
  await appReady(page);
  await page.getByText("You've saved this routine already.").waitFor();
  assert.equal(await page.getByRole('button', { name: 'Save to my routines' }).count(), 0);

  // A link that was cut short or changed is refused, and changes nothing.
  const before = await page.evaluate(() => localStorage.getItem('limber.routines'));
  for (const bad of [link.slice(0, -20), link.replace('n=Core', 'n=Cork'), `${link.split('#')[0]}#v=9&x=1`]) {
    await page.goto('about:blank');
    await page.goto(bad);
    await appReady(page);
    await page.getByRole('heading', { name: "This link can't be opened" }).waitFor();
  }
  await page.getByRole('alert').getByText(/shared from a newer version of Limber/).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('limber.routines')), before);

  // The home-screen app can't be opened from a link: paste it on Routines instead.
  await page.goto(`${app.url}routines`);
  await appReady(page);
  await page.getByText('Open a routine someone sent you').click();
  await page.getByLabel('Routine link').fill('see you on Tuesday');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('alert').getByText("That doesn't look like a Limber routine link.", { exact: false }).waitFor();
  await page.getByLabel('Routine link').fill(`Here it is: ${link}`);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('heading', { name: 'Core for Sam', level: 1 }).waitFor();
  await page.getByText("You've saved this routine already.").waitFor();

  assert.deepEqual(patient.errors, []);
  await patient.context.close();
});

/** A stored plan, so Today shows the cardio card. */
function plan() {
  return {
    'limber.plan': JSON.stringify({
      v: 1,
      data: {
        pain_now: 4,
        duration: 'Longer',
        activity: 'Some',
        activities: [{ name: 'Putting on socks', score: 4 }],
        days: [true, true, true, true, true, true, true],
        minute_of_day: 450,
        red_flag_checked: false,
        stage: 'Building',
        cardio_start_min: 15,
        created_at: START.getTime() - 2 * DAY,
        utc_offset_min: 0,
      },
    }),
  };
}

test('a walk logged from Today counts in History, weekly minutes and backups, with the weight log', async () => {
  const { page, errors, context } = await seededPage(app.browser, plan(), { now: START });
  await page.goto(app.url);
  await appReady(page);
  const cardio = page.locator('li.cardio-row');
  await cardio.getByText('No cardio logged this week yet.').waitFor();
  await cardio.getByRole('link', { name: 'Log it' }).click();

  await page.getByRole('heading', { name: 'Log an activity' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Walk' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.getByLabel('Minutes').inputValue(), '15');
  // Bad input is explained and nothing is saved.
  await page.getByLabel('Minutes').fill('lots');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('alert').getByText('Enter how many minutes it took, from 1 to 600.').waitFor();
  await page.getByLabel('Minutes').fill('25');
  await page.getByLabel(/Distance in km/).fill('2,4');
  await page.getByRole('button', { name: 'About right' }).click();
  await page.getByLabel('Note').fill('Along the river');
  await page.getByRole('button', { name: 'Save' }).click();

  await page.getByRole('heading', { name: 'History', level: 1 }).waitFor();
  const walk = page.locator('li.session').first();
  await walk.getByRole('heading', { name: 'Walk' }).waitFor();
  await walk.getByText('Logged · 25 min · 2.4 km').waitFor();
  await page.getByText(/· 1 walk, swim or ride · 25 min/).waitFor();

  // A swim for yesterday, from History.
  await page.getByRole('link', { name: '+ Log a walk, swim or ride' }).click();
  await page.getByRole('button', { name: 'Swim' }).click();
  await page.getByLabel('Day').fill('2026-11-24');
  await page.getByLabel('Minutes').fill('30');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Swim', exact: true }).waitFor();

  // The week's minutes on Insights and Today include both; the routine is still due.
  await page.getByRole('link', { name: 'Insights' }).click();
  const minutesRow = page
    .locator('table.chart-table', { has: page.locator('caption', { hasText: 'Minutes per week' }) })
    .locator('tbody tr')
    .last();
  assert.equal(await minutesRow.locator('td').innerText(), '55');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await cardio.getByText('This week so far: 55 min of walking, swimming or cycling.').waitFor();
  await page.getByText('Due today').waitFor();
  // Walks and swims sit on top of the plan: they don't stand in for a planned session.
  await page.locator('.streak').getByText('No streak yet: each planned session you do adds one.').waitFor();

  // The weight log is off until turned on; then a weight is saved with its unit.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await page.getByRole('link', { name: 'Insights' }).click();
  assert.equal(await page.getByRole('heading', { name: 'Body weight' }).count(), 0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: /^Look and units/ }).click();
  await page.getByRole('switch', { name: /Keep a weight log/ }).check();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await page.getByRole('link', { name: 'Insights' }).click();
  await page.getByLabel("Today's weight in kg").fill('eighty');
  await page.getByRole('button', { name: 'Save weight' }).click();
  await page.getByRole('alert').getByText('Type your weight as a number, like 72.5.').waitFor();
  await page.getByLabel("Today's weight in kg").fill('81,5');
  await page.getByRole('button', { name: 'Save weight' }).click();
  await page.getByText(/^Latest: 81\.5 kg on /).waitFor();
  await page.getByRole('button', { name: 'Remove it' }).click();
  await page.getByText(/^Removed 81\.5 kg from /).waitFor();
  assert.equal(await page.getByText(/^Latest:/).count(), 0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByText(/^Latest: 81\.5 kg on /).waitFor();

  // All of it survives export, delete and import.
  const backup = await backupDeleteRestore(page);
  assert.equal(backup.count, 2);
  assert.equal(backup.extras.weight.length, 1);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await page.locator('li.session').getByText('Logged · 25 min · 2.4 km').waitFor();
  await page.getByText('Along the river').waitFor();
  await page.getByRole('link', { name: 'Insights' }).click();
  await page.getByText(/^Latest: 81\.5 kg on /).waitFor();

  assert.deepEqual(errors, []);
  await context.close();
});

test('own routines travel in a backup and come back after everything is deleted', async () => {
  const { page, errors, context } = await phonePage(app.browser);
  await page.goto(`${app.url}routines/new?from=gentle-start`);
  await appReady(page);
  assert.equal(await page.getByLabel('Name').inputValue(), 'My Gentle start');
  await page.getByRole('button', { name: 'Save routine' }).click();
  await page.getByRole('heading', { name: 'My Gentle start', level: 1 }).waitFor();
  // Backups need at least one session to offer a restore; log a quick ride.
  await page.goto(`${app.url}log?kind=ride&minutes=20`);
  await appReady(page);
  assert.equal(await page.getByRole('button', { name: 'Bike ride' }).getAttribute('aria-pressed'), 'true');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Bike ride' }).waitFor();

  const backup = await backupDeleteRestore(page);
  assert.equal(backup.extras.routines.length, 1);
  await page.goto(`${app.url}routines`);
  await appReady(page);
  await page.locator('.card-list .routine-card').first().getByRole('heading', { name: 'My Gentle start' }).waitFor();

  // "Replace" takes the file's routines instead of these: one made since is gone after it.
  await page.goto(`${app.url}routines/new?from=core-basics`);
  await appReady(page);
  await page.getByRole('button', { name: 'Save routine' }).click();
  await page.getByRole('heading', { name: 'My Core basics', level: 1 }).waitFor();
  await page.goto(`${app.url}settings/data`);
  await appReady(page);
  const file = join(await mkdtemp(join(tmpdir(), 'limber-')), 'backup.json');
  await writeFile(file, JSON.stringify(backup));
  await page.getByLabel('Choose a backup file (.json)').setInputFiles(file);
  await page.getByRole('button', { name: 'Replace my history' }).click();
  await page.getByRole('button', { name: 'Yes, replace' }).click();
  await page.getByText(/^Done/).waitFor();
  await page.goto(`${app.url}routines`);
  await appReady(page);
  const mine = page.locator('.card-list .routine-card', { hasText: 'Yours' });
  assert.deepEqual(await mine.locator('h2').allInnerTexts(), ['My Gentle start']);

  assert.deepEqual(errors, []);
  await context.close();
});
