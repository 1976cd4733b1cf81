//! Built-in routines. Short sessions for each stage first, then the timed cardio sessions.

use std::borrow::Cow;

use crate::domain::exercise::Dose;
use crate::domain::routine::{Routine, RoutineItem, Stage};

pub static ROUTINES: &[Routine] = &[
    Routine {
        id: Cow::Borrowed("gentle-start"),
        name: Cow::Borrowed("Gentle start"),
        stage: Stage::FlareUp,
        goal: Cow::Borrowed("Three lying-down moves to ease a stiff, sore back without strain."),
        minutes: (5, 7),
        items: Cow::Borrowed(&[
            RoutineItem {
                exercise_id: "pelvic-tilt",
                dose: Dose::reps(10, 4, 2, 20),
            },
            RoutineItem {
                exercise_id: "glute-bridge",
                dose: Dose::reps(8, 5, 2, 30),
            },
            RoutineItem {
                exercise_id: "knee-to-chest",
                dose: Dose::hold(20, 2, 5),
            },
        ]),
    },
    Routine {
        id: Cow::Borrowed("flare-up-relief"),
        name: Cow::Borrowed("Flare-up relief"),
        stage: Stage::FlareUp,
        goal: Cow::Borrowed("Five very gentle minutes on your back for days when everything hurts."),
        minutes: (4, 6),
        items: Cow::Borrowed(&[
            RoutineItem {
                exercise_id: "pelvic-tilt",
                dose: Dose::reps(8, 4, 2, 15),
            },
            RoutineItem {
                exercise_id: "trunk-rotation",
                dose: Dose::reps(8, 4, 2, 15),
            },
            RoutineItem {
                exercise_id: "knee-to-chest",
                dose: Dose::hold(20, 2, 5),
            },
        ]),
    },
    Routine {
        id: Cow::Borrowed("no-floor-needed"),
        name: Cow::Borrowed("No floor needed"),
        stage: Stage::FlareUp,
        goal: Cow::Borrowed("Easy moves in a chair and on your feet, for when getting down to the floor is too much."),
        minutes: (4, 6),
        items: Cow::Borrowed(&[
            RoutineItem {
                exercise_id: "seated-cat-cow",
                dose: Dose::reps(8, 5, 2, 15),
            },
            RoutineItem {
                exercise_id: "seated-hamstring",
                dose: Dose::hold(20, 1, 10),
            },
            RoutineItem {
                exercise_id: "seated-figure-four",
                dose: Dose::hold(20, 1, 10),
            },
            RoutineItem {
                exercise_id: "sit-to-stand",
                dose: Dose::reps(5, 4, 1, 0),
            },
            RoutineItem {
                exercise_id: "standing-extension",
                dose: Dose::reps(5, 4, 1, 0),
            },
        ]),
    },
    Routine {
        id: Cow::Borrowed("morning-mobility"),
        name: Cow::Borrowed("Morning mobility"),
        stage: Stage::Building,
        goal: Cow::Borrowed("Loosens a stiff back after a night's sleep, moving from lying to standing."),
        minutes: (9, 12),
        items: Cow::Borrowed(&[
            RoutineItem {
                exercise_id: "trunk-rotation",
                dose: Dose::reps(10, 5, 2, 15),
            },
            RoutineItem {
                exercise_id: "knee-to-chest",
                dose: Dose::hold(20, 1, 5),
            },
            RoutineItem {
                exercise_id: "open-book",
                dose: Dose::reps(6, 5, 1, 15),
            },
            RoutineItem {
                exercise_id: "sphinx",
                dose: Dose::hold(20, 2, 15),
            },
            RoutineItem {
                exercise_id: "cat-cow",
                dose: Dose::reps(8, 5, 2, 15),
            },
            RoutineItem {
                exercise_id: "childs-pose",
                dose: Dose::hold(30, 2, 10),
            },
            RoutineItem {
                exercise_id: "hip-flexor-standing",
                dose: Dose::hold(25, 1, 10),
            },
            RoutineItem {
                exercise_id: "standing-extension",
                dose: Dose::reps(6, 4, 1, 0),
            },
        ]),
    },
    Routine {
        id: Cow::Borrowed("core-basics"),
        name: Cow::Borrowed("Core basics"),
        stage: Stage::Building,
        goal: Cow::Borrowed("Gently builds the tummy, hip and back muscles that support your spine."),
        minutes: (10, 13),
        items: Cow::Borrowed(&[
            RoutineItem {
                exercise_id: "pelvic-tilt",
                dose: Dose::reps(10, 4, 2, 20),
            },
            RoutineItem {
                exercise_id: "heel-taps",
                dose: Dose::reps(10, 4, 2, 20),
            },
            RoutineItem {
                exercise_id: "glute-bridge",
                dose: Dose::reps(8, 5, 2, 30),
            },
            RoutineItem {
                exercise_id: "clamshell",
                dose: Dose::reps(10, 4, 1, 15),
            },
            RoutineItem {
                exercise_id: "bird-dog-limb",
                dose: Dose::reps(8, 4, 2, 20),
            },
            RoutineItem {
                exercise_id: "knee-plank",
                dose: Dose::hold(15, 3, 30),
            },
        ]),
    },
    Routine {
        id: Cow::Borrowed("hips-and-hamstrings"),
        name: Cow::Borrowed("Hips and hamstrings"),
        stage: Stage::Building,
        goal: Cow::Borrowed("Loosens tight hips and thighs and strengthens your buttocks to ease the load on your back."),
        minutes: (11, 14),
        items: Cow::Borrowed(&[
            RoutineItem {
                exercise_id: "glute-bridge",
                dose: Dose::reps(8, 5, 2, 30),
            },
            RoutineItem {
                exercise_id: "clamshell",
                dose: Dose::reps(10, 4, 1, 15),
            },
            RoutineItem {
                exercise_id: "side-leg-raise",
                dose: Dose::reps(8, 4, 1, 15),
            },
            RoutineItem {
                exercise_id: "figure-four",
                dose: Dose::hold(25, 2, 10),
            },
            RoutineItem {
                exercise_id: "hamstring-strap",
                dose: Dose::hold(30, 2, 10),
            },
            RoutineItem {
                exercise_id: "hip-flexor-kneeling",
                dose: Dose::hold(25, 2, 10),
            },
        ]),
    },
    Routine {
        id: Cow::Borrowed("evening-wind-down"),
        name: Cow::Borrowed("Evening wind-down"),
        stage: Stage::Building,
        goal: Cow::Borrowed("Slow, easy stretches on the floor to help your back settle before bed."),
        minutes: (6, 9),
        items: Cow::Borrowed(&[
            RoutineItem {
                exercise_id: "childs-pose",
                dose: Dose::hold(30, 2, 10),
            },
            RoutineItem {
                exercise_id: "trunk-rotation",
                dose: Dose::reps(8, 5, 2, 15),
            },
            RoutineItem {
                exercise_id: "knee-to-chest",
                dose: Dose::hold(20, 1, 5),
            },
            RoutineItem {
                exercise_id: "double-knee-to-chest",
                dose: Dose::hold(20, 2, 10),
            },
            RoutineItem {
                exercise_id: "figure-four",
                dose: Dose::hold(25, 1, 10),
            },
            RoutineItem {
                exercise_id: "hamstring-strap",
                dose: Dose::hold(25, 1, 10),
            },
        ]),
    },
    Routine {
        id: Cow::Borrowed("core-builder"),
        name: Cow::Borrowed("Core builder"),
        stage: Stage::Maintaining,
        goal: Cow::Borrowed("Stronger core work for a steady back, once the basics feel easy."),
        minutes: (11, 14),
        items: Cow::Borrowed(&[
            RoutineItem {
                exercise_id: "dead-bug",
                dose: Dose::reps(8, 5, 2, 30),
            },
            RoutineItem {
                exercise_id: "bridge-march",
                dose: Dose::reps(8, 4, 2, 30),
            },
            RoutineItem {
                exercise_id: "bird-dog",
                dose: Dose::reps(8, 5, 2, 30),
            },
            RoutineItem {
                exercise_id: "side-plank-knees",
                dose: Dose::hold(15, 2, 15),
            },
            RoutineItem {
                exercise_id: "forearm-plank",
                dose: Dose::hold(15, 3, 30),
            },
            RoutineItem {
                exercise_id: "wall-sit",
                dose: Dose::hold(20, 3, 30),
            },
        ]),
    },
    Routine {
        id: Cow::Borrowed("desk-break"),
        name: Cow::Borrowed("Desk break"),
        stage: Stage::Maintaining,
        goal: Cow::Borrowed("A quick reset for a long day of sitting, with just a chair and a wall."),
        minutes: (5, 8),
        items: Cow::Borrowed(&[
            RoutineItem {
                exercise_id: "seated-cat-cow",
                dose: Dose::reps(8, 5, 1, 0),
            },
            RoutineItem {
                exercise_id: "seated-figure-four",
                dose: Dose::hold(20, 1, 10),
            },
            RoutineItem {
                exercise_id: "seated-hamstring",
                dose: Dose::hold(20, 1, 10),
            },
            RoutineItem {
                exercise_id: "sit-to-stand",
                dose: Dose::reps(8, 4, 1, 0),
            },
            RoutineItem {
                exercise_id: "hip-flexor-standing",
                dose: Dose::hold(20, 1, 10),
            },
            RoutineItem {
                exercise_id: "standing-extension",
                dose: Dose::reps(6, 4, 1, 0),
            },
            RoutineItem {
                exercise_id: "wall-plank",
                dose: Dose::hold(20, 2, 20),
            },
        ]),
    },
    Routine {
        id: Cow::Borrowed("full-maintenance"),
        name: Cow::Borrowed("Full maintenance"),
        stage: Stage::Maintaining,
        goal: Cow::Borrowed("A complete session of strength, stretching and mobility to keep your back in good shape."),
        minutes: (20, 26),
        items: Cow::Borrowed(&[
            RoutineItem {
                exercise_id: "wall-sit",
                dose: Dose::hold(20, 3, 30),
            },
            RoutineItem {
                exercise_id: "cat-cow",
                dose: Dose::reps(8, 5, 2, 15),
            },
            RoutineItem {
                exercise_id: "bird-dog",
                dose: Dose::reps(8, 5, 2, 30),
            },
            RoutineItem {
                exercise_id: "dead-bug",
                dose: Dose::reps(8, 5, 2, 30),
            },
            RoutineItem {
                exercise_id: "bridge-march",
                dose: Dose::reps(8, 4, 2, 30),
            },
            RoutineItem {
                exercise_id: "side-plank",
                dose: Dose::hold(15, 2, 20),
            },
            RoutineItem {
                exercise_id: "forearm-plank",
                dose: Dose::hold(20, 3, 30),
            },
            RoutineItem {
                exercise_id: "press-up",
                dose: Dose::reps(8, 4, 2, 30),
            },
            RoutineItem {
                exercise_id: "childs-pose",
                dose: Dose::hold(30, 2, 10),
            },
            RoutineItem {
                exercise_id: "hip-flexor-kneeling",
                dose: Dose::hold(25, 2, 10),
            },
            RoutineItem {
                exercise_id: "hamstring-strap",
                dose: Dose::hold(30, 2, 10),
            },
            RoutineItem {
                exercise_id: "figure-four",
                dose: Dose::hold(25, 2, 10),
            },
        ]),
    },
    Routine {
        id: Cow::Borrowed("easy-walk"),
        name: Cow::Borrowed("Easy walk"),
        stage: Stage::FlareUp,
        goal: Cow::Borrowed("A short, easy walk to keep you moving, even on a sore day."),
        minutes: (10, 15),
        items: Cow::Borrowed(&[
            RoutineItem {
                exercise_id: "walking",
                dose: Dose::timed(10),
            },
        ]),
    },
    Routine {
        id: Cow::Borrowed("stationary-cycle"),
        name: Cow::Borrowed("Stationary cycle"),
        stage: Stage::Building,
        goal: Cow::Borrowed("Low-impact pedalling that builds fitness without jarring your back."),
        minutes: (15, 20),
        items: Cow::Borrowed(&[
            RoutineItem {
                exercise_id: "cycling",
                dose: Dose::timed(15),
            },
        ]),
    },
    Routine {
        id: Cow::Borrowed("swim"),
        name: Cow::Borrowed("Swim"),
        stage: Stage::Building,
        goal: Cow::Borrowed("Easy lengths in the pool, with the water taking your weight."),
        minutes: (20, 30),
        items: Cow::Borrowed(&[
            RoutineItem {
                exercise_id: "swimming",
                dose: Dose::timed(20),
            },
        ]),
    },
    Routine {
        id: Cow::Borrowed("water-workout"),
        name: Cow::Borrowed("Water workout"),
        stage: Stage::Building,
        goal: Cow::Borrowed("A gentle water aerobics session that builds fitness with little load on your back."),
        minutes: (30, 40),
        items: Cow::Borrowed(&[
            RoutineItem {
                exercise_id: "water-aerobics",
                dose: Dose::timed(30),
            },
        ]),
    },
];
