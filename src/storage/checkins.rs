//! The one owner of the `limber.checkins` key: the weekly check-ins, oldest first.

use super::kv::{KeyValue, StoreError};
use super::slot::{no_migrations, Slot, SlotError};
use crate::domain::checkin::CheckIn;

pub const CHECKINS_KEY: &str = "limber.checkins";

const SLOT: Slot = Slot {
    key: CHECKINS_KEY,
    version: 1,
    migrate: no_migrations,
};

/// Stored check-ins (empty before the first). Unreadable ones are kept aside and reported.
pub fn load(kv: &impl KeyValue, now_ms: i64) -> Result<Vec<CheckIn>, SlotError> {
    Ok(SLOT.load(kv, now_ms)?.unwrap_or_default())
}

/// Read, add, write: a check-in saved in another tab meanwhile is kept.
pub fn add(kv: &impl KeyValue, now_ms: i64, checkin: CheckIn) -> Result<Vec<CheckIn>, SlotError> {
    let mut all = load(kv, now_ms)?;
    all.push(checkin);
    all.sort_by_key(|c| c.at);
    SLOT.save(kv, &all)?;
    Ok(all)
}

/// Write this whole list (an import); the caller has merged or chosen it.
pub fn replace_all(kv: &impl KeyValue, all: &[CheckIn]) -> Result<(), StoreError> {
    SLOT.save(kv, &all)
}

pub fn clear(kv: &impl KeyValue) -> Result<(), StoreError> {
    SLOT.clear(kv)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::kv::MemoryStore;

    #[test]
    fn add_keeps_order_and_earlier_entries() {
        let kv = MemoryStore::new();
        assert!(load(&kv, 0).unwrap().is_empty());
        let c = |at, pain| CheckIn {
            at,
            utc_offset_min: 0,
            pain,
            scores: vec![Some(4)],
            sleep: None,
            mood: None,
        };
        add(&kv, 0, c(20, 3)).unwrap();
        let all = add(&kv, 0, c(10, 5)).unwrap();
        assert_eq!(all.iter().map(|c| c.at).collect::<Vec<_>>(), vec![10, 20]);
        assert_eq!(load(&kv, 0).unwrap(), all);
        kv.set(CHECKINS_KEY, "not json").unwrap();
        assert!(load(&kv, 5).is_err());
        // The damaged value was moved aside, so adding starts a fresh list without losing it.
        assert!(kv
            .keys()
            .iter()
            .any(|k| k.starts_with("limber.quarantine.")));
    }
}
