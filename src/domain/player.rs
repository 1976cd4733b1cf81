//! The guided-session player: a state machine driven by timestamps.
//!
//! A session is a list of steps: get ready → work (each set) → rest between sets → get
//! ready for the next exercise → … → finished. Every step runs on the clock (reps are
//! counted at the exercise's tempo), so a person on the floor can follow a whole routine
//! without touching the phone; "Done" ends a step early.
//!
//! Time comes in as `now_ms` and is never counted in ticks. A step ends at the moment it
//! was planned to end and the next starts at that same moment, so a page that was hidden
//! for a while catches up exactly when it is shown again, completing the steps that ended
//! meanwhile in order. Pausing shifts the rest of the schedule by the length of the pause.
//!
//! The live [`Player`] borrows the static catalogue; [`Snapshot`] is its owned, storable
//! form, saved at every step change so a reload can return to the same point.

use serde::{Deserialize, Serialize};

use super::activity;
use super::catalog;
use super::custom::RoutineDraft;
use super::exercise::{Dose, Exercise, Side, Sides};
use super::history::{ExerciseDone, Feeling, SessionRecord};
use super::i18n::{messages, Msg};
use super::pain::{self, PainLight, PainScore, Usual};
use super::routine::{Level, PlannedItem, Routine};
use super::schedule;
use super::settings::{Pace, Spoken};

/// A walk, swim or ride goes on past its planned time until the person taps "I'm back" (the
/// minutes may be up far from home), and ends by itself at this many times its planned time.
pub const CARDIO_CAP: i64 = 2;
/// The shortest time a tip stays on screen before the next one.
pub const TIP_MS: i64 = 8_000;
/// How much "+15 s" adds to a rest.
pub const EXTRA_REST_MS: i64 = 15_000;

pub use super::schedule::{Step, StepKind};

/// The schedule for a session's planned items ([`schedule::steps`]).
fn steps_for(items: &[PlannedItem], pace: Pace) -> Vec<Step> {
    let items: Vec<(Sides, Dose)> = items.iter().map(|p| (p.exercise.sides, p.dose)).collect();
    schedule::steps(&items, pace)
}

/// What happened to one exercise of the session, as it goes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemLog {
    pub sets_done: u8,
    pub reps_done: u16,
    /// Milliseconds spent in this exercise's work steps (pauses excluded).
    pub work_ms: i64,
    pub skipped: bool,
    /// Set when the person switched to the easier version: the original exercise's id.
    pub eased_from: Option<String>,
    /// The highest pain reported during this exercise.
    pub pain: Option<PainScore>,
}

/// What the one pain rule (`pain::during`, against the person's usual pain) says after
/// "this hurts", and how this exercise can be made easier: always one way or another.
#[derive(Clone, Debug, PartialEq)]
pub struct PainAdvice {
    /// Green: carry on. Amber: carry on gently, or make it easier. Red: make it easier,
    /// skip it, or end the session (no "carry on").
    pub light: PainLight,
    /// The sentence to show and say.
    pub words: Msg,
    pub easier: Easier,
}

/// How "Make it easier" eases the current exercise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Easier {
    /// Its easier version (by id).
    Variant(&'static str),
    /// The same exercise with fewer reps or a shorter hold, in a smaller range.
    Smaller,
    /// Already as small as it goes: a smaller range, more slowly.
    SmallerRange,
}

impl Easier {
    /// The button that does it: "Make it easier: Pelvic tilt".
    pub fn label(self) -> Msg {
        match self {
            Easier::Variant(id) => match catalog::exercise(id) {
                Some(ex) => messages::session_easier_variant(ex.title()),
                None => messages::session_easier_range(),
            },
            Easier::Smaller => messages::session_easier_smaller(),
            Easier::SmallerRange => messages::session_easier_range(),
        }
    }
}

/// How a side is named to the catalog's selectors.
fn side_key(side: Side) -> &'static str {
    match side {
        Side::Left => "left",
        Side::Right => "right",
    }
}

/// The suffix a snapshot's swap carries when an exercise was made smaller in place.
const SMALLER: &str = "~smaller";

