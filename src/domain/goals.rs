//! Goals of the person's own, and a plan for each week: the coaching the walking trial
//! Limber follows (WalkBack) worked through. Up to [`MAX_GOALS`] goals at a time, in their
//! own words ("Walk to the park with my grandson"), each linked to one of their activities
//! where it fits. Each goal has a [`WeekPlan`]: what, on which days, where, how much, and one
//! if-then plan for the likeliest thing to get in the way ("If it rains, then I walk in the
//! shopping centre"). A plan holds from its week on, until a later week's plan replaces it.
//!
//! The weekly check-in asks how last week's plan went ([`How`]) and offers a smaller step,
//! the same, or a bigger one ([`Step`]); the walking programme's week is planned with the same
//! form, its what and how much set by the programme (`learn::Course::walk_plans`).
//! Everything is kept with the course (`learn::Course::goals`), so backups, CSV and merging
//! carry it.

use serde::{Deserialize, Serialize};

use super::calendar::{self, LocalDate};
use super::i18n::{messages as m, Arg, DateStyle, Msg};
use super::limits;
use super::plan;

/// Goals at a time (reached or set-aside ones are kept for the record but don't count).
pub const MAX_GOALS: usize = 3;
/// The longest goal, plan part or if-then part, in characters.
pub const TEXT_MAX: usize = 80;
/// The most a plan can ask for on one day (minutes or times).
pub const AMOUNT_MAX: u16 = 600;

/// What a plan's amount counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    #[default]
    Minutes,
    Times,
}

impl Unit {
    pub fn slug(self) -> &'static str {
        match self {
            Unit::Minutes => "minutes",
            Unit::Times => "times",
        }
    }
}

/// A week's plan for a goal (or for the walking programme).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekPlan {
    /// The first day of the first week it is for (`calendar::week_start`, days since the
    /// epoch). It holds for the weeks after, until a later plan replaces it.
    pub week: i64,
    /// What, in the person's words ("Walk").
    pub what: String,
    /// Which days, Monday first.
    pub days: [bool; 7],
    /// Where, in their words (may be empty).
    #[serde(default)]
    pub place: String,
    /// How much on each of those days.
    pub amount: u16,
    #[serde(default)]
    pub unit: Unit,
    /// The if-then plan: what may get in the way ("it rains")…
    #[serde(default, rename = "if")]
    pub when: String,
    /// …and what they will do then ("I walk in the shopping centre").
    #[serde(default)]
    pub then: String,
}

impl WeekPlan {
    /// Everything the form needs, in range: words trimmed and present, at least one day,
    /// an amount from 1 to [`AMOUNT_MAX`], the if-then both or neither. `Err` names the
    /// first problem in the form's order.
    pub fn validated(mut self) -> Result<WeekPlan, Msg> {
        self.what = self.what.trim().to_string();
        self.place = self.place.trim().to_string();
        self.when = self.when.trim().to_string();
        self.then = self.then.trim().to_string();
        if self.what.is_empty() {
            return Err(m::goals_error_what());
        }
        if [&self.what, &self.place, &self.when, &self.then]
            .iter()
            .any(|t| t.chars().count() > TEXT_MAX)
        {
            return Err(m::goals_error_long(TEXT_MAX as u32));
        }
        if !self.days.iter().any(|d| *d) {
            return Err(m::goals_error_days());
        }
        if !(1..=AMOUNT_MAX).contains(&self.amount) {
            return Err(m::goals_error_amount(u32::from(AMOUNT_MAX)));
        }
        if self.when.is_empty() != self.then.is_empty() {
            return Err(m::goals_error_if_then());
        }
        Ok(self)
    }

    /// "Walk, 15 minutes on Mon, Wed and Sat."
    pub fn step_msg(&self) -> Msg {
        let what = Msg::plain(self.what.clone());
        let days = plan::days_msg(self.days);
        match self.unit {
            Unit::Minutes => m::goals_step_minutes(what, u32::from(self.amount), days),
            Unit::Times => m::goals_step_times(what, u32::from(self.amount), days),
        }
    }

    /// "Where: the park." (`None` if not said).
    pub fn place_msg(&self) -> Option<Msg> {
        (!self.place.is_empty()).then(|| m::goals_place(Msg::plain(self.place.clone())))
    }

    /// "If it rains, then I walk in the shopping centre." (`None` if not said).
    pub fn if_then_msg(&self) -> Option<Msg> {
        (!self.when.is_empty())
            .then(|| m::goals_if_then(Msg::plain(self.when.clone()), Msg::plain(self.then.clone())))
    }

