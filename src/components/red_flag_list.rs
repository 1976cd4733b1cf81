use leptos::prelude::*;

use crate::domain::pain::RED_FLAGS;

/// The warning signs that mean "get medical help, don't exercise": shared by the first run,
/// the check before each session and the stop screen.
#[component]
pub fn RedFlagList() -> impl IntoView {
    view! {
        <ul class="red-flags">
            {RED_FLAGS.iter().map(|f| view! { <li>{*f}</li> }).collect_view()}
        </ul>
    }
}
