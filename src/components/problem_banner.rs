use leptos::prelude::*;

use crate::state::use_history;

/// A storage problem in plain words, at the top of every screen until dismissed.
#[component]
pub fn ProblemBanner() -> impl IntoView {
    let history = use_history();
    view! {
        <Show when=move || history.problem.get().is_some()>
            <div class="banner" role="alert">
                <p>{move || history.problem.get()}</p>
                <button type="button" class="link-button" on:click=move |_| history.dismiss_problem()>
                    "Dismiss"
                </button>
            </div>
        </Show>
    }
}
