use leptos::prelude::*;

use crate::domain::figure::draw::Motion;
use crate::domain::figure::Figure;
use crate::platform::visibility;
use crate::state::reduced_motion;

/// An exercise illustration: a body moving gently between the start and end pose, with
/// the moving parts in the accent colour and an arrow along the main movement. When the
/// person prefers reduced motion it stands still, showing the start faintly behind the end.
/// The drawing itself is built by the domain ([`Figure::markup`]) from the pose numbers.
///
/// Still, it is one `<svg>`. Moving, it is a `.flipbook`: a box the figure's shape holding
/// the domain's stacked pictures, which the stylesheet cross-fades (only their opacity
/// changes, so the browser's compositor runs the loop without the page laying out or
/// repainting); the loop pauses while the page is hidden.
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
    let reduced = reduced_motion();
    let mirror = if mirrored { " mirrored" } else { "" };
    let role = (!label.is_empty()).then_some("img");
    let hidden = label.is_empty().then_some("true");
    let label = (!label.is_empty()).then_some(label);
    if still || reduced {
        // A thumbnail (always still) gets the tighter box.
        let (x, y, w, h) = if still {
            figure.thumb_bounds()
        } else {
            figure.bounds()
        };
        return view! {
            <svg
                class=format!("figure {class}{mirror}")
                viewBox=format!("{x} {y} {w} {h}")
                role=role
                aria-hidden=hidden
                aria-label=label
                inner_html=figure.markup(Motion::Still)
            ></svg>
        }
        .into_any();
    }
    visibility::mark_hidden_page();
    let (_, _, w, h) = figure.bounds();
    let timing = if hold { " hold" } else { "" };
    view! {
        <div
            class=format!("figure flipbook{timing} {class}{mirror}")
            // Set through the style object, which the Content-Security-Policy allows.
            style:aspect-ratio=format!("{w} / {h}")
            role=role
            aria-hidden=hidden
            aria-label=label
            inner_html=figure.markup(Motion::Loop { hold })
        ></div>
    }
    .into_any()
}
