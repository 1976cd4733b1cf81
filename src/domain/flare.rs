//! "My back is flaring": a plan for the bad days, switched on by the person at any time.
//!
//! While it is on, the plan uses the routines for bad days, no routine steps up and the walk
//! target holds (see `coach` and `progress::walk_days`). Each day it asks how bad the pain
//! is (the next-morning answer counts), and it ends by itself, saying so, by the one end rule
//! ([`FlareMode::settled_on`], said by [`end_rule`]); the plan then returns to the stage it
//! was on before. It starts when the person switches it on, or by the one start rule
//! ([`starts`]) when a next-morning answer is a clear rise above usual.

use serde::{Deserialize, Serialize};

use super::i18n::{messages, Msg};
use super::pain::Usual;
use super::routine::Stage;

/// What helps on a bad day, by id (`coach-flare-advice-<id>-title` and `-body`): the flare
/// page shows these in order, then the warning signs (`safety`).
pub const ADVICE_IDS: [&str; 6] = ["moving", "positions", "pacing", "warmth", "sleep", "help"];

/// What helps on a bad day, each a title and a few sentences, in order.
pub fn advice() -> Vec<(Msg, Msg)> {
    ADVICE_IDS
        .iter()
        .map(|id| {
            (
                Msg::keyed(format!("coach-flare-advice-{id}-title")),
                Msg::keyed(format!("coach-flare-advice-{id}-body")),
            )
        })
        .collect()
}

/// A flare plan in progress (or the last one, once ended).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlareMode {
    /// When it was switched on, ms since the epoch.
    pub since: i64,
    /// The local day it was switched on (days since the epoch).
    pub start_day: i64,
    /// The stage to return to afterwards.
    pub stage_before: Stage,
    /// The person's usual pain before this flare (0-10): what "settled" is measured against.
    pub usual_pain: u8,
    /// One pain answer a day, as (local day, pain 0-10); a second answer on a day replaces
    /// the first. The next-morning answer counts as the day's answer.
    #[serde(default)]
    pub days: Vec<(i64, u8)>,
    /// When the latest answer was given (ms since the epoch), so the check before a session
    /// can offer it rather than ask again.
    #[serde(default)]
    pub answered_at: Option<i64>,
    /// When it ended, ms since the epoch, and that local day; `None` while it lasts.
    #[serde(default)]
    pub ended_at: Option<i64>,
    #[serde(default)]
    pub end_day: Option<i64>,
}

/// What a day's answer did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Not yet back near usual for two days in a row: the flare plan goes on.
    StillFlaring,
    /// Back near usual for [`SETTLED_DAYS`] days in a row: the flare plan has ended.
    Settled,
}

/// Days in a row with pain back near usual that end a flare plan.
pub const SETTLED_DAYS: i64 = 2;

/// The start rule: a daily pain answer (the next-morning one, or the one given on the flare
/// page) that is a clear rise above the person's usual level starts a flare.
pub fn starts(pain: u8, usual: Usual) -> bool {
    usual.clear_rise(pain)
}

/// The end rule, said once, the same way everywhere it is said (the messages that say more
/// repeat it word for word; a test holds them to it).
pub fn end_rule(usual: u8) -> Msg {
    messages::coach_flare_end_rule(usual)
}

