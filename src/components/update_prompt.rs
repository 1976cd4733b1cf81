use leptos::prelude::*;

use crate::domain::i18n::messages as m;
use crate::state::{apply_update, t, use_install, use_location};

/// "Update ready": a new version has been downloaded. Reloading is the person's choice, and
/// the prompt waits while a session runs, so nothing changes in the middle of an exercise.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let install = use_install();
    let location = use_location();
    let show = move || install.update_ready.get() && !location.pathname.get().contains("/play/");
    view! {
        <Show when=show>
            <div class="update-prompt" role="status">
                <p>{t(m::today_update_ready())}</p>
                <button type="button" class="button" on:click=|_| {
                    leptos::task::spawn_local(async {
                        let _ = apply_update().await;
                    })
                }>
                    {t(m::today_update_reload())}
                </button>
            </div>
        </Show>
    }
}
