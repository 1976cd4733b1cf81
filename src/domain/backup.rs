//! Backups a person can keep and bring back: export, validation, preview and merge.
//!
//! A backup is one JSON file:
//! `{"kind":"limber-backup","schema":N,"app":"0.1.0","exported_at":ms,"count":n,
//!   "checksum":"…","sessions":[…]}`. The checksum (FNV-1a 64 over the sessions exactly as
//! written) catches a file that was edited or cut short. Nothing from a file is trusted:
//! every record is decoded and checked, and notes are only ever shown as text.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::calendar::LocalDate;
use super::checkin::CheckIn;
use super::custom::CustomRoutine;
use super::history::SessionRecord;
use super::i18n::{messages, Arg, DateStyle, Msg, Num};
use super::learn::Course;
use super::plan::{Profile, MAX_ACTIVITIES, MAX_ACTIVITY_NAME};
use super::safety::Record;
use super::settings::{Settings, TEXT_SIZES};
use super::weight::{self, CheckError, WeightEntry};

/// Marks a JSON file as ours.
pub const KIND: &str = "limber-backup";
/// Files over this size are refused before reading.
pub const MAX_BYTES: u64 = 10 * 1024 * 1024;
/// Longest note kept from a file, in characters.
pub use super::limits::MAX_NOTE_CHARS;

#[derive(Serialize, Deserialize)]
struct Envelope {
    kind: String,
    schema: u32,
    app: String,
    exported_at: i64,
    count: usize,
    checksum: String,
    sessions: Value,
    /// The plan, check-ins and settings (files from before they existed have none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    extras: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    extras_checksum: Option<String>,
}

/// Everything besides sessions that a person would miss on a new device.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Extras {
    pub plan: Option<Profile>,
    pub checkins: Vec<CheckIn>,
    pub settings: Option<Settings>,
    /// The person's own routines (files from before them have none).
    pub routines: Vec<CustomRoutine>,
    /// Body-weight entries, oldest first (empty unless the person keeps them).
    pub weight: Vec<WeightEntry>,
    /// Answers to the warning-signs question (files from before them have none).
    #[serde(skip_serializing_if = "Record::is_empty")]
    pub safety: Record,
    /// The lessons read and the answers given (files from before the course have none).
    #[serde(skip_serializing_if = "Course::is_empty")]
    pub course: Course,
}

/// Most routines a backup may carry.
pub const MAX_ROUTINES: usize = 500;

impl Extras {
    pub fn is_empty(&self) -> bool {
        self.plan.is_none()
            && self.checkins.is_empty()
            && self.settings.is_none()
            && self.routines.is_empty()
            && self.weight.is_empty()
            && self.safety.is_empty()
            && self.course.is_empty()
    }

    /// "your plan, 3 weekly check-ins and your settings", for the import preview.
    pub fn summary(&self) -> Option<Msg> {
        let mut parts = Vec::new();
        if self.plan.is_some() {
            parts.push(messages::more_extras_plan());
        }
        for (n, noun) in [
            (
                self.checkins.len(),
                messages::more_extras_checkins as fn(Num) -> Msg,
            ),
            (self.routines.len(), messages::more_extras_routines),
            (self.weight.len(), messages::more_extras_weight),
            (self.course.lessons.len(), messages::more_extras_course),
            (self.course.calm.len(), messages::more_extras_calm),
            (self.course.checks.len(), messages::more_extras_checks),
            (self.course.goals.len(), messages::more_extras_goals),
        ] {
            if n > 0 {
                parts.push(noun(Num::from(n)));
            }
        }
        if self.settings.is_some() {
            parts.push(messages::more_extras_settings());
        }
        Msg::list(parts)
    }
}

