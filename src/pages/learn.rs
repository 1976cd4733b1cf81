//! Learn: the course, six themes over six weeks, one lesson a day. The list shows each
//! theme's lessons with what is read, today's lesson and what opens later; a lesson's page
//! has its key message, a few paragraphs, an example, one thing to try this week and a
//! question whose answer is kept. The flare plan lists the flare lessons (`FlareLessons`).

use leptos::prelude::*;

use crate::components::exercise_figure::ExerciseFigure;
use crate::components::lesson_row::LessonRow;
use crate::components::link::A;
use crate::components::safety::WarningSigns;
use crate::domain::calendar::LocalDate;
use crate::domain::i18n::{messages as m, Arg, DateStyle};
use crate::domain::learn::{self, Answer, Lesson, LessonStatus, Question};
use crate::domain::{library, today};
use crate::pages::calm::{CalmList, CalmPage, CalmRow};
use crate::pages::not_found::NotFound;
use crate::platform::base_path::href;
use crate::platform::speech;
use crate::state::{t, use_course, use_history, use_now, use_plan};

/// A still figure for a lesson, decorative (the title says what it is about).
fn picture(lesson: &Lesson, class: &'static str) -> impl IntoView {
    library::exercise(lesson.picture).map(
        |ex| view! { <ExerciseFigure figure=ex.guide().figure label="" class=class still=true /> },
    )
}

/// The pain rule with this person's own numbers, from the one rule (`pain::bands_msg`)
/// and their usual pain, so the lesson says what "This hurts" will say.
#[component]
fn YourBands() -> impl IntoView {
    let plan = use_plan();
    let history = use_history();
    move || {
        let has_answers = plan.profile.with(Option::is_some)
            || history
                .sessions
                .with(|s| s.iter().any(|s| s.pain_before.is_some()));
        has_answers.then(|| {
            let usual = plan.usual(history, None);
            view! {
                <p class="card note your-bands">{t(learn::your_bands(usual))}</p>
            }
        })
    }
}

