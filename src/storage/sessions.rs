//! The session history: the one owner of the `limber.sessions` key.

use std::fmt;

use super::envelope::LoadError;
use super::kv::{KeyValue, StoreError};
use super::migrations;
use super::slot::{Slot, SlotError};
use crate::domain::backup;
use crate::domain::history::{self, SessionRecord};

pub const SESSIONS_KEY: &str = "limber.sessions";
/// Current format of the sessions key. Bump it together with a step in
/// `migrations::sessions` and a stored fixture of the old format.
pub const SESSIONS_VERSION: u32 = 3;

/// Why history could not be read or written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionsError {
    Store(StoreError),
    /// The stored history could not be read. It was copied to `kept_at` (and nothing was
    /// deleted); `kept_at` is `None` if even that copy failed, in which case the original is
    /// left exactly where it was and no write will touch it.
    Damaged {
        reason: LoadError,
        kept_at: Option<String>,
    },
}

impl SessionsError {
    /// The technical part (parse error, storage key), for a "Details" disclosure and for a
    /// person helping with support. `None` when the message says it all.
    pub fn details(&self) -> Option<String> {
        match self {
            SessionsError::Store(_) => None,
            SessionsError::Damaged {
                reason,
                kept_at: Some(key),
            } => Some(format!("Reason: {reason}. Kept under the key \"{key}\".")),
            SessionsError::Damaged {
                reason,
                kept_at: None,
            } => Some(format!("Reason: {reason}.")),
        }
    }
}

/// The plain-words message for the person.
impl fmt::Display for SessionsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SessionsError::Store(e) => write!(f, "{e}"),
            SessionsError::Damaged {
                kept_at: Some(_), ..
            } => write!(
                f,
                "Some of your saved history couldn't be read, so Limber has set it aside. \
                 Nothing was deleted."
            ),
            SessionsError::Damaged { kept_at: None, .. } => write!(
                f,
                "Your saved history couldn't be read. It has been left exactly as it was, and \
                 new sessions won't be saved over it."
            ),
        }
    }
}

impl std::error::Error for SessionsError {}

impl From<StoreError> for SessionsError {
    fn from(e: StoreError) -> Self {
        SessionsError::Store(e)
    }
}

const SLOT: Slot = Slot {
    key: SESSIONS_KEY,
    version: SESSIONS_VERSION,
    migrate: migrations::sessions,
};

impl From<SlotError> for SessionsError {
    fn from(e: SlotError) -> Self {
        match e {
            SlotError::Store(e) => SessionsError::Store(e),
            SlotError::Damaged { reason, kept_at } => SessionsError::Damaged { reason, kept_at },
        }
    }
}

/// Reads and writes the list of sessions.
#[derive(Debug)]
pub struct SessionStore<S> {
    kv: S,
}

impl<S: KeyValue> SessionStore<S> {
    pub fn new(kv: S) -> Self {
        Self { kv }
    }

    pub fn kv(&self) -> &S {
        &self.kv
    }

    /// All stored sessions. Unreadable data is moved aside (see [`SessionsError::Damaged`])
    /// so the app can carry on with an empty history and say what happened.
    pub fn load(&self, now_ms: i64) -> Result<Vec<SessionRecord>, SessionsError> {
        Ok(SLOT.load(&self.kv, now_ms)?.unwrap_or_default())
    }

    /// Add one session, keeping whatever is stored already (another tab may have added
    /// sessions since this one loaded). Returns the full, merged list.
    pub fn add(
        &self,
        record: SessionRecord,
        now_ms: i64,
    ) -> Result<Vec<SessionRecord>, SessionsError> {
        self.change(now_ms, |all| {
            history::insert_unique(all, record);
        })
    }

    /// Read, change and write back, starting from what is stored *now* (another tab may
    /// have written since this one loaded), so no tab's records are overwritten.
    fn change(
        &self,
        now_ms: i64,
        f: impl FnOnce(&mut Vec<SessionRecord>),
    ) -> Result<Vec<SessionRecord>, SessionsError> {
        let mut sessions = match self.load(now_ms) {
            Ok(list) => list,
            Err(SessionsError::Damaged {
                kept_at: Some(_), ..
            }) => Vec::new(),
            Err(e) => return Err(e),
        };
        f(&mut sessions);
        SLOT.save(&self.kv, &sessions)?;
        Ok(sessions)
    }

    /// Add imported sessions to the stored ones, without duplicates (see `backup::merge`).
    pub fn merge_in(
        &self,
        incoming: &[SessionRecord],
        now_ms: i64,
    ) -> Result<Vec<SessionRecord>, SessionsError> {
        self.change(now_ms, |all| *all = backup::merge(all, incoming))
    }

    /// Replace every stored session (an import the person chose to replace with).
    pub fn replace_all(
        &self,
        sessions: &[SessionRecord],
        now_ms: i64,
    ) -> Result<Vec<SessionRecord>, SessionsError> {
        self.change(now_ms, |all| *all = sessions.to_vec())
    }

    /// Remove one session by id.
    pub fn remove(&self, id: &str, now_ms: i64) -> Result<Vec<SessionRecord>, SessionsError> {
        self.change(now_ms, |all| all.retain(|r| r.id != id))
    }

