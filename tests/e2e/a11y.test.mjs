// Accessibility: an axe scan of every main screen at phone size, light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { appReady, phonePage, useApp } from './harness.mjs';

const app = useApp();

const SESSION = JSON.stringify({
  v: 2,
  data: [['a1', Date.now() - 3600_000, 0, 'gentle-start', 'Gentle start', 0, 300, false, 4, 3, 'about_right', 'ok',
    [['pelvic-tilt', 2, 2, 20, 80, null, null]]]],
});

const SCREENS = ['', 'routines', 'routines/core-basics', 'exercises', 'exercises/bird-dog', 'play/gentle-start',
  'history', 'history/a1', 'insights', 'report', 'settings'];

for (const scheme of ['light', 'dark']) {
  test(`no serious or critical axe violations on any screen (${scheme})`, async () => {
    const { page, context } = await phonePage(app.browser);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.addInitScript((s) => localStorage.setItem('limber.sessions', s), SESSION);
    const problems = [];
    for (const path of SCREENS) {
      await page.goto(`${app.url}${path}`);
      await appReady(page);
      const { violations } = await new AxeBuilder({ page }).analyze();
      for (const v of violations.filter((v) => ['serious', 'critical'].includes(v.impact))) {
        problems.push(`/${path}: ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
      }
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}
