// Installable and offline: the manifest and icons, the Content-Security-Policy, the service
// worker (offline after the first visit, and the "Update ready" prompt when a new build is
// deployed), the home-screen app's offer to restore a backup, and a build served at the root.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appReady, launch, phonePage, seededPage, startRoutine, startServer, useApp } from './harness.mjs';

const app = useApp();
const DIST = process.env.DIST ?? 'dist';

/** Wait until the service worker controls the page (the first visit installs it). */
async function offlineReady(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, null, {
    timeout: 20_000,
  });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buffer) {
  assert.equal(buffer.subarray(1, 4).toString(), 'PNG', 'a PNG file');
  return [buffer.readUInt32BE(16), buffer.readUInt32BE(20)];
}

test('the manifest describes an installable app and every icon loads', async () => {
  const { page, context } = await phonePage(app.browser);
  await page.goto(app.url);
  await appReady(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href, page.url());
  assert.equal(manifestUrl.pathname, '/limber/manifest.webmanifest');
  const response = await context.request.get(manifestUrl.href);
  assert.equal(response.status(), 200);
  const manifest = await response.json();
  assert.equal(manifest.short_name, 'Limber');
  assert.match(manifest.name, /Limber/);
  assert.ok(manifest.description.length > 20);
  assert.equal(manifest.display, 'standalone');
  // Relative, so the same file works at the root and under a sub-path.
  assert.equal(new URL(manifest.start_url, manifestUrl).pathname, '/limber/');
  assert.equal(new URL(manifest.scope, manifestUrl).pathname, '/limber/');
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/);
  assert.match(manifest.background_color, /^#[0-9a-f]{6}$/);
  assert.deepEqual(manifest.categories, ['health', 'fitness']);

  const wanted = [
    ['192x192', 'any', 'image/png'],
    ['512x512', 'any', 'image/png'],
    ['192x192', 'maskable', 'image/png'],
    ['512x512', 'maskable', 'image/png'],
    ['any', 'any', 'image/svg+xml'],
  ];
  for (const [sizes, purpose, type] of wanted) {
    const icon = manifest.icons.find((i) => i.sizes === sizes && i.purpose === purpose && i.type === type);
    assert.ok(icon, `an icon ${sizes} ${purpose} ${type}`);
    const file = await context.request.get(new URL(icon.src, manifestUrl).href);
    assert.equal(file.status(), 200, icon.src);
    assert.equal(file.headers()['content-type'], type);
    if (type === 'image/png') assert.deepEqual(pngSize(await file.body()), sizes.split('x').map(Number));
  }

  // iOS reads its own tags.
  const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  const touchIcon = await context.request.get(new URL(touch, page.url()).href);
  assert.deepEqual(pngSize(await touchIcon.body()), [180, 180]);
  assert.equal(await page.locator('meta[name="apple-mobile-web-app-capable"]').getAttribute('content'), 'yes');
  assert.equal(await page.locator('meta[name="apple-mobile-web-app-title"]').getAttribute('content'), 'Limber');
  await context.close();
});

