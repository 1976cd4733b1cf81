// "Keep a copy" (nothing lost): when the browser hasn't promised to keep the data, Today offers
// a backup after the fifth session and again two weeks after the last copy; one tap gives the
// share sheet where there is one, else a download; Your data says when the last copy was made;
// on an iPhone, adding Limber to the home screen is offered as the lasting fix, copy first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { appReady, phonePage, useApp } from './harness.mjs';

const app = useApp();
const DAY = 86_400_000;
const NOW = new Date('2026-11-25T09:00:00Z'); // a Wednesday
const SHOTS = process.env.SCREENSHOTS ?? 'target/screenshots';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

function stored(count, extra = {}) {
  const plan = {
    pain_now: 5, duration: 'Longer', activity: 'Some', activities: [{ name: 'Putting on socks', score: 4 }],
    days: [true, false, true, false, true, false, false], minute_of_day: 450, red_flag_checked: false,
    stage: 'Building', cardio_start_min: 15, created_at: NOW.getTime() - 10 * DAY, utc_offset_min: 0,
  };
  // Each in the evening of an earlier day, so the next-morning question doesn't lead Today.
  const records = Array.from({ length: count }, (_, i) => ({
    id: `k${i}`, started_at: NOW.getTime() - (i + 1) * DAY - 13 * 3_600_000, utc_offset_min: 0,
    routine_id: 'core-basics', routine_name: 'Core basics', level: 0, duration_secs: 600, exercises: [],
    pain_before: 4, pain_after: 3, feeling: 'about_right',
  }));
  return {
    'limber.plan': JSON.stringify({ v: 1, data: plan }),
    'limber.sessions': JSON.stringify({ v: 1, data: records }),
    ...extra,
  };
}

/**
 * A phone page at `NOW` with `kv` stored, where the browser says whether it promised to keep
 * the data (`persisted`: headless Chromium says no, but the journey shouldn't depend on it)
 * and, with `share`, has a share sheet that takes files and answers from `share` in turn.
 */
async function open(kv, { persisted = false, share = null, userAgent, viewport } = {}) {
  let opened;
  if (userAgent || viewport) {
    const context = await app.browser.newContext({
      viewport: viewport ?? { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true, userAgent,
    });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(String(err)));
    opened = { context, page, errors };
  } else {
    opened = await phonePage(app.browser);
  }
  const { page } = opened;
  await page.clock.install({ time: NOW });
  await page.addInitScript(({ values, persisted, share }) => {
    if (!sessionStorage.getItem('seeded')) {
      for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }
    const answer = async () => persisted;
    Object.defineProperty(navigator.storage, 'persisted', { value: answer });
    Object.defineProperty(navigator.storage, 'persist', { value: answer });
    if (share) {
      window.shared = [];
      navigator.canShare = (data) => Array.isArray(data?.files) && data.files.every((f) => f instanceof File);
      navigator.share = async (data) => {
        const file = data.files[0];
        window.shared.push({ name: file.name, type: file.type, text: await file.text() });
        const next = share[Math.min(window.shared.length - 1, share.length - 1)];
        if (next === 'close') throw new DOMException('Share canceled', 'AbortError');
        if (next === 'fail') throw new DOMException('Permission denied', 'NotAllowedError');
      };
    } else {
      delete Navigator.prototype.share;
      delete Navigator.prototype.canShare;
    }
  }, { values: kv, persisted, share });
  await page.goto(app.url);
  await appReady(page);
  // Today's plan rows are drawn (so the piece the row lives in has loaded), and the browser
  // has had time to answer whether it keeps the data.
  await page.locator('.streak').waitFor();
  await page.waitForTimeout(300);
  return opened;
}

const keepButton = (page) => page.getByRole('button', { name: 'Keep a copy', exact: true });

async function yourData(page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: /^Your data/ }).click();
  await page.getByRole('heading', { name: 'Keep a copy' }).waitFor();
}

