use leptos::prelude::*;
use leptos_router::components::A;

use crate::platform::base_path::href;

use crate::domain::{calendar, catalog, history};
use crate::platform::clock;
use crate::state::use_history;
use crate::storage::{active, LocalStore};

/// The home screen: one clear next step, and how the last session went.
#[component]
pub fn Today() -> impl IntoView {
    let history = use_history();
    let suggested = catalog::ROUTINES.first();
    let last = move || {
        history.sessions.with(|all| {
            history::newest_first(all).first().map(|s| {
                format!(
                    "Last session: {} on {}, {} of {} exercises done.",
                    s.routine_name,
                    s.local_date().long_label(),
                    s.exercises_done(),
                    s.exercises.len()
                )
            })
        })
    };
    let is_new = move || history.sessions.with(Vec::is_empty);
    // A session left unfinished (page closed, phone died) waits here to be continued.
    let unfinished = active::load(&LocalStore, clock::now_ms())
        .filter(|s| s.finished_at.is_none())
        .and_then(|s| catalog::routine(&s.routine_id));

    view! {
        <section class="page">
            <h1>"Today"</h1>
            {unfinished.map(|r| view! {
                <div class="card resume" role="status">
                    <p><strong>"You have an unfinished session: "{r.name}"."</strong></p>
                    <A href=href(&format!("/play/{}", r.id)) attr:class="button primary">"Continue it"</A>
                </div>
            })}
            <Show when=is_new>
                <div class="card intro">
                    <p>
                        "Gentle, regular movement is one of the best things you can do for a sore back. "
                        "Limber guides you through short routines, one step at a time."
                    </p>
                    <p class="small">
                        "This is general guidance, not a diagnosis. If something feels wrong, stop and check with a health professional."
                    </p>
                </div>
            </Show>
            {suggested.map(|r| view! {
                <article class="card routine-card">
                    <p class="eyebrow">{r.stage.label()}" · about "{r.estimated_minutes()}" min"</p>
                    <h2>{r.name}</h2>
                    <p>{r.goal}</p>
                    <div class="actions">
                        <A href=href(&format!("/play/{}", r.id)) attr:class="button primary">
                            "Start"
                        </A>
                        <A href=href(&format!("/routines/{}", r.id)) attr:class="button">
                            "What's in it"
                        </A>
                    </div>
                </article>
            })}
            <p class="muted">{move || last().unwrap_or_else(|| "No sessions yet. Your first one is a few minutes away.".to_string())}</p>
            <p class="muted small">{move || {
                let total: u32 = history.sessions.with(|all| all.iter().map(|s| s.duration_secs).sum());
                (total > 0).then(|| format!("Time moving so far: {}.", calendar::duration_label(total)))
            }}</p>
        </section>
    }
}
