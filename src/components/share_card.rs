//! "Share this routine": builds a link that carries the routine in its fragment, then copy
//! it or hand it to the phone's share sheet.

use leptos::prelude::*;

use crate::domain::custom::{self, RoutineDraft};
use crate::domain::qr;
use crate::domain::routine::Routine;
use crate::platform::share as platform_share;

/// A closed-by-default card under a routine. `draft` is what the link will carry; the
/// person may add their name.
#[component]
pub fn ShareCard(draft: RoutineDraft) -> impl IntoView {
    let from = RwSignal::new(draft.from.clone());
    let draft = StoredValue::new(draft);
    let link = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<&'static str>);
    let make = move |_| {
        let mut d = draft.get_value();
        d.from = from.get_untracked();
        if d.from.trim().chars().count() > custom::MAX_FROM {
            status.set(Some(
                "Your name is too long for the link: keep it to 60 characters.",
            ));
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
            status.set(Some(if platform_share::copy_text(&url).await {
                "Link copied. Paste it into a message or an email."
            } else {
                "Couldn't copy here. Press and hold the link above to copy it yourself."
            }));
        });
    };
    let send = move |_| {
        let Some(url) = link.get_untracked() else {
            return;
        };
        let title = draft.with_value(|d| d.name.clone());
        leptos::task::spawn_local(async move {
            platform_share::share_link(&title, "A back routine for you in Limber:", &url).await;
        });
    };
    let can_share = platform_share::can_share();
    view! {
        <details class="card share-card">
            <summary>"Share this routine"</summary>
            <p>
                "The routine travels inside the link itself. Nothing is uploaded anywhere, and "
                "whoever opens it sees a preview before anything is saved."
            </p>
            <label class="field">
                <span>"Your name "<span class="muted">"(optional, shown to whoever opens it)"</span></span>
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
                fallback=move || view! { <button type="button" class="button wide" on:click=make>"Make the link"</button> }
            >
                <label class="field">
                    <span>"Link"</span>
                    <input type="url" class="share-link" readonly prop:value=move || link.get().unwrap_or_default() />
                </label>
                <div class="actions">
                    <button type="button" class="button primary" on:click=copy>"Copy link"</button>
                    {can_share.then(|| view! { <button type="button" class="button" on:click=send>"Share…"</button> })}
                </div>
                // In the clinic: the other phone's camera reads the same link from the screen.
                {move || link.get().map(|url| match qr::svg(&url, "QR code of the share link") {
                    Ok(svg) => view! {
                        <figure class="qr-box">
                            <div class="qr-code" inner_html=svg></div>
                            <figcaption class="small">"Or scan this with another phone's camera."</figcaption>
                        </figure>
                    }.into_any(),
                    Err(e) => view! { <p class="small muted">{e.to_string()}</p> }.into_any(),
                })}
            </Show>
            <p class="small" role="status">{move || status.get()}</p>
        </details>
    }
}

/// What a routine's share link carries: a person's own routine as saved, or a built-in one
/// under its own name.
pub fn draft_for(routine: &Routine, own: Option<&custom::CustomRoutine>) -> RoutineDraft {
    match own {
        Some(c) => c.draft.clone(),
        None => RoutineDraft {
            name: routine.name.to_string(),
            ..RoutineDraft::copy_of(routine)
        },
    }
}
