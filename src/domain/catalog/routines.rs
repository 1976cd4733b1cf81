//! Built-in routines. Short sessions for each stage first, then the timed cardio sessions.

use crate::domain::exercise::Dose;
use crate::domain::routine::{Routine, RoutineItem, Stage};

pub static ROUTINES: &[Routine] = &[
    Routine {
        id: "gentle-start",
        name: "Gentle start",
        stage: Stage::FlareUp,
        goal: "Three lying-down moves to ease a stiff, sore back without strain.",
        minutes: (5, 7),
        items: &[
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
                dose: Dose::hold(20, 4, 5),
            },
        ],
    },
    Routine {
        id: "flare-up-relief",
        name: "Flare-up relief",
        stage: Stage::FlareUp,
        goal: "Five very gentle minutes on your back for days when everything hurts.",
        minutes: (4, 6),
        items: &[
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
                dose: Dose::hold(20, 4, 5),
            },
        ],
    },
    Routine {
        id: "no-floor-needed",
        name: "No floor needed",
        stage: Stage::FlareUp,
        goal: "Easy moves in a chair and on your feet, for when getting down to the floor is too much.",
        minutes: (4, 6),
        items: &[
            RoutineItem {
                exercise_id: "seated-cat-cow",
                dose: Dose::reps(8, 5, 2, 15),
            },
            RoutineItem {
                exercise_id: "seated-hamstring",
                dose: Dose::hold(20, 2, 10),
            },
            RoutineItem {
                exercise_id: "seated-figure-four",
                dose: Dose::hold(20, 2, 10),
            },
            RoutineItem {
                exercise_id: "sit-to-stand",
                dose: Dose::reps(5, 4, 1, 0),
            },
            RoutineItem {
                exercise_id: "standing-extension",
                dose: Dose::reps(5, 4, 1, 0),
            },
        ],
    },
    Routine {
        id: "morning-mobility",
        name: "Morning mobility",
        stage: Stage::Building,
        goal: "Loosens a stiff back after a night's sleep, moving from lying to standing.",
        minutes: (9, 12),
        items: &[
            RoutineItem {
                exercise_id: "trunk-rotation",
                dose: Dose::reps(10, 5, 2, 15),
            },
            RoutineItem {
                exercise_id: "knee-to-chest",
                dose: Dose::hold(20, 2, 5),
            },
            RoutineItem {
                exercise_id: "open-book",
                dose: Dose::reps(6, 5, 2, 15),
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
                dose: Dose::hold(25, 2, 10),
            },
            RoutineItem {
                exercise_id: "standing-extension",
                dose: Dose::reps(6, 4, 1, 0),
            },
        ],
    },
    Routine {
        id: "core-basics",
        name: "Core basics",
        stage: Stage::Building,
        goal: "Gently builds the tummy, hip and back muscles that support your spine.",
        minutes: (10, 13),
        items: &[
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
                dose: Dose::reps(10, 4, 2, 15),
            },
            RoutineItem {
                exercise_id: "bird-dog-limb",
                dose: Dose::reps(8, 4, 2, 20),
            },
            RoutineItem {
                exercise_id: "knee-plank",
                dose: Dose::hold(15, 3, 30),
            },
        ],
    },
    Routine {
        id: "hips-and-hamstrings",
        name: "Hips and hamstrings",
        stage: Stage::Building,
        goal: "Loosens tight hips and thighs and strengthens your buttocks to ease the load on your back.",
        minutes: (11, 14),
        items: &[
            RoutineItem {
                exercise_id: "glute-bridge",
                dose: Dose::reps(8, 5, 2, 30),
            },
            RoutineItem {
                exercise_id: "clamshell",
                dose: Dose::reps(10, 4, 2, 15),
            },
            RoutineItem {
                exercise_id: "side-leg-raise",
                dose: Dose::reps(8, 4, 2, 15),
            },
            RoutineItem {
                exercise_id: "figure-four",
                dose: Dose::hold(25, 4, 10),
            },
            RoutineItem {
                exercise_id: "hamstring-strap",
                dose: Dose::hold(30, 4, 10),
            },
            RoutineItem {
                exercise_id: "hip-flexor-kneeling",
                dose: Dose::hold(25, 4, 10),
            },
        ],
    },
    Routine {
        id: "evening-wind-down",
        name: "Evening wind-down",
        stage: Stage::Building,
        goal: "Slow, easy stretches on the floor to help your back settle before bed.",
        minutes: (6, 9),
        items: &[
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
                dose: Dose::hold(20, 2, 5),
            },
            RoutineItem {
                exercise_id: "double-knee-to-chest",
                dose: Dose::hold(20, 2, 10),
            },
            RoutineItem {
                exercise_id: "figure-four",
                dose: Dose::hold(25, 2, 10),
            },
            RoutineItem {
                exercise_id: "hamstring-strap",
                dose: Dose::hold(25, 2, 10),
            },
        ],
    },
    Routine {
        id: "core-builder",
        name: "Core builder",
        stage: Stage::Maintaining,
        goal: "Stronger core work for a steady back, once the basics feel easy.",
        minutes: (11, 14),
        items: &[
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
                dose: Dose::hold(15, 4, 15),
            },
            RoutineItem {
                exercise_id: "forearm-plank",
                dose: Dose::hold(15, 3, 30),
            },
            RoutineItem {
                exercise_id: "wall-sit",
                dose: Dose::hold(20, 3, 30),
            },
        ],
    },
    Routine {
        id: "desk-break",
        name: "Desk break",
        stage: Stage::Maintaining,
        goal: "A quick reset for a long day of sitting, with just a chair and a wall.",
        minutes: (5, 8),
        items: &[
            RoutineItem {
                exercise_id: "seated-cat-cow",
                dose: Dose::reps(8, 5, 1, 0),
            },
            RoutineItem {
                exercise_id: "seated-figure-four",
                dose: Dose::hold(20, 2, 10),
            },
            RoutineItem {
                exercise_id: "seated-hamstring",
                dose: Dose::hold(20, 2, 10),
            },
            RoutineItem {
                exercise_id: "sit-to-stand",
                dose: Dose::reps(8, 4, 1, 0),
            },
            RoutineItem {
                exercise_id: "hip-flexor-standing",
                dose: Dose::hold(20, 2, 10),
            },
            RoutineItem {
                exercise_id: "standing-extension",
                dose: Dose::reps(6, 4, 1, 0),
            },
            RoutineItem {
                exercise_id: "wall-plank",
                dose: Dose::hold(20, 2, 20),
            },
        ],
    },
    Routine {
        id: "full-maintenance",
        name: "Full maintenance",
        stage: Stage::Maintaining,
        goal: "A complete session of strength, stretching and mobility to keep your back in good shape.",
        minutes: (20, 26),
        items: &[
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
                dose: Dose::hold(15, 4, 20),
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
                dose: Dose::hold(25, 4, 10),
            },
            RoutineItem {
                exercise_id: "hamstring-strap",
                dose: Dose::hold(30, 4, 10),
            },
            RoutineItem {
                exercise_id: "figure-four",
                dose: Dose::hold(25, 4, 10),
            },
        ],
    },
    Routine {
        id: "easy-walk",
        name: "Easy walk",
        stage: Stage::FlareUp,
        goal: "A short, easy walk to keep you moving, even on a sore day.",
        minutes: (10, 15),
        items: &[
            RoutineItem {
                exercise_id: "walking",
                dose: Dose::timed(10),
            },
        ],
    },
    Routine {
        id: "stationary-cycle",
        name: "Stationary cycle",
        stage: Stage::Building,
        goal: "Low-impact pedalling that builds fitness without jarring your back.",
        minutes: (15, 20),
        items: &[
            RoutineItem {
                exercise_id: "cycling",
                dose: Dose::timed(15),
            },
        ],
    },
    Routine {
        id: "swim",
        name: "Swim",
        stage: Stage::Building,
        goal: "Easy lengths in the pool, with the water taking your weight.",
        minutes: (20, 30),
        items: &[
            RoutineItem {
                exercise_id: "swimming",
                dose: Dose::timed(20),
            },
        ],
    },
    Routine {
        id: "water-workout",
        name: "Water workout",
        stage: Stage::Building,
        goal: "A gentle water aerobics session that builds fitness with little load on your back.",
        minutes: (30, 40),
        items: &[
            RoutineItem {
                exercise_id: "water-aerobics",
                dose: Dose::timed(30),
            },
        ],
    },
];
