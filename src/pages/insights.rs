use leptos::prelude::*;

use crate::components::charts::{BarChart, HeatMap, PainChart};
use crate::components::link::A;
use crate::domain::calendar::{self, LocalDate};
use crate::domain::catalog;
use crate::domain::i18n::{messages as m, DateStyle};
use crate::domain::{calm, insights, report, today, walking};
use crate::pages::checkin::{CheckInTrend, SleepMoodCard};
use crate::pages::history::HistoryTabs;
use crate::pages::weight::WeightCard;
use crate::platform::base_path::href;
use crate::platform::clock;
use crate::state::{date, t, use_course, use_history, use_now, use_plan, use_prefs};

/// Weeks in the charts.
const WEEKS: u32 = 12;

fn name(id: &str) -> String {
    catalog::exercise(id).map_or_else(|| id.to_string(), |e| t(e.title()))
}

/// Streaks, weekly totals, pain over time, the 12-week calendar and favourites.
#[component]
pub fn Insights() -> impl IntoView {
    let history = use_history();
    let prefs = use_prefs();
    let plan = use_plan();
    let course = use_course().course;
    let now = use_now().day;
    let body = move || {
        history.sessions.with(|all| {
            if all.is_empty() {
                return view! { <p class="muted">{t(m::report_insights_empty())}</p> }.into_any();
            }
            let today = clock::today();
            let streak = insights::streak(all, plan.exercise_days(prefs), today);
            // From the person's first week, not 12 weeks with most of them before they began.
            let shown = insights::chart_weeks(all, today, WEEKS);
            let weeks = insights::weekly_totals(all, today, shown);
            let week = |d: LocalDate| date(d, DateStyle::Short);
            let sessions: Vec<(String, u32)> = weeks.iter().map(|w| (week(w.start), w.sessions)).collect();
            let minutes: Vec<(String, u32)> = weeks.iter().map(|w| (week(w.start), w.minutes)).collect();
            let series = insights::recent_pain(all, 30);
            let pain_dates = insights::first_and_last(series.iter().map(|p| p.0))
                .map_or_else(Default::default, |(a, b)| (week(a), week(b)));
            let pain: Vec<_> = series.iter().map(|(d, b, a)| (t(report::day_msg(*d)), *b, *a)).collect();
            let counts = insights::daily_counts(all, today, shown);
            let heat_caption = counts
                .first()
                .map_or_else(String::new, |d| t(m::report_insights_days_caption(report::day_msg(d.0))));
            let days: Vec<_> = counts
                .into_iter()
                .map(|(d, n)| (t(report::day_msg(d)), n))
                .collect();
            let (done, avoided) = insights::exercise_counts(all, 5);
            let list = |items: Vec<(String, u32)>| {
                items.into_iter().map(|(id, n)| view! { <li>{name(&id)}<span class="muted">{t(m::report_insights_times(n))}</span></li> }).collect_view()
            };
            let per_week = t(m::report_insights_sessions_per_week());
            let minutes_per_week = t(m::report_insights_minutes_per_week());
            view! {
                <div class="stats">
                    <div class="stat streak"><span class="stat-number">{streak.current}</span><span>{t(insights::Streak::unit_msg(streak.current))}</span></div>
                    <div class="stat"><span class="stat-number">{streak.best}</span><span>{t(m::report_insights_best_streak())}</span></div>
                    <div class="stat"><span class="stat-number">{all.len()}</span><span>{t(m::report_insights_sessions_unit(all.len()))}</span></div>
                </div>
                <p class="small muted">{t(m::report_insights_streak_hint())}</p>
                <h2>{per_week.clone()}</h2>
                <BarChart bars=sessions caption=per_week unit=t(m::report_insights_sessions()) />
                <h2>{minutes_per_week.clone()}</h2>
                <BarChart bars=minutes caption=minutes_per_week unit=t(m::report_insights_minutes()) />
                {plan.profile.with(|p| p.as_ref().and_then(|p| today::walking(p, all, today))).map(|programme| {
                    let bars: Vec<(String, u32)> = programme
                        .chart()
                        .into_iter()
                        .rev()
                        .take(WEEKS as usize)
                        .rev()
                        .map(|b| (week(LocalDate::from_days(b.start_day)), b.walked))
                        .collect();
                    let goal = walking::TARGET.volume();
                    let target = (goal, t(m::report_insights_walking_goal(goal)));
                    view! {
                        <h2>{t(m::report_insights_walking())}</h2>
                        <p class="small">{walking::reason_msg(&programme).map(t)}</p>
                        {(!bars.is_empty()).then(|| view! {
                            <BarChart bars caption=t(m::report_insights_walking_caption(goal)) unit=t(m::report_insights_minutes()) target />
                        })}
                    }
                })}
                <h2>{t(m::report_insights_pain())}</h2>
                <PainChart points=pain dates=pain_dates />
                <h2>{t(m::report_insights_day_by_day())}</h2>
                <HeatMap days weekdays=calendar::week_order().map(|d| t(crate::domain::history::weekday_short_msg(d))) caption=heat_caption />
                <h2>{t(m::report_insights_done_most())}</h2>
                {if done.is_empty() {
                    view! { <p class="muted">{t(m::report_insights_done_most_empty())}</p> }.into_any()
                } else {
                    view! { <ol>{list(done)}</ol> }.into_any()
                }}
                <h2>{t(m::report_insights_avoided_most())}</h2>
                {if avoided.is_empty() {
                    view! { <p class="muted">{t(m::report_insights_avoided_most_empty())}</p> }.into_any()
                } else {
                    view! { <ol>{list(avoided)}</ol> }.into_any()
                }}
            }
            .into_any()
        })
    };
    view! {
        <section class="page insights">
            <h1>{t(m::report_insights_title())}</h1>
            <HistoryTabs />
            <CheckInTrend />
            <SleepMoodCard />
            {body}
            {move || course.with(|c| (!c.calm.is_empty()).then(|| view! {
                <h2>{t(m::calm_list_title())}</h2>
                <p class="insights-calm">{t(calm::insights_msg(&c.calm, now.get()))}</p>
            }))}
            <Show when=move || prefs.settings.with(|s| s.track_weight)>
                <WeightCard />
            </Show>
            <A href=href("/report") attr:class="button">{t(m::report_insights_report_link())}</A>
        </section>
    }
}
