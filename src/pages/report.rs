use leptos::prelude::*;

use crate::components::charts::{BarChart, ChangeChart, PainChart};
use crate::domain::activity::{self, ActivityKind};
use crate::domain::calendar;
use crate::domain::report::{self, Range, Summary};
use crate::domain::{history, insights, qr, words};
use crate::platform::{clock, share as platform_share};
use crate::state::{use_body, use_history, use_plan, use_prefs};

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
                            Some(page_one(report::summary(&input)))
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
                return view! { <p>"No sessions recorded yet."</p> }.into_any();
            }
            let streak = insights::streak(all, plan.exercise_days(prefs), today);
            let shown = report::sessions_in(all, range);
            if shown.is_empty() {
                return view! {
                    <p class="streak">{streak.sentence()}</p>
                    <p>"No sessions in these dates."</p>
                }
                .into_any();
            }
            let first = shown.iter().map(|s| s.local_date()).min().unwrap_or(range.from);
            let last = shown.iter().map(|s| s.local_date()).max().unwrap_or(range.to);
            let weeks = insights::weekly_totals(&shown, range.to, insights::chart_weeks(&shown, range.to, 12));
            let bars: Vec<_> = weeks.iter().map(|w| (w.start.short_label(), w.sessions)).collect();
            let series = insights::pain_series(&shown);
            let pain_dates = insights::first_and_last(series.iter().map(|p| p.0));
            let pain: Vec<_> = series.into_iter().map(|(d, b, a)| (d.long_label(), b, a)).collect();
            let mut sorted: Vec<_> = shown.iter().collect();
            sorted.sort_by_key(|s| std::cmp::Reverse(s.started_at));
            let rows = sorted
                .into_iter()
                .map(|s| {
                    let skipped = insights::skipped_words(s);
                    let eased = insights::eased_words(s);
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
                            <td class="time">{calendar::duration_label(s.duration_secs)}</td>
                            <td class="pain">{s.pain_cell()}</td>
                            <td>{s.morning_words()}</td>
                            <td>{skipped}</td>
                            <td>{eased}</td>
                        </tr>
                    }
                })
                .collect_view();
            let logged = shown.iter().filter(|s| ActivityKind::of(s).is_some()).count() as u64;
            let logged_line = (logged > 0).then(|| format!("{logged} of them {}.", words::LOGGED.form(logged)));
            view! {
                <p>
                    {format!("{} from {} to {}.", words::count(shown.len() as u64, words::SESSION), first.long_label(), last.long_label())}
                    {logged_line.map(|l| format!(" {l}"))}
                </p>
                <p class="streak">{streak.sentence()}</p>
                <h2>"Sessions per week"</h2>
                <BarChart bars caption="Sessions per week" unit="Sessions" />
                <h2>"Pain before and after"</h2>
                <PainChart points=pain dates=pain_dates />
                <h2>"Every session"</h2>
                // Focusable, so keyboard users can scroll the wide table on a phone.
                <div class="table-scroll" tabindex="0" role="region" aria-label="Every session">
                    <table class="report-table">
                        <thead><tr>
                            <th scope="col">"Date"</th><th scope="col">"Routine"</th><th scope="col">"Time"</th>
                            <th scope="col">{history::PAIN_CELL_HEADING}</th><th scope="col">"Next morning"</th><th scope="col">"Skipped"</th><th scope="col">"Eased"</th>
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
            <h1>"Exercise report"</h1>
            <p class="small muted">"From Limber: general self-help exercise for low back pain."</p>
            <form class="report-options no-print" on:submit=|ev| ev.prevent_default()>
                <div class="report-dates">
                    <DateField label="From" today range pick=|r: Range| r.from.iso() text=from_text />
                    <DateField label="To" today range pick=|r: Range| r.to.iso() text=to_text />
                </div>
                <TickBox label="Include my notes" ticked=include_notes />
                <Show when=has_weight>
                    <TickBox label="Include my weight" ticked=include_weight />
                </Show>
            </form>
            <button type="button" class="button primary no-print" on:click=print>"Print or save as PDF"</button>
            <p class="small muted no-print">{report::PDF_HINT}</p>
            <p class="report-header">{move || report::header(range.get())}</p>
            {summary}
            {body_view}
        </section>
    }
}

