//! The walking programme: a baseline week, then a plan that grows about 10% after each week
//! done as planned, holds otherwise, and steps back after a flare, up to 30 minutes on 5 days.
//! It follows the WalkBack trial (Lancet 2024: a progressive walking programme helped keep low
//! back pain away) and the WHO advice for adults (150 minutes of moderate activity a week).
//!
//! A leaf: the caller digests sessions into [`Day`]s, so this module knows nothing of history,
//! plans or the catalogue. Days are whole local days counted from the Unix epoch.

use std::collections::BTreeMap;

use super::calendar::{week_start_day, LocalDate};
use super::i18n::{messages, Arg, DateStyle, Msg};

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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
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
    let minutes = start_minutes(baseline_minutes).clamp(1, u64::from(TARGET_MINUTES));
    WeekPlan {
        walks: START_WALKS,
        minutes: minutes as u16,
    }
}

/// 80% of the baseline, rounded, before the bounds.
fn start_minutes(baseline_minutes: u32) -> u64 {
    (u64::from(baseline_minutes) * START_PERCENT + 50) / 100
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

impl WeekSummary {
    /// One line on how the week went, for "Why this level": "Week of 15 Nov: 3 walks of 22
    /// minutes, all done as planned."
    pub fn sentence_msg(&self) -> Msg {
        let result = match self.result {
            Some(WeekResult::Done) => "done",
            Some(WeekResult::Flared) => "flared",
            Some(WeekResult::NotDone) => "not-done",
            None => "going",
        };
        let date = Arg::Date(LocalDate::from_days(self.start_day), DateStyle::Short);
        if self.walks_done == self.plan.walks {
            messages::records_walk_week_all(date, self.plan.walks, self.plan.minutes, result)
        } else {
            messages::records_walk_week_done_of(
                date,
                self.walks_done,
                self.plan.walks,
                self.plan.minutes,
                result,
            )
        }
    }
}

/// The baseline week in progress: walks at a comfortable pace to find a starting point.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Baseline {
    pub start_day: i64,
    /// The baseline's walk days so far, in order (at most 3).
    pub walks: Vec<Day>,
    /// Days of the baseline week left, counting today (0 once 7 days passed with no walk yet).
    pub days_left: u32,
    /// Once the baseline is over: the day the programme's first week starts, the first day
    /// of the next week (days since the epoch).
    pub starts_on: Option<i64>,
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

    /// Each programme week's minutes walked and planned, oldest first (none in the baseline),
    /// for the weekly chart, whose goal line is `TARGET.volume()` (150, the WHO advice).
    pub fn chart(&self) -> Vec<WeekBar> {
        let weeks = match self {
            Programme::Baseline(_) => &[][..],
            Programme::Walking(w) => &w.weeks,
        };
        let bar = |w: &WeekSummary| WeekBar {
            start_day: w.start_day,
            walked: w.minutes_walked,
            planned: w.plan.volume(),
        };
        weeks.iter().map(bar).collect()
    }
}

