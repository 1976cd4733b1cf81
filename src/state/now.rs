//! `Now`: the time as signals, for every screen that shows something about "today". Moved on
//! once a minute, at local midnight, and whenever the app comes back to the front
//! (`visibilitychange`, `pageshow`, `focus`), so a screen left open overnight shows the new
//! day (and the next-morning question) without a reload. Nothing stored. Hook: `use_now()`.

use leptos::prelude::*;

use crate::domain::calendar::LocalDate;
use crate::platform::clock;

/// The current minute and the local day. Each changes only when its value does, so
/// whatever reads `day` runs again at midnight, not every minute.
#[derive(Clone, Copy)]
pub struct Now {
    /// Milliseconds since the epoch, as of the last minute boundary or return to the front.
    pub ms: RwSignal<i64>,
    pub day: RwSignal<LocalDate>,
}

impl Now {
    fn new() -> Self {
        Self {
            ms: RwSignal::new(clock::now_ms()),
            day: RwSignal::new(clock::today()),
        }
    }

    /// Read the clock again and move on what changed.
    pub fn refresh(&self) {
        self.ms.set(clock::now_ms());
        let today = clock::today();
        if self.day.get_untracked() != today {
            self.day.set(today);
        }
    }
}

/// Put a `Now` in context, with its timer and listeners for the app's lifetime.
pub fn provide_now() {
    let now = Now::new();
    provide_context(now);
    let refresh = move || now.refresh();
    // A minute is fine-grained enough for "today", the morning question (6 hours after a
    // session) and midnight, and costs nothing between ticks.
    let _ = set_interval_with_handle(refresh, std::time::Duration::from_secs(60));
    // For the app's lifetime: the listeners go with the page (a handle left unused keeps
    // its listener).
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| refresh());
    let _ = window_event_listener(leptos::ev::pageshow, move |_| refresh());
    let _ = window_event_listener(leptos::ev::focus, move |_| refresh());
}

/// The app's clock signals (see [`Now`]). Outside the app (a component test), a fresh one.
pub fn use_now() -> Now {
    use_context::<Now>().unwrap_or_else(|| {
        let now = Now::new();
        provide_context(now);
        now
    })
}
