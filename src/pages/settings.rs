use leptos::prelude::*;

use crate::components::link::A;
use crate::components::row_icon::row_icon;
use crate::domain::settings::{self, Motion, Pace, Theme, Units, TEXT_SIZES};
use crate::domain::{calendar, coach, insights, plan, words};
use crate::pages::data::{export_backup, message_view, DataSection};
use crate::platform::base_path::href;
use crate::platform::{install, speech};
use crate::state::{use_history, use_install, use_plan, use_prefs, History, Plan, Prefs};

/// The short list Settings opens on; each entry is its own page at `/settings/<slug>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Section {
    Week,
    Session,
    Display,
    Data,
    Install,
    About,
}

impl Section {
    const ALL: [Section; 6] = [
        Section::Week,
        Section::Session,
        Section::Display,
        Section::Data,
        Section::Install,
        Section::About,
    ];

    fn slug(self) -> &'static str {
        match self {
            Section::Week => "week",
            Section::Session => "session",
            Section::Display => "display",
            Section::Data => "data",
            Section::Install => "install",
            Section::About => "about",
        }
    }

    fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }

    fn title(self) -> &'static str {
        match self {
            Section::Week => "My week",
            Section::Session => "During a session",
            Section::Display => "Look and units",
            Section::Data => "Your data",
            Section::Install => "Add to home screen",
            Section::About => "About Limber",
        }
    }

    fn icon(self) -> &'static str {
        match self {
            Section::Week => "plan",
            Section::Session => "sound",
            Section::Display => "display",
            Section::Data => "data",
            Section::Install => "install",
            Section::About => "about",
        }
    }

    /// The line under the entry's name in the list: what is set now.
    fn summary(self, plan_state: Plan, prefs: Prefs, history: History) -> String {
        match self {
            Section::Week => {
                let days = plan_state.exercise_days(prefs);
                plan_state.profile.with(|p| match p {
                    Some(p) => plan::schedule_label(days, p.minute_of_day),
                    None => format!("Exercise {}", plan::days_label(days)),
                })
            }
            Section::Session => prefs.settings.with(settings::Settings::cues_summary),
            Section::Display => prefs.settings.with(settings::Settings::display_summary),
            Section::Data => match history.sessions.with(Vec::len) {
                0 => "Nothing saved yet".into(),
                n => format!(
                    "{} kept on this device",
                    words::count(n as u64, words::SESSION)
                ),
            },
            Section::Install => "Opens full screen and works offline".into(),
            Section::About => "General guidance, not a diagnosis".into(),
        }
    }

    fn body(self) -> AnyView {
        match self {
            Section::Week => view! { <WeekPage /> }.into_any(),
            Section::Session => session_page().into_any(),
            Section::Display => display_page().into_any(),
            Section::Data => view! { <DataSection /> }.into_any(),
            Section::Install => view! { <InstallCard /> }.into_any(),
            Section::About => view! {
                <div class="card">
                    <p>
                        "Limber offers general exercise guidance for everyday low back pain. It can't diagnose anything. "
                        "If your pain is severe, getting worse, or comes with numbness, weakness or trouble with your bladder or bowels, get medical help straight away."
                    </p>
                    <p>"Everything you record stays on this device. There is no account, and nothing is sent anywhere."</p>
                    <p class="muted small">"Version "{env!("CARGO_PKG_VERSION")}</p>
                </div>
            }
            .into_any(),
        }
    }
}

/// An on/off setting drawn as a switch, with a line saying what it does.
fn toggle(
    prefs: Prefs,
    history: History,
    label: &'static str,
    hint: &'static str,
    get: fn(&settings::Settings) -> bool,
    set: fn(&mut settings::Settings, bool),
) -> impl IntoView {
    view! {
        <label class="option toggle">
            <input
                type="checkbox"
                role="switch"
                prop:checked=move || prefs.settings.with(get)
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    prefs.update(history, |s| set(s, on));
                }
            />
            <span>
                <strong>{label}</strong>
                <span class="muted small">{hint}</span>
            </span>
        </label>
    }
}

/// One fixed list of choices for one setting; options are told apart by their position.
fn select<T: Copy + PartialEq + Send + Sync + 'static>(
    prefs: Prefs,
    history: History,
    label: &'static str,
    choices: Vec<(T, String)>,
    get: fn(&settings::Settings) -> T,
    set: fn(&mut settings::Settings, T),
) -> impl IntoView {
    let values: Vec<T> = choices.iter().map(|(v, _)| *v).collect();
    view! {
        <label class="field">
            <span>{label}</span>
            <select on:change=move |ev| {
                let picked = event_target_value(&ev).parse::<usize>().ok().and_then(|i| values.get(i).copied());
                if let Some(v) = picked {
                    prefs.update(history, |s| set(s, v));
                }
            }>
                {choices.into_iter().enumerate().map(|(i, (v, text))| view! {
                    <option value=i selected=move || prefs.settings.with(|s| get(s) == v)>{text}</option>
                }).collect_view()}
            </select>
        </label>
    }
}

