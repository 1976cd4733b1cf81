use leptos::prelude::*;

use crate::components::link::A;
use crate::components::row_icon::row_icon;
use crate::domain::i18n::{messages as m, Lang, Msg};
use crate::domain::settings::{self, Motion, Pace, Theme, Units, TEXT_SIZES};
use crate::domain::{coach, insights, plan};
use crate::pages::data::{export_backup, message_view, DataSection};
use crate::platform::base_path::href;
use crate::platform::{install, speech};
use crate::state::{
    lang, phone_languages, switch, t, use_history, use_install, use_plan, use_prefs, use_words,
    History, Plan, Prefs,
};

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

    fn title(self) -> Msg {
        match self {
            Section::Week => m::more_section_week(),
            Section::Session => m::more_section_session(),
            Section::Display => m::more_section_display(),
            Section::Data => m::more_section_data(),
            Section::Install => m::more_section_install(),
            Section::About => m::more_section_about(),
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
    fn summary(self, plan_state: Plan, prefs: Prefs, history: History) -> Msg {
        match self {
            Section::Week => {
                let days = plan_state.exercise_days(prefs);
                plan_state.profile.with(|p| match p {
                    Some(p) => plan::schedule(days, p.minute_of_day),
                    None => m::more_summary_exercise_days(plan::days_msg(days)),
                })
            }
            Section::Session => prefs.settings.with(settings::Settings::cues_summary),
            Section::Display => prefs.settings.with(settings::Settings::display_summary),
            Section::Data => m::more_summary_data(history.sessions.with(Vec::len)),
            Section::Install => m::more_summary_install(),
            Section::About => m::more_summary_about(),
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
                    <p>{t(m::more_about_guidance())}</p>
                    <p>{t(m::more_about_private())}</p>
                    <p class="muted small">{t(m::more_about_version(env!("CARGO_PKG_VERSION")))}</p>
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
    label: Msg,
    hint: Msg,
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
                <strong>{t(label)}</strong>
                <span class="muted small">{t(hint)}</span>
            </span>
        </label>
    }
}

/// One fixed list of choices for one setting; options are told apart by their position.
fn select<T: Copy + PartialEq + Send + Sync + 'static>(
    prefs: Prefs,
    history: History,
    label: Msg,
    choices: Vec<(T, Msg)>,
    get: fn(&settings::Settings) -> T,
    set: fn(&mut settings::Settings, T),
) -> impl IntoView {
    let values: Vec<T> = choices.iter().map(|(v, _)| *v).collect();
    view! {
        <label class="field">
            <span>{t(label)}</span>
            <select on:change=move |ev| {
                let picked = event_target_value(&ev).parse::<usize>().ok().and_then(|i| values.get(i).copied());
                if let Some(v) = picked {
                    prefs.update(history, |s| set(s, v));
                }
            }>
                {choices.into_iter().enumerate().map(|(i, (v, text))| view! {
                    <option value=i selected=move || prefs.settings.with(|s| get(s) == v)>{t(text)}</option>
                }).collect_view()}
            </select>
        </label>
    }
}

/// The language chosen, with each language by its own name (so a person who can't read the
/// one shown still finds theirs), or "Follow my phone". The words are fetched first, then
/// every screen is built again in them; should they not arrive (offline before they were
/// kept), the language stays as it is and one line says so. A plain `<select>` with its
/// label: keyboards and screen readers know it, and each name carries its own `lang`.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let history = use_history();
    let prefs = use_prefs();
    let words = use_words();
    let failed = RwSignal::new(None::<String>);
    let kept = move |tag: Option<&str>| prefs.settings.with(|s| s.language.as_deref() == tag);
    let pick = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let picker = ev.target();
        let before = prefs
            .settings
            .with_untracked(|s| s.language.clone().unwrap_or_default());
        let choice = Lang::OFFERED
            .into_iter()
            .find(|l| l.tag() == value)
            .map(|l| l.tag().to_string());
        let wanted = settings::Settings {
            language: choice.clone(),
            ..settings::Settings::default()
        }
        .lang(&phone_languages());
        failed.set(None);
        if wanted == lang() {
            prefs.update(history, move |s| s.language = choice);
            return;
        }
        leptos::task::spawn_local(async move {
            if switch(wanted, words).await {
                prefs.update(history, move |s| s.language = choice);
            } else {
                // Still this screen, in the language it was: show what is kept, and why.
                if let Some(picker) = &picker {
                    let _ = js_sys::Reflect::set(picker, &"value".into(), &before.into());
                }
                let _ = failed.try_set(Some(t(m::more_language_failed(wanted.own_name()))));
            }
        });
    };
    view! {
        <label class="field language-picker">
            <span>{t(m::more_language())}</span>
            <select on:change=pick>
                <option value="" selected=move || kept(None)>{t(m::more_language_phone())}</option>
                {Lang::OFFERED.into_iter().map(|l| view! {
                    <option value=l.tag() lang=l.tag() selected=move || kept(Some(l.tag()))>{l.own_name()}</option>
                }).collect_view()}
            </select>
        </label>
        {move || failed.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
    }
}

