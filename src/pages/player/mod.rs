//! The guided session: a safety check first, then the player, then the after-session
//! questions. The in-progress session is saved at every step change (see `running`).

mod after;
mod check;
mod hurts;
mod running;

use leptos::prelude::*;

use crate::components::safety::SafetyStop;
use crate::domain::custom;
use crate::domain::history::SessionRecord;
use crate::domain::pain::PainScore;
use crate::domain::player::{AfterSession, Player};
use crate::domain::routine::{Level, Routine};
use crate::pages::not_found::NotFound;
use crate::platform::clock;
use crate::platform::nav;
use crate::state::{
    use_active_session, use_history, use_plan, use_prefs, use_routines, ActiveSession, History,
    Routines,
};

/// Where the page is in the flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    Check,
    /// A warning sign was flagged and not yet checked: no session starts.
    Stopped,
    Running,
    After,
}

/// The guided session for the routine named in the URL.
#[component]
pub fn PlayerPage() -> impl IntoView {
    let params = crate::state::use_screen_param();
    let routines = use_routines();
    // A session in progress keeps its own copy of a person's routine, so it can be finished
    // even if the routine was deleted meanwhile.
    let routine = params.get_untracked().and_then(|id| {
        routines.find(&id).or_else(|| {
            use_active_session()
                .load()
                .filter(|s| s.routine_id == id)
                .and_then(|s| s.own.map(|own| own.routine_with_id(&id)))
        })
    });
    // "?level=-1" from the routine page; anything unreadable means "as written".
    let level = Level::new(
        nav::query("level")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0),
    );
    match routine {
        Some(routine) => view! { <Session routine level /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

/// Save an unfinished session of another routine to history (as ended early) before a new
/// one replaces it: nothing a person did is ever dropped. One where nothing was done yet
/// is simply cleared.
fn settle_other_session(
    history: History,
    routines: Routines,
    active: ActiveSession,
    routine: &Routine,
) -> Option<Player> {
    let snapshot = active.load()?;
    let mut player = Player::restore(&snapshot, |id| {
        routines.own.with_untracked(|own| custom::find(id, own))
    })?;
    if player.routine().id == routine.id {
        return Some(player);
    }
    player.end_early(snapshot.saved_at);
    // Opened and left before doing anything: there is nothing to keep.
    let nothing_done = player.work_ms() == 0 && player.logs().iter().all(|l| l.pain.is_none());
    if nothing_done {
        active.clear();
        return None;
    }
    let record = player.to_record(
        new_id(&player),
        clock::utc_offset_min(),
        AfterSession::default(),
    );
    if history.add(record).is_ok() {
        active.clear();
    }
    None
}

fn new_id(player: &Player) -> String {
    SessionRecord::make_id(player.started_at(), clock::random_u32())
}

#[component]
fn Session(routine: Routine, level: Level) -> impl IntoView {
    let history = use_history();
    let plan = use_plan();
    // A session of this routine in progress (after a reload) resumes, paused.
    let resumed = settle_other_session(history, use_routines(), use_active_session(), &routine);
    let was_resumed = resumed.is_some();
    // Finished before a reload, with the after questions still to answer.
    let awaiting_answers = resumed.as_ref().is_some_and(Player::is_finished);
    let routine = StoredValue::new(routine);
    let stage = RwSignal::new(if awaiting_answers {
        Stage::After
    } else if !plan.allows_sessions() {
        Stage::Stopped
    } else if was_resumed {
        Stage::Running
    } else {
        Stage::Check
    });
    let player = RwSignal::new(
        resumed.unwrap_or_else(|| Player::new(routine.get_value(), level, None, clock::now_ms())),
    );

    let prefs = use_prefs();
    let start = move |pain: Option<PainScore>| {
        let pace = prefs.settings.with_untracked(|s| s.pace);
        player.set(Player::with_pace(
            routine.get_value(),
            level,
            pain,
            clock::now_ms(),
            pace,
        ));
        stage.set(Stage::Running);
    };
    let finished = move || stage.set(Stage::After);
    move || {
        match stage.get() {
        Stage::Check => view! {
            <check::Check
                routine=routine.get_value()
                level
                on_start=start
                on_red_flag=move |tier| {
                    plan.answer_safety(history, Some(tier));
                    stage.set(Stage::Stopped);
                }
            />
        }
        .into_any(),
        Stage::Stopped => view! {
            <section class="page">
                <SafetyStop
                    continue_label=crate::state::t(crate::domain::i18n::messages::session_continue())
                    on_cleared=move || stage.set(if was_resumed { Stage::Running } else { Stage::Check })
                />
            </section>
        }
        .into_any(),
        Stage::Running => view! { <running::Running player on_finished=finished /> }.into_any(),
        Stage::After => {
            view! { <after::After player id=new_id(&player.get_untracked()) /> }.into_any()
        }
    }
    }
}
