//! Routines: an ordered list of exercises, each with its own dose, and how to make a whole
//! routine gentler or harder.

use std::borrow::Cow;

use super::exercise::{Dose, Equipment, Exercise, Kind, Sides};
use super::i18n::Msg;
use super::library;
use super::schedule;
use super::settings::Pace;

/// Where a person is in their recovery; each routine is written for one stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Stage {
    /// Pain is high; very gentle movement only.
    FlareUp,
    /// Pain is settling; building strength and range.
    Building,
    /// Keeping a healthy back moving.
    Maintaining,
}

impl Stage {
    pub const ALL: [Stage; 3] = [Stage::FlareUp, Stage::Building, Stage::Maintaining];

    /// A name for class names and file names: never shown, never changes.
    pub fn slug(self) -> &'static str {
        match self {
            Stage::FlareUp => "flare-up",
            Stage::Building => "building",
            Stage::Maintaining => "maintaining",
        }
    }

    /// The stage's name in plain words, what it is for, not a clinical term (`coach.ftl`, which
    /// Today's plan card speaks from too; the same words as `flare::stage_name`).
    pub fn label_msg(self) -> Msg {
        use super::i18n::messages as m;
        match self {
            Stage::FlareUp => m::coach_stage_flare_up(),
            Stage::Building => m::coach_stage_building(),
            Stage::Maintaining => m::coach_stage_maintaining(),
        }
    }

    /// One line on who the stage is for, in words (`routines.ftl`).
    pub fn description_msg(self) -> Msg {
        Msg::keyed(format!("routines-stage-{}-about", self.slug()))
    }
}

/// One exercise in a routine, with the dose this routine asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RoutineItem {
    pub exercise_id: &'static str,
    pub dose: Dose,
}

/// A routine: built-in ones are static data (borrowed, free to clone); a person's own
/// routines (see `domain::custom`) own their text and items.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Routine {
    /// Stable id, used in URLs and stored sessions. Never rename one. A person's own
    /// routines start with [`CUSTOM_PREFIX`].
    pub id: Cow<'static, str>,
    pub name: Cow<'static, str>,
    pub stage: Stage,
    /// One line: what the routine helps with. A built-in routine's in English, as its
    /// `routines-goal-<id>` message has it (a test holds them together); a person's own is
    /// what they wrote, maybe nothing. Screens show [`Routine::goal_msg`].
    pub goal: Cow<'static, str>,
    /// The range of minutes the routine is advertised with; a test keeps the estimate
    /// inside it.
    pub minutes: (u16, u16),
    pub items: Cow<'static, [RoutineItem]>,
}

/// Ids of a person's own routines start with this; no built-in id does.
pub const CUSTOM_PREFIX: &str = "my-";

/// How hard to make a routine, from -2 (gentlest) to +2 (hardest). The ladder, per
/// exercise: -2 swaps in the easier variant (at its own suggested dose) where there is one,
/// -1 and +1 scale the dose by 20%, +2 swaps in the harder variant. Where there is no
/// variant, ±2 scales the dose by 40% instead.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Level(i8);

impl Level {
    pub const MIN: i8 = -2;
    pub const MAX: i8 = 2;
    pub const STANDARD: Level = Level(0);

    /// A level, clamped to the ladder.
    pub fn new(value: i8) -> Self {
        Self(value.clamp(Self::MIN, Self::MAX))
    }

    pub fn value(self) -> i8 {
        self.0
    }

    /// A word for the level, never shown: what a message selects on (`[harder]` in
    /// `routines-name-at-level`).
    pub fn word(self) -> &'static str {
        match self.0 {
            -2 => "easiest",
            -1 => "easier",
            0 => "standard",
            1 => "harder",
            _ => "hardest",
        }
    }
}

/// Which version of an exercise a planned item uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    AsWritten,
    Easier,
    Harder,
}

/// One exercise of a routine as it will be done at a given level.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlannedItem {
    pub exercise: &'static Exercise,
    pub dose: Dose,
    pub version: Version,
}

impl Routine {
    /// Its name, in words: a built-in routine's from `core.ftl` (`routine-<id>`), a person's
    /// own as they wrote it.
    pub fn title(&self) -> Msg {
        if self.is_custom() {
            Msg::plain(self.name.to_string())
        } else {
            Msg::keyed(format!("routine-{}", self.id))
        }
    }

