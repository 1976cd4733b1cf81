//! Exercises and how much of each to do (the dose).

use serde::{Deserialize, Serialize};

use super::figure::Figure;

/// What one set of an exercise asks of you.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Work {
    /// Repeat a movement `reps` times, at roughly `secs_per_rep` seconds each (the tempo).
    Reps { reps: u16, secs_per_rep: u16 },
    /// Hold a position for `secs` seconds.
    Hold { secs: u16 },
    /// Keep an activity going for `mins` minutes (walking, cycling, swimming).
    Timed { mins: u16 },
}

/// How much of an exercise to do: the work in one set, how many sets, and the rest between
/// them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Dose {
    pub work: Work,
    pub sets: u8,
    pub rest_secs: u16,
}

/// What "hold" means, said once where a list of doses first uses the word.
pub const HOLD_NOTE: &str =
    "A hold means staying in the position, still and breathing easily, for the time shown.";

impl Dose {
    pub const fn reps(reps: u16, secs_per_rep: u16, sets: u8, rest_secs: u16) -> Self {
        Self {
            work: Work::Reps { reps, secs_per_rep },
            sets,
            rest_secs,
        }
    }

    pub const fn hold(secs: u16, sets: u8, rest_secs: u16) -> Self {
        Self {
            work: Work::Hold { secs },
            sets,
            rest_secs,
        }
    }

    pub const fn timed(mins: u16) -> Self {
        Self {
            work: Work::Timed { mins },
            sets: 1,
            rest_secs: 0,
        }
    }

    /// Seconds of work in one set.
    pub fn set_secs(&self) -> u32 {
        match self.work {
            Work::Reps { reps, secs_per_rep } => u32::from(reps) * u32::from(secs_per_rep),
            Work::Hold { secs } => u32::from(secs),
            Work::Timed { mins } => u32::from(mins) * 60,
        }
    }

    /// Planned seconds for the whole dose: every set, plus the rests between sets (not after
    /// the last one).
    pub fn total_secs(&self) -> u32 {
        let sets = u32::from(self.sets);
        sets * self.set_secs() + sets.saturating_sub(1) * u32::from(self.rest_secs)
    }

    /// A short human description, e.g. "2 sets of 10 reps" or "3 holds of 20 s".
    pub fn describe(&self) -> String {
        use super::words::{count, HOLD, MINUTE, REP, SET};
        match (self.work, self.sets) {
            (Work::Reps { reps, .. }, 1) => count(reps, REP),
            (Work::Reps { reps, .. }, sets) => {
                format!("{} of {}", count(sets, SET), count(reps, REP))
            }
            (Work::Hold { secs }, 1) => format!("Hold {secs} s"),
            (Work::Hold { secs }, sets) => format!("{} of {secs} s", count(sets, HOLD)),
            (Work::Timed { mins }, _) => count(mins, MINUTE),
        }
    }

    /// True when this dose asks for more than `other`: more sets, or of the same kind more
    /// reps or longer work; of different kinds, more time in all.
    pub fn exceeds(&self, other: Dose) -> bool {
        match (self.work, other.work) {
            (Work::Reps { reps: a, .. }, Work::Reps { reps: b, .. }) => {
                a > b || self.sets > other.sets
            }
            (Work::Hold { secs: a }, Work::Hold { secs: b }) => a > b || self.sets > other.sets,
            (Work::Timed { mins: a }, Work::Timed { mins: b }) => a > b,
            _ => self.total_secs() > other.total_secs(),
        }
    }

