//! `Body`: the optional body-weight log (`limber.weight`), with remove and undo. Hook:
//! `use_body()`.

use leptos::prelude::*;

use super::{slot_message, store_message};
use crate::domain::weight::{self as weight_log, WeightEntry};
use crate::platform::clock;
use crate::storage::{weight, LocalStore};

/// The body-weight log, oldest first (kept only if the person turns it on).
#[derive(Clone, Copy)]
pub struct Body {
    pub entries: RwSignal<Vec<WeightEntry>>,
    /// The entry removed last, for "Undo" (this visit only).
    pub removed: RwSignal<Option<WeightEntry>>,
}

impl Body {
    /// The log as read at start-up (see `Stored::read`).
    pub(super) fn new(entries: Vec<WeightEntry>) -> Self {
        Self {
            entries: RwSignal::new(entries),
            removed: RwSignal::new(None),
        }
    }

    pub fn add(&self, entry: WeightEntry) -> Result<(), String> {
        let all = weight::add(&LocalStore, clock::now_ms(), entry)
            .map_err(|e| slot_message("weight", e))?;
        self.entries.set(all);
        Ok(())
    }

    pub fn remove(&self, at: i64) -> Result<(), String> {
        let gone = self
            .entries
            .with_untracked(|all| all.iter().find(|e| e.at == at).cloned());
        let all = weight::remove(&LocalStore, clock::now_ms(), at)
            .map_err(|e| slot_message("change", e))?;
        self.entries.set(all);
        self.removed.set(gone);
        Ok(())
    }

    /// Put back the entry removed last.
    pub fn undo_remove(&self) -> Result<(), String> {
        match self.removed.get_untracked() {
            Some(entry) => {
                self.add(entry)?;
                self.removed.set(None);
                Ok(())
            }
            None => Ok(()),
        }
    }

    /// Bring in a backup's entries: merged by day, or instead of these.
    pub fn import(&self, incoming: &[WeightEntry], replace: bool) -> Result<(), String> {
        let all = if replace {
            incoming.to_vec()
        } else {
            let here = weight::load(&LocalStore, clock::now_ms())
                .unwrap_or_else(|_| self.entries.get_untracked());
            weight_log::merge(&here, incoming)
        };
        self.removed.set(None);
        weight::replace_all(&LocalStore, &all).map_err(|e| store_message("weight-log", &e))?;
        self.entries.set(all);
        Ok(())
    }

    /// Show the log read again after another tab changed it.
    pub(super) fn reloaded(&self, entries: Option<Vec<WeightEntry>>) {
        if let Some(all) = entries {
            self.entries.set(all);
        }
    }
}

/// The body-weight log.
pub fn use_body() -> Body {
    super::context::app_state::<Body>()
}
