//! App-wide reactive state, provided once by `App` and read by pages through `use_*` hooks.
//! One file per state type, each saying what it owns and which storage key it persists to;
//! this file only wires them together. Pages and components never import `crate::storage`:
//! everything they need from storage goes through these types.

mod address;
mod body;
mod context;
mod copies;
mod course;
mod history;
mod install;
mod lang;
mod notice;
mod now;
mod plan;
mod prefs;
mod routines;
mod session;
mod stored;

pub use address::{
    provide_location, provide_screen_param, use_location, use_navigate, use_screen_param, Location,
    Navigate,
};
pub use body::{use_body, Body};
pub use copies::{use_copies, Copies};
pub use course::{use_course, CourseState};
pub use history::{use_history, History};
pub use install::{use_install, AppInstall};
pub use lang::{
    date, lang, load_all, load_chunk, load_first, phone_languages, provide_words, switch, t,
    use_words, Words,
};
pub use notice::Notice;
use notice::{slot_message, store_message};
pub use now::{provide_now, use_now, Now};
pub use plan::{use_plan, Plan};
pub use prefs::{reduced_motion, use_prefs, Prefs};
pub use routines::{use_routines, Routines};
pub use session::{use_active_session, ActiveSession};
pub use stored::{exists as stored_exists, Stored};

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

use crate::domain::i18n::Lang;
use crate::platform::{self, service_worker};

/// Register the service worker (`platform::service_worker`) from the `words` chunk (the
/// prefetch has brought it): the first load carries none of this code.
#[cfg(not(debug_assertions))]
#[leptos::wasm_split::wasm_split(words, wasm_split_path = ::leptos::wasm_split, fallible)]
fn register_worker(on_update: Callback<()>) -> Result<(), leptos::wasm_split::SplitLoaderError> {
    service_worker::register(move || on_update.run(()));
    Ok(())
}

/// Switch to the new version waiting ("Update ready", `service_worker::apply_update`), from
/// the same chunk: the prompt only shows once `register_worker` ran from it.
#[cfg(not(debug_assertions))]
#[leptos::wasm_split::wasm_split(words, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn apply_update() -> Result<(), leptos::wasm_split::SplitLoaderError> {
    service_worker::apply_update();
    Ok(())
}

#[cfg(debug_assertions)]
pub async fn apply_update() -> Result<(), leptos::wasm_split::SplitLoaderError> {
    service_worker::apply_update();
    Ok(())
}

/// Save the unreadable value kept at `key` exactly as stored, as a file (the storage
/// problem's "Download"), from the same chunk: a rare path kept out of the first load.
#[cfg(not(debug_assertions))]
#[leptos::wasm_split::wasm_split(words, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn download_raw(key: String) -> Result<(), leptos::wasm_split::SplitLoaderError> {
    notice::download_raw(&key);
    Ok(())
}

#[cfg(debug_assertions)]
pub async fn download_raw(key: String) -> Result<(), leptos::wasm_split::SplitLoaderError> {
    notice::download_raw(&key);
    Ok(())
}

#[cfg(debug_assertions)]
async fn register_worker(
    on_update: Callback<()>,
) -> Result<(), leptos::wasm_split::SplitLoaderError> {
    service_worker::register(move || on_update.run(()));
    Ok(())
}
use crate::storage::active::ACTIVE_KEY;

/// Reads again what another tab changed under a key, or everything for `None`, and shows it
/// (`OtherTab::apply`, from its chunk; nothing if the chunk couldn't be loaded).
pub type Reread =
    std::rc::Rc<dyn Fn(Option<String>, OtherTab) -> Pin<Box<dyn Future<Output = ()>>>>;

/// The app's states another tab's change can touch.
#[derive(Clone, Copy)]
pub struct OtherTab {
    history: History,
    plan: Plan,
    prefs: Prefs,
    own_routines: Routines,
    body: Body,
    copies: Copies,
    active_session: ActiveSession,
}

