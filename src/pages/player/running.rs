//! The player screen while a session runs.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;

use super::hurts::{HurtsChoice, HurtsDialog};
use crate::components::countdown_ring::CountdownRing;
use crate::components::exercise_figure::ExerciseFigure;
use crate::components::sheet::Sheet;
use crate::domain::calendar;
use crate::domain::exercise::Side;
use crate::domain::i18n::{messages, Msg, Num};
use crate::domain::player::{Cue, Player, StepKind};
use crate::platform::{clock, speech, tones, vibrate, wake_lock};
use crate::state::{lang, t, use_active_session, use_navigate, use_prefs};

/// Say `msg` in the current language, over whatever is being said.
fn say(msg: Msg) {
    speech::say_in(lang().tag(), &t(msg));
}

/// Say `msg` in the current language, after whatever is being said.
fn then_say(msg: Msg) {
    speech::then_say_in(lang().tag(), &t(msg));
}

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
    let how_open = RwSignal::new(false);
    // The close question, and whether the session was already paused when it opened.
    let closing = RwSignal::new(false);
    let paused_before_closing = StoredValue::new(false);
    // Cues are looked up for the time between two ticks, so each sounds exactly once.
    let cue_checked = StoredValue::new(player.with_untracked(|p| p.cues_from(clock::now_ms())));

    // `try_` reads throughout: finishing the session (inside a tick) replaces this screen,
    // and the rest of that tick must not touch the values that went with it.
    let give_cues = move |to: i64| {
        let Some(from) = cue_checked.try_get_value() else {
            return;
        };
        cue_checked.set_value(to);
        let settings = prefs.settings.get_untracked();
        let Some(cues) = player.try_with_untracked(|p| p.cues_between(from, to, settings.spoken()))
        else {
            return;
        };
        for cue in cues {
            match cue {
                // A step starting, and a walk reaching its minutes, sound the same.
                Cue::StepStart(words) | Cue::TimeReached(words) => {
                    if settings.voice {
                        say(words);
                    }
                    if settings.sound {
                        tones::beep(880.0, 180);
                    }
                    if settings.vibration {
                        vibrate::vibrate(120);
                    }
                }
                Cue::Halfway if settings.voice => say(messages::session_say_halfway()),
                Cue::Rep(n) if settings.voice => say(messages::session_say_number(n)),
                // After the count, not over it.
                Cue::Tip(tip) if settings.voice => then_say(tip),
                Cue::Countdown(n) => {
                    if settings.voice {
                        say(messages::session_say_number(n));
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

    // Save at every change of step, pause or end, so a reload returns to this point. A
    // finished session is saved too, as "finished, awaiting answers": the after screen
    // survives a reload or a discarded tab until Save.
    Effect::new(move |_| {
        let snapshot = player.with(|p| p.snapshot(clock::now_ms()));
        active.save(&snapshot);
    });

    // Keep the screen on while the session runs; let it sleep when paused or done, and
    // on a walk, swim or ride (the phone goes in a pocket; the time is kept by timestamps).
    Effect::new(move |_| {
        let (paused, finished, cardio) = player.with(|p| {
            let cardio = matches!(p.step().map(|s| s.kind), Some(StepKind::Activity { .. }));
            (p.is_paused(), p.is_finished(), cardio)
        });
        if paused || finished || cardio {
            wake_lock::release();
        } else {
            wake_lock::acquire();
        }
        if finished {
            if prefs.settings.get_untracked().voice {
                say(messages::session_say_all_done());
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
                    p.make_easier(t);
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

    // Closing asks first, with the clock paused while the question is open.
    let open_close = move || {
        if closing.get_untracked() {
            return;
        }
        paused_before_closing.set_value(player.with_untracked(Player::is_paused));
        act(Player::pause);
        speech::hush();
        closing.set(true);
    };
    let carry_on = move || {
        closing.set(false);
        if !paused_before_closing.get_value() {
            act(Player::resume);
        }
    };
    let navigate = use_navigate();
    let discard = Callback::new(move |()| {
        closing.set(false);
        active.clear();
        navigate.to("/");
    });

    // Keyboard: Space pauses or resumes, arrows go back or on, Escape asks to close.
    let keys = window_event_listener(ev::keydown, move |e| {
        // An open sheet closes itself on Escape and marks the key handled.
        if e.default_prevented()
            || hurts_open.get_untracked()
            || closing.get_untracked()
            || how_open.get_untracked()
            || e.alt_key()
            || e.ctrl_key()
            || e.meta_key()
        {
            return;
        }
        match e.key().as_str() {
            " " => {
                e.prevent_default();
                toggle_pause();
            }
            "ArrowLeft" => act(Player::back),
            "ArrowRight" => act(Player::skip_exercise),
            "Escape" => open_close(),
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
            (_, true) => t(messages::session_paused()),
            (Some(s), false) => t(p.describe(s)),
            (None, _) => String::new(),
        })
    });
    // The calm visual state of the step: getting ready, working, resting, or out walking.
    let state = move || match step().map(|s| s.kind) {
        Some(StepKind::GetReady { .. } | StepKind::Switch { .. }) => "ready",
        Some(StepKind::Rest { .. }) => "rest",
        Some(StepKind::Activity { .. }) => "cardio",
        _ => "work",
    };
    let tip = move || {
        let at = now.get();
        player.with(|p| p.tip(at)).map(t)
    };

    let body = move || {
        let step = step()?;
        let (ex, _) = player.with(Player::exercise)?;
        // A walk's ring shows its planned minutes; the walk itself goes on until "I'm back".
        let planned = step.planned_ms();
        let total = Signal::derive(move || {
            player.with(|p| match p.step().map(|s| s.kind) {
                Some(StepKind::Activity { .. }) => planned,
                _ => p.step_total_ms().unwrap_or(1),
            })
        });
        // Reps and walks count up, so their ring fills; holds, rests and get-ready count
        // down, so theirs empties. The number and the ring always move the same way.
        let counts_up = matches!(step.kind, StepKind::Reps { .. } | StepKind::Activity { .. });
        let ring_left = Signal::derive(move || {
            let t = now.get();
            player.with(|p| {
                let left = p.remaining_ms(t).unwrap_or(0);
                if counts_up {
                    p.step_total_ms().unwrap_or(0) - left
                } else {
                    left
                }
            })
        });
        let eyebrow = match step.kind {
            StepKind::GetReady { first: true, .. } => Some(messages::session_eyebrow_get_ready()),
            StepKind::GetReady { .. } => Some(messages::session_eyebrow_next_up()),
            StepKind::Reps { .. } | StepKind::Hold { .. } | StepKind::Switch { .. } => {
                Player::set_label(step)
            }
            StepKind::Activity { .. } => Some(messages::session_eyebrow_easy_pace()),
            StepKind::Rest { .. } => {
                Some(messages::session_eyebrow_next_set(step.set + 1, step.sets))
            }
        }
        .map(t)
        .unwrap_or_default();
        let phase = match step.kind {
            StepKind::GetReady { .. } => t(messages::session_phase_position()),
            StepKind::Reps { .. } => t(messages::session_phase_reps()),
            StepKind::Hold { .. } => t(messages::session_phase_hold()),
            StepKind::Activity { .. } => String::new(),
            StepKind::Rest { .. } => t(messages::session_phase_rest()),
            StepKind::Switch { .. } => t(messages::session_phase_switch()),
        };
        let ring_text = Signal::derive(move || {
            let at = now.get();
            player.with(|p| match (p.step().map(|s| s.kind), p.current_rep(at)) {
                (_, Some((rep, _))) => lang().number(Num::from(rep)),
                (Some(StepKind::Activity { .. }), _) => {
                    calendar::stopwatch_label(p.step_elapsed_ms(at) / 1000)
                }
                _ => lang().number(Num::from((p.remaining_ms(at).unwrap_or(0) + 999) / 1000)),
            })
        });
        let ring_caption = move || {
            let at = now.get();
            player.with(|p| match (p.step().map(|s| s.kind), p.current_rep(at)) {
                _ if p.is_paused() => t(messages::session_ring_paused()),
                (_, Some((_, of))) => t(messages::session_ring_rep_of(of)),
                (Some(StepKind::Activity { mins }), _) => {
                    t(messages::session_ring_of_minutes(mins))
                }
                _ => phase.clone(),
            })
        };
        let is_rest = matches!(step.kind, StepKind::Rest { .. });
        let is_cardio = matches!(step.kind, StepKind::Activity { .. });
        Some(view! {
            <div class="step-head">
                <h1>{t(ex.title())}</h1>
                <p class="eyebrow">{eyebrow}</p>
            </div>
            {(!is_rest && !is_cardio).then(|| view! {
                <ExerciseFigure
                    figure=ex.guide().figure
                    label=t(messages::session_figure_label(ex.title()))
                    class="player-figure"
                    hold=matches!(step.kind, StepKind::Hold { .. })
                    mirrored=step.side == Some(Side::Right)
                />
            })}
            <div class="step-main">
                <CountdownRing
                    remaining_ms=ring_left
                    total_ms=total
                    text=ring_text
                    caption=Signal::derive(ring_caption)
                    running=Signal::derive(move || !paused())
                    fills=counts_up
                />
                <p class="tip">{tip}</p>
            </div>
        })
    };

    // The one thing to do now, in the bar at the bottom where a thumb finds it.
    let primary = move || {
        let kind = step()?.kind;
        let label = t(match kind {
            StepKind::Reps { .. } | StepKind::Hold { .. } => messages::session_done_set(),
            StepKind::Activity { .. } => messages::session_im_back(),
            StepKind::Rest { .. } => messages::session_skip_rest(),
            StepKind::GetReady { .. } | StepKind::Switch { .. } => messages::session_im_ready(),
        });
        Some(view! {
            <button type="button" class="button primary step-action" on:click=move |_| act(Player::complete)>{label}</button>
        })
    };
    let extendable = move || step().is_some_and(|s| s.can_extend());
    // Back and on between exercises, when there is more than one.
    let several = move || position().1 > 1;
    let how_steps = move || {
        player.with(|p| p.exercise()).map(|(ex, _)| {
            let guide = ex.guide();
            view! {
                <h2 id="how-title">{t(messages::session_how_title(ex.title()))}</h2>
                <ol>{guide.step_msgs().into_iter().map(|s| view! { <li>{t(s)}</li> }).collect_view()}</ol>
                {(!guide.cues.is_empty()).then(|| view! {
                    <h3>{t(messages::session_keep_in_mind())}</h3>
                    <ul>{guide.cue_msgs().into_iter().map(|s| view! { <li>{t(s)}</li> }).collect_view()}</ul>
                })}
            }
        })
    };

    view! {
        <section class="page player" class:paused=paused data-step=state>
            <header class="player-top">
                <button type="button" class="round small close" aria-label=t(messages::session_close()) on:click=move |_| open_close()>
                    <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18" /></svg>
                </button>
                <p>{move || match position() {
                    // A walk on its own is not "exercise 1 of 1": it is the routine.
                    (_, 1) => player.with(|p| t(p.routine().title())),
                    (n, of) => t(messages::session_exercise_of(n, of)),
                }}</p>
                <button type="button" class="button small how" aria-haspopup="dialog" on:click=move |_| how_open.set(true)>{t(messages::session_how())}</button>
            </header>
            <p class="visually-hidden" aria-live="polite">{move || announcement.get()}</p>
            {body}
            <div class="player-controls">
                <div class="transport" role="group" aria-label=t(messages::session_controls())>
                    <Show when=several>
                    <button type="button" class="round" aria-label=t(messages::session_previous()) on:click=move |_| act(Player::back)>
                        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 5v14M19 5 9 12l10 7z" /></svg>
                    </button>
                    </Show>
                    <button
                        type="button"
                        class="round primary"
                        aria-label=move || t(if paused() { messages::session_resume() } else { messages::session_pause() })
                        on:click=move |_| toggle_pause()
                    >
                        {move || if paused() {
                            view! { <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M7 4l13 8-13 8z" /></svg> }.into_any()
                        } else {
                            view! { <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M7 4h4v16H7zM14 4h4v16h-4z" /></svg> }.into_any()
                        }}
                    </button>
                    <Show when=several>
                    <button type="button" class="round" aria-label=t(messages::session_next_exercise()) on:click=move |_| act(Player::skip_exercise)>
                        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M18 5v14M5 5l10 7-10 7z" /></svg>
                    </button>
                    </Show>
                    <Show when=extendable>
                        <button type="button" class="round extend" on:click=move |_| act(Player::add_rest)>{t(messages::session_add_rest())}</button>
                    </Show>
                </div>
                <div class="bar-actions">
                    <button type="button" class="button hurts" on:click=move |_| open_hurts()>{t(messages::session_this_hurts())}</button>
                    {primary}
                </div>
            </div>
            <Show when=move || closing.get()>
                <div class="dialog-backdrop">
                    <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="close-title">
                        <h2 id="close-title">{t(messages::session_stop_title())}</h2>
                        <p>{t(messages::session_stop_paused())}</p>
                        <div class="actions stack">
                            <button type="button" class="button primary" on:click=move |_| { closing.set(false); act(Player::end_early) }>
                                {t(messages::session_save_what_i_did())}
                            </button>
                            <button type="button" class="button" on:click=move |_| carry_on()>{t(messages::session_carry_on())}</button>
                            <button type="button" class="button danger" on:click=move |_| discard.run(())>{t(messages::session_discard())}</button>
                        </div>
                    </div>
                </div>
            </Show>
            <Sheet open=how_open labelled_by="how-title" class="how-sheet">
                {how_steps}
                <button type="button" class="button primary" on:click=move |_| how_open.set(false)>{t(messages::session_back_to_exercise())}</button>
            </Sheet>
            <Show when=move || hurts_open.get()>
                <HurtsDialog player on_choice=on_hurts />
            </Show>
        </section>
    }
}
