//! What a finished session leaves behind, and how history is read back.

use serde::{Deserialize, Serialize};

use super::calendar::LocalDate;
use super::pain::PainScore;

/// How much of one exercise was done in a session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseDone {
    /// Catalogue id of the exercise.
    pub id: String,
    pub sets_done: u8,
    pub sets_planned: u8,
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
    /// Pain right after the session; `None` if the person chose not to say.
    pub pain_after: Option<PainScore>,
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
                },
                ExerciseDone {
                    id: "glute-bridge".into(),
                    sets_done: 0,
                    sets_planned: 2,
                },
            ],
            pain_after: PainScore::new(3),
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
