//! App-wide reactive state, provided once by `App` and read by pages through `use_*` hooks.

use leptos::prelude::*;

use crate::domain::backup::{self, Extras};
use crate::domain::checkin::CheckIn;
use crate::domain::custom::{self, CustomRoutine};
use crate::domain::history::SessionRecord;
use crate::domain::plan::Profile;
use crate::domain::routine::Routine;
use crate::domain::safety;
use crate::domain::settings::Settings;
use crate::domain::weight::{self as weight_log, WeightEntry};
use crate::platform::persist::{self, Persistence};
use crate::platform::{self, clock, service_worker};
use crate::storage::sessions::SESSIONS_KEY;
use crate::storage::slot::SlotError;
use crate::storage::{
    checkins, plan, routines, settings, weight, LocalStore, SessionStore, SessionsError,
};

/// Something about storage the person should know, in plain words, with the technical part
/// kept apart for a "Details" disclosure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub message: String,
    pub details: Option<String>,
    /// A storage key holding data that could not be read, which the person can download.
    pub raw_key: Option<String>,
}

impl From<&SessionsError> for Notice {
    fn from(e: &SessionsError) -> Self {
        let raw_key = match e {
            SessionsError::Damaged {
                kept_at: Some(k), ..
            } => Some(k.clone()),
            SessionsError::Damaged { kept_at: None, .. } => Some(SESSIONS_KEY.to_string()),
            SessionsError::Store(_) => None,
        };
        Self {
            message: e.to_string(),
            details: e.details(),
            raw_key,
        }
    }
}

/// The session history and anything worth telling the person about how it was stored.
#[derive(Clone, Copy)]
pub struct History {
    /// Every session on this device, in stored order (pages sort as they need).
    pub sessions: ReadSignal<Vec<SessionRecord>>,
    set_sessions: WriteSignal<Vec<SessionRecord>>,
    /// A storage problem, shown at the top of the app until dismissed.
    pub problem: ReadSignal<Option<Notice>>,
    set_problem: WriteSignal<Option<Notice>>,
    persistence: ReadSignal<Persistence>,
    set_persistence: WriteSignal<Persistence>,
}

impl History {
    /// Read history from localStorage. If it cannot be read, start empty and keep the
    /// message (the storage layer has already moved the data aside, never deleted it).
    fn load() -> Self {
        let (sessions, problem) = match Self::read() {
            Ok((list, notice)) => (list, notice),
            Err(e) => (Vec::new(), Some(Notice::from(&e))),
        };
        let (sessions, set_sessions) = signal(sessions);
        let (problem, set_problem) = signal(problem);
        let (persistence, set_persistence) = signal(Persistence::Unknown);
        leptos::task::spawn_local(async move {
            set_persistence.set(persist::status().await);
        });
        Self {
            sessions,
            set_sessions,
            problem,
            set_problem,
            persistence,
            set_persistence,
        }
    }

    /// Apply a change through the store (which re-reads storage first, so other tabs'
    /// records survive) and show the result. On failure the message is returned, and also
    /// shown at the top of the app; the caller still holds its data, so nothing is lost.
    fn apply(
        &self,
        change: impl FnOnce(&SessionStore<LocalStore>, i64) -> Result<Vec<SessionRecord>, SessionsError>,
    ) -> Result<(), String> {
        match change(&SessionStore::new(LocalStore), clock::now_ms()) {
            Ok(all) => {
                self.set_sessions.set(all);
                Ok(())
            }
            Err(e) => {
                self.set_problem.set(Some(Notice::from(&e)));
                Err(e.to_string())
            }
        }
    }

    /// Save a finished session. After the very first one, ask the browser to keep
    /// Limber's data safe from automatic clearing.
    pub fn add(&self, record: SessionRecord) -> Result<(), String> {
        let first = self.sessions.with_untracked(Vec::is_empty);
        self.apply(|store, now| store.add(record, now))?;
        if first {
            let set = self.set_persistence;
            leptos::task::spawn_local(async move {
                set.set(persist::request().await);
            });
        }
        Ok(())
    }

    /// Add imported sessions to this device's history, without duplicates.
    pub fn merge_in(&self, incoming: &[SessionRecord]) -> Result<(), String> {
        self.apply(|store, now| store.merge_in(incoming, now))
    }

