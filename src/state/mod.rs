//! App-wide reactive state, provided once by `App` and read by pages through `use_*` hooks.

use leptos::prelude::*;

use crate::domain::history::SessionRecord;
use crate::platform::clock;
use crate::storage::{LocalStore, SessionStore};

/// The session history and anything worth telling the person about how it was stored.
#[derive(Clone, Copy)]
pub struct History {
    /// Every session on this device, in stored order (pages sort as they need).
    pub sessions: ReadSignal<Vec<SessionRecord>>,
    set_sessions: WriteSignal<Vec<SessionRecord>>,
    /// A plain-words message about a storage problem, shown at the top of the app.
    pub problem: ReadSignal<Option<String>>,
    set_problem: WriteSignal<Option<String>>,
}

impl History {
    /// Read history from localStorage. If it cannot be read, start empty and keep the
    /// message (the storage layer has already moved the data aside, never deleted it).
    fn load() -> Self {
        let (sessions, problem) = match SessionStore::new(LocalStore).load(clock::now_ms()) {
            Ok(list) => (list, None),
            Err(e) => (Vec::new(), Some(e.to_string())),
        };
        let (sessions, set_sessions) = signal(sessions);
        let (problem, set_problem) = signal(problem);
        Self {
            sessions,
            set_sessions,
            problem,
            set_problem,
        }
    }

    /// Save a finished session. On failure the message is returned, and also shown at the
    /// top of the app; the caller keeps the record so nothing is lost.
    pub fn add(&self, record: SessionRecord) -> Result<(), String> {
        match SessionStore::new(LocalStore).add(record, clock::now_ms()) {
            Ok(all) => {
                self.set_sessions.set(all);
                Ok(())
            }
            Err(e) => {
                let message = e.to_string();
                self.set_problem.set(Some(message.clone()));
                Err(message)
            }
        }
    }

    pub fn dismiss_problem(&self) {
        self.set_problem.set(None);
    }
}

/// Create the app state and put it in context. Called once, by `App`.
pub fn provide_app_state() {
    provide_context(History::load());
}

/// The session history. Panics only if called outside `App`, which is a programming error.
pub fn use_history() -> History {
    expect_context::<History>()
}