/// One bar of the weekly chart: a programme week's minutes walked against its plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekBar {
    pub start_day: i64,
    pub walked: u32,
    pub planned: u32,
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
        let e = merged.entry(d.day).or_default();
        e.day = d.day;
        e.minutes = e.minutes.saturating_add(d.minutes);
        e.flare |= d.flare;
    }
    let last_baseline_day = start_day.saturating_add(BASELINE_DAYS - 1);
    let (mut walks, mut end) = (Vec::new(), None);
    for d in merged.values().filter(|d| d.minutes > 0) {
        if d.day > last_baseline_day && !walks.is_empty() {
            break;
        }
        walks.push(*d);
        if walks.len() == usize::from(BASELINE_WALKS) || d.day > last_baseline_day {
            end = Some(d.day);
            break;
        }
    }
    if end.is_none() && !walks.is_empty() && today > last_baseline_day {
        end = Some(last_baseline_day);
    }
    // Programme weeks are the person's calendar weeks (`calendar::week_start`), as in History
    // and the report: week 1 starts on the first day of the week after the baseline ends.
    let first = end.map(|e| week_start_day(e) + 7);
    let Some(first) = first.filter(|&f| f <= today) else {
        let left = start_day
            .saturating_add(BASELINE_DAYS)
            .saturating_sub(today);
        return Programme::Baseline(Baseline {
            start_day,
            days_left: end.map_or(left.clamp(0, BASELINE_DAYS) as u32, |_| 0),
            starts_on: first,
            walks,
        });
    };

    let baseline_minutes = baseline_minutes(&walks);
    let current = today.saturating_sub(first) / 7;
    let first_kept = current.saturating_sub(MAX_WEEKS as i64 - 1);
    let (mut plan, mut last_good) = (start_plan(baseline_minutes), None);
    let (mut list, mut i) = (Vec::new(), 0);
    while i <= current {
        let from = first + 7 * i;
        let week: Vec<&Day> = merged
            .range(from..from.saturating_add(7))
            .map(|e| e.1)
            .collect();
        if week.is_empty() && i < first_kept {
            // Nothing logged: the plan holds, so skip ahead to the next week with something.
            let next = merged
                .range(from..)
                .next()
                .map_or(current, |e| e.0.saturating_sub(first) / 7);
            i = next.min(first_kept);
            continue;
        }
        let walks_done = week
            .iter()
            .filter(|d| plan.counts_as_walk(d.minutes))
            .count();
        let result = if week.iter().any(|d| d.flare) {
            WeekResult::Flared
        } else if walks_done >= usize::from(plan.walks) {
            WeekResult::Done
        } else {
            WeekResult::NotDone
        };
        if i >= first_kept {
            list.push(WeekSummary {
                start_day: from,
                plan,
                walks_done: walks_done as u8,
                minutes_walked: week.iter().fold(0, |s, d| s.saturating_add(d.minutes)),
                result: (i < current).then_some(result),
            });
        }
        let next = next_plan(plan, last_good, result);
        if result == WeekResult::Done {
            last_good = Some(plan);
        }
        (plan, i) = (next, i + 1);
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
        .map(|d| d.minutes.into())
        .collect();
    let Some(n) = (!calm.is_empty()).then_some(calm.len() as u64) else {
        return walks.iter().map(|d| d.minutes).min().unwrap_or(0);
    };
    ((calm.iter().sum::<u64>() + n / 2) / n).min(u32::MAX.into()) as u32
}

/// One sentence on why this week's plan is what it is, so the number never feels arbitrary.
/// `None` only for
/// a programme with no weeks, which [`weeks`] never gives.
pub fn reason_msg(p: &Programme) -> Option<Msg> {
    let w = match p {
        Programme::Walking(w) => w,
        Programme::Baseline(Baseline {
            starts_on: Some(first_day),
            walks,
            ..
        }) => {
            let first = start_plan(baseline_minutes(walks));
            let day = Arg::Date(LocalDate::from_days(*first_day), DateStyle::Weekday);
            return Some(messages::records_walk_baseline_done(
                day,
                first.walks,
                first.minutes,
            ));
        }
        Programme::Baseline(b) if b.walks.is_empty() && b.days_left == 0 => {
            return Some(messages::records_walk_baseline_waiting());
        }
        Programme::Baseline(b) => {
            return Some(messages::records_walk_baseline(
                BASELINE_WALKS,
                b.walks.len(),
            ));
        }
    };
    let now = w.weeks.last()?;
    let (m, n) = (now.plan.minutes, now.plan.walks);
    let Some(prev) = w.weeks.iter().rev().nth(1) else {
        let base = w.baseline_minutes;
        return Some(if start_minutes(base) > u64::from(TARGET_MINUTES) {
            messages::records_walk_first_capped(m, n, base)
        } else {
            messages::records_walk_first(m, n, START_PERCENT, base)
        });
    };
    Some(match prev.result {
        Some(WeekResult::Flared) if now.plan != prev.plan => {
            messages::records_walk_stepped_back(m, n)
        }
        Some(WeekResult::Flared) => messages::records_walk_held_flare(),
        _ if now.plan == TARGET => messages::records_walk_target(TARGET_MINUTES, TARGET_WALKS),
        Some(WeekResult::Done) if now.plan.walks > prev.plan.walks => {
            messages::records_walk_more_walks(m, n)
        }
        Some(WeekResult::Done) => messages::records_walk_grown(m, n),
        _ => messages::records_walk_held(prev.plan.walks, prev.plan.minutes),
    })
}

