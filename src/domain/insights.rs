//! What history adds up to: weeks, streaks, trends and favourites. All pure, all driven by
//! the records and a "today" the caller passes in.

use std::collections::{BTreeMap, HashMap};

use super::calendar::LocalDate;
use super::history::SessionRecord;
use super::i18n::{messages as m, Msg};

pub use super::calendar::week_start;

/// Sessions grouped by week (Monday first), newest week first and newest session first
/// within a week.
pub fn by_week(sessions: &[SessionRecord]) -> Vec<(LocalDate, Vec<&SessionRecord>)> {
    week_groups(sessions)
        .into_iter()
        .map(|(start, list)| (start, list.into_iter().map(|i| &sessions[i]).collect()))
        .collect()
}

/// [`by_week`] as positions in `sessions`: what a screen keeps, so that years of history
/// are grouped without copying a single session (History copies only the weeks it shows).
pub fn week_groups(sessions: &[SessionRecord]) -> Vec<(LocalDate, Vec<usize>)> {
    let mut weeks: BTreeMap<LocalDate, Vec<usize>> = BTreeMap::new();
    for (i, s) in sessions.iter().enumerate() {
        weeks.entry(week_start(s.local_date())).or_default().push(i);
    }
    weeks
        .into_iter()
        .rev()
        .map(|(start, mut list)| {
            list.sort_by(|&a, &b| {
                let (a, b) = (&sessions[a], &sessions[b]);
                b.started_at
                    .cmp(&a.started_at)
                    .then_with(|| b.id.cmp(&a.id))
            });
            (start, list)
        })
        .collect()
}

/// Where History's next page of weeks ends, from week `from` of `weeks` (the sessions in each,
/// newest week first): eight weeks, or fewer once they hold [`SESSIONS_PER_PAGE`] sessions,
/// and always at least one week, so a busy history opens as quickly as a quiet one.
pub fn page_end(weeks: &[usize], from: usize) -> usize {
    let mut sessions = 0;
    let mut end = from;
    for &n in weeks.iter().skip(from).take(WEEKS_PER_PAGE) {
        if end > from && sessions + n > SESSIONS_PER_PAGE {
            break;
        }
        sessions += n;
        end += 1;
    }
    end.min(weeks.len())
}

/// History's weeks on one page, at most.
pub const WEEKS_PER_PAGE: usize = 8;
/// History's sessions on one page, at most, unless one week holds more.
pub const SESSIONS_PER_PAGE: usize = 40;

/// One week's totals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekTotal {
    pub start: LocalDate,
    /// Exercise sessions: walks, swims and rides (guided or logged) are counted apart, as in
    /// History's week line and the report's "Sessions done / planned".
    pub sessions: u32,
    /// Every session's minutes, walks included.
    pub minutes: u32,
}

/// Totals for the `weeks` weeks up to and including the one containing `today`, oldest
/// first; weeks without sessions are included with zeros.
pub fn weekly_totals(sessions: &[SessionRecord], today: LocalDate, weeks: u32) -> Vec<WeekTotal> {
    let last = week_start(today).to_days();
    let first = last - 7 * i64::from(weeks.saturating_sub(1));
    let mut totals: Vec<WeekTotal> = (0..weeks)
        .map(|i| WeekTotal {
            start: LocalDate::from_days(first + 7 * i64::from(i)),
            sessions: 0,
            minutes: 0,
        })
        .collect();
    let mut secs = vec![0u32; totals.len()];
    for s in sessions {
        let d = week_start(s.local_date()).to_days();
        if (first..=last).contains(&d) {
            let i = ((d - first) / 7) as usize;
            totals[i].sessions += u32::from(!super::activity::is_cardio(s));
            secs[i] += s.duration_secs;
        }
    }
    for (t, s) in totals.iter_mut().zip(secs) {
        t.minutes = super::calendar::whole_minutes(s);
    }
    totals
}