/// A moment worth a voice, sound or vibration cue.
#[derive(Clone, Debug, PartialEq)]
pub enum Cue {
    /// A step began: a tone and a buzz, and these words ("1" for reps counted aloud).
    StepStart(Msg),
    Halfway,
    /// A walk, swim or ride reached its planned minutes; it goes on until "I'm back".
    TimeReached(Msg),
    /// 3, 2, 1 before a timed step ends.
    Countdown(u8),
    /// A repetition after the first begins: its number, said at the exercise's tempo.
    Rep(u16),
    /// The next tip within a step: said after whatever is being said, never over it.
    Tip(Msg),
}

/// The owned, storable state of a session in progress.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    pub routine_id: String,
    pub level: i8,
    /// Per item: the exercise id it was switched to, if any.
    pub swaps: Vec<Option<String>>,
    pub index: usize,
    pub started_at: i64,
    pub step_started_at: i64,
    pub extra_ms: i64,
    pub paused_at: Option<i64>,
    pub paused_ms: i64,
    pub finished_at: Option<i64>,
    pub ended_early: bool,
    pub logs: Vec<ItemLog>,
    pub pain_before: Option<PainScore>,
    /// When this snapshot was taken.
    pub saved_at: i64,
    /// Snapshots from before pacing settings use the default pace.
    #[serde(default)]
    pub pace: Pace,
    /// A person's own routine as it was when the session started, so the session resumes
    /// (and is recorded) as it was done even if the routine is changed or deleted meanwhile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own: Option<RoutineDraft>,
}

/// A session in progress.
#[derive(Clone, Debug, PartialEq)]
pub struct Player {
    routine: Routine,
    level: Level,
    pace: Pace,
    items: Vec<PlannedItem>,
    swaps: Vec<Option<String>>,
    steps: Vec<Step>,
    index: usize,
    started_at: i64,
    step_started_at: i64,
    /// Time added to the current step with "+15 s".
    extra_ms: i64,
    paused_at: Option<i64>,
    /// Total time spent paused, finished pauses only.
    paused_ms: i64,
    finished_at: Option<i64>,
    ended_early: bool,
    logs: Vec<ItemLog>,
    pain_before: Option<PainScore>,
}

impl Player {
    /// Start `routine` at `level` (easier or harder doses and variants, see [`Level`]).
    pub fn new(
        routine: Routine,
        level: Level,
        pain_before: Option<PainScore>,
        now_ms: i64,
    ) -> Self {
        Self::with_pace(routine, level, pain_before, now_ms, Pace::default())
    }

    /// As [`Player::new`], with the person's own get-ready and rest lengths.
    pub fn with_pace(
        routine: Routine,
        level: Level,
        pain_before: Option<PainScore>,
        now_ms: i64,
        pace: Pace,
    ) -> Self {
        let items = routine.plan(level);
        let steps = steps_for(&items, pace);
        let finished_at = steps.is_empty().then_some(now_ms);
        Self {
            routine,
            level,
            pace,
            swaps: vec![None; items.len()],
            logs: vec![ItemLog::default(); items.len()],
            items,
            steps,
            index: 0,
            started_at: now_ms,
            step_started_at: now_ms,
            extra_ms: 0,
            paused_at: None,
            paused_ms: 0,
            finished_at,
            ended_early: false,
            pain_before,
        }
    }

    // ----- reading -------------------------------------------------------------------

    pub fn routine(&self) -> &Routine {
        &self.routine
    }

    pub fn started_at(&self) -> i64 {
        self.started_at
    }

    /// Where to start looking for cues when a screen starts following the session at
    /// `now_ms`: from the current step's start if it began under a second ago (so a session
    /// just started says its first words), else from now (a reload doesn't replay a step).
    pub fn cues_from(&self, now_ms: i64) -> i64 {
        if self.is_paused() || now_ms - self.step_started_at >= 1_000 {
            now_ms - 1
        } else {
            self.step_started_at.min(now_ms) - 1
        }
    }

    pub fn pain_before(&self) -> Option<PainScore> {
        self.pain_before
    }

    /// The step in progress, or `None` once the session is over.
    pub fn step(&self) -> Option<Step> {
        if self.finished_at.is_some() {
            return None;
        }
        self.steps.get(self.index).copied()
    }

