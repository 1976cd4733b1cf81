//! `Copies`: the day of the last backup copy and of the last "Not now" (`limber.copies`),
//! and whether Today offers a copy (`domain::keep`). Hook: `use_copies()`.

use leptos::prelude::*;

use super::History;
use crate::domain::calendar::LocalDate;
use crate::domain::keep::CopyLog;
use crate::platform::clock;
use crate::platform::persist::Persistence;
use crate::storage::{copies, LocalStore};

/// Backup copies kept: when the last was made, and when the offer was last put off.
#[derive(Clone, Copy)]
pub struct Copies {
    pub log: ReadSignal<CopyLog>,
    set_log: WriteSignal<CopyLog>,
}

impl Copies {
    /// As read at start-up (see `Stored::read`).
    pub(super) fn new(log: CopyLog) -> Self {
        let (log, set_log) = signal(log);
        Self { log, set_log }
    }

    /// Whether to offer a copy on `today` (reactive: history, what the browser said about
    /// keeping it, the log). Not before the browser has answered, so a browser that promised
    /// to keep the data never shows the offer for a moment at start-up.
    pub fn offered(&self, history: History, today: LocalDate) -> bool {
        let Some(persistence) = history.persistence().get() else {
            return false;
        };
        let sessions = history.sessions.with(Vec::len);
        self.log
            .with(|log| log.offered(persistence == Persistence::Kept, sessions, today))
    }

    /// A copy was made today: the file was downloaded, or the share sheet took it. Call only
    /// once that has happened.
    pub fn copied(&self) {
        self.change(|log| log.copied(clock::today()));
    }

    /// "Not now": no offer for a while (`keep::EVERY_DAYS`).
    pub fn put_off(&self) {
        self.change(|log| log.put_off(clock::today()));
    }

    /// Shown at once, and stored when it can be. If it can't (storage full, or a newer
    /// Limber's format in another tab), the worst is an offer again after a reload: the copy
    /// itself was made.
    fn change(&self, change: impl Fn(CopyLog) -> CopyLog) {
        let next = copies::update(&LocalStore, clock::now_ms(), &change)
            .unwrap_or_else(|_| change(self.log.get_untracked()));
        self.set_log.set(next);
    }

    /// Show what another tab stored.
    pub(super) fn reloaded(&self, log: Option<CopyLog>) {
        if let Some(log) = log {
            self.set_log.set(log);
        }
    }
}

/// Backup copies kept on this device.
pub fn use_copies() -> Copies {
    super::context::app_state::<Copies>()
}
