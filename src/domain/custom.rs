//! A person's own routines: made from the library, copied from a built-in routine and
//! changed, or saved from a link a physiotherapist sent. Pure data and the rules that keep
//! it sane; stored by `storage::routines`, shared by `domain::share`.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::catalog;
use super::exercise::{Dose, Exercise, Work};
use super::i18n::{messages as m, Msg};
use super::routine::{Level, Routine, RoutineItem, Stage, CUSTOM_PREFIX};
use super::settings::Pace;

/// Longest routine name, in characters.
pub const MAX_NAME: usize = 60;
/// Longest "what it's for" line, in characters.
pub const MAX_NOTE: usize = 200;
/// Longest "from" (who made it), in characters.
pub const MAX_FROM: usize = 60;
/// Most exercises in one routine.
pub const MAX_ITEMS: usize = 20;
/// Longest routine, in estimated minutes.
pub const MAX_MINUTES: u32 = 120;

/// Sane doses. Wider than anything in the built-in routines, narrow enough to catch a slip
/// of the finger (or a doctored link).
pub const REPS: (u16, u16) = (1, 50);
/// Seconds per repetition (the tempo the player counts at).
pub const TEMPO_SECS: (u16, u16) = (1, 10);
pub const HOLD_SECS: (u16, u16) = (5, 180);
pub const TIMED_MINS: (u16, u16) = (1, 90);
pub const SETS: (u8, u8) = (1, 10);
pub const REST_SECS: (u16, u16) = (0, 300);

/// One exercise of a person's routine, with its dose.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomItem {
    /// Catalogue id of the exercise.
    pub exercise: String,
    pub dose: Dose,
}

/// A built-in routine as it is done at a level, unchanged: what a built-in routine's share
/// link and a report's code carry, by id, so whoever opens it reads its name in their own
/// language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuiltIn {
    /// The built-in routine's id.
    pub id: String,
    /// Its [`Level`], -2 to 2.
    pub level: i8,
}

/// What a person writes when making a routine; also what a share link carries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoutineDraft {
    /// The name the person gave it; empty for a built-in routine (`built_in`), whose name
    /// is its own, in the reader's language ([`RoutineDraft::title`]).
    pub name: String,
    pub stage: Stage,
    /// What it's for, in the maker's words; may be empty.
    #[serde(default)]
    pub note: String,
    /// Who made it (a physiotherapist's name on a shared link); may be empty.
    #[serde(default)]
    pub from: String,
    pub items: Vec<CustomItem>,
    /// Set when this is a built-in routine as it is, at a level (never for a saved one: the
    /// person saves it under a name of their own, [`RoutineDraft::named`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub built_in: Option<BuiltIn>,
}

/// A saved routine of the person's own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomRoutine {
    /// Starts with [`CUSTOM_PREFIX`]; never changes once saved.
    pub id: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub draft: RoutineDraft,
}

/// What is wrong with a dose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DoseProblem {
    Reps,
    Hold,
    Minutes,
    Sets,
    Rest,
    Tempo,
    /// Reps for a held exercise, or the other way round.
    WrongKind,
}

impl DoseProblem {
    /// The range allowed, for the message; `None` for the wrong kind of dose.
    fn bounds(&self) -> Option<(u16, u16)> {
        Some(match self {
            DoseProblem::Reps => REPS,
            DoseProblem::Hold => HOLD_SECS,
            DoseProblem::Minutes => TIMED_MINS,
            DoseProblem::Sets => (u16::from(SETS.0), u16::from(SETS.1)),
            DoseProblem::Rest => REST_SECS,
            DoseProblem::Tempo => TEMPO_SECS,
            DoseProblem::WrongKind => return None,
        })
    }