test('a strict Content-Security-Policy: no inline code without a hash, no eval, no other origins', async () => {
  const { page, errors, context } = await phonePage(app.browser);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(app.url);
  await appReady(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'|https?:|\*/);
  // Walk through the screens that draw the most: figures, charts, the player.
  for (const path of ['routines', 'exercises/glute-bridge', 'history', 'insights', 'settings', 'play/gentle-start']) {
    await page.goto(`${app.url}${path}`);
    await appReady(page);
  }
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('after the first visit the app works offline: a whole routine is done and saved', async () => {
  const { page, errors, context } = await phonePage(app.browser);
  await page.goto(app.url);
  await appReady(page);
  await offlineReady(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(new URL(scope).pathname, '/limber/', 'the worker covers exactly the app');

  await context.setOffline(true);
  // A deep link, reloaded with no network at all.
  await page.goto(`${app.url}routines/gentle-start`);
  await appReady(page);
  await page.getByRole('heading', { name: 'Gentle start' }).waitFor();

  await page.clock.install({ time: new Date('2026-11-25T08:00:00Z') });
  await startRoutine(page, app.url, 'gentle-start');
  await page.getByRole('heading', { name: 'Pelvic tilt' }).waitFor();
  await page.clock.runFor(600_000);
  await page.getByRole('heading', { name: 'Well done!' }).waitFor();
  await page.getByRole('radio', { name: '2 out of 10, mild' }).check();
  await page.getByRole('button', { name: 'Save session' }).click();
  await page.getByRole('link', { name: 'See it in your history' }).click();
  await page.getByRole('heading', { name: 'History' }).waitFor();

  await page.reload();
  await appReady(page);
  await page.locator('li.session').getByRole('heading', { name: 'Gentle start' }).waitFor();
  assert.equal(await page.locator('li.session').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

/** A copy of the build with one visible change, its worker list and version made anew. */
function secondBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'limber-build2-'));
  cpSync(DIST, dir, { recursive: true });
  const index = join(dir, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('</head>', '<meta name="limber-build" content="2" /></head>'));
  cpSync('public/sw.js', join(dir, 'sw.js'));
  execFileSync('node', ['scripts/post-build.mjs', dir]);
  return dir;
}

test('a new build is announced with "Update ready", never during a session, and Reload swaps to it', async () => {
  const server = await startServer(DIST, '/limber/');
  const build2 = secondBuild();
  const { page, errors, context } = await phonePage(app.browser);
  try {
    await page.goto(server.url);
    await appReady(page);
    await offlineReady(page);
    const prompt = page.getByRole('status').filter({ hasText: 'Update ready' });
    assert.equal(await prompt.count(), 0, 'nothing to update on the first visit');

    // Deploy the new build while a session is open: it downloads, but says nothing yet.
    server.serve(build2);
    await page.goto(`${server.url}play/gentle-start`);
    await appReady(page);
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null, null, { timeout: 20_000 });
    await page.getByRole('heading', { name: 'Before you start' }).waitFor();
    assert.equal(await prompt.count(), 0, 'no prompt in the player');
    assert.equal(await page.locator('meta[name="limber-build"]').count(), 0, 'still the old build');

    // Back on Today (a fresh load: the waiting version still does not take over by itself).
    await page.goto(server.url);
    await appReady(page);
    await prompt.waitFor();
    assert.equal(await page.locator('meta[name="limber-build"]').count(), 0, 'still the old build');
    // Not asked yet, so a reload keeps the old version too.
    await page.reload();
    await appReady(page);
    await prompt.waitFor();
    assert.equal(await page.locator('meta[name="limber-build"]').count(), 0, 'still the old build after a reload');
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await page.locator('meta[name="limber-build"]').waitFor({ state: 'attached' });
    await appReady(page);
    assert.equal(await prompt.count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.close();
    rmSync(build2, { recursive: true, force: true });
  }
});

test('install hint: a backup from the browser tab is restored in the empty home-screen app', async () => {
  // In the browser tab: history is there, and Settings says to save a backup before installing.
  const plan = {
    pain_now: 4, duration: 'Longer', activity: 'Some', activities: [{ name: 'Putting on socks', score: 4 }],
    days: [true, false, true, false, true, false, false], minute_of_day: 450, red_flag_checked: false,
    stage: 'Building', cardio_start_min: 15, created_at: Date.now() - 86_400_000, utc_offset_min: 0,
  };
  const tab = await seededPage(app.browser, {
    'limber.sessions': readFileSync('tests/fixtures/sessions-v1.json', 'utf8'),
    'limber.plan': JSON.stringify({ v: 1, data: plan }),
    'limber.settings': JSON.stringify({ v: 1, data: { text_size: 115, voice: false } }),
  });
  await tab.page.goto(`${app.url}settings/install`);
  await appReady(tab.page);
  assert.equal(await tab.page.getByRole('region', { name: 'Used Limber before?' }).count(), 0, 'no restore offer in a browser tab');
  await tab.page.getByRole('heading', { name: 'Add to home screen', level: 1 }).waitFor();
  const card = tab.page.locator('.card.install');
  await card.getByText('First, save a backup.').waitFor();
  const [download] = await Promise.all([
    tab.page.waitForEvent('download'),
    card.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^limber-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backupPath = join(mkdtempSync(join(tmpdir(), 'limber-')), download.suggestedFilename());
  await download.saveAs(backupPath);
  await card.getByRole('status').getByText('Backup saved.').waitFor();
  assert.deepEqual(tab.errors, []);
  await tab.context.close();

  // Added to the home screen on an iPhone: its own empty storage, and Safari's standalone flag.
  const { page, errors, context } = await phonePage(app.browser);
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true }));
  await page.goto(app.url);
  await appReady(page);
  const offer = page.getByRole('region', { name: 'Used Limber before?' });
  await offer.getByText('starts empty').waitFor();
  await offer.getByText('still there, safe').waitFor();
  await offer.getByLabel('Choose a backup file (.json)').setInputFiles(backupPath);
  await offer.getByText('3 sessions').first().waitFor();
  await offer.getByText('Also your plan and your settings.').waitFor();
  await offer.getByRole('button', { name: 'Add to my history' }).click();
  await page.getByText(/^Last session:/).waitFor();
  assert.equal(await offer.count(), 0, 'the offer goes once there is history');
  await page.getByRole('status').getByText('Welcome back: your history is here.').waitFor();
  // The plan and settings came along: nothing to set up again.
  await page.getByText('Your plan: Mon, Wed and Fri at 07:30.').waitFor();
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '18.4px');
  // The install hint belongs to the browser, not the installed app.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: /^Your data/ }).getByText('3 sessions kept on this device').waitFor();
  assert.equal(await page.getByRole('link', { name: /^Add to home screen/ }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('someone new in the home-screen app says so once and is not asked again', async () => {
  const { page, errors, context } = await phonePage(app.browser);
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true }));
  await page.goto(app.url);
  await appReady(page);
  await page.getByRole('button', { name: "I'm new here, start fresh" }).click();
  await page.getByRole('region', { name: 'Used Limber before?' }).waitFor({ state: 'detached' });
  await page.reload();
  await appReady(page);
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  assert.equal(await page.getByRole('region', { name: 'Used Limber before?' }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a build for the root of a domain works, deep links included, with the worker scoped to /', async (t) => {
  const rootDist = process.env.DIST_ROOT;
  if (!rootDist) {
    t.skip('DIST_ROOT not set (scripts/test.sh builds it)');
    return;
  }
  const server = await startServer(rootDist, '/');
  const browser = await launch();
  const { page, errors, context } = await phonePage(browser);
  try {
    await page.goto(`${server.url}history`);
    await appReady(page);
    await page.getByRole('heading', { name: 'History', level: 1 }).waitFor();
    await offlineReady(page);
    assert.equal(await page.evaluate(async () => new URL((await navigator.serviceWorker.ready).scope).pathname), '/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Routines' }).click();
    await page.getByRole('heading', { name: 'Routines', level: 1 }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/routines');
    await page.reload();
    await appReady(page);
    await page.getByRole('heading', { name: 'Routines', level: 1 }).waitFor();
    const manifest = await context.request.get(`${server.url}manifest.webmanifest`);
    assert.equal((await manifest.json()).start_url, './');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await browser.close();
    await server.close();
  }
});
