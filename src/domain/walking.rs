//! The walking programme: a baseline week, then a plan that grows about 10% after each week
//! done as planned, holds otherwise, and steps back after a flare, up to 30 minutes on 5 days.
//! It follows the WalkBack trial (Lancet 2024: a progressive walking programme helped keep low
//! back pain away) and the WHO advice for adults (150 minutes of moderate activity a week).
//!
//! A leaf: the caller digests sessions into [`Day`]s, so this module knows nothing of history,
//! plans or the catalogue. Days are whole local days counted from the Unix epoch.

use std::collections::BTreeMap;

use super::words;

/// Minutes per walk the programme builds up to (WHO: 150 minutes a week, as 30 on 5 days).
pub const TARGET_MINUTES: u16 = 30;
/// Walks per week the programme builds up to.
pub const TARGET_WALKS: u8 = 5;
/// The goal plan: 30 minutes on 5 days. The programme never plans more than this.
pub const TARGET: WeekPlan = WeekPlan {
    walks: TARGET_WALKS,
    minutes: TARGET_MINUTES,
};
/// Walks in the baseline week: enough to see what a comfortable walk is, without a test.
pub const BASELINE_WALKS: u8 = 3;
/// Days the baseline week lasts, once at least one walk is done.
pub const BASELINE_DAYS: i64 = 7;
/// The first week's walks are this share of the baseline, so the start feels easy.
pub const START_PERCENT: u64 = 80;
/// Walks per week in the first week (and the fewest the plan ever asks for).
pub const START_WALKS: u8 = 3;
/// A day counts as a planned walk when it has at least this share of the plan's minutes, so a
/// walk cut a little short still counts.
pub const DONE_PERCENT: u64 = 90;
/// Growth after a week done as planned: small steps that the back can get used to.
pub const GROWTH_PERCENT: u64 = 10;
/// Most programme weeks [`weeks`] lists (five years); older weeks still shape the plan.
pub const MAX_WEEKS: usize = 260;

/// One local day with walking or a flare. `day` = days since the Unix epoch in local time.
/// `minutes` is all walking (or other cardio) that day added up, as walks may be split into
/// bouts; `flare` is true when a session that day flared, or the next morning felt worse.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Day {
    pub day: i64,
    pub minutes: u32,
    pub flare: bool,
}

/// A week's plan: `walks` walks of `minutes` minutes each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekPlan {
    pub walks: u8,
    pub minutes: u16,
}

impl WeekPlan {
    /// Planned minutes for the week (walks times minutes): what growth and step-backs measure.
    pub fn volume(self) -> u32 {
        u32::from(self.walks) * u32::from(self.minutes)
    }

    /// Whether a day with `minutes` of walking counts as one of this plan's walks: at least
    /// [`DONE_PERCENT`] of the planned minutes.
    pub fn counts_as_walk(self, minutes: u32) -> bool {
        minutes > 0 && u64::from(minutes) * 100 >= u64::from(self.minutes) * DONE_PERCENT
    }

    /// The plan brought inside the programme's bounds: 3 to 5 walks of 1 to 30 minutes.
    fn bounded(self) -> Self {
        Self {
            walks: self.walks.clamp(START_WALKS, TARGET_WALKS),
            minutes: self.minutes.clamp(1, TARGET_MINUTES),
        }
    }
}

/// How a finished week went, which decides the next week's plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeekResult {
    /// At least the planned number of walks, each at 90% of the minutes or more, no flare.
    Done,
    /// Fewer walks than planned and no flare.
    NotDone,
    /// The back flared on some day of the week.
    Flared,
}

/// The plan for the first programme week: about 80% of the baseline minutes (rounded, at least
/// 1, at most 30) on 3 walks, so the first week feels easy.
pub fn start_plan(baseline_minutes: u32) -> WeekPlan {
    let minutes = (u64::from(baseline_minutes) * START_PERCENT + 50) / 100;
    WeekPlan {
        walks: START_WALKS,
        minutes: minutes.clamp(1, u64::from(TARGET_MINUTES)) as u16,
    }
}

