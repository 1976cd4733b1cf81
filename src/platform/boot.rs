//! The static first screen from `index.html` (`#boot`): it stays up until the first real
//! screen is built, so a deep link to a screen whose code is still loading never shows an
//! empty page.

use std::cell::RefCell;

use wasm_bindgen::{closure::Closure, JsCast};

thread_local! {
    /// Work waiting for the first real screen to be on show (see [`after_done`]).
    static WAITING: RefCell<Vec<Box<dyn FnOnce()>>> = RefCell::new(Vec::new());
}

fn boot_element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("boot")
}

/// The first screen is ready: remove the static one (does nothing once it is gone), and
/// start what was waiting for that once the screen has been drawn.
pub fn done() {
    if let Some(boot) = boot_element() {
        boot.remove();
        after_next_frame(|| {
            for f in WAITING.with(|w| std::mem::take(&mut *w.borrow_mut())) {
                f();
            }
        });
    }
}

/// Runs `f` once the first real screen is on show (soon, if it already is). For start-up work
/// that would only slow the first screen down: registering the service worker, whose
/// precaching of every file competes with it for a phone's CPU.
pub fn after_done(f: impl FnOnce() + 'static) {
    if boot_element().is_some() {
        WAITING.with(|w| w.borrow_mut().push(Box::new(f)));
    } else {
        after_next_frame(f);
    }
}

/// In a task after the next frame is drawn.
fn after_next_frame(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let later = window.clone();
    let in_task = Closure::once_into_js(move || {
        let task = Closure::once_into_js(f);
        let _ = later.set_timeout_with_callback(task.unchecked_ref());
    });
    let _ = window.request_animation_frame(in_task.unchecked_ref());
}