    /// Index of the current step (changes exactly when the step changes).
    pub fn step_index(&self) -> usize {
        self.index
    }

    /// The exercise of the current step, with its dose.
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

    pub fn is_paused(&self) -> bool {
        self.paused_at.is_some()
    }

    pub fn is_finished(&self) -> bool {
        self.finished_at.is_some()
    }

    /// True if the session was ended before the last step.
    pub fn ended_early(&self) -> bool {
        self.ended_early
    }

    /// The clock as the player sees it: frozen while paused.
    fn effective_now(&self, now_ms: i64) -> i64 {
        self.paused_at.unwrap_or(now_ms)
    }

    fn step_len(&self) -> Option<i64> {
        self.step().map(|s| match s.kind {
            StepKind::Activity { .. } => s.planned_ms() * CARDIO_CAP,
            _ => s.planned_ms(),
        } + self.extra_ms)
    }

    /// Milliseconds left in the current step (never negative).
    pub fn remaining_ms(&self, now_ms: i64) -> Option<i64> {
        let len = self.step_len()?;
        let now = self.effective_now(now_ms);
        Some((self.step_started_at + len - now).clamp(0, len))
    }

    /// Length of the current step, including any added rest.
    pub fn step_total_ms(&self) -> Option<i64> {
        self.step_len()
    }

    /// Milliseconds into the current step.
    pub fn step_elapsed_ms(&self, now_ms: i64) -> i64 {
        let len = self.step_len().unwrap_or(0);
        (self.effective_now(now_ms) - self.step_started_at).clamp(0, len)
    }

    /// During a reps step: the repetition being done now (1-based) and the total.
    pub fn current_rep(&self, now_ms: i64) -> Option<(u16, u16)> {
        match self.step()?.kind {
            StepKind::Reps { reps, secs_per_rep } => {
                let per = i64::from(secs_per_rep.max(1)) * 1000;
                let done = (self.step_elapsed_ms(now_ms) / per) as u16;
                Some(((done + 1).min(reps), reps))
            }
            _ => None,
        }
    }

    /// Seconds from start to finish (or to now while running), pauses excluded.
    pub fn active_secs(&self, now_ms: i64) -> u32 {
        let end = self
            .finished_at
            .unwrap_or_else(|| self.effective_now(now_ms));
        let paused_now = match (self.paused_at, self.finished_at) {
            (Some(p), None) => self.effective_now(now_ms) - p,
            _ => 0,
        };
        let ms = (end - self.started_at - self.paused_ms - paused_now).max(0);
        u32::try_from(ms / 1000).unwrap_or(u32::MAX)
    }

    /// Total milliseconds recorded in work steps, over all exercises.
    pub fn work_ms(&self) -> i64 {
        self.logs.iter().map(|l| l.work_ms).sum()
    }

    pub fn logs(&self) -> &[ItemLog] {
        &self.logs
    }

