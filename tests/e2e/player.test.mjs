// The session player as a person holding a phone at arm's length sees it: every step on one
// screen with nothing hidden or overlapping, at the smallest phone and the largest text; a
// finished session that survives a reload; a way out at every point; and a walk timed
// correctly while the phone is locked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, seededPage, startRoutine, useApp } from './harness.mjs';

const app = useApp();
const START = new Date('2026-11-25T08:00:00Z');

const settings = (text_size, theme = 'Light') =>
  JSON.stringify({ v: 1, data: { text_size, theme, voice: false, sound: false, vibration: false } });

/** Every part of the player that must be seen or reached, with its box on screen. */
async function layout(page) {
  return page.evaluate(() => {
    const parts = [
      ...document.querySelectorAll(
        '.player-top > *, .step-head h1, .step-head .eyebrow, .player-figure, .ring, .tip, .transport > button, .bar-actions > button',
      ),
    ];
    const boxes = parts
      .map((el) => {
        const r = el.getBoundingClientRect();
        const name = el.getAttribute('aria-label') || el.textContent.trim().slice(0, 30) || el.className.baseVal || el.className;
        return { name: `${el.tagName.toLowerCase()} "${name}"`, ring: el.classList.contains('ring'), x: r.x, y: r.y, right: r.right, bottom: r.bottom, w: r.width, h: r.height };
      })
      .filter((b) => b.w > 0 && b.h > 0);
    // Every control of the player, thumb-sized even at 320 px and the largest text.
    const small = [...document.querySelectorAll('.player button')]
      .filter((b) => b.offsetParent && !b.closest('[role="dialog"], .sheet'))
      .map((b) => ({ name: b.getAttribute('aria-label') || b.textContent.trim(), r: b.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 44 || r.height < 44)
      .map(({ name, r }) => `"${name}" ${Math.round(r.width)}x${Math.round(r.height)}`);
    const figure = document.querySelector('.player-figure')?.getBoundingClientRect();
    return {
      boxes,
      small,
      figure: figure && figure.height,
      width: innerWidth,
      height: innerHeight,
      scroll: document.scrollingElement.scrollHeight,
      step: document.querySelector('.player')?.dataset.step,
      eyebrow: document.querySelector('.player .eyebrow')?.textContent,
    };
  });
}

/** Nothing outside the screen, no two parts on top of each other, nothing to scroll. */
function checkLayout(l, where) {
  const problems = [];
  const at = `${where}, ${l.step} "${l.eyebrow}"`;
  if (l.scroll > l.height + 1) problems.push(`${at}: the page scrolls (${l.scroll} px in ${l.height})`);
  const ring = l.boxes.find((b) => b.ring);
  if (!ring || ring.h < 96) problems.push(`${at}: the ring is too small to read (${ring ? Math.round(ring.h) : 0} px)`);
  // The figure first: at least 160 px tall on a 390x844 phone, 120 px on a 320x568 one.
  const least = l.height >= 844 ? 160 : 120;
  if (l.figure !== undefined && l.figure < least) problems.push(`${at}: the figure is ${Math.round(l.figure)} px tall, under ${least}`);
  for (const s of l.small) problems.push(`${at}: ${s} is smaller than 44x44`);
  for (const b of l.boxes) {
    if (b.x < -0.5 || b.y < -0.5 || b.right > l.width + 0.5 || b.bottom > l.height + 0.5) {
      problems.push(`${at}: ${b.name} is off screen (${Math.round(b.x)},${Math.round(b.y)} to ${Math.round(b.right)},${Math.round(b.bottom)})`);
    }
  }
  for (let i = 0; i < l.boxes.length; i++) {
    for (let j = i + 1; j < l.boxes.length; j++) {
      const a = l.boxes[i];
      const b = l.boxes[j];
      const w = Math.min(a.right, b.right) - Math.max(a.x, b.x);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.y, b.y);
      if (w > 1 && h > 1) problems.push(`${at}: ${a.name} overlaps ${b.name} by ${Math.round(w)}x${Math.round(h)}`);
    }
  }
  return problems;
}

/** Replace the screen wake lock with one that counts its requests in `window.__locks`. */
async function countWakeLocks(page) {
  await page.addInitScript(() => {
    window.__locks = 0;
    const sentinel = { released: false, release: () => Promise.resolve(), addEventListener() {} };
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: {
        request: () => {
          window.__locks += 1;
          return Promise.resolve(sentinel);
        },
      },
    });
  });
}

const CONFIGS = [
  { viewport: { width: 320, height: 568 }, size: 100 },
  { viewport: { width: 320, height: 568 }, size: 130 },
  { viewport: { width: 390, height: 844 }, size: 100 },
  { viewport: { width: 390, height: 844 }, size: 130, theme: 'Dark' },
];

