//! `A`: a link inside the app.

use leptos::prelude::*;

use crate::platform::base_path::in_app;
use crate::state::use_location;

/// A link inside the app (its `href` from `base_path::href`), marked `aria-current="page"`
/// while its page is the one shown. `attr:class` and other attributes go on the `<a>`.
/// Clicks stay in the app through `state::address`, as on any link.
#[component]
pub fn A(#[prop(into)] href: Signal<String>, children: Children) -> impl IntoView {
    let location = use_location();
    let current = move || {
        let page = |h: &String| in_app(h.split(['?', '#']).next().unwrap_or_default()).to_string();
        (href.with(page) == location.pathname.with(|p| in_app(p).to_string())).then_some("page")
    };
    view! { <a href=href aria-current=current>{children()}</a> }
}
