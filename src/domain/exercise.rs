//! Exercises and how much of each to do (the dose).

use serde::{Deserialize, Serialize};

use super::figure::Figure;
use super::i18n::{messages as m, Msg};

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
pub fn hold_note() -> Msg {
    m::exercises_hold_note()
}

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

    /// A short description for both sides at once, e.g. "2 sets of 10 reps" or "3 holds of
    /// 20 s".
    pub fn describe_msg(&self) -> Msg {
        Sides::Both.dose_msg(*self)
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
    /// "left side", "right side".
    pub fn label_msg(self) -> Msg {
        match self {
            Side::Left => m::exercises_side_left(),
            Side::Right => m::exercises_side_right(),
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
    /// alternating sides". An activity kept up for a time is the same on any sides.
    pub fn dose_msg(self, dose: Dose) -> Msg {
        let sets = dose.sets;
        match (dose.work, sets, self) {
            (Work::Timed { mins }, _, _) => m::exercises_dose_minutes(mins),
            (Work::Reps { reps, .. }, 1, Sides::Both) => m::exercises_dose_reps(reps),
            (Work::Reps { reps, .. }, 1, Sides::EachSide) => m::exercises_dose_reps_each_side(reps),
            (Work::Reps { reps, .. }, 1, Sides::Alternating) => {
                m::exercises_dose_reps_alternating(reps)
            }
            (Work::Reps { reps, .. }, _, Sides::Both) => m::exercises_dose_sets_reps(sets, reps),
            (Work::Reps { reps, .. }, _, Sides::EachSide) => {
                m::exercises_dose_sets_reps_each_side(sets, reps)
            }
            (Work::Reps { reps, .. }, _, Sides::Alternating) => {
                m::exercises_dose_sets_reps_alternating(sets, reps)
            }
            (Work::Hold { secs }, 1, Sides::Both) => m::exercises_dose_hold(secs),
            (Work::Hold { secs }, 1, Sides::EachSide) => m::exercises_dose_hold_each_side(secs),
            (Work::Hold { secs }, 1, Sides::Alternating) => {
                m::exercises_dose_hold_alternating(secs)
            }
            (Work::Hold { secs }, _, Sides::Both) => m::exercises_dose_sets_hold(sets, secs),
            (Work::Hold { secs }, _, Sides::EachSide) => {
                m::exercises_dose_sets_hold_each_side(sets, secs)
            }
            (Work::Hold { secs }, _, Sides::Alternating) => {
                m::exercises_dose_sets_hold_alternating(sets, secs)
            }
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

    pub fn label_msg(self) -> Msg {
        match self {
            BodyArea::Core => m::exercises_area_core(),
            BodyArea::Hips => m::exercises_area_hips(),
            BodyArea::Hamstrings => m::exercises_area_hamstrings(),
            BodyArea::LowerBack => m::exercises_area_lower_back(),
            BodyArea::Glutes => m::exercises_area_glutes(),
            BodyArea::WholeBody => m::exercises_area_whole_body(),
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

    pub fn label_msg(self) -> Msg {
        match self {
            Kind::Mobility => m::exercises_kind_mobility(),
            Kind::Stretch => m::exercises_kind_stretch(),
            Kind::Strength => m::exercises_kind_strength(),
            Kind::Cardio => m::exercises_kind_cardio(),
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

    /// As an item in the list of "You'll need …" ("a mat or rug"); `None` for nothing.
    pub fn item_msg(self) -> Option<Msg> {
        match self {
            Equipment::None => None,
            Equipment::Mat => Some(m::exercises_need_mat()),
            Equipment::Chair => Some(m::exercises_need_chair()),
            Equipment::Wall => Some(m::exercises_need_wall()),
            Equipment::Strap => Some(m::exercises_need_strap()),
            Equipment::Bike => Some(m::exercises_need_bike()),
            Equipment::Pool => Some(m::exercises_need_pool()),
        }
    }

    /// "You'll need a mat or rug and a strap, belt or towel.", for a routine's page and
    /// "Before you start"; `None` when nothing is needed.
    pub fn sentence_msg(list: &[Equipment]) -> Option<Msg> {
        Msg::list(list.iter().filter_map(|e| e.item_msg()).collect())
            .map(m::exercises_you_will_need)
    }

    /// As a label: "A mat or rug", "Nothing".
    pub fn label_msg(self) -> Msg {
        match self {
            Equipment::None => m::exercises_equipment_none(),
            Equipment::Mat => m::exercises_equipment_mat(),
            Equipment::Chair => m::exercises_equipment_chair(),
            Equipment::Wall => m::exercises_equipment_wall(),
            Equipment::Strap => m::exercises_equipment_strap(),
            Equipment::Bike => m::exercises_equipment_bike(),
            Equipment::Pool => m::exercises_equipment_pool(),
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
    pub fn label_msg(self) -> Msg {
        match self {
            Position::Lying => m::exercises_position_lying(),
            Position::Kneeling => m::exercises_position_kneeling(),
            Position::Sitting => m::exercises_position_sitting(),
            Position::Standing => m::exercises_position_standing(),
            Position::InWater => m::exercises_position_in_water(),
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
    /// "Stop if" cautions, as the end of a sentence in English: the screens show
    /// [`ExerciseGuide::caution_msgs`], each a whole sentence. The texts here (English) are
    /// kept for code that hasn't moved to the messages yet; their counts say how many
    /// messages each exercise has.
    pub cautions: &'static [&'static str],
    /// The illustration: start and end pose.
    pub figure: Figure,
}

impl Exercise {
    /// Its name, in words (`exercise-<id>` in `core.ftl`).
    pub fn title(&self) -> crate::domain::i18n::Msg {
        crate::domain::i18n::Msg::keyed(format!("exercise-{}", self.id))
    }
}

/// Whether a name, in any language, matches a search, ignoring case and surrounding spaces.
pub fn name_matches(name: &str, query: &str) -> bool {
    let query = query.trim();
    query.is_empty() || name.to_lowercase().contains(query.to_lowercase().as_str())
}

impl ExerciseGuide {
    fn keyed(&self, part: &str) -> Msg {
        Msg::keyed(format!("exercises-{}-{part}", self.id))
    }

    fn numbered(&self, part: &str, count: usize) -> Vec<Msg> {
        (1..=count)
            .map(|n| self.keyed(&format!("{part}-{n}")))
            .collect()
    }

    /// One line: what this exercise is for.
    pub fn purpose_msg(&self) -> Msg {
        self.keyed("purpose")
    }

    /// What to do, in order.
    pub fn step_msgs(&self) -> Vec<Msg> {
        self.numbered("step", self.steps.len())
    }

    /// The step at `index` (from 0), if there is one.
    pub fn step_msg(&self, index: usize) -> Option<Msg> {
        (index < self.steps.len()).then(|| self.keyed(&format!("step-{}", index + 1)))
    }

    /// "Keep in mind" cues while doing it.
    pub fn cue_msgs(&self) -> Vec<Msg> {
        self.numbered("cue", self.cues.len())
    }

    /// The cue at `index` (from 0), if there is one.
    pub fn cue_msg(&self, index: usize) -> Option<Msg> {
        (index < self.cues.len()).then(|| self.keyed(&format!("cue-{}", index + 1)))
    }

    /// When to stop, each a whole sentence: "Stop if your pain rises above about 5 out of
    /// 10."
    pub fn caution_msgs(&self) -> Vec<Msg> {
        self.numbered("caution", self.cautions.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn descriptions() {
        use crate::domain::i18n::english_text;
        let en = |d: Dose| english_text(&d.describe_msg());
        assert_eq!(en(Dose::reps(10, 3, 2, 20)), "2 sets of 10 reps");
        assert_eq!(en(Dose::reps(8, 3, 1, 0)), "8 reps");
        assert_eq!(en(Dose::reps(1, 3, 3, 0)), "3 sets of 1 rep");
        assert_eq!(en(Dose::hold(20, 3, 10)), "3 holds of 20 s");
        assert_eq!(en(Dose::hold(30, 1, 0)), "Hold 30 s");
        assert_eq!(en(Dose::timed(15)), "15 minutes");
        assert_eq!(en(Dose::timed(1)), "1 minute");
        assert_eq!(
            english_text(&Sides::EachSide.dose_msg(Dose::hold(20, 2, 10))),
            "2 holds of 20 s each side"
        );
        assert_eq!(
            english_text(&Sides::Alternating.dose_msg(Dose::reps(8, 3, 2, 10))),
            "2 sets of 8 reps, alternating sides"
        );
        assert_eq!(
            english_text(&Sides::EachSide.dose_msg(Dose::timed(5))),
            "5 minutes"
        );
    }

    #[test]
    fn doses_and_needs_read_whole_in_every_language() {
        use crate::domain::i18n::{Catalog, Lang};
        macro_rules! catalog {
            ($lang:expr, $tag:literal) => {{
                let mut c = Catalog::new($lang);
                for source in [
                    include_str!(concat!(
                        env!("CARGO_MANIFEST_DIR"),
                        "/locales/",
                        $tag,
                        "/core.ftl"
                    )),
                    include_str!(concat!(
                        env!("CARGO_MANIFEST_DIR"),
                        "/locales/",
                        $tag,
                        "/exercises.ftl"
                    )),
                ] {
                    c.add(source).expect("the build read it already");
                }
                c
            }};
        }
        let de = catalog!(Lang::De, "de");
        let es = catalog!(Lang::Es, "es");
        let fr = catalog!(Lang::Fr, "fr");
        let sets = Sides::Both.dose_msg(Dose::reps(10, 3, 2, 20));
        assert_eq!(de.render(&sets), "2 Sätze mit 10 Wiederholungen");
        assert_eq!(es.render(&sets), "2 series de 10 repeticiones");
        assert_eq!(fr.render(&sets), "2 séries de 10 répétitions");
        let one = Sides::EachSide.dose_msg(Dose::reps(1, 3, 1, 0));
        assert_eq!(de.render(&one), "1 Wiederholung pro Seite");
        assert_eq!(es.render(&one), "1 repetición por lado");
        assert_eq!(fr.render(&one), "1 répétition de chaque côté");
        let holds = Sides::EachSide.dose_msg(Dose::hold(20, 2, 10));
        assert_eq!(de.render(&holds), "2 × 20 s halten, pro Seite");
        assert_eq!(es.render(&holds), "Mantén 20 s, 2 veces por lado");
        assert_eq!(fr.render(&holds), "Tenez 20 s, 2 fois de chaque côté");
        let need = Equipment::sentence_msg(&[Equipment::Mat, Equipment::Chair]);
        let need = need.expect("two things");
        assert_eq!(
            de.render(&need),
            "Du brauchst eine Matte oder einen Teppich und einen stabilen Stuhl."
        );
        for c in [&de, &es, &fr] {
            for ex in crate::domain::library::EXERCISES {
                let g = ex.guide();
                let all = [g.step_msgs(), g.cue_msgs(), g.caution_msgs()].concat();
                for m in all.iter().chain([&g.purpose_msg()]) {
                    let text = c.render(m);
                    assert!(
                        !text.starts_with('{') && !text.trim().is_empty(),
                        "{:?} {}",
                        c.lang,
                        m.id
                    );
                }
            }
        }
    }

    #[test]
    fn labels_say_in_english_what_the_old_labels_said() {
        use crate::domain::i18n::english_text;
        let en = |m: Msg| english_text(&m);
        assert_eq!(
            BodyArea::ALL.map(|a| en(a.label_msg())),
            [
                "Core",
                "Hips",
                "Hamstrings",
                "Lower back",
                "Glutes",
                "Whole body"
            ]
        );
        assert_eq!(
            Kind::ALL.map(|k| en(k.label_msg())),
            ["Mobility", "Stretch", "Strength", "Low-impact cardio"]
        );
        assert_eq!(
            Equipment::ALL.map(|e| en(e.label_msg())),
            [
                "Nothing",
                "A mat or rug",
                "A strap, belt or towel",
                "A sturdy chair",
                "A wall",
                "A stationary bike",
                "A pool"
            ]
        );
        assert_eq!(
            Equipment::ALL.map(|e| e.item_msg().map(en)),
            [
                None,
                Some("a mat or rug".to_string()),
                Some("a strap, belt or towel".to_string()),
                Some("a sturdy chair".to_string()),
                Some("a wall".to_string()),
                Some("a stationary bike".to_string()),
                Some("a pool".to_string())
            ]
        );
        assert_eq!(
            [
                Position::Lying,
                Position::Kneeling,
                Position::Sitting,
                Position::Standing,
                Position::InWater,
            ]
            .map(|p| en(p.label_msg())),
            [
                "Lying down",
                "Kneeling",
                "Sitting",
                "Standing",
                "In the water"
            ]
        );
        assert_eq!(
            [Side::Left, Side::Right].map(|s| en(s.label_msg())),
            ["left side", "right side"]
        );
        let lists: [(&[Equipment], Option<&str>); 4] = [
            (&[], None),
            (&[Equipment::None], None),
            (&[Equipment::Mat], Some("You'll need a mat or rug.")),
            (
                &[Equipment::Mat, Equipment::Strap, Equipment::Chair],
                Some("You'll need a mat or rug, a strap, belt or towel and a sturdy chair."),
            ),
        ];
        for (list, said) in lists {
            assert_eq!(Equipment::sentence_msg(list).map(en).as_deref(), said);
        }
        assert_eq!(
            en(hold_note()),
            "A hold means staying in the position, still and breathing easily, for the time shown."
        );
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
