//! "My back is flaring": a plan for the bad days, switched on by the person at any time.
//!
//! While it is on, the plan uses the routines for bad days, no routine steps up and the walk
//! target holds (see `today::suggestion` and `progress::walk_days`). Each day it asks how bad
//! the pain is, and it ends by itself, saying so, once the pain is back within
//! [`SETTLED_WITHIN`] points of the person's usual level; the plan then returns to the stage
//! it was on before.

use serde::{Deserialize, Serialize};

use super::routine::Stage;

/// What helps on a bad day, in a few words each: the flare page shows these in order, then
/// the warning signs (`safety`).
pub const ADVICE: &[(&str, &str)] = &[
    (
        "Keep moving, just less",
        "A flare hurts, but more pain rarely means new harm, and lying still for long tends to add stiffness. Short, easy walks, little and often, and the gentle routines for bad days keep you going.",
    ),
    (
        "Find positions of ease",
        "Lie on your back with your knees bent over a pillow or two, or on your side with a pillow between your knees. Change position every 20 to 30 minutes rather than staying put.",
    ),
    (
        "Pace your day",
        "Break jobs into small pieces and rest before the pain builds, not after. Skip anything that gives a sharp or spreading pain, and save bigger tasks for a better day.",
    ),
    (
        "Warmth can help",
        "A warm (not hot) pack or a warm shower for 15 to 20 minutes can ease tight muscles. Wrap the pack in a towel and never sleep on it.",
    ),
    (
        "Look after your sleep",
        "Pillows to support the position that's comfortable, and your usual bedtime. A poor night can make pain feel louder the next day: that's normal and it passes.",
    ),
    (
        "When to get help",
        "See a doctor or physiotherapist if it hasn't improved after about two weeks, or keeps getting worse. The signs below need care straight away, not exercise.",
    ),
];

/// Pain within this many points of the usual level counts as settled.
pub const SETTLED_WITHIN: u8 = 2;

/// A flare plan in progress (or the last one, once ended).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlareMode {
    /// When it was switched on, ms since the epoch.
    pub since: i64,
    /// The local day it was switched on (days since the epoch).
    pub start_day: i64,
    /// The stage to return to afterwards.
    pub stage_before: Stage,
    /// The person's usual pain before this flare (0-10).
    pub usual_pain: u8,
    /// One pain answer a day, as (local day, pain 0-10); a second answer on a day replaces
    /// the first.
    #[serde(default)]
    pub days: Vec<(i64, u8)>,
    /// When it ended, ms since the epoch, and that local day; `None` while it lasts.
    #[serde(default)]
    pub ended_at: Option<i64>,
    #[serde(default)]
    pub end_day: Option<i64>,
}

/// What a day's answer did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Still well above the usual level: the flare plan goes on.
    StillFlaring,
    /// Back within [`SETTLED_WITHIN`] points of usual: the flare plan has ended.
    Settled,
}

/// The person's usual pain: the middle of their pain-before answers from before the flare
/// (the most recent ten), or their first-run answer when there are none.
pub fn usual_pain(recent_pain_before: &[u8], fallback: u8) -> u8 {
    let mut list: Vec<u8> = recent_pain_before.iter().rev().take(10).copied().collect();
    if list.is_empty() {
        return fallback.min(10);
    }
    list.sort_unstable();
    list[(list.len() - 1) / 2].min(10)
}

impl FlareMode {
    /// Switch the flare plan on, with today's pain as its first answer.
    pub fn start(now_ms: i64, today: i64, stage_before: Stage, usual_pain: u8, pain: u8) -> Self {
        Self {
            since: now_ms,
            start_day: today,
            stage_before,
            usual_pain: usual_pain.min(10),
            days: vec![(today, pain.min(10))],
            ended_at: None,
            end_day: None,
        }
    }

    pub fn active(&self) -> bool {
        self.ended_at.is_none()
    }

    /// Day 1 is the day it was switched on.
    pub fn day_number(&self, today: i64) -> i64 {
        (today - self.start_day + 1).max(1)
    }

    /// Whether today's pain has been given.
    pub fn answered(&self, today: i64) -> bool {
        self.days.iter().any(|(d, _)| *d == today)
    }

    /// The latest pain answer.
    pub fn latest_pain(&self) -> Option<u8> {
        self.days.iter().max_by_key(|(d, _)| *d).map(|(_, p)| *p)
    }

    /// Pain low enough to count as settled.
    pub fn settled_at(&self, pain: u8) -> bool {
        pain <= self.usual_pain.saturating_add(SETTLED_WITHIN)
    }

    /// Record today's pain. On a later day than the start, pain back within
    /// [`SETTLED_WITHIN`] of usual ends the flare plan (the day it starts never ends it:
    /// the person has just said it is flaring).
    pub fn check_in(&mut self, today: i64, pain: u8, now_ms: i64) -> Answer {
        let pain = pain.min(10);
        self.days.retain(|(d, _)| *d != today);
        self.days.push((today, pain));
        if today > self.start_day && self.settled_at(pain) {
            self.end(now_ms, today);
            Answer::Settled
        } else {
            Answer::StillFlaring
        }
    }

    /// End it now (settled, or by choice).
    pub fn end(&mut self, now_ms: i64, today: i64) {
        self.ended_at = Some(now_ms);
        self.end_day = Some(today);
    }