    /// The word in the message ids (`routines-error-dose-reps`).
    fn word(&self) -> &'static str {
        match self {
            DoseProblem::Reps => "reps",
            DoseProblem::Hold => "hold",
            DoseProblem::Minutes => "minutes",
            DoseProblem::Sets => "sets",
            DoseProblem::Rest => "rest",
            DoseProblem::Tempo => "tempo",
            DoseProblem::WrongKind => "wrong-kind",
        }
    }

    /// The whole sentence about exercise `position` (from 1), `exercise` (an id), from the
    /// messages `<prefix>-<problem>`: one for the person making the routine
    /// (`routines-error-dose`), one for someone who received it (`routines-shared-bad-dose`).
    pub(crate) fn sentence(&self, prefix: &str, position: usize, exercise: &str) -> Msg {
        let name =
            catalog::exercise(exercise).map_or_else(|| Msg::plain(exercise), Exercise::title);
        let mut msg = Msg::keyed(format!("{prefix}-{}", self.word()))
            .arg("position", position)
            .arg("exercise", name);
        if let Some((min, max)) = self.bounds() {
            msg = msg.arg("min", min).arg("max", max);
        }
        msg
    }

    pub const ALL: [DoseProblem; 7] = [
        DoseProblem::Reps,
        DoseProblem::Hold,
        DoseProblem::Minutes,
        DoseProblem::Sets,
        DoseProblem::Rest,
        DoseProblem::Tempo,
        DoseProblem::WrongKind,
    ];
}

/// Why a routine can't be saved (or a link can't be used).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoutineError {
    NoName,
    NameTooLong,
    NoteTooLong,
    FromTooLong,
    NoExercises,
    TooManyExercises,
    UnknownExercise(String),
    /// A built-in routine this version doesn't have (a link from a newer one).
    UnknownRoutine(String),
    Dose {
        /// 1-based, as the person sees the list.
        position: usize,
        /// The exercise's id.
        exercise: &'static str,
        problem: DoseProblem,
    },
    TooLong {
        minutes: u32,
    },
}

impl RoutineError {
    /// What is wrong, told to the person making the routine.
    pub fn msg(&self) -> Msg {
        match self {
            RoutineError::NoName => m::routines_error_no_name(),
            RoutineError::NameTooLong => m::routines_error_name_too_long(MAX_NAME),
            RoutineError::NoteTooLong => m::routines_error_note_too_long(MAX_NOTE),
            RoutineError::FromTooLong => m::routines_error_from_too_long(MAX_FROM),
            RoutineError::NoExercises => m::routines_error_no_exercises(),
            RoutineError::TooManyExercises => m::routines_error_too_many_exercises(MAX_ITEMS),
            RoutineError::UnknownExercise(id) => m::routines_error_unknown_exercise(id.clone()),
            RoutineError::UnknownRoutine(id) => m::routines_error_unknown_routine(id.clone()),
            RoutineError::Dose {
                position,
                exercise,
                problem,
            } => problem.sentence("routines-error-dose", *position, exercise),
            RoutineError::TooLong { minutes } => m::routines_error_too_long(*minutes, MAX_MINUTES),
        }
    }
}

/// Check a dose against the exercise it is for.
pub fn check_dose(exercise: &Exercise, dose: &Dose) -> Result<(), DoseProblem> {
    let within = |v: u16, (lo, hi): (u16, u16)| (lo..=hi).contains(&v);
    match (exercise.dose.work, dose.work) {
        (Work::Reps { .. }, Work::Reps { reps, secs_per_rep }) => {
            if !within(reps, REPS) {
                return Err(DoseProblem::Reps);
            }
            if !within(secs_per_rep, TEMPO_SECS) {
                return Err(DoseProblem::Tempo);
            }
        }
        (Work::Hold { .. }, Work::Hold { secs }) => {
            if !within(secs, HOLD_SECS) {
                return Err(DoseProblem::Hold);
            }
        }
        (Work::Timed { .. }, Work::Timed { mins }) => {
            if !within(mins, TIMED_MINS) {
                return Err(DoseProblem::Minutes);
            }
            // A timed activity is one continuous bout.
            if dose.sets != 1 {
                return Err(DoseProblem::Sets);
            }
            return Ok(());
        }
        _ => return Err(DoseProblem::WrongKind),
    }
    if !(SETS.0..=SETS.1).contains(&dose.sets) {
        return Err(DoseProblem::Sets);
    }
    if !within(dose.rest_secs, REST_SECS) {
        return Err(DoseProblem::Rest);
    }
    Ok(())
}

