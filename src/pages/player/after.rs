//! After the session: a short summary, then pain, how it felt, and an optional note.

use leptos::prelude::*;

use crate::components::link::A;
use crate::components::note_field::NoteField;
use crate::components::pain_picker::PainPicker;
use crate::components::row_icon::row_icon;
use crate::domain::catalog;
use crate::domain::coach::{self, WhatsNextMsg};
use crate::domain::history::Feeling;
use crate::domain::i18n::{messages, Msg};
use crate::domain::limits;
use crate::domain::pain::PainScore;
use crate::domain::player::{AfterSession, Player};
use crate::platform::base_path::href;
use crate::platform::{clock, files};
use crate::state::{
    t, use_active_session, use_history, use_navigate, use_plan, use_prefs, use_routines, History,
};

#[component]
pub fn After(
    player: RwSignal<Player>,
    /// The record id, fixed once so that pressing Save twice can never store two copies.
    id: String,
) -> impl IntoView {
    let history = use_history();
    let active = use_active_session();
    let navigate = use_navigate();
    let plan = use_plan();
    let prefs = use_prefs();
    let routines = use_routines();
    // Once saved: what's next (`coach::whats_next`), read as the session lands in history.
    let saved = RwSignal::new(None::<WhatsNextMsg>);
    let pain = RwSignal::new(None::<PainScore>);
    // The one pain rule, against the person's usual pain (from before this session).
    let before = player.with_untracked(|p| p.pain_before().map(PainScore::value));
    let usual = plan.usual(history, before);
    let pain_note = move || crate::domain::pain::after_session_msg(pain.get()?.value(), usual);
    let feeling = RwSignal::new(None::<Feeling>);
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let file_id = StoredValue::new(id.clone());
    let p = player.get_untracked();
    let results = p.results();
    let done = results.iter().filter(|r| !r.skipped()).count();
    let secs = p.active_secs(clock::now_ms());
    let duration = crate::domain::history::duration_msg(secs);
    let summary = if done == results.len() {
        messages::session_after_did_all(done, duration)
    } else {
        messages::session_after_did_some(done, results.len(), duration)
    };
    let rows = results
        .iter()
        .map(|r| {
            let title =
                catalog::exercise(&r.id).map_or_else(|| Msg::plain(r.id.clone()), |e| e.title());
            let name = if r.eased_from.is_some() {
                messages::session_after_eased(title)
            } else {
                title
            };
            let sets = if r.skipped() {
                messages::session_after_not_done()
            } else if r.sets_done == r.sets_planned {
                messages::session_after_sets_all(r.sets_planned)
            } else {
                messages::session_after_sets_some(r.sets_done, r.sets_planned)
            };
            let status = match r.pain {
                Some(p) => messages::session_after_with_pain(sets, p.value()),
                None => sets,
            };
            view! { <li><strong>{t(name)}</strong>" · "{t(status)}</li> }
        })
        .collect_view();

    // The person's answers as they stand, for saving or for keeping as a file.
    let answers = move || AfterSession {
        pain: pain.get_untracked(),
        feeling: feeling.get_untracked(),
        note: limits::check_note_msg(&note.get_untracked()).ok().flatten(),
    };
    let save = move |_| {
        // A note over the limit is refused, never cut: the field says by how much.
        if let Err(message) = limits::check_note_msg(&note.get_untracked()) {
            error.set(Some(t(message)));
            return;
        }
        let record =
            player.with_untracked(|p| p.to_record(id.clone(), clock::utc_offset_min(), answers()));
        match history.add(record) {
            Ok(()) => {
                active.clear();
                let next = history.sessions.with_untracked(|sessions| {
                    plan.profile.with_untracked(|profile| {
                        coach::whats_next_msg(
                            profile.as_ref(),
                            sessions,
                            &routines.own_routines(),
                            clock::today(),
                            prefs.settings.with_untracked(|s| s.pace),
                        )
                    })
                });
                saved.set(Some(next));
                window().scroll_to_with_x_and_y(0.0, 0.0);
            }
            Err(message) => error.set(Some(message)),
        }
    };
    let keep_as_file = move || {
        let record = player.with_untracked(|p| {
            p.to_record(file_id.get_value(), clock::utc_offset_min(), answers())
        });
        let text = History::backup_text(&[record], None);
        files::download("limber-unsaved-session.json", "application/json", &text);
    };
    // Leaving without saving asks first: the answers and the session would be gone.
    let confirm_leave = RwSignal::new(false);
    let leave = Callback::new(move |()| {
        active.clear();
        navigate.to("/");
    });

    let form = view! {
        <section class="page after" hidden=move || saved.with(Option::is_some)>
            <h1>{t(if p.ended_early() { messages::session_after_ended() } else { messages::session_after_well_done() })}</h1>
            <p class="lead">{t(summary)}</p>
            <ul class="summary">{rows}</ul>
            {p.pain_before().map(|b| view! { <p class="muted">{t(messages::session_after_before(b.value()))}</p> })}
            <PainPicker label=t(messages::session_after_pain()) name="pain-after" value=pain />
            {move || pain_note().map(|n| view! { <p class="card note" role="status">{t(n)}</p> })}
            <fieldset class="choice">
                <legend>{t(messages::session_after_feeling())}</legend>
                <div class="chips wrap">
                    {Feeling::ALL.map(|f| view! {
                        <label class="option chip-option">
                            <input
                                type="radio"
                                name="feeling"
                                prop:checked=move || feeling.get() == Some(f)
                                on:change=move |_| feeling.set(Some(f))
                            />
                            <span>{t(f.title())}</span>
                        </label>
                    }).collect_view()}
                </div>
            </fieldset>
            <NoteField
                value=note
                label=t(messages::session_after_note())
                placeholder=t(messages::session_after_note_example())
            />
            <Show when=move || error.get().is_some()>
                <div class="card confirm">
                    <p class="error" role="alert">
                        {move || error.get()}" "{t(messages::session_after_still_here())}
                    </p>
                    <button type="button" class="button" on:click=move |_| keep_as_file()>{t(messages::session_after_download())}</button>
                </div>
            </Show>
            <button type="button" class="button primary big" on:click=save>{t(messages::session_after_save())}</button>
            <button type="button" class="link-button discard" on:click=move |_| confirm_leave.set(true)>{t(messages::session_after_dont_save())}</button>
            <Show when=move || confirm_leave.get()>
                <div class="card confirm" role="group" aria-label=t(messages::session_after_leave_question())>
                    <p>{t(messages::session_after_leave_text())}</p>
                    <div class="actions">
                        <button type="button" class="button danger" on:click=move |_| leave.run(())>{t(messages::session_after_leave())}</button>
                        <button type="button" class="button" on:click=move |_| confirm_leave.set(false)>{t(messages::session_after_keep())}</button>
                    </div>
                </div>
            </Show>
        </section>
    };
    view! {
        {form}
        {move || saved.get().map(whats_next_screen)}
    }
}

