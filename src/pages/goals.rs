//! Goals of the person's own (`/goals`) with a plan for each week (`domain::goals`), the
//! plan form the walking programme's week uses too, Today's rows for them and for "What
//! holds you back", and the weekly check-in's review of last week's plans. The goals screen
//! shares Learn's page screen and loader (`LearnCardPage`), so it costs the first load nothing.

use leptos::prelude::*;

use crate::components::day_chips::DayChips;
use crate::components::link::A;
use crate::components::row_icon::row_icon;
use crate::domain::calendar::LocalDate;
use crate::domain::goals::{self, Ended, Goal, How, Step, Unit, WeekPlan};
use crate::domain::i18n::{messages as m, Arg, DateStyle, Msg};
use crate::domain::today;
use crate::platform::base_path::href;
use crate::platform::clock;
use crate::state::{t, use_course, use_now, use_plan, CourseState};

/// The walking programme's fixed part of a plan: walks this week and minutes each.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WalkWeek {
    pub walks: u8,
    pub minutes: u16,
}

/// One week's plan: what, which days, where, how much, and an if-then plan. For the walking
/// programme (`walk`), what and how much are the programme's and the days must match its walks.
#[component]
pub fn PlanForm(
    /// The week it is for (its first day, days since the epoch).
    week: i64,
    /// The plan to start from (last week's, or this week's to change).
    #[prop(optional)]
    initial: Option<WeekPlan>,
    #[prop(optional)] walk: Option<WalkWeek>,
    /// Stores the plan; `Err` is shown under the form.
    #[prop(into)]
    on_save: Callback<WeekPlan, Result<(), String>>,
) -> impl IntoView {
    let start = initial.unwrap_or(WeekPlan {
        week,
        what: String::new(),
        days: [false; 7],
        place: String::new(),
        amount: walk.map_or(10, |w| w.minutes),
        unit: Unit::Minutes,
        when: String::new(),
        then: String::new(),
    });
    let what = RwSignal::new(start.what.clone());
    let days = RwSignal::new(start.days);
    let place = RwSignal::new(start.place.clone());
    let amount = RwSignal::new(start.amount.to_string());
    let unit = RwSignal::new(start.unit);
    let when = RwSignal::new(start.when.clone());
    let then = RwSignal::new(start.then.clone());
    let error = RwSignal::new(None::<String>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let plan = match walk {
            Some(w) => goals::walk_plan(
                week,
                w.walks,
                w.minutes,
                days.get_untracked(),
                &place.get_untracked(),
                &when.get_untracked(),
                &then.get_untracked(),
            ),
            None => WeekPlan {
                week,
                what: what.get_untracked(),
                days: days.get_untracked(),
                place: place.get_untracked(),
                amount: amount.get_untracked().trim().parse().unwrap_or(0),
                unit: unit.get_untracked(),
                when: when.get_untracked(),
                then: then.get_untracked(),
            }
            .validated(),
        };
        let result = plan.map_err(t).and_then(|p| on_save.run(p));
        error.set(result.err());
    };
    let text_field =
        move |label: Msg, placeholder: Msg, value: RwSignal<String>, class: &'static str| {
            view! {
                <label class=format!("field {class}")>
                    <span>{t(label)}</span>
                    <input
                        type="text"
                        maxlength=goals::TEXT_MAX
                        autocomplete="off"
                        placeholder=t(placeholder)
                        prop:value=move || value.get()
                        on:input=move |ev| value.set(event_target_value(&ev))
                    />
                </label>
            }
        };
    view! {
        <form class="plan-form" on:submit=save novalidate>
            {match walk {
                Some(w) => view! { <p class="small">{t(m::goals_walk_plan_fixed(u32::from(w.walks), u32::from(w.minutes)))}</p> }.into_any(),
                None => view! {
                    <p class="small muted">{t(m::goals_plan_lead())}</p>
                    {text_field(m::goals_what_label(), m::goals_what_placeholder(), what, "plan-what")}
                }.into_any(),
            }}
            <p class="field-label" aria-hidden="true">{t(m::goals_days_label())}</p>
            <DayChips label=t(m::goals_days_label()) days />
            {text_field(m::goals_place_label(), m::goals_place_placeholder(), place, "plan-place")}
            {walk.is_none().then(|| view! {
                <div class="plan-amount">
                    <label class="field">
                        <span>{t(m::goals_amount_label())}</span>
                        <input
                            type="text"
                            inputmode="numeric"
                            autocomplete="off"
                            prop:value=move || amount.get()
                            on:input=move |ev| amount.set(event_target_value(&ev))
                        />
                    </label>
                    <label class="field">
                        <span class="visually-hidden">{t(m::goals_unit_label())}</span>
                        <select on:change=move |ev| unit.set(if event_target_value(&ev) == "times" { Unit::Times } else { Unit::Minutes })>
                            <option value="minutes" selected=move || unit.get() == Unit::Minutes>{t(m::goals_unit_minutes())}</option>
                            <option value="times" selected=move || unit.get() == Unit::Times>{t(m::goals_unit_times())}</option>
                        </select>
                    </label>
                </div>
            })}
            <fieldset class="plan-if-then">
                <legend>{t(m::goals_if_title())}</legend>
                <p class="small muted">{t(m::goals_if_lead())}</p>
                {text_field(m::goals_if_label(), m::goals_if_placeholder(), when, "plan-if")}
                {text_field(m::goals_then_label(), m::goals_then_placeholder(), then, "plan-then")}
            </fieldset>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <button type="submit" class="button primary">{t(m::goals_plan_save())}</button>
        </form>
    }
}

