//! The warning signs, the question about them and the stop screen. One component set for
//! the first run, the check before a session, shared links and every Start, all reading the
//! one list in `domain::safety`.

use leptos::prelude::*;

use crate::components::link::A;
use crate::domain::calendar::LocalDate;
use crate::domain::i18n::{messages, Arg, DateStyle, Msg};
use crate::domain::safety::{self, Tier};
use crate::platform::base_path::href;
use crate::state::{t, use_history, use_plan};

/// The signs of one tier, under its heading.
#[component]
fn TierList(tier: Tier) -> impl IntoView {
    view! {
        <div class=match tier { Tier::Emergency => "warning-tier emergency", Tier::Soon => "warning-tier soon" }>
            <h2>{t(tier.heading())}</h2>
            <ul class="red-flags">
                {tier.sign_msgs().into_iter().map(|s| view! { <li>{t(s)}</li> }).collect_view()}
            </ul>
        </div>
    }
}

/// Both tiers of warning signs, most urgent first.
#[component]
pub fn WarningSigns() -> impl IntoView {
    view! {
        <div class="warning-signs">
            {Tier::ALL.map(|tier| view! { <TierList tier /> }).collect_view()}
        </div>
    }
}

/// "Do any of these apply to you now?" with the two lists and three answers. `answer` is
/// `None` until answered, then `Some(None)` for "none" or `Some(Some(tier))`.
#[component]
pub fn SafetyQuestion(
    /// The radio group's name (unique on the page).
    name: &'static str,
    answer: RwSignal<Option<Option<Tier>>>,
    /// Show the lists folded away (before a session, where they were read before).
    #[prop(optional)]
    folded: bool,
) -> impl IntoView {
    let option = move |label: Msg, value: Option<Tier>| {
        view! {
            <label class="option">
                <input
                    type="radio"
                    name=name
                    prop:checked=move || answer.get() == Some(value)
                    on:change=move |_| answer.set(Some(value))
                />
                <span>{t(label)}</span>
            </label>
        }
    };
    let lists = if folded {
        view! {
            <details class="flags">
                <summary>{t(messages::coach_safety_show_signs())}</summary>
                <WarningSigns />
            </details>
        }
        .into_any()
    } else {
        view! { <WarningSigns /> }.into_any()
    };
    view! {
        <fieldset class="choice safety-question">
            <legend>{t(messages::coach_safety_question())}</legend>
            {lists}
            {option(safety::none_apply(), None)}
            {Tier::ALL.map(|t| option(t.answer_label(), Some(t))).collect_view()}
        </fieldset>
    }
}

/// The advice for the warning sign that was flagged, and the only way past it: ticking
/// that a health professional has checked you. Shown instead of every session until then.
#[component]
pub fn SafetyStop(
    /// Called once the person has ticked and continued.
    #[prop(into)]
    on_cleared: Callback<()>,
    /// What the Continue button says ("Continue to the session"; "Continue" when left out),
    /// already in the person's language.
    #[prop(optional, into)]
    continue_label: Option<String>,
    /// Leave out "Back to Today" (when shown on Today itself).
    #[prop(optional)]
    on_today: bool,
) -> impl IntoView {
    let plan = use_plan();
    let history = use_history();
    let checked = RwSignal::new(false);
    let tier = move || {
        plan.safety
            .with(|r| r.blocking().and_then(|a| a.tier))
            .unwrap_or(Tier::Soon)
    };
    let since = move || {
        plan.safety.with(|r| {
            r.blocking()
                .map(|a| LocalDate::from_epoch_ms(a.at, crate::platform::clock::utc_offset_min()))
        })
    };
    // The emergency number where the person is, from their browser's language and region.
    let number = safety::emergency_number(&crate::platform::clock::language());
    let go_on = move |_| {
        plan.clear_safety(history);
        on_cleared.run(());
    };
    view! {
        <section class="safety-stop" role="alert" aria-labelledby="safety-stop-title">
            <div class=move || match tier() { Tier::Emergency => "stop emergency", Tier::Soon => "stop" }>
                <h1 id="safety-stop-title" tabindex="-1">{move || t(tier().advice(number).0)}</h1>
                <p class="lead">{move || t(tier().advice(number).1)}</p>
                // One tap to call, large enough to hit with a shaking hand.
                {move || tier().call(number).map(|(words, tel)| view! {
                    <a class="button primary big call" href=tel>{t(words)}</a>
                })}
                <p class="muted small">{move || since().map(|d| t(messages::coach_safety_since(Arg::Date(d, DateStyle::Long))))}</p>
            </div>
            // Only the list that applies: the screen is for what to do now.
            {move || view! { <TierList tier=tier() /> }}
            <label class="option big-tick">
                <input type="checkbox" prop:checked=move || checked.get() on:change=move |ev| checked.set(event_target_checked(&ev)) />
                <span>{t(safety::checked_label())}</span>
            </label>
            <button type="button" class="button primary big" disabled=move || !checked.get() on:click=go_on>
                {continue_label.unwrap_or_else(|| t(messages::coach_safety_continue()))}
            </button>
            {(!on_today).then(|| view! { <A href=href("/") attr:class="button">{t(messages::coach_safety_back_today())}</A> })}
        </section>
    }
}

/// A warning sign not yet checked, on Today: the advice, and nothing else starts. Someone
/// with an answer stored has their stored data read with the first run's chunk, so this
/// comes with it, there before Today is.
#[component]
pub fn TodayStop() -> impl IntoView {
    view! { <SafetyStop on_today=true on_cleared=|| () /> }
}
