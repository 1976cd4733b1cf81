use leptos::prelude::*;

use crate::components::lazy_screen::LazyScreen;
use crate::components::link::A;
use crate::components::row_icon::row_icon;
use crate::components::safety::SafetyStop;
use crate::components::sheet::Sheet;
use crate::domain::activity::{self, ActivityKind};
use crate::domain::calendar::LocalDate;
use crate::domain::coach;
use crate::domain::plan::{self, Profile};
use crate::domain::routine::{Level, Routine};
use crate::domain::today::{self, Hero, Lead};
use crate::domain::{catalog, checkin, history, ics, insights, progress, words};
use crate::platform::base_path::{base_path, href};
use crate::platform::{clock, files};
use crate::state::{
    use_active_session, use_history, use_install, use_now, use_plan, use_prefs, use_routines,
};

/// Today's one big card, as the coach decided it (`coach::Day`): on a plan day (or a gentle
/// one during a flare) the routine with a filled Start; on a rest day rest and the walk, the
/// session only offered second; on a done day what's next, with nothing more to start.
fn hero_card(r: &Routine, level: Level, hero: Hero, walk_minutes: Option<u16>) -> impl IntoView {
    let play = href(&format!("/play/{}?level={}", r.id, level.value()));
    let minutes = r.estimated_minutes();
    let class = format!("card hero routine-card stage-band-{}", r.stage.slug());
    match hero.lead {
        Lead::Due | Lead::Flare => view! {
            <article class=class>
                <p class="eyebrow">{hero.eyebrow}</p>
                <h2>{r.name.to_string()}</h2>
                <p class="why">{hero.why}</p>
                <A href=play attr:class="button primary big">"Start"</A>
                <p class="hero-links">
                    <A href=href(&format!("/routines/{}", r.id)) attr:class="text-link">
                        "What's in it"
                    </A>
                    <A href=href("/why") attr:class="text-link">"Why this level?"</A>
                </p>
            </article>
        }
        .into_any(),
        Lead::Rest => {
            let log = match walk_minutes {
                Some(m) => format!("/log?kind=walk&minutes={m}"),
                None => "/log?kind=walk".to_string(),
            };
            let walk_title = walk_minutes.map_or_else(
                || "Rest, and a walk if you like".to_string(),
                |m| format!("Rest, and an easy {m}-minute walk"),
            );
            view! {
                <article class=format!("card hero rest-card stage-band-{}", r.stage.slug())>
                    <p class="eyebrow">{hero.eyebrow}</p>
                    <h2>{walk_title}</h2>
                    <p class="why">{hero.why}</p>
                    <A href=href(&log) attr:class="button primary big">"Log a walk"</A>
                    <p class="hero-links">
                        <A href=play attr:class="text-link second-choice">
                            {format!("Or a session if you feel like it: {}, about {minutes} min", r.name)}
                        </A>
                    </p>
                </article>
            }
            .into_any()
        }
        Lead::Done => view! {
            <article class="card hero done-card">
                <p class="eyebrow">"Today"</p>
                <h2>{hero.eyebrow}</h2>
                <p class="why">{hero.why}</p>
                <p class="hero-links">
                    <A href=href("/history") attr:class="text-link">"See what you did"</A>
                    <A href=href("/why") attr:class="text-link">"Why this level?"</A>
                </p>
            </article>
        }
        .into_any(),
    }
}

/// Download the plan as a weekly calendar event with an alarm that links back to the app.
fn download_reminders(profile: &Profile) -> bool {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    let url = format!("{origin}{}/", base_path());
    let minutes =
        plan::next_routine(profile.stage, &[], profile.minute_of_day).map_or(15, |r| r.minutes.1);
    let text = ics::weekly_reminder(&ics::Reminder {
        days: profile.days,
        minute_of_day: profile.minute_of_day,
        duration_min: minutes,
        alarm_min_before: 0,
        title: "Limber: a few minutes for your back",
        description: "Time for your gentle back routine. Open Limber to start.",
        url: &url,
        uid: &format!("plan-{}@limber", profile.created_at),
        from: clock::today(),
        now_ms: clock::now_ms(),
    });
    text.is_some_and(|t| files::download("limber-reminders.ics", "text/calendar", &t))
}