    /// Replace this device's history with `sessions` (an empty list deletes it all).
    pub fn replace_all(&self, sessions: &[SessionRecord]) -> Result<(), String> {
        self.apply(|store, now| store.replace_all(sessions, now))
    }

    /// Remove one session. Returns it, so the caller can offer "Undo".
    pub fn remove(&self, id: &str) -> Result<Option<SessionRecord>, String> {
        let removed = self
            .sessions
            .with_untracked(|all| all.iter().find(|r| r.id == id).cloned());
        self.apply(|store, now| store.remove(id, now))?;
        Ok(removed)
    }

    /// Change a session's note.
    pub fn set_note(&self, id: &str, note: &str) -> Result<(), String> {
        self.apply(|store, now| store.set_note(id, note, now))
    }

    /// Stored history, with any sessions an older Limber in another tab had set aside
    /// brought back (and a note saying so).
    fn read() -> Result<(Vec<SessionRecord>, Option<Notice>), SessionsError> {
        let store = SessionStore::new(LocalStore);
        let now = clock::now_ms();
        let back = store.recover_set_aside(now).unwrap_or(0);
        let list = store.load(now)?;
        let notice = (back > 0).then(|| Notice {
            message: format!(
                "An older copy of Limber, open in another tab, had set {} aside. {} back in your history now. Please reload any other Limber tabs.",
                crate::domain::words::count(back as u64, crate::domain::words::SESSION),
                if back == 1 { "It's" } else { "They're" },
            ),
            details: None,
            raw_key: None,
        });
        Ok((list, notice))
    }

    /// Re-read history after another tab changed it (the `storage` event). Sessions an
    /// older tab set aside are shown but not written back here (that tab would only set
    /// them aside again); the next start brings them back for good.
    pub fn reload(&self) {
        match SessionStore::new(LocalStore).load_with_set_aside(clock::now_ms()) {
            Ok((list, _)) => self.set_sessions.set(list),
            Err(e) => self.set_problem.set(Some(Notice::from(&e))),
        }
    }

    /// Whether the browser has promised to keep this site's data.
    pub fn persistence(&self) -> ReadSignal<Persistence> {
        self.persistence
    }

    pub fn dismiss_problem(&self) {
        self.set_problem.set(None);
    }
}

/// The person's settings. Changing them writes them to storage straight away.
#[derive(Clone, Copy)]
pub struct Prefs {
    pub settings: ReadSignal<Settings>,
    set_settings: WriteSignal<Settings>,
}

impl Prefs {
    /// Read the settings again (another tab changed them).
    fn reload(&self) {
        self.set_settings
            .set(settings::load(&LocalStore, clock::now_ms()));
    }

    fn load() -> Self {
        let (settings, set_settings) = signal(settings::load(&LocalStore, clock::now_ms()));
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
            history.set_problem.set(Some(Notice {
                message: format!("Your settings couldn't be saved: {e}."),
                details: None,
                raw_key: None,
            }));
        }
    }
}

/// The person's plan (first-run answers, `None` until the first run is done) and their
/// answers to the warning-signs question, both kept in `limber.plan`.
#[derive(Clone, Copy)]
pub struct Plan {
    pub profile: RwSignal<Option<Profile>>,
    /// Weekly check-ins, oldest first.
    pub checkins: RwSignal<Vec<CheckIn>>,
    /// Warning-sign answers: while one is open, no session may start.
    pub safety: RwSignal<safety::Record>,
}

impl Plan {
    fn load(history: History) -> Self {
        let stored = match plan::load(&LocalStore, clock::now_ms()) {
            Ok(p) => p,
            Err(e) => {
                let kept = match &e {
                    SlotError::Damaged {
                        kept_at: Some(k), ..
                    } => Some(k.clone()),
                    _ => None,
                };
                // A problem with history matters more; don't hide it.
                if history.problem.get_untracked().is_none() {
                    history.set_problem.set(Some(Notice {
                        message: "Your plan couldn't be read, so Limber will ask the first-run questions again. The old copy has been kept.".into(),
                        details: Some(format!("{e:?}")),
                        raw_key: kept,
                    }));
                }
                plan::Stored::default()
            }
        };
        let checkins = checkins::load(&LocalStore, clock::now_ms()).unwrap_or_else(|e| {
            if history.problem.get_untracked().is_some() {
                return Vec::new();
            }
            history.set_problem.set(Some(Notice {
                message: "Your weekly check-ins couldn't be read. The old copy has been kept, and new ones are saved from now on.".into(),
                details: Some(format!("{e:?}")),
                raw_key: match e {
                    SlotError::Damaged { kept_at, .. } => kept_at,
                    SlotError::Store(_) => None,
                },
            }));
            Vec::new()
        });
        Self {
            profile: RwSignal::new(stored.profile),
            checkins: RwSignal::new(checkins),
            safety: RwSignal::new(stored.safety),
        }
    }

