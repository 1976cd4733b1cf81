// Take phone-sized screenshots of a running build, to look at what a person sees.
//   node scripts/screenshot.mjs URL OUT.png [--dark] [--storage JSON-of-key-values] [--click "button text"]...
import { launch, phonePage } from '../tests/e2e/harness.mjs';

const [url, out, ...rest] = process.argv.slice(2);
const dark = rest.includes('--dark');
const storageAt = rest.indexOf('--storage');
const storage = storageAt >= 0 ? JSON.parse(rest[storageAt + 1]) : null;
const clicks = rest.flatMap((a, i) => (a === '--click' ? [rest[i + 1]] : []));

const browser = await launch();
const { page, context, errors } = await phonePage(browser);
await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
if (storage) {
  await page.addInitScript((kv) => {
    if (!sessionStorage.getItem('seeded')) {
      for (const [k, v] of Object.entries(kv)) localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }
  }, storage);
}
await page.goto(url);
await page.waitForTimeout(600);
for (const name of clicks) {
  await page.getByText(name, { exact: true }).first().click({ force: true });
  await page.waitForTimeout(300);
}
await page.screenshot({ path: out });
if (errors.length) console.error(errors);
await context.close();
await browser.close();
