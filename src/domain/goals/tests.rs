use proptest::prelude::*;

use super::*;
use crate::domain::i18n::english_text;

const T0: i64 = 1_796_000_000_000;
/// Monday 7 December 2026.
const WEEK: i64 = 20_794;

fn walk(week: i64, amount: u16) -> WeekPlan {
    WeekPlan {
        week,
        what: "Walk".into(),
        days: [true, false, true, false, false, true, false],
        place: "the park".into(),
        amount,
        unit: Unit::Minutes,
        when: "it rains".into(),
        then: "I walk in the shopping centre".into(),
    }
}

fn goal() -> Goal {
    Goal::new(
        "  Walk to the park with my grandson ",
        Some("Walking".into()),
        T0,
        0,
    )
    .unwrap()
}

#[test]
fn a_goal_is_the_persons_words_and_three_at_most_go_at_once() {
    assert_eq!(goal().text, "Walk to the park with my grandson");
    assert!(Goal::new("   ", None, T0, 0).is_err());
    assert!(Goal::new(&"x".repeat(TEXT_MAX + 1), None, T0, 0).is_err());
    let mut goals = Vec::new();
    for i in 0..3 {
        add(&mut goals, Goal::new("Garden", None, T0 + i, 0).unwrap()).unwrap();
    }
    let err = add(&mut goals, Goal::new("One more", None, T0 + 9, 0).unwrap()).unwrap_err();
    assert_eq!(
        english_text(&err),
        "You have 3 goals going. Mark one reached or set it aside first."
    );
    goals[0].ended = Some((Ended::Reached, WEEK));
    assert!(add(&mut goals, Goal::new("One more", None, T0 + 9, 0).unwrap()).is_ok());
}

#[test]
fn a_plan_says_what_when_where_how_much_and_if_then_in_whole_sentences() {
    let p = walk(WEEK, 15).validated().unwrap();
    assert_eq!(
        english_text(&p.step_msg()),
        "Walk, 15 minutes on Mon, Wed and Sat."
    );
    assert_eq!(english_text(&p.place_msg().unwrap()), "Where: the park.");
    assert_eq!(
        english_text(&p.if_then_msg().unwrap()),
        "If it rains, then I walk in the shopping centre."
    );
    let times = WeekPlan {
        unit: Unit::Times,
        amount: 1,
        ..walk(WEEK, 1)
    };
    assert_eq!(
        english_text(&times.step_msg()),
        "Walk, once on Mon, Wed and Sat."
    );
    assert!(p.is_on(LocalDate::from_days(WEEK)));
    assert!(!p.is_on(LocalDate::from_days(WEEK + 1)));
}

#[test]
fn a_plan_with_something_missing_says_what() {
    let err = |p: WeekPlan| english_text(&p.validated().unwrap_err());
    assert_eq!(
        err(WeekPlan {
            what: " ".into(),
            ..walk(WEEK, 5)
        }),
        "Say what you will do."
    );
    assert_eq!(
        err(WeekPlan {
            days: [false; 7],
            ..walk(WEEK, 5)
        }),
        "Pick at least one day."
    );
    assert_eq!(err(walk(WEEK, 0)), "How much: pick a number from 1 to 600.");
    assert_eq!(
        err(WeekPlan {
            then: String::new(),
            ..walk(WEEK, 5)
        }),
        "Fill in both parts of the if-then plan, or leave both empty."
    );
    let bare = WeekPlan {
        when: String::new(),
        then: String::new(),
        place: String::new(),
        ..walk(WEEK, 5)
    };
    assert!(bare.clone().validated().is_ok());
    assert!(bare.place_msg().is_none() && bare.if_then_msg().is_none());
}

#[test]
fn a_plan_holds_from_its_week_until_a_later_one() {
    let mut g = goal();
    set_plan(&mut g.plans, walk(WEEK, 10));
    assert!(g.plan_for(WEEK - 7).is_none());
    assert_eq!(g.plan_for(WEEK + 14).unwrap().amount, 10);
    set_plan(&mut g.plans, walk(WEEK + 7, 12));
    assert_eq!(g.plan_for(WEEK).unwrap().amount, 10);
    assert_eq!(g.plan_for(WEEK + 21).unwrap().amount, 12);
    set_plan(&mut g.plans, walk(WEEK + 7, 11));
    assert_eq!(g.plans.len(), 2, "one plan a week");
}

