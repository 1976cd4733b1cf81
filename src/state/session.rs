//! `ActiveSession`: the session in progress (`limber.active-session`), saved at every step
//! change so a reload, a locked phone or a discarded tab returns to the same point, and
//! cleared once the session is saved or discarded. Hook: `use_active_session()`.

use crate::domain::player::Snapshot;
use crate::platform::clock;
use crate::storage::{active, LocalStore};

/// The stored session in progress. It holds no signal: the player page owns the live
/// `Player`, and this is where its snapshots go.
#[derive(Clone, Copy, Debug, Default)]
pub struct ActiveSession;

impl ActiveSession {
    /// The snapshot saved last, if it can still be read.
    pub fn load(&self) -> Option<Snapshot> {
        active::load(&LocalStore, clock::now_ms())
    }

    /// Save a snapshot. Failing quietly is right here: the live session goes on, and the
    /// next step change tries again.
    pub fn save(&self, snapshot: &Snapshot) {
        let _ = active::save(&LocalStore, snapshot);
    }

    /// Forget the session in progress (saved to history, or discarded).
    pub fn clear(&self) {
        let _ = active::clear(&LocalStore);
    }
}

/// The session in progress. It holds nothing itself, so it needs no context.
pub fn use_active_session() -> ActiveSession {
    ActiveSession
}
