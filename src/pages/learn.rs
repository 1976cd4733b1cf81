//! Learn: short reads on why movement helps, hurt versus harm, the next morning, walking,
//! pacing, flare-ups and when to see someone. The list, and one card per page, ending with
//! where its facts come from.

use leptos::prelude::*;

use crate::components::exercise_figure::ExerciseFigure;
use crate::components::link::A;
use crate::components::safety::WarningSigns;
use crate::domain::i18n::messages as m;
use crate::domain::learn::{self, LearnCard};
use crate::domain::library;
use crate::pages::not_found::NotFound;
use crate::platform::base_path::href;
use crate::state::{t, use_history, use_plan};

/// A still figure for a read, decorative (the title says what it is about).
fn picture(id: &str, class: &'static str) -> impl IntoView {
    library::exercise(learn::picture(id)).map(
        |ex| view! { <ExerciseFigure figure=ex.guide().figure label="" class=class still=true /> },
    )
}

/// The pain rule with this person's own numbers, from the one rule (`pain::bands_msg`)
/// and their usual pain, so the read says what "This hurts" will say.
#[component]
fn YourBands() -> impl IntoView {
    let plan = use_plan();
    let history = use_history();
    move || {
        let has_answers = plan.profile.with(Option::is_some)
            || history
                .sessions
                .with(|s| s.iter().any(|s| s.pain_before.is_some()));
        has_answers.then(|| {
            let usual = plan.usual(history, None);
            view! {
                <p class="card note your-bands">{t(learn::your_bands(usual))}</p>
            }
        })
    }
}

#[component]
pub fn Learn() -> impl IntoView {
    view! {
        <section class="page">
            <h1>{t(m::learn_title())}</h1>
            <p class="muted">{t(m::learn_lead())}</p>
            <ul class="plain-list learn-list">
                {learn::CARDS.iter().map(|c| view! {
                    <li>
                        <A href=href(&format!("/learn/{}", c.id)) attr:class="card link-card learn-item">
                            {picture(c.id, "learn-thumb")}
                            <span class="learn-item-text">
                                <strong>{t(c.title_msg())}</strong>
                                <span class="muted small">{t(c.summary_msg())}</span>
                            </span>
                        </A>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// One card in full.
pub fn card_view(card: &'static LearnCard) -> impl IntoView {
    view! {
        <article class="learn-card">
            {picture(card.id, "learn-figure")}
            <h1>{t(card.title_msg())}</h1>
            {card.body_msgs().into_iter().map(|p| view! { <p>{t(p)}</p> }).collect_view()}
            {(!card.points.is_empty()).then(|| view! {
                <ul>{card.point_msgs().into_iter().map(|p| view! { <li>{t(p)}</li> }).collect_view()}</ul>
            })}
            {(card.id == learn::PAIN_RULE_CARD).then(|| view! { <YourBands /> })}
            {card.shows_warning_signs().then(|| view! { <WarningSigns /> })}
            {(!card.sources.is_empty()).then(|| view! {
                <footer class="learn-sources muted">
                    <p>{t(m::learn_sources_heading())}</p>
                    <ul>{card.source_msgs().into_iter().map(|s| view! { <li>{t(s)}</li> }).collect_view()}</ul>
                </footer>
            })}
        </article>
    }
}

#[component]
pub fn LearnCardPage() -> impl IntoView {
    let card =
        crate::state::use_screen_param().with_untracked(|id| id.as_deref().and_then(learn::card));
    match card {
        Some(card) => view! {
            <section class="page">
                <A href=href("/learn") attr:class="back">{t(m::learn_back())}</A>
                {card_view(card)}
                {learn::next_read(card.id).map(|next| view! {
                    <A href=href(&format!("/learn/{}", next.id)) attr:class="card link-card next-read">
                        <span class="eyebrow">{t(m::learn_next_read())}</span>
                        <strong>{t(next.title_msg())}</strong>
                        <span class="muted small">{t(next.summary_msg())}</span>
                    </A>
                })}
            </section>
        }
        .into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}
