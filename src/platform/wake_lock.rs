//! Keep the screen awake while a session runs (Screen Wake Lock API), called through
//! `Reflect` because web-sys only offers it behind an unstable flag. Browsers release the
//! lock when the page is hidden, so [`acquire`] is called again when it becomes visible.
//! Where the API is missing, nothing happens.

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static SENTINEL: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    static WANTED: RefCell<bool> = const { RefCell::new(false) };
}

fn wake_lock_api() -> Option<JsValue> {
    let nav = web_sys::window()?.navigator();
    js_sys::Reflect::get(&nav, &"wakeLock".into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Ask for the screen to stay on. Safe to call repeatedly.
pub fn acquire() {
    WANTED.with(|w| *w.borrow_mut() = true);
    let held = SENTINEL.with(|s| s.borrow().is_some());
    let Some(api) = wake_lock_api() else {
        return;
    };
    if held {
        return;
    }
    let request = js_sys::Reflect::get(&api, &"request".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(request) = request else {
        return;
    };
    let Ok(promise) = request.call1(&api, &"screen".into()) else {
        return;
    };
    let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        // Refused (battery saver, hidden page): fine, try again on the next visibility change.
        if let Ok(sentinel) = JsFuture::from(promise).await {
            if WANTED.with(|w| *w.borrow()) {
                SENTINEL.with(|s| *s.borrow_mut() = Some(sentinel));
            } else {
                release_sentinel(&sentinel);
            }
        }
    });
}

fn release_sentinel(sentinel: &JsValue) {
    if let Some(f) = js_sys::Reflect::get(sentinel, &"release".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        let _ = f.call0(sentinel);
    }
}

/// Let the screen sleep again.
pub fn release() {
    WANTED.with(|w| *w.borrow_mut() = false);
    if let Some(sentinel) = SENTINEL.with(|s| s.borrow_mut().take()) {
        release_sentinel(&sentinel);
    }
}

/// The browser drops the lock when the page is hidden; forget ours so [`acquire`] asks
/// again when the page is shown.
pub fn forget_after_hide() {
    SENTINEL.with(|s| s.borrow_mut().take());
}
