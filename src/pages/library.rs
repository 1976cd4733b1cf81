use leptos::prelude::*;

use crate::components::exercise_figure::ExerciseFigure;
use crate::components::filter_chips::FilterChips;
use crate::components::link::A;
use crate::domain::catalog::{self, ExerciseFilter};
use crate::domain::exercise::{name_matches, BodyArea, Exercise, Kind};
use crate::domain::i18n::messages as m;
use crate::pages::routines::LibraryTabs;
use crate::platform::base_path::href;
use crate::state::t;

/// All exercises: filter by body area and kind, search by name (in the person's language).
#[component]
pub fn Library() -> impl IntoView {
    let area = RwSignal::new(None::<BodyArea>);
    let kind = RwSignal::new(None::<Kind>);
    let query = RwSignal::new(String::new());
    // Filtering is a scan of a few dozen static items: cheap enough to redo on each key
    // press. `For` keyed by id keeps the rows (and their figures) that stay in the list.
    // The names are searched as the person reads them.
    let shown = Memo::new(move |_| {
        let q = query.get();
        let mut list = catalog::exercises_matching(&ExerciseFilter {
            area: area.get(),
            kind: kind.get(),
        });
        list.retain(|ex| name_matches(&t(ex.title()), &q));
        list
    });
    let mut areas = vec![(None, t(m::exercises_all_areas()))];
    areas.extend(BodyArea::ALL.map(|a| (Some(a), t(a.label_msg()))));
    let mut kinds = vec![(None, t(m::exercises_all_kinds()))];
    kinds.extend(Kind::ALL.map(|k| (Some(k), t(k.label_msg()))));
    view! {
        <section class="page">
            <h1>{t(m::exercises_title())}</h1>
            <LibraryTabs />
            <label class="search">
                <span class="visually-hidden">{t(m::exercises_search_label())}</span>
                <input
                    type="search"
                    placeholder=t(m::exercises_search_placeholder())
                    autocomplete="off"
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
            </label>
            <FilterChips label=t(m::exercises_filter_area()) options=areas selected=area />
            <FilterChips label=t(m::exercises_filter_kind()) options=kinds selected=kind />
            <p class="muted small" aria-live="polite">
                {move || match shown.with(Vec::len) {
                    0 => t(m::exercises_none_match()),
                    n => t(m::exercises_count(n)),
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
    let meta = m::exercises_row_meta(
        exercise.kind.label_msg(),
        exercise.sides.dose_msg(exercise.dose),
    );
    view! {
        <A href=href(&format!("/exercises/{}", exercise.id)) attr:class="exercise-row">
            <ExerciseFigure figure=exercise.guide().figure label="" class="thumb" still=true />
            <span>
                <strong>{t(exercise.title())}</strong>
                <span class="muted small">{t(meta)}</span>
            </span>
        </A>
    }
}