/// A tick box for what to share.
#[component]
fn TickBox(label: &'static str, ticked: RwSignal<bool>) -> impl IntoView {
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
    label: &'static str,
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
fn paragraphs(lines: Vec<String>) -> impl IntoView {
    lines
        .into_iter()
        .map(|l| view! { <p>{l}</p> })
        .collect_view()
}

/// A list, or nothing when empty.
fn list(items: Vec<String>) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }
    })
}

/// Page one: the summary a clinician reads in two minutes. Printing ends the page after it.
fn page_one(s: Summary) -> impl IntoView {
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
                    <td>{r.week_label()}</td>
                    <td>{r.sessions_cell()}</td>
                    {walking.then(|| view! { <td>{r.walking_cell()}</td> })}
                </tr>
            }
        })
        .collect_view();
    let ratings: Vec<_> = activities
        .list
        .iter()
        .filter_map(|a| {
            a.first
                .map(|f| (a.name.clone(), f, a.latest.map(|l| l.0), a.sentence.clone()))
        })
        .collect();
    let activity_items: Vec<String> = activities.list.into_iter().map(|a| a.sentence).collect();
    let codes: Vec<_> = programme.routines.iter().filter_map(routine_code).collect();
    let routine_items: Vec<String> = programme.routines.into_iter().map(|r| r.sentence).collect();
    view! {
        <div class="report-summary">
            <section class="report-section">
                <h2>{report::STARTED}</h2>
                {paragraphs(start.lines)}
            </section>
            <section class="report-section">
                <h2>{report::ACTIVITIES}</h2>
                <div class="report-columns">
                    <div>
                        {paragraphs(activities.lines)}
                        {list(activity_items)}
                    </div>
                    {(!ratings.is_empty()).then(|| view! {
                        <ChangeChart rows=ratings caption=report::ACTIVITIES />
                    })}
                </div>
            </section>
            <section class="report-section">
                <h2>{report::ADHERENCE}</h2>
                <div class="report-columns table-first">
                <table class="adherence-table" aria-label=report::ADHERENCE>
                    <thead><tr>
                        <th scope="col">{report::WEEK_COLUMN}</th>
                        <th scope="col">{report::SESSIONS_COLUMN}</th>
                        {walking.then(|| view! { <th scope="col">{report::WALKING_COLUMN}</th> })}
                    </tr></thead>
                    <tbody>{weeks}</tbody>
                </table>
                <div>{paragraphs(adherence.lines)}</div>
                </div>
                // One paragraph, so page one keeps to one sheet: each sentence whole.
                <p>{adherence.eased.paragraph()}</p>
            </section>
            <section class="report-section">
                <h2>{report::PAIN}</h2>
                {paragraphs(pain.lines)}
            </section>
            <section class="report-section">
                <h2>{report::FLARES}</h2>
                {paragraphs(flares.lines)}
                {list(flares.items)}
            </section>
            <section class="report-section">
                <h2>{report::PROGRAMME}</h2>
                <div class="report-columns">
                    <div>
                        {paragraphs(programme.lines)}
                        {list(routine_items)}
                    </div>
                    {(!codes.is_empty()).then(|| view! {
                        <div class="report-codes">
                            <div class="report-code-row">{codes}</div>
                            <p class="small">{report::CODES_HINT}</p>
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
                            <span class="report-note-when">{note.when}</span>
                            <p class="note-text">{note.text}</p>
                        </li>
                    })
                    .collect_view();
                view! {
                    <section class="report-section report-notes-section">
                        <h2>{report::NOTES}</h2>
                        {paragraphs(n.lines)}
                        {(!empty).then(|| view! { <ul class="report-notes">{items}</ul> })}
                    </section>
                }
            })}
        </div>
    }
}

/// A routine's share link as a code to print: scanned with a phone's camera, it opens the
/// routine as it is done today, ready to save.
/// `None` for a routine too long for a code (none of the built-in ones is: a unit test in
/// `domain::qr` checks every one at every level).
fn routine_code(r: &report::RoutineNow) -> Option<impl IntoView> {
    let link = platform_share::routine_link(&r.draft);
    let label = format!("QR code that opens {} in Limber", r.draft.name);
    let svg = qr::svg_for_paper(&link, &label).ok()?;
    Some(view! {
        <figure class="report-code">
            <div class="qr-code" inner_html=svg></div>
            // The level is in the routine's line beside the codes (and in the code's label).
            <figcaption>{r.name.clone()}</figcaption>
        </figure>
    })
}