/// A stage's name, as the coach's sentences say it.
pub fn stage_name(stage: Stage) -> Msg {
    match stage {
        Stage::FlareUp => messages::coach_stage_flare_up(),
        Stage::Building => messages::coach_stage_building(),
        Stage::Maintaining => messages::coach_stage_maintaining(),
    }
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
            answered_at: Some(now_ms),
            ended_at: None,
            end_day: None,
        }
    }

    pub fn active(&self) -> bool {
        self.ended_at.is_none()
    }

    /// The usual level this flare is measured against.
    pub fn usual(&self) -> Usual {
        Usual::new(self.usual_pain)
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

    /// The answer given on `day`, if any.
    pub fn pain_on(&self, day: i64) -> Option<u8> {
        self.days.iter().find(|(d, _)| *d == day).map(|(_, p)| *p)
    }

    /// The end rule: on a day after the first, this day's answer and the day before's are
    /// both back within about a point of usual (day one's answer never counts: the person
    /// had just said it was flaring).
    pub fn settled_on(&self, today: i64) -> bool {
        let usual = self.usual();
        today > self.start_day
            && (0..SETTLED_DAYS).all(|back| {
                let day = today - back;
                day > self.start_day && self.pain_on(day).is_some_and(|p| usual.settled(p))
            })
    }

    /// Record today's pain; ends the flare plan when the end rule says it has settled.
    pub fn check_in(&mut self, today: i64, pain: u8, now_ms: i64) -> Answer {
        let pain = pain.min(10);
        self.days.retain(|(d, _)| *d != today);
        self.days.push((today, pain));
        self.days.sort_unstable();
        self.answered_at = Some(now_ms);
        if self.settled_on(today) {
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
    pub fn started_words(&self) -> Msg {
        messages::coach_flare_started(self.usual_pain)
    }

    /// The sentence for an answer, naming the stage it returns to when settled.
    pub fn reply(&self, answer: Answer, pain: u8) -> Msg {
        let usual = self.usual_pain;
        match answer {
            Answer::Settled => messages::coach_flare_settled(usual, stage_name(self.stage_before)),
            Answer::StillFlaring if self.usual().settled(pain) => {
                messages::coach_flare_near(pain, usual)
            }
            Answer::StillFlaring => messages::coach_flare_still(usual),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::english_text;

    const NOW: i64 = 1_795_608_000_000;
    const DAY: i64 = 20_000;

    fn flare() -> FlareMode {
        FlareMode::start(NOW, DAY, Stage::Building, 4, 7)
    }

    #[test]
    fn it_ends_after_two_days_in_a_row_within_a_point_of_usual() {
        let mut f = flare();
        assert!(f.active());
        // 6 is two above a usual of 4: not settled (the old rule ended it here).
        assert_eq!(f.check_in(DAY + 1, 6, NOW + 1), Answer::StillFlaring);
        // 5 is within a point: one day is not enough.
        assert_eq!(f.check_in(DAY + 2, 5, NOW + 2), Answer::StillFlaring);
        assert!(
            english_text(&f.reply(Answer::StillFlaring, 5)).contains("If it stays there tomorrow")
        );
        assert_eq!(f.check_in(DAY + 3, 4, NOW + 3), Answer::Settled);
        assert!(!f.active());
        assert_eq!(f.ended_at, Some(NOW + 3));
        assert_eq!(f.days_on(DAY + 9), DAY..=DAY + 3);
        assert!(english_text(&f.reply(Answer::Settled, 4)).contains("“Building up”"));
    }

    #[test]
    fn a_missed_day_restarts_the_count() {
        let mut f = flare();
        assert_eq!(f.check_in(DAY + 1, 4, NOW), Answer::StillFlaring);
        assert_eq!(f.check_in(DAY + 3, 4, NOW), Answer::StillFlaring);
        assert_eq!(f.check_in(DAY + 4, 5, NOW), Answer::Settled);
    }

    #[test]
    fn the_day_a_flare_plan_starts_never_ends_it_nor_counts_towards_its_end() {
        let mut f = flare();
        assert_eq!(f.check_in(DAY, 2, NOW), Answer::StillFlaring);
        assert!(f.active());
        assert_eq!(f.check_in(DAY + 1, 2, NOW), Answer::StillFlaring);
        assert_eq!(f.check_in(DAY + 2, 2, NOW), Answer::Settled);
    }

    #[test]
    fn one_answer_a_day_the_last_one_counts() {
        let mut f = flare();
        f.check_in(DAY + 1, 8, NOW);
        f.check_in(DAY + 1, 7, NOW + 5);
        assert_eq!(f.days, vec![(DAY, 7), (DAY + 1, 7)]);
        assert!(f.answered(DAY + 1));
        assert!(!f.answered(DAY + 2));
        assert_eq!(f.day_number(DAY + 2), 3);
        assert_eq!(f.latest_pain(), Some(7));
        assert_eq!(f.answered_at, Some(NOW + 5));
    }

    #[test]
    fn the_advice_covers_moving_positions_pacing_heat_sleep_and_help() {
        let advice: Vec<(String, String)> = advice()
            .iter()
            .map(|(t, b)| (english_text(t), english_text(b)))
            .collect();
        for word in ["moving", "positions", "Pace", "Warmth", "sleep", "help"] {
            assert!(advice.iter().any(|(t, _)| t.contains(word)), "{word}");
        }
        assert!(advice
            .iter()
            .all(|(t, body)| !t.starts_with('{') && body.len() <= 240));
    }

    #[test]
    fn the_end_rule_is_said_one_way_wherever_it_is_said() {
        let f = flare();
        let rule = english_text(&end_rule(4));
        assert!(english_text(&f.started_words()).contains(&rule));
        assert!(english_text(&f.reply(Answer::StillFlaring, 7)).contains(&rule));
        assert!(rule.contains("usual (4)") && rule.contains("two days in a row"));
        // Every message that states the rule states it whole, in every language (a
        // translator changing one must change them all).
        for lang in crate::domain::i18n::Lang::OFFERED {
            let c = super::super::plan::catalog_of(lang);
            let rule = c.render(&end_rule(4));
            for m in [
                f.started_words(),
                f.reply(Answer::StillFlaring, 7),
                messages::coach_flare_auto_started(8, 4),
                messages::coach_flare_plan_on(4),
            ] {
                assert!(c.render(&m).contains(&rule), "{lang:?}: {}", c.render(&m));
            }
        }
    }

    #[test]
    fn a_clear_rise_above_usual_starts_a_flare() {
        assert!(starts(6, Usual::new(4)));
        assert!(!starts(6, Usual::new(6)), "usual pain is not a flare");
        assert!(!starts(7, Usual::new(6)));
        assert!(starts(8, Usual::new(6)));
    }

    proptest::proptest! {
        /// Whatever the answers (one a day from day 2), the flare plan ends on the first day
        /// that, with the day before, is within a point of usual, and never before.
        #[test]
        fn ends_exactly_after_two_settled_days_in_a_row(
            usual in 0u8..=10,
            first in 0u8..=10,
            answers in proptest::collection::vec(0u8..=10, 0..20),
        ) {
            let mut f = FlareMode::start(NOW, DAY, Stage::Building, usual, first);
            proptest::prop_assert_eq!(f.check_in(DAY, first, NOW), Answer::StillFlaring);
            let near = |p: u8| p <= usual + 1;
            let expected_end = (1..answers.len()).find(|&i| near(answers[i]) && near(answers[i - 1]));
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
            let u = Usual::from_answers(&answers, fallback).value();
            proptest::prop_assert!(answers.contains(&u) || (answers.is_empty() && u == fallback));
        }
    }
}