    /// This dose, cut back where it asks for more than `limit` (see [`Dose::exceeds`]).
    pub fn at_most(self, limit: Dose) -> Dose {
        let sets = self.sets.min(limit.sets).max(1);
        let work = match (self.work, limit.work) {
            (Work::Reps { reps, secs_per_rep }, Work::Reps { reps: max, .. }) => Work::Reps {
                reps: reps.min(max),
                secs_per_rep,
            },
            (Work::Hold { secs }, Work::Hold { secs: max }) => Work::Hold {
                secs: secs.min(max),
            },
            (Work::Timed { mins }, Work::Timed { mins: max }) => Work::Timed {
                mins: mins.min(max),
            },
            (work, _) => work,
        };
        let mut out = Dose { work, sets, ..self };
        // Different kinds: fewer sets, then shorter work, until it takes no longer.
        while out.exceeds(limit) && out.sets > 1 {
            out.sets -= 1;
        }
        let mut steps = 0;
        while out.exceeds(limit) && steps > -4 {
            steps -= 1;
            out = Dose {
                sets: out.sets,
                ..self.scaled(steps)
            };
        }
        out
    }

    /// "Make it easier" on the spot: about 40% less, never more than it was (already at its
    /// minimum it stays the same).
    pub fn smaller(self) -> Self {
        self.scaled(-2).at_most(self)
    }

    /// The same dose made easier (negative `steps`) or harder (positive), 20% per step:
    /// fewer or more reps, shorter or longer holds and activities. Sets and rests stay as
    /// they are. Never drops below a useful minimum (3 reps, 10 s, 5 min).
    pub fn scaled(self, steps: i8) -> Self {
        let factor = 1.0 + 0.2 * f32::from(steps.clamp(-4, 4));
        let scale = |value: u16, floor: u16, round_to: u16| -> u16 {
            let scaled =
                (f32::from(value) * factor / f32::from(round_to)).round() as u16 * round_to;
            scaled.max(floor.min(value))
        };
        let work = match self.work {
            Work::Reps { reps, secs_per_rep } => Work::Reps {
                reps: scale(reps, 3, 1),
                secs_per_rep,
            },
            Work::Hold { secs } => Work::Hold {
                secs: scale(secs, 10, 5),
            },
            Work::Timed { mins } => Work::Timed {
                mins: scale(mins, 5, 1),
            },
        };
        Self { work, ..self }
    }
}

/// How an exercise uses the two sides of the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sides {
    /// Both sides together (a bridge, a plank): the dose is the dose.
    Both,
    /// One side, then the other (a stretch held on the left, then the right): the dose is
    /// for each side.
    EachSide,
    /// Sides take turns within a set (bird dog): each rep is one side, counted together.
    Alternating,
}

/// Seconds to change sides between the two halves of a set.
pub const SWITCH_SECS: u16 = 5;

/// Which side a step is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Left,
    Right,
}

impl Side {
    pub fn label(self) -> &'static str {
        match self {
            Side::Left => "left side",
            Side::Right => "right side",
        }
    }
}

impl Sides {
    /// The sides a set is done on, in order (`[None]` for both at once or alternating).
    pub fn order(self) -> &'static [Option<Side>] {
        match self {
            Sides::EachSide => &[Some(Side::Left), Some(Side::Right)],
            _ => &[None],
        }
    }

    /// A dose as a person reads it: "2 holds of 20 s each side", "2 sets of 8 reps,
    /// alternating sides".
    pub fn describe(self, dose: Dose) -> String {
        let base = dose.describe();
        match (self, dose.work) {
            (_, Work::Timed { .. }) | (Sides::Both, _) => base,
            (Sides::EachSide, _) => format!("{base} each side"),
            (Sides::Alternating, _) => format!("{base}, alternating sides"),
        }
    }
}

/// Parts of the body an exercise works or stretches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BodyArea {
    Core,
    Hips,
    Hamstrings,
    LowerBack,
    Glutes,
    WholeBody,
}

impl BodyArea {
    pub const ALL: [BodyArea; 6] = [
        BodyArea::Core,
        BodyArea::Hips,
        BodyArea::Hamstrings,
        BodyArea::LowerBack,
        BodyArea::Glutes,
        BodyArea::WholeBody,
    ];

