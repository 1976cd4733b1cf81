//! Ask the browser to keep Limber's data even when space runs low
//! (`navigator.storage.persist()`), and check whether it agreed.

use wasm_bindgen_futures::JsFuture;

/// What the browser says about keeping our data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persistence {
    /// The browser promised to keep it.
    Kept,
    /// It may clear it under storage pressure, or after long disuse (Safari).
    MayBeCleared,
    /// The browser does not say.
    Unknown,
}

fn manager() -> Option<web_sys::StorageManager> {
    let nav = web_sys::window()?.navigator();
    // Older browsers lack `navigator.storage` entirely.
    js_sys::Reflect::has(&nav, &"storage".into())
        .unwrap_or(false)
        .then(|| nav.storage())
}

async fn ask(promise: Result<js_sys::Promise, wasm_bindgen::JsValue>) -> Persistence {
    let Ok(promise) = promise else {
        return Persistence::Unknown;
    };
    match JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()) {
        Some(true) => Persistence::Kept,
        Some(false) => Persistence::MayBeCleared,
        None => Persistence::Unknown,
    }
}

/// Ask for persistent storage (call after the first completed session).
pub async fn request() -> Persistence {
    match manager() {
        Some(m) => ask(m.persist()).await,
        None => Persistence::Unknown,
    }
}

/// Whether storage is already persistent, without asking.
pub async fn status() -> Persistence {
    match manager() {
        Some(m) => ask(m.persisted()).await,
        None => Persistence::Unknown,
    }
}
