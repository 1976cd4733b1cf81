use leptos::prelude::*;

use crate::components::lazy_screen::LazyScreen;
use crate::components::lesson_row::LessonRow;
use crate::components::link::A;
use crate::components::row_icon::row_icon;
use crate::domain::activity::ActivityKind;
use crate::domain::i18n::{messages as m, Arg, DateStyle, Msg};
use crate::domain::today;
use crate::domain::{catalog, history};
use crate::platform::base_path::href;
use crate::state::{
    t, use_active_session, use_copies, use_history, use_install, use_now, use_plan, use_prefs,
    use_routines,
};

/// The home screen: one clear next step and why, then a few small things.
#[component]
pub fn Today() -> impl IntoView {
    let history = use_history();
    let plan_state = use_plan();
    // With a plan or a warning sign to show, the static first screen stays until that part
    // is built (a chunk's piece; `LazyScreen` says when), so nothing pops in under the title.
    if plan_state.profile.with_untracked(Option::is_none) && plan_state.allows_sessions() {
        crate::platform::boot::done();
    }
    let settings = use_prefs().settings;
    let last = move || {
        history.sessions.with(|all| {
            history::newest(all).map(|s| {
                if let Some(logged) = today::last_logged(s, settings.with(|p| p.units)) {
                    return t(logged);
                }
                let date = Arg::Date(s.local_date(), DateStyle::LongYear);
                let (done, total) = (s.exercises_done(), s.exercises.len());
                t(if done == total {
                    m::today_last_session_all(s.title(), date, total)
                } else {
                    m::today_last_session_part(s.title(), date, done, total)
                })
            })
        })
    };
    let is_new = move || history.sessions.with(Vec::is_empty);
    // On iPhone and iPad the home-screen app gets its own, empty storage, separate from the
    // browser it was added from. Say so, and offer the backup first, so it never looks lost.
    let prefs = use_prefs();
    let standalone = use_install().standalone;
    let offer_restore = move || {
        standalone
            && is_new()
            && plan_state.profile.with(Option::is_none)
            && !prefs.settings.with(|s| s.restore_offer_done)
    };
    // A session left unfinished (page closed, phone died) waits here to be continued: it is
    // the hero then, so Today never offers two starts for one routine.
    // One finished but not yet saved waits for its two questions.
    let unfinished = use_active_session()
        .unfinished()
        .and_then(|(id, own, finished)| {
            let title = match own {
                Some(name) => Some(Msg::plain(name)),
                None => use_routines().title_of(&id),
            };
            title.map(|title| (id, title, finished))
        });
    let show_plan_hero = unfinished.is_none();
    // The next-morning check leads Today until it is answered (or put off with "Not now").
    let morning_reply = RwSignal::new(None::<String>);
    // An app left open overnight moves on to the new day (and asks the morning question)
    // without a reload: `Now` moves on each minute, at midnight and on coming back.
    let now = use_now();
    let day = now.day;
    let morning_due = Memo::new(move |_| {
        let at = now.ms.get();
        history.sessions.with(|s| {
            let guided = s.iter().filter(|r| ActivityKind::of(r).is_none());
            history::morning_due(guided, at).map(|s| s.id.clone())
        })
    });
    let morning_pending = Signal::derive(move || morning_due.with(Option::is_some));
    // "Keep a copy", when the browser hasn't promised to keep the data (`domain::keep`).
    // Once offered, the piece stays for this visit: after the copy it says where it went.
    let copies = use_copies();
    let keep_offered = Memo::new(move |_| copies.offered(history, day.get()));
    let keep_shown =
        Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || keep_offered.get());
    // The course's lesson for today: with something stored, a piece of the `more` chunk
    // (which reads it); a first visit's is the course's first.
    let stored = crate::state::stored_exists();
    // Offered when the screen opened, and history arrived since: the backup was restored.
    // (Read from state rather than a callback from the import card, which is gone by then:
    // it lives in the offer, and the offer closes as soon as history is no longer empty.)
    let offered = untrack(offer_restore);
    let restored = move || offered && !is_new();

    // The plan's part reads the plan itself (in its chunk): Today only asks whether there is
    // one, so the first load never copies a plan.
    let has_plan = Memo::new(move |_| plan_state.profile.with(Option::is_some));
    let plan_for_stop = plan_state;
    let stopped = move || !plan_for_stop.allows_sessions();
    view! {
        // A warning sign not yet checked: Today is the advice, and nothing else starts.
        <Show when=stopped>
            <section class="page">
                <LazyScreen piece=true load=crate::screens::more::today_stop() />
            </section>
        </Show>
        <section class="page today" hidden=stopped>
            <h1>{t(m::today_title())}</h1>
            {unfinished.map(|(id, title, finished)| {
                            view! {
                    <article class="card hero resume" role="status">
                        <p class="eyebrow">{t(if finished { m::today_resume_nearly_saved() } else { m::today_resume_not_finished() })}</p>
                        <h2>{t(title.clone())}</h2>
                        <p class="why">{t(if finished {
                            m::today_resume_finished(title)
                        } else {
                            m::today_resume_unfinished(title)
                        })}</p>
                        <A href=href(&format!("/play/{id}")) attr:class="button primary big">
                            {t(if finished { m::today_resume_finish_button() } else { m::today_resume_continue_button() })}
                        </A>
                    </article>
                }
            })}
            // Built only if offered as the screen opens, and hidden (not taken down) once it
            // is done with: the import card inside is still finishing its work then.
            {offered.then(|| view! {
                <div class="card restore-offer" role="region" aria-labelledby="restore-title" hidden=move || !offer_restore()>
                    <LazyScreen piece=true load=crate::screens::more::restore_offer() />
                </div>
            })}
            <Show when=restored>
                <p class="ok" role="status">{t(m::today_restore_welcome_back())}</p>
            </Show>
            {move || morning_due.get().filter(|_| show_plan_hero).map(|session| {
                let done = Callback::new(move |reply: Option<Msg>| {
                    morning_reply.set(reply.map(t));
                });
                view! { <LazyScreen piece=true load=crate::screens::records::morning_check(session, done) /> }
            })}
            {move || morning_reply.get().map(|r| view! { <p class="ok morning-reply" role="status">{r}</p> })}
            {move || match has_plan.get() {
                true => view! {
                    <LazyScreen piece=true load=crate::screens::more::plan_today(day.into(), show_plan_hero, morning_pending) />
                }.into_any(),
                false => {
                    view! {
                        {show_plan_hero.then(|| view! {
                            <article class="card hero intro">
                                <p class="eyebrow">{t(m::today_intro_eyebrow())}</p>
                                <h2>{t(m::today_intro_title())}</h2>
                                <p class="why">{t(m::today_intro_why())}</p>
                                <A href=href("/welcome") attr:class="button primary big">{t(m::today_intro_button())}</A>
                            </article>
                        })}
                        <ul class="today-list" aria-label=t(m::today_also_label())>
                            {catalog::ROUTINES.first().map(|r| view! {
                                <li class="today-row">
                                    {row_icon("play")}
                                    <div class="row-text">
                                        <strong>{t(m::today_try_now(r.title()))}</strong>
                                        <span class="small muted">{t(m::today_try_now_note())}</span>
                                    </div>
                                    <A href=href(&format!("/play/{}", r.id)) attr:class="button small">{t(m::today_start())}</A>
                                </li>
                            })}
                        </ul>
                    }.into_any()
                }
            }}
            <ul class="today-list" aria-label=t(m::today_more_label())>
                <Show when=move || keep_shown.get()>
                    <LazyScreen piece=true load=crate::screens::more::keep_copy(keep_offered.into()) />
                </Show>
                <li class="today-row">
                    {row_icon("plan")}
                    <div class="row-text">
                        <span class="small muted">{move || last().unwrap_or_else(|| t(m::today_no_sessions()))}</span>
                    </div>
                </li>
                {if stored {
                    view! { <LazyScreen piece=true load=crate::screens::more::today_lesson(day.into()) /> }.into_any()
                } else {
                    let first = crate::domain::learn::FIRST_LESSON;
                    view! {
                        <LessonRow above=m::today_lesson_next() title=m::course_pain_common_title() href=href(&format!("/learn/{first}")) />
                    }.into_any()
                }}
            </ul>
            <Show when=move || is_new() && plan_state.profile.with(Option::is_none)>
                <p class="small muted">
                    {t(m::today_disclaimer())}
                </p>
            </Show>
        </section>
    }
}
