//! Guided calm: breathing and relaxation sessions, each a list of spoken steps at set
//! seconds from its start, with silence between them, and nothing to answer on the way.
//!
//! A session is run by a [`CalmRun`]: the time listened so far, from timestamps (pauses and
//! waits for the voice set aside), so a reload, a slow tick or a phone that sleeps can't put
//! it in the wrong place. Each step starts at its second or, when the voice is still saying
//! the one before (a translation runs longer than English), [`VOICE_GAP_MS`] after it stops:
//! the rest of the session moves back by the wait, so no step is cut off.
//!
//! What was listened to is a [`CalmDone`], kept with the course (`learn::Course::calm`) and
//! never counted as exercise: streaks, progression and the weekly exercise figures read the
//! session history, which calm is not part of. Its words are in `locales/<lang>/calm.ftl`
//! (`calm-<id>-title`, `-summary`, `-when`, `-step-N`).

use serde::{Deserialize, Serialize};

use super::calendar::{self, LocalDate};
use super::i18n::{messages as m, Msg};

/// The position a session is done in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    Lying,
    Sitting,
    /// Sitting, lying or standing.
    Any,
}

/// One guided session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalmSession {
    pub id: &'static str,
    pub position: Position,
    /// When each step starts, in seconds from the start (the first a beat after Start).
    pub steps: &'static [u32],
    /// When the session ends, in seconds: the last step's silence included.
    pub end: u32,
    /// Ends with no chime: it is for falling asleep.
    pub quiet_end: bool,
}

/// The session for a bad moment: the flare plan and Today during a flare point to it.
pub const FOR_A_BAD_MOMENT: &str = "breathe-bad-moment";

/// The sessions, shortest first. The seconds allow each step's words at an unhurried
/// speaking pace, a second for the voice to start, and the silence the step asks for (a
/// breath in of about 4 s and out of 6, a squeeze held 5 s and 15 to 17 s to let go, about
/// 20 s for each part of the body in the scan).
pub const SESSIONS: &[CalmSession] = &[
    CalmSession {
        id: FOR_A_BAD_MOMENT,
        position: Position::Any,
        steps: &[1, 15, 33, 43, 56, 65, 76, 82, 93, 130, 154, 184, 211, 226],
        end: 242,
        quiet_end: false,
    },
    CalmSession {
        id: "body-scan",
        position: Position::Any,
        steps: &[
            1, 14, 37, 52, 91, 123, 155, 184, 203, 230, 259, 291, 330, 359, 388, 423, 452, 477,
            508, 547, 567,
        ],
        end: 582,
        quiet_end: false,
    },
    CalmSession {
        id: "muscle-relax",
        position: Position::Lying,
        steps: &[
            1, 16, 49, 62, 80, 116, 128, 152, 165, 188, 200, 223, 236, 261, 293, 303, 325, 339,
            361, 374, 397, 443, 458, 476, 486, 504, 513, 530, 568, 605, 649, 669,
        ],
        end: 687,
        quiet_end: false,
    },
    CalmSession {
        id: "wind-down",
        position: Position::Lying,
        steps: &[
            1, 18, 51, 68, 107, 138, 159, 180, 202, 221, 258, 288, 315, 333, 432, 486, 536,
        ],
        end: 573,
        quiet_end: true,
    },
];

pub fn session(id: &str) -> Option<&'static CalmSession> {
    SESSIONS.iter().find(|s| s.id == id)
}

impl CalmSession {
    fn keyed(&self, part: &str) -> Msg {
        Msg::keyed(format!("calm-{}-{part}", self.id))
    }

    pub fn title_msg(&self) -> Msg {
        self.keyed("title")
    }

    pub fn summary_msg(&self) -> Msg {
        self.keyed("summary")
    }

    pub fn when_msg(&self) -> Msg {
        self.keyed("when")
    }

    /// What the voice says at step `index` (from 0).
    pub fn step_msg(&self, index: usize) -> Msg {
        self.keyed(&format!("step-{}", index + 1))
    }

    /// Its length in whole minutes, as the list shows it.
    pub fn minutes(&self) -> u32 {
        calendar::length_minutes(self.end)
    }

    pub fn minutes_msg(&self) -> Msg {
        m::calm_minutes(self.minutes())
    }

    pub fn position_msg(&self) -> Msg {
        match self.position {
            Position::Lying => m::calm_position_lying(),
            Position::Sitting => m::calm_position_sitting(),
            Position::Any => m::calm_position_any(),
        }
    }