    /// Whether `day` is one of the plan's days.
    pub fn is_on(&self, day: LocalDate) -> bool {
        self.days[usize::from(day.weekday())]
    }

    fn makes_sense(&self) -> bool {
        self.clone().validated().is_ok_and(|p| p == *self) && plausible_day(self.week)
    }
}

/// How a week's plan went, as the person says at the check-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum How {
    Done,
    Partly,
    Not,
}

impl How {
    pub const ALL: [How; 3] = [How::Done, How::Partly, How::Not];

    pub fn slug(self) -> &'static str {
        match self {
            How::Done => "done",
            How::Partly => "partly",
            How::Not => "not",
        }
    }

    /// The step the check-in offers first: bigger after a week done, the same after one
    /// partly done, smaller after one not done. The person can pick another.
    pub fn suggested_step(self) -> Step {
        match self {
            How::Done => Step::Bigger,
            How::Partly => Step::Same,
            How::Not => Step::Smaller,
        }
    }
}

/// The next week's step against this one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Smaller,
    Same,
    Bigger,
}

impl Step {
    pub const ALL: [Step; 3] = [Step::Smaller, Step::Same, Step::Bigger];

    pub fn slug(self) -> &'static str {
        match self {
            Step::Smaller => "smaller",
            Step::Same => "same",
            Step::Bigger => "bigger",
        }
    }

    /// The amount after this step: about a quarter less (at least one less, never below
    /// one), the same, or about a tenth more (at least one more, never above
    /// [`AMOUNT_MAX`]): up gently, the way the walking programme grows, and down enough to
    /// make a missed week doable.
    pub fn apply(self, amount: u16) -> u16 {
        match self {
            Step::Smaller => amount.saturating_sub((amount / 4).max(1)).max(1),
            Step::Same => amount,
            Step::Bigger => amount.saturating_add((amount / 10).max(1)).min(AMOUNT_MAX),
        }
    }
}

/// How one week went.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// The week reviewed (its first day, days since the epoch).
    pub week: i64,
    pub how: How,
    /// When it was said (ms since the epoch).
    pub at: i64,
}

/// How a goal ended, if it has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ended {
    Reached,
    SetAside,
}

/// A goal of the person's own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    /// `g-<ms when set>`.
    pub id: String,
    /// In their words.
    pub text: String,
    /// One of their hard activities (first run) or cardio kinds it is linked to, as named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<String>,
    /// When it was set and last changed (ms since the epoch); merging keeps the later.
    pub created: i64,
    #[serde(default)]
    pub utc_offset_min: i16,
    #[serde(default)]
    pub changed: i64,
    /// How and on which day it ended (reached, or set aside).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<(Ended, i64)>,
    /// Its weekly plans, oldest week first.
    #[serde(default)]
    pub plans: Vec<WeekPlan>,
    /// How the weeks went, oldest first.
    #[serde(default)]
    pub reviews: Vec<Review>,
}

impl Goal {
    /// A new goal in the person's words, set at `now_ms`: `Err` if empty or too long.
    pub fn new(
        text: &str,
        activity: Option<String>,
        now_ms: i64,
        utc_offset_min: i16,
    ) -> Result<Goal, Msg> {
        let text = check_text(text)?;
        Ok(Goal {
            id: format!("g-{now_ms}"),
            text,
            activity: activity.filter(|a| !a.trim().is_empty()),
            created: now_ms,
            utc_offset_min,
            changed: now_ms,
            ended: None,
            plans: Vec::new(),
            reviews: Vec::new(),
        })
    }

    /// Reached or set aside on `day` (days since the epoch), said at `now_ms`.
    pub fn end(&mut self, how: Ended, day: i64, now_ms: i64) {
        self.ended = Some((how, day));
        self.changed = now_ms;
    }

    /// This week's plan set (`set_plan`) at `now_ms`.
    pub fn plan(&mut self, plan: WeekPlan, now_ms: i64) {
        set_plan(&mut self.plans, plan);
        self.changed = now_ms;
    }

    pub fn is_active(&self) -> bool {
        self.ended.is_none()
    }

    /// The plan for the week starting `week` (the latest from that week or before).
    pub fn plan_for(&self, week: i64) -> Option<&WeekPlan> {
        plan_for(&self.plans, week)
    }