fn named(list: &[(u16, &str)]) -> Vec<(u16, String)> {
    list.iter().map(|(v, t)| (*v, t.to_string())).collect()
}

/// The week, one day per row, each Exercise or Rest (what the streak counts on, from
/// `insights::exercise_days`), then the time of day and a way to answer the first questions
/// again. The controls stay in place while the plan changes, so focus stays put.
#[component]
fn WeekPage() -> impl IntoView {
    let history = use_history();
    let prefs = use_prefs();
    let plan_state = use_plan();
    let navigate = crate::state::use_navigate();
    let confirm_redo = RwSignal::new(false);
    let has_plan = Memo::new(move |_| plan_state.profile.with(Option::is_some));
    let shown = Memo::new(move |_| plan_state.exercise_days(prefs));
    // Bumped when a choice is refused, so the radios are set back to what is kept.
    let redraw = RwSignal::new(0u32);
    let refused = RwSignal::new(false);
    let pick = move |day: usize, exercise: bool| {
        let plan_days = plan_state
            .profile
            .with_untracked(|p| p.as_ref().map(|p| p.days));
        let rest = prefs.settings.with_untracked(|s| s.rest_days);
        match insights::set_week_day(plan_days, rest, day, exercise) {
            None => {
                refused.set(true);
                redraw.update(|n| *n += 1);
            }
            Some((days, rest_days)) => {
                refused.set(false);
                if let (Some(days), Some(mut p)) = (days, plan_state.profile.get_untracked()) {
                    p.days = days;
                    plan_state.save(history, p);
                }
                if rest_days != rest {
                    prefs.update(history, |s| s.rest_days = rest_days);
                }
            }
        }
    };
    let change = move |f: &dyn Fn(&mut plan::Profile)| {
        if let Some(mut p) = plan_state.profile.get_untracked() {
            f(&mut p);
            plan_state.save(history, p);
        }
    };
    let read = move |f: fn(&plan::Profile) -> String| {
        plan_state
            .profile
            .with(|p| p.as_ref().map(f).unwrap_or_default())
    };
    view! {
        <div class="card">
            <h2>"Exercise and rest days"</h2>
            <p class="small muted">"Rest days keep your streak going. A walk or a swim is welcome on any day."</p>
            <div class="week-days">
                {calendar::WEEKDAY_NAMES.into_iter().enumerate().map(|(i, name)| {
                    let label_id = format!("week-day-{i}");
                    let labelled_by = label_id.clone();
                    let group = format!("week-{i}");
                    view! {
                        <div class="week-row" role="radiogroup" aria-labelledby=labelled_by>
                            <span id=label_id class="week-day">{name}</span>
                            <span class="segmented">
                                <label>
                                    <input
                                        type="radio"
                                        name=group.clone()
                                        prop:checked=move || { redraw.track(); shown.get()[i] }
                                        on:change=move |_| pick(i, true)
                                    />
                                    <span>"Exercise"</span>
                                </label>
                                <label class="rest">
                                    <input
                                        type="radio"
                                        name=group
                                        prop:checked=move || { redraw.track(); !shown.get()[i] }
                                        on:change=move |_| pick(i, false)
                                    />
                                    <span>"Rest"</span>
                                </label>
                            </span>
                        </div>
                    }
                }).collect_view()}
            </div>
            <p class="small" role="status">
                {move || refused.get().then_some("Keep at least one exercise day in the week.")}
            </p>
        </div>
        <div class="card">
            <h2>"My plan"</h2>
            <Show
                when=move || has_plan.get()
                fallback=|| view! {
                    <p>"No plan yet. A few questions find your starting point."</p>
                    <A href=href("/welcome") attr:class="button primary">"Get started"</A>
                }
            >
                <p>{move || read(|p| format!("Starting stage: {}.", p.stage.label()))}</p>
                // Where walks began and where they are now, from the function Today reads.
                <p>{move || {
                    let today = crate::platform::clock::today();
                    history.sessions.with(|sessions| plan_state.profile.with(|p| {
                        p.as_ref().map(|p| coach::walks_so_far(p, sessions, today))
                    }))
                }}</p>
                <label class="option toggle">
                    <input
                        type="checkbox"
                        role="switch"
                        prop:checked=move || plan_state.profile.with(|p| p.as_ref().is_some_and(|p| p.walking_since.is_some()))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            let now = crate::platform::clock::now_ms();
                            change(&move |p: &mut plan::Profile| {
                                // Switched on again, it starts over with a new baseline week.
                                p.walking_since = on.then(|| p.walking_since.unwrap_or(now));
                            });
                        }
                    />
                    <span>
                        <strong>"Walking programme"</strong>
                        <span class="muted small">"A baseline week of comfortable walks, then about 10% more each week that goes to plan, up to 30 minutes on 5 days."</span>
                    </span>
                </label>
                <label class="field">
                    <span>"Time of day"</span>
                    <input
                        type="time"
                        prop:value=move || read(|p| plan::time_label(p.minute_of_day))
                        on:change=move |ev| {
                            if let Some(m) = plan::parse_time(&event_target_value(&ev)) {
                                change(&|p: &mut plan::Profile| p.minute_of_day = m);
                            }
                        }
                    />
                </label>
                <Show
                    when=move || confirm_redo.get()
                    fallback=move || view! {
                        <button type="button" class="button" on:click=move |_| confirm_redo.set(true)>
                            "Answer the first questions again"
                        </button>
                    }
                >
                    <div class="card confirm" role="group" aria-label="Answer again">
                        <p>
                            "Your sessions are kept, and so is this plan until you save the new one. "
                            "If you name different activities, the weekly check-ins start again."
                        </p>
                        <div class="actions">
                            <button type="button" class="button primary" on:click=move |_| {
                                navigate.to("/welcome");
                            }>"Start the questions"</button>
                            <button type="button" class="link-button" on:click=move |_| confirm_redo.set(false)>"Cancel"</button>
                        </div>
                    </div>
                </Show>
            </Show>
        </div>
    }
}