for (const routine of ['gentle-start', 'evening-wind-down', 'easy-walk']) {
  test(`every step of ${routine} fits one screen at 320x568 and 390x844, standard and largest text`, async () => {
    const problems = [];
    const kinds = new Set();
    for (const { viewport, size, theme } of CONFIGS) {
      const { page, errors, context } = await seededPage(app.browser, { 'limber.settings': settings(size, theme) }, { now: START });
      await page.setViewportSize(viewport);
      await startRoutine(page, app.url, routine);
      // The text size and colours really are the person's.
      const root = await page.evaluate(() => [getComputedStyle(document.documentElement).fontSize, document.documentElement.dataset.theme]);
      assert.deepEqual(root, [`${(16 * size) / 100}px`, (theme ?? 'Light').toLowerCase()]);
      const done = page.getByRole('heading', { name: 'Well done!' });
      for (let i = 0; i < 80; i++) {
        await page.locator('.player .ring').or(done).first().waitFor();
        if (await done.isVisible()) break;
        const l = await layout(page);
        kinds.add(l.step);
        problems.push(...checkLayout(l, `${viewport.width}x${viewport.height} at ${size}%`));
        // Every step has its one action in the bar.
        await page.locator('.bar-actions .step-action').click();
      }
      await done.waitFor();
      assert.deepEqual(errors, []);
      await context.close();
    }
    assert.deepEqual(problems, []);
    const expected = routine === 'easy-walk' ? ['cardio'] : routine === 'gentle-start' ? ['ready', 'rest', 'work'] : ['ready', 'work'];
    for (const kind of expected) assert.ok(kinds.has(kind), `saw a ${kind} step in ${[...kinds]}`);
  });
}

test('reps count up and their ring fills; a hold counts down and its ring empties (drawn at each tick with reduced motion)', async () => {
  const reduce = JSON.stringify({ v: 1, data: { voice: false, sound: false, vibration: false, motion: 'Reduce' } });
  const { page, context } = await seededPage(app.browser, { 'limber.settings': reduce }, { now: START });
  await startRoutine(page, app.url, 'gentle-start');
  await page.getByRole('button', { name: "I'm ready" }).click();
  // The share of the circle drawn, from the arc's dash offset (its sign says where it starts).
  const ring = () =>
    page.evaluate(() => {
      const arc = document.querySelector('.ring-fill');
      const c = 2 * Math.PI * 54;
      return {
        n: Number(document.querySelector('.ring-number').textContent),
        drawn: 1 - Math.abs(Number(arc.getAttribute('stroke-dashoffset'))) / c,
        animations: document.querySelector('.ring').getAnimations({ subtree: true }).length,
      };
    });
  await page.clock.runFor(1_000);
  const a = await ring();
  await page.clock.runFor(8_000);
  const b = await ring();
  assert.ok(b.n > a.n, `the rep number goes up: ${a.n} -> ${b.n}`);
  assert.ok(b.drawn > a.drawn, `the ring fills: ${a.drawn} -> ${b.drawn}`);
  assert.equal(b.animations, 0, 'nothing animated with reduced motion');
  // A tip from the exercise's own cues is on screen, and the how-to is one tap away.
  assert.match(await page.locator('.tip').textContent(), /\w{3,}/);
  await page.getByRole('button', { name: 'How' }).click();
  await page.getByRole('dialog').getByRole('heading', { name: 'How to do Pelvic tilt' }).waitFor();
  await page.getByRole('button', { name: 'Back to the exercise' }).click();
  assert.equal(await page.getByRole('dialog').count(), 0);

  // Get ready counts down with an emptying ring.
  await page.getByRole('button', { name: 'Next exercise' }).click();
  const c = await ring();
  await page.clock.runFor(3_000);
  const d = await ring();
  assert.ok(d.n < c.n && d.drawn < c.drawn, `counting down: ${JSON.stringify([c, d])}`);
  await context.close();
});