/// The next week's plan from this week's plan and how the week went.
/// - Done: weekly minutes grow about 10% (at least 1 minute), up to the target. Walks get
///   longer first; once a walk would pass 30 minutes, a walk day is added instead.
/// - Not done: the plan holds, as the last step hasn't settled in yet.
/// - Flared: back to `last_good` (the last week done as planned), as that amount suited the
///   back; it holds if there is none, or if that would not be a step down.
pub fn next_plan(current: WeekPlan, last_good: Option<WeekPlan>, result: WeekResult) -> WeekPlan {
    let current = current.bounded();
    match result {
        WeekResult::Done => {
            let volume = current.volume();
            let grown = (volume * (100 + GROWTH_PERCENT as u32) + 50) / 100;
            split(grown.max(volume + 1).min(TARGET.volume()))
        }
        WeekResult::NotDone => current,
        WeekResult::Flared => match last_good.map(WeekPlan::bounded) {
            Some(good) if good.volume() <= current.volume() && good.walks <= current.walks => good,
            _ => current,
        },
    }
}

/// Weekly minutes as a plan: the fewest walks (3 to 5) that keep each walk within 30 minutes.
fn split(volume: u32) -> WeekPlan {
    let target = u32::from(TARGET_MINUTES);
    let walks = volume
        .div_ceil(target)
        .clamp(u32::from(START_WALKS), u32::from(TARGET_WALKS));
    let minutes = volume.div_ceil(walks).clamp(1, target);
    WeekPlan {
        walks: walks as u8,
        minutes: minutes as u16,
    }
}

/// One programme week as it went (or is going).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekSummary {
    /// The week's first day (days since the epoch).
    pub start_day: i64,
    pub plan: WeekPlan,
    /// Days with a walk that counts (at least 90% of the planned minutes).
    pub walks_done: u8,
    /// All walking minutes in the week, counted or not.
    pub minutes_walked: u32,
    /// How it went; `None` for the current week, which isn't over yet.
    pub result: Option<WeekResult>,
}

/// The baseline week in progress: walks at a comfortable pace to find a starting point.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Baseline {
    pub start_day: i64,
    /// The baseline's walk days so far, in order (at most 3).
    pub walks: Vec<Day>,
    /// Days of the baseline week left, counting today (0 once 7 days passed with no walk yet).
    pub days_left: u32,
    /// The baseline ended today: the programme's first week starts tomorrow.
    pub done: bool,
}

/// The programme weeks after the baseline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Walking {
    /// The baseline walks' usual length, in minutes.
    pub baseline_minutes: u32,
    /// Every programme week up to and including this week (the last; never empty), at most
    /// the latest [`MAX_WEEKS`].
    pub weeks: Vec<WeekSummary>,
}

/// Where someone is in the walking programme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Programme {
    Baseline(Baseline),
    Walking(Walking),
}

/// One bar of the weekly chart: minutes walked against minutes planned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekBar {
    pub start_day: i64,
    pub walked: u32,
    pub planned: u32,
}

impl Programme {
    /// This week, once the baseline is over.
    pub fn this_week(&self) -> Option<&WeekSummary> {
        match self {
            Programme::Baseline(_) => None,
            Programme::Walking(w) => w.weeks.last(),
        }
    }

    /// This week's plan; `None` during the baseline, which has no fixed minutes.
    pub fn plan(&self) -> Option<WeekPlan> {
        self.this_week().map(|w| w.plan)
    }

    /// Walks that count so far this week (in the baseline: baseline walks so far).
    pub fn walks_this_week(&self) -> u8 {
        match self {
            Programme::Baseline(b) => b.walks.len() as u8,
            Programme::Walking(_) => self.this_week().map_or(0, |w| w.walks_done),
        }
    }

