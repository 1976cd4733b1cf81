//! The first run: what Limber is, the safety check, where the person is now, and when suits
//! them. It takes under a minute and ends with a starting stage and a weekly plan, all of
//! which can be changed later (Settings, "Answer the first questions again").

use leptos::prelude::*;

use crate::components::day_chips::DayChips;
use crate::components::link::A;
use crate::components::pain_picker::{AbilityPicker, PainPicker};
use crate::components::safety::{SafetyQuestion, SafetyStop};
use crate::domain::calendar;
use crate::domain::i18n::{messages as m, Msg};
use crate::domain::pain::PainScore;
use crate::domain::plan::{
    self, ActivityLevel, HardActivity, PainDuration, MAX_ACTIVITIES, MAX_ACTIVITY_NAME,
};
use crate::pages::settings::LanguagePicker;
use crate::platform::base_path::href;
use crate::platform::clock;
use crate::state::{t, use_history, use_plan};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Intro,
    Safety,
    SeeSomeone,
    WhereYouAre,
    HardThings,
    When,
    /// The plan is made: where you start and why, your days, and the first session.
    Summary,
}

/// One radio choice in a list of options.
fn choice<T: Copy + PartialEq + Send + Sync + 'static>(
    name: &'static str,
    label: Msg,
    value: T,
    chosen: RwSignal<Option<T>>,
) -> impl IntoView {
    view! {
        <label class="option">
            <input
                type="radio"
                name=name
                prop:checked=move || chosen.get() == Some(value)
                on:change=move |_| chosen.set(Some(value))
            />
            <span>{t(label)}</span>
        </label>
    }
}

/// The end of the first run: where the person starts and why in one sentence, their days,
/// the first routine and walk, and the first session one tap away, whatever the weekday.
fn summary(profile: Option<plan::Profile>) -> impl IntoView {
    let profile = profile?;
    let (_, why) = plan::starting_point_msg(profile.pain_now, profile.duration, profile.activity);
    let first = plan::next_routine(profile.stage, &[], profile.minute_of_day)?;
    // The same walk Today will suggest: one function decides it.
    let today = clock::today();
    let pace = crate::state::use_prefs()
        .settings
        .with_untracked(|s| s.pace);
    let minutes = calendar::length_minutes(crate::domain::coach::length_secs(
        Some(&profile),
        first,
        &[],
        today,
        pace,
    ));
    let walking = crate::domain::today::walking(&profile, &[], today)
        .and_then(|programme| crate::domain::walking::reason_msg(&programme))
        .unwrap_or_else(|| {
            let (walk_min, _) = crate::domain::progress::cardio_msg(&profile, &[], today);
            m::more_walk_start(walk_min)
        });
    Some(view! {
        <h1 tabindex="-1">{t(m::more_ready_title())}</h1>
        <div class="card summary">
            <p class="lead">{t(why)}</p>
            <dl class="plan-facts">
                <div>
                    <dt>{t(m::more_your_days())}</dt>
                    <dd>{t(plan::schedule(profile.days, profile.minute_of_day))}</dd>
                </div>
                <div>
                    <dt>{t(m::more_first_routine())}</dt>
                    <dd>{t(m::more_first_routine_value(first.title(), minutes))}</dd>
                </div>
                <div>
                    <dt>{t(m::more_walking_label())}</dt>
                    <dd>{t(walking)}</dd>
                </div>
                <div>
                    <dt>{t(m::more_if_it_hurts())}</dt>
                    <dd>{t(crate::domain::pain::bands_msg(crate::domain::pain::Usual::new(profile.pain_now)))}</dd>
                </div>
            </dl>
            <p class="small muted">{t(m::more_ready_note())}</p>
        </div>
        <A href=href(&format!("/play/{}", first.id)) attr:class="button primary big">
            {t(m::more_first_session(minutes))}
        </A>
        <A href=href("/") attr:class="text-link">{t(m::more_go_today())}</A>
        // "What holds you back", offered once the plan is made; skipping it is leaving it
        // here (Today offers it again from tomorrow).
        <div class="card outlook-offer">
            <h2>{t(m::outlook_title())}</h2>
            <p class="small">{t(m::outlook_row_first())}</p>
            <A href=href("/check") attr:class="button">{t(m::outlook_start())}</A>
        </div>
    })
}

