//! Earlier stored formats of the session history, frozen as they were written, and the
//! steps that turn each into the next. Never edit an old shape: add a new version.
//!
//! - Format 1: each session a JSON object with named fields (first release; later builds
//!   of format 1 added optional fields: level, reps, secs, eased_from, pain, pain_before,
//!   feeling, note, ended_early).
//! - Format 2: each session a short array of 13 (see `RecordV2`), about half the size.
//! - Format 3: the same array with a 14th element, the distance of a logged walk, swim or
//!   ride in metres.
//! - Format 4: a 15th element, the next-morning check (see `domain::history::CompactRecord`).

use serde::Deserialize;
use serde_json::Value;

use super::envelope::LoadError;
use crate::domain::history::{ExerciseDone, Feeling, SessionRecord};
use crate::domain::pain::PainScore;

#[derive(Deserialize)]
struct ExerciseV1 {
    id: String,
    sets_done: u8,
    sets_planned: u8,
    #[serde(default)]
    reps: u16,
    #[serde(default)]
    secs: u32,
    #[serde(default)]
    eased_from: Option<String>,
    #[serde(default)]
    pain: Option<PainScore>,
}

#[derive(Deserialize)]
struct RecordV1 {
    id: String,
    started_at: i64,
    utc_offset_min: i16,
    routine_id: String,
    routine_name: String,
    #[serde(default)]
    level: i8,
    duration_secs: u32,
    exercises: Vec<ExerciseV1>,
    #[serde(default)]
    pain_before: Option<PainScore>,
    pain_after: Option<PainScore>,
    #[serde(default)]
    feeling: Option<Feeling>,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    ended_early: bool,
}

impl From<RecordV1> for SessionRecord {
    fn from(r: RecordV1) -> Self {
        SessionRecord {
            id: r.id,
            started_at: r.started_at,
            utc_offset_min: r.utc_offset_min,
            routine_id: r.routine_id,
            routine_name: r.routine_name,
            level: r.level,
            duration_secs: r.duration_secs,
            exercises: r
                .exercises
                .into_iter()
                .map(|e| ExerciseDone {
                    id: e.id,
                    sets_done: e.sets_done,
                    sets_planned: e.sets_planned,
                    reps: e.reps,
                    secs: e.secs,
                    eased_from: e.eased_from,
                    pain: e.pain,
                })
                .collect(),
            pain_before: r.pain_before,
            pain_after: r.pain_after,
            feeling: r.feeling,
            note: r.note,
            ended_early: r.ended_early,
            distance_m: None,
            morning: None,
        }
    }
}

/// Format 2's record, frozen: `[id, started_at, utc_offset_min, routine_id, routine_name,
/// level, duration_secs, ended_early, pain_before, pain_after, feeling, note, exercises]`
/// (exercises as in every later format).
#[derive(Deserialize)]
struct RecordV2(
    String,
    i64,
    i16,
    String,
    String,
    i8,
    u32,
    bool,
    Option<PainScore>,
    Option<PainScore>,
    Option<Feeling>,
    Option<String>,
    Vec<ExerciseDone>,
);

impl From<RecordV2> for SessionRecord {
    fn from(r: RecordV2) -> Self {
        let RecordV2(
            id,
            started_at,
            utc_offset_min,
            routine_id,
            routine_name,
            level,
            duration_secs,
            ended_early,
            pain_before,
            pain_after,
            feeling,
            note,
            exercises,
        ) = r;
        SessionRecord {
            id,
            started_at,
            utc_offset_min,
            routine_id,
            routine_name,
            level,
            duration_secs,
            exercises,
            pain_before,
            pain_after,
            feeling,
            note,
            ended_early,
            distance_m: None,
            morning: None,
        }
    }
}

/// Bring the `data` of an older session-history format up to the current one (4).
pub fn sessions(version: u64, data: Value) -> Result<Value, LoadError> {
    match version {
        1 => upgrade::<RecordV1>(data),
        2 => upgrade::<RecordV2>(data),
        3 => append_morning(data),
        v => Err(LoadError::UnknownVersion(v)),
    }
}