/// FNV-1a, 64-bit, as 16 hex digits. Not for security: it notices accidents.
pub fn checksum(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// The backup file's text for these sessions.
pub fn export(sessions: &[SessionRecord], schema: u32, app: &str, now_ms: i64) -> String {
    export_with(sessions, None, schema, app, now_ms)
}

/// The backup file's text for these sessions and, for a whole-device backup, the plan,
/// check-ins and settings.
pub fn export_with(
    sessions: &[SessionRecord],
    extras: Option<&Extras>,
    schema: u32,
    app: &str,
    now_ms: i64,
) -> String {
    let records = serde_json::to_value(sessions).unwrap_or(Value::Array(Vec::new()));
    let body = records.to_string();
    let extras = extras.and_then(|e| serde_json::to_value(e).ok());
    let envelope = Envelope {
        kind: KIND.into(),
        schema,
        app: app.into(),
        exported_at: now_ms,
        count: sessions.len(),
        checksum: checksum(&body),
        sessions: records,
        extras_checksum: extras.as_ref().map(|e| checksum(&e.to_string())),
        extras,
    };
    serde_json::to_string_pretty(&envelope).unwrap_or_default()
}

/// The plan, check-ins and settings in a backup that [`parse`] has accepted; `None` for
/// files from before they were included. Checked like sessions: a damaged or absurd part
/// refuses the whole file.
pub fn parse_extras(text: &str) -> Result<Option<Extras>, ImportError> {
    let envelope: Envelope = serde_json::from_str(text).map_err(|_| ImportError::NotABackup)?;
    let Some(value) = envelope.extras else {
        return Ok(None);
    };
    if envelope.extras_checksum.as_deref() != Some(checksum(&value.to_string()).as_str()) {
        return Err(ImportError::Checksum);
    }
    let mut extras: Extras = serde_json::from_value(value).map_err(|e| ImportError::BadPart {
        part: "extras",
        reason: Msg::plain(e.to_string()),
    })?;
    check_extras(&mut extras)?;
    Ok(Some(extras))
}

/// Refuse impossible values; quietly bring harmless ones into range.
fn check_extras(e: &mut Extras) -> Result<(), ImportError> {
    let bad = |part: &'static str, reason: Msg| ImportError::BadPart { part, reason };
    if let Some(p) = &e.plan {
        let names_ok = p.activities.iter().all(|a| {
            !a.name.trim().is_empty()
                && a.name.chars().count() <= MAX_ACTIVITY_NAME
                && a.score <= 10
        });
        if p.pain_now > 10
            || !plausible_time(p.created_at)
            || p.utc_offset_min.abs() > 14 * 60
            || p.cardio_start_min > super::plan::CARDIO_CAP_MIN
            || p.minute_of_day >= 24 * 60
            || !p.days.iter().any(|d| *d)
            || p.activities.len() > MAX_ACTIVITIES
            || !names_ok
            || p.walking_since.is_some_and(|t| !plausible_time(t))
            || p.flare.as_ref().is_some_and(|f| {
                !plausible_time(f.since)
                    || f.usual_pain > 10
                    || f.days.len() > 400
                    || f.days.iter().any(|(_, pain)| *pain > 10)
            })
        {
            return Err(bad("plan", messages::more_reason_answers()));
        }
    }
    if !e.safety.is_plausible(plausible_time) {
        return Err(bad("safety", messages::more_reason_date()));
    }
    if e.checkins.len() > 5_000
        || e.checkins.iter().any(|c| {
            c.pain > 10
                || !plausible_time(c.at)
                || c.utc_offset_min.abs() > 14 * 60
                || c.scores.len() > MAX_ACTIVITIES
                || c.scores.iter().flatten().any(|s| *s > 10)
                || [c.sleep, c.mood]
                    .iter()
                    .flatten()
                    .any(|s| *s > super::checkin::SCALE_MAX)
        })
    {
        return Err(bad("checkins", messages::more_reason_date_rating()));
    }
    if e.routines.len() > MAX_ROUTINES
        || e.routines.iter().any(|r| {
            !r.is_valid() || !plausible_time(r.created_at) || !plausible_time(r.updated_at)
        })
    {
        return Err(bad("routines", messages::more_reason_routine()));
    }
    weight::check_entries(&mut e.weight).map_err(|e| {
        bad(
            "weight",
            match e {
                CheckError::TooMany => messages::more_reason_weight_many(),
                CheckError::OutOfRange => messages::more_reason_weight_range(),
            },
        )
    })?;
    e.course = std::mem::take(&mut e.course).checked();
    if let Some(s) = &mut e.settings {
        if s.voice_name
            .as_ref()
            .is_some_and(|v| v.chars().count() > 200)
        {
            s.voice_name = None;
        }
        if !TEXT_SIZES.contains(&s.text_size) {
            s.text_size = 100;
        }
        s.pace = s.pace.clamped();
    }
    Ok(())
}

/// Union of two lists of check-ins by time, oldest first.
pub fn merge_checkins(a: &[CheckIn], b: &[CheckIn]) -> Vec<CheckIn> {
    let mut by_time: BTreeMap<i64, &CheckIn> = BTreeMap::new();
    for c in a.iter().chain(b) {
        by_time.entry(c.at).or_insert(c);
    }
    by_time.into_values().cloned().collect()
}

/// Why a file could not be imported. Each message says what to do.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    WrongType,
    TooBig {
        bytes: u64,
    },
    Truncated,
    NotJson,
    NotABackup,
    TooNew {
        schema: u32,
    },
    Checksum,
    /// Session `index` (from 0) can't be read, and why (a `more-reason-…` message, or the
    /// decoder's own technical words).
    BadRecord {
        index: usize,
        reason: Msg,
    },
    /// A part besides sessions can't be read: `part` is the `more-import-bad-part`
    /// selector's key (`extras`, `plan`, `safety`, `checkins`, `routines`, `weight`).
    BadPart {
        part: &'static str,
        reason: Msg,
    },
}

