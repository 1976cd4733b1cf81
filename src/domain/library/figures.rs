//! Illustrations for the exercise library: start and end poses, side on, limbs of fixed length.
//! What rests on the floor rests on its line, not through it: a standing ankle is 2 units
//! above it so the drawn sole sits on the line, a body lying down is as high as its drawn
//! thickness (`library::floor` checks every drawn part at every moment).
use crate::domain::figure::{Figure, Look, Pose, Prop, View};

/// On the back, knees bent, feet flat, arms by the sides; head on the left. The back rests
/// on the floor all along.
pub(super) const HOOK_LYING: Pose = Pose {
    head: (32, 78),
    look: Look::Ahead,
    neck: (40, 79),
    mid: (52, 79),
    hip: (64, 79),
    elbow: [(51, 82), (51, 82)],
    hand: [(62, 82), (62, 82)],
    knee: [(78, 67), (78, 67)],
    foot: [(88, 82), (88, 82)],
};

/// Lying as in [`HOOK_LYING`], hands resting on the hip bones: the arms stay clear of the
/// low back, so the gap under it can be seen.
const HANDS_ON_HIPS: Pose = Pose {
    elbow: [(50, 82), (50, 82)],
    hand: [(61, 75), (61, 75)],
    ..HOOK_LYING
};

/// Hips lifted so knees, hips and shoulders line up.
const BRIDGE: Pose = Pose {
    head: (32, 78),
    look: Look::Ahead,
    neck: (40, 79),
    mid: (52, 74),
    hip: (64, 70),
    elbow: [(51, 82), (51, 82)],
    hand: [(62, 82), (62, 82)],
    knee: [(81, 65), (81, 65)],
    foot: [(88, 82), (88, 82)],
};

/// Standing tall, facing right, arms by the sides.
const STANDING: Pose = Pose {
    head: (61, 16),
    look: Look::Ahead,
    neck: (60, 24),
    mid: (60, 36),
    hip: (60, 48),
    elbow: [(61, 36), (59, 36)],
    hand: [(61, 47), (59, 47)],
    knee: [(61, 66), (59, 66)],
    foot: [(61, 82), (59, 82)],
};

/// On the right side, seen from the front (facing the viewer), head on the left resting
/// on the lower arm, the top hand on the floor in front of the chest. The knees are bent
/// toward the viewer, feet together behind them; seen from a little above, as a picture of
/// this is usually drawn, the knees come lower than the hips and the feet, so each leg
/// shows its bend (seen level, it would look straight).
const SIDE_LYING: Pose = Pose {
    head: (34, 74),
    look: Look::AtViewer,
    neck: (42, 76),
    mid: (54, 77),
    hip: (66, 77),
    elbow: [(50, 79), (30, 82)],
    hand: [(58, 82), (20, 82)],
    knee: [(77, 77), (77, 82)],
    foot: [(87, 70), (87, 74)],
};

/// On hands and knees, facing right.
const ALL_FOURS: Pose = Pose {
    head: (83, 61),
    look: Look::Ahead,
    neck: (75, 58),
    mid: (63, 61),
    hip: (50, 63),
    elbow: [(75, 70), (75, 70)],
    hand: [(75, 81), (75, 81)],
    knee: [(50, 81), (50, 81)],
    foot: [(32, 82), (32, 82)],
};

/// Sitting upright on a chair, facing right, hands on the thighs.
const SEATED: Pose = Pose {
    head: (56, 33),
    look: Look::Ahead,
    neck: (55, 41),
    mid: (55, 53),
    hip: (55, 65),
    elbow: [(58, 52), (56, 53)],
    hand: [(64, 62), (62, 62)],
    knee: [(73, 66), (71, 66)],
    foot: [(73, 82), (71, 82)],
};

/// Standing still: the picture of an exercise without a guide of its own (never shown while
/// every library exercise has one, which a test checks).
pub const STANDING_STILL: Figure = Figure {
    start: STANDING,
    end: STANDING,
    props: &[],
    view: View::Side,
};