/// [`longer_than_planned`] in words.
pub fn longer_than_planned_msg(p: &Programme) -> Option<Msg> {
    let week = p.this_week()?;
    let walks = u32::from(week.walks_done);
    let planned = u32::from(week.plan.minutes);
    if walks == 0 || week.minutes_walked * 5 < walks * planned * 6 {
        return None;
    }
    let average = week.minutes_walked / walks;
    Some(messages::records_walk_longer(
        average,
        planned,
        GROWTH_PERCENT,
    ))
}

/// "2 of 4 walks this week", or "4 walks this week" once all are done (or more).
pub fn progress_msg(done: u8, planned: u8) -> Msg {
    if done >= planned {
        messages::records_walk_progress_all(done)
    } else {
        messages::records_walk_progress(done, planned)
    }
}

#[cfg(test)]
mod tests {
    use super::WeekResult::{Done, Flared, NotDone};
    use super::*;
    use crate::domain::i18n::english_text;

    fn reason(p: &Programme) -> String {
        reason_msg(p).map(|m| english_text(&m)).unwrap_or_default()
    }

    fn longer_than_planned(p: &Programme) -> Option<String> {
        longer_than_planned_msg(p).map(|m| english_text(&m))
    }

    fn progress_words(done: u8, planned: u8) -> String {
        english_text(&progress_msg(done, planned))
    }

    /// A week's line, in English.
    trait Sentence {
        fn sentence(&self) -> String;
    }

    impl Sentence for WeekSummary {
        fn sentence(&self) -> String {
            english_text(&self.sentence_msg())
        }
    }
    use proptest::prelude::*;

    /// The most weeks done as planned it takes to reach the target from any baseline of 1 to
    /// 120 minutes: a 1-minute baseline takes exactly this many (25 minutes takes 9).
    const GOOD_WEEKS_TO_TARGET: usize = 24;

    fn plan(walks: u8, minutes: u16) -> WeekPlan {
        WeekPlan { walks, minutes }
    }

    fn day((day, minutes, flare): (i64, u32, bool)) -> Day {
        Day {
            day,
            minutes,
            flare,
        }
    }

    /// The first script day: a Friday (2 Jan 1970), so that a baseline ending on the third day
    /// (a Sunday) is followed by week 1 on the next day, a Monday.
    const FRIDAY: i64 = 1;

    /// The programme on the script's last day. One token a day from a Friday (`|` between
    /// weeks is only for reading): `-` no walk, `20` minutes walked, `10+10` bouts, `20!` or
    /// `!` a flare. The baseline "25 25 25" ends on the Sunday, so week 1 starts on Monday.
    fn run(script: &str) -> Programme {
        let tokens: Vec<&str> = script.split_whitespace().filter(|t| *t != "|").collect();
        let mut days = Vec::new();
        for (d, t) in (FRIDAY..).zip(&tokens) {
            let flare = t.ends_with('!');
            for bout in t.trim_end_matches('!').split('+').filter(|b| *b != "-") {
                let minutes = bout.parse().unwrap_or(0);
                days.push(day((d, minutes, flare)));
            }
        }
        weeks(FRIDAY, &days, FRIDAY + tokens.len() as i64 - 1)
    }

    fn walking(p: Programme) -> Walking {
        match p {
            Programme::Walking(w) => w,
            Programme::Baseline(b) => panic!("still in the baseline: {b:?}"),
        }
    }

