//! The one owner of the `limber.weight` key: the optional body-weight log, one entry per
//! local day, oldest first.

use super::kv::{KeyValue, StoreError};
use super::slot::{no_migrations, Slot, SlotError};
use crate::domain::weight::{self, WeightEntry};

pub const WEIGHT_KEY: &str = "limber.weight";

const SLOT: Slot = Slot {
    key: WEIGHT_KEY,
    version: 1,
    migrate: no_migrations,
};

/// Stored entries (empty before the first). Unreadable ones are kept aside and reported.
pub fn load(kv: &impl KeyValue, now_ms: i64) -> Result<Vec<WeightEntry>, SlotError> {
    Ok(SLOT.load(kv, now_ms)?.unwrap_or_default())
}

/// Read, add, write: an entry saved in another tab meanwhile is kept. A new entry replaces
/// that local day's earlier one.
pub fn add(
    kv: &impl KeyValue,
    now_ms: i64,
    entry: WeightEntry,
) -> Result<Vec<WeightEntry>, SlotError> {
    let all = weight::add(&load(kv, now_ms)?, entry);
    SLOT.save(kv, &all)?;
    Ok(all)
}

/// Read, drop the entry taken at `at`, write. Removing one that is not there changes nothing.
pub fn remove(kv: &impl KeyValue, now_ms: i64, at: i64) -> Result<Vec<WeightEntry>, SlotError> {
    let mut all = load(kv, now_ms)?;
    let before = all.len();
    all.retain(|e| e.at != at);
    if all.len() != before {
        SLOT.save(kv, &all)?;
    }
    Ok(all)
}

/// Write this whole list (an import); the caller has checked and merged or chosen it.
pub fn replace_all(kv: &impl KeyValue, all: &[WeightEntry]) -> Result<(), StoreError> {
    SLOT.save(kv, &all)
}

pub fn clear(kv: &impl KeyValue) -> Result<(), StoreError> {
    SLOT.clear(kv)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::kv::MemoryStore;

    const DAY: i64 = 86_400_000;
    const T0: i64 = 1_795_608_000_000; // 2026-11-25 12:00 UTC

    fn entry(days: i64, grams: u32) -> WeightEntry {
        WeightEntry {
            at: T0 + days * DAY,
            utc_offset_min: 0,
            grams,
        }
    }

    #[test]
    fn add_keeps_order_earlier_entries_and_one_per_day() {
        let kv = MemoryStore::new();
        assert!(load(&kv, 0).unwrap().is_empty());
        add(&kv, 0, entry(2, 71_000)).unwrap();
        add(&kv, 0, entry(0, 72_000)).unwrap();
        let mut later = entry(2, 70_500);
        later.at += 60_000;
        let all = add(&kv, 0, later.clone()).unwrap();
        assert_eq!(all, vec![entry(0, 72_000), later]);
        assert_eq!(load(&kv, 0).unwrap(), all);
    }

    #[test]
    fn another_tabs_entries_survive_an_add() {
        let kv = MemoryStore::new();
        add(&kv, 0, entry(0, 72_000)).unwrap();
        // Another tab writes directly in the meantime.
        replace_all(&kv, &[entry(0, 72_000), entry(1, 71_800)]).unwrap();
        let all = add(&kv, 0, entry(2, 71_600)).unwrap();
        assert_eq!(all.len(), 3);
    }

    #[test]
    fn remove_replace_all_and_clear() {
        let kv = MemoryStore::new();
        replace_all(&kv, &[entry(0, 72_000), entry(1, 71_800)]).unwrap();
        let left = remove(&kv, 0, entry(0, 0).at).unwrap();
        assert_eq!(left, vec![entry(1, 71_800)]);
        assert_eq!(load(&kv, 0).unwrap(), left);
        assert_eq!(remove(&kv, 0, 12_345).unwrap(), left);
        clear(&kv).unwrap();
        assert!(load(&kv, 0).unwrap().is_empty());
        assert_eq!(kv.get(WEIGHT_KEY).unwrap(), None);
    }

    #[test]
    fn a_damaged_value_is_quarantined_not_lost() {
        let kv = MemoryStore::new();
        kv.set(WEIGHT_KEY, "not json").unwrap();
        let err = load(&kv, 5).unwrap_err();
        assert!(matches!(
            err,
            SlotError::Damaged { kept_at: Some(ref k), .. } if k == "limber.quarantine.weight.5"
        ));
        assert_eq!(
            kv.get("limber.quarantine.weight.5").unwrap().as_deref(),
            Some("not json")
        );
        // The key was cleared, so the next entry starts a fresh list.
        let all = add(&kv, 6, entry(0, 72_000)).unwrap();
        assert_eq!(all, vec![entry(0, 72_000)]);
        // A readable envelope of the wrong shape is damaged too.
        kv.set(WEIGHT_KEY, r#"{"v":1,"data":[{"at":"soon"}]}"#)
            .unwrap();
        assert!(load(&kv, 7).is_err());
        assert!(kv.get("limber.quarantine.weight.7").unwrap().is_some());
        // A newer version's value is left exactly where it is, and not written over.
        kv.set(WEIGHT_KEY, r#"{"v":9,"data":[]}"#).unwrap();
        assert!(add(&kv, 8, entry(1, 71_000)).is_err());
        assert_eq!(
            kv.get(WEIGHT_KEY).unwrap().as_deref(),
            Some(r#"{"v":9,"data":[]}"#)
        );
        assert!(kv.get("limber.quarantine.weight.8").unwrap().is_none());
    }
}
