//! Limber: guided exercise for low back pain. See ARCHITECTURE.md for the map.

pub mod app;
pub mod components;
pub mod domain;
pub mod pages;
pub mod platform;
pub mod state;
pub mod storage;

pub use app::App;

/// Replace the static loading screen from `index.html` with the app.
pub fn start() {
    console_error_panic_hook::set_once();
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    leptos::mount::mount_to_body(App);
}