#[test]
fn the_check_in_reviews_last_week_once_and_sets_this_weeks_step() {
    let mut g = goal();
    set_plan(&mut g.plans, walk(WEEK, 20));
    assert_eq!(
        g.review_due(WEEK),
        None,
        "nothing to review in the plan's own week"
    );
    assert_eq!(g.review_due(WEEK + 7), Some(WEEK));
    g.review(
        WEEK,
        How::Done,
        How::Done.suggested_step(),
        WEEK + 7,
        T0 + 1,
    );
    assert_eq!(g.review_due(WEEK + 7), None);
    assert_eq!(
        g.plan_for(WEEK + 7).unwrap().amount,
        22,
        "about a tenth more"
    );
    assert_eq!(
        g.plan_for(WEEK).unwrap().amount,
        20,
        "last week's plan is kept as it was"
    );
    g.review(WEEK + 7, How::Not, Step::Smaller, WEEK + 14, T0 + 2);
    assert_eq!(
        g.plan_for(WEEK + 14).unwrap().amount,
        17,
        "about a quarter less"
    );
    g.review(WEEK + 14, How::Partly, Step::Same, WEEK + 21, T0 + 3);
    assert_eq!(g.plan_for(WEEK + 21).unwrap().amount, 17);
    assert_eq!(g.tally(), (1, 1, 1));
    g.ended = Some((Ended::Reached, WEEK + 22));
    assert_eq!(g.review_due(WEEK + 28), None, "a reached goal asks nothing");
}

#[test]
fn steps_stay_in_range() {
    assert_eq!(Step::Smaller.apply(1), 1);
    assert_eq!(Step::Smaller.apply(2), 1);
    assert_eq!(Step::Bigger.apply(1), 2);
    assert_eq!(Step::Bigger.apply(AMOUNT_MAX), AMOUNT_MAX);
}

#[test]
fn merging_keeps_each_goal_once_the_later_version_and_every_week() {
    let mut ours = goal();
    set_plan(&mut ours.plans, walk(WEEK, 10));
    let mut theirs = ours.clone();
    theirs.text = "Walk to the big park".into();
    theirs.changed = T0 + 5;
    set_plan(&mut theirs.plans, walk(WEEK + 7, 11));
    ours.review(WEEK, How::Partly, Step::Same, WEEK + 7, T0 + 1);
    let other = Goal::new("Garden", None, T0 + 9, 0).unwrap();
    let merged = merge(&[ours.clone()], &[theirs, other.clone()]);
    assert_eq!(merged.len(), 2);
    assert_eq!(merged[0].text, "Walk to the big park");
    assert_eq!(merged[0].plans.len(), 2);
    assert_eq!(merged[0].reviews.len(), 1);
    assert_eq!(merged[1], other);
    assert_eq!(merge(&merged, &merged), merged);
}

#[test]
fn files_keep_only_goals_that_make_sense() {
    let good = goal();
    let mut long = goal();
    long.id = "g-2".into();
    long.text = "x".repeat(TEXT_MAX + 1);
    let mut bad_plan = goal();
    bad_plan.id = "g-3".into();
    bad_plan.plans.push(walk(WEEK, 0));
    let mut old = goal();
    old.id = "g-4".into();
    old.created = 0;
    assert_eq!(checked(vec![good.clone(), long, bad_plan, old]), vec![good]);
    assert_eq!(
        walk_plan_checked(vec![walk(WEEK, 9), walk(WEEK, 0)]),
        vec![walk(WEEK, 9)]
    );
}

#[test]
fn the_report_says_each_goal_its_plan_and_how_the_weeks_went() {
    let mut g = goal();
    set_plan(&mut g.plans, walk(WEEK, 20));
    g.review(WEEK, How::Done, Step::Same, WEEK + 7, T0 + 1);
    let lines = report_msgs(&[g]);
    let (title, rest) = &lines[0];
    assert!(english_text(title).starts_with("“Walk to the park with my grandson”, set on"));
    let rest: Vec<String> = rest.iter().map(english_text).collect();
    assert_eq!(
        rest,
        vec![
            "This week's plan: Walk, 20 minutes on Mon, Wed and Sat.",
            "If it rains, then I walk in the shopping centre.",
            "Weeks reviewed: 1 (1 done, 0 partly, 0 not done).",
        ]
    );
}

proptest! {
    /// Whatever the history of reviews, the amount stays from 1 to the most, and a week is
    /// reviewed at most once.
    #[test]
    fn amounts_stay_in_range_and_weeks_are_reviewed_once(
        start in 1u16..=AMOUNT_MAX,
        steps in proptest::collection::vec((0usize..3, 0usize..3), 0..30),
    ) {
        let mut g = goal();
        set_plan(&mut g.plans, walk(WEEK, start));
        for (i, (how, step)) in steps.iter().enumerate() {
            let this_week = WEEK + 7 * (i as i64 + 1);
            if let Some(week) = g.review_due(this_week) {
                g.review(week, How::ALL[*how], Step::ALL[*step], this_week, T0 + i as i64);
            }
            prop_assert_eq!(g.review_due(this_week), None);
        }
        prop_assert!(g.plans.iter().all(|p| (1..=AMOUNT_MAX).contains(&p.amount)));
        let mut weeks: Vec<i64> = g.reviews.iter().map(|r| r.week).collect();
        weeks.dedup();
        prop_assert_eq!(weeks.len(), g.reviews.len());
        prop_assert_eq!(g.reviews.len(), steps.len());
    }
}
