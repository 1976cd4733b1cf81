//! The root component: state, the screen for the address, and the frame around every screen.

use leptos::prelude::*;

use crate::components::bottom_nav::BottomNav;
use crate::components::lazy_screen::{LazyScreen, LoadFailed};
use crate::components::problem_banner::ProblemBanner;
use crate::components::update_prompt::UpdatePrompt;
use crate::domain::route::{self, Screen};
use crate::pages::{not_found::NotFound, today::Today};
use crate::platform::base_path;
use crate::platform::boot;
use crate::state::{provide_app_state, provide_location, use_location, Stored};

/// Every screen but Today, each behind a loader. In release builds each group of screens is
/// a wasm chunk of its own (`wasm_split`, split by `scripts/post-build.mjs`), fetched the
/// first time one of its screens opens, so a new screen costs the first visit nothing. Debug
/// builds and tests (`trunk serve`, `cargo test`) build them in, unsplit: there is no
/// splitter there, and an unsplit lazy boundary would not start.
pub mod screens {
    use std::sync::Arc;

    use leptos::prelude::*;

    use crate::components::lazy_screen::{Loaded, Loader};
    use crate::domain::calendar::LocalDate;
    use crate::domain::history::SessionRecord;
    use crate::domain::plan::Profile;
    use crate::pages::checkin::CheckInCard;
    use crate::pages::data::ImportBackup;
    use crate::pages::morning::MorningCheck;
    use crate::pages::today::{PlanToday, TodayStop};
    use crate::pages::{
        exercise_detail::ExerciseDetail, history::History, insights::Insights, learn::Learn,
        learn::LearnCardPage, library::Library, log_activity::LogActivity, player::PlayerPage,
        report::Report, routine_detail::RoutineDetail, routine_editor::RoutineEditor,
        routines::Routines, session_detail::SessionDetail, settings::Settings,
        shared::SharedRoutine, welcome::Welcome,
    };
    use crate::pages::{flare::FlarePlan, why::WhyThisLevel};
    use crate::state::{Reread, Stored};

