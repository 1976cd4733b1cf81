use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::lazy_screen::LazyScreen;
use crate::components::safety::SafetyStop;
use crate::domain::activity::{self, ActivityKind};
use crate::domain::calendar::{self, LocalDate};
use crate::domain::plan::{self, Due, Profile};
use crate::domain::routine::Routine;
use crate::domain::{catalog, checkin, history, ics, insights, learn, progress, words};
use crate::platform::base_path::{base_path, href};
use crate::platform::{clock, files};
use crate::state::{
    use_active_session, use_history, use_install, use_plan, use_prefs, use_routines,
};

fn today() -> LocalDate {
    LocalDate::from_epoch_ms(clock::now_ms(), clock::utc_offset_min())
}

/// A card for one routine, with Start at the given level and a line on why.
fn routine_card(
    r: &'static Routine,
    level: crate::domain::routine::Level,
    eyebrow: String,
    why: String,
) -> impl IntoView {
    view! {
        <article class="card routine-card">
            <p class="eyebrow">{eyebrow}</p>
            <h2>{r.name.to_string()}</h2>
            <p>{why}</p>
            <div class="actions">
                <A href=href(&format!("/play/{}?level={}", r.id, level.value())) attr:class="button primary">
                    "Start"
                </A>
                <A href=href(&format!("/routines/{}", r.id)) attr:class="button">
                    "What's in it"
                </A>
            </div>
        </article>
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
        from: today(),
        now_ms: clock::now_ms(),
    });
    text.is_some_and(|t| files::download("limber-reminders.ics", "text/calendar", &t))
}

