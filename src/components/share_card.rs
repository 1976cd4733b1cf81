//! "Share this routine": builds a link that carries the routine in its fragment, then copy
//! it or hand it to the phone's share sheet.

use leptos::prelude::*;

use crate::domain::custom::{self, RoutineDraft};
use crate::domain::i18n::messages as m;
use crate::domain::qr;
use crate::domain::routine::{Level, Routine};
use crate::platform::share as platform_share;
use crate::state::t;

/// A closed-by-default card under a routine. `draft` is what the link will carry; the
/// person may add their name.
#[component]
pub fn ShareCard(draft: RoutineDraft) -> impl IntoView {
    let from = RwSignal::new(draft.from.clone());
    let draft = StoredValue::new(draft);
    let link = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<String>);
    let make = move |_| {
        let mut d = draft.get_value();
        d.from = from.get_untracked();
        if d.from.trim().chars().count() > custom::MAX_FROM {
            status.set(Some(t(m::routines_share_name_too_long(custom::MAX_FROM))));
            return;
        }
        link.set(Some(platform_share::routine_link(&d)));
        status.set(None);
    };
    let copy = move |_| {
        let Some(url) = link.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            status.set(Some(t(if platform_share::copy_text(&url).await {
                m::routines_share_copied()
            } else {
                m::routines_share_copy_failed()
            })));
        });
    };
    let send = move |_| {
        let Some(url) = link.get_untracked() else {
            return;
        };
        // In the sender's words: the message is theirs.
        let title = draft.with_value(|d| t(d.title()));
        let text = t(m::routines_share_text());
        leptos::task::spawn_local(async move {
            platform_share::share_link(&title, &text, &url).await;
        });
    };
    let can_share = platform_share::can_share();
    view! {
        <details class="card share-card">
            <summary>{t(m::routines_share_title())}</summary>
            <p>{t(m::routines_share_intro())}</p>
            <label class="field">
                <span>{t(m::routines_share_your_name())}" "<span class="muted">{t(m::routines_share_your_name_hint())}</span></span>
                <input
                    type="text"
                    autocomplete="name"
                    maxlength=custom::MAX_FROM
                    prop:value=move || from.get()
                    on:input=move |ev| {
                        from.set(event_target_value(&ev));
                        link.set(None);
                    }
                />
            </label>
            <Show
                when=move || link.with(Option::is_some)
                fallback=move || view! { <button type="button" class="button wide" on:click=make>{t(m::routines_share_make())}</button> }
            >
                <label class="field">
                    <span>{t(m::routines_share_link())}</span>
                    <input type="url" class="share-link" readonly prop:value=move || link.get().unwrap_or_default() />
                </label>
                <div class="actions">
                    <button type="button" class="button primary" on:click=copy>{t(m::routines_share_copy())}</button>
                    {can_share.then(|| view! { <button type="button" class="button" on:click=send>{t(m::routines_share_send())}</button> })}
                </div>
                // In the clinic: the other phone's camera reads the same link from the screen.
                {move || link.get().map(|url| match qr::svg(&url, &t(m::routines_share_qr_label())) {
                    Ok(svg) => view! {
                        <figure class="qr-box">
                            <div class="qr-code" inner_html=svg></div>
                            <figcaption class="small">{t(m::routines_share_scan())}</figcaption>
                        </figure>
                    }.into_any(),
                    Err(e) => view! { <p class="small muted">{t(e.msg())}</p> }.into_any(),
                })}
            </Show>
            <p class="small" role="status">{move || status.get()}</p>
        </details>
    }
}

/// What a routine's share link carries: a person's own routine as saved, or a built-in one
/// as it is, by its id (whoever opens it reads its name in their own language).
pub fn draft_for(routine: &Routine, own: Option<&custom::CustomRoutine>) -> RoutineDraft {
    match own {
        Some(c) => c.draft.clone(),
        None => RoutineDraft::at_level(routine, Level::STANDARD),
    }
}
