// Stored data for the screen-by-screen checks (axe, small screens, target sizes): a person's
// own routine, a logged walk, a weight log, and a share link, in the formats the app writes.

const NOW = Date.now();

export const OWN_ROUTINE_ID = 'my-19ab1c2d3e4-0000002a';

export const OWN_ROUTINES = JSON.stringify({
  v: 1,
  data: [{
    id: OWN_ROUTINE_ID,
    created_at: NOW - 86_400_000,
    updated_at: NOW - 86_400_000,
    draft: {
      name: 'Desk reset',
      stage: 'Building',
      note: 'Between long calls.',
      from: 'Dr Ng',
      items: [
        { exercise: 'pelvic-tilt', dose: { work: { reps: { reps: 10, secs_per_rep: 4 } }, sets: 2, rest_secs: 20 } },
        { exercise: 'knee-to-chest', dose: { work: { hold: { secs: 20 } }, sets: 3, rest_secs: 10 } },
        { exercise: 'walking', dose: { work: { timed: { mins: 10 } }, sets: 1, rest_secs: 0 } },
      ],
    },
  }],
});

export const WEIGHTS = JSON.stringify({
  v: 1,
  data: [
    { at: NOW - 29 * 86_400_000, utc_offset_min: 0, grams: 84_000 },
    { at: NOW - 14 * 86_400_000, utc_offset_min: 0, grams: 83_100 },
    { at: NOW - 86_400_000, utc_offset_min: 0, grams: 82_400 },
  ],
});

export const SETTINGS_WITH_WEIGHT = JSON.stringify({ v: 1, data: { track_weight: true } });

/** Sessions format 3: a guided session and a walk logged by hand with its distance. */
export const SESSIONS = JSON.stringify({
  v: 3,
  data: [
    ['a1', NOW - 3_600_000, 0, 'gentle-start', 'Gentle start', 0, 300, false, 4, 3, 'about_right', 'ok',
      [['pelvic-tilt', 2, 2, 20, 80, null, null]], null],
    ['w1', NOW - 7_200_000, 0, 'log-walk', 'Walk', 0, 1_800, false, 3, 2, 'about_right', 'Along the river',
      [['walking', 1, 1, 0, 1_800, null, null]], 2_400],
  ],
});

/** FNV-1a, 32-bit, as the share links use. */
function fnv1a32(text) {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A signed share-link fragment for a routine body like "v=1&n=…&s=b&x=…". */
export function shareFragment(body) {
  return `${body}&c=${fnv1a32(body)}`;
}

export const SHARE_PATH = `shared#${shareFragment('v=1&n=Core%20for%20Sam&s=b&by=Dr%20Ng&x=pelvic-tilt*r10*2*30,glute-bridge*r8t6*2*30,walking*m10*1*0')}`;

/** Everything above, as localStorage keys and values. */
// Three lessons of the course read, two with answers (so a lesson's page shows its reply
// and kept words, and the pain-rule lesson its person's own bands).
// One calm session listened to (History, Insights and the report show it on its own).
export const COURSE = JSON.stringify({
  v: 2,
  data: {
    calm: [{ id: 'body-scan', started_at: Date.parse('2026-11-04T20:00:00Z'), utc_offset_min: 0, secs: 582, finished: true }],
    lessons: [
      { id: 'pain-common', read_on: '2026-11-02', answer: { text: 'Putting on my socks' } },
      { id: 'pain-alarm', read_on: '2026-11-03', answer: { choice: 1 } },
      { id: 'pain-volume', read_on: '2026-11-04' },
      { id: 'pain-hurt-harm', read_on: '2026-11-05' },
    ],
  },
});

export const STORED = {
  'limber.sessions': SESSIONS,
  'limber.routines': OWN_ROUTINES,
  'limber.weight': WEIGHTS,
  'limber.settings': SETTINGS_WITH_WEIGHT,
  'limber.course': COURSE,
};

export const NEW_SCREENS = ['routines/new', `routines/${OWN_ROUTINE_ID}`, `routines/${OWN_ROUTINE_ID}/edit`, 'log',
  SHARE_PATH, 'shared#v=1&n=broken', 'flare', 'why', 'learn/why-walking', 'calm/body-scan', 'check', 'goals'];

// Every settings sub-page, by address.
export const SETTINGS_PAGES = ['settings/week', 'settings/session', 'settings/display', 'settings/data', 'settings/install',
  'settings/about'];

// A plan eight days old, every day a plan day (so the weekly check-in is due).
export const A_PLAN = JSON.stringify({
  v: 1,
  data: {
    pain_now: 4, duration: 'Longer', activity: 'Some', activities: [{ name: 'Putting on socks', score: 4 }],
    days: [true, true, true, true, true, true, true], minute_of_day: 450, red_flag_checked: false,
    stage: 'Building', cardio_start_min: 15, created_at: Date.now() - 8 * 86_400_000, utc_offset_min: 0,
  },
});

// Every screen by address, with the data in STORED and A_PLAN behind it.
export const SCREENS = ['', 'routines', 'routines/core-basics', 'exercises', 'exercises/bird-dog', 'play/gentle-start',
  'history', 'history/a1', 'history/w1', 'insights', 'report', 'settings', ...SETTINGS_PAGES, 'learn', 'learn/hurt-vs-harm', 'learn/pain-alarm', 'learn/pain-common', ...NEW_SCREENS];
