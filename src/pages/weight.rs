//! The optional body-weight log on Insights: add today's weight, see the trend, remove a
//! mistaken entry. Shown only when the person has turned it on in Settings.

use leptos::prelude::*;

use crate::components::charts::LineChart;
use crate::components::link::A;
use crate::domain::weight::{self, WeightEntry};
use crate::platform::base_path::href;
use crate::platform::clock;
use crate::state::{use_body, use_prefs};

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
            .map_err(|e| e.to_string())
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
                message.set(Some((true, "Saved for today.".into())));
            }
            Err(e) => message.set(Some((false, e))),
        }
    };
    let chart = move || {
        let units = units();
        body.entries.with(|all| {
            if all.is_empty() {
                return view! { <p class="muted">"No entries yet. Once a week, at the same time of day, is plenty."</p> }.into_any();
            }
            let start = all.len().saturating_sub(SHOWN);
            let points = all[start..]
                .iter()
                .map(|e| {
                    (
                        e.local_date().long_label(),
                        weight::value_in(e.grams, units),
                        weight::format(e.grams, units),
                    )
                })
                .collect::<Vec<_>>();
            let latest = all.last().cloned();
            view! {
                {weight::trend(all, units).map(|t| view! { <p class="trend-line">{t}</p> })}
                <LineChart points caption="Body weight" unit=units.weight_unit() />
                {latest.map(|e| {
                    let at = e.at;
                    view! {
                        <p class="small muted">
                            {format!("Latest: {} on {}. ", weight::format(e.grams, units), e.local_date().long_label())}
                            <button type="button" class="link-button" on:click=move |_| {
                                if let Err(e) = body.remove(at) {
                                    message.set(Some((false, e)));
                                }
                            }>"Remove it"</button>
                        </p>
                    }
                })}
            }
            .into_any()
        })
    };
    view! {
        <section class="card weight-card" aria-labelledby="weight-title">
            <h2 id="weight-title">"Body weight"</h2>
            <p class="small">
                "A healthy weight takes load off your back. This log is only for you; turn it off in "
                <A href=href("/settings")>"Settings"</A>"."
            </p>
            {chart}
            <form class="inline-form" on:submit=save novalidate>
                <label class="field">
                    <span>{move || format!("Today's weight in {}", units().weight_unit())}</span>
                    <input
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        prop:value=move || input.get()
                        on:input=move |ev| input.set(event_target_value(&ev))
                    />
                </label>
                <button type="submit" class="button">"Save weight"</button>
            </form>
            {move || body.removed.get().map(|e| {
                let units = units();
                view! {
                    <div class="undo-bar" role="status">
                        <p>{format!("Removed {} from {}.", weight::format(e.grams, units), e.local_date().long_label())}</p>
                        <button type="button" class="button small" on:click=move |_| {
                            if let Err(e) = body.undo_remove() {
                                message.set(Some((false, e)));
                            }
                        }>"Undo"</button>
                    </div>
                }
            })}
            {move || message.get().map(|(ok, m)| view! {
                <p class=if ok { "small" } else { "error" } role=if ok { "status" } else { "alert" }>{m}</p>
            })}
        </section>
    }
}
