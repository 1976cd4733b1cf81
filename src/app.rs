//! The root component: state, the screen for the address, and the frame around every screen.

use leptos::prelude::*;

use crate::components::bottom_nav::BottomNav;
use crate::components::lazy_screen::{LazyScreen, LoadFailed};
use crate::components::problem_banner::ProblemBanner;
use crate::components::update_prompt::UpdatePrompt;
use crate::domain::i18n::{messages as m, Lang};
use crate::domain::route::{self, Screen};
use crate::pages::{not_found::NotFound, today::Today};
use crate::platform::base_path;
use crate::platform::boot;
use crate::screens::{browse, more, player, records};
use crate::state::{
    load_first, phone_languages, provide_app_state, provide_location, provide_screen_param,
    provide_words, t, use_location, use_words, Stored,
};

/// What the app starts from: nothing yet (the static first screen stays), what is stored,
/// or the news that the stored data's code couldn't be fetched.
#[derive(Default)]
enum Start {
    #[default]
    Reading,
    Read(Box<Stored>),
    Failed,
}

#[component]
pub fn App() -> impl IntoView {
    // A first visit has nothing stored, so nothing to read: the frame starts in the next
    // task. With something stored, its reading code comes first (from the worker's cache
    // after the first visit); the static first screen stays up meanwhile.
    let start = RwSignal::new(Start::Reading);
    provide_words();
    let words = use_words();
    // The frame is built in the person's language: English's first-screen words are built
    // in, another language's are fetched first (from the worker's cache after the first
    // visit). Should that fail, English is better than nothing.
    let begin = move |stored: Stored| {
        let wanted = stored
            .settings
            .clone()
            .unwrap_or_default()
            .lang(&phone_languages());
        if wanted == Lang::En {
            start.set(Start::Read(Box::new(stored)));
        } else {
            leptos::task::spawn_local(async move {
                if load_first(wanted).await {
                    words.changed();
                }
                start.set(Start::Read(Box::new(stored)));
            });
        }
    };
    let read = move || {
        leptos::task::spawn_local(async move {
            match more::read_stored().await {
                Ok(stored) => begin(stored),
                Err(_) => start.set(Start::Failed),
            }
        })
    };
    if crate::state::stored_exists() {
        read();
    } else {
        // In a task of its own, like each later step of start-up (see `Frame`).
        set_timeout(move || begin(Stored::default()), std::time::Duration::ZERO);
    }
    move || {
        start.track();
        // Taken, not cloned: the frame owns what was read (a whole history, perhaps).
        match start
            .try_update_untracked(std::mem::take)
            .unwrap_or_default()
        {
            Start::Reading => ().into_any(),
            Start::Read(stored) => view! { <Frame stored=*stored /> }.into_any(),
            Start::Failed => view! {
                <main id="main">
                    <LoadFailed
                        title=t(m::today_open_failed_title())
                        text=t(m::today_open_failed_text())
                        retry=Callback::new(move |()| read())
                    />
                </main>
            }
            .into_any(),
        }
    }
}

/// The screen (and its id or section) for `pathname`, an address as the browser shows it.
fn screen_at(pathname: &str) -> (Screen, Option<String>) {
    let (screen, param) = route::screen(base_path::in_app(pathname));
    (screen, param.map(str::to_string))
}

/// Every screen but Today, picked by `route::screen` from the rest of the address. A screen
/// stays mounted while only its parameter changes; its page follows `state::use_screen_param`.
#[component]
fn Screens() -> impl IntoView {
    let location = use_location();
    let at = move || location.pathname.with(|p| screen_at(p));
    // A new address applies once the code that navigated has finished: a click handler may
    // still use its screen's state after `navigate`, and that screen must not be gone yet.
    let shown = RwSignal::new(untrack(at));
    Effect::new(move |_| {
        let next = at();
        if shown.with_untracked(|s| *s != next) {
            shown.set(next);
        }
    });
    let screen = Memo::new(move |_| shown.with(|s| s.0));
    provide_screen_param(Memo::new(move |_| shown.with(|s| s.1.clone())));
    move || {
        let load = match screen.get() {
            Screen::Routines => browse::routines(),
            Screen::NewRoutine | Screen::EditRoutine => browse::routine_editor(),
            Screen::Routine => browse::routine_detail(),
            Screen::Exercises => browse::library(),
            Screen::Exercise => browse::exercise_detail(),
            Screen::Player => player::player(),
            Screen::History => records::history(),
            Screen::Log => records::log_activity(),
            Screen::Session => records::session_detail(),
            Screen::Insights => records::insights(),
            Screen::Report => records::report(),
            Screen::Settings => more::settings(),
            Screen::Shared => browse::shared(),
            Screen::Welcome => more::welcome(),
            Screen::Learn => more::learn(),
            Screen::LearnCard => more::learn_card(),
            Screen::Flare => more::flare(),
            Screen::Why => records::why(),
            Screen::Today | Screen::NotFound => return view! { <NotFound /> }.into_any(),
        };
        view! { <LazyScreen load /> }.into_any()
    }
}

/// How much of the frame is built (see `Frame`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Built {
    Frame,
    Nav,
    All,
}

/// The frame around every screen (banners, the screen for the address, the bottom nav), with
/// the app state made from `stored`.
#[component]
fn Frame(stored: Stored) -> impl IntoView {
    provide_app_state(stored, more::reread_stored());
    // Start-up is built in three tasks rather than one: this frame with the app state, then
    // the bottom nav, then the screen. Each is a short stretch of main-thread work (much of
    // it compiling the code it runs for the first time), so a phone stays responsive
    // throughout. The static first screen covers all of it until the screen is built, so
    // there is never a blank or half-built page.
    let built = RwSignal::new(Built::Frame);
    set_timeout(
        move || {
            built.set(Built::Nav);
            set_timeout(move || built.set(Built::All), std::time::Duration::ZERO);
        },
        std::time::Duration::ZERO,
    );
    // The first screen removes the static one when it is built (see `platform::boot`); this
    // is only a backstop, should a screen never say so.
    set_timeout(boot::done, std::time::Duration::from_secs(20));
    provide_location();
    let location = use_location();
    let home = Memo::new(move |_| location.pathname.with(|p| screen_at(p).0 == Screen::Today));
    // Another language chosen: everything is built again in its words.
    let words = use_words();
    move || {
        words.shown.track();
        view! {
            <ProblemBanner />
            <UpdatePrompt />
            <main id="main">
                {move || {
                    (built.get() == Built::All).then(|| if home.get() {
                        view! { <Today /> }.into_any()
                    } else {
                        view! { <Screens /> }.into_any()
                    })
                }}
            </main>
            // No navigation bar during a session: one stray tap must not lose it.
            <Show when=move || built.get() != Built::Frame && !location.pathname.get().contains("/play/")>
                <BottomNav />
            </Show>
        }
    }
}