impl ImportError {
    /// What to tell the person.
    pub fn msg(&self) -> Msg {
        match self {
            ImportError::WrongType => messages::more_import_wrong_type(),
            ImportError::TooBig { bytes } => {
                // Megabytes with one decimal, rounded.
                let tenths = (bytes.saturating_mul(10) + 524_288) / 1_048_576;
                messages::more_import_too_big(Num::decimal(
                    i64::try_from(tenths).unwrap_or(i64::MAX),
                    1,
                ))
            }
            ImportError::Truncated => messages::more_import_truncated(),
            ImportError::NotJson => messages::more_import_not_json(),
            ImportError::NotABackup => messages::more_import_not_backup(),
            ImportError::TooNew { schema } => messages::more_import_too_new(*schema),
            ImportError::Checksum => messages::more_import_checksum(),
            ImportError::BadRecord { index, reason } => {
                messages::more_import_bad_record(index + 1, reason.clone())
            }
            ImportError::BadPart { part, reason } => {
                messages::more_import_bad_part(*part, reason.clone())
            }
        }
    }
}

/// Refuse a file by name and size before reading it.
pub fn check_file(name: &str, bytes: u64) -> Result<(), ImportError> {
    if !name.to_ascii_lowercase().ends_with(".json") {
        return Err(ImportError::WrongType);
    }
    if bytes > MAX_BYTES {
        return Err(ImportError::TooBig { bytes });
    }
    Ok(())
}

/// Read a backup's sessions. `schema` is this build's newest session format and
/// `migrate` turns older formats' session arrays into it (the storage migrations).
pub fn parse(
    text: &str,
    schema: u32,
    migrate: impl FnOnce(u64, Value) -> Result<Value, Msg>,
) -> Result<Vec<SessionRecord>, ImportError> {
    if text.len() as u64 > MAX_BYTES {
        return Err(ImportError::TooBig {
            bytes: text.len() as u64,
        });
    }
    let value: Value = serde_json::from_str(text).map_err(|e| {
        if e.is_eof() {
            ImportError::Truncated
        } else {
            ImportError::NotJson
        }
    })?;
    let envelope: Envelope = serde_json::from_value(value).map_err(|_| ImportError::NotABackup)?;
    if envelope.kind != KIND {
        return Err(ImportError::NotABackup);
    }
    if envelope.schema > schema {
        return Err(ImportError::TooNew {
            schema: envelope.schema,
        });
    }
    if checksum(&envelope.sessions.to_string()) != envelope.checksum {
        return Err(ImportError::Checksum);
    }
    let sessions = if envelope.schema == schema {
        envelope.sessions
    } else {
        migrate(u64::from(envelope.schema), envelope.sessions)
            .map_err(|reason| ImportError::BadRecord { index: 0, reason })?
    };
    let Value::Array(items) = sessions else {
        return Err(ImportError::NotABackup);
    };
    let mut out = Vec::with_capacity(items.len());
    for (index, item) in items.into_iter().enumerate() {
        let record: SessionRecord =
            serde_json::from_value(item).map_err(|e| ImportError::BadRecord {
                index,
                reason: Msg::plain(e.to_string()),
            })?;
        check_record(&record).map_err(|reason| ImportError::BadRecord { index, reason })?;
        out.push(record);
    }
    Ok(out)
}

