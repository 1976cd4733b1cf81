// The frame around the app: first paint before wasm, the sub-path, navigation, 404, and
// damaged storage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, phonePage, useApp } from './harness.mjs';

const app = useApp();

test('the static first screen shows before (and without) the wasm', async () => {
  const { page, context } = await phonePage(app.browser);
  // Hold the wasm back entirely: what the person sees must not depend on it.
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(app.url);
  await page.getByRole('heading', { name: 'Limber' }).waitFor();
  await page.getByText('Gentle, guided exercise for low back pain').waitFor();
  await page.getByRole('status', { name: 'Loading Limber' }).waitFor();
  await context.close();
});

test('bottom navigation reaches all five screens under the /limber/ sub-path', async () => {
  const { page, errors, context } = await phonePage(app.browser);
  await page.goto(app.url);
  await appReady(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [name, path] of [
    ['Routines', 'routines'],
    ['History', 'history'],
    ['Learn', 'learn'],
    ['Settings', 'settings'],
    ['Today', ''],
  ]) {
    await nav.getByRole('link', { name }).click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/limber/${path}`);
    assert.equal(await nav.getByRole('link', { name }).getAttribute('aria-current'), 'page');
  }
  // The one-time note that this is general guidance, not a diagnosis.
  await page.getByText('Limber gives general guidance, not a diagnosis.').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('moving around stays in the page: a new screen opens at its top, Back and Forward work', async () => {
  const { page, errors, context } = await phonePage(app.browser);
  await page.goto(`${app.url}exercises`);
  await appReady(page);
  await page.getByRole('heading', { name: 'Exercises', level: 1 }).waitFor();
  // Gone after any page load: every move below must happen inside the running app.
  await page.evaluate(() => (window.stayed = true));
  // Far down the list, open an exercise: its page starts at the top, as a page load would.
  const last = page.locator('a.exercise-row').last();
  await last.scrollIntoViewIfNeeded();
  assert.ok((await page.evaluate(() => scrollY)) > 400);
  await last.click();
  await page.waitForURL(/\/limber\/exercises\/[a-z0-9-]+$/);
  const exercise = new URL(page.url()).pathname;
  await page.locator('h1').filter({ hasNotText: 'Exercises' }).waitFor();
  assert.equal(await page.evaluate(() => scrollY), 0);
  await page.goBack();
  await page.getByRole('heading', { name: 'Exercises', level: 1 }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/limber/exercises');
  assert.equal(await page.getByRole('link', { name: 'Exercises', exact: true }).getAttribute('aria-current'), 'page');
  await page.goForward();
  await page.locator('h1').filter({ hasNotText: 'Exercises' }).waitFor();
  assert.equal(new URL(page.url()).pathname, exercise);
  assert.equal(await page.evaluate(() => window.stayed), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unknown address shows a friendly 404 with a way home', async () => {
  const { page, context } = await phonePage(app.browser);
  await page.goto(`${app.url}no/such/page`);
  await appReady(page);
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  await page.getByRole('link', { name: 'Go to Today' }).click();
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  await context.close();
});

test('damaged history is kept aside and explained, not lost', async () => {
  const { page, context } = await phonePage(app.browser);
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('limber.sessions', '{"v":1,"data":[{"id":"a","start');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto(app.url);
  await appReady(page);
  const alert = page.getByRole('alert');
  await alert.getByText(/couldn't be read/).waitFor();
  await alert.getByText(/Nothing was deleted/).waitFor();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('limber.quarantine.sessions.'))
      .map((k) => localStorage.getItem(k)),
  );
  assert.deepEqual(kept, ['{"v":1,"data":[{"id":"a","start']);
  // The unreadable data can be downloaded exactly as it was.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download it' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^limber\.quarantine\.sessions\.\d+\.txt$/);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await alert.waitFor({ state: 'detached' });
  await context.close();
});
