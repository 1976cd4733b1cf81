//! The session history: the one owner of the `limber.sessions` key.

use super::envelope::LoadError;
use super::kv::{KeyValue, StoreError};
use super::migrations;
use super::slot::{Slot, SlotError};
use crate::domain::backup;
use crate::domain::history::{self, SessionRecord};
use crate::domain::i18n::{messages, Msg};

pub const SESSIONS_KEY: &str = "limber.sessions";
/// Current format of the sessions key. Bump it together with a step in
/// `migrations::sessions` and a stored fixture of the old format.
pub const SESSIONS_VERSION: u32 = 4;

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
    pub fn details(&self) -> Option<Msg> {
        match self {
            SessionsError::Store(_) => None,
            SessionsError::Damaged {
                reason,
                kept_at: Some(key),
            } => Some(messages::more_details_kept(reason.msg(), key.as_str())),
            SessionsError::Damaged {
                reason,
                kept_at: None,
            } => Some(messages::more_details_reason(reason.msg())),
        }
    }

    /// The plain-words message for the person.
    pub fn msg(&self) -> Msg {
        match self {
            SessionsError::Store(e) => e.msg(),
            SessionsError::Damaged {
                kept_at: Some(_), ..
            } => messages::more_history_set_aside(),
            SessionsError::Damaged {
                reason: LoadError::TooNew { .. },
                ..
            } => messages::more_history_too_new(),
            SessionsError::Damaged { kept_at: None, .. } => messages::more_history_unreadable(),
        }
    }
}

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

    /// Stored sessions plus any set aside that this build can read, merged in memory only.
    /// For re-reading after another tab wrote: writing here could set an older tab setting
    /// it aside again, and again. Returns the list and how many came from set-aside copies.
    pub fn load_with_set_aside(
        &self,
        now_ms: i64,
    ) -> Result<(Vec<SessionRecord>, usize), SessionsError> {
        let here = self.load(now_ms)?;
        let found: Vec<(String, Vec<SessionRecord>)> = SLOT.readable_set_aside(&self.kv);
        if found.is_empty() {
            return Ok((here, 0));
        }
        let incoming: Vec<SessionRecord> = found.into_iter().flat_map(|(_, list)| list).collect();
        let merged = backup::merge(&here, &incoming);
        let extra = merged.len().saturating_sub(here.len());
        Ok((merged, extra))
    }

    /// Bring back sessions that were set aside but that this build can read: an older
    /// Limber still open in another tab sets aside a newer format it doesn't know. They are
    /// merged in (no duplicates) and their set-aside copies removed. Returns how many
    /// sessions came back that weren't here.
    pub fn recover_set_aside(&self, now_ms: i64) -> Result<usize, SessionsError> {
        let found: Vec<(String, Vec<SessionRecord>)> = SLOT.readable_set_aside(&self.kv);
        if found.is_empty() {
            return Ok(0);
        }
        let before = self.load(now_ms)?.len();
        let incoming: Vec<SessionRecord> =
            found.iter().flat_map(|(_, list)| list.clone()).collect();
        let after = self.merge_in(&incoming, now_ms)?.len();
        for (key, _) in &found {
            let _ = self.kv.remove(key);
        }
        Ok(after.saturating_sub(before))
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

    /// Store the next-morning answer for one session.
    pub fn set_morning(
        &self,
        id: &str,
        morning: history::Morning,
        now_ms: i64,
    ) -> Result<Vec<SessionRecord>, SessionsError> {
        self.change(now_ms, |all| history::set_morning(all, id, morning))
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
    fn an_older_tab_setting_aside_a_newer_history_loses_nothing() {
        let kv = MemoryStore::new();
        let store = SessionStore::new(&kv);
        store.add(record("a", 1), NOW).unwrap();
        store.add(record("b", 2), NOW).unwrap();
        // An older build in another tab: it sets the format-3 list aside, then saves its
        // own session in format 2.
        let newer = kv.get(SESSIONS_KEY).unwrap().unwrap();
        kv.set("limber.quarantine.sessions.99", &newer).unwrap();
        let old_tab = r#"{"v":2,"data":[["c",3,0,"gentle-start","Gentle start",0,300,false,null,null,null,null,[]]]}"#;
        kv.set(SESSIONS_KEY, old_tab).unwrap();
        assert_eq!(store.load(NOW).unwrap().len(), 1);
        assert_eq!(store.recover_set_aside(NOW), Ok(2));
        let ids: Vec<String> = store.load(NOW).unwrap().into_iter().map(|r| r.id).collect();
        assert_eq!(ids.len(), 3);
        assert!(["a", "b", "c"].iter().all(|id| ids.iter().any(|x| x == id)));
        assert!(!kv
            .keys()
            .iter()
            .any(|k| k.starts_with("limber.quarantine.")));
        assert_eq!(store.recover_set_aside(NOW), Ok(0));
        // Re-reading after another tab's change shows set-aside sessions without writing.
        kv.set(
            "limber.quarantine.sessions.100",
            &kv.get(SESSIONS_KEY).unwrap().unwrap(),
        )
        .unwrap();
        kv.remove(SESSIONS_KEY).unwrap();
        let (list, extra) = store.load_with_set_aside(NOW).unwrap();
        assert_eq!((list.len(), extra), (3, 3));
        assert_eq!(kv.get(SESSIONS_KEY).unwrap(), None);
    }

    #[test]
    fn a_history_from_a_newer_version_is_left_alone_and_not_written_over() {
        let kv = MemoryStore::new();
        let future = r#"{"v":99,"data":"whatever it is"}"#;
        kv.set(SESSIONS_KEY, future).unwrap();
        let store = SessionStore::new(&kv);
        let err = store.load(NOW).unwrap_err();
        let text = crate::domain::i18n::english_text(&err.msg());
        assert!(text.contains("newer version of Limber"), "{text}");
        assert!(store.add(record("a", 1), NOW).is_err());
        assert_eq!(kv.get(SESSIONS_KEY).unwrap().as_deref(), Some(future));
        assert!(kv
            .keys()
            .iter()
            .all(|k| !k.starts_with("limber.quarantine.")));
    }

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
        assert!(raw.contains("\"v\":4"), "{raw}");
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
        assert!(crate::domain::i18n::english_text(&err.msg()).contains("Nothing was deleted"));
        let details = err
            .details()
            .map(|d| crate::domain::i18n::english_text(&d))
            .unwrap_or_default();
        assert!(details.contains(key.as_str()), "{details}");
        // The app carries on: a new session is saved to a fresh list.
        assert_eq!(store.add(record("a", 1), NOW).unwrap().len(), 1);
        assert_eq!(kv.keys().len(), 2);
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
