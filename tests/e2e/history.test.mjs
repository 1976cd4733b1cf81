// History, insights and the report; plus a printed render benchmark with large histories.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, seededPage, useApp } from './harness.mjs';

const app = useApp();
const DAY = 86_400_000;

/** `n` daily sessions ending `endMs`, in the stored (format 2) shape. */
function history(n, endMs) {
  const data = [];
  for (let i = 0; i < n; i++) {
    const t = endMs - (n - 1 - i) * DAY;
    data.push([`s${i}`, t, 0, 'core-basics', 'Core basics', 0, 600 + (i % 120), false,
      4 - (i % 3), 2 + (i % 2), 'about_right', i % 10 === 0 ? `note ${i}` : null,
      [['pelvic-tilt', 2, 2, 20, 80, null, null], ['heel-taps', 2, 2, 20, 80, null, null],
       ['glute-bridge', i % 7 === 0 ? 0 : 2, 2, 16, 80, null, null], ['clamshell', 2, 2, 20, 80, null, null],
       ['bird-dog-limb', 2, 2, 16, 80, null, null], ['knee-to-chest', 4, 4, 0, 80, null, null]]]);
  }
  return JSON.stringify({ v: 2, data });
}

const seeded = (kv, now) => seededPage(app.browser, kv, { now });

const NOW = Date.parse('2026-11-25T12:00:00Z');

