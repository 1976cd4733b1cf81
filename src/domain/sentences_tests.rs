//! Every count the domain puts in a sentence agrees with its noun: each reason, label and
//! summary rendered for counts 0, 1, 2, 8, 11 and 18 and checked by `words::disagreement`
//! (no "1 sessions", no "a 8", no "a 18").

use super::backup::{Extras, Preview};
use super::catalog::{self, EXERCISES};
use super::exercise::{Dose, Sides};
use super::history::fixtures::record;
use super::insights::Streak;
use super::plan::{make_profile, ActivityLevel, PainDuration};
use super::player::Player;
use super::routine::Level;
use super::{calendar, keep, limits, progress, words};

const COUNTS: [u16; 6] = [0, 1, 2, 8, 11, 18];
const T0: i64 = 1_795_608_000_000;
const DAY: i64 = 86_400_000;

fn check(all: &[String]) {
    for s in all {
        assert!(
            words::disagreement(s).is_none(),
            "{}",
            words::disagreement(s).unwrap_or_default()
        );
    }
}

#[test]
fn counts_and_doses_agree() {
    let mut out = Vec::new();
    for n in COUNTS {
        for noun in [
            words::SESSION,
            words::EXERCISE,
            words::SET,
            words::REP,
            words::HOLD,
            words::MINUTE,
            words::DAY,
            words::WEEK,
            words::WALK,
            words::ROUTINE,
            words::CHECK_IN,
            words::WEIGHT_ENTRY,
            words::PLANNED_SESSION,
        ] {
            out.push(words::count(n, noun));
            out.push(words::done_of(n.min(3), n, noun));
        }
        out.push(words::a_minutes(u64::from(n), "walk"));
        let u8n = u8::try_from(n.max(1)).unwrap_or(1);
        for dose in [
            Dose::reps(n.max(1), 4, u8n, 20),
            Dose::hold(n.max(5), u8n, 10),
            Dose::timed(n.max(1)),
        ] {
            for sides in [Sides::Both, Sides::EachSide, Sides::Alternating] {
                out.push(sides.describe(dose));
            }
        }
        out.push(
            Streak {
                current: u32::from(n),
                best: u32::from(n) + 1,
            }
            .sentence(),
        );
        out.push(
            Streak {
                current: 0,
                best: u32::from(n),
            }
            .sentence(),
        );
        out.push(Streak::label(u32::from(n)));
        out.push(crate::domain::i18n::english_text(
            &Preview {
                total: usize::from(n),
                new: usize::from(n),
                conflicts: usize::from(n),
                ..Preview::default()
            }
            .summary(),
        ));
        out.push(
            limits::check_note(&"x".repeat(limits::MAX_NOTE_CHARS + usize::from(n.max(1))))
                .unwrap_err(),
        );
        out.push(calendar::minutes_label(u32::from(n) * 60));
        for ios in [false, true] {
            out.push(keep::row_why(usize::from(n), None, ios));
        }
    }
    let extras = Extras {
        checkins: vec![],
        ..Extras::default()
    };
    out.extend(
        extras
            .summary()
            .map(|m| crate::domain::i18n::english_text(&m)),
    );
    check(&out);
}

#[test]
fn the_player_says_every_step_with_agreeing_counts() {
    let mut out = Vec::new();
    for r in catalog::ROUTINES {
        for level in Level::MIN..=Level::MAX {
            let mut p = Player::new(r.clone(), Level::new(level), None, T0);
            let mut t = T0;
            while let Some(step) = p.step() {
                out.push(crate::domain::i18n::english_text(&p.describe(step)));
                out.extend(Player::set_label(step).map(|m| crate::domain::i18n::english_text(&m)));
                t += 1_000;
                p.complete(t);
            }
        }
    }
    for ex in EXERCISES {
        out.push(ex.sides.describe(ex.dose));
    }
    check(&out);
}

#[test]
fn progression_and_walk_reasons_agree_for_every_count() {
    let mut out = Vec::new();
    for start in COUNTS {
        let Ok(mut p) = make_profile(
            3,
            PainDuration::Longer,
            ActivityLevel::Some,
            vec![],
            [true; 7],
            480,
            false,
            T0,
            0,
        ) else {
            panic!("these answers make a profile");
        };
        p.cardio_start_min = start.max(1);
        for weeks in [0i64, 1, 2, 8] {
            let today = calendar::LocalDate::from_epoch_ms(T0 + weeks * 7 * DAY, 0);
            out.push(progress::cardio(&p, &[], today).1);
            // Two walks of the target in each week: it steps up.
            let walks: Vec<_> = (0..weeks * 7)
                .filter(|d| d % 7 < 2)
                .map(|d| {
                    let mut r = record(&format!("w{d}"), T0 + d * DAY);
                    r.utc_offset_min = 0;
                    r.routine_id = "log-walk".into();
                    r.exercises = vec![super::history::ExerciseDone {
                        id: "walking".into(),
                        sets_done: 1,
                        sets_planned: 1,
                        reps: 0,
                        secs: 60 * 60,
                        eased_from: None,
                        pain: None,
                    }];
                    r
                })
                .collect();
            out.push(progress::cardio(&p, &walks, today).1);
        }
    }
    for r in catalog::ROUTINES {
        for good in 0..4i64 {
            let history: Vec<_> = (0..good)
                .map(|i| {
                    let mut s = record(&format!("g{i}"), T0 - (i + 1) * DAY);
                    s.routine_id = r.id.to_string();
                    s.utc_offset_min = 0;
                    s.pain_before = super::pain::PainScore::new(3);
                    s.pain_after = super::pain::PainScore::new(3);
                    s.feeling = Some(super::history::Feeling::AboutRight);
                    s
                })
                .collect();
            out.push(
                progress::suggest(r, &history, calendar::LocalDate::from_epoch_ms(T0, 0)).reason,
            );
        }
    }
    check(&out);
}

/// The walking sentences (Today, Insights, the first run, "Why this level") and the walk
/// row agree with their counts for every week of a programme, from baselines short and long.
#[test]
fn walking_programme_sentences_agree() {
    use super::walking::{self, Day};
    let mut out = Vec::new();
    for base in [1u32, 2, 8, 11, 18, 25, 45] {
        for weeks in 0..12i64 {
            let mut days: Vec<Day> = (0..3)
                .map(|i| Day {
                    day: 100 + 2 * i,
                    minutes: base,
                    flare: false,
                })
                .collect();
            for w in 0..weeks {
                for d in [0, 2, 4] {
                    days.push(Day {
                        day: 105 + 7 * w + d,
                        minutes: 30,
                        flare: w == 5 && d == 2,
                    });
                }
            }
            for today in [100, 103, 104, 105 + 7 * weeks] {
                let p = walking::weeks(100, &days, today);
                out.push(walking::reason(&p));
                let row = super::today::walk_row(&p, weeks == 3);
                out.extend([row.title, row.progress, row.why]);
            }
        }
    }
    check(&out);
}

/// The Learn read on walking states the programme's own numbers.
#[test]
fn the_walking_read_states_the_programmes_numbers() {
    let card = super::learn::card("why-walking")
        .map(|c| c.body.join(" "))
        .unwrap_or_default();
    for number in [
        format!("{}%", super::walking::START_PERCENT),
        format!("{}%", super::walking::GROWTH_PERCENT),
        format!("{} minutes", super::walking::TARGET_MINUTES),
        format!("{} days", super::walking::TARGET_WALKS),
        format!("{} minutes a week", super::walking::TARGET.volume()),
    ] {
        assert!(
            card.contains(&number),
            "the read doesn't say {number}: {card}"
        );
    }
}
