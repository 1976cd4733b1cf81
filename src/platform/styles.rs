//! The whole stylesheet. In release builds a first visit downloads only the rules Today and
//! the frame use (see `scripts/post-build.mjs`), and `index.html` names the whole file in
//! `<meta name="limber:stylesheet">`. Every other screen, and every piece of Today that comes
//! in a chunk, waits for [`whole`] before it shows, so nothing is ever drawn unstyled.
//!
//! The whole file goes after the first one in the document, so with both loaded each
//! element is styled exactly as by the whole file alone (it repeats the first file's rules,
//! in the same order). Debug builds link the whole file directly and have no meta.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// The whole file's load, once started: resolves with its `<link>`'s load or error event.
    static LOADING: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
}

/// Resolves when the whole stylesheet is in use: `true`, or `false` if it couldn't be
/// fetched (offline before the first visit finished). A later call after a failure tries
/// again. Starts the fetch at once, so awaiting it after other work costs nothing extra.
pub fn whole() -> impl std::future::Future<Output = bool> {
    let promise = LOADING.with(|loading| {
        let mut loading = loading.borrow_mut();
        if loading.is_none() {
            *loading = start();
        }
        loading.clone()
    });
    async move {
        // Nothing to load: a debug build (the whole file is linked already).
        let Some(promise) = promise else { return true };
        // The promise settles with the link's `load` or `error` event (never rejects: a
        // failure before anyone awaits it must not be an unhandled rejection).
        let ok = JsFuture::from(promise)
            .await
            .ok()
            .and_then(|event| event.dyn_ref::<web_sys::Event>().map(web_sys::Event::type_))
            .is_some_and(|kind| kind == "load");
        if !ok {
            LOADING.with(|loading| *loading.borrow_mut() = None);
        }
        ok
    }
}

/// Adds the whole file's `<link>` at the end of `<body>`; `None` when there is nothing to
/// add (no meta: a debug build, which links the whole file already).
fn start() -> Option<js_sys::Promise> {
    let document = web_sys::window()?.document()?;
    let href = document
        .query_selector(r#"meta[name="limber:stylesheet"]"#)
        .ok()??
        .get_attribute("content")?;
    // A failed attempt left its link behind: take it away, so the new one is the last.
    if let Ok(Some(old)) = document.query_selector("link[data-whole-stylesheet]") {
        old.remove();
    }
    let link: web_sys::HtmlElement = document.create_element("link").ok()?.dyn_into().ok()?;
    link.set_attribute("rel", "stylesheet").ok()?;
    link.set_attribute("href", &href).ok()?;
    link.set_attribute("data-whole-stylesheet", "").ok()?;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        link.set_onload(Some(&resolve));
        link.set_onerror(Some(&resolve));
    });
    document.body()?.append_child(&link).ok()?;
    Some(promise)
}
