// What a moving exercise figure costs the phone: main-thread busy time in the player during
// 15 s of a hold, with the figure moving and with it still (reduced motion), at 1x CPU in
// Chromium. A hold is the longest time a person looks at one figure, and a cheap phone's CPU
// is about 4x slower than this machine's, so a few percent here is a good part of a core there.
//
//   node scripts/bench-player.mjs [DIST_DIR] [BASE_PATH]    serve a release build and measure
//   RUNS=3 (default) runs; prints each run and the medians.
//
// As a module: `playerBusy(browser, base)` with a Playwright browser (playwright-core, Debian's
// chromium) and the URL of a served release build ending in `/`. It reads Chromium's own
// counters (CDP Performance.getMetrics) before and after the 15 s: TaskDuration (time the
// renderer's main thread spent running tasks), LayoutCount and RecalcStyleCount.
import { pathToFileURL } from 'node:url';
import { appReady, launch, seededPage, startServer } from '../tests/e2e/harness.mjs';

/** How long each measurement lasts. */
const SPAN_MS = 15_000;
/**
 * A routine that opens with a hold: Evening wind-down starts with Child's pose, held 30 s, so
 * 15 s fit inside one hold with room to settle.
 */
const ROUTINE = 'evening-wind-down';
const HOLD = "Child's pose";

/** Settings with every cue that could cost time off (voice, tones, buzz) and motion forced. */
const settings = (motion) => JSON.stringify({ v: 1, data: { voice: false, sound: false, vibration: false, motion } });

async function metrics(cdp) {
  const { metrics: all } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(all.map((m) => [m.name, m.value]));
}

/**
 * Main-thread busy time (percent of wall time) and layouts and style recalculations per second
 * over 15 s of a hold step in the player, with the settings' motion `Full` (the figure's
 * flipbook and the ring's sweep animating) or `Reduce` (both still, the ring redrawn at each
 * clock tick).
 */
async function holdCost(browser, base, motion) {
  const { page, errors, context } = await seededPage(browser, { 'limber.settings': settings(motion) });
  try {
    await page.goto(`${base}play/${ROUTINE}`);
    await appReady(page);
    await page.getByRole('radio', { name: '3 out of 10, mild' }).check();
    await page.getByRole('radio', { name: 'No, none of these' }).check();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { name: HOLD }).waitFor();
    // Skip getting ready: the hold itself starts.
    await page.getByRole('button', { name: "I'm ready" }).click();
    await page.locator('.player[data-step="work"]').waitFor();
    await page.getByRole('img', { name: `How ${HOLD} looks` }).waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    // Let the step's first paint and any late chunk settle.
    await page.waitForTimeout(1000);
    const a = await metrics(cdp);
    await page.waitForTimeout(SPAN_MS);
    const b = await metrics(cdp);
    // Still the same hold: the numbers are of one step, not a step change.
    const step = await page.locator('.player').getAttribute('data-step');
    const title = await page.locator('.step-head h1').textContent();
    if (step !== 'work' || title.trim() !== HOLD) throw new Error(`the hold ended during the measurement (${step}, ${title})`);
    if (errors.length) throw new Error(`errors on the page: ${errors.join('; ')}`);
    const secs = b.Timestamp - a.Timestamp;
    return {
      busy: (100 * (b.TaskDuration - a.TaskDuration)) / secs,
      layouts: (b.LayoutCount - a.LayoutCount) / secs,
      styles: (b.RecalcStyleCount - a.RecalcStyleCount) / secs,
    };
  } finally {
    await context.close();
  }
}

/**
 * `{ moving, still, layoutsPerSecond }`: percent of main-thread busy time over 15 s of a hold
 * in the player, things moving (Settings > motion: Full) and still (Reduce). Prints both.
 */
export async function playerBusy(browser, base) {
  const moving = await holdCost(browser, base, 'Full');
  const still = await holdCost(browser, base, 'Reduce');
  const line = (name, r) =>
    `${name.padEnd(8)} main thread busy ${r.busy.toFixed(2).padStart(6)} %   layouts ${r.layouts.toFixed(1).padStart(5)} /s   style recalcs ${r.styles.toFixed(1).padStart(5)} /s`;
  console.log(line('moving', moving));
  console.log(line('still', still));
  return { moving: moving.busy, still: still.busy, layoutsPerSecond: { moving: moving.layouts, still: still.layouts } };
}

const median = (xs) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dist = 'dist', basePath = '/'] = process.argv.slice(2);
  const runs = Number(process.env.RUNS ?? 3);
  const server = await startServer(dist, basePath);
  const browser = await launch();
  try {
    const results = [];
    for (let i = 1; i <= runs; i++) {
      console.log(`run ${i} of ${runs} (${dist} at ${server.url})`);
      results.push(await playerBusy(browser, server.url));
    }
    const m = (f) => median(results.map(f));
    console.log(
      `median of ${runs}: moving ${m((r) => r.moving).toFixed(2)} %, still ${m((r) => r.still).toFixed(2)} %; ` +
        `moving - still ${m((r) => r.moving - r.still).toFixed(2)} points; layouts ${m((r) => r.layoutsPerSecond.moving).toFixed(1)} /s moving, ` +
        `${m((r) => r.layoutsPerSecond.still).toFixed(1)} /s still`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
