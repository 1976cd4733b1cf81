//! App-wide reactive state, provided once by `App` and read by pages through `use_*` hooks.
//! One file per state type, each saying what it owns and which storage key it persists to;
//! this file only wires them together. Pages and components never import `crate::storage`:
//! everything they need from storage goes through these types.

mod body;
mod history;
mod install;
mod notice;
mod plan;
mod prefs;
mod routines;
mod session;

pub use body::{use_body, Body};
pub use history::{use_history, History};
pub use install::{use_install, AppInstall};
pub use notice::Notice;
use notice::{slot_message, slot_problem};
pub use plan::{use_plan, Plan};
pub use prefs::{use_prefs, Prefs};
pub use routines::{use_routines, Routines};
pub use session::{use_active_session, ActiveSession};

use leptos::prelude::*;

use crate::platform::{self, service_worker};
use crate::storage::sessions::SESSIONS_KEY;
use crate::storage::{checkins, plan as plan_store, routines as routines_store, settings, weight};

/// Create the app state and put it in context. Called once, by `App`.
pub fn provide_app_state() {
    let history = History::load();
    provide_context(history);
    let prefs = Prefs::load();
    provide_context(prefs);
    provide_context(Plan::load(history));
    let own_routines = Routines::load(history);
    provide_context(own_routines);
    let body = Body::load(history);
    provide_context(body);
    // Theme, text size and motion apply to the whole page, through attributes on <html>
    // that the stylesheet reads.
    Effect::new(move || {
        let (theme, size, motion) = prefs
            .settings
            .with(|s| (s.theme.attribute(), s.text_size, s.motion));
        platform::appearance::apply(theme, size, motion);
    });
    Effect::new(move || platform::speech::set_voice(prefs.settings.with(|s| s.voice_name.clone())));
    let install = AppInstall {
        update_ready: RwSignal::new(false),
        can_prompt: RwSignal::new(false),
        standalone: platform::install::is_standalone(),
    };
    service_worker::register(move || install.update_ready.set(true));
    if !install.standalone {
        platform::install::on_prompt_available(move || install.can_prompt.set(true));
    }
    provide_context(install);
    // Another tab saved, deleted or imported: show it here too. (The event only fires in
    // the *other* tabs of the same site, never the one that wrote.)
    let plan_state = use_plan();
    let listener = window_event_listener(leptos::ev::storage, move |e| {
        let key = e.key();
        if key.is_none() || key.as_deref() == Some(SESSIONS_KEY) {
            history.reload();
        }
        if key.is_none()
            || matches!(
                key.as_deref(),
                Some(plan_store::PLAN_KEY | checkins::CHECKINS_KEY)
            )
        {
            plan_state.reload();
        }
        if key.is_none() || key.as_deref() == Some(settings::SETTINGS_KEY) {
            prefs.reload();
        }
        if key.is_none() || key.as_deref() == Some(routines_store::ROUTINES_KEY) {
            own_routines.reload();
        }
        if key.is_none() || key.as_deref() == Some(weight::WEIGHT_KEY) {
            body.reload();
        }
    });
    on_cleanup(move || listener.remove());
}
