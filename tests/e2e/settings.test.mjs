// Settings that change how Limber looks and paces itself, and the accessibility checks that
// go with them: small screens, large text, keyboard focus, target sizes, reading order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, phonePage, seededPage, startRoutine, useApp } from './harness.mjs';
import { NEW_SCREENS, SETTINGS_PAGES, STORED } from './fixtures.mjs';

const app = useApp();

const SESSION = JSON.stringify({
  v: 2,
  data: [['a1', Date.now() - 3600_000, 0, 'gentle-start', 'Gentle start', 0, 300, false, 4, 3, 'about_right', 'ok',
    [['pelvic-tilt', 2, 2, 20, 80, null, null]]]],
});
const SCREENS = ['', 'routines', 'routines/core-basics', 'exercises', 'exercises/bird-dog', 'play/gentle-start',
  'history', 'history/a1', 'history/w1', 'insights', 'report', 'settings', ...SETTINGS_PAGES, 'learn', 'learn/see-a-professional', 'welcome',
  ...NEW_SCREENS];

async function openSettings(page, section) {
  await page.goto(`${app.url}settings/${section}`);
  await appReady(page);
}

test('colours, text size and animations apply everywhere and are remembered', async () => {
  const { page, errors, context } = await phonePage(app.browser);
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  await openSettings(page, 'display');
  await page.getByLabel('Colours').selectOption({ label: 'Dark' });
  await page.getByLabel('Text size').selectOption({ label: 'Largest' });
  await page.getByLabel('Animations').selectOption({ label: 'Less motion' });
  const root = () => page.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    size: getComputedStyle(document.documentElement).fontSize,
    bg: getComputedStyle(document.documentElement).backgroundColor,
  }));
  assert.deepEqual(await root(), { theme: 'dark', size: '20.8px', bg: 'rgb(17, 23, 22)' });

  await page.goto(`${app.url}exercises/glute-bridge`);
  await appReady(page);
  // Still: one drawing, nothing animated. Moving: the flipbook, its pictures cross-fading.
  const animations = () => page.evaluate(() => document.querySelector('.figure.large')?.getAnimations({ subtree: true }).length ?? -1);
  assert.equal(await page.locator('.figure.large.flipbook').count(), 0, 'still figures when asked for less motion');
  assert.equal(await animations(), 0, 'nothing animated when asked for less motion');
  assert.deepEqual(await root(), { theme: 'dark', size: '20.8px', bg: 'rgb(17, 23, 22)' });

  await openSettings(page, 'display');
  await page.getByLabel('Animations').selectOption({ label: 'Same as my device' });
  await page.getByLabel('Colours').selectOption({ label: 'Same as my device' });
  await page.goto(`${app.url}exercises/glute-bridge`);
  await appReady(page);
  await page.locator('.figure.large.flipbook').waitFor();
  assert.ok((await animations()) > 0, 'the device allows motion');
  assert.equal((await root()).bg, 'rgb(246, 244, 239)', 'light, like the device');
  assert.deepEqual(errors, []);
  await context.close();
});