/// How many weeks a weekly chart shows: from the week of the person's first session to the
/// week containing `today`, at most `max` and at least 1, so no chart opens with weeks from
/// before they started.
pub fn chart_weeks(sessions: &[SessionRecord], today: LocalDate, max: u32) -> u32 {
    let Some(first) = sessions.iter().map(SessionRecord::local_date).min() else {
        return 1;
    };
    let span = (week_start(today).to_days() - week_start(first).to_days()) / 7 + 1;
    u32::try_from(span.clamp(1, i64::from(max.max(1)))).unwrap_or(1)
}

/// Minutes of low-impact cardio (guided or logged by hand) in the week containing `today`.
pub fn cardio_minutes_this_week(sessions: &[SessionRecord], today: LocalDate) -> u32 {
    let week = week_start(today);
    let secs: u32 = sessions
        .iter()
        .filter(|s| week_start(s.local_date()) == week && s.local_date() <= today)
        .flat_map(|s| &s.exercises)
        .filter(|e| {
            super::catalog::exercise(&e.id)
                .is_some_and(|ex| ex.kind == super::exercise::Kind::Cardio)
        })
        .map(|e| e.secs)
        .sum();
    super::calendar::whole_minutes(secs)
}

/// A week in History, in one line: "3 sessions · 1 walk, swim or ride · 67 min", counted as
/// Insights and the report count them (exercise sessions apart from walks, swims and rides;
/// minutes of everything, added up and rounded once).
pub fn week_line_msg<'a>(sessions: impl IntoIterator<Item = &'a SessionRecord> + Clone) -> Msg {
    let cardio = sessions
        .clone()
        .into_iter()
        .filter(|s| super::activity::is_cardio(s))
        .count() as u64;
    let all = sessions.clone().into_iter().count() as u64;
    let minutes = minutes_of(sessions);
    match (all - cardio, cardio) {
        (exercise, 0) => m::report_week_line_sessions(exercise, minutes),
        (0, walks) => m::report_week_line_cardio(walks, minutes),
        (exercise, walks) => m::report_week_line_both(exercise, walks, minutes),
    }
}

/// The minutes of a list of sessions (a week in History): their seconds added up, rounded
/// once, so History shows the same number as Insights' weekly totals.
pub fn minutes_of<'a>(sessions: impl IntoIterator<Item = &'a SessionRecord>) -> u32 {
    super::calendar::whole_minutes(sessions.into_iter().map(|s| s.duration_secs).sum())
}

/// Sessions per day for the `weeks` weeks up to `today` (a calendar heat map), oldest
/// first, starting on a Monday.
pub fn daily_counts(
    sessions: &[SessionRecord],
    today: LocalDate,
    weeks: u32,
) -> Vec<(LocalDate, u32)> {
    let first = week_start(today).to_days() - 7 * i64::from(weeks.saturating_sub(1));
    let last = today.to_days();
    let mut counts: BTreeMap<i64, u32> = BTreeMap::new();
    for s in sessions {
        let d = s.local_date().to_days();
        if (first..=last).contains(&d) {
            *counts.entry(d).or_default() += 1;
        }
    }
    (first..=last)
        .map(|d| {
            (
                LocalDate::from_days(d),
                counts.get(&d).copied().unwrap_or(0),
            )
        })
        .collect()
}

/// A streak, counted in planned sessions: how many of the person's exercise days in a row
/// had their session, now and at best.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Streak {
    pub current: u32,
    pub best: u32,
}

impl Streak {
    /// What the number counts, as a message of `report.ftl` (so not for Today, whose
    /// words come before that file): "planned sessions in a row".
    pub fn unit_msg(n: u32) -> Msg {
        m::report_streak_unit(n)
    }

    /// One sentence for Insights and the report, as a message of `report.ftl` (not for
    /// Today, whose words come before that file).
    pub fn sentence_msg(self) -> Msg {
        match self.current {
            0 if self.best == 0 => m::report_streak_none(),
            0 => m::report_streak_broken(self.best),
            n => m::report_streak(n, self.best),
        }
    }
}