    /// Cues due in the current step between `from_ms` (exclusive) and `to_ms`
    /// (inclusive), with the eyes-free ones that `spoken` has on. After a long gap only the
    /// current step's cues are given, so a page coming back from the background does not
    /// chatter through everything it missed. This is everything the voice says during a
    /// session, so that what is heard can be tested without a browser.
    pub fn cues_between(&self, from_ms: i64, to_ms: i64, spoken: Spoken) -> Vec<Cue> {
        let Some(step) = self.step() else {
            return Vec::new();
        };
        let len = self.step_len().unwrap_or(0);
        let start = self.step_started_at;
        let to = self.effective_now(to_ms);
        let in_window = |at: i64| at > from_ms.max(start - 1) && at <= to;
        let mut cues = Vec::new();
        if in_window(start) {
            cues.push(Cue::StepStart(self.spoken_start(step, spoken)));
        }
        match step.kind {
            StepKind::Activity { mins } => {
                let planned = step.planned_ms();
                if in_window(start + planned / 2) {
                    cues.push(Cue::Halfway);
                }
                if in_window(start + planned) {
                    cues.push(Cue::TimeReached(messages::session_say_time_reached(mins)));
                    // It says what the new tip says.
                    return cues;
                }
            }
            StepKind::Reps { reps, secs_per_rep } if spoken.count_reps => {
                let per = i64::from(secs_per_rep.max(1)) * 1000;
                // The first rep's number is the step's start.
                for n in 2..=reps {
                    if in_window(start + i64::from(n - 1) * per) {
                        cues.push(Cue::Rep(n));
                    }
                }
            }
            StepKind::Hold { .. } if len >= 20_000 && in_window(start + len / 2) => {
                cues.push(Cue::Halfway);
            }
            _ => {}
        }
        let timed = !matches!(step.kind, StepKind::Reps { .. } | StepKind::Activity { .. });
        if spoken.count_down && timed && len >= 6_000 {
            for n in (1..=3u8).rev() {
                if in_window(start + len - i64::from(n) * 1000) {
                    cues.push(Cue::Countdown(n));
                }
            }
        }
        // A new tip, when the one on screen changes within the step (its start says
        // enough), said after the count.
        if from_ms >= start {
            let at = |t: i64| self.tip_at(step, (t - start).clamp(0, len));
            let (before, now) = (at(from_ms), at(to));
            if let Some(tip) = now.filter(|now| before.as_ref() != Some(now)) {
                cues.push(Cue::Tip(tip));
            }
        }
        cues
    }

    /// What the voice says as `step` starts. Reps counted aloud start with "1" (the step
    /// before said what they are); with `say_next`, getting ready says how to get into
    /// position, and a rest says what follows it.
    pub fn spoken_start(&self, step: Step, spoken: Spoken) -> Msg {
        let exercise = self.items.get(step.item).map(|p| p.exercise);
        match step.kind {
            StepKind::Reps { .. } if spoken.count_reps => messages::session_say_number(1),
            StepKind::GetReady { first, .. } if spoken.say_next => {
                let how = exercise.and_then(|e| e.guide().step_msg(0));
                match (exercise, first, how) {
                    (Some(ex), true, Some(how)) => {
                        messages::session_say_get_ready_how(ex.title(), how)
                    }
                    (Some(ex), false, Some(how)) => messages::session_say_next_how(ex.title(), how),
                    _ => self.describe(step),
                }
            }
            StepKind::Rest { secs } if spoken.say_next => {
                match self.steps.get(self.index + 1).filter(|s| s.is_work()) {
                    Some(next) => messages::session_say_rest_then(secs, self.describe(*next)),
                    None => self.describe(step),
                }
            }
            _ => self.describe(step),
        }
    }

    /// The one line of guidance for this moment: while getting ready, the first step of the
    /// how-to; while working, the exercise's own cues in turn, a new one every few seconds
    /// (with each rep, or every few reps when reps are quick; every [`TIP_MS`] of a hold;
    /// every minute of a walk, after a first minute on taking the phone or not). Rests and
    /// side switches have none: their label says it.
    pub fn tip(&self, now_ms: i64) -> Option<Msg> {
        self.tip_at(self.step()?, self.step_elapsed_ms(now_ms))
    }

    /// The tip for `step` at `elapsed` milliseconds into it.
    fn tip_at(&self, step: Step, elapsed: i64) -> Option<Msg> {
        let exercise = self.items.get(step.item)?.exercise;
        let turn = match step.kind {
            StepKind::GetReady { .. } => return exercise.guide().step_msg(0),
            StepKind::Reps { secs_per_rep, .. } => {
                let per_rep = i64::from(secs_per_rep.max(1)) * 1000;
                let reps_per_tip = ((TIP_MS + per_rep - 1) / per_rep).max(1);
                elapsed / per_rep / reps_per_tip
            }
            StepKind::Hold { .. } => elapsed / TIP_MS,
            StepKind::Activity { .. } if elapsed >= step.planned_ms() => {
                return Some(messages::session_tip_time_up());
            }
            // The first minute says what Today's card says about the phone.
            StepKind::Activity { .. } if elapsed < 60_000 => return Some(activity::phone_note()),
            StepKind::Activity { .. } => elapsed / 60_000 - 1,
            StepKind::Rest { .. } | StepKind::Switch { .. } => return None,
        };
        let guide = exercise.guide();
        guide.cue_msg(turn as usize % guide.cues.len().max(1))
    }

