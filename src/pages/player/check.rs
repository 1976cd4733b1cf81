//! Before a session: how is your back right now, and is anything new or alarming?

use leptos::prelude::*;

use crate::components::link::A;
use crate::components::pain_picker::PainPicker;
use crate::components::safety::SafetyQuestion;
use crate::domain::exercise::Equipment;
use crate::domain::i18n::messages;
use crate::domain::pain::{self, PainScore};
use crate::domain::routine::{Level, Routine, Stage};
use crate::domain::safety::Tier;
use crate::domain::schedule;
use crate::platform::base_path::href;
use crate::platform::{speech, tones};
use crate::state::{t, use_history, use_plan, use_prefs};

#[component]
pub fn Check(
    routine: Routine,
    /// The level the session runs at, for its length.
    level: Level,
    /// Called with the pain rating when the person starts.
    #[prop(into)]
    on_start: Callback<Option<PainScore>>,
    /// Called when the person says a warning sign applies, with its tier.
    #[prop(into)]
    on_red_flag: Callback<Tier>,
) -> impl IntoView {
    let history = use_history();
    let plan = use_plan();
    // A pain answer from the last hour (first run, next morning, flare plan) is offered as
    // the answer, so nobody is asked the same thing twice; it can be changed.
    let recent = plan.recent_pain(history);
    let pain = RwSignal::new(recent.and_then(PainScore::new));
    let alarming = RwSignal::new(None::<Option<Tier>>);
    let start = move |_| {
        // Inside the tap: browsers (iOS above all) only allow sound and speech that a
        // gesture started.
        speech::unlock();
        tones::unlock();
        if let Some(Some(tier)) = alarming.get_untracked() {
            on_red_flag.run(tier);
        } else {
            // "None of these" is an answer too: next time the signs can be folded away.
            if plan.safety.with_untracked(|s| s.is_empty()) {
                plan.answer_safety(history, None);
            }
            on_start.run(pain.get_untracked());
        }
    };
    // The one pain rule, against the person's usual pain; the routines for bad days are
    // already the gentlest, so there is nothing gentler to offer then.
    let gentlest = routine.stage == Stage::FlareUp;
    let high = move || {
        let p = pain.get()?.value();
        pain::before_session_msg(p, plan.usual(history, Some(p)), gentlest)
    };
    let pace = use_prefs().settings.with_untracked(|s| s.pace);
    let length = schedule::about_msg(routine.length_secs(level, pace));
    // Someone who has never answered the warning-sign question sees the signs in full.
    let folded = !plan.safety.with_untracked(|s| s.is_empty());
    view! {
        <section class="page check">
            <A href=href(&format!("/routines/{}", routine.id)) attr:class="back">{t(messages::session_check_back())}</A>
            // The length the player will take: this level, the person's pace.
            <p class="eyebrow">{t(messages::session_check_eyebrow(routine.title(), length))}</p>
            <h1>{t(messages::session_check_title())}</h1>
            {Equipment::sentence_msg(&routine.equipment(level)).map(|s| view! { <p class="equipment">{t(s)}</p> })}
            <PainPicker label=t(messages::session_check_pain()) name="pain-before" value=pain />
            {recent.map(|n| view! {
                <p class="small muted recent-pain">{t(messages::session_check_recent(n))}</p>
            })}
            {move || high().map(|note| view! { <p class="card note">{t(note)}</p> })}
            <SafetyQuestion name="alarming" answer=alarming folded />
            <button
                type="button"
                class="button primary big"
                disabled=move || alarming.get().is_none()
                on:click=start
            >
                {t(messages::session_start())}
            </button>
            <Show when=move || alarming.get().is_none()>
                <p class="muted small">{t(messages::session_check_answer_first())}</p>
            </Show>
        </section>
    }
}
