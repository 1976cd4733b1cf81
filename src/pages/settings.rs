use leptos::prelude::*;

use crate::domain::settings::Settings;
use crate::pages::data::DataSection;
use crate::state::{use_history, use_prefs};

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
