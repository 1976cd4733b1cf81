//! Everything Limber keeps on the device goes through here.
//!
//! Each key holds a versioned envelope (`{"v":1,"data":...}`, see [`envelope`]) and has
//! exactly one owner module: `sessions` (`limber.sessions`), `settings`
//! (`limber.settings`), `plan` (`limber.plan`), `checkins` (`limber.checkins`), `routines`
//! (`limber.routines`), `weight` (`limber.weight`), `copies` (`limber.copies`), `course`
//! (`limber.course`) and `active`
//! (`limber.active-session`).
//! A value that cannot be read
//! is never overwritten: [`slot`] moves it to a quarantine key first, and the caller gets
//! an error it can show. Writes report a full quota as its own error so the app can say so
//! plainly and keep the unsaved data in memory.

pub mod active;
pub mod checkins;
pub mod copies;
pub mod course;
pub mod envelope;
pub mod kv;
pub mod local;
pub mod migrations;
pub mod plan;
pub mod routines;
pub mod sessions;
pub mod settings;
pub mod slot;
pub mod weight;

pub use envelope::LoadError;
pub use kv::{KeyValue, MemoryStore, StoreError, KEY_PREFIX};
pub use local::LocalStore;
pub use sessions::{SessionStore, SessionsError};
