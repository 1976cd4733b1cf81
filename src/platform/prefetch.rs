//! The other screens' code, fetched ahead of use. The release build's split loader does the
//! fetching (`scripts/split-wasm.mjs`, `prefetchScript`): once the first screen is up and the
//! phone has a quiet moment, it fetches the wasm chunks of the bottom bar's screens into the
//! HTTP cache, a group of screens at a time in the order a person is likely to open them,
//! firing `limber:prefetched:<group>` after each (the app then fetches that group's words,
//! `each_group`), then `limber:prefetched`. Only then does the app register its service worker, which revalidates
//! what is already here rather than downloading it again: on a slow connection the two would
//! otherwise compete while the person taps their first tab.

/// Call `then` once the screens' code has been fetched (debug builds have no chunks: at once).
pub fn then(then: impl FnOnce() + 'static) {
    if cfg!(debug_assertions) {
        then();
        return;
    }
    let then = std::cell::Cell::new(Some(then));
    // The handle is dropped, not kept: the listener stays, and runs `then` once.
    let _ = leptos::prelude::window_event_listener_untyped("limber:prefetched", move |_| {
        if let Some(f) = then.take() {
            f();
        }
    });
}

/// Call `then` with each group's name once its code has been fetched (debug builds have no
/// chunks: never).
pub fn each_group(
    groups: impl Iterator<Item = &'static str>,
    then: impl Fn(&'static str) + Clone + 'static,
) {
    if cfg!(debug_assertions) {
        return;
    }
    for group in groups {
        let then = then.clone();
        let _ = leptos::prelude::window_event_listener_untyped(
            &format!("limber:prefetched:{group}"),
            move |_| then(group),
        );
    }
}
