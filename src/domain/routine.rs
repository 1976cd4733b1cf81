//! Routines: an ordered list of exercises, each with its own dose.

use super::catalog;
use super::exercise::{Dose, Exercise};

/// Where a person is in their recovery; each routine is written for one stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Pain is high; very gentle movement only.
    FlareUp,
    /// Pain is settling; building strength and range.
    Building,
    /// Keeping a healthy back moving.
    Maintaining,
}

impl Stage {
    pub fn label(self) -> &'static str {
        match self {
            Stage::FlareUp => "Flare-up",
            Stage::Building => "Building",
            Stage::Maintaining => "Maintaining",
        }
    }
}

/// One exercise in a routine, with the dose this routine asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoutineItem {
    pub exercise_id: &'static str,
    pub dose: Dose,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Routine {
    pub id: &'static str,
    pub name: &'static str,
    pub stage: Stage,
    /// One line: what the routine helps with.
    pub goal: &'static str,
    pub items: &'static [RoutineItem],
}

/// Seconds allowed for moving from one exercise into the next one's start position.
pub const TRANSITION_SECS: u32 = 10;

impl Routine {
    /// Estimated seconds for the whole routine: every dose, plus a short change-over between
    /// exercises.
    pub fn estimated_secs(&self) -> u32 {
        let work: u32 = self.items.iter().map(|item| item.dose.total_secs()).sum();
        let changes = (self.items.len() as u32).saturating_sub(1) * TRANSITION_SECS;
        work + changes
    }

    /// Estimated minutes, rounded up so "5 min" never means six.
    pub fn estimated_minutes(&self) -> u32 {
        self.estimated_secs().div_ceil(60)
    }

    /// The routine's exercises with their doses, in order. Items whose exercise is missing
    /// from the catalogue are left out (the catalogue tests make sure there are none).
    pub fn exercises(&self) -> impl Iterator<Item = (&'static Exercise, Dose)> + '_ {
        self.items
            .iter()
            .filter_map(|item| catalog::exercise(item.exercise_id).map(|ex| (ex, item.dose)))
    }
}