/// Voice, sounds, vibration and pace in the player.
fn session_page() -> impl IntoView {
    let history = use_history();
    let prefs = use_prefs();
    // Browsers load their voices late; the list fills in when they arrive.
    let voices = RwSignal::new(speech::english_voices());
    speech::on_voices_changed(move || {
        let _ = voices.try_set(speech::english_voices());
    });
    view! {
        <div class="card">
            {toggle(prefs, history, "Voice", "Says each exercise as it starts, and halfway through a long hold.", |s| s.voice, |s, v| s.voice = v)}
            <Show when=move || prefs.settings.with(|s| s.voice)>
                <div class="sub-toggles" role="group" aria-label="What the voice says">
                    {toggle(prefs, history, "Count reps aloud", "One number for each rep, at the exercise's pace.", |s| s.count_reps, |s, v| s.count_reps = v)}
                    {toggle(prefs, history, "Count down the last seconds", "\"3, 2, 1\" before a hold, a rest or getting ready ends.", |s| s.count_down, |s, v| s.count_down = v)}
                    {toggle(prefs, history, "Say what comes next", "During a rest, what follows it; while getting ready, how to get into position.", |s| s.say_next, |s, v| s.say_next = v)}
                </div>
            </Show>
            {toggle(prefs, history, "Sounds", "Short tones as steps start and end.", |s| s.sound, |s, v| s.sound = v)}
            {toggle(prefs, history, "Vibration", "A buzz when a step changes, on phones that can.", |s| s.vibration, |s, v| s.vibration = v)}
            <Show when=move || prefs.settings.with(|s| s.voice) && !voices.with(Vec::is_empty)>
                <label class="field">
                    <span>"Voice"</span>
                    <select on:change=move |ev| {
                        let name = event_target_value(&ev);
                        prefs.update(history, |s| s.voice_name = (!name.is_empty()).then_some(name));
                    }>
                        <option value="" selected=move || prefs.settings.with(|s| s.voice_name.is_none())>"Device default"</option>
                        {move || voices.get().into_iter().map(|(name, lang)| {
                            let current = name.clone();
                            view! {
                                <option
                                    value=name.clone()
                                    selected=move || prefs.settings.with(|s| s.voice_name.as_deref() == Some(current.as_str()))
                                >
                                    {format!("{name} ({lang})")}
                                </option>
                            }
                        }).collect_view()}
                    </select>
                </label>
                <button type="button" class="button" on:click=move |_| {
                    speech::unlock();
                    speech::say("Pelvic tilt. Ten times, slowly.");
                }>"Hear it"</button>
            </Show>
        </div>
        <div class="card">
            {select(
                prefs,
                history,
                "Time to get ready before each exercise",
                Pace::GET_READY_CHOICES.map(|secs| (secs, words::count(secs, words::SECOND))).to_vec(),
                |s| s.pace.get_ready_secs,
                |s, v| s.pace.get_ready_secs = v,
            )}
            {select(prefs, history, "Rests between sets", named(&Pace::REST_CHOICES), |s| s.pace.rest_percent, |s, v| s.pace.rest_percent = v)}
            <p class="muted small">"The screen stays on while a session runs, where your browser allows it."</p>
        </div>
    }
}