/// Lying on the back, knees bent: the pelvis tips back and the low back, arched a little
/// off the floor, flattens onto it (the gap under it closes). The arrow pushes down at the
/// low back.
pub const PELVIC_TILT: Figure = Figure {
    start: Pose {
        mid: (54, 77),
        ..HANDS_ON_HIPS
    },
    end: Pose {
        mid: (53, 80),
        ..HANDS_ON_HIPS
    },
    props: &[],
    view: View::Side,
};

/// Lying on the back, knees bent: hips lift until knees, hips and shoulders line up.
pub const GLUTE_BRIDGE: Figure = Figure {
    start: HOOK_LYING,
    end: BRIDGE,
    props: &[],
    view: View::Side,
};

/// Holding a bridge: the near foot lifts off the floor, knee toward the chest.
pub const BRIDGE_MARCH: Figure = Figure {
    start: BRIDGE,
    end: Pose {
        knee: [(74, 55), (81, 65)],
        foot: [(90, 63), (88, 82)],
        ..BRIDGE
    },
    props: &[],
    view: View::Side,
};

/// Standing near a wall: lean in onto the forearms, body in a straight line.
pub const WALL_PLANK: Figure = Figure {
    start: Pose {
        head: (49, 16),
        look: Look::Ahead,
        neck: (48, 24),
        mid: (48, 36),
        hip: (48, 48),
        elbow: [(49, 36), (47, 36)],
        hand: [(49, 47), (47, 47)],
        knee: [(48, 66), (46, 66)],
        foot: [(48, 82), (46, 82)],
    },
    end: Pose {
        head: (70, 18),
        look: Look::Ahead,
        neck: (67, 26),
        mid: (63, 38),
        hip: (59, 50),
        elbow: [(79, 29), (78, 30)],
        hand: [(79, 18), (78, 19)],
        knee: [(54, 67), (53, 67)],
        foot: [(48, 82), (46, 82)],
    },
    props: &[Prop::Wall { x: 82 }],
    view: View::Side,
};

/// On forearms and knees: hips rise from low to a straight line from knees to shoulders.
pub const KNEE_PLANK: Figure = Figure {
    start: Pose {
        head: (89, 67),
        look: Look::Ahead,
        neck: (81, 69),
        mid: (70, 77),
        hip: (58, 80),
        elbow: [(81, 81), (81, 81)],
        hand: [(92, 81), (92, 81)],
        knee: [(40, 81), (40, 81)],
        foot: [(26, 69), (26, 69)],
    },
    end: Pose {
        head: (89, 67),
        look: Look::Ahead,
        neck: (81, 69),
        mid: (69, 72),
        hip: (57, 76),
        elbow: [(81, 81), (81, 81)],
        hand: [(92, 81), (92, 81)],
        knee: [(40, 81), (40, 81)],
        foot: [(26, 69), (26, 69)],
    },
    props: &[],
    view: View::Side,
};

/// Face down on the forearms: the body lifts straight from heels to shoulders.
pub const FOREARM_PLANK: Figure = Figure {
    start: Pose {
        head: (90, 67),
        look: Look::Ahead,
        neck: (82, 69),
        mid: (70, 74),
        hip: (59, 79),
        elbow: [(82, 81), (82, 81)],
        hand: [(93, 81), (93, 81)],
        knee: [(41, 80), (41, 80)],
        foot: [(23, 82), (23, 82)],
    },
    end: Pose {
        head: (90, 67),
        look: Look::Ahead,
        neck: (82, 69),
        mid: (70, 72),
        hip: (58, 74),
        elbow: [(82, 81), (82, 81)],
        hand: [(93, 81), (93, 81)],
        knee: [(40, 78), (40, 78)],
        foot: [(23, 82), (23, 82)],
    },
    props: &[],
    view: View::Side,
};

/// On the right forearm and knees, seen from the front: the hips lift off the floor until
/// the body is straight from knees to head; the top arm points to the ceiling.
pub const SIDE_PLANK_KNEES: Figure = Figure {
    start: Pose {
        head: (30, 64),
        look: Look::AtViewer,
        neck: (38, 66),
        mid: (49, 76),
        hip: (60, 78),
        elbow: [(41, 50), (36, 82)],
        hand: [(41, 39), (29, 82)],
        knee: [(78, 78), (78, 82)],
        foot: [(94, 74), (95, 78)],
    },
    end: Pose {
        head: (30, 64),
        look: Look::AtViewer,
        neck: (38, 66),
        mid: (50, 70),
        hip: (61, 74),
        elbow: [(41, 50), (36, 82)],
        hand: [(41, 39), (29, 82)],
        knee: [(78, 78), (78, 82)],
        foot: [(94, 74), (95, 78)],
    },
    props: &[],
    view: View::Front,
};

