//! Built-in content as typed static data: no parsing at start-up, checked by the tests below.
//! The routines live here; the exercises they name live in `library` (re-exported here for
//! the screens that list both).

mod routines;

use super::exercise::{BodyArea, Exercise, Kind};
use super::figure::Figure;
use super::i18n::{messages, Msg};
use super::routine::{Routine, Stage};

pub use super::library::{exercise, EXERCISES};
pub use routines::ROUTINES;

/// The routine with this id, if the catalogue has one.
pub fn routine(id: &str) -> Option<&'static Routine> {
    ROUTINES.iter().find(|r| r.id == id)
}

impl Routine {
    /// The exercise whose figure pictures the routine on its card. No two built-in routines
    /// share a picture, so a list of them can be told apart at a glance (several start with
    /// the same exercise): each shows its first exercise whose figure no built-in routine
    /// before it in [`ROUTINES`] shows, or its first exercise when all of them are taken. A
    /// person's own routine chooses the same way after all the built-in ones, so it differs
    /// from them too where it can. None for a routine without a known exercise.
    pub fn picture(&self) -> Option<&'static Exercise> {
        let mut shown: Vec<Figure> = Vec::with_capacity(ROUTINES.len());
        for r in ROUTINES.iter().take_while(|r| r.id != self.id) {
            shown.extend(r.picture_besides(&shown).map(|ex| ex.guide().figure));
        }
        self.picture_besides(&shown)
    }

    /// The first exercise whose figure is not one of `shown`, else the first exercise.
    fn picture_besides(&self, shown: &[Figure]) -> Option<&'static Exercise> {
        let mut exercises = self.exercises().map(|(ex, _)| ex);
        exercises
            .find(|ex| !shown.contains(&ex.guide().figure))
            .or_else(|| self.exercises().next().map(|(ex, _)| ex))
    }
}

/// What the library screen filters by. `None` means "any". (A search by name is the
/// screen's, on the names in the person's language: `exercise::name_matches`.)
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExerciseFilter {
    pub area: Option<BodyArea>,
    pub kind: Option<Kind>,
}

impl ExerciseFilter {
    pub fn accepts(&self, ex: &Exercise) -> bool {
        self.area.is_none_or(|a| ex.areas.contains(&a)) && self.kind.is_none_or(|k| ex.kind == k)
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
    /// The "time you have" choices, in minutes: each means that long or less, and says so
    /// ([`RoutineFilter::length_label`]).
    pub const LENGTHS: [u32; 3] = [5, 10, 20];

    /// A "time you have" choice in words: "10 min or less".
    pub fn length_label(minutes: u32) -> Msg {
        messages::routines_length_at_most(minutes)
    }

    /// Whether `r` passes, given how many minutes it takes the person
    /// (`coach::length_secs`, in whole minutes): the same number its card shows.
    pub fn accepts(&self, r: &Routine, minutes: u32) -> bool {
        self.stage.is_none_or(|s| r.stage == s) && self.max_minutes.is_none_or(|m| minutes <= m)
    }
}

/// Routines passing `filter`, with `minutes` saying how long each takes the person: exercise
/// routines first, then the cardio sessions.
pub fn routines_matching(
    filter: RoutineFilter,
    minutes: impl Fn(&Routine) -> u32,
) -> Vec<&'static Routine> {
    let (mut list, cardio): (Vec<_>, Vec<_>) = ROUTINES
        .iter()
        .filter(|r| filter.accepts(r, minutes(r)))
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
    use crate::domain::i18n::english_text;
    use crate::domain::settings::Pace;