    pub fn all_msgs(&self) -> Vec<Msg> {
        let mut out = vec![self.title_msg(), self.summary_msg(), self.when_msg()];
        out.extend((0..self.steps.len()).map(|i| self.step_msg(i)));
        out
    }
}

/// How long after the voice stops the next step may start, at the soonest.
pub const VOICE_GAP_MS: i64 = 1_000;

/// A session being listened to, driven by timestamps.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalmRun {
    pub id: String,
    pub started_at: i64,
    /// Time not counted: pauses, and waits for the voice to finish a step.
    pub set_aside_ms: i64,
    pub paused_at: Option<i64>,
}

/// What happens between two looks at the clock ([`CalmRun::advance`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Advance {
    /// The steps to say now (by index), in order: usually none or one.
    pub steps: Vec<usize>,
    pub finished: bool,
}

impl CalmRun {
    pub fn start(session: &CalmSession, now_ms: i64) -> Self {
        Self {
            id: session.id.to_string(),
            started_at: now_ms,
            set_aside_ms: 0,
            paused_at: None,
        }
    }

    pub fn session(&self) -> Option<&'static CalmSession> {
        session(&self.id)
    }

    /// The time listened so far (at most the whole session).
    pub fn elapsed_ms(&self, now_ms: i64) -> i64 {
        let to = self.paused_at.unwrap_or(now_ms);
        let end = self.session().map_or(0, |s| i64::from(s.end) * 1_000);
        (to - self.started_at - self.set_aside_ms).clamp(0, end)
    }

    pub fn is_paused(&self) -> bool {
        self.paused_at.is_some()
    }

    pub fn pause(&mut self, now_ms: i64) {
        if self.paused_at.is_none() {
            self.paused_at = Some(now_ms);
        }
    }

    pub fn resume(&mut self, now_ms: i64) {
        if let Some(at) = self.paused_at.take() {
            self.set_aside_ms += (now_ms - at).max(0);
        }
    }

    /// The step being said or followed at `now_ms` (by index), `None` before the first.
    pub fn step(&self, now_ms: i64) -> Option<usize> {
        let s = self.session()?;
        let e = self.elapsed_ms(now_ms);
        s.steps.iter().rposition(|&at| i64::from(at) * 1_000 <= e)
    }

    /// How far through the session, from 0 to 1.
    pub fn fraction(&self, now_ms: i64) -> f64 {
        let end = self.session().map_or(1, |s| s.end.max(1));
        (self.elapsed_ms(now_ms) as f64 / (f64::from(end) * 1_000.0)).min(1.0)
    }

    pub fn remaining_ms(&self, now_ms: i64) -> i64 {
        let end = self.session().map_or(0, |s| i64::from(s.end) * 1_000);
        (end - self.elapsed_ms(now_ms)).max(0)
    }

    pub fn is_finished(&self, now_ms: i64) -> bool {
        self.remaining_ms(now_ms) == 0
    }

    /// Move on from `from_ms` (the last look) to `now_ms`. `speaking`: the voice is still
    /// saying a step; then the next step waits until [`VOICE_GAP_MS`] after it stops, and
    /// everything after it moves back by the wait.
    pub fn advance(&mut self, from_ms: i64, now_ms: i64, speaking: bool) -> Advance {
        let Some(s) = self.session() else {
            return Advance {
                steps: Vec::new(),
                finished: true,
            };
        };
        let before = self.elapsed_ms(from_ms);
        if speaking && !self.is_paused() {
            let next = s
                .steps
                .iter()
                .map(|&at| i64::from(at) * 1_000)
                .chain([i64::from(s.end) * 1_000])
                .find(|&at| at > before);
            if let Some(next) = next {
                let latest = next - VOICE_GAP_MS;
                let e = self.elapsed_ms(now_ms);
                if e > latest {
                    self.set_aside_ms += e - latest.max(before);
                }
            }
        }
        let after = self.elapsed_ms(now_ms);
        let steps = s
            .steps
            .iter()
            .enumerate()
            .filter(|&(_, &at)| {
                let at = i64::from(at) * 1_000;
                at > before && at <= after
            })
            .map(|(i, _)| i)
            .collect();
        Advance {
            steps,
            finished: after >= i64::from(s.end) * 1_000,
        }
    }

    /// What to keep once it ends (or is ended): `None` for less than a minute listened.
    pub fn done(&self, now_ms: i64, utc_offset_min: i16) -> Option<CalmDone> {
        let secs = u32::try_from(self.elapsed_ms(now_ms) / 1_000).ok()?;
        (secs >= MIN_KEPT_SECS).then(|| CalmDone {
            id: self.id.clone(),
            started_at: self.started_at,
            utc_offset_min,
            secs,
            finished: self.is_finished(now_ms),
        })
    }
}

