//! Illustrations for the exercise library: start and end poses, side on, limbs of fixed length.
use crate::domain::figure::{Figure, Pose, Prop};

/// On the back, knees bent, feet flat, arms by the sides; head on the left.
const HOOK_LYING: Pose = Pose {
    head: (32, 77),
    neck: (40, 78),
    mid: (52, 78),
    hip: (64, 78),
    elbow: [(51, 82), (51, 82)],
    hand: [(62, 82), (62, 82)],
    knee: [(78, 67), (78, 67)],
    foot: [(88, 82), (88, 82)],
};

/// Hips lifted so knees, hips and shoulders line up.
const BRIDGE: Pose = Pose {
    head: (32, 77),
    neck: (40, 78),
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
    neck: (60, 24),
    mid: (60, 36),
    hip: (60, 48),
    elbow: [(61, 36), (59, 36)],
    hand: [(61, 47), (59, 47)],
    knee: [(61, 66), (59, 66)],
    foot: [(61, 84), (59, 84)],
};

/// On the side, seen from the front, head on the right on the lower arm, knees bent.
const SIDE_LYING: Pose = Pose {
    head: (84, 75),
    neck: (76, 77),
    mid: (64, 78),
    hip: (52, 77),
    elbow: [(66, 83), (87, 81)],
    hand: [(77, 83), (98, 81)],
    knee: [(35, 83), (35, 83)],
    foot: [(19, 74), (19, 74)],
};

/// On hands and knees, facing right.
const ALL_FOURS: Pose = Pose {
    head: (83, 61),
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
    neck: (55, 41),
    mid: (55, 53),
    hip: (55, 65),
    elbow: [(58, 52), (56, 53)],
    hand: [(64, 62), (62, 62)],
    knee: [(73, 66), (71, 66)],
    foot: [(73, 84), (71, 84)],
};

/// Lying on the back, knees bent: the small arch in the low back flattens as the pelvis tips.
pub const PELVIC_TILT: Figure = Figure {
    start: Pose {
        mid: (52, 74),
        ..HOOK_LYING
    },
    end: HOOK_LYING,
    props: &[],
};

/// Lying on the back, knees bent: hips lift until knees, hips and shoulders line up.
pub const GLUTE_BRIDGE: Figure = Figure {
    start: HOOK_LYING,
    end: BRIDGE,
    props: &[],
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
};

/// Standing near a wall: lean in onto the forearms, body in a straight line.
pub const WALL_PLANK: Figure = Figure {
    start: Pose {
        head: (49, 16),
        neck: (48, 24),
        mid: (48, 36),
        hip: (48, 48),
        elbow: [(49, 36), (47, 36)],
        hand: [(49, 47), (47, 47)],
        knee: [(48, 66), (46, 66)],
        foot: [(48, 84), (46, 84)],
    },
    end: Pose {
        head: (70, 18),
        neck: (67, 26),
        mid: (63, 38),
        hip: (59, 50),
        elbow: [(79, 29), (78, 30)],
        hand: [(79, 18), (78, 19)],
        knee: [(54, 67), (53, 67)],
        foot: [(48, 84), (46, 84)],
    },
    props: &[Prop::Wall { x: 82 }],
};

/// On forearms and knees: hips rise from low to a straight line from knees to shoulders.
pub const KNEE_PLANK: Figure = Figure {
    start: Pose {
        head: (89, 67),
        neck: (81, 69),
        mid: (70, 75),
        hip: (58, 78),
        elbow: [(81, 81), (81, 81)],
        hand: [(92, 81), (92, 81)],
        knee: [(40, 81), (40, 81)],
        foot: [(26, 69), (26, 69)],
    },
    end: Pose {
        head: (89, 67),
        neck: (81, 69),
        mid: (69, 72),
        hip: (57, 76),
        elbow: [(81, 81), (81, 81)],
        hand: [(92, 81), (92, 81)],
        knee: [(40, 81), (40, 81)],
        foot: [(26, 69), (26, 69)],
    },
    props: &[],
};

/// Face down on the forearms: the body lifts straight from heels to shoulders.
pub const FOREARM_PLANK: Figure = Figure {
    start: Pose {
        head: (90, 67),
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
        neck: (82, 69),
        mid: (70, 72),
        hip: (58, 74),
        elbow: [(82, 81), (82, 81)],
        hand: [(93, 81), (93, 81)],
        knee: [(40, 78), (40, 78)],
        foot: [(23, 82), (23, 82)],
    },
    props: &[],
};

