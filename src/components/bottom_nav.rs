use leptos::prelude::*;
use leptos_router::components::A;

use crate::platform::base_path::href;

/// The bar of four main screens at the bottom of the phone screen. `A` marks the current
/// screen with `aria-current="page"`, which the CSS also uses for the highlight.
#[component]
pub fn BottomNav() -> impl IntoView {
    view! {
        <nav class="bottom-nav" aria-label="Main">
            <A href=href("/") exact=true>
                <svg viewBox="0 0 24 24" aria-hidden="true">
                    <circle cx="12" cy="12" r="4" />
                    <path d="M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1" />
                </svg>
                <span>"Today"</span>
            </A>
            <A href=href("/routines")>
                <svg viewBox="0 0 24 24" aria-hidden="true">
                    <path d="M4 6h16M4 12h16M4 18h10" />
                </svg>
                <span>"Routines"</span>
            </A>
            <A href=href("/history")>
                <svg viewBox="0 0 24 24" aria-hidden="true">
                    <rect x="3" y="5" width="18" height="16" rx="2" />
                    <path d="M3 10h18M8 3v4M16 3v4" />
                </svg>
                <span>"History"</span>
            </A>
            <A href=href("/settings")>
                <svg viewBox="0 0 24 24" aria-hidden="true">
                    <circle cx="12" cy="12" r="3" />
                    <path d="M12 2v4M12 18v4M2 12h4M18 12h4" />
                </svg>
                <span>"Settings"</span>
            </A>
        </nav>
    }
}