/// On the right forearm and the side of the feet, seen from the front: the hips lift off
/// the floor until the body is straight from heels to head; the top arm points up.
pub const SIDE_PLANK: Figure = Figure {
    start: Pose {
        head: (30, 64),
        look: Look::AtViewer,
        neck: (38, 66),
        mid: (50, 75),
        hip: (61, 78),
        elbow: [(41, 50), (36, 82)],
        hand: [(41, 39), (29, 82)],
        knee: [(79, 77), (79, 81)],
        foot: [(97, 79), (97, 82)],
    },
    end: Pose {
        head: (30, 64),
        look: Look::AtViewer,
        neck: (38, 66),
        mid: (50, 69),
        hip: (62, 72),
        elbow: [(41, 50), (36, 82)],
        hand: [(41, 39), (29, 82)],
        knee: [(80, 75), (80, 79)],
        foot: [(97, 79), (97, 82)],
    },
    props: &[],
    view: View::Front,
};

/// Lying on the right side, knees bent, seen from the front: the top knee opens toward
/// the ceiling while the feet stay together, the legs opening like a shell hinged at the
/// hips and the feet.
pub const CLAMSHELL: Figure = Figure {
    start: SIDE_LYING,
    end: Pose {
        knee: [(76, 62), (77, 82)],
        ..SIDE_LYING
    },
    props: &[],
    view: View::Front,
};

/// Lying on the right side, legs straight, seen from the front: the top leg lifts.
pub const SIDE_LEG_RAISE: Figure = Figure {
    start: Pose {
        knee: [(84, 75), (84, 82)],
        foot: [(102, 76), (102, 82)],
        ..SIDE_LYING
    },
    end: Pose {
        knee: [(82, 65), (84, 82)],
        foot: [(98, 56), (102, 82)],
        ..SIDE_LYING
    },
    props: &[],
    view: View::Front,
};

/// On all fours: the near leg reaches back to hip height.
pub const BIRD_DOG_LIMB: Figure = Figure {
    start: ALL_FOURS,
    end: Pose {
        knee: [(32, 64), (50, 81)],
        foot: [(14, 65), (32, 82)],
        ..ALL_FOURS
    },
    props: &[],
    view: View::Side,
};

/// On all fours: the near leg reaches back and the opposite arm forward.
pub const BIRD_DOG: Figure = Figure {
    start: ALL_FOURS,
    end: Pose {
        elbow: [(75, 70), (87, 55)],
        hand: [(75, 81), (98, 52)],
        knee: [(32, 64), (50, 81)],
        foot: [(14, 65), (32, 82)],
        ..ALL_FOURS
    },
    props: &[],
    view: View::Side,
};

/// On the back, legs in tabletop: the near heel lowers to tap the floor.
pub const HEEL_TAPS: Figure = Figure {
    start: Pose {
        knee: [(64, 60), (64, 60)],
        foot: [(82, 60), (82, 60)],
        ..HOOK_LYING
    },
    end: Pose {
        knee: [(79, 67), (64, 60)],
        foot: [(89, 82), (82, 60)],
        ..HOOK_LYING
    },
    props: &[],
    view: View::Side,
};

/// On the back, arms up, legs in tabletop: the far arm reaches overhead as the near leg straightens.
pub const DEAD_BUG: Figure = Figure {
    start: Pose {
        elbow: [(40, 66), (40, 66)],
        hand: [(40, 55), (40, 55)],
        knee: [(64, 60), (64, 60)],
        foot: [(82, 60), (82, 60)],
        ..HOOK_LYING
    },
    end: Pose {
        elbow: [(40, 66), (30, 71)],
        hand: [(40, 55), (21, 65)],
        knee: [(82, 75), (64, 60)],
        foot: [(100, 72), (82, 60)],
        ..HOOK_LYING
    },
    props: &[],
    view: View::Side,
};

