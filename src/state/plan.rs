//! `Plan`: the first-run answers and the plan made from them, the warning-sign answers
//! (`limber.plan`) and the weekly check-ins (`limber.checkins`). Hook: `use_plan()`.

use leptos::prelude::*;

use super::lang::t;
use super::{store_message, History, Notice, Prefs};
use crate::domain::backup::{self, Extras};
use crate::domain::checkin::CheckIn;
use crate::domain::i18n::{messages, Msg};
use crate::domain::plan::Profile;
use crate::domain::safety;
use crate::platform::clock;
use crate::storage::slot::SlotError;
use crate::storage::{checkins, plan, LocalStore};

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
    /// The plan and check-ins as read at start-up (see `Stored::read`).
    pub(super) fn new(stored: plan::Stored, checkins: Vec<CheckIn>) -> Self {
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

    /// The person's usual pain now (`coach::usual`): what every pain answer is judged
    /// against. `today` is a pain just given before a session, for someone with no answers
    /// yet. Reactive: it reads the plan, check-ins and history.
    pub fn usual(&self, history: History, today: Option<u8>) -> crate::domain::pain::Usual {
        let now = clock::now_ms();
        self.profile.with(|p| {
            self.checkins.with(|c| {
                history
                    .sessions
                    .with(|s| crate::domain::coach::usual(p.as_ref(), s, c, now, today))
            })
        })
    }

    /// A pain answer given in the last hour (first run, next morning, flare plan, check-in),
    /// offered before a session so nobody is asked the same thing twice.
    pub fn recent_pain(&self, history: History) -> Option<u8> {
        let now = clock::now_ms();
        self.profile.with(|p| {
            self.checkins.with(|c| {
                history
                    .sessions
                    .with(|s| crate::domain::coach::recent_pain(p.as_ref(), s, c, now))
            })
        })
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
                    history.set_problem.set(Some(Notice::new(
                        messages::more_plan_not_saved(),
                        Some(Msg::plain(format!("{e:?}"))),
                        None,
                    )));
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
            Err(SlotError::Store(e)) => Err(store_message("checkin", &e)),
            Err(SlotError::Damaged { .. }) => Err(t(messages::more_checkins_unreadable())),
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
                .map_err(|e| store_message("checkins", &e))?;
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

    /// Show the plan and check-ins read again after another tab changed them (a part that
    /// couldn't be read keeps what this tab shows).
    pub(super) fn reloaded(&self, stored: Option<plan::Stored>, checkins: Option<Vec<CheckIn>>) {
        if let Some(p) = stored {
            self.profile.set(p.profile);
            self.safety.set(p.safety);
        }
        if let Some(c) = checkins {
            self.checkins.set(c);
        }
    }
}

fn activity_names(p: &Profile) -> Vec<String> {
    p.activities.iter().map(|a| a.name.to_lowercase()).collect()
}

/// The person's plan.
pub fn use_plan() -> Plan {
    super::context::app_state::<Plan>()
}