pub use super::limits::{EARLIEST_MS, LATEST_MS};

fn plausible_time(ms: i64) -> bool {
    (EARLIEST_MS..LATEST_MS).contains(&ms)
}

/// Limits on what a record from outside may contain; why not, as a `more-reason-…` message.
fn check_record(r: &SessionRecord) -> Result<(), Msg> {
    if !plausible_time(r.started_at) || r.utc_offset_min.abs() > 14 * 60 {
        return Err(messages::more_reason_impossible_date());
    }
    if r.duration_secs > 24 * 3600 {
        return Err(messages::more_reason_too_long());
    }
    if r.id.is_empty() || r.id.len() > 64 {
        return Err(messages::more_reason_id());
    }
    if r.note
        .as_ref()
        .is_some_and(|n| n.chars().count() > MAX_NOTE_CHARS)
    {
        return Err(messages::more_reason_note());
    }
    if r.exercises.len() > 100 {
        return Err(messages::more_reason_exercises());
    }
    if r.morning.is_some_and(|m| !plausible_time(m.at)) {
        return Err(messages::more_reason_morning());
    }
    if r.distance_m
        .is_some_and(|d| d > super::limits::MAX_DISTANCE_M)
    {
        return Err(messages::more_reason_distance());
    }
    Ok(())
}

/// What importing would do.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    /// Sessions in the file.
    pub total: usize,
    /// Sessions not on this device yet.
    pub new: usize,
    /// Sessions already here, exactly the same.
    pub same: usize,
    /// Sessions with an id that is here but with different details.
    pub conflicts: usize,
}

impl Preview {
    pub fn of(current: &[SessionRecord], incoming: &[SessionRecord]) -> Self {
        let here: BTreeMap<&str, &SessionRecord> =
            current.iter().map(|r| (r.id.as_str(), r)).collect();
        let mut p = Preview {
            total: incoming.len(),
            ..Preview::default()
        };
        for r in incoming {
            match here.get(r.id.as_str()) {
                None => p.new += 1,
                Some(existing) if *existing == r => p.same += 1,
                Some(_) => p.conflicts += 1,
            }
        }
        p
    }

    /// "In the file: 142 sessions, 3 new, 0 conflicts."
    pub fn summary(&self) -> Msg {
        messages::more_import_in_file(self.total, self.new, self.conflicts)
    }
}

/// Union of two sets of sessions by id. Where both have a record with the same id but
/// different details, the one whose JSON sorts last is kept, so the result does not depend
/// on the order of the arguments. Sorted by start time, then id.
pub fn merge(a: &[SessionRecord], b: &[SessionRecord]) -> Vec<SessionRecord> {
    let mut by_id: BTreeMap<&str, (&SessionRecord, String)> = BTreeMap::new();
    for r in a.iter().chain(b) {
        let key = serde_json::to_string(r).unwrap_or_default();
        match by_id.get(r.id.as_str()) {
            Some((_, existing)) if *existing >= key => {}
            _ => {
                by_id.insert(r.id.as_str(), (r, key));
            }
        }
    }
    let mut out: Vec<SessionRecord> = by_id.into_values().map(|(r, _)| r.clone()).collect();
    out.sort_by(|x, y| {
        x.started_at
            .cmp(&y.started_at)
            .then_with(|| x.id.cmp(&y.id))
    });
    out
}