/// On the side on one forearm, knees bent: hips lift off the floor.
pub const SIDE_PLANK_KNEES: Figure = Figure {
    start: Pose {
        head: (90, 67),
        neck: (82, 69),
        mid: (71, 75),
        hip: (60, 81),
        elbow: [(82, 57), (82, 81)],
        hand: [(82, 46), (93, 81)],
        knee: [(42, 81), (42, 81)],
        foot: [(25, 75), (25, 75)],
    },
    end: Pose {
        head: (90, 67),
        neck: (82, 69),
        mid: (70, 72),
        hip: (59, 76),
        elbow: [(82, 57), (82, 81)],
        hand: [(82, 46), (93, 81)],
        knee: [(42, 81), (42, 81)],
        foot: [(25, 75), (25, 75)],
    },
    props: &[],
};

/// On the side on one forearm, legs straight: hips lift off the floor.
pub const SIDE_PLANK: Figure = Figure {
    start: Pose {
        head: (90, 68),
        neck: (82, 69),
        mid: (70, 74),
        hip: (59, 79),
        elbow: [(82, 57), (82, 81)],
        hand: [(82, 46), (93, 81)],
        knee: [(41, 80), (41, 80)],
        foot: [(23, 81), (23, 81)],
    },
    end: Pose {
        head: (90, 68),
        neck: (82, 69),
        mid: (70, 71),
        hip: (58, 74),
        elbow: [(82, 57), (82, 81)],
        hand: [(82, 46), (93, 81)],
        knee: [(40, 77), (40, 77)],
        foot: [(23, 81), (23, 81)],
    },
    props: &[],
};

/// Lying on the side, knees bent: the top knee opens while the feet stay together.
pub const CLAMSHELL: Figure = Figure {
    start: SIDE_LYING,
    end: Pose {
        knee: [(36, 68), (35, 83)],
        ..SIDE_LYING
    },
    props: &[],
};

/// Lying on the side, legs straight: the top leg lifts.
pub const SIDE_LEG_RAISE: Figure = Figure {
    start: Pose {
        knee: [(34, 78), (34, 78)],
        foot: [(16, 79), (16, 79)],
        ..SIDE_LYING
    },
    end: Pose {
        knee: [(36, 69), (34, 78)],
        foot: [(20, 61), (16, 79)],
        ..SIDE_LYING
    },
    props: &[],
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
};

/// Seated near the front of a chair, hands on the thighs: stand up tall.
pub const SIT_TO_STAND: Figure = Figure {
    start: SEATED,
    end: Pose {
        head: (73, 16),
        neck: (72, 24),
        mid: (72, 36),
        hip: (72, 48),
        elbow: [(74, 36), (71, 36)],
        hand: [(75, 47), (71, 47)],
        knee: [(73, 66), (71, 66)],
        foot: [(73, 84), (71, 84)],
    },
    props: &[Prop::Chair { x: 64, seat_y: 68 }],
};

/// Back against a wall: slide down with the knees bent.
pub const WALL_SIT: Figure = Figure {
    start: Pose {
        head: (52, 19),
        neck: (51, 27),
        mid: (51, 39),
        hip: (51, 51),
        elbow: [(51, 39), (51, 39)],
        hand: [(53, 50), (52, 50)],
        knee: [(58, 67), (60, 66)],
        foot: [(66, 84), (64, 84)],
    },
    end: Pose {
        head: (52, 31),
        neck: (51, 39),
        mid: (51, 51),
        hip: (51, 63),
        elbow: [(51, 51), (51, 51)],
        hand: [(53, 62), (52, 62)],
        knee: [(69, 66), (69, 67)],
        foot: [(66, 84), (64, 84)],
    },
    props: &[Prop::Wall { x: 46 }],
};

/// On all fours: the back rounds up, then dips gently as the head lifts.
pub const CAT_COW: Figure = Figure {
    start: Pose {
        head: (79, 65),
        mid: (61, 54),
        ..ALL_FOURS
    },
    end: Pose {
        head: (82, 53),
        mid: (63, 65),
        ..ALL_FOURS
    },
    props: &[],
};

/// Seated, hands on the thighs: the back rounds and the chin drops, then the chest lifts.
pub const SEATED_CAT_COW: Figure = Figure {
    start: Pose {
        head: (66, 47),
        neck: (59, 43),
        mid: (52, 53),
        elbow: [(56, 55), (54, 54)],
        ..SEATED
    },
    end: Pose {
        head: (54, 33),
        mid: (57, 53),
        ..SEATED
    },
    props: &[Prop::Chair { x: 64, seat_y: 68 }],
};

