//! Built-in content as typed static data: no parsing at start-up, checked by the tests below.
//! The routines live here; the exercises they name live in `library` (re-exported here for
//! the screens that list both).

mod routines;

use super::exercise::{BodyArea, Exercise, Kind};
use super::routine::{Routine, Stage};

pub use super::library::{exercise, EXERCISES};
pub use routines::ROUTINES;

/// The routine with this id, if the catalogue has one.
pub fn routine(id: &str) -> Option<&'static Routine> {
    ROUTINES.iter().find(|r| r.id == id)
}

/// What the library screen filters by. `None` means "any".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExerciseFilter {
    pub area: Option<BodyArea>,
    pub kind: Option<Kind>,
    pub query: String,
}

impl ExerciseFilter {
    pub fn accepts(&self, ex: &Exercise) -> bool {
        self.area.is_none_or(|a| ex.areas.contains(&a))
            && self.kind.is_none_or(|k| ex.kind == k)
            && ex.matches(&self.query)
    }
}

/// Exercises passing `filter`, in library order.
pub fn exercises_matching(filter: &ExerciseFilter) -> Vec<&'static Exercise> {
    EXERCISES.iter().filter(|ex| filter.accepts(ex)).collect()
}

/// What the routines screen filters by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RoutineFilter {
    pub stage: Option<Stage>,
    /// Only routines that fit in this many minutes.
    pub max_minutes: Option<u32>,
}

impl RoutineFilter {
    /// The "time you have" choices, in minutes, with their labels: each means that long
    /// or less, and says so.
    pub const LENGTHS: [(u32, &'static str); 3] = [
        (5, "5 min or less"),
        (10, "10 min or less"),
        (20, "20 min or less"),
    ];

    pub fn accepts(&self, r: &Routine) -> bool {
        self.stage.is_none_or(|s| r.stage == s)
            && self.max_minutes.is_none_or(|m| r.estimated_minutes() <= m)
    }
}

/// Routines passing `filter`: exercise routines first, then the cardio sessions.
pub fn routines_matching(filter: RoutineFilter) -> Vec<&'static Routine> {
    let (mut list, cardio): (Vec<_>, Vec<_>) = ROUTINES
        .iter()
        .filter(|r| filter.accepts(r))
        .partition(|r| !r.is_cardio());
    list.extend(cardio);
    list
}

