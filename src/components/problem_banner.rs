use leptos::prelude::*;

use crate::state::use_history;

/// A storage problem in plain words, at the top of every screen until dismissed. The
/// technical details sit behind a disclosure for anyone helping.
#[component]
pub fn ProblemBanner() -> impl IntoView {
    let history = use_history();
    move || {
        history.problem.get().map(|notice| {
            view! {
                <div class="banner" role="alert">
                    <div class="banner-text">
                        <p>{notice.message}</p>
                        {notice.details.map(|d| view! {
                            <details>
                                <summary>"Details"</summary>
                                <p class="small">{d}</p>
                            </details>
                        })}
                    </div>
                    <button type="button" class="link-button" on:click=move |_| history.dismiss_problem()>
                        "Dismiss"
                    </button>
                </div>
            }
        })
    }
}