#[component]
pub fn Welcome() -> impl IntoView {
    let history = use_history();
    let plan_state = use_plan();
    let step = RwSignal::new(Step::Intro);
    let flagged = RwSignal::new(None::<Option<crate::domain::safety::Tier>>);
    let pain = RwSignal::new(None::<PainScore>);
    let duration = RwSignal::new(None::<PainDuration>);
    let activity = RwSignal::new(None::<ActivityLevel>);
    let names: [RwSignal<String>; MAX_ACTIVITIES] =
        std::array::from_fn(|_| RwSignal::new(String::new()));
    let scores: [RwSignal<Option<u8>>; MAX_ACTIVITIES] =
        std::array::from_fn(|_| RwSignal::new(None));
    let days = RwSignal::new([false; 7]);
    let time = RwSignal::new("08:00".to_string());
    let walking = RwSignal::new(true);
    let error = RwSignal::new(None::<String>);
    // Taking one activity off moves the later ones up, so the list has no gaps.
    let remove = move |i: usize| {
        for j in i..MAX_ACTIVITIES - 1 {
            names[j].set(names[j + 1].get_untracked());
            scores[j].set(scores[j + 1].get_untracked());
        }
        names[MAX_ACTIVITIES - 1].set(String::new());
        scores[MAX_ACTIVITIES - 1].set(None);
    };
    let made = RwSignal::new(None::<plan::Profile>);

    // A fresh step starts at the top, with focus on its heading, so keyboard and screen
    // reader users land on the new question rather than on nothing.
    let go = move |next: Step| {
        error.set(None);
        step.set(next);
        crate::platform::nav::focus_step(".welcome h1");
    };

    let finish = move |_| {
        let activities: Vec<HardActivity> = (0..MAX_ACTIVITIES)
            .filter(|&i| !names[i].get_untracked().trim().is_empty())
            .map(|i| HardActivity {
                name: names[i].get_untracked(),
                score: scores[i].get_untracked().unwrap_or(11),
            })
            .collect();
        let Some(minute) = plan::parse_time(&time.get_untracked()) else {
            error.set(Some(t(plan::AnswerError::BadTime.msg())));
            return;
        };
        let result = plan::make_profile(
            pain.get_untracked().map_or(0, PainScore::value),
            duration.get_untracked().unwrap_or(PainDuration::Longer),
            activity.get_untracked().unwrap_or(ActivityLevel::Some),
            activities,
            days.get_untracked(),
            minute,
            plan_state
                .safety
                .with_untracked(|r| r.answers().iter().any(|a| a.cleared_at.is_some())),
            clock::now_ms(),
            clock::utc_offset_min(),
        );
        match result {
            Ok(mut profile) => {
                if walking.get_untracked() {
                    profile.walking_since = Some(profile.created_at);
                }
                made.set(Some(profile.clone()));
                plan_state.save_new(history, profile);
                go(Step::Summary);
            }
            Err(e) => error.set(Some(t(e.msg()))),
        }
    };

    let where_ready =
        move || pain.get().is_some() && duration.get().is_some() && activity.get().is_some();
    let error_view = move || {
        error
            .get()
            .map(|e| view! { <p class="error" role="alert">{e}</p> })
    };

    let page = move || {
        match step.get() {
        Step::Intro => view! {
            // The language first, before anything to read: each language by its own name.
            <LanguagePicker />
            <h1 tabindex="-1">{t(m::more_welcome_title())}</h1>
            <p class="lead">{t(m::more_welcome_lead())}</p>
            <p>{t(m::more_welcome_about())}</p>
            <p>{t(m::more_welcome_questions())}</p>
            <button type="button" class="button primary big" on:click=move |_| go(Step::Safety)>{t(m::more_welcome_start())}</button>
        }.into_any(),
        // Someone who said a sign applies, and hasn't been checked since, sees the advice
        // again rather than the question: only the tick box gets past it.
        Step::Safety if !plan_state.allows_sessions() => view! {
            <SafetyStop on_cleared=move || go(Step::WhereYouAre) />
        }.into_any(),
        Step::Safety => view! {
            <h1 tabindex="-1">{t(m::more_safety_title())}</h1>
            <p>{t(m::more_safety_intro())}</p>
            <SafetyQuestion name="flags" answer=flagged />
            <button
                type="button"
                class="button primary big"
                disabled=move || flagged.get().is_none()
                on:click=move |_| {
                    let tier = flagged.get_untracked().flatten();
                    plan_state.answer_safety(history, tier);
                    go(if tier.is_some() { Step::SeeSomeone } else { Step::WhereYouAre });
                }
            >
                {t(m::more_next())}
            </button>
        }.into_any(),
        Step::SeeSomeone => view! {
            <SafetyStop on_cleared=move || go(Step::WhereYouAre) />
        }.into_any(),
        Step::WhereYouAre => view! {
            <h1 tabindex="-1">{t(m::more_where_title())}</h1>
            <PainPicker label=t(m::more_pain_now()) name="pain-now" value=pain />
            <fieldset class="choice">
                <legend>{t(m::more_how_long())}</legend>
                {PainDuration::ALL.map(|d| choice("duration", d.title(), d, duration)).collect_view()}
            </fieldset>
            <fieldset class="choice">
                <legend>{t(m::more_how_much())}</legend>
                {ActivityLevel::ALL.map(|a| choice("activity", a.title(), a, activity)).collect_view()}
            </fieldset>
            <button type="button" class="button primary big" disabled=move || !where_ready() on:click=move |_| go(Step::HardThings)>
                {t(m::more_next())}
            </button>
            <Show when=move || !where_ready()>
                <p class="muted small">{t(m::more_answer_all())}</p>
            </Show>
        }.into_any(),
        Step::HardThings => {
            let filled = move || (0..MAX_ACTIVITIES).filter(|&i| !names[i].get().trim().is_empty()).count();
            // Tapping a common one adds it (or takes it off again); free text adds anything else.
            let toggle = move |name: &str| {
                if let Some(i) = (0..MAX_ACTIVITIES).find(|&i| names[i].get_untracked() == name) {
                    remove(i);
                } else if let Some(i) = (0..MAX_ACTIVITIES).find(|&i| names[i].get_untracked().trim().is_empty()) {
                    names[i].set(name.to_string());
                    scores[i].set(None);
                }
            };
            let own = RwSignal::new(String::new());
            let add_own = move || {
                let text = own.get_untracked().trim().to_string();
                if !text.is_empty() && (0..MAX_ACTIVITIES).all(|i| names[i].get_untracked() != text) {
                    toggle(&text);
                    own.set(String::new());
                }
            };
            view! {
            <h1 tabindex="-1">{t(m::more_hard_title())}</h1>
            <p>{t(m::more_hard_intro())}</p>
            <div class="chips wrap" role="group" aria-label=t(m::more_hard_common())>
                // Offered in the person's language; a chosen one is kept in those words, as
                // if they had typed it.
                {plan::common_activities().into_iter().map(|name| {
                    let name = StoredValue::new(t(name));
                    let chosen = move || name.with_value(|n| (0..MAX_ACTIVITIES).any(|i| names[i].with(|x| x == n)));
                    view! {
                    <button
                        type="button"
                        class="chip"
                        aria-pressed=move || if chosen() { "true" } else { "false" }
                        disabled=move || { filled() >= MAX_ACTIVITIES && !chosen() }
                        on:click=move |_| name.with_value(|n| toggle(n))
                    >
                        {name.get_value()}
                    </button>
                }}).collect_view()}
            </div>
            <form class="own-activity" on:submit=move |ev| { ev.prevent_default(); add_own(); }>
                <label class="field">
                    <span>{t(m::more_hard_other())}</span>
                    <input
                        type="text"
                        maxlength=MAX_ACTIVITY_NAME
                        placeholder=t(m::more_hard_placeholder())
                        prop:value=move || own.get()
                        on:input=move |ev| own.set(event_target_value(&ev))
                    />
                </label>
                <button type="submit" class="button small" disabled=move || { filled() >= MAX_ACTIVITIES }>{t(m::more_hard_add())}</button>
            </form>
            {(0..MAX_ACTIVITIES).map(|i| view! {
                <Show when=move || !names[i].get().trim().is_empty()>
                    <div class="card activity-row">
                        <div class="activity-head">
                            <h2 translate="no">{move || names[i].get()}</h2>
                            <button
                                type="button"
                                class="link-button small"
                                aria-label=move || t(m::more_hard_remove_named(names[i].get()))
                                on:click=move |_| remove(i)
                            >
                                {t(m::more_hard_remove())}
                            </button>
                        </div>
                        <AbilityPicker label=t(m::more_hard_how_well()) name=format!("activity-{i}") value=scores[i] />
                    </div>
                </Show>
            }).collect_view()}
            {error_view}
            <button
                type="button"
                class="button primary big"
                on:click=move |_| {
                    let unrated = (0..MAX_ACTIVITIES).find(|&i| !names[i].get_untracked().trim().is_empty() && scores[i].get_untracked().is_none());
                    match unrated {
                        Some(i) => error.set(Some(t(plan::rate_prompt_msg(&names[i].get_untracked())))),
                        None => go(Step::When),
                    }
                }
            >
                {t(m::more_next())}
            </button>
        }.into_any()
        }
        Step::When => view! {
            <h1 tabindex="-1">{t(m::more_when_title())}</h1>
            <p>{t(m::more_when_intro())}</p>
            <DayChips label=t(m::more_when_days()) days />
            <label class="field">
                <span>{t(m::more_when_time())}</span>
                <input type="time" prop:value=move || time.get() on:input=move |ev| time.set(event_target_value(&ev)) />
            </label>
            <label class="option toggle">
                <input
                    type="checkbox"
                    role="switch"
                    prop:checked=move || walking.get()
                    on:change=move |ev| walking.set(event_target_checked(&ev))
                />
                <span>
                    <strong>{t(m::more_walking())}</strong>
                    <span class="muted small">{t(m::more_welcome_walking_hint())}</span>
                </span>
            </label>
            {error_view}
            <button type="button" class="button primary big" on:click=finish>{t(m::more_make_plan())}</button>
        }.into_any(),
        Step::Summary => summary(made.get()).into_any(),
    }
    };

    view! {
        <section class="page welcome">
            {page}
            <Show when=move || !matches!(step.get(), Step::Intro | Step::SeeSomeone | Step::Summary)>
                <button
                    type="button"
                    class="link-button"
                    on:click=move |_| go(match step.get_untracked() {
                        Step::Safety => Step::Intro,
                        Step::WhereYouAre => Step::Safety,
                        Step::HardThings => Step::WhereYouAre,
                        _ => Step::HardThings,
                    })
                >
                    {t(m::more_back())}
                </button>
            </Show>
        </section>
    }
}
