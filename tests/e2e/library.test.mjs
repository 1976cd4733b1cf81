// The content screens: routines with filters, the exercise library with search and
// filters, every exercise page, and a routine page at different levels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, phonePage, useApp } from './harness.mjs';

const app = useApp();

const names = async (page) => (await page.locator('.exercise-row strong').allTextContents()).map((s) => s.trim());

test('search and filters narrow the exercise library instantly', async () => {
  const { page, errors, context } = await phonePage(app.browser);
  await page.goto(`${app.url}routines`);
  await appReady(page);
  await page.getByRole('navigation', { name: 'Browse' }).getByRole('link', { name: 'Exercises' }).click();
  await page.getByRole('heading', { name: 'Exercises', level: 1 }).waitFor();
  // The bottom bar still shows we are under Routines.
  assert.equal(
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Routines' }).getAttribute('aria-current'),
    'page',
  );
  const all = await names(page);
  assert.ok(all.length >= 24, `only ${all.length} exercises listed`);

  await page.getByRole('searchbox', { name: 'Search exercises by name' }).fill('BRIDGE');
  await page.getByText(/^\d+ exercises?$/).waitFor();
  let shown = await names(page);
  assert.ok(shown.includes('Glute bridge'), shown.join());
  assert.ok(shown.every((n) => n.toLowerCase().includes('bridge')), shown.join());

  await page.getByRole('searchbox', { name: 'Search exercises by name' }).fill('zzzz');
  await page.getByText('Nothing matches. Try fewer filters or another word.').waitFor();
  await page.getByRole('searchbox', { name: 'Search exercises by name' }).fill('');

  await page.getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'Low-impact cardio' }).click();
  shown = await names(page);
  assert.deepEqual(shown.sort(), ['Stationary cycling', 'Swimming', 'Walking', 'Water aerobics']);
  assert.equal(
    await page.getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'Low-impact cardio' }).getAttribute('aria-pressed'),
    'true',
  );
  await page.getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'All kinds' }).click();
  await page.getByRole('group', { name: 'Body area' }).getByRole('button', { name: 'Hamstrings' }).click();
  shown = await names(page);
  assert.ok(shown.includes('Hamstring stretch with a strap') && !shown.includes('Clamshell'), shown.join());
  assert.deepEqual(errors, []);
  await context.close();
});

