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
                    let skipped: Vec<&str> = s
                        .exercises
                        .iter()
                        .filter(|e| e.skipped())
                        .map(|e| catalog::exercise(&e.id).map_or(e.id.as_str(), |x| x.name))
                        .collect();
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
                            <p>
                                {match s.pain_after {
                                    Some(p) => format!("Pain afterwards: {p}"),
                                    None => "Pain afterwards: not recorded".to_string(),
                                }}
                            </p>
                            {(!skipped.is_empty())
                                .then(|| view! { <p class="muted">"Skipped: "{skipped.join(", ")}</p> })}
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
