//! The root component: state, router and the frame around every screen.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::components::bottom_nav::BottomNav;
use crate::components::problem_banner::ProblemBanner;
use crate::components::update_prompt::UpdatePrompt;
use crate::pages::{
    exercise_detail::ExerciseDetail, history::History, insights::Insights, learn::Learn,
    learn::LearnCardPage, library::Library, log_activity::LogActivity, not_found::NotFound,
    player::PlayerPage, report::Report, routine_detail::RoutineDetail,
    routine_editor::RoutineEditor, routines::Routines, session_detail::SessionDetail,
    settings::Settings, shared::SharedRoutine, today::Today, welcome::Welcome,
};
use crate::platform::base_path::base_path;
use crate::state::provide_app_state;

#[component]
pub fn App() -> impl IntoView {
    provide_app_state();
    // The frame (nav, banners) mounts first and the screen in the next task, so start-up
    // is two shorter stretches of main-thread work rather than one long one. The static
    // loading screen stays until then, so there is never a blank page.
    let frame_done = RwSignal::new(false);
    set_timeout(
        move || {
            if let Some(boot) = document().get_element_by_id("boot") {
                boot.remove();
            }
            frame_done.set(true);
        },
        std::time::Duration::ZERO,
    );
    view! {
        <Router base=base_path()>
            <ProblemBanner />
            <UpdatePrompt />
            <main id="main">
                <Show when=move || frame_done.get()>
                <Routes fallback=|| view! { <NotFound /> }>
                    <Route path=path!("/") view=Today />
                    <Route path=path!("/routines") view=Routines />
                    <Route path=path!("/routines/new") view=RoutineEditor />
                    <Route path=path!("/routines/:id") view=RoutineDetail />
                    <Route path=path!("/routines/:id/edit") view=RoutineEditor />
                    <Route path=path!("/exercises") view=Library />
                    <Route path=path!("/exercises/:id") view=ExerciseDetail />
                    <Route path=path!("/play/:id") view=PlayerPage />
                    <Route path=path!("/history") view=History />
                    <Route path=path!("/log") view=LogActivity />
                    <Route path=path!("/history/:id") view=SessionDetail />
                    <Route path=path!("/insights") view=Insights />
                    <Route path=path!("/report") view=Report />
                    <Route path=path!("/settings") view=Settings />
                    <Route path=path!("/shared") view=SharedRoutine />
                    <Route path=path!("/welcome") view=Welcome />
                    <Route path=path!("/learn") view=Learn />
                    <Route path=path!("/learn/:id") view=LearnCardPage />
                </Routes>
                </Show>
            </main>
            // No navigation bar during a session: one stray tap must not lose it.
            <Show when=move || !use_location().pathname.get().contains("/play/")>
                <BottomNav />
            </Show>
        </Router>
    }
}
