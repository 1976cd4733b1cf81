//! `History`: every session on this device (`limber.sessions`, through `SessionStore`, which
//! re-reads before each write so other tabs' records survive), the storage problem to show,
//! and whether the browser promised to keep the data. Hook: `use_history()`. Backup files of
//! sessions are written and read here too, so no page needs the stored format or its
//! migrations.

use leptos::prelude::*;

use super::lang::t;
use super::Notice;
use crate::domain::backup::{self, Extras, ImportError};
use crate::domain::history::SessionRecord;
use crate::platform::clock;
use crate::platform::persist::{self, Persistence};
use crate::storage::sessions::SESSIONS_VERSION;
use crate::storage::{migrations, LocalStore, SessionStore, SessionsError};

/// The session history and anything worth telling the person about how it was stored.
#[derive(Clone, Copy)]
pub struct History {
    /// Every session on this device, in stored order (pages sort as they need).
    pub sessions: ReadSignal<Vec<SessionRecord>>,
    set_sessions: WriteSignal<Vec<SessionRecord>>,
    /// A storage problem, shown at the top of the app until dismissed.
    pub problem: ReadSignal<Option<Notice>>,
    pub(super) set_problem: WriteSignal<Option<Notice>>,
    /// `None` until the browser has answered.
    persistence: ReadSignal<Option<Persistence>>,
    set_persistence: WriteSignal<Option<Persistence>>,
}

impl History {
    /// History as read at start-up (see `Stored::read`): the sessions, and the storage
    /// problem to show, if any (the storage layer has already moved unreadable data aside,
    /// never deleted it).
    pub(super) fn new(sessions: Vec<SessionRecord>, problem: Option<Notice>) -> Self {
        let (sessions, set_sessions) = signal(sessions);
        let (problem, set_problem) = signal(problem);
        let (persistence, set_persistence) = signal(None);
        leptos::task::spawn_local(async move {
            set_persistence.set(Some(persist::status().await));
        });
        Self {
            sessions,
            set_sessions,
            problem,
            set_problem,
            persistence,
            set_persistence,
        }
    }

    /// Apply a change through the store (which re-reads storage first, so other tabs'
    /// records survive) and show the result. On failure the message is returned, and also
    /// shown at the top of the app; the caller still holds its data, so nothing is lost.
    fn apply(
        &self,
        change: impl FnOnce(&SessionStore<LocalStore>, i64) -> Result<Vec<SessionRecord>, SessionsError>,
    ) -> Result<(), String> {
        match change(&SessionStore::new(LocalStore), clock::now_ms()) {
            Ok(all) => {
                self.set_sessions.set(all);
                Ok(())
            }
            Err(e) => {
                self.set_problem.set(Some(Notice::from(&e)));
                Err(t(e.msg()))
            }
        }
    }

    /// Save a finished session. After the very first one, ask the browser to keep
    /// Limber's data safe from automatic clearing.
    pub fn add(&self, record: SessionRecord) -> Result<(), String> {
        let first = self.sessions.with_untracked(Vec::is_empty);
        self.apply(|store, now| store.add(record, now))?;
        if first {
            let set = self.set_persistence;
            leptos::task::spawn_local(async move {
                set.set(Some(persist::request().await));
            });
        }
        Ok(())
    }

    /// Add imported sessions to this device's history, without duplicates.
    pub fn merge_in(&self, incoming: &[SessionRecord]) -> Result<(), String> {
        self.apply(|store, now| store.merge_in(incoming, now))
    }

    /// Replace this device's history with `sessions` (an empty list deletes it all).
    pub fn replace_all(&self, sessions: &[SessionRecord]) -> Result<(), String> {
        self.apply(|store, now| store.replace_all(sessions, now))
    }

    /// Remove one session. Returns it, so the caller can offer "Undo".
    pub fn remove(&self, id: &str) -> Result<Option<SessionRecord>, String> {
        let removed = self
            .sessions
            .with_untracked(|all| all.iter().find(|r| r.id == id).cloned());
        self.apply(|store, now| store.remove(id, now))?;
        Ok(removed)
    }

    /// Store the next-morning answer for a session (or "Not now", so it is asked once).
    pub fn set_morning(
        &self,
        id: &str,
        morning: crate::domain::history::Morning,
    ) -> Result<(), String> {
        self.apply(|store, now| store.set_morning(id, morning, now))
    }

    /// Change a session's note.
    pub fn set_note(&self, id: &str, note: &str) -> Result<(), String> {
        self.apply(|store, now| store.set_note(id, note, now))
    }

    /// Show history as read again after another tab changed it (see `Stored::reread`).
    pub(super) fn reloaded(&self, sessions: Option<Vec<SessionRecord>>, problem: Option<Notice>) {
        if let Some(list) = sessions {
            self.set_sessions.set(list);
        }
        if problem.is_some() {
            self.set_problem.set(problem);
        }
    }

    /// Whether the browser has promised to keep this site's data (`None` until it has
    /// answered, a moment after start-up).
    pub fn persistence(&self) -> ReadSignal<Option<Persistence>> {
        self.persistence
    }

    pub fn dismiss_problem(&self) {
        self.set_problem.set(None);
    }
}

impl History {
    /// A backup file's text for these sessions (and, for a whole-device backup, the rest),
    /// in the current stored format.
    pub fn backup_text(sessions: &[SessionRecord], extras: Option<&Extras>) -> String {
        backup::export_with(
            sessions,
            extras,
            SESSIONS_VERSION,
            env!("CARGO_PKG_VERSION"),
            clock::now_ms(),
        )
    }

    /// The sessions in a backup file, from any format Limber has written, checked.
    pub fn read_backup(text: &str) -> Result<Vec<SessionRecord>, ImportError> {
        backup::parse(text, SESSIONS_VERSION, |v, data| {
            migrations::sessions(v, data).map_err(|e| e.msg())
        })
    }
}

/// The session history. Panics only if called outside `App`, which is a programming error.
pub fn use_history() -> History {
    super::context::app_state::<History>()
}
