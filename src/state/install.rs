//! `AppInstall`: a newer version waiting, the browser's install prompt, standalone mode, and
//! whether this is an iPhone or iPad.
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
    /// An iPhone or iPad, where the browser can clear the data after about a week without a
    /// visit and the home-screen app keeps its own, separate storage.
    pub ios: bool,
}

impl AppInstall {
    /// In Safari on an iPhone or iPad rather than the home-screen app: adding it to the home
    /// screen is the lasting way to keep the data.
    pub fn ios_in_browser(&self) -> bool {
        self.ios && !self.standalone
    }
}

/// Install and update status.
pub fn use_install() -> AppInstall {
    super::context::app_state::<AppInstall>()
}