/// The days a streak is counted on (Monday = 0): the plan's exercise days, less any the
/// person marked as rest days; with no plan, every day that isn't a rest day. Never empty.
pub fn exercise_days(plan_days: Option<[bool; 7]>, rest_days: [bool; 7]) -> [bool; 7] {
    let days: [bool; 7] = std::array::from_fn(|i| plan_days.is_none_or(|d| d[i]) && !rest_days[i]);
    if days.iter().any(|d| *d) {
        days
    } else {
        plan_days
            .filter(|d| d.iter().any(|x| *x))
            .unwrap_or([true; 7])
    }
}

/// One day set to exercise or rest in Settings' weekly picker, which shows [`exercise_days`].
/// With a plan, the plan's days carry the choice and a separate rest day on that weekday is
/// cleared (so one control says it); with no plan, the rest days do. Returns the new plan days
/// and rest days, or `None` when the change would leave no exercise day at all.
pub fn set_week_day(
    plan_days: Option<[bool; 7]>,
    rest_days: [bool; 7],
    day: usize,
    exercise: bool,
) -> Option<(Option<[bool; 7]>, [bool; 7])> {
    let mut rest = rest_days;
    let plan = plan_days.map(|mut days| {
        days[day] = exercise;
        rest[day] = false;
        days
    });
    if plan.is_none() {
        rest[day] = !exercise;
    }
    let shown = std::array::from_fn::<bool, 7, _>(|i| plan.is_none_or(|d| d[i]) && !rest[i]);
    shown.iter().any(|d| *d).then_some((plan, rest))
}

/// The streak every screen shows: planned sessions done in a row. A day counts when it is
/// one of `exercise_days` and a routine (not a walk or other cardio, which sit on top of
/// the plan, as in `plan::due`) was done on it. Days off the plan neither add nor break.
/// Today, while still open, doesn't break it.
pub fn streak(sessions: &[SessionRecord], exercise_days: [bool; 7], today: LocalDate) -> Streak {
    let mut done: Vec<i64> = sessions
        .iter()
        .filter(|s| !super::activity::is_cardio(s))
        .map(|s| s.local_date().to_days())
        .collect();
    done.sort_unstable();
    done.dedup();
    let Some(&first) = done.first() else {
        return Streak::default();
    };
    let today_n = today.to_days();
    let planned = |d: i64| exercise_days[usize::from(LocalDate::from_days(d).weekday())];
    let (mut best, mut run) = (0u32, 0u32);
    for d in first..=today_n.max(first) {
        if !planned(d) {
            continue;
        }
        if done.binary_search(&d).is_ok() {
            run += 1;
            best = best.max(run);
        } else if d != today_n {
            run = 0;
        }
    }
    Streak { current: run, best }
}

/// Pain before and after, per session that recorded either, oldest first.
pub fn pain_series(sessions: &[SessionRecord]) -> Vec<(LocalDate, Option<u8>, Option<u8>)> {
    recent_pain(sessions, usize::MAX)
}

/// The last `n` points of [`pain_series`], oldest first: only those are sorted and dated, so
/// a long history costs one pass.
pub fn recent_pain(
    sessions: &[SessionRecord],
    n: usize,
) -> Vec<(LocalDate, Option<u8>, Option<u8>)> {
    let mut list: Vec<&SessionRecord> = sessions
        .iter()
        .filter(|s| s.pain_before.is_some() || s.pain_after.is_some())
        .collect();
    if n == 0 {
        return Vec::new();
    }
    if n < list.len() {
        // The n latest, in any order, at the end; the rest dropped.
        let cut = list.len() - n;
        list.select_nth_unstable_by_key(cut, |s| s.started_at);
        list.drain(..cut);
    }
    list.sort_by_key(|s| s.started_at);
    list.into_iter()
        .map(|s| {
            (
                s.local_date(),
                s.pain_before.map(|p| p.value()),
                s.pain_after.map(|p| p.value()),
            )
        })
        .collect()
}