impl OtherTab {
    /// Read `key` again (every key for `None`: storage was cleared) and show what another tab
    /// changed under it. A part not read is `None` and leaves its state alone.
    pub fn apply(self, key: Option<&str>) {
        let fresh = Stored::reread(key);
        self.history.reloaded(fresh.sessions, None);
        // A problem met while reading is told once its words are here, as at start-up.
        if let Some(mut notice) = fresh.problem {
            let history = self.history;
            leptos::task::spawn_local(async move {
                load_all().await;
                notice.refresh();
                history.reloaded(None, Some(notice));
            });
        }
        self.plan.reloaded(fresh.plan, fresh.checkins);
        if let Some(settings) = fresh.settings {
            self.prefs.reloaded(settings);
        }
        self.own_routines.reloaded(fresh.own_routines);
        self.body.reloaded(fresh.weights);
        self.copies.reloaded(fresh.copies);
        // For the session in progress, `None` is an answer: it was saved or discarded.
        if key.is_none_or(|k| k == ACTIVE_KEY) {
            self.active_session.reloaded(fresh.active);
        }
    }
}

/// Create the app state from what is stored and put it in context. Called once, by `App`;
/// `reread` is how another tab's changes are read.
pub fn provide_app_state(stored: Stored, reread: Reread) {
    let Stored {
        sessions,
        settings,
        plan,
        checkins,
        own_routines,
        weights,
        copies,
        active,
        problem,
    } = stored;
    provide_now();
    let history = History::new(sessions.unwrap_or_default(), None);
    provide_context(history);
    // A problem met while reading is told in the person's language: its words are in a
    // file Today doesn't wait for, so the banner shows once they are here.
    if let Some(mut notice) = problem {
        leptos::task::spawn_local(async move {
            load_all().await;
            notice.refresh();
            history.set_problem.try_set(Some(notice));
        });
    }
    // Another language chosen: the notice shown says it again in that language.
    let words = use_words();
    Effect::new(move |before: Option<Lang>| {
        let shown = words.shown.get();
        if before.is_some_and(|b| b != shown) {
            history.set_problem.update(|p| {
                if let Some(p) = p {
                    p.refresh();
                }
            });
        }
        shown
    });
    let prefs = Prefs::new(settings.unwrap_or_default());
    provide_context(prefs);
    provide_context(Plan::new(
        plan.unwrap_or_default(),
        checkins.unwrap_or_default(),
    ));
    let own_routines = Routines::new(own_routines.unwrap_or_default());
    provide_context(own_routines);
    let body = Body::new(weights.unwrap_or_default());
    provide_context(body);
    let copies = Copies::new(copies.unwrap_or_default());
    provide_context(copies);

    let active_session = ActiveSession::new(active);
    provide_context(active_session);
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
        ios: platform::install::is_ios(),
    };
    // Only once the first screen is up: installing the worker fetches and stores every file,
    // which would slow that screen down on a phone. The bottom bar's screens come first,
    // fetched when the phone is idle (`prefetch`), so a first tap on a tab finds them, and
    // each group's words after its code (fetched, not read: reading every file would keep
    // the phone busy just as the person starts to use Today).
    // Each group of screens' words fetched once its code is here, so a first tap finds both.
    platform::prefetch::each_group(
        crate::domain::i18n::messages::CHUNK_AREAS
            .iter()
            .map(|(chunk, _)| *chunk),
        lang::fetch_ahead,
    );
    platform::prefetch::then(move || {
        platform::boot::after_done(move || {
            leptos::task::spawn_local(async move {
                let update_ready = Callback::new(move |()| install.update_ready.set(true));
                let _ = register_worker(update_ready).await;
            })
        })
    });
    if !install.standalone {
        platform::install::on_prompt_available(move || install.can_prompt.set(true));
    }
    provide_context(install);
    // Another tab saved, deleted or imported: show it here too. (The event only fires in
    // the *other* tabs of the same site, never the one that wrote.) Reading it and showing
    // it is code from a chunk (`OtherTab::apply`).
    let other_tab = OtherTab {
        history,
        plan: use_plan(),
        prefs,
        own_routines,
        body,
        copies,
        active_session,
    };
    let listener = window_event_listener(leptos::ev::storage, move |e| {
        let done = reread(e.key(), other_tab);
        leptos::task::spawn_local(done);
    });
    on_cleanup(move || listener.remove());
}