fn too_long(text: &str, max: usize) -> bool {
    text.chars().count() > max
}

impl RoutineDraft {
    /// An empty routine to start from.
    pub fn new() -> Self {
        Self {
            name: String::new(),
            stage: Stage::Building,
            note: String::new(),
            from: String::new(),
            items: Vec::new(),
            built_in: None,
        }
    }

    /// A copy of a routine to change, under `name` (the screen's words for "My …",
    /// [`RoutineDraft::copy_name`], cut to [`MAX_NAME`]).
    pub fn copy_named(routine: &Routine, name: &str) -> Self {
        Self {
            name: name.chars().take(MAX_NAME).collect(),
            stage: routine.stage,
            note: String::new(),
            from: String::new(),
            items: routine
                .items
                .iter()
                .map(|i| CustomItem {
                    exercise: i.exercise_id.to_string(),
                    dose: i.dose,
                })
                .collect(),
            built_in: None,
        }
    }

    /// The name a copy of `routine` starts with: "My Core basics".
    pub fn copy_name(routine: &Routine) -> Msg {
        m::routines_copy_name(routine.title())
    }

    /// A copy of a routine named as in English, for tests (the screens name it in the
    /// person's language: [`RoutineDraft::copy_named`] with [`RoutineDraft::copy_name`]).
    #[cfg(test)]
    pub(crate) fn copy_of(routine: &Routine) -> Self {
        Self::copy_named(
            routine,
            &crate::domain::i18n::english_text(&Self::copy_name(routine)),
        )
    }

    /// A routine exactly as it is (stage and items; a person's own under its name, a
    /// built-in one by its id), e.g. to keep with a session in progress.
    pub fn of(routine: &Routine) -> Self {
        if routine.is_custom() {
            Self::copy_named(routine, &routine.name)
        } else {
            Self::at_level(routine, Level::STANDARD)
        }
    }

    /// A routine as it is done at `level` today (the variants and doses of
    /// [`Routine::plan`]): what a built-in routine's share link and the report's codes hand
    /// over. A built-in routine goes by its id and level ([`RoutineDraft::title`] names it
    /// "Core basics (harder level)" in the reader's language); a person's own under its name.
    pub fn at_level(routine: &Routine, level: Level) -> Self {
        let built_in = (!routine.is_custom()).then(|| BuiltIn {
            id: routine.id.to_string(),
            level: level.value(),
        });
        Self {
            name: if built_in.is_some() {
                String::new()
            } else {
                routine.name.chars().take(MAX_NAME).collect()
            },
            items: routine
                .plan(level)
                .into_iter()
                .map(|p| CustomItem {
                    exercise: p.exercise.id.to_string(),
                    dose: p.dose,
                })
                .collect(),
            built_in,
            ..Self::copy_named(routine, "")
        }
    }

    /// The same draft as the person's own, under `name` (a built-in routine's name in their
    /// language, when they save one that was shared): what is saved.
    pub fn named(self, name: String) -> Self {
        Self {
            name: name.chars().take(MAX_NAME).collect(),
            built_in: None,
            ..self
        }
    }

    /// Its name in words: a built-in routine's own (with its level, when not the standard
    /// one), else the name the person gave it.
    pub fn title(&self) -> Msg {
        let Some(b) = &self.built_in else {
            return Msg::plain(self.name.trim().to_string());
        };
        let Some(routine) = catalog::routine(&b.id) else {
            return Msg::plain(b.id.clone());
        };
        let level = Level::new(b.level);
        if level == Level::STANDARD {
            routine.title()
        } else {
            m::routines_name_at_level(routine.title(), level.word())
        }
    }

    /// What it is for, in words: what its maker wrote, else a built-in routine's own goal,
    /// else who sent it, else "Your own routine.".
    pub fn goal(&self) -> Msg {
        let built_in = self.built_in.as_ref().and_then(|b| catalog::routine(&b.id));
        match (self.note.trim(), built_in, self.from.trim()) {
            ("", Some(r), _) => r.goal_msg(),
            ("", None, "") => m::routines_goal_own(),
            ("", None, from) => m::routines_goal_from(from.to_string()),
            (note, _, _) => Msg::plain(note.to_string()),
        }
    }

