//! The weekly check-in: pain now, and the person's own hard activities rated again, so
//! progress shows in their own terms. The first-run answers are the first point.

use serde::{Deserialize, Serialize};

use super::calendar::LocalDate;
use super::i18n::{messages, Msg};
use super::plan::Profile;

/// Days between check-ins.
pub const EVERY_DAYS: i64 = 7;
/// A change of this many points (on 0-10) is one a person notices.
pub const MEANINGFUL_CHANGE: u8 = 2;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    /// When, in ms since the epoch, and the UTC offset then.
    pub at: i64,
    pub utc_offset_min: i16,
    pub pain: u8,
    /// One rating per activity in the plan, in the same order; `None` if skipped.
    pub scores: Vec<Option<u8>>,
    /// How they slept that week, 0 (very badly) to [`SCALE_MAX`] (very well); `None` if not
    /// said (and in check-ins from before it was asked).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sleep: Option<u8>,
    /// Their mood that week, 0 (very low) to [`SCALE_MAX`] (very good); `None` if not said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mood: Option<u8>,
}

/// The top of the one-tap sleep and mood answers.
pub const SCALE_MAX: u8 = 4;

impl CheckIn {
    pub fn local_date(&self) -> LocalDate {
        LocalDate::from_epoch_ms(self.at, self.utc_offset_min)
    }
}

/// True when the last check-in (or the first run) is at least a week ago, by calendar days.
pub fn is_due(profile: &Profile, checkins: &[CheckIn], today: LocalDate) -> bool {
    let last = checkins
        .iter()
        .map(CheckIn::local_date)
        .max()
        .unwrap_or_else(|| LocalDate::from_epoch_ms(profile.created_at, profile.utc_offset_min));
    today.to_days() - last.to_days() >= EVERY_DAYS
}

/// Pain and each activity over time, oldest first, starting from the first-run answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trend {
    pub dates: Vec<LocalDate>,
    pub pain: Vec<Option<u8>>,
    /// Activity name and its ratings, aligned with `dates`.
    pub activities: Vec<(String, Vec<Option<u8>>)>,
}

pub fn trend(profile: &Profile, checkins: &[CheckIn]) -> Trend {
    let mut sorted: Vec<&CheckIn> = checkins.iter().collect();
    sorted.sort_by_key(|c| c.at);
    let mut dates = vec![LocalDate::from_epoch_ms(
        profile.created_at,
        profile.utc_offset_min,
    )];
    let mut pain = vec![Some(profile.pain_now)];
    let mut activities: Vec<(String, Vec<Option<u8>>)> = profile
        .activities
        .iter()
        .map(|a| (a.name.clone(), vec![Some(a.score)]))
        .collect();
    for c in sorted {
        dates.push(c.local_date());
        pain.push(Some(c.pain));
        for (i, (_, series)) in activities.iter_mut().enumerate() {
            series.push(c.scores.get(i).copied().flatten());
        }
    }
    Trend {
        dates,
        pain,
        activities,
    }
}

/// First and last known values of a series.
fn ends(series: &[Option<u8>]) -> Option<(u8, u8)> {
    let first = series.iter().flatten().next()?;
    let last = series.iter().flatten().last()?;
    Some((*first, *last))
}

/// One sentence on what changed since the start, counting only changes a person would
/// notice; `None` before there is a second point.
pub fn summary(t: &Trend) -> Option<Msg> {
    if t.dates.len() < 2 {
        return None;
    }
    let mut better = Vec::new();
    let mut worse = Vec::new();
    if let Some((a, b)) = ends(&t.pain) {
        if a >= b + MEANINGFUL_CHANGE {
            better.push(messages::coach_checkin_pain_down(a, b));
        } else if b >= a + MEANINGFUL_CHANGE {
            worse.push(messages::coach_checkin_pain_up(a, b));
        }
    }
    for (name, series) in &t.activities {
        if let Some((a, b)) = ends(series) {
            // The person's own words, as they wrote them.
            let activity = Msg::plain(name.clone());
            if b >= a + MEANINGFUL_CHANGE {
                better.push(messages::coach_checkin_easier(activity, a, b));
            } else if a >= b + MEANINGFUL_CHANGE {
                worse.push(messages::coach_checkin_harder(activity, a, b));
            }
        }
    }
    Some(match (Msg::list(better), Msg::list(worse)) {
        (None, None) => messages::coach_checkin_no_change(),
        (Some(better), None) => messages::coach_checkin_better(better),
        (None, Some(worse)) => messages::coach_checkin_worse(worse),
        (Some(better), Some(worse)) => messages::coach_checkin_mixed(better, worse),
    })
}

/// One weekly check-in's sleep and mood beside its pain, for Insights.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SleepMood {
    pub day: LocalDate,
    pub pain: u8,
    pub sleep: Option<u8>,
    pub mood: Option<u8>,
}

impl SleepMood {
    /// The cells in words: pain as "4/10", sleep and mood as the words they were answered
    /// with, "not said" where they weren't.
    pub fn cells(&self) -> [Msg; 3] {
        let said = |v: Option<u8>, word: fn(u32) -> Msg| {
            v.map_or_else(messages::insights_sleep_mood_none, |v| word(u32::from(v)))
        };
        [
            messages::insights_sleep_mood_pain_cell(self.pain),
            said(self.sleep, messages::checkin_sleep),
            said(self.mood, messages::checkin_mood),
        ]
    }
}

