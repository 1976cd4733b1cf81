//! The plan's part of Today: the hero, then the small rows (the flare plan, the walk, the
//! weekly check-in, the streak and the plan). A piece of Today in the `more` chunk
//! (`screens::more::plan_today`), so it has a module of its own: the pieces Today loads
//! must not import Today.

use leptos::prelude::*;

use crate::components::lazy_screen::LazyScreen;
use crate::components::link::A;
use crate::components::row_icon::row_icon;
use crate::components::sheet::Sheet;
use crate::domain::calendar::{self, LocalDate};
use crate::domain::coach;
use crate::domain::i18n::{messages as m, Msg};
use crate::domain::plan::{self, Profile};
use crate::domain::routine::{Level, Routine};
use crate::domain::today::{self, Hero, Lead};
use crate::domain::{checkin, flare, ics, insights, progress};
use crate::pages::goals::{WalkPlan, WalkWeek};
use crate::platform::base_path::{base_path, href};
use crate::platform::{clock, files};
use crate::state::{t, use_history, use_plan, use_prefs, use_routines};

/// Today's one big card, as the coach decided it (`coach::Day`): on a plan day (or a gentle
/// one during a flare) the routine with a filled Start; on a rest day rest and the walk, the
/// session only offered second; on a done day what's next, with nothing more to start.
fn hero_card(
    r: &Routine,
    level: Level,
    hero: Hero<Msg>,
    walk_minutes: Option<u16>,
    length_secs: u32,
) -> impl IntoView {
    let play = href(&format!("/play/{}?level={}", r.id, level.value()));
    let minutes = calendar::length_minutes(length_secs);
    let class = format!("card hero routine-card stage-band-{}", r.stage.slug());
    let title = t(r.title());
    let second = t(m::coach_hero_second(r.title(), minutes));
    match hero.lead {
        Lead::Due | Lead::Flare => view! {
            <article class=class>
                <p class="eyebrow">{t(hero.eyebrow)}</p>
                <h2>{title}</h2>
                <p class="why">{t(hero.why)}</p>
                <A href=play attr:class="button primary big">{t(m::coach_hero_start())}</A>
                <p class="hero-links">
                    <A href=href(&format!("/routines/{}", r.id)) attr:class="text-link">
                        {t(m::coach_hero_whats_in_it())}
                    </A>
                    <A href=href("/why") attr:class="text-link">{t(m::coach_hero_why_level())}</A>
                </p>
            </article>
        }
        .into_any(),
        Lead::Rest => {
            let log = crate::domain::route::log_walk(walk_minutes);
            let walk_title =
                t(walk_minutes.map_or_else(m::coach_hero_rest, m::coach_hero_rest_walk));
            view! {
                <article class=format!("card hero rest-card stage-band-{}", r.stage.slug())>
                    <p class="eyebrow">{t(hero.eyebrow)}</p>
                    <h2>{walk_title}</h2>
                    <p class="why">{t(hero.why)}</p>
                    <A href=href(&log) attr:class="button primary big">{t(m::coach_hero_log_walk())}</A>
                    <p class="hero-links">
                        <A href=play attr:class="text-link second-choice">
                            {second}
                        </A>
                    </p>
                </article>
            }
            .into_any()
        }
        Lead::Done => view! {
            <article class="card hero done-card">
                <p class="eyebrow">{t(m::coach_hero_today())}</p>
                <h2>{t(hero.eyebrow)}</h2>
                <p class="why">{t(hero.why)}</p>
                <p class="hero-links">
                    <A href=href("/history") attr:class="text-link">{t(m::coach_hero_history())}</A>
                    <A href=href("/why") attr:class="text-link">{t(m::coach_hero_why_level())}</A>
                </p>
            </article>
        }
        .into_any(),
    }
}

/// Download the plan as a weekly calendar event with an alarm that links back to the app.
fn download_reminders(profile: &Profile) -> bool {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    let url = format!("{origin}{}/", base_path());
    let minutes =
        plan::next_routine(profile.stage, &[], profile.minute_of_day).map_or(15, |r| r.minutes.1);
    let title = t(m::coach_reminder_title());
    let description = t(m::coach_reminder_description());
    let text = ics::weekly_reminder(&ics::Reminder {
        days: profile.days,
        minute_of_day: profile.minute_of_day,
        duration_min: minutes,
        alarm_min_before: 0,
        title: &title,
        description: &description,
        url: &url,
        uid: &format!("plan-{}@limber", profile.created_at),
        from: clock::today(),
        now_ms: clock::now_ms(),
    });
    text.is_some_and(|t| files::download("limber-reminders.ics", "text/calendar", &t))
}

