use leptos::prelude::*;

use crate::components::link::A;
use crate::domain::activity::{self, ActivityKind};
use crate::domain::history::{self, SessionRecord};
use crate::domain::i18n::{messages as m, Arg, DateStyle, Msg};
use crate::domain::{calendar, calm, catalog, insights};
use crate::platform::base_path::href;
use crate::state::{t, use_course, use_history, use_prefs};

/// Switch between the list and the insights.
#[component]
pub fn HistoryTabs() -> impl IntoView {
    view! {
        <nav class="tabs" aria-label=t(m::records_tabs_label())>
            <A href=href("/history")>{t(m::records_tab_sessions())}</A>
            <A href=href("/insights")>{t(m::records_tab_insights())}</A>
        </nav>
    }
}

/// Past sessions, grouped by week, newest first.
#[component]
pub fn History() -> impl IntoView {
    let history = use_history();
    // Every week as positions in the history; only the weeks on show are copied out of it.
    let weeks = Memo::new(move |_| history.sessions.with(|all| insights::week_groups(all)));
    let sizes = Memo::new(move |_| {
        weeks.with(|w| w.iter().map(|(_, list)| list.len()).collect::<Vec<_>>())
    });
    // A page at a time, so years of history still open at once; more on request.
    let shown_weeks = RwSignal::new(0);
    // At least the first page, also when sessions arrive later (another tab, an import).
    let shown = move || {
        shown_weeks
            .get()
            .max(sizes.with(|n| insights::page_end(n, 0)))
    };
    let total_weeks = move || weeks.with(Vec::len);
    view! {
        <section class="page">
            <h1>{t(m::records_history_title())}</h1>
            <HistoryTabs />
            <div class="actions">
                <A href=href("/log") attr:class="button">{t(m::records_log_button())}</A>
            </div>
            <CalmListened />
            <Show
                when=move || history.sessions.with(|s| !s.is_empty())
                fallback=|| view! { <p class="muted">{t(m::records_history_empty())}</p> }
            >
                {move || weeks.with(|w| history.sessions.with(|all| {
                    w.iter()
                        .take(shown())
                        .map(|(start, list)| {
                            let line = t(insights::week_line_msg(list.iter().filter_map(|&i| all.get(i))));
                            view! {
                                <h2 class="week">
                                    {t(m::records_week_of(Arg::Date(*start, DateStyle::LongYear)))}
                                    <span class="muted small">{format!(" · {line}")}</span>
                                </h2>
                                <ul class="card-list">
                                    {list.iter().filter_map(|&i| all.get(i).cloned()).map(|s| view! { <SessionCard s /> }).collect_view()}
                                </ul>
                            }
                        })
                        .collect_view()
                }))}
                <Show when=move || { shown() < total_weeks() }>
                    <button type="button" class="button" on:click=move |_| shown_weeks.set(sizes.with_untracked(|n| insights::page_end(n, untrack(shown))))>
                        {t(m::records_show_older())}
                    </button>
                </Show>
            </Show>
        </section>
    }
}

/// The calm sessions listened to, on their own: a line, and the list newest first when
/// opened. They are not exercise, so the weeks below don't count them.
#[component]
fn CalmListened() -> impl IntoView {
    let course = use_course().course;
    move || {
        course.with(|c| {
            (!c.calm.is_empty()).then(|| {
                let items = c
                    .calm
                    .iter()
                    .rev()
                    .map(|d| {
                        let when = m::records_when_time(
                            Arg::Date(d.day(), DateStyle::LongYear),
                            calendar::clock_label(d.started_at, d.utc_offset_min),
                        );
                        view! {
                            <li>
                                <span class="eyebrow">{t(when)}</span>
                                <span>{t(d.line_msg())}</span>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <details class="card calm-history">
                        <summary>{t(calm::history_msg(&c.calm))}</summary>
                        <p class="small muted">{t(m::records_calm_hint())}</p>
                        <ul class="plain-list">{items}</ul>
                    </details>
                }
            })
        })
    }
}

/// Plain-words pain line for a record.
pub fn pain_line(s: &SessionRecord) -> String {
    t(s.pain_line())
}

/// The exercises a session skipped, listed ("Pelvic tilt and Glute bridge"); `None` for none.
pub fn skipped_msg(s: &SessionRecord) -> Option<Msg> {
    Msg::list(
        s.exercises
            .iter()
            .filter(|e| e.skipped())
            .map(|e| exercise_title(e.eased_from.as_deref().unwrap_or(&e.id)))
            .collect(),
    )
}

/// An exercise's name in words, or its id for one this version doesn't know.
pub fn exercise_title(id: &str) -> Msg {
    catalog::exercise(id).map_or_else(|| Msg::plain(id), |e| e.title())
}

#[component]
fn SessionCard(s: SessionRecord) -> impl IntoView {
    let skipped = skipped_msg(&s).map(|names| t(m::records_skipped(names)));
    let eased: Vec<String> = insights::eased_msgs(&s).into_iter().map(t).collect();
    let when = t(activity::when_msg(&s));
    let title = t(s.title());
    let logged = ActivityKind::of(&s).is_some();
    let units = use_prefs().settings.with_untracked(|p| p.units);
    let what = if logged {
        t(m::records_card_logged(activity::summary_msg(&s, units)))
    } else {
        let duration = history::duration_msg(s.duration_secs);
        let (done, total) = (s.exercises_done(), s.exercises.len());
        t(if done == total {
            m::records_card_all(total, duration)
        } else {
            m::records_card_done_of(done, total, duration)
        })
    };
    let pain =
        (!logged || s.pain_before.is_some() || s.pain_after.is_some()).then(|| pain_line(&s));
    view! {
        <li class="card session">
            <A href=href(&format!("/history/{}", s.id)) attr:class="session-link">
                <p class="eyebrow">{when}</p>
                <h3>{title}</h3>
            </A>
            <p>{what}</p>
            {pain.map(|p| view! { <p>{p}</p> })}
            {s.feeling.map(|f| view! { <p>{t(f.felt())}</p> })}
            {skipped.map(|line| view! { <p class="muted">{line}</p> })}
            {(!eased.is_empty()).then(|| view! { <p class="muted">{t(m::records_eased(eased.join("; ")))}</p> })}
            {s.note.clone().map(|n| view! { <p class="note-text" translate="no">{n}</p> })}
        </li>
    }
}
