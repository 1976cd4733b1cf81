//! The one owner of the `limber.copies` key: the day of the last backup copy and of the last
//! "Not now" (`domain::keep::CopyLog`).

use super::kv::KeyValue;
use super::slot::{no_migrations, Slot, SlotError};
use crate::domain::keep::CopyLog;

pub const COPIES_KEY: &str = "limber.copies";

const SLOT: Slot = Slot {
    key: COPIES_KEY,
    version: 1,
    migrate: no_migrations,
};

/// What is stored (nothing yet: no copy, no "Not now"). An unreadable value is kept aside by
/// the slot, never deleted.
pub fn load(kv: &impl KeyValue, now_ms: i64) -> Result<CopyLog, SlotError> {
    Ok(SLOT.load(kv, now_ms)?.unwrap_or_default())
}

/// Read, change, write (`Slot::update`).
pub fn update(
    kv: &impl KeyValue,
    now_ms: i64,
    change: impl FnOnce(CopyLog) -> CopyLog,
) -> Result<CopyLog, SlotError> {
    SLOT.update(kv, now_ms, change)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::LocalDate;
    use crate::storage::kv::MemoryStore;
    use crate::storage::StoreError;

    const DAY: LocalDate = LocalDate {
        year: 2026,
        month: 11,
        day: 25,
    };

    #[test]
    fn a_copy_is_kept_in_a_versioned_envelope() {
        let kv = MemoryStore::new();
        assert_eq!(load(&kv, 0).unwrap(), CopyLog::default());
        let log = update(&kv, 0, |l| l.copied(DAY)).unwrap();
        assert_eq!(log.last, Some(DAY));
        assert_eq!(load(&kv, 0).unwrap(), log);
        let stored: serde_json::Value =
            serde_json::from_str(&kv.get(COPIES_KEY).unwrap().unwrap()).unwrap();
        assert_eq!(
            stored,
            serde_json::json!({"v": 1, "data": {"last": "2026-11-25", "not_now": null}})
        );
        let later = update(&kv, 0, |l| l.put_off(DAY)).unwrap();
        assert_eq!((later.last, later.not_now), (Some(DAY), Some(DAY)));
    }

    #[test]
    fn a_damaged_value_is_set_aside_and_a_newer_one_left_alone() {
        let kv = MemoryStore::new();
        kv.set(COPIES_KEY, r#"{"v":1,"data":{"last":"soon"}}"#)
            .unwrap();
        assert!(load(&kv, 5).is_err());
        assert_eq!(
            kv.get("limber.quarantine.copies.5").unwrap().as_deref(),
            Some(r#"{"v":1,"data":{"last":"soon"}}"#)
        );
        // The key was cleared, so the next copy starts afresh.
        kv.set(COPIES_KEY, "junk").unwrap();
        let log = update(&kv, 6, |l| l.copied(DAY)).unwrap();
        assert_eq!(log.last, Some(DAY));
        assert!(kv.get("limber.quarantine.copies.6").unwrap().is_some());
        // A newer format is not written over.
        kv.set(COPIES_KEY, r#"{"v":2,"data":{}}"#).unwrap();
        assert!(update(&kv, 7, |l| l.copied(DAY)).is_err());
        assert_eq!(
            kv.get(COPIES_KEY).unwrap().as_deref(),
            Some(r#"{"v":2,"data":{}}"#)
        );
    }

    #[test]
    fn a_full_storage_says_so() {
        let kv = MemoryStore::with_quota(10);
        assert_eq!(
            update(&kv, 0, |l| l.copied(DAY)),
            Err(SlotError::Store(StoreError::QuotaExceeded))
        );
    }
}
