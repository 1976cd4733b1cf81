//! `ActiveSession`: the session in progress (`limber.active-session`), saved at every step
//! change so a reload, a locked phone or a discarded tab returns to the same point, and
//! cleared once the session is saved or discarded. Hook: `use_active_session()`.

use leptos::prelude::*;

use crate::domain::player::Snapshot;
use crate::storage::{active, LocalStore};

/// The session in progress: the snapshot saved last, as read at start-up (see
/// `Stored::read`) and kept in step with every save and clear since. The player page owns
/// the live `Player`; this is where its snapshots go.
#[derive(Clone, Copy, Debug)]
pub struct ActiveSession {
    saved: RwSignal<Option<Snapshot>>,
}

impl ActiveSession {
    pub(super) fn new(saved: Option<Snapshot>) -> Self {
        Self {
            saved: RwSignal::new(saved),
        }
    }

    /// The snapshot saved last, if there is one that could be read.
    pub fn load(&self) -> Option<Snapshot> {
        self.saved.get_untracked()
    }

    /// What Today says of the session in progress, without copying it: the routine's id,
    /// its name when it is the person's own, and whether it is finished (awaiting answers).
    pub fn unfinished(&self) -> Option<(String, Option<String>, bool)> {
        self.saved.with_untracked(|s| {
            s.as_ref().map(|s| {
                let own = s.own.as_ref().map(|o| o.name.clone());
                (s.routine_id.clone(), own, s.finished_at.is_some())
            })
        })
    }

    /// Save a snapshot. Failing quietly is right here: the live session goes on, and the
    /// next step change tries again.
    pub fn save(&self, snapshot: &Snapshot) {
        let _ = active::save(&LocalStore, snapshot);
        self.saved.set(Some(snapshot.clone()));
    }

    /// Forget the session in progress (saved to history, or discarded).
    pub fn clear(&self) {
        let _ = active::clear(&LocalStore);
        self.saved.set(None);
    }

    /// Another tab saved or cleared its session in progress.
    pub(super) fn reloaded(&self, saved: Option<Snapshot>) {
        self.saved.set(saved);
    }
}

/// The session in progress.
pub fn use_active_session() -> ActiveSession {
    super::context::app_state::<ActiveSession>()
}
