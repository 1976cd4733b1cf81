//! The first run: what Limber is, the safety check, where the person is now, and when suits
//! them. It takes under a minute and ends with a starting stage and a weekly plan, all of
//! which can be changed later (Settings, "Answer the first questions again").

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::link::A;
use crate::components::pain_picker::{AbilityPicker, PainPicker};
use crate::components::safety::{SafetyQuestion, SafetyStop};
use crate::domain::calendar;
use crate::domain::pain::PainScore;
use crate::domain::plan::{
    self, ActivityLevel, HardActivity, PainDuration, MAX_ACTIVITIES, MAX_ACTIVITY_NAME,
};
use crate::platform::base_path::href;
use crate::platform::clock;
use crate::state::{use_history, use_plan};

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
    label: &'static str,
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
            <span>{label}</span>
        </label>
    }
}

/// The end of the first run: where the person starts and why in one sentence, their days,
/// the first routine and walk, and the first session one tap away, whatever the weekday.
fn summary(profile: Option<plan::Profile>) -> impl IntoView {
    let profile = profile?;
    let (_, why) = plan::starting_point(profile.pain_now, profile.duration, profile.activity);
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
    let walking = match crate::domain::today::walking(&profile, &[], today) {
        Some(programme) => crate::domain::walking::reason(&programme),
        None => {
            let (walk_min, _) = crate::domain::progress::cardio(&profile, &[], today);
            format!("{walk_min} minutes to start; it grows as your walks go well")
        }
    };
    Some(view! {
        <h1 tabindex="-1">"Your plan is ready"</h1>
        <div class="card summary">
            <p class="lead">{why}</p>
            <dl class="plan-facts">
                <div>
                    <dt>"Your days"</dt>
                    <dd>{plan::schedule_label(profile.days, profile.minute_of_day)}</dd>
                </div>
                <div>
                    <dt>"First routine"</dt>
                    <dd>{format!("{}, about {minutes} min", first.name)}</dd>
                </div>
                <div>
                    <dt>"Walking"</dt>
                    <dd>{walking}</dd>
                </div>
                <div>
                    <dt>"If it hurts"</dt>
                    <dd>{crate::domain::pain::bands_sentence(crate::domain::pain::Usual::new(profile.pain_now))}</dd>
                </div>
            </dl>
            <p class="small muted">"Each session adjusts the next to how it went. You can change any answer in Settings."</p>
        </div>
        <A href=href(&format!("/play/{}", first.id)) attr:class="button primary big">
            {format!("Do your first session now ({minutes} min)")}
        </A>
        <A href=href("/") attr:class="text-link">"Go to Today"</A>
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
        request_animation_frame(|| {
            let heading = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector(".welcome h1").ok().flatten())
                .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(h) = heading {
                let _ = h.focus();
            }
            if let Some(w) = web_sys::window() {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
        });
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
            error.set(Some(plan::AnswerError::BadTime.to_string()));
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
            Err(e) => error.set(Some(e.to_string())),
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
            <h1 tabindex="-1">"Welcome to Limber"</h1>
            <p class="lead">"Short, guided routines to help a sore lower back move more easily, at a pace that suits you."</p>
            <p>
                "Limber gives general exercise guidance for everyday back pain. It isn't a diagnosis and doesn't replace a health professional. "
                "It keeps everything on this device."
            </p>
            <p>"A few questions first. They take about a minute, and you can change every answer later."</p>
            <button type="button" class="button primary big" on:click=move |_| go(Step::Safety)>"Let's start"</button>
        }.into_any(),
        // Someone who said a sign applies, and hasn't been checked since, sees the advice
        // again rather than the question: only the tick box gets past it.
        Step::Safety if !plan_state.allows_sessions() => view! {
            <SafetyStop on_cleared=move || go(Step::WhereYouAre) />
        }.into_any(),
        Step::Safety => view! {
            <h1 tabindex="-1">"First, a safety check"</h1>
            <p>"A few signs mean a sore back needs a doctor before any exercise."</p>
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
                "Next"
            </button>
        }.into_any(),
        Step::SeeSomeone => view! {
            <SafetyStop on_cleared=move || go(Step::WhereYouAre) />
        }.into_any(),
        Step::WhereYouAre => view! {
            <h1 tabindex="-1">"Where you are now"</h1>
            <PainPicker label="How bad is your back pain right now?" name="pain-now" value=pain />
            <fieldset class="choice">
                <legend>"How long has it been going on?"</legend>
                {PainDuration::ALL.map(|d| choice("duration", d.label(), d, duration)).collect_view()}
            </fieldset>
            <fieldset class="choice">
                <legend>"How much are you moving these days?"</legend>
                {ActivityLevel::ALL.map(|a| choice("activity", a.label(), a, activity)).collect_view()}
            </fieldset>
            <button type="button" class="button primary big" disabled=move || !where_ready() on:click=move |_| go(Step::HardThings)>
                "Next"
            </button>
            <Show when=move || !where_ready()>
                <p class="muted small">"Answer all three to go on."</p>
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
            <h1 tabindex="-1">"What's hard at the moment?"</h1>
            <p>
                "Pick up to three everyday things your back makes hard. Limber asks about them again now and then, so you can see them get easier. "
                "You can skip this."
            </p>
            <div class="chips wrap" role="group" aria-label="Common ones">
                {plan::COMMON_ACTIVITIES.iter().map(|&name| view! {
                    <button
                        type="button"
                        class="chip"
                        aria-pressed=move || if (0..MAX_ACTIVITIES).any(|i| names[i].get() == name) { "true" } else { "false" }
                        disabled=move || { filled() >= MAX_ACTIVITIES && (0..MAX_ACTIVITIES).all(|i| names[i].get() != name) }
                        on:click=move |_| toggle(name)
                    >
                        {name}
                    </button>
                }).collect_view()}
            </div>
            <form class="own-activity" on:submit=move |ev| { ev.prevent_default(); add_own(); }>
                <label class="field">
                    <span>"Something else"</span>
                    <input
                        type="text"
                        maxlength=MAX_ACTIVITY_NAME
                        placeholder="e.g. getting out of the car"
                        prop:value=move || own.get()
                        on:input=move |ev| own.set(event_target_value(&ev))
                    />
                </label>
                <button type="submit" class="button small" disabled=move || { filled() >= MAX_ACTIVITIES }>"Add"</button>
            </form>
            {(0..MAX_ACTIVITIES).map(|i| view! {
                <Show when=move || !names[i].get().trim().is_empty()>
                    <div class="card activity-row">
                        <div class="activity-head">
                            <h2>{move || names[i].get()}</h2>
                            <button type="button" class="link-button small" on:click=move |_| remove(i)>
                                <span class="visually-hidden">{move || names[i].get()}": "</span>"Remove"
                            </button>
                        </div>
                        <AbilityPicker label="How well can you do it now?" name=format!("activity-{i}") value=scores[i] />
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
                        Some(i) => error.set(Some(plan::rate_prompt(&names[i].get_untracked()))),
                        None => go(Step::When),
                    }
                }
            >
                "Next"
            </button>
        }.into_any()
        }
        Step::When => view! {
            <h1 tabindex="-1">"When suits you?"</h1>
            <p>"Pick the days you'd like to exercise. Three a week is a good start; rest days are part of the plan."</p>
            <div class="chips wrap" role="group" aria-label="Exercise days">
                {calendar::WEEKDAY_SHORT.into_iter().enumerate().map(|(i, day)| view! {
                    <label class="option chip-option">
                        <input
                            type="checkbox"
                            prop:checked=move || days.with(|d| d[i])
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                days.update(|d| d[i] = on);
                            }
                        />
                        <span>{day}</span>
                    </label>
                }).collect_view()}
            </div>
            <label class="field">
                <span>"A time of day"</span>
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
                    <strong>"Walking programme"</strong>
                    <span class="muted small">"Walking is one of the best ways to keep back pain from coming back. A baseline week finds your pace, then it builds to 30 minutes on 5 days."</span>
                </span>
            </label>
            {error_view}
            <button type="button" class="button primary big" on:click=finish>"Make my plan"</button>
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
                    "Back"
                </button>
            </Show>
        </section>
    }
}
