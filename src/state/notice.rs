//! Storage problems told in plain words: `Notice`, shown by the problem banner, and the
//! helpers every state type uses to report a slot it couldn't read or write.

use crate::storage::sessions::SESSIONS_KEY;
use crate::storage::slot::SlotError;
use crate::storage::{KeyValue, LocalStore, SessionsError};

/// Something about storage the person should know, in plain words, with the technical part
/// kept apart for a "Details" disclosure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub message: String,
    pub details: Option<String>,
    /// A storage key holding data that could not be read, which the person can download.
    pub raw_key: Option<String>,
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
        Self {
            message: e.to_string(),
            details: e.details(),
            raw_key,
        }
    }
}

impl Notice {
    /// The unreadable data kept under a notice's `raw_key`, exactly as stored, for the
    /// person or someone helping them.
    pub fn raw_text(key: &str) -> Option<String> {
        LocalStore.get(key).ok().flatten()
    }
}

pub(super) fn slot_message(what: &str, e: SlotError) -> String {
    match e {
        SlotError::Store(e) => format!("{what} couldn't be saved: {e}."),
        SlotError::Damaged { .. } => format!(
            "{what} couldn't be saved, because the stored copy couldn't be read. It was kept \
             aside; try again."
        ),
    }
}
