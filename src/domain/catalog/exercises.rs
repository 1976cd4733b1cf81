//! The exercise library. Every sentence here is our own, written for someone reading on a
//! phone while sore: short, second person, one action per step.

use crate::domain::exercise::{Dose, Exercise};

pub static EXERCISES: &[Exercise] = &[
    Exercise {
        id: "pelvic-tilt",
        name: "Pelvic tilt",
        purpose: "Wakes up your deep tummy muscles and gently moves your lower back.",
        steps: &[
            "Lie on your back with your knees bent and feet flat, hip-width apart.",
            "Breathe out and gently flatten the small of your back into the floor by tipping your pelvis.",
            "Hold for a moment, breathing normally.",
            "Relax back to where you started. Keep the movement small and smooth.",
        ],
        dose: Dose::reps(10, 4, 2, 20),
    },
    Exercise {
        id: "glute-bridge",
        name: "Glute bridge",
        purpose: "Strengthens your buttocks and the back of your legs to support your spine.",
        steps: &[
            "Lie on your back with your knees bent, feet flat and arms by your sides.",
            "Tighten your tummy a little, then squeeze your buttocks.",
            "Lift your hips until your body makes a straight line from knees to shoulders.",
            "Pause, then lower slowly, one part of your back at a time.",
        ],
        dose: Dose::reps(8, 5, 2, 30),
    },
    Exercise {
        id: "knee-to-chest",
        name: "Knee-to-chest stretch",
        purpose: "Eases tension in your lower back and buttocks.",
        steps: &[
            "Lie on your back with both knees bent and feet flat.",
            "Hold behind one knee and gently draw it towards your chest.",
            "Keep the other foot on the floor and your shoulders relaxed.",
            "Hold the stretch, breathing slowly, then lower it and switch to the other leg.",
        ],
        dose: Dose::hold(20, 4, 5),
    },
];
