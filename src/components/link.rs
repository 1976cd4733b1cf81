//! `A`: a link inside the app.

use leptos::prelude::*;

use crate::platform::base_path::base_path;
use crate::platform::nav::in_app_path;
use crate::state::use_location;

/// A link inside the app (its `href` from `base_path::href`), marked `aria-current="page"`
/// while its page is the one shown. `attr:class` and other attributes go on the `<a>`.
/// Clicks stay in the app through `state::address`, as on any link.
#[component]
pub fn A(#[prop(into)] href: Signal<String>, children: Children) -> impl IntoView {
    let location = use_location();
    let base = base_path();
    let current = move || {
        let here = location
            .pathname
            .with(|p| in_app_path(p, &base).to_string());
        href.with(|h| in_app_path(h.split(['?', '#']).next().unwrap_or_default(), &base) == here)
            .then_some("page")
    };
    view! { <a href=href aria-current=current>{children()}</a> }
}