    /// The same draft with text trimmed of surrounding spaces.
    pub fn tidied(mut self) -> Self {
        self.name = self.name.trim().to_string();
        self.note = self.note.trim().to_string();
        self.from = self.from.trim().to_string();
        self
    }

    /// Everything that must hold before a routine is saved or run. The first problem found,
    /// in the order a person reads the form.
    pub fn check(&self) -> Result<(), RoutineError> {
        match &self.built_in {
            // A built-in routine is named by its id.
            Some(b) => {
                if catalog::routine(&b.id).is_none() {
                    return Err(RoutineError::UnknownRoutine(b.id.clone()));
                }
            }
            None => {
                if self.name.trim().is_empty() {
                    return Err(RoutineError::NoName);
                }
                if too_long(self.name.trim(), MAX_NAME) {
                    return Err(RoutineError::NameTooLong);
                }
            }
        }
        if too_long(self.note.trim(), MAX_NOTE) {
            return Err(RoutineError::NoteTooLong);
        }
        if too_long(self.from.trim(), MAX_FROM) {
            return Err(RoutineError::FromTooLong);
        }
        if self.items.is_empty() {
            return Err(RoutineError::NoExercises);
        }
        if self.items.len() > MAX_ITEMS {
            return Err(RoutineError::TooManyExercises);
        }
        for (index, item) in self.items.iter().enumerate() {
            let exercise = catalog::exercise(&item.exercise)
                .ok_or_else(|| RoutineError::UnknownExercise(item.exercise.clone()))?;
            check_dose(exercise, &item.dose).map_err(|problem| RoutineError::Dose {
                position: index + 1,
                exercise: exercise.id,
                problem,
            })?;
        }
        let minutes = self
            .routine_with_id("")
            .length_minutes(Level::STANDARD, Pace::default());
        if minutes > MAX_MINUTES {
            return Err(RoutineError::TooLong { minutes });
        }
        Ok(())
    }

    /// The draft as a routine the player can run. Items whose exercise is unknown are left
    /// out ([`RoutineDraft::check`] refuses them before anything is saved).
    pub fn routine_with_id(&self, id: &str) -> Routine {
        let items: Vec<RoutineItem> = self
            .items
            .iter()
            .filter_map(|i| {
                catalog::exercise(&i.exercise).map(|ex| RoutineItem {
                    exercise_id: ex.id,
                    dose: i.dose,
                })
            })
            .collect();
        // What it's for is what its maker wrote (`Routine::goal_msg` says "Your own
        // routine." for nothing; `RoutineDraft::goal` also says who sent it).
        let mut routine = Routine {
            id: Cow::Owned(id.to_string()),
            name: Cow::Owned(self.name.trim().to_string()),
            stage: self.stage,
            goal: Cow::Owned(self.note.trim().to_string()),
            minutes: (0, 0),
            items: Cow::Owned(items),
        };
        let minutes = routine.length_minutes(Level::STANDARD, Pace::default());
        let minutes = u16::try_from(minutes).unwrap_or(u16::MAX);
        routine.minutes = (minutes, minutes);
        routine
    }

    /// A preview of the draft as a routine (for the editor and a shared link's preview).
    pub fn preview(&self) -> Routine {
        self.routine_with_id("")
    }
}

impl Default for RoutineDraft {
    fn default() -> Self {
        Self::new()
    }
}

impl CustomRoutine {
    /// A new id: the time plus a random number the caller supplies.
    pub fn make_id(now_ms: i64, random: u32) -> String {
        format!("{CUSTOM_PREFIX}{now_ms:x}-{random:08x}")
    }

    /// Check and save a draft as a new routine.
    pub fn create(
        draft: RoutineDraft,
        now_ms: i64,
        random: u32,
    ) -> Result<CustomRoutine, RoutineError> {
        let draft = to_save(draft)?;
        Ok(CustomRoutine {
            id: Self::make_id(now_ms, random),
            created_at: now_ms,
            updated_at: now_ms,
            draft,
        })
    }

