// The report a physiotherapist is handed: an 8-week history printed to PDF on A4 and on US
// Letter, the pages rendered with poppler (pdftoppm, pdftotext, pdftocairo) and checked as
// paper: page one is the summary, nothing runs past the margins, the charts' legend keys are
// vector drawing, and the routines' printed codes scan back to links that open them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { appReady, seededPage, useApp } from './harness.mjs';

const app = useApp();
const OUT = 'target/report-print';

const T0 = Date.UTC(2026, 10, 25, 12); // Wed 25 Nov 2026, 12:00
const DAY = 86_400_000;
const HOUR = 3_600_000;
const NOW = T0 + 56 * DAY + 2 * HOUR; // Wed 20 Jan 2027, 14:00: eight weeks on
const dayOf = (n) => Math.floor((T0 + n * DAY) / DAY);
const weekday = (n) => (dayOf(n) + 3) % 7; // 0 is Monday

/** Eight weeks: three routines in turn on Mon, Wed and Fri (two days missed), walks on the
 * other weekdays, a session that hurt, a flare plan, a warning sign cleared, weekly
 * check-ins of two everyday activities, two weights and two notes (one long). */
function eightWeeks() {
  const turn = [['core-basics', 'Core basics'], ['hips-and-hamstrings', 'Hips and hamstrings'], ['morning-mobility', 'Morning mobility']];
  const sessions = [];
  let i = 0;
  for (let n = 0; n <= 56; n++) {
    if (![0, 2, 4].includes(weekday(n)) || [9, 40].includes(n)) continue;
    const before = n < 20 ? 5 : n < 40 ? 4 : 3;
    const after = n === 30 ? 6 : before - 1;
    const exercises = [['pelvic-tilt', 2, 2, 20, 80, null, null], ['glute-bridge', 0, 2, 0, 0, null, 5]];
    if (i % 5 === 0) exercises.push(['bird-dog-limb', 2, 2, 16, 60, 'bird-dog', null]);
    const at = T0 + (n + 1) * DAY - 4 * HOUR;
    let morning = null;
    if ([0, 5, 12, 16, 21, 26].includes(n)) morning = ['same', null, at];
    if ([33, 37, 47, 51].includes(n)) morning = ['better', null, at];
    if (n === 44) morning = ['worse', 5, at];
    const note = n === 2 ? 'Stiff getting out of bed.'
      : n === 51 ? 'Managed the stairs at work. My neighbour Mrs Fitzgerald-Ramsbottom noticed I was walking straighter, so this is a long note that has to wrap.'
        : null;
    const [id, name] = turn[i % 3];
    sessions.push([`s${n}`, T0 + n * DAY - 3 * HOUR, 0, id, name, n === 30 ? 1 : 0, 660, false, before, after, 'about_right', note, exercises, null, morning]);
    i++;
  }
  for (let n = 1; n < 56; n++) {
    if (![1, 3, 5].includes(weekday(n))) continue;
    sessions.push([`w${n}`, T0 + n * DAY, 0, 'log-walk', 'Walk', 0, 900, false, null, null, 'about_right', null, [['walking', 1, 1, 0, 900, null, null]], 1200, null]);
  }
  const created = T0 - 4 * HOUR;
  const profile = {
    pain_now: 6, duration: 'Longer', activity: 'Some',
    activities: [{ name: 'Putting on socks', score: 3 }, { name: 'Sitting for a while', score: 4 }],
    days: [true, false, true, false, true, false, false], minute_of_day: 480, red_flag_checked: false,
    stage: 'Building', cardio_start_min: 15, created_at: created, utc_offset_min: 0, walking_since: created,
    flare: { since: T0 + 30 * DAY, start_day: dayOf(30), stage_before: 'Building', usual_pain: 4,
      days: [[dayOf(30), 7], [dayOf(31), 7], [dayOf(32), 6]], ended_at: T0 + 32 * DAY, end_day: dayOf(32) },
  };
  const safety = [{ at: created, tier: null }, { at: T0 + 20 * DAY, tier: 'soon', cleared_at: T0 + 22 * DAY }];
  const pain = [5, 5, 4, 4, 4, 3, 3];
  const socks = [4, 4, 5, 5, 6, 6, 7];
  const sitting = [4, 4, 4, 5, 5, 5, 5];
  const checkins = pain.map((p, k) => ({ at: T0 + 7 * (k + 1) * DAY, utc_offset_min: 0, pain: p, scores: [socks[k], sitting[k]] }));
  const weights = [{ at: T0 + 20 * DAY, utc_offset_min: 0, grams: 82000 }, { at: T0 + 48 * DAY, utc_offset_min: 0, grams: 80500 }];
  return {
    'limber.sessions': JSON.stringify({ v: 4, data: sessions }),
    'limber.plan': JSON.stringify({ v: 2, data: { profile, safety } }),
    'limber.checkins': JSON.stringify({ v: 1, data: checkins }),
    'limber.weight': JSON.stringify({ v: 1, data: weights }),
    'limber.settings': JSON.stringify({ v: 1, data: { track_weight: true } }),
  };
}

