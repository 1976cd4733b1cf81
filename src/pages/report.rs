use leptos::prelude::*;

use crate::components::charts::{BarChart, ChangeChart, PainChart};
use crate::domain::activity::{self, ActivityKind};
use crate::domain::calendar;
use crate::domain::i18n::{messages as m, DateStyle, Msg};
use crate::domain::report::{self, Range, Summary};
use crate::domain::{calm, goals, history, insights, learn, outlook, qr};
use crate::pages::outlook::OutlookTable;
use crate::platform::{clock, share as platform_share};
use crate::state::{date, t, use_body, use_course, use_history, use_plan, use_prefs};

/// A summary to show or send a physiotherapist: print it, or save it as a PDF from the
/// browser's print dialog. Page one is the summary (`domain::report`); the charts and every
/// session follow. The print stylesheet hides the app's navigation and the form.
#[component]
pub fn Report() -> impl IntoView {
    let history = use_history();
    let prefs = use_prefs();
    let plan = use_plan();
    let body = use_body();
    let units = prefs.settings.with_untracked(|s| s.units);
    let today = clock::today();
    let from_text = RwSignal::new(String::new());
    let to_text = RwSignal::new(String::new());
    let include_notes = RwSignal::new(false);
    let include_weight = RwSignal::new(false);
    // The dates chosen, or the first session to today.
    let range = Memo::new(move |_| {
        let default = history
            .sessions
            .with(|all| report::default_range(all, today));
        from_text.with(|from| to_text.with(|to| report::range_from_inputs(from, to, default)))
    });
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let summary = move || {
        let range = range.get();
        let exercise_days = plan.exercise_days(prefs);
        let notes = include_notes.get();
        let weight = include_weight.get();
        history.sessions.with(|sessions| {
            plan.profile.with(|profile| {
                if profile.is_none() && sessions.is_empty() {
                    return None;
                }
                plan.checkins.with(|checkins| {
                    plan.safety.with(|safety| {
                        body.entries.with(|entries| {
                            let input = report::Input {
                                profile: profile.as_ref(),
                                checkins,
                                safety,
                                sessions,
                                exercise_days,
                                today,
                                utc_offset_min: clock::utc_offset_min(),
                                range,
                                include_notes: notes,
                                weight: weight.then_some((entries.as_slice(), units)),
                            };
                            Some(page_one(report::summary(&input), range))
                        })
                    })
                })
            })
        })
    };
    let body_view = move || {
        let range = range.get();
        history.sessions.with(|all| {
            if all.is_empty() {
                return view! { <p>{t(m::report_no_sessions_yet())}</p> }.into_any();
            }
            let streak = insights::streak(all, plan.exercise_days(prefs), today);
            let shown = report::sessions_in(all, range);
            if shown.is_empty() {
                return view! {
                    <p class="streak">{t(streak.sentence_msg())}</p>
                    <p>{t(m::report_no_sessions_in_dates())}</p>
                }
                .into_any();
            }
            let first = shown.iter().map(|s| s.local_date()).min().unwrap_or(range.from);
            let last = shown.iter().map(|s| s.local_date()).max().unwrap_or(range.to);
            let weeks = insights::weekly_totals(&shown, range.to, insights::chart_weeks(&shown, range.to, 12));
            let bars: Vec<_> = weeks.iter().map(|w| (date(w.start, DateStyle::Short), w.sessions)).collect();
            let series = insights::pain_series(&shown);
            let pain_dates = insights::first_and_last(series.iter().map(|p| p.0))
                .map_or_else(Default::default, |(a, b)| (date(a, DateStyle::Short), date(b, DateStyle::Short)));
            let pain: Vec<_> = series.into_iter().map(|(d, b, a)| (t(report::day_msg(d)), b, a)).collect();
            let mut sorted: Vec<_> = shown.iter().collect();
            sorted.sort_by_key(|s| std::cmp::Reverse(s.started_at));
            let rows = sorted
                .into_iter()
                .map(|s| {
                    let skipped = insights::skipped_msgs(s).into_iter().map(t).collect::<Vec<_>>().join(", ");
                    let eased = insights::eased_msgs(s).into_iter().map(t).collect::<Vec<_>>().join("; ");
                    let what = match ActivityKind::of(s) {
                        Some(_) => match s.distance_m {
                            Some(d) => t(m::report_logged_distance(s.title(), activity::distance_msg(d, units))),
                            None => t(m::report_logged_activity(s.title())),
                        },
                        None => t(s.title()),
                    };
                    view! {
                        <tr>
                            <td>{s.local_date().iso()}</td>
                            <td>{what}</td>
                            <td class="time">{t(history::duration_msg(s.duration_secs))}</td>
                            <td class="pain">{s.pain_cell()}</td>
                            <td>{s.morning_msg().map(t)}</td>
                            <td>{skipped}</td>
                            <td>{eased}</td>
                        </tr>
                    }
                })
                .collect_view();
            let logged = shown.iter().filter(|s| ActivityKind::of(s).is_some()).count();
            let logged_line = (logged > 0).then(|| format!(" {}", t(m::report_logged(logged))));
            let per_week = t(m::report_insights_sessions_per_week());
            view! {
                <p>
                    {t(m::report_sessions_from_to(shown.len(), report::day_msg(first), report::day_msg(last)))}
                    {logged_line}
                </p>
                <p class="streak">{t(streak.sentence_msg())}</p>
                <h2>{per_week.clone()}</h2>
                <BarChart bars caption=per_week unit=t(m::report_insights_sessions()) />
                <h2>{t(m::report_insights_pain())}</h2>
                <PainChart points=pain dates=pain_dates />
                <h2>{t(m::report_every_session())}</h2>
                // Focusable, so keyboard users can scroll the wide table on a phone.
                <div class="table-scroll" tabindex="0" role="region" aria-label=t(m::report_every_session())>
                    <table class="report-table">
                        <thead><tr>
                            <th scope="col">{t(m::report_column_date())}</th><th scope="col">{t(m::report_column_routine())}</th><th scope="col">{t(m::report_column_time())}</th>
                            <th scope="col">{t(history::pain_cell_heading())}</th><th scope="col">{t(m::report_column_next_morning())}</th><th scope="col">{t(m::report_column_skipped())}</th><th scope="col">{t(m::report_column_eased())}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        })
    };
    let has_weight = move || body.entries.with(|e| !e.is_empty());
    view! {
        <section class="page report">
            <h1>{t(m::report_title())}</h1>
            <p class="small muted">{t(m::report_from_limber())}</p>
            <form class="report-options no-print" on:submit=|ev| ev.prevent_default()>
                <div class="report-dates">
                    <DateField label=t(m::report_field_from()) today range pick=|r: Range| r.from.iso() text=from_text />
                    <DateField label=t(m::report_field_to()) today range pick=|r: Range| r.to.iso() text=to_text />
                </div>
                <TickBox label=t(m::report_include_notes()) ticked=include_notes />
                <Show when=has_weight>
                    <TickBox label=t(m::report_include_weight()) ticked=include_weight />
                </Show>
            </form>
            <button type="button" class="button primary no-print" on:click=print>{t(m::report_print())}</button>
            <p class="small muted no-print">{t(m::report_pdf_hint())}</p>
            <p class="report-header">{move || t(report::header(range.get()))}</p>
            {summary}
            {body_view}
            // After the sessions: page one stays the summary, and the pages after it start with
            // the sessions, as they always have.
            {move || view! { <SupportSection range=range.get() /> }}
        </section>
    }
}

/// A tick box for what to share.
#[component]
fn TickBox(label: String, ticked: RwSignal<bool>) -> impl IntoView {
    view! {
        <label class="option">
            <input
                type="checkbox"
                prop:checked=move || ticked.get()
                on:change=move |ev| ticked.set(event_target_checked(&ev))
            />
            <span>{label}</span>
        </label>
    }
}

/// One of the two date boxes: shows the range's day, and keeps what the person picks.
#[component]
fn DateField(
    label: String,
    today: calendar::LocalDate,
    range: Memo<Range>,
    pick: fn(Range) -> String,
    text: RwSignal<String>,
) -> impl IntoView {
    view! {
        <label class="field">
            <span>{label}</span>
            <input
                type="date"
                max=today.iso()
                prop:value=move || pick(range.get())
                on:change=move |ev| text.set(event_target_value(&ev))
            />
        </label>
    }
}

/// Paragraphs, one a sentence group.
fn paragraphs(lines: Vec<Msg>) -> impl IntoView {
    lines
        .into_iter()
        .map(|l| view! { <p>{t(l)}</p> })
        .collect_view()
}

/// A list, or nothing when empty.
fn list(items: Vec<Msg>) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! { <ul>{items.into_iter().map(|i| view! { <li>{t(i)}</li> }).collect_view()}</ul> }
    })
}

