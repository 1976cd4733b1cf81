//! "My back is flaring": what helps on a bad day, when to get help, and the flare plan
//! (bad-day routines, nothing steps up, the walk holds; a pain question each day until it
//! settles). The rules are in `domain::flare`, `Profile::start_flare` and `coach::usual`.

use leptos::prelude::*;

use crate::components::link::A;
use crate::components::pain_picker::PainPicker;
use crate::components::safety::WarningSigns;
use crate::domain::flare;
use crate::domain::pain::PainScore;
use crate::domain::plan::Profile;
use crate::platform::base_path::href;
use crate::platform::clock;
use crate::state::{use_history, use_plan};

#[component]
pub fn FlarePlan() -> impl IntoView {
    crate::platform::boot::done();
    let plan = use_plan();
    let history = use_history();
    let pain = RwSignal::new(None::<PainScore>);
    let error = RwSignal::new(None::<&'static str>);
    let reply = RwSignal::new(None::<String>);
    let today = clock::today();
    let flaring = move || {
        plan.profile
            .with(|p| p.as_ref().and_then(|p| p.flaring().cloned()))
    };
    let has_plan = move || plan.profile.with(Option::is_some);

    // Both buttons need today's pain; the plan changes in the domain, which says what it means.
    let answer = move |apply: &dyn Fn(&mut Profile, u8) -> Option<String>| {
        let Some(p) = pain.get_untracked() else {
            error.set(Some("Pick how bad it is from 0 to 10 first."));
            return;
        };
        let Some(mut profile) = plan.profile.get_untracked() else {
            return;
        };
        let said = apply(&mut profile, p.value());
        plan.save(history, profile);
        error.set(None);
        pain.set(None);
        reply.set(said);
    };
    let start = move |_| {
        let usual = untrack(|| plan.usual(history, None));
        answer(&|profile, p| Some(profile.start_flare(usual, p, clock::now_ms(), today)))
    };
    let check_in = move |_| answer(&|profile, p| profile.flare_check_in(p, clock::now_ms(), today));
    let end = move |_| {
        if let Some(mut profile) = plan.profile.get_untracked() {
            let said = profile.end_flare(clock::now_ms(), today);
            plan.save(history, profile);
            reply.set(said);
        }
    };

    let advice = flare::ADVICE
        .iter()
        .map(|(title, body)| {
            view! {
                <li class="card flare-advice">
                    <h2>{*title}</h2>
                    <p>{*body}</p>
                </li>
            }
        })
        .collect_view();

    view! {
        <section class="page flare-page">
            <A href=href("/") attr:class="back">"‹ Today"</A>
            <h1>"My back is flaring"</h1>
            <p class="lead">"Flare-ups are common and usually settle within days to a few weeks. Here's what helps, and a plan that keeps you moving gently meanwhile."</p>
            {move || reply.get().map(|r| view! { <p class="ok flare-reply" role="status">{r}</p> })}
            <section class="card hero flare-plan-card" aria-labelledby="flare-plan-title">
                {move || match (flaring(), has_plan()) {
                    (Some(f), _) => {
                        let day = f.day_number(today.to_days());
                        let asked = f.answered(today.to_days());
                        view! {
                            <p class="eyebrow">{format!("Flare plan · day {day}")}</p>
                            <h2 id="flare-plan-title">{if asked { "Checked in today" } else { "How is your back today?" }}</h2>
                            <p class="why">{format!(
                                "Bad-day routines at a gentle level, nothing gets harder and your walk holds. {}",
                                flare::end_rule(f.usual_pain)
                            )}</p>
                            <PainPicker label="Your pain today (0 to 10)" name="flare-pain" value=pain />
                            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
                            <button type="button" class="button primary big" on:click=check_in>{if asked { "Update today's answer" } else { "Save today's answer" }}</button>
                            <button type="button" class="link-button" on:click=end>"My back has settled: end the flare plan"</button>
                        }
                        .into_any()
                    }
                    (None, true) => view! {
                        <p class="eyebrow">"Flare plan"</p>
                        <h2 id="flare-plan-title">"Switch your plan to bad-day mode"</h2>
                        <p class="why">"Until it settles: the routines for bad days, nothing gets harder, your walk holds, and one question a day."</p>
                        <PainPicker label="How bad is it right now? (0 to 10)" name="flare-pain" value=pain />
                        {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
                        <button type="button" class="button primary big" on:click=start>"Switch to my flare plan"</button>
                    }
                    .into_any(),
                    (None, false) => view! {
                        <h2 id="flare-plan-title">"Gentle routines for bad days"</h2>
                        <p class="why">"Make a plan first and Limber can switch it to bad-day mode for you. Meanwhile, the routines for bad days are ready."</p>
                        <A href=href("/routines") attr:class="button">"See the routines"</A>
                    }
                    .into_any(),
                }}
            </section>
            <ul class="plain-list flare-advice-list">{advice}</ul>
            <WarningSigns />
        </section>
    }
}
