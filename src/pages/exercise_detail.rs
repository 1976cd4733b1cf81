use leptos::prelude::*;

use crate::components::exercise_figure::ExerciseFigure;
use crate::components::link::A;
use crate::domain::catalog;
use crate::domain::exercise::{Exercise, Work};
use crate::pages::not_found::NotFound;
use crate::platform::base_path::href;

/// One exercise: the figure, how to do it, what to keep in mind, when to stop, its easier
/// and harder versions, and the routines that use it.
#[component]
pub fn ExerciseDetail() -> impl IntoView {
    let id = crate::state::use_screen_param();
    let exercise = move || id.with(|id| id.as_deref().and_then(catalog::exercise));
    move || match exercise() {
        None => view! { <NotFound /> }.into_any(),
        Some(ex) => view! { <ExerciseView ex /> }.into_any(),
    }
}

#[component]
fn ExerciseView(ex: &'static Exercise) -> impl IntoView {
    let variant = |id: Option<&'static str>, label: &'static str| {
        id.and_then(catalog::exercise).map(|v| {
            view! {
                <li>
                    <span class="muted">{label}</span>
                    <A href=href(&format!("/exercises/{}", v.id))>{v.name}</A>
                </li>
            }
        })
    };
    let used_in = catalog::routines_using(ex.id);
    let equipment: Vec<&str> = ex.equipment.iter().map(|e| e.label()).collect();
    let areas: Vec<&str> = ex.areas.iter().map(|a| a.label()).collect();
    let guide = ex.guide();
    view! {
        <article class="page exercise-detail">
            <A href=href("/exercises") attr:class="back">"‹ All exercises"</A>
            <h1>{ex.name}</h1>
            <p class="lead">{guide.purpose}</p>
            <figure class="exercise-figure">
                <ExerciseFigure
                    figure=guide.figure
                    label=format!("{}: start and end position", ex.name)
                    class="large"
                    hold=matches!(ex.dose.work, Work::Hold { .. })
                />
                <figcaption>{ex.figure_caption()}</figcaption>
            </figure>
            <dl class="facts">
                <div><dt>"Suggested"</dt><dd>{ex.sides.describe(ex.dose)}</dd></div>
                <div><dt>"Position"</dt><dd>{ex.position.label()}</dd></div>
                <div><dt>"You need"</dt><dd>{equipment.join(", ")}</dd></div>
                <div><dt>"Works"</dt><dd>{areas.join(", ")}</dd></div>
            </dl>
            <h2>"How to do it"</h2>
            <ol class="steps">{guide.steps.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ol>
            <h2>"Keep in mind"</h2>
            <ul>{guide.cues.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ul>
            <div class="caution">
                <h2>"Stop if"</h2>
                <ul>{guide.cautions.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ul>
            </div>
            {(ex.easier.is_some() || ex.harder.is_some()).then(|| view! {
                <h2>"Easier and harder versions"</h2>
                <ul class="variants">
                    {variant(ex.easier, "Easier: ")}
                    {variant(ex.harder, "Harder: ")}
                </ul>
            })}
            {(!used_in.is_empty()).then(|| view! {
                <h2>"Used in"</h2>
                <ul class="variants">
                    {used_in.into_iter().map(|r| view! {
                        <li><A href=href(&format!("/routines/{}", r.id))>{r.name.as_ref()}</A></li>
                    }).collect_view()}
                </ul>
            })}
        </article>
    }
}