/// Page one: the summary a clinician reads in two minutes. Printing ends the page after it.
fn page_one(s: Summary, range: Range) -> impl IntoView {
    let Summary {
        start,
        activities,
        adherence,
        pain,
        flares,
        programme,
        notes,
        ..
    } = s;
    let walking = adherence.walking;
    let weeks = adherence
        .rows
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <td>{t(r.week_label())}</td>
                    <td>{t(r.sessions_cell())}</td>
                    {walking.then(|| view! { <td>{t(r.walking_cell())}</td> })}
                </tr>
            }
        })
        .collect_view();
    let ratings: Vec<_> = activities
        .list
        .iter()
        .filter_map(|a| {
            a.first.map(|f| {
                (
                    a.name.clone(),
                    f,
                    a.latest.map(|l| l.0),
                    t(a.sentence.clone()),
                )
            })
        })
        .collect();
    let activity_items: Vec<Msg> = activities.list.into_iter().map(|a| a.sentence).collect();
    let codes: Vec<_> = programme.routines.iter().filter_map(routine_code).collect();
    let routine_items: Vec<Msg> = programme.routines.into_iter().map(|r| r.sentence).collect();
    view! {
        <div class="report-summary">
            <section class="report-section">
                <h2>{t(report::started_heading())}</h2>
                {paragraphs(start.lines)}
            </section>
            <section class="report-section">
                <h2>{t(report::activities_heading())}</h2>
                <div class="report-columns">
                    <div>
                        {paragraphs(activities.lines)}
                        {list(activity_items)}
                    </div>
                    {(!ratings.is_empty()).then(|| view! {
                        <ChangeChart rows=ratings caption=t(report::activities_heading()) />
                    })}
                </div>
            </section>
            <section class="report-section">
                <h2>{t(report::adherence_heading())}</h2>
                <div class="report-columns table-first">
                <table class="adherence-table" aria-label=t(report::adherence_heading())>
                    <thead><tr>
                        <th scope="col">{t(m::report_column_week())}</th>
                        <th scope="col">{t(m::report_column_sessions())}</th>
                        {walking.then(|| view! { <th scope="col">{t(m::report_column_walking())}</th> })}
                    </tr></thead>
                    <tbody>{weeks}</tbody>
                </table>
                <div>{paragraphs(adherence.lines)}</div>
                </div>
                // One paragraph, so page one keeps to one sheet: each sentence whole.
                <p>{adherence.eased.paragraph().into_iter().map(t).collect::<Vec<_>>().join(" ")}</p>
            </section>
            <section class="report-section">
                <h2>{t(report::pain_heading())}</h2>
                {paragraphs(pain.lines)}
            </section>
            <section class="report-section">
                <h2>{t(report::flares_heading())}</h2>
                {paragraphs(flares.lines)}
                {list(flares.items)}
            </section>
            <section class="report-section">
                <h2>{t(report::programme_heading())}</h2>
                <div class="report-columns">
                    <div>
                        {paragraphs(programme.lines)}
                        {list(routine_items)}
                        // One line on the course and calm: two whole sentences.
                        <p class="report-course">{move || use_course().course.with(|c| {
                            format!("{} {}", t(learn::report_msg(c)), t(calm::report_msg(&c.calm, range.from, range.to)))
                        })}</p>
                    </div>
                    {(!codes.is_empty()).then(|| view! {
                        <div class="report-codes">
                            <div class="report-code-row">{codes}</div>
                            <p class="small">{t(m::report_codes_hint())}</p>
                        </div>
                    })}
                </div>
            </section>
            {notes.map(|n| {
                let empty = n.list.is_empty();
                let items = n
                    .list
                    .into_iter()
                    .map(|note| view! {
                        <li>
                            <span class="report-note-when">{t(note.when)}</span>
                            <p class="note-text" translate="no">{note.text}</p>
                        </li>
                    })
                    .collect_view();
                view! {
                    <section class="report-section report-notes-section">
                        <h2>{t(report::notes_heading())}</h2>
                        {paragraphs(n.lines)}
                        {(!empty).then(|| view! { <ul class="report-notes">{items}</ul> })}
                    </section>
                }
            })}
        </div>
    }
}