/// Format 3 is format 4 without the next-morning answer: each record's array gets a 15th
/// element, `null`. Done on the JSON, so no second copy of the record's shape is kept; the
/// result is then read by the current format like any other (the fixture test checks it).
fn append_morning(mut data: Value) -> Result<Value, LoadError> {
    let records = data
        .as_array_mut()
        .ok_or_else(|| LoadError::WrongShape("format 3 sessions are not a list".into()))?;
    for r in records {
        match r.as_array_mut() {
            Some(fields) if fields.len() == 14 => fields.push(Value::Null),
            _ => {
                return Err(LoadError::WrongShape(
                    "a format 3 session is not a list of 14".into(),
                ))
            }
        }
    }
    Ok(data)
}

fn upgrade<Old>(data: Value) -> Result<Value, LoadError>
where
    Old: serde::de::DeserializeOwned,
    SessionRecord: From<Old>,
{
    let old: Vec<Old> =
        serde_json::from_value(data).map_err(|e| LoadError::WrongShape(e.to_string()))?;
    let new: Vec<SessionRecord> = old.into_iter().map(SessionRecord::from).collect();
    serde_json::to_value(new).map_err(|e| LoadError::WrongShape(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::envelope;

    const FIXTURE_V1: &str = include_str!("../../tests/fixtures/sessions-v1.json");
    const FIXTURE_V2: &str = include_str!("../../tests/fixtures/sessions-v2.json");
    const FIXTURE_V3: &str = include_str!("../../tests/fixtures/sessions-v3.json");

    #[test]
    fn format_2_fixture_migrates_to_the_same_records_as_format_1() {
        let from_v1: Vec<SessionRecord> = envelope::decode(FIXTURE_V1, 4, sessions).unwrap();
        let from_v2: Vec<SessionRecord> = envelope::decode(FIXTURE_V2, 4, sessions).unwrap();
        assert_eq!(from_v2, from_v1);
        assert!(from_v2.iter().all(|r| r.distance_m.is_none()));
        // Written back, format 4 reads as itself.
        let v4 = envelope::encode(4, &from_v2);
        let again: Vec<SessionRecord> = envelope::decode(&v4, 4, sessions).unwrap();
        assert_eq!(again, from_v2);
    }

    #[test]
    fn format_3_fixture_reads_as_format_4_keeping_distances_with_no_morning_answers() {
        let from_v3: Vec<SessionRecord> = envelope::decode(FIXTURE_V3, 4, sessions).unwrap();
        let from_v2: Vec<SessionRecord> = envelope::decode(FIXTURE_V2, 4, sessions).unwrap();
        assert_eq!(from_v3.len(), 4);
        // The three sessions format 2 also holds are the same records.
        assert_eq!(&from_v3[..3], &from_v2[..]);
        let walk = &from_v3[3];
        assert_eq!(walk.routine_id, "log-walk");
        assert_eq!(walk.distance_m, Some(2_400));
        assert!(from_v3.iter().all(|r| r.morning.is_none()));
        // A morning answer survives being written in format 4 and read back.
        let mut answered = from_v3.clone();
        answered[0].morning = Some(crate::domain::history::Morning {
            compared: Some(crate::domain::history::Compared::Worse),
            pain: PainScore::new(5),
            at: 1_795_600_000_000,
        });
        let v4 = envelope::encode(4, &answered);
        let again: Vec<SessionRecord> = envelope::decode(&v4, 4, sessions).unwrap();
        assert_eq!(again, answered);
    }

    #[test]
    fn format_1_fixture_migrates_keeping_every_record_and_field() {
        let records: Vec<SessionRecord> = envelope::decode(FIXTURE_V1, 4, sessions).unwrap();
        assert_eq!(records.len(), 3);
        let ids: Vec<_> = records.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "19ab1c2d3e4-0a1b2c3d",
                "19ab6e5f7a0-ffeeddcc",
                "19abc0a1b20-12345678"
            ]
        );
        assert_eq!(records[0].exercises.len(), 3);
        assert_eq!(records[0].pain_after, PainScore::new(3));
        assert_eq!(records[1].pain_after, None);
        assert_eq!(records[1].utc_offset_min, -300);
        let last = &records[2];
        assert_eq!(last.level, -1);
        assert_eq!(
            last.exercises[1].eased_from.as_deref(),
            Some("glute-bridge")
        );
        assert_eq!(last.exercises[1].pain, PainScore::new(7));
        assert_eq!(last.feeling, Some(Feeling::TooHard));
        assert_eq!(last.note.as_deref(), Some("<b>hips</b> tight"));
        assert!(last.ended_early);
        // And the migrated records are smaller in the new format.
        let v2 = envelope::encode(3, &records);
        assert!(
            v2.len() < FIXTURE_V1.len() * 3 / 4,
            "{} vs {}",
            v2.len(),
            FIXTURE_V1.len()
        );
    }

    /// A record written the way format 1 wrote it (named fields, optional ones left out
    /// when empty, as the first release did).
    fn as_format_1(r: &SessionRecord) -> Value {
        let mut o = serde_json::json!({
            "id": r.id, "started_at": r.started_at, "utc_offset_min": r.utc_offset_min,
            "routine_id": r.routine_id, "routine_name": r.routine_name,
            "duration_secs": r.duration_secs, "pain_after": r.pain_after,
            "exercises": r.exercises.iter().map(|e| {
                let mut x = serde_json::json!({"id": e.id, "sets_done": e.sets_done, "sets_planned": e.sets_planned});
                if e.reps > 0 { x["reps"] = e.reps.into(); }
                if e.secs > 0 { x["secs"] = e.secs.into(); }
                if let Some(f) = &e.eased_from { x["eased_from"] = f.clone().into(); }
                if let Some(p) = e.pain { x["pain"] = p.value().into(); }
                x
            }).collect::<Vec<_>>(),
        });
        if r.level != 0 {
            o["level"] = r.level.into();
        }
        if let Some(p) = r.pain_before {
            o["pain_before"] = p.value().into();
        }
        if let Some(f) = r.feeling {
            o["feeling"] = serde_json::to_value(f).unwrap_or(Value::Null);
        }
        if let Some(n) = &r.note {
            o["note"] = n.clone().into();
        }
        if r.ended_early {
            o["ended_early"] = true.into();
        }
        o
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

        /// Migrating format 1 keeps every record, every field, and the order.
        #[test]
        fn migration_keeps_every_record(records in proptest::collection::vec(crate::domain::backup::tests::any_record(), 0..20)) {
            // Formats 1 and 2 had no distances, and none before 4 a morning answer.
            let records: Vec<SessionRecord> = records
                .into_iter()
                .map(|r| SessionRecord { distance_m: None, morning: None, ..r })
                .collect();
            let v1: Vec<Value> = records.iter().map(as_format_1).collect();
            let raw = envelope::encode(1, &v1);
            let migrated: Vec<SessionRecord> = envelope::decode(&raw, 4, sessions).unwrap();
            proptest::prop_assert_eq!(&migrated, &records);
            let v2: Vec<Value> = records
                .iter()
                .map(|r| {
                    let mut a = serde_json::to_value(r).unwrap();
                    if let Value::Array(items) = &mut a {
                        items.truncate(13);
                    }
                    a
                })
                .collect();
            let raw = envelope::encode(2, &v2);
            let migrated: Vec<SessionRecord> = envelope::decode(&raw, 4, sessions).unwrap();
            proptest::prop_assert_eq!(&migrated, &records);
            // Format 3: the first fourteen elements, the distance included.
            let v3: Vec<Value> = records
                .iter()
                .map(|r| {
                    let mut a = serde_json::to_value(r).unwrap();
                    if let Value::Array(items) = &mut a {
                        items.truncate(14);
                    }
                    a
                })
                .collect();
            let raw = envelope::encode(3, &v3);
            let migrated: Vec<SessionRecord> = envelope::decode(&raw, 4, sessions).unwrap();
            proptest::prop_assert_eq!(migrated, records);
        }
    }

    #[test]
    fn a_backup_file_from_format_3_still_imports() {
        let file = include_str!("../../tests/fixtures/backup-v3.json");
        let records =
            crate::domain::backup::parse(file, 4, |v, data| sessions(v, data).map_err(|e| e.msg()))
                .unwrap();
        let stored: Vec<SessionRecord> = envelope::decode(FIXTURE_V3, 4, sessions).unwrap();
        assert_eq!(records, stored);
        assert_eq!(records[3].distance_m, Some(2_400));
    }

    #[test]
    fn a_format_3_list_of_the_wrong_length_is_refused() {
        let short = serde_json::json!([["a", 1]]);
        assert!(matches!(sessions(3, short), Err(LoadError::WrongShape(_))));
        assert!(matches!(
            sessions(3, Value::Bool(true)),
            Err(LoadError::WrongShape(_))
        ));
    }

    #[test]
    fn unknown_formats_are_refused() {
        assert_eq!(sessions(7, Value::Null), Err(LoadError::UnknownVersion(7)));
        assert!(matches!(
            sessions(1, Value::Bool(true)),
            Err(LoadError::WrongShape(_))
        ));
    }
}
