//! Every count the domain puts in a sentence agrees with its noun in English: each reason,
//! label and summary rendered from the catalogs for counts 0, 1, 2, 8, 11 and 18 and checked
//! by [`disagreement`] (no "1 sessions", no "a 8", no "a 18").

use super::backup::{Extras, Preview};
use super::catalog::{self, EXERCISES};
use super::exercise::{Dose, Sides};
use super::history::fixtures::record;
use super::i18n::{english_text, Msg};
use super::insights::Streak;
use super::plan::{make_profile, ActivityLevel, PainDuration};
use super::player::Player;
use super::routine::Level;
use super::{calendar, history, keep, limits, progress};

const COUNTS: [u16; 6] = [0, 1, 2, 8, 11, 18];
const T0: i64 = 1_795_608_000_000;
const DAY: i64 = 86_400_000;

/// Nouns a count may come before, singular and plural.
const NOUNS: [(&str, &str); 13] = [
    ("session", "sessions"),
    ("exercise", "exercises"),
    ("set", "sets"),
    ("rep", "reps"),
    ("hold", "holds"),
    ("minute", "minutes"),
    ("day", "days"),
    ("week", "weeks"),
    ("walk", "walks"),
    ("routine", "routines"),
    ("entry", "entries"),
    ("check-in", "check-ins"),
    ("second", "seconds"),
];

/// "a" or "an" before a number said aloud: "an 8", "an 11", "an 18", "an 80", "a 5".
fn article_for(n: u64) -> &'static str {
    // Spoken English: eight, eleven, eighteen, eighty-…, eight hundred… start with a vowel.
    let mut lead = n;
    while lead >= 1000 {
        lead /= 1000;
    }
    let starts_with_eight = lead == 8 || (80..90).contains(&lead) || (800..900).contains(&lead);
    if starts_with_eight || lead == 11 || lead == 18 {
        "an"
    } else {
        "a"
    }
}

/// Where an English sentence has a count that disagrees with its noun ("1 sessions", "2
/// session") or an article that disagrees with its number ("a 8-minute walk").
pub(crate) fn disagreement(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | '.' | ':' | ';'))
        .filter(|w| !w.is_empty())
        .collect();
    for pair in words.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if let Ok(n) = a.parse::<u64>() {
            let b = b.split('-').next().unwrap_or(b);
            for (one, many) in NOUNS {
                let wrong = if n == 1 { many } else { one };
                if b == wrong {
                    return Some(format!("\"{a} {b}\" in: {text}"));
                }
            }
        }
        if matches!(a, "a" | "A" | "an" | "An") {
            let digits: String = b.chars().take_while(char::is_ascii_digit).collect();
            if let Ok(n) = digits.parse::<u64>() {
                if a.to_lowercase() != article_for(n) {
                    return Some(format!("\"{a} {b}\" in: {text}"));
                }
            }
        }
    }
    None
}

fn check(all: &[Msg]) {
    for m in all {
        let s = english_text(m);
        assert!(!s.starts_with('{'), "no English for {}", m.id);
        assert!(
            disagreement(&s).is_none(),
            "{}",
            disagreement(&s).unwrap_or_default()
        );
    }
}

#[test]
fn the_checker_finds_disagreements() {
    assert_eq!(disagreement("2 sessions and 1 walk, a 5-minute walk"), None);
    assert!(disagreement("1 sessions").is_some());
    assert!(disagreement("2 walk").is_some());
    assert!(disagreement("a 8-minute walk").is_some());
    assert!(disagreement("an 5-minute walk").is_some());
    assert_eq!(
        disagreement("an 11-minute walk and an 18-minute walk"),
        None
    );
}

#[test]
fn counts_and_doses_agree() {
    let mut out = Vec::new();
    for n in COUNTS {
        let u8n = u8::try_from(n.max(1)).unwrap_or(1);
        for dose in [
            Dose::reps(n.max(1), 4, u8n, 20),
            Dose::hold(n.max(5), u8n, 10),
            Dose::timed(n.max(1)),
        ] {
            out.push(dose.describe_msg());
            for sides in [Sides::Both, Sides::EachSide, Sides::Alternating] {
                out.push(sides.dose_msg(dose));
            }
        }
        out.push(
            Streak {
                current: u32::from(n),
                best: u32::from(n) + 1,
            }
            .sentence_msg(),
        );
        out.push(
            Streak {
                current: 0,
                best: u32::from(n),
            }
            .sentence_msg(),
        );
        // A big-number stat: the number, then what it counts.
        out.push(Msg::plain(format!(
            "{n} {}",
            english_text(&Streak::unit_msg(u32::from(n)))
        )));
        out.push(
            Preview {
                total: usize::from(n),
                new: usize::from(n),
                conflicts: usize::from(n),
                ..Preview::default()
            }
            .summary(),
        );
        if let Err(m) =
            limits::check_note_msg(&"x".repeat(limits::MAX_NOTE_CHARS + usize::from(n.max(1))))
        {
            out.push(m);
        }
        out.push(history::minutes_msg(u32::from(n) * 60));
        for ios in [false, true] {
            out.push(keep::row_why_msg(usize::from(n), None, ios));
        }
    }
    let extras = Extras {
        checkins: vec![],
        ..Extras::default()
    };
    out.extend(extras.summary());
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
                out.push(p.describe(step));
                out.extend(Player::set_label(step));
                t += 1_000;
                p.complete(t);
            }
        }
    }
    for ex in EXERCISES {
        out.push(ex.sides.dose_msg(ex.dose));
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
            out.push(progress::cardio_msg(&p, &[], today).1);
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
            out.push(progress::cardio_msg(&p, &walks, today).1);
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
            out.push(progress::suggest(r, &history, calendar::LocalDate::from_epoch_ms(T0, 0)).why);
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
                out.extend(walking::reason_msg(&p));
                let row = super::today::walk_row_msg(&p, weeks == 3);
                out.extend([row.title, row.progress, row.why]);
            }
        }
    }
    check(&out);
}

/// The course's lesson on walking states the programme's own numbers.
#[test]
fn the_walking_lesson_states_the_programmes_numbers() {
    let card = super::learn::lesson("why-walking")
        .map(|l| {
            l.all_msgs()
                .iter()
                .map(super::i18n::english_text)
                .collect::<Vec<_>>()
                .join(" ")
        })
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
            "the lesson doesn't say {number}: {card}"
        );
    }
}
