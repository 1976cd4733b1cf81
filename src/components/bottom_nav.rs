use leptos::prelude::*;

use crate::domain::i18n::messages as m;
use crate::platform::base_path::{href, in_app};
use crate::state::{t, use_location};

/// The bar of five main screens at the bottom of the phone screen. Plain links (in-app
/// navigation still handles them, see `state::address`) so that "Routines" stays marked on
/// the exercise library and detail pages too: the current section gets
/// `aria-current="page"`, which the CSS highlights.
#[component]
pub fn BottomNav() -> impl IntoView {
    let location = use_location();
    let section = Memo::new(move |_| {
        location
            .pathname
            .with(|p| match in_app(p).split('/').nth(1).unwrap_or("") {
                "" => "today",
                "routines" | "exercises" => "routines",
                "history" | "insights" | "report" => "history",
                "learn" | "calm" => "learn",
                "settings" => "settings",
                _ => "",
            })
    });
    let current = move |name: &'static str| move || (section.get() == name).then_some("page");
    view! {
        <nav class="bottom-nav" aria-label=t(m::today_nav_label())>
            <a href=href("/") aria-current=current("today")>
                <svg viewBox="0 0 24 24" aria-hidden="true">
                    <circle cx="12" cy="12" r="4" />
                    <path d="M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1" />
                </svg>
                <span>{t(m::today_nav_today())}</span>
            </a>
            <a href=href("/routines") aria-current=current("routines")>
                <svg viewBox="0 0 24 24" aria-hidden="true">
                    <path d="M4 6h16M4 12h16M4 18h10" />
                </svg>
                <span>{t(m::today_nav_routines())}</span>
            </a>
            <a href=href("/history") aria-current=current("history")>
                <svg viewBox="0 0 24 24" aria-hidden="true">
                    <rect x="3" y="5" width="18" height="16" rx="2" />
                    <path d="M3 10h18M8 3v4M16 3v4" />
                </svg>
                <span>{t(m::today_nav_history())}</span>
            </a>
            <a href=href("/learn") aria-current=current("learn")>
                <svg viewBox="0 0 24 24" aria-hidden="true">
                    <path d="M4 5c3-1 5-1 8 1 3-2 5-2 8-1v14c-3-1-5-1-8 1-3-2-5-2-8-1zM12 6v14" />
                </svg>
                <span>{t(m::today_nav_learn())}</span>
            </a>
            <a href=href("/settings") aria-current=current("settings")>
                <svg viewBox="0 0 24 24" aria-hidden="true">
                    <circle cx="12" cy="12" r="3" />
                    <path d="M12 2v4M12 18v4M2 12h4M18 12h4" />
                </svg>
                <span>{t(m::today_nav_settings())}</span>
            </a>
        </nav>
    }
}