    /// Each programme week's walked and planned minutes, oldest first, for a chart whose goal
    /// line is `TARGET.volume()` (150). Empty during the baseline.
    pub fn chart(&self) -> Vec<WeekBar> {
        match self {
            Programme::Baseline(_) => Vec::new(),
            Programme::Walking(w) => w
                .weeks
                .iter()
                .map(|s| WeekBar {
                    start_day: s.start_day,
                    walked: s.minutes_walked,
                    planned: s.plan.volume(),
                })
                .collect(),
        }
    }
}

/// The programme as of `today`, from its `start_day` (the baseline's first day) and the days
/// with walking or a flare (any order; days sharing a date add up; days outside
/// `start_day..=today` are ignored).
///
/// The baseline ends after its 3rd walk day, or after 7 days if at least one walk was done
/// (with none, it waits for the first walk). Week 1 starts the day after, and each week's plan
/// follows [`next_plan`]. A week with nothing logged is a week not done, so the plan holds.
pub fn weeks(start_day: i64, days: &[Day], today: i64) -> Programme {
    let mut merged: BTreeMap<i64, Day> = BTreeMap::new();
    for d in days.iter().filter(|d| (start_day..=today).contains(&d.day)) {
        let e = merged.entry(d.day).or_insert(Day {
            day: d.day,
            minutes: 0,
            flare: false,
        });
        e.minutes = e.minutes.saturating_add(d.minutes);
        e.flare |= d.flare;
    }
    let last_baseline_day = start_day.saturating_add(BASELINE_DAYS - 1);
    let mut walks: Vec<Day> = Vec::new();
    let mut end = None;
    for d in merged.values().filter(|d| d.minutes > 0) {
        if d.day > last_baseline_day {
            if walks.is_empty() {
                walks.push(*d);
                end = Some(d.day);
            }
            break;
        }
        walks.push(*d);
        if walks.len() == usize::from(BASELINE_WALKS) {
            end = Some(d.day);
            break;
        }
    }
    if end.is_none() && !walks.is_empty() && today > last_baseline_day {
        end = Some(last_baseline_day);
    }
    let Some(end) = end.filter(|&e| e < today) else {
        let left = start_day
            .saturating_add(BASELINE_DAYS)
            .saturating_sub(today);
        return Programme::Baseline(Baseline {
            start_day,
            days_left: if end.is_some() {
                0
            } else {
                left.clamp(0, 7) as u32
            },
            done: end.is_some(),
            walks,
        });
    };

    let baseline_minutes = baseline_minutes(&walks);
    let first = end + 1;
    let current = today.saturating_sub(first) / 7;
    let first_kept = current.saturating_sub(MAX_WEEKS as i64 - 1);
    let (mut plan, mut last_good) = (start_plan(baseline_minutes), None);
    let mut list = Vec::new();
    let mut i = 0;
    while i <= current {
        let from = first + 7 * i;
        let week: Vec<&Day> = merged
            .range(from..from.saturating_add(7))
            .map(|(_, d)| d)
            .collect();
        if week.is_empty() && i < first_kept {
            // Nothing logged: the plan holds, so skip ahead to the next week with something.
            let next = merged
                .range(from..)
                .next()
                .map_or(current, |(&d, _)| (d - first) / 7);
            i = next.min(first_kept);
            continue;
        }
        let walks_done = week
            .iter()
            .filter(|d| plan.counts_as_walk(d.minutes))
            .count() as u8;
        let result = if week.iter().any(|d| d.flare) {
            WeekResult::Flared
        } else if walks_done >= plan.walks {
            WeekResult::Done
        } else {
            WeekResult::NotDone
        };
        if i >= first_kept {
            list.push(WeekSummary {
                start_day: from,
                plan,
                walks_done,
                minutes_walked: week.iter().fold(0, |s, d| s.saturating_add(d.minutes)),
                result: (i < current).then_some(result),
            });
        }
        if i < current {
            let next = next_plan(plan, last_good, result);
            if result == WeekResult::Done {
                last_good = Some(plan);
            }
            plan = next;
        }
        i += 1;
    }
    Programme::Walking(Walking {
        baseline_minutes,
        weeks: list,
    })
}

