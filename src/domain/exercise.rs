//! Exercises and how much of each to do (the dose).

use serde::{Deserialize, Serialize};

/// What one set of an exercise asks of you.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Work {
    /// Repeat a movement `reps` times, at roughly `secs_per_rep` seconds each.
    Reps { reps: u16, secs_per_rep: u16 },
    /// Hold a position for `secs` seconds.
    Hold { secs: u16 },
}

/// How much of an exercise to do: the work in one set, how many sets, and the rest between
/// them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dose {
    pub work: Work,
    pub sets: u8,
    pub rest_secs: u16,
}

impl Dose {
    pub const fn reps(reps: u16, secs_per_rep: u16, sets: u8, rest_secs: u16) -> Self {
        Self {
            work: Work::Reps { reps, secs_per_rep },
            sets,
            rest_secs,
        }
    }

    pub const fn hold(secs: u16, sets: u8, rest_secs: u16) -> Self {
        Self {
            work: Work::Hold { secs },
            sets,
            rest_secs,
        }
    }

    /// Seconds of work in one set.
    pub fn set_secs(&self) -> u32 {
        match self.work {
            Work::Reps { reps, secs_per_rep } => u32::from(reps) * u32::from(secs_per_rep),
            Work::Hold { secs } => u32::from(secs),
        }
    }

    /// Planned seconds for the whole dose: every set, plus the rests between sets (not after
    /// the last one).
    pub fn total_secs(&self) -> u32 {
        let sets = u32::from(self.sets);
        sets * self.set_secs() + sets.saturating_sub(1) * u32::from(self.rest_secs)
    }

    /// A short human description, e.g. "2 sets of 10" or "3 × 20 s hold".
    pub fn describe(&self) -> String {
        match (self.work, self.sets) {
            (Work::Reps { reps, .. }, 1) => format!("{reps} reps"),
            (Work::Reps { reps, .. }, sets) => format!("{sets} sets of {reps} reps"),
            (Work::Hold { secs }, 1) => format!("Hold {secs} s"),
            (Work::Hold { secs }, sets) => format!("{sets} holds of {secs} s"),
        }
    }
}

/// One exercise as the library and the player know it. Built-in exercises are static data
/// (see `catalog`), so every text field is `&'static str`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exercise {
    /// Stable id, used in URLs and stored session records. Never rename one.
    pub id: &'static str,
    pub name: &'static str,
    /// One line: what this exercise is for.
    pub purpose: &'static str,
    /// What to do, in order.
    pub steps: &'static [&'static str],
    /// The amount the library suggests.
    pub dose: Dose,
}
