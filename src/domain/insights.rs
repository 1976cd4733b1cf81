//! What history adds up to: weeks, streaks, trends and favourites. All pure, all driven by
//! the records and a "today" the caller passes in.

use std::collections::BTreeMap;

use super::calendar::LocalDate;
use super::history::SessionRecord;

/// The Monday of the week a date is in.
pub fn week_start(date: LocalDate) -> LocalDate {
    LocalDate::from_days(date.to_days() - i64::from(date.weekday()))
}

/// Sessions grouped by week (Monday first), newest week first and newest session first
/// within a week.
pub fn by_week(sessions: &[SessionRecord]) -> Vec<(LocalDate, Vec<&SessionRecord>)> {
    let mut weeks: BTreeMap<LocalDate, Vec<&SessionRecord>> = BTreeMap::new();
    for s in sessions {
        weeks.entry(week_start(s.local_date())).or_default().push(s);
    }
    weeks
        .into_iter()
        .rev()
        .map(|(start, mut list)| {
            list.sort_by(|a, b| {
                b.started_at
                    .cmp(&a.started_at)
                    .then_with(|| b.id.cmp(&a.id))
            });
            (start, list)
        })
        .collect()
}

/// One week's totals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekTotal {
    pub start: LocalDate,
    pub sessions: u32,
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
            totals[i].sessions += 1;
            secs[i] += s.duration_secs;
        }
    }
    for (t, s) in totals.iter_mut().zip(secs) {
        t.minutes = (s + 30) / 60;
    }
    totals
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
    (secs + 30) / 60
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

/// Current and longest streak, in days. A day keeps a streak going if it has a session or
/// is one of the person's planned rest days (`rest_days[weekday]`, Monday = 0). Today
/// keeps the current streak alive while it is still open: a streak only breaks on a day
/// that has passed with neither.
pub fn streaks(sessions: &[SessionRecord], rest_days: [bool; 7], today: LocalDate) -> (u32, u32) {
    let active: std::collections::BTreeSet<i64> =
        sessions.iter().map(|s| s.local_date().to_days()).collect();
    let Some(&first) = active.iter().next() else {
        return (0, 0);
    };
    let today_n = today.to_days();
    let kept =
        |d: i64| active.contains(&d) || rest_days[usize::from(LocalDate::from_days(d).weekday())];
    let (mut longest, mut run) = (0u32, 0u32);
    for d in first..=today_n.max(first) {
        if kept(d) {
            run += 1;
            longest = longest.max(run);
        } else if d != today_n {
            run = 0;
        }
    }
    // Rest days only count within a streak that has a session in it.
    let mut current = 0u32;
    let mut d = today_n;
    if !kept(d) {
        d -= 1;
    }
    let mut has_session = false;
    while d >= first && kept(d) {
        has_session |= active.contains(&d);
        current += 1;
        d -= 1;
    }
    (if has_session { current } else { 0 }, longest)
}

/// Pain before and after, per session that recorded either, oldest first.
pub fn pain_series(sessions: &[SessionRecord]) -> Vec<(LocalDate, Option<u8>, Option<u8>)> {
    let mut list: Vec<&SessionRecord> = sessions
        .iter()
        .filter(|s| s.pain_before.is_some() || s.pain_after.is_some())
        .collect();
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

/// Exercise ids with a count, most first.
pub type Ranking = Vec<(String, u32)>;

/// Exercises by how often they were done, and by how often they were skipped or swapped
/// for an easier version; each list is (id, count), most first, at most `n` long.
pub fn exercise_counts(sessions: &[SessionRecord], n: usize) -> (Ranking, Ranking) {
    let mut done: BTreeMap<&str, u32> = BTreeMap::new();
    let mut avoided: BTreeMap<&str, u32> = BTreeMap::new();
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
    let top = |m: BTreeMap<&str, u32>| {
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
    fn streaks_count_planned_rest_days_as_kept() {
        let none = [false; 7];
        // Mon, Tue, Wed (today) in a row: 3.
        assert_eq!(streaks(&[on(-2), on(-1), on(0)], none, today()), (3, 3));
        // Today not done yet does not break it.
        assert_eq!(streaks(&[on(-2), on(-1)], none, today()), (2, 2));
        // A missed Tuesday breaks it...
        assert_eq!(streaks(&[on(-2), on(0)], none, today()), (1, 1));
        // ...unless Tuesday is a planned rest day.
        let mut tuesday_off = none;
        tuesday_off[1] = true;
        assert_eq!(streaks(&[on(-2), on(0)], tuesday_off, today()), (3, 3));
        // Rest days alone are not a streak.
        assert_eq!(streaks(&[on(-10)], [true; 7], today()).0, 11);
        assert_eq!(streaks(&[], none, today()), (0, 0));
        // Longest survives a later break.
        assert_eq!(
            streaks(&[on(-9), on(-8), on(-7), on(-7), on(0)], none, today()),
            (1, 3)
        );
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
        fn streak_invariants(days in proptest::collection::btree_set(-60i64..=0, 0..40), rest in any::<[bool; 7]>()) {
            let list: Vec<_> = days.iter().map(|d| on(*d)).collect();
            let (current, longest) = streaks(&list, rest, today());
            prop_assert!(current <= longest);
            prop_assert!(longest as usize >= usize::from(!days.is_empty()));
            prop_assert!(longest <= 61);
            let grouped: usize = by_week(&list).iter().map(|w| w.1.len()).sum();
            prop_assert_eq!(grouped, list.len());
        }
    }
}
