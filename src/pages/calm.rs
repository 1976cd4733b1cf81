//! Guided calm: the sessions on Learn (`CalmList`), one session's page (`CalmPage`: what it
//! is, Start, then its spoken steps with a calm ring, pause and end, then a quiet "done"),
//! and Today's calm row (`CalmRow`, from `today::calm`). The timing is `domain::calm`'s;
//! this screen looks at the clock, says the steps and keeps what was listened to.

use std::time::Duration;

use leptos::prelude::*;

use crate::components::countdown_ring::CountdownRing;
use crate::components::link::A;
use crate::domain::calendar;
use crate::domain::calm::{self, CalmRun, CalmSession};
use crate::domain::i18n::{messages as m, Msg};
use crate::platform::base_path::href;
use crate::platform::{clock, speech, tones, wake_lock};
use crate::state::{lang, reduced_motion, t, use_course, use_prefs};

/// The sessions, as Learn lists them.
#[component]
pub fn CalmList() -> impl IntoView {
    let items = calm::SESSIONS
        .iter()
        .map(|s| {
            view! {
                <li>
                    <A href=href(&format!("/calm/{}", s.id)) attr:class="card link-card calm-item">
                        <span class="calm-item-text">
                            <strong>{t(s.title_msg())}</strong>
                            <span class="small muted">{t(m::calm_meta(s.minutes_msg(), s.position_msg()))}</span>
                        </span>
                    </A>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="calm-list" aria-labelledby="calm-list-title">
            <h2 id="calm-list-title">{t(m::calm_list_title())}</h2>
            <p class="muted small">{t(m::calm_list_lead())}</p>
            <ul class="plain-list learn-list">{items}</ul>
            <p class="muted small">{t(m::calm_list_why())}</p>
        </section>
    }
}

/// A row for a calm session: its title and length, or (Today) why today and its length
/// `above` it.
#[component]
pub fn CalmRow(
    #[prop(optional)] above: Option<Msg>,
    session: &'static CalmSession,
) -> impl IntoView {
    view! {
        <li class="today-row">
            <A href=href(&format!("/calm/{}", session.id)) attr:class="row-link calm-teaser">
                // Two waves, drawn here: Today's own icons (`row_icon`) are in the first load.
                <svg class="row-icon" viewBox="0 0 24 24" aria-hidden="true">
                    <path d="M3 9c3-3 6-3 9 0s6 3 9 0M3 15c3-3 6-3 9 0s6 3 9 0" />
                </svg>
                <span class="row-text">
                    {above.clone().map(|a| view! { <span class="eyebrow">{t(a)}</span> })}
                    <strong>{t(session.title_msg())}</strong>
                    {above.is_none().then(|| view! { <span class="small muted">{t(session.minutes_msg())}</span> })}
                </span>
                <span class="chevron" aria-hidden="true">"›"</span>
            </A>
        </li>
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    Before,
    Running,
    Done,
}

/// How often the clock is looked at: steps start within this of their second.
const TICK: Duration = Duration::from_millis(250);

/// The page at `/calm/<id>` (shown by Learn's page screen, `learn::LearnCardPage`).
#[component]
pub fn CalmPage(session: &'static CalmSession) -> impl IntoView {
    let state = use_course();
    let prefs = use_prefs();
    // A soft chime at the start and the end (not at the end of a session for falling
    // asleep), with the sound on. Read here: a tick runs outside the component.
    let chime = move || {
        if prefs.settings.with_untracked(|s| s.sound) {
            tones::chime();
        }
    };
    let stage = RwSignal::new(Stage::Before);
    let paused = RwSignal::new(false);
    // The step on screen (and being said), by index.
    let step = RwSignal::new(None::<usize>);
    let left_ms = RwSignal::new(i64::from(session.end) * 1_000);
    let no_voice = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let run = StoredValue::new(None::<CalmRun>);
    let looked = StoredValue::new(0_i64);
    let ticking = StoredValue::new(None::<leptos::leptos_dom::helpers::IntervalHandle>);

    let stop_ticking = move || {
        if let Some(h) = ticking.try_update_value(Option::take).flatten() {
            h.clear();
        }
    };
    let say = move |i: usize| {
        step.set(Some(i));
        speech::say_in(lang().tag(), &t(session.step_msg(i)));
    };
    // Kept once it has run a minute or more (`CalmRun::done`), when it ends either way.
    let keep = move |at: i64| {
        let done = run.with_value(|r| r.as_ref().and_then(|r| r.done(at, clock::utc_offset_min())));
        if let Some(done) = done {
            error.set(state.listened(done).err());
        }
    };
    let finish = move |at: i64, natural: bool| {
        stop_ticking();
        keep(at);
        wake_lock::release();
        if natural && !session.quiet_end {
            chime();
        } else if !natural {
            speech::hush();
        }
        stage.set(Stage::Done);
    };
    // `try_` reads: a tick can come after this screen is gone (a test's fake clock hands out
    // interval ids that `clearInterval` can't match), and then does nothing.
    let tick = move || {
        if stage.try_get_untracked() != Some(Stage::Running) {
            return;
        }
        let now = clock::now_ms();
        let Some(from) = looked.try_get_value() else {
            return;
        };
        looked.set_value(now);
        let Some(advance) = run
            .try_update_value(|r| {
                r.as_mut().map(|r| {
                    (
                        r.advance(from, now, speech::speaking()),
                        r.remaining_ms(now),
                    )
                })
            })
            .flatten()
        else {
            return;
        };
        let (advance, left) = advance;
        // After a while hidden several may be due: only the latest is said.
        if let Some(&i) = advance.steps.last() {
            say(i);
        }
        // The ring's number moves once a second.
        if left / 1_000 != left_ms.get_untracked() / 1_000 {
            left_ms.set(left);
        }
        if advance.finished {
            finish(now, true);
        }
    };
    let start_ticking = move || {
        stop_ticking();
        looked.set_value(clock::now_ms());
        ticking.set_value(set_interval_with_handle(tick, TICK).ok());
    };
    let start = move |_| {
        speech::unlock();
        tones::unlock();
        let now = clock::now_ms();
        run.set_value(Some(CalmRun::start(session, now)));
        step.set(None);
        paused.set(false);
        error.set(None);
        left_ms.set(i64::from(session.end) * 1_000);
        stage.set(Stage::Running);
        wake_lock::acquire();
        chime();
        start_ticking();
        let tag = lang().tag();
        // A phone's voices can arrive a moment after the first ask.
        if !speech::has_voice_for(tag) {
            set_timeout(
                move || no_voice.set(!speech::has_voice_for(tag)),
                Duration::from_millis(700),
            );
        }
    };
    let toggle = move |_| {
        let now = clock::now_ms();
        if paused.get_untracked() {
            run.update_value(|r| {
                if let Some(r) = r {
                    r.resume(now);
                }
            });
            speech::resume();
            wake_lock::acquire();
            paused.set(false);
            start_ticking();
        } else {
            stop_ticking();
            run.update_value(|r| {
                if let Some(r) = r {
                    r.pause(now);
                }
            });
            speech::pause();
            wake_lock::release();
            paused.set(true);
        }
    };
    let end = move |_| finish(clock::now_ms(), false);
    on_cleanup(move || {
        stop_ticking();
        wake_lock::release();
        speech::hush();
    });

    let total = i64::from(session.end) * 1_000;
    let text = Signal::derive(move || calendar::stopwatch_label((left_ms.get() + 999) / 1_000));
    let caption = Signal::derive(move || {
        if paused.get() {
            t(m::calm_paused())
        } else {
            let n = step.get().map_or(0, |i| i + 1);
            t(m::calm_step_of(n.max(1), session.steps.len()))
        }
    });
    let running = Signal::derive(move || stage.get() == Stage::Running && !paused.get());
    let step_text = move || step.get().map(|i| t(session.step_msg(i)));

    let before = move || {
        view! {
            <p class="muted">{t(m::calm_meta(session.minutes_msg(), session.position_msg()))}</p>
            <p>{t(session.summary_msg())}</p>
            <h2>{t(m::calm_when_heading())}</h2>
            <p>{t(session.when_msg())}</p>
            <p class="card note">{t(m::calm_sound_hint())}</p>
            <button type="button" class="button primary big calm-start" on:click=start>{t(m::calm_start())}</button>
        }
    };
    let moving = !reduced_motion();
    let during = move || {
        view! {
            <div class=move || if paused.get() { "calm-ring paused" } else { "calm-ring" }>
                <span class=if moving { "calm-orb moving" } else { "calm-orb" } aria-hidden="true"></span>
                <CountdownRing remaining_ms=left_ms total_ms=Signal::derive(move || total) text caption running />
            </div>
            <p class="calm-step" aria-live=move || if no_voice.get() { "polite" } else { "off" }>{step_text}</p>
            <Show when=move || no_voice.get()>
                <p class="small muted">{t(m::calm_no_voice())}</p>
            </Show>
            <div class="calm-controls">
                <button type="button" class="button big" on:click=toggle>
                    {move || t(if paused.get() { m::calm_resume() } else { m::calm_pause() })}
                </button>
                <button type="button" class="button big secondary" on:click=end>{t(m::calm_stop())}</button>
            </div>
        }
    };
    let done = move || {
        let (title, text) =
            if session.quiet_end && step.get_untracked() == Some(session.steps.len() - 1) {
                (m::calm_goodnight(), None)
            } else {
                (m::calm_done_title(), Some(m::calm_done_text()))
            };
        view! {
            <div class="card calm-done" role="status">
                <h2>{t(title)}</h2>
                {text.map(|x| view! { <p>{t(x)}</p> })}
            </div>
            <div class="calm-controls">
                <button type="button" class="button" on:click=start>{t(m::calm_again())}</button>
                <A href=href("/learn#calm-list-title") attr:class="button secondary">{t(m::calm_done_back())}</A>
            </div>
        }
    };
    view! {
        <section class=move || if stage.get() == Stage::Running { "page calm-page calm-running" } else { "page calm-page" }>
            <A href=href("/learn#calm-list-title") attr:class="back">{t(m::calm_back())}</A>
            <h1>{t(session.title_msg())}</h1>
            {move || match stage.get() {
                Stage::Before => before().into_any(),
                Stage::Running => during().into_any(),
                Stage::Done => done().into_any(),
            }}
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </section>
    }
}