/// A plan's sentences: the step, where, and the if-then plan.
fn plan_lines(p: &WeekPlan) -> impl IntoView {
    let lines: Vec<Msg> = std::iter::once(p.step_msg())
        .chain(p.place_msg())
        .chain(p.if_then_msg())
        .collect();
    view! {
        <ul class="plain-list plan-lines">
            {lines.into_iter().map(|l| view! { <li>{t(l)}</li> }).collect_view()}
        </ul>
    }
}

/// One goal still going: its words, this week's plan (or a prompt for one), the plan form on
/// demand, and "I reached it" / "Set it aside".
#[component]
fn GoalCard(goal: Goal) -> impl IntoView {
    let course = use_course();
    let day = use_now().day;
    let editing = RwSignal::new(goal.plans.is_empty());
    let error = RwSignal::new(None::<String>);
    let id = goal.id.clone();
    let week = move || goals::week_of(day.get());
    let plan = {
        let goal = goal.clone();
        move || goal.plan_for(week()).cloned()
    };
    let end = {
        let id = id.clone();
        move |how: Ended| {
            let id = id.clone();
            let today = day.get_untracked().to_days();
            let now = clock::now_ms();
            error.set(
                course
                    .change_goals(move |goals| {
                        if let Some(g) = goals.iter_mut().find(|g| g.id == id) {
                            g.end(how, today, now);
                        }
                        Ok(())
                    })
                    .err(),
            );
        }
    };
    let end_reached = end.clone();
    let save = {
        let id = id.clone();
        Callback::new(move |p: WeekPlan| {
            let id = id.clone();
            let now = clock::now_ms();
            let done = course.change_goals(move |goals| {
                if let Some(g) = goals.iter_mut().find(|g| g.id == id) {
                    g.plan(p, now);
                }
                Ok(())
            });
            if done.is_ok() {
                editing.set(false);
            }
            done
        })
    };
    let heading = format!("goal-{id}");
    let plan_for_form = plan.clone();
    view! {
        <article class="card goal-card" aria-labelledby=heading.clone()>
            <h2 id=heading.clone() translate="no">{goal.text.clone()}</h2>
            {goal.activity.clone().map(|a| view! { <p class="small muted">{t(m::goals_linked(a))}</p> })}
            <h3 class="small-heading">{t(m::goals_plan_title())}</h3>
            {
                let plan = plan.clone();
                move || match plan() {
                    Some(p) => plan_lines(&p).into_any(),
                    None => view! { <p class="small muted">{t(m::goals_no_plan())}</p> }.into_any(),
                }
            }
            <Show
                when=move || editing.get()
                fallback=move || view! {
                    <button type="button" class="button small" on:click=move |_| editing.set(true)>
                        {t(m::goals_change_plan())}
                    </button>
                }
            >
                {
                    let plan_for_form = plan_for_form.clone();
                    move || {
                        let week = week();
                        // This week's plan to change, or last week's to start from.
                        let initial = plan_for_form().map(|p| WeekPlan { week, ..p });
                        view! { <PlanForm week initial=initial.unwrap_or_else(|| blank(week)) on_save=save /> }
                    }
                }
            </Show>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <p class="goal-actions">
                <button type="button" class="link-button" on:click=move |_| end_reached(Ended::Reached)>{t(m::goals_reached())}</button>
                <button type="button" class="link-button" on:click=move |_| end(Ended::SetAside)>{t(m::goals_set_aside())}</button>
            </p>
        </article>
    }
}

