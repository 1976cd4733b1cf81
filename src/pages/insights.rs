use leptos::prelude::*;

use crate::components::charts::{BarChart, HeatMap, PainChart};
use crate::components::link::A;
use crate::domain::calendar::{self, LocalDate};
use crate::domain::catalog;
use crate::domain::{insights, today, walking, words};
use crate::pages::checkin::CheckInTrend;
use crate::pages::history::HistoryTabs;
use crate::pages::weight::WeightCard;
use crate::platform::base_path::href;
use crate::platform::clock;
use crate::state::{use_history, use_plan, use_prefs};

/// Weeks in the charts.
const WEEKS: u32 = 12;

fn name(id: &str) -> String {
    catalog::exercise(id).map_or(id.to_string(), |e| e.name.to_string())
}

/// Streaks, weekly totals, pain over time, the 12-week calendar and favourites.
#[component]
pub fn Insights() -> impl IntoView {
    let history = use_history();
    let prefs = use_prefs();
    let plan = use_plan();
    let body = move || {
        history.sessions.with(|all| {
            if all.is_empty() {
                return view! { <p class="muted">"Charts appear here after your first session."</p> }.into_any();
            }
            let today = clock::today();
            let streak = insights::streak(all, plan.exercise_days(prefs), today);
            // From the person's first week, not 12 weeks with most of them before they began.
            let shown = insights::chart_weeks(all, today, WEEKS);
            let weeks = insights::weekly_totals(all, today, shown);
            let sessions: Vec<(String, u32)> = weeks.iter().map(|w| (w.start.short_label(), w.sessions)).collect();
            let minutes: Vec<(String, u32)> = weeks.iter().map(|w| (w.start.short_label(), w.minutes)).collect();
            let series = insights::recent_pain(all, 30);
            let pain_dates = insights::first_and_last(series.iter().map(|p| p.0));
            let pain: Vec<_> = series.iter().map(|(d, b, a)| (d.long_label(), *b, *a)).collect();
            let days: Vec<_> = insights::daily_counts(all, today, shown)
                .into_iter()
                .map(|(d, n)| (d.long_label(), n))
                .collect();
            let heat_caption = format!(
                "Days with sessions, from {}",
                days.first().map_or(String::new(), |d| d.0.clone())
            );
            let (done, avoided) = insights::exercise_counts(all, 5);
            let list = |items: Vec<(String, u32)>| {
                items.into_iter().map(|(id, n)| view! { <li>{name(&id)}<span class="muted">{format!(" · {n}")}</span></li> }).collect_view()
            };
            view! {
                <div class="stats">
                    <div class="stat streak"><span class="stat-number">{streak.current}</span><span>{insights::Streak::unit(streak.current)}</span></div>
                    <div class="stat"><span class="stat-number">{streak.best}</span><span>"best streak"</span></div>
                    <div class="stat"><span class="stat-number">{all.len()}</span><span>{words::SESSION.form(all.len() as u64)}</span></div>
                </div>
                <p class="small muted">"A streak counts your planned sessions done in a row. Days off your plan don't break it."</p>
                <h2>"Sessions per week"</h2>
                <BarChart bars=sessions caption="Sessions per week" unit="Sessions" />
                <h2>"Minutes per week"</h2>
                <BarChart bars=minutes caption="Minutes per week" unit="Minutes" />
                {plan.profile.with(|p| p.as_ref().and_then(|p| today::walking(p, all, today))).map(|programme| {
                    let bars: Vec<(String, u32)> = programme
                        .chart()
                        .into_iter()
                        .rev()
                        .take(WEEKS as usize)
                        .rev()
                        .map(|b| (LocalDate::from_days(b.start_day).short_label(), b.walked))
                        .collect();
                    let goal = walking::TARGET.volume();
                    let target = (goal, format!("Goal: {} a week", words::count(goal, words::MINUTE)));
                    view! {
                        <h2>"Walking programme"</h2>
                        <p class="small">{walking::reason(&programme)}</p>
                        {(!bars.is_empty()).then(|| view! {
                            <BarChart bars caption=format!("Minutes walked per programme week ({})", target.1.to_lowercase()) unit="Minutes" target />
                        })}
                    }
                })}
                <h2>"Pain before and after"</h2>
                <PainChart points=pain dates=pain_dates />
                <h2>"Day by day"</h2>
                <HeatMap days weekdays=calendar::week_order().map(|d| calendar::WEEKDAY_SHORT[usize::from(d)]) caption=heat_caption />
                <h2>"Done most"</h2>
                {if done.is_empty() {
                    view! { <p class="muted">"Nothing yet: the exercises you do most will show here."</p> }.into_any()
                } else {
                    view! { <ol>{list(done)}</ol> }.into_any()
                }}
                <h2>"Skipped or eased most"</h2>
                {if avoided.is_empty() {
                    view! { <p class="muted">"Nothing skipped or eased so far."</p> }.into_any()
                } else {
                    view! { <ol>{list(avoided)}</ol> }.into_any()
                }}
            }
            .into_any()
        })
    };
    view! {
        <section class="page insights">
            <h1>"Insights"</h1>
            <HistoryTabs />
            <CheckInTrend />
            {body}
            <Show when=move || prefs.settings.with(|s| s.track_weight)>
                <WeightCard />
            </Show>
            <A href=href("/report") attr:class="button">"Report for your physiotherapist"</A>
        </section>
    }
}