    /// The line above the count: "Set 1 of 2 · left side", "Left side", "Now the right
    /// side"; `None` for a single set on both sides at once.
    pub fn set_label(step: Step) -> Option<Msg> {
        let switch = matches!(step.kind, StepKind::Switch { .. });
        let (set, sets) = (step.set, step.sets);
        Some(match (sets > 1, step.side.map(side_key)) {
            (true, Some(side)) if switch => messages::session_label_set_switch(set, sets, side),
            (true, Some(side)) => messages::session_label_set_side(set, sets, side),
            (true, None) => messages::session_label_set(set, sets),
            (false, Some(side)) if switch => messages::session_label_switch(side),
            (false, Some(side)) => messages::session_label_side(side),
            (false, None) => return None,
        })
    }

    /// What to say when a step starts.
    pub fn describe(&self, step: Step) -> Msg {
        let name = self
            .items
            .get(step.item)
            .map_or_else(|| Msg::plain(""), |p| p.exercise.title());
        let side = step.side.map(side_key);
        let (set, sets) = (step.set, step.sets);
        match (step.kind, side) {
            (StepKind::GetReady { first: true, .. }, _) => messages::session_say_get_ready(name),
            (StepKind::GetReady { .. }, _) => messages::session_say_next(name),
            (StepKind::Reps { reps, .. }, Some(side)) if sets > 1 => {
                messages::session_say_reps_set_side(name, side, set, sets, reps)
            }
            (StepKind::Reps { reps, .. }, None) if sets > 1 => {
                messages::session_say_reps_set(name, set, sets, reps)
            }
            (StepKind::Reps { reps, .. }, Some(side)) => {
                messages::session_say_reps_side(name, side, reps)
            }
            (StepKind::Reps { reps, .. }, None) => messages::session_say_reps(name, reps),
            (StepKind::Hold { secs }, Some(side)) if sets > 1 => {
                messages::session_say_hold_set_side(name, side, set, sets, secs)
            }
            (StepKind::Hold { secs }, None) if sets > 1 => {
                messages::session_say_hold_set(name, set, sets, secs)
            }
            (StepKind::Hold { secs }, Some(side)) => {
                messages::session_say_hold_side(name, side, secs)
            }
            (StepKind::Hold { secs }, None) => messages::session_say_hold(name, secs),
            (StepKind::Activity { mins }, _) => messages::session_say_activity(name, mins),
            (StepKind::Rest { secs }, _) => messages::session_say_rest(secs),
            (StepKind::Switch { .. }, side) => {
                messages::session_say_switch(side.unwrap_or(side_key(Side::Right)))
            }
        }
    }

    // ----- time passing --------------------------------------------------------------

    /// Finish every step whose planned end is at or before `now_ms`, in order. Does
    /// nothing while paused. Returns true if the step changed.
    pub fn advance_to(&mut self, now_ms: i64) -> bool {
        if self.is_paused() {
            return false;
        }
        let mut changed = false;
        while let Some(len) = self.step_len() {
            let end = self.step_started_at + len;
            if end > now_ms {
                break;
            }
            self.finish_step(end, true);
            changed = true;
        }
        changed
    }

    fn finish_step(&mut self, at: i64, full: bool) {
        let Some(step) = self.step() else {
            return;
        };
        if step.is_work() {
            self.log_work(step, at, full);
        }
        self.index += 1;
        self.start_step(at);
    }

    /// Record the work done in the current step up to `at`.
    fn log_work(&mut self, step: Step, at: i64, full: bool) {
        let elapsed = (at - self.step_started_at).max(0);
        let reps = match step.kind {
            StepKind::Reps { reps, secs_per_rep } if !full => {
                ((elapsed / (i64::from(secs_per_rep.max(1)) * 1000)) as u16).min(reps)
            }
            StepKind::Reps { reps, .. } => reps,
            _ => 0,
        };
        if let Some(log) = self.logs.get_mut(step.item) {
            log.work_ms += elapsed;
            log.reps_done = log.reps_done.saturating_add(reps);
            // A set counts when it ran its course or was marked done (on its last side).
            if full && step.ends_set() {
                log.sets_done = log.sets_done.saturating_add(1).min(step.sets);
                log.skipped = false;
            }
        }
    }

