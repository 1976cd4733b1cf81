use leptos::prelude::*;

use crate::domain::i18n::messages as m;
use crate::domain::routine::Level;
use crate::domain::today::level_msg;
use crate::state::t;

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
        <div class="level-stepper" role="group" aria-label=t(m::today_level_group())>
            <button
                type="button"
                class="step-button"
                aria-label=t(m::today_level_easier_button())
                disabled=at_min
                on:click=move |_| step(-1)
            >
                "−"
            </button>
            <p class="level-now" aria-live="polite">
                <span class="small muted">{t(m::today_level_group())}</span>
                <strong>{move || t(level_msg(Level::new(level.get())))}</strong>
                <span class="level-dots" aria-hidden="true">
                    {(Level::MIN..=Level::MAX).map(|v| view! {
                        <span class="dot" class:on=move || lit(v)></span>
                    }).collect_view()}
                </span>
            </p>
            <button
                type="button"
                class="step-button"
                aria-label=t(m::today_level_harder_button())
                disabled=at_max
                on:click=move |_| step(1)
            >
                "+"
            </button>
        </div>
    }
}