/// Routines that include an exercise, for "Used in" on the exercise page.
pub fn routines_using(exercise_id: &str) -> Vec<&'static Routine> {
    ROUTINES
        .iter()
        .filter(|r| r.items.iter().any(|i| i.exercise_id == exercise_id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::exercise::Work;
    use crate::domain::figure::{Figure, Pose, Prop, FLOOR_Y, HEAD_R, VIEW};
    use crate::domain::routine::{Level, Version};
    use std::collections::HashSet;

    #[test]
    fn there_is_enough_content() {
        assert!(EXERCISES.len() >= 24, "{} exercises", EXERCISES.len());
        let exercise_routines = ROUTINES.iter().filter(|r| !r.is_cardio()).count();
        assert!(exercise_routines >= 8, "{exercise_routines} routines");
        for stage in Stage::ALL {
            assert!(
                ROUTINES
                    .iter()
                    .filter(|r| r.stage == stage && !r.is_cardio())
                    .count()
                    >= 2,
                "stage {stage:?} needs at least two routines"
            );
        }
        for cardio in ["walking", "cycling", "swimming", "water-aerobics"] {
            assert!(
                ROUTINES
                    .iter()
                    .any(|r| r.is_cardio() && r.items[0].exercise_id == cardio),
                "no timed session for {cardio}"
            );
        }
    }

    #[test]
    fn ids_are_unique_and_url_safe() {
        let ids: HashSet<_> = EXERCISES.iter().map(|e| e.id).collect();
        assert_eq!(ids.len(), EXERCISES.len());
        let ids: HashSet<_> = ROUTINES.iter().map(|r| &r.id).collect();
        assert_eq!(ids.len(), ROUTINES.len());
        let url_safe = |id: &str| id.chars().all(|c| c.is_ascii_lowercase() || c == '-');
        assert!(EXERCISES.iter().all(|e| url_safe(e.id)));
        assert!(ROUTINES.iter().all(|r| url_safe(&r.id)));
    }

    /// Every exercise CONTENT.md names, by the name used there, with the id that covers it.
    const NAMED_IN_CONTENT: &[(&str, &str)] = &[
        ("pelvic tilt", "pelvic-tilt"),
        ("glute bridge", "glute-bridge"),
        ("modified plank from knees", "knee-plank"),
        ("modified plank on forearms", "forearm-plank"),
        ("bird dog", "bird-dog"),
        ("dead bug", "dead-bug"),
        ("cat-cow", "cat-cow"),
        ("child's pose", "childs-pose"),
        ("knee-to-chest, single", "knee-to-chest"),
        ("knee-to-chest, double", "double-knee-to-chest"),
        ("lower trunk rotation", "trunk-rotation"),
        ("piriformis / figure-4 stretch", "figure-four"),
        ("hamstring stretch (lying, with a strap)", "hamstring-strap"),
        ("hip flexor stretch (half-kneeling)", "hip-flexor-kneeling"),
        ("prone press-up", "press-up"),
        ("side plank (modified)", "side-plank-knees"),
        ("clamshell", "clamshell"),
        ("wall sit", "wall-sit"),
        ("sit-to-stand", "sit-to-stand"),
        ("walking", "walking"),
        ("stationary cycling", "cycling"),
        ("swimming", "swimming"),
        ("water aerobics", "water-aerobics"),
    ];

    #[test]
    fn every_exercise_named_in_the_content_notes_is_present() {
        for (name, id) in NAMED_IN_CONTENT {
            assert!(exercise(id).is_some(), "missing {name} ({id})");
        }
        for id in ["walking", "cycling", "swimming", "water-aerobics"] {
            let ex = exercise(id).map(|e| (e.kind, e.dose.work));
            assert!(
                matches!(ex, Some((Kind::Cardio, Work::Timed { .. }))),
                "{id} should be a timed cardio session"
            );
        }
    }

    #[test]
    fn variants_exist_and_are_symmetric() {
        for ex in EXERCISES {
            if let Some(id) = ex.easier {
                let easier = exercise(id).unwrap_or_else(|| panic!("{}: no {id}", ex.id));
                assert_eq!(easier.harder, Some(ex.id), "{} <-> {id}", ex.id);
                assert_ne!(id, ex.id);
            }
            if let Some(id) = ex.harder {
                let harder = exercise(id).unwrap_or_else(|| panic!("{}: no {id}", ex.id));
                assert_eq!(harder.easier, Some(ex.id), "{} <-> {id}", ex.id);
                assert_ne!(id, ex.id);
            }
        }
        let with_variants = EXERCISES
            .iter()
            .filter(|e| e.easier.is_some() || e.harder.is_some())
            .count();
        assert!(
            with_variants >= 24,
            "only {with_variants} exercises have a variant"
        );
    }

    #[test]
    fn every_routine_item_names_a_real_exercise() {
        for routine in ROUTINES {
            assert!(!routine.items.is_empty(), "{} has no exercises", routine.id);
            for item in routine.items.iter() {
                assert!(
                    exercise(item.exercise_id).is_some(),
                    "{} refers to missing exercise {}",
                    routine.id,
                    item.exercise_id
                );
                assert!(item.dose.sets >= 1 && item.dose.set_secs() > 0);
            }
            assert_eq!(routine.exercises().count(), routine.items.len());
        }
    }

    #[test]
    fn every_exercise_is_reachable_from_a_routine() {
        for ex in EXERCISES {
            let in_routine = |id: Option<&str>| id.is_some_and(|id| !routines_using(id).is_empty());
            assert!(
                in_routine(Some(ex.id)) || in_routine(ex.easier) || in_routine(ex.harder),
                "{} is in no routine, and neither are its variants",
                ex.id
            );
        }
    }

    #[test]
    fn estimated_durations_are_within_the_stated_range() {
        for r in ROUTINES {
            let (lo, hi) = r.minutes;
            let est = r.estimated_minutes();
            assert!(
                (u32::from(lo)..=u32::from(hi)).contains(&est),
                "{}: estimated {est} min, stated {lo}-{hi}",
                r.id
            );
        }
    }

    #[test]
    fn desk_break_needs_no_floor() {
        let desk = routine("desk-break").expect("a desk-break routine");
        for (ex, _) in desk.exercises() {
            assert!(
                matches!(
                    ex.position,
                    crate::domain::exercise::Position::Sitting
                        | crate::domain::exercise::Position::Standing
                ),
                "{} is not done sitting or standing",
                ex.id
            );
        }
    }

    #[test]
    fn texts_are_present_and_short_enough_for_a_phone() {
        let check = |what: &str, s: &str, max: usize| {
            assert!(!s.trim().is_empty(), "{what} is empty");
            assert!(s.chars().count() <= max, "{what} is longer than {max}: {s}");
            assert!(!s.contains("  "), "{what} has a double space");
        };
        for ex in EXERCISES {
            check(ex.id, ex.name, 40);
            check(ex.id, ex.purpose, 100);
            assert!(
                (3..=6).contains(&ex.steps.len()),
                "{}: {} steps",
                ex.id,
                ex.steps.len()
            );
            assert!((1..=3).contains(&ex.cues.len()), "{} cues", ex.id);
            assert!((1..=3).contains(&ex.cautions.len()), "{} cautions", ex.id);
            ex.steps.iter().for_each(|s| check(ex.id, s, 150));
            ex.cues.iter().for_each(|s| check(ex.id, s, 130));
            ex.cautions.iter().for_each(|s| check(ex.id, s, 130));
            assert!(
                !ex.areas.is_empty() && ex.areas.len() <= 3,
                "{} areas",
                ex.id
            );
            assert!(!ex.equipment.is_empty(), "{} equipment", ex.id);
        }
        for r in ROUTINES {
            check(&r.id, &r.name, 40);
            check(&r.id, &r.goal, 110);
        }
    }

    #[test]
    fn the_first_slice_routine_is_unchanged() {
        // Stored sessions refer to this routine and its exercises by id.
        let r = routine("gentle-start").expect("gentle-start routine");
        let ids: Vec<_> = r.items.iter().map(|i| i.exercise_id).collect();
        assert_eq!(ids, ["pelvic-tilt", "glute-bridge", "knee-to-chest"]);
    }

    #[test]
    fn levels_use_variants_at_the_ends_of_the_ladder() {
        for r in ROUTINES {
            let standard = r.plan(Level::STANDARD);
            for (planned, item) in standard.iter().zip(r.items.iter()) {
                assert_eq!(planned.exercise.id, item.exercise_id);
                assert_eq!(planned.dose, item.dose);
            }
            // The variant is used unless the routine already has it (then, the next one
            // along, or the item scaled): see `no_routine_lists_an_exercise_twice…`.
            let in_routine: Vec<&str> = r.exercises().map(|(e, _)| e.id).collect();
            for (planned, (ex, _)) in r.plan(Level::new(-2)).iter().zip(r.exercises()) {
                match ex.easier {
                    Some(id) if !in_routine.contains(&id) => assert_eq!(
                        (planned.exercise.id, planned.version),
                        (id, Version::Easier)
                    ),
                    Some(_) => assert!(
                        !in_routine.contains(&planned.exercise.id) || planned.exercise.id == ex.id
                    ),
                    None => assert_eq!(planned.exercise.id, ex.id),
                }
            }
            let hardest = r.plan(Level::new(2));
            for (i, (planned, (ex, _))) in hardest.iter().zip(r.exercises()).enumerate() {
                let taken = |id: &&str| {
                    in_routine.contains(id) || hardest[..i].iter().any(|p| p.exercise.id == *id)
                };
                if let Some(id) = ex.harder.filter(|id| !taken(id)) {
                    assert_eq!(
                        (planned.exercise.id, planned.version),
                        (id, Version::Harder)
                    );
                }
            }
            // Scaling alone (levels -1 and +1) never makes a routine longer when easier.
            assert!(r.estimated_secs_at(Level::new(-1)) <= r.estimated_secs());
            assert!(r.estimated_secs_at(Level::new(1)) >= r.estimated_secs());
        }
    }

    #[test]
    fn filters() {
        let all = exercises_matching(&ExerciseFilter::default());
        assert_eq!(all.len(), EXERCISES.len());
        let core = exercises_matching(&ExerciseFilter {
            area: Some(BodyArea::Core),
            ..Default::default()
        });
        assert!(!core.is_empty() && core.iter().all(|e| e.areas.contains(&BodyArea::Core)));
        let bridge = exercises_matching(&ExerciseFilter {
            query: "  BRIDGE ".into(),
            ..Default::default()
        });
        assert!(bridge.iter().any(|e| e.id == "glute-bridge"));
        assert!(bridge
            .iter()
            .all(|e| e.name.to_lowercase().contains("bridge")));
        let none = exercises_matching(&ExerciseFilter {
            query: "zzz".into(),
            ..Default::default()
        });
        assert!(none.is_empty());

        let short = routines_matching(RoutineFilter {
            max_minutes: Some(10),
            ..Default::default()
        });
        assert!(!short.is_empty() && short.iter().all(|r| r.estimated_minutes() <= 10));
        let flare = routines_matching(RoutineFilter {
            stage: Some(Stage::FlareUp),
            ..Default::default()
        });
        assert!(flare.iter().all(|r| r.stage == Stage::FlareUp));
        let all = routines_matching(RoutineFilter::default());
        assert_eq!(all.len(), ROUTINES.len());
        let first_cardio = all.iter().position(|r| r.is_cardio()).unwrap_or(all.len());
        assert!(
            all[first_cardio..].iter().all(|r| r.is_cardio()),
            "cardio last"
        );
    }

    /// A named bone: its two ends and its nominal length.
    type Bone = (&'static str, (i16, i16), (i16, i16), f32);

    /// Bones of a pose with their nominal lengths.
    fn bones(p: &Pose) -> Vec<Bone> {
        let mut out = vec![
            ("neck-head", p.neck, p.head, 8.0),
            ("neck-mid", p.neck, p.mid, 12.5),
            ("mid-hip", p.mid, p.hip, 12.5),
        ];
        for side in 0..2 {
            out.push(("upper arm", p.neck, p.elbow[side], 12.0));
            out.push(("forearm", p.elbow[side], p.hand[side], 11.0));
            out.push(("thigh", p.hip, p.knee[side], 18.0));
            out.push(("shin", p.knee[side], p.foot[side], 18.0));
        }
        out
    }

    #[test]
    fn figures_have_rigid_limbs_and_stay_in_view() {
        for ex in EXERCISES {
            let Figure { start, end, props } = ex.figure;
            let in_water = props.iter().any(|p| matches!(p, Prop::Water { .. }));
            for (a, b) in bones(&start).into_iter().zip(bones(&end)) {
                let (la, lb) = (Figure::length(a.1, a.2), Figure::length(b.1, b.2));
                assert!(
                    (la - lb).abs() <= 2.5,
                    "{}: {} changes length {la} -> {lb}",
                    ex.id,
                    a.0
                );
                for len in [la, lb] {
                    assert!(
                        (len - a.3).abs() <= a.3 * 0.25,
                        "{}: {} is {len}, nominal {}",
                        ex.id,
                        a.0,
                        a.3
                    );
                }
            }
            for pose in [start, end] {
                for (x, y) in pose.joints() {
                    assert!(
                        (2..=VIEW.0 - 2).contains(&x),
                        "{}: x {x} out of view",
                        ex.id
                    );
                    assert!(
                        (2..=VIEW.1 - 2).contains(&y),
                        "{}: y {y} out of view",
                        ex.id
                    );
                    assert!(in_water || y <= FLOOR_Y, "{}: joint below the floor", ex.id);
                }
                let (hx, hy) = pose.head;
                assert!(hx - HEAD_R >= 0 && hx + HEAD_R <= VIEW.0 && hy - HEAD_R >= 0);
            }
            assert!(
                crate::domain::figure::Part::ALL
                    .iter()
                    .any(|p| ex.figure.moves(*p)),
                "{}: nothing moves",
                ex.id
            );
        }
    }

    #[test]
    fn no_routine_lists_an_exercise_twice_and_easier_never_asks_for_more() {
        use crate::domain::routine::{Level, Version};
        for routine in ROUTINES {
            for level in Level::MIN..=Level::MAX {
                let plan = routine.plan(Level::new(level));
                let mut ids: Vec<&str> = plan.iter().map(|p| p.exercise.id).collect();
                ids.sort_unstable();
                let before = ids.len();
                ids.dedup();
                assert_eq!(
                    ids.len(),
                    before,
                    "{} at level {level} repeats an exercise",
                    routine.id
                );
                for (planned, item) in plan.iter().zip(routine.items.iter()) {
                    if planned.version == Version::Easier {
                        assert!(
                            !planned.dose.exceeds(item.dose),
                            "{} at level {level}: {} ({}) asks for more than {} ({})",
                            routine.id,
                            planned.exercise.id,
                            planned.dose.describe(),
                            item.exercise_id,
                            item.dose.describe()
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn time_chips_mean_that_long_or_less_and_every_routine_is_under_one() {
        for (m, label) in RoutineFilter::LENGTHS {
            assert_eq!(label, format!("{m} min or less"));
        }
        for r in ROUTINES {
            let under = |m: u32| {
                RoutineFilter {
                    stage: None,
                    max_minutes: Some(m),
                }
                .accepts(r)
            };
            for (m, _) in RoutineFilter::LENGTHS {
                assert_eq!(under(m), r.estimated_minutes() <= m, "{}", r.id);
            }
        }
        // The 6-minute desk break isn't a "5 min" routine, and is found under 10.
        let desk = routine("desk-break").expect("desk break");
        assert!(desk.estimated_minutes() > 5);
        let ten = routines_matching(RoutineFilter {
            stage: None,
            max_minutes: Some(10),
        });
        assert!(ten.iter().any(|r| r.id == "desk-break"));
        let five = routines_matching(RoutineFilter {
            stage: None,
            max_minutes: Some(5),
        });
        assert!(five.iter().all(|r| r.estimated_minutes() <= 5));
    }
}
