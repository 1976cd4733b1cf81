//! The session player: walks through a routine one step at a time.
//!
//! Time comes in as `now_ms` and is never counted in ticks. A timed step ends at the moment
//! it was planned to end, and the next step starts at that same moment, so a page that was
//! hidden for a while catches up exactly when it is shown again.

use super::exercise::{Dose, Exercise, Work};
use super::history::{ExerciseDone, SessionRecord};
use super::pain::PainScore;
use super::routine::{Level, PlannedItem, Routine};

/// What the person is asked to do right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKind {
    /// Do `reps` repetitions, then say you are done.
    Reps { reps: u16 },
    /// Hold for `secs` seconds; the step ends on its own.
    Hold { secs: u16 },
    /// Rest for `secs` seconds before the next set; ends on its own.
    Rest { secs: u16 },
    /// Keep an activity going (walking, cycling) for `mins` minutes; ends on its own.
    Activity { mins: u16 },
}

/// One step of the plan: a set of an exercise, or the rest after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// Index of the exercise in the routine.
    pub item: usize,
    /// 1-based set number.
    pub set: u8,
    pub sets: u8,
    pub kind: StepKind,
}

impl Step {
    /// Length of a step that runs on the clock; `None` for steps that wait for the person.
    pub fn timed_ms(&self) -> Option<i64> {
        match self.kind {
            StepKind::Hold { secs } | StepKind::Rest { secs } => Some(i64::from(secs) * 1000),
            StepKind::Activity { mins } => Some(i64::from(mins) * 60_000),
            StepKind::Reps { .. } => None,
        }
    }

    fn is_work(&self) -> bool {
        !matches!(self.kind, StepKind::Rest { .. })
    }
}

fn steps_for(items: &[PlannedItem]) -> Vec<Step> {
    let mut steps = Vec::new();
    for (item, PlannedItem { dose, .. }) in items.iter().enumerate() {
        for set in 1..=dose.sets {
            let kind = match dose.work {
                Work::Reps { reps, .. } => StepKind::Reps { reps },
                Work::Hold { secs } => StepKind::Hold { secs },
                Work::Timed { mins } => StepKind::Activity { mins },
            };
            steps.push(Step {
                item,
                set,
                sets: dose.sets,
                kind,
            });
            if set < dose.sets && dose.rest_secs > 0 {
                steps.push(Step {
                    item,
                    set,
                    sets: dose.sets,
                    kind: StepKind::Rest {
                        secs: dose.rest_secs,
                    },
                });
            }
        }
    }
    steps
}

/// A routine in progress.
#[derive(Clone, Debug)]
pub struct Player {
    routine: &'static Routine,
    level: Level,
    items: Vec<PlannedItem>,
    steps: Vec<Step>,
    index: usize,
    started_at: i64,
    step_started_at: i64,
    finished_at: Option<i64>,
    sets_done: Vec<u8>,
}

impl Player {
    /// Start `routine` at `level` (see [`Level`]: easier or harder doses and variants).
    pub fn new(routine: &'static Routine, level: Level, now_ms: i64) -> Self {
        let items = routine.plan(level);
        let steps = steps_for(&items);
        let finished_at = steps.is_empty().then_some(now_ms);
        Self {
            routine,
            level,
            sets_done: vec![0; items.len()],
            items,
            steps,
            index: 0,
            started_at: now_ms,
            step_started_at: now_ms,
            finished_at,
        }
    }

    /// When the session started, in ms since the epoch.
    pub fn started_at(&self) -> i64 {
        self.started_at
    }

