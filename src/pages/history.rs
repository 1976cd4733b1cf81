use leptos::prelude::*;

use crate::components::link::A;
use crate::domain::activity::{self, ActivityKind};
use crate::domain::history::SessionRecord;
use crate::domain::{calendar, insights, words};
use crate::platform::base_path::href;
use crate::state::{use_history, use_prefs};

/// Switch between the list and the insights.
#[component]
pub fn HistoryTabs() -> impl IntoView {
    view! {
        <nav class="tabs" aria-label="History views">
            <A href=href("/history")>"Sessions"</A>
            <A href=href("/insights")>"Insights"</A>
        </nav>
    }
}

/// Past sessions, grouped by week, newest first.
#[component]
pub fn History() -> impl IntoView {
    let history = use_history();
    // Every week as positions in the history; only the weeks on show are copied out of it.
    let weeks = Memo::new(move |_| history.sessions.with(|all| insights::week_groups(all)));
    let sizes = Memo::new(move |_| {
        weeks.with(|w| w.iter().map(|(_, list)| list.len()).collect::<Vec<_>>())
    });
    // A page at a time, so years of history still open at once; more on request.
    let shown_weeks = RwSignal::new(0);
    // At least the first page, also when sessions arrive later (another tab, an import).
    let shown = move || {
        shown_weeks
            .get()
            .max(sizes.with(|n| insights::page_end(n, 0)))
    };
    let total_weeks = move || weeks.with(Vec::len);
    view! {
        <section class="page">
            <h1>"History"</h1>
            <HistoryTabs />
            <div class="actions">
                <A href=href("/log") attr:class="button">"+ Log a walk, swim or ride"</A>
            </div>
            <Show
                when=move || history.sessions.with(|s| !s.is_empty())
                fallback=|| view! { <p class="muted">"No sessions yet. Finished sessions will show up here."</p> }
            >
                {move || weeks.with(|w| history.sessions.with(|all| {
                    w.iter()
                        .take(shown())
                        .map(|(start, list)| {
                            let line = insights::week_line(list.iter().filter_map(|&i| all.get(i)));
                            view! {
                                <h2 class="week">
                                    {format!("Week of {}", start.long_label())}
                                    <span class="muted small">{format!(" · {line}")}</span>
                                </h2>
                                <ul class="card-list">
                                    {list.iter().filter_map(|&i| all.get(i).cloned()).map(|s| view! { <SessionCard s /> }).collect_view()}
                                </ul>
                            }
                        })
                        .collect_view()
                }))}
                <Show when=move || { shown() < total_weeks() }>
                    <button type="button" class="button" on:click=move |_| shown_weeks.set(sizes.with_untracked(|n| insights::page_end(n, untrack(shown))))>
                        "Show older weeks"
                    </button>
                </Show>
            </Show>
        </section>
    }
}

/// Plain-words pain line for a record.
pub fn pain_line(s: &SessionRecord) -> String {
    match s.pain_before {
        Some(_) => format!("Pain: {}", s.pain_words()),
        None => format!(
            "Pain afterwards: {}",
            s.pain_after
                .map_or("not recorded".to_string(), |a| a.to_string())
        ),
    }
}

#[component]
fn SessionCard(s: SessionRecord) -> impl IntoView {
    let skipped = insights::skipped_words(&s);
    let eased = insights::eased_words(&s);
    let when = activity::when_label(&s);
    let title = s.routine_name.clone();
    let logged = ActivityKind::of(&s).is_some();
    let units = use_prefs().settings.with_untracked(|p| p.units);
    let what = if logged {
        format!("Logged · {}", activity::summary(&s, units))
    } else {
        format!(
            "{} · {}",
            words::done_of(
                s.exercises_done() as u64,
                s.exercises.len() as u64,
                words::EXERCISE
            ),
            calendar::duration_label(s.duration_secs)
        )
    };
    let pain =
        (!logged || s.pain_before.is_some() || s.pain_after.is_some()).then(|| pain_line(&s));
    view! {
        <li class="card session">
            <A href=href(&format!("/history/{}", s.id)) attr:class="session-link">
                <p class="eyebrow">{when}</p>
                <h3>{title}</h3>
            </A>
            <p>{what}</p>
            {pain.map(|p| view! { <p>{p}</p> })}
            {s.feeling.map(|f| view! { <p>{format!("Felt: {}", f.label().to_lowercase())}</p> })}
            {(!skipped.is_empty()).then(|| view! { <p class="muted">"Skipped: "{skipped}</p> })}
            {(!eased.is_empty()).then(|| view! { <p class="muted">"Eased: "{eased}</p> })}
            {s.note.clone().map(|n| view! { <p class="note-text">{n}</p> })}
        </li>
    }
}
