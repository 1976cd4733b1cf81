//! Storage problems told in plain words: `Notice`, shown by the problem banner, and the
//! helpers every state type uses to report a slot it couldn't read or write.

use super::lang::t;
use crate::domain::i18n::{messages, Msg};
use crate::storage::sessions::SESSIONS_KEY;
use crate::storage::slot::SlotError;
use crate::storage::{KeyValue, LocalStore, SessionsError};

/// Something about storage the person should know, in plain words, with the technical part
/// kept apart for a "Details" disclosure. `message` and `details` are in the language
/// shown; the state sets them again from the messages when the language changes
/// ([`Notice::refresh`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub message: String,
    pub details: Option<String>,
    /// A storage key holding data that could not be read, which the person can download.
    pub raw_key: Option<String>,
    said: Msg,
    about: Option<Msg>,
}

impl From<&SessionsError> for Notice {
    fn from(e: &SessionsError) -> Self {
        let raw_key = match e {
            SessionsError::Damaged {
                kept_at: Some(k), ..
            } => Some(k.clone()),
            SessionsError::Damaged { kept_at: None, .. } => Some(SESSIONS_KEY.to_string()),
            SessionsError::Store(_) => None,
        };
        Self::new(e.msg(), e.details(), raw_key)
    }
}

impl Notice {
    /// A notice saying `said`, with `about` (the technical part) behind "Details".
    pub fn new(said: Msg, about: Option<Msg>, raw_key: Option<String>) -> Self {
        let mut notice = Self {
            message: String::new(),
            details: None,
            raw_key,
            said,
            about,
        };
        notice.refresh();
        notice
    }

    /// Put the words in the language now shown (after its words were loaded, or changed).
    pub fn refresh(&mut self) {
        self.message = t(self.said.clone());
        self.details = self.about.clone().map(t);
    }

    /// The unreadable data kept under a notice's `raw_key`, exactly as stored, for the
    /// person or someone helping them.
    pub fn raw_text(key: &str) -> Option<String> {
        LocalStore.get(key).ok().flatten()
    }
}

/// Save the unreadable data kept at `key` exactly as stored, as a file, for the person or
/// someone helping them (through `state::download_raw`).
pub(super) fn download_raw(key: &str) {
    if let Some(raw) = Notice::raw_text(key) {
        crate::platform::files::download(&format!("{key}.txt"), "text/plain", &raw);
    }
}

/// What to tell the person when saving `what` failed: `what` is a key of the
/// `more-not-saved` messages (`weight`, `routine`, `change`, …). In the language shown.
pub(super) fn slot_message(what: &'static str, e: SlotError) -> String {
    t(match e {
        SlotError::Store(e) => messages::more_not_saved(what, e.msg()),
        SlotError::Damaged { .. } => messages::more_not_saved_unreadable(what),
    })
}

/// What to tell the person when writing `what` failed (see [`slot_message`]).
pub(super) fn store_message(what: &'static str, e: &crate::storage::StoreError) -> String {
    t(messages::more_not_saved(what, e.msg()))
}
