//! The weekly check-in card on Today, and the trend it builds on Insights.

use leptos::prelude::*;

use crate::components::charts::TrendChart;
use crate::components::pain_picker::{AbilityPicker, PainPicker};
use crate::domain::calendar::LocalDate;
use crate::domain::checkin::{self, CheckIn};
use crate::domain::pain::PainScore;
use crate::domain::plan::Profile;
use crate::platform::clock;
use crate::state::use_plan;

/// Pain now, and each of the person's own activities rated again.
#[component]
pub fn CheckInCard(
    profile: Profile,
    /// Called once the check-in is saved.
    #[prop(into)]
    on_saved: Callback<()>,
) -> impl IntoView {
    let plan = use_plan();
    let pain = RwSignal::new(None::<PainScore>);
    let scores: Vec<RwSignal<Option<u8>>> = profile
        .activities
        .iter()
        .map(|_| RwSignal::new(None))
        .collect();
    let error = RwSignal::new(None::<String>);
    let saved_scores = scores.clone();
    let save = move |_| {
        let Some(p) = pain.get_untracked() else {
            error.set(Some("Pick your pain from 0 to 10 first.".into()));
            return;
        };
        let checkin = CheckIn {
            at: clock::now_ms(),
            utc_offset_min: clock::utc_offset_min(),
            pain: p.value(),
            scores: saved_scores.iter().map(|s| s.get_untracked()).collect(),
        };
        match plan.add_checkin(checkin) {
            Ok(()) => on_saved.run(()),
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <section class="card checkin" aria-labelledby="checkin-title">
            <h2 id="checkin-title">"Weekly check-in"</h2>
            <p class="small muted">"A minute to see how things are changing. Only the pain question is needed; skip the others if you like."</p>
            <PainPicker label="How bad is your back pain today?" name="checkin-pain" value=pain />
            {profile.activities.iter().zip(scores).enumerate().map(|(i, (a, score))| view! {
                <AbilityPicker label=format!("{}: how well can you do it now?", a.name) name=format!("checkin-activity-{i}") value=score />
            }).collect_view()}
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <button type="button" class="button primary" on:click=save>"Save check-in"</button>
        </section>
    }
}

/// Pain and activity ratings since the first run, with one sentence on what changed.
#[component]
pub fn CheckInTrend() -> impl IntoView {
    let plan = use_plan();
    move || {
        let profile = plan.profile.get()?;
        let t = plan.checkins.with(|c| checkin::trend(&profile, c));
        let summary = checkin::summary(&t).unwrap_or_else(|| {
            "Your first weekly check-in comes a week after you made your plan.".into()
        });
        let dates: Vec<String> = t
            .dates
            .iter()
            .map(|d: &LocalDate| d.short_label())
            .collect();
        let mut series = vec![("Pain".to_string(), t.pain.clone())];
        series.extend(t.activities.iter().cloned());
        Some(view! {
            <section class="card">
                <h2>"Weekly check-ins"</h2>
                <p>{summary}</p>
                <TrendChart dates series caption="Pain and your activities at each check-in (0 to 10)" />
            </section>
        })
    }
}