test('after the fifth session Today offers a copy: one tap downloads it, the row goes, Your data says when', async () => {
  const { page, errors, context } = await open(stored(5));
  const row = page.locator('li.keep-copy-row');
  await row.getByText('Keep a copy of your progress').waitFor();
  await row.getByText('Browsers sometimes clear saved data. A copy keeps your 5 sessions safe.').waitFor();
  // Below the main card, one row, and it passes the axe scan.
  assert.equal(await row.count(), 1);
  const { violations } = await new AxeBuilder({ page }).include('li.keep-copy-row').analyze();
  assert.deepEqual(violations.map((v) => v.id), []);
  assert.ok(await page.evaluate(() =>
    document.querySelector('article.hero').getBoundingClientRect().bottom
      <= document.querySelector('li.keep-copy-row').getBoundingClientRect().top));

  await mkdir(SHOTS, { recursive: true });
  const [download] = await Promise.all([page.waitForEvent('download'), keepButton(page).click()]);
  assert.equal(download.suggestedFilename(), 'limber-backup-2026-11-25.json');
  const backup = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(backup.kind, 'limber-backup');
  assert.equal(backup.count, 5);

  await page.getByText('Copy saved to your downloads.').waitFor();
  await page.getByText('Keep it somewhere safe, like your email or cloud storage.').waitFor();
  assert.equal(await keepButton(page).count(), 0);
  const log = JSON.parse(await page.evaluate(() => localStorage.getItem('limber.copies')));
  assert.deepEqual(log, { v: 1, data: { last: '2026-11-25', not_now: null } });

  await yourData(page);
  await page.getByText('Last copy: Wed 25 Nov 2026.').waitFor();

  // Back on Today, loaded afresh: no offer until two weeks have passed.
  await page.goto(app.url);
  await appReady(page);
  await page.locator('.streak').waitFor();
  await page.waitForTimeout(300);
  assert.equal(await keepButton(page).count(), 0);
  await page.clock.setSystemTime(new Date(NOW.getTime() + 14 * DAY));
  await page.reload();
  await appReady(page);
  await page.getByText('Your last copy is from Wed 25 Nov 2026. A new one keeps what you\'ve done since then safe too.').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('no offer with four sessions, nor when the browser promised to keep the data', async () => {
  {
    const { page, errors, context } = await open(stored(4));
    assert.equal(await keepButton(page).count(), 0);
    await yourData(page);
    await page.getByText('No copy kept yet.').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  }
  {
    const { page, errors, context } = await open(stored(12), { persisted: true });
    assert.equal(await keepButton(page).count(), 0);
    await yourData(page);
    await page.getByText('Your browser has agreed to keep this data even when space runs low.').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('"Not now" puts the offer off for two weeks; an export from Your data counts as a copy', async () => {
  const { page, errors, context } = await open(stored(6));
  await page.getByRole('button', { name: 'Not now' }).click();
  assert.equal(await keepButton(page).count(), 0);
  await page.clock.setSystemTime(new Date(NOW.getTime() + 13 * DAY));
  await page.reload();
  await appReady(page);
  await page.locator('.streak').waitFor();
  await page.waitForTimeout(300);
  assert.equal(await keepButton(page).count(), 0);
  await page.clock.setSystemTime(new Date(NOW.getTime() + 14 * DAY));
  await page.reload();
  await appReady(page);
  await keepButton(page).waitFor();

  await yourData(page);
  await page.getByText('No copy kept yet.').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export backup' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^limber-backup-2026-12-09\.json$/);
  await page.getByText('Last copy: Wed 9 Dec 2026.').waitFor();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await page.locator('.streak').waitFor();
  await page.waitForTimeout(300);
  assert.equal(await keepButton(page).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on an iPhone: the share sheet takes the copy (closing it keeps nothing), then the home screen is offered', async () => {
  const viewport = { width: 360, height: 740 };
  const { page, errors, context } = await open(stored(5), { share: ['close', 'done'], userAgent: IPHONE, viewport });
  const row = page.locator('li.keep-copy-row');
  await row.getByText('Safari can clear what Limber saves if it isn\'t opened for a week or so. A copy keeps your 5 sessions safe.').waitFor();
  await mkdir(SHOTS, { recursive: true });
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'keep-today-360.png') });

  // Closed without choosing: nothing counts, the row stays.
  await keepButton(page).click();
  await page.waitForFunction(() => window.shared.length === 1);
  await page.waitForTimeout(200);
  await keepButton(page).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('limber.copies')), null);

  await keepButton(page).click();
  await page.getByText('Copy shared.').waitFor();
  await page.getByText('To stop Safari clearing your data, add Limber to your home screen: tap Share, then Add to Home Screen. The home-screen app starts empty, so open your copy there.').waitFor();
  assert.equal(await keepButton(page).count(), 0);
  const shared = await page.evaluate(() => window.shared[1]);
  assert.equal(shared.name, 'limber-backup-2026-11-25.json');
  assert.equal(shared.type, 'application/json');
  assert.equal(JSON.parse(shared.text).count, 5);
  await page.screenshot({ path: join(SHOTS, 'keep-today-done-360.png') });

  await yourData(page);
  await page.getByText('Last copy: Wed 25 Nov 2026.').waitFor();
  await page.getByText('Adding Limber to your home screen stops that. Keep a copy first', { exact: false }).waitFor();
  await page.getByText('In Safari, tap Share, then Add to Home Screen.').waitFor();
  await page.screenshot({ path: join(SHOTS, 'keep-your-data-360.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a share sheet that refuses the file falls back to a download, which counts', async () => {
  const { page, errors, context } = await open(stored(7), { share: ['fail'] });
  const [download] = await Promise.all([page.waitForEvent('download'), keepButton(page).click()]);
  assert.equal(download.suggestedFilename(), 'limber-backup-2026-11-25.json');
  assert.equal(await page.evaluate(() => window.shared.length), 1);
  await page.getByText('Copy saved to your downloads.').waitFor();
  assert.equal(await keepButton(page).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