    /// The days a streak counts on: the plan's days less the rest days in `prefs` (every
    /// screen takes its streak from `insights::streak` with these, so they all agree).
    pub fn exercise_days(&self, prefs: Prefs) -> [bool; 7] {
        crate::domain::insights::exercise_days(
            self.profile.with(|p| p.as_ref().map(|p| p.days)),
            prefs.settings.with(|s| s.rest_days),
        )
    }

    /// Whether a session may start now (no warning sign waiting to be checked).
    pub fn allows_sessions(&self) -> bool {
        self.safety.with(safety::Record::allows_sessions)
    }

    /// Change the stored plan and answers together (read, change, write), and show the
    /// result. It applies for this visit even if saving fails; the failure is reported.
    fn change(&self, history: History, change: impl Fn(&mut plan::Stored)) {
        let stored = match plan::update(&LocalStore, clock::now_ms(), &change) {
            Ok(stored) => stored,
            Err(e) => {
                // The stored value couldn't be read (it was kept aside) or written: keep what
                // this visit has, try to write it, and say so if that fails too.
                let mut here = plan::Stored {
                    profile: self.profile.get_untracked(),
                    safety: self.safety.get_untracked(),
                };
                change(&mut here);
                if plan::replace(&LocalStore, &here).is_err() {
                    history.set_problem.set(Some(Notice {
                        message: "Your plan couldn't be saved. It applies for now, but may be gone after a reload.".into(),
                        details: Some(format!("{e:?}")),
                        raw_key: None,
                    }));
                }
                here
            }
        };
        self.profile.set(stored.profile);
        self.safety.set(stored.safety);
    }

    /// Record the answer to the warning-signs question (`None`: none apply).
    pub fn answer_safety(&self, history: History, tier: Option<safety::Tier>) {
        let now = clock::now_ms();
        self.change(history, |s| s.safety.answer(tier, now));
    }

    /// The person ticked that a health professional has checked them.
    pub fn clear_safety(&self, history: History) {
        let now = clock::now_ms();
        self.change(history, |s| s.safety.clear(now));
    }

    /// Save a weekly check-in. Returns the message to show if it could not be saved.
    pub fn add_checkin(&self, checkin: CheckIn) -> Result<(), String> {
        match checkins::add(&LocalStore, clock::now_ms(), checkin) {
            Ok(all) => {
                self.checkins.set(all);
                Ok(())
            }
            Err(SlotError::Store(e)) => Err(format!("Your check-in couldn't be saved: {e}.")),
            Err(SlotError::Damaged { .. }) => Err(
                "Your earlier check-ins couldn't be read; they were kept aside. Try saving again."
                    .into(),
            ),
        }
    }

    /// Save a new or changed plan. It applies for this visit even if saving fails, and the
    /// failure is reported.
    pub fn save(&self, history: History, profile: Profile) {
        self.change(history, |s| s.profile = Some(profile.clone()));
    }

    /// Bring in a backup's plan and check-ins. Check-ins rate one plan's activities, so they
    /// travel with their plan: when the file's plan is taken (replacing, or there is none
    /// here) its check-ins come too; otherwise they are merged only if the activities match.
    pub fn import(&self, history: History, extras: &Extras, replace: bool) -> Result<(), String> {
        let here = self.profile.get_untracked();
        let take_plan = extras.plan.is_some() && (replace || here.is_none());
        let same_activities = match (&here, &extras.plan) {
            (Some(a), Some(b)) => activity_names(a) == activity_names(b),
            _ => false,
        };
        let checkins = if take_plan && replace {
            Some(extras.checkins.clone())
        } else if take_plan || same_activities {
            Some(
                self.checkins
                    .with_untracked(|here| backup::merge_checkins(here, &extras.checkins)),
            )
        } else {
            None
        };
        if let Some(checkins) = checkins {
            checkins::replace_all(&LocalStore, &checkins)
                .map_err(|e| format!("your check-ins couldn't be saved: {e}"))?;
            self.checkins.set(checkins);
        }
        let take = take_plan.then(|| extras.plan.clone()).flatten();
        let answers = extras.safety.clone();
        self.change(history, |s| {
            if let Some(p) = &take {
                s.profile = Some(p.clone());
            }
            s.safety = s.safety.merged(&answers);
        });
        Ok(())
    }

