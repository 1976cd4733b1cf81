// Numbers that agree: one week read from Today, History, Insights and the report, for a person
// three weeks into a Mon/Wed/Fri plan with the walking programme on. Weeks run Monday to
// Sunday everywhere (a Sunday walk belongs to the week before Monday's), minutes are added in
// seconds and rounded once, and the report counts only days already over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { appReady, seededPage, useApp } from './harness.mjs';

const app = useApp();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Wednesday 9 December 2026, 10:00 UTC: a plan day whose session isn't done yet.
const NOW = Date.parse('2026-12-09T10:00:00Z');
const MON_16_NOV = Date.parse('2026-11-16T00:00:00Z');
const on = (days, hour) => MON_16_NOV + days * DAY + hour * HOUR;

/** An exercise session at 18:00, `days` after Mon 16 Nov, lasting `secs`. */
const session = (days, secs) => [`x${days}`, on(days, 18), 0, 'core-basics', 'Core basics', 0, secs, false,
  4, 3, 'about_right', null, [['pelvic-tilt', 2, 2, 20, Math.floor(secs / 2), null, null]]];
/** A walk logged for the day, `days` after Mon 16 Nov. */
const walk = (days, minutes) => [`w${days}`, on(days, 12), 0, 'log-walk', 'Walk', 0, minutes * 60, false,
  null, null, null, null, [['walking', 1, 1, 0, minutes * 60, null, null]]];

const SESSIONS = [
  // Week of 16 Nov: the plan and the walking baseline start (three walks of 20 minutes).
  session(0, 600), session(2, 610), session(4, 590), walk(0, 20), walk(1, 20), walk(2, 20),
  // Week of 23 Nov: programme week 1, 3 walks of 16 minutes, done.
  session(7, 600), session(9, 600), session(11, 600), walk(8, 16), walk(10, 17), walk(13, 16),
  // Week of 30 Nov: 3 walks of 18 minutes planned, 2 done (the second on Sunday 6 Dec).
  // Each session is just under a half minute over: rounded one by one they'd make 66.
  session(14, 569), session(16, 629), session(18, 689), walk(15, 18), walk(20, 18),
  // This week: Monday's session and walk; Wednesday's session is due this evening.
  session(21, 600), walk(21, 18),
];

const PROFILE = {
  pain_now: 4, duration: 'Longer', activity: 'Some', activities: [],
  days: [true, false, true, false, true, false, false], minute_of_day: 1080, red_flag_checked: false,
  stage: 'Building', cardio_start_min: 15, created_at: on(0, 8), utc_offset_min: 0,
  walking_since: on(0, 8),
};

const KV = {
  'limber.plan': JSON.stringify({ v: 1, data: PROFILE }),
  'limber.sessions': JSON.stringify({ v: 2, data: SESSIONS }),
};

/** The cells of the table row whose heading cell reads `label`. */
async function row(table, label) {
  const cells = table.locator('tr').filter({ has: table.page().getByRole('rowheader', { name: label, exact: true }) });
  if (await cells.count() === 1) return (await cells.locator('td').allInnerTexts()).map((t) => t.trim());
  const rows = table.locator('tbody tr');
  for (const r of await rows.all()) {
    const texts = (await r.locator('td, th').allInnerTexts()).map((t) => t.trim());
    if (texts[0] === label) return texts.slice(1);
  }
  throw new Error(`no row ${label}`);
}

