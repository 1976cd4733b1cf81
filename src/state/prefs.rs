//! `Prefs`: the person's settings (`limber.settings`), written as soon as they change. Hook:
//! `use_prefs()`.

use leptos::prelude::*;

use super::{History, Notice};
use crate::domain::i18n::messages;
use crate::domain::settings::Settings;
use crate::storage::{settings, LocalStore};

/// The person's settings. Changing them writes them to storage straight away.
#[derive(Clone, Copy)]
pub struct Prefs {
    pub settings: ReadSignal<Settings>,
    set_settings: WriteSignal<Settings>,
}

impl Prefs {
    /// Show settings read again after another tab changed them.
    pub(super) fn reloaded(&self, settings: Settings) {
        self.set_settings.set(settings);
    }

    pub(super) fn new(settings: Settings) -> Self {
        let (settings, set_settings) = signal(settings);
        Self {
            settings,
            set_settings,
        }
    }

    /// Change one or more settings and save them. If saving fails they still apply for
    /// this visit; the failure is reported through the history notice.
    pub fn update(&self, history: History, f: impl FnOnce(&mut Settings)) {
        self.set_settings.update(f);
        if let Err(e) = settings::save(&LocalStore, &self.settings.get_untracked()) {
            history.set_problem.set(Some(Notice::new(
                messages::more_not_saved("settings", e.msg()),
                None,
                None,
            )));
        }
    }
}

/// The person's settings.
pub fn use_prefs() -> Prefs {
    super::context::app_state::<Prefs>()
}

/// Whether to keep things still: the person's choice in Settings, else what the device asks
/// for (also when no settings are in context, as in component tests).
pub fn reduced_motion() -> bool {
    use crate::platform::motion::prefers_reduced_motion;
    use_context::<Prefs>().map_or_else(prefers_reduced_motion, |p| {
        p.settings
            .with_untracked(|s| s.motion.reduced(prefers_reduced_motion()))
    })
}
