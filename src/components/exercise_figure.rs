use leptos::prelude::*;

use crate::domain::figure::{points_attr, Figure, Part, Pose, Prop, FLOOR_Y, HEAD_R, VIEW};
use crate::platform::motion::prefers_reduced_motion;
use crate::state::Prefs;

/// Seconds for one start → end → start cycle: slow, like a calm breath.
const CYCLE_SECS: u32 = 5;

/// An exercise illustration: a simple figure moving gently between the start and end pose,
/// with the moving limbs in the accent colour. When the person prefers reduced motion it
/// stands still, showing the start pose faintly behind the end pose.
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
) -> impl IntoView {
    // The person's choice in Settings, else what the device asks for.
    let reduced = use_context::<Prefs>().map_or_else(prefers_reduced_motion, |p| {
        p.settings
            .with_untracked(|s| s.motion.reduced(prefers_reduced_motion()))
    });
    let animate = !still && !reduced;
    let (x, y, w, h) = figure.bounds();
    let water = figure.props.iter().find_map(|p| match p {
        Prop::Water { y } => Some(*y),
        _ => None,
    });
    let ground = match water {
        Some(y) => view! {
            <path class="water" d=format!("M0 {y} q7.5 -3 15 0 t15 0 t15 0 t15 0 t15 0 t15 0 t15 0 t15 0") />
        }
        .into_any(),
        None => view! { <line class="floor" x1="0" y1=FLOOR_Y x2=VIEW.0 y2=FLOOR_Y /> }.into_any(),
    };
    let props = figure
        .props
        .iter()
        .map(|prop| prop_view(*prop, &figure))
        .collect_view();
    // Reduced motion: a faint start pose behind a solid end pose.
    let ghost = (!animate).then(|| pose_view(&figure, figure.start, None, "ghost"));
    let main = if animate {
        pose_view(&figure, figure.start, Some(figure.end), "pose")
    } else {
        pose_view(&figure, figure.end, None, "pose")
    };
    view! {
        <svg
            class=format!("figure {class}")
            viewBox=format!("{x} {y} {w} {h}")
            role=(!label.is_empty()).then_some("img")
            aria-hidden=label.is_empty().then_some("true")
            aria-label=(!label.is_empty()).then_some(label)
        >
            {ground}
            {props}
            {ghost}
            {main}
        </svg>
    }
}

/// One pose; with `to`, every part animates from `pose` to `to` and back.
fn pose_view(figure: &Figure, pose: Pose, to: Option<Pose>, class: &'static str) -> AnyView {
    let parts = Part::ALL
        .into_iter()
        .map(|part| {
            let moving = if figure.moves(part) { " moving" } else { "" };
            let class = format!("{}{moving}", part.class());
            let from = pose.points(part);
            let target = to.map(|t| t.points(part));
            if part == Part::Head {
                let (cx, cy) = from[0];
                let anim = target.map(|t| {
                    let (tx, ty) = t[0];
                    view! {
                        <animate attributeName="cx" values=format!("{cx};{tx};{cx}") dur=format!("{CYCLE_SECS}s") repeatCount="indefinite" calcMode="spline" keyTimes="0;0.5;1" keySplines="0.45 0 0.55 1;0.45 0 0.55 1" />
                        <animate attributeName="cy" values=format!("{cy};{ty};{cy}") dur=format!("{CYCLE_SECS}s") repeatCount="indefinite" calcMode="spline" keyTimes="0;0.5;1" keySplines="0.45 0 0.55 1;0.45 0 0.55 1" />
                    }
                });
                view! { <circle class=class cx=cx cy=cy r=HEAD_R>{anim}</circle> }.into_any()
            } else {
                let a = points_attr(&from);
                let anim = target.map(|t| {
                    let b = points_attr(&t);
                    view! {
                        <animate attributeName="points" values=format!("{a};{b};{a}") dur=format!("{CYCLE_SECS}s") repeatCount="indefinite" calcMode="spline" keyTimes="0;0.5;1" keySplines="0.45 0 0.55 1;0.45 0 0.55 1" />
                    }
                });
                view! { <polyline class=class points=a.clone()>{anim}</polyline> }.into_any()
            }
        })
        .collect_view();
    view! { <g class=class>{parts}</g> }.into_any()
}

fn prop_view(prop: Prop, figure: &Figure) -> AnyView {
    match prop {
        Prop::Chair { x, seat_y } => {
            // Seat from x-16 to x, legs to the floor, back rest on the left.
            let d = format!(
                "M{} {seat_y} H{x} M{} {seat_y} V{FLOOR_Y} M{} {seat_y} V{FLOOR_Y} M{} {seat_y} V{}",
                x - 16,
                x - 15,
                x - 1,
                x - 16,
                seat_y - 22
            );
            view! { <path class="prop" d=d /> }.into_any()
        }
        Prop::Wall { x } => {
            view! { <line class="prop wall" x1=x y1="0" x2=x y2=FLOOR_Y /> }.into_any()
        }
        Prop::Strap => {
            let (s, e) = (figure.start, figure.end);
            let line = |p: Pose| points_attr(&[p.hand[0], p.foot[0]]);
            view! {
                <polyline class="prop strap" points=line(s)>
                    <animate attributeName="points" values=format!("{};{};{}", line(s), line(e), line(s)) dur=format!("{CYCLE_SECS}s") repeatCount="indefinite" calcMode="spline" keyTimes="0;0.5;1" keySplines="0.45 0 0.55 1;0.45 0 0.55 1" />
                </polyline>
            }
            .into_any()
        }
        Prop::Bike { saddle, bar, crank } => {
            let d = format!(
                "M{} {} H{} M{} {} L{} {} L{} {} M{} {} L{} {} M{} {} H{}",
                saddle.0 - 5,
                saddle.1,
                saddle.0 + 5,
                saddle.0,
                saddle.1,
                crank.0,
                crank.1,
                bar.0,
                bar.1,
                crank.0,
                crank.1,
                crank.0 - 4,
                FLOOR_Y,
                crank.0 - 14,
                FLOOR_Y,
                crank.0 + 14
            );
            view! {
                <path class="prop" d=d />
                <circle class="prop" cx=crank.0 cy=crank.1 r="7" />
            }
            .into_any()
        }
        Prop::Water { .. } => ().into_any(),
        Prop::Cushion { at } => view! {
            <ellipse class="prop cushion" cx=at.0 cy=at.1 rx="7" ry="3" />
        }
        .into_any(),
    }
}