    pub fn label(self) -> &'static str {
        match self {
            BodyArea::Core => "Core",
            BodyArea::Hips => "Hips",
            BodyArea::Hamstrings => "Hamstrings",
            BodyArea::LowerBack => "Lower back",
            BodyArea::Glutes => "Glutes",
            BodyArea::WholeBody => "Whole body",
        }
    }
}

/// What sort of exercise it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Mobility,
    Stretch,
    Strength,
    /// Low-impact cardio: walking, cycling, swimming, water aerobics.
    Cardio,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Mobility, Kind::Stretch, Kind::Strength, Kind::Cardio];

    pub fn label(self) -> &'static str {
        match self {
            Kind::Mobility => "Mobility",
            Kind::Stretch => "Stretch",
            Kind::Strength => "Strength",
            Kind::Cardio => "Low-impact cardio",
        }
    }
}

/// What you need for an exercise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Equipment {
    None,
    Mat,
    Chair,
    Wall,
    /// A strap, belt or towel.
    Strap,
    Bike,
    Pool,
}

impl Equipment {
    /// Everything, in the order a list of it is said.
    pub const ALL: [Equipment; 7] = [
        Equipment::None,
        Equipment::Mat,
        Equipment::Strap,
        Equipment::Chair,
        Equipment::Wall,
        Equipment::Bike,
        Equipment::Pool,
    ];

    /// As an item in a list ("a mat or rug"); `None` for nothing.
    pub fn item(self) -> Option<&'static str> {
        match self {
            Equipment::None => None,
            Equipment::Mat => Some("a mat or rug"),
            Equipment::Chair => Some("a sturdy chair"),
            Equipment::Wall => Some("a wall"),
            Equipment::Strap => Some("a strap, belt or towel"),
            Equipment::Bike => Some("a stationary bike"),
            Equipment::Pool => Some("a pool"),
        }
    }

    /// "You'll need a mat or rug and a strap, belt or towel.", for a routine's page and
    /// "Before you start"; `None` when nothing is needed.
    pub fn sentence(list: &[Equipment]) -> Option<String> {
        let items: Vec<String> = list
            .iter()
            .filter_map(|e| e.item())
            .map(str::to_string)
            .collect();
        (!items.is_empty()).then(|| format!("You'll need {}.", super::words::and_list(&items)))
    }

    pub fn label(self) -> &'static str {
        match self {
            Equipment::None => "Nothing",
            Equipment::Mat => "A mat or rug",
            Equipment::Chair => "A sturdy chair",
            Equipment::Wall => "A wall",
            Equipment::Strap => "A strap, belt or towel",
            Equipment::Bike => "A stationary bike",
            Equipment::Pool => "A pool",
        }
    }
}

/// The body position an exercise starts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Position {
    Lying,
    Kneeling,
    Sitting,
    Standing,
    InWater,
}

impl Position {
    pub fn label(self) -> &'static str {
        match self {
            Position::Lying => "Lying down",
            Position::Kneeling => "Kneeling",
            Position::Sitting => "Sitting",
            Position::Standing => "Standing",
            Position::InWater => "In the water",
        }
    }
}

/// One exercise as the library and the player know it. Built-in exercises are static data
/// (see `catalog`), so every text field is `&'static str`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Exercise {
    /// Stable id, used in URLs and stored session records. Never rename one.
    pub id: &'static str,
    pub name: &'static str,
    pub areas: &'static [BodyArea],
    pub kind: Kind,
    pub position: Position,
    pub equipment: &'static [Equipment],
    /// The amount the library suggests.
    pub dose: Dose,
    /// Id of a gentler version, if there is one.
    pub easier: Option<&'static str>,
    /// Id of a more demanding version, if there is one.
    pub harder: Option<&'static str>,
    /// Whether it is done on each side in turn, alternating within a set, or both at once.
    pub sides: Sides,
}

