use leptos::prelude::*;

use crate::components::exercise_figure::ExerciseFigure;
use crate::components::link::A;
use crate::domain::catalog;
use crate::domain::exercise::{Exercise, Work};
use crate::domain::i18n::{messages as m, Msg};
use crate::pages::not_found::NotFound;
use crate::platform::base_path::href;
use crate::state::t;

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
    let variant = |id: Option<&'static str>, label: Msg| {
        id.and_then(catalog::exercise).map(|v| {
            view! {
                <li>
                    <span class="muted">{t(label)}</span>
                    <A href=href(&format!("/exercises/{}", v.id))>{t(v.title())}</A>
                </li>
            }
        })
    };
    let used_in = catalog::routines_using(ex.id);
    // Labels side by side, not a sentence: a comma between them reads the same in every
    // language Limber speaks.
    let equipment: Vec<String> = ex.equipment.iter().map(|e| t(e.label_msg())).collect();
    let areas: Vec<String> = ex.areas.iter().map(|a| t(a.label_msg())).collect();
    let guide = ex.guide();
    let name = t(ex.title());
    let items = |msgs: Vec<Msg>| {
        msgs.into_iter()
            .map(|s| view! { <li>{t(s)}</li> })
            .collect_view()
    };
    view! {
        <article class="page exercise-detail">
            <A href=href("/exercises") attr:class="back">{t(m::exercises_back())}</A>
            <h1>{name.clone()}</h1>
            <p class="lead">{t(guide.purpose_msg())}</p>
            <figure class="exercise-figure">
                <ExerciseFigure
                    figure=guide.figure
                    label=t(m::exercises_figure_label(name))
                    class="large"
                    hold=matches!(ex.dose.work, Work::Hold { .. })
                />
                <figcaption>{t(ex.figure_caption_msg())}</figcaption>
            </figure>
            <dl class="facts">
                <div><dt>{t(m::exercises_suggested())}</dt><dd>{t(ex.sides.dose_msg(ex.dose))}</dd></div>
                <div><dt>{t(m::exercises_position())}</dt><dd>{t(ex.position.label_msg())}</dd></div>
                <div><dt>{t(m::exercises_you_need())}</dt><dd>{equipment.join(", ")}</dd></div>
                <div><dt>{t(m::exercises_works())}</dt><dd>{areas.join(", ")}</dd></div>
            </dl>
            <h2>{t(m::exercises_how_to())}</h2>
            <ol class="steps">{items(guide.step_msgs())}</ol>
            <h2>{t(m::exercises_keep_in_mind())}</h2>
            <ul>{items(guide.cue_msgs())}</ul>
            <div class="caution">
                <h2>{t(m::exercises_when_to_stop())}</h2>
                <ul>{items(guide.caution_msgs())}</ul>
            </div>
            {(ex.easier.is_some() || ex.harder.is_some()).then(|| view! {
                <h2>{t(m::exercises_variants())}</h2>
                <ul class="variants">
                    {variant(ex.easier, m::exercises_easier())}
                    {variant(ex.harder, m::exercises_harder())}
                </ul>
            })}
            {(!used_in.is_empty()).then(|| view! {
                <h2>{t(m::exercises_used_in())}</h2>
                <ul class="variants">
                    {used_in.into_iter().map(|r| view! {
                        <li><A href=href(&format!("/routines/{}", r.id))>{t(r.title())}</A></li>
                    }).collect_view()}
                </ul>
            })}
        </article>
    }
}
