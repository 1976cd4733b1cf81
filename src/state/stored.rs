//! `Stored`: everything Limber keeps on this device, read in one go, with the first problem
//! met on the way. The app reads it once before its first screen, and again when another
//! tab writes.
//!
//! Reading means parsing JSON, upgrading older formats and bringing back what an older tab
//! set aside: a lot of code that a first visit, with nothing stored yet, never runs. So the
//! reads are called only through `screens::more::read_stored`, which in release builds is a
//! chunk, fetched only when something is stored (see [`exists`]).

use super::Notice;
use crate::domain::checkin::CheckIn;
use crate::domain::custom::CustomRoutine;
use crate::domain::history::SessionRecord;
use crate::domain::i18n::{messages, Msg};
use crate::domain::keep::CopyLog;
use crate::domain::player::Snapshot;
use crate::domain::settings::Settings;
use crate::domain::weight::WeightEntry;
use crate::platform::clock;
use crate::storage::active::ACTIVE_KEY;
use crate::storage::checkins::CHECKINS_KEY;
use crate::storage::copies::COPIES_KEY;
use crate::storage::plan::PLAN_KEY;
use crate::storage::routines::ROUTINES_KEY;
use crate::storage::sessions::SESSIONS_KEY;
use crate::storage::settings::SETTINGS_KEY;
use crate::storage::slot::SlotError;
use crate::storage::weight::WEIGHT_KEY;
use crate::storage::{
    active, checkins, copies, course, plan, routines, settings, weight, KeyValue, LocalStore,
    SessionStore, KEY_PREFIX,
};

/// Whether anything of Limber's is stored here (so there is something to read).
pub fn exists() -> bool {
    LocalStore
        .keys()
        .is_ok_and(|keys| keys.iter().any(|k| k.starts_with(KEY_PREFIX)))
}

/// What is stored. A part is `None` when it couldn't be read: the storage layer has set the
/// unreadable copy aside (never deleted it), and `problem` says so.
#[derive(Clone, Debug, Default)]
pub struct Stored {
    pub sessions: Option<Vec<SessionRecord>>,
    pub settings: Option<Settings>,
    pub plan: Option<plan::Stored>,
    pub checkins: Option<Vec<CheckIn>>,
    pub own_routines: Option<Vec<CustomRoutine>>,
    pub weights: Option<Vec<WeightEntry>>,
    /// When the last backup copy was made (an unreadable value is set aside and reads as
    /// none: the worst is an offer of a copy too soon, not worth a banner).
    pub copies: Option<CopyLog>,
    /// The session in progress, if one was left and can be read.
    pub active: Option<Snapshot>,
    /// The first problem met, in this order: history, plan, check-ins, own routines,
    /// weight, course (a problem with history matters most; the banner shows one at a time).
    pub problem: Option<Notice>,
}

impl Stored {
    /// Read everything at start-up. Sessions an older Limber in another tab set aside are
    /// brought back for good, with a note saying so.
    pub fn read() -> Self {
        let now = clock::now_ms();
        let store = SessionStore::new(LocalStore);
        let back = store.recover_set_aside(now).unwrap_or(0);
        let (sessions, mut problem) = match store.load(now) {
            Ok(list) => (Some(list), (back > 0).then(|| recovered(back))),
            Err(e) => (None, Some(Notice::from(&e))),
        };
        let plan = plan::load(&LocalStore, now)
            .map_err(|e| first(&mut problem, e, messages::more_plan_unreadable()));
        let checkins = checkins::load(&LocalStore, now)
            .map_err(|e| first(&mut problem, e, messages::more_checkins_unreadable_start()));
        let own_routines = routines::load(&LocalStore, now)
            .map_err(|e| first(&mut problem, e, messages::more_routines_unreadable()));
        let weights = weight::load(&LocalStore, now)
            .map_err(|e| first(&mut problem, e, messages::more_weight_unreadable()));
        // The course is read by its screens when they open (`use_course`); here, a value
        // that can't be read is set aside and said.
        if let Err(e) = course::load(&LocalStore, now) {
            first(&mut problem, e, messages::more_course_unreadable());
        }
        Self {
            sessions,
            settings: Some(settings::load(&LocalStore, now)),
            plan: plan.ok(),
            checkins: checkins.ok(),
            own_routines: own_routines.ok(),
            weights: weights.ok(),
            copies: copies::load(&LocalStore, now).ok(),
            active: active::load(&LocalStore, now),
            problem,
        }
    }

    /// Read again what another tab changed: the part under `key`, or everything if `key`
    /// is `None` (the tab cleared storage). Sessions an older tab set aside are shown but
    /// not written back here (that tab would only set them aside again); the next start
    /// brings them back for good. A part not read, or that can't be read now, is `None`
    /// and keeps what this tab shows.
    pub fn reread(key: Option<&str>) -> Self {
        let now = clock::now_ms();
        let wanted = |k: &str| key.is_none_or(|key| key == k);
        let mut fresh = Self::default();
        if wanted(SESSIONS_KEY) {
            match SessionStore::new(LocalStore).load_with_set_aside(now) {
                Ok((list, _)) => fresh.sessions = Some(list),
                Err(e) => fresh.problem = Some(Notice::from(&e)),
            }
        }
        if wanted(SETTINGS_KEY) {
            fresh.settings = Some(settings::load(&LocalStore, now));
        }
        if wanted(PLAN_KEY) {
            fresh.plan = plan::load(&LocalStore, now).ok();
        }
        if wanted(CHECKINS_KEY) {
            fresh.checkins = checkins::load(&LocalStore, now).ok();
        }
        if wanted(ROUTINES_KEY) {
            fresh.own_routines = routines::load(&LocalStore, now).ok();
        }
        if wanted(WEIGHT_KEY) {
            fresh.weights = weight::load(&LocalStore, now).ok();
        }
        if wanted(COPIES_KEY) {
            fresh.copies = copies::load(&LocalStore, now).ok();
        }
        if wanted(ACTIVE_KEY) {
            fresh.active = active::load(&LocalStore, now);
        }
        fresh
    }
}

fn recovered(back: usize) -> Notice {
    Notice::new(messages::more_recovered(back), None, None)
}

/// Keep `message` as the problem unless an earlier part already had one.
fn first(problem: &mut Option<Notice>, e: SlotError, message: Msg) {
    if problem.is_some() {
        return;
    }
    let details = Msg::plain(format!("{e:?}"));
    *problem = Some(Notice::new(
        message,
        Some(details),
        match e {
            SlotError::Damaged { kept_at, .. } => kept_at,
            SlotError::Store(_) => None,
        },
    ));
}
