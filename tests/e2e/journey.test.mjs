// A person's first session, clicked through the way they would: by visible names and roles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, phonePage, useApp } from './harness.mjs';

const app = useApp();

test('complete the gentle routine and find it in History after a reload', async () => {
  const { page, errors, context } = await phonePage(app.browser);
  // Control the page clock, so timed holds and rests pass in milliseconds of real time.
  await page.clock.install({ time: new Date('2026-11-25T08:00:00Z') });
  await page.goto(app.url);
  await appReady(page);
  await page.getByRole('heading', { name: 'Today' }).waitFor();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Routines' }).click();
  assert.match(page.url(), /\/limber\/routines$/);
  await page.getByRole('link', { name: /Gentle start/ }).click();
  await page.getByRole('heading', { name: 'Gentle start' }).waitFor();
  await page.getByRole('link', { name: 'Start' }).click();

  // Pelvic tilt: two sets of reps with a rest between them.
  await page.getByRole('heading', { name: 'Pelvic tilt' }).waitFor();
  await page.getByText('Set 1 of 2', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByText('Rest', { exact: true }).waitFor();
  // Screen readers hear the change of phase once, through the polite live region.
  assert.equal(await page.locator('[aria-live="polite"]').first().textContent(), 'Rest for 20 seconds.');
  await page.getByRole('button', { name: 'Skip rest' }).click();
  await page.getByText('Set 2 of 2', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Done' }).click();

  // Glute bridge: let the rest run out on the clock this time.
  await page.getByRole('heading', { name: 'Glute bridge' }).waitFor();
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByText('Rest', { exact: true }).waitFor();
  await page.clock.runFor(31_000);
  await page.getByText('Set 2 of 2', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Done' }).click();

  // Knee-to-chest: four timed holds. Check the countdown, then let them all run out.
  await page.getByRole('heading', { name: 'Knee-to-chest stretch' }).waitFor();
  await page.getByText('Hold', { exact: true }).waitFor();
  // 5.5 s in (the screen refreshes every 200 ms), 14.5 to 14.7 s are left: shown as 15.
  await page.clock.runFor(5_500);
  assert.equal((await page.locator('.ring-number').textContent()).trim(), '15');
  await page.clock.runFor(95_000);

  await page.getByRole('heading', { name: 'Well done!' }).waitFor();
  await page.getByText('You did 3 of 3 exercises').waitFor();
  await page.getByRole('radio', { name: '2 out of 10, mild' }).check();
  await page.getByText('That level is fine to keep moving with.').waitFor();
  await page.getByRole('button', { name: 'Save session' }).click();

  await page.getByRole('heading', { name: 'History' }).waitFor();
  assert.match(page.url(), /\/limber\/history$/);
  const card = page.locator('li.session');
  await card.getByRole('heading', { name: 'Gentle start' }).waitFor();
  await card.getByText('3 of 3 exercises').waitFor();
  await card.getByText('Pain afterwards: 2/10').waitFor();

  await page.reload();
  await appReady(page);
  await page.locator('li.session').getByRole('heading', { name: 'Gentle start' }).waitFor();
  assert.equal(await page.locator('li.session').count(), 1);
  await page.getByText('Pain afterwards: 2/10').waitFor();

  assert.deepEqual(errors, []);
  await context.close();
});

test('ending early saves a partial session that shows what was skipped', async () => {
  const { page, errors, context } = await phonePage(app.browser);
  await page.goto(`${app.url}play/gentle-start`);
  await appReady(page);
  await page.getByRole('heading', { name: 'Pelvic tilt' }).waitFor();
  await page.getByRole('button', { name: 'Skip this exercise' }).click();
  await page.getByRole('heading', { name: 'Glute bridge' }).waitFor();
  await page.getByRole('button', { name: 'Done' }).click();
  // No bottom navigation during a session, and ending asks first.
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).count(), 0);
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'Keep going' }).click();
  await page.getByRole('heading', { name: 'Glute bridge' }).waitFor();
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'Yes, end it' }).click();
  await page.getByRole('heading', { name: 'Session ended' }).waitFor();
  await page.getByRole('button', { name: 'Save session' }).click();
  const card = page.locator('li.session');
  await card.getByText('1 of 3 exercises').waitFor();
  await card.getByText('Pain afterwards: not recorded').waitFor();
  await card.getByText('Skipped: Pelvic tilt, Knee-to-chest stretch').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("\"Don't save\" leaves history untouched", async () => {
  const { page, errors, context } = await phonePage(app.browser);
  await page.goto(`${app.url}play/gentle-start`);
  await appReady(page);
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'Yes, end it' }).click();
  await page.getByRole('link', { name: "Don't save" }).click();
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  await page.getByText('No sessions yet.', { exact: false }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('limber.sessions')), null);
  assert.deepEqual(errors, []);
  await context.close();
});
