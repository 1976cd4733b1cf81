use std::time::Duration;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

use crate::components::countdown_ring::CountdownRing;
use crate::components::exercise_figure::ExerciseFigure;
use crate::components::pain_picker::PainPicker;
use crate::domain::calendar;
use crate::domain::catalog;
use crate::domain::history::SessionRecord;
use crate::domain::pain::PainScore;
use crate::domain::player::{Player, StepKind};
use crate::domain::routine::{Level, Routine};
use crate::pages::not_found::NotFound;
use crate::platform::base_path::href;
use crate::platform::clock;
use crate::state::use_history;

/// How often the screen refreshes the countdown. The player itself runs on timestamps, so
/// this only affects how smooth the ring looks, never where the session is.
const TICK: Duration = Duration::from_millis(200);

/// The guided session for the routine named in the URL.
#[component]
pub fn PlayerPage() -> impl IntoView {
    let params = use_params_map();
    let routine = params.with_untracked(|p| p.get("id").and_then(|id| catalog::routine(&id)));
    // "?level=-1" from the routine page; anything unreadable means "as written".
    let level = use_query_map()
        .with_untracked(|q| Level::new(q.get("level").and_then(|v| v.parse().ok()).unwrap_or(0)));
    match routine {
        Some(routine) => view! { <Session routine level /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

#[component]
fn Session(routine: &'static Routine, level: Level) -> impl IntoView {
    let player = RwSignal::new(Player::new(routine, level, clock::now_ms()));
    let now = RwSignal::new(clock::now_ms());

    let handle = set_interval_with_handle(
        move || {
            let t = clock::now_ms();
            now.set(t);
            // Only notify when the step really changed, so the step view is not rebuilt
            // five times a second.
            player.maybe_update(|p| p.advance_to(t));
        },
        TICK,
    )
    .ok();
    on_cleanup(move || {
        if let Some(h) = handle {
            h.clear();
        }
    });

    let finished = move || player.with(Player::is_finished);
    view! {
        <section class="page player">
            <Show when=move || !finished() fallback=move || view! { <Finish player /> }>
                <StepView player now />
            </Show>
        </section>
    }
}

/// The current step: what to do, how much, and the controls.
#[component]
fn StepView(player: RwSignal<Player>, now: RwSignal<i64>) -> impl IntoView {
    let act = move |f: fn(&mut Player, i64)| {
        let t = clock::now_ms();
        now.set(t);
        player.update(|p| f(p, t));
    };
    let step = move || player.with(Player::step);
    let exercise = move || player.with(Player::exercise);
    let position = move || player.with(Player::position);

    // A short sentence per step for the polite live region: screen readers hear each
    // change once, never the countdown.
    let announcement = move || {
        let (Some(step), Some((ex, _))) = (step(), exercise()) else {
            return String::new();
        };
        match step.kind {
            StepKind::Reps { reps } => {
                format!(
                    "{}, set {} of {}: {reps} reps.",
                    ex.name, step.set, step.sets
                )
            }
            StepKind::Hold { secs } => {
                format!(
                    "{}, hold {} of {}: {secs} seconds.",
                    ex.name, step.set, step.sets
                )
            }
            StepKind::Rest { secs } => format!("Rest for {secs} seconds."),
            StepKind::Activity { mins } => {
                format!("{}: {mins} minutes at an easy pace.", ex.name)
            }
        }
    };

    let body = move || {
        let step = step()?;
        let (ex, _) = exercise()?;
        let total_ms = step.timed_ms().unwrap_or(0);
        let remaining = Signal::derive(move || {
            let t = now.get();
            player.with(|p| p.remaining_ms(t)).unwrap_or(0)
        });
        let what = match step.kind {
            StepKind::Reps { reps } => view! {
                <p class="big-dose">{reps}" reps"</p>
                <button type="button" class="button primary big" on:click=move |_| act(Player::complete)>
                    "Done"
                </button>
            }
            .into_any(),
            StepKind::Hold { .. } => view! {
                <CountdownRing remaining_ms=remaining total_ms=total_ms />
                <p class="phase">"Hold"</p>
                <button type="button" class="button secondary" on:click=move |_| act(Player::complete)>
                    "End this hold"
                </button>
            }
            .into_any(),
            StepKind::Rest { .. } => view! {
                <CountdownRing remaining_ms=remaining total_ms=total_ms />
                <p class="phase">"Rest"</p>
                <button type="button" class="button secondary" on:click=move |_| act(Player::complete)>
                    "Skip rest"
                </button>
            }
            .into_any(),
            StepKind::Activity { .. } => view! {
                <CountdownRing remaining_ms=remaining total_ms=total_ms minutes=true />
                <p class="phase">"Easy pace"</p>
                <button type="button" class="button secondary" on:click=move |_| act(Player::complete)>
                    "I've finished"
                </button>
            }
            .into_any(),
        };
        let set_label = match step.kind {
            StepKind::Rest { .. } => format!("Next: set {} of {}", step.set + 1, step.sets),
            StepKind::Activity { .. } => ex.purpose.to_string(),
            _ => format!("Set {} of {}", step.set, step.sets),
        };
        Some(view! {
            <h1>{ex.name}</h1>
            <p class="eyebrow">{set_label}</p>
            {(!matches!(step.kind, StepKind::Rest { .. })).then(|| view! {
                <ExerciseFigure figure=ex.figure label=format!("How {} looks", ex.name) class="player-figure" />
            })}
            <div class="step-main">{what}</div>
            <details class="how-to" open>
                <summary>"How to do it"</summary>
                <ol>{ex.steps.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ol>
            </details>
        })
    };

    // Ending is one tap away but asks first: a stray tap on the floor must not end a session.
    let confirming_end = RwSignal::new(false);
    view! {
        <header class="player-top">
            <p>{move || { let (n, of) = position(); format!("Exercise {n} of {of}") }}</p>
            <button type="button" class="link-button" on:click=move |_| confirming_end.set(true)>
                "End session"
            </button>
        </header>
        <Show when=move || confirming_end.get()>
            <div class="card confirm" role="group" aria-label="End the session?">
                <p>"End the session now? What you've done so far is kept."</p>
                <div class="actions">
                    <button type="button" class="button primary" on:click=move |_| act(Player::end_early)>
                        "Yes, end it"
                    </button>
                    <button type="button" class="button" on:click=move |_| confirming_end.set(false)>
                        "Keep going"
                    </button>
                </div>
            </div>
        </Show>
        <p class="visually-hidden" aria-live="polite">{announcement}</p>
        {body}
        <button type="button" class="link-button skip" on:click=move |_| act(Player::skip_exercise)>
            "Skip this exercise"
        </button>
    }
}

/// After the last step (or after ending early): a short summary, the pain check, Save.
#[component]
fn Finish(player: RwSignal<Player>) -> impl IntoView {
    let history = use_history();
    let navigate = use_navigate();
    let pain = RwSignal::new(None::<PainScore>);
    let error = RwSignal::new(None::<String>);
    let (ended_early, done, total, secs) = player.with_untracked(|p| {
        let results = p.results();
        (
            p.ended_early(),
            results.iter().filter(|r| !r.skipped()).count(),
            results.len(),
            p.elapsed_secs(clock::now_ms()),
        )
    });
    // The id is fixed once, so pressing Save twice can never store two copies.
    let id = SessionRecord::make_id(
        player.with_untracked(Player::started_at),
        clock::random_u32(),
    );

    let save = move |_| {
        let now = clock::now_ms();
        let record = player.with_untracked(|p| {
            p.to_record(
                id.clone(),
                clock::utc_offset_min(),
                now,
                pain.get_untracked(),
            )
        });
        match history.add(record) {
            Ok(()) => navigate("/history", Default::default()),
            Err(message) => error.set(Some(message)),
        }
    };

    view! {
        <h1>{if ended_early { "Session ended" } else { "Well done!" }}</h1>
        <p>
            {format!(
                "You did {done} of {total} exercises in {}.",
                calendar::duration_label(secs)
            )}
        </p>
        <PainPicker label="How much does your back hurt now?" name="pain-after" value=pain />
        <Show when=move || error.get().is_some()>
            <p class="error" role="alert">
                {move || error.get()}" Your session is still here: try Save again once there is space."
            </p>
        </Show>
        <button type="button" class="button primary big" on:click=save>
            "Save session"
        </button>
        <A href=href("/") attr:class="button discard">"Don't save"</A>
    }
}