    #[test]
    fn walks_longer_than_planned_are_noticed() {
        let week = |walks_done, minutes_walked| {
            Programme::Walking(Walking {
                baseline_minutes: 20,
                weeks: vec![WeekSummary {
                    start_day: 0,
                    plan: plan(3, 16),
                    walks_done,
                    minutes_walked,
                    result: None,
                }],
            })
        };
        assert_eq!(longer_than_planned(&week(2, 34)), None);
        let said = longer_than_planned(&week(2, 45)).expect("noticed");
        assert!(
            said.contains("about 22 minutes each") && said.contains("the 16 minutes"),
            "{said}"
        );
        assert_eq!(longer_than_planned(&week(0, 0)), None);
    }

    #[test]
    fn baseline_ends_after_the_third_walk() {
        let p = run("25 25");
        assert!(matches!(&p, Programme::Baseline(b) if b.walks.len() == 2 && b.days_left == 6));
        assert_eq!(p.walks_this_week(), 2);
        assert!(matches!(run("25 25 25"), Programme::Baseline(b) if b.starts_on == Some(4)));
        let w = walking(run("25 25 25 | -"));
        assert_eq!((w.baseline_minutes, w.weeks[0].start_day), (25, 4));
    }

    #[test]
    fn baseline_ends_after_seven_days_with_a_walk() {
        assert!(matches!(run("- 20 - - - - -"), Programme::Baseline(b) if b.days_left == 1));
        // Friday to Thursday, then week 1 waits for Monday, the first day of the next week;
        // the walk that Monday is week 1's, not the baseline's.
        let p = run("- 20 - - - - - - - -");
        assert!(
            matches!(&p, Programme::Baseline(b) if b.starts_on == Some(11)),
            "{p:?}"
        );
        let w = walking(run("- 20 - - - - - - - - | 40"));
        assert_eq!((w.baseline_minutes, w.weeks[0].start_day), (20, 11));
        assert_eq!(w.weeks[0].minutes_walked, 40);
    }

    #[test]
    fn baseline_waits_for_a_first_walk() {
        let p = run(&"- ".repeat(20));
        assert!(matches!(&p, Programme::Baseline(b) if b.days_left == 0 && b.starts_on.is_none()));
        assert!(reason(&p).contains("whenever suits you"));
        // The first walk, on a Thursday, ends the baseline; week 1 starts on Monday.
        let w = walking(run(&format!("{} 15 - - - -", "- ".repeat(20))));
        assert_eq!((w.weeks[0].start_day, w.weeks[0].plan), (25, plan(3, 12)));
    }

    #[test]
    fn baseline_leaves_out_flared_walks() {
        assert_eq!(walking(run("20 40! 25 | -")).baseline_minutes, 23);
        assert_eq!(walking(run("20! 12! 25! | -")).baseline_minutes, 12);
    }

    /// On the script's last day, last week went as `result` and this week's plan is
    /// `walks` walks of `minutes`.
    fn check(script: &str, result: WeekResult, walks: u8, minutes: u16) {
        let w = walking(run(script));
        let [.., last, now] = &w.weeks[..] else {
            panic!("fewer than 2 weeks: {script}");
        };
        assert_eq!(
            (last.result, now.plan),
            (Some(result), plan(walks, minutes))
        );
    }

    #[test]
    fn start_is_about_80_percent_of_the_baseline() {
        assert_eq!(run("25 25 25 | -").plan(), Some(plan(3, 20)));
        assert_eq!(start_plan(18), plan(3, 14));
        assert_eq!(start_plan(1), plan(3, 1)); // at least a minute
        assert_eq!(start_plan(0), plan(3, 1));
        assert_eq!(start_plan(120), plan(3, 30)); // never above 30 minutes
    }

    #[test]
    fn grows_about_10_percent_after_a_week_done_as_planned() {
        assert_eq!(next_plan(plan(3, 20), None, Done), plan(3, 22));
        assert_eq!(next_plan(plan(3, 28), None, Done), plan(4, 23)); // a day more
        assert_eq!(next_plan(plan(3, 1), None, Done), plan(3, 2)); // at least a step
        check("25 25 25 | 20 20 20 - - - - | -", Done, 3, 22);
    }

