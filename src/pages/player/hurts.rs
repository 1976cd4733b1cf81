//! "This hurts": rate the pain; the one pain rule, against the person's usual pain, decides
//! what to offer. "Make it easier" is always there; the answer can be changed until the
//! dialog closes, and the last one is what is recorded.

use leptos::prelude::*;

use crate::components::pain_picker::PainPicker;
use crate::domain::pain::{PainLight, PainScore};
use crate::domain::player::{Easier, Player};
use crate::platform::speech;
use crate::state::{use_history, use_plan, use_prefs};

/// What the person chose in the dialog; the player applies it and the dialog closes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HurtsChoice {
    CarryOn,
    Easier,
    Skip,
    End,
}

/// The dialog. The session is paused while it is open (the caller does that).
#[component]
pub fn HurtsDialog(
    player: RwSignal<Player>,
    #[prop(into)] on_choice: Callback<HurtsChoice>,
) -> impl IntoView {
    let history = use_history();
    let plan = use_plan();
    let pain = RwSignal::new(None::<PainScore>);
    let spreading = RwSignal::new(false);
    let before = player.with_untracked(|p| p.pain_before().map(PainScore::value));
    let usual = plan.usual(history, before);
    let advice = move || {
        pain.get()
            .map(|p| player.with(|pl| pl.advise(p, usual, spreading.get())))
    };
    // With voice on, the advice is said too: the phone may be a metre away on the floor.
    let prefs = use_prefs();
    Effect::new(move |_| {
        if let Some(a) = advice() {
            if prefs.settings.with_untracked(|s| s.voice) {
                speech::say(&a.words);
            }
        }
    });
    // The answer is recorded as the dialog closes, so a corrected answer replaces the first.
    let choice = move |c: HurtsChoice| {
        move |_| {
            if let Some(p) = pain.get_untracked() {
                player.update(|pl| pl.report_pain(p));
            }
            on_choice.run(c);
        }
    };
    let easier_label = move |e: Easier| match e {
        Easier::Variant(name) => format!("Make it easier: {name}"),
        Easier::Smaller => "Make it easier: fewer reps, smaller moves".to_string(),
        Easier::SmallerRange => "Make it easier: smaller, slower moves".to_string(),
    };
    view! {
        <div class="dialog-backdrop">
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="hurts-title">
                <h2 id="hurts-title">"Sorry it hurts"</h2>
                <PainPicker label="How bad is it right now?" name="pain-during" value=pain />
                <label class="option check-option">
                    <input
                        type="checkbox"
                        name="pain-spreading"
                        prop:checked=move || spreading.get()
                        on:change=move |ev| spreading.set(event_target_checked(&ev))
                    />
                    <span>"The pain is spreading down my leg"</span>
                </label>
                {move || advice().map(|a| {
                    let red = a.light == PainLight::Red;
                    let easier = easier_label(a.easier);
                    let carry_on = match a.light {
                        PainLight::Green => Some("Carry on"),
                        PainLight::Amber => Some("Carry on gently"),
                        PainLight::Red => None,
                    };
                    view! {
                        <p class=if red { "stop-advice" } else { "" } role="status">{a.words}</p>
                        <div class="actions">
                            {match carry_on {
                                Some(label) if a.light == PainLight::Green => view! {
                                    <button type="button" class="button primary" on:click=choice(HurtsChoice::CarryOn)>{label}</button>
                                    <button type="button" class="button" on:click=choice(HurtsChoice::Easier)>{easier}</button>
                                }.into_any(),
                                Some(label) => view! {
                                    <button type="button" class="button primary" on:click=choice(HurtsChoice::Easier)>{easier}</button>
                                    <button type="button" class="button" on:click=choice(HurtsChoice::CarryOn)>{label}</button>
                                }.into_any(),
                                None => view! {
                                    <button type="button" class="button primary" on:click=choice(HurtsChoice::Easier)>{easier}</button>
                                }.into_any(),
                            }}
                            <button type="button" class="button" on:click=choice(HurtsChoice::Skip)>"Skip this exercise"</button>
                        </div>
                        <button type="button" class=if red { "button danger" } else { "link-button" } on:click=choice(HurtsChoice::End)>"End the session"</button>
                    }
                })}
                <Show when=move || pain.get().is_none()>
                    <button type="button" class="link-button" on:click=choice(HurtsChoice::CarryOn)>"Close"</button>
                </Show>
            </div>
        </div>
    }
}
