use leptos::prelude::*;

use crate::components::link::A;
use crate::platform::base_path::href;

/// Shown for any address the app does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    crate::platform::boot::done();
    view! {
        <section class="page">
            <h1>"Page not found"</h1>
            <p>"There's nothing at this address. It may be an old link."</p>
            <A href=href("/") attr:class="button primary">"Go to Today"</A>
        </section>
    }
}