/// How to do one exercise, and its picture (`Exercise::guide`, from the library). Apart
/// from [`Exercise`] because only the screens that show an exercise need it: Today's rules
/// read exercises too, and this way the first load does not carry every guide's text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ExerciseGuide {
    /// The exercise's id.
    pub id: &'static str,
    /// One line: what this exercise is for.
    pub purpose: &'static str,
    /// What to do, in order.
    pub steps: &'static [&'static str],
    /// "Keep in mind" cues while doing it.
    pub cues: &'static [&'static str],
    /// "Stop if" cautions.
    pub cautions: &'static [&'static str],
    /// The illustration: start and end pose.
    pub figure: Figure,
}

impl Exercise {
    /// Its name, in words (`exercise-<id>` in `core.ftl`).
    pub fn title(&self) -> crate::domain::i18n::Msg {
        crate::domain::i18n::Msg::keyed(format!("exercise-{}", self.id))
    }

    /// Whether the name matches a search, ignoring case and surrounding spaces.
    pub fn matches(&self, query: &str) -> bool {
        let query = query.trim();
        query.is_empty()
            || self
                .name
                .to_lowercase()
                .contains(query.to_lowercase().as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn descriptions() {
        assert_eq!(Dose::reps(10, 3, 2, 20).describe(), "2 sets of 10 reps");
        assert_eq!(Dose::reps(8, 3, 1, 0).describe(), "8 reps");
        assert_eq!(Dose::hold(20, 3, 10).describe(), "3 holds of 20 s");
        assert_eq!(Dose::hold(30, 1, 0).describe(), "Hold 30 s");
        assert_eq!(Dose::timed(15).describe(), "15 minutes");
    }

    #[test]
    fn total_time_counts_rests_between_sets_only() {
        assert_eq!(Dose::reps(10, 3, 2, 20).total_secs(), 2 * 30 + 20);
        assert_eq!(Dose::hold(20, 1, 30).total_secs(), 20);
        assert_eq!(Dose::timed(10).total_secs(), 600);
    }

    #[test]
    fn scaling_examples() {
        let reps = Dose::reps(10, 3, 2, 20);
        assert_eq!(reps.scaled(0), reps);
        assert_eq!(
            reps.scaled(1).work,
            Work::Reps {
                reps: 12,
                secs_per_rep: 3
            }
        );
        assert_eq!(
            reps.scaled(-1).work,
            Work::Reps {
                reps: 8,
                secs_per_rep: 3
            }
        );
        assert_eq!(
            Dose::hold(30, 2, 10).scaled(1).work,
            Work::Hold { secs: 35 }
        );
        assert_eq!(
            Dose::hold(20, 2, 10).scaled(-4).work,
            Work::Hold { secs: 10 }
        );
        assert_eq!(
            Dose::reps(4, 3, 1, 0).scaled(-4).work,
            Work::Reps {
                reps: 3,
                secs_per_rep: 3
            }
        );
        assert_eq!(Dose::timed(10).scaled(2).work, Work::Timed { mins: 14 });
    }

    fn any_dose() -> impl Strategy<Value = Dose> {
        prop_oneof![
            (1u16..60, 1u16..8, 1u8..5, 0u16..60)
                .prop_map(|(r, t, s, rest)| Dose::reps(r, t, s, rest)),
            (5u16..120, 1u8..5, 0u16..60).prop_map(|(h, s, rest)| Dose::hold(h, s, rest)),
            (1u16..90).prop_map(Dose::timed),
        ]
    }

    proptest! {
        /// Harder is never less work than easier, sets and rests never change, and a dose
        /// never scales below its floor (or below itself when it started under the floor).
        #[test]
        fn scaling_is_monotonic_and_bounded(dose in any_dose(), a in -4i8..=4, b in -4i8..=4) {
            let (lo, hi) = (a.min(b), a.max(b));
            prop_assert!(dose.scaled(lo).set_secs() <= dose.scaled(hi).set_secs());
            let scaled = dose.scaled(a);
            prop_assert_eq!((scaled.sets, scaled.rest_secs), (dose.sets, dose.rest_secs));
            prop_assert!(scaled.set_secs() > 0);
        }
    }
}
