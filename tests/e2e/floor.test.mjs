// A session from the floor (issue 34): what a routine needs is said before it starts, and the
// emergency advice calls the number where the person is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, seededPage, useApp } from './harness.mjs';

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

for (const [locale, number, words] of [
  ['en-US', '911', /^Call 911 or go to the emergency department now/],
  ['en-AU', '000', /^Call 000 or go to the emergency department now/],
  ['de', '112', /^Call your local emergency number \(112 works on mobile phones in many countries\)/],
]) {
  test(`the emergency advice calls ${number} on a phone set to ${locale}`, async () => {
    const { page, errors, context } = await seededPage(app.browser, stopped(), { now: NOW, locale });
    await page.goto(app.url);
    await appReady(page);
    const stop = page.getByRole('alert');
    await stop.getByRole('heading', { name: 'Please get emergency help now' }).waitFor();
    await stop.getByText(words).waitFor();
    const call = stop.getByRole('link', { name: `Call ${number}` });
    assert.equal(await call.getAttribute('href'), `tel:${number}`);
    const box = await call.boundingBox();
    assert.ok(box.height >= 44 && box.width >= 120, `a big button: ${box.width}x${box.height}`);
    if (locale === 'en-US') await page.screenshot({ path: 'target/screenshots/floor-emergency-call.png' });
    assert.deepEqual(errors, []);
    await context.close();
  });
}
