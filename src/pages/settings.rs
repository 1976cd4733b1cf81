use leptos::prelude::*;

use crate::domain::plan;
use crate::domain::settings::Settings;
use crate::pages::data::{export_backup, message_view, DataSection};
use crate::platform::base_path::href;
use crate::platform::install;
use crate::state::{use_history, use_install, use_plan, use_prefs};

/// The plan's days and time, changeable here; everything else by answering the first-run
/// questions again.
#[component]
fn PlanCard() -> impl IntoView {
    let history = use_history();
    let plan_state = use_plan();
    let navigate = StoredValue::new_local(leptos_router::hooks::use_navigate());
    let change = move |f: &dyn Fn(&mut plan::Profile)| {
        if let Some(mut p) = plan_state.profile.get_untracked() {
            f(&mut p);
            plan_state.save(history, p);
        }
    };
    view! {
        <div class="card">
            <h2>"My plan"</h2>
            {move || match plan_state.profile.get() {
                None => view! {
                    <p>"No plan yet. A few questions find your starting point."</p>
                    <leptos_router::components::A href=href("/welcome") attr:class="button primary">"Get started"</leptos_router::components::A>
                }.into_any(),
                Some(p) => view! {
                    <p>{format!("Starting stage: {}. Cardio started at {} minutes.", p.stage.label(), p.cardio_start_min)}</p>
                    <div class="chips wrap" role="group" aria-label="Plan days">
                        {["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].into_iter().enumerate().map(|(i, day)| view! {
                            <label class="option chip-option">
                                <input
                                    type="checkbox"
                                    prop:checked=p.days[i]
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
                            prop:value=plan::time_label(p.minute_of_day)
                            on:change=move |ev| {
                                if let Some(m) = plan::parse_time(&event_target_value(&ev)) {
                                    change(&|p: &mut plan::Profile| p.minute_of_day = m);
                                }
                            }
                        />
                    </label>
                    <button type="button" class="button" on:click=move |_| {
                        plan_state.clear();
                        navigate.with_value(|go| go("/welcome", Default::default()));
                    }>"Answer the first questions again"</button>
                }.into_any(),
            }}
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
    view! {
        <section class="page">
            <h1>"Settings"</h1>
            <PlanCard />
            <div class="card">
                <h2>"During a session"</h2>
                {toggle("Voice", "Says each exercise, halfway, and 3, 2, 1.", |s| s.voice, |s, v| s.voice = v)}
                {toggle("Sounds", "Short tones as steps start and end.", |s| s.sound, |s, v| s.sound = v)}
                {toggle("Vibration", "A buzz when a step changes, on phones that can.", |s| s.vibration, |s, v| s.vibration = v)}
                <p class="muted small">"The screen stays on while a session runs, where your browser allows it."</p>
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
