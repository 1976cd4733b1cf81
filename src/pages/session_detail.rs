use leptos::prelude::*;

use crate::components::link::A;
use crate::components::note_field::NoteField;
use crate::domain::activity::{self, ActivityKind};

use crate::domain::history::{self, SessionRecord};
use crate::domain::i18n::{messages as m, Arg, DateStyle, Msg};
use crate::domain::limits;
use crate::pages::history::{exercise_title, pain_line};
use crate::platform::base_path::href;
use crate::state::{t, use_history, use_navigate, use_prefs};

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
            <A href=href("/history") attr:class="back">{t(m::records_back())}</A>
            {move || match (exists.get().then(|| record.get_untracked()).flatten(), deleted.get()) {
                (Some(s), _) => view! { <Detail s deleted /> }.into_any(),
                (None, Some(gone)) => {
                    view! {
                        <div class="card confirm" role="status">
                            <p>{t(m::records_deleted(gone.title(), Arg::Date(gone.local_date(), DateStyle::LongYear)))}</p>
                            <div class="actions">
                                <button type="button" class="button primary" on:click=move |_| {
                                    if history.merge_in(std::slice::from_ref(&gone)).is_ok() {
                                        deleted.set(None);
                                    }
                                }>{t(m::records_undo())}</button>
                                <button type="button" class="button" on:click=move |_| navigate.to("/history")>{t(m::records_back_to_history())}</button>
                            </div>
                        </div>
                    }.into_any()
                }
                (None, None) => view! { <h1>{t(m::records_not_found())}</h1><p>{t(m::records_not_found_body())}</p> }.into_any(),
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
    let logged = ActivityKind::of(&s)
        .map(|_| t(m::records_logged_by_hand(activity::summary_msg(&s, units))));
    let rows = s
        .exercises
        .iter()
        .map(|e| {
            let name = t(exercise_title(&e.id));
            // The exercise's facts, each a phrase of its own, set apart by " · ".
            let mut parts: Vec<Msg> = vec![if e.skipped() {
                m::records_row_skipped()
            } else if e.sets_done == e.sets_planned {
                m::records_row_sets_all(e.sets_planned)
            } else {
                m::records_row_sets_done_of(e.sets_done, e.sets_planned)
            }];
            if e.reps > 0 {
                parts.push(m::records_row_reps(e.reps));
            }
            if e.secs > 0 {
                parts.push(history::duration_msg(e.secs));
            }
            if let Some(from) = &e.eased_from {
                parts.push(m::records_row_eased_from(exercise_title(from)));
            }
            if let Some(p) = e.pain {
                parts.push(m::records_row_pain(p.value()));
            }
            let parts: Vec<String> = parts.into_iter().map(t).collect();
            view! { <li><strong>{name}</strong>" · "{parts.join(" · ")}</li> }
        })
        .collect_view();
    view! {
        <p class="eyebrow">{t(activity::when_msg(&s))}</p>
        <h1>{t(s.title())}</h1>
        {match logged.clone() {
            Some(line) => view! { <p>{line}</p> }.into_any(),
            None => view! {
                <p>
                    {t(if s.ended_early {
                        m::records_duration_ended_early(history::duration_msg(s.duration_secs))
                    } else {
                        m::records_duration_completed(history::duration_msg(s.duration_secs))
                    })}
                </p>
            }.into_any(),
        }}
        <p>{pain_line(&s)}</p>
        {s.feeling.map(|f| view! { <p>{t(f.felt())}</p> })}
        {s.next_morning_msg().map(|line| view! { <p>{t(line)}</p> })}
        {logged.is_none().then(|| view! { <ul class="summary">{rows}</ul> })}
        <NoteField value=note label=t(m::records_note()) />
        <button type="button" class="button" on:click=move |_| {
            let checked = limits::check_note_msg(&note.get_untracked())
                .map_err(t)
                .and_then(|n| history.set_note(&id, n.as_deref().unwrap_or("")));
            saved.set(Some(checked));
        }>{t(m::records_save_note())}</button>
        {move || saved.get().map(|r| match r {
            Ok(()) => view! { <p class="ok" role="status">{t(m::records_note_saved())}</p> }.into_any(),
            Err(e) => view! { <p class="error" role="alert">{e}</p> }.into_any(),
        })}
        <h2>{t(m::records_delete_heading())}</h2>
        <button type="button" class="button danger" on:click=move |_| {
            if let Ok(Some(gone)) = history.remove(&id_for_delete) {
                deleted.set(Some(gone));
            }
        }>{t(m::records_delete_button())}</button>
    }
}
