//! Limber: guided exercise for low back pain. See ARCHITECTURE.md for the map.
//!
//! Without its default `app` feature the crate is only its pure domain (the translation
//! benchmark in `bench/i18n/ours` links it that way).

#[cfg(feature = "app")]
pub mod app;
#[cfg(all(test, feature = "app"))]
mod architecture_tests;
#[cfg(feature = "app")]
pub mod components;
pub mod domain;
#[cfg(feature = "app")]
pub mod pages;
#[cfg(feature = "app")]
pub mod platform;
#[cfg(feature = "app")]
pub mod screens;
#[cfg(feature = "app")]
pub mod state;
#[cfg(feature = "app")]
pub mod storage;

#[cfg(feature = "app")]
pub use app::App;

/// A User Timing mark, so load benchmarks can see where start-up time goes.
#[cfg(feature = "app")]
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
#[cfg(feature = "app")]
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
