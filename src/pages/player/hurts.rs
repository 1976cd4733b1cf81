//! "This hurts": rate the pain, then the traffic-light rule decides what to offer.

use leptos::prelude::*;

use crate::components::pain_picker::PainPicker;
use crate::domain::pain::{PainLight, PainScore};
use crate::domain::player::{PainAdvice, Player};

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
    let pain = RwSignal::new(None::<PainScore>);
    let advice = RwSignal::new(None::<PainAdvice>);
    // Rating records the pain straight away, so it is kept whatever is chosen next.
    Effect::new(move |_| {
        if let Some(p) = pain.get() {
            advice.set(Some(
                player
                    .try_update(|pl| pl.report_pain(p))
                    .unwrap_or(PainAdvice::CarryOn),
            ));
        }
    });
    let choice = move |c: HurtsChoice| move |_| on_choice.run(c);
    view! {
        <div class="dialog-backdrop">
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="hurts-title">
                <h2 id="hurts-title">"Sorry it hurts"</h2>
                <PainPicker label="How bad is it right now?" name="pain-during" value=pain />
                {move || advice.get().map(|a| match a {
                    PainAdvice::CarryOn => view! {
                        <p>{PainLight::Green.advice()}</p>
                        <div class="actions">
                            <button type="button" class="button primary" on:click=choice(HurtsChoice::CarryOn)>"Carry on"</button>
                        </div>
                    }.into_any(),
                    PainAdvice::EaseOrCarryOnGently { easier_available } => view! {
                        <p>{PainLight::Amber.advice()}</p>
                        <div class="actions">
                            {easier_available.then(|| view! {
                                <button type="button" class="button primary" on:click=choice(HurtsChoice::Easier)>"Try the easier version"</button>
                            })}
                            <button type="button" class="button" on:click=choice(HurtsChoice::CarryOn)>"Carry on gently"</button>
                        </div>
                    }.into_any(),
                    PainAdvice::StopThisExercise { easier_available } => view! {
                        <p class="stop-advice">{PainLight::Red.advice()}</p>
                        <div class="actions">
                            {easier_available.then(|| view! {
                                <button type="button" class="button primary" on:click=choice(HurtsChoice::Easier)>"Try the easier version"</button>
                            })}
                            <button type="button" class="button" on:click=choice(HurtsChoice::Skip)>"Skip this exercise"</button>
                        </div>
                        <p class="small">"If the pain doesn't settle, it's wise to end the session for today."</p>
                        <button type="button" class="button danger" on:click=choice(HurtsChoice::End)>"End the session"</button>
                    }.into_any(),
                })}
                <Show when=move || advice.get().is_none()>
                    <button type="button" class="link-button" on:click=choice(HurtsChoice::CarryOn)>"Close"</button>
                </Show>
            </div>
        </div>
    }
}
