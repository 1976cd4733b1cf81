// The core journeys in WebKit (Safari's engine) and Firefox: many people use Limber on an
// iPhone. Run with ENGINE=webkit (under a display, e.g. xvfb-run) or ENGINE=firefox.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { By } from 'selenium-webdriver';
import { startServer } from '../e2e/harness.mjs';
import { words as catalog } from '../e2e/words.mjs';
import { DOWNLOADS, ENGINE, PROBE, advance, appReady, button, choice, click, errors, find, heading, link, startBrowser, words } from './webdriver.mjs';

let server;
let browser;
let driver;

before(async () => {
  server = await startServer(process.env.DIST ?? 'dist', process.env.BASE_PATH ?? '/', { headStart: PROBE });
  browser = await startBrowser();
  driver = browser.driver;
});

after(async () => {
  await browser?.quit();
  await server?.close();
});

/** Start each journey as a new person: nothing stored, no service worker, clock at now. */
async function freshStart() {
  await driver.get(server.url);
  await appReady(driver);
  await driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    localStorage.clear();
    sessionStorage.clear();
    const regs = navigator.serviceWorker ? navigator.serviceWorker.getRegistrations() : Promise.resolve([]);
    regs.then((all) => Promise.all(all.map((r) => r.unregister())))
      .then(() => (self.caches ? caches.keys().then((k) => Promise.all(k.map((n) => caches.delete(n)))) : null))
      .then(() => done(), () => done());
  `);
  await driver.get(server.url);
  await appReady(driver);
}

async function noErrors() {
  assert.deepEqual(await errors(driver), [], `${ENGINE}: errors on the page`);
}

const mainHeading = async () => (await find(driver, By.css('main h1'))).getText();

test(`${ENGINE}: a first visit shows Today and its first step`, async () => {
  await freshStart();
  await find(driver, heading('Today'));
  await find(driver, link('Get started'));
  await find(driver, By.css('nav[aria-label="Main"]'));
  await noErrors();
});

test(`${ENGINE}: the first run makes a plan and Today offers its routine`, async () => {
  await freshStart();
  await click(driver, link('Get started'));
  await find(driver, heading('Welcome to Limber'));
  await click(driver, button("Let's start"));
  await find(driver, heading('First, a safety check'));
  await click(driver, choice('No, none of these'));
  await click(driver, button('Next'));
  await find(driver, heading('Where you are now'));
  await click(driver, choice('5 out of 10, moderate'));
  await click(driver, choice('Longer than 6 weeks'));
  await click(driver, choice('Some walking and everyday jobs'));
  await click(driver, button('Next'));
  await find(driver, heading("What's hard at the moment?"));
  await click(driver, button('Next'));
  await find(driver, heading('When suits you?'));
  // Every day a plan day, so Today leads with the routine whatever weekday the test runs on
  // (on a rest day it leads with rest and the walk).
  for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']) await click(driver, choice(day));
  await click(driver, button('Make my plan'));
  await find(driver, heading('Your plan is ready'));
  await click(driver, link('Go to Today'));
  await find(driver, heading('Today'));
  await find(driver, By.css('article.routine-card h2, article.routine-card h3'));
  const stored = await driver.executeScript('return localStorage.getItem("limber.plan")');
  assert.match(stored, /"days"/, 'the plan is stored');
  await noErrors();
});

test(`${ENGINE}: a whole routine on a moving clock is saved, and History keeps it after a reload`, async () => {
  await freshStart();
  await driver.get(`${server.url}play/gentle-start`);
  await appReady(driver);
  await find(driver, heading('Before you start'));
  await click(driver, choice('3 out of 10, mild'));
  await click(driver, choice('No, none of these'));
  await click(driver, button('Start'));
  await find(driver, heading('Pelvic tilt'));
  // The player fits the screen in this engine too: its bar is in view without scrolling.
  const fits = await driver.executeScript(`
    const bar = [...document.querySelectorAll('.bar-actions > button, .transport > button')];
    return bar.length >= 3 && bar.every((b) => { const r = b.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight && r.right <= innerWidth; })
      && document.scrollingElement.scrollHeight <= innerHeight + 1;`);
  assert.equal(fits, true, 'the player bar is on screen with nothing to scroll');
  const done = heading('Well done!');
  for (let i = 0; i < 60 && (await driver.findElements(done)).length === 0; i++) await advance(driver, 20_000);
  await find(driver, done);
  await click(driver, choice('2 out of 10, mild'));
  await click(driver, choice('About right'));
  await click(driver, button('Save session'));
  await find(driver, heading("What's next"));
  await click(driver, link('See it in your history'));
  await find(driver, heading('History'));
  await find(driver, words('Pain: 3/10 before, 2/10 after'));

  await driver.navigate().refresh();
  await appReady(driver);
  await find(driver, words('Pain: 3/10 before, 2/10 after'));
  assert.equal((await driver.findElements(By.css('li.session'))).length, 1);
  assert.equal(await driver.executeScript('return localStorage.getItem("limber.active-session")'), null);
  await noErrors();
});

test(`${ENGINE}: a deep link straight to a lazy screen opens it`, async () => {
  await freshStart();
  await driver.get(`${server.url}routines/gentle-start`);
  await appReady(driver);
  await find(driver, heading('Gentle start'));
  await driver.get(`${server.url}settings`);
  await appReady(driver);
  await find(driver, heading('Settings'));
  await noErrors();
});

test(`${ENGINE}: an exercise's figure is drawn as a body, and moves`, async () => {
  await freshStart();
  await driver.get(`${server.url}exercises/clamshell`);
  await appReady(driver);
  await find(driver, heading('Clamshell'));
  await find(driver, By.css('.figure.large svg path.torso'));
  // The markup is set as the inner HTML of a box holding the flipbook's pictures: each engine
  // must parse every picture as SVG (a real box for the body), and run the CSS animations
  // that cross-fade them (only opacity, so the compositor can run them).
  const drawn = await driver.executeScript(`
    const figure = document.querySelector('.figure.large');
    const pictures = [...figure.querySelectorAll('svg:not(.over)')];
    const box = (svg) => { const b = svg.querySelector('path.torso').getBBox(); return [b.width, b.height]; };
    const animations = figure.getAnimations({ subtree: true });
    return {
      flipbook: figure.classList.contains('flipbook') && figure.getAttribute('role') === 'img',
      pictures: pictures.length,
      hidden: pictures.every((svg) => svg.getAttribute('aria-hidden') === 'true'),
      torso: box(pictures[0]),
      eyes: pictures.every((svg) => svg.querySelectorAll('path.eyes').length === 1),
      running: animations.filter((a) => a.playState === 'running').length,
      opacity: animations.every((a) => a.effect.getKeyframes().every((k) => Object.keys(k).includes('opacity'))),
      times: animations.map((a) => Number(a.currentTime)),
      smil: figure.querySelectorAll('animate').length,
    };
  `);
  assert.ok(drawn.flipbook, `${ENGINE}: the moving figure is not one named flipbook`);
  assert.ok(drawn.pictures >= 2 && drawn.hidden, `${ENGINE}: ${drawn.pictures} pictures`);
  assert.ok(drawn.torso[0] > 10 && drawn.torso[1] > 5, `${ENGINE}: torso box ${drawn.torso}`);
  assert.ok(drawn.eyes, `${ENGINE}: a picture without its eyes`);
  assert.equal(drawn.running, drawn.pictures - 1, `${ENGINE}: every picture after the first fades in and out`);
  assert.ok(drawn.opacity, `${ENGINE}: an animation of something other than opacity`);
  assert.equal(drawn.smil, 0);
  // The loop's clock runs: a moment later every animation is further on.
  await sleep(300);
  const later = await driver.executeScript(`return document.querySelector('.figure.large').getAnimations({ subtree: true }).map((a) => Number(a.currentTime));`);
  assert.ok(later.every((t, i) => t > drawn.times[i]), `${ENGINE}: the loop stands still (${drawn.times} then ${later})`);

  // Less motion in Settings: one still drawing, nothing animated.
  await driver.executeScript(`localStorage.setItem('limber.settings', JSON.stringify({ v: 1, data: { motion: 'Reduce' } }));`);
  await driver.navigate().refresh();
  await appReady(driver);
  await find(driver, By.css('svg.figure.large path.torso'));
  const still = await driver.executeScript(`
    const figure = document.querySelector('.figure.large');
    return { svg: figure.tagName.toLowerCase(), ghosts: figure.querySelectorAll('.ghost').length, animations: figure.getAnimations({ subtree: true }).length };
  `);
  assert.deepEqual(still, { svg: 'svg', ghosts: 1, animations: 0 }, `${ENGINE}: reduced motion`);
  await noErrors();
});