test('every exercise page shows its figure, steps, cues and cautions', async () => {
  const { page, errors, context } = await phonePage(app.browser);
  await page.goto(`${app.url}exercises`);
  await appReady(page);
  const hrefs = await page.locator('a.exercise-row').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length >= 24);
  for (const href of hrefs) {
    await page.goto(new URL(href, app.url).href);
    await appReady(page);
    const title = (await page.getByRole('heading', { level: 1 }).textContent()).trim();
    const figure = page.getByRole('img', { name: `${title}: start and end position` });
    await figure.waitFor();
    // Moving, it is a flipbook: the body drawn at moments of its movement, every picture a
    // whole body (two arms, two legs, a torso, a head with eyes) with what moves highlighted,
    // and one arrow along the move over them all. Every picture's drawing is inside its box,
    // and the box is a good size on a phone.
    const drawn = await figure.evaluate((el) => {
      const pictures = [...el.querySelectorAll('svg:not(.over)')];
      const count = (svg, sel) => svg.querySelectorAll(sel).length;
      const whole = (svg) =>
        count(svg, 'path.near, path.far') === 4 && ['torso', 'head', 'eyes'].every((part) => count(svg, `path.${part}`) === 1) && count(svg, '.moving') >= 1;
      const inside = (svg) => {
        const box = svg.viewBox.baseVal;
        return [...svg.querySelectorAll('path:not(.water)')]
          .map((p) => p.getBBox())
          .every((b) => b.x >= box.x - 0.5 && b.y >= box.y - 0.5 && b.x + b.width <= box.x + box.width + 0.5 && b.y + b.height <= box.y + box.height + 0.5);
      };
      const all = [...el.querySelectorAll('svg')];
      return {
        pictures: pictures.length,
        whole: pictures.every(whole),
        arrows: count(el, 'svg.over path.arrow'),
        inside: all.every(inside),
        height: el.getBoundingClientRect().height,
      };
    });
    assert.ok(drawn.pictures >= 2, `${href}: ${drawn.pictures} pictures`);
    assert.ok(drawn.whole, `${href}: a picture is not a whole body with something highlighted`);
    assert.equal(drawn.arrows, 1, `${href}: no arrow`);
    assert.ok(drawn.inside, `${href}: part of the figure is cut off`);
    assert.ok(drawn.height >= 150, `${href}: figure only ${drawn.height} px tall`);
    assert.match(await page.locator('.exercise-figure figcaption').textContent(), /^Seen from (the side|the front|above)/);
    assert.ok((await page.locator('ol.steps li').count()) >= 3, `${href}: steps`);
    await page.getByRole('heading', { name: 'Keep in mind' }).waitFor();
    await page.getByRole('heading', { name: 'When to stop' }).waitFor();
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('variants link both ways', async () => {
  const { page, context } = await phonePage(app.browser);
  await page.goto(`${app.url}exercises/knee-plank`);
  await appReady(page);
  await page.getByRole('link', { name: 'Forearm plank' }).click();
  await page.getByRole('heading', { name: 'Forearm plank', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Plank from your knees' }).click();
  await page.getByRole('heading', { name: 'Plank from your knees', level: 1 }).waitFor();
  await context.close();
});

test('reduced motion shows still figures; otherwise they move, and pause while hidden', async () => {
  const { page, errors, context } = await phonePage(app.browser);
  await page.goto(`${app.url}exercises/glute-bridge`);
  await appReady(page);
  const figure = page.getByRole('img', { name: 'Glute bridge: start and end position' });
  await figure.waitFor();
  // Moving: pictures stacked and cross-faded by CSS animations of their opacity alone (what
  // the compositor can run without the page laying out), none of SMIL's path animation.
  const animations = () =>
    figure.evaluate((el) =>
      el.getAnimations({ subtree: true }).map((a) => ({
        state: a.playState,
        time: Number(a.currentTime),
        opacity: a.effect.getKeyframes().every((k) => Object.keys(k).includes('opacity') && !Object.keys(k).includes('d')),
      })),
    );
  const moving = await figure.evaluate((el) => ({
    flipbook: el.classList.contains('flipbook'),
    pictures: el.querySelectorAll('svg:not(.over)').length,
    named: el.querySelectorAll('[role="img"], [aria-label]').length,
    hidden: [...el.children].every((svg) => svg.getAttribute('aria-hidden') === 'true'),
    smil: el.querySelectorAll('animate').length,
  }));
  assert.deepEqual({ ...moving, pictures: moving.pictures >= 2 }, { flipbook: true, pictures: true, named: 0, hidden: true, smil: 0 });
  const first = await animations();
  assert.equal(first.length, moving.pictures - 1, 'every picture after the first fades in and out');
  assert.ok(first.every((a) => a.state === 'running' && a.opacity), JSON.stringify(first));
  // Hidden (another tab, a locked screen), the loop pauses where it is; shown again, it goes on.
  const visibility = (state) =>
    page.evaluate((s) => {
      Object.defineProperty(document, 'visibilityState', { value: s, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);
  await visibility('hidden');
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-hidden')), true);
  // A pause takes effect on the next frame; `ready` says when.
  await figure.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.ready)));
  const paused = await animations();
  assert.ok(paused.every((a) => a.state === 'paused'), JSON.stringify(paused));
  await page.waitForTimeout(200);
  assert.deepEqual((await animations()).map((a) => a.time), paused.map((a) => a.time), 'time stands still while hidden');
  await visibility('visible');
  assert.ok((await animations()).every((a) => a.state === 'running'));

  // It really moves: at different moments of the loop a different picture is on top. (Last:
  // an animation paused and played from script no longer follows the stylesheet's pause.)
  const onTop = (at) =>
    figure.evaluate((el, fraction) => {
      for (const a of el.getAnimations({ subtree: true })) {
        a.pause();
        a.currentTime = fraction * a.effect.getComputedTiming().duration;
      }
      const shown = [...el.querySelectorAll('svg:not(.over)')].map((svg, i) => (i === 0 ? 1 : Number(getComputedStyle(svg).opacity)));
      const top = shown.findLastIndex((o) => o === 1);
      for (const a of el.getAnimations({ subtree: true })) a.play();
      return top;
    }, at);
  assert.deepEqual([await onTop(0), await onTop(0.45), await onTop(0.98)], [0, moving.pictures - 1, 0], 'start, end pose, start again');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await appReady(page);
  await page.locator('svg.figure.large').waitFor();
  assert.equal(await page.locator('.flipbook').count(), 0);
  assert.equal(await page.locator('svg.figure.large .ghost').count(), 1);
  assert.equal(await page.locator('svg.figure.large').getAttribute('role'), 'img');
  assert.equal(await page.evaluate(() => document.querySelector('.figure.large').getAnimations({ subtree: true }).length), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('routines filter by stage and time, and a routine can be made gentler', async () => {
  const { page, errors, context } = await phonePage(app.browser);
  await page.goto(`${app.url}routines`);
  await appReady(page);
  const cards = page.locator('.routine-card');
  const total = await cards.count();
  assert.ok(total >= 12, `${total} routines`);
  await page.getByRole('group', { name: 'Stage' }).getByRole('button', { name: 'For bad days' }).click();
  const flare = await cards.locator('.stage').allTextContents();
  assert.ok(flare.length > 0 && flare.length < total);
  assert.ok(flare.every((s) => s === 'For bad days'), flare.join());
  await page.getByRole('group', { name: 'Stage' }).getByRole('button', { name: 'All' }).click();
  await page.getByRole('group', { name: 'Time you have' }).getByRole('button', { name: '10 min or less' }).click();
  for (const text of await cards.locator('.meta').allTextContents()) {
    const minutes = Number(text.match(/^About (\d+) min/)[1]);
    assert.ok(minutes <= 10, text);
  }
  await page.getByRole('group', { name: 'Time you have' }).getByRole('button', { name: 'Any length' }).click();

  await page.getByRole('link', { name: /Core basics/ }).click();
  await page.getByRole('heading', { name: 'Core basics', level: 1 }).waitFor();
  const before = await names(page);
  const stepper = page.getByRole('group', { name: 'How hard' });
  await stepper.getByRole('button', { name: 'Easier' }).click();
  await stepper.getByRole('button', { name: 'Easier' }).click();
  await stepper.getByText('Easiest').waitFor();
  assert.equal(await stepper.getByRole('button', { name: 'Easier' }).isDisabled(), true, 'no easier than the easiest');
  const after = await names(page);
  assert.notDeepEqual(after, before, 'the gentlest level swaps in easier versions');
  await page.getByText('Easier version').first().waitFor();
  assert.match(await page.getByRole('link', { name: 'Start' }).getAttribute('href'), /level=-2$/);
  await page.getByRole('link', { name: 'Start' }).click();
  await page.getByRole('radio', { name: 'No, none of these' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { name: after[0], level: 1 }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
