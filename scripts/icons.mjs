// Draw the PNG app icons from the SVG sources with headless Chromium. The PNGs are committed,
// so builds need no browser; run this again after changing an SVG:
//   node scripts/icons.mjs
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const ICONS = [
  // [source, output, size]: "any" icons keep their rounded corners (transparent outside);
  // maskable ones and Apple's fill the square, because the system cuts its own shape.
  ['public/icon.svg', 'public/icons/icon-192.png', 192],
  ['public/icon.svg', 'public/icons/icon-512.png', 512],
  ['public/icons/maskable.svg', 'public/icons/maskable-192.png', 192],
  ['public/icons/maskable.svg', 'public/icons/maskable-512.png', 512],
  ['public/icons/maskable.svg', 'public/icons/apple-touch-icon.png', 180],
  ['public/icon.svg', 'target/icon-48.png', 48],
];

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [source, output, size] of ICONS) {
  const svg = (await readFile(source, 'utf8')).replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`);
  await writeFile(output, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
  console.log(`${output} (${size}px)`);
}
await browser.close();