    #[test]
    fn holds_after_a_week_not_done() {
        assert_eq!(next_plan(plan(3, 20), None, NotDone), plan(3, 20));
        check("25 25 25 | 20 - 20 - 17 - - | -", NotDone, 3, 20);
    }

    #[test]
    fn holds_in_a_flare_week_then_steps_back_to_the_last_good_week() {
        let weeks = "25 25 25 | 20 20 20 - - - - | 22 22 22 - - - - | 25 25 25 !";
        assert_eq!(run(weeks).plan(), Some(plan(3, 25)));
        check(&format!("{weeks} - - - | -"), Flared, 3, 22);
        // With no good week yet, it holds.
        check("25 25 25 | - 20! - - - - - | -", Flared, 3, 20);
        assert_eq!(next_plan(plan(3, 20), None, Flared), plan(3, 20));
    }

    #[test]
    fn reaches_the_target_and_keeps_it() {
        let mut p = plan(3, 20);
        for _ in 0..GOOD_WEEKS_TO_TARGET {
            p = next_plan(p, None, Done);
        }
        assert_eq!(p, TARGET);
        assert_eq!(next_plan(p, Some(p), NotDone), TARGET);
        assert_eq!(next_plan(plan(9, 99), None, NotDone), TARGET);
        let good_weeks = " 30 30 30 30 30 - - |".repeat(6);
        check(&format!("45 45 45 |{good_weeks} -"), Done, 5, 30);
    }

    #[test]
    fn bouts_on_one_day_add_up() {
        let w = walking(run("25 25 25 | 10+10 5+5+5+5 12+3+5"));
        assert_eq!((w.weeks[0].walks_done, w.weeks[0].minutes_walked), (3, 60));
    }

    #[test]
    fn a_walk_counts_at_90_percent() {
        assert!(plan(3, 20).counts_as_walk(18) && !plan(3, 20).counts_as_walk(17));
        assert!(!plan(3, 1).counts_as_walk(0));
        check("25 25 25 | 18 18 18 - - - - | -", Done, 3, 22);
    }

    #[test]
    fn long_gaps_hold_the_plan_and_keep_the_latest_weeks() {
        let gap = "- ".repeat(7 * 400 - 3);
        let script = format!("25 25 25 | 20 20 20 {gap} 22 22 22 - - - - | -");
        check(&script, Done, 3, 25);
        let w = walking(run(&script));
        assert_eq!(w.weeks.len(), MAX_WEEKS);
        assert_eq!(w.weeks.last().map(|s| s.start_day), Some(4 + 7 * 401));
    }

    #[test]
    fn the_chart_shows_walked_and_planned_minutes() {
        let p = run("25 25 25 | 30 30 - - - - - | -");
        let bars: Vec<_> = p
            .chart()
            .iter()
            .map(|b| (b.start_day, b.walked, b.planned))
            .collect();
        assert_eq!(bars, [(4, 60, 60), (11, 0, 60)]);
        assert!(run("25").chart().is_empty());
    }

    #[test]
    fn reasons_say_why_in_words_that_agree() {
        let target = format!("45 45 45 |{} -", " 30 30 30 30 30 - - |".repeat(6));
        let scripts = [
            "25",
            "25 25 25",
            "25 25 25 | -",
            "45 45 45 | -",
            "25 25 25 | 20 20 20 - - - - | -",
            "25 25 25 | 20 20 20 - - - - | - - - - - - - | -",
            "25 25 25 | 20 20 20 - - - - | ! - - - - - - | -",
            "25 25 25 | 20! - - - - - - | -",
            "45 45 45 | 30 30 30 30 30 - - | -",
            target.as_str(),
        ];
        let said = [
            "Baseline week: walk at a comfortable pace, up to 3 walks, to find what suits you \
             (1 of 3 so far).",
            "Baseline done: your plan starts on Monday with 3 walks of 20 minutes.",
            "20 minutes, 3 walks this week: about 80% of the 25 minutes your baseline walks took.",
            "30 minutes, 3 walks this week: your baseline walks took 45 minutes, and 30 minutes \
             a walk is plenty.",
            "22 minutes, 3 walks: a little more, because last week went as planned.",
            "Same as last week: it goes up after a week with 3 walks of about 22 minutes.",
            "Back to 20 minutes, 3 walks: your back flared last week, so this week steps back \
             to your last good week.",
            "Same as last week: your back flared last week, so the plan holds for now.",
            "25 minutes, 4 walks: one more walk a week, because last week went as planned.",
            "30 minutes on 5 days: that's the target. Keep it up.",
        ];
        for (script, said) in scripts.into_iter().zip(said) {
            let r = reason(&run(script));
            assert_eq!(r, said);
            assert_eq!(crate::domain::sentences_tests::disagreement(&r), None);
        }
    }