/// Seated near the front of a chair, hands on the thighs: stand up tall.
pub const SIT_TO_STAND: Figure = Figure {
    start: SEATED,
    end: Pose {
        head: (73, 16),
        look: Look::Ahead,
        neck: (72, 24),
        mid: (72, 36),
        hip: (72, 48),
        elbow: [(74, 36), (71, 36)],
        hand: [(75, 47), (71, 47)],
        knee: [(73, 66), (71, 66)],
        foot: [(73, 82), (71, 82)],
    },
    props: &[Prop::Chair { x: 64, seat_y: 68 }],
    view: View::Side,
};

/// Back against a wall: slide down with the knees bent.
pub const WALL_SIT: Figure = Figure {
    start: Pose {
        head: (52, 19),
        look: Look::Ahead,
        neck: (51, 27),
        mid: (51, 39),
        hip: (51, 51),
        elbow: [(51, 39), (51, 39)],
        hand: [(53, 50), (52, 50)],
        knee: [(58, 67), (60, 66)],
        foot: [(66, 82), (64, 82)],
    },
    end: Pose {
        head: (52, 31),
        look: Look::Ahead,
        neck: (51, 39),
        mid: (51, 51),
        hip: (51, 63),
        elbow: [(51, 51), (51, 51)],
        hand: [(53, 62), (52, 62)],
        knee: [(69, 66), (69, 67)],
        foot: [(66, 82), (64, 82)],
    },
    props: &[Prop::Wall { x: 46 }],
    view: View::Side,
};

/// On all fours: the back rounds up, then dips gently as the head lifts.
pub const CAT_COW: Figure = Figure {
    start: Pose {
        head: (79, 65),
        look: Look::Ahead,
        mid: (61, 54),
        ..ALL_FOURS
    },
    end: Pose {
        head: (82, 53),
        look: Look::Ahead,
        mid: (63, 65),
        ..ALL_FOURS
    },
    props: &[],
    view: View::Side,
};

/// Seated, hands on the thighs: the back rounds and the chin drops, then the chest lifts.
pub const SEATED_CAT_COW: Figure = Figure {
    start: Pose {
        head: (66, 47),
        look: Look::Ahead,
        neck: (59, 43),
        mid: (52, 53),
        elbow: [(56, 55), (54, 54)],
        ..SEATED
    },
    end: Pose {
        head: (54, 33),
        look: Look::Ahead,
        mid: (57, 53),
        ..SEATED
    },
    props: &[Prop::Chair { x: 64, seat_y: 68 }],
    view: View::Side,
};

/// From all fours: the hips sit back toward the heels, arms long, forehead down.
pub const CHILDS_POSE: Figure = Figure {
    start: ALL_FOURS,
    end: Pose {
        head: (61, 76),
        look: Look::Ahead,
        neck: (54, 75),
        mid: (44, 68),
        hip: (33, 75),
        elbow: [(64, 81), (64, 81)],
        hand: [(75, 81), (75, 81)],
        knee: [(50, 81), (50, 81)],
        foot: [(32, 82), (32, 82)],
    },
    props: &[],
    view: View::Side,
};

/// On the back, knees bent: both hands draw the near knee to the chest.
pub const KNEE_TO_CHEST: Figure = Figure {
    start: HOOK_LYING,
    end: Pose {
        elbow: [(50, 72), (50, 72)],
        hand: [(58, 64), (58, 64)],
        knee: [(56, 62), (78, 67)],
        foot: [(69, 75), (88, 82)],
        ..HOOK_LYING
    },
    props: &[],
    view: View::Side,
};

/// On the back: both knees are drawn to the chest.
pub const DOUBLE_KNEE_TO_CHEST: Figure = Figure {
    start: HOOK_LYING,
    end: Pose {
        elbow: [(50, 72), (50, 72)],
        hand: [(58, 64), (58, 64)],
        knee: [(56, 62), (56, 62)],
        foot: [(69, 75), (69, 75)],
        ..HOOK_LYING
    },
    props: &[],
    view: View::Side,
};

