//! The one owner of the `limber.routines` key: the person's own routines, newest first.

use super::kv::{KeyValue, StoreError};
use super::slot::{no_migrations, Slot, SlotError};
use crate::domain::custom::{self, CustomRoutine};

pub const ROUTINES_KEY: &str = "limber.routines";

const SLOT: Slot = Slot {
    key: ROUTINES_KEY,
    version: 1,
    migrate: no_migrations,
};

/// Stored routines (empty before the first). Unreadable ones are kept aside and reported.
pub fn load(kv: &impl KeyValue, now_ms: i64) -> Result<Vec<CustomRoutine>, SlotError> {
    Ok(SLOT.load(kv, now_ms)?.unwrap_or_default())
}

/// Read, change, write: routines saved in another tab meanwhile are kept.
fn change(
    kv: &impl KeyValue,
    now_ms: i64,
    f: impl FnOnce(&mut Vec<CustomRoutine>),
) -> Result<Vec<CustomRoutine>, SlotError> {
    let mut all = load(kv, now_ms)?;
    f(&mut all);
    SLOT.save(kv, &all)?;
    Ok(all)
}

/// Save a new or changed routine (matched by id).
pub fn put(
    kv: &impl KeyValue,
    now_ms: i64,
    routine: CustomRoutine,
) -> Result<Vec<CustomRoutine>, SlotError> {
    change(kv, now_ms, |all| {
        all.retain(|r| r.id != routine.id);
        *all = custom::merge(all, &[routine]);
    })
}

/// Delete one routine.
pub fn remove(kv: &impl KeyValue, now_ms: i64, id: &str) -> Result<Vec<CustomRoutine>, SlotError> {
    change(kv, now_ms, |all| all.retain(|r| r.id != id))
}

/// Write this whole list (an import); the caller has merged or chosen it.
pub fn replace_all(kv: &impl KeyValue, all: &[CustomRoutine]) -> Result<(), StoreError> {
    SLOT.save(kv, &all)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::custom::{CustomItem, RoutineDraft};
    use crate::domain::exercise::Dose;
    use crate::storage::kv::MemoryStore;

    fn routine(at: i64, name: &str) -> CustomRoutine {
        let draft = RoutineDraft {
            name: name.into(),
            items: vec![CustomItem {
                exercise: "walking".into(),
                dose: Dose::timed(10),
            }],
            ..RoutineDraft::new()
        };
        CustomRoutine::create(draft, at, 1).unwrap()
    }

    #[test]
    fn put_replaces_by_id_and_remove_deletes_one() {
        let kv = MemoryStore::new();
        assert!(load(&kv, 0).unwrap().is_empty());
        let a = routine(10, "A");
        let b = routine(20, "B");
        put(&kv, 0, a.clone()).unwrap();
        put(&kv, 0, b.clone()).unwrap();
        let mut a2 = a.clone();
        a2.draft.name = "A again".into();
        a2.updated_at = 30;
        let all = put(&kv, 0, a2.clone()).unwrap();
        assert_eq!(all, vec![b.clone(), a2.clone()]);
        assert_eq!(load(&kv, 0).unwrap(), all);
        assert_eq!(remove(&kv, 0, &b.id).unwrap(), vec![a2]);
    }

    #[test]
    fn damaged_routines_are_kept_aside() {
        let kv = MemoryStore::new();
        kv.set(ROUTINES_KEY, "{broken").unwrap();
        assert!(load(&kv, 5).is_err());
        assert!(kv
            .keys()
            .iter()
            .any(|k| k.starts_with("limber.quarantine.")));
        assert!(load(&kv, 6).unwrap().is_empty());
    }
}
