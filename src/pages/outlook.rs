//! "What holds you back" (`/check`): seven questions one screen at a time, then what the rule
//! (`domain::outlook::suggest`) suggests, and the answers over time. Today's row offers it
//! when it is due. It shares Learn's page screen and loader (`LearnCardPage`), so it costs
//! the first load nothing.

use leptos::prelude::*;

use crate::components::link::A;
use crate::components::row_icon::row_icon;
use crate::domain::calendar::LocalDate;
use crate::domain::i18n::{messages as m, Arg, DateStyle};
use crate::domain::outlook::{self, Check, Suggestion, QUESTIONS};
use crate::domain::{learn, safety};
use crate::platform::base_path::href;
use crate::platform::{clock, nav};
use crate::state::{date, t, use_course, use_navigate};

/// Where the check is: its intro, question `n` (from 0), or the result of what was saved.
#[derive(Clone, Debug, PartialEq)]
enum Step {
    Intro,
    Question(usize),
    Result(Suggestion),
}

#[component]
pub fn OutlookPage() -> impl IntoView {
    let course = use_course();
    let navigate = use_navigate();
    let step = RwSignal::new(Step::Intro);
    let answers = RwSignal::new([None::<u8>; QUESTIONS.len()]);
    let error = RwSignal::new(None::<String>);
    let go = move |next: Step| {
        step.set(next);
        nav::focus_step(".outlook h1");
    };
    // "Not now" and "Stop here": nothing is kept, and Today asks again in a week.
    let put_off = move |_| {
        let day = clock::today().to_days() + outlook::PUT_OFF_DAYS;
        let _ = course.put_off_check(day);
        navigate.to("/");
    };
    let answer = move |n: usize, score: u8| {
        answers.update(|a| a[n] = Some(score));
        if n + 1 < QUESTIONS.len() {
            go(Step::Question(n + 1));
            return;
        }
        let scores: Vec<u8> = answers
            .get_untracked()
            .iter()
            .map(|a| a.unwrap_or(0))
            .collect();
        let check = Check {
            at: clock::now_ms(),
            utc_offset_min: clock::utc_offset_min(),
            answers: scores,
        };
        let suggestion = check.suggestion();
        match course.checked_in(check) {
            Ok(()) => go(Step::Result(suggestion)),
            Err(e) => error.set(Some(format!("{} {e}", t(m::outlook_saved_error())))),
        }
    };
    view! {
        <section class="page outlook">
            {move || match step.get() {
                Step::Intro => view! {
                    <A href=href("/") attr:class="back">{t(m::coach_flare_back())}</A>
                    <h1 tabindex="-1">{t(m::outlook_title())}</h1>
                    <p class="lead">{t(m::outlook_intro())}</p>
                    <p class="small muted">{t(m::outlook_private())}</p>
                    <button type="button" class="button primary big" on:click=move |_| go(Step::Question(0))>
                        {t(m::outlook_start())}
                    </button>
                    <button type="button" class="button" on:click=put_off>{t(m::outlook_not_now())}</button>
                    <OutlookHistory />
                }
                .into_any(),
                Step::Question(n) => {
                    let q = QUESTIONS[n];
                    let chosen = move || answers.with(|a| a[n]);
                    view! {
                        <p class="eyebrow" aria-live="polite">{t(m::outlook_progress(n as u32 + 1, QUESTIONS.len() as u32))}</p>
                        <progress class="outlook-progress" max=QUESTIONS.len() value=n aria-hidden="true"></progress>
                        <p class="small muted">{t(m::outlook_lead_in())}</p>
                        <h1 tabindex="-1" id="outlook-question">{t(q.msg())}</h1>
                        <div class="outlook-answers" role="group" aria-labelledby="outlook-question">
                            {(0..=outlook::MAX_SCORE).map(|score| view! {
                                <button
                                    type="button"
                                    class="button outlook-answer"
                                    aria-pressed=move || if chosen() == Some(score) { "true" } else { "false" }
                                    on:click=move |_| answer(n, score)
                                >
                                    {t(q.answer_msg(score))}
                                </button>
                            }).collect_view()}
                        </div>
                        {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
                        <div class="outlook-nav">
                            <button type="button" class="button" on:click=move |_| go(if n == 0 { Step::Intro } else { Step::Question(n - 1) })>
                                {t(m::outlook_back())}
                            </button>
                            <button type="button" class="link-button" on:click=put_off>{t(m::outlook_stop())}</button>
                        </div>
                    }
                    .into_any()
                }
                Step::Result(s) => view! { <OutlookResult suggestion=s /> }.into_any(),
            }}
        </section>
    }
}

/// What the rule suggests, in words: the heading, why, the help line when due, the lessons to
/// read first, calm, and the rule itself.
#[component]
fn OutlookResult(suggestion: Suggestion) -> impl IntoView {
    let extra = suggestion.support == outlook::Support::Extra;
    let number = safety::emergency_number(&clock::language()).number;
    let lessons: Vec<&'static learn::Lesson> = suggestion
        .lessons()
        .into_iter()
        .filter_map(learn::lesson)
        .take(3)
        .collect();
    view! {
        <h1 tabindex="-1">{t(suggestion.title_msg())}</h1>
        {suggestion.help_now.then(|| view! {
            <p class="card note outlook-help" role="note">{t(m::outlook_help_now(number))}</p>
        })}
        <p class="lead outlook-result">{t(suggestion.body_msg())}</p>
        {(!lessons.is_empty()).then(|| view! {
            <h2>{t(m::outlook_result_lessons())}</h2>
            <ul class="plain-list outlook-lessons">
                {lessons.into_iter().map(|l| view! {
                    <li><A href=href(&format!("/learn/{}", l.id)) attr:class="card link-card">{t(l.title_msg())}</A></li>
                }).collect_view()}
            </ul>
        })}
        {extra.then(|| view! {
            <A href=href(&format!("/calm/{}", crate::domain::calm::FOR_A_BAD_MOMENT)) attr:class="button">{t(m::outlook_result_calm())}</A>
        })}
        <A href=href("/goals") attr:class="button primary">{t(m::outlook_result_goal())}</A>
        <A href=href("/") attr:class="button">{t(m::outlook_result_done())}</A>
        <p class="small muted">{t(m::outlook_not_diagnosis())}</p>
        <details class="outlook-rule">
            <summary>{t(m::outlook_rule_title())}</summary>
            <p class="small">{t(outlook::rule_msg())}</p>
        </details>
    }
}

/// The answers over time (`outlook::table`): a column per check, a row per question, each
/// answer in words; when the next check comes.
#[component]
pub fn OutlookHistory() -> impl IntoView {
    let course = use_course().course;
    move || {
        course.with(|c| {
            // Every check up to the latest: the four most recent.
            let last = outlook::latest(&c.checks)?.day();
            let table = outlook::table(&c.checks, LocalDate::from_days(0), last, 4)?;
            let next = outlook::next_day(&c.checks)?;
            Some(view! {
                <section class="outlook-history" aria-labelledby="outlook-history-title">
                    <h2 id="outlook-history-title">{t(m::outlook_history_title())}</h2>
                    <p class="small">{t(m::outlook_history_next(Arg::Date(last, DateStyle::Long), Arg::Date(next, DateStyle::Long)))}</p>
                    <OutlookTable table />
                </section>
            })
        })
    }
}

/// A table of checks (`outlook::Table`), for the check's screen and the report.
#[component]
pub fn OutlookTable(table: outlook::Table) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="outlook-table">
                <thead><tr>
                    <th scope="col">{t(m::outlook_history_question())}</th>
                    {table.days.iter().map(|d| view! { <th scope="col">{date(*d, DateStyle::Short)}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {table.rows.into_iter().map(|(q, cells)| view! {
                        <tr>
                            <th scope="row">{t(q)}</th>
                            {cells.into_iter().map(|c| view! { <td>{t(c)}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <ul class="plain-list small outlook-lines">
            {table.lines.into_iter().map(|(d, line)| view! {
                <li><strong>{date(d, DateStyle::Short)}</strong>" "{t(line)}</li>
            }).collect_view()}
        </ul>
    }
}

/// Today's row offering the check, when `today::outlook_offer` says it is due.
#[component]
pub fn OutlookRow(line: crate::domain::i18n::Msg) -> impl IntoView {
    view! {
        <li class="today-row outlook-row">
            {row_icon("check")}
            <div class="row-text">
                <strong>{t(m::outlook_row_title())}</strong>
                <span class="small muted">{t(line)}</span>
            </div>
            <A href=href("/check") attr:class="button small">{t(m::outlook_row_open())}</A>
        </li>
    }
}