/// From all fours: the hips sit back toward the heels, arms long, forehead down.
pub const CHILDS_POSE: Figure = Figure {
    start: ALL_FOURS,
    end: Pose {
        head: (61, 78),
        neck: (54, 75),
        mid: (44, 68),
        hip: (33, 75),
        elbow: [(64, 81), (64, 81)],
        hand: [(75, 81), (75, 81)],
        knee: [(50, 81), (50, 81)],
        foot: [(32, 82), (32, 82)],
    },
    props: &[],
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
};

/// On the back, knees bent: the knees sway down toward the floor on the near side.
pub const TRUNK_ROTATION: Figure = Figure {
    start: HOOK_LYING,
    end: Pose {
        knee: [(79, 73), (79, 70)],
        foot: [(93, 82), (91, 81)],
        ..HOOK_LYING
    },
    props: &[],
};

/// Lying on the side, arms in front: the top arm sweeps up and over, the head follows.
pub const OPEN_BOOK: Figure = Figure {
    start: Pose {
        head: (84, 77),
        elbow: [(88, 79), (88, 80)],
        hand: [(99, 81), (99, 82)],
        ..SIDE_LYING
    },
    end: Pose {
        head: (80, 70),
        elbow: [(74, 65), (88, 80)],
        hand: [(71, 54), (99, 82)],
        ..SIDE_LYING
    },
    props: &[Prop::Cushion { at: (85, 81) }],
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
};

/// Seated, near ankle on the far knee: lean forward from the hips with a long back.
pub const SEATED_FIGURE_FOUR: Figure = Figure {
    start: Pose {
        elbow: [(65, 48), (65, 48)],
        hand: [(74, 55), (74, 55)],
        knee: [(69, 57), (71, 66)],
        foot: [(82, 63), (71, 84)],
        ..SEATED
    },
    end: Pose {
        head: (75, 37),
        neck: (69, 43),
        mid: (62, 54),
        hip: (55, 65),
        elbow: [(63, 53), (63, 53)],
        hand: [(74, 55), (74, 55)],
        knee: [(69, 57), (71, 66)],
        foot: [(82, 63), (71, 84)],
    },
    props: &[Prop::Chair { x: 64, seat_y: 68 }],
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
};

/// Seated, near leg straight with the heel down: lean forward from the hips.
pub const SEATED_HAMSTRING: Figure = Figure {
    start: Pose {
        head: (61, 33),
        neck: (60, 41),
        mid: (60, 53),
        hip: (60, 65),
        elbow: [(60, 53), (60, 53)],
        hand: [(66, 62), (66, 62)],
        knee: [(76, 74), (78, 66)],
        foot: [(91, 83), (78, 84)],
    },
    end: Pose {
        head: (85, 44),
        neck: (78, 47),
        mid: (69, 56),
        hip: (60, 65),
        elbow: [(76, 59), (76, 59)],
        hand: [(70, 68), (70, 68)],
        knee: [(76, 74), (78, 66)],
        foot: [(91, 83), (78, 84)],
    },
    props: &[Prop::Chair { x: 64, seat_y: 68 }],
};

/// Half kneeling, near knee down on a cushion: the weight shifts forward.
pub const HIP_FLEXOR_KNEELING: Figure = Figure {
    start: Pose {
        head: (56, 29),
        neck: (55, 37),
        mid: (55, 49),
        hip: (55, 61),
        elbow: [(57, 49), (54, 49)],
        hand: [(60, 60), (54, 60)],
        knee: [(54, 79), (72, 67)],
        foot: [(36, 82), (78, 84)],
    },
    end: Pose {
        head: (63, 31),
        neck: (62, 39),
        mid: (62, 51),
        hip: (62, 63),
        elbow: [(64, 51), (61, 51)],
        hand: [(67, 62), (61, 62)],
        knee: [(54, 79), (80, 66)],
        foot: [(36, 82), (78, 84)],
    },
    props: &[Prop::Cushion { at: (54, 82) }],
};

/// Split stance, far hand on a chair back: the front knee bends and the hips move forward.
pub const HIP_FLEXOR_STANDING: Figure = Figure {
    start: Pose {
        head: (52, 20),
        neck: (51, 28),
        mid: (51, 40),
        hip: (51, 52),
        elbow: [(51, 40), (53, 40)],
        hand: [(51, 51), (64, 42)],
        knee: [(47, 69), (62, 67)],
        foot: [(36, 84), (66, 84)],
    },
    end: Pose {
        head: (57, 24),
        neck: (56, 32),
        mid: (56, 44),
        hip: (56, 56),
        elbow: [(56, 44), (53, 44)],
        hand: [(56, 55), (64, 42)],
        knee: [(50, 73), (71, 67)],
        foot: [(36, 84), (66, 84)],
    },
    props: &[Prop::Chair { x: 80, seat_y: 66 }],
};