/// Colours, text size, motion, units and the weight log.
fn display_page() -> impl IntoView {
    let history = use_history();
    let prefs = use_prefs();
    view! {
        <div class="card">
            {select(prefs, history, "Colours", Theme::ALL.map(|(t, l)| (t, l.to_string())).to_vec(), |s| s.theme, |s, t| s.theme = t)}
            {select(prefs, history, "Text size", named(&TEXT_SIZES), |s| s.text_size, |s, v| s.text_size = v)}
            {select(prefs, history, "Animations", Motion::ALL.map(|(m, l)| (m, l.to_string())).to_vec(), |s| s.motion, |s, m| s.motion = m)}
        </div>
        <div class="card">
            {select(prefs, history, "Units", Units::ALL.map(|(u, l)| (u, l.to_string())).to_vec(), |s| s.units, |s, u| s.units = u)}
            {toggle(prefs, history, "Keep a weight log", "Adds a simple weight chart to Insights. A healthy weight takes load off your back. Off unless you turn it on.", |s| s.track_weight, |s, v| s.track_weight = v)}
        </div>
    }
}

/// How to put Limber on the home screen, shown in the browser only. On iPhone and iPad the
/// installed app starts with empty storage, so the backup comes first.
#[component]
fn InstallCard() -> impl IntoView {
    let can_prompt = use_install().can_prompt;
    let message = RwSignal::new(None::<(bool, String)>);
    view! {
        <div class="card install">
            <p>"It then opens full screen, like an app, and works without an internet connection."</p>
            <p>
                <strong>"First, save a backup. "</strong>
                "On iPhone and iPad the home-screen app has its own storage and starts empty; "
                "open the backup there to bring your history with you."
            </p>
            <div class="actions">
                <button type="button" class="button" on:click=move |_| message.set(Some(export_backup()))>
                    "Download a backup"
                </button>
                <Show when=move || can_prompt.get()>
                    <button
                        type="button"
                        class="button primary"
                        on:click=move |_| {
                            install::prompt();
                            can_prompt.set(false);
                        }
                    >
                        "Install Limber"
                    </button>
                </Show>
            </div>
            {message_view(message)}
            <ul class="small muted">
                <li>"iPhone or iPad: in Safari, tap Share, then Add to Home Screen."</li>
                <li>"Android: open the browser menu, then Install app or Add to Home screen."</li>
            </ul>
        </div>
    }
}

/// Settings: a short list of pages, each with a line saying what is set now, and the page
/// itself when the address names one (`/settings/week` and so on).
#[component]
pub fn Settings() -> impl IntoView {
    let param = crate::state::use_screen_param();
    let section = Memo::new(move |_| param.with(|p| p.as_deref().and_then(Section::from_slug)));
    let standalone = use_install().standalone;
    let (plan_state, prefs, history) = (use_plan(), use_prefs(), use_history());
    move || {
        match section.get() {
        None => view! {
            <section class="page">
                <h1>"Settings"</h1>
                <ul class="row-list settings-list">
                    {Section::ALL
                        .into_iter()
                        .filter(|s| !(standalone && *s == Section::Install))
                        .map(|s| view! {
                            <li class="today-row">
                                <A href=href(&format!("/settings/{}", s.slug())) attr:class="row-link">
                                    {row_icon(s.icon())}
                                    <span class="row-text">
                                        <strong>{s.title()}</strong>
                                        <span class="muted small">{move || s.summary(plan_state, prefs, history)}</span>
                                    </span>
                                    <span class="chevron" aria-hidden="true">"›"</span>
                                </A>
                            </li>
                        })
                        .collect_view()}
                </ul>
            </section>
        }
        .into_any(),
        Some(s) => view! {
            <section class="page">
                <A href=href("/settings") attr:class="back">"‹ Settings"</A>
                <h1>{s.title()}</h1>
                {s.body()}
            </section>
        }
        .into_any(),
    }
    }
}
