use leptos::prelude::*;

use crate::components::link::A;
use crate::components::note_field::NoteField;
use crate::domain::activity::{self, ActivityKind};
use crate::domain::calendar;
use crate::domain::catalog;
use crate::domain::history::SessionRecord;
use crate::domain::limits;
use crate::domain::words;
use crate::pages::history::pain_line;
use crate::platform::base_path::href;
use crate::state::{use_history, use_navigate, use_prefs};

/// One session in full: every exercise, the note (editable), and delete with undo.
#[component]
pub fn SessionDetail() -> impl IntoView {
    let history = use_history();
    let param = crate::state::use_screen_param();
    let id = move || param.get().unwrap_or_default();
    let record = Memo::new(move |_| {
        let id = id();
        history
            .sessions
            .with(|all| all.iter().find(|r| r.id == id).cloned())
    });
    // Rebuild the view only when the session appears or disappears, not when its note is
    // saved (that would wipe the "Note saved." confirmation).
    let exists = Memo::new(move |_| record.with(Option::is_some));
    // The last deleted session, kept in memory for "Undo".
    let deleted = RwSignal::new(None::<SessionRecord>);
    let navigate = use_navigate();
    view! {
        <section class="page">
            <A href=href("/history") attr:class="back">"‹ History"</A>
            {move || match (exists.get().then(|| record.get_untracked()).flatten(), deleted.get()) {
                (Some(s), _) => view! { <Detail s deleted /> }.into_any(),
                (None, Some(gone)) => {
                    view! {
                        <div class="card confirm" role="status">
                            <p>{format!("Deleted the {} session from {}.", gone.routine_name, gone.local_date().long_label())}</p>
                            <div class="actions">
                                <button type="button" class="button primary" on:click=move |_| {
                                    if history.merge_in(std::slice::from_ref(&gone)).is_ok() {
                                        deleted.set(None);
                                    }
                                }>"Undo"</button>
                                <button type="button" class="button" on:click=move |_| navigate.to("/history")>"Back to History"</button>
                            </div>
                        </div>
                    }.into_any()
                }
                (None, None) => view! { <h1>"Session not found"</h1><p>"It may have been deleted in another tab."</p> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn Detail(s: SessionRecord, deleted: RwSignal<Option<SessionRecord>>) -> impl IntoView {
    let history = use_history();
    let note = RwSignal::new(s.note.clone().unwrap_or_default());
    let saved = RwSignal::new(None::<Result<(), String>>);
    let id = s.id.clone();
    let id_for_delete = s.id.clone();
    let units = use_prefs().settings.with_untracked(|p| p.units);
    // A walk, swim or ride logged by hand: its minutes and distance say it all.
    let logged =
        ActivityKind::of(&s).map(|_| format!("Logged by hand · {}", activity::summary(&s, units)));
    let rows = s
        .exercises
        .iter()
        .map(|e| {
            let name = catalog::exercise(&e.id).map_or(e.id.clone(), |x| x.name.to_string());
            let mut parts = vec![if e.skipped() {
                "skipped".to_string()
            } else {
                words::sets_done(e.sets_done, e.sets_planned)
            }];
            if e.reps > 0 {
                parts.push(words::count(e.reps, words::REP));
            }
            if e.secs > 0 {
                parts.push(calendar::duration_label(e.secs));
            }
            if let Some(from) = &e.eased_from {
                let from = catalog::exercise(from).map_or(from.clone(), |x| x.name.to_string());
                parts.push(format!("easier version of {from}"));
            }
            if let Some(p) = e.pain {
                parts.push(format!("pain {p}"));
            }
            view! { <li><strong>{name}</strong>" · "{parts.join(" · ")}</li> }
        })
        .collect_view();
    view! {
        <p class="eyebrow">{activity::when_label(&s)}</p>
        <h1>{s.routine_name.clone()}</h1>
        {match logged.clone() {
            Some(line) => view! { <p>{line}</p> }.into_any(),
            None => view! {
                <p>
                    {format!("{} · {}", calendar::duration_label(s.duration_secs), if s.ended_early { "ended early" } else { "completed" })}
                </p>
            }.into_any(),
        }}
        <p>{pain_line(&s)}</p>
        {s.feeling.map(|f| view! { <p>{format!("Felt: {}", f.label().to_lowercase())}</p> })}
        {Some(s.morning_words()).filter(|w| !w.is_empty()).map(|w| view! { <p>{format!("The next morning: {}", w.to_lowercase())}</p> })}
        {logged.is_none().then(|| view! { <ul class="summary">{rows}</ul> })}
        <NoteField value=note label="Note" />
        <button type="button" class="button" on:click=move |_| {
            let checked = limits::check_note(&note.get_untracked())
                .and_then(|n| history.set_note(&id, n.as_deref().unwrap_or("")));
            saved.set(Some(checked));
        }>"Save note"</button>
        {move || saved.get().map(|r| match r {
            Ok(()) => view! { <p class="ok" role="status">"Note saved."</p> }.into_any(),
            Err(e) => view! { <p class="error" role="alert">{e}</p> }.into_any(),
        })}
        <h2>"Delete"</h2>
        <button type="button" class="button danger" on:click=move |_| {
            if let Ok(Some(gone)) = history.remove(&id_for_delete) {
                deleted.set(Some(gone));
            }
        }>"Delete this session"</button>
    }
}
