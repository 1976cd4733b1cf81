//! One localStorage key holding one versioned value, with quarantine of anything
//! unreadable. Each key's owner module (sessions, settings, the session in progress) is a
//! thin layer over a `Slot`.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use super::envelope::{self, LoadError};
use super::kv::{KeyValue, StoreError, KEY_PREFIX};

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
            .map_err(|reason| match reason {
                // A newer Limber (another tab, after an update) wrote it: it is fine, this
                // build just can't read it. Leave it exactly where it is; writes stop.
                LoadError::TooNew { .. } => SlotError::Damaged {
                    reason,
                    kept_at: None,
                },
                reason => SlotError::Damaged {
                    reason,
                    kept_at: self.quarantine(kv, &raw, now_ms),
                },
            })
    }

    /// Copies of this slot's value that were set aside but that this build can read after
    /// all (an older Limber in another tab set aside a format it didn't know yet), each with
    /// its quarantine key.
    pub fn readable_set_aside<T: DeserializeOwned>(&self, kv: &impl KeyValue) -> Vec<(String, T)> {
        let name = self.key.trim_start_matches(KEY_PREFIX);
        let prefix = format!("{KEY_PREFIX}quarantine.{name}.");
        kv.keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|k| k.starts_with(&prefix))
            .filter_map(|k| {
                let raw = kv.get(&k).ok().flatten()?;
                let value = envelope::decode(&raw, self.version, self.migrate).ok()?;
                Some((k, value))
            })
            .collect()
    }

    fn quarantine(&self, kv: &impl KeyValue, raw: &str, now_ms: i64) -> Option<String> {
        let name = self.key.trim_start_matches(KEY_PREFIX);
        let key = format!("{KEY_PREFIX}quarantine.{name}.{now_ms}");
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

    /// Read, change, write, starting from the default when nothing is stored. An unreadable
    /// value has been set aside by then, so the change starts from the default too; a value
    /// in a newer format (another tab, after an update) is left as it is, and so is one that
    /// couldn't be set aside.
    pub fn update<T: Default + Serialize + DeserializeOwned>(
        &self,
        kv: &impl KeyValue,
        now_ms: i64,
        change: impl FnOnce(T) -> T,
    ) -> Result<T, SlotError> {
        let current = match self.load(kv, now_ms) {
            Ok(value) => value.unwrap_or_default(),
            Err(SlotError::Damaged {
                kept_at: Some(_), ..
            }) => T::default(),
            Err(e) => return Err(e),
        };
        let next = change(current);
        self.save(kv, &next)?;
        Ok(next)
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
    fn a_newer_format_is_left_in_place_and_set_aside_copies_come_back() {
        let kv = MemoryStore::new();
        kv.set("limber.test", r#"{"v":3,"data":[9]}"#).unwrap();
        assert!(matches!(
            SLOT.load::<Vec<u8>>(&kv, 5),
            Err(SlotError::Damaged {
                reason: LoadError::TooNew {
                    found: 3,
                    newest: 2
                },
                kept_at: None
            })
        ));
        assert_eq!(
            kv.get("limber.test").unwrap().as_deref(),
            Some(r#"{"v":3,"data":[9]}"#)
        );
        assert!(SLOT.readable_set_aside::<Vec<u8>>(&kv).is_empty());
        // Set aside by an older build: readable now, and found; junk is not.
        kv.set("limber.quarantine.test.7", r#"{"v":2,"data":[4]}"#)
            .unwrap();
        kv.set("limber.quarantine.test.8", "junk").unwrap();
        kv.set("limber.quarantine.other.9", r#"{"v":2,"data":[1]}"#)
            .unwrap();
        assert_eq!(
            SLOT.readable_set_aside::<Vec<u8>>(&kv),
            vec![("limber.quarantine.test.7".to_string(), vec![4])]
        );
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
