//! Log a walk, swim, ride or water-aerobics session done away from the phone.
//! `/log?kind=walk&minutes=20` comes pre-filled (the quick-log from Today).

use leptos::prelude::*;

use crate::components::filter_chips::FilterChips;
use crate::components::link::A;
use crate::components::note_field::NoteField;
use crate::components::pain_picker::PainPicker;
use crate::domain::activity::{self, ActivityKind, ActivityLog};
use crate::domain::calendar::LocalDate;
use crate::domain::history::{Feeling, SessionRecord};
use crate::domain::i18n::messages as m;
use crate::domain::pain::PainScore;
use crate::domain::settings::Units;
use crate::platform::base_path::href;
use crate::platform::clock;
use crate::platform::nav;
use crate::state::{t, use_history, use_navigate, use_prefs};

#[component]
pub fn LogActivity() -> impl IntoView {
    let history = use_history();
    let prefs = use_prefs();
    let navigate = use_navigate();
    let today = clock::today();
    let kind = RwSignal::new(Some(
        nav::query("kind")
            .and_then(|k| ActivityKind::from_slug(&k))
            .unwrap_or(ActivityKind::Walk),
    ));
    let minutes = RwSignal::new(
        nav::query("minutes")
            .and_then(|m| activity::parse_minutes(&m).ok())
            .map(|m| m.to_string())
            .unwrap_or_default(),
    );
    let date = RwSignal::new(today.iso());
    let distance = RwSignal::new(String::new());
    let feeling = RwSignal::new(None::<Feeling>);
    let pain_before = RwSignal::new(None::<PainScore>);
    let pain_after = RwSignal::new(None::<PainScore>);
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let units = move || prefs.settings.with(|s| s.units);

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let now = clock::now_ms();
        let offset = clock::utc_offset_min();
        let Some(day) = LocalDate::parse_iso(&date.get_untracked()) else {
            error.set(Some(t(m::records_error_no_day())));
            return;
        };
        let kind = kind.get_untracked().unwrap_or(ActivityKind::Walk);
        let parsed = activity::parse_minutes(&minutes.get_untracked()).and_then(|m| {
            let d = if kind.has_distance() {
                activity::parse_distance(&distance.get_untracked(), units())?
            } else {
                None
            };
            Ok((m, d))
        });
        let record = parsed.and_then(|(minutes, distance_m)| {
            ActivityLog {
                kind,
                date: day,
                minutes,
                distance_m,
                feeling: feeling.get_untracked(),
                pain_before: pain_before.get_untracked(),
                pain_after: pain_after.get_untracked(),
                note: note.get_untracked(),
            }
            .to_record(
                SessionRecord::make_id(now, clock::random_u32()),
                now,
                offset,
            )
        });
        match record {
            Err(e) => error.set(Some(t(e.msg()))),
            Ok(record) => match history.add(record) {
                Ok(()) => navigate.to("/history"),
                Err(e) => error.set(Some(e)),
            },
        }
    };

    let kinds = ActivityKind::ALL
        .iter()
        .map(|k| (Some(*k), t(k.title())))
        .collect::<Vec<_>>();
    let feelings = Feeling::ALL
        .iter()
        .map(|f| (Some(*f), t(f.title())))
        .collect::<Vec<_>>();
    let has_distance = move || kind.get().is_some_and(ActivityKind::has_distance);
    view! {
        <section class="page log-activity">
            <A href=href("/history") attr:class="back">{t(m::records_back())}</A>
            <h1>{t(m::records_log_title())}</h1>
            <p class="lead">{t(m::records_log_lead())}</p>
            <form on:submit=save novalidate>
                <h2 class="small-heading">{t(m::records_log_what())}</h2>
                <FilterChips label=t(m::records_log_what()) options=kinds selected=kind wrap=true />
                <label class="field">
                    <span>{t(m::records_log_day())}</span>
                    <input
                        type="date"
                        max=today.iso()
                        prop:value=move || date.get()
                        on:input=move |ev| date.set(event_target_value(&ev))
                    />
                </label>
                <label class="field">
                    <span>{t(m::records_log_minutes())}</span>
                    <input
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        prop:value=move || minutes.get()
                        on:input=move |ev| minutes.set(event_target_value(&ev))
                    />
                </label>
                <Show when=has_distance>
                    <label class="field">
                        <span>
                            {move || {
                                let label = match units() {
                                    Units::Metric => m::records_log_distance_km(),
                                    Units::Imperial => m::records_log_distance_mi(),
                                };
                                format!("{} ", t(label))
                            }}
                            <span class="muted">{t(m::records_optional())}</span>
                        </span>
                        <input
                            type="text"
                            inputmode="decimal"
                            autocomplete="off"
                            prop:value=move || distance.get()
                            on:input=move |ev| distance.set(event_target_value(&ev))
                        />
                    </label>
                </Show>
                <h2 class="small-heading">{format!("{} ", t(m::records_log_feel()))}<span class="muted">{t(m::records_optional())}</span></h2>
                <FilterChips label=t(m::records_log_feel()) options=feelings selected=feeling wrap=true />
                <details class="card">
                    <summary>{t(m::records_log_pain())}</summary>
                    <PainPicker label=t(m::records_log_pain_before()) name="log-pain-before" value=pain_before />
                    <PainPicker label=t(m::records_log_pain_after()) name="log-pain-after" value=pain_after />
                </details>
                <NoteField value=note label=t(m::records_log_note()) rows=2 />
                {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
                <div class="actions">
                    <button type="submit" class="button primary big">{t(m::records_log_save())}</button>
                    <A href=href("/history") attr:class="button">{t(m::records_cancel())}</A>
                </div>
            </form>
        </section>
    }
}