/// On the back, seen from above, head on the left: arms out to the sides, knees bent and
/// together, pointing at the ceiling.
const LYING_FROM_ABOVE: Pose = Pose {
    head: (34, 45),
    look: Look::AtViewer,
    neck: (42, 45),
    mid: (54, 45),
    hip: (66, 45),
    elbow: [(42, 28), (42, 62)],
    hand: [(42, 17), (42, 73)],
    knee: [(76, 42), (76, 48)],
    foot: [(86, 42), (86, 48)],
};

/// On the back, seen from above: the knees sway down to the near side while the
/// shoulders stay on the floor.
pub const TRUNK_ROTATION: Figure = Figure {
    start: LYING_FROM_ABOVE,
    end: Pose {
        knee: [(74, 28), (76, 33)],
        ..LYING_FROM_ABOVE
    },
    props: &[],
    view: View::Above,
};

/// Lying on the right side, knees bent, seen from the front: the top arm sweeps up from
/// in front of the chest toward the ceiling and over, and the head turns to follow it.
pub const OPEN_BOOK: Figure = Figure {
    start: Pose {
        elbow: [(45, 77), (30, 82)],
        hand: [(47, 82), (20, 82)],
        ..SIDE_LYING
    },
    end: Pose {
        look: Look::Ahead,
        elbow: [(42, 59), (30, 82)],
        hand: [(41, 48), (20, 82)],
        ..SIDE_LYING
    },
    props: &[Prop::Cushion { at: (34, 81) }],
    view: View::Front,
};

/// On the back, near ankle over the far knee: the far thigh is drawn toward the chest.
pub const FIGURE_FOUR: Figure = Figure {
    start: Pose {
        knee: [(82, 82), (78, 67)],
        foot: [(79, 64), (88, 82)],
        ..HOOK_LYING
    },
    end: Pose {
        elbow: [(50, 72), (50, 72)],
        hand: [(60, 66), (60, 66)],
        knee: [(74, 62), (58, 61)],
        foot: [(56, 59), (69, 46)],
        ..HOOK_LYING
    },
    props: &[],
    view: View::Side,
};

/// Seated, near ankle on the far knee: lean forward from the hips with a long back.
pub const SEATED_FIGURE_FOUR: Figure = Figure {
    start: Pose {
        elbow: [(65, 48), (65, 48)],
        hand: [(74, 55), (74, 55)],
        knee: [(69, 57), (71, 66)],
        foot: [(82, 63), (71, 82)],
        ..SEATED
    },
    end: Pose {
        head: (75, 37),
        look: Look::Ahead,
        neck: (69, 43),
        mid: (62, 54),
        hip: (55, 65),
        elbow: [(63, 53), (63, 53)],
        hand: [(74, 55), (74, 55)],
        knee: [(69, 57), (71, 66)],
        foot: [(82, 63), (71, 82)],
    },
    props: &[Prop::Chair { x: 64, seat_y: 68 }],
    view: View::Side,
};

/// On the back: the near leg, straight, is raised toward the ceiling with a strap.
pub const HAMSTRING_STRAP: Figure = Figure {
    start: Pose {
        elbow: [(49, 70), (49, 70)],
        hand: [(49, 59), (49, 59)],
        knee: [(74, 63), (78, 67)],
        foot: [(84, 48), (88, 82)],
        ..HOOK_LYING
    },
    end: Pose {
        elbow: [(49, 70), (49, 70)],
        hand: [(49, 59), (49, 59)],
        knee: [(67, 60), (78, 67)],
        foot: [(70, 42), (88, 82)],
        ..HOOK_LYING
    },
    props: &[Prop::Strap],
    view: View::Side,
};

/// Seated, near leg straight with the heel down: lean forward from the hips.
pub const SEATED_HAMSTRING: Figure = Figure {
    start: Pose {
        head: (61, 33),
        look: Look::Ahead,
        neck: (60, 41),
        mid: (60, 53),
        hip: (60, 65),
        elbow: [(60, 53), (60, 53)],
        hand: [(66, 62), (66, 62)],
        knee: [(76, 74), (78, 66)],
        foot: [(91, 82), (78, 82)],
    },
    end: Pose {
        head: (85, 44),
        look: Look::Ahead,
        neck: (78, 47),
        mid: (69, 56),
        hip: (60, 65),
        elbow: [(76, 59), (76, 59)],
        hand: [(70, 68), (70, 68)],
        knee: [(76, 74), (78, 66)],
        foot: [(91, 82), (78, 82)],
    },
    props: &[Prop::Chair { x: 64, seat_y: 68 }],
    view: View::Side,
};

