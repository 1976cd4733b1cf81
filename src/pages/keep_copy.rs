//! Today's "Keep a copy" row: one quiet row, offered when the browser hasn't promised to keep
//! the data (`domain::keep` says when). One tap makes the copy (the share sheet where the
//! phone has one that takes the file, else a download); then the row goes, and one line says
//! where the copy went. "Not now" puts it off for two weeks. A piece of Today in the `more`
//! chunk (`screens::more::keep_copy`), with the backup code it needs.

use leptos::prelude::*;

use crate::components::row_icon::row_icon;
use crate::domain::i18n::Msg;
use crate::domain::keep;
use crate::pages::data::keep_copy;
use crate::state::{t, use_copies, use_history, use_install};

#[component]
pub fn KeepCopyRow(
    /// Whether the offer stands now (`Copies::offered`). It stops once a copy is made, and
    /// the row then says where the copy went.
    offered: Signal<bool>,
) -> impl IntoView {
    let history = use_history();
    let copies = use_copies();
    let ios = use_install().ios_in_browser();
    // What happened to the last tap: (kept, message).
    let said = RwSignal::new(None::<(bool, Msg)>);
    let why = move || {
        t(keep::row_why_msg(
            history.sessions.with(Vec::len),
            copies.log.with(|l| l.last),
            ios,
        ))
    };
    let keep_it = move |_| {
        said.set(None);
        keep_copy(move |outcome| {
            said.try_set(outcome);
        });
    };
    let failed = move || said.get().filter(|(ok, _)| !ok).map(|(_, m)| t(m));
    let done = move || said.get().filter(|(ok, _)| *ok).map(|(_, m)| t(m));
    move || {
        if offered.get() {
            Some(
                view! {
                    <li class="today-row keep-copy-row">
                        {row_icon("data")}
                        <div class="row-text">
                            <strong>{t(keep::row_title())}</strong>
                            <span class="small muted">{why}</span>
                        </div>
                        // Under the text rather than beside it: on a small phone a button
                        // beside squeezes the sentence into a narrow column.
                        <div class="row-more actions">
                            <button type="button" class="button small" on:click=keep_it>{t(keep::row_button())}</button>
                            <button type="button" class="link-button small" on:click=move |_| copies.put_off()>
                                {t(keep::not_now())}
                            </button>
                        </div>
                        {move || failed().map(|m| view! { <p class="row-more small error" role="alert">{m}</p> })}
                    </li>
                }
                .into_any(),
            )
        } else {
            done().map(|m| {
                view! {
                    <li class="today-row keep-copy-done" role="status">
                        {row_icon("check")}
                        <div class="row-text">
                            <strong class="ok">{m}</strong>
                            <span class="small">{t(keep::keep_it_safe())}</span>
                            {ios.then(|| view! { <span class="small">{t(keep::install_next())}</span> })}
                        </div>
                    </li>
                }
                .into_any()
            })
        }
    }
}