    /// Change one session's note (empty means no note).
    pub fn set_note(
        &self,
        id: &str,
        note: &str,
        now_ms: i64,
    ) -> Result<Vec<SessionRecord>, SessionsError> {
        self.change(now_ms, |all| {
            if let Some(r) = all.iter_mut().find(|r| r.id == id) {
                r.note = (!note.trim().is_empty()).then(|| note.to_string());
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::history::fixtures::record;
    use crate::storage::kv::MemoryStore;

    const NOW: i64 = 1_795_564_800_000;

    #[test]
    fn empty_storage_is_an_empty_history() {
        let store = SessionStore::new(MemoryStore::new());
        assert_eq!(store.load(NOW), Ok(vec![]));
    }

    #[test]
    fn add_then_load_round_trips_inside_a_versioned_envelope() {
        let store = SessionStore::new(MemoryStore::new());
        store.add(record("a", 1), NOW).unwrap();
        store.add(record("b", 2), NOW).unwrap();
        assert_eq!(
            store.load(NOW).unwrap(),
            vec![record("a", 1), record("b", 2)]
        );
        let raw = store.kv().get(SESSIONS_KEY).unwrap().unwrap();
        assert!(raw.contains("\"v\":3"), "{raw}");
    }

    #[test]
    fn adding_keeps_records_another_tab_wrote() {
        let kv = MemoryStore::new();
        let this_tab = SessionStore::new(&kv);
        this_tab.add(record("a", 1), NOW).unwrap();
        // Another tab writes its own session straight into storage.
        let other_tab = SessionStore::new(&kv);
        other_tab.add(record("b", 2), NOW).unwrap();
        let merged = this_tab.add(record("c", 3), NOW).unwrap();
        let ids: Vec<_> = merged.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "c"]);
    }

    #[test]
    fn remove_and_note_edits_keep_other_tabs_records() {
        let kv = MemoryStore::new();
        let tab_a = SessionStore::new(&kv);
        let tab_b = SessionStore::new(&kv);
        tab_a.add(record("a", 1), NOW).unwrap();
        tab_b.add(record("b", 2), NOW).unwrap();
        tab_a.set_note("a", "felt good", NOW).unwrap();
        let left = tab_a.remove("a", NOW).unwrap();
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].id, "b");
        let merged = tab_b
            .merge_in(&[record("c", 3), record("b", 2)], NOW)
            .unwrap();
        let ids: Vec<_> = merged.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["b", "c"]);
        assert_eq!(tab_a.replace_all(&[], NOW).unwrap(), vec![]);
    }

    #[test]
    fn garbage_is_quarantined_not_deleted() {
        let kv = MemoryStore::new();
        kv.set(SESSIONS_KEY, "{\"v\":1,\"data\":[{\"id\":").unwrap();
        let store = SessionStore::new(&kv);
        let err = store.load(NOW).unwrap_err();
        let SessionsError::Damaged {
            reason: LoadError::NotJson(_),
            kept_at: Some(key),
        } = &err
        else {
            panic!("unexpected {err:?}");
        };
        assert_eq!(
            kv.get(key).unwrap().as_deref(),
            Some("{\"v\":1,\"data\":[{\"id\":")
        );
        assert!(err.to_string().contains("Nothing was deleted"));
        assert!(err.details().unwrap_or_default().contains(key.as_str()));
        // The app carries on: a new session is saved to a fresh list.
        assert_eq!(store.add(record("a", 1), NOW).unwrap().len(), 1);
        assert_eq!(kv.keys().len(), 2);
    }

    #[test]
    fn newer_format_is_kept_and_reported() {
        let kv = MemoryStore::new();
        kv.set(SESSIONS_KEY, r#"{"v":9,"data":[]}"#).unwrap();
        let err = SessionStore::new(&kv).load(NOW).unwrap_err();
        assert!(matches!(
            err,
            SessionsError::Damaged {
                reason: LoadError::TooNew { found: 9, .. },
                kept_at: Some(_)
            }
        ));
    }

    #[test]
    fn when_quarantine_cannot_be_written_the_original_is_never_overwritten() {
        let garbage = "not json at all, but precious";
        let kv = MemoryStore::with_quota(SESSIONS_KEY.len() + garbage.len() + 10);
        kv.set(SESSIONS_KEY, garbage).unwrap();
        let store = SessionStore::new(&kv);
        assert!(matches!(
            store.add(record("a", 1), NOW),
            Err(SessionsError::Damaged { kept_at: None, .. })
        ));
        assert_eq!(kv.get(SESSIONS_KEY).unwrap().as_deref(), Some(garbage));
    }

    #[test]
    fn full_quota_is_reported_and_keeps_what_was_saved() {
        // Room for exactly one session.
        let one = crate::storage::envelope::encode(SESSIONS_VERSION, &[record("a", 1)]);
        let kv = MemoryStore::with_quota(SESSIONS_KEY.len() + one.len() + 10);
        let store = SessionStore::new(&kv);
        store.add(record("a", 1), NOW).unwrap();
        let before = kv.get(SESSIONS_KEY).unwrap();
        assert_eq!(
            store.add(record("b", 2), NOW),
            Err(SessionsError::Store(StoreError::QuotaExceeded))
        );
        assert_eq!(kv.get(SESSIONS_KEY).unwrap(), before);
    }
}
