//! The one owner of the `limber.plan` key: the first-run answers and the plan made from them.

use super::kv::{KeyValue, StoreError};
use super::slot::{no_migrations, Slot, SlotError};
use crate::domain::plan::Profile;

pub const PLAN_KEY: &str = "limber.plan";

const SLOT: Slot = Slot {
    key: PLAN_KEY,
    version: 1,
    migrate: no_migrations,
};

/// The stored plan; `Ok(None)` before the first run. An unreadable plan is kept aside by the
/// slot and reported, so the person can answer again without losing the old value.
pub fn load(kv: &impl KeyValue, now_ms: i64) -> Result<Option<Profile>, SlotError> {
    SLOT.load(kv, now_ms)
}

pub fn save(kv: &impl KeyValue, profile: &Profile) -> Result<(), StoreError> {
    SLOT.save(kv, profile)
}

/// "Redo the first run" starts from nothing.
pub fn clear(kv: &impl KeyValue) -> Result<(), StoreError> {
    SLOT.clear(kv)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{make_profile, ActivityLevel, PainDuration};
    use crate::storage::kv::MemoryStore;

    #[test]
    fn round_trip_absent_and_damaged() {
        let kv = MemoryStore::new();
        assert_eq!(load(&kv, 0).unwrap(), None);
        let p = make_profile(
            5,
            PainDuration::KeepsComingBack,
            ActivityLevel::Little,
            vec![],
            [true; 7],
            1140,
            true,
            9,
            60,
        )
        .unwrap();
        save(&kv, &p).unwrap();
        assert_eq!(load(&kv, 0).unwrap(), Some(p));
        kv.set(PLAN_KEY, "{\"v\":1,\"data\":{\"pain_now\":\"lots\"}}")
            .unwrap();
        assert!(load(&kv, 42).is_err());
        // Kept aside, not lost.
        assert!(kv
            .keys()
            .iter()
            .any(|k| k.starts_with("limber.quarantine.")));
        clear(&kv).unwrap();
        assert_eq!(load(&kv, 0).unwrap(), None);
    }
}