    /// `screen!(loader, chunk, Component)`: `loader()` builds `Component`, whose code sits in
    /// the wasm chunk `chunk` in release builds. Screens are grouped in four chunks (browse the
    /// routines and exercises; the player; history and what it adds up to; settings, the first
    /// run and Learn): every chunk more makes more small shared chunks, and so more requests
    /// when a screen first opens.
    macro_rules! screen {
        ($loader:ident, $split:ident, $chunk:ident, $component:ident) => {
            #[cfg(not(debug_assertions))]
            #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn $split() -> Loaded {
                Ok(view! { <$component /> }.into_any())
            }

            #[cfg(debug_assertions)]
            async fn $split() -> Loaded {
                Ok(view! { <$component /> }.into_any())
            }

            pub fn $loader() -> Loader {
                Arc::new(|| Box::pin($split()))
            }
        };
    }

    /// `piece!(loader, split, chunk, Component, prop: Type)`: a part of an eager screen (Today)
    /// that only some visits need, in a chunk; `loader(value)` builds `<Component prop=value />`.
    macro_rules! piece {
        ($loader:ident, $split:ident, $chunk:ident, $component:ident, $($prop:ident: $ty:ty),+) => {
            #[cfg(not(debug_assertions))]
            #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn $split($($prop: $ty),+) -> Loaded {
                Ok(view! { <$component $($prop)+ /> }.into_any())
            }

            #[cfg(debug_assertions)]
            async fn $split($($prop: $ty),+) -> Loaded {
                Ok(view! { <$component $($prop)+ /> }.into_any())
            }

            pub fn $loader($($prop: $ty),+) -> Loader {
                Arc::new(move || Box::pin($split($($prop.clone()),+)))
            }
        };
    }

    /// Everything stored, read at start-up (`Stored::read`). In release builds the reading
    /// code is in the chunk `more`, fetched only by someone with something stored: the
    /// first run's chunk, which anyone with a plan needs for Today's rows anyway.
    #[cfg(not(debug_assertions))]
    #[leptos::wasm_split::wasm_split(more, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn read_stored() -> Result<Stored, leptos::wasm_split::SplitLoaderError> {
        Ok(Stored::read())
    }

    #[cfg(debug_assertions)]
    pub async fn read_stored() -> Result<Stored, leptos::wasm_split::SplitLoaderError> {
        Ok(Stored::read())
    }

    /// What another tab changed, read again (`Stored::reread`), from the same chunk.
    #[cfg(not(debug_assertions))]
    #[leptos::wasm_split::wasm_split(more, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn split_reread_stored(
        key: Option<String>,
    ) -> Result<Stored, leptos::wasm_split::SplitLoaderError> {
        Ok(Stored::reread(key.as_deref()))
    }

    #[cfg(debug_assertions)]
    async fn split_reread_stored(
        key: Option<String>,
    ) -> Result<Stored, leptos::wasm_split::SplitLoaderError> {
        Ok(Stored::reread(key.as_deref()))
    }

    pub fn reread_stored() -> Reread {
        std::rc::Rc::new(|key| Box::pin(async move { split_reread_stored(key).await.ok() }))
    }

    piece!(import_backup, split_import_backup, more, ImportBackup, on_done: Callback<()>);
    piece!(check_in, split_check_in, records, CheckInCard, profile: Profile, on_saved: Callback<()>);
    piece!(morning_check, split_morning_check, records, MorningCheck, session: SessionRecord, on_done: Callback<String>);
    // With the first run's chunk: anyone with a plan has been through it already.
    piece!(plan_today, split_plan_today, more, PlanToday, profile: Profile, day: Signal<LocalDate>, show_hero: bool, morning_pending: Signal<bool>);

    // Today's warning-sign stop: only someone with an answer stored sees it.
    screen!(today_stop, split_today_stop, more, TodayStop);
    screen!(routines, split_routines, browse, Routines);
    screen!(routine_detail, split_routine_detail, browse, RoutineDetail);
    screen!(library, split_library, browse, Library);
    screen!(
        exercise_detail,
        split_exercise_detail,
        browse,
        ExerciseDetail
    );
    screen!(routine_editor, split_routine_editor, browse, RoutineEditor);
    screen!(shared, split_shared, browse, SharedRoutine);
    screen!(player, split_player, player, PlayerPage);
    screen!(history, split_history, records, History);
    screen!(session_detail, split_session_detail, records, SessionDetail);
    screen!(insights, split_insights, records, Insights);
    screen!(report, split_report, records, Report);
    screen!(log_activity, split_log_activity, records, LogActivity);
    screen!(settings, split_settings, more, Settings);
    screen!(welcome, split_welcome, more, Welcome);
    screen!(learn, split_learn, more, Learn);
    screen!(learn_card, split_learn_card, more, LearnCardPage);
    screen!(flare, split_flare, more, FlarePlan);
    screen!(why, split_why, records, WhyThisLevel);
}

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
    // A first visit has nothing stored, so nothing to read: the frame starts at once. With
    // something stored, its reading code comes first (from the worker's cache after the
    // first visit); the static first screen stays up meanwhile.
    let start = RwSignal::new(Start::Reading);
    let read = move || {
        leptos::task::spawn_local(async move {
            start.set(match screens::read_stored().await {
                Ok(stored) => Start::Read(Box::new(stored)),
                Err(_) => Start::Failed,
            });
        })
    };
    if crate::state::stored_exists() {
        read();
    } else {
        start.set(Start::Read(Box::default()));
    }
    move || {
        start.track();
        // Taken, not cloned: the frame owns what was read (a whole history, perhaps).
        match start.try_update_untracked(std::mem::take).unwrap_or_default() {
            Start::Reading => ().into_any(),
            Start::Read(stored) => view! { <Frame stored=*stored /> }.into_any(),
            Start::Failed => view! {
                <main id="main">
                    <LoadFailed
                        title="Couldn't open your data"
                        text="Limber couldn't fetch the part of the app that reads what's saved on this device. Your history and settings are safe here. Check your connection, then try again."
                        retry=Callback::new(move |()| read())
                    />
                </main>
            }
            .into_any(),
        }
    }
}

/// The parameter of the screen shown (an id, or a settings section), from `route::screen`.
#[derive(Clone, Copy)]
struct ScreenParam(Memo<Option<String>>);

/// The id (or settings section) in the address of the screen shown, if it has one.
pub fn use_screen_param() -> Memo<Option<String>> {
    expect_context::<ScreenParam>().0
}

/// The screen (and its id or section) for `pathname`, an address as the browser shows it.
fn screen_at(pathname: &str) -> (Screen, Option<String>) {
    let (screen, param) = route::screen(base_path::in_app(pathname));
    (screen, param.map(str::to_string))
}

/// Every screen but Today, picked by `route::screen` from the rest of the address. A screen
/// stays mounted while only its parameter changes; its page follows `use_screen_param`.
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
    provide_context(ScreenParam(Memo::new(move |_| shown.with(|s| s.1.clone()))));
    move || {
        let load = match screen.get() {
            Screen::Routines => screens::routines(),
            Screen::NewRoutine | Screen::EditRoutine => screens::routine_editor(),
            Screen::Routine => screens::routine_detail(),
            Screen::Exercises => screens::library(),
            Screen::Exercise => screens::exercise_detail(),
            Screen::Player => screens::player(),
            Screen::History => screens::history(),
            Screen::Log => screens::log_activity(),
            Screen::Session => screens::session_detail(),
            Screen::Insights => screens::insights(),
            Screen::Report => screens::report(),
            Screen::Settings => screens::settings(),
            Screen::Shared => screens::shared(),
            Screen::Welcome => screens::welcome(),
            Screen::Learn => screens::learn(),
            Screen::LearnCard => screens::learn_card(),
            Screen::Flare => screens::flare(),
            Screen::Why => screens::why(),
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
    provide_app_state(stored, screens::reread_stored());
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
