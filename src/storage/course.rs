//! The one owner of the `limber.course` key: the lessons read, the answers given and the
//! calm sessions listened to (`domain::learn::Course`).
//!
//! Formats: 1, lessons only; 2, with `calm` (a list, empty for a course from format 1);
//! 3, with `checks`, `goals` and `walk_plans` ("What holds you back" and goals of the
//! person's own: lists, empty for a course from an earlier format).

use super::kv::KeyValue;
use serde_json::{json, Value};

use super::envelope::LoadError;
use super::slot::{Slot, SlotError};
use super::StoreError;
use crate::domain::learn::Course;

pub const COURSE_KEY: &str = "limber.course";

fn migrate(version: u64, data: Value) -> Result<Value, LoadError> {
    match (version, data) {
        (1, Value::Object(mut course)) => {
            course.insert("calm".into(), json!([]));
            migrate(2, Value::Object(course))
        }
        (2, Value::Object(mut course)) => {
            for list in ["checks", "goals", "walk_plans"] {
                course.insert(list.into(), json!([]));
            }
            Ok(Value::Object(course))
        }
        (v, _) => Err(LoadError::UnknownVersion(v)),
    }
}

const SLOT: Slot = Slot {
    key: COURSE_KEY,
    version: 3,
    migrate,
};

/// What is stored (nothing read yet before the first lesson). An unreadable value is kept
/// aside by the slot, never deleted.
pub fn load(kv: &impl KeyValue, now_ms: i64) -> Result<Course, SlotError> {
    Ok(SLOT.load(kv, now_ms)?.unwrap_or_default())
}

/// Read, change, write (`Slot::update`): a lesson read in another tab meanwhile is kept.
pub fn update(
    kv: &impl KeyValue,
    now_ms: i64,
    change: impl FnOnce(Course) -> Course,
) -> Result<Course, SlotError> {
    SLOT.update(kv, now_ms, change)
}

