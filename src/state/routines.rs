//! `Routines`: the person's own routines (`limber.routines`), finding any routine by id, and
//! delete with undo. Hook: `use_routines()`.

use leptos::prelude::*;

use super::{slot_message, store_message};
use crate::domain::custom::{self, CustomRoutine};
use crate::domain::i18n::Msg;
use crate::domain::routine::Routine;
use crate::platform::clock;
use crate::storage::{routines, LocalStore};

/// The person's own routines, newest first.
#[derive(Clone, Copy)]
pub struct Routines {
    pub own: RwSignal<Vec<CustomRoutine>>,
    /// The routine deleted last, for "Undo" (this visit only).
    pub deleted: RwSignal<Option<CustomRoutine>>,
}

impl Routines {
    /// The person's routines as read at start-up (see `Stored::read`).
    pub(super) fn new(own: Vec<CustomRoutine>) -> Self {
        Self {
            own: RwSignal::new(own),
            deleted: RwSignal::new(None),
        }
    }

    /// A routine by id, built-in or the person's own (tracks the list).
    /// The person's own routines as routines (what the plan can include). Reactive.
    pub fn own_routines(&self) -> Vec<Routine> {
        self.own.with(|own| {
            own.iter()
                .map(crate::domain::custom::CustomRoutine::routine)
                .collect()
        })
    }

    pub fn find(&self, id: &str) -> Option<Routine> {
        self.own.with(|own| custom::find(id, own))
    }

    /// The name of any routine by id (`custom::title_of`).
    pub fn title_of(&self, id: &str) -> Option<Msg> {
        self.own.with(|own| custom::title_of(id, own))
    }

    /// Save a new or changed routine.
    pub fn put(&self, routine: CustomRoutine) -> Result<(), String> {
        let all = routines::put(&LocalStore, clock::now_ms(), routine)
            .map_err(|e| slot_message("routine", e))?;
        self.own.set(all);
        Ok(())
    }

    /// Delete one; returns it so the caller can offer "Undo".
    pub fn remove(&self, id: &str) -> Result<Option<CustomRoutine>, String> {
        let removed = self
            .own
            .with_untracked(|all| all.iter().find(|r| r.id == id).cloned());
        let all = routines::remove(&LocalStore, clock::now_ms(), id)
            .map_err(|e| slot_message("change", e))?;
        self.own.set(all);
        self.deleted.set(removed.clone());
        Ok(removed)
    }

    /// Bring in a backup's routines: merged (newer copy wins), or instead of these.
    pub fn import(&self, incoming: &[CustomRoutine], replace: bool) -> Result<(), String> {
        let all = if replace {
            custom::merge(&[], incoming)
        } else {
            // Against what is stored now: another tab may have saved one meanwhile.
            let here = routines::load(&LocalStore, clock::now_ms())
                .unwrap_or_else(|_| self.own.get_untracked());
            custom::merge(&here, incoming)
        };
        // An "Undo" from before no longer applies.
        self.deleted.set(None);
        routines::replace_all(&LocalStore, &all).map_err(|e| store_message("routines", &e))?;
        self.own.set(all);
        Ok(())
    }

    /// Show the routines read again after another tab changed them.
    pub(super) fn reloaded(&self, own: Option<Vec<CustomRoutine>>) {
        if let Some(all) = own {
            self.own.set(all);
        }
    }
}

/// The person's own routines, and finding any routine by id.
pub fn use_routines() -> Routines {
    super::context::app_state::<Routines>()
}