    /// Check a changed draft and apply it, keeping the id.
    pub fn update(&self, draft: RoutineDraft, now_ms: i64) -> Result<CustomRoutine, RoutineError> {
        let draft = to_save(draft)?;
        Ok(CustomRoutine {
            id: self.id.clone(),
            created_at: self.created_at,
            updated_at: now_ms,
            draft,
        })
    }

    /// The routine the player runs and the screens show.
    pub fn routine(&self) -> Routine {
        self.draft.routine_with_id(&self.id)
    }

    /// Whether a stored or imported routine can be used as it is.
    pub fn is_valid(&self) -> bool {
        self.id.starts_with(CUSTOM_PREFIX)
            && self.id.len() <= 64
            && self.id[CUSTOM_PREFIX.len()..]
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && self.draft.check().is_ok()
    }
}

/// A draft as it is saved: tidied, the person's own and under its name (a built-in
/// routine's draft is [`RoutineDraft::named`] first, or it has none).
fn to_save(draft: RoutineDraft) -> Result<RoutineDraft, RoutineError> {
    let draft = RoutineDraft {
        built_in: None,
        ..draft.tidied()
    };
    draft.check()?;
    Ok(draft)
}

/// A routine by id: built-in first, then the person's own.
pub fn find(id: &str, own: &[CustomRoutine]) -> Option<Routine> {
    catalog::routine(id)
        .cloned()
        .or_else(|| own.iter().find(|c| c.id == id).map(CustomRoutine::routine))
}

/// The name of any routine by id, without building it (Today's unfinished session, in the
/// first load).
pub fn title_of(id: &str, own: &[CustomRoutine]) -> Option<Msg> {
    catalog::routine(id).map(Routine::title).or_else(|| {
        own.iter()
            .find(|c| c.id == id)
            .map(|c| Msg::plain(c.draft.name.clone()))
    })
}

/// The person's routines merged with others (an import or another tab): by id, the more
/// recently changed copy wins. Newest first.
pub fn merge(a: &[CustomRoutine], b: &[CustomRoutine]) -> Vec<CustomRoutine> {
    let mut out: Vec<CustomRoutine> = a.to_vec();
    for r in b {
        match out.iter_mut().find(|x| x.id == r.id) {
            Some(existing) if r.updated_at > existing.updated_at => *existing = r.clone(),
            Some(_) => {}
            None => out.push(r.clone()),
        }
    }
    out.sort_by(|x, y| y.created_at.cmp(&x.created_at).then(x.id.cmp(&y.id)));
    out
}