test('one week reads the same on Today, History, Insights and the report', async () => {
  const { page, errors, context } = await seededPage(app.browser, KV, { now: NOW });
  await page.goto(app.url);
  await appReady(page);
  // Today: Sunday's walk was last week's; this week has Monday's.
  await page.getByText('1 of 3 walks this week').waitFor();
  await page.screenshot({ path: 'target/screenshots/agreement-today.png' });

  await page.goto(`${app.url}history`);
  await appReady(page);
  const weeks = (await page.locator('h2.week').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  assert.deepEqual(weeks.slice(0, 2), [
    'Week of Mon 7 Dec 2026 · 1 session · 1 walk, swim or ride · 28 min',
    'Week of Mon 30 Nov 2026 · 3 sessions · 2 walks, swims or rides · 67 min',
  ]);

  await page.goto(`${app.url}insights`);
  await appReady(page);
  const minutes = page.getByRole('table', { name: 'Minutes per week' });
  const sessions = page.getByRole('table', { name: 'Sessions per week' });
  assert.deepEqual(await row(minutes, '30 Nov'), ['67']);
  assert.deepEqual(await row(minutes, '7 Dec'), ['28']);
  assert.deepEqual(await row(sessions, '30 Nov'), ['3']);
  assert.deepEqual(await row(sessions, '7 Dec'), ['1']);
  // The charts start at the first week, not twelve weeks back.
  assert.equal(await minutes.locator('tbody tr').count(), 4);
  const walked = page.getByRole('table', { name: /^Minutes walked per programme week/ });
  assert.deepEqual(await row(walked, '30 Nov'), ['36']);
  await page.screenshot({ path: 'target/screenshots/agreement-insights.png', fullPage: true });

  await page.goto(`${app.url}report`);
  await appReady(page);
  const adherence = page.getByRole('table', { name: 'Sessions against the plan' });
  assert.deepEqual(await row(adherence, '30 Nov'), ['3 / 3', '36 / 54 min']);
  // Wednesday isn't over: this week so far is Monday's session, and it says so.
  assert.deepEqual(await row(adherence, '7 Dec (so far)'), ['1 / 1', '18 / 54 min']);
  await page.getByText('In the 3 weeks already over: 9 sessions done, against 9 planned sessions (100%).').waitFor();
  await page.getByText('Nothing was eased or skipped in this period, and every planned day so far had its session.').waitFor();
  await page.screenshot({ path: 'target/screenshots/agreement-report.png', fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('where weeks start on Sunday, they start on Sunday on every screen', async () => {
  // An American phone: Sunday's walk opens this week, and every screen says so.
  const { page, errors, context } = await seededPage(app.browser, KV, { now: NOW, locale: 'en-US' });
  await page.goto(app.url);
  await appReady(page);
  // Programme weeks run Sunday to Saturday too: week 1 (from Sun 22 Nov) had 2 of its 3 walks,
  // so the plan held at 16 minutes.
  await page.getByText('2 of 3 walks this week').waitFor();
  await page.getByText('A 16-minute walk').waitFor();
  await page.screenshot({ path: 'target/screenshots/agreement-today-en-us.png' });

  await page.goto(`${app.url}history`);
  await appReady(page);
  const first = (await page.locator('h2.week').first().innerText()).replace(/\s+/g, ' ').trim();
  assert.equal(first, 'Week of Sun 6 Dec 2026 · 1 session · 2 walks, swims or rides · 46 min');

  await page.goto(`${app.url}insights`);
  await appReady(page);
  assert.deepEqual(await row(page.getByRole('table', { name: 'Minutes per week' }), '6 Dec'), ['46']);

  await page.goto(`${app.url}report`);
  await appReady(page);
  const adherence = page.getByRole('table', { name: 'Sessions against the plan' });
  assert.deepEqual(await row(adherence, '6 Dec (so far)'), ['1 / 1', '36 / 48 min']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the printed report of these weeks, on A4 and Letter, has the rows History has', async () => {
  const OUT = 'target/report-print-4w';
  const { page, errors, context } = await seededPage(app.browser, KV, { now: NOW });
  await page.goto(`${app.url}history`);
  await appReady(page);
  // History's weeks, newest first: "Week of Mon 30 Nov 2026 · 3 sessions · 2 walks… · 67 min".
  const history = (await page.locator('h2.week').allInnerTexts())
    .map((t) => t.replace(/\s+/g, ' ').match(/^Week of \w+ (\d+ \w+) \d+ · (\d+) sessions? /))
    .map((m) => [m[1], m[2]]);
  assert.equal(history.length, 4);
  await page.goto(`${app.url}report`);
  await appReady(page);
  await page.getByRole('heading', { name: 'Every session' }).waitFor();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  for (const format of ['A4', 'Letter']) {
    await page.emulateMedia({ media: 'print' });
    const pdf = `${OUT}/report-${format}.pdf`;
    await page.pdf({ path: pdf, format, preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    // Every page as a picture, to look at.
    execFileSync('pdftoppm', ['-r', '80', '-png', pdf, `${OUT}/${format}`]);
    const one = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
    // Each of History's weeks is a row of page one, with the same exercise sessions done.
    for (const [week, done] of history) {
      const line = one.split('\n').find((l) => l.trim().startsWith(week));
      assert.ok(line, `${format}: no row for ${week}`);
      assert.match(line, new RegExp(`^\\s*${week}( \\(so far\\))?\\s+${done}\\s*/\\s*\\d`), `${format}: ${line}`);
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});