    /// What it helps with, in words: a built-in routine's from `routines.ftl`
    /// (`routines-goal-<id>`); a person's own is what they wrote, or "Your own routine."
    /// (a screen that has their saved routine shows [`RoutineDraft::goal`] instead, which
    /// also says who sent it).
    ///
    /// [`RoutineDraft::goal`]: super::custom::RoutineDraft::goal
    pub fn goal_msg(&self) -> Msg {
        if !self.is_custom() && !self.id.is_empty() {
            Msg::keyed(format!("routines-goal-{}", self.id))
        } else if self.goal.trim().is_empty() {
            super::i18n::messages::routines_goal_own()
        } else {
            Msg::plain(self.goal.trim().to_string())
        }
    }

    /// True for a person's own routine (made here or saved from a shared link).
    pub fn is_custom(&self) -> bool {
        self.id.starts_with(CUSTOM_PREFIX)
    }

    /// How long the routine takes at `level` and `pace`, in seconds: the player's own schedule
    /// ([`schedule::steps`]: get ready, reps at tempo, holds, each side, rests) added up.
    pub fn length_secs(&self, level: Level, pace: Pace) -> u32 {
        let items: Vec<(Sides, Dose)> = self
            .plan(level)
            .into_iter()
            .map(|p| (p.exercise.sides, p.dose))
            .collect();
        schedule::length_secs(&items, pace)
    }

    /// What the routine needs at `level` (its exercises as they will be done), each once, in
    /// [`Equipment::ALL`]'s order.
    pub fn equipment(&self, level: Level) -> Vec<Equipment> {
        let plan = self.plan(level);
        Equipment::ALL
            .into_iter()
            .filter(|e| plan.iter().any(|p| p.exercise.equipment.contains(e)))
            .collect()
    }

    /// [`Routine::length_secs`] in whole minutes, rounded once (at least 1).
    pub fn length_minutes(&self, level: Level, pace: Pace) -> u32 {
        super::calendar::length_minutes(self.length_secs(level, pace))
    }

    /// The routine's exercises with their doses, in order. Items whose exercise is missing
    /// from the library are left out (the catalogue tests make sure there are none).
    pub fn exercises(&self) -> impl Iterator<Item = (&'static Exercise, Dose)> + '_ {
        self.items
            .iter()
            .filter_map(|item| library::exercise(item.exercise_id).map(|ex| (ex, item.dose)))
    }

    /// True for the low-impact cardio sessions (walking, cycling, swimming, water aerobics).
    pub fn is_cardio(&self) -> bool {
        self.exercises().all(|(ex, _)| ex.kind == Kind::Cardio)
    }

    /// The routine as it will be done at `level` (see [`Level`] for the ladder). No
    /// exercise appears twice: a variant already in the routine is passed over for the next
    /// one along, or the item is scaled instead.
    pub fn plan(&self, level: Level) -> Vec<PlannedItem> {
        let mut used: Vec<&'static str> = self.exercises().map(|(ex, _)| ex.id).collect();
        self.exercises()
            .map(|(exercise, dose)| {
                let planned = plan_item(exercise, dose, level, &used);
                used.push(planned.exercise.id);
                planned
            })
            .collect()
    }
}

/// The next variant along from `exercise` (easier or harder) that `used` doesn't hold yet.
fn free_variant(
    exercise: &'static Exercise,
    easier: bool,
    used: &[&'static str],
) -> Option<&'static Exercise> {
    let step = |ex: &'static Exercise| {
        if easier { ex.easier } else { ex.harder }.and_then(library::exercise)
    };
    let mut next = step(exercise);
    // The chains are short and end (a catalogue test checks there are no loops).
    for _ in 0..8 {
        match next {
            Some(v) if used.contains(&v.id) => next = step(v),
            other => return other,
        }
    }
    None
}

fn plan_item(
    exercise: &'static Exercise,
    dose: Dose,
    level: Level,
    used: &[&'static str],
) -> PlannedItem {
    let variant = match level.0 {
        -2 => free_variant(exercise, true, used).map(|v| (v, Version::Easier)),
        2 => free_variant(exercise, false, used).map(|v| (v, Version::Harder)),
        _ => None,
    };
    match variant {
        Some((variant, version)) => PlannedItem {
            exercise: variant,
            // An easier version never asks for more than what it stands in for.
            dose: match version {
                Version::Easier => variant.dose.at_most(dose),
                _ => variant.dose,
            },
            version,
        },
        None => PlannedItem {
            exercise,
            dose: dose.scaled(level.0),
            version: Version::AsWritten,
        },
    }
}
