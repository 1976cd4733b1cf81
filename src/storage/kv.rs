//! The one storage trait, and an in-memory implementation for tests.

use std::cell::RefCell;
use std::collections::BTreeMap;

use crate::domain::i18n::{messages, Msg};

/// Prefix of every key this app writes, so it never touches another app's data on the same
/// origin.
pub const KEY_PREFIX: &str = "limber.";

/// Why a read or write to the device's storage failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser gives no storage at all (blocked by settings, some private modes).
    Unavailable,
    /// Storage is full.
    QuotaExceeded,
    /// Anything else the browser reported.
    Other(String),
}

impl StoreError {
    /// What happened, in a sentence for the person.
    pub fn msg(&self) -> Msg {
        match self {
            StoreError::Unavailable => messages::more_store_unavailable(),
            StoreError::QuotaExceeded => messages::more_store_full(),
            StoreError::Other(e) => messages::more_store_other(e.as_str()),
        }
    }
}

/// A string key-value store: localStorage in the browser, a map in tests.
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// Every key in the store.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// In-memory store. `with_quota` makes writes fail once the total size of keys and values
/// would pass a limit, the way a full localStorage does.
#[derive(Debug, Default)]
pub struct MemoryStore {
    map: RefCell<BTreeMap<String, String>>,
    quota: Option<usize>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with_quota(bytes: usize) -> Self {
        Self {
            quota: Some(bytes),
            ..Self::default()
        }
    }

    pub fn keys(&self) -> Vec<String> {
        self.map.borrow().keys().cloned().collect()
    }

    fn used_without(&self, key: &str) -> usize {
        self.map
            .borrow()
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }
}

impl KeyValue for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.map.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(quota) = self.quota {
            if self.used_without(key) + key.len() + value.len() > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        self.map
            .borrow_mut()
            .insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.map.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(MemoryStore::keys(self))
    }
}

/// A shared reference to a store is a store, so several owners (say, two simulated tabs in
/// a test) can use one map.
impl<S: KeyValue + ?Sized> KeyValue for &S {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        (**self).get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        (**self).remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        (**self).keys()
    }
}
