use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::components::exercise_figure::ExerciseFigure;
use crate::components::filter_chips::FilterChips;
use crate::domain::calendar::{self, LocalDate};
use crate::domain::catalog;
use crate::domain::progress;
use crate::domain::routine::{Level, Routine, Version};
use crate::pages::not_found::NotFound;
use crate::platform::base_path::href;
use crate::platform::clock;
use crate::state::use_history;

/// One routine: its exercises with their doses, the total time, how hard to make it, and
/// Start.
#[component]
pub fn RoutineDetail() -> impl IntoView {
    let params = use_params_map();
    let routine = move || params.with(|p| p.get("id").and_then(|id| catalog::routine(&id)));
    move || match routine() {
        None => view! { <NotFound /> }.into_any(),
        Some(r) => view! { <RoutineView r /> }.into_any(),
    }
}

#[component]
fn RoutineView(r: &'static Routine) -> impl IntoView {
    // Start from the level progression suggests, and say why; the chips can overrule it.
    let history = use_history();
    let today = LocalDate::from_epoch_ms(clock::now_ms(), clock::utc_offset_min());
    let suggestion = history
        .sessions
        .with_untracked(|s| progress::suggest(r, s, today));
    let level = RwSignal::new(Some(suggestion.level.value()));
    let current = move || Level::new(level.get().unwrap_or(0));
    let levels = (Level::MIN..=Level::MAX)
        .map(|v| (Some(v), Level::new(v).label()))
        .collect::<Vec<_>>();
    let total = move || calendar::minutes_label(r.estimated_secs_at(current()));
    let items = move || {
        r.plan(current())
            .into_iter()
            .map(|item| {
                let note = match item.version {
                    Version::AsWritten => None,
                    Version::Easier => Some("Easier version"),
                    Version::Harder => Some("Harder version"),
                };
                view! {
                    <li>
                        <A href=href(&format!("/exercises/{}", item.exercise.id)) attr:class="exercise-row">
                            <ExerciseFigure figure=item.exercise.figure label="" class="thumb" still=true />
                            <span>
                                <strong>{item.exercise.name}</strong>
                                <span class="dose">{item.dose.describe()}</span>
                                {note.map(|n| view! { <span class="badge">{n}</span> })}
                            </span>
                        </A>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="page">
            <A href=href("/routines") attr:class="back">"‹ Routines"</A>
            <p class="eyebrow">{r.stage.label()}" · "{r.stage.description()}</p>
            <h1>{r.name}</h1>
            <p class="lead">{r.goal}</p>
            {r.is_cardio().then(|| view! {
                <p class="card note">
                    "Do this one at an easy pace: you should be able to talk while you go. "
                    "Start the timer when you set off, or simply log it in History afterwards."
                </p>
            })}
            {(!r.is_cardio()).then(|| view! {
                <p class="suggestion">{suggestion.reason}</p>
                <FilterChips label="How hard" options=levels selected=level wrap=true />
            })}
            <p class="total">"About "{total}</p>
            <ol class="exercise-rows numbered">{items}</ol>
            <div class="sticky-action">
                <A
                    href=move || href(&format!("/play/{}?level={}", r.id, current().value()))
                    attr:class="button primary big"
                >
                    "Start"
                </A>
            </div>
        </section>
    }
}