    fn start_step(&mut self, at: i64) {
        self.step_started_at = at;
        self.extra_ms = 0;
        if self.index >= self.steps.len() && self.finished_at.is_none() {
            self.finished_at = Some(at);
        }
    }

    // ----- actions -------------------------------------------------------------------

    pub fn pause(&mut self, now_ms: i64) {
        if self.is_finished() || self.is_paused() {
            return;
        }
        self.advance_to(now_ms);
        if !self.is_finished() {
            self.paused_at = Some(now_ms.max(self.step_started_at));
        }
    }

    pub fn resume(&mut self, now_ms: i64) {
        if let Some(p) = self.paused_at.take() {
            let pause = (now_ms - p).max(0);
            self.step_started_at += pause;
            self.paused_ms += pause;
        }
    }

    pub fn toggle_pause(&mut self, now_ms: i64) {
        if self.is_paused() {
            self.resume(now_ms);
        } else {
            self.pause(now_ms);
        }
    }

    /// "Done": the current step counts as complete now.
    pub fn complete(&mut self, now_ms: i64) {
        self.advance_to(now_ms);
        let at = self.effective_now(now_ms).max(self.step_started_at);
        self.finish_step(at, true);
        self.rebase_pause(at);
    }

    /// Leave the rest of the current exercise and go to the next one.
    pub fn skip_exercise(&mut self, now_ms: i64) {
        self.advance_to(now_ms);
        let Some(step) = self.step() else {
            return;
        };
        let at = self.effective_now(now_ms).max(self.step_started_at);
        if step.is_work() {
            self.log_work(step, at, false);
        }
        if let Some(log) = self.logs.get_mut(step.item) {
            log.skipped = log.sets_done == 0;
        }
        self.jump_to_item(step.item + 1, at);
    }

    /// Go back to the start of the previous exercise (or of this one, if it is the
    /// first). Sets done for the exercise gone back to start again from zero; time
    /// already worked stays recorded.
    pub fn back(&mut self, now_ms: i64) {
        self.advance_to(now_ms);
        let Some(step) = self.step() else {
            return;
        };
        let at = self.effective_now(now_ms).max(self.step_started_at);
        if step.is_work() {
            self.log_work(step, at, false);
        }
        let target = step.item.saturating_sub(1);
        if let Some(log) = self.logs.get_mut(target) {
            log.sets_done = 0;
            log.reps_done = 0;
            log.skipped = false;
        }
        self.jump_to_item(target, at);
    }

    /// Add 15 s to a rest or get-ready step.
    pub fn add_rest(&mut self, now_ms: i64) {
        self.advance_to(now_ms);
        if self.step().is_some_and(|s| s.can_extend()) {
            self.extra_ms += EXTRA_REST_MS;
        }
    }

    /// Stop here and keep what was done so far.
    pub fn end_early(&mut self, now_ms: i64) {
        self.advance_to(now_ms);
        if self.is_finished() {
            return;
        }
        let at = self.effective_now(now_ms).max(self.step_started_at);
        if let Some(step) = self.step() {
            if step.is_work() {
                self.log_work(step, at, false);
            }
        }
        if let Some(p) = self.paused_at.take() {
            self.paused_ms += (at - p).max(0);
        }
        self.ended_early = true;
        self.finished_at = Some(at);
    }

    /// "This hurts": what the one pain rule says about `pain` for someone whose usual pain
    /// is `usual` (`spreading`: down a leg), and how this exercise would be made easier.
    /// Nothing is recorded: the answer can change until the dialog closes ([`Self::report_pain`]).
    pub fn advise(&self, pain: PainScore, usual: Usual, spreading: bool) -> PainAdvice {
        PainAdvice {
            light: pain::during(pain.value(), usual, spreading),
            words: pain::advice_msg(pain.value(), usual, spreading),
            easier: self.easier(),
        }
    }

