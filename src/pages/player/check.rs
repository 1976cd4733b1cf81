//! Before a session: how is your back right now, and is anything new or alarming?

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::pain_picker::PainPicker;
use crate::components::red_flag_list::RedFlagList;
use crate::domain::pain::PainScore;
use crate::domain::routine::Routine;
use crate::platform::base_path::href;
use crate::platform::{speech, tones};

#[component]
pub fn Check(
    routine: Routine,
    /// Called with the pain rating when the person starts.
    #[prop(into)]
    on_start: Callback<Option<PainScore>>,
    /// Called when the person says something new or alarming is going on.
    #[prop(into)]
    on_red_flag: Callback<()>,
) -> impl IntoView {
    let pain = RwSignal::new(None::<PainScore>);
    let alarming = RwSignal::new(None::<bool>);
    let start = move |_| {
        // Inside the tap: browsers (iOS above all) only allow sound and speech that a
        // gesture started.
        speech::unlock();
        tones::unlock();
        if alarming.get_untracked() == Some(true) {
            on_red_flag.run(());
        } else {
            on_start.run(pain.get_untracked());
        }
    };
    let high = move || pain.get().is_some_and(|p| p.value() >= 7);
    view! {
        <section class="page check">
            <p class="eyebrow">{routine.name.to_string()}</p>
            <h1>"Before you start"</h1>
            <PainPicker label="How is your back right now?" name="pain-before" value=pain />
            <Show when=high>
                <p class="card note">
                    "That's a lot of pain. A gentler routine, or a rest day, may suit you better today. "
                    "If it keeps getting worse, check in with a health professional."
                </p>
            </Show>
            <fieldset class="choice">
                <legend>"Is anything new or alarming going on with your back or legs?"</legend>
                <label class="option">
                    <input
                        type="radio"
                        name="alarming"
                        prop:checked=move || alarming.get() == Some(false)
                        on:change=move |_| alarming.set(Some(false))
                    />
                    <span>"No, just my usual back pain"</span>
                </label>
                <label class="option">
                    <input
                        type="radio"
                        name="alarming"
                        prop:checked=move || alarming.get() == Some(true)
                        on:change=move |_| alarming.set(Some(true))
                    />
                    <span>"Yes, something new or worrying"</span>
                </label>
                <details class="flags">
                    <summary>"What counts as a warning sign?"</summary>
                    <RedFlagList />
                </details>
            </fieldset>
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

/// Shown instead of the session when something new or alarming is going on.
#[component]
pub fn RedFlagStop() -> impl IntoView {
    view! {
        <section class="page stop" role="alert">
            <h1>"Let's not exercise today"</h1>
            <p class="lead">
                "Something new or worrying with your back should be checked by a professional before you exercise."
            </p>
            <p>
                <strong>"Get medical help the same day"</strong>
                " (your doctor, an urgent care service, or an emergency number) if you have any of these:"
            </p>
            <RedFlagList />
            <p>
                "If it's something else that worries you, ring your doctor or physiotherapist for advice. "
                "Gentle walking around the house is usually fine while you wait, if it doesn't make things worse."
            </p>
            <A href=href("/") attr:class="button primary big">"Back to Today"</A>
        </section>
    }
}