/// Less than this listened is not kept: a session started by mistake isn't one.
pub const MIN_KEPT_SECS: u32 = 60;

/// A calm session listened to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalmDone {
    pub id: String,
    pub started_at: i64,
    #[serde(default)]
    pub utc_offset_min: i16,
    /// How long it was listened to, in seconds.
    pub secs: u32,
    /// Listened to the end.
    #[serde(default)]
    pub finished: bool,
}

impl CalmDone {
    pub fn day(&self) -> LocalDate {
        LocalDate::from_epoch_ms(self.started_at, self.utc_offset_min)
    }

    pub fn session(&self) -> Option<&'static CalmSession> {
        session(&self.id)
    }

    /// What a list of days says of it: its title and minutes.
    pub fn line_msg(&self) -> Msg {
        let title = self
            .session()
            .map_or_else(|| Msg::plain(self.id.clone()), CalmSession::title_msg);
        m::calm_done_line(title, calendar::whole_minutes(self.secs).max(1))
    }

    /// As read from a file: a session Limber knows, a plausible length and time.
    fn makes_sense(&self) -> bool {
        self.session()
            .is_some_and(|s| self.secs <= s.end * 4 && self.secs >= MIN_KEPT_SECS)
            && (super::limits::EARLIEST_MS..=super::limits::LATEST_MS).contains(&self.started_at)
            && self.utc_offset_min.abs() <= 14 * 60
    }
}

/// Keep `done` in `list` (newest last), unless it is there already: the same session
/// started at the same moment is one listen.
pub fn record(list: &mut Vec<CalmDone>, done: CalmDone) {
    if let Some(same) = list
        .iter_mut()
        .find(|d| d.id == done.id && d.started_at == done.started_at)
    {
        if done.secs > same.secs {
            *same = done;
        }
        return;
    }
    list.push(done);
    list.sort_by_key(|d| d.started_at);
}

/// Two lists as one: each listen once, the longer record of it kept.
pub fn merge(a: &[CalmDone], b: &[CalmDone]) -> Vec<CalmDone> {
    let mut out = a.to_vec();
    for d in b {
        record(&mut out, d.clone());
    }
    out
}

/// What a file holds, keeping only what makes sense.
pub fn checked(list: Vec<CalmDone>) -> Vec<CalmDone> {
    let mut out = Vec::new();
    for d in list.into_iter().filter(CalmDone::makes_sense) {
        record(&mut out, d);
    }
    out
}

/// Calm sessions and their minutes, over some span.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub sessions: usize,
    pub minutes: u32,
}

/// The listens on days from `from` to `to` (both included): how many, and their minutes
/// (seconds added up, rounded once).
pub fn tally(list: &[CalmDone], from: LocalDate, to: LocalDate) -> Tally {
    tally_of(list.iter().filter(|d| (from..=to).contains(&d.day())))
}

fn tally_of<'a>(listens: impl Iterator<Item = &'a CalmDone>) -> Tally {
    let (sessions, secs) = listens.fold((0, 0u32), |(n, secs), d| {
        (n + 1, secs.saturating_add(d.secs))
    });
    Tally {
        sessions,
        minutes: calendar::whole_minutes(secs),
    }
}

/// The report's line: the listens within its dates.
pub fn report_msg(list: &[CalmDone], from: LocalDate, to: LocalDate) -> Msg {
    let t = tally(list, from, to);
    m::report_calm(t.sessions, t.minutes)
}

/// History's line above its list of listens: all of them, and their minutes.
pub fn history_msg(list: &[CalmDone]) -> Msg {
    let t = tally_of(list.iter());
    m::records_calm_summary(t.sessions, t.minutes)
}

/// Insights' line: this week's listens (the week as every screen counts it) and all of them.
pub fn insights_msg(list: &[CalmDone], today: LocalDate) -> Msg {
    let week = tally(list, calendar::week_start(today), today);
    let all = tally_of(list.iter().filter(|d| d.day() <= today));
    m::report_insights_calm(week.sessions, all.sessions, all.minutes)
}

#[cfg(test)]
mod tests;
