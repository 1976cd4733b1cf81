//! `CourseState`: the lessons read, the answers given and the calm sessions listened to
//! (`limber.course`,
//! `domain::learn::Course`). Hook: `use_course()`.
//!
//! Only the course's own screens and Today's lesson row (all in chunks) read it, so it is
//! made by the first of them that asks, not at start-up: the first load carries none of it.
//! It is made under the app's root owner and kept in its context, so it lives as long as the
//! app, and follows another tab's changes.

use leptos::prelude::*;

use super::lang::t;
use super::{slot_message, store_message};
use crate::domain::calendar::LocalDate;
use crate::domain::calm::{self, CalmDone};
use crate::domain::goals::{self, Goal, WeekPlan};
use crate::domain::i18n::Msg;
use crate::domain::learn::{Answer, Course};
use crate::domain::outlook::{self, Check};
use crate::platform::clock;
use crate::storage::course::COURSE_KEY;
use crate::storage::{course, LocalStore};

#[derive(Clone, Copy)]
pub struct CourseState {
    pub course: ReadSignal<Course>,
    set_course: WriteSignal<Course>,
}

impl CourseState {
    /// As stored now (a value that can't be read was set aside and reported at start-up,
    /// `Stored::read`), following another tab's changes from then on.
    fn stored() -> Self {
        let (course, set_course) =
            signal(course::load(&LocalStore, clock::now_ms()).unwrap_or_default());
        let state = Self { course, set_course };
        // For the app's life: the handle is dropped, the listener stays.
        let _ = window_event_listener(leptos::ev::storage, move |e| {
            if e.key().is_none_or(|k| k == COURSE_KEY) {
                state.reloaded(course::load(&LocalStore, clock::now_ms()).ok());
            }
        });
        state
    }

    /// Stored, then shown; an error in words if it couldn't be stored.
    fn change(&self, change: impl FnOnce(Course) -> Course) -> Result<(), String> {
        let next = course::update(&LocalStore, clock::now_ms(), change)
            .map_err(|e| slot_message("change", e))?;
        self.set_course.set(next);
        Ok(())
    }

    /// `id` read today.
    pub fn read(&self, id: &str, today: LocalDate) -> Result<(), String> {
        self.change(|mut c| {
            c.mark_read(id, today);
            c
        })
    }

    /// The answer to `id`'s question (and `id` read).
    pub fn answer(&self, id: &str, answer: Answer, today: LocalDate) -> Result<(), String> {
        self.change(|mut c| {
            c.answer(id, answer, today);
            c
        })
    }

    /// A calm session listened to (`domain::calm::record`).
    pub fn listened(&self, done: CalmDone) -> Result<(), String> {
        self.change(|mut c| {
            calm::record(&mut c.calm, done);
            c
        })
    }

    /// A "What holds you back" check answered (`domain::outlook::record`); a later offer is
    /// no longer put off.
    pub fn checked_in(&self, check: Check) -> Result<(), String> {
        self.change(|mut c| {
            outlook::record(&mut c.checks, check);
            c.check_put_off = None;
            c
        })
    }

    /// "Not now" to the check: Today offers it again from `day` (days since the epoch).
    pub fn put_off_check(&self, day: i64) -> Result<(), String> {
        self.change(|mut c| {
            c.check_put_off = Some(day);
            c
        })
    }

    /// Change the goals, as stored now (another tab's changes kept): `change` says why not
    /// in words (a goal too many, a plan missing a day…), and then nothing changes.
    pub fn change_goals(
        &self,
        change: impl FnOnce(&mut Vec<Goal>) -> Result<(), Msg>,
    ) -> Result<(), String> {
        let mut refused = None;
        self.change(|mut c| {
            let mut goals = c.goals.clone();
            match change(&mut goals) {
                Ok(()) => c.goals = goals,
                Err(e) => refused = Some(e),
            }
            c
        })?;
        refused.map_or(Ok(()), |e| Err(t(e)))
    }

    /// This week's walk plan (`domain::goals::walk_plan`), replacing one for the same week.
    pub fn set_walk_plan(&self, plan: WeekPlan) -> Result<(), String> {
        self.change(|mut c| {
            goals::set_plan(&mut c.walk_plans, plan);
            c
        })
    }

    /// Bring in a backup's course: merged, or instead of this one.
    pub fn import(&self, incoming: &Course, replace: bool) -> Result<(), String> {
        let next = if replace {
            incoming.clone()
        } else {
            let here = course::load(&LocalStore, clock::now_ms())
                .unwrap_or_else(|_| self.course.get_untracked());
            Course::merge(&here, incoming)
        };
        course::replace_all(&LocalStore, &next).map_err(|e| store_message("change", &e))?;
        self.set_course.set(next);
        Ok(())
    }

    /// Show what another tab stored.
    fn reloaded(&self, course: Option<Course>) {
        if let Some(c) = course {
            self.set_course.set(c);
        }
    }
}

pub fn use_course() -> CourseState {
    if let Some(state) = use_context::<CourseState>() {
        return state;
    }
    let mut root = Owner::current();
    while let Some(parent) = root.as_ref().and_then(Owner::parent) {
        root = Some(parent);
    }
    let make = || {
        let state = CourseState::stored();
        provide_context(state);
        state
    };
    match root {
        Some(root) => root.with(make),
        None => make(),
    }
}