/// Half kneeling, near knee down on a cushion: the weight shifts forward.
pub const HIP_FLEXOR_KNEELING: Figure = Figure {
    start: Pose {
        head: (56, 29),
        look: Look::Ahead,
        neck: (55, 37),
        mid: (55, 49),
        hip: (55, 61),
        elbow: [(57, 49), (54, 49)],
        hand: [(60, 60), (54, 60)],
        knee: [(54, 79), (72, 67)],
        foot: [(36, 82), (78, 82)],
    },
    end: Pose {
        head: (63, 31),
        look: Look::Ahead,
        neck: (62, 39),
        mid: (62, 51),
        hip: (62, 63),
        elbow: [(64, 51), (61, 51)],
        hand: [(67, 62), (61, 62)],
        knee: [(54, 79), (80, 66)],
        foot: [(36, 82), (78, 82)],
    },
    props: &[Prop::Cushion { at: (54, 82) }],
    view: View::Side,
};

/// Split stance, far hand on a chair back: the front knee bends and the hips move forward.
pub const HIP_FLEXOR_STANDING: Figure = Figure {
    start: Pose {
        head: (52, 20),
        look: Look::Ahead,
        neck: (51, 28),
        mid: (51, 40),
        hip: (51, 52),
        elbow: [(51, 40), (53, 40)],
        hand: [(51, 51), (64, 42)],
        knee: [(47, 69), (62, 67)],
        foot: [(36, 82), (66, 82)],
    },
    end: Pose {
        head: (57, 24),
        look: Look::Ahead,
        neck: (56, 32),
        mid: (56, 44),
        hip: (56, 56),
        elbow: [(56, 44), (53, 44)],
        hand: [(56, 55), (64, 42)],
        knee: [(50, 73), (71, 67)],
        foot: [(36, 82), (66, 82)],
    },
    props: &[Prop::Chair { x: 80, seat_y: 66 }],
    view: View::Side,
};

/// Lying face down, head resting over the forearms: prop up on the forearms as the elbows
/// slide back under the shoulders; the hips stay down.
pub const SPHINX: Figure = Figure {
    start: Pose {
        head: (92, 76),
        look: Look::Ahead,
        neck: (84, 79),
        mid: (71, 79),
        hip: (58, 79),
        elbow: [(95, 81), (95, 81)],
        hand: [(106, 81), (106, 81)],
        knee: [(40, 80), (40, 80)],
        foot: [(22, 82), (22, 82)],
    },
    end: Pose {
        head: (89, 67),
        look: Look::Ahead,
        neck: (81, 69),
        mid: (69, 74),
        hip: (58, 79),
        elbow: [(83, 81), (83, 81)],
        hand: [(94, 81), (94, 81)],
        knee: [(40, 80), (40, 80)],
        foot: [(22, 82), (22, 82)],
    },
    props: &[],
    view: View::Side,
};

/// Lying face down, hands under the shoulders: the arms push the chest up, hips stay down.
pub const PRESS_UP: Figure = Figure {
    start: Pose {
        head: (92, 76),
        look: Look::Ahead,
        neck: (84, 79),
        mid: (71, 79),
        hip: (58, 79),
        elbow: [(80, 70), (80, 70)],
        hand: [(87, 81), (87, 81)],
        knee: [(40, 80), (40, 80)],
        foot: [(22, 82), (22, 82)],
    },
    end: Pose {
        head: (83, 59),
        look: Look::Ahead,
        neck: (76, 62),
        mid: (68, 72),
        hip: (58, 79),
        elbow: [(82, 71), (82, 71)],
        hand: [(87, 81), (87, 81)],
        knee: [(40, 80), (40, 80)],
        foot: [(22, 82), (22, 82)],
    },
    props: &[],
    view: View::Side,
};

