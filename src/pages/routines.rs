use leptos::prelude::*;

use crate::components::exercise_figure::ExerciseFigure;
use crate::components::filter_chips::FilterChips;
use crate::components::link::A;
use crate::domain::catalog::{self, RoutineFilter};
use crate::domain::routine::{Routine, Stage};
use crate::domain::{calendar, coach, schedule, words};
use crate::pages::shared::PasteLink;
use crate::platform::base_path::href;
use crate::platform::clock;
use crate::state::{use_history, use_plan, use_prefs, use_routines};

/// The person's own routines, then every built-in routine as a card, filtered by stage and
/// the time you have.
#[component]
pub fn Routines() -> impl IntoView {
    let stage = RwSignal::new(None::<Stage>);
    let minutes = RwSignal::new(None::<u32>);
    let routines = use_routines();
    let history = use_history();
    let plan = use_plan();
    let prefs = use_prefs();
    let today = clock::today();
    // Each routine with how long it takes this person: at their level for it and their pace,
    // the number its card shows, its page and the player agree on, and the filter goes by.
    let shown = move || {
        let filter = RoutineFilter {
            stage: stage.get(),
            max_minutes: minutes.get(),
        };
        let pace = prefs.settings.with(|s| s.pace);
        history.sessions.with(|sessions| {
            plan.profile.with(|profile| {
                let secs =
                    |r: &Routine| coach::length_secs(profile.as_ref(), r, sessions, today, pace);
                let mut list: Vec<(Routine, u32)> = routines.own.with(|own| {
                    own.iter()
                        .map(|c| c.routine())
                        .map(|r| {
                            let s = secs(&r);
                            (r, s)
                        })
                        .filter(|(r, s)| filter.accepts(r, calendar::length_minutes(*s)))
                        .collect()
                });
                list.extend(
                    catalog::routines_matching(filter, |r| calendar::length_minutes(secs(r)))
                        .into_iter()
                        .map(|r| (r.clone(), secs(r))),
                );
                list
            })
        })
    };
    let deleted = routines.deleted;
    // "Undo" is offered while the list is open after a delete, not for the rest of the visit.
    on_cleanup(move || {
        if deleted.try_with_untracked(Option::is_some) == Some(true) {
            let _ = deleted.try_set(None);
        }
    });
    let undo = move |_| {
        if let Some(r) = deleted.get_untracked() {
            if routines.put(r).is_ok() {
                deleted.set(None);
            }
        }
    };
    let mut lengths = vec![(None, "Any length")];
    lengths.extend(RoutineFilter::LENGTHS.map(|(m, label)| (Some(m), label)));
    let mut stages = vec![(None, "All")];
    stages.extend(Stage::ALL.map(|s| (Some(s), s.label())));
    view! {
        <section class="page">
            <h1>"Routines"</h1>
            <LibraryTabs />
            {move || deleted.get().map(|r| view! {
                <div class="card undo-bar" role="status">
                    <p>"Deleted \u{201c}"{r.draft.name.clone()}"\u{201d}."</p>
                    <button type="button" class="button" on:click=undo>"Undo"</button>
                </div>
            })}
            <FilterChips label="Stage" options=stages selected=stage />
            <FilterChips
                label="Time you have"
                options=lengths
                selected=minutes
            />
            <p class="muted small" aria-live="polite">
                {move || match shown().len() {
                    0 => "No routine fits those choices. Try a longer time or another stage.".to_string(),
                    n => words::count(n as u64, words::ROUTINE),
                }}
            </p>
            <ul class="card-list">
                <For each=shown key=|r| r.clone() let:((routine, secs))>
                    <li><RoutineCard routine secs /></li>
                </For>
            </ul>
            <h2 class="section-title">"Your own"</h2>
            <p class="muted small">"Put together the exercises that suit you, or open one your physiotherapist sent."</p>
            <div class="actions wrap">
                <A href=href("/routines/new") attr:class="button primary">"Make your own routine"</A>
            </div>
            <PasteLink />
        </section>
    }
}

/// Switch between routines and the exercise library. `<A>` marks the current one.
#[component]
pub fn LibraryTabs() -> impl IntoView {
    view! {
        <nav class="tabs" aria-label="Browse">
            <A href=href("/routines")>"Routines"</A>
            <A href=href("/exercises")>"Exercises"</A>
        </nav>
    }
}

#[component]
fn RoutineCard(routine: Routine, secs: u32) -> impl IntoView {
    let count = routine.items.len();
    // A figure of one of its exercises that no other built-in routine shows (Routine::picture).
    let lead = routine.picture().map(|ex| ex.guide().figure);
    let class = format!(
        "card routine-card link-card stage-band-{}",
        routine.stage.slug()
    );
    let what = if routine.is_cardio() {
        "timed session".to_string()
    } else {
        words::count(count as u64, words::EXERCISE)
    };
    view! {
        <A href=href(&format!("/routines/{}", routine.id)) attr:class=class>
            {lead.map(|f| view! { <ExerciseFigure figure=f label="" class="card-figure" still=true /> })}
            <p class="eyebrow">
                {routine.is_custom().then(|| view! { <span class="mine">"Yours"</span>" · " })}
                <span class=format!("stage stage-{}", routine.stage.slug())>{routine.stage.label()}</span>
            </p>
            <h2>{routine.name.to_string()}</h2>
            <p class="meta">{format!("{} · {what}", schedule::about(secs))}</p>
            <p class="goal small muted">{routine.goal.to_string()}</p>
        </A>
    }
}
