//! What holds you back: a short check of seven questions, in our own words, on what tends to
//! keep back pain going (how much it bothers, fear that moving harms, worry that it won't get
//! better, low mood, sleep, confidence in daily things, work and daily roles), and the one
//! rule that turns the answers into how much support to suggest (NICE NG59 asks for this; the
//! facts are in CONTENT.md, "What holds people back").
//!
//! Every answer is a score from 0 (no trouble) to 4 (a great deal of trouble), whatever the
//! question's own words for the five answers. **The rule** ([`suggest`]):
//! - an answer of 3 or 4 ([`STANDS_OUT`]) stands out;
//! - when fear, worry or low mood stands out, the suggestion is [`Support::Extra`]: the
//!   course's lessons on what stands out first, the calm sessions, and a plain suggestion to
//!   talk to a physiotherapist or doctor about a programme that combines exercise with
//!   psychological support;
//! - otherwise it is [`Support::Programme`]: reassurance and the programme as it is, with the
//!   lessons on anything else that stands out (sleep, confidence…) first;
//! - the lowest mood answer (4) always adds a calm line on where to find help now
//!   ([`Suggestion::help_now`]), whatever else was answered.
//!
//! It is never a diagnosis and never a score shown as a number. The check is offered at the
//! end of the first run and again [`EVERY_DAYS`] after the last one ([`is_due`]); its
//! results are kept with their dates (`learn::Course::checks`) and shown over time.

use serde::{Deserialize, Serialize};

use super::calendar::LocalDate;
use super::i18n::{messages as m, Msg};
use super::limits;

/// Days between checks.
pub const EVERY_DAYS: i64 = 28;
/// Days a "Not now" puts the check off.
pub const PUT_OFF_DAYS: i64 = 7;
/// An answer of this score or more stands out.
pub const STANDS_OUT: u8 = 3;
/// The highest score.
pub const MAX_SCORE: u8 = 4;

/// The seven questions, in the order they are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    Bother,
    Fear,
    Worry,
    Mood,
    Sleep,
    Confidence,
    Roles,
}

pub const QUESTIONS: [Question; 7] = [
    Question::Bother,
    Question::Fear,
    Question::Worry,
    Question::Mood,
    Question::Sleep,
    Question::Confidence,
    Question::Roles,
];

impl Question {
    /// Its name in message ids (`outlook-q-<slug>`, `outlook-a-<slug>`).
    pub fn slug(self) -> &'static str {
        match self {
            Question::Bother => "bother",
            Question::Fear => "fear",
            Question::Worry => "worry",
            Question::Mood => "mood",
            Question::Sleep => "sleep",
            Question::Confidence => "confidence",
            Question::Roles => "roles",
        }
    }

    pub fn index(self) -> usize {
        QUESTIONS.iter().position(|q| *q == self).unwrap_or(0)
    }

    /// The question, as asked.
    pub fn msg(self) -> Msg {
        Msg::keyed(format!("outlook-q-{}", self.slug()))
    }

    /// Its five answers' words, from no trouble (0) to a great deal (4).
    pub fn answer_msg(self, score: u8) -> Msg {
        Msg::keyed(format!(
            "outlook-a-{}-{}",
            self.slug(),
            score.min(MAX_SCORE)
        ))
    }

    /// A short name for tables ("Fear of moving").
    pub fn short_msg(self) -> Msg {
        Msg::keyed(format!("outlook-short-{}", self.slug()))
    }

    /// The course's lessons that speak to it, the most useful first (ids of `learn::LESSONS`;
    /// a test there checks each exists).
    pub fn lessons(self) -> &'static [&'static str] {
        match self {
            Question::Bother => &["pain-common", "pain-volume"],
            Question::Fear => &["moving-feared", "pain-hurt-harm", "pain-alarm"],
            Question::Worry => &["mood-worried-thoughts", "flare-up-they-pass", "myths-scans"],
            Question::Mood => &["mood-what-you-enjoy", "stress-turns-pain-up", "pain-volume"],
            Question::Sleep => &["sleep-and-pain", "sleep-better-nights"],
            Question::Confidence => &["moving-step-up", "moving-boom-bust"],
            Question::Roles => &["work-and-daily-life"],
        }
    }

    /// Fear, worry and low mood: the answers that, standing out, call for extra support.
    pub fn calls_for_support(self) -> bool {
        matches!(self, Question::Fear | Question::Worry | Question::Mood)
    }
}

/// One check: its answers in [`QUESTIONS`] order, each 0 to [`MAX_SCORE`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    /// When, in ms since the epoch, and the UTC offset then.
    pub at: i64,
    #[serde(default)]
    pub utc_offset_min: i16,
    pub answers: Vec<u8>,
}

impl Check {
    pub fn day(&self) -> LocalDate {
        LocalDate::from_epoch_ms(self.at, self.utc_offset_min)
    }

    pub fn score(&self, q: Question) -> u8 {
        self.answers.get(q.index()).copied().unwrap_or(0)
    }

    fn makes_sense(&self) -> bool {
        self.answers.len() == QUESTIONS.len()
            && self.answers.iter().all(|a| *a <= MAX_SCORE)
            && (limits::EARLIEST_MS..=limits::LATEST_MS).contains(&self.at)
    }

    pub fn suggestion(&self) -> Suggestion {
        suggest(&self.answers)
    }
}

/// How much support the rule suggests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Support {
    /// Reassurance and the programme.
    Programme,
    /// Fear, worry or low mood stands out: their lessons first, calm, and talking to a
    /// physiotherapist or doctor about a combined programme.
    Extra,
}

/// What the rule makes of one set of answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub support: Support,
    /// The answers that stand out, in question order.
    pub stands_out: Vec<Question>,
    /// The lowest mood answer was given: say where to find help now.
    pub help_now: bool,
}