    #[test]
    fn every_language_has_whole_walking_sentences() {
        use crate::domain::i18n::{Catalog, Lang};
        let langs = [
            (
                Lang::De,
                include_str!("../../locales/de/records.ftl"),
                include_str!("../../locales/de/core.ftl"),
                include_str!("../../locales/de/walking.ftl"),
            ),
            (
                Lang::Es,
                include_str!("../../locales/es/records.ftl"),
                include_str!("../../locales/es/core.ftl"),
                include_str!("../../locales/es/walking.ftl"),
            ),
            (
                Lang::Fr,
                include_str!("../../locales/fr/records.ftl"),
                include_str!("../../locales/fr/core.ftl"),
                include_str!("../../locales/fr/walking.ftl"),
            ),
        ];
        for (lang, records, core, today_records) in langs {
            let mut c = Catalog::new(lang);
            c.add(core).unwrap();
            c.add(records).unwrap();
            c.add(today_records).unwrap();
            let mut said = Vec::new();
            for script in [
                "25",
                "25 25 25",
                "25 25 25 | -",
                "45 45 45 | -",
                "25 25 25 | 20! - - - - - - | -",
            ] {
                let p = run(script);
                said.extend(reason_msg(&p).map(|m| c.render(&m)));
                said.extend(p.this_week().map(|w| c.render(&w.sentence_msg())));
            }
            said.push(c.render(&progress_msg(1, 3)));
            for s in &said {
                assert!(!s.contains('{') && !s.is_empty(), "{lang:?}: {s}");
            }
        }
        let mut de = Catalog::new(Lang::De);
        de.add(include_str!("../../locales/de/core.ftl")).unwrap();
        de.add(include_str!("../../locales/de/records.ftl"))
            .unwrap();
        de.add(include_str!("../../locales/de/walking.ftl"))
            .unwrap();
        assert_eq!(
            de.render(&reason_msg(&run("25 25 25")).unwrap()),
            "Ausgangswoche geschafft: Dein Plan beginnt am Montag mit 3 Spaziergängen à 20 Minuten."
        );
    }

    #[test]
    fn progress_words_count_walks() {
        assert_eq!(progress_words(2, 4), "2 of 4 walks this week");
        assert_eq!(progress_words(0, 1), "0 of 1 walk this week");
        assert_eq!(progress_words(3, 3), "3 walks this week");
        assert_eq!(progress_words(1, 1), "1 walk this week");
        assert_eq!(progress_words(6, 5), "6 walks this week");
    }

    fn any_plan() -> impl Strategy<Value = WeekPlan> {
        (START_WALKS..=TARGET_WALKS, 1..=TARGET_MINUTES).prop_map(|(w, m)| plan(w, m))
    }

    /// A few months of random walks, bouts and flares from day 0, and the week list as of a
    /// random day.
    fn any_programme() -> impl Strategy<Value = Vec<WeekSummary>> {
        let one = (0i64..120, 0u32..50, proptest::bool::weighted(0.1));
        let days = proptest::collection::vec(one, 0..150);
        (days, 0i64..130).prop_map(|(days, today)| {
            let days: Vec<Day> = days.into_iter().map(day).collect();
            match weeks(0, &days, today) {
                Programme::Walking(w) => w.weeks,
                Programme::Baseline(_) => Vec::new(),
            }
        })
    }