test(`${ENGINE}: after one visit every screen opens offline`, async () => {
  await freshStart();
  const controlled = 'return !!(navigator.serviceWorker && navigator.serviceWorker.controller)';
  await driver.wait(async () => driver.executeScript(controlled), 30_000, 'no service worker took control');
  // The worker's precache of every chunk is done when it has taken control.
  server.setOffline(true);
  try {
    for (const [path, name] of [
      ['routines/gentle-start', 'Gentle start'],
      ['history', 'History'],
      ['settings', 'Settings'],
    ]) {
      await driver.get(`${server.url}${path}`);
      await appReady(driver);
      await find(driver, heading(name));
    }
    await click(driver, link('Today'));
    await find(driver, heading('Today'));
  } finally {
    server.setOffline(false);
  }
  await noErrors();
});

test(`${ENGINE}: a file that isn't a backup is refused and nothing changes`, async () => {
  await freshStart();
  await driver.get(`${server.url}settings/data`);
  await appReady(driver);
  await find(driver, heading('Your data'));
  const dir = mkdtempSync(join(tmpdir(), 'limber-engine-'));
  const file = join(dir, 'other.json');
  writeFileSync(file, '{"hello": "world"}');
  const picker = await driver.wait(async () => (await driver.findElements(By.css('input[type="file"]')))[0], 20_000, 'no file picker');
  await picker.sendKeys(file);
  const alert = await find(driver, By.xpath(`//*[@role='alert'][contains(., 'not a Limber backup')]`));
  assert.match(await alert.getText(), /not a Limber backup/);
  assert.equal((await driver.findElements(button('Add to my history'))).length, 0);
  assert.equal(await driver.executeScript('return localStorage.getItem("limber.sessions")'), null);
  await sleep(100);
  assert.notEqual(await mainHeading(), '');
  await noErrors();
});