/// One CSV cell: quoted when needed, and a leading `= + - @` neutralised so a spreadsheet
/// never runs a note as a formula.
fn csv_cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The CSV's column headings as messages ([`sessions_csv_in`]).
const CSV_COLUMNS: [fn() -> Msg; 16] = [
    messages::more_csv_date,
    messages::more_csv_time,
    messages::more_csv_routine,
    messages::more_csv_level,
    messages::more_csv_minutes,
    messages::more_csv_exercises_done,
    messages::more_csv_exercises_planned,
    messages::more_csv_skipped,
    messages::more_csv_easier,
    messages::more_csv_pain_before,
    messages::more_csv_pain_after,
    messages::more_csv_felt,
    messages::more_csv_note,
    messages::more_csv_distance,
    messages::more_csv_next_morning,
    messages::more_csv_pain_next_morning,
];

/// Sessions as CSV for a spreadsheet, oldest first, in the person's language.
/// `exercise_name` turns an id into a readable name; `say` puts a message into words (its
/// headings, how a session felt, the next morning). Dates, times and numbers stay as a
/// spreadsheet reads them anywhere (2026-11-25, 08:30, 4.5).
pub fn sessions_csv_in(
    sessions: &[SessionRecord],
    exercise_name: impl Fn(&str) -> String,
    say: impl Fn(Msg) -> String,
) -> String {
    csv(
        sessions,
        exercise_name,
        CSV_COLUMNS.map(|heading| say(heading())),
        |f| say(f.title()),
        |c| say(c.title()),
    )
}

