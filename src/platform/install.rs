//! Home-screen install: whether the app runs as an installed app, and Chromium's own install
//! prompt where the browser offers one (`beforeinstallprompt`, not in web-sys, so `Reflect`).
//!
//! ```ignore
//! if !install::is_standalone() { install::on_prompt_available(move || can_install.set(true)); }
//! ```

use std::cell::RefCell;

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    static PROMPT: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// True when opened from the home screen (or as an installed desktop app).
pub fn is_standalone() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let media = window
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    // Safari on iOS says so with its own flag.
    let ios = js_sys::Reflect::get(&window.navigator(), &"standalone".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    media || ios
}

/// True on an iPhone or iPad (any browser there is Safari's engine, with its storage rules).
/// iPadOS says it is a Mac, so a "Mac" with a touch screen counts too.
pub fn is_ios() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let nav = window.navigator();
    let agent = nav.user_agent().unwrap_or_default();
    let touch = js_sys::Reflect::get(&nav, &"maxTouchPoints".into())
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    ["iPhone", "iPad", "iPod"].iter().any(|d| agent.contains(d))
        || (agent.contains("Macintosh") && touch > 1.0)
}

/// Remember the browser's install prompt when it offers one, and call `on_available`.
pub fn on_prompt_available(on_available: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
        PROMPT.with(|p| *p.borrow_mut() = Some(event));
        on_available();
    });
    let _ = window
        .add_event_listener_with_callback("beforeinstallprompt", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// Show the browser's install prompt. The browser allows it once; false if there was none.
pub fn prompt() -> bool {
    let Some(event) = PROMPT.with(|p| p.borrow_mut().take()) else {
        return false;
    };
    js_sys::Reflect::get(&event, &"prompt".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .is_some_and(|f| f.call0(&event).is_ok())
}