/// The plan's part of Today: the hero (unless a session waits to be finished), then the
/// small rows: today's walk, the weekly check-in when due, the streak, and the plan itself.
/// It comes with the first run's chunk: anyone with a plan has been through the first run,
/// and their stored data is read with the same chunk, so it is there before Today is.
#[component]
pub fn PlanTodayNow(
    day: Signal<LocalDate>,
    show_hero: bool,
    morning_pending: Signal<bool>,
) -> impl IntoView {
    let plan = use_plan();
    move || {
        plan.profile
            .get()
            .map(|profile| view! { <PlanToday profile day show_hero morning_pending /> })
    }
}

/// The plan's part of Today for `profile`.
#[component]
fn PlanToday(
    profile: Profile,
    day: Signal<LocalDate>,
    show_hero: bool,
    morning_pending: Signal<bool>,
) -> impl IntoView {
    let history = use_history();
    let prefs = use_prefs();
    let plan_state = use_plan();
    let reminder_note = RwSignal::new(None::<Msg>);
    let minute = profile.minute_of_day;
    let when = move || {
        t(m::coach_plan_when(plan::schedule(
            plan_state.exercise_days(prefs),
            minute,
        )))
    };
    let profile = StoredValue::new(profile);
    let routines = use_routines();
    let own = Memo::new(move |_| routines.own_routines());
    // What leads is decided once, by the coach, for the day (so it changes at midnight).
    let hero = move || {
        let day = day.get();
        history.sessions.with(|sessions| {
            own.with(|own| {
                profile.with_value(|p| {
                    let pace = prefs.settings.with(|s| s.pace);
                    let d = coach::Day::at(p, sessions, own, day, pace);
                    let (routine, s, h) = (d.routine?, d.suggestion?, d.hero_msg?);
                    Some(hero_card(
                        &routine,
                        s.level,
                        h,
                        d.walk_minutes,
                        d.length_secs?,
                    ))
                })
            })
        })
    };
    let streak = move || {
        let day = day.get();
        history.sessions.with(|sessions| {
            t(insights::streak(sessions, plan_state.exercise_days(prefs), day).sentence_msg())
        })
    };
    let download = move |_| {
        reminder_note.set(Some(if profile.with_value(download_reminders) {
            m::coach_plan_reminders_saved()
        } else {
            m::coach_plan_reminders_failed()
        }))
    };
    let checkin_due = move || {
        plan_state
            .checkins
            .with(|c| profile.with_value(|p| checkin::is_due(p, c, day.get())))
    };
    let checkin_open = RwSignal::new(false);
    let checkin_saved = RwSignal::new(false);
    view! {
        {move || (show_hero && !morning_pending.get()).then(hero)}
        <ul class="today-list" aria-label=t(m::coach_also_today())>
            <PlanRows profile=profile.get_value() day morning_pending />
            // The check-in is a one-line prompt; its form opens in a sheet.
            <Show when=move || checkin_due() && !checkin_saved.get()>
                <li class="today-row checkin-row">
                    {row_icon("check")}
                    <div class="row-text">
                        <strong>{t(m::coach_checkin_title())}</strong>
                        <span class="small muted">{t(m::coach_checkin_prompt())}</span>
                    </div>
                    <button type="button" class="button small" aria-haspopup="dialog" on:click=move |_| checkin_open.set(true)>{t(m::coach_checkin_open())}</button>
                </li>
            </Show>
            <Show when=move || checkin_saved.get()>
                <li class="today-row ok" role="status">
                    {row_icon("check")}
                    <div class="row-text">
                        <strong>{t(m::coach_checkin_saved())}</strong>
                        <A href=href("/insights")>{t(m::coach_checkin_see_changes())}</A>
                    </div>
                </li>
            </Show>
            <li class="today-row">
                {row_icon("streak")}
                <div class="row-text">
                    <span class="streak">{streak}</span>
                </div>
            </li>
            <li class="today-row plan-row">
                {row_icon("plan")}
                <div class="row-text">
                    <span>{when}</span>
                    <button type="button" class="link-button small" on:click=download>{t(m::coach_plan_reminders())}</button>
                    {move || reminder_note.get().map(|n| view! { <span class="small muted" role="status">{t(n)}</span> })}
                </div>
            </li>
        </ul>
        <Sheet open=checkin_open labelled_by="checkin-title" class="checkin-sheet">
            <LazyScreen piece=true load=crate::screens::records::check_in(profile.get_value(), Callback::new(move |()| {
                checkin_open.set(false);
                checkin_saved.set(true);
            })) />
            <button type="button" class="button" on:click=move |_| checkin_open.set(false)>{t(m::coach_not_now())}</button>
        </Sheet>
    }
}

