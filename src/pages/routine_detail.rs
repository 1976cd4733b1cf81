use leptos::prelude::*;
use leptos_router::components::A;

use crate::platform::base_path::href;
use leptos_router::hooks::use_params_map;

use crate::domain::catalog;
use crate::pages::not_found::NotFound;

/// One routine: its exercises with their doses, the total time, and Start.
#[component]
pub fn RoutineDetail() -> impl IntoView {
    let params = use_params_map();
    let routine = move || params.with(|p| p.get("id").and_then(|id| catalog::routine(&id)));
    move || match routine() {
        None => view! { <NotFound /> }.into_any(),
        Some(r) => view! {
            <section class="page">
                <A href=href("/routines") attr:class="back">"‹ Routines"</A>
                <p class="eyebrow">{r.stage.label()}" · about "{r.estimated_minutes()}" min"</p>
                <h1>{r.name}</h1>
                <p>{r.goal}</p>
                <ol class="exercise-list">
                    {r.exercises()
                        .map(|(ex, dose)| view! {
                            <li>
                                <h2>{ex.name}</h2>
                                <p class="dose">{dose.describe()}</p>
                                <p class="muted">{ex.purpose}</p>
                            </li>
                        })
                        .collect_view()}
                </ol>
                <A href=href(&format!("/play/{}", r.id)) attr:class="button primary big">"Start"</A>
            </section>
        }
        .into_any(),
    }
}
