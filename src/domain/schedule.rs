//! A session's schedule: the steps the player runs (get ready, each set on each side, a change
//! of side, rests between sets), worked out from the doses and the person's pace. The player
//! follows it, and every length the app shows (Today, routine cards and pages, "Before you
//! start", the plan) is it added up, so a routine takes as long as it says.

use super::calendar;
use super::exercise::{Dose, Side, Sides, Work, SWITCH_SECS};
use super::settings::Pace;

/// What the person is asked to do right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKind {
    /// Get into position for the exercise; `first` is true before the very first one.
    GetReady { secs: u16, first: bool },
    /// Repetitions, counted at `secs_per_rep`.
    Reps { reps: u16, secs_per_rep: u16 },
    /// Hold a position.
    Hold { secs: u16 },
    /// Keep an activity going (walking, cycling).
    Activity { mins: u16 },
    /// Rest before the next set.
    Rest { secs: u16 },
    /// Change to the other side, between the two halves of a set.
    Switch { secs: u16 },
}

/// One step of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// Index of the exercise in the session.
    pub item: usize,
    /// 1-based set number (for a rest: the set just done).
    pub set: u8,
    pub sets: u8,
    pub kind: StepKind,
    /// For an exercise done on each side in turn, which side this step is for.
    pub side: Option<Side>,
}

impl Step {
    /// Planned length in milliseconds.
    pub fn planned_ms(&self) -> i64 {
        let secs = match self.kind {
            StepKind::GetReady { secs, .. }
            | StepKind::Hold { secs }
            | StepKind::Rest { secs }
            | StepKind::Switch { secs } => i64::from(secs),
            StepKind::Reps { reps, secs_per_rep } => i64::from(reps) * i64::from(secs_per_rep),
            StepKind::Activity { mins } => i64::from(mins) * 60,
        };
        secs * 1000
    }

    /// True for the steps where the exercise is actually done.
    pub fn is_work(&self) -> bool {
        matches!(
            self.kind,
            StepKind::Reps { .. } | StepKind::Hold { .. } | StepKind::Activity { .. }
        )
    }

    /// True where "+15 s" makes sense.
    pub fn can_extend(&self) -> bool {
        matches!(
            self.kind,
            StepKind::Rest { .. } | StepKind::GetReady { .. } | StepKind::Switch { .. }
        )
    }

    /// True for the last (or only) side of a set: where a set counts as done.
    pub fn ends_set(&self) -> bool {
        self.side != Some(Side::Left)
    }
}

/// The steps of a session doing `items` (each exercise's sides and dose, in order) at `pace`:
/// what the player runs, and what every length shown is added up from.
pub fn steps(items: &[(Sides, Dose)], pace: Pace) -> Vec<Step> {
    let pace = pace.clamped();
    let mut steps = Vec::new();
    for (item, &(item_sides, dose)) in items.iter().enumerate() {
        let step = |set, kind, side| Step {
            item,
            set,
            sets: dose.sets,
            kind,
            side,
        };
        // A walk, swim or ride starts when the person sets off: no countdown to get into
        // position.
        if !matches!(dose.work, Work::Timed { .. }) {
            steps.push(step(
                1,
                StepKind::GetReady {
                    secs: pace.get_ready_secs,
                    first: item == 0,
                },
                None,
            ));
        }
        let (kind, sides) = match dose.work {
            Work::Reps { reps, secs_per_rep } => {
                (StepKind::Reps { reps, secs_per_rep }, item_sides.order())
            }
            Work::Hold { secs } => (StepKind::Hold { secs }, item_sides.order()),
            Work::Timed { mins } => (StepKind::Activity { mins }, Sides::Both.order()),
        };
        for set in 1..=dose.sets {
            for (i, side) in sides.iter().enumerate() {
                if i > 0 {
                    steps.push(step(set, StepKind::Switch { secs: SWITCH_SECS }, *side));
                }
                steps.push(step(set, kind, *side));
            }
            if set < dose.sets && dose.rest_secs > 0 {
                steps.push(step(
                    set,
                    StepKind::Rest {
                        secs: pace.rest(dose.rest_secs),
                    },
                    None,
                ));
            }
        }
    }
    steps
}

/// Seconds the steps take, played straight through.
pub fn total_secs(steps: &[Step]) -> u32 {
    let ms: i64 = steps.iter().map(Step::planned_ms).sum();
    u32::try_from(ms / 1000).unwrap_or(u32::MAX)
}

/// Seconds a session doing `items` at `pace` takes, played straight through.
pub fn length_secs(items: &[(Sides, Dose)], pace: Pace) -> u32 {
    total_secs(&steps(items, pace))
}

/// A length as shown everywhere: "About 9 min", from seconds rounded once
/// ([`calendar::length_minutes`]).
pub fn about_msg(secs: u32) -> super::i18n::Msg {
    super::i18n::messages::session_about(calendar::length_minutes(secs))
}