/// "What holds them back" over time (the answers in words and what the rule made of each,
/// with the rule) and their goals with how the weekly plans went.
#[component]
fn SupportSection(range: Range) -> impl IntoView {
    let course = use_course().course;
    move || {
        course.with(|c| {
            let table = outlook::table(&c.checks, range.from, range.to, 6);
            let count = c
                .checks
                .iter()
                .filter(|k| (range.from..=range.to).contains(&k.day()))
                .count();
            let goals = goals::report_msgs(&c.goals);
            view! {
                <section class="report-section report-outlook">
                    <h2>{t(m::report_outlook_title())}</h2>
                    {match table {
                        Some(table) => view! {
                            <p>{t(m::report_outlook_count(count as u32))}</p>
                            <OutlookTable table />
                            <p class="small">{t(outlook::rule_msg())}</p>
                        }
                        .into_any(),
                        None if c.checks.is_empty() => view! { <p>{t(m::report_outlook_none())}</p> }.into_any(),
                        None => view! { <p>{t(m::report_outlook_none_in_range())}</p> }.into_any(),
                    }}
                </section>
                <section class="report-section report-goals">
                    <h2>{t(m::report_goals_title())}</h2>
                    {if goals.is_empty() {
                        view! { <p>{t(m::report_goals_none())}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="plain-list report-goal-list">
                                {goals.into_iter().map(|(title, lines)| view! {
                                    <li>
                                        <strong>{t(title)}</strong>
                                        {lines.into_iter().map(|l| view! { <p class="small">{t(l)}</p> }).collect_view()}
                                    </li>
                                }).collect_view()}
                            </ul>
                        }
                        .into_any()
                    }}
                </section>
            }
        })
    }
}

/// A routine's share link as a code to print: scanned with a phone's camera, it opens the
/// routine as it is done today, ready to save.
/// `None` for a routine too long for a code (none of the built-in ones is: a unit test in
/// `domain::qr` checks every one at every level).
fn routine_code(r: &report::RoutineNow) -> Option<impl IntoView> {
    let link = platform_share::routine_link(&r.draft);
    let label = t(m::report_code_label(r.name.clone()));
    let svg = qr::svg_for_paper(&link, &label).ok()?;
    Some(view! {
        <figure class="report-code">
            <div class="qr-code" inner_html=svg></div>
            // The level is in the routine's line beside the codes (and in the code's label).
            <figcaption>{t(r.name.clone())}</figcaption>
        </figure>
    })
}
