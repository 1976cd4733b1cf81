use leptos::prelude::*;
use leptos_router::components::A;

use crate::platform::base_path::href;

use crate::domain::catalog::ROUTINES;

/// Every built-in routine as a card.
#[component]
pub fn Routines() -> impl IntoView {
    view! {
        <section class="page">
            <h1>"Routines"</h1>
            <ul class="card-list">
                {ROUTINES
                    .iter()
                    .map(|r| view! {
                        <li>
                            <A href=href(&format!("/routines/{}", r.id)) attr:class="card routine-card link-card">
                                <p class="eyebrow">
                                    {r.stage.label()}" · about "{r.estimated_minutes()}" min · "
                                    {r.items.len()}" exercises"
                                </p>
                                <h2>{r.name}</h2>
                                <p>{r.goal}</p>
                            </A>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
