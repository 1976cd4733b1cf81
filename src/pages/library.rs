use leptos::prelude::*;

use crate::components::exercise_figure::ExerciseFigure;
use crate::components::filter_chips::FilterChips;
use crate::components::link::A;
use crate::domain::catalog::{self, ExerciseFilter};
use crate::domain::exercise::{BodyArea, Exercise, Kind};
use crate::pages::routines::LibraryTabs;
use crate::platform::base_path::href;

/// All exercises: filter by body area and kind, search by name.
#[component]
pub fn Library() -> impl IntoView {
    let area = RwSignal::new(None::<BodyArea>);
    let kind = RwSignal::new(None::<Kind>);
    let query = RwSignal::new(String::new());
    // Filtering is a scan of a few dozen static items: cheap enough to redo on each key
    // press. `For` keyed by id keeps the rows (and their figures) that stay in the list.
    let shown = Memo::new(move |_| {
        catalog::exercises_matching(&ExerciseFilter {
            area: area.get(),
            kind: kind.get(),
            query: query.get(),
        })
    });
    let mut areas = vec![(None, "All areas")];
    areas.extend(BodyArea::ALL.map(|a| (Some(a), a.label())));
    let mut kinds = vec![(None, "All kinds")];
    kinds.extend(Kind::ALL.map(|k| (Some(k), k.label())));
    view! {
        <section class="page">
            <h1>"Exercises"</h1>
            <LibraryTabs />
            <label class="search">
                <span class="visually-hidden">"Search exercises by name"</span>
                <input
                    type="search"
                    placeholder="Search by name"
                    autocomplete="off"
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
            </label>
            <FilterChips label="Body area" options=areas selected=area />
            <FilterChips label="Kind" options=kinds selected=kind />
            <p class="muted small" aria-live="polite">
                {move || match shown.with(Vec::len) {
                    0 => "Nothing matches. Try fewer filters or another word.".to_string(),
                    n => crate::domain::words::count(n as u64, crate::domain::words::EXERCISE),
                }}
            </p>
            <ul class="exercise-rows">
                <For each=move || shown.get() key=|ex| ex.id let:exercise>
                    <li><ExerciseRow exercise /></li>
                </For>
            </ul>
        </section>
    }
}

#[component]
fn ExerciseRow(exercise: &'static Exercise) -> impl IntoView {
    view! {
        <A href=href(&format!("/exercises/{}", exercise.id)) attr:class="exercise-row">
            <ExerciseFigure figure=exercise.guide().figure label="" class="thumb" still=true />
            <span>
                <strong>{exercise.name}</strong>
                <span class="muted small">{format!("{} · {}", exercise.kind.label(), exercise.sides.describe(exercise.dose))}</span>
            </span>
        </A>
    }
}