    /// The week the check-in should ask about: the week before `this_week`, if a plan held
    /// for it and it hasn't been reviewed, and the goal is still going.
    pub fn review_due(&self, this_week: i64) -> Option<i64> {
        let last = this_week - 7;
        (self.is_active()
            && self.plan_for(last).is_some()
            && !self.reviews.iter().any(|r| r.week == last))
        .then_some(last)
    }

    /// How `week` went, and the step for `this_week` on from it: a smaller or bigger step
    /// is this week's plan with its amount changed ([`Step::apply`]).
    pub fn review(&mut self, week: i64, how: How, step: Step, this_week: i64, now_ms: i64) {
        self.reviews.retain(|r| r.week != week);
        self.reviews.push(Review {
            week,
            how,
            at: now_ms,
        });
        self.reviews.sort_by_key(|r| r.week);
        if let Some(current) = self.plan_for(this_week).cloned() {
            if step != Step::Same {
                set_plan(
                    &mut self.plans,
                    WeekPlan {
                        week: this_week,
                        amount: step.apply(current.amount),
                        ..current
                    },
                );
            }
        }
        self.changed = now_ms;
    }

    /// The goal in its words.
    pub fn title_msg(&self) -> Msg {
        Msg::plain(self.text.clone())
    }

    /// Weeks reviewed as done, partly and not done.
    pub fn tally(&self) -> (u32, u32, u32) {
        self.reviews
            .iter()
            .fold((0, 0, 0), |(d, p, n), r| match r.how {
                How::Done => (d + 1, p, n),
                How::Partly => (d, p + 1, n),
                How::Not => (d, p, n + 1),
            })
    }

    fn makes_sense(&self) -> bool {
        check_text(&self.text).is_ok_and(|t| t == self.text)
            && (limits::EARLIEST_MS..=limits::LATEST_MS).contains(&self.created)
            && self.plans.iter().all(WeekPlan::makes_sense)
            && self.reviews.iter().all(|r| plausible_day(r.week))
            && self
                .activity
                .as_ref()
                .is_none_or(|a| a.chars().count() <= TEXT_MAX)
    }
}

fn plausible_day(day: i64) -> bool {
    let ms = day.saturating_mul(86_400_000);
    (limits::EARLIEST_MS..=limits::LATEST_MS).contains(&ms)
}

/// A goal's words, trimmed: `Err` if empty or longer than [`TEXT_MAX`].
pub fn check_text(text: &str) -> Result<String, Msg> {
    let text = text.trim();
    if text.is_empty() {
        Err(m::goals_error_empty())
    } else if text.chars().count() > TEXT_MAX {
        Err(m::goals_error_long(TEXT_MAX as u32))
    } else {
        Ok(text.to_string())
    }
}

/// The week `day` is in (its first day, days since the epoch): `calendar::week_start`.
pub fn week_of(day: LocalDate) -> i64 {
    calendar::week_start(day).to_days()
}

/// The plan for the week starting `week`: the latest plan from that week or before.
pub fn plan_for(plans: &[WeekPlan], week: i64) -> Option<&WeekPlan> {
    plans
        .iter()
        .filter(|p| p.week <= week)
        .max_by_key(|p| p.week)
}

/// Set a week's plan: it replaces one made for the same week.
pub fn set_plan(plans: &mut Vec<WeekPlan>, plan: WeekPlan) {
    plans.retain(|p| p.week != plan.week);
    plans.push(plan);
    plans.sort_by_key(|p| p.week);
}

/// The goals still going, oldest first.
pub fn active(goals: &[Goal]) -> impl Iterator<Item = &Goal> {
    goals.iter().filter(|g| g.is_active())
}

/// Whether another goal can be set.
pub fn can_add(goals: &[Goal]) -> bool {
    active(goals).count() < MAX_GOALS
}

/// Add a goal: `Err` when [`MAX_GOALS`] are already going.
pub fn add(goals: &mut Vec<Goal>, goal: Goal) -> Result<(), Msg> {
    if !can_add(goals) {
        return Err(m::goals_error_full(MAX_GOALS as u32));
    }
    goals.retain(|g| g.id != goal.id);
    goals.push(goal);
    Ok(())
}

