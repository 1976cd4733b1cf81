//! The one owner of the `limber.course` key: the lessons read and the answers given
//! (`domain::learn::Course`).

use super::kv::KeyValue;
use super::slot::{no_migrations, Slot, SlotError};
use super::StoreError;
use crate::domain::learn::Course;

pub const COURSE_KEY: &str = "limber.course";

const SLOT: Slot = Slot {
    key: COURSE_KEY,
    version: 1,
    migrate: no_migrations,
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
    use crate::domain::learn::{Answer, LESSONS};
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
            raw.contains("\"v\":1") && raw.contains("Walk to the park"),
            "{raw}"
        );
    }

    #[test]
    fn the_first_version_reads_as_written_and_without_lessons_as_none_read() {
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
        kv.set(COURSE_KEY, r#"{"data":{},"v":1}"#).unwrap();
        assert_eq!(load(&kv, 0).unwrap(), Course::default());
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