/// The days' names, Monday first (`core.ftl`).
const WEEKDAYS: [fn() -> Msg; 7] = [
    m::weekday_1,
    m::weekday_2,
    m::weekday_3,
    m::weekday_4,
    m::weekday_5,
    m::weekday_6,
    m::weekday_7,
];

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
            <h2>{t(m::more_week_days())}</h2>
            <p class="small muted">{t(m::more_week_days_hint())}</p>
            <div class="week-days">
                {(0..7usize).map(|i| {
                    let name = t(WEEKDAYS[i]());
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
                                    <span>{t(m::more_week_exercise())}</span>
                                </label>
                                <label class="rest">
                                    <input
                                        type="radio"
                                        name=group
                                        prop:checked=move || { redraw.track(); !shown.get()[i] }
                                        on:change=move |_| pick(i, false)
                                    />
                                    <span>{t(m::more_week_rest())}</span>
                                </label>
                            </span>
                        </div>
                    }
                }).collect_view()}
            </div>
            <p class="small" role="status">
                {move || refused.get().then(|| t(m::more_week_keep_one()))}
            </p>
        </div>
        <div class="card">
            <h2>{t(m::more_plan())}</h2>
            <Show
                when=move || has_plan.get()
                fallback=|| view! {
                    <p>{t(m::more_plan_none())}</p>
                    <A href=href("/welcome") attr:class="button primary">{t(m::more_plan_start())}</A>
                }
            >
                <p>{move || read(|p| t(m::more_plan_stage(p.stage.label_msg())))}</p>
                // Where walks began and where they are now, from the function Today reads.
                <p>{move || {
                    let today = crate::platform::clock::today();
                    history.sessions.with(|sessions| plan_state.profile.with(|p| {
                        p.as_ref().map(|p| t(coach::walks_so_far_msg(p, sessions, today)))
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
                        <strong>{t(m::more_walking())}</strong>
                        <span class="muted small">{t(m::more_walking_hint())}</span>
                    </span>
                </label>
                <label class="field">
                    <span>{t(m::more_time_of_day())}</span>
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
                            {t(m::more_redo())}
                        </button>
                    }
                >
                    <div class="card confirm" role="group" aria-label=t(m::more_redo_group())>
                        <p>{t(m::more_redo_confirm())}</p>
                        <div class="actions">
                            <button type="button" class="button primary" on:click=move |_| {
                                navigate.to("/welcome");
                            }>{t(m::more_redo_start())}</button>
                            <button type="button" class="link-button" on:click=move |_| confirm_redo.set(false)>{t(m::more_cancel())}</button>
                        </div>
                    </div>
                </Show>
            </Show>
        </div>
    }
}

/// Voice, sounds, vibration and pace in the player. The voices offered are the device's for
/// the language Limber speaks; with none, one line says how to add one.
fn session_page() -> impl IntoView {
    let history = use_history();
    let prefs = use_prefs();
    let tag = lang().tag();
    // Browsers load their voices late; the list fills in when they arrive.
    let voices = RwSignal::new(speech::voices_for(tag));
    let has_voice = RwSignal::new(speech::has_voice_for(tag));
    // Whether the device has had its say: voices often arrive a moment after the page, so
    // "no voice" waits for them (or a second and a half) rather than flashing up.
    let settled = RwSignal::new(has_voice.get_untracked());
    speech::on_voices_changed(move || {
        let _ = voices.try_set(speech::voices_for(tag));
        let _ = has_voice.try_set(speech::has_voice_for(tag));
        let _ = settled.try_set(true);
    });
    set_timeout(
        move || {
            let _ = settled.try_set(true);
        },
        std::time::Duration::from_millis(1500),
    );
    view! {
        <div class="card">
            {toggle(prefs, history, m::more_voice(), m::more_voice_hint(), |s| s.voice, |s, v| s.voice = v)}
            <Show when=move || prefs.settings.with(|s| s.voice)>
                <div class="sub-toggles" role="group" aria-label=t(m::more_voice_says())>
                    {toggle(prefs, history, m::more_count_reps(), m::more_count_reps_hint(), |s| s.count_reps, |s, v| s.count_reps = v)}
                    {toggle(prefs, history, m::more_count_down(), m::more_count_down_hint(), |s| s.count_down, |s, v| s.count_down = v)}
                    {toggle(prefs, history, m::more_say_next(), m::more_say_next_hint(), |s| s.say_next, |s, v| s.say_next = v)}
                </div>
            </Show>
            {toggle(prefs, history, m::more_sounds(), m::more_sounds_hint(), |s| s.sound, |s, v| s.sound = v)}
            {toggle(prefs, history, m::more_vibration(), m::more_vibration_hint(), |s| s.vibration, |s, v| s.vibration = v)}
            <Show when=move || prefs.settings.with(|s| s.voice) && settled.get() && !has_voice.get()>
                <p class="small muted">{t(m::more_voice_none())}</p>
            </Show>
            <Show when=move || prefs.settings.with(|s| s.voice) && !voices.with(Vec::is_empty)>
                <label class="field">
                    <span>{t(m::more_voice())}</span>
                    <select on:change=move |ev| {
                        let name = event_target_value(&ev);
                        prefs.update(history, |s| s.voice_name = (!name.is_empty()).then_some(name));
                    }>
                        <option value="" selected=move || prefs.settings.with(|s| s.voice_name.is_none())>{t(m::more_voice_default())}</option>
                        {move || voices.get().into_iter().map(|(name, lang)| {
                            let current = name.clone();
                            let value = name.clone();
                            view! {
                                <option
                                    value=value
                                    translate="no"
                                    selected=move || prefs.settings.with(|s| s.voice_name.as_deref() == Some(current.as_str()))
                                >
                                    {t(m::more_voice_option(name, lang))}
                                </option>
                            }
                        }).collect_view()}
                    </select>
                </label>
                <button type="button" class="button" on:click=move |_| {
                    speech::unlock();
                    speech::say_in(tag, &t(m::more_voice_sample()));
                }>{t(m::more_voice_hear())}</button>
            </Show>
        </div>
        <div class="card">
            {select(
                prefs,
                history,
                m::more_get_ready(),
                Pace::GET_READY_CHOICES.map(|secs| (secs, m::more_seconds(secs))).to_vec(),
                |s| s.pace.get_ready_secs,
                |s, v| s.pace.get_ready_secs = v,
            )}
            {select(
                prefs,
                history,
                m::more_rests(),
                Pace::REST_CHOICES.map(|p| (p, Pace::rest_label(p))).to_vec(),
                |s| s.pace.rest_percent,
                |s, v| s.pace.rest_percent = v,
            )}
            <p class="muted small">{t(m::more_screen_on())}</p>
        </div>
    }
}

/// Colours, text size, motion, units and the weight log.
fn display_page() -> impl IntoView {
    let history = use_history();
    let prefs = use_prefs();
    view! {
        <div class="card">
            {select(prefs, history, m::more_colours(), Theme::ALL.map(|x| (x, x.label())).to_vec(), |s| s.theme, |s, x| s.theme = x)}
            {select(prefs, history, m::more_text_size(), TEXT_SIZES.map(|v| (v, settings::text_size_label(v))).to_vec(), |s| s.text_size, |s, v| s.text_size = v)}
            {select(prefs, history, m::more_animations(), Motion::ALL.map(|x| (x, x.label())).to_vec(), |s| s.motion, |s, x| s.motion = x)}
        </div>
        <div class="card">
            {select(prefs, history, m::more_units(), Units::ALL.map(|x| (x, x.label())).to_vec(), |s| s.units, |s, x| s.units = x)}
            {toggle(prefs, history, m::more_weight_log(), m::more_weight_log_hint(), |s| s.track_weight, |s, v| s.track_weight = v)}
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
            <p>{t(m::more_install_why())}</p>
            <p>
                <strong>{t(m::more_install_backup_first())}</strong>
                " "
                {t(m::more_install_backup_why())}
            </p>
            <div class="actions">
                <button type="button" class="button" on:click=move |_| message.set(Some(export_backup()))>
                    {t(m::more_install_download())}
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
                        {t(m::more_install_button())}
                    </button>
                </Show>
            </div>
            {message_view(message)}
            <ul class="small muted">
                <li>{t(m::more_install_ios())}</li>
                <li>{t(m::more_install_android())}</li>
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
                <h1>{t(m::more_settings_title())}</h1>
                <div class="card">
                    <LanguagePicker />
                </div>
                <ul class="row-list settings-list">
                    {Section::ALL
                        .into_iter()
                        .filter(|s| !(standalone && *s == Section::Install))
                        .map(|s| view! {
                            <li class="today-row">
                                <A href=href(&format!("/settings/{}", s.slug())) attr:class="row-link">
                                    {row_icon(s.icon())}
                                    <span class="row-text">
                                        <strong>{t(s.title())}</strong>
                                        <span class="muted small">{move || t(s.summary(plan_state, prefs, history))}</span>
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
                <A href=href("/settings") attr:class="back">{t(m::more_settings_back())}</A>
                <h1>{t(s.title())}</h1>
                {s.body()}
            </section>
        }
        .into_any(),
    }
    }
}
