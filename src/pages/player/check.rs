//! Before a session: how is your back right now, and is anything new or alarming?

use leptos::prelude::*;

use crate::components::link::A;
use crate::components::pain_picker::PainPicker;
use crate::components::safety::SafetyQuestion;
use crate::domain::pain::PainScore;
use crate::domain::routine::Routine;
use crate::domain::safety::Tier;
use crate::platform::base_path::href;
use crate::platform::{speech, tones};

#[component]
pub fn Check(
    routine: Routine,
    /// Called with the pain rating when the person starts.
    #[prop(into)]
    on_start: Callback<Option<PainScore>>,
    /// Called when the person says a warning sign applies, with its tier.
    #[prop(into)]
    on_red_flag: Callback<Tier>,
) -> impl IntoView {
    let pain = RwSignal::new(None::<PainScore>);
    let alarming = RwSignal::new(None::<Option<Tier>>);
    let start = move |_| {
        // Inside the tap: browsers (iOS above all) only allow sound and speech that a
        // gesture started.
        speech::unlock();
        tones::unlock();
        if let Some(Some(tier)) = alarming.get_untracked() {
            on_red_flag.run(tier);
        } else {
            on_start.run(pain.get_untracked());
        }
    };
    let high = move || pain.get().is_some_and(|p| p.value() >= 7);
    view! {
        <section class="page check">
            <A href=href(&format!("/routines/{}", routine.id)) attr:class="back">"‹ Back"</A>
            <p class="eyebrow">{routine.name.to_string()}</p>
            <h1>"Before you start"</h1>
            <PainPicker label="How is your back right now?" name="pain-before" value=pain />
            <Show when=high>
                <p class="card note">
                    "That's a lot of pain. A gentler routine, or a rest day, may suit you better today. "
                    "If it keeps getting worse, check in with a health professional."
                </p>
            </Show>
            <SafetyQuestion name="alarming" answer=alarming folded=true />
            <button
                type="button"
                class="button primary big"
                disabled=move || alarming.get().is_none()
                on:click=start
            >
                "Start"
            </button>
            <Show when=move || alarming.get().is_none()>
                <p class="muted small">"Answer the question above to start."</p>
            </Show>
        </section>
    }
}
