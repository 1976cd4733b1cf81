use proptest::prelude::*;

use super::*;
use crate::domain::i18n::english_text;

const DAY_MS: i64 = 86_400_000;
const T0: i64 = 1_796_000_000_000;

fn check(at: i64, answers: [u8; 7]) -> Check {
    Check {
        at,
        utc_offset_min: 0,
        answers: answers.to_vec(),
    }
}

#[test]
fn nothing_standing_out_is_reassurance_and_the_programme() {
    let s = suggest(&[2, 2, 2, 2, 2, 2, 2]);
    assert_eq!(s.support, Support::Programme);
    assert!(s.stands_out.is_empty() && !s.help_now && s.lessons().is_empty());
    assert!(english_text(&s.body_msg()).contains("programme"));
}

#[test]
fn fear_worry_or_mood_standing_out_asks_for_extra_support() {
    for q in [Question::Fear, Question::Worry, Question::Mood] {
        let mut answers = [0; 7];
        answers[q.index()] = STANDS_OUT;
        let s = suggest(&answers);
        assert_eq!(s.support, Support::Extra, "{q:?}");
        assert_eq!(s.stands_out, vec![q]);
        assert_eq!(s.lessons(), q.lessons().to_vec());
        let body = english_text(&s.body_msg());
        assert!(
            body.contains("physiotherapist or doctor"),
            "the plain suggestion to talk to someone: {body}"
        );
    }
}

#[test]
fn sleep_or_confidence_standing_out_puts_their_lessons_first_without_extra_support() {
    let s = suggest(&[4, 0, 0, 0, 3, 3, 0]);
    assert_eq!(s.support, Support::Programme);
    assert_eq!(
        s.stands_out,
        vec![Question::Bother, Question::Sleep, Question::Confidence]
    );
    assert_eq!(s.lessons()[0], "pain-common");
    assert!(s.lessons().contains(&"sleep-and-pain"));
    assert_eq!(
        english_text(&s.line_msg()),
        "Stood out: how much the back bothers, poor sleep and low confidence in daily things. Suggested: the programme, with the lessons on these first."
    );
}

#[test]
fn the_lessons_on_fear_worry_and_mood_come_before_the_others_and_none_twice() {
    let s = suggest(&[3, 0, 0, 3, 3, 0, 0]);
    let lessons = s.lessons();
    assert_eq!(&lessons[..3], Question::Mood.lessons());
    let mut unique = lessons.clone();
    unique.dedup();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), lessons.len(), "{lessons:?}");
}

#[test]
fn a_check_is_due_after_four_weeks_and_can_be_put_off() {
    let day = |ms: i64| LocalDate::from_epoch_ms(ms, 0);
    assert!(is_due(&[], None, day(T0)));
    assert!(!is_due(&[], Some(day(T0).to_days() + 1), day(T0)));
    assert!(is_due(&[], Some(day(T0).to_days()), day(T0)));
    let done = [check(T0, [1; 7])];
    assert!(!is_due(&done, None, day(T0 + 27 * DAY_MS)));
    assert!(is_due(&done, None, day(T0 + 28 * DAY_MS)));
}

#[test]
fn checks_merge_by_time_and_files_keep_only_what_makes_sense() {
    let a = vec![check(T0, [0; 7]), check(T0 + DAY_MS, [1; 7])];
    let b = vec![check(T0 + DAY_MS, [1; 7]), check(T0 + 2 * DAY_MS, [2; 7])];
    let merged = merge(&a, &b);
    assert_eq!(
        merged.iter().map(|c| c.at).collect::<Vec<_>>(),
        vec![T0, T0 + DAY_MS, T0 + 2 * DAY_MS]
    );
    let file = vec![
        check(T0, [5, 0, 0, 0, 0, 0, 0]),
        Check {
            at: T0,
            utc_offset_min: 0,
            answers: vec![1, 2],
        },
        check(0, [1; 7]),
        check(T0 + 3, [4; 7]),
    ];
    assert_eq!(checked(file), vec![check(T0 + 3, [4; 7])]);
}

#[test]
fn every_answer_has_words_and_every_score_a_cell() {
    for q in QUESTIONS {
        assert!(!english_text(&q.msg()).is_empty());
        assert!(!english_text(&q.short_msg()).is_empty());
        for score in 0..=MAX_SCORE {
            let words = english_text(&q.answer_msg(score));
            assert!(!words.is_empty() && !words.contains("outlook-"), "{words}");
        }
    }
    let cells: Vec<String> = (0..=MAX_SCORE)
        .map(|s| english_text(&cell_msg(s)))
        .collect();
    assert!(
        cells
            .iter()
            .all(|c| !c.chars().any(|ch| ch.is_ascii_digit())),
        "{cells:?}"
    );
    let mut unique = cells.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), cells.len());
}

proptest! {
    /// Every combination of answers gives exactly one suggestion, by the rule as documented,
    /// and the lowest mood answer always brings the line on help now.
    #[test]
    fn every_combination_gives_one_suggestion_by_the_rule(answers in proptest::collection::vec(0u8..=4, 7)) {
        let s = suggest(&answers);
        let stands = |q: Question| answers[q.index()] >= STANDS_OUT;
        let extra = stands(Question::Fear) || stands(Question::Worry) || stands(Question::Mood);
        prop_assert_eq!(s.support == Support::Extra, extra);
        prop_assert_eq!(s.help_now, answers[Question::Mood.index()] == 4);
        prop_assert_eq!(s.stands_out.len(), QUESTIONS.iter().filter(|q| stands(**q)).count());
        // One title, one body, one line: each says something, and the extra support's body
        // always names talking to someone.
        let body = english_text(&s.body_msg());
        prop_assert!(!english_text(&s.title_msg()).is_empty() && !body.is_empty());
        prop_assert_eq!(extra, body.contains("physiotherapist or doctor"));
        prop_assert!(!english_text(&s.line_msg()).is_empty());
        for id in s.lessons() {
            prop_assert!(s.stands_out.iter().any(|q| q.lessons().contains(&id)));
        }
    }
}

#[test]
fn the_table_shows_the_latest_checks_in_range_in_words() {
    let day = |ms: i64| LocalDate::from_epoch_ms(ms, 0);
    let checks = vec![
        check(T0, [0, 1, 2, 3, 4, 0, 0]),
        check(T0 + 28 * DAY_MS, [1; 7]),
        check(T0 + 56 * DAY_MS, [0; 7]),
    ];
    assert!(table(&checks, day(T0 - 9 * DAY_MS), day(T0 - DAY_MS), 6).is_none());
    let all = table(&checks, day(T0), day(T0 + 60 * DAY_MS), 2).unwrap();
    assert_eq!(all.days, vec![day(T0 + 28 * DAY_MS), day(T0 + 56 * DAY_MS)]);
    let first = table(&checks, day(T0), day(T0), 6).unwrap();
    assert_eq!(first.rows.len(), 7);
    let fear: Vec<String> = first.rows[1].1.iter().map(english_text).collect();
    assert_eq!(fear, vec!["A little"]);
    assert_eq!(english_text(&first.rows[4].0), "poor sleep");
    assert_eq!(english_text(&first.rows[4].1[0]), "Very much");
    assert_eq!(
        english_text(&first.lines[0].1),
        "Stood out: low mood and poor sleep. Suggested: extra support, with the lessons on these first."
    );
    assert_eq!(next_day(&checks), Some(day(T0 + 84 * DAY_MS)));
}