/// Lying face down: prop up on the forearms, hips stay down.
pub const SPHINX: Figure = Figure {
    start: Pose {
        head: (92, 78),
        neck: (84, 79),
        mid: (71, 79),
        hip: (58, 79),
        elbow: [(96, 80), (96, 80)],
        hand: [(85, 80), (85, 80)],
        knee: [(40, 80), (40, 80)],
        foot: [(22, 82), (22, 82)],
    },
    end: Pose {
        head: (89, 67),
        neck: (81, 69),
        mid: (69, 74),
        hip: (58, 79),
        elbow: [(81, 81), (81, 81)],
        hand: [(92, 81), (92, 81)],
        knee: [(40, 80), (40, 80)],
        foot: [(22, 82), (22, 82)],
    },
    props: &[],
};

/// Lying face down, hands under the shoulders: the arms push the chest up, hips stay down.
pub const PRESS_UP: Figure = Figure {
    start: Pose {
        head: (92, 78),
        neck: (84, 79),
        mid: (71, 79),
        hip: (58, 79),
        elbow: [(94, 73), (94, 73)],
        hand: [(87, 81), (87, 81)],
        knee: [(40, 80), (40, 80)],
        foot: [(22, 82), (22, 82)],
    },
    end: Pose {
        head: (83, 59),
        neck: (76, 62),
        mid: (68, 72),
        hip: (58, 79),
        elbow: [(79, 74), (79, 74)],
        hand: [(87, 81), (87, 81)],
        knee: [(40, 80), (40, 80)],
        foot: [(22, 82), (22, 82)],
    },
    props: &[],
};

/// Standing, hands on the back of the hips: lean gently backwards.
pub const STANDING_EXTENSION: Figure = Figure {
    start: Pose {
        elbow: [(54, 34), (54, 35)],
        hand: [(57, 45), (58, 45)],
        ..STANDING
    },
    end: Pose {
        head: (50, 17),
        neck: (55, 24),
        mid: (60, 36),
        hip: (62, 48),
        elbow: [(53, 36), (54, 36)],
        hand: [(59, 45), (60, 45)],
        knee: [(61, 66), (59, 66)],
        foot: [(61, 84), (59, 84)],
    },
    props: &[],
};

/// Walking: the legs and arms swap over mid-stride.
pub const WALKING: Figure = Figure {
    start: Pose {
        head: (61, 18),
        neck: (60, 26),
        mid: (60, 38),
        hip: (60, 50),
        elbow: [(56, 37), (64, 37)],
        hand: [(54, 48), (72, 45)],
        knee: [(68, 66), (57, 68)],
        foot: [(70, 84), (49, 84)],
    },
    end: Pose {
        head: (61, 18),
        neck: (60, 26),
        mid: (60, 38),
        hip: (60, 50),
        elbow: [(64, 37), (56, 37)],
        hand: [(72, 45), (54, 48)],
        knee: [(57, 68), (68, 66)],
        foot: [(49, 84), (70, 84)],
    },
    props: &[],
};

/// On an exercise bike: the pedals go round.
pub const CYCLING: Figure = Figure {
    start: Pose {
        head: (70, 18),
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
};

/// Swimming at the water surface: the arms take turns reaching forward.
pub const SWIMMING: Figure = Figure {
    start: Pose {
        head: (84, 43),
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
        neck: (76, 45),
        mid: (64, 45),
        hip: (52, 45),
        elbow: [(71, 34), (88, 47)],
        hand: [(82, 34), (99, 49)],
        knee: [(34, 44), (34, 46)],
        foot: [(16, 42), (16, 49)],
    },
    props: &[Prop::Water { y: 40 }],
};

/// Standing chest-deep in water: marching on the spot, arms swinging.
pub const WATER_AEROBICS: Figure = Figure {
    start: Pose {
        elbow: [(55, 35), (67, 34)],
        hand: [(52, 46), (78, 36)],
        knee: [(78, 51), (59, 66)],
        foot: [(76, 69), (59, 84)],
        ..STANDING
    },
    end: Pose {
        elbow: [(67, 34), (55, 35)],
        hand: [(78, 36), (52, 46)],
        knee: [(61, 66), (78, 51)],
        foot: [(61, 84), (76, 69)],
        ..STANDING
    },
    props: &[Prop::Water { y: 40 }],
};
