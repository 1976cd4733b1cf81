use leptos::prelude::*;

use crate::domain::i18n::messages as m;
use crate::state::{download_raw, t, use_history};

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
                                <summary>{t(m::today_problem_details())}</summary>
                                <p class="small">{d}</p>
                            </details>
                        })}
                    </div>
                    {notice.raw_key.map(|key| view! {
                        <button type="button" class="link-button" on:click=move |_| {
                            let key = key.clone();
                            leptos::task::spawn_local(async move {
                                let _ = download_raw(key).await;
                            })
                        }>
                            {t(m::today_problem_download())}
                        </button>
                    })}
                    <button type="button" class="link-button" on:click=move |_| history.dismiss_problem()>
                        {t(m::today_problem_dismiss())}
                    </button>
                </div>
            }
        })
    }
}
