//! Reading the app-wide state (`app_state`), for every state module: a module of its own,
//! so that none of them imports the module that wires them.

use leptos::prelude::*;

/// The app-wide state `T`, provided at start-up (`provide_app_state`). Leptos's own
/// `expect_context` would say which type was missing, and that message's formatting (and
/// the tables behind it) would weigh several kilobytes on the first load; a missing state is
/// a bug in the frame, never something a person's data can cause.
pub(crate) fn app_state<T: Clone + 'static>() -> T {
    match use_context::<T>() {
        Some(state) => state,
        None => panic!("app state missing: provide_app_state runs first"),
    }
}
