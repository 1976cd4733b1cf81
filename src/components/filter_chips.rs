use leptos::prelude::*;

/// A row of toggle buttons choosing one value or "any" (`None`). Each button reports its
/// state with `aria-pressed`, so screen readers say which filter is on.
#[component]
pub fn FilterChips<T, S>(
    /// Accessible name of the group, e.g. "Stage".
    #[prop(into)]
    label: String,
    /// The choices in order, each with its visible text (already in the person's language).
    /// Include `(None, "All")` for "any".
    options: Vec<(Option<T>, S)>,
    /// The current choice.
    selected: RwSignal<Option<T>>,
    /// Wrap onto several lines instead of scrolling sideways (for short lists where every
    /// choice should be seen at once).
    #[prop(optional)]
    wrap: bool,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
    S: Into<String> + 'static,
{
    view! {
        <div class=if wrap { "chips wrap" } else { "chips" } role="group" aria-label=label>
            {options
                .into_iter()
                .map(|(value, text)| {
                    let text: String = text.into();
                    view! {
                        <button
                            type="button"
                            class="chip"
                            aria-pressed=move || (selected.get() == value).to_string()
                            on:click=move |_| selected.set(value)
                        >
                            {text}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