/// Write this whole course (an import); the caller has merged or chosen it.
pub fn replace_all(kv: &impl KeyValue, course: &Course) -> Result<(), StoreError> {
    SLOT.save(kv, course)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::LocalDate;
    use crate::domain::calm::{self, CalmDone};
    use crate::domain::goals::{self, Goal, How, Step, Unit, WeekPlan};
    use crate::domain::learn::{Answer, LESSONS};
    use crate::domain::outlook::{self, Check};
    use crate::storage::kv::MemoryStore;

    const DAY: LocalDate = LocalDate {
        year: 2026,
        month: 12,
        day: 7,
    };

    #[test]
    fn lessons_and_answers_are_kept_in_a_versioned_envelope() {
        let kv = MemoryStore::new();
        assert_eq!(load(&kv, 0).unwrap(), Course::default());
        let course = update(&kv, 0, |mut c| {
            c.answer(LESSONS[0].id, Answer::Text("Walk to the park".into()), DAY);
            c
        })
        .unwrap();
        assert_eq!(load(&kv, 0).unwrap(), course);
        let raw = kv.get(COURSE_KEY).unwrap().unwrap();
        assert!(
            raw.contains("\"v\":3") && raw.contains("Walk to the park"),
            "{raw}"
        );
    }

    #[test]
    fn the_first_version_reads_as_written_with_no_calm_and_without_lessons_as_none_read() {
        let kv = MemoryStore::new();
        kv.set(
            COURSE_KEY,
            r#"{"data":{"lessons":[{"id":"pain-alarm","read_on":"2026-12-01","answer":{"choice":2}}]},"v":1}"#,
        )
        .unwrap();
        let c = load(&kv, 0).unwrap();
        assert_eq!(
            c.done("pain-alarm").and_then(|d| d.answer.clone()),
            Some(Answer::Choice(2))
        );
        assert!(c.calm.is_empty());
        kv.set(COURSE_KEY, r#"{"data":{},"v":1}"#).unwrap();
        assert_eq!(load(&kv, 0).unwrap(), Course::default());
        // Not an object: set aside, not read as empty.
        kv.set(COURSE_KEY, r#"{"data":[],"v":1}"#).unwrap();
        assert!(load(&kv, 9).is_err());
        assert!(kv.get("limber.quarantine.course.9").unwrap().is_some());
    }

    #[test]
    fn calm_sessions_round_trip_and_the_first_version_is_rewritten_in_the_latest() {
        let kv = MemoryStore::new();
        kv.set(
            COURSE_KEY,
            r#"{"data":{"lessons":[{"id":"pain-alarm","read_on":"2026-12-01"}]},"v":1}"#,
        )
        .unwrap();
        let listen = CalmDone {
            id: "body-scan".into(),
            started_at: 1_796_000_000_000,
            utc_offset_min: 60,
            secs: 582,
            finished: true,
        };
        let c = update(&kv, 0, |mut c| {
            calm::record(&mut c.calm, listen.clone());
            c
        })
        .unwrap();
        assert_eq!(c.read_count(), 1);
        assert_eq!(load(&kv, 0).unwrap().calm, vec![listen]);
        let raw = kv.get(COURSE_KEY).unwrap().unwrap();
        assert!(
            raw.contains("\"v\":3") && raw.contains("\"calm\":[{"),
            "{raw}"
        );
    }

    #[test]
    fn checks_goals_and_walk_plans_round_trip_and_the_second_version_gains_them_empty() {
        let kv = MemoryStore::new();
        kv.set(
            COURSE_KEY,
            r#"{"data":{"lessons":[],"calm":[{"id":"body-scan","started_at":1796000000000,"secs":600}]},"v":2}"#,
        )
        .unwrap();
        let c = load(&kv, 0).unwrap();
        assert_eq!(c.calm.len(), 1);
        assert!(c.checks.is_empty() && c.goals.is_empty() && c.walk_plans.is_empty());
        let t0 = 1_796_000_000_000;
        let mut goal = Goal::new("Walk to the park with my grandson", None, t0, 60).unwrap();
        let plan = WeekPlan {
            week: 20_790,
            what: "Walk".into(),
            days: [true, false, true, false, true, false, false],
            place: "the park".into(),
            amount: 15,
            unit: Unit::Minutes,
            when: "it rains".into(),
            then: "I walk in the shopping centre".into(),
        };
        goals::set_plan(&mut goal.plans, plan.clone());
        goal.review(20_790, How::Partly, Step::Same, 20_797, t0 + 1);
        let check = Check {
            at: t0,
            utc_offset_min: 60,
            answers: vec![3, 1, 0, 4, 2, 2, 1],
        };
        let saved = update(&kv, 0, |mut c| {
            outlook::record(&mut c.checks, check.clone());
            c.check_put_off = Some(20_800);
            c.goals.push(goal.clone());
            goals::set_plan(&mut c.walk_plans, plan.clone());
            c
        })
        .unwrap();
        let back = load(&kv, 0).unwrap();
        assert_eq!(back, saved);
        assert_eq!(back.checks, vec![check]);
        assert_eq!(back.goals, vec![goal]);
        assert_eq!(back.walk_plans, vec![plan]);
        assert_eq!(back.check_put_off, Some(20_800));
        let raw = kv.get(COURSE_KEY).unwrap().unwrap();
        assert!(
            raw.contains("\"v\":3") && raw.contains("\"if\":\"it rains\""),
            "{raw}"
        );
    }

    #[test]
    fn an_unreadable_value_is_set_aside_and_a_newer_one_left_alone() {
        let kv = MemoryStore::new();
        kv.set(COURSE_KEY, "not json").unwrap();
        assert!(load(&kv, 5).is_err());
        assert_eq!(
            kv.get("limber.quarantine.course.5").unwrap().as_deref(),
            Some("not json")
        );
        let c = update(&kv, 6, |mut c| {
            c.mark_read(LESSONS[0].id, DAY);
            c
        })
        .unwrap();
        assert_eq!(c.read_count(), 1);
        let newer = r#"{"data":{"lessons":[],"more":1},"v":9}"#;
        kv.set(COURSE_KEY, newer).unwrap();
        assert!(update(&kv, 7, |c| c).is_err());
        assert_eq!(kv.get(COURSE_KEY).unwrap().as_deref(), Some(newer));
    }
}