/// Two devices' goals together: each goal once, the version changed last, with the weeks'
/// plans and reviews the other has for weeks it hasn't.
pub fn merge(a: &[Goal], b: &[Goal]) -> Vec<Goal> {
    let mut out = a.to_vec();
    for theirs in b {
        match out.iter_mut().find(|g| g.id == theirs.id) {
            None => out.push(theirs.clone()),
            Some(ours) => {
                let (mut later, other) = if theirs.changed > ours.changed {
                    (theirs.clone(), ours.clone())
                } else {
                    (ours.clone(), theirs.clone())
                };
                for p in other.plans {
                    if !later.plans.iter().any(|q| q.week == p.week) {
                        set_plan(&mut later.plans, p);
                    }
                }
                for r in other.reviews {
                    if !later.reviews.iter().any(|q| q.week == r.week) {
                        later.reviews.push(r);
                    }
                }
                later.reviews.sort_by_key(|r| r.week);
                *ours = later;
            }
        }
    }
    out.sort_by_key(|g| g.created);
    out
}

/// What a file holds, keeping only goals that make sense, each once.
pub fn checked(goals: Vec<Goal>) -> Vec<Goal> {
    merge(
        &[],
        &goals
            .into_iter()
            .filter(Goal::makes_sense)
            .collect::<Vec<_>>(),
    )
}

/// The walking programme's plan for the week starting `week`, made with the same form.
pub fn walk_plan_checked(plans: Vec<WeekPlan>) -> Vec<WeekPlan> {
    let mut out = Vec::new();
    for p in plans.into_iter().filter(WeekPlan::makes_sense) {
        set_plan(&mut out, p);
    }
    out
}

/// The stored `what` of a walking-programme plan: its words on screen are the programme's.
pub const WALK: &str = "walk";

/// The walking programme's week as a plan, made with the same form: what and how much are
/// the programme's (`walks` walks of `minutes`), the person picks as many days, where, and an
/// if-then plan. `Err` names the first problem.
pub fn walk_plan(
    week: i64,
    walks: u8,
    minutes: u16,
    days: [bool; 7],
    place: &str,
    when: &str,
    then: &str,
) -> Result<WeekPlan, Msg> {
    if days.iter().filter(|d| **d).count() != usize::from(walks) {
        return Err(m::goals_error_walk_days(u32::from(walks)));
    }
    WeekPlan {
        week,
        what: WALK.into(),
        days,
        place: place.into(),
        amount: minutes,
        unit: Unit::Minutes,
        when: when.into(),
        then: then.into(),
    }
    .validated()
}

/// Today's walk row's lines from this week's walk plan: the days, where, and the if-then
/// plan; none without a plan.
pub fn walk_plan_lines(plans: &[WeekPlan], today: LocalDate) -> Vec<Msg> {
    plan_for(plans, week_of(today))
        .map(|p| {
            std::iter::once(m::goals_walk_days(plan::days_msg(p.days)))
                .chain(p.place_msg())
                .chain(p.if_then_msg())
                .collect()
        })
        .unwrap_or_default()
}

/// Two lists of weekly plans together: each week once, ours kept where both have it.
pub fn merge_plans(a: &[WeekPlan], b: &[WeekPlan]) -> Vec<WeekPlan> {
    let mut out = a.to_vec();
    for p in b {
        if !out.iter().any(|q| q.week == p.week) {
            set_plan(&mut out, p.clone());
        }
    }
    out
}

/// The report's lines for each goal: the goal and when it was set, how it stands, and how
/// its weekly plans went.
pub fn report_msgs(goals: &[Goal]) -> Vec<(Msg, Vec<Msg>)> {
    goals
        .iter()
        .map(|g| {
            let set = LocalDate::from_epoch_ms(g.created, g.utc_offset_min);
            let mut lines = Vec::new();
            if let Some((how, day)) = g.ended {
                let day = LocalDate::from_days(day);
                lines.push(match how {
                    Ended::Reached => m::goals_report_reached(Arg::Date(day, DateStyle::Long)),
                    Ended::SetAside => m::goals_report_set_aside(Arg::Date(day, DateStyle::Long)),
                });
            }
            if let Some(p) = g.plans.last() {
                lines.push(m::goals_report_plan(p.step_msg()));
                if let Some(it) = p.if_then_msg() {
                    lines.push(it);
                }
            }
            let (done, partly, not) = g.tally();
            lines.push(match done + partly + not {
                0 => m::goals_report_no_reviews(),
                weeks => m::goals_report_weeks(weeks, done, partly, not),
            });
            (
                m::goals_report_goal(g.title_msg(), Arg::Date(set, DateStyle::Long)),
                lines,
            )
        })
        .collect()
}

#[cfg(test)]
mod tests;