fn blank(week: i64) -> WeekPlan {
    WeekPlan {
        week,
        what: String::new(),
        days: [false; 7],
        place: String::new(),
        amount: 10,
        unit: Unit::Minutes,
        when: String::new(),
        then: String::new(),
    }
}

/// The goals screen: the goals going, a new one, and those reached or set aside.
#[component]
pub fn GoalsPage() -> impl IntoView {
    let course = use_course();
    let plan = use_plan();
    let text = RwSignal::new(String::new());
    let activity = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let activities: Vec<String> = plan
        .profile
        .with_untracked(|p| {
            p.as_ref()
                .map(|p| p.activities.iter().map(|a| a.name.clone()).collect())
        })
        .unwrap_or_default();
    let goals = Memo::new(move |_| course.course.with(|c| c.goals.clone()));
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let linked = Some(activity.get_untracked()).filter(|a| !a.is_empty());
        let goal = match Goal::new(
            &text.get_untracked(),
            linked,
            clock::now_ms(),
            clock::utc_offset_min(),
        ) {
            Ok(g) => g,
            Err(e) => {
                error.set(Some(t(e)));
                return;
            }
        };
        match course.change_goals(move |goals| goals::add(goals, goal)) {
            Ok(()) => {
                text.set(String::new());
                activity.set(String::new());
                error.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let options = activities.clone();
    view! {
        <section class="page goals">
            <A href=href("/") attr:class="back">{t(m::coach_flare_back())}</A>
            <h1>{t(m::goals_title())}</h1>
            <p class="lead">{t(m::goals_lead())}</p>
            <For
                each=move || goals.get().into_iter().filter(Goal::is_active)
                key=|g| (g.id.clone(), g.changed)
                children=|g| view! { <GoalCard goal=g /> }
            />
            <Show
                when=move || goals.with(|g| goals::can_add(g))
                fallback=|| view! { <p class="card note">{t(m::goals_full(goals::MAX_GOALS as u32))}</p> }
            >
                <form class="card goal-new" on:submit=add novalidate>
                    <h2>{t(m::goals_new())}</h2>
                    <p class="small muted">{t(m::goals_examples())}</p>
                    <label class="field">
                        <span>{t(m::goals_text_label())}</span>
                        <input
                            type="text"
                            maxlength=goals::TEXT_MAX
                            autocomplete="off"
                            placeholder=t(m::goals_text_placeholder())
                            prop:value=move || text.get()
                            on:input=move |ev| text.set(event_target_value(&ev))
                        />
                    </label>
                    {(!options.is_empty()).then(|| {
                        let options = options.clone();
                        view! {
                            <label class="field">
                                <span>{t(m::goals_activity_label())}</span>
                                <select on:change=move |ev| activity.set(event_target_value(&ev))>
                                    <option value="" selected=move || activity.with(String::is_empty)>{t(m::goals_activity_none())}</option>
                                    {options.into_iter().map(|a| {
                                        let (value, label) = (a.clone(), a.clone());
                                        view! { <option value=a selected=move || activity.with(|x| *x == value)>{label}</option> }
                                    }).collect_view()}
                                </select>
                            </label>
                        }
                    })}
                    {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
                    <button type="submit" class="button primary">{t(m::goals_add())}</button>
                </form>
            </Show>
            {move || {
                let ended: Vec<Goal> = goals.get().into_iter().filter(|g| !g.is_active()).collect();
                (!ended.is_empty()).then(|| view! {
                    <h2>{t(m::goals_done_title())}</h2>
                    <ul class="plain-list goals-ended">
                        {ended.into_iter().map(|g| {
                            let line = g.ended.map(|(how, day)| {
                                let day = LocalDate::from_days(day);
                                match how {
                                    Ended::Reached => m::goals_reached_on(Arg::Date(day, DateStyle::Long)),
                                    Ended::SetAside => m::goals_set_aside_on(Arg::Date(day, DateStyle::Long)),
                                }
                            });
                            view! {
                                <li class="card">
                                    <strong translate="no">{g.text}</strong>
                                    {line.map(|l| view! { <p class="small muted">{t(l)}</p> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                })
            }}
        </section>
    }
}

/// Today's rows for the person's goals: this week's step for each, or a prompt to plan it;
/// with no goals yet, for a week after "What holds you back", an offer to set one
/// (`today::goal_offer`). The check's own offer is beside the lesson row, in the calm row's
/// place (`TodayLessonRow`).
#[component]
pub fn SupportRows(
    day: Signal<LocalDate>,
    /// Today shows the check's offer (`today::outlook_offer`): no goal offer beside it.
    offer_shown: Signal<bool>,
) -> impl IntoView {
    let course = use_course().course;
    let plan = use_plan();
    let rows = Memo::new(move |_| course.with(|c| today::goal_rows(&c.goals, day.get())));
    let none_yet = move || {
        !offer_shown.get()
            && plan
                .profile
                .with(|p| course.with(|c| today::goal_offer(p.as_ref(), c, day.get())))
    };
    view! {
        {move || rows.get().into_iter().map(|r| view! {
            <li class="today-row goal-row">
                {row_icon("streak")}
                <div class="row-text">
                    <strong>{t(r.title)}</strong>
                    {r.lines.into_iter().map(|l| view! { <span class="small">{t(l)}</span> }).collect_view()}
                </div>
                {r.needs_plan.then(|| view! { <A href=href("/goals") attr:class="button small">{t(m::goals_plan_this_week())}</A> })}
                {(!r.needs_plan).then(|| view! { <A href=href("/goals") attr:class="button small">{t(m::goals_row_open())}</A> })}
            </li>
        }).collect_view()}
        <Show when=none_yet>
            <li class="today-row goal-row">
                <A href=href("/goals") attr:class="row-link">
                    {row_icon("streak")}
                    <span class="row-text">
                        <strong>{t(m::goals_row_set())}</strong>
                        <span class="small muted">{t(m::goals_row_none())}</span>
                    </span>
                    <span class="chevron" aria-hidden="true">"›"</span>
                </A>
            </li>
        </Show>
    }
}

/// Learn's way in to "What holds you back" and the goals, whenever the person wants them.
#[component]
pub fn SupportLinks() -> impl IntoView {
    view! {
        <section class="support-links" aria-labelledby="support-links-title">
            <h2 id="support-links-title">{t(m::goals_learn_title())}</h2>
            <ul class="plain-list learn-list">
                <li>
                    <A href=href("/check") attr:class="card link-card">
                        <span class="calm-item-text">
                            <strong>{t(m::outlook_title())}</strong>
                            <span class="small muted">{t(m::goals_learn_check())}</span>
                        </span>
                    </A>
                </li>
                <li>
                    <A href=href("/goals") attr:class="card link-card">
                        <span class="calm-item-text">
                            <strong>{t(m::goals_title())}</strong>
                            <span class="small muted">{t(m::goals_learn_goals())}</span>
                        </span>
                    </A>
                </li>
            </ul>
        </section>
    }
}

/// The weekly check-in's question on each goal whose last week's plan hasn't been reviewed:
/// how it went, and the step for this week (the suggested one first: bigger after a week
/// done, the same after one partly done, smaller after one not done).
pub struct Reviews {
    items: Vec<Review>,
    course: CourseState,
}

/// A goal, the week to review, how it went (once said) and the step chosen for this week.
type Review = (Goal, i64, RwSignal<Option<How>>, RwSignal<Step>);

impl Reviews {
    /// The goals with a week to review on `day`.
    pub fn due(day: LocalDate) -> Reviews {
        let this_week = goals::week_of(day);
        let course = use_course();
        let goals = course.course.with_untracked(|c| c.goals.clone());
        Reviews {
            course,
            items: goals
                .iter()
                .filter_map(|g| {
                    let week = g.review_due(this_week)?;
                    Some((
                        g.clone(),
                        week,
                        RwSignal::new(None),
                        RwSignal::new(Step::Same),
                    ))
                })
                .collect(),
        }
    }

    /// Store the answers given (a goal not answered keeps its week unreviewed).
    pub fn save(&self, day: LocalDate) -> Result<(), String> {
        let answered: Vec<(String, i64, How, Step)> = self
            .items
            .iter()
            .filter_map(|(g, week, how, step)| {
                Some((
                    g.id.clone(),
                    *week,
                    how.get_untracked()?,
                    step.get_untracked(),
                ))
            })
            .collect();
        if answered.is_empty() {
            return Ok(());
        }
        let this_week = goals::week_of(day);
        let now = clock::now_ms();
        self.course.change_goals(move |goals| {
            for (id, week, how, step) in answered {
                if let Some(g) = goals.iter_mut().find(|g| g.id == id) {
                    g.review(week, how, step, this_week, now);
                }
            }
            Ok(())
        })
    }

    pub fn view(&self, day: LocalDate) -> impl IntoView {
        let this_week = goals::week_of(day);
        self.items
            .iter()
            .enumerate()
            .map(|(i, (goal, week, how, step))| {
                let (how, step) = (*how, *step);
                let last = goal.plan_for(*week).cloned();
                let current = goal.plan_for(this_week).cloned();
                let heading = format!("review-{i}");
                view! {
                    <fieldset class="goal-review" aria-labelledby=heading.clone()>
                        <legend id=heading.clone()>{t(m::goals_review_title(goal.text.clone()))}</legend>
                        {last.map(|p| view! { <p class="small">{t(p.step_msg())}</p> })}
                        <p class="field-label">{t(m::goals_review_label())}</p>
                        <div class="chips wrap" role="group" aria-label=t(m::goals_review_label())>
                            {How::ALL.into_iter().map(|h| view! {
                                <button
                                    type="button"
                                    class="chip"
                                    aria-pressed=move || if how.get() == Some(h) { "true" } else { "false" }
                                    on:click=move |_| {
                                        how.set(Some(h));
                                        step.set(h.suggested_step());
                                    }
                                >
                                    {t(m::goals_review_how(h.slug()))}
                                </button>
                            }).collect_view()}
                        </div>
                        <Show when=move || how.get() == Some(How::Not)>
                            <p class="small muted">{t(m::goals_review_not_done())}</p>
                        </Show>
                        <Show when=move || how.get().is_some()>
                            <p class="field-label">{t(m::goals_review_next())}</p>
                            <div class="chips wrap" role="group" aria-label=t(m::goals_review_next())>
                                {Step::ALL.into_iter().map(|s| view! {
                                    <button
                                        type="button"
                                        class="chip"
                                        aria-pressed=move || if step.get() == s { "true" } else { "false" }
                                        on:click=move |_| step.set(s)
                                    >
                                        {t(m::goals_review_step(s.slug()))}
                                    </button>
                                }).collect_view()}
                            </div>
                            {
                                let current = current.clone();
                                move || current.clone().map(|p| {
                                    let next = WeekPlan { amount: step.get().apply(p.amount), ..p };
                                    view! { <p class="small goal-next" aria-live="polite">{t(m::goals_review_step_is(next.step_msg()))}</p> }
                                })
                            }
                        </Show>
                    </fieldset>
                }
            })
            .collect_view()
    }
}

/// Today's walk plan for the programme's week: the days, where and the if-then plan, and the
/// form to plan them (the same as a goal's, what and how much set by the programme).
#[component]
pub fn WalkPlan(day: Signal<LocalDate>, week: WalkWeek) -> impl IntoView {
    let course = use_course();
    let open = RwSignal::new(false);
    let lines = move || {
        course
            .course
            .with(|c| goals::walk_plan_lines(&c.walk_plans, day.get()))
    };
    let save = Callback::new(move |p: WeekPlan| {
        let done = course.set_walk_plan(p);
        if done.is_ok() {
            open.set(false);
        }
        done
    });
    view! {
        {move || lines().into_iter().map(|l| view! { <span class="small walk-plan-line">{t(l)}</span> }).collect_view()}
        <button type="button" class="link-button small" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
            {t(m::goals_walk_plan_open())}
        </button>
        <Show when=move || open.get()>
            {move || {
                let w = goals::week_of(day.get());
                let initial = course
                    .course
                    .with_untracked(|c| goals::plan_for(&c.walk_plans, w).cloned())
                    .map(|p| WeekPlan { week: w, amount: week.minutes, ..p });
                view! {
                    <div class="walk-plan-form">
                        <h3 class="small-heading">{t(m::goals_walk_plan_title())}</h3>
                        <PlanForm week=w initial=initial.unwrap_or_else(|| WeekPlan { what: goals::WALK.into(), amount: week.minutes, ..blank(w) }) walk=week on_save=save />
                    </div>
                }
            }}
        </Show>
    }
}
