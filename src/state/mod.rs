//! App-wide reactive state, provided once by `App` and read by pages through `use_*` hooks.

use leptos::prelude::*;

use crate::domain::history::SessionRecord;
use crate::domain::settings::Settings;
use crate::platform::clock;
use crate::storage::{settings, LocalStore, SessionStore, SessionsError};

/// Something about storage the person should know, in plain words, with the technical part
/// kept apart for a "Details" disclosure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub message: String,
    pub details: Option<String>,
}

impl From<&SessionsError> for Notice {
    fn from(e: &SessionsError) -> Self {
        Self {
            message: e.to_string(),
            details: e.details(),
        }
    }
}

/// The session history and anything worth telling the person about how it was stored.
#[derive(Clone, Copy)]
pub struct History {
    /// Every session on this device, in stored order (pages sort as they need).
    pub sessions: ReadSignal<Vec<SessionRecord>>,
    set_sessions: WriteSignal<Vec<SessionRecord>>,
    /// A storage problem, shown at the top of the app until dismissed.
    pub problem: ReadSignal<Option<Notice>>,
    set_problem: WriteSignal<Option<Notice>>,
}

impl History {
    /// Read history from localStorage. If it cannot be read, start empty and keep the
    /// message (the storage layer has already moved the data aside, never deleted it).
    fn load() -> Self {
        let (sessions, problem) = match SessionStore::new(LocalStore).load(clock::now_ms()) {
            Ok(list) => (list, None),
            Err(e) => (Vec::new(), Some(Notice::from(&e))),
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
                self.set_problem.set(Some(Notice::from(&e)));
                Err(e.to_string())
            }
        }
    }

    pub fn dismiss_problem(&self) {
        self.set_problem.set(None);
    }
}

/// The person's settings. Changing them writes them to storage straight away.
#[derive(Clone, Copy)]
pub struct Prefs {
    pub settings: ReadSignal<Settings>,
    set_settings: WriteSignal<Settings>,
}

impl Prefs {
    fn load() -> Self {
        let (settings, set_settings) = signal(settings::load(&LocalStore, clock::now_ms()));
        Self {
            settings,
            set_settings,
        }
    }

    /// Change one or more settings and save them. If saving fails they still apply for
    /// this visit; the failure is reported through the history notice.
    pub fn update(&self, history: History, f: impl FnOnce(&mut Settings)) {
        self.set_settings.update(f);
        if let Err(e) = settings::save(&LocalStore, &self.settings.get_untracked()) {
            history.set_problem.set(Some(Notice {
                message: format!("Your settings couldn't be saved: {e}."),
                details: None,
            }));
        }
    }
}

/// Create the app state and put it in context. Called once, by `App`.
pub fn provide_app_state() {
    provide_context(History::load());
    provide_context(Prefs::load());
}

/// The person's settings.
pub fn use_prefs() -> Prefs {
    expect_context::<Prefs>()
}

/// The session history. Panics only if called outside `App`, which is a programming error.
pub fn use_history() -> History {
    expect_context::<History>()
}
