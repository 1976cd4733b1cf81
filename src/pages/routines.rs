use leptos::prelude::*;

use crate::components::exercise_figure::ExerciseFigure;
use crate::components::filter_chips::FilterChips;
use crate::components::link::A;
use crate::domain::catalog::{self, RoutineFilter};
use crate::domain::i18n::{messages as m, Msg};
use crate::domain::routine::{Routine, Stage};
use crate::domain::{calendar, coach};
use crate::pages::shared::PasteLink;
use crate::platform::base_path::href;
use crate::platform::clock;
use crate::state::{t, use_history, use_plan, use_prefs, use_routines};

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
                // A person's own routine says what its maker wrote, or who sent it.
                let mut list: Vec<(Routine, u32, Msg)> = routines.own.with(|own| {
                    own.iter()
                        .map(|c| {
                            let r = c.routine();
                            let s = secs(&r);
                            (r, s, c.draft.goal())
                        })
                        .filter(|(r, s, _)| filter.accepts(r, calendar::length_minutes(*s)))
                        .collect()
                });
                list.extend(
                    catalog::routines_matching(filter, |r| calendar::length_minutes(secs(r)))
                        .into_iter()
                        .map(|r| (r.clone(), secs(r), r.goal_msg())),
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
    let mut lengths = vec![(None, t(m::routines_any_length()))];
    lengths.extend(
        RoutineFilter::LENGTHS
            .map(|minutes| (Some(minutes), t(RoutineFilter::length_label(minutes)))),
    );
    let mut stages = vec![(None, t(m::routines_all_stages()))];
    stages.extend(Stage::ALL.map(|s| (Some(s), t(s.label_msg()))));
    view! {
        <section class="page">
            <h1>{t(m::routines_title())}</h1>
            <LibraryTabs />
            {move || deleted.get().map(|r| view! {
                <div class="card undo-bar" role="status">
                    <p>{t(m::routines_deleted(r.draft.title()))}</p>
                    <button type="button" class="button" on:click=undo>{t(m::routines_undo())}</button>
                </div>
            })}
            <FilterChips label=t(m::routines_filter_stage()) options=stages selected=stage />
            <FilterChips
                label=t(m::routines_filter_time())
                options=lengths
                selected=minutes
            />
            <p class="muted small" aria-live="polite">
                {move || match shown().len() {
                    0 => t(m::routines_none_match()),
                    n => t(m::routines_count(n)),
                }}
            </p>
            <ul class="card-list">
                <For each=shown key=|(r, secs, _)| (r.clone(), *secs) let:((routine, secs, goal))>
                    <li><RoutineCard routine secs goal /></li>
                </For>
            </ul>
            <h2 class="section-title">{t(m::routines_own_title())}</h2>
            <p class="muted small">{t(m::routines_own_intro())}</p>
            <div class="actions wrap">
                <A href=href("/routines/new") attr:class="button primary">{t(m::routines_make_own())}</A>
            </div>
            <PasteLink />
        </section>
    }
}

/// Switch between routines and the exercise library. `<A>` marks the current one.
#[component]
pub fn LibraryTabs() -> impl IntoView {
    view! {
        <nav class="tabs" aria-label=t(m::routines_tabs_label())>
            <A href=href("/routines")>{t(m::routines_tab_routines())}</A>
            <A href=href("/exercises")>{t(m::routines_tab_exercises())}</A>
        </nav>
    }
}

/// A routine's card: `goal` is what it is for (a person's own routine's also says who sent it).
#[component]
fn RoutineCard(routine: Routine, secs: u32, goal: Msg) -> impl IntoView {
    let count = routine.items.len();
    // A figure of one of its exercises that no other built-in routine shows (Routine::picture).
    let lead = routine.picture().map(|ex| ex.guide().figure);
    let class = format!(
        "card routine-card link-card stage-band-{}",
        routine.stage.slug()
    );
    let minutes = calendar::length_minutes(secs);
    let meta = if routine.is_cardio() {
        m::routines_card_meta_timed(minutes)
    } else {
        m::routines_card_meta(minutes, count)
    };
    view! {
        <A href=href(&format!("/routines/{}", routine.id)) attr:class=class>
            {lead.map(|f| view! { <ExerciseFigure figure=f label="" class="card-figure" still=true /> })}
            <p class="eyebrow">
                {routine.is_custom().then(|| view! { <span class="mine">{t(m::routines_card_yours())}</span>" · " })}
                <span class=format!("stage stage-{}", routine.stage.slug())>{t(routine.stage.label_msg())}</span>
            </p>
            <h2>{t(routine.title())}</h2>
            <p class="meta">{t(meta)}</p>
            <p class="goal small muted">{t(goal)}</p>
        </A>
    }
}