test('get-ready and rest lengths follow Settings', async () => {
  const { page, errors, context } = await phonePage(app.browser);
  await page.clock.install({ time: new Date('2026-11-25T08:00:00Z') });
  await openSettings(page, 'session');
  await page.getByLabel('Time to get ready before each exercise').selectOption({ label: '5 seconds' });
  await page.getByLabel('Rests between sets').selectOption({ label: 'Shorter' });
  await startRoutine(page, app.url, 'gentle-start');
  await page.getByRole('heading', { name: 'Pelvic tilt' }).waitFor();
  assert.equal((await page.locator('.ring-number').textContent()).trim(), '5');
  await page.clock.runFor(5_500);
  assert.equal(await page.locator('.player .eyebrow').textContent(), 'Set 1 of 2');
  await page.getByRole('button', { name: 'Done with this set' }).click();
  await page.getByText('Next: set 2 of 2').waitFor();
  // Gentle start rests 20 s between pelvic tilt sets; "Shorter" halves it.
  assert.equal((await page.locator('.ring-number').textContent()).trim(), '10');
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [width, text] of [[320, 100], [390, 200]]) test(`every screen fits ${width} px wide at ${text}% text without sideways scrolling`, async () => {
  const { page, context } = await seededPage(app.browser, STORED);
  await page.setViewportSize({ width, height: 700 });
  const problems = [];
  for (const path of SCREENS) {
    if (path.includes('#')) await page.goto('about:blank');
    await page.goto(`${app.url}${path}`);
    await appReady(page);
    await page.evaluate((t) => {
      document.documentElement.style.fontSize = `${t}%`;
    }, text);
    const overflow = await page.evaluate(() => {
      const wide = [...document.querySelectorAll('main *')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > document.documentElement.clientWidth + 1 && !el.closest('.chips:not(.wrap), .table-scroll, .chart-table, svg');
      });
      return {
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        first: wide.slice(0, 3).map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      };
    });
    if (overflow.page > 0 || overflow.first.length) problems.push(`/${path}: ${overflow.page}px ${overflow.first.join(' ')}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('buttons, links and choices are at least 44 px and show where the keyboard is', async () => {
  const { page, context } = await seededPage(app.browser, STORED);
  const small = [];
  for (const path of SCREENS) {
    if (path.includes('#')) await page.goto('about:blank');
    await page.goto(`${app.url}${path}`);
    await appReady(page);
    const found = await page.evaluate(() =>
      [...document.querySelectorAll('button, a.button, nav a, .chips button, label.option, select, input:not([type=radio]):not([type=checkbox])')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.height < 44 || r.width < 44)
        .map(({ el, r }) => `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`),
    );
    small.push(...found.map((f) => `/${path}: ${f}`));
  }
  assert.deepEqual(small, []);

  // Tab through Today: every stop has a visible focus ring.
  await page.goto(app.url);
  await appReady(page);
  const unseen = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement;
      if (el === document.body) return { name: 'out of the page', visible: true };
      const s = getComputedStyle(el);
      const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
      return { name: (el.textContent || el.getAttribute('aria-label') || el.tagName).trim().slice(0, 30), visible };
    });
    if (!f.visible) unseen.push(f.name);
  }
  assert.deepEqual(unseen, []);
  await context.close();
});

test('reading order: the player reads name, step, count, then controls; charts have their numbers', async () => {
  const { page, context } = await seededPage(app.browser, { 'limber.sessions': SESSION }, { now: new Date('2026-11-25T08:00:00Z') });
  await startRoutine(page, app.url, 'gentle-start');
  await page.clock.runFor(10_500);
  const tree = await page.locator('body').ariaSnapshot();
  // The ring is hidden from screen readers (it changes every second); the live region says
  // each step once instead.
  const order = ['button "Close"', 'Exercise 1 of 3', 'button "How"', 'heading "Pelvic tilt"', 'Set 1 of 2',
    'img "How Pelvic tilt looks"', 'button "Pause"', 'button "This hurts"', 'button "Done with this set"'];
  const at = order.map((s) => tree.indexOf(s));
  assert.ok(at.every((i) => i >= 0), `all present: ${order.filter((_, k) => at[k] < 0)}\n${tree}`);
  assert.deepEqual([...at].sort((a, b) => a - b), at, `in reading order:\n${tree}`);

  await page.goto(`${app.url}insights`);
  await appReady(page);
  // The drawing is hidden from screen readers; the table after it carries the numbers.
  assert.equal(await page.locator('figure.chart svg[aria-hidden="true"]').count(), await page.locator('figure.chart svg').count());
  const charts = await page.locator('figure.chart').count();
  assert.equal(await page.locator('figure.chart table caption').count(), charts);
  const insights = await page.locator('main').ariaSnapshot();
  assert.match(insights, /table "Pain before and after each session"[\s\S]*row "[^"]+ 4\/10 before, 3\/10 after"/);
  await context.close();
});
