//! "My back is flaring": what helps on a bad day, when to get help, and the flare plan
//! (bad-day routines, nothing steps up, the walk holds; a pain question each day until it
//! settles). The rules are in `domain::flare`, `Profile::start_flare` and `coach::usual`.

use leptos::prelude::*;

use crate::components::link::A;
use crate::components::pain_picker::PainPicker;
use crate::components::safety::WarningSigns;
use crate::domain::calm;
use crate::domain::flare;
use crate::domain::i18n::{messages as m, Msg};
use crate::domain::pain::PainScore;
use crate::domain::plan::Profile;
use crate::pages::calm::CalmRow;
use crate::pages::learn::FlareLessons;
use crate::platform::base_path::href;
use crate::platform::clock;
use crate::state::{t, use_history, use_plan};

#[component]
pub fn FlarePlan() -> impl IntoView {
    crate::platform::boot::done();
    let plan = use_plan();
    let history = use_history();
    let pain = RwSignal::new(None::<PainScore>);
    let error = RwSignal::new(None::<Msg>);
    let reply = RwSignal::new(None::<Msg>);
    let today = clock::today();
    let flaring = move || {
        plan.profile
            .with(|p| p.as_ref().and_then(|p| p.flaring().cloned()))
    };
    let has_plan = move || plan.profile.with(Option::is_some);

    // Both buttons need today's pain; the plan changes in the domain, which says what it means.
    let answer = move |apply: &dyn Fn(&mut Profile, u8) -> Option<Msg>| {
        let Some(p) = pain.get_untracked() else {
            error.set(Some(m::coach_flare_pick_pain()));
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

    let advice = flare::advice()
        .into_iter()
        .map(|(title, body)| {
            view! {
                <li class="card flare-advice">
                    <h2>{t(title)}</h2>
                    <p>{t(body)}</p>
                </li>
            }
        })
        .collect_view();

    view! {
        <section class="page flare-page">
            <A href=href("/") attr:class="back">{t(m::coach_flare_back())}</A>
            <h1>{t(m::coach_flare_title())}</h1>
            <p class="lead">{t(m::coach_flare_lead())}</p>
            {move || reply.get().map(|r| view! { <p class="ok flare-reply" role="status">{t(r)}</p> })}
            <section class="card hero flare-plan-card" aria-labelledby="flare-plan-title">
                {move || match (flaring(), has_plan()) {
                    (Some(f), _) => {
                        let day = f.day_number(today.to_days());
                        let asked = f.answered(today.to_days());
                        view! {
                            <p class="eyebrow">{t(m::coach_flare_plan_day(day))}</p>
                            <h2 id="flare-plan-title">{t(if asked { m::coach_flare_checked_in() } else { m::coach_flare_how_today() })}</h2>
                            <p class="why">{t(m::coach_flare_plan_on(f.usual_pain))}</p>
                            <PainPicker label=t(m::coach_flare_pain_today()) name="flare-pain" value=pain />
                            {move || error.get().map(|e| view! { <p class="error" role="alert">{t(e)}</p> })}
                            <button type="button" class="button primary big" on:click=check_in>{t(if asked { m::coach_flare_update() } else { m::coach_flare_save() })}</button>
                            <button type="button" class="link-button" on:click=end>{t(m::coach_flare_end())}</button>
                        }
                        .into_any()
                    }
                    (None, true) => view! {
                        <p class="eyebrow">{t(m::coach_flare_plan())}</p>
                        <h2 id="flare-plan-title">{t(m::coach_flare_switch_title())}</h2>
                        <p class="why">{t(m::coach_flare_switch_why())}</p>
                        <PainPicker label=t(m::coach_flare_pain_now()) name="flare-pain" value=pain />
                        {move || error.get().map(|e| view! { <p class="error" role="alert">{t(e)}</p> })}
                        <button type="button" class="button primary big" on:click=start>{t(m::coach_flare_switch())}</button>
                    }
                    .into_any(),
                    (None, false) => view! {
                        <h2 id="flare-plan-title">{t(m::coach_flare_no_plan_title())}</h2>
                        <p class="why">{t(m::coach_flare_no_plan_why())}</p>
                        <A href=href("/routines") attr:class="button">{t(m::coach_flare_see_routines())}</A>
                    }
                    .into_any(),
                }}
            </section>
            <div class="flare-calm">
                <p class="small muted">{t(m::calm_flare_hint())}</p>
                <ul class="today-list">
                    {calm::session(calm::FOR_A_BAD_MOMENT).map(|session| view! { <CalmRow session /> })}
                </ul>
            </div>
            <ul class="plain-list flare-advice-list">{advice}</ul>
            <FlareLessons />
            <WarningSigns />
        </section>
    }
}
