//! A note box with a live count. It never cuts what was typed or pasted: a note over the
//! limit shows how much too long it is, and the screen's Save refuses it with the same words
//! (both from `domain::limits`).

use leptos::prelude::*;

use crate::domain::limits;
use crate::state::t;

#[component]
pub fn NoteField(
    /// The text as typed.
    value: RwSignal<String>,
    /// The visible label.
    #[prop(into)]
    label: String,
    /// A hint shown inside the empty box.
    #[prop(optional, into)]
    placeholder: String,
    /// Visible lines.
    #[prop(default = 3)]
    rows: u8,
) -> impl IntoView {
    let too_long = move || value.with(|v| limits::check_note_msg(v).err()).map(t);
    view! {
        <label class="note-field">
            <span>{label}</span>
            <textarea
                rows=rows
                placeholder=placeholder
                aria-invalid=move || too_long().is_some().to_string()
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
            <span class="small muted note-count" class:over=move || too_long().is_some() aria-live="polite">
                {move || value.with(|v| t(limits::note_count_msg(v)))}
            </span>
            {move || too_long().map(|m| view! { <span class="error" role="alert">{m}</span> })}
        </label>
    }
}
