//! `Location`: the address the app shows, as signals, kept in step with the browser's.
//! Nothing stored. Hooks: `use_location()`, `use_navigate()`, and `use_screen_param()` for
//! the id or section in the address of the screen shown.
//!
//! The app matches its own screens (`domain::route`), so this is all it needs of a router;
//! a general-purpose one (nested routes, matching, async route data) was about 40 KB gzip
//! of wasm on every first visit. A click on any link inside the app (an `<a>` anywhere, not
//! only `components::link::A`) changes the address through the History API and scrolls to
//! the top (`platform::nav`); Back and Forward move the signals along, and the browser
//! restores the scroll.

use leptos::ev;
use leptos::prelude::*;

use crate::platform::base_path::{base_path, href};
use crate::platform::nav;

/// Where the app is. `pathname` includes the base ("/limber/routines"); `hash` includes its
/// `#`, or is empty.
#[derive(Clone, Copy)]
pub struct Location {
    pub pathname: Signal<String>,
    pub hash: Signal<String>,
}

/// The writable side, kept in context for `Navigate`.
#[derive(Clone, Copy)]
struct Address {
    pathname: RwSignal<String>,
    hash: RwSignal<String>,
}

impl Address {
    /// Takes the address the browser now shows; a part that didn't change notifies nobody.
    fn follow_browser(self) {
        let (pathname, hash) = nav::current();
        if self.pathname.with_untracked(|p| *p != pathname) {
            self.pathname.set(pathname);
        }
        if self.hash.with_untracked(|h| *h != hash) {
            self.hash.set(hash);
        }
    }

    fn go(self, full: &str) {
        nav::go(full);
        self.follow_browser();
    }
}

/// Follows the address for everything inside; called once, by the app's frame.
pub fn provide_location() {
    let address = Address {
        pathname: RwSignal::new(String::new()),
        hash: RwSignal::new(String::new()),
    };
    address.follow_browser();
    provide_context(address);
    provide_context(Location {
        pathname: address.pathname.into(),
        hash: address.hash.into(),
    });
    let base = base_path();
    let clicks = window_event_listener(ev::click, move |ev| {
        if let Some(full) = nav::in_app_target(&ev, &base) {
            ev.prevent_default();
            address.go(&full);
        }
    });
    let moves = window_event_listener(ev::popstate, move |_| address.follow_browser());
    on_cleanup(move || {
        clicks.remove();
        moves.remove();
    });
}

/// The address, as signals.
pub fn use_location() -> Location {
    super::context::app_state::<Location>()
}

/// The parameter of the screen shown (an id, or a settings section), from `route::screen`.
#[derive(Clone, Copy)]
struct ScreenParam(Memo<Option<String>>);

/// Gives the screen inside its parameter; called by the app's frame, which picks the screen.
pub fn provide_screen_param(param: Memo<Option<String>>) {
    provide_context(ScreenParam(param));
}

/// The id (or settings section) in the address of the screen shown, if it has one.
pub fn use_screen_param() -> Memo<Option<String>> {
    super::context::app_state::<ScreenParam>().0
}

/// Moves the app to another screen from code.
#[derive(Clone, Copy)]
pub struct Navigate(Address);

impl Navigate {
    /// Opens `path`, an address inside the app ("/history", "/shared#…"), as a new history
    /// entry, at the top of the page.
    pub fn to(self, path: &str) {
        self.0.go(&href(path));
    }
}

pub fn use_navigate() -> Navigate {
    Navigate(super::context::app_state::<Address>())
}
