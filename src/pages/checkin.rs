//! The weekly check-in card on Today, and the trend it builds on Insights.

use leptos::prelude::*;

use crate::components::charts::TrendChart;
use crate::components::pain_picker::{AbilityPicker, PainPicker};
use crate::domain::calendar::LocalDate;
use crate::domain::checkin::{self, CheckIn};
use crate::domain::i18n::{messages as m, DateStyle};
use crate::domain::pain::PainScore;
use crate::domain::plan::Profile;
use crate::platform::clock;
use crate::state::{date, t, use_plan};

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
            error.set(Some(t(m::coach_checkin_pick_pain())));
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
            <h2 id="checkin-title">{t(m::coach_checkin_title())}</h2>
            <p class="small muted">{t(m::coach_checkin_intro())}</p>
            <PainPicker label=t(m::coach_checkin_pain_label()) name="checkin-pain" value=pain />
            {profile.activities.iter().zip(scores).enumerate().map(|(i, (a, score))| view! {
                <AbilityPicker label=t(m::coach_checkin_activity_label(a.name.clone())) name=format!("checkin-activity-{i}") value=score />
            }).collect_view()}
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <button type="button" class="button primary" on:click=save>{t(m::coach_checkin_save())}</button>
        </section>
    }
}

/// Pain and activity ratings since the first run, with one sentence on what changed.
#[component]
pub fn CheckInTrend() -> impl IntoView {
    let plan = use_plan();
    move || {
        let profile = plan.profile.get()?;
        let trend = plan.checkins.with(|c| checkin::trend(&profile, c));
        let summary = t(checkin::summary(&trend).unwrap_or_else(m::coach_checkin_first_later));
        let dates: Vec<String> = trend
            .dates
            .iter()
            .map(|d: &LocalDate| date(*d, DateStyle::Short))
            .collect();
        let mut series = vec![(t(m::coach_checkin_pain_series()), trend.pain.clone())];
        series.extend(trend.activities.iter().cloned());
        Some(view! {
            <section class="card">
                <h2>{t(m::coach_checkin_trend_title())}</h2>
                <p>{summary}</p>
                <TrendChart dates series caption=t(m::coach_checkin_chart_caption()) />
            </section>
        })
    }
}
