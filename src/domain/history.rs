//! What a finished session leaves behind, and how history is read back.

use serde::{Deserialize, Serialize};

use super::calendar::LocalDate;
use super::pain::PainScore;

fn is_zero_u16(v: &u16) -> bool {
    *v == 0
}

fn is_zero_u32(v: &u32) -> bool {
    *v == 0
}

fn is_false(v: &bool) -> bool {
    !*v
}

/// How much of one exercise was done in a session. Optional details are left out of the
/// stored JSON when empty, which keeps years of history small.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseDone {
    /// Catalogue id of the exercise actually done (the easier version, if switched).
    pub id: String,
    pub sets_done: u8,
    pub sets_planned: u8,
    /// Repetitions done, for rep-based exercises.
    #[serde(default, skip_serializing_if = "is_zero_u16")]
    pub reps: u16,
    /// Seconds spent doing it (pauses and rests excluded).
    #[serde(default, skip_serializing_if = "is_zero_u32")]
    pub secs: u32,
    /// Set when the person switched to the easier version: the original exercise's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eased_from: Option<String>,
    /// The highest pain reported with "this hurts" during it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain: Option<PainScore>,
}

/// How a session felt, asked at the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Feeling {
    TooEasy,
    AboutRight,
    TooHard,
}

impl Feeling {
    pub const ALL: [Feeling; 3] = [Feeling::TooEasy, Feeling::AboutRight, Feeling::TooHard];

    pub fn label(self) -> &'static str {
        match self {
            Feeling::TooEasy => "Too easy",
            Feeling::AboutRight => "About right",
            Feeling::TooHard => "Too hard",
        }
    }
}

impl ExerciseDone {
    pub fn skipped(&self) -> bool {
        self.sets_done == 0
    }
}

/// One session, as stored on the device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRecord {
    /// Unique per record; merging two copies of history goes by this id.
    pub id: String,
    /// When the session started, in ms since the Unix epoch (UTC).
    pub started_at: i64,
    /// The person's UTC offset in minutes when the session started, so its calendar day
    /// stays right after travel or a clock change.
    pub utc_offset_min: i16,
    pub routine_id: String,
    /// The routine's name at the time, so history reads well even if a routine is renamed.
    pub routine_name: String,
    /// The routine's level (-2 gentlest … +2 hardest); 0 for records from before levels.
    #[serde(default)]
    pub level: i8,
    /// Seconds from start to finish.
    pub duration_secs: u32,
    pub exercises: Vec<ExerciseDone>,
    /// Pain before starting; `None` for records from before the check-in existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_before: Option<PainScore>,
    /// Pain right after the session; `None` if the person chose not to say.
    pub pain_after: Option<PainScore>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feeling: Option<Feeling>,
    /// The person's own note, always shown as plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// True when the session was ended before its last step.
    #[serde(default, skip_serializing_if = "is_false")]
    pub ended_early: bool,
}

impl SessionRecord {
    /// A record id that is unique in practice: the start time plus a random number the
    /// caller supplies (the domain has no randomness of its own).
    pub fn make_id(started_at: i64, random: u32) -> String {
        format!("{started_at:x}-{random:08x}")
    }

    pub fn local_date(&self) -> LocalDate {
        LocalDate::from_epoch_ms(self.started_at, self.utc_offset_min)
    }

    pub fn exercises_done(&self) -> usize {
        self.exercises.iter().filter(|e| !e.skipped()).count()
    }
}

/// Sessions ordered newest first, the order History shows them in.
pub fn newest_first(sessions: &[SessionRecord]) -> Vec<&SessionRecord> {
    let mut sorted: Vec<&SessionRecord> = sessions.iter().collect();
    sorted.sort_by(|a, b| {
        b.started_at
            .cmp(&a.started_at)
            .then_with(|| b.id.cmp(&a.id))
    });
    sorted
}

/// Add `record` to `sessions` unless a record with the same id is already there. Returns
/// whether it was added.
pub fn insert_unique(sessions: &mut Vec<SessionRecord>, record: SessionRecord) -> bool {
    if sessions.iter().any(|s| s.id == record.id) {
        false
    } else {
        sessions.push(record);
        true
    }
}

#[cfg(test)]
pub(crate) mod fixtures {
    use super::*;