/// The flare plan's row ("My back is flaring", its daily question, or that it has ended)
/// and the walk row (the walking programme's, or the plain walk suggestion).
#[component]
pub fn PlanRows(
    profile: Profile,
    day: Signal<LocalDate>,
    /// The next-morning question is on screen: its pain answer is the flare plan's answer
    /// for the day, so the flare row doesn't ask again.
    morning_pending: Signal<bool>,
) -> impl IntoView {
    let history = use_history();
    let profile = StoredValue::new(profile);
    let day_signal = day;
    let walk = move || {
        let day = day.get();
        history.sessions.with(|sessions| {
            if profile.with_value(|p| p.walking_since.is_some()) {
                return view! { <WalkProgrammeRow profile=profile.get_value() day=day_signal /> }
                    .into_any();
            }
            let (walk_min, walk_why) =
                profile.with_value(|p| progress::cardio_msg(p, sessions, day));
            let week = t(match insights::cardio_minutes_this_week(sessions, day) {
                0 => m::coach_walk_none_this_week(),
                n => m::coach_walk_this_week(n),
            });
            view! {
                <li class="today-row cardio-row">
                    {row_icon("walk")}
                    <div class="row-text">
                        <strong>{t(m::coach_walk_title(walk_min))}</strong>
                    </div>
                    <A href=href(&crate::domain::route::log_walk(Some(walk_min))) attr:class="button small">{t(m::coach_log_it())}</A>
                    <p class="row-more small muted">{t(walk_why)}" "<span class="week-cardio">{week}</span></p>
                </li>
            }
            .into_any()
        })
    };
    // "My back is flaring", always within reach; while the flare plan is on, its daily
    // question; on the day it ends, what that means.
    let flare = move || {
        let today = day.get().to_days();
        // The row is rebuilt with the plan (Today builds it anew when the profile changes).
        match profile.with_value(|p| p.flare.clone()) {
            Some(f) if f.active() => {
                let asked = f.answered(today);
                let above = morning_pending.get() && !asked;
                view! {
                    <li class="today-row flare-row">
                        {row_icon("check")}
                        <div class="row-text">
                            <strong>{t(m::coach_flare_plan_day(f.day_number(today)))}</strong>
                            <span class="small muted">{t(if asked {
                                m::coach_flare_row_thanks()
                            } else if above {
                                m::coach_flare_row_above()
                            } else {
                                m::coach_flare_how_today()
                            })}</span>
                        </div>
                        <A href=href("/flare") attr:class="button small">{t(if asked || above { m::coach_flare_row_open() } else { m::coach_checkin_open() })}</A>
                    </li>
                }
                .into_any()
            }
            Some(f) if f.end_day == Some(today) => view! {
                <li class="today-row ok flare-ended" role="status">
                    {row_icon("check")}
                    <div class="row-text">
                        <strong>{t(m::coach_flare_row_settled(flare::stage_name(f.stage_before)))}</strong>
                    </div>
                </li>
            }
            .into_any(),
            _ => view! {
                <li class="today-row">
                    <A href=href("/flare") attr:class="row-link flare-link">
                        {row_icon("check")}
                        <span class="row-text">
                            <strong>{t(m::coach_flare_title())}</strong>
                            <span class="small muted">{t(m::coach_flare_row_calm())}</span>
                        </span>
                        <span class="chevron" aria-hidden="true">"›"</span>
                    </A>
                </li>
            }
            .into_any(),
        }
    };
    view! {
        {flare}
        {walk}
    }
}

/// Today's walk row for someone on the walking programme: this week's walks, how many are
/// done, why, and a quick log.
#[component]
pub fn WalkProgrammeRow(profile: Profile, day: Signal<LocalDate>) -> impl IntoView {
    let history = use_history();
    move || {
        let programme = history
            .sessions
            .with(|sessions| today::walking(&profile, sessions, day.get()))?;
        let row = today::walk_row_msg(&programme, profile.flaring().is_some());
        let log = crate::domain::route::log_walk(row.minutes);
        // This week's walks planned with the goals' form: days, where, if-then.
        let week = programme.plan().map(|p| WalkWeek {
            walks: p.walks,
            minutes: p.minutes,
        });
        Some(view! {
            <li class="today-row cardio-row walking-programme">
                {row_icon("walk")}
                <div class="row-text">
                    <strong>{t(row.title)}</strong>
                    <span class="small walk-progress">{t(row.progress)}</span>
                </div>
                <A href=href(&log) attr:class="button small">{t(m::coach_log_it())}</A>
                <p class="row-more small muted">{t(row.why)}</p>
                {week.map(|week| view! { <div class="row-more walk-plan"><WalkPlan day week /></div> })}
            </li>
        })
    }
}
