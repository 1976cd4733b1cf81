//! `/shared#…`: a routine someone sent as a link. The link is read here, in the browser; it
//! is shown as a preview, and saved only when the person says so.

use leptos::prelude::*;

use crate::components::exercise_row::DosedExerciseRow;
use crate::components::link::A;
use crate::components::safety::{SafetyQuestion, SafetyStop};
use crate::domain::calendar;
use crate::domain::custom::{CustomRoutine, RoutineDraft};
use crate::domain::i18n::messages as m;
use crate::domain::routine::Level;
use crate::domain::safety::Tier;
use crate::domain::share;
use crate::platform::base_path::href;
use crate::platform::{clock, share as platform_share};
use crate::state::{t, use_history, use_location, use_navigate, use_plan, use_prefs, use_routines};

#[component]
pub fn SharedRoutine() -> impl IntoView {
    // Follows the address, so a second link opened on this page (or pasted on Routines)
    // shows its own routine.
    let hash = use_location().hash;
    let opened = Memo::new(move |_| {
        let h = hash.get();
        share::decode(
            if h.is_empty() {
                platform_share::fragment()
            } else {
                h
            }
            .as_str(),
        )
    });
    // On a device that has never seen Limber, say what it is and ask the safety question
    // before the routine can be saved or started. A sign flagged earlier and not yet checked
    // shows its advice instead.
    let plan = use_plan();
    let history = use_history();
    let asked = RwSignal::new(None::<Option<Tier>>);
    let needs_question =
        move || plan.profile.with(Option::is_none) && plan.safety.with(|r| r.is_empty());
    view! {
        <section class="page shared">
            {move || match opened.get() {
                Ok(_) if !plan.allows_sessions() => view! { <SafetyStop on_cleared=|| () /> }.into_any(),
                Ok(_) if needs_question() => view! {
                    <p class="eyebrow">{t(m::routines_shared_eyebrow())}</p>
                    <h1>{t(m::routines_shared_before())}</h1>
                    <p class="lead">{t(m::routines_shared_intro())}</p>
                    <SafetyQuestion name="shared-flags" answer=asked />
                    <button
                        type="button"
                        class="button primary big"
                        disabled=move || asked.get().is_none()
                        on:click=move |_| plan.answer_safety(history, asked.get_untracked().flatten())
                    >
                        {t(m::routines_shared_next())}
                    </button>
                }.into_any(),
                Ok(draft) => view! { <Preview draft /> }.into_any(),
                Err(e) => view! {
                    <h1>{t(m::routines_shared_cannot_open())}</h1>
                    <p class="card note" role="alert">{t(e.msg())}</p>
                    <p>{t(m::routines_shared_untouched())}</p>
                    <div class="actions">
                        <A href=href("/") attr:class="button primary">{t(m::routines_go_today())}</A>
                    </div>
                }.into_any(),
            }}
        </section>
    }
}

/// "Open a routine someone sent you": paste a whole share link (or just what follows its
/// `#`). For the home-screen app on iPhone, which can't be opened from a link in Messages.
#[component]
pub fn PasteLink() -> impl IntoView {
    let navigate = use_navigate();
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let pasted = text.get_untracked();
        let fragment = match pasted.split_once('#') {
            Some((_, after)) => after.trim().to_string(),
            None => pasted.trim().to_string(),
        };
        if !fragment.starts_with("v=") {
            error.set(Some(t(m::routines_paste_not_a_link())));
            return;
        }
        error.set(None);
        navigate.to(&format!("/shared#{fragment}"));
    };
    view! {
        <details class="card paste-link">
            <summary>{t(m::routines_paste_title())}</summary>
            <p class="small">{t(m::routines_paste_help())}</p>
            <form class="inline-form" on:submit=open novalidate>
                <label class="field">
                    <span>{t(m::routines_paste_label())}</span>
                    <input
                        type="url"
                        autocomplete="off"
                        prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))
                    />
                </label>
                <button type="submit" class="button">{t(m::routines_paste_open())}</button>
            </form>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </details>
    }
}

#[component]
fn Preview(draft: RoutineDraft) -> impl IntoView {
    // A built-in routine came by its id: it is shown, and saved, under its name in this
    // person's language (and says what it is for, unless the sender wrote something).
    let title = t(draft.title());
    let lead = (!draft.note.trim().is_empty() || draft.built_in.is_some()).then(|| t(draft.goal()));
    let draft = draft.named(title.clone());
    let routines = use_routines();
    let navigate = use_navigate();
    let routine = draft.preview();
    // A shared routine is saved as written: its length at the standard level, at the
    // person's pace, as the player will run it.
    let pace = use_prefs().settings.with_untracked(|s| s.pace);
    let already = routines
        .own
        .with_untracked(|own| own.iter().find(|c| c.draft == draft).map(|c| c.id.clone()));
    let error = RwSignal::new(None::<String>);
    let draft = StoredValue::new(draft);
    let save = move |_| match CustomRoutine::create(
        draft.get_value(),
        clock::now_ms(),
        clock::random_u32(),
    ) {
        Err(e) => error.set(Some(t(e.msg()))),
        Ok(saved) => {
            let id = saved.id.clone();
            match routines.put(saved) {
                Ok(()) => navigate.to(&format!("/routines/{id}")),
                Err(e) => error.set(Some(e)),
            }
        }
    };
    let from = draft.with_value(|d| d.from.clone());
    let items = routine
        .exercises()
        .map(|(exercise, dose)| view! { <DosedExerciseRow exercise dose badge=None /> })
        .collect_view();
    view! {
        <p class="eyebrow">
            {t(if from.is_empty() { m::routines_shared_eyebrow() } else { m::routines_shared_by(from) })}
        </p>
        <h1>{title}</h1>
        {lead.map(|lead| view! { <p class="lead">{lead}</p> })}
        <p class="muted">
            {t(m::routines_shared_meta(
                routine.stage.label_msg(),
                routine.items.len(),
                calendar::length_minutes(routine.length_secs(Level::STANDARD, pace)),
            ))}
        </p>
        <ol class="exercise-rows numbered">{items}</ol>
        <p class="card note">{t(m::routines_shared_look_first())}</p>
        {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        {match already {
            Some(id) => view! {
                <p role="status">{t(m::routines_shared_saved_already())}</p>
                <div class="actions">
                    <A href=href(&format!("/routines/{id}")) attr:class="button primary">{t(m::routines_shared_open_it())}</A>
                    <A href=href("/") attr:class="button">{t(m::routines_go_today())}</A>
                </div>
            }.into_any(),
            None => view! {
                <div class="actions">
                    <button type="button" class="button primary big" on:click=save>{t(m::routines_shared_save())}</button>
                    <A href=href("/") attr:class="button">{t(m::routines_shared_not_now())}</A>
                </div>
            }.into_any(),
        }}
    }
}