    /// How the current exercise would be made easier.
    pub fn easier(&self) -> Easier {
        let Some(item) = self.step().and_then(|s| self.items.get(s.item)) else {
            return Easier::SmallerRange;
        };
        if let Some(v) = item.exercise.easier.and_then(catalog::exercise) {
            return Easier::Variant(v.id);
        }
        if item.dose.smaller() != item.dose {
            Easier::Smaller
        } else {
            Easier::SmallerRange
        }
    }

    /// Record the pain the person settled on in "this hurts" against the current exercise
    /// (the highest of the times they said it hurt).
    pub fn report_pain(&mut self, pain: PainScore) {
        if let Some(step) = self.step() {
            if let Some(log) = self.logs.get_mut(step.item) {
                log.pain = log.pain.max(Some(pain));
            }
        }
    }

    /// "Make it easier": the easier version where there is one (from "get ready"), else the
    /// same exercise with a smaller dose from the set in progress (sets done are kept).
    /// Returns false when neither could change anything.
    pub fn make_easier(&mut self, now_ms: i64) -> bool {
        if self.switch_to_easier(now_ms) {
            return true;
        }
        self.advance_to(now_ms);
        let Some(step) = self.step() else {
            return false;
        };
        let was = self.items[step.item].dose;
        let smaller = was.smaller();
        if smaller == was {
            return false;
        }
        let at = self.effective_now(now_ms).max(self.step_started_at);
        if step.is_work() {
            self.log_work(step, at, false);
        }
        let id = self.items[step.item].exercise.id;
        self.items[step.item].dose = smaller;
        self.swaps[step.item] = Some(format!("{id}{SMALLER}"));
        if let Some(log) = self.logs.get_mut(step.item) {
            log.eased_from.get_or_insert_with(|| id.to_string());
            log.reps_done = 0;
        }
        self.steps = steps_for(&self.items, self.pace);
        // Carry on from the set in progress, not from the start of the exercise.
        let set = self.logs.get(step.item).map_or(1, |l| l.sets_done + 1);
        self.index = self
            .steps
            .iter()
            .position(|s| s.item == step.item && s.is_work() && s.set >= set)
            .or_else(|| self.steps.iter().position(|s| s.item > step.item))
            .unwrap_or(self.steps.len());
        self.start_step(at);
        self.rebase_pause(at);
        true
    }

    /// Switch the current exercise to its easier version and start it again from "get
    /// ready". Returns false if there is no easier version.
    pub fn switch_to_easier(&mut self, now_ms: i64) -> bool {
        self.advance_to(now_ms);
        let Some(step) = self.step() else {
            return false;
        };
        let Some(easier) = self
            .items
            .get(step.item)
            .and_then(|p| p.exercise.easier)
            .and_then(catalog::exercise)
        else {
            return false;
        };
        let at = self.effective_now(now_ms).max(self.step_started_at);
        if step.is_work() {
            self.log_work(step, at, false);
        }
        let original = self.items[step.item].exercise.id;
        let was = self.items[step.item].dose;
        self.items[step.item] = PlannedItem {
            exercise: easier,
            dose: easier.dose.at_most(was),
            version: super::routine::Version::Easier,
        };
        self.swaps[step.item] = Some(easier.id.to_string());
        if let Some(log) = self.logs.get_mut(step.item) {
            log.eased_from.get_or_insert_with(|| original.to_string());
            log.sets_done = 0;
            log.reps_done = 0;
        }
        self.steps = steps_for(&self.items, self.pace);
        self.jump_to_item(step.item, at);
        true
    }

    fn jump_to_item(&mut self, item: usize, at: i64) {
        self.index = self
            .steps
            .iter()
            .position(|s| s.item == item)
            .unwrap_or(self.steps.len());
        self.start_step(at);
        self.rebase_pause(at);
    }

    /// After an action taken while paused, the new step starts paused at its beginning.
    fn rebase_pause(&mut self, at: i64) {
        if self.paused_at.is_some() && self.finished_at.is_none() {
            self.paused_at = Some(at);
        }
    }

    // ----- storing -------------------------------------------------------------------