fn exercise_title(id: &str) -> Msg {
    super::catalog::exercise(id).map_or_else(|| Msg::plain(id.to_string()), |e| e.title())
}

/// What a session eased, as History's card and the report's table both show it, as
/// messages of `report.ftl`, one phrase each (a screen joins them with
/// "; "): the whole session's level when it was below the standard one, then each exercise
/// swapped for its easier version or made smaller on the spot. Empty when nothing was eased.
pub fn eased_msgs(s: &SessionRecord) -> Vec<Msg> {
    let mut parts = Vec::new();
    if s.level < 0 {
        let level = if s.level <= -2 { "easiest" } else { "easier" };
        parts.push(m::report_eased_whole_session(level));
    }
    for e in s.exercises.iter().filter(|e| !e.skipped()) {
        match e.eased_from.as_deref() {
            Some(from) if from == e.id => {
                parts.push(m::report_eased_smaller(exercise_title(&e.id)))
            }
            Some(from) => parts.push(m::report_eased_instead(
                exercise_title(&e.id),
                exercise_title(from),
            )),
            None => {}
        }
    }
    parts
}

/// The exercises a session skipped, by name (a screen joins them with ", ").
pub fn skipped_msgs(s: &SessionRecord) -> Vec<Msg> {
    s.exercises
        .iter()
        .filter(|e| e.skipped())
        .map(|e| exercise_title(e.eased_from.as_deref().unwrap_or(&e.id)))
        .collect()
}

/// The first and last of some dates, for a chart's two ends; `None` for none.
pub fn first_and_last(
    dates: impl IntoIterator<Item = LocalDate>,
) -> Option<(LocalDate, LocalDate)> {
    let mut dates = dates.into_iter();
    let first = dates.next()?;
    Some((first, dates.last().unwrap_or(first)))
}

/// Exercise ids with a count, most first.
pub type Ranking = Vec<(String, u32)>;

