//! Limber: guided exercise for low back pain. See ARCHITECTURE.md for the map.

pub mod app;
#[cfg(test)]
mod architecture_tests;
pub mod components;
pub mod domain;
pub mod pages;
pub mod platform;
pub mod screens;
pub mod state;
pub mod storage;

pub use app::App;

/// A User Timing mark, so load benchmarks can see where start-up time goes.
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Start the app; it replaces the static loading screen from `index.html` once its first
/// screen is built (see `App`).
///
/// Mounting waits for the next task: instantiating the wasm is one stretch of main-thread
/// work and building the first screen another, and a phone stays responsive in between.
pub fn start() {
    mark("limber:start");
    console_error_panic_hook::set_once();
    platform::clock::set_first_weekday();
    leptos::prelude::set_timeout(
        || {
            leptos::mount::mount_to_body(App);
            mark("limber:mounted");
        },
        std::time::Duration::ZERO,
    );
}