/// Move the item at `from` to `to` (both clamped to the list). Used by the editor's buttons,
/// arrow keys and drag.
pub fn move_item<T>(items: &mut Vec<T>, from: usize, to: usize) {
    if items.is_empty() || from >= items.len() {
        return;
    }
    let to = to.min(items.len() - 1);
    let item = items.remove(from);
    items.insert(to, item);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::english_text;
    use proptest::prelude::*;

    fn item(id: &str) -> CustomItem {
        let ex = catalog::exercise(id).unwrap();
        CustomItem {
            exercise: id.into(),
            dose: ex.dose,
        }
    }

    fn draft(items: &[&str]) -> RoutineDraft {
        RoutineDraft {
            name: "Morning set".into(),
            items: items.iter().map(|id| item(id)).collect(),
            ..RoutineDraft::new()
        }
    }

    #[test]
    fn a_routine_at_a_level_carries_that_level_s_variants_and_doses() {
        let routine = catalog::routine("core-basics").unwrap();
        for value in Level::MIN..=Level::MAX {
            let level = Level::new(value);
            let d = RoutineDraft::at_level(routine, level);
            let planned: Vec<(String, Dose)> = routine
                .plan(level)
                .into_iter()
                .map(|p| (p.exercise.id.to_string(), p.dose))
                .collect();
            let carried: Vec<(String, Dose)> = d
                .items
                .iter()
                .map(|i| (i.exercise.clone(), i.dose))
                .collect();
            assert_eq!(carried, planned, "level {value}");
            assert_eq!(d.stage, routine.stage);
        }
        let standard = RoutineDraft::at_level(routine, Level::STANDARD);
        assert_eq!(english_text(&standard.title()), "Core basics");
        assert_eq!(standard.items, RoutineDraft::of(routine).items);
        let harder = RoutineDraft::at_level(routine, Level::new(1));
        // By id, so whoever opens it reads the name in their language; no words travel.
        assert_eq!(harder.name, "");
        assert_eq!(
            harder.built_in,
            Some(BuiltIn {
                id: "core-basics".into(),
                level: 1
            })
        );
        assert_eq!(english_text(&harder.title()), "Core basics (harder level)");
        assert_eq!(
            english_text(&RoutineDraft::at_level(routine, Level::new(-2)).title()),
            "Core basics (easiest level)"
        );
        assert_eq!(english_text(&harder.goal()), routine.goal);
        assert_eq!(harder.check(), Ok(()));
        // Saved, it is the person's own, under the name they read.
        assert_eq!(
            CustomRoutine::create(harder.clone(), 1, 1),
            Err(RoutineError::NoName)
        );
        let saved = CustomRoutine::create(
            harder.clone().named("Core basics (harder level)".into()),
            1,
            1,
        )
        .expect("named");
        assert_eq!(saved.draft.built_in, None);
        assert!(saved.is_valid());
        let mut unknown = RoutineDraft::at_level(routine, Level::STANDARD);
        unknown.built_in = Some(BuiltIn {
            id: "moonwalk".into(),
            level: 0,
        });
        assert_eq!(
            unknown.check(),
            Err(RoutineError::UnknownRoutine("moonwalk".into()))
        );
        assert_ne!(harder.items, standard.items);
        assert_ne!(
            RoutineDraft::at_level(routine, Level::new(-2)).items,
            standard.items
        );
    }

    #[test]
    fn a_sane_routine_saves_and_runs() {
        let r = CustomRoutine::create(draft(&["pelvic-tilt", "glute-bridge"]), 1_000, 7).unwrap();
        assert!(r.id.starts_with(CUSTOM_PREFIX));
        assert!(r.is_valid());
        let routine = r.routine();
        assert!(routine.is_custom());
        assert_eq!(routine.name, "Morning set");
        assert_eq!(routine.exercises().count(), 2);
        assert_eq!(english_text(&routine.goal_msg()), "Your own routine.");
        assert_eq!(english_text(&r.draft.goal()), "Your own routine.");
        let mut from = r.draft.clone();
        from.from = "Dr Ng".into();
        assert_eq!(english_text(&from.goal()), "From Dr Ng.");
        from.note = "Twice a day".into();
        assert_eq!(english_text(&from.goal()), "Twice a day");
        assert_eq!(english_text(&r.draft.title()), "Morning set");
        assert_eq!(find(&r.id, std::slice::from_ref(&r)), Some(routine));
        assert!(find("gentle-start", &[]).is_some());
        assert!(find("my-nope", &[r]).is_none());
    }

    #[test]
    fn no_built_in_routine_looks_custom() {
        assert!(catalog::ROUTINES.iter().all(|r| !r.is_custom()));
    }

    #[test]
    fn validation_says_what_is_wrong_in_reading_order() {
        let mut d = draft(&[]);
        d.name = "   ".into();
        assert_eq!(d.check(), Err(RoutineError::NoName));
        d.name = "x".repeat(MAX_NAME + 1);
        assert_eq!(d.check(), Err(RoutineError::NameTooLong));
        d.name = "é".repeat(MAX_NAME); // characters, not bytes
        assert_eq!(d.check(), Err(RoutineError::NoExercises));
        d.note = "n".repeat(MAX_NOTE + 1);
        assert_eq!(d.check(), Err(RoutineError::NoteTooLong));
        d.note.clear();
        d.from = "f".repeat(MAX_FROM + 1);
        assert_eq!(d.check(), Err(RoutineError::FromTooLong));
        d.from.clear();
        d.items = vec![item("pelvic-tilt"); MAX_ITEMS + 1];
        assert_eq!(d.check(), Err(RoutineError::TooManyExercises));
        d.items = vec![CustomItem {
            exercise: "moonwalk".into(),
            dose: Dose::reps(10, 3, 2, 30),
        }];
        assert_eq!(
            d.check(),
            Err(RoutineError::UnknownExercise("moonwalk".into()))
        );
        assert!(english_text(&d.check().unwrap_err().msg()).contains("doesn't know (\"moonwalk\")"));
    }

    #[test]
    fn dose_limits_are_enforced_per_kind() {
        let tilt = catalog::exercise("pelvic-tilt").unwrap();
        let Work::Reps { secs_per_rep, .. } = tilt.dose.work else {
            panic!("pelvic tilt is reps")
        };
        let reps = |n, sets, rest| Dose::reps(n, secs_per_rep, sets, rest);
        assert_eq!(check_dose(tilt, &reps(10, 2, 30)), Ok(()));
        assert_eq!(check_dose(tilt, &reps(0, 2, 30)), Err(DoseProblem::Reps));
        assert_eq!(check_dose(tilt, &reps(51, 2, 30)), Err(DoseProblem::Reps));
        assert_eq!(check_dose(tilt, &reps(10, 0, 30)), Err(DoseProblem::Sets));
        assert_eq!(check_dose(tilt, &reps(10, 11, 30)), Err(DoseProblem::Sets));
        assert_eq!(check_dose(tilt, &reps(10, 2, 301)), Err(DoseProblem::Rest));
        assert_eq!(
            check_dose(tilt, &Dose::reps(10, 0, 2, 30)),
            Err(DoseProblem::Tempo)
        );
        assert_eq!(
            check_dose(tilt, &Dose::reps(10, 11, 2, 30)),
            Err(DoseProblem::Tempo)
        );
        // A hold for a reps exercise is not this exercise's dose.
        assert_eq!(
            check_dose(tilt, &Dose::hold(20, 2, 30)),
            Err(DoseProblem::WrongKind)
        );
        let hold = catalog::exercise("knee-to-chest").unwrap();
        assert_eq!(
            check_dose(hold, &Dose::hold(4, 2, 10)),
            Err(DoseProblem::Hold)
        );
        assert_eq!(
            check_dose(hold, &Dose::hold(181, 2, 10)),
            Err(DoseProblem::Hold)
        );
        assert_eq!(check_dose(hold, &Dose::hold(30, 3, 10)), Ok(()));
        let walk = catalog::exercise("walking").unwrap();
        assert_eq!(check_dose(walk, &Dose::timed(20)), Ok(()));
        assert_eq!(check_dose(walk, &Dose::timed(0)), Err(DoseProblem::Minutes));
        assert_eq!(
            check_dose(walk, &Dose::timed(91)),
            Err(DoseProblem::Minutes)
        );
        let mut two_walks = Dose::timed(20);
        two_walks.sets = 2;
        assert_eq!(check_dose(walk, &two_walks), Err(DoseProblem::Sets));
    }

    #[test]
    fn the_dose_error_names_the_exercise_and_position() {
        let mut d = draft(&["glute-bridge", "pelvic-tilt"]);
        d.items[1].dose.sets = 0;
        let e = d.check().unwrap_err();
        assert_eq!(
            english_text(&e.msg()),
            "Exercise 2, Pelvic tilt: sets need to be from 1 to 10."
        );
    }

    #[test]
    fn a_routine_over_two_hours_is_refused() {
        let mut d = draft(&["walking", "cycling"]);
        d.items[0].dose = Dose::timed(80);
        d.items[1].dose = Dose::timed(80);
        assert!(matches!(d.check(), Err(RoutineError::TooLong { minutes }) if minutes > 150));
    }

    #[test]
    fn copying_a_built_in_keeps_its_items_and_stage() {
        let core = catalog::routine("core-basics").unwrap();
        let d = RoutineDraft::copy_of(core);
        assert_eq!(d.name, "My Core basics");
        assert_eq!(RoutineDraft::copy_named(core, &d.name), d);
        assert_eq!(d.stage, core.stage);
        assert_eq!(d.items.len(), core.items.len());
        assert_eq!(d.check(), Ok(()));
        assert_eq!(d.preview().items, core.items);
    }

    #[test]
    fn every_problem_has_a_whole_sentence_in_english() {
        let mut errors = vec![
            RoutineError::NoName,
            RoutineError::NameTooLong,
            RoutineError::NoteTooLong,
            RoutineError::FromTooLong,
            RoutineError::NoExercises,
            RoutineError::TooManyExercises,
            RoutineError::UnknownExercise("x".into()),
            RoutineError::UnknownRoutine("x".into()),
            RoutineError::TooLong { minutes: 150 },
        ];
        for problem in DoseProblem::ALL {
            errors.push(RoutineError::Dose {
                position: 1,
                exercise: "pelvic-tilt",
                problem,
            });
        }
        for e in errors {
            let text = english_text(&e.msg());
            assert!(!text.contains('{') && text.ends_with('.'), "{e:?}: {text}");
        }
        assert_eq!(
            english_text(&RoutineError::NameTooLong.msg()),
            "The name is too long: keep it to 60 characters."
        );
        assert_eq!(
            english_text(&RoutineError::TooLong { minutes: 150 }.msg()),
            "This would take about 150 minutes. Keep a routine under 120 minutes; shorter, \
             regular sessions help a back more."
        );
    }

    #[test]
    fn every_built_in_routine_copies_into_a_valid_draft() {
        for r in catalog::ROUTINES {
            assert_eq!(RoutineDraft::copy_of(r).check(), Ok(()), "{}", r.id);
        }
    }

    #[test]
    fn update_keeps_id_and_creation_time_and_trims() {
        let r = CustomRoutine::create(draft(&["pelvic-tilt"]), 1_000, 1).unwrap();
        let mut d = r.draft.clone();
        d.name = "  Evening set  ".into();
        let u = r.update(d, 5_000).unwrap();
        assert_eq!(
            (u.id.as_str(), u.created_at, u.updated_at),
            (r.id.as_str(), 1_000, 5_000)
        );
        assert_eq!(u.draft.name, "Evening set");
        let mut bad = u.draft.clone();
        bad.items.clear();
        assert_eq!(u.update(bad, 6_000), Err(RoutineError::NoExercises));
    }

    #[test]
    fn stored_shape_round_trips_and_odd_ids_are_invalid() {
        let r = CustomRoutine::create(draft(&["pelvic-tilt", "walking"]), 1_000, 1).unwrap();
        let json = serde_json::to_string(&r).unwrap();
        let back: CustomRoutine = serde_json::from_str(&json).unwrap();
        assert_eq!(back, r);
        let mut odd = r.clone();
        odd.id = "gentle-start".into();
        assert!(!odd.is_valid());
        odd.id = "my-<script>".into();
        assert!(!odd.is_valid());
    }

    #[test]
    fn merge_keeps_the_newer_copy_of_each() {
        let a = CustomRoutine::create(draft(&["pelvic-tilt"]), 1_000, 1).unwrap();
        let b = CustomRoutine::create(draft(&["glute-bridge"]), 2_000, 2).unwrap();
        let mut a2 = a.clone();
        a2.draft.name = "Renamed".into();
        a2.updated_at = 3_000;
        let merged = merge(std::slice::from_ref(&a), &[a2.clone(), b.clone()]);
        assert_eq!(merged, vec![b.clone(), a2.clone()]);
        assert_eq!(merge(&[a2.clone(), b.clone()], &[a]), vec![b, a2]);
    }

    proptest! {
        #[test]
        fn move_item_keeps_every_item(len in 1usize..12, from in 0usize..14, to in 0usize..14) {
            let mut v: Vec<usize> = (0..len).collect();
            move_item(&mut v, from, to);
            let mut sorted = v.clone();
            sorted.sort();
            prop_assert_eq!(sorted, (0..len).collect::<Vec<_>>());
            if from < len {
                prop_assert_eq!(v[to.min(len - 1)], from);
            }
        }
    }
}
