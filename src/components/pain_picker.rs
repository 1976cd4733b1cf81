use leptos::prelude::*;

use crate::domain::pain::PainScore;

/// Eleven choices for a 0-10 pain rating, in one row even at 320 px, with both ends named in
/// words and the traffic-light bands as a strip beneath. They are native radio buttons under
/// the styling, so arrow keys, screen readers and form semantics all work as people expect.
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
    let options = (0..=PainScore::MAX)
        .filter_map(PainScore::new)
        .map(|score| {
            view! {
                <label class="pain-option">
                    <input
                        type="radio"
                        name=name.clone()
                        value=score.value()
                        aria-label=format!("{} out of 10, {}", score.value(), score.word())
                        prop:checked=move || value.get() == Some(score)
                        on:change=move |_| value.set(Some(score))
                    />
                    <span aria-hidden="true">{score.value()}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="pain-picker">
            <legend>{label}</legend>
            <div class="pain-scale">{options}</div>
            <div class="pain-band" aria-hidden="true"></div>
            <div class="pain-ends" aria-hidden="true">
                <span>"0: no pain"</span>
                <span>"10: worst pain imaginable"</span>
            </div>
        </fieldset>
    }
}