test('history by week, a session in full, its note edited, deleted and undone', async () => {
  const { page, errors, context } = await seeded({ 'limber.sessions': history(10, NOW - 3600_000) }, NOW);
  await page.goto(`${app.url}history`);
  await appReady(page);
  const weeks = await page.locator('h2.week').allTextContents();
  assert.equal(weeks.length, 2);
  assert.match(weeks[0], /^Week of Mon 23 Nov 2026/);
  await page.locator('li.session').first().getByRole('link').click();
  await page.getByRole('heading', { name: 'Core basics', level: 1 }).waitFor();
  await page.getByText('Wed 25 Nov 2026', { exact: false }).first().waitFor();
  await page.getByRole('textbox', { name: 'Note' }).fill('Felt strong today');
  await page.getByRole('button', { name: 'Save note' }).click();
  await page.getByText('Note saved.').waitFor();
  await page.getByRole('button', { name: 'Delete this session' }).click();
  await page.getByText('Deleted the Core basics session from Wed 25 Nov 2026.').waitFor();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('textbox', { name: 'Note' }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Note' }).inputValue(), 'Felt strong today');
  await page.getByRole('link', { name: '‹ History' }).click();
  assert.equal(await page.locator('li.session').count(), 10);
  await page.getByText('Felt strong today').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('insights show streaks, charts with tables, and a printable report', async () => {
  const { page, errors, context } = await seeded({ 'limber.sessions': history(20, NOW - 3600_000) }, NOW);
  await page.goto(`${app.url}insights`);
  await appReady(page);
  const stats = await page.locator('.stat').allInnerTexts();
  assert.deepEqual(stats.map((s) => s.replace(/\s+/g, ' ').trim()), ['20 planned sessions in a row', '20 best streak', '20 sessions']);
  assert.equal(await page.locator('.chart > svg').count(), 4);
  assert.equal(await page.getByRole('table', { name: 'Sessions per week' }).count(), 1);
  await page.getByRole('table', { name: 'Pain before and after each session' }).waitFor({ state: 'attached' });
  const done = await page.locator('ol').first().innerText();
  assert.match(done, /^Pelvic tilt · 20$/m);
  // Glute bridge was skipped every seventh day: 3 times in 20.
  assert.match(await page.locator('ol').nth(1).innerText(), /^Glute bridge · 3$/m);
  await page.getByRole('link', { name: 'Report for your physiotherapist' }).click();
  await page.getByRole('heading', { name: 'Exercise report' }).waitFor();
  await page.getByText('20 sessions from', { exact: false }).waitFor();
  assert.equal(await page.locator('.report-table tbody tr').count(), 20);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).isVisible(), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('insights for a new person: charts start at their first week, and no heading stands empty', async () => {
  // Two sessions this week, nothing skipped or eased, no exercises logged.
  const records = [0, 1].map((i) => ({
    id: `n${i}`, started_at: NOW - i * DAY - 3_600_000, utc_offset_min: 0, routine_id: 'gentle-start',
    routine_name: 'Gentle start', level: 0, duration_secs: 600, exercises: [], pain_before: 3, pain_after: 2,
  }));
  const { page, errors, context } = await seeded({ 'limber.sessions': JSON.stringify({ v: 1, data: records }) }, NOW);
  await page.goto(`${app.url}insights`);
  await appReady(page);
  const table = page.getByRole('table', { name: 'Sessions per week' });
  await table.waitFor({ state: 'attached' });
  assert.equal(await table.locator('tbody tr').count(), 1, 'one week, not twelve');
  await page.getByText('Nothing skipped or eased so far.').waitFor();
  await page.getByText('Nothing yet: the exercises you do most will show here.').waitFor();
  assert.equal(await page.locator('section.insights ol').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('benchmark: first render of History and Insights with 0, 1,000 and 10,000 sessions', async () => {
  const results = [];
  for (const n of [0, 1000, 10000]) {
    // Real clock here (no page.clock), so performance.now() measures real time.
    const { page, errors, context } = await seeded(n ? { 'limber.sessions': history(n, Date.now() - 3600_000) } : {});
    await page.goto(app.url);
    await appReady(page);
    const timeTo = (link, selector) =>
      page.evaluate(
        ([link, selector]) =>
          new Promise((done) => {
            const a = [...document.querySelectorAll('a')].find((x) => x.textContent.trim() === link);
            const t0 = performance.now();
            a.click();
            // The new screen, not the old one still on its way out (the address changes as
            // the link is followed): its heading is up and its code (a chunk of its own in
            // release builds) has arrived.
            const ready = () =>
              location.pathname.endsWith(`/${link.toLowerCase()}`) &&
              document.querySelector('h1')?.textContent === link &&
              !document.querySelector('.lazy-loading') &&
              document.querySelector(selector);
            const poll = () => (ready() ? done(performance.now() - t0) : requestAnimationFrame(poll));
            poll();
          }),
        [link, selector],
      );
    const historyMs = await timeTo('History', n ? 'li.session' : 'section.page p.muted');
    const insightsMs = await timeTo('Insights', n ? '.stats' : 'section.insights p.muted');
    results.push({ n, historyMs, insightsMs });
    assert.deepEqual(errors, []);
    await context.close();
  }
  const base = results[0];
  for (const r of results) {
    console.log(
      `render benchmark: ${r.n} sessions: History ${r.historyMs.toFixed(1)} ms (x${(r.historyMs / base.historyMs).toFixed(1)}), ` +
        `Insights ${r.insightsMs.toFixed(1)} ms (x${(r.insightsMs / base.insightsMs).toFixed(1)})`,
    );
  }
});

test('a busy history opens a page at a time: eight weeks, or fewer weeks holding at most 40 sessions', async () => {
  // Four sessions a day: a week holds 28, so the first page is one week.
  const data = [];
  const end = Date.now() - 3_600_000;
  for (let i = 0; i < 2_000; i++) {
    data.push([`b${i}`, end - i * 6 * 3_600_000, 0, 'core-basics', 'Core basics', 0, 600, false, 4, 3, 'about_right', null,
      [['pelvic-tilt', 2, 2, 20, 80, null, null]]]);
  }
  const { page, errors, context } = await seeded({ 'limber.sessions': JSON.stringify({ v: 2, data }) });
  await page.goto(`${app.url}history`);
  await appReady(page);
  await page.locator('li.session').first().waitFor();
  const first = await page.locator('li.session').count();
  assert.ok(first >= 1 && first <= 40, `${first} sessions on the first page`);
  const weeks = await page.locator('h2.week').count();
  await page.getByRole('button', { name: 'Show older weeks' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('h2.week').length > n, weeks);
  const second = await page.locator('li.session').count();
  assert.ok(second > first && second - first <= 40, `${second - first} more sessions on the next page`);
  assert.deepEqual(errors, []);
  await context.close();
});
