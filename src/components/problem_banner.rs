use leptos::prelude::*;

use crate::platform::files;
use crate::state::{use_history, Notice};

/// Save the unreadable data exactly as stored, for the person or someone helping them.
fn download_raw(key: &str) {
    if let Some(raw) = Notice::raw_text(key) {
        files::download(&format!("{key}.txt"), "text/plain", &raw);
    }
}

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
                    {notice.raw_key.map(|key| view! {
                        <button type="button" class="link-button" on:click=move |_| download_raw(&key)>
                            "Download it"
                        </button>
                    })}
                    <button type="button" class="link-button" on:click=move |_| history.dismiss_problem()>
                        "Dismiss"
                    </button>
                </div>
            }
        })
    }
}
