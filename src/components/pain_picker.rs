use leptos::prelude::*;

use crate::domain::i18n::messages as m;
use crate::domain::pain::PainScore;
use crate::state::t;

/// Eleven choices from 0 to 10, with both ends named in words: one row where each choice can
/// be at least 44 px wide, else two (0-5, then 6-10), so a thumb hits the one it means.
/// They are native radio buttons under the styling, so arrow keys, screen readers and form
/// semantics all work as people expect.
fn scale_row(
    label: String,
    name: String,
    aria: impl Fn(u8) -> String,
    chosen: Signal<Option<u8>>,
    pick: Callback<u8>,
    ends: [String; 2],
    band: bool,
) -> impl IntoView {
    let options = (0..=10u8)
        .map(|n| {
            view! {
                <label class="pain-option">
                    <input
                        type="radio"
                        name=name.clone()
                        value=n
                        aria-label=aria(n)
                        prop:checked=move || chosen.get() == Some(n)
                        on:change=move |_| pick.run(n)
                    />
                    <span aria-hidden="true">{n}</span>
                </label>
            }
        })
        .collect_view();
    let [low, high] = ends;
    view! {
        <fieldset class="pain-picker">
            <legend>{label}</legend>
            <div class="pain-scale-box">
                <div class="pain-scale">{options}</div>
                {band.then(|| view! { <div class="pain-band" aria-hidden="true"></div> })}
            </div>
            <div class="pain-ends" aria-hidden="true">
                <span>{low}</span>
                <span>{high}</span>
            </div>
        </fieldset>
    }
}

/// A 0-10 pain rating, with the traffic-light bands as a calm strip beneath.
#[component]
pub fn PainPicker(
    /// Visible question, also the group's accessible name.
    #[prop(into)]
    label: String,
    /// Radio group name, unique on the page.
    #[prop(into)]
    name: String,
    /// The chosen score, if any.
    value: RwSignal<Option<PainScore>>,
) -> impl IntoView {
    scale_row(
        label,
        name,
        |n| match PainScore::new(n) {
            Some(p) => t(m::today_pain_option(n, p.word_msg())),
            None => n.to_string(),
        },
        Signal::derive(move || value.get().map(PainScore::value)),
        Callback::new(move |n| value.set(PainScore::new(n))),
        [t(m::today_pain_end_low()), t(m::today_pain_end_high())],
        true,
    )
}

/// How well someone can do an everyday activity, from 0 (can't do it) to 10 (no trouble):
/// the first run asks it, and the weekly check-in asks it again.
#[component]
pub fn AbilityPicker(
    /// Visible question, also the group's accessible name.
    #[prop(into)]
    label: String,
    /// Radio group name, unique on the page.
    #[prop(into)]
    name: String,
    /// The chosen rating, if any.
    value: RwSignal<Option<u8>>,
) -> impl IntoView {
    scale_row(
        label,
        name,
        |n| match n {
            0 => t(m::today_ability_none()),
            10 => t(m::today_ability_full()),
            n => t(m::today_ability_option(n)),
        },
        value.into(),
        Callback::new(move |n| value.set(Some(n))),
        [
            t(m::today_ability_end_low()),
            t(m::today_ability_end_high()),
        ],
        false,
    )
}