    /// A routine's length at the standard level and pace, in minutes.
    fn minutes(r: &Routine) -> u32 {
        r.length_minutes(Level::STANDARD, Pace::default())
    }
    use crate::domain::exercise::Work;
    use crate::domain::figure::draw::{self, Motion, Piece};
    use crate::domain::figure::{Frame, Prop, View, FLOOR_Y, HEAD_R, V, VIEW};
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
            let est = r.length_minutes(Level::STANDARD, Pace::default());
            assert!(
                (u32::from(lo)..=u32::from(hi)).contains(&est),
                "{}: estimated {est} min, stated {lo}-{hi}",
                r.id
            );
        }
    }

    #[test]
    fn a_routine_lists_what_it_needs_at_its_level() {
        use crate::domain::exercise::Equipment;
        let hips = routine("hips-and-hamstrings").unwrap();
        let needs = hips.equipment(Level::STANDARD);
        assert!(needs.contains(&Equipment::Mat) && needs.contains(&Equipment::Strap));
        assert_eq!(
            Equipment::sentence_msg(&needs)
                .map(|m| crate::domain::i18n::english_text(&m))
                .as_deref(),
            Some("You'll need a mat or rug and a strap, belt or towel.")
        );
        let desk = routine("desk-break").unwrap();
        assert!(!desk.equipment(Level::STANDARD).contains(&Equipment::Mat));
        assert!(desk.equipment(Level::STANDARD).contains(&Equipment::Chair));
        // Every exercise's needs are in its routine's list, at every level, once each.
        for r in ROUTINES {
            for level in -2..=2 {
                let level = Level::new(level);
                let list = r.equipment(level);
                for p in r.plan(level) {
                    for e in p.exercise.equipment {
                        assert!(list.contains(e), "{} at {level:?}: {e:?}", r.id);
                    }
                }
                let mut unique = list.clone();
                unique.dedup();
                assert_eq!(unique, list);
                assert_eq!(
                    Equipment::sentence_msg(&list).is_none(),
                    list.iter().all(|e| *e == Equipment::None)
                );
            }
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
            check(ex.id, ex.guide().purpose, 100);
            assert!(
                (3..=6).contains(&ex.guide().steps.len()),
                "{}: {} steps",
                ex.id,
                ex.guide().steps.len()
            );
            assert!((1..=3).contains(&ex.guide().cues.len()), "{} cues", ex.id);
            assert!(
                (1..=3).contains(&ex.guide().cautions.len()),
                "{} cautions",
                ex.id
            );
            ex.guide().steps.iter().for_each(|s| check(ex.id, s, 150));
            ex.guide().cues.iter().for_each(|s| check(ex.id, s, 130));
            ex.guide()
                .cautions
                .iter()
                .for_each(|s| check(ex.id, s, 130));
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
    fn every_built_in_routine_s_texts_are_in_english_as_written_here() {
        for r in ROUTINES {
            let goal = english_text(&r.goal_msg());
            assert!(!goal.starts_with('{'), "{}: no {goal}", r.id);
            assert_eq!(goal, r.goal, "{}", r.id);
        }
        for stage in Stage::ALL {
            for m in [stage.label_msg(), stage.description_msg()] {
                assert!(!english_text(&m).starts_with('{'), "{stage:?}");
            }
        }
        assert_eq!(
            Stage::ALL.map(|s| english_text(&s.label_msg())),
            ["For bad days", "Building up", "Keeping it up"]
        );
        assert_eq!(
            Stage::ALL.map(|s| english_text(&s.description_msg())),
            [
                "Slow, gentle and mostly lying down, for when your back is sore.",
                "As pain settles: a little more strength and range.",
                "Keeping a recovered back strong and supple.",
            ]
        );
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
            assert!(
                r.length_secs(Level::new(-1), Pace::default())
                    <= r.length_secs(Level::STANDARD, Pace::default())
            );
            assert!(
                r.length_secs(Level::new(1), Pace::default())
                    >= r.length_secs(Level::STANDARD, Pace::default())
            );
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
        let named = |q: &str| -> Vec<&str> {
            EXERCISES
                .iter()
                .filter(|e| {
                    crate::domain::exercise::name_matches(
                        &crate::domain::i18n::english_text(&e.title()),
                        q,
                    )
                })
                .map(|e| e.id)
                .collect()
        };
        assert!(named("  BRIDGE ").contains(&"glute-bridge"));
        assert!(named("zzz").is_empty());
        assert_eq!(named("").len(), EXERCISES.len());

        let short = routines_matching(
            RoutineFilter {
                max_minutes: Some(10),
                ..Default::default()
            },
            minutes,
        );
        assert!(
            !short.is_empty()
                && short
                    .iter()
                    .all(|r| r.length_minutes(Level::STANDARD, Pace::default()) <= 10)
        );
        let flare = routines_matching(
            RoutineFilter {
                stage: Some(Stage::FlareUp),
                ..Default::default()
            },
            minutes,
        );
        assert!(flare.iter().all(|r| r.stage == Stage::FlareUp));
        let all = routines_matching(RoutineFilter::default(), minutes);
        assert_eq!(all.len(), ROUTINES.len());
        let first_cardio = all.iter().position(|r| r.is_cardio()).unwrap_or(all.len());
        assert!(
            all[first_cardio..].iter().all(|r| r.is_cardio()),
            "cardio last"
        );
    }

    /// A named bone of a drawn moment: its two ends and its nominal length.
    type Bone = (&'static str, V, V, f32);

    /// Bones of a moment with their nominal lengths, limbs from where they join the body.
    fn bones(f: &Frame, view: View) -> Vec<Bone> {
        let (shoulders, hips) = f.sockets(view);
        let mut out = vec![
            ("neck-head", f.neck, f.head, 8.0),
            ("neck-mid", f.neck, f.mid, 12.5),
            ("mid-hip", f.mid, f.hip, 12.5),
        ];
        for side in 0..2 {
            out.push(("upper arm", shoulders[side], f.elbow[side], 12.0));
            out.push(("forearm", f.elbow[side], f.hand[side], 11.0));
            out.push(("thigh", hips[side], f.knee[side], 18.0));
            out.push(("shin", f.knee[side], f.foot[side], 18.0));
        }
        out
    }

    fn len(a: V, b: V) -> f32 {
        ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
    }

    /// The moments the tests look at: the start, the end and three in between.
    const MOMENTS: [f32; 5] = [0.0, 0.25, 0.5, 0.75, 1.0];

    #[test]
    fn figures_keep_their_proportions_and_stay_in_view() {
        for ex in EXERCISES {
            let fig = ex.guide().figure;
            let in_water = fig.props.iter().any(|p| matches!(p, Prop::Water { .. }));
            let (start, end) = (fig.frame(0.0), fig.frame(1.0));
            for (a, b) in bones(&start, fig.view)
                .into_iter()
                .zip(bones(&end, fig.view))
            {
                let (la, lb) = (len(a.1, a.2), len(b.1, b.2));
                if fig.view == View::Side {
                    // Side on, a bone is its own length in both poses.
                    assert!(
                        (la - lb).abs() <= 2.5,
                        "{}: {} changes length {la} -> {lb}",
                        ex.id,
                        a.0
                    );
                    for l in [la, lb] {
                        assert!(
                            (l - a.3).abs() <= a.3 * 0.25,
                            "{}: {} is {l}, nominal {}",
                            ex.id,
                            a.0,
                            a.3
                        );
                    }
                } else {
                    // From the front or above a bone pointing at the viewer looks shorter,
                    // never longer.
                    for l in [la, lb] {
                        assert!(
                            l <= a.3 * 1.25 && l >= a.3 * 0.4,
                            "{}: {} is {l}, nominal {}",
                            ex.id,
                            a.0,
                            a.3
                        );
                    }
                }
            }
            for pose in [fig.start, fig.end] {
                for (x, y) in Frame::from(pose).points() {
                    assert!(
                        (2.0..=f32::from(VIEW.0 - 2)).contains(&x),
                        "{}: x {x} out of view",
                        ex.id
                    );
                    assert!(
                        (2.0..=f32::from(VIEW.1 - 2)).contains(&y),
                        "{}: y {y} out of view",
                        ex.id
                    );
                    assert!(
                        in_water || y <= f32::from(FLOOR_Y),
                        "{}: joint below the floor",
                        ex.id
                    );
                }
                let (hx, hy) = pose.head;
                assert!(hx - HEAD_R >= 0 && hx + HEAD_R <= VIEW.0 && hy - HEAD_R >= 0);
            }
        }
    }

    #[test]
    fn no_limb_comes_away_from_its_joint_at_any_moment() {
        for ex in EXERCISES {
            let fig = ex.guide().figure;
            let ends = (
                bones(&fig.frame(0.0), fig.view),
                bones(&fig.frame(1.0), fig.view),
            );
            for t in MOMENTS {
                let f = fig.frame(t);
                for ((now, a), b) in bones(&f, fig.view).into_iter().zip(&ends.0).zip(&ends.1) {
                    // In between, a bone is as long as it is at the two ends, give or take.
                    // From the front or above, one turning toward the viewer on its way (the
                    // clamshell's knee opening to the ceiling) looks shorter, down to the
                    // least a pose may show it (0.4 of its length, as above); never longer.
                    let l = len(now.1, now.2);
                    let (lo, hi) = (
                        len(a.1, a.2).min(len(b.1, b.2)),
                        len(a.1, a.2).max(len(b.1, b.2)),
                    );
                    let shortest = match fig.view {
                        View::Side => lo * 0.85 - 0.5,
                        View::Front | View::Above => (lo * 0.85 - 0.5).min(a.3 * 0.4),
                    };
                    assert!(
                        l >= shortest && l <= hi * 1.15 + 0.5,
                        "{}: {} is {l} at {t}, {lo}..{hi} at the ends",
                        ex.id,
                        now.0
                    );
                }
                // Every piece is drawn from the frame's own joints, so a limb starts where
                // the body's socket is: check the drawn path begins beside it.
                let (shoulders, hips) = f.sockets(fig.view);
                for (piece, socket) in [
                    (Piece::NearArm, shoulders[0]),
                    (Piece::FarArm, shoulders[1]),
                    (Piece::NearLeg, hips[0]),
                    (Piece::FarLeg, hips[1]),
                ] {
                    let d = fig.piece_path(&f, piece);
                    let first: Vec<f32> = d[1..]
                        .split(['L', ' '])
                        .take(2)
                        .map(|n| n.parse().unwrap())
                        .collect();
                    assert!(
                        len((first[0], first[1]), socket) <= 3.5,
                        "{}: {piece:?} drawn away from its socket at {t}",
                        ex.id
                    );
                }
            }
        }
    }

    #[test]
    fn what_moves_is_highlighted_and_travels_a_visible_distance() {
        for ex in EXERCISES {
            let fig = ex.guide().figure;
            assert!(
                Piece::ALL.iter().any(|p| fig.moves(*p)),
                "{}: nothing moves",
                ex.id
            );
            let (from, to) = fig.main_path().expect("an arrow");
            // At least 5 of the drawing's 120 units: about 15 px on the exercise page (the
            // pelvic tilt's small flattening of the back is the one smaller movement).
            assert!(
                len(from, to) >= 5.0 || ex.id == "pelvic-tilt",
                "{}: moves only {}",
                ex.id,
                len(from, to)
            );
            let markup = fig.markup(Motion::Still);
            assert!(markup.contains("class=\"arrow\""), "{}: no arrow", ex.id);
            assert!(
                markup.contains(" moving\""),
                "{}: nothing highlighted",
                ex.id
            );
        }
    }

    #[test]
    fn every_figure_has_a_face_hands_and_feet() {
        let subpaths = |d: &str| d.matches('M').count();
        for ex in EXERCISES {
            let fig = ex.guide().figure;
            for t in [0.0, 1.0] {
                let f = fig.frame(t);
                // Two eyes; the head, its neck and the nose.
                assert_eq!(subpaths(&fig.piece_path(&f, Piece::Eyes)), 2, "{}", ex.id);
                assert_eq!(subpaths(&fig.piece_path(&f, Piece::Head)), 3, "{}", ex.id);
                // An arm is two bones and a hand, a leg two bones and a foot (and from
                // above, a round knee pointing at the viewer).
                for piece in [Piece::NearArm, Piece::FarArm, Piece::NearLeg, Piece::FarLeg] {
                    let leg = matches!(piece, Piece::NearLeg | Piece::FarLeg);
                    assert_eq!(
                        subpaths(&fig.piece_path(&f, piece)),
                        3 + usize::from(leg && fig.view == View::Above),
                        "{}: {piece:?}",
                        ex.id
                    );
                }
                // The feet point somewhere: the toes are away from the ankles.
                for (toe, ankle) in draw::toes_of(&fig, &f).into_iter().zip(f.foot) {
                    assert!(len(toe, ankle) >= 3.0, "{}: a foot has no length", ex.id);
                    let in_water = fig.props.iter().any(|p| matches!(p, Prop::Water { .. }));
                    assert!(
                        in_water || toe.1 <= f32::from(FLOOR_Y) + 0.6,
                        "{}: toes under the floor",
                        ex.id
                    );
                }
            }
        }
    }

    #[test]
    fn figures_stay_small() {
        // What a screen adds to the page for one figure: moving (the player's and an
        // exercise page's: every picture of its flipbook, each a whole drawing, so more
        // pictures for a smoother fade cost here) and still (each thumbnail in a list).
        let (mut moving, mut still) = (0, 0);
        for ex in EXERCISES {
            moving = moving.max(ex.guide().figure.markup(Motion::Loop { hold: true }).len());
            still = still.max(ex.guide().figure.markup(Motion::Still).len());
        }
        println!("largest figure markup: {moving} bytes moving, {still} bytes still");
        assert!(moving <= 20_000, "a moving figure is {moving} bytes");
        assert!(still <= 6_000, "a still figure is {still} bytes");
    }

    #[test]
    fn every_built_in_routine_is_pictured_by_a_figure_of_its_own() {
        // What a routine card draws: its picture's still figure.
        let mut seen: Vec<(&str, String)> = Vec::new();
        for r in ROUTINES {
            let ex = r.picture().expect("a picture");
            assert!(
                r.items.iter().any(|i| i.exercise_id == ex.id),
                "{} is pictured by {}, which it does not include",
                r.id,
                ex.id
            );
            let still = ex.guide().figure.markup(Motion::Still);
            if let Some((other, _)) = seen.iter().find(|(_, s)| *s == still) {
                panic!("{} and {other} show the same picture ({})", r.id, ex.id);
            }
            seen.push((&r.id, still));
        }
        // The first routine, with nothing before it, shows its first exercise.
        assert_eq!(
            ROUTINES[0].picture().map(|ex| ex.id),
            Some(ROUTINES[0].items[0].exercise_id)
        );
    }

    #[test]
    fn a_persons_own_routine_is_pictured_apart_from_the_built_in_ones_where_it_can_be() {
        use crate::domain::exercise::Dose;
        use crate::domain::routine::RoutineItem;
        use std::borrow::Cow;
        let mine = |ids: &[&'static str]| Routine {
            id: Cow::Borrowed("my-1"),
            name: Cow::Borrowed("Mine"),
            stage: Stage::Building,
            goal: Cow::Borrowed(""),
            minutes: (5, 5),
            items: Cow::Owned(
                ids.iter()
                    .map(|id| RoutineItem {
                        exercise_id: id,
                        dose: Dose::reps(8, 4, 2, 15),
                    })
                    .collect(),
            ),
        };
        let built_in: Vec<&str> = ROUTINES
            .iter()
            .filter_map(|r| r.picture().map(|ex| ex.id))
            .collect();
        // Pelvic tilt pictures "Gentle start"; bird dog pictures no built-in routine.
        assert!(built_in.contains(&"pelvic-tilt") && !built_in.contains(&"bird-dog"));
        let pictured = |ids: &[&'static str]| mine(ids).picture().map(|ex| ex.id);
        assert_eq!(pictured(&["pelvic-tilt", "bird-dog"]), Some("bird-dog"));
        assert_eq!(pictured(&["pelvic-tilt"]), Some("pelvic-tilt"));
        assert_eq!(pictured(&[]), None);
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
                            "{} at level {level}: {} ({:?}) asks for more than {} ({:?})",
                            routine.id,
                            planned.exercise.id,
                            planned.dose,
                            item.exercise_id,
                            item.dose
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn time_chips_mean_that_long_or_less_and_every_routine_is_under_one() {
        for m in RoutineFilter::LENGTHS {
            assert_eq!(
                english_text(&RoutineFilter::length_label(m)),
                format!("{m} min or less")
            );
        }
        for r in ROUTINES {
            let under = |m: u32| {
                RoutineFilter {
                    stage: None,
                    max_minutes: Some(m),
                }
                .accepts(r, minutes(r))
            };
            for m in RoutineFilter::LENGTHS {
                assert_eq!(
                    under(m),
                    r.length_minutes(Level::STANDARD, Pace::default()) <= m,
                    "{}",
                    r.id
                );
            }
        }
        // The 6-minute desk break isn't a "5 min" routine, and is found under 10.
        let desk = routine("desk-break").expect("desk break");
        assert!(desk.length_minutes(Level::STANDARD, Pace::default()) > 5);
        let ten = routines_matching(
            RoutineFilter {
                stage: None,
                max_minutes: Some(10),
            },
            minutes,
        );
        assert!(ten.iter().any(|r| r.id == "desk-break"));
        let five = routines_matching(
            RoutineFilter {
                stage: None,
                max_minutes: Some(5),
            },
            minutes,
        );
        assert!(five
            .iter()
            .all(|r| r.length_minutes(Level::STANDARD, Pace::default()) <= 5));
    }
}