/// The baseline: the rounded mean of the walks that did not flare (a flare day says little
/// about a comfortable walk); if all flared, the shortest, to be safe.
fn baseline_minutes(walks: &[Day]) -> u32 {
    let calm: Vec<u64> = walks
        .iter()
        .filter(|d| !d.flare)
        .map(|d| u64::from(d.minutes))
        .collect();
    if calm.is_empty() {
        return walks.iter().map(|d| d.minutes).min().unwrap_or(0);
    }
    let n = calm.len() as u64;
    ((calm.iter().sum::<u64>() + n / 2) / n).min(u64::from(u32::MAX)) as u32
}

/// "20 minutes, 3 walks".
fn plan_words(p: WeekPlan) -> String {
    format!(
        "{}, {}",
        words::count(p.minutes, words::MINUTE),
        words::count(p.walks, words::WALK)
    )
}

/// "3 walks of 20 minutes".
fn walks_of(p: WeekPlan) -> String {
    format!(
        "{} of {}",
        words::count(p.walks, words::WALK),
        words::count(p.minutes, words::MINUTE)
    )
}

/// One sentence on why this week's plan is what it is, so the number never feels arbitrary.
pub fn reason(p: &Programme) -> String {
    let w = match p {
        Programme::Baseline(b) if b.done => {
            let plan = start_plan(baseline_minutes(&b.walks));
            return format!(
                "Baseline done: your plan starts tomorrow with {}.",
                walks_of(plan)
            );
        }
        Programme::Baseline(b) if b.walks.is_empty() && b.days_left == 0 => {
            return "Baseline week: take a walk at a comfortable pace, whenever suits you, to \
                    find your starting point."
                .into();
        }
        Programme::Baseline(b) => {
            return format!(
                "Baseline week: walk at a comfortable pace, up to {}, to find what suits you \
                 ({} of {BASELINE_WALKS} so far).",
                words::count(BASELINE_WALKS, words::WALK),
                b.walks.len()
            );
        }
        Programme::Walking(w) => w,
    };
    let Some(now) = w.weeks.last() else {
        return String::new();
    };
    let plan = now.plan;
    let base = words::count(w.baseline_minutes, words::MINUTE);
    let Some(prev) = w.weeks.len().checked_sub(2).map(|i| &w.weeks[i]) else {
        if (u64::from(w.baseline_minutes) * START_PERCENT + 50) / 100 > u64::from(TARGET_MINUTES) {
            return format!(
                "{} this week: your baseline walks took {base}, and {} is as long as a walk \
                 needs to be.",
                plan_words(plan),
                words::count(TARGET_MINUTES, words::MINUTE)
            );
        }
        return format!(
            "{} this week: about {START_PERCENT}% of the {base} your baseline walks took.",
            plan_words(plan)
        );
    };
    match prev.result {
        Some(WeekResult::Flared) if plan != prev.plan => format!(
            "Back to {}: your back flared last week, so this week steps back to your last good \
             week.",
            plan_words(plan)
        ),
        Some(WeekResult::Flared) => {
            "Same as last week: your back flared last week, so the plan holds for now.".into()
        }
        _ if plan == TARGET => format!(
            "{} on {}: that's the target. Keep it up.",
            words::count(TARGET_MINUTES, words::MINUTE),
            words::count(TARGET_WALKS, words::DAY)
        ),
        Some(WeekResult::Done) if plan.walks > prev.plan.walks => format!(
            "{}: one more walk a week, because last week went as planned.",
            plan_words(plan)
        ),
        Some(WeekResult::Done) => format!(
            "{}: a little more, because last week went as planned.",
            plan_words(plan)
        ),
        _ => format!(
            "Same as last week: it goes up after a week with {} of about {}.",
            words::count(prev.plan.walks, words::WALK),
            words::count(prev.plan.minutes, words::MINUTE)
        ),
    }
}

