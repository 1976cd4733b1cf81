use leptos::prelude::*;

use crate::domain::figure::draw::Motion;
use crate::domain::figure::Figure;
use crate::platform::motion::prefers_reduced_motion;
use crate::state::Prefs;

/// An exercise illustration: a body moving gently between the start and end pose, with
/// the moving parts in the accent colour and an arrow along the main movement. When the
/// person prefers reduced motion it stands still, showing the start faintly behind the end.
/// The drawing itself is built by the domain ([`Figure::markup`]) from the pose numbers.
#[component]
pub fn ExerciseFigure(
    /// The figure to draw.
    figure: Figure,
    /// Accessible description, e.g. "Pelvic tilt: start and end position". Empty for a
    /// decorative thumbnail next to the exercise's name: screen readers then skip it.
    #[prop(into)]
    label: String,
    /// Extra CSS class for sizing.
    #[prop(optional, into)]
    class: String,
    /// Draw it still even when motion is fine (for thumbnails in long lists, where dozens
    /// of moving figures would distract and cost battery).
    #[prop(optional)]
    still: bool,
    /// The exercise is a hold: the loop stays a while in the end pose.
    #[prop(optional)]
    hold: bool,
    /// Draw it mirrored, so the near (highlighted) side is the person's right.
    #[prop(optional)]
    mirrored: bool,
) -> impl IntoView {
    // The person's choice in Settings, else what the device asks for.
    let reduced = use_context::<Prefs>().map_or_else(prefers_reduced_motion, |p| {
        p.settings
            .with_untracked(|s| s.motion.reduced(prefers_reduced_motion()))
    });
    let motion = if still || reduced {
        Motion::Still
    } else {
        Motion::Loop { hold }
    };
    // A thumbnail (always still) gets the tighter box.
    let (x, y, w, h) = if still {
        figure.thumb_bounds()
    } else {
        figure.bounds()
    };
    let mirror = if mirrored { " mirrored" } else { "" };
    view! {
        <svg
            class=format!("figure {class}{mirror}")
            viewBox=format!("{x} {y} {w} {h}")
            role=(!label.is_empty()).then_some("img")
            aria-hidden=label.is_empty().then_some("true")
            aria-label=(!label.is_empty()).then_some(label)
            inner_html=figure.markup(motion)
        ></svg>
    }
}