    pub fn routine(&self) -> &'static Routine {
        self.routine
    }

    /// The step in progress, or `None` once the routine is finished or ended.
    pub fn step(&self) -> Option<Step> {
        if self.finished_at.is_some() {
            return None;
        }
        self.steps.get(self.index).copied()
    }

    /// The exercise of the current step.
    pub fn exercise(&self) -> Option<(&'static Exercise, Dose)> {
        self.step()
            .and_then(|s| self.items.get(s.item))
            .map(|p| (p.exercise, p.dose))
    }

    /// 1-based number of the current exercise and how many there are.
    pub fn position(&self) -> (usize, usize) {
        let total = self.items.len();
        (self.step().map_or(total, |s| s.item + 1), total)
    }

    pub fn is_finished(&self) -> bool {
        self.finished_at.is_some()
    }

    /// Milliseconds left in a timed step (never negative), `None` for other steps.
    pub fn remaining_ms(&self, now_ms: i64) -> Option<i64> {
        let len = self.step()?.timed_ms()?;
        Some((self.step_started_at + len - now_ms).clamp(0, len))
    }

    /// Finish every timed step whose planned end is at or before `now_ms`, in order.
    /// Returns true if the step changed.
    pub fn advance_to(&mut self, now_ms: i64) -> bool {
        let mut changed = false;
        while let Some(len) = self.step().and_then(|s| s.timed_ms()) {
            let end = self.step_started_at + len;
            if end > now_ms {
                break;
            }
            self.finish_step(end);
            changed = true;
        }
        changed
    }

    /// The person says the current step is done (a set of reps, or a hold or rest ended
    /// early).
    pub fn complete(&mut self, now_ms: i64) {
        self.advance_to(now_ms);
        if self.step().is_some() {
            self.finish_step(now_ms.max(self.step_started_at));
        }
    }

    /// Leave the rest of the current exercise and move to the next one.
    pub fn skip_exercise(&mut self, now_ms: i64) {
        self.advance_to(now_ms);
        let Some(item) = self.step().map(|s| s.item) else {
            return;
        };
        while self.step().is_some_and(|s| s.item == item) {
            self.index += 1;
        }
        self.start_step(now_ms.max(self.step_started_at));
    }

    /// Stop here and keep what was done so far. Steps that ended on the clock before
    /// `now_ms` still count.
    pub fn end_early(&mut self, now_ms: i64) {
        self.advance_to(now_ms);
        if self.finished_at.is_none() {
            self.finished_at = Some(now_ms.max(self.step_started_at));
        }
    }

    /// True if the session was ended before every step was done or skipped.
    pub fn ended_early(&self) -> bool {
        self.is_finished() && self.index < self.steps.len()
    }

    fn finish_step(&mut self, at: i64) {
        if let Some(step) = self.step() {
            if step.is_work() {
                if let Some(done) = self.sets_done.get_mut(step.item) {
                    *done = done.saturating_add(1);
                }
            }
            self.index += 1;
            self.start_step(at);
        }
    }

    fn start_step(&mut self, at: i64) {
        self.step_started_at = at;
        if self.index >= self.steps.len() && self.finished_at.is_none() {
            self.finished_at = Some(at);
        }
    }

    /// Seconds from start to finish (or to `now_ms` while still running).
    pub fn elapsed_secs(&self, now_ms: i64) -> u32 {
        let end = self.finished_at.unwrap_or(now_ms);
        u32::try_from((end - self.started_at).max(0) / 1000).unwrap_or(u32::MAX)
    }

    /// What was done, per exercise.
    pub fn results(&self) -> Vec<ExerciseDone> {
        self.items
            .iter()
            .zip(&self.sets_done)
            .map(|(item, &done)| ExerciseDone {
                id: item.exercise.id.to_string(),
                sets_done: done,
                sets_planned: item.dose.sets,
            })
            .collect()
    }

    /// The record to store once the person has rated their pain.
    pub fn to_record(
        &self,
        id: String,
        utc_offset_min: i16,
        now_ms: i64,
        pain_after: Option<PainScore>,
    ) -> SessionRecord {
        SessionRecord {
            id,
            started_at: self.started_at,
            utc_offset_min,
            routine_id: self.routine.id.to_string(),
            routine_name: self.routine.name.to_string(),
            level: self.level.value(),
            duration_secs: self.elapsed_secs(now_ms),
            exercises: self.results(),
            pain_after,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog;
    use proptest::prelude::*;

    fn gentle() -> &'static Routine {
        catalog::routine("gentle-start").expect("built-in routine")
    }

    const T0: i64 = 1_795_564_800_000;

    #[test]
    fn plan_has_sets_and_rests_but_no_rest_after_last_set() {
        let p = Player::new(gentle(), Level::STANDARD, T0);
        let kinds: Vec<_> = p.steps.iter().map(|s| (s.item, s.kind)).collect();
        assert_eq!(kinds[0], (0, StepKind::Reps { reps: 10 }));
        assert_eq!(kinds[1], (0, StepKind::Rest { secs: 20 }));
        assert_eq!(kinds[2], (0, StepKind::Reps { reps: 10 }));
        assert_eq!(kinds[3].0, 1, "no rest between exercises");
    }

    #[test]
    fn full_routine_records_every_set() {
        let mut p = Player::new(gentle(), Level::STANDARD, T0);
        let mut now = T0;
        while let Some(step) = p.step() {
            match step.timed_ms() {
                Some(ms) => {
                    now += ms;
                    assert!(p.advance_to(now));
                }
                None => {
                    now += 30_000;
                    p.complete(now);
                }
            }
        }
        assert!(p.is_finished());
        assert!(p.results().iter().all(|r| r.sets_done == r.sets_planned));
        let record = p.to_record("x".into(), 60, now + 99_000, PainScore::new(2));
        assert_eq!(i64::from(record.duration_secs), (now - T0) / 1000);
        assert_eq!(record.exercises.len(), 3);
    }

    #[test]
    fn hidden_page_catches_up_to_the_planned_boundaries() {
        // Skip to the knee-to-chest holds (4 × 20 s with 5 s rests = 95 s in all).
        let mut p = Player::new(gentle(), Level::STANDARD, T0);
        p.skip_exercise(T0);
        p.skip_exercise(T0);
        assert_eq!(p.step().map(|s| s.kind), Some(StepKind::Hold { secs: 20 }));
        // Hidden for 52 s: two holds and two rests have passed (50 s), 2 s into the third.
        assert!(p.advance_to(T0 + 52_000));
        let step = p.step().expect("still running");
        assert_eq!((step.set, step.kind), (3, StepKind::Hold { secs: 20 }));
        assert_eq!(p.remaining_ms(T0 + 52_000), Some(18_000));
        assert!(p.advance_to(T0 + 95_000));
        assert!(p.is_finished());
        assert_eq!(p.elapsed_secs(T0 + 500_000), 95);
    }

    #[test]
    fn skipping_records_zero_sets() {
        let mut p = Player::new(gentle(), Level::STANDARD, T0);
        p.skip_exercise(T0 + 1_000);
        assert_eq!(p.position(), (2, 3));
        assert_eq!(p.results()[0].sets_done, 0);
    }

    #[test]
    fn ending_early_keeps_what_was_done() {
        let mut p = Player::new(gentle(), Level::STANDARD, T0);
        p.complete(T0 + 30_000);
        p.end_early(T0 + 40_000);
        assert!(p.is_finished() && p.ended_early());
        assert_eq!(p.step(), None);
        assert_eq!(p.results()[0].sets_done, 1);
        assert_eq!(p.elapsed_secs(T0 + 900_000), 40);
        // Nothing moves after the end.
        p.complete(T0 + 50_000);
        assert_eq!(p.results()[0].sets_done, 1);
    }

    proptest! {
        /// Whatever the person does and whenever, the player never goes backwards in time,
        /// never records more sets than planned, and a routine always ends.
        #[test]
        fn any_sequence_of_actions_is_consistent(
            actions in proptest::collection::vec((0u8..3, 0i64..120_000), 0..80)
        ) {
            let mut p = Player::new(gentle(), Level::STANDARD, T0);
            let mut now = T0;
            for (action, wait) in actions {
                now += wait;
                match action {
                    0 => { p.advance_to(now); }
                    1 => p.complete(now),
                    _ => p.skip_exercise(now),
                }
                prop_assert!(!p.ended_early());
                if let Some(left) = p.remaining_ms(now) {
                    prop_assert!(left >= 0);
                }
                prop_assert!(p.step_started_at <= now);
            }
            for _ in 0..64 { p.skip_exercise(now); }
            prop_assert!(p.is_finished());
            for r in p.results() {
                prop_assert!(r.sets_done <= r.sets_planned);
            }
        }
    }
}
