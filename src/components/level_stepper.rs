use leptos::prelude::*;

use crate::domain::routine::Level;

/// How hard a routine runs, as one control that never wraps: − and + either side of the
/// level's name, with a row of dots showing where it sits among the five. The buttons say
/// "Easier" and "Harder" to screen readers, and the name is announced as it changes.
#[component]
pub fn LevelStepper(level: RwSignal<i8>) -> impl IntoView {
    let step = move |by: i8| level.update(|v| *v = (*v + by).clamp(Level::MIN, Level::MAX));
    // Worked out here: a `<` or `>` inside the view's attributes reads as a tag.
    let at_min = move || level.get() <= Level::MIN;
    let at_max = move || level.get() >= Level::MAX;
    let lit = move |dot: i8| dot <= level.get();
    view! {
        <div class="level-stepper" role="group" aria-label="How hard">
            <button
                type="button"
                class="step-button"
                aria-label="Easier"
                disabled=at_min
                on:click=move |_| step(-1)
            >
                "−"
            </button>
            <p class="level-now" aria-live="polite">
                <span class="small muted">"How hard"</span>
                <strong>{move || Level::new(level.get()).label()}</strong>
                <span class="level-dots" aria-hidden="true">
                    {(Level::MIN..=Level::MAX).map(|v| view! {
                        <span class="dot" class:on=move || lit(v)></span>
                    }).collect_view()}
                </span>
            </p>
            <button
                type="button"
                class="step-button"
                aria-label="Harder"
                disabled=at_max
                on:click=move |_| step(1)
            >
                "+"
            </button>
        </div>
    }
}
