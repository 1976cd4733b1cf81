//! Built-in routines.

use crate::domain::exercise::Dose;
use crate::domain::routine::{Routine, RoutineItem, Stage};

pub static ROUTINES: &[Routine] = &[Routine {
    id: "gentle-start",
    name: "Gentle start",
    stage: Stage::FlareUp,
    goal: "Three lying-down moves to ease a stiff, sore back without strain.",
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
}];