impl Suggestion {
    /// The lessons to read first: those on fear, worry and mood that stand out, then the
    /// others that stand out, each once.
    pub fn lessons(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        let first = self.stands_out.iter().filter(|q| q.calls_for_support());
        let then = self.stands_out.iter().filter(|q| !q.calls_for_support());
        for q in first.chain(then) {
            for id in q.lessons() {
                if !out.contains(id) {
                    out.push(id);
                }
            }
        }
        out
    }

    /// The result's heading.
    pub fn title_msg(&self) -> Msg {
        match self.support {
            Support::Programme => m::outlook_result_programme_title(),
            Support::Extra => m::outlook_result_extra_title(),
        }
    }

    /// The result in a few sentences: what stands out, in words, and what to do about it.
    pub fn body_msg(&self) -> Msg {
        let named = Msg::list(self.stands_out.iter().map(|q| q.short_msg()).collect());
        // Extra support always has something that stood out.
        match (self.support, named) {
            (Support::Extra, Some(named)) => m::outlook_result_extra(named),
            (_, Some(named)) => m::outlook_result_programme_some(named),
            (_, None) => m::outlook_result_programme_none(),
        }
    }

    /// One line for the report and the history of checks.
    pub fn line_msg(&self) -> Msg {
        let named = Msg::list(self.stands_out.iter().map(|q| q.short_msg()).collect());
        match (self.support, named) {
            (_, None) => m::outlook_line_none(),
            (Support::Programme, Some(named)) => m::outlook_line_programme(named),
            (Support::Extra, Some(named)) => m::outlook_line_extra(named),
        }
    }
}

/// The rule (see the module's documentation). Missing answers count as 0, scores above
/// [`MAX_SCORE`] as [`MAX_SCORE`].
pub fn suggest(answers: &[u8]) -> Suggestion {
    let score = |q: Question| answers.get(q.index()).copied().unwrap_or(0).min(MAX_SCORE);
    let stands_out: Vec<Question> = QUESTIONS
        .into_iter()
        .filter(|q| score(*q) >= STANDS_OUT)
        .collect();
    let support = if stands_out.iter().any(|q| q.calls_for_support()) {
        Support::Extra
    } else {
        Support::Programme
    };
    Suggestion {
        support,
        stands_out,
        help_now: score(Question::Mood) == MAX_SCORE,
    }
}

/// The rule in words, for the result screen and the report.
pub fn rule_msg() -> Msg {
    m::outlook_rule()
}

/// The latest check, if any.
pub fn latest(checks: &[Check]) -> Option<&Check> {
    checks.iter().max_by_key(|c| c.at)
}

/// True when a check is due on `today`: none yet, or the last [`EVERY_DAYS`] or more ago by
/// calendar days; and not put off to a later day.
pub fn is_due(checks: &[Check], put_off_to: Option<i64>, today: LocalDate) -> bool {
    let today = today.to_days();
    if put_off_to.is_some_and(|d| d > today) {
        return false;
    }
    latest(checks).is_none_or(|c| today - c.day().to_days() >= EVERY_DAYS)
}

/// Add a check (one per moment: the same time twice keeps the later copy), oldest first.
pub fn record(list: &mut Vec<Check>, check: Check) {
    list.retain(|c| c.at != check.at);
    list.push(check);
    list.sort_by_key(|c| c.at);
}

/// Two lists as one, each check once.
pub fn merge(a: &[Check], b: &[Check]) -> Vec<Check> {
    let mut out = a.to_vec();
    for c in b {
        if !out.iter().any(|o| o.at == c.at) {
            out.push(c.clone());
        }
    }
    out.sort_by_key(|c| c.at);
    out
}

/// What a file holds, keeping only checks that make sense.
pub fn checked(list: Vec<Check>) -> Vec<Check> {
    merge(
        &[],
        &list
            .into_iter()
            .filter(Check::makes_sense)
            .collect::<Vec<_>>(),
    )
}

/// A score as a word for tables ("A lot"), never a number.
pub fn cell_msg(score: u8) -> Msg {
    m::outlook_cell(u32::from(score.min(MAX_SCORE)))
}

/// Checks over time, as the check's own screen and the report show them: a column per
/// check (its day), a row per question with each answer in words, and each check's line.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub days: Vec<LocalDate>,
    pub rows: Vec<(Msg, Vec<Msg>)>,
    pub lines: Vec<(LocalDate, Msg)>,
}

/// The latest `most` checks on days from `from` to `to`, oldest first; `None` if there are none.
pub fn table(checks: &[Check], from: LocalDate, to: LocalDate, most: usize) -> Option<Table> {
    let mut shown: Vec<&Check> = checks
        .iter()
        .filter(|c| (from..=to).contains(&c.day()))
        .collect();
    shown.sort_by_key(|c| c.at);
    let shown = &shown[shown.len().saturating_sub(most)..];
    if shown.is_empty() {
        return None;
    }
    Some(Table {
        days: shown.iter().map(|c| c.day()).collect(),
        rows: QUESTIONS
            .iter()
            .map(|q| {
                let cells = shown.iter().map(|c| cell_msg(c.score(*q))).collect();
                (q.short_msg(), cells)
            })
            .collect(),
        lines: shown
            .iter()
            .map(|c| (c.day(), c.suggestion().line_msg()))
            .collect(),
    })
}

/// The day the next check is offered after the latest one.
pub fn next_day(checks: &[Check]) -> Option<LocalDate> {
    latest(checks).map(|c| LocalDate::from_days(c.day().to_days() + EVERY_DAYS))
}

#[cfg(test)]
mod tests;
