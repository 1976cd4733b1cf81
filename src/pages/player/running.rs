//! The player screen while a session runs.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;

use super::hurts::{HurtsChoice, HurtsDialog};
use crate::components::countdown_ring::CountdownRing;
use crate::components::exercise_figure::ExerciseFigure;
use crate::domain::player::{Cue, Player, StepKind};
use crate::platform::{clock, speech, tones, vibrate, wake_lock};
use crate::state::{use_active_session, use_prefs};

/// How often the screen refreshes. The player itself runs on timestamps, so this only
/// affects how smooth the ring looks and how promptly cues sound, never where the
/// session is.
const TICK: Duration = Duration::from_millis(200);

#[component]
pub fn Running(player: RwSignal<Player>, #[prop(into)] on_finished: Callback<()>) -> impl IntoView {
    let prefs = use_prefs();
    let active = use_active_session();
    let now = RwSignal::new(clock::now_ms());
    let hurts_open = RwSignal::new(false);
    let confirming_end = RwSignal::new(false);
    // Cues are looked up for the time between two ticks, so each sounds exactly once.
    let cue_checked = StoredValue::new(clock::now_ms() - 1);

    // `try_` reads throughout: finishing the session (inside a tick) replaces this screen,
    // and the rest of that tick must not touch the values that went with it.
    let give_cues = move |to: i64| {
        let Some(from) = cue_checked.try_get_value() else {
            return;
        };
        cue_checked.set_value(to);
        let Some(cues) = player.try_with_untracked(|p| p.cues_between(from, to)) else {
            return;
        };
        let settings = prefs.settings.get_untracked();
        for cue in cues {
            match cue {
                Cue::StepStart(text) => {
                    if settings.voice {
                        speech::say(&text);
                    }
                    if settings.sound {
                        tones::beep(880.0, 180);
                    }
                    if settings.vibration {
                        vibrate::vibrate(120);
                    }
                }
                Cue::Halfway if settings.voice => speech::say("Halfway."),
                Cue::Countdown(n) => {
                    if settings.voice {
                        speech::say(&n.to_string());
                    }
                    if settings.sound {
                        tones::beep(660.0, 90);
                    }
                }
                _ => {}
            }
        }
    };

    let tick = move || {
        let t = clock::now_ms();
        if now.try_set(t).is_some() {
            return; // this screen is gone
        }
        // Only notify when the step really changed, so the view is not rebuilt five times
        // a second.
        player.maybe_update(|p| p.advance_to(t));
        give_cues(t);
    };
    let handle = set_interval_with_handle(tick, TICK).ok();
    on_cleanup(move || {
        if let Some(h) = handle {
            h.clear();
        }
        wake_lock::release();
        speech::hush();
    });

    // Save at every change of step, pause or end, so a reload returns to this point.
    Effect::new(move |_| {
        let snapshot = player.with(|p| p.snapshot(clock::now_ms()));
        if snapshot.finished_at.is_none() {
            active.save(&snapshot);
        }
    });

    // Keep the screen on while the session runs; let it sleep when paused or done.
    Effect::new(move |_| {
        let (paused, finished) = player.with(|p| (p.is_paused(), p.is_finished()));
        if paused || finished {
            wake_lock::release();
        } else {
            wake_lock::acquire();
        }
        if finished {
            if prefs.settings.get_untracked().voice {
                speech::say("All done. Well done.");
            }
            on_finished.run(());
        }
    });

    // Hidden pages lose the wake lock and stop ticking; on return, catch up and re-lock.
    let visibility = window_event_listener_untyped("visibilitychange", move |_| {
        let visible = document().visibility_state() == web_sys::VisibilityState::Visible;
        if visible {
            wake_lock::forget_after_hide();
            let t = clock::now_ms();
            now.set(t);
            // Skip cues for what happened while hidden: only the current step speaks.
            cue_checked.set_value(t - 1);
            player.maybe_update(|p| p.advance_to(t));
            if !player.with_untracked(Player::is_paused) {
                wake_lock::acquire();
            }
        } else {
            let snapshot = player.with_untracked(|p| p.snapshot(clock::now_ms()));
            active.save(&snapshot);
        }
    });

    let act = move |f: fn(&mut Player, i64)| {
        let t = clock::now_ms();
        now.set(t);
        player.update(|p| f(p, t));
        cue_checked.set_value(t - 1);
        give_cues(t);
    };
    let toggle_pause = move || {
        // A tap that resumes (say, after a reload) also unlocks speech and sound, which
        // browsers only allow from a gesture.
        speech::unlock();
        tones::unlock();
        act(Player::toggle_pause);
        if player.with_untracked(Player::is_paused) {
            speech::hush();
        }
    };
    let open_hurts = move || {
        act(Player::pause);
        hurts_open.set(true);
    };
    let on_hurts = move |choice: HurtsChoice| {
        hurts_open.set(false);
        match choice {
            HurtsChoice::CarryOn => act(Player::resume),
            HurtsChoice::Easier => {
                act(|p, t| {
                    p.switch_to_easier(t);
                    p.resume(t);
                });
            }
            HurtsChoice::Skip => act(|p, t| {
                p.skip_exercise(t);
                p.resume(t);
            }),
            HurtsChoice::End => act(Player::end_early),
        }
    };

    // Keyboard: Space pauses or resumes, arrows go back or on, Escape asks to end.
    let keys = window_event_listener(ev::keydown, move |e| {
        if hurts_open.get_untracked() || e.alt_key() || e.ctrl_key() || e.meta_key() {
            return;
        }
        match e.key().as_str() {
            " " => {
                e.prevent_default();
                toggle_pause();
            }
            "ArrowLeft" => act(Player::back),
            "ArrowRight" => act(Player::skip_exercise),
            "Escape" => confirming_end.set(true),
            _ => {}
        }
    });
    on_cleanup(move || {
        keys.remove();
        visibility.remove();
    });

    let step = move || player.with(Player::step);
    let paused = move || player.with(Player::is_paused);
    let position = move || player.with(Player::position);
    let announcement = Memo::new(move |_| {
        player.with(|p| match (p.step(), p.is_paused()) {
            (_, true) => "Paused.".to_string(),
            (Some(s), false) => p.describe(s),
            (None, _) => String::new(),
        })
    });

    let body = move || {
        let step = step()?;
        let (ex, _) = player.with(Player::exercise)?;
        let total = Signal::derive(move || player.with(|p| p.step_total_ms().unwrap_or(1)));
        let remaining = Signal::derive(move || {
            let t = now.get();
            player.with(|p| p.remaining_ms(t)).unwrap_or(0)
        });
        let (eyebrow, phase) = match step.kind {
            StepKind::GetReady { first: true, .. } => {
                ("Get ready".to_string(), "Get into position")
            }
            StepKind::GetReady { .. } => ("Next up".to_string(), "Get into position"),
            StepKind::Reps { .. } => (Player::set_label(step), "Reps"),
            StepKind::Hold { .. } => (Player::set_label(step), "Hold"),
            StepKind::Activity { .. } => (ex.purpose.to_string(), "Easy pace"),
            StepKind::Rest { .. } => (
                format!("Next: set {} of {}", step.set + 1, step.sets),
                "Rest",
            ),
            StepKind::Switch { .. } => (Player::set_label(step), "Switch sides"),
        };
        let ring_text = Signal::derive(move || {
            let t = now.get();
            player.with(|p| match (p.step().map(|s| s.kind), p.current_rep(t)) {
                (_, Some((rep, _))) => rep.to_string(),
                (Some(StepKind::Activity { .. }), _) => {
                    let s = (p.remaining_ms(t).unwrap_or(0) + 999) / 1000;
                    format!("{}:{:02}", s / 60, s % 60)
                }
                _ => ((p.remaining_ms(t).unwrap_or(0) + 999) / 1000).to_string(),
            })
        });
        let ring_caption = move || {
            let t = now.get();
            player.with(|p| match p.current_rep(t) {
                Some((_, of)) => format!("rep of {of}"),
                None => phase.to_string(),
            })
        };
        let is_rest = matches!(step.kind, StepKind::Rest { .. });
        let extendable = step.can_extend();
        let is_work = step.is_work();
        Some(view! {
            <h1>{ex.name}</h1>
            <p class="eyebrow">{eyebrow}</p>
            {(!is_rest).then(|| view! {
                <ExerciseFigure figure=ex.figure label=format!("How {} looks", ex.name) class="player-figure" />
            })}
            <div class="step-main">
                <CountdownRing remaining_ms=remaining total_ms=total text=ring_text caption=Signal::derive(ring_caption) />
                <div class="actions centre">
                    {is_work.then(|| view! {
                        <button type="button" class="button" on:click=move |_| act(Player::complete)>"Done with this set"</button>
                    })}
                    {extendable.then(|| view! {
                        <button type="button" class="button" on:click=move |_| act(Player::add_rest)>"+15 s"</button>
                        <button type="button" class="button" on:click=move |_| act(Player::complete)>
                            {if is_rest { "Skip rest" } else { "I'm ready" }}
                        </button>
                    })}
                </div>
            </div>
            {matches!(step.kind, StepKind::GetReady { .. }).then(|| view! {
                <details class="how-to" open>
                    <summary>"How to do it"</summary>
                    <ol>{ex.steps.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ol>
                </details>
            })}
        })
    };

    view! {
        <section class="page player" class:paused=paused>
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
                        <button type="button" class="button primary" on:click=move |_| { confirming_end.set(false); act(Player::end_early) }>
                            "Yes, end it"
                        </button>
                        <button type="button" class="button" on:click=move |_| confirming_end.set(false)>
                            "Keep going"
                        </button>
                    </div>
                </div>
            </Show>
            <p class="visually-hidden" aria-live="polite">{move || announcement.get()}</p>
            <Show when=paused>
                <p class="paused-banner">"Paused"</p>
            </Show>
            {body}
            <div class="player-controls">
            <div class="transport" role="group" aria-label="Session controls">
                <button type="button" class="round" aria-label="Previous exercise" on:click=move |_| act(Player::back)>
                    <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 5v14M19 5 9 12l10 7z" /></svg>
                </button>
                <button
                    type="button"
                    class="round primary"
                    aria-label=move || if paused() { "Resume" } else { "Pause" }
                    on:click=move |_| toggle_pause()
                >
                    {move || if paused() {
                        view! { <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M7 4l13 8-13 8z" /></svg> }.into_any()
                    } else {
                        view! { <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M7 4h4v16H7zM14 4h4v16h-4z" /></svg> }.into_any()
                    }}
                </button>
                <button type="button" class="round" aria-label="Next exercise" on:click=move |_| act(Player::skip_exercise)>
                    <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M18 5v14M5 5l10 7-10 7z" /></svg>
                </button>
            </div>
            <button type="button" class="button hurts" on:click=move |_| open_hurts()>"This hurts"</button>
            </div>
            <Show when=move || hurts_open.get()>
                <HurtsDialog player on_choice=on_hurts />
            </Show>
        </section>
    }
}
