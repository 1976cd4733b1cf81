use leptos::prelude::*;

use crate::domain::plan;
use crate::domain::player::Pace;
use crate::domain::settings::{Motion, Settings, Theme, Units, TEXT_SIZES};
use crate::pages::data::{export_backup, message_view, DataSection};
use crate::platform::base_path::href;
use crate::platform::{install, speech};
use crate::state::{use_history, use_install, use_plan, use_prefs, History, Prefs};

/// The plan's days and time, changeable here; everything else by answering the first-run
/// questions again. The controls stay in place while the plan changes, so focus stays put.
#[component]
fn PlanCard() -> impl IntoView {
    let history = use_history();
    let plan_state = use_plan();
    let navigate = StoredValue::new_local(leptos_router::hooks::use_navigate());
    let confirm_redo = RwSignal::new(false);
    let has_plan = Memo::new(move |_| plan_state.profile.with(Option::is_some));
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
            <h2>"My plan"</h2>
            <Show
                when=move || has_plan.get()
                fallback=|| view! {
                    <p>"No plan yet. A few questions find your starting point."</p>
                    <leptos_router::components::A href=href("/welcome") attr:class="button primary">"Get started"</leptos_router::components::A>
                }
            >
                <p>{move || read(|p| format!("Starting stage: {}. Cardio started at {} minutes.", p.stage.label(), p.cardio_start_min))}</p>
                <div class="chips wrap" role="group" aria-label="Plan days">
                    {["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].into_iter().enumerate().map(|(i, day)| view! {
                        <label class="option chip-option">
                            <input
                                type="checkbox"
                                prop:checked=move || plan_state.profile.with(|p| p.as_ref().is_some_and(|p| p.days[i]))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    change(&|p: &mut plan::Profile| {
                                        p.days[i] = on;
                                        // At least one day stays in the plan.
                                        if !p.days.iter().any(|d| *d) { p.days[i] = true; }
                                    });
                                }
                            />
                            <span>{day}</span>
                        </label>
                    }).collect_view()}
                </div>
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
                                navigate.with_value(|go| go("/welcome", Default::default()));
                            }>"Start the questions"</button>
                            <button type="button" class="link-button" on:click=move |_| confirm_redo.set(false)>"Cancel"</button>
                        </div>
                    </div>
                </Show>
            </Show>
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
            <h2>"Add Limber to your home screen"</h2>
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

/// Settings and about. For now: where data lives, and what Limber is and is not.
#[component]
pub fn Settings() -> impl IntoView {
    let history = use_history();
    let prefs = use_prefs();
    // Browsers load their voices late; the list fills in when they arrive.
    let voices = RwSignal::new(speech::english_voices());
    speech::on_voices_changed(move || {
        let _ = voices.try_set(speech::english_voices());
    });
    let toggle = move |label: &'static str,
                       hint: &'static str,
                       get: fn(&Settings) -> bool,
                       set: fn(&mut Settings, bool)| {
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
    };
    // One fixed list of choices for one setting; options are told apart by their position.
    fn select<T: Copy + PartialEq + Send + Sync + 'static>(
        prefs: Prefs,
        history: History,
        label: &'static str,
        choices: Vec<(T, String)>,
        get: fn(&Settings) -> T,
        set: fn(&mut Settings, T),
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
    let named = |list: &[(u16, &str)]| {
        list.iter()
            .map(|(v, t)| (*v, t.to_string()))
            .collect::<Vec<_>>()
    };
    view! {
        <section class="page">
            <h1>"Settings"</h1>
            <PlanCard />
            <div class="card">
                <h2>"Display"</h2>
                {select(prefs, history, "Colours", Theme::ALL.map(|(t, l)| (t, l.to_string())).to_vec(), |s| s.theme, |s, t| s.theme = t)}
                {select(prefs, history, "Text size", named(&TEXT_SIZES), |s| s.text_size, |s, v| s.text_size = v)}
                {select(prefs, history, "Animations", Motion::ALL.map(|(m, l)| (m, l.to_string())).to_vec(), |s| s.motion, |s, m| s.motion = m)}
            </div>
            <div class="card">
                <h2>"During a session"</h2>
                {toggle("Voice", "Says each exercise, halfway, and 3, 2, 1.", |s| s.voice, |s, v| s.voice = v)}
                {toggle("Sounds", "Short tones as steps start and end.", |s| s.sound, |s, v| s.sound = v)}
                {toggle("Vibration", "A buzz when a step changes, on phones that can.", |s| s.vibration, |s, v| s.vibration = v)}
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
                {select(
                    prefs,
                    history,
                    "Time to get ready before each exercise",
                    Pace::GET_READY_CHOICES.map(|secs| (secs, format!("{secs} seconds"))).to_vec(),
                    |s| s.pace.get_ready_secs,
                    |s, v| s.pace.get_ready_secs = v,
                )}
                {select(prefs, history, "Rests between sets", named(&Pace::REST_CHOICES), |s| s.pace.rest_percent, |s, v| s.pace.rest_percent = v)}
                <p class="muted small">"The screen stays on while a session runs, where your browser allows it."</p>
            </div>
            <div class="card">
                <h2>"Activity and weight"</h2>
                {select(prefs, history, "Units", Units::ALL.map(|(u, l)| (u, l.to_string())).to_vec(), |s| s.units, |s, u| s.units = u)}
                {toggle("Keep a weight log", "Adds a simple weight chart to Insights. A healthy weight takes load off your back. Off unless you turn it on.", |s| s.track_weight, |s, v| s.track_weight = v)}
            </div>
            <div class="card">
                <h2>"My rest days"</h2>
                <p class="small muted">"Days you plan not to exercise. They keep your streak going."</p>
                <div class="chips wrap" role="group" aria-label="Rest days">
                    {["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].into_iter().enumerate().map(|(i, day)| view! {
                        <label class="option chip-option">
                            <input
                                type="checkbox"
                                prop:checked=move || prefs.settings.with(|s| s.rest_days[i])
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    prefs.update(history, |s| s.rest_days[i] = on);
                                }
                            />
                            <span>{day}</span>
                        </label>
                    }).collect_view()}
                </div>
            </div>
            <DataSection />
            {(!use_install().standalone).then(|| view! { <InstallCard /> })}
            <div class="card">
                <h2>"About Limber"</h2>
                <p>
                    "Limber offers general exercise guidance for everyday low back pain. It can't diagnose anything. "
                    "If your pain is severe, getting worse, or comes with numbness, weakness or trouble with your bladder or bowels, get medical help straight away."
                </p>
                <p class="muted small">"Version "{env!("CARGO_PKG_VERSION")}</p>
            </div>
        </section>
    }
}
