//! "Why this level": the sessions and next-morning answers that led to today's level and
//! this week's walk, in plain sentences, so the plan never feels arbitrary.

use leptos::prelude::*;

use crate::components::link::A;
use crate::domain::history::{self, SessionRecord};
use crate::domain::{activity, coach, progress, today, walking, words};
use crate::pages::history::pain_line;
use crate::platform::base_path::href;
use crate::platform::clock;
use crate::state::{use_history, use_plan, use_prefs, use_routines};

/// How many recent sessions are listed.
const RECENT: usize = 5;

fn session_item(s: &SessionRecord) -> impl IntoView {
    let pain = format!("{}.", pain_line(s));
    let morning = s
        .morning
        .and_then(|m| m.compared)
        .map(|c| format!("Next morning: {}.", c.label().to_lowercase()));
    view! {
        <li class="why-session">
            <strong>{format!("{} · {} · {}", s.local_date().long_label(), s.routine_name, crate::domain::routine::Level::new(s.level).label())}</strong>
            <span class="small">{pain}" "{morning}</span>
            <span class="small muted">{progress::outcome_sentence(s)}</span>
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
            let progress = s.progress_words();
            Some(view! {
                <section class="card why-level">
                    <p class="eyebrow">{format!("Next up · {}", routine.stage.label())}</p>
                    <h2>{format!("{}: {}", routine.name, s.level.label())}</h2>
                    <p>{s.reason}</p>
                    {progress.map(|p| view! { <p class="level-progress"><strong>{p}</strong></p> })}
                    {profile.flaring().map(|f| view! {
                        <p class="small">{format!("Your flare plan is on (day {}): the routines for bad days, and nothing steps up until it settles.", f.day_number(day.to_days()))}</p>
                    })}
                    <p class="small muted">{format!(
                        "How it works: each routine steps up after {} in a row that felt about right or easy with no rise in pain (or {} in a row that felt too easy), and the next session steps back after a flare. The next morning has the last word: worse means a flare, settled means it went well.",
                        words::count(progress::SESSIONS_TO_STEP_UP as u64, words::SESSION),
                        words::count(progress::TOO_EASY_TO_STEP_UP as u64, words::SESSION)
                    )}</p>
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
                view! { <p class="muted">"No sessions yet: your first one starts at the standard level."</p> }.into_any()
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
                .map(|wk| view! { <li class="small">{wk.sentence()}</li> })
                .collect(),
            walking::Programme::Baseline(_) => Vec::new(),
        };
        Some(view! {
            <section class="card why-walk">
                <h2>"Your walking"</h2>
                <p>{walking::reason(&programme)}</p>
                <ul class="plain-list why-weeks">{weeks}</ul>
            </section>
        })
    };
    view! {
        <section class="page why-page">
            <A href=href("/") attr:class="back">"‹ Today"</A>
            <h1>"Why this level"</h1>
            {level}
            <section class="card">
                <h2>"Your last sessions"</h2>
                {recent}
            </section>
            {walk}
        </section>
    }
}