test(`${ENGINE}: Export backup saves a file that holds the history`, async () => {
  await freshStart();
  const fixture = readFileSync(new URL('../fixtures/sessions-v1.json', import.meta.url), 'utf8');
  await driver.executeScript('localStorage.setItem("limber.sessions", arguments[0])', fixture);
  await driver.get(`${server.url}settings/data`);
  await appReady(driver);
  await find(driver, words('3 sessions are saved here.'));
  await click(driver, button('Export backup'));
  {
    // The file itself: a download cut off by the page (say, its address revoked too soon)
    // leaves nothing, or only a partial file, here.
    let saved = [];
    for (let i = 0; i < 50 && saved.length === 0; i++) {
      saved = readdirSync(DOWNLOADS).filter((f) => /^limber-backup-.*\.json$/.test(f));
      if (saved.length === 0) await sleep(100);
    }
    assert.equal(saved.length, 1, `one backup file in ${DOWNLOADS}: ${readdirSync(DOWNLOADS)}`);
    const backup = JSON.parse(readFileSync(join(DOWNLOADS, saved[0]), 'utf8'));
    assert.equal(backup.sessions.length, 3);
  }
  await noErrors();
});

test(`${ENGINE}: in French, a whole routine is done and saved in French words, and the page says it is French`, async () => {
  await freshStart();
  const w = await catalog('fr');
  const pain = (n, word) => w('today-pain-option', { pain: n, word: w(`today-pain-word-${word}`) });
  await driver.executeScript(`localStorage.setItem('limber.settings', JSON.stringify({ v: 1, data: { language: 'fr', voice: false } }))`);
  await driver.get(`${server.url}play/gentle-start`);
  await appReady(driver);
  await find(driver, heading(w('session-check-title')));
  assert.equal(await driver.executeScript('return document.documentElement.lang'), 'fr');
  await click(driver, choice(pain(3, 'mild')));
  await click(driver, choice(w('coach-safety-answer-none')));
  await click(driver, button(w('session-start')));
  await find(driver, heading(w('exercise-pelvic-tilt')));
  const done = heading(w('session-after-well-done'));
  for (let i = 0; i < 60 && (await driver.findElements(done)).length === 0; i++) await advance(driver, 20_000);
  await find(driver, done);
  await click(driver, choice(pain(2, 'mild')));
  await click(driver, choice(w('records-feeling-about-right')));
  await click(driver, button(w('session-after-save')));
  await find(driver, heading(w('session-next-title')));
  assert.equal(await driver.executeScript('return JSON.parse(localStorage.getItem("limber.sessions")).data.length'), 1);
  await noErrors();
});