    pub fn record(id: &str, started_at: i64) -> SessionRecord {
        SessionRecord {
            id: id.to_string(),
            started_at,
            utc_offset_min: 60,
            routine_id: "gentle-start".into(),
            routine_name: "Gentle start".into(),
            level: 0,
            duration_secs: 312,
            exercises: vec![
                ExerciseDone {
                    id: "pelvic-tilt".into(),
                    sets_done: 2,
                    sets_planned: 2,
                    reps: 20,
                    secs: 80,
                    eased_from: None,
                    pain: None,
                },
                ExerciseDone {
                    id: "glute-bridge".into(),
                    sets_done: 0,
                    sets_planned: 2,
                    reps: 0,
                    secs: 0,
                    eased_from: None,
                    pain: PainScore::new(5),
                },
            ],
            pain_before: PainScore::new(4),
            pain_after: PainScore::new(3),
            feeling: Some(Feeling::AboutRight),
            note: None,
            ended_early: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::record;
    use super::*;

    #[test]
    fn record_round_trips_through_json() {
        let r = record("a", 1_795_564_800_000);
        let json = serde_json::to_string(&r).unwrap();
        let back: SessionRecord = serde_json::from_str(&json).unwrap();
        assert_eq!(back, r);
    }

    #[test]
    fn records_written_before_levels_read_as_standard_level() {
        let json = serde_json::to_string(&record("a", 0))
            .unwrap()
            .replace("\"level\":0,", "");
        assert!(!json.contains("level"));
        let back: SessionRecord = serde_json::from_str(&json).unwrap();
        assert_eq!(back.level, 0);
    }

    #[test]
    fn first_format_records_still_read() {
        // A record exactly as the first release wrote it.
        let v1 = r#"{"id":"a","started_at":1795564800000,"utc_offset_min":60,
            "routine_id":"gentle-start","routine_name":"Gentle start","duration_secs":312,
            "exercises":[{"id":"pelvic-tilt","sets_done":2,"sets_planned":2}],"pain_after":3}"#;
        let r: SessionRecord = serde_json::from_str(v1).unwrap();
        assert_eq!(r.exercises[0].reps, 0);
        assert_eq!(
            (r.pain_before, r.feeling, r.ended_early),
            (None, None, false)
        );
    }

    #[test]
    fn empty_details_are_not_stored() {
        let mut r = record("a", 0);
        r.exercises[0].reps = 0;
        r.exercises[0].secs = 0;
        let json = serde_json::to_string(&r.exercises[0]).unwrap();
        assert_eq!(
            json,
            r#"{"id":"pelvic-tilt","sets_done":2,"sets_planned":2}"#
        );
        r.feeling = None;
        let json = serde_json::to_string(&r).unwrap();
        assert!(
            !json.contains("feeling") && !json.contains("note") && !json.contains("ended_early")
        );
    }

    #[test]
    fn out_of_range_pain_is_refused() {
        let json = serde_json::to_string(&record("a", 0))
            .unwrap()
            .replace("\"pain_after\":3", "\"pain_after\":12");
        assert!(serde_json::from_str::<SessionRecord>(&json).is_err());
    }

    #[test]
    fn counts_skipped_exercises() {
        let r = record("a", 0);
        assert_eq!(r.exercises_done(), 1);
        assert!(r.exercises[1].skipped());
    }

    #[test]
    fn local_date_uses_the_stored_offset() {
        // 23:30 UTC with a +60 offset is the next day locally.
        let r = record("a", 1_795_564_800_000 - 30 * 60_000);
        assert_eq!(r.local_date().iso(), "2026-11-25");
    }

    #[test]
    fn newest_first_sorts_by_start() {
        let list = vec![record("a", 10), record("b", 30), record("c", 20)];
        let ids: Vec<_> = newest_first(&list).iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["b", "c", "a"]);
    }

    #[test]
    fn insert_unique_ignores_a_second_copy() {
        let mut list = vec![record("a", 10)];
        assert!(!insert_unique(&mut list, record("a", 10)));
        assert!(insert_unique(&mut list, record("b", 20)));
        assert_eq!(list.len(), 2);
    }

    #[test]
    fn ids_differ_by_time_and_random_part() {
        assert_ne!(SessionRecord::make_id(1, 2), SessionRecord::make_id(1, 3));
        assert_ne!(SessionRecord::make_id(1, 2), SessionRecord::make_id(2, 2));
    }
}
