// WebKit (Safari's engine) and Firefox, driven over W3C WebDriver with selenium-webdriver:
// Playwright cannot drive Debian's builds of either. `ENGINE=webkit` or `ENGINE=firefox`.
//
// WebDriver has no init scripts, console capture or network switch, so the test server does
// the two things a page needs from outside: it puts a small probe at the top of every HTML
// page (before the Content-Security-Policy, which only governs what follows it) that records
// errors and lets a test move `Date.now()` on, and it can go offline (every request refused,
// as a phone with no signal sees it).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createServer } from 'node:net';
import { Builder, By, until } from 'selenium-webdriver';

export const ENGINE = process.env.ENGINE ?? 'firefox';
/** Where downloads land: Firefox is told so; WebKit's MiniBrowser saves to its home folder. */
export const DOWNLOADS = mkdtempSync(join(tmpdir(), `limber-${ENGINE}-downloads-`));
const WAIT = 20_000;

/** The probe, inlined into every HTML page the test server sends. */
export const PROBE = `<script>(function () {
  var errors = [];
  var notes = [];
  addEventListener('error', function (e) {
    var t = e.target;
    if (!t || t === window || !t.tagName) return errors.push('error: ' + (e.message || e.error || e.type));
    var what = '<' + t.tagName.toLowerCase() + (t.rel ? ' rel=' + t.rel : '') + '> ' + (t.src || t.href || '');
    // A preload is a hint: the app fetches the file itself, so a dropped hint is noted, not failed.
    if (/^(preload|modulepreload)$/.test(t.rel || '')) notes.push('preload dropped: ' + what);
    else errors.push('failed to load: ' + what);
  }, true);
  addEventListener('unhandledrejection', function (e) { errors.push('unhandled: ' + e.reason); });
  var report = console.error;
  console.error = function () { errors.push([].map.call(arguments, String).join(' ')); return report.apply(console, arguments); };
  var realNow = Date.now.bind(Date);
  var offset = Number(sessionStorage.getItem('probe-offset') || 0);
  Date.now = function () { return realNow() + offset; };
  window.__probe = {
    errors: errors,
    notes: notes,
    advance: function (ms) { offset += ms; sessionStorage.setItem('probe-offset', String(offset)); },
  };
})();</script>`;

async function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

async function waitForDriver(url, child) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`the WebDriver server exited with ${child.exitCode}`);
    try {
      const r = await fetch(`${url}/status`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`no WebDriver server at ${url}`);
}

/** The MiniBrowser that WebKitGTK installs in its library folder. */
export function miniBrowser() {
  const candidates = [
    process.env.WEBKIT_MINIBROWSER,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  ].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`no MiniBrowser in ${candidates.join(', ')}`);
  return found;
}

/** Start the engine's WebDriver server and one browser session at phone size. */
export async function startBrowser() {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child;
  let capabilities;
  if (ENGINE === 'webkit') {
    child = spawn(process.env.WEBKIT_DRIVER ?? 'WebKitWebDriver', [`--port=${port}`], {
      stdio: 'ignore',
      env: { ...process.env, HOME: DOWNLOADS },
    });
    capabilities = {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] },
    };
  } else if (ENGINE === 'firefox') {
    child = spawn(process.env.GECKODRIVER ?? 'geckodriver', ['--port', String(port), '--log', 'error'], { stdio: 'ignore' });
    capabilities = {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        args: ['-headless', '-width=390', '-height=844'],
        prefs: {
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'browser.download.folderList': 2,
          'browser.download.dir': DOWNLOADS,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          'browser.helperApps.neverAsk.saveToDisk': 'application/json,text/calendar,text/csv',
        },
      },
    };
  } else {
    throw new Error(`ENGINE must be webkit or firefox, not ${ENGINE}`);
  }
  await waitForDriver(url, child);
  const driver = await new Builder().usingServer(url).withCapabilities(capabilities).build();
  await driver.manage().setTimeouts({ script: WAIT, pageLoad: 60_000 });
  await driver
    .manage()
    .window()
    .setRect({ width: 390, height: 844 })
    .catch(() => {}); // WebKitGTK under Xvfb may refuse; the page still lays out
  return {
    driver,
    quit: async () => {
      await driver.quit().catch(() => {});
      child.kill();
    },
  };
}

// Finding things the way a person does: by their visible words or accessible names.
const xp = (s) => (s.includes("'") ? `concat('${s.split("'").join(`', "'", '`)}')` : `'${s}'`);

export const heading = (name) => By.xpath(`//*[self::h1 or self::h2 or self::h3][normalize-space(.)=${xp(name)}]`);
export const button = (name) => By.xpath(`//button[normalize-space(.)=${xp(name)} or @aria-label=${xp(name)}]`);
export const link = (name) => By.xpath(`//a[normalize-space(.)=${xp(name)} or @aria-label=${xp(name)}]`);
export const words = (part) => By.xpath(`//*[not(self::script)][contains(normalize-space(.), ${xp(part)})][not(*[contains(normalize-space(.), ${xp(part)})])]`);
/** A radio or checkbox, by its aria-label or its label's words. */
export const choice = (name) =>
  By.xpath(`//label[.//input[@aria-label=${xp(name)}]] | //label[.//input][normalize-space(.)=${xp(name)}]`);

export async function find(driver, locator, timeout = WAIT) {
  const el = await driver.wait(until.elementLocated(locator), timeout, `not found: ${locator}`);
  return driver.wait(until.elementIsVisible(el), timeout, `not visible: ${locator}`);
}

export async function click(driver, locator) {
  const el = await find(driver, locator);
  await driver.executeScript('arguments[0].scrollIntoView({block: "center"})', el);
  await driver.wait(until.elementIsEnabled(el), WAIT, `not enabled: ${locator}`);
  await el.click();
}

/** Wait until the wasm app has replaced the static first screen. */
export async function appReady(driver) {
  // WebKit's driver can report the static screen as stale while the app is removing it: that
  // is "not gone yet", so ask again.
  const gone = async () => {
    try {
      return (await driver.findElements(By.id('boot'))).length === 0;
    } catch (e) {
      if (e.name === 'StaleElementReferenceError') return false;
      throw e;
    }
  };
  await driver.wait(gone, 30_000, 'the static first screen stayed');
  await find(driver, By.css('main#main'));
}

export async function errors(driver) {
  const { errors, notes } = await driver.executeScript(
    'return window.__probe ? { errors: window.__probe.errors.slice(), notes: window.__probe.notes.slice() } : { errors: ["no probe on this page"], notes: [] }',
  );
  for (const note of notes) console.log(`${ENGINE}: ${note}`);
  return errors;
}

/** Move the page's clock on by `ms`, then give the app's timer a moment to see it. */
export async function advance(driver, ms) {
  await driver.executeScript('window.__probe.advance(arguments[0])', ms);
  await sleep(350);
}