const SUMMARY_HEADINGS = ['Where they started and now', 'Their own activities', 'Sessions against the plan',
  'Pain and the next morning', 'Flare-ups and warning signs', 'The programme now', 'Notes'];
const MM = 72 / 25.4; // PDF points in a millimetre
const MARGIN_MM = 15;
// Paper in millimetres, and the printable width in CSS pixels (96 a inch).
const PAPERS = [
  { format: 'A4', width: 210, height: 297 },
  { format: 'Letter', width: 215.9, height: 279.4 },
];

/** The words of every page with their boxes, in points, from `pdftotext -bbox`. */
function wordsByPage(pdf) {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return html.split('<page ').slice(1).map((chunk) => {
    const [, width, height] = chunk.match(/width="([\d.]+)" height="([\d.]+)"/).map(Number);
    const words = [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map((m) => ({ xMin: +m[1], yMin: +m[2], xMax: +m[3], yMax: +m[4], text: m[5].normalize('NFKC') }));
    return { width, height, words, text: words.map((w) => w.text).join(' ') };
  });
}

/** The QR code in each box (millimetres from the sheet's top left) of a page image rendered
 * at `dpi`, cut out with a little white around it as a camera pointed at it would see. */
function scanEach(pngPath, dpi, boxes) {
  const png = PNG.sync.read(readFileSync(pngPath));
  const px = (mm) => Math.round((mm / 25.4) * dpi);
  return boxes.map(({ x, y, width, height }) => {
    const [left, top] = [px(x - 1.5), px(y - 1.5)];
    const tile = new PNG({ width: px(width + 3), height: px(height + 3) });
    PNG.bitblt(png, tile, left, top, tile.width, tile.height, 0, 0);
    return jsQR(new Uint8ClampedArray(tile.data.buffer, tile.data.byteOffset, tile.data.length), tile.width, tile.height)?.data;
  });
}

/** Stroked paths in a page drawn by pdftocairo as SVG: each with its colour and the points of
 * its path (in the path's own units, before its transform). Cairo writes the stroke in a
 * `style` (1.16) or as its own attribute (1.17 and later); both are read. */
function strokes(svg) {
  return [...svg.matchAll(/<path\b[^>]*>/g)].map(([tag]) => {
    const style = tag.match(/ style="([^"]*)"/)?.[1] ?? '';
    const stroke = style.match(/(?:^|;)\s*stroke:\s*(rgb\([^)]*\))/)?.[1] ?? tag.match(/ stroke="(rgb\([^)]*\))"/)?.[1];
    const d = tag.match(/ d="([^"]*)"/)?.[1] ?? '';
    return { stroke: stroke?.replace(/\s+/g, ''), points: [...d.matchAll(/[ML] (-?[\d.]+) (-?[\d.]+)/g)].map((p) => [+p[1], +p[2]]) };
  }).filter((s) => s.stroke);
}

