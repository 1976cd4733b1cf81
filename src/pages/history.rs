use leptos::prelude::*;

use crate::domain::{calendar, catalog, history};
use crate::state::use_history;

/// Past sessions, newest first.
#[component]
pub fn History() -> impl IntoView {
    let history = use_history();
    let rows = move || {
        history.sessions.with(|all| {
            history::newest_first(all)
                .into_iter()
                .map(|s| {
                    let date = s.local_date().long_label();
                    let time = calendar::clock_label(s.started_at, s.utc_offset_min);
                    let name = |id: &str| catalog::exercise(id).map_or(id.to_string(), |x| x.name.to_string());
                    let skipped: Vec<String> = s
                        .exercises
                        .iter()
                        .filter(|e| e.skipped())
                        .map(|e| name(&e.id))
                        .collect();
                    let eased: Vec<String> = s
                        .exercises
                        .iter()
                        .filter(|e| e.eased_from.is_some())
                        .map(|e| name(&e.id))
                        .collect();
                    let pain = match (s.pain_before, s.pain_after) {
                        (Some(b), Some(a)) => format!("Pain: {b} before, {a} after"),
                        (None, Some(a)) => format!("Pain afterwards: {a}"),
                        (Some(b), None) => format!("Pain: {b} before"),
                        (None, None) => "Pain afterwards: not recorded".to_string(),
                    };
                    let feeling = s.feeling.map(|f| format!("Felt: {}", f.label().to_lowercase()));
                    let note = s.note.clone();
                    view! {
                        <li class="card session">
                            <p class="eyebrow">{date}" · "{time}</p>
                            <h2>{s.routine_name.clone()}</h2>
                            <p>
                                {format!(
                                    "{} of {} exercises · {}",
                                    s.exercises_done(),
                                    s.exercises.len(),
                                    calendar::duration_label(s.duration_secs)
                                )}
                            </p>
                            <p>{pain}</p>
                            {feeling.map(|f| view! { <p>{f}</p> })}
                            {(!skipped.is_empty())
                                .then(|| view! { <p class="muted">"Skipped: "{skipped.join(", ")}</p> })}
                            {(!eased.is_empty())
                                .then(|| view! { <p class="muted">"Easier version: "{eased.join(", ")}</p> })}
                            {note.map(|n| view! { <p class="note-text">{n}</p> })}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="page">
            <h1>"History"</h1>
            <Show
                when=move || history.sessions.with(|s| !s.is_empty())
                fallback=|| view! { <p class="muted">"No sessions yet. Finished sessions will show up here."</p> }
            >
                <ul class="card-list">{rows}</ul>
            </Show>
        </section>
    }
}
