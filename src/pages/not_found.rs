use leptos::prelude::*;

use crate::components::link::A;
use crate::domain::i18n::messages as m;
use crate::platform::base_path::href;
use crate::state::t;

/// Shown for any address the app does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    crate::platform::boot::done();
    view! {
        <section class="page">
            <h1>{t(m::today_not_found_title())}</h1>
            <p>{t(m::today_not_found_text())}</p>
            <A href=href("/") attr:class="button primary">{t(m::today_not_found_home())}</A>
        </section>
    }
}
