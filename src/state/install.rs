//! `AppInstall`: a newer version waiting, the browser's install prompt, standalone mode.
//! Nothing stored. Hook: `use_install()`.

use leptos::prelude::*;

/// What the app knows about its own installation: a newer version waiting to take over, and
/// whether the browser offers its install prompt.
#[derive(Clone, Copy)]
pub struct AppInstall {
    pub update_ready: RwSignal<bool>,
    pub can_prompt: RwSignal<bool>,
    /// Opened from the home screen rather than in a browser tab.
    pub standalone: bool,
}

/// Install and update status.
pub fn use_install() -> AppInstall {
    expect_context::<AppInstall>()
}
