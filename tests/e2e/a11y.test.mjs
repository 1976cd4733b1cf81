// Accessibility: an axe scan (every rule, every impact) of every screen at phone size, light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { appReady, phonePage, startRoutine, useApp } from './harness.mjs';
import { A_PLAN as PLAN, SCREENS, STORED } from './fixtures.mjs';

const app = useApp();

/** Every axe finding, of any impact, on the page as it is now. */
async function scan(page, where) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${where}: ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
}

for (const scheme of ['light', 'dark']) {
  test(`no axe violations on any screen (${scheme})`, async () => {
    const { page, context } = await phonePage(app.browser);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.addInitScript(([stored, p]) => {
      for (const [k, v] of Object.entries(stored)) localStorage.setItem(k, v);
      localStorage.setItem('limber.plan', p);
    }, [STORED, PLAN]);
    const problems = [];
    for (const path of SCREENS) {
      // A fragment-only change doesn't reload the page; start from a blank one.
      if (path.includes('#')) await page.goto('about:blank');
      await page.goto(`${app.url}${path}`);
      await appReady(page);
      // Each screen is the real one, not a "not found" stand-in (the seeded data fits).
      const title = await page.locator('h1').first().innerText();
      if (/not found|can't find/i.test(title)) problems.push(`/${path}: shows "${title}"`);
      problems.push(...(await scan(page, `/${path}`)));
    }
    // The share card open, with its link made.
    await page.goto(`${app.url}routines/core-basics`);
    await appReady(page);
    await page.getByText('Share this routine').click();
    await page.getByRole('button', { name: 'Make the link' }).click();
    problems.push(...(await scan(page, 'share card')));
    // Today's weekly check-in sheet (the plan is eight days old, so it is due).
    await page.goto(app.url);
    await appReady(page);
    await page.getByRole('button', { name: 'Check in' }).click();
    await page.getByRole('dialog', { name: 'Weekly check-in' }).getByRole('button', { name: 'Save check-in' }).waitFor();
    problems.push(...(await scan(page, 'check-in sheet')));
    // The next-morning question (a session that ended 20 hours ago), in a page of its own (this
    // one writes the stored data again at every load), and the flare plan switched on.
    {
      const m = await phonePage(app.browser);
      await m.page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const sessions = JSON.stringify({ v: 4, data: [['m1', Date.now() - 20 * 3_600_000, 0, 'core-basics',
        'Core basics', 0, 600, false, 3, 3, 'about_right', null, [], null, null]] });
      await m.page.addInitScript(([p, s]) => {
        localStorage.setItem('limber.plan', p);
        localStorage.setItem('limber.sessions', s);
      }, [PLAN, sessions]);
      await m.page.goto(app.url);
      await appReady(m.page);
      await m.page.getByRole('heading', { name: /How is your back/ }).waitFor();
      problems.push(...(await scan(m.page, 'next-morning question')));
      await m.context.close();
    }
    await page.goto(`${app.url}flare`);
    await appReady(page);
    await page.getByRole('radio', { name: /^7 out of 10/ }).check();
    await page.getByRole('button', { name: 'Switch to my flare plan' }).click();
    await page.locator('.flare-reply').waitFor();
    problems.push(...(await scan(page, 'flare plan on')));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`every step of the first run passes the axe scan (${scheme})`, async () => {
    const { page, context } = await phonePage(app.browser);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(app.url);
    await appReady(page);
    const problems = await scan(page, 'today, no plan');
    await page.getByRole('link', { name: 'Get started' }).click();
    await page.getByRole('button', { name: "Let's start" }).waitFor();
    const steps = [
      ['intro', async () => page.getByRole('button', { name: "Let's start" }).click()],
      ['safety', async () => {
        await page.getByRole('radio', { name: 'Yes, something in the first list' }).check();
        await page.getByRole('button', { name: 'Next' }).click();
      }],
      ['see someone', async () => {
        await page.getByRole('checkbox', { name: /has checked me/ }).check();
        await page.getByRole('button', { name: 'Continue' }).click();
      }],
      ['where you are', async () => {
        await page.getByRole('radio', { name: /^2 out of 10/ }).check();
        await page.getByRole('radio', { name: 'It keeps coming back' }).check();
        await page.getByRole('radio', { name: 'Active most days' }).check();
        await page.getByRole('button', { name: 'Next' }).click();
      }],
      ['hard things', async () => {
        await page.getByRole('button', { name: 'Putting on socks' }).click();
        problems.push(...(await scan(page, 'hard things, one chosen')));
        await page.getByRole('radio', { name: '6 out of 10' }).check();
        await page.getByRole('button', { name: 'Next' }).click();
      }],
      ['when', async () => {
        await page.getByRole('checkbox', { name: 'Tue' }).check();
        await page.getByRole('button', { name: 'Make my plan' }).click();
        await page.getByRole('heading', { name: 'Your plan is ready' }).waitFor();
      }],
    ];
    for (const [name, next] of steps) {
      problems.push(...(await scan(page, name)));
      await next();
    }
    problems.push(...(await scan(page, 'plan summary')));
    await page.getByRole('link', { name: 'Go to Today' }).click();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    problems.push(...(await scan(page, 'today, new plan')));
    assert.deepEqual(problems, []);
    await context.close();
  });
}

for (const scheme of ['light', 'dark']) {
  test(`the session itself passes the axe scan: running, rest, "this hurts", red flag and after (${scheme})`, async () => {
    const { page, context } = await phonePage(app.browser);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.clock.install({ time: new Date('2026-11-25T08:00:00Z') });
    await startRoutine(page, app.url, 'gentle-start');
    const problems = await scan(page, 'get ready');
    await page.clock.runFor(11_000);
    problems.push(...(await scan(page, 'reps')));
    await page.getByRole('button', { name: 'Done with this set' }).click();
    await page.getByText('Next: set 2 of 2').waitFor();
    problems.push(...(await scan(page, 'rest')));
    await page.getByRole('button', { name: 'This hurts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sorry it hurts' });
    await dialog.getByRole('radio', { name: '7 out of 10, strong' }).check();
    problems.push(...(await scan(page, 'this hurts')));
    await dialog.getByRole('button', { name: 'End the session' }).click();
    await page.getByRole('heading', { name: 'Session ended' }).waitFor();
    problems.push(...(await scan(page, 'after')));
    await page.getByRole('radio', { name: '3 out of 10, mild' }).check();
    await page.getByRole('button', { name: 'Save session' }).click();
    await page.getByRole('heading', { name: "What's next" }).waitFor();
    problems.push(...(await scan(page, "what's next")));
    // The session just saved, on a page of its own.
    await page.getByRole('link', { name: 'See it in your history' }).click();
    await page.locator('li.session a').first().click();
    await page.getByRole('link', { name: '‹ History' }).waitFor();
    problems.push(...(await scan(page, 'the session saved')));

    // Another routine, so the ended one (still waiting to be saved) is not resumed.
    await page.goto(`${app.url}play/desk-break`);
    await appReady(page);
    await page.getByRole('radio', { name: 'Yes, something in the second list' }).check();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { name: 'Please see a doctor first' }).waitFor();
    problems.push(...(await scan(page, 'red flag stop')));
    await page.goto(`${app.url}no/such/page`);
    await appReady(page);
    problems.push(...(await scan(page, '404')));
    assert.deepEqual(problems, []);
    await context.close();
  });
}