test('an 8-week report prints on A4 and US Letter: summary first, columns that fit, legend keys drawn, codes that scan', async () => {
  const { page, errors, context } = await seededPage(app.browser, eightWeeks(), { now: NOW });
  await page.goto(`${app.url}report`);
  await appReady(page);
  await page.getByRole('heading', { name: 'Exercise report' }).waitFor();
  // Notes are private until the person ticks them in: not in the summary, not in the table.
  await page.getByRole('heading', { name: 'Every session' }).waitFor();
  assert.doesNotMatch(await page.locator('main').innerText(), /Stiff getting out of bed/);
  await page.getByLabel('Include my notes').check();
  await page.getByLabel('Include my weight').check();
  for (const name of SUMMARY_HEADINGS) await page.getByRole('heading', { name }).waitFor();
  const screenText = await page.locator('main').innerText();
  assert.doesNotMatch(screenText, /\b1 (sessions|times|walks|weeks|check-ins|days)\b/);
  assert.match(screenText, /Putting on socks: 3 at the start, 7 on Wed 13 Jan 2027 \(easier\)/);
  // The pain given with "This hurts" (the bridge, at 5) sits between before and after.
  assert.equal(await page.locator('.report-table td.pain').first().innerText(), '3 / 5 / 2');
  await page.getByRole('columnheader', { name: 'Pain before / during / after' }).waitFor();
  const codes = await page.locator('.report-code').count();
  assert.equal(codes, 3, 'a code for each routine of the programme');

  let links = [];
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  for (const paper of PAPERS) {
    // The layout at the paper's printable width, in print media, as the PDF is laid out;
    // from a phone in dark mode, which must still print dark ink on white paper.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.setViewportSize({ width: Math.floor(((paper.width - 2 * MARGIN_MM) / 25.4) * 96), height: 1000 });
    const layout = await page.evaluate(() => {
      const lines = (el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
      };
      const cells = [...document.querySelectorAll('.report table:not(.chart-table) :is(td, th)')];
      return {
        overflowing: cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent),
        tooWide: [...document.querySelectorAll('.report table:not(.chart-table)')].filter((t) => t.getBoundingClientRect().right > innerWidth + 1).map((t) => `${t.className} ${t.getBoundingClientRect().right} ${innerWidth} ${document.documentElement.scrollWidth}`),
        painLines: Math.max(...[...document.querySelectorAll('.report-table td.pain')].map(lines)),
        painCells: document.querySelectorAll('.report-table td.pain').length,
        nameInk: getComputedStyle(document.querySelector('.change-chart .change-name')).fill,
        paper: getComputedStyle(document.querySelector('.change-chart')).backgroundColor,
        // Where each code sits on the first sheet, in millimetres inside the margins.
        codes: [...document.querySelectorAll('.report-code .qr-code svg')].map((el) => {
          const r = el.getBoundingClientRect();
          const mm = (v) => (v * 25.4) / 96;
          return { x: mm(r.x + scrollX), y: mm(r.y + scrollY), width: mm(r.width), height: mm(r.height) };
        }),
      };
    });
    assert.deepEqual(layout.overflowing, [], `${paper.format}: cells whose text spills out`);
    assert.deepEqual(layout.tooWide, [], `${paper.format}: a table wider than the paper`);
    assert.ok(layout.painCells > 40);
    assert.equal(layout.painLines, 1, `${paper.format}: the pain column takes ${layout.painLines} lines`);
    assert.equal(layout.nameInk, 'rgb(29, 42, 42)', `${paper.format}: chart text prints in the dark theme's ink`);
    assert.equal(layout.paper, 'rgb(255, 255, 255)');

    const pdf = `${OUT}/report-${paper.format}.pdf`;
    await page.pdf({ path: pdf, format: paper.format, preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    // Every page as a picture, to look at (target/report-print/).
    execFileSync('pdftoppm', ['-r', '110', '-png', pdf, `${OUT}/${paper.format}`]);
    const pages = wordsByPage(pdf);
    assert.ok(pages.length >= 3, `${paper.format}: ${pages.length} pages`);

    // The paper is the printer's: the page is A4 or Letter, not forced to one size.
    assert.ok(Math.abs(pages[0].width - paper.width * MM) < 2, `${paper.format}: ${pages[0].width} pt wide`);
    assert.ok(Math.abs(pages[0].height - paper.height * MM) < 2, `${paper.format}: ${pages[0].height} pt high`);

    // Page one is the summary, with its heading and dates; the session table comes later.
    const one = pages[0].text;
    for (const heading of SUMMARY_HEADINGS.filter((h) => h !== 'Notes')) {
      assert.ok(one.includes(heading), `${paper.format}: page 1 lacks "${heading}"`);
    }
    assert.match(one, /Recorded by the person themselves/);
    // Each note prints once, under Notes.
    assert.equal(pages.map((p) => p.text).join(' ').split('Stiff getting out of bed').length - 1, 1);
    // The notes' heading is never left alone at the foot of a page.
    const notes = pages.find((p) => p.text.includes('In their own words'));
    assert.ok(notes.text.includes('Stiff getting out of bed'), `${paper.format}: the notes' heading is parted from the notes`);
    // The summary ends its page: what follows it starts a fresh sheet.
    const rest = pages.findIndex((p) => /\d+ sessions from/.test(p.text));
    assert.ok(rest >= 1, `${paper.format}: the session pages start on page ${rest + 1}`);
    assert.match(pages[rest].text, /^\d+ sessions from/, `${paper.format}: page ${rest + 1} starts mid-way`);
    assert.ok(pages.slice(rest).some((p) => p.text.includes('Every session')));

    // Nothing runs into the margins or off the sheet, and every page is numbered.
    pages.forEach((p, k) => {
      const left = MARGIN_MM * MM - 1;
      const right = p.width - MARGIN_MM * MM + 1;
      const out = p.words.filter((w) => w.xMin < left || w.xMax > right).map((w) => w.text);
      assert.deepEqual(out, [], `${paper.format} page ${k + 1}: words past the margins`);
      assert.ok(p.text.includes(`Page ${k + 1} of ${pages.length}`), `${paper.format} page ${k + 1}: no page number`);
    });

    // The legend keys are vector strokes in the PDF itself, in the colours of the lines they
    // name: the pain chart's "Before" and "After".
    const chartPage = pages.findIndex((p) => /Pain before and after/.test(p.text) && /Before After/.test(p.text));
    assert.ok(chartPage >= 0, `${paper.format}: no page has the pain chart's legend`);
    const svgPath = `${OUT}/${paper.format}-chart.svg`;
    execFileSync('pdftocairo', ['-svg', '-f', String(chartPage + 1), '-l', String(chartPage + 1), pdf, svgPath]);
    const drawn = strokes(readFileSync(svgPath, 'utf8'));
    // A key is one short level stroke: 14 units of the legend's own small SVG.
    const keys = drawn.filter((s) => s.points.length === 2 && Math.abs(s.points[0][1] - s.points[1][1]) < 0.01
      && Math.abs(Math.abs(s.points[1][0] - s.points[0][0]) - 14) < 0.5);
    const keyColours = new Set(keys.map((k) => k.stroke));
    const lineColours = new Set(drawn.filter((s) => s.points.length > 4).map((s) => s.stroke));
    assert.ok(keyColours.size >= 2, `${paper.format}: legend keys drawn: ${[...keyColours]}`);
    for (const colour of keyColours) assert.ok(lineColours.has(colour), `${paper.format}: a key in ${colour} names no line`);

    // Every routine's printed code scans from page one, rendered at 200 dpi (a phone's
    // camera at 20 cm sees the sheet in more detail than that).
    execFileSync('pdftoppm', ['-r', '200', '-f', '1', '-l', '1', '-singlefile', '-png', pdf, `${OUT}/${paper.format}-scan`]);
    const onSheet = layout.codes.map((b) => ({ ...b, x: b.x + MARGIN_MM, y: b.y + MARGIN_MM }));
    assert.ok(onSheet.every((b) => b.width >= 29 && b.width <= 31), `${paper.format}: codes ${onSheet.map((b) => b.width)} mm wide`);
    const scanned = scanEach(`${OUT}/${paper.format}-scan.png`, 200, onSheet); console.log(JSON.stringify(onSheet));
    assert.equal(new Set(scanned).size, codes, `${paper.format}: codes read from page 1: ${scanned}`);
    // Built-in routines travel by id and level, so the codes open in the reader's language.
    for (const link of scanned) assert.ok(link?.startsWith(`${app.url}shared#v=2&r=`), link);
    links = scanned;
  }

  // A physiotherapist scans a code: the link opens that routine at today's level, to save.
  const link = links.find((l) => l.includes('r=core-basics&'));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(link);
  await appReady(page);
  await page.getByRole('button', { name: 'Save to my routines' }).waitFor();
  await page.getByRole('heading', { name: 'Core basics (harder level)' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