/// The plan's part of Today: the hero (unless a session waits to be finished), then the
/// small rows: today's walk, the weekly check-in when due, the streak, and the plan itself.
/// It comes with the first run's chunk: anyone with a plan has been through the first run,
/// and their stored data is read with the same chunk, so it is there before Today is.
#[component]
pub fn PlanToday(
    profile: Profile,
    day: Signal<LocalDate>,
    show_hero: bool,
    morning_pending: Signal<bool>,
) -> impl IntoView {
    let history = use_history();
    let prefs = use_prefs();
    let plan_state = use_plan();
    let reminder_note = RwSignal::new(None::<&'static str>);
    let minute = profile.minute_of_day;
    let when = move || {
        format!(
            "Your plan: {}.",
            plan::schedule_label(plan_state.exercise_days(prefs), minute)
        )
    };
    let profile = StoredValue::new(profile);
    let now = use_now();
    let routines = use_routines();
    let own = Memo::new(move |_| {
        routines
            .own
            .with(|list| list.iter().map(|c| c.routine()).collect::<Vec<_>>())
    });
    // What leads is decided once, by the coach, for this moment.
    let hero = move || {
        day.track();
        let now_ms = now.ms.get();
        history.sessions.with(|sessions| {
            plan_state.checkins.with(|checkins| {
                own.with(|own| {
                    profile.with_value(|p| {
                        let d = coach::Day::at(
                            p,
                            sessions,
                            checkins,
                            own,
                            now_ms,
                            clock::utc_offset_min(),
                        );
                        let (routine, s, h) = (d.routine?, d.suggestion?, d.hero?);
                        Some(hero_card(&routine, s.level, h, d.walk_minutes))
                    })
                })
            })
        })
    };
    let streak = move || {
        let day = day.get();
        history.sessions.with(|sessions| {
            insights::streak(sessions, plan_state.exercise_days(prefs), day).sentence()
        })
    };
    let download = move |_| {
        reminder_note.set(Some(if profile.with_value(download_reminders) {
            "Open the file to add the reminders to your calendar."
        } else {
            "Your browser wouldn't save the file."
        }))
    };
    let checkin_due = move || {
        plan_state
            .checkins
            .with(|c| profile.with_value(|p| checkin::is_due(p, c, day.get())))
    };
    let checkin_open = RwSignal::new(false);
    let checkin_saved = RwSignal::new(false);
    view! {
        {move || (show_hero && !morning_pending.get()).then(hero)}
        <ul class="today-list" aria-label="Also today">
            <PlanRows profile=profile.get_value() day morning_pending />
            // The check-in is a one-line prompt; its form opens in a sheet.
            <Show when=move || checkin_due() && !checkin_saved.get()>
                <li class="today-row checkin-row">
                    {row_icon("check")}
                    <div class="row-text">
                        <strong>"Weekly check-in"</strong>
                        <span class="small muted">"A minute to see how things are changing."</span>
                    </div>
                    <button type="button" class="button small" aria-haspopup="dialog" on:click=move |_| checkin_open.set(true)>"Check in"</button>
                </li>
            </Show>
            <Show when=move || checkin_saved.get()>
                <li class="today-row ok" role="status">
                    {row_icon("check")}
                    <div class="row-text">
                        <strong>"Check-in saved."</strong>
                        <A href=href("/insights")>"See how things are changing"</A>
                    </div>
                </li>
            </Show>
            <li class="today-row">
                {row_icon("streak")}
                <div class="row-text">
                    <span class="streak">{streak}</span>
                </div>
            </li>
            <li class="today-row plan-row">
                {row_icon("plan")}
                <div class="row-text">
                    <span>{when}</span>
                    <button type="button" class="link-button small" on:click=download>"Add reminders to my calendar"</button>
                    {move || reminder_note.get().map(|n| view! { <span class="small muted" role="status">{n}</span> })}
                </div>
            </li>
        </ul>
        <Sheet open=checkin_open labelled_by="checkin-title" class="checkin-sheet">
            <LazyScreen piece=true load=crate::app::screens::check_in(profile.get_value(), Callback::new(move |()| {
                checkin_open.set(false);
                checkin_saved.set(true);
            })) />
            <button type="button" class="button" on:click=move |_| checkin_open.set(false)>"Not now"</button>
        </Sheet>
    }
}

/// The flare plan's row ("My back is flaring", its daily question, or that it has ended)
/// and the walk row (the walking programme's, or the plain walk suggestion).
#[component]
pub fn PlanRows(
    profile: Profile,
    day: Signal<LocalDate>,
    /// The next-morning question is on screen: its pain answer is the flare plan's answer
    /// for the day, so the flare row doesn't ask again.
    morning_pending: Signal<bool>,
) -> impl IntoView {
    let history = use_history();
    let profile = StoredValue::new(profile);
    let day_signal = day;
    let walk = move || {
        let day = day.get();
        history.sessions.with(|sessions| {
            if profile.with_value(|p| p.walking_since.is_some()) {
                return view! { <WalkProgrammeRow profile=profile.get_value() day=day_signal /> }
                    .into_any();
            }
            let (walk_min, walk_why) = profile.with_value(|p| progress::cardio(p, sessions, day));
            let week = match insights::cardio_minutes_this_week(sessions, day) {
                0 => "No cardio logged this week yet.".to_string(),
                n => format!("This week so far: {n} min of walking, swimming or cycling."),
            };
            view! {
                <li class="today-row cardio-row">
                    {row_icon("walk")}
                    <div class="row-text">
                        <strong>{words::capitalised(&words::a_minutes(u64::from(walk_min), "walk"))}</strong>
                    </div>
                    <A href=href(&format!("/log?kind=walk&minutes={walk_min}")) attr:class="button small">"Log it"</A>
                    <p class="row-more small muted">{walk_why}" "<span class="week-cardio">{week}</span></p>
                </li>
            }
            .into_any()
        })
    };
    // "My back is flaring", always within reach; while the flare plan is on, its daily
    // question; on the day it ends, what that means.
    let flare = move || {
        let today = day.get().to_days();
        // The row is rebuilt with the plan (Today builds it anew when the profile changes).
        match profile.with_value(|p| p.flare.clone()) {
            Some(f) if f.active() => {
                let asked = f.answered(today);
                let above = morning_pending.get() && !asked;
                view! {
                    <li class="today-row flare-row">
                        {row_icon("check")}
                        <div class="row-text">
                            <strong>{format!("Flare plan · day {}", f.day_number(today))}</strong>
                            <span class="small muted">{if asked {
                                "Thanks for checking in today. Go gently."
                            } else if above {
                                "Your answer to the question above counts for today."
                            } else {
                                "How is your back today?"
                            }}</span>
                        </div>
                        <A href=href("/flare") attr:class="button small">{if asked || above { "Open" } else { "Check in" }}</A>
                    </li>
                }
                .into_any()
            }
            Some(f) if f.end_day == Some(today) => view! {
                <li class="today-row ok flare-ended" role="status">
                    {row_icon("check")}
                    <div class="row-text">
                        <strong>{format!("Your back has settled: back to the “{}” routines.", f.stage_before.label())}</strong>
                    </div>
                </li>
            }
            .into_any(),
            _ => view! {
                <li class="today-row">
                    <A href=href("/flare") attr:class="row-link flare-link">
                        {row_icon("check")}
                        <span class="row-text">
                            <strong>"My back is flaring"</strong>
                            <span class="small muted">"A calm plan for the bad days"</span>
                        </span>
                        <span class="chevron" aria-hidden="true">"›"</span>
                    </A>
                </li>
            }
            .into_any(),
        }
    };
    view! {
        {flare}
        {walk}
    }
}

/// A warning sign not yet checked, on Today: the advice, and nothing else starts. Someone
/// with an answer stored has their stored data read with the first run's chunk, so this
/// comes with it, there before Today is.
#[component]
pub fn TodayStop() -> impl IntoView {
    view! { <SafetyStop on_today=true on_cleared=|| () /> }
}

/// Today's walk row for someone on the walking programme: this week's walks, how many are
/// done, why, and a quick log.
#[component]
pub fn WalkProgrammeRow(profile: Profile, day: Signal<LocalDate>) -> impl IntoView {
    let history = use_history();
    move || {
        let programme = history
            .sessions
            .with(|sessions| today::walking(&profile, sessions, day.get()))?;
        let row = today::walk_row(&programme, profile.flaring().is_some());
        let log = match row.minutes {
            Some(m) => format!("/log?kind=walk&minutes={m}"),
            None => "/log?kind=walk".to_string(),
        };
        Some(view! {
            <li class="today-row cardio-row walking-programme">
                {row_icon("walk")}
                <div class="row-text">
                    <strong>{row.title}</strong>
                    <span class="small walk-progress">{row.progress}</span>
                </div>
                <A href=href(&log) attr:class="button small">"Log it"</A>
                <p class="row-more small muted">{row.why}</p>
            </li>
        })
    }
}

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
            history::newest_first(all).first().map(|s| {
                if ActivityKind::of(s).is_some() {
                    let units = settings.with(|p| p.units);
                    return format!(
                        "Last logged: {} on {}, {}.",
                        s.routine_name,
                        s.local_date().long_label(),
                        activity::summary(s, units)
                    );
                }
                format!(
                    "Last session: {} on {}, {} done.",
                    s.routine_name,
                    s.local_date().long_label(),
                    words::done_of(
                        s.exercises_done() as u64,
                        s.exercises.len() as u64,
                        words::EXERCISE
                    )
                )
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
    let restore_done = move |_| prefs.update(history, |s| s.restore_offer_done = true);
    // A session left unfinished (page closed, phone died) waits here to be continued: it is
    // the hero then, so Today never offers two starts for one routine.
    // One finished but not yet saved waits for its two questions.
    let unfinished = use_active_session().load().and_then(|s| {
        let routine = match &s.own {
            Some(own) => Some(own.routine_with_id(&s.routine_id)),
            None => use_routines().find(&s.routine_id),
        };
        routine.map(|r| (r, s.finished_at.is_some()))
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
            history::morning_due(guided, at).cloned()
        })
    });
    let morning_pending = Signal::derive(move || morning_due.with(Option::is_some));
    let reading = move || {
        let day = day.get();
        plan_state.profile.with(|p| {
            history
                .sessions
                .with(|s| today::reading(p.as_ref(), s, day))
        })
    };
    // Offered when the screen opened, and history arrived since: the backup was restored.
    // (Read from state rather than a callback from the import card, which is gone by then:
    // it lives in the offer, and the offer closes as soon as history is no longer empty.)
    let offered = untrack(offer_restore);
    let restored = move || offered && !is_new();

    let plan_for_stop = plan_state;
    let stopped = move || !plan_for_stop.allows_sessions();
    view! {
        // A warning sign not yet checked: Today is the advice, and nothing else starts.
        <Show when=stopped>
            <section class="page">
                <LazyScreen piece=true load=crate::app::screens::today_stop() />
            </section>
        </Show>
        <section class="page today" hidden=stopped>
            <h1>"Today"</h1>
            {unfinished.map(|(r, finished)| {
                            view! {
                    <article class="card hero resume" role="status">
                                    <p class="eyebrow">{if finished { "Nearly saved" } else { "Not finished yet" }}</p>
                        <h2>{r.name.to_string()}</h2>
                        <p class="why">{if finished {
                            format!("You finished {}: two quick questions and it's saved.", r.name)
                        } else {
                            format!("You have an unfinished session: {}. Pick up where you left off.", r.name)
                        }}</p>
                        <A href=href(&format!("/play/{}", r.id)) attr:class="button primary big">
                            {if finished { "Finish saving it" } else { "Continue" }}
                        </A>
                    </article>
                }
            })}
            // Built only if offered as the screen opens, and hidden (not taken down) once it
            // is done with: the import card inside is still finishing its work then.
            {offered.then(|| view! {
                <div class="card restore-offer" role="region" aria-labelledby="restore-title" hidden=move || !offer_restore()>
                    <h2 id="restore-title">"Used Limber before?"</h2>
                    <p>
                        "This home-screen Limber keeps its own storage, so it starts empty. "
                        "Anything you did in your browser is still there, safe."
                    </p>
                    <p>"To bring it over, save a backup in the browser (Settings, Your data), then open it here:"</p>
                    <LazyScreen piece=true load=crate::app::screens::import_backup(Callback::new(|()| ())) />
                    <button type="button" class="link-button" on:click=restore_done>"I'm new here, start fresh"</button>
                </div>
            })}
            <Show when=restored>
                <p class="ok" role="status">"Welcome back: your history is here."</p>
            </Show>
            {move || morning_due.get().filter(|_| show_plan_hero).map(|session| {
                let done = Callback::new(move |reply: String| {
                    morning_reply.set((!reply.is_empty()).then_some(reply));
                });
                view! { <LazyScreen piece=true load=crate::app::screens::morning_check(session, done) /> }
            })}
            {move || morning_reply.get().map(|r| view! { <p class="ok morning-reply" role="status">{r}</p> })}
            {move || match plan_state.profile.get() {
                Some(profile) => view! {
                    <LazyScreen piece=true load=crate::app::screens::plan_today(profile, day.into(), show_plan_hero, morning_pending) />
                }.into_any(),
                None => {
                    let gentle = catalog::ROUTINES.first();
                    view! {
                        {show_plan_hero.then(|| view! {
                            <article class="card hero intro">
                                <p class="eyebrow">"Welcome"</p>
                                <h2>"Find your starting point"</h2>
                                <p class="why">"Gentle, regular movement is one of the best things you can do for a sore back. A few questions, about a minute, find where to start and a weekly plan."</p>
                                <A href=href("/welcome") attr:class="button primary big">"Get started"</A>
                            </article>
                        })}
                        <ul class="today-list" aria-label="Also today">
                            {gentle.map(|r| view! {
                                <li class="today-row">
                                    {row_icon("play")}
                                    <div class="row-text">
                                        <strong>{format!("Or try {} now", r.name)}</strong>
                                        <span class="small muted">{format!("About {} min, slow and gentle.", r.estimated_minutes())}</span>
                                    </div>
                                    <A href=href(&format!("/play/{}", r.id)) attr:class="button small">"Start"</A>
                                </li>
                            })}
                        </ul>
                    }.into_any()
                }
            }}
            <ul class="today-list" aria-label="More">
                <li class="today-row">
                    {row_icon("plan")}
                    <div class="row-text">
                        <span class="small muted">{move || last().unwrap_or_else(|| "No sessions yet. Your first one is a few minutes away.".to_string())}</span>
                    </div>
                </li>
                <li class="today-row">
                    <A href=move || href(&format!("/learn/{}", reading().id)) attr:class="row-link learn-teaser">
                        {row_icon("learn")}
                        <span class="row-text">
                            <span class="eyebrow">"Learn"</span>
                            <strong>{move || reading().title}</strong>
                        </span>
                        <span class="chevron" aria-hidden="true">"›"</span>
                    </A>
                </li>
            </ul>
            <Show when=move || is_new() && plan_state.profile.with(Option::is_none)>
                <p class="small muted">
                    "Limber gives general guidance, not a diagnosis. If something feels wrong, stop and check with a health professional."
                </p>
            </Show>
        </section>
    }
}
