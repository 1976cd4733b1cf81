//! "Why this level": the sessions and next-morning answers that led to today's level and
//! this week's walk, in plain sentences, so the plan never feels arbitrary.

use leptos::prelude::*;

use crate::components::link::A;
use crate::domain::history::{self, SessionRecord};
use crate::domain::i18n::{messages as m, Arg, DateStyle, Msg};
use crate::domain::routine::Level;
use crate::domain::{activity, catalog, coach, flare, progress, today, walking};
use crate::pages::history::pain_line;
use crate::platform::base_path::href;
use crate::platform::clock;
use crate::state::{t, use_history, use_plan, use_prefs, use_routines};

/// How many recent sessions are listed.
const RECENT: usize = 5;

fn session_item(s: &SessionRecord) -> impl IntoView {
    let pain = format!("{}.", pain_line(s));
    let morning = s.morning.and_then(|m| m.compared).map(|c| {
        let said = match c {
            history::Compared::Better => "better",
            history::Compared::Same => "same",
            history::Compared::Worse => "worse",
        };
        t(m::coach_why_next_morning(said))
    });
    let routine = catalog::routine(&s.routine_id)
        .map_or_else(|| Msg::plain(s.routine_name.clone()), |r| r.title());
    let head = t(m::coach_why_session_head(
        Arg::Date(s.local_date(), DateStyle::Long),
        routine,
        progress::level_name(Level::new(s.level)),
    ));
    view! {
        <li class="why-session">
            <strong>{head}</strong>
            <span class="small">{pain}" "{morning}</span>
            <span class="small muted">{t(progress::outcome_msg(s))}</span>
        </li>
    }
}

#[component]
pub fn WhyThisLevel() -> impl IntoView {
    crate::platform::boot::done();
    let plan_state = use_plan();
    let history = use_history();
    let routines = use_routines();
    let day = clock::today();
    let prefs = use_prefs();
    let level = move || {
        let profile = plan_state.profile.get()?;
        history.sessions.with(|sessions| {
            // The same routine and level Today offers: both read the coach's day.
            let pace = prefs.settings.with(|s| s.pace);
            let d = coach::Day::at(&profile, sessions, &routines.own_routines(), day, pace);
            let (routine, s) = (d.routine?, d.suggestion?);
            let progress = s.progress_msg().map(t);
            Some(view! {
                <section class="card why-level">
                    <p class="eyebrow">{t(m::coach_why_next_up(flare::stage_name(routine.stage)))}</p>
                    <h2>{t(m::coach_why_routine_level(routine.title(), progress::level_name(s.level)))}</h2>
                    <p>{t(s.why)}</p>
                    {progress.map(|p| view! { <p class="level-progress"><strong>{p}</strong></p> })}
                    {profile.flaring().map(|f| view! {
                        <p class="small">{t(m::coach_why_flare_on(f.day_number(day.to_days())))}</p>
                    })}
                    <p class="small muted">{t(m::coach_why_how_it_works(
                        progress::SESSIONS_TO_STEP_UP,
                        progress::TOO_EASY_TO_STEP_UP,
                    ))}</p>
                </section>
            })
        })
    };
    let recent = move || {
        history.sessions.with(|all| {
            let list: Vec<_> = history::newest_first(all)
                .into_iter()
                .filter(|s| !activity::is_cardio(s))
                .take(RECENT)
                .map(session_item)
                .collect();
            if list.is_empty() {
                view! { <p class="muted">{t(m::coach_why_no_sessions())}</p> }.into_any()
            } else {
                view! { <ul class="plain-list why-sessions">{list}</ul> }.into_any()
            }
        })
    };
    let walk = move || {
        let profile = plan_state.profile.get()?;
        let programme = history
            .sessions
            .with(|s| today::walking(&profile, s, day))?;
        let weeks: Vec<_> = match &programme {
            walking::Programme::Walking(w) => w
                .weeks
                .iter()
                .rev()
                .skip(1)
                .take(4)
                .map(|wk| view! { <li class="small">{t(wk.sentence_msg())}</li> })
                .collect(),
            walking::Programme::Baseline(_) => Vec::new(),
        };
        Some(view! {
            <section class="card why-walk">
                <h2>{t(m::coach_why_your_walking())}</h2>
                <p>{walking::reason_msg(&programme).map(t).unwrap_or_default()}</p>
                <ul class="plain-list why-weeks">{weeks}</ul>
            </section>
        })
    };
    view! {
        <section class="page why-page">
            <A href=href("/") attr:class="back">{t(m::coach_flare_back())}</A>
            <h1>{t(m::coach_why_title())}</h1>
            {level}
            <section class="card">
                <h2>{t(m::coach_why_last_sessions())}</h2>
                {recent}
            </section>
            {walk}
        </section>
    }
}
