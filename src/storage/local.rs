//! The browser's localStorage behind the [`KeyValue`] trait.

use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::{JsCast, JsValue};

use super::kv::{KeyValue, StoreError};

/// localStorage for this origin. Every call checks that storage exists first: browsers may
/// refuse it (privacy settings), and `gloo_storage::LocalStorage::raw` would throw then.
#[derive(Clone, Copy, Debug, Default)]
pub struct LocalStore;

impl LocalStore {
    fn storage() -> Result<web_sys::Storage, StoreError> {
        let available = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .is_some();
        if available {
            Ok(LocalStorage::raw())
        } else {
            Err(StoreError::Unavailable)
        }
    }
}

fn to_error(err: JsValue) -> StoreError {
    let name = err
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .or_else(|| {
            err.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.name()))
        })
        .unwrap_or_default();
    match name.as_str() {
        // Firefox used its own name for the same thing.
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StoreError::QuotaExceeded,
        "" => StoreError::Other(format!("{err:?}")),
        other => StoreError::Other(other.to_string()),
    }
}

impl KeyValue for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Self::storage()?.get_item(key).map_err(to_error)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        Self::storage()?.set_item(key, value).map_err(to_error)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        Self::storage()?.remove_item(key).map_err(to_error)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let storage = Self::storage()?;
        let count = storage.length().map_err(to_error)?;
        Ok((0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .collect())
    }
}
