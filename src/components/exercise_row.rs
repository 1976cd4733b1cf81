//! One exercise of a routine as a row: a still figure, the name, the dose, and an optional
//! badge ("Easier version"). Links to the exercise's own page.

use leptos::prelude::*;

use crate::components::exercise_figure::ExerciseFigure;
use crate::components::link::A;
use crate::domain::exercise::{Dose, Exercise};
use crate::platform::base_path::href;
use crate::state::t;

#[component]
pub fn DosedExerciseRow(
    exercise: &'static Exercise,
    dose: Dose,
    /// Words for the badge, in the person's language.
    badge: Option<String>,
) -> impl IntoView {
    view! {
        <li>
            <A href=href(&format!("/exercises/{}", exercise.id)) attr:class="exercise-row">
                <ExerciseFigure figure=exercise.guide().figure label="" class="thumb" still=true />
                <span>
                    <strong>{t(exercise.title())}</strong>
                    <span class="dose">{t(exercise.sides.dose_msg(dose))}</span>
                    {badge.map(|n| view! { <span class="badge">{n}</span> })}
                </span>
            </A>
        </li>
    }
}