/// The plan's part of Today: what is due, at what level and why; today's walk; streak.
fn plan_view(profile: Profile, day: Signal<LocalDate>) -> impl IntoView {
    let history = use_history();
    let prefs = use_prefs();
    let reminder_note = RwSignal::new(None::<&'static str>);
    let when = format!(
        "Your plan: {} at {}.",
        plan::days_label(profile.days),
        plan::time_label(profile.minute_of_day)
    );
    let for_download = profile.clone();
    let profile_for_checkin = profile.clone();
    let profile_for_card = profile.clone();
    let content = move || {
        let day = day.get();
        history.sessions.with(|sessions| {
            let routine = plan::next_routine(profile.stage, sessions, profile.minute_of_day)?;
            let s = progress::suggest(routine, sessions, day);
            let (walk_min, walk_why) = progress::cardio(&profile, sessions, day);
            let week_cardio = insights::cardio_minutes_this_week(sessions, day);
            let due = plan::due(&profile, sessions, day);
            let streak = insights::streak(sessions, use_plan().exercise_days(prefs), day);
            let eyebrow = format!(
                "{} · about {} min · {}",
                routine.stage.label(),
                routine.estimated_minutes(),
                s.level.label()
            );
            // Listen to your body: a flare is named, and the plan eases off until it settles.
            let flare = progress::flare_note(sessions, day);
            Some(view! {
                {flare.map(|f| view! { <p class="card flare-note" role="note">{f}</p> })}
                <p class=match due { Due::Today => "due due-today", Due::DoneToday => "due due-done", Due::RestDay => "due" }>
                    {match due {
                        Due::Today => "Due today".to_string(),
                        Due::DoneToday => "Done for today. Well done!".to_string(),
                        Due::RestDay => format!("Rest day. Your plan: {}.", plan::days_label(profile.days)),
                    }}
                </p>
                {routine_card(routine, s.level, eyebrow, s.reason)}
                <article class="card cardio-card">
                    <p class="eyebrow">"Low-impact cardio"</p>
                    <h2>{words::capitalised(&words::a_minutes(u64::from(walk_min), "walk"))}</h2>
                    <p>{walk_why}</p>
                    <p class="small muted">{activity::PHONE_NOTE}</p>
                    <p class="week-cardio">{match week_cardio {
                        0 => "No cardio logged this week yet.".to_string(),
                        n => format!("This week so far: {n} min of walking, swimming or cycling."),
                    }}</p>
                    <div class="actions">
                        <A href=href(&format!("/log?kind=walk&minutes={walk_min}")) attr:class="button">"I did it: log it"</A>
                        <A href=href("/log") attr:class="button">"Log something else"</A>
                    </div>
                </article>
                <p class="muted streak">{streak.sentence()}</p>
            })
        })
    };
    let download = {
        move |_| {
            reminder_note.set(Some(if download_reminders(&for_download) {
                "Open the file to add the reminders to your calendar."
            } else {
                "Your browser wouldn't save the file."
            }))
        }
    };
    let plan_state = use_plan();
    let checkin_due = move || {
        plan_state
            .checkins
            .with(|c| checkin::is_due(&profile_for_checkin, c, day.get()))
    };
    let checkin_profile = StoredValue::new(profile_for_card);
    let checkin_saved = RwSignal::new(false);
    view! {
        {content}
        // After today's session, not before: the check-in is the second thing to do.
        <Show when=checkin_due>
            <LazyScreen piece=true load=crate::app::screens::check_in(checkin_profile.get_value(), Callback::new(move |()| checkin_saved.set(true))) />
        </Show>
        <Show when=move || checkin_saved.get()>
            <p class="ok" role="status">
                "Check-in saved. "
                <A href=href("/insights")>"See how things are changing"</A>
            </p>
        </Show>
        <div class="card plan-card">
            <p>{when}</p>
            <button type="button" class="button" on:click=download>"Add reminders to my calendar"</button>
            {move || reminder_note.get().map(|n| view! { <p class="small muted" role="status">{n}</p> })}
        </div>
    }
}

/// The home screen: what's due today and why, how it's going, and one thing to learn.
#[component]
pub fn Today() -> impl IntoView {
    crate::platform::boot::done();
    let history = use_history();
    let plan_state = use_plan();
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
    // A session left unfinished (page closed, phone died) waits here to be continued.
    // One finished but not yet saved waits for its two questions.
    let unfinished = use_active_session().load().and_then(|s| {
        let routine = match &s.own {
            Some(own) => Some(own.routine_with_id(&s.routine_id)),
            None => use_routines().find(&s.routine_id),
        };
        routine.map(|r| (r, s.finished_at.is_some()))
    });
    // An app left open overnight moves on to the new day when it is shown again.
    let day = RwSignal::new(today());
    let on_show = window_event_listener(leptos::ev::visibilitychange, move |_| day.set(today()));
    on_cleanup(move || on_show.remove());
    let reading = move || learn::card_for_day(day.get().to_days());
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
                <SafetyStop on_today=true on_cleared=|| () />
            </section>
        </Show>
        <section class="page" hidden=stopped>
            <h1>"Today"</h1>
            {unfinished.map(|(r, finished)| view! {
                <div class="card resume" role="status">
                    <p><strong>{if finished {
                        format!("You finished {}: two quick questions and it's saved.", r.name)
                    } else {
                        format!("You have an unfinished session: {}.", r.name)
                    }}</strong></p>
                    <A href=href(&format!("/play/{}", r.id)) attr:class="button primary">
                        {if finished { "Finish saving it" } else { "Continue it" }}
                    </A>
                </div>
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
            {move || match plan_state.profile.get() {
                Some(profile) => plan_view(profile, day.into()).into_any(),
                None => view! {
                    <div class="card intro">
                        <h2>"Find your starting point"</h2>
                        <p>"Gentle, regular movement is one of the best things you can do for a sore back."</p>
                        <p>"A few questions, about a minute, find where to start and a weekly plan."</p>
                        <A href=href("/welcome") attr:class="button primary">"Get started"</A>
                    </div>
                    {catalog::ROUTINES.first().map(|r| routine_card(
                        r,
                        crate::domain::routine::Level::STANDARD,
                        format!("{} · about {} min", r.stage.label(), r.estimated_minutes()),
                        "Or just try this gentle one now.".to_string(),
                    ))}
                }.into_any(),
            }}
            <Show when=move || is_new() && plan_state.profile.with(Option::is_none)>
                <p class="small muted">
                    "Limber gives general guidance, not a diagnosis. If something feels wrong, stop and check with a health professional."
                </p>
            </Show>
            <p class="muted">{move || last().unwrap_or_else(|| "No sessions yet. Your first one is a few minutes away.".to_string())}</p>
            <A href=move || href(&format!("/learn/{}", reading().id)) attr:class="card link-card learn-teaser">
                <span class="eyebrow">"Learn"</span>
                <strong>{move || reading().title}</strong>
                <span class="muted small">{move || reading().summary}</span>
            </A>
            <p class="muted small">{move || {
                let total: u32 = history.sessions.with(|all| all.iter().map(|s| s.duration_secs).sum());
                (total > 0).then(|| format!("Time moving so far: {}.", calendar::duration_label(total)))
            }}</p>
        </section>
    }
}
