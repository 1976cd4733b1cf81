//! Which screen an address opens: the app's one table of in-app paths.
//!
//! The app has no router library: `state::address` keeps the address, and this table picks
//! the screen for it. A plain table keeps the first load small (a router was about 40 KB
//! gzip of wasm there), and it is plain Rust, tested here.

/// A screen of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Today,
    Routines,
    NewRoutine,
    Routine,
    EditRoutine,
    Exercises,
    Exercise,
    Player,
    History,
    Log,
    Session,
    Insights,
    Report,
    Settings,
    Shared,
    Welcome,
    Learn,
    /// A page of Learn: a lesson of the course, a calm session (`/calm/<id>`), "What holds
    /// you back" (`/check`) or the person's goals (`/goals`). One screen and loader for all
    /// of them keeps the first load from growing with each.
    LearnCard,
    Flare,
    Why,
    NotFound,
}

/// The screen at `path` (an in-app path without the app's base, such as
/// "/routines/gentle-start/edit"; the leading and trailing slashes don't matter) and its one
/// parameter, if it has one: the id in it, or the settings section.
/// The address of the walk log, filled in with `minutes` when there is a target: Today's walk
/// rows and "What's next" all link here.
pub fn log_walk(minutes: Option<u16>) -> String {
    match minutes {
        Some(m) => format!("/log?kind=walk&minutes={m}"),
        None => "/log?kind=walk".to_string(),
    }
}

/// The parameter `/check` gives Learn's page screen (no lesson or calm session has it).
pub const CHECK: &str = "check";
/// The parameter `/goals` gives Learn's page screen.
pub const GOALS: &str = "goals";

pub fn screen(path: &str) -> (Screen, Option<&str>) {
    use Screen::*;
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    match segments.as_slice() {
        [] => (Today, None),
        ["routines"] => (Routines, None),
        ["routines", "new"] => (NewRoutine, None),
        ["routines", id] => (Routine, Some(id)),
        ["routines", id, "edit"] => (EditRoutine, Some(id)),
        ["exercises"] => (Exercises, None),
        ["exercises", id] => (Exercise, Some(id)),
        ["play", id] => (Player, Some(id)),
        ["history"] => (History, None),
        ["history", id] => (Session, Some(id)),
        ["log"] => (Log, None),
        ["insights"] => (Insights, None),
        ["report"] => (Report, None),
        ["settings"] => (Settings, None),
        ["settings", section] => (Settings, Some(section)),
        ["shared"] => (Shared, None),
        ["welcome"] => (Welcome, None),
        ["learn"] => (Learn, None),
        ["learn", id] => (LearnCard, Some(id)),
        ["calm", id] => (LearnCard, Some(id)),
        ["check"] => (LearnCard, Some(CHECK)),
        ["goals"] => (LearnCard, Some(GOALS)),
        ["flare"] => (Flare, None),
        ["why"] => (Why, None),
        _ => (NotFound, None),
    }
}

#[cfg(test)]
mod tests {
    use super::Screen::*;
    use super::*;

    #[test]
    fn the_walk_log_comes_filled_in_with_a_target() {
        assert_eq!(log_walk(Some(20)), "/log?kind=walk&minutes=20");
        assert_eq!(log_walk(None), "/log?kind=walk");
    }

    #[test]
    fn every_screen_has_its_address() {
        let table = [
            ("/", Today, None),
            ("/routines", Routines, None),
            ("/routines/new", NewRoutine, None),
            ("/routines/gentle-start", Routine, Some("gentle-start")),
            (
                "/routines/my-19ab1c2d3e4-0000002a/edit",
                EditRoutine,
                Some("my-19ab1c2d3e4-0000002a"),
            ),
            ("/exercises", Exercises, None),
            ("/exercises/pelvic-tilt", Exercise, Some("pelvic-tilt")),
            ("/play/core-basics", Player, Some("core-basics")),
            ("/history", History, None),
            ("/history/s-1", Session, Some("s-1")),
            ("/log", Log, None),
            ("/insights", Insights, None),
            ("/report", Report, None),
            ("/settings", Settings, None),
            ("/settings/week", Settings, Some("week")),
            ("/shared", Shared, None),
            ("/welcome", Welcome, None),
            ("/learn", Learn, None),
            ("/learn/hurt-vs-harm", LearnCard, Some("hurt-vs-harm")),
            ("/calm/body-scan", LearnCard, Some("body-scan")),
            ("/check", LearnCard, Some(CHECK)),
            ("/goals", LearnCard, Some(GOALS)),
            ("/flare", Flare, None),
            ("/why", Why, None),
        ];
        for (path, screen_at, param) in table {
            assert_eq!(screen(path), (screen_at, param), "{path}");
        }
    }

    #[test]
    fn no_lesson_or_calm_session_has_the_check_or_goals_address() {
        for id in [CHECK, GOALS] {
            assert!(crate::domain::learn::lesson(id).is_none(), "{id}");
            assert!(crate::domain::calm::session(id).is_none(), "{id}");
        }
    }

    #[test]
    fn slashes_at_either_end_do_not_matter() {
        assert_eq!(screen("routines/"), (Routines, None));
        assert_eq!(screen("history/s-1/"), (Session, Some("s-1")));
        assert_eq!(screen(""), (Today, None));
    }

    #[test]
    fn anything_else_is_not_found() {
        for path in [
            "/nope",
            "/routines/a/b",
            "/routines/a/edit/more",
            "/play",
            "/settings/a/b",
            "/history/a/b",
        ] {
            assert_eq!(screen(path), (NotFound, None), "{path}");
        }
    }
}