    pub fn snapshot(&self, now_ms: i64) -> Snapshot {
        Snapshot {
            routine_id: self.routine.id.to_string(),
            level: self.level.value(),
            swaps: self.swaps.clone(),
            index: self.index,
            started_at: self.started_at,
            step_started_at: self.step_started_at,
            extra_ms: self.extra_ms,
            paused_at: self.paused_at,
            paused_ms: self.paused_ms,
            finished_at: self.finished_at,
            ended_early: self.ended_early,
            logs: self.logs.clone(),
            pain_before: self.pain_before,
            saved_at: now_ms,
            pace: self.pace,
            own: self
                .routine
                .is_custom()
                .then(|| RoutineDraft::of(&self.routine)),
        }
    }

    /// Rebuild a session from a snapshot, brought up to the moment it was saved and paused
    /// there, so the person chooses to continue. `None` if the routine or an exercise no
    /// longer exists, or the snapshot does not fit its routine. `find` looks a routine up
    /// by id (built-in or the person's own); a person's own routine comes from the copy kept
    /// in the snapshot.
    pub fn restore(snap: &Snapshot, find: impl FnOnce(&str) -> Option<Routine>) -> Option<Self> {
        let routine = match &snap.own {
            Some(own) => own.routine_with_id(&snap.routine_id),
            None => find(&snap.routine_id)?,
        };
        let level = Level::new(snap.level);
        let mut items = routine.plan(level);
        if snap.swaps.len() != items.len() || snap.logs.len() != items.len() {
            return None;
        }
        for (item, swap) in items.iter_mut().zip(&snap.swaps) {
            let Some(swap) = swap else {
                continue;
            };
            let (id, smaller) = match swap.strip_suffix(SMALLER) {
                Some(id) => (id, true),
                None => (swap.as_str(), false),
            };
            if id != item.exercise.id {
                let ex = catalog::exercise(id)?;
                *item = PlannedItem {
                    exercise: ex,
                    dose: ex.dose.at_most(item.dose),
                    version: super::routine::Version::Easier,
                };
            }
            if smaller {
                item.dose = item.dose.smaller();
            }
        }
        let steps = steps_for(&items, snap.pace);
        if snap.index > steps.len() {
            return None;
        }
        let mut player = Self {
            routine,
            level,
            pace: snap.pace,
            items,
            swaps: snap.swaps.clone(),
            steps,
            index: snap.index,
            started_at: snap.started_at,
            step_started_at: snap.step_started_at,
            extra_ms: snap.extra_ms,
            paused_at: snap.paused_at,
            paused_ms: snap.paused_ms,
            finished_at: snap.finished_at,
            ended_early: snap.ended_early,
            logs: snap.logs.clone(),
            pain_before: snap.pain_before,
        };
        player.pause(snap.saved_at);
        Some(player)
    }

    // ----- the record ----------------------------------------------------------------

    /// What was done, per exercise.
    pub fn results(&self) -> Vec<ExerciseDone> {
        self.items
            .iter()
            .zip(&self.logs)
            .map(|(item, log)| ExerciseDone {
                id: item.exercise.id.to_string(),
                sets_done: log.sets_done,
                sets_planned: item.dose.sets,
                reps: log.reps_done,
                secs: u32::try_from(log.work_ms / 1000).unwrap_or(u32::MAX),
                eased_from: log.eased_from.clone(),
                pain: log.pain,
            })
            .collect()
    }

    /// The record to store once the person has answered the after-session questions.
    pub fn to_record(&self, id: String, utc_offset_min: i16, after: AfterSession) -> SessionRecord {
        SessionRecord {
            id,
            started_at: self.started_at,
            utc_offset_min,
            routine_id: self.routine.id.to_string(),
            routine_name: self.routine.name.to_string(),
            level: self.level.value(),
            duration_secs: self.active_secs(self.finished_at.unwrap_or(self.started_at)),
            exercises: self.results(),
            pain_before: self.pain_before,
            pain_after: after.pain,
            feeling: after.feeling,
            note: after.note.filter(|n| !n.trim().is_empty()),
            ended_early: self.ended_early,
            distance_m: None,
            morning: None,
        }
    }
}

/// The person's answers after a session.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AfterSession {
    pub pain: Option<PainScore>,
    pub feeling: Option<Feeling>,
    pub note: Option<String>,
}

#[cfg(test)]
mod tests;
