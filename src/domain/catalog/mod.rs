//! Built-in content as typed static data: no parsing at start-up, checked by the tests below.

mod exercises;
mod routines;

use super::exercise::Exercise;
use super::routine::Routine;

pub use exercises::EXERCISES;
pub use routines::ROUTINES;

/// The exercise with this id, if the catalogue has one.
pub fn exercise(id: &str) -> Option<&'static Exercise> {
    EXERCISES.iter().find(|ex| ex.id == id)
}

/// The routine with this id, if the catalogue has one.
pub fn routine(id: &str) -> Option<&'static Routine> {
    ROUTINES.iter().find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn exercise_ids_are_unique() {
        let ids: HashSet<_> = EXERCISES.iter().map(|e| e.id).collect();
        assert_eq!(ids.len(), EXERCISES.len());
    }

    #[test]
    fn routine_ids_are_unique() {
        let ids: HashSet<_> = ROUTINES.iter().map(|r| r.id).collect();
        assert_eq!(ids.len(), ROUTINES.len());
    }

    #[test]
    fn every_routine_item_names_a_real_exercise() {
        for routine in ROUTINES {
            assert!(!routine.items.is_empty(), "{} has no exercises", routine.id);
            for item in routine.items {
                assert!(
                    exercise(item.exercise_id).is_some(),
                    "{} refers to missing exercise {}",
                    routine.id,
                    item.exercise_id
                );
            }
            assert_eq!(routine.exercises().count(), routine.items.len());
        }
    }

    #[test]
    fn no_text_is_empty_and_ids_are_url_safe() {
        for ex in EXERCISES {
            assert!(!ex.name.trim().is_empty() && !ex.purpose.trim().is_empty());
            assert!(!ex.steps.is_empty(), "{} has no steps", ex.id);
            assert!(ex.steps.iter().all(|s| !s.trim().is_empty()));
            assert!(ex.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
        }
        for r in ROUTINES {
            assert!(!r.name.trim().is_empty() && !r.goal.trim().is_empty());
        }
    }

    #[test]
    fn doses_are_sensible() {
        for ex in EXERCISES {
            let d = ex.dose;
            assert!(
                d.sets >= 1 && d.set_secs() > 0,
                "{} has an empty dose",
                ex.id
            );
        }
    }

    #[test]
    fn first_slice_has_the_three_source_exercises() {
        for id in ["pelvic-tilt", "glute-bridge", "knee-to-chest"] {
            assert!(exercise(id).is_some(), "missing {id}");
        }
        let r = routine("gentle-start").expect("gentle-start routine");
        let ids: Vec<_> = r.items.iter().map(|i| i.exercise_id).collect();
        assert_eq!(ids, ["pelvic-tilt", "glute-bridge", "knee-to-chest"]);
        // A short, gentle routine: between 3 and 8 minutes.
        assert!(
            (3..=8).contains(&r.estimated_minutes()),
            "{} min",
            r.estimated_minutes()
        );
    }
}
