//! The optional body-weight log on Insights: add today's weight, see the trend, remove a
//! mistaken entry. Shown only when the person has turned it on in Settings.

use leptos::prelude::*;

use crate::components::charts::LineChart;
use crate::components::link::A;
use crate::domain::i18n::{messages as m, Arg, DateStyle};
use crate::domain::settings::Units;
use crate::domain::weight::{self, WeightEntry};
use crate::platform::base_path::href;
use crate::platform::clock;
use crate::state::{t, use_body, use_prefs};

/// Stands for the Settings link in the intro's sentence, which is cut around it.
const LINK: &str = "\u{1}";

/// Entries shown in the chart (the newest).
const SHOWN: usize = 26;

#[component]
pub fn WeightCard() -> impl IntoView {
    let prefs = use_prefs();
    let body = use_body();
    let units = move || prefs.settings.with(|s| s.units);
    let input = RwSignal::new(String::new());
    on_cleanup(move || {
        if body.removed.try_with_untracked(Option::is_some) == Some(true) {
            let _ = body.removed.try_set(None);
        }
    });
    let message = RwSignal::new(None::<(bool, String)>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let result = weight::parse(&input.get_untracked(), units())
            .map_err(|e| t(e.msg()))
            .and_then(|grams| {
                body.add(WeightEntry {
                    at: clock::now_ms(),
                    utc_offset_min: clock::utc_offset_min(),
                    grams,
                })
            });
        match result {
            Ok(()) => {
                input.set(String::new());
                message.set(Some((true, t(m::records_weight_saved()))));
            }
            Err(e) => message.set(Some((false, e))),
        }
    };
    let chart = move || {
        let units = units();
        body.entries.with(|all| {
            if all.is_empty() {
                return view! { <p class="muted">{t(m::records_weight_empty())}</p> }.into_any();
            }
            let start = all.len().saturating_sub(SHOWN);
            let points = all[start..]
                .iter()
                .map(|e| {
                    (
                        crate::state::date(e.local_date(), DateStyle::LongYear),
                        weight::value_in(e.grams, units),
                        t(weight::format_msg(e.grams, units)),
                    )
                })
                .collect::<Vec<_>>();
            let latest = all.last().cloned();
            view! {
                {weight::trend_msg(all, units).map(|line| view! { <p class="trend-line">{t(line)}</p> })}
                <LineChart points caption=t(m::records_weight_title()) unit=t(match units { Units::Metric => m::records_weight_unit_kg(), Units::Imperial => m::records_weight_unit_lb() }) />
                {latest.map(|e| {
                    let at = e.at;
                    view! {
                        <p class="small muted">
                            {format!("{} ", t(m::records_weight_latest(weight::format_msg(e.grams, units), Arg::Date(e.local_date(), DateStyle::LongYear))))}
                            <button type="button" class="link-button" on:click=move |_| {
                                if let Err(e) = body.remove(at) {
                                    message.set(Some((false, e)));
                                }
                            }>{t(m::records_weight_remove())}</button>
                        </p>
                    }
                })}
            }
            .into_any()
        })
    };
    // The intro is one sentence with the Settings link inside it, wherever the language puts it.
    let intro = t(m::records_weight_intro(LINK));
    let (intro_before, intro_after) = match intro.split_once(LINK) {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (intro, String::new()),
    };
    view! {
        <section class="card weight-card" aria-labelledby="weight-title">
            <h2 id="weight-title">{t(m::records_weight_title())}</h2>
            <p class="small">
                {intro_before}
                <A href=href("/settings")>{t(m::records_weight_settings())}</A>
                {intro_after}
            </p>
            {chart}
            <form class="inline-form" on:submit=save novalidate>
                <label class="field">
                    <span>
                        {move || t(match units() {
                            Units::Metric => m::records_weight_today_kg(),
                            Units::Imperial => m::records_weight_today_lb(),
                        })}
                    </span>
                    <input
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        prop:value=move || input.get()
                        on:input=move |ev| input.set(event_target_value(&ev))
                    />
                </label>
                <button type="submit" class="button">{t(m::records_weight_save())}</button>
            </form>
            {move || body.removed.get().map(|e| {
                let units = units();
                view! {
                    <div class="undo-bar" role="status">
                        <p>{t(m::records_weight_removed(weight::format_msg(e.grams, units), Arg::Date(e.local_date(), DateStyle::LongYear)))}</p>
                        <button type="button" class="button small" on:click=move |_| {
                            if let Err(e) = body.undo_remove() {
                                message.set(Some((false, e)));
                            }
                        }>{t(m::records_undo())}</button>
                    </div>
                }
            })}
            {move || message.get().map(|(ok, m)| view! {
                <p class=if ok { "small" } else { "error" } role=if ok { "status" } else { "alert" }>{m}</p>
            })}
        </section>
    }
}
