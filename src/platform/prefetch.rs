//! The other screens' code, fetched ahead of use: once the first screen is up and the phone
//! has a quiet moment, the page fetches the wasm chunks of the bottom bar's screens, in the
//! order a person is likely to open them and a few at a time (the list is a
//! `<meta name="limber:prefetch">` the release build writes, see `scripts/split-wasm.mjs`).
//! The files land in the browser's HTTP cache, so a tab's first open doesn't wait for the
//! network. Only then does the service worker start precaching everything (it revalidates
//! what is already here rather than downloading it again): on a slow connection the two
//! would otherwise compete for it while the person taps their first tab.

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Files fetched at once: enough to fill a slow connection, few enough that the first one
/// (History's code) arrives early.
const AT_ONCE: usize = 2;
/// The longest wait for a quiet moment before fetching anyway.
const IDLE_TIMEOUT_MS: i32 = 2_000;

/// The files to fetch, from the page's meta tag (none in debug builds, which aren't split).
fn files() -> Vec<String> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("meta[name=\"limber:prefetch\"]")
                .ok()
                .flatten()
        })
        .and_then(|m| m.get_attribute("content"))
        .map(|c| c.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

/// Call `f` when the main thread is idle (`requestIdleCallback`), or soon where the browser
/// has no such thing (Safari).
fn when_idle(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = Closure::once_into_js(f);
    let idle = Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|v| v.dyn_into::<Function>().ok());
    let called = match idle {
        Some(idle) => {
            let options = js_sys::Object::new();
            let _ = Reflect::set(&options, &"timeout".into(), &IDLE_TIMEOUT_MS.into());
            idle.call2(&window, &callback, &options).is_ok()
        }
        None => false,
    };
    if !called {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            callback.unchecked_ref(),
            IDLE_TIMEOUT_MS / 4,
        );
    }
}

/// Fetch `url` whole (the body read to its end, so the cache keeps all of it).
fn fetch_whole(window: &web_sys::Window, url: &str) -> JsValue {
    let read = Closure::once_into_js(|response: JsValue| -> JsValue {
        Reflect::get(&response, &"arrayBuffer".into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
            .and_then(|f| f.call0(&response).ok())
            .unwrap_or(JsValue::UNDEFINED)
    });
    let fetched: JsValue = window.fetch_with_str(url).into();
    Reflect::get(&fetched, &"then".into())
        .ok()
        .and_then(|then| then.dyn_into::<Function>().ok())
        .and_then(|then| then.call1(&fetched, &read).ok())
        .unwrap_or(fetched)
}

/// Once the phone is idle, fetch the screens' code, then call `then` (even if some of it
/// couldn't be fetched: offline, say).
pub fn then(then: impl FnOnce() + 'static) {
    let files = files();
    if files.is_empty() {
        then();
        return;
    }
    when_idle(move || {
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(window) = web_sys::window() {
                for group in files.chunks(AT_ONCE) {
                    let all: Array = group.iter().map(|f| fetch_whole(&window, f)).collect();
                    // A failure only means that file waits for its screen or the worker.
                    let _ = JsFuture::from(Promise::all_settled(&all)).await;
                }
            }
            then();
        });
    });
}
