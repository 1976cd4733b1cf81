//! Thin wrappers over browser APIs. Each one degrades quietly when the browser lacks the
//! feature; none of them panics.

pub mod appearance;
pub mod base_path;
pub mod boot;
pub mod clock;
pub mod files;
pub mod install;
pub mod motion;
pub mod nav;
pub mod persist;
pub mod prefetch;
pub mod service_worker;
pub mod share;
pub mod speech;
pub mod styles;
pub mod tones;
pub mod vibrate;
pub mod visibility;
pub mod wake_lock;
