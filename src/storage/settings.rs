//! The one owner of the `limber.settings` key.

use super::kv::{KeyValue, StoreError};
use super::slot::{no_migrations, Slot};
use crate::domain::settings::Settings;

pub const SETTINGS_KEY: &str = "limber.settings";

const SLOT: Slot = Slot {
    key: SETTINGS_KEY,
    version: 1,
    migrate: no_migrations,
};

/// Stored settings, or the defaults when none are stored or they cannot be read (an
/// unreadable value is kept aside by the slot, never deleted).
pub fn load(kv: &impl KeyValue, now_ms: i64) -> Settings {
    SLOT.load(kv, now_ms).ok().flatten().unwrap_or_default()
}

pub fn save(kv: &impl KeyValue, settings: &Settings) -> Result<(), StoreError> {
    SLOT.save(kv, settings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::kv::MemoryStore;

    #[test]
    fn round_trip_and_defaults() {
        let kv = MemoryStore::new();
        assert_eq!(load(&kv, 0), Settings::default());
        let quiet = Settings {
            voice: false,
            ..Settings::default()
        };
        save(&kv, &quiet).unwrap();
        assert_eq!(load(&kv, 0), quiet);
        kv.set("limber.settings", "garbage").unwrap();
        assert_eq!(load(&kv, 7), Settings::default());
        assert_eq!(
            kv.get("limber.quarantine.settings.7").unwrap().as_deref(),
            Some("garbage")
        );
    }
}
