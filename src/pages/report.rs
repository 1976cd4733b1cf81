use leptos::prelude::*;

use crate::components::charts::{BarChart, PainChart};
use crate::domain::activity::{self, ActivityKind};
use crate::domain::calendar;
use crate::domain::{insights, words};
use crate::pages::history::{names_where, pain_line};
use crate::platform::clock;
use crate::state::{use_history, use_plan, use_prefs};

/// A summary to show or send a physiotherapist: print it, or save it as a PDF from the
/// browser's print dialog. The print stylesheet hides the app's navigation.
#[component]
pub fn Report() -> impl IntoView {
    let history = use_history();
    let prefs = use_prefs();
    let plan = use_plan();
    let units = prefs.settings.with_untracked(|s| s.units);
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let body = move || {
        history.sessions.with(|all| {
            if all.is_empty() {
                return view! { <p>"No sessions recorded yet."</p> }.into_any();
            }
            let today = clock::today();
            let first = all.iter().map(|s| s.local_date()).min().unwrap_or(today);
            let last = all.iter().map(|s| s.local_date()).max().unwrap_or(today);
            let weeks = insights::weekly_totals(all, today, 12);
            let bars: Vec<_> = weeks.iter().map(|w| (w.start.short_label(), w.sessions)).collect();
            let pain: Vec<_> = insights::pain_series(all).into_iter().map(|(d, b, a)| (d.long_label(), b, a)).collect();
            let mut sorted: Vec<_> = all.iter().collect();
            sorted.sort_by_key(|s| std::cmp::Reverse(s.started_at));
            let rows = sorted
                .into_iter()
                .map(|s| {
                    let skipped = names_where(s, |e| e.skipped());
                    let eased = names_where(s, |e| e.eased_from.is_some());
                    let what = match ActivityKind::of(s) {
                        Some(_) => match s.distance_m {
                            Some(d) => format!("{} (logged, {})", s.routine_name, activity::distance_label(d, units)),
                            None => format!("{} (logged)", s.routine_name),
                        },
                        None => s.routine_name.clone(),
                    };
                    view! {
                        <tr>
                            <td>{s.local_date().iso()}</td>
                            <td>{what}</td>
                            <td>{calendar::duration_label(s.duration_secs)}</td>
                            <td>{pain_line(s)}</td>
                            <td>{s.morning_words()}</td>
                            <td>{skipped}</td>
                            <td>{eased}</td>
                            <td class="note-text">{s.note.clone().unwrap_or_default()}</td>
                        </tr>
                    }
                })
                .collect_view();
            let logged = all.iter().filter(|s| ActivityKind::of(s).is_some()).count() as u64;
            let logged_line = (logged > 0).then(|| format!("{logged} of them {}.", words::LOGGED.form(logged)));
            let streak = insights::streak(all, plan.exercise_days(prefs), today);
            view! {
                <p>
                    {format!("{} from {} to {}.", words::count(all.len() as u64, words::SESSION), first.long_label(), last.long_label())}
                    {logged_line.map(|l| format!(" {l}"))}
                </p>
                <p class="streak">{streak.sentence()}</p>
                <h2>"Sessions per week (last 12 weeks)"</h2>
                <BarChart bars caption="Sessions per week" unit="Sessions" />
                <h2>"Pain before and after"</h2>
                <PainChart points=pain />
                <h2>"Every session"</h2>
                // Focusable, so keyboard users can scroll the wide table on a phone.
                <div class="table-scroll" tabindex="0" role="region" aria-label="Every session">
                    <table class="report-table">
                        <thead><tr>
                            <th scope="col">"Date"</th><th scope="col">"Routine"</th><th scope="col">"Time"</th>
                            <th scope="col">"Pain"</th><th scope="col">"Next morning"</th><th scope="col">"Skipped"</th><th scope="col">"Easier version"</th><th scope="col">"Note"</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        })
    };
    view! {
        <section class="page report">
            <h1>"Exercise report"</h1>
            <p class="small muted">"From Limber: general self-help exercise for low back pain, recorded by the person themselves."</p>
            <button type="button" class="button primary no-print" on:click=print>"Print or save as PDF"</button>
            {body}
        </section>
    }
}
