use leptos::prelude::*;

const RADIUS: f64 = 54.0;

/// A large ring that empties as a step runs, with a big number in the middle (seconds
/// left, or the rep being done) and a caption under it, readable from a metre away. The
/// ring is hidden from screen readers: announcing every second would drown out everything
/// else; the player announces step changes through its live region instead.
#[component]
pub fn CountdownRing(
    /// Milliseconds left.
    #[prop(into)]
    remaining_ms: Signal<i64>,
    /// Length of the whole step in milliseconds.
    #[prop(into)]
    total_ms: Signal<i64>,
    /// The big text in the middle.
    #[prop(into)]
    text: Signal<String>,
    /// A word under it ("Hold", "rep of 10").
    #[prop(into)]
    caption: Signal<String>,
) -> impl IntoView {
    let circumference = 2.0 * std::f64::consts::PI * RADIUS;
    let offset = move || {
        let total = total_ms.get().max(1) as f64;
        let left = remaining_ms.get().clamp(0, total as i64) as f64;
        circumference * (1.0 - left / total)
    };
    let long = move || text.with(|t| t.len() > 3);
    view! {
        <div class="ring" aria-hidden="true">
            <svg viewBox="0 0 120 120">
                <circle class="ring-track" cx="60" cy="60" r=RADIUS />
                <circle
                    class="ring-fill"
                    cx="60"
                    cy="60"
                    r=RADIUS
                    stroke-dasharray=circumference
                    stroke-dashoffset=offset
                />
            </svg>
            <span class="ring-text">
                <span class="ring-number" class:long=long>{move || text.get()}</span>
                <span class="ring-caption">{move || caption.get()}</span>
            </span>
        </div>
    }
}
