//! Whether the page is hidden, as `data-hidden` on `<html>`, so the stylesheet can stop what
//! nobody sees: a moving figure's loop pauses in a background tab or behind a locked screen
//! and carries on from the same place when the page is shown again.

use std::cell::Cell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, VisibilityState};

thread_local! {
    /// One listener for the whole page, however many figures ask for it.
    static WATCHING: Cell<bool> = const { Cell::new(false) };
}

/// Keep `data-hidden` on `<html>` while the page is hidden, from now on. Safe to call any
/// number of times: the first call starts watching.
pub fn mark_hidden_page() {
    if WATCHING.with(|w| w.replace(true)) {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    mark(&document);
    let doc = document.clone();
    let on_change = Closure::<dyn FnMut()>::new(move || mark(&doc));
    let _ = document
        .add_event_listener_with_callback("visibilitychange", on_change.as_ref().unchecked_ref());
    // Lives as long as the page.
    on_change.forget();
}

fn mark(document: &Document) {
    let Some(root) = document.document_element() else {
        return;
    };
    let _ = if document.visibility_state() == VisibilityState::Hidden {
        root.set_attribute("data-hidden", "")
    } else {
        root.remove_attribute("data-hidden")
    };
}
