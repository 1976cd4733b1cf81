use leptos::prelude::*;
use leptos_router::components::A;

use crate::platform::base_path::href;

use crate::domain::{calendar, catalog, history};
use crate::pages::data::ImportBackup;
use crate::platform::clock;
use crate::state::{use_history, use_install, use_prefs};
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
    // On iPhone and iPad the home-screen app gets its own, empty storage, separate from the
    // browser it was added from. Say so, and offer the backup first, so it never looks lost.
    let prefs = use_prefs();
    let standalone = use_install().standalone;
    let offer_restore =
        move || standalone && is_new() && !prefs.settings.with(|s| s.restore_offer_done);
    let restore_done = move |_| prefs.update(history, |s| s.restore_offer_done = true);
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
            <Show when=offer_restore>
                <div class="card restore-offer" role="region" aria-labelledby="restore-title">
                    <h2 id="restore-title">"Used Limber before?"</h2>
                    <p>
                        "This home-screen Limber keeps its own storage, so it starts empty. "
                        "Anything you did in your browser is still there, safe."
                    </p>
                    <p>"To bring it over, save a backup in the browser (Settings, Your data), then open it here:"</p>
                    <ImportBackup />
                    <button type="button" class="link-button" on:click=restore_done>"I'm new here, start fresh"</button>
                </div>
            </Show>
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