/// The latest `most` check-ins that say how sleep or mood was, newest first, each beside
/// its pain: Insights shows them side by side, with no claim that one causes another.
pub fn sleep_mood(checkins: &[CheckIn], most: usize) -> Vec<SleepMood> {
    let mut rows: Vec<SleepMood> = checkins
        .iter()
        .filter(|c| c.sleep.is_some() || c.mood.is_some())
        .map(|c| SleepMood {
            day: c.local_date(),
            pain: c.pain,
            sleep: c.sleep.filter(|v| *v <= SCALE_MAX),
            mood: c.mood.filter(|v| *v <= SCALE_MAX),
        })
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.day));
    rows.truncate(most);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::english_text;
    use crate::domain::plan::{make_profile, ActivityLevel, HardActivity, PainDuration};

    const T0: i64 = 1_795_608_000_000; // 2026-11-25 12:00 UTC
    const DAY: i64 = 86_400_000;

    fn profile() -> Profile {
        let acts = vec![
            HardActivity {
                name: "Putting on socks".into(),
                score: 3,
            },
            HardActivity {
                name: "Gardening".into(),
                score: 5,
            },
        ];
        make_profile(
            6,
            PainDuration::Longer,
            ActivityLevel::Some,
            acts,
            [true; 7],
            480,
            false,
            T0,
            0,
        )
        .unwrap()
    }

    fn check(days: i64, pain: u8, scores: Vec<Option<u8>>) -> CheckIn {
        CheckIn {
            at: T0 + days * DAY,
            utc_offset_min: 0,
            pain,
            scores,
            sleep: None,
            mood: None,
        }
    }

    fn day(n: i64) -> LocalDate {
        LocalDate::from_days(LocalDate::from_epoch_ms(T0, 0).to_days() + n)
    }

    #[test]
    fn due_a_week_after_the_first_run_and_after_each_check_in() {
        let p = profile();
        assert!(!is_due(&p, &[], day(6)));
        assert!(is_due(&p, &[], day(7)));
        let done = [check(8, 4, vec![])];
        assert!(!is_due(&p, &done, day(14)));
        assert!(is_due(&p, &done, day(15)));
    }

    #[test]
    fn the_trend_starts_with_the_first_run_and_keeps_order() {
        let p = profile();
        // Stored out of order; the second one skipped gardening.
        let checks = [
            check(14, 3, vec![Some(7), None]),
            check(7, 5, vec![Some(5), Some(5)]),
        ];
        let t = trend(&p, &checks);
        assert_eq!(t.dates, vec![day(0), day(7), day(14)]);
        assert_eq!(t.pain, vec![Some(6), Some(5), Some(3)]);
        assert_eq!(
            t.activities[0],
            ("Putting on socks".into(), vec![Some(3), Some(5), Some(7)])
        );
        assert_eq!(t.activities[1].1, vec![Some(5), Some(5), None]);
    }

    #[test]
    fn the_summary_names_only_changes_a_person_would_notice() {
        let p = profile();
        assert_eq!(summary(&trend(&p, &[])), None);
        let say = |t: &Trend| summary(t).map(|m| english_text(&m)).unwrap_or_default();
        let t = trend(&p, &[check(7, 3, vec![Some(7), Some(6)])]);
        assert_eq!(
            say(&t),
            "Since you started, pain is down from 6 to 3 and \u{201c}Putting on socks\u{201d} is easier (3 to 7)."
        );
        let flat = trend(&p, &[check(7, 5, vec![Some(4), Some(5)])]);
        assert!(say(&flat).starts_with("No big changes"));
        let worse = trend(&p, &[check(7, 8, vec![Some(3), Some(2)])]);
        let s = say(&worse);
        assert!(
            s.contains("pain is up from 6 to 8")
                && s.contains("\u{201c}Gardening\u{201d} is harder (5 to 2)"),
            "{s}"
        );
        assert!(s.contains("health professional"));
    }

    #[test]
    fn round_trips_through_json() {
        let c = check(7, 4, vec![Some(5), None]);
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(serde_json::from_str::<CheckIn>(&json).unwrap(), c);
    }

    #[test]
    fn sleep_and_mood_sit_beside_pain_newest_first_in_words() {
        use crate::domain::i18n::english_text;
        let mut a = check(7, 5, vec![]);
        a.sleep = Some(1);
        let b = check(14, 4, vec![]);
        let mut c = check(21, 3, vec![]);
        c.sleep = Some(3);
        c.mood = Some(4);
        let rows = sleep_mood(&[a, b, c], 5);
        assert_eq!(rows.len(), 2, "a check-in that said neither is left out");
        assert_eq!(rows[0].day, day(21));
        let words: Vec<String> = rows
            .iter()
            .flat_map(|r| r.cells())
            .map(|m| english_text(&m))
            .collect();
        assert_eq!(
            words,
            ["3/10", "Well", "Very good", "5/10", "Badly", "not said"]
        );
        assert_eq!(sleep_mood(&rows_of(30), 8).len(), 8);
    }

    fn rows_of(n: i64) -> Vec<CheckIn> {
        (0..n)
            .map(|i| CheckIn {
                mood: Some(2),
                ..check(7 * i, 3, vec![])
            })
            .collect()
    }

    #[test]
    fn check_ins_from_before_sleep_and_mood_read_without_them() {
        let old = r#"{"at":1796000000000,"utc_offset_min":0,"pain":4,"scores":[5]}"#;
        let c: CheckIn = serde_json::from_str(old).unwrap();
        assert_eq!((c.sleep, c.mood), (None, None));
        let back = serde_json::to_string(&c).unwrap();
        assert_eq!(back, old, "nothing new is written for an answer not given");
    }
}
