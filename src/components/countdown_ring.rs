use leptos::prelude::*;

use crate::state::reduced_motion;

const RADIUS: f64 = 54.0;

/// A large ring that empties (or fills) as a step runs, with a big number in the middle
/// (seconds left, or the rep being done) and a caption under it, readable from a metre away.
/// The ring is hidden from screen readers: announcing every second would drown out
/// everything else; the player announces step changes through its live region instead.
///
/// Where motion is allowed the arc sweeps smoothly on the compositor: two half rings, each
/// in its own half of the box, turned by CSS `transform` animations timed to the step (the
/// page neither lays out nor repaints while it runs). The animation is set once per step,
/// pause and resume, from the time already gone, not on every clock tick. With reduced
/// motion the arc is redrawn from the clock, a small step at each tick.
#[component]
pub fn CountdownRing(
    /// The part of the step the arc shows, in milliseconds (time left when it empties, time
    /// done when it fills).
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
    /// Whether the clock is running (the sweep stops where it is while paused).
    #[prop(optional, into)]
    running: Option<Signal<bool>>,
    /// The arc grows as time passes (reps, a walk) instead of shrinking.
    #[prop(optional)]
    fills: bool,
) -> impl IntoView {
    let circumference = 2.0 * std::f64::consts::PI * RADIUS;
    let long = move || text.with(|t| t.len() > 3);
    let arc = match running {
        Some(running) if !reduced_motion() => {
            // Where in the sweep the step is (0 at its start, 1 at its end), read only when
            // the clock starts, stops or the step's length changes, so the animation is
            // restarted then and left to run in between.
            let timing = Memo::new(move |_| (running.get(), total_ms.get().max(1)));
            // Each half holds a half ring; emptying starts with the halves in place, filling
            // with each on the other side, turned in as time passes.
            let (right, left) = if fills {
                ("M60 114A54 54 0 0 1 60 6", "M60 6A54 54 0 0 1 60 114")
            } else {
                ("M60 6A54 54 0 0 1 60 114", "M60 114A54 54 0 0 1 60 6")
            };
            // New elements each time, so each is a fresh animation starting at its point
            // (changing the timing of a running CSS animation keeps its old start).
            (move || {
                let (on, total) = timing.get();
                let shown = remaining_ms.get_untracked().clamp(0, total);
                let done = if fills { shown } else { total - shown };
                // Through the style object (the Content-Security-Policy allows no style
                // attributes).
                let (ms, at) = (format!("{total}ms"), format!("-{done}ms"));
                let state = if on { "running" } else { "paused" };
                view! {
                    <span class="sweep">
                        <span class="sweep-half right">
                            <svg
                                viewBox="0 0 120 120"
                                style:animation-duration=ms.clone()
                                style:animation-delay=at.clone()
                                style:animation-play-state=state
                            >
                                <path class="ring-fill" d=right />
                            </svg>
                        </span>
                        <span class="sweep-half left">
                            <svg
                                viewBox="0 0 120 120"
                                style:animation-duration=ms
                                style:animation-delay=at
                                style:animation-play-state=state
                            >
                                <path class="ring-fill" d=left />
                            </svg>
                        </span>
                    </span>
                }
            })
            .into_any()
        }
        _ => {
            // The same arc as the sweep: from the top clockwise to the time done when it
            // fills; from the time gone clockwise back to the top when it empties.
            let offset = move || {
                let total = total_ms.get().max(1) as f64;
                let shown = remaining_ms.get().clamp(0, total as i64) as f64;
                let gone = circumference * (1.0 - shown / total);
                if fills {
                    gone
                } else {
                    -gone
                }
            };
            view! {
                <svg class="ring-arc" viewBox="0 0 120 120">
                    <circle
                        class="ring-fill"
                        cx="60"
                        cy="60"
                        r=RADIUS
                        stroke-dasharray=circumference
                        stroke-dashoffset=offset
                    />
                </svg>
            }
            .into_any()
        }
    };
    view! {
        <div class="ring" aria-hidden="true">
            <svg viewBox="0 0 120 120">
                <circle class="ring-track" cx="60" cy="60" r=RADIUS />
            </svg>
            {arc}
            <span class="ring-text">
                <span class="ring-number" class:long=long>{move || text.get()}</span>
                <span class="ring-caption">{move || caption.get()}</span>
            </span>
        </div>
    }
}