#[component]
pub fn Learn() -> impl IntoView {
    let course = use_course().course;
    let day = use_now().day;
    let progress =
        move || course.with(|c| t(m::learn_progress(c.read_count(), learn::LESSONS.len())));
    let themes = (1..=learn::THEMES)
        .map(|theme| {
            let lessons = learn::of_theme(theme)
                .map(|l| view! { <LessonItem lesson=l /> })
                .collect_view();
            view! {
                <section class="course-theme" aria-labelledby=format!("theme-{theme}")>
                    <p class="eyebrow">{t(m::learn_week(theme))}</p>
                    <h2 id=format!("theme-{theme}")>{t(learn::theme_title(theme))}</h2>
                    <p class="muted small">{t(learn::theme_summary(theme))}</p>
                    <ul class="plain-list learn-list">{lessons}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <section class="page">
            <h1>{t(m::learn_title())}</h1>
            <p class="muted">{t(m::learn_lead())}</p>
            <p class="course-progress" role="status">{progress}</p>
            {move || course.with(|c| c.next().is_none()).then(|| view! {
                <p class="ok">{t(m::learn_course_done())}</p>
            })}
            {move || {
                let today = day.get();
                course.with(|c| c.next_tomorrow(today).then(|| view! {
                    <p class="muted">{t(m::learn_next_tomorrow())}</p>
                }))
            }}
            <CalmList />
            <crate::pages::goals::SupportLinks />
            {themes}
        </section>
    }
}

/// One lesson in the list: a link if it can be opened today, else its title, marked.
#[component]
fn LessonItem(lesson: &'static Lesson) -> impl IntoView {
    let course = use_course().course;
    let day = use_now().day;
    move || {
        let status = course.with(|c| c.status(lesson, day.get()));
        let (word, class) = match status {
            LessonStatus::Read => (m::learn_status_read(), "badge done"),
            LessonStatus::Today => (m::learn_status_today(), "badge today"),
            LessonStatus::Flare => (m::learn_status_flare(), "badge"),
            LessonStatus::Later => (m::learn_status_later(), "badge"),
        };
        let text = view! {
            <span class="learn-item-text">
                <strong>{t(lesson.title_msg())}</strong>
                <span class=class>{t(word)}</span>
            </span>
        };
        if status != LessonStatus::Later {
            view! {
                <li>
                    <A href=href(&format!("/learn/{}", lesson.id)) attr:class="card link-card learn-item">
                        {picture(lesson, "learn-thumb")}
                        {text}
                    </A>
                </li>
            }
            .into_any()
        } else {
            view! { <li class="card learn-item locked">{text}</li> }.into_any()
        }
    }
}

/// Today's lesson row, for someone with something stored (a piece of Today): the next
/// lesson, one a day, or the flare lessons during a flare (`today::lesson`).
#[component]
pub fn TodayLessonRow(day: Signal<LocalDate>) -> impl IntoView {
    let course = use_course().course;
    let plan = use_plan();
    let history = use_history();
    let row = Memo::new(move |_| {
        let day = day.get();
        plan.profile.with(|p| {
            history
                .sessions
                .with(|s| course.with(|c| today::lesson_row(today::lesson(p.as_ref(), s, c, day))))
        })
    });
    // A calm session on a rest day or during a flare (`today::calm`).
    let calm = Memo::new(move |_| {
        let day = day.get();
        plan.profile.with(|p| {
            history
                .sessions
                .with(|s| course.with(|c| today::calm(p.as_ref(), s, c, day)))
        })
    });
    // "What holds you back", when due, on a day with no calm row: one thing more at a time.
    let offer = Memo::new(move |_| {
        let day = day.get();
        plan.profile.with(|p| {
            history
                .sessions
                .with(|s| course.with(|c| today::outlook_offer(p.as_ref(), s, c, day)))
        })
    });
    view! {
        {move || {
            let (above, title, id) = row.get();
            let to = id.map_or_else(|| "/learn".to_string(), |id| format!("/learn/{id}"));
            view! { <LessonRow above=above title=title href=href(&to) /> }
        }}
        {move || calm.get().map(|(above, session)| view! { <CalmRow above=above session /> })}
        {move || offer.get().map(|line| view! { <crate::pages::outlook::OutlookRow line /> })}
        <crate::pages::goals::SupportRows day offer_shown=Signal::derive(move || offer.with(Option::is_some)) />
    }
}

/// The lessons for a flare-up, for the flare plan: always open.
#[component]
pub fn FlareLessons() -> impl IntoView {
    let course = use_course().course;
    let items = learn::flare_lessons()
        .map(|l| {
            let read = move || course.with(|c| c.is_read(l));
            view! {
                <li>
                    <A href=href(&format!("/learn/{}", l.id)) attr:class="card link-card learn-item">
                        {picture(l, "learn-thumb")}
                        <span class="learn-item-text">
                            <strong>{t(l.title_msg())}</strong>
                            <Show when=read>
                                <span class="badge done">{t(m::learn_status_read())}</span>
                            </Show>
                        </span>
                    </A>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="flare-lessons" aria-labelledby="flare-lessons-title">
            <h2 id="flare-lessons-title">{t(m::learn_flare_heading())}</h2>
            <ul class="plain-list learn-list">{items}</ul>
        </section>
    }
}

/// The question at the end of a lesson, with the answer kept.
#[component]
fn LessonQuestion(lesson: &'static Lesson) -> impl IntoView {
    let state = use_course();
    let day = use_now().day;
    let kept = move || {
        state
            .course
            .with(|c| c.done(lesson.id).and_then(|d| d.answer.clone()))
    };
    let error = RwSignal::new(None::<String>);
    let saved = RwSignal::new(false);
    let keep = move |answer: Answer| {
        let result = state.answer(lesson.id, answer, day.get_untracked());
        saved.set(result.is_ok());
        error.set(result.err());
    };
    let body = match lesson.question {
        Question::Check { .. } => {
            let options = lesson
                .option_msgs()
                .into_iter()
                .zip(1u8..)
                .map(|(option, n)| {
                    let checked = move || kept() == Some(Answer::Choice(n));
                    view! {
                        <label class="option">
                            <input type="radio" name="lesson-question" prop:checked=checked
                                on:change=move |_| keep(Answer::Choice(n)) />
                            <span>{t(option)}</span>
                        </label>
                    }
                })
                .collect_view();
            let reply = move || match kept() {
                Some(Answer::Choice(n)) => lesson
                    .reply_msg(n)
                    .map(|r| view! { <p class="card note lesson-reply" role="status">{t(r)}</p> }),
                _ => None,
            };
            view! {
                <fieldset class="choice">
                    <legend>{t(lesson.question_msg())}</legend>
                    {options}
                </fieldset>
                {reply}
            }
            .into_any()
        }
        Question::Reflect => {
            let text = RwSignal::new(match kept() {
                Some(Answer::Text(t)) => t,
                _ => String::new(),
            });
            view! {
                <p class="lesson-question-text">{t(lesson.question_msg())}</p>
                <label class="field">
                    <span>{t(m::learn_answer_label())}</span>
                    <textarea rows="3" maxlength=learn::ANSWER_MAX.to_string()
                        prop:value=move || text.get()
                        on:input=move |e| {
                            saved.set(false);
                            text.set(event_target_value(&e));
                        }></textarea>
                </label>
                <button type="button" class="button" on:click=move |_| keep(Answer::Text(text.get_untracked()))>
                    {t(m::learn_answer_save())}
                </button>
                <Show when=move || saved.get()>
                    <p class="ok" role="status">{t(m::learn_answer_kept())}</p>
                </Show>
            }
            .into_any()
        }
    };
    view! {
        <section class="card lesson-question" aria-labelledby="lesson-question-title">
            <h2 id="lesson-question-title">{t(m::learn_question_heading())}</h2>
            {body}
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </section>
    }
}

/// Reading aloud: not yet, speaking, or held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Aloud {
    Quiet,
    Speaking,
    Held,
}

/// The lesson read aloud by the person's chosen voice, in their language, with pause and
/// resume. Works offline (the device's own voice). A phone with no voice for the language
/// says so, and where Settings tells how to add one.
#[component]
fn Listen(lesson: &'static Lesson) -> impl IntoView {
    let aloud = RwSignal::new(Aloud::Quiet);
    let no_voice = RwSignal::new(false);
    let watch = StoredValue::new(None::<leptos::leptos_dom::helpers::IntervalHandle>);
    let stop_watching = move || {
        if let Some(h) = watch.try_update_value(Option::take).flatten() {
            h.clear();
        }
    };
    let start = move || {
        let tag = crate::state::lang().tag();
        if !speech::has_voice_for(tag) {
            return false;
        }
        let texts: Vec<String> = lesson.all_msgs().into_iter().map(t).collect();
        for (i, text) in texts.iter().enumerate() {
            if i == 0 {
                speech::say_in(tag, text);
            } else {
                speech::then_say_in(tag, text);
            }
        }
        aloud.set(Aloud::Speaking);
        // Back to "Listen" once it has all been said.
        stop_watching();
        let handle = set_interval_with_handle(
            move || {
                if aloud.get_untracked() == Aloud::Speaking && !speech::speaking() {
                    aloud.set(Aloud::Quiet);
                    if let Some(h) = watch.try_update_value(Option::take).flatten() {
                        h.clear();
                    }
                }
            },
            std::time::Duration::from_millis(1_000),
        );
        watch.set_value(handle.ok());
        true
    };
    let listen = move |_| {
        speech::unlock();
        // A phone's voices can arrive a moment after the first ask.
        if !start() {
            set_timeout(
                move || no_voice.set(!start()),
                std::time::Duration::from_millis(700),
            );
        }
    };
    on_cleanup(move || {
        stop_watching();
        speech::hush();
    });
    view! {
        <div class="lesson-listen">
            {move || match aloud.get() {
                Aloud::Quiet => view! {
                    <button type="button" class="button" on:click=listen>{t(m::learn_listen())}</button>
                }.into_any(),
                state => view! {
                    <button type="button" class="button" aria-pressed=(state == Aloud::Held).to_string()
                        on:click=move |_| if state == Aloud::Held {
                            speech::resume();
                            aloud.set(Aloud::Speaking);
                        } else {
                            speech::pause();
                            aloud.set(Aloud::Held);
                        }>
                        {t(if state == Aloud::Held { m::learn_listen_resume() } else { m::learn_listen_pause() })}
                    </button>
                    <button type="button" class="button" on:click=move |_| {
                        speech::hush();
                        aloud.set(Aloud::Quiet);
                    }>{t(m::learn_listen_stop())}</button>
                }.into_any(),
            }}
            <Show when=move || no_voice.get()>
                <p class="muted small" role="status">{t(m::learn_listen_no_voice())}</p>
            </Show>
        </div>
    }
}

/// One lesson in full.
fn lesson_view(lesson: &'static Lesson) -> impl IntoView {
    view! {
        <article class="learn-card lesson">
            {picture(lesson, "learn-figure")}
            <p class="eyebrow">{t(m::learn_week(lesson.theme))}</p>
            <h1>{t(lesson.title_msg())}</h1>
            <Listen lesson=lesson />
            <p class="lesson-key">{t(lesson.key_msg())}</p>
            {lesson.body_msgs().into_iter().map(|p| view! { <p>{t(p)}</p> }).collect_view()}
            {(lesson.points > 0).then(|| view! {
                <ul>{lesson.point_msgs().into_iter().map(|p| view! { <li>{t(p)}</li> }).collect_view()}</ul>
            })}
            {lesson.shows_your_bands().then(|| view! { <YourBands /> })}
            {lesson.shows_warning_signs().then(|| view! { <WarningSigns /> })}
            <section class="lesson-part">
                <h2>{t(m::learn_example_heading())}</h2>
                <p>{t(lesson.example_msg())}</p>
            </section>
            <section class="card lesson-try">
                <h2>{t(m::learn_try_heading())}</h2>
                <p>{t(lesson.try_msg())}</p>
            </section>
            <LessonQuestion lesson=lesson />
            {(!lesson.sources.is_empty()).then(|| view! {
                <footer class="learn-sources muted">
                    <p>{t(m::learn_sources_heading())}</p>
                    <ul>{lesson.source_msgs().into_iter().map(|s| view! { <li>{t(s)}</li> }).collect_view()}</ul>
                </footer>
            })}
        </article>
    }
}

/// "Done": the lesson read today, or when it was first read.
#[component]
fn ReadMark(lesson: &'static Lesson) -> impl IntoView {
    let state = use_course();
    let day = use_now().day;
    let error = RwSignal::new(None::<String>);
    let read_on = move || {
        state
            .course
            .with(|c| c.done(lesson.id).and_then(|d| d.day()))
    };
    let mark = move |_| error.set(state.read(lesson.id, day.get_untracked()).err());
    view! {
        {move || match read_on() {
            Some(d) => view! {
                <p class="muted lesson-read-on">{t(m::learn_read_on(Arg::Date(d, DateStyle::Long)))}</p>
            }.into_any(),
            None => view! {
                <button type="button" class="button primary big" on:click=mark>{t(m::learn_mark_read())}</button>
            }.into_any(),
        }}
        {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
    }
}

#[component]
pub fn LearnCardPage() -> impl IntoView {
    // The screen stays mounted while only its address's id changes (a lesson's "Next read",
    // the check's result linking to the goals): the page is built again for the new one.
    let param = crate::state::use_screen_param();
    move || card_for(param.get())
}

/// The page of Learn for the id in the address.
fn card_for(param: Option<String>) -> AnyView {
    // "What holds you back" and the goals share this screen (and its loader).
    match param.as_deref() {
        Some(crate::domain::route::CHECK) => {
            return view! { <crate::pages::outlook::OutlookPage /> }.into_any()
        }
        Some(crate::domain::route::GOALS) => {
            return view! { <crate::pages::goals::GoalsPage /> }.into_any()
        }
        _ => {}
    }
    // A calm session's page shares this screen (and its loader): `/calm/<id>`.
    if let Some(session) = param.as_deref().and_then(crate::domain::calm::session) {
        return view! { <CalmPage session /> }.into_any();
    }
    let lesson = param.as_deref().and_then(learn::lesson);
    let course = use_course().course;
    let day = use_now().day;
    match lesson {
        Some(lesson) => {
            let open = move || course.with(|c| c.is_open(lesson, day.get()));
            view! {
                <section class="page">
                    <A href=href("/learn") attr:class="back">{t(m::learn_back())}</A>
                    <Show
                        when=open
                        fallback=move || view! {
                            <h1>{t(lesson.title_msg())}</h1>
                            <p class="card note">{t(m::learn_locked())}</p>
                        }
                    >
                        {lesson_view(lesson)}
                        <ReadMark lesson=lesson />
                        {move || {
                            let today = day.get();
                            learn::after(lesson.id)
                                .filter(|next| course.with(|c| c.is_open(next, today)))
                                .map(|next| view! {
                                    <A href=href(&format!("/learn/{}", next.id)) attr:class="card link-card next-read">
                                        <span class="eyebrow">{t(m::learn_next_read())}</span>
                                        <strong>{t(next.title_msg())}</strong>
                                    </A>
                                })
                        }}
                    </Show>
                </section>
            }
            .into_any()
        }
        None => view! { <NotFound /> }.into_any(),
    }
}