/// Exercises by how often they were done, and by how often they were skipped or swapped
/// for an easier version; each list is (id, count), most first, at most `n` long.
pub fn exercise_counts(sessions: &[SessionRecord], n: usize) -> (Ranking, Ranking) {
    let mut done: HashMap<&str, u32> = HashMap::new();
    let mut avoided: HashMap<&str, u32> = HashMap::new();
    for s in sessions {
        for e in &s.exercises {
            if e.skipped() {
                *avoided
                    .entry(e.eased_from.as_deref().unwrap_or(&e.id))
                    .or_default() += 1;
            } else {
                *done.entry(&e.id).or_default() += 1;
            }
            if let Some(original) = &e.eased_from {
                if !e.skipped() {
                    *avoided.entry(original).or_default() += 1;
                }
            }
        }
    }
    let top = |m: HashMap<&str, u32>| {
        let mut v: Vec<(String, u32)> = m.into_iter().map(|(k, c)| (k.to_string(), c)).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v.truncate(n);
        v
    };
    (top(done), top(avoided))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn history_pages_hold_eight_weeks_or_forty_sessions() {
        // A few sessions a week: eight weeks to a page.
        assert_eq!(page_end(&[3; 20], 0), 8);
        assert_eq!(page_end(&[3; 20], 8), 16);
        assert_eq!(page_end(&[3; 20], 16), 20);
        // Four a day: weeks until forty sessions.
        assert_eq!(page_end(&[28; 100], 0), 1);
        assert_eq!(page_end(&[10; 100], 0), 4);
        // One very busy week still shows.
        assert_eq!(page_end(&[90, 1], 0), 1);
        assert_eq!(page_end(&[], 0), 0);
    }
    use crate::domain::history::fixtures::record;
    use proptest::prelude::*;

    const DAY: i64 = 86_400_000;
    /// Wednesday 25 Nov 2026, 10:00 UTC.
    const WED: i64 = 1_795_564_800_000 + 10 * 3_600_000;

    fn on(day_offset: i64) -> SessionRecord {
        let mut r = record(&format!("r{day_offset}"), WED + day_offset * DAY);
        r.utc_offset_min = 0;
        r
    }

    fn today() -> LocalDate {
        LocalDate::from_epoch_ms(WED, 0)
    }

    #[test]
    fn weekly_charts_start_at_the_first_week() {
        assert_eq!(
            chart_weeks(&[on(-16)], today(), 12),
            3,
            "three weeks, not twelve"
        );
        assert_eq!(chart_weeks(&[on(-200), on(-2)], today(), 12), 12);
        assert_eq!(chart_weeks(&[on(-2)], today(), 12), 1);
        assert_eq!(chart_weeks(&[], today(), 12), 1);
    }

    #[test]
    fn history_and_insights_round_a_week_once_the_same_way() {
        // Three sessions of 35 min 33 s: 106 min 39 s in all. History used to floor the sum
        // (106) where Insights rounded it (107); both now round once, in the domain.
        let list: Vec<SessionRecord> = [0, -1, -2]
            .map(|d| SessionRecord {
                duration_secs: 2_133,
                ..on(d)
            })
            .into();
        let week = &by_week(&list)[0];
        let history = minutes_of(week.1.iter().copied());
        let insights = weekly_totals(&list, today(), 1)[0].minutes;
        assert_eq!((history, insights), (107, 107));
    }

    #[test]
    fn weeks_start_on_monday_and_group_newest_first() {
        assert_eq!(week_start(today()).iso(), "2026-11-23");
        let list = vec![on(-9), on(0), on(-2), on(-3)];
        let weeks = by_week(&list);
        assert_eq!(weeks.len(), 2);
        assert_eq!(weeks[0].0.iso(), "2026-11-23");
        let ids: Vec<_> = weeks[0].1.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["r0", "r-2"]);
        assert_eq!(weeks[1].0.iso(), "2026-11-16");
    }

    #[test]
    fn weekly_totals_include_empty_weeks() {
        let totals = weekly_totals(&[on(0), on(-1), on(-14)], today(), 4);
        let counts: Vec<_> = totals.iter().map(|t| t.sessions).collect();
        assert_eq!(counts, [0, 1, 0, 2]);
        assert_eq!(totals[3].minutes, 10); // 2 × 312 s
        assert_eq!(totals[0].start.iso(), "2026-11-02");
    }

    #[test]
    fn a_streak_counts_planned_sessions_in_a_row() {
        // today() is a Wednesday (weekday 2).
        let every = [true; 7];
        // Mon, Tue, Wed (today) in a row: 3.
        assert_eq!(
            streak(&[on(-2), on(-1), on(0)], every, today()),
            Streak {
                current: 3,
                best: 3
            }
        );
        // Today not done yet does not break it.
        assert_eq!(streak(&[on(-2), on(-1)], every, today()).current, 2);
        // A missed Tuesday breaks it...
        assert_eq!(
            streak(&[on(-2), on(0)], every, today()),
            Streak {
                current: 1,
                best: 1
            }
        );
        // ...unless Tuesday isn't an exercise day: then it neither adds nor breaks.
        let mut no_tuesday = every;
        no_tuesday[1] = false;
        assert_eq!(
            streak(&[on(-2), on(0)], no_tuesday, today()),
            Streak {
                current: 2,
                best: 2
            }
        );
        assert_eq!(streak(&[], every, today()), Streak::default());
        // Best survives a later break.
        assert_eq!(
            streak(&[on(-9), on(-8), on(-7), on(-7), on(0)], every, today()),
            Streak {
                current: 1,
                best: 3
            }
        );
    }

    #[test]
    fn eight_sessions_on_a_mon_wed_fri_plan_is_an_eight_session_streak_not_nineteen_days() {
        // The case seen: Mon/Wed/Fri for 8 sessions. Today (Wed) is the 8th.
        let mwf = [true, false, true, false, true, false, false];
        let days: Vec<i64> = (-16..=0)
            .filter(|d| mwf[usize::from(LocalDate::from_days(today().to_days() + d).weekday())])
            .collect();
        assert_eq!(days.len(), 8);
        let list: Vec<_> = days.iter().map(|d| on(*d)).collect();
        let s = streak(&list, exercise_days(Some(mwf), [false; 7]), today());
        assert_eq!(
            s,
            Streak {
                current: 8,
                best: 8
            }
        );
        let en = |m: Msg| crate::domain::i18n::english_text(&m);
        assert_eq!(
            en(s.sentence_msg()),
            "Streak: 8 planned sessions in a row (best 8)."
        );
        assert_eq!(en(Streak::unit_msg(1)), "planned session in a row");
    }

    #[test]
    fn exercise_days_take_the_plan_less_rest_days_and_are_never_empty() {
        let mwf = [true, false, true, false, true, false, false];
        let mut fri_off = [false; 7];
        fri_off[4] = true;
        assert_eq!(
            exercise_days(Some(mwf), fri_off),
            [true, false, true, false, false, false, false]
        );
        assert_eq!(
            exercise_days(None, fri_off),
            [true, true, true, true, false, true, true]
        );
        assert_eq!(exercise_days(Some(mwf), [true; 7]), mwf);
        assert_eq!(exercise_days(None, [true; 7]), [true; 7]);
    }

    #[test]
    fn the_week_picker_sets_one_day_and_never_leaves_a_week_without_exercise() {
        let mwf = [true, false, true, false, true, false, false];
        let mut old_rest = [false; 7];
        old_rest[2] = true;
        // With a plan: the plan carries the choice, and an old rest day on that weekday goes.
        let (plan, rest) = set_week_day(Some(mwf), old_rest, 2, true).unwrap();
        assert!(exercise_days(plan, rest)[2]);
        assert_eq!(rest, [false; 7]);
        let (plan, rest) = set_week_day(Some(mwf), [false; 7], 6, true).unwrap();
        assert_eq!(
            exercise_days(plan, rest),
            [true, false, true, false, true, false, true]
        );
        let (plan, rest) = set_week_day(Some(mwf), [false; 7], 0, false).unwrap();
        assert_eq!(
            exercise_days(plan, rest),
            [false, false, true, false, true, false, false]
        );
        // Without a plan: the rest days carry it.
        let (plan, rest) = set_week_day(None, [false; 7], 3, false).unwrap();
        assert_eq!(plan, None);
        assert_eq!(
            exercise_days(plan, rest),
            [true, true, true, false, true, true, true]
        );
        // The last exercise day can't become a rest day.
        let one = [false, false, false, false, true, false, false];
        assert_eq!(set_week_day(Some(one), [false; 7], 4, false), None);
        let mut six = [true; 7];
        six[1] = false;
        assert_eq!(set_week_day(None, six, 1, false), None);
    }

    proptest! {
        #[test]
        fn recent_pain_is_the_end_of_the_whole_series(days in proptest::collection::vec(-400i64..0, 0..60), n in 0usize..70, scored in proptest::collection::vec(any::<bool>(), 60)) {
            // Distinct start times (the day plus an index), some sessions without pain answers.
            let sessions: Vec<SessionRecord> = days.iter().enumerate().map(|(i, d)| {
                let mut r = on(*d);
                r.started_at += i as i64 * 1000;
                if !scored[i] {
                    r.pain_before = None;
                    r.pain_after = None;
                }
                r
            }).collect();
            let all = pain_series(&sessions);
            prop_assert_eq!(recent_pain(&sessions, n), all[all.len().saturating_sub(n)..].to_vec());
        }
    }

    proptest! {
        #[test]
        fn the_week_picker_changes_only_the_day_picked(plan in proptest::option::of(any::<[bool; 7]>()), rest in any::<[bool; 7]>(), day in 0usize..7, exercise in any::<bool>()) {
            let raw = |p: Option<[bool; 7]>, r: [bool; 7]| -> [bool; 7] {
                std::array::from_fn(|i| p.is_none_or(|d| d[i]) && !r[i])
            };
            match set_week_day(plan, rest, day, exercise) {
                Some((p, r)) => {
                    let shown = exercise_days(p, r);
                    prop_assert_eq!(shown, raw(p, r), "never the fallback for an empty week");
                    prop_assert_eq!(shown[day], exercise);
                    for i in (0..7).filter(|i| *i != day) {
                        prop_assert_eq!(shown[i], raw(plan, rest)[i]);
                    }
                }
                None => {
                    prop_assert!(!exercise);
                    prop_assert!(raw(plan, rest).iter().enumerate().all(|(i, d)| i == day || !d));
                }
            }
        }
    }

    #[test]
    fn the_streak_says_what_it_counts() {
        use crate::domain::i18n::english_text;
        for ((current, best), said) in [
            ((0, 0), "No streak yet: each planned session you do adds one."),
            (
                (0, 1),
                "No streak right now: your next planned session starts one. Best so far: 1 planned session in a row.",
            ),
            ((1, 1), "Streak: 1 planned session in a row (best 1)."),
            ((3, 5), "Streak: 3 planned sessions in a row (best 5)."),
        ] {
            assert_eq!(english_text(&Streak { current, best }.sentence_msg()), said);
        }
        assert_eq!(
            english_text(&Streak::unit_msg(3)),
            "planned sessions in a row"
        );
    }

    #[test]
    fn walks_sit_on_top_of_the_plan_and_do_not_make_a_streak() {
        let mut walk = on(0);
        walk.routine_id = "log-walk".into();
        walk.exercises = vec![];
        assert_eq!(streak(&[walk], [true; 7], today()), Streak::default());
    }

    #[test]
    fn heat_map_covers_whole_weeks_to_today() {
        let days = daily_counts(&[on(0), on(0), on(-1)], today(), 12);
        assert_eq!(days.first().map(|d| d.0.weekday()), Some(0));
        assert_eq!(days.last().map(|d| d.0), Some(today()));
        assert_eq!(days.len(), 11 * 7 + 3);
        assert_eq!(days.last().map(|d| d.1), Some(2));
    }

    #[test]
    fn favourites_and_avoided() {
        let mut a = on(0);
        a.exercises[1].eased_from = Some("glute-bridge".into());
        a.exercises[1].id = "pelvic-tilt".into();
        a.exercises[1].sets_done = 2;
        let (done, avoided) = exercise_counts(&[a, on(-1)], 5);
        assert_eq!(done[0], ("pelvic-tilt".to_string(), 3));
        assert_eq!(avoided[0], ("glute-bridge".to_string(), 2));
    }

    proptest! {
        #[test]
        fn streak_invariants(days in proptest::collection::btree_set(-60i64..=0, 0..40), plan in any::<[bool; 7]>(), rest in any::<[bool; 7]>()) {
            let list: Vec<_> = days.iter().map(|d| on(*d)).collect();
            let ex = exercise_days(Some(plan), rest);
            let s = streak(&list, ex, today());
            prop_assert!(s.current <= s.best);
            // Never more than the planned days that had a session.
            let kept = days.iter().filter(|d| ex[usize::from(LocalDate::from_days(today().to_days() + **d).weekday())]).count();
            prop_assert!(s.best as usize <= kept);
            // The same as counting back by hand from today over planned days.
            let mut expect = 0u32;
            let mut d = today().to_days();
            let done = |d: i64| days.contains(&(d - today().to_days()));
            let planned = |d: i64| ex[usize::from(LocalDate::from_days(d).weekday())];
            if planned(d) && !done(d) { d -= 1; }
            while d >= today().to_days() - 61 {
                if planned(d) {
                    if done(d) { expect += 1; } else { break; }
                }
                d -= 1;
            }
            prop_assert_eq!(s.current, expect);
            let grouped: usize = by_week(&list).iter().map(|w| w.1.len()).sum();
            prop_assert_eq!(grouped, list.len());
        }
    }
}
