//! The weekly check-in card on Today, and the trend it builds on Insights.

use leptos::prelude::*;

use crate::components::charts::TrendChart;
use crate::components::pain_picker::{AbilityPicker, PainPicker};
use crate::domain::calendar::LocalDate;
use crate::domain::checkin::{self, CheckIn};
use crate::domain::i18n::{messages as m, DateStyle, Msg};
use crate::domain::pain::PainScore;
use crate::domain::plan::Profile;
use crate::pages::goals::Reviews;
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
    let sleep = RwSignal::new(None::<u8>);
    let mood = RwSignal::new(None::<u8>);
    let error = RwSignal::new(None::<String>);
    let saved_scores = scores.clone();
    // Last week's goal plans to review (`domain::goals`): asked here, kept with the course.
    let day = clock::today();
    let reviews = StoredValue::new(Reviews::due(day));
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
            sleep: sleep.get_untracked(),
            mood: mood.get_untracked(),
        };
        let saved = plan
            .add_checkin(checkin)
            .and_then(|()| reviews.with_value(|r| r.save(day)));
        match saved {
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
            <OneTap label=t(m::checkin_sleep_label()) value=sleep word=m::checkin_sleep />
            <OneTap label=t(m::checkin_mood_label()) value=mood word=m::checkin_mood />
            {reviews.with_value(|r| r.view(day))}
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <button type="button" class="button primary" on:click=save>{t(m::coach_checkin_save())}</button>
        </section>
    }
}

/// A one-tap answer from 0 to `checkin::SCALE_MAX`, each in words; tapping the chosen one
/// again clears it (the answer is optional).
#[component]
fn OneTap(label: String, value: RwSignal<Option<u8>>, word: fn(u32) -> Msg) -> impl IntoView {
    view! {
        <div class="one-tap">
            <p class="field-label">{label.clone()}" "<span class="small muted">{t(m::checkin_optional())}</span></p>
            <div class="chips wrap" role="group" aria-label=label>
                {(0..=checkin::SCALE_MAX).map(|score| view! {
                    <button
                        type="button"
                        class="chip"
                        aria-pressed=move || if value.get() == Some(score) { "true" } else { "false" }
                        on:click=move |_| value.update(|v| *v = if *v == Some(score) { None } else { Some(score) })
                    >
                        {t(word(u32::from(score)))}
                    </button>
                }).collect_view()}
            </div>
        </div>
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

/// Sleep and mood from the weekly check-ins beside pain (`checkin::sleep_mood`), as a table:
/// side by side, with no claim that one causes another.
#[component]
pub fn SleepMoodCard() -> impl IntoView {
    let plan = use_plan();
    let rows = Memo::new(move |_| plan.checkins.with(|c| checkin::sleep_mood(c, 8)));
    let has_plan = move || plan.profile.with(Option::is_some);
    view! {
        <Show when=has_plan>
        <section class="card sleep-mood" aria-labelledby="sleep-mood-title">
            <h2 id="sleep-mood-title">{t(m::insights_sleep_mood_title())}</h2>
            <Show
                when=move || rows.with(|r| !r.is_empty())
                fallback=|| view! { <p class="small muted">{t(m::insights_sleep_mood_empty())}</p> }
            >
                <p class="small">{t(m::insights_sleep_mood_lead())}</p>
                <table class="sleep-mood-table">
                    <thead><tr>
                        <th scope="col">{t(m::insights_sleep_mood_date())}</th>
                        <th scope="col">{t(m::insights_sleep_mood_pain())}</th>
                        <th scope="col">{t(m::insights_sleep_mood_sleep())}</th>
                        <th scope="col">{t(m::insights_sleep_mood_mood())}</th>
                    </tr></thead>
                    <tbody>
                        {move || rows.get().into_iter().map(|r| {
                            let [pain, sleep, mood] = r.cells();
                            view! {
                                <tr>
                                    <th scope="row">{date(r.day, DateStyle::Short)}</th>
                                    <td>{t(pain)}</td>
                                    <td>{t(sleep)}</td>
                                    <td>{t(mood)}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </Show>
        </section>
        </Show>
    }
}