/// One short screen once a session is saved: the next session's day, tomorrow morning's
/// question and today's walk, then Today.
fn whats_next_screen(next: WhatsNextMsg) -> impl IntoView {
    let log = crate::domain::route::log_walk(next.walk_minutes);
    // The screen changed under the person's finger: start reading at its heading.
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    view! {
        <section class="page whats-next" aria-labelledby="next-title">
            <p class="ok" role="status">{t(messages::session_next_saved())}</p>
            <h1 id="next-title" tabindex="-1" node_ref=heading>{t(messages::session_next_title())}</h1>
            <ul class="today-list">
                <li class="today-row">
                    {row_icon("plan")}
                    <p class="row-text">{t(next.next)}</p>
                </li>
                <li class="today-row">
                    {row_icon("check")}
                    <p class="row-text">{t(next.morning)}</p>
                </li>
                {next.walk.map(|walk| view! {
                    <li class="today-row">
                        {row_icon("walk")}
                        <div class="row-text">
                            <p>{t(walk)}</p>
                            <A href=href(&log) attr:class="text-link">{t(messages::session_next_log_walk())}</A>
                        </div>
                    </li>
                })}
            </ul>
            <A href=href("/") attr:class="button primary big">{t(messages::session_next_today())}</A>
            <p class="hero-links">
                <A href=href("/history") attr:class="text-link">{t(messages::session_next_history())}</A>
            </p>
        </section>
    }
}
