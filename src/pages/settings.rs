use leptos::prelude::*;

use crate::state::use_history;

/// Settings and about. For now: where data lives, and what Limber is and is not.
#[component]
pub fn Settings() -> impl IntoView {
    let history = use_history();
    let count = move || history.sessions.with(Vec::len);
    view! {
        <section class="page">
            <h1>"Settings"</h1>
            <div class="card">
                <h2>"Your data"</h2>
                <p>
                    "Everything stays on this device, in this browser. There is no account and nothing is sent anywhere. "
                    {move || match count() {
                        1 => "1 session is saved here.".to_string(),
                        n => format!("{n} sessions are saved here."),
                    }}
                </p>
            </div>
            <div class="card">
                <h2>"About Limber"</h2>
                <p>
                    "Limber offers general exercise guidance for everyday low back pain. It can't diagnose anything. "
                    "If your pain is severe, getting worse, or comes with numbness, weakness or trouble with your bladder or bowels, get medical help straight away."
                </p>
                <p class="muted small">"Version "{env!("CARGO_PKG_VERSION")}</p>
            </div>
        </section>
    }
}