/// "2 of 4 walks this week", or "4 walks this week" once all are done (or more).
pub fn progress_words(done: u8, planned: u8) -> String {
    if done >= planned {
        format!("{} this week", words::count(done, words::WALK))
    } else {
        format!("{} this week", words::done_of(done, planned, words::WALK))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The most weeks done as planned it takes to reach the target, from any baseline 1..=120
    /// minutes (a 1-minute baseline takes exactly this many; 25 minutes takes 9).
    const GOOD_WEEKS_TO_TARGET: usize = 24;

    fn walk(day: i64, minutes: u32) -> Day {
        Day {
            day,
            minutes,
            flare: false,
        }
    }

    fn flare(day: i64, minutes: u32) -> Day {
        Day {
            day,
            minutes,
            flare: true,
        }
    }

    fn plan(walks: u8, minutes: u16) -> WeekPlan {
        WeekPlan { walks, minutes }
    }

    fn walking(p: &Programme) -> &Walking {
        match p {
            Programme::Walking(w) => w,
            Programme::Baseline(b) => panic!("still in the baseline: {b:?}"),
        }
    }

    /// Baseline of three 25-minute walks on days 0-2; week 1 starts on day 3.
    fn base() -> Vec<Day> {
        vec![walk(0, 25), walk(1, 25), walk(2, 25)]
    }

    /// `n` walks of `minutes` in the week starting `from`.
    fn week(from: i64, n: i64, minutes: u32) -> Vec<Day> {
        (0..n).map(|k| walk(from + k, minutes)).collect()
    }

    #[test]
    fn baseline_ends_after_the_third_walk() {
        let p = weeks(0, &base(), 1);
        assert!(matches!(&p, Programme::Baseline(b) if b.walks.len() == 2 && b.days_left == 6));
        assert_eq!(p.walks_this_week(), 2);
        assert!(matches!(weeks(0, &base(), 2), Programme::Baseline(b) if b.done));
        let w = weeks(0, &base(), 3);
        assert_eq!(walking(&w).weeks[0].start_day, 3);
        assert_eq!(w.plan(), Some(plan(3, 20)));
    }

    #[test]
    fn baseline_ends_after_seven_days_with_a_walk() {
        let days = [walk(1, 20), walk(9, 40)];
        assert!(matches!(weeks(0, &days, 6), Programme::Baseline(b) if b.days_left == 1));
        let w = weeks(0, &days, 7);
        assert_eq!(walking(&w).weeks[0].start_day, 7);
        assert_eq!(
            walking(&w).baseline_minutes,
            20,
            "the late walk is week 1's"
        );
    }

    #[test]
    fn baseline_waits_for_a_first_walk() {
        let p = weeks(0, &[], 20);
        assert!(matches!(&p, Programme::Baseline(b) if b.days_left == 0 && !b.done));
        assert!(reason(&p).contains("whenever suits you"));
        let w = weeks(0, &[walk(20, 15)], 21);
        assert_eq!(walking(&w).weeks[0].start_day, 21);
        assert_eq!(w.plan(), Some(plan(3, 12)));
    }

    #[test]
    fn baseline_leaves_out_flared_walks() {
        let days = [walk(0, 20), flare(1, 40), walk(2, 25)];
        assert_eq!(walking(&weeks(0, &days, 3)).baseline_minutes, 23);
        let all = [flare(0, 20), flare(1, 12), flare(2, 25)];
        assert_eq!(walking(&weeks(0, &all, 3)).baseline_minutes, 12);
    }

    #[test]
    fn start_is_about_80_percent_of_the_baseline() {
        assert_eq!(start_plan(25), plan(3, 20));
        assert_eq!(start_plan(18), plan(3, 14));
        assert_eq!(start_plan(1), plan(3, 1), "at least a minute");
        assert_eq!(start_plan(0), plan(3, 1));
        assert_eq!(start_plan(120), plan(3, 30), "never above 30 minutes");
    }

    #[test]
    fn grows_about_10_percent_after_a_week_done_as_planned() {
        let done = WeekResult::Done;
        assert_eq!(next_plan(plan(3, 20), None, done), plan(3, 22));
        assert_eq!(
            next_plan(plan(3, 28), None, done),
            plan(4, 23),
            "adds a day"
        );
        assert_eq!(
            next_plan(plan(3, 1), None, done),
            plan(3, 2),
            "at least a step"
        );
        let mut days = base();
        days.extend(week(3, 3, 20));
        let w = weeks(0, &days, 10);
        assert_eq!(walking(&w).weeks[0].result, Some(WeekResult::Done));
        assert_eq!(w.plan(), Some(plan(3, 22)));
    }

    #[test]
    fn holds_after_a_week_not_done() {
        assert_eq!(
            next_plan(plan(3, 20), None, WeekResult::NotDone),
            plan(3, 20)
        );
        let mut days = base();
        days.extend(week(3, 2, 20));
        let w = weeks(0, &days, 10);
        assert_eq!(walking(&w).weeks[0].result, Some(WeekResult::NotDone));
        assert_eq!(w.plan(), Some(plan(3, 20)));
    }

    #[test]
    fn holds_in_a_flare_week_then_steps_back_to_the_last_good_week() {
        let mut days = base();
        days.extend(week(3, 3, 20)); // done: 3 x 22 next
        days.extend(week(10, 3, 22)); // done: 3 x 25 next
        days.extend(week(17, 3, 25));
        days.push(flare(20, 0));
        let w = weeks(0, &days, 20);
        assert_eq!(w.plan(), Some(plan(3, 25)), "holds during the flare week");
        let w = weeks(0, &days, 24);
        assert_eq!(walking(&w).weeks[2].result, Some(WeekResult::Flared));
        assert_eq!(w.plan(), Some(plan(3, 22)), "back to the last good week");
    }

    #[test]
    fn holds_after_a_flare_with_no_good_week_yet() {
        let mut days = base();
        days.push(flare(4, 20));
        assert_eq!(weeks(0, &days, 10).plan(), Some(plan(3, 20)));
        assert_eq!(
            next_plan(plan(3, 20), None, WeekResult::Flared),
            plan(3, 20)
        );
    }

    #[test]
    fn reaches_the_target_and_keeps_it() {
        let mut p = plan(3, 20);
        for _ in 0..GOOD_WEEKS_TO_TARGET {
            p = next_plan(p, None, WeekResult::Done);
        }
        assert_eq!(p, TARGET);
        assert_eq!(next_plan(p, None, WeekResult::Done), TARGET);
        assert_eq!(next_plan(p, Some(p), WeekResult::NotDone), TARGET);
        assert_eq!(next_plan(plan(9, 99), None, WeekResult::NotDone), TARGET);
    }

    #[test]
    fn bouts_on_one_day_add_up() {
        let mut days = base();
        for d in 3..6 {
            days.extend([walk(d, 10), walk(d, 10)]);
        }
        let w = weeks(0, &days, 9);
        assert_eq!(w.walks_this_week(), 3);
        assert_eq!(walking(&w).weeks[0].minutes_walked, 60);
    }

    #[test]
    fn a_walk_counts_at_90_percent() {
        assert!(plan(3, 20).counts_as_walk(18));
        assert!(!plan(3, 20).counts_as_walk(17));
        assert!(!plan(3, 1).counts_as_walk(0));
        let mut days = base();
        days.extend(week(3, 3, 18));
        assert_eq!(weeks(0, &days, 10).plan(), Some(plan(3, 22)));
    }

    #[test]
    fn long_gaps_hold_the_plan_and_keep_the_latest_weeks() {
        let mut days = base();
        days.extend(week(3, 3, 20));
        days.extend(week(3 + 7 * 400, 3, 22));
        let w = weeks(0, &days, 3 + 7 * 401);
        let list = &walking(&w).weeks;
        assert_eq!(list.len(), MAX_WEEKS);
        assert_eq!(list.last().map(|s| s.start_day), Some(3 + 7 * 401));
        assert_eq!(w.plan(), Some(plan(3, 25)));
        assert_eq!(w.chart().len(), MAX_WEEKS);
    }

    #[test]
    fn the_chart_shows_walked_and_planned_minutes() {
        let mut days = base();
        days.extend(week(3, 2, 30));
        let chart = weeks(0, &days, 10).chart();
        let bar = |start_day, walked, planned| WeekBar {
            start_day,
            walked,
            planned,
        };
        assert_eq!(chart, vec![bar(3, 60, 60), bar(10, 0, 60)]);
        assert!(weeks(0, &days, 1).chart().is_empty());
    }

    #[test]
    fn reasons_say_why_in_words_that_agree() {
        let mut days = base();
        let mut said = vec![reason(&weeks(0, &days, 1)), reason(&weeks(0, &days, 2))];
        assert_eq!(
            said[0],
            "Baseline week: walk at a comfortable pace, up to 3 walks, to find what suits you \
             (2 of 3 so far)."
        );
        let mut at = |days: &[Day], today| {
            let r = reason(&weeks(0, days, today));
            assert!(words::disagreement(&r).is_none(), "{r}");
            said.push(r.clone());
            r
        };
        assert_eq!(
            at(&days, 3),
            "20 minutes, 3 walks this week: about 80% of the 25 minutes your baseline walks took."
        );
        days.extend(week(3, 3, 20));
        assert_eq!(
            at(&days, 10),
            "22 minutes, 3 walks: a little more, because last week went as planned."
        );
        assert_eq!(
            at(&days, 17),
            "Same as last week: it goes up after a week with 3 walks of about 22 minutes."
        );
        days.push(flare(18, 0));
        assert_eq!(
            at(&days, 24),
            "Back to 20 minutes, 3 walks: your back flared last week, so this week steps back \
             to your last good week."
        );
        let big = [walk(0, 45), walk(1, 45), walk(2, 45)];
        assert!(at(&big, 3).contains("your baseline walks took 45 minutes"));
        let mut days = big.to_vec();
        let mut today = 3;
        while weeks(0, &days, today).plan() != Some(TARGET) {
            let p = weeks(0, &days, today).plan().unwrap_or(TARGET);
            days.extend(week(today, i64::from(p.walks), u32::from(p.minutes)));
            today += 7;
            at(&days, today);
        }
        assert_eq!(
            at(&days, today),
            "30 minutes on 5 days: that's the target. Keep it up."
        );
        assert!(said.iter().any(|s| s.contains("one more walk a week")));
        assert!(reason(&weeks(0, &[walk(0, 1)], 0)).contains("(1 of 3 so far)"));
        assert_eq!(
            reason(&weeks(0, &base(), 2)),
            "Baseline done: your plan starts tomorrow with 3 walks of 20 minutes."
        );
    }

    #[test]
    fn progress_words_count_walks() {
        assert_eq!(progress_words(2, 4), "2 of 4 walks this week");
        assert_eq!(progress_words(0, 3), "0 of 3 walks this week");
        assert_eq!(progress_words(3, 3), "3 walks this week");
        assert_eq!(progress_words(1, 1), "1 walk this week");
        assert_eq!(progress_words(6, 5), "6 walks this week");
    }

    fn any_plan() -> impl Strategy<Value = WeekPlan> {
        (START_WALKS..=TARGET_WALKS, 1..=TARGET_MINUTES).prop_map(|(w, m)| plan(w, m))
    }

    fn any_result() -> impl Strategy<Value = WeekResult> {
        prop_oneof![
            Just(WeekResult::Done),
            Just(WeekResult::NotDone),
            Just(WeekResult::Flared)
        ]
    }

    /// A few months of random walking, bouts and flares after a random baseline.
    fn any_days() -> impl Strategy<Value = Vec<Day>> {
        proptest::collection::vec(
            (0i64..120, 0u32..50, proptest::bool::weighted(0.1)).prop_map(
                |(day, minutes, flare)| Day {
                    day,
                    minutes,
                    flare,
                },
            ),
            0..150,
        )
    }

    proptest! {
        #[test]
        fn never_increases_after_a_flare_week(days in any_days(), today in 0i64..130) {
            if let Programme::Walking(w) = weeks(0, &days, today) {
                for pair in w.weeks.windows(2) {
                    if pair[0].result == Some(WeekResult::Flared) {
                        prop_assert!(pair[1].plan.volume() <= pair[0].plan.volume(), "{pair:?}");
                        prop_assert!(pair[1].plan.walks <= pair[0].plan.walks, "{pair:?}");
                    }
                }
            }
        }

        #[test]
        fn never_above_the_target(
            walks in any::<u8>(),
            minutes in any::<u16>(),
            good in proptest::option::of((any::<u8>(), any::<u16>())),
            result in any_result(),
            days in any_days(),
            today in 0i64..130,
        ) {
            let next = next_plan(plan(walks, minutes), good.map(|(w, m)| plan(w, m)), result);
            prop_assert!(next.walks <= TARGET_WALKS && next.minutes <= TARGET_MINUTES);
            prop_assert!(next.walks >= START_WALKS && next.minutes >= 1);
            if let Some(p) = weeks(0, &days, today).plan() {
                prop_assert!(p.walks <= TARGET_WALKS && p.minutes <= TARGET_MINUTES);
            }
        }

        #[test]
        fn never_increases_after_a_week_not_done(
            current in any_plan(),
            good in proptest::option::of(any_plan()),
            days in any_days(),
            today in 0i64..130,
        ) {
            prop_assert_eq!(next_plan(current, good, WeekResult::NotDone), current);
            if let Programme::Walking(w) = weeks(0, &days, today) {
                for pair in w.weeks.windows(2) {
                    if pair[0].result == Some(WeekResult::NotDone) {
                        prop_assert_eq!(pair[1].plan, pair[0].plan);
                    }
                }
            }
        }

        #[test]
        fn reaches_the_target_from_any_baseline_in_bounded_good_weeks(baseline in 1u32..=120) {
            let mut p = start_plan(baseline);
            let mut weeks_taken = 0;
            while p != TARGET {
                let next = next_plan(p, None, WeekResult::Done);
                prop_assert!(next.volume() > p.volume(), "grows every good week");
                prop_assert!(next.volume() * 10 <= p.volume() * 11 + 10 * u32::from(next.walks),
                    "about 10% (or one minute a walk): {p:?} -> {next:?}");
                p = next;
                weeks_taken += 1;
            }
            prop_assert!(weeks_taken <= GOOD_WEEKS_TO_TARGET, "{baseline}: {weeks_taken}");
            prop_assert_eq!(next_plan(p, Some(p), WeekResult::Done), TARGET);
        }

        #[test]
        fn steps_back_no_higher_than_the_flare_week(
            current in any_plan(),
            good in proptest::option::of(any_plan()),
        ) {
            let next = next_plan(current, good, WeekResult::Flared);
            prop_assert!(next.volume() <= current.volume());
            prop_assert!(next.walks <= current.walks);
            match good {
                Some(g) if g.volume() <= current.volume() && g.walks <= current.walks => {
                    prop_assert_eq!(next, g);
                }
                _ => prop_assert_eq!(next, current),
            }
        }
    }
}
