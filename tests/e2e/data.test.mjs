// Data that is never lost: migration on load, export and import, bad files, a full quota
// and two tabs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appReady, phonePage, seededPage, useApp } from './harness.mjs';

const app = useApp();
const FIXTURE_V1 = await readFile(new URL('../fixtures/sessions-v1.json', import.meta.url), 'utf8');

const seeded = (kv) => seededPage(app.browser, kv);

const sessionCards = (page) => page.locator('li.session');

test('first-format history is read after an update, exported, deleted and imported back', async () => {
  const { page, errors, context } = await seeded({ 'limber.sessions': FIXTURE_V1 });
  await page.goto(`${app.url}history`);
  await appReady(page);
  assert.equal(await sessionCards(page).count(), 3);
  // The note with HTML in it is shown as text.
  await page.getByText('<b>hips</b> tight').waitFor();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: /^Your data/ }).click();
  await page.getByText('3 sessions are saved here.').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export backup' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^limber-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const dir = await mkdtemp(join(tmpdir(), 'limber-'));
  const file = join(dir, 'backup.json');
  await download.saveAs(file);
  const backup = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(backup.kind, 'limber-backup');
  assert.equal(backup.count, 3);

  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByText('This deletes 3 sessions and their notes, your own routines and your weight log from this device.', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await page.getByText('Deleted 3 sessions from this device.').waitFor();
  await page.getByText('No sessions are saved here yet.').waitFor();

  await page.getByLabel('Choose a backup file (.json)').setInputFiles(file);
  await page.getByText('In the file: 3 sessions, 3 new, 0 conflicts.').waitFor();
  await page.getByRole('button', { name: 'Add to my history' }).click();
  await page.getByText('Done: 3 new sessions added.').waitFor();
  await page.getByText('3 sessions are saved here.').waitFor();

  // Importing the same file again adds nothing.
  await page.getByLabel('Choose a backup file (.json)').setInputFiles(file);
  await page.getByText('In the file: 3 sessions, 0 new, 0 conflicts.').waitFor();
  await page.getByRole('button', { name: 'Add to my history' }).click();
  await page.getByText('Done: 0 new sessions added.').waitFor();

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const csvPath = join(dir, 'sessions.csv');
  await csv.saveAs(csvPath);
  const lines = (await readFile(csvPath, 'utf8')).trim().split(/\r?\n/);
  assert.equal(lines.length, 4);
  assert.match(lines[0], /^date,time,routine/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('every kind of bad import file gets a clear message and changes nothing', async () => {
  const { page, errors, context } = await seeded({ 'limber.sessions': FIXTURE_V1 });
  await page.goto(`${app.url}settings/data`);
  await appReady(page);
  await page.getByText('3 sessions are saved here.').waitFor();
  const good = await (async () => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()]);
    const p = join(await mkdtemp(join(tmpdir(), 'limber-')), 'b.json');
    await d.saveAs(p);
    return readFile(p, 'utf8');
  })();
  const picker = page.getByLabel('Choose a backup file (.json)');
  const cases = [
    [{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') }, "That isn't a Limber backup."],
    [{ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(good.slice(0, good.length / 2)) }, 'That backup is incomplete'],
    [{ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(good.replace(/"schema": \d+/, '"schema": 99')) }, 'comes from a newer version of Limber'],
    [{ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(11 * 1024 * 1024, 32) }, 'That file is 11.0 MB.'],
    [{ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(good.replace('tight', 'TIGHT')) }, 'changed or damaged after it was saved'],
    [{ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') }, 'not a Limber backup'],
  ];
  for (const [file, text] of cases) {
    await picker.setInputFiles(file);
    await page.getByRole('alert').filter({ hasText: text }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Add to my history' }).count(), 0, file.name);
  }
  await page.getByText('3 sessions are saved here.').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('limber.sessions')), FIXTURE_V1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a note with markup from an imported file is only ever shown as text', async () => {
  const { page, context } = await phonePage(app.browser);
  await page.goto(`${app.url}settings/data`);
  await appReady(page);
  const record = ['x1', 1795564800000, 0, 'gentle-start', 'Gentle start', 0, 300, false, null, 2, null,
    '<img src=x onerror="document.title=\'pwned\'">', []];
  const sessions = [record];
  // Same checksum as the app: FNV-1a 64 over the sessions JSON exactly as written.
  const body = JSON.stringify(sessions);
  let h = 0xcbf29ce484222325n;
  for (const b of Buffer.from(body)) { h ^= BigInt(b); h = (h * 0x100000001b3n) & 0xffffffffffffffffn; }
  const file = { kind: 'limber-backup', schema: 2, app: 'test', exported_at: 0, count: 1,
    checksum: h.toString(16).padStart(16, '0'), sessions };
  await page.getByLabel('Choose a backup file (.json)').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByText('In the file: 1 session, 1 new, 0 conflicts.').waitFor();
  await page.getByRole('button', { name: 'Add to my history' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await page.getByText('<img src=x onerror="document.title=\'pwned\'">').waitFor();
  assert.equal(await page.locator('li.session img').count(), 0);
  assert.notEqual(await page.title(), 'pwned');
  await context.close();
});

test('a backup saved before the next-morning check (format 3) still imports', async () => {
  const { page, errors, context } = await phonePage(app.browser);
  await page.goto(`${app.url}settings/data`);
  await appReady(page);
  const file = new URL('../fixtures/backup-v3.json', import.meta.url).pathname;
  await page.getByLabel('Choose a backup file (.json)').setInputFiles(file);
  await page.getByText('In the file: 4 sessions, 4 new, 0 conflicts.').waitFor();
  await page.getByRole('button', { name: 'Add to my history' }).click();
  await page.getByText('Done: 4 new sessions added.').waitFor();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('limber.sessions')));
  assert.equal(stored.v, 4);
  assert.equal(stored.data.length, 4);
  assert.ok(stored.data.every((r) => r.length === 15 && r[14] === null));
  assert.equal(stored.data.find((r) => r[3] === 'log-walk')[13], 2400);
  assert.deepEqual(errors, []);
  await context.close();
});

// One session in the current (compact) format, so any new save needs more room.
const ONE_V2 = JSON.stringify({
  v: 2,
  data: [['a1', 1795564800000, 0, 'gentle-start', 'Gentle start', 0, 300, false, null, 3, null, null,
    [['pelvic-tilt', 2, 2, 20, 80, null, null]]]],
});

test('with storage full, saving says so, keeps what was saved, and offers the session as a file', async () => {
  const { page, context } = await seeded({ 'limber.sessions': ONE_V2 });
  await page.addInitScript(() => {
    // Fill the rest of the quota before the app loads.
    if (sessionStorage.getItem('filled')) return;
    sessionStorage.setItem('filled', '1');
    let chunk = 'x'.repeat(512 * 1024);
    for (let i = 0; ; i++) {
      try {
        localStorage.setItem(`filler.${i}`, chunk);
      } catch {
        if (chunk.length < 64) break;
        chunk = chunk.slice(0, chunk.length / 2);
      }
    }
  });
  await page.goto(`${app.url}play/gentle-start`);
  await appReady(page);
  await page.getByRole('radio', { name: 'No, none of these' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Save what I did' }).click();
  await page.getByRole('button', { name: 'Save session' }).click();
  await page.getByRole('alert').filter({ hasText: 'storage for Limber is full' }).first().waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download this session' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'limber-unsaved-session.json');
  assert.equal(await page.evaluate(() => localStorage.getItem('limber.sessions')), ONE_V2);
  await context.close();
});

test('two tabs: a session saved in one appears in the other without a reload', async () => {
  const { page: a, context } = await phonePage(app.browser);
  const b = await context.newPage();
  await a.goto(`${app.url}history`);
  await appReady(a);
  await a.getByText('No sessions yet.', { exact: false }).waitFor();
  await b.goto(`${app.url}play/gentle-start`);
  await appReady(b);
  await b.getByRole('radio', { name: 'No, none of these' }).check();
  await b.getByRole('button', { name: 'Start' }).click();
  await b.getByRole('button', { name: 'Close' }).click();
  await b.getByRole('button', { name: 'Save what I did' }).click();
  await b.getByRole('button', { name: 'Save session' }).click();
  await b.getByRole('heading', { name: "What's next" }).waitFor();
  await sessionCards(a).first().waitFor();
  assert.equal(await sessionCards(a).count(), 1);
  await context.close();
});