test('where motion is allowed the ring sweeps by transform animations timed to the clock, and stops while paused', async () => {
  const full = JSON.stringify({ v: 1, data: { voice: false, sound: false, vibration: false, motion: 'Full' } });
  // The real clock: CSS animations run on the page's own timeline, not a test clock.
  const { page, errors, context } = await seededPage(app.browser, { 'limber.settings': full });
  await startRoutine(page, app.url, 'evening-wind-down');
  await page.getByRole('button', { name: "I'm ready" }).click();
  await page.locator('.player[data-step="work"]').waitFor();
  const sweep = () =>
    page.evaluate(() => {
      const anims = document.querySelector('.ring').getAnimations({ subtree: true });
      const first = anims.find((a) => a.animationName === 'sweep-first');
      const timing = first?.effect.getComputedTiming();
      return {
        n: Number(document.querySelector('.ring-number').textContent),
        names: anims.map((a) => a.animationName).sort(),
        states: [...new Set(anims.map((a) => a.playState))],
        // What the animations change: only transforms, which the compositor runs alone.
        props: [...new Set(anims.flatMap((a) => a.effect.getKeyframes().flatMap(Object.keys)))].filter((k) => !['offset', 'computedOffset', 'easing', 'composite'].includes(k)),
        // Seconds left by the sweep (it runs over the whole step).
        left: timing ? (timing.duration * (1 - timing.progress)) / 1000 : null,
      };
    });
  await page.waitForTimeout(1_000);
  const a = await sweep();
  assert.deepEqual([a.names, a.states, a.props], [['sweep-first', 'sweep-second'], ['running'], ['transform']]);
  // The number shows whole seconds left, rounded up.
  assert.ok(a.left > a.n - 1.3 && a.left <= a.n + 0.3, `the sweep and the number agree: ${JSON.stringify(a)}`);
  await page.waitForTimeout(1_500);
  const b = await sweep();
  assert.ok(a.left - b.left > 1.2 && a.left - b.left < 2.5, `the sweep runs with time: ${a.left} -> ${b.left}`);

  await page.getByRole('button', { name: 'Pause' }).click();
  await page.locator('.player.paused').waitFor();
  const c = await sweep();
  assert.deepEqual(c.states, ['paused']);
  await page.waitForTimeout(1_000);
  const d = await sweep();
  assert.equal(d.left, c.left, 'stopped while paused');
  assert.ok(c.left > d.n - 1.3 && c.left <= d.n + 0.3, `paused where the number stopped: ${JSON.stringify([c, d])}`);
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.waitForTimeout(500);
  const e = await sweep();
  assert.deepEqual(e.states, ['running']);
  assert.ok(c.left - e.left > 0.2 && c.left - e.left < 1.2, `goes on from where it stopped: ${c.left} -> ${e.left}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the after screen survives a reload, Today says it is waiting, and leaving asks first', async () => {
  const { page, errors, context } = await seededPage(app.browser, { 'limber.settings': settings(100) }, { now: START });
  await startRoutine(page, app.url, 'gentle-start');
  await page.getByRole('heading', { name: 'Pelvic tilt' }).waitFor();
  await page.clock.runFor(600_000);
  await page.getByRole('heading', { name: 'Well done!' }).waitFor();
  await page.getByRole('radio', { name: '2 out of 10, mild' }).check();

  // The phone locks, the tab is discarded: back on the same screen, nothing lost.
  await page.reload();
  await appReady(page);
  await page.getByRole('heading', { name: 'Well done!' }).waitFor();
  await page.getByText('You did 3 exercises').waitFor();

  // Today, opened instead, says the session is waiting for its answers.
  await page.goto(app.url);
  await appReady(page);
  await page.getByText("You finished Gentle start: two quick questions and it's saved.").waitFor();
  await page.getByRole('link', { name: 'Finish saving it' }).click();
  await page.getByRole('heading', { name: 'Well done!' }).waitFor();

  // "Don't save" asks first; "Keep it" keeps it.
  await page.getByRole('button', { name: "Don't save" }).click();
  await page.getByText("Leave without saving? This session won't be in your history.").waitFor();
  await page.getByRole('button', { name: 'Keep it' }).click();
  await page.getByRole('radio', { name: '2 out of 10, mild' }).check();
  await page.getByRole('radio', { name: 'About right' }).check();
  await page.getByRole('button', { name: 'Save session' }).click();
  await page.getByRole('heading', { name: "What's next", level: 1 }).waitFor();
  await page.getByRole('link', { name: 'See it in your history' }).click();
  await page.getByRole('heading', { name: 'History' }).waitFor();
  assert.equal(await page.locator('li.session').count(), 1);
  assert.equal(await page.evaluate(() => localStorage.getItem('limber.active-session')), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Close pauses and asks: carry on, save what was done, or discard', async () => {
  const { page, errors, context } = await seededPage(app.browser, { 'limber.settings': settings(100) }, { now: START });
  // The check has a way back.
  await page.goto(`${app.url}play/gentle-start`);
  await appReady(page);
  await page.getByRole('link', { name: '‹ Back' }).click();
  await page.getByRole('heading', { name: 'Gentle start' }).waitFor();

  await countWakeLocks(page);
  await startRoutine(page, app.url, 'gentle-start');
  await page.getByRole('button', { name: "I'm ready" }).click();
  await page.clock.runFor(4_500);
  assert.ok(await page.evaluate(() => window.__locks) > 0, 'exercises keep the screen on');
  const rep = async () => (await page.locator('.ring-number').textContent()).trim();
  const before = await rep();
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('dialog', { name: 'Stop the session here?' }).waitFor();
  // The clock is paused while the question is open.
  await page.clock.runFor(30_000);
  assert.equal(await rep(), before);
  await page.getByRole('button', { name: 'Carry on' }).click();
  assert.equal(await page.getByRole('button', { name: 'Pause' }).count(), 1, 'running again');
  await page.clock.runFor(4_000);
  assert.notEqual(await rep(), before);

  // Save what was done: the after screen, marked as ended early.
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Save what I did' }).click();
  await page.getByRole('heading', { name: 'Session ended' }).waitFor();
  await page.getByRole('button', { name: "Don't save" }).click();
  await page.getByRole('button', { name: 'Leave without saving' }).click();
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();

  // Discard: straight back to Today, nothing kept.
  await startRoutine(page, app.url, 'gentle-start');
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Discard this session' }).click();
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('limber.active-session')), null);
  assert.equal(await page.evaluate(() => localStorage.getItem('limber.sessions')), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a 20-minute walk with the phone locked records 20 minutes, with no get-ready and no wake lock', async () => {
  const { page, errors, context } = await seededPage(app.browser, { 'limber.settings': settings(100) }, { now: START });
  await countWakeLocks(page);
  await page.goto(`${app.url}routines/easy-walk`);
  await appReady(page);
  await startRoutine(page, app.url, 'easy-walk');
  await page.locator('.player[data-step="cardio"]').waitFor();
  assert.equal(await page.locator('.ring-number').textContent(), '0:00', 'walking from the first second');
  // The same words about the phone as Today's walk card.
  await page.getByText("Take the phone and Limber times it, or leave it at home and log it when you're back.").waitFor();
  const minutes = Number((await page.locator('.ring-caption').textContent()).match(/of (\d+) min/)[1]);
  assert.ok(minutes >= 10, `a walk of ${minutes} min`);

  // Locked: hidden, and no timers run. The clock jumps on; on return the time is right.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.clock.setSystemTime(START.getTime() + 11_000 + 20 * 60_000);
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.getByRole('heading', { name: 'Well done!' }).waitFor();
  await page.getByRole('button', { name: 'Save session' }).click();
  await page.getByRole('heading', { name: "What's next", level: 1 }).waitFor();
  assert.match(await page.evaluate(() => localStorage.getItem('limber.sessions')), /easy-walk/);
  assert.equal(await page.evaluate(() => window.__locks), 0, 'the screen may sleep on a walk');
  // Past its minutes the walk goes on until "I'm back", up to twice its time: 20 minutes.
  const recorded = Math.min(20, 2 * minutes);
  await page.getByRole('link', { name: 'See it in your history' }).click();
  await page.locator('li.session').getByText(new RegExp(`\\b${recorded} min`)).first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the pain scale\'s choices are at least 44 px at 320 px, at standard and largest text: 0-5, then 6-10', async () => {
  for (const size of [100, 130]) {
    const { page, errors, context } = await seededPage(app.browser, { 'limber.settings': settings(size) }, { now: START });
    await page.setViewportSize({ width: 320, height: 568 });
    await page.goto(`${app.url}play/gentle-start`);
    await appReady(page);
    const scale = page.getByRole('group', { name: 'How is your back right now?' });
    await scale.waitFor();
    const boxes = await scale.locator('.pain-option').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()));
    assert.equal(boxes.length, 11);
    // Two rows, in reading order: 0 to 5, then 6 to 10.
    const rows = [...new Set(boxes.map((b) => Math.round(b.top)))];
    assert.equal(rows.length, 2, `two rows at ${size}%`);
    assert.deepEqual(boxes.map((b) => rows.indexOf(Math.round(b.top))), [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    for (const b of boxes) {
      assert.ok(b.width >= 44 && b.height >= 44, `a choice of ${Math.round(b.width)}x${Math.round(b.height)} px at ${size}%`);
      assert.ok(b.left >= 0 && b.right <= 320, `on screen at ${size}%`);
    }
    await page.screenshot({ path: `target/screenshots/pain-scale-320-${size}.png` });
    // Both ends named in words; every choice still a radio with its words.
    await scale.getByText('0: no pain').waitFor();
    await scale.getByText('10: worst pain imaginable').waitFor();
    await scale.getByRole('radio', { name: '10 out of 10, severe' }).check();
    assert.deepEqual(errors, []);
    await context.close();
  }
});
