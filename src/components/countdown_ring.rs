use leptos::prelude::*;

const RADIUS: f64 = 54.0;

/// A large ring that empties as a timed step runs, with the seconds left in the middle,
/// readable from a metre away. The number is hidden from screen readers: announcing every
/// second would drown out everything else; the player announces phase changes instead.
#[component]
pub fn CountdownRing(
    /// Milliseconds left.
    #[prop(into)]
    remaining_ms: Signal<i64>,
    /// Length of the whole step in milliseconds.
    #[prop(into)]
    total_ms: Signal<i64>,
    /// Show "12:05" (minutes and seconds) instead of plain seconds, for long activities.
    #[prop(optional)]
    minutes: bool,
) -> impl IntoView {
    let circumference = 2.0 * std::f64::consts::PI * RADIUS;
    let offset = move || {
        let total = total_ms.get().max(1) as f64;
        let left = remaining_ms.get().clamp(0, total as i64) as f64;
        circumference * (1.0 - left / total)
    };
    // Round up, so the ring shows "1" during the last second rather than "0".
    let seconds = move || {
        let secs = (remaining_ms.get().max(0) + 999) / 1000;
        if minutes {
            format!("{}:{:02}", secs / 60, secs % 60)
        } else {
            secs.to_string()
        }
    };
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
            <span class=if minutes { "ring-number minutes" } else { "ring-number" }>{seconds}</span>
        </div>
    }
}