    /// Save the plan from a new first run. Check-ins of the old plan stay only if the
    /// activities they rate are still the same.
    pub fn save_new(&self, history: History, profile: Profile) {
        let keep = self
            .profile
            .with_untracked(|old| old.as_ref().map(activity_names))
            == Some(activity_names(&profile));
        if !keep {
            let _ = checkins::clear(&LocalStore);
            self.checkins.set(Vec::new());
        }
        self.save(history, profile);
    }

    /// Read the plan and check-ins again (another tab changed them).
    fn reload(&self) {
        if let Ok(p) = plan::load(&LocalStore, clock::now_ms()) {
            self.profile.set(p.profile);
            self.safety.set(p.safety);
        }
        if let Ok(c) = checkins::load(&LocalStore, clock::now_ms()) {
            self.checkins.set(c);
        }
    }
}

fn activity_names(p: &Profile) -> Vec<String> {
    p.activities.iter().map(|a| a.name.to_lowercase()).collect()
}

/// The person's own routines, newest first.
#[derive(Clone, Copy)]
pub struct Routines {
    pub own: RwSignal<Vec<CustomRoutine>>,
    /// The routine deleted last, for "Undo" (this visit only).
    pub deleted: RwSignal<Option<CustomRoutine>>,
}

fn slot_problem(history: History, message: &str, e: SlotError) {
    if history.problem.get_untracked().is_some() {
        return;
    }
    history.set_problem.set(Some(Notice {
        message: message.into(),
        details: Some(format!("{e:?}")),
        raw_key: match e {
            SlotError::Damaged { kept_at, .. } => kept_at,
            SlotError::Store(_) => None,
        },
    }));
}

fn slot_message(what: &str, e: SlotError) -> String {
    match e {
        SlotError::Store(e) => format!("{what} couldn't be saved: {e}."),
        SlotError::Damaged { .. } => format!(
            "{what} couldn't be saved, because the stored copy couldn't be read. It was kept \
             aside; try again."
        ),
    }
}

impl Routines {
    fn load(history: History) -> Self {
        let own = routines::load(&LocalStore, clock::now_ms()).unwrap_or_else(|e| {
            slot_problem(
                history,
                "Your own routines couldn't be read. The old copy has been kept aside.",
                e,
            );
            Vec::new()
        });
        Self {
            own: RwSignal::new(own),
            deleted: RwSignal::new(None),
        }
    }

    /// A routine by id, built-in or the person's own (tracks the list).
    pub fn find(&self, id: &str) -> Option<Routine> {
        self.own.with(|own| custom::find(id, own))
    }

    /// Save a new or changed routine.
    pub fn put(&self, routine: CustomRoutine) -> Result<(), String> {
        let all = routines::put(&LocalStore, clock::now_ms(), routine)
            .map_err(|e| slot_message("Your routine", e))?;
        self.own.set(all);
        Ok(())
    }

    /// Delete one; returns it so the caller can offer "Undo".
    pub fn remove(&self, id: &str) -> Result<Option<CustomRoutine>, String> {
        let removed = self
            .own
            .with_untracked(|all| all.iter().find(|r| r.id == id).cloned());
        let all = routines::remove(&LocalStore, clock::now_ms(), id)
            .map_err(|e| slot_message("The change", e))?;
        self.own.set(all);
        self.deleted.set(removed.clone());
        Ok(removed)
    }

    /// Bring in a backup's routines: merged (newer copy wins), or instead of these.
    pub fn import(&self, incoming: &[CustomRoutine], replace: bool) -> Result<(), String> {
        let all = if replace {
            custom::merge(&[], incoming)
        } else {
            // Against what is stored now: another tab may have saved one meanwhile.
            let here = routines::load(&LocalStore, clock::now_ms())
                .unwrap_or_else(|_| self.own.get_untracked());
            custom::merge(&here, incoming)
        };
        // An "Undo" from before no longer applies.
        self.deleted.set(None);
        routines::replace_all(&LocalStore, &all)
            .map_err(|e| format!("your routines couldn't be saved: {e}"))?;
        self.own.set(all);
        Ok(())
    }