    /// The local days it was on, up to `today` while it lasts (a year at most).
    pub fn days_on(&self, today: i64) -> std::ops::RangeInclusive<i64> {
        let end = self.end_day.unwrap_or(today).max(self.start_day);
        self.start_day..=end.min(self.start_day + 366)
    }

    /// What switching it on means, said once.
    pub fn started_words(&self) -> String {
        format!(
            "Your flare plan is on. Today shows the routines for bad days, nothing gets harder and your walk holds. Each day Limber asks how your back is, and the plan ends by itself once it's back near your usual (about {}).",
            self.usual_pain
        )
    }

    /// The sentence for an answer, naming the stage it returns to when settled.
    pub fn reply(&self, answer: Answer, pain: u8) -> String {
        match answer {
            Answer::Settled => format!(
                "Your back is close to its usual level ({pain} today, usually about {}), so the flare plan has ended and you're back on the “{}” routines. Build up gently from here.",
                self.usual_pain,
                self.stage_before.label()
            ),
            Answer::StillFlaring => format!(
                "Thanks. Keep going gently: the flare plan ends by itself once your pain is back to about {} or lower (you're usually around {}).",
                self.usual_pain.saturating_add(SETTLED_WITHIN).min(10),
                self.usual_pain
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_795_608_000_000;
    const DAY: i64 = 20_000;

    fn flare() -> FlareMode {
        FlareMode::start(NOW, DAY, Stage::Building, 3, 7)
    }

    #[test]
    fn usual_pain_is_the_middle_of_recent_answers_or_the_first_run() {
        assert_eq!(usual_pain(&[2, 3, 9], 6), 3);
        assert_eq!(usual_pain(&[2, 4], 6), 2);
        assert_eq!(usual_pain(&[], 6), 6);
        // Only the ten most recent count.
        let mut old_high = vec![9; 20];
        old_high.extend([2; 10]);
        assert_eq!(usual_pain(&old_high, 6), 2);
    }

    #[test]
    fn the_flare_plan_ends_when_pain_is_back_within_two_points_of_usual() {
        let mut f = flare();
        assert!(f.active());
        assert_eq!(f.check_in(DAY + 1, 6, NOW + 1), Answer::StillFlaring);
        assert!(f.active());
        assert_eq!(f.check_in(DAY + 2, 5, NOW + 2), Answer::Settled);
        assert!(!f.active());
        assert_eq!(f.ended_at, Some(NOW + 2));
        assert_eq!(f.days_on(DAY + 9), DAY..=DAY + 2);
        assert!(f.reply(Answer::Settled, 5).contains("“Building up”"));
    }

    #[test]
    fn the_day_a_flare_plan_starts_never_ends_it() {
        let mut f = flare();
        assert_eq!(f.check_in(DAY, 2, NOW), Answer::StillFlaring);
        assert!(f.active());
    }

    #[test]
    fn one_answer_a_day_the_last_one_counts() {
        let mut f = flare();
        f.check_in(DAY + 1, 8, NOW);
        f.check_in(DAY + 1, 7, NOW);
        assert_eq!(f.days, vec![(DAY, 7), (DAY + 1, 7)]);
        assert!(f.answered(DAY + 1));
        assert!(!f.answered(DAY + 2));
        assert_eq!(f.day_number(DAY + 2), 3);
        assert_eq!(f.latest_pain(), Some(7));
    }

    #[test]
    fn the_advice_covers_moving_positions_pacing_heat_sleep_and_help() {
        let titles: Vec<&str> = ADVICE.iter().map(|(t, _)| *t).collect();
        for word in ["moving", "positions", "Pace", "Warmth", "sleep", "help"] {
            assert!(titles.iter().any(|t| t.contains(word)), "{word}");
        }
        assert!(ADVICE.iter().all(|(_, body)| body.len() <= 240));
    }

    #[test]
    fn the_still_flaring_reply_names_the_level_that_ends_it() {
        let f = flare();
        let r = f.reply(Answer::StillFlaring, 7);
        assert!(r.contains("about 5 or lower"), "{r}");
        assert!(crate::domain::words::disagreement(&r).is_none());
    }

    proptest::proptest! {
        /// Whatever the answers, the flare plan ends on the first later day whose pain is
        /// within two points of usual, and never before.
        #[test]
        fn ends_exactly_when_pain_is_back_within_two_points_of_usual(
            usual in 0u8..=10,
            first in 0u8..=10,
            answers in proptest::collection::vec(0u8..=10, 0..20),
        ) {
            let mut f = FlareMode::start(NOW, DAY, Stage::Building, usual, first);
            proptest::prop_assert_eq!(f.check_in(DAY, first, NOW), Answer::StillFlaring);
            let expected_end = answers.iter().position(|p| *p <= usual.saturating_add(SETTLED_WITHIN));
            for (i, p) in answers.iter().enumerate() {
                if !f.active() {
                    break;
                }
                let a = f.check_in(DAY + 1 + i as i64, *p, NOW + i as i64);
                proptest::prop_assert_eq!(a == Answer::Settled, Some(i) == expected_end);
            }
            proptest::prop_assert_eq!(f.active(), expected_end.is_none());
        }

        /// The usual level is always one of the answers given (or the fallback), never made up.
        #[test]
        fn usual_pain_is_one_of_the_answers(answers in proptest::collection::vec(0u8..=10, 0..30), fallback in 0u8..=10) {
            let u = usual_pain(&answers, fallback);
            proptest::prop_assert!(answers.contains(&u) || (answers.is_empty() && u == fallback));
        }
    }
}
