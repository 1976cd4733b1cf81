// Contact sheets of the exercise figures: every exercise's start, middle and end frame and
// its still drawing, 12 exercises to a PNG, to look at against each exercise's steps.
//   node scripts/figure-sheet.mjs [OUT_DIR]     (default target/figure-sheet)
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from '../tests/e2e/harness.mjs';

const out = resolve(process.argv[2] ?? 'target/figure-sheet');
execFileSync('cargo', ['test', '--quiet', '--lib', 'write_figure_sheet', '--', '--ignored'], {
  stdio: 'inherit',
  env: { ...process.env, FIGURE_SHEET_DIR: out },
});
const pages = readdirSync(out).filter((f) => /^sheet-\d+\.html$/.test(f)).sort();
const browser = await launch();
for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 1060, height: 900 }, colorScheme: scheme });
  for (const file of pages) {
    await page.goto(`file://${out}/${file}`);
    const png = `${out}/${file.replace('.html', scheme === 'dark' ? '-dark.png' : '.png')}`;
    await page.screenshot({ path: png, fullPage: true });
    console.log(png);
  }
  await page.close();
}
await browser.close();
