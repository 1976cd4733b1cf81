//! The seven days as tick boxes styled as chips, in the order the person's week runs
//! (`calendar::week_order`): the first run's plan days and a goal's weekly plan.

use leptos::prelude::*;

use crate::domain::calendar;
use crate::domain::i18n::{messages as m, Msg};
use crate::state::t;

/// The days' short names, Monday first (`core.ftl`).
const WEEKDAYS_SHORT: [fn() -> Msg; 7] = [
    m::weekday_short_1,
    m::weekday_short_2,
    m::weekday_short_3,
    m::weekday_short_4,
    m::weekday_short_5,
    m::weekday_short_6,
    m::weekday_short_7,
];

/// `days` (Monday first) as chips, the group named `label`.
#[component]
pub fn DayChips(label: String, days: RwSignal<[bool; 7]>) -> impl IntoView {
    view! {
        <div class="chips wrap" role="group" aria-label=label>
            {calendar::week_order().into_iter().map(usize::from).map(|i| view! {
                <label class="option chip-option">
                    <input
                        type="checkbox"
                        prop:checked=move || days.with(|d| d[i])
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            days.update(|d| d[i] = on);
                        }
                    />
                    <span>{t(WEEKDAYS_SHORT[i]())}</span>
                </label>
            }).collect_view()}
        </div>
    }
}
