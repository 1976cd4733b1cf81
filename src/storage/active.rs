//! The session in progress: the one owner of the `limber.active-session` key. Written at
//! every step change so that a reload, a crash or a closed tab returns to the same point.

use super::kv::{KeyValue, StoreError};
use super::slot::{no_migrations, Slot};
use crate::domain::player::Snapshot;

pub const ACTIVE_KEY: &str = "limber.active-session";

const SLOT: Slot = Slot {
    key: ACTIVE_KEY,
    version: 1,
    migrate: no_migrations,
};

/// The stored session in progress, if there is one and it can be read. An unreadable one
/// is kept aside by the slot.
pub fn load(kv: &impl KeyValue, now_ms: i64) -> Option<Snapshot> {
    SLOT.load(kv, now_ms).ok().flatten()
}

pub fn save(kv: &impl KeyValue, snapshot: &Snapshot) -> Result<(), StoreError> {
    SLOT.save(kv, snapshot)
}

/// Forget the session in progress (after it was saved to history or discarded).
pub fn clear(kv: &impl KeyValue) -> Result<(), StoreError> {
    SLOT.clear(kv)
}
