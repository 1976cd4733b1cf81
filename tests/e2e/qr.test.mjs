// A share link as a QR code: what another phone's camera reads from the screen is the exact
// link, for a typical routine and for the largest one a share link carries in plain words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { appReady, seededPage, useApp } from './harness.mjs';

const app = useApp();

/** Decode the QR code in a PNG screenshot. */
function decode(png) {
  const { data, width, height } = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), width, height)?.data;
}

/** Open a routine's share card, make the link, and return it with the code's decoded text. */
async function shareAndScan(page, id, name = '') {
  await page.goto(`${app.url}routines/${id}`);
  await appReady(page);
  await page.getByText('Share this routine').click();
  if (name) await page.getByLabel(/Your name/).fill(name);
  await page.getByRole('button', { name: 'Make the link' }).click();
  const link = await page.locator('input.share-link').inputValue();
  const code = page.locator('.qr-code');
  // To the top of the screen, clear of the Start bar and the navigation at the bottom.
  await code.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const box = await code.boundingBox();
  return { link, scanned: decode(await code.screenshot()), box };
}

test('a built-in routine\'s QR code scans back to its exact share link, big enough to read', async () => {
  const { page, errors, context } = await seededPage(app.browser, {});
  const { link, scanned, box } = await shareAndScan(page, 'core-basics', 'Dr Ng');
  // A built-in routine travels by its id, so it opens in the receiver's language.
  assert.match(link, /\/limber\/shared#v=2&r=core-basics&s=b&by=Dr%20Ng&x=/);
  assert.equal(scanned, link);
  // On a 390 px phone the code is about 300 CSS px across: some 5 cm on screen.
  assert.ok(box.width >= 280, `${box.width} px`);
  await page.getByRole('img', { name: 'QR code of the share link' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the largest routine a share link carries in plain words still scans back exactly', async () => {
  const now = Date.now();
  const words = (n) => 'word '.repeat(n / 5).trimEnd();
  const id = 'my-19ab1c2d3e4-000000ff';
  // The library's longest exercise ids, so the link is as long as plain words make it.
  const items = Array.from({ length: 20 }, (_, i) => ({
    exercise: ['double-knee-to-chest', 'hip-flexor-standing', 'hip-flexor-kneeling', 'walking'][i % 4],
    dose: i % 4 === 3
      ? { work: { timed: { mins: 10 } }, sets: 1, rest_secs: 0 }
      : { work: { reps: { reps: 12, secs_per_rep: 5 } }, sets: 3, rest_secs: 45 },
  }));
  const routines = JSON.stringify({
    v: 1,
    data: [{ id, created_at: now - 86_400_000, updated_at: now - 86_400_000,
      draft: { name: words(60).slice(0, 60), stage: 'Building', note: words(200).slice(0, 200), from: '', items } }],
  });
  const { page, errors, context } = await seededPage(app.browser, { 'limber.routines': routines });
  const { link, scanned } = await shareAndScan(page, id, words(60).slice(0, 60));
  assert.ok(link.length > 1_000, `${link.length} characters`);
  console.log(`the largest plain-words share link: ${link.length} characters`);
  assert.equal(scanned, link);
  assert.deepEqual(errors, []);
  await context.close();
});