fn csv(
    sessions: &[SessionRecord],
    exercise_name: impl Fn(&str) -> String,
    headings: [String; 16],
    felt: impl Fn(super::history::Feeling) -> String,
    morning: impl Fn(super::history::Compared) -> String,
) -> String {
    let mut rows = vec![headings
        .iter()
        .map(|h| csv_cell(h))
        .collect::<Vec<_>>()
        .join(",")];
    let mut sorted: Vec<&SessionRecord> = sessions.iter().collect();
    sorted.sort_by_key(|s| s.started_at);
    for s in sorted {
        let names = |pick: &dyn Fn(&super::history::ExerciseDone) -> bool| {
            s.exercises
                .iter()
                .filter(|e| pick(e))
                .map(|e| exercise_name(&e.id))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let pain = |p: Option<super::pain::PainScore>| {
            p.map(|p| p.value().to_string()).unwrap_or_default()
        };
        let cells = [
            s.local_date().iso(),
            super::activity::time_of_day(s).unwrap_or_default(),
            s.routine_name.clone(),
            s.level.to_string(),
            format!("{:.1}", f64::from(s.duration_secs) / 60.0),
            s.exercises_done().to_string(),
            s.exercises.len().to_string(),
            names(&|e| e.skipped()),
            names(&|e| e.eased_from.is_some()),
            pain(s.pain_before),
            pain(s.pain_after),
            s.feeling.map(&felt).unwrap_or_default(),
            s.note.clone().unwrap_or_default(),
            s.distance_m
                .map(|d| format!("{:.2}", f64::from(d) / 1_000.0))
                .unwrap_or_default(),
            s.morning
                .and_then(|m| m.compared)
                .map(&morning)
                .unwrap_or_default(),
            pain(s.morning.and_then(|m| m.pain)),
        ];
        rows.push(
            cells
                .iter()
                .map(|c| csv_cell(c))
                .collect::<Vec<_>>()
                .join(","),
        );
    }
    rows.join("\r\n") + "\r\n"
}

/// The course and calm as CSV, oldest first: a row for each lesson read (its answer: the
/// option chosen, in words, or their own) and each calm session listened to (its minutes).
/// `say` puts a message into words.
pub fn course_csv_in(course: &Course, say: impl Fn(Msg) -> String) -> String {
    let headings = [
        messages::more_csv_date(),
        messages::more_csv_time(),
        messages::more_csv_kind(),
        messages::more_csv_title(),
        messages::more_csv_minutes(),
        messages::more_csv_answer(),
    ];
    let mut rows: Vec<(String, [String; 6])> = Vec::new();
    for d in &course.lessons {
        let Some(lesson) = super::learn::lesson(&d.id) else {
            continue;
        };
        let answer = match &d.answer {
            Some(super::learn::Answer::Text(text)) => text.clone(),
            Some(super::learn::Answer::Choice(n)) => lesson
                .option_msgs()
                .get(usize::from(*n).wrapping_sub(1))
                .cloned()
                .map(&say)
                .unwrap_or_default(),
            None => String::new(),
        };
        let row = [
            d.read_on.clone(),
            String::new(),
            say(messages::more_csv_kind_lesson()),
            say(lesson.title_msg()),
            String::new(),
            answer,
        ];
        rows.push((d.read_on.clone(), row));
    }
    for c in &course.calm {
        let Some(session) = c.session() else {
            continue;
        };
        let row = [
            c.day().iso(),
            super::calendar::clock_label(c.started_at, c.utc_offset_min),
            say(messages::more_csv_kind_calm()),
            say(session.title_msg()),
            format!("{:.1}", f64::from(c.secs) / 60.0),
            String::new(),
        ];
        rows.push((format!("{} {}", row[0], row[1]), row));
    }
    for c in &course.checks {
        // The answers as data: "fear of moving: A lot; …", in question order.
        let answers = super::outlook::QUESTIONS
            .iter()
            .map(|q| {
                format!(
                    "{}: {}",
                    say(q.short_msg()),
                    say(super::outlook::cell_msg(c.score(*q)))
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        let row = [
            c.day().iso(),
            super::calendar::clock_label(c.at, c.utc_offset_min),
            say(messages::more_csv_kind_check()),
            say(c.suggestion().line_msg()),
            String::new(),
            answers,
        ];
        rows.push((format!("{} {}", row[0], row[1]), row));
    }
    for g in &course.goals {
        let set = LocalDate::from_epoch_ms(g.created, g.utc_offset_min);
        let ended = g.ended.map(|(how, day)| {
            let day = LocalDate::from_days(day);
            say(match how {
                super::goals::Ended::Reached => {
                    messages::goals_report_reached(Arg::Date(day, DateStyle::Long))
                }
                super::goals::Ended::SetAside => {
                    messages::goals_report_set_aside(Arg::Date(day, DateStyle::Long))
                }
            })
        });
        let row = [
            set.iso(),
            super::calendar::clock_label(g.created, g.utc_offset_min),
            say(messages::more_csv_kind_goal()),
            g.text.clone(),
            String::new(),
            ended.unwrap_or_default(),
        ];
        rows.push((format!("{} {}", row[0], row[1]), row));
        for r in &g.reviews {
            let step = g
                .plan_for(r.week)
                .map(|p| say(p.step_msg()))
                .unwrap_or_default();
            let row = [
                LocalDate::from_days(r.week).iso(),
                String::new(),
                say(messages::more_csv_kind_review()),
                g.text.clone(),
                String::new(),
                format!("{} ({step})", say(messages::goals_review_how(r.how.slug()))),
            ];
            rows.push((row[0].clone(), row));
        }
    }
    for p in &course.walk_plans {
        let row = [
            LocalDate::from_days(p.week).iso(),
            String::new(),
            say(messages::more_csv_kind_walk_plan()),
            say(messages::goals_walk_days(super::plan::days_msg(p.days))),
            p.amount.to_string(),
            p.if_then_msg().map(&say).unwrap_or_default(),
        ];
        rows.push((row[0].clone(), row));
    }
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    let line = |cells: &[String]| {
        cells
            .iter()
            .map(|c| csv_cell(c))
            .collect::<Vec<_>>()
            .join(",")
    };
    let mut out = vec![line(&headings.map(&say))];
    out.extend(rows.iter().map(|(_, cells)| line(cells)));
    out.join("\r\n") + "\r\n"
}

#[cfg(test)]
pub(crate) mod tests;
