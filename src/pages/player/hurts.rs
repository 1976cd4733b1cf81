//! "This hurts": rate the pain; the one pain rule, against the person's usual pain, decides
//! what to offer. "Make it easier" is always there; the answer can be changed until the
//! dialog closes, and the last one is what is recorded.

use leptos::prelude::*;

use crate::components::pain_picker::PainPicker;
use crate::domain::i18n::messages;
use crate::domain::pain::{PainLight, PainScore};
use crate::domain::player::Player;
use crate::platform::speech;
use crate::state::{lang, t, use_history, use_plan, use_prefs};

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
                speech::say_in(lang().tag(), &t(a.words));
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
    view! {
        <div class="dialog-backdrop">
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="hurts-title">
                <h2 id="hurts-title">{t(messages::session_hurts_title())}</h2>
                <PainPicker label=t(messages::session_hurts_how_bad()) name="pain-during" value=pain />
                <label class="option check-option">
                    <input
                        type="checkbox"
                        name="pain-spreading"
                        prop:checked=move || spreading.get()
                        on:change=move |ev| spreading.set(event_target_checked(&ev))
                    />
                    <span>{t(messages::session_hurts_spreading())}</span>
                </label>
                {move || advice().map(|a| {
                    let red = a.light == PainLight::Red;
                    let easier = t(a.easier.label());
                    let carry_on = match a.light {
                        PainLight::Green => Some(t(messages::session_carry_on())),
                        PainLight::Amber => Some(t(messages::session_carry_on_gently())),
                        PainLight::Red => None,
                    };
                    view! {
                        <p class=if red { "stop-advice" } else { "" } role="status">{t(a.words)}</p>
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
                            <button type="button" class="button" on:click=choice(HurtsChoice::Skip)>{t(messages::session_skip_exercise())}</button>
                        </div>
                        <button type="button" class=if red { "button danger" } else { "link-button" } on:click=choice(HurtsChoice::End)>{t(messages::session_end())}</button>
                    }
                })}
                <Show when=move || pain.get().is_none()>
                    <button type="button" class="link-button" on:click=choice(HurtsChoice::CarryOn)>{t(messages::session_hurts_close())}</button>
                </Show>
            </div>
        </div>
    }
}
