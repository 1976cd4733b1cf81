//! One localStorage key holding one versioned value, with quarantine of anything
//! unreadable. Each key's owner module (sessions, settings, the session in progress) is a
//! thin layer over a `Slot`.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use super::envelope::{self, LoadError};
use super::kv::{KeyValue, StoreError};

/// Why a slot could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SlotError {
    Store(StoreError),
    /// The stored value could not be read. It was copied to `kept_at` and the key cleared;
    /// `kept_at` is `None` if the copy failed, and then the original is left in place.
    Damaged {
        reason: LoadError,
        kept_at: Option<String>,
    },
}

impl From<StoreError> for SlotError {
    fn from(e: StoreError) -> Self {
        SlotError::Store(e)
    }
}

/// A key, the newest format version it is written in, and how to migrate older ones.
#[derive(Clone, Copy, Debug)]
pub struct Slot {
    pub key: &'static str,
    pub version: u32,
    /// Turns the data of an older version into the current shape.
    pub migrate: fn(u64, Value) -> Result<Value, LoadError>,
}

/// For slots that have only ever had one format.
pub fn no_migrations(version: u64, _data: Value) -> Result<Value, LoadError> {
    Err(LoadError::UnknownVersion(version))
}

impl Slot {
    /// The stored value, `None` if nothing is stored. Unreadable data is moved to
    /// `limber.quarantine.<name>.<now_ms>` first, never deleted.
    pub fn load<T: DeserializeOwned>(
        &self,
        kv: &impl KeyValue,
        now_ms: i64,
    ) -> Result<Option<T>, SlotError> {
        let Some(raw) = kv.get(self.key)? else {
            return Ok(None);
        };
        envelope::decode(&raw, self.version, self.migrate)
            .map(Some)
            .map_err(|reason| SlotError::Damaged {
                reason,
                kept_at: self.quarantine(kv, &raw, now_ms),
            })
    }

    fn quarantine(&self, kv: &impl KeyValue, raw: &str, now_ms: i64) -> Option<String> {
        let name = self.key.trim_start_matches(super::KEY_PREFIX);
        let key = format!("{}quarantine.{name}.{now_ms}", super::KEY_PREFIX);
        kv.set(&key, raw).ok()?;
        // Only once the copy exists is the original cleared.
        kv.remove(self.key).ok()?;
        Some(key)
    }

    pub fn save<T: Serialize>(&self, kv: &impl KeyValue, value: &T) -> Result<(), StoreError> {
        kv.set(self.key, &envelope::encode(self.version, value))
    }

    pub fn clear(&self, kv: &impl KeyValue) -> Result<(), StoreError> {
        kv.remove(self.key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::kv::MemoryStore;

    const SLOT: Slot = Slot {
        key: "limber.test",
        version: 2,
        migrate: |v, data| match v {
            1 => Ok(Value::Array(vec![data])),
            v => Err(LoadError::UnknownVersion(v)),
        },
    };

    #[test]
    fn save_load_clear() {
        let kv = MemoryStore::new();
        assert_eq!(SLOT.load::<Vec<u8>>(&kv, 0), Ok(None));
        SLOT.save(&kv, &vec![1u8, 2]).unwrap();
        assert_eq!(SLOT.load::<Vec<u8>>(&kv, 0), Ok(Some(vec![1, 2])));
        SLOT.clear(&kv).unwrap();
        assert_eq!(SLOT.load::<Vec<u8>>(&kv, 0), Ok(None));
    }

    #[test]
    fn older_versions_are_migrated() {
        let kv = MemoryStore::new();
        kv.set("limber.test", r#"{"v":1,"data":7}"#).unwrap();
        assert_eq!(SLOT.load::<Vec<u8>>(&kv, 0), Ok(Some(vec![7])));
    }

    #[test]
    fn damaged_values_are_quarantined_under_their_own_name() {
        let kv = MemoryStore::new();
        kv.set("limber.test", "oops").unwrap();
        let err = SLOT.load::<Vec<u8>>(&kv, 5).unwrap_err();
        assert!(matches!(
            err,
            SlotError::Damaged { kept_at: Some(ref k), .. } if k == "limber.quarantine.test.5"
        ));
        assert_eq!(
            kv.get("limber.quarantine.test.5").unwrap().as_deref(),
            Some("oops")
        );
        assert_eq!(kv.get("limber.test").unwrap(), None);
    }
}