/// Standing, hands on the back of the hips: lean gently backwards.
pub const STANDING_EXTENSION: Figure = Figure {
    start: Pose {
        elbow: [(54, 34), (54, 35)],
        hand: [(57, 45), (58, 45)],
        ..STANDING
    },
    end: Pose {
        head: (48, 21),
        look: Look::Ahead,
        neck: (54, 27),
        mid: (60, 37),
        hip: (63, 48),
        elbow: [(52, 38), (53, 38)],
        hand: [(59, 45), (60, 45)],
        knee: [(61, 66), (59, 66)],
        foot: [(61, 82), (59, 82)],
    },
    props: &[],
    view: View::Side,
};

/// Walking: the legs and arms swap over mid-stride.
pub const WALKING: Figure = Figure {
    start: Pose {
        head: (61, 18),
        look: Look::Ahead,
        neck: (60, 26),
        mid: (60, 38),
        hip: (60, 50),
        elbow: [(56, 37), (64, 37)],
        hand: [(54, 48), (72, 45)],
        knee: [(68, 66), (57, 68)],
        foot: [(70, 82), (49, 82)],
    },
    end: Pose {
        head: (61, 18),
        look: Look::Ahead,
        neck: (60, 26),
        mid: (60, 38),
        hip: (60, 50),
        elbow: [(64, 37), (56, 37)],
        hand: [(72, 45), (54, 48)],
        knee: [(57, 68), (68, 66)],
        foot: [(49, 82), (70, 82)],
    },
    props: &[],
    view: View::Side,
};

/// On an exercise bike: the pedals go round.
pub const CYCLING: Figure = Figure {
    start: Pose {
        head: (70, 18),
        look: Look::Ahead,
        neck: (64, 24),
        mid: (58, 35),
        hip: (54, 47),
        elbow: [(73, 32), (72, 33)],
        hand: [(81, 40), (80, 41)],
        knee: [(62, 63), (71, 52)],
        foot: [(64, 81), (62, 67)],
    },
    end: Pose {
        head: (70, 18),
        look: Look::Ahead,
        neck: (64, 24),
        mid: (58, 35),
        hip: (54, 47),
        elbow: [(73, 32), (72, 33)],
        hand: [(81, 40), (80, 41)],
        knee: [(71, 52), (62, 63)],
        foot: [(62, 67), (64, 81)],
    },
    props: &[Prop::Bike {
        saddle: (54, 50),
        bar: (82, 40),
        crank: (63, 74),
    }],
    view: View::Side,
};

/// Swimming at the water surface: the arms take turns reaching forward.
pub const SWIMMING: Figure = Figure {
    start: Pose {
        head: (84, 43),
        look: Look::Ahead,
        neck: (76, 45),
        mid: (64, 45),
        hip: (52, 45),
        elbow: [(88, 47), (71, 34)],
        hand: [(99, 49), (82, 34)],
        knee: [(34, 46), (34, 44)],
        foot: [(16, 49), (16, 42)],
    },
    end: Pose {
        head: (84, 43),
        look: Look::Ahead,
        neck: (76, 45),
        mid: (64, 45),
        hip: (52, 45),
        elbow: [(71, 34), (88, 47)],
        hand: [(82, 34), (99, 49)],
        knee: [(34, 44), (34, 46)],
        foot: [(16, 42), (16, 49)],
    },
    props: &[Prop::Water { y: 40 }],
    view: View::Side,
};

/// Standing chest-deep in water: marching on the spot, arms swinging.
pub const WATER_AEROBICS: Figure = Figure {
    start: Pose {
        elbow: [(55, 35), (67, 34)],
        hand: [(52, 46), (78, 36)],
        knee: [(78, 51), (59, 66)],
        foot: [(76, 69), (59, 82)],
        ..STANDING
    },
    end: Pose {
        elbow: [(67, 34), (55, 35)],
        hand: [(78, 36), (52, 46)],
        knee: [(61, 66), (78, 51)],
        foot: [(61, 82), (76, 69)],
        ..STANDING
    },
    props: &[Prop::Water { y: 40 }],
    view: View::Side,
};