    fn reload(&self) {
        if let Ok(all) = routines::load(&LocalStore, clock::now_ms()) {
            self.own.set(all);
        }
    }
}

/// The body-weight log, oldest first (kept only if the person turns it on).
#[derive(Clone, Copy)]
pub struct Body {
    pub entries: RwSignal<Vec<WeightEntry>>,
    /// The entry removed last, for "Undo" (this visit only).
    pub removed: RwSignal<Option<WeightEntry>>,
}

impl Body {
    fn load(history: History) -> Self {
        let entries = weight::load(&LocalStore, clock::now_ms()).unwrap_or_else(|e| {
            slot_problem(
                history,
                "Your weight log couldn't be read. The old copy has been kept aside.",
                e,
            );
            Vec::new()
        });
        Self {
            entries: RwSignal::new(entries),
            removed: RwSignal::new(None),
        }
    }

    pub fn add(&self, entry: WeightEntry) -> Result<(), String> {
        let all = weight::add(&LocalStore, clock::now_ms(), entry)
            .map_err(|e| slot_message("Your weight", e))?;
        self.entries.set(all);
        Ok(())
    }

    pub fn remove(&self, at: i64) -> Result<(), String> {
        let gone = self
            .entries
            .with_untracked(|all| all.iter().find(|e| e.at == at).cloned());
        let all = weight::remove(&LocalStore, clock::now_ms(), at)
            .map_err(|e| slot_message("The change", e))?;
        self.entries.set(all);
        self.removed.set(gone);
        Ok(())
    }

    /// Put back the entry removed last.
    pub fn undo_remove(&self) -> Result<(), String> {
        match self.removed.get_untracked() {
            Some(entry) => {
                self.add(entry)?;
                self.removed.set(None);
                Ok(())
            }
            None => Ok(()),
        }
    }

    /// Bring in a backup's entries: merged by day, or instead of these.
    pub fn import(&self, incoming: &[WeightEntry], replace: bool) -> Result<(), String> {
        let all = if replace {
            incoming.to_vec()
        } else {
            let here = weight::load(&LocalStore, clock::now_ms())
                .unwrap_or_else(|_| self.entries.get_untracked());
            weight_log::merge(&here, incoming)
        };
        self.removed.set(None);
        weight::replace_all(&LocalStore, &all)
            .map_err(|e| format!("your weight log couldn't be saved: {e}"))?;
        self.entries.set(all);
        Ok(())
    }

    fn reload(&self) {
        if let Ok(all) = weight::load(&LocalStore, clock::now_ms()) {
            self.entries.set(all);
        }
    }
}

/// What the app knows about its own installation: a newer version waiting to take over, and
/// whether the browser offers its install prompt.
#[derive(Clone, Copy)]
pub struct AppInstall {
    pub update_ready: RwSignal<bool>,
    pub can_prompt: RwSignal<bool>,
    /// Opened from the home screen rather than in a browser tab.
    pub standalone: bool,
}

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
                Some(plan::PLAN_KEY | checkins::CHECKINS_KEY)
            )
        {
            plan_state.reload();
        }
        if key.is_none() || key.as_deref() == Some(settings::SETTINGS_KEY) {
            prefs.reload();
        }
        if key.is_none() || key.as_deref() == Some(routines::ROUTINES_KEY) {
            own_routines.reload();
        }
        if key.is_none() || key.as_deref() == Some(weight::WEIGHT_KEY) {
            body.reload();
        }
    });
    on_cleanup(move || listener.remove());
}

/// The person's own routines, and finding any routine by id.
pub fn use_routines() -> Routines {
    expect_context::<Routines>()
}

/// The body-weight log.
pub fn use_body() -> Body {
    expect_context::<Body>()
}

/// The person's plan.
pub fn use_plan() -> Plan {
    expect_context::<Plan>()
}

/// Install and update status.
pub fn use_install() -> AppInstall {
    expect_context::<AppInstall>()
}

/// The person's settings.
pub fn use_prefs() -> Prefs {
    expect_context::<Prefs>()
}

/// The session history. Panics only if called outside `App`, which is a programming error.
pub fn use_history() -> History {
    expect_context::<History>()
}
