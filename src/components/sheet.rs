//! A sheet that slides up from the bottom over a dimmed screen: the form or reading it holds
//! is one tap from the page and one tap (outside it) or Escape away from closing.

use leptos::prelude::*;

/// Shown while `open` is true. Tapping the dimmed area or pressing Escape sets it false.
/// Escape is marked handled (`prevent_default`), so a screen's own key handling can leave
/// it alone whichever listener runs first.
#[component]
pub fn Sheet(
    /// Whether the sheet is showing.
    open: RwSignal<bool>,
    /// Id of the heading inside that names the sheet.
    labelled_by: &'static str,
    /// Extra class for the sheet itself.
    #[prop(optional)]
    class: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let children = StoredValue::new(children);
    view! {
        <Show when=move || open.get()>
            <SheetBody open labelled_by class>{children.with_value(|c| c())}</SheetBody>
        </Show>
    }
}

/// The open sheet; it listens for Escape only while it is on screen.
#[component]
fn SheetBody(
    open: RwSignal<bool>,
    labelled_by: &'static str,
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let escape = window_event_listener(leptos::ev::keydown, move |e| {
        if e.key() == "Escape" && open.get_untracked() {
            e.prevent_default();
            open.set(false);
        }
    });
    on_cleanup(move || escape.remove());
    view! {
        <div class="dialog-backdrop" on:click=move |_| open.set(false)>
            <div
                class=format!("dialog {class}")
                role="dialog"
                aria-modal="true"
                aria-labelledby=labelled_by
                on:click=|e| e.stop_propagation()
            >
                {children()}
            </div>
        </div>
    }
}