    proptest! {
        #[test]
        fn programme_weeks_are_calendar_weeks(list in any_programme()) {
            for w in &list {
                prop_assert_eq!(week_start_day(w.start_day), w.start_day, "{:?}", w);
            }
            for pair in list.windows(2) {
                prop_assert_eq!((pair[1].start_day - pair[0].start_day) % 7, 0);
            }
        }

        #[test]
        fn never_increases_after_a_flare_week(list in any_programme()) {
            for pair in list.windows(2).filter(|p| p[0].result == Some(Flared)) {
                prop_assert!(pair[1].plan.volume() <= pair[0].plan.volume(), "{pair:?}");
                prop_assert!(pair[1].plan.walks <= pair[0].plan.walks, "{pair:?}");
            }
        }

        #[test]
        fn never_above_the_target(
            (walks, minutes) in any::<(u8, u16)>(),
            good in proptest::option::of(any::<(u8, u16)>()),
            result in prop_oneof![Just(Done), Just(NotDone), Just(Flared)],
            list in any_programme(),
        ) {
            let next = next_plan(plan(walks, minutes), good.map(|(w, m)| plan(w, m)), result);
            prop_assert!(next.walks <= TARGET_WALKS && next.minutes <= TARGET_MINUTES);
            for p in list.iter().map(|w| w.plan) {
                prop_assert!(p.walks <= TARGET_WALKS && p.minutes <= TARGET_MINUTES);
            }
        }

        #[test]
        fn never_increases_after_a_week_not_done(
            current in any_plan(),
            good in proptest::option::of(any_plan()),
            list in any_programme(),
        ) {
            prop_assert_eq!(next_plan(current, good, NotDone), current);
            for pair in list.windows(2).filter(|p| p[0].result == Some(NotDone)) {
                prop_assert_eq!(pair[1].plan, pair[0].plan);
            }
        }

        #[test]
        fn reaches_the_target_from_any_baseline_in_bounded_good_weeks(baseline in 1u32..=120) {
            let (mut p, mut good_weeks) = (start_plan(baseline), 0);
            while p != TARGET && good_weeks <= GOOD_WEEKS_TO_TARGET {
                let next = next_plan(p, None, Done);
                // Grows every good week, by about 10% (or at most a minute a walk).
                prop_assert!(next.volume() > p.volume());
                let most = p.volume() * 11 + 10 * u32::from(next.walks);
                prop_assert!(next.volume() * 10 <= most, "{p:?} -> {next:?}");
                (p, good_weeks) = (next, good_weeks + 1);
            }
            prop_assert!(good_weeks <= GOOD_WEEKS_TO_TARGET, "{baseline}: {good_weeks}");
            prop_assert_eq!(next_plan(p, Some(p), Done), TARGET);
        }

        #[test]
        fn steps_back_no_higher_than_the_flare_week(
            current in any_plan(),
            good in proptest::option::of(any_plan()),
        ) {
            let next = next_plan(current, good, Flared);
            prop_assert!(next.volume() <= current.volume() && next.walks <= current.walks);
            match good {
                Some(g) if g.volume() <= current.volume() && g.walks <= current.walks => {
                    prop_assert_eq!(next, g);
                }
                _ => prop_assert_eq!(next, current),
            }
        }
    }

    #[test]
    fn a_week_says_how_it_went_in_one_line() {
        let week = WeekSummary {
            start_day: 20_407,
            plan: WeekPlan {
                walks: 3,
                minutes: 22,
            },
            walks_done: 2,
            minutes_walked: 44,
            result: Some(WeekResult::NotDone),
        };
        let expected = format!(
            "Week of {}: 2 of 3 walks of 22 minutes, not all done.",
            LocalDate::from_days(20_407).short_label()
        );
        assert_eq!(week.sentence(), expected);
        let done = WeekSummary {
            walks_done: 3,
            result: Some(WeekResult::Done),
            ..week
        };
        assert!(done
            .sentence()
            .ends_with(": 3 walks of 22 minutes, all done as planned."));
    }
}
