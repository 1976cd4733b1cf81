use leptos::prelude::*;

use crate::components::exercise_row::DosedExerciseRow;
use crate::components::level_stepper::LevelStepper;
use crate::components::link::A;
use crate::components::share_card::{draft_for, ShareCard};
use crate::domain::calendar;
use crate::domain::exercise::{hold_note, Equipment, Work};
use crate::domain::i18n::{messages as m, Arg, DateStyle};
use crate::domain::routine::{Level, Routine, Version};
use crate::pages::not_found::NotFound;
use crate::platform::base_path::href;
use crate::platform::clock;
use crate::state::{t, use_history, use_navigate, use_plan, use_prefs, use_routines};

/// One routine: its exercises with their doses, the total time, how hard to make it, and
/// Start.
#[component]
pub fn RoutineDetail() -> impl IntoView {
    let id = crate::state::use_screen_param();
    let routines = use_routines();
    let routine = Memo::new(move |_| id.with(|id| id.as_deref().and_then(|id| routines.find(id))));
    move || match routine.get() {
        None => view! { <NotFound /> }.into_any(),
        Some(r) => view! { <RoutineView r /> }.into_any(),
    }
}

#[component]
fn RoutineView(r: Routine) -> impl IntoView {
    // Start from the level progression suggests, and say why; the stepper can overrule it.
    let history = use_history();
    let routines = use_routines();
    let today = clock::today();
    let plan = use_plan();
    let suggestion = history.sessions.with_untracked(|s| {
        plan.profile
            .with_untracked(|p| crate::domain::coach::level_of(p.as_ref(), &r, s, today))
    });
    let mine = routines
        .own
        .with_untracked(|own| own.iter().find(|c| c.id == r.id).cloned());
    let from = mine
        .as_ref()
        .map(|c| c.draft.from.clone())
        .filter(|f| !f.is_empty());
    let share_draft = draft_for(&r, mine.as_ref());
    let stage = r.stage.label_msg();
    let eyebrow = t(match (&from, r.is_custom()) {
        (Some(from), _) => m::routines_eyebrow_from(from.clone(), stage),
        (None, true) => m::routines_eyebrow_own(stage),
        (None, false) => m::routines_eyebrow_built_in(stage, r.stage.description_msg()),
    });
    // A person's own routine says what its maker wrote, or who sent it.
    let goal = t(mine
        .as_ref()
        .map_or_else(|| r.goal_msg(), |c| c.draft.goal()));
    let navigate = use_navigate();
    let delete_error = RwSignal::new(None::<String>);
    let id = StoredValue::new(r.id.to_string());
    let delete = move |_| match routines.remove(&id.get_value()) {
        Ok(_) => navigate.to("/routines"),
        Err(e) => delete_error.set(Some(e)),
    };
    let r = StoredValue::new(r);
    let level = RwSignal::new(suggestion.level.value());
    let current = move || Level::new(level.get());
    // The player's own schedule at this level and the person's pace.
    let pace = use_prefs().settings.with_untracked(|s| s.pace);
    let total = move || {
        r.with_value(|r| {
            t(m::routines_total(calendar::length_minutes(
                r.length_secs(current(), pace),
            )))
        })
    };
    let items = move || {
        r.with_value(|r| r.plan(current()))
            .into_iter()
            .map(|item| {
                let badge = match item.version {
                    Version::AsWritten => None,
                    Version::Easier => Some(t(m::routines_easier_version())),
                    Version::Harder => Some(t(m::routines_harder_version())),
                };
                view! { <DosedExerciseRow exercise=item.exercise dose=item.dose badge /> }
            })
            .collect_view()
    };
    view! {
        <section class="page">
            <A href=href("/routines") attr:class="back">{t(m::routines_back())}</A>
            <p class="eyebrow">{eyebrow}</p>
            <h1>{r.with_value(|r| t(r.title()))}</h1>
            <p class="lead">{goal}</p>
            {r.with_value(Routine::is_cardio).then(|| view! {
                <p class="card note">{t(m::routines_cardio_note())}</p>
            })}
            {(!r.with_value(Routine::is_cardio)).then(|| view! {
                <p class="suggestion">{t(suggestion.why.clone())}" "<A href=href("/why") attr:class="text-link">{t(m::routines_why_level())}</A></p>
                {suggestion.progress_msg().map(|p| view! { <p class="small level-progress">{t(p)}</p> })}
                <LevelStepper level />
            })}
            <p class="total">{total}</p>
            {move || r.with_value(|r| Equipment::sentence_msg(&r.equipment(current()))).map(|s| view! { <p class="equipment">{t(s)}</p> })}
            <ol class="exercise-rows numbered">{items}</ol>
            {r.with_value(|r| r.items.iter().any(|i| matches!(i.dose.work, Work::Hold { .. })))
                .then(|| view! { <p class="small muted">{t(hold_note())}</p> })}
            <div class="actions wrap">
                {if r.with_value(Routine::is_custom) {
                    view! {
                        <A href=href(&format!("/routines/{}/edit", id.get_value())) attr:class="button">{t(m::routines_change())}</A>
                        <button type="button" class="button" on:click=delete>{t(m::routines_delete())}</button>
                    }.into_any()
                } else {
                    view! {
                        <A href=href(&format!("/routines/new?from={}", id.get_value())) attr:class="button">{t(m::routines_make_own_version())}</A>
                    }.into_any()
                }}
            </div>
            {move || delete_error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            {r.with_value(Routine::is_custom).then(|| view! { <UseInPlan id=id.get_value() from=from.clone().unwrap_or_default() /> })}
            <ShareCard draft=share_draft />
            <div class="sticky-action">
                <A
                    href=move || href(&format!("/play/{}?level={}", id.get_value(), current().value()))
                    attr:class="button primary big"
                >
                    {t(m::routines_start())}
                </A>
            </div>
        </section>
    }
}

/// "Use it in my plan", for a person's own routine (often one a physiotherapist sent): in
/// the rotation with the built-in routines, or as the only one, from the next plan day; or,
/// once it is in, when it leads and a way to take it out.
#[component]
fn UseInPlan(id: String, from: String) -> impl IntoView {
    let plan = use_plan();
    let history = use_history();
    let id = StoredValue::new(id);
    let from = StoredValue::new(from);
    let chosen = move || {
        plan.profile.with(|p| {
            p.as_ref()
                .and_then(|p| p.own.clone())
                .filter(|o| id.with_value(|id| &o.id == id))
        })
    };
    let change = move |only: Option<bool>| {
        let Some(mut profile) = plan.profile.get_untracked() else {
            return;
        };
        match only {
            Some(only) => history.sessions.with_untracked(|s| {
                profile.use_own(&id.get_value(), only, &from.get_value(), s, clock::today())
            }),
            None => profile.own = None,
        }
        plan.save(history, profile);
    };
    let has_plan = move || plan.profile.with(Option::is_some);
    view! {
        <Show when=has_plan>
            <section class="card use-in-plan" aria-labelledby="use-in-plan-title">
                <h2 id="use-in-plan-title">{t(m::routines_plan_title())}</h2>
                {move || match chosen() {
                    Some(o) => {
                        let day = Arg::Date(calendar::LocalDate::from_days(o.from_day), DateStyle::LongYear);
                        view! {
                            <p role="status">{t(if o.only {
                                m::routines_plan_only(day)
                            } else {
                                m::routines_plan_turns(day)
                            })}</p>
                            <button type="button" class="button" on:click=move |_| change(None)>{t(m::routines_plan_take_out())}</button>
                        }
                        .into_any()
                    }
                    None => view! {
                        <p>{t(m::routines_plan_intro())}</p>
                        <div class="actions wrap">
                            <button type="button" class="button primary" on:click=move |_| change(Some(false))>{t(m::routines_plan_add())}</button>
                            <button type="button" class="button" on:click=move |_| change(Some(true))>{t(m::routines_plan_only_this())}</button>
                        </div>
                    }
                    .into_any(),
                }}
            </section>
        </Show>
    }
}
