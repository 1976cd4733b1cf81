use super::*;
use crate::domain::catalog;
use crate::domain::exercise::Side;
use crate::domain::i18n::english_text;
use crate::domain::settings::GET_READY_SECS;
use proptest::prelude::*;

const T0: i64 = 1_795_564_800_000;

/// A message in English words.
fn en(m: &Msg) -> String {
    english_text(m)
}

/// The tip on screen at `now`, in English.
fn tip(p: &Player, now: i64) -> Option<String> {
    p.tip(now).map(|m| en(&m))
}

/// A cue with its words in English, to compare with what is heard.
#[derive(Debug, PartialEq)]
enum Heard {
    Words(String),
    Other(Cue),
}

fn heard(cues: Vec<Cue>) -> Vec<Heard> {
    cues.into_iter()
        .map(|c| match c {
            Cue::StepStart(m) | Cue::TimeReached(m) | Cue::Tip(m) => Heard::Words(en(&m)),
            other => Heard::Other(other),
        })
        .collect()
}

fn routine(id: &str) -> Routine {
    catalog::routine(id).expect("built-in routine").clone()
}

fn find(id: &str) -> Option<Routine> {
    catalog::routine(id).cloned()
}

fn gentle(now: i64) -> Player {
    Player::new(
        routine("gentle-start"),
        Level::STANDARD,
        PainScore::new(3),
        now,
    )
}

/// Planned work milliseconds of a player's remaining plan.
fn planned_work_ms(p: &Player) -> i64 {
    p.steps
        .iter()
        .filter(|s| s.is_work())
        .map(Step::planned_ms)
        .sum()
}

fn planned_total_ms(p: &Player) -> i64 {
    p.steps.iter().map(Step::planned_ms).sum()
}

#[test]
fn plan_is_get_ready_work_rest_work_then_next() {
    let p = gentle(T0);
    let kinds: Vec<_> = p.steps.iter().take(5).map(|s| (s.item, s.kind)).collect();
    assert_eq!(
        kinds[0],
        (
            0,
            StepKind::GetReady {
                secs: 10,
                first: true
            }
        )
    );
    assert_eq!(
        kinds[1],
        (
            0,
            StepKind::Reps {
                reps: 10,
                secs_per_rep: 4
            }
        )
    );
    assert_eq!(kinds[2], (0, StepKind::Rest { secs: 20 }));
    assert_eq!(
        kinds[3],
        (
            0,
            StepKind::Reps {
                reps: 10,
                secs_per_rep: 4
            }
        )
    );
    assert_eq!(
        kinds[4],
        (
            1,
            StepKind::GetReady {
                secs: 10,
                first: false
            }
        )
    );
}

#[test]
fn untouched_session_runs_to_the_end_on_its_own() {
    let mut p = gentle(T0);
    let total = planned_total_ms(&p);
    let work = planned_work_ms(&p);
    assert!(p.advance_to(T0 + total));
    assert!(p.is_finished() && !p.ended_early());
    assert_eq!(p.work_ms(), work);
    assert!(p.results().iter().all(|r| r.sets_done == r.sets_planned));
    assert_eq!(i64::from(p.active_secs(T0 + total + 50_000)), total / 1000);
}

#[test]
fn reps_are_counted_at_the_tempo() {
    let mut p = gentle(T0);
    p.advance_to(T0 + 10_000); // past get ready
    assert_eq!(p.current_rep(T0 + 10_000), Some((1, 10)));
    assert_eq!(p.current_rep(T0 + 10_000 + 4_000 * 3 + 100), Some((4, 10)));
    // Marked done after 5 reps' time: the set counts, all reps are recorded.
    p.complete(T0 + 30_000);
    assert_eq!(p.logs()[0].sets_done, 1);
    assert_eq!(p.logs()[0].reps_done, 10);
}

#[test]
fn hidden_page_catches_up_to_the_planned_boundaries() {
    let mut p = gentle(T0);
    p.skip_exercise(T0);
    p.skip_exercise(T0);
    // Knee-to-chest, each side: 10 s get ready, then per set a 20 s hold on the left, 5 s to
    // switch sides, 20 s on the right, and 5 s rest between sets.
    assert_eq!(
        p.step().map(|s| s.kind),
        Some(StepKind::GetReady {
            secs: 10,
            first: false
        })
    );
    // Hidden for 40 s: get ready (10) + left (20) + switch (5) have passed, 5 s into the right.
    assert!(p.advance_to(T0 + 40_000));
    let step = p.step().expect("running");
    assert_eq!(
        (step.set, step.kind, step.side),
        (1, StepKind::Hold { secs: 20 }, Some(Side::Right))
    );
    assert_eq!(p.remaining_ms(T0 + 40_000), Some(15_000));
    // A set counts once both sides are done.
    assert_eq!(p.logs()[2].sets_done, 0);
    assert!(p.advance_to(T0 + 60_000));
    let step = p.step().expect("running");
    assert_eq!((step.set, step.side), (2, Some(Side::Left)));
    assert_eq!(p.logs()[2].sets_done, 1);
}

#[test]
fn pause_freezes_the_clock_and_shifts_the_schedule() {
    let mut p = gentle(T0);
    p.advance_to(T0 + 4_000);
    p.pause(T0 + 4_000);
    assert!(!p.advance_to(T0 + 60_000), "nothing moves while paused");
    assert_eq!(p.remaining_ms(T0 + 60_000), Some(6_000));
    p.resume(T0 + 60_000);
    assert_eq!(p.remaining_ms(T0 + 60_000), Some(6_000));
    assert!(p.advance_to(T0 + 66_000));
    assert!(matches!(
        p.step().map(|s| s.kind),
        Some(StepKind::Reps { .. })
    ));
    let total = planned_total_ms(&p);
    p.advance_to(T0 + 56_000 + total);
    assert!(p.is_finished());
    assert_eq!(i64::from(p.active_secs(T0 + 10_000_000)), total / 1000);
}

#[test]
fn add_rest_extends_rest_and_get_ready_only() {
    let mut p = gentle(T0);
    p.add_rest(T0 + 1_000);
    assert_eq!(p.remaining_ms(T0 + 1_000), Some(9_000 + EXTRA_REST_MS));
    p.complete(T0 + 2_000);
    p.add_rest(T0 + 2_000);
    assert_eq!(
        p.step_total_ms(),
        Some(40_000),
        "no extra time on a work step"
    );
}

#[test]
fn back_goes_to_the_previous_exercise_and_restarts_its_count() {
    let mut p = gentle(T0);
    p.complete(T0); // get ready
    p.complete(T0 + 39_000); // pelvic tilt set 1, marked done a second early
    p.skip_exercise(T0 + 41_000); // from the rest, on to glute bridge
    assert_eq!(p.position(), (2, 3));
    p.back(T0 + 42_000);
    assert_eq!(p.position(), (1, 3));
    assert_eq!(
        p.step().map(|s| s.kind),
        Some(StepKind::GetReady {
            secs: 10,
            first: true
        })
    );
    assert_eq!(p.logs()[0].sets_done, 0);
    assert_eq!(p.work_ms(), 39_000, "time already worked stays recorded");
    p.back(T0 + 43_000);
    assert_eq!(
        p.position(),
        (1, 3),
        "back on the first exercise restarts it"
    );
}

#[test]
fn this_hurts_follows_the_one_pain_rule_against_usual_pain() {
    let mut p = gentle(T0);
    p.complete(T0);
    let pain = |v| PainScore::new(v).expect("0..=10");
    let low = Usual::new(2);
    assert_eq!(p.advise(pain(2), low, false).light, PainLight::Green);
    assert_eq!(p.advise(pain(5), low, false).light, PainLight::Amber);
    assert_eq!(p.advise(pain(6), low, false).light, PainLight::Red);
    // Someone whose back sits at 6 is not told to stop at 6.
    let six = Usual::new(6);
    let at_usual = p.advise(pain(6), six, false);
    assert_eq!(at_usual.light, PainLight::Green);
    let words = en(&at_usual.words);
    assert!(words.contains("usually around 6"), "{words}");
    assert_eq!(p.advise(pain(7), six, false).light, PainLight::Amber);
    assert_eq!(p.advise(pain(9), six, false).light, PainLight::Red);
    assert_eq!(
        p.advise(pain(3), six, true).light,
        PainLight::Red,
        "spreading down a leg"
    );
    // Pelvic tilt has no easier version: it is made smaller instead.
    assert_eq!(p.easier(), Easier::Smaller);
    p.skip_exercise(T0 + 1_000); // glute bridge has an easier version (pelvic tilt)
    p.complete(T0 + 1_000);
    assert_eq!(p.easier(), Easier::Variant("pelvic-tilt"));
    assert_eq!(en(&p.easier().label()), "Make it easier: Pelvic tilt");
    // Advice records nothing; the answer the person settles on is recorded once.
    assert_eq!(p.logs()[1].pain, None);
    p.report_pain(pain(5));
    assert_eq!(p.logs()[1].pain, Some(pain(5)));
    p.report_pain(pain(7));
    p.report_pain(pain(4));
    assert_eq!(
        p.logs()[1].pain,
        Some(pain(7)),
        "the highest of the reports is kept"
    );
}

#[test]
fn making_it_easier_in_place_keeps_the_sets_done_and_survives_a_reload() {
    let mut p = gentle(T0);
    p.complete(T0); // past "get ready": the first set of pelvic tilts
    let before = p.exercise().expect("running").1;
    // Finish the first set, then ease the second.
    let first_set = p.remaining_ms(T0).expect("running");
    p.advance_to(T0 + first_set);
    while !p.step().is_some_and(|s| s.is_work()) {
        p.complete(T0 + first_set);
    }
    let done = p.logs()[0].sets_done;
    assert!(p.make_easier(T0 + first_set + 1_000));
    let (ex, after) = p.exercise().expect("running");
    assert_eq!(ex.id, "pelvic-tilt");
    assert!(
        !after.exceeds(before) && after != before,
        "{after:?} vs {before:?}"
    );
    assert_eq!(p.logs()[0].sets_done, done, "sets already done are kept");
    assert!(
        p.step().is_some_and(|s| s.is_work()),
        "carries on with the set in progress"
    );
    let back = Player::restore(&p.snapshot(T0 + first_set + 2_000), find).expect("restores");
    assert_eq!(back.exercise().map(|e| e.1), Some(after));
    let results = p.results();
    assert_eq!(results[0].eased_from.as_deref(), Some("pelvic-tilt"));
}

#[test]
fn switching_to_easier_restarts_the_exercise_with_the_variant() {
    let mut p = gentle(T0);
    p.skip_exercise(T0);
    p.complete(T0); // get ready for glute bridge
    p.report_pain(PainScore::new(7).expect("7"));
    assert!(p.switch_to_easier(T0 + 3_000));
    let (ex, dose) = p.exercise().expect("running");
    assert_eq!(ex.id, "pelvic-tilt");
    // Its own dose, but never more than the bridge it stands in for.
    let bridge = catalog::exercise("glute-bridge").expect("bridge").dose;
    assert_eq!(dose, ex.dose.at_most(bridge));
    assert!(!dose.exceeds(bridge));
    assert!(matches!(
        p.step().map(|s| s.kind),
        Some(StepKind::GetReady { .. })
    ));
    let total = planned_total_ms(&p) * 2;
    p.advance_to(T0 + total);
    let results = p.results();
    assert_eq!(results[1].id, "pelvic-tilt");
    assert_eq!(results[1].eased_from.as_deref(), Some("glute-bridge"));
    assert_eq!(results[1].pain, PainScore::new(7));
    assert_eq!(results[1].sets_done, results[1].sets_planned);
    // Knee-to-chest has no easier version.
    let mut q = gentle(T0);
    q.skip_exercise(T0);
    q.skip_exercise(T0);
    assert!(!q.switch_to_easier(T0));
}

#[test]
fn ending_early_keeps_what_was_done() {
    let mut p = gentle(T0);
    p.advance_to(T0 + 30_000); // 20 s into the first set of pelvic tilts
    p.end_early(T0 + 30_000);
    assert!(p.is_finished() && p.ended_early());
    assert_eq!(p.step(), None);
    assert_eq!(p.logs()[0].sets_done, 0);
    assert_eq!(p.logs()[0].reps_done, 5);
    assert_eq!(p.work_ms(), 20_000);
    let record = p.to_record("id".into(), 60, AfterSession::default());
    assert!(record.ended_early);
    assert_eq!(record.duration_secs, 30);
    assert_eq!(record.pain_before, PainScore::new(3));
}

#[test]
fn snapshot_restores_paused_at_the_saved_point() {
    let mut p = gentle(T0);
    p.skip_exercise(T0);
    p.complete(T0);
    p.report_pain(PainScore::new(6).expect("6"));
    p.switch_to_easier(T0 + 1_000);
    p.advance_to(T0 + 15_000);
    let snap = p.snapshot(T0 + 15_000);
    let json = serde_json::to_string(&snap).expect("serialise");
    let back: Snapshot = serde_json::from_str(&json).expect("parse");
    let restored = Player::restore(&back, find).expect("restores");
    assert!(restored.is_paused());
    assert_eq!(restored.step(), p.step());
    assert_eq!(
        restored.remaining_ms(T0 + 999_999),
        p.remaining_ms(T0 + 15_000)
    );
    assert_eq!(restored.results(), p.results());
    // A routine that no longer exists cannot be restored.
    let gone = Snapshot {
        routine_id: "no-such-routine".into(),
        ..back
    };
    assert!(Player::restore(&gone, find).is_none());
}

#[test]
fn cues_say_start_halfway_and_count_down() {
    let mut p = gentle(T0);
    p.skip_exercise(T0);
    p.skip_exercise(T0);
    p.complete(T0); // knee-to-chest hold 1 starts at T0
    let cues = p.cues_between(T0 - 1, T0 + 20_000, Spoken::ALL);
    assert_eq!(
        heard(cues),
        vec![
            Heard::Words("Knee-to-chest stretch, left side, hold 1 of 2: 20 seconds.".into()),
            Heard::Other(Cue::Halfway),
            Heard::Other(Cue::Countdown(3)),
            Heard::Other(Cue::Countdown(2)),
            Heard::Other(Cue::Countdown(1)),
        ]
    );
    // Asking again for a later window gives only what is new.
    assert_eq!(
        p.cues_between(T0 + 17_500, T0 + 18_500, Spoken::ALL),
        vec![Cue::Countdown(2)]
    );
    assert_eq!(p.cues_between(T0 + 500, T0 + 5_000, Spoken::ALL), vec![]);
}

/// Every cue of a whole session, as the screen hears it ticking every `tick` ms: (when,
/// which step, what).
fn transcript(mut p: Player, spoken: Spoken, tick: i64) -> Vec<(i64, Step, Cue)> {
    let mut out = Vec::new();
    let (mut from, mut t) = (p.started_at() - 1, p.started_at());
    while !p.is_finished() {
        p.advance_to(t);
        if let Some(step) = p.step() {
            out.extend(
                p.cues_between(from, t, spoken)
                    .into_iter()
                    .map(|c| (t, step, c)),
            );
        }
        from = t;
        t += tick;
    }
    out
}

#[test]
fn a_screen_opened_just_after_the_start_still_says_the_first_step() {
    let p = gentle(T0);
    // The screen mounts a few milliseconds after Start was tapped.
    let from = p.cues_from(T0 + 5);
    let cues = p.cues_between(from, T0 + 200, Spoken::ALL);
    assert!(
        matches!(cues.first(), Some(Cue::StepStart(w)) if en(w).starts_with("Get ready: Pelvic tilt.")),
        "{cues:?}"
    );
    // Reopened mid-step (a reload): nothing from before is replayed.
    assert_eq!(
        p.cues_between(p.cues_from(T0 + 5_000), T0 + 5_100, Spoken::ALL),
        vec![]
    );
}

#[test]
fn reps_are_counted_aloud_at_their_tempo_one_to_the_last() {
    let heard = transcript(gentle(T0), Spoken::ALL, 200);
    let mut counted_sets = 0;
    let mut i = 0;
    while i < heard.len() {
        let (at, step, cue) = &heard[i];
        if let (StepKind::Reps { reps, secs_per_rep }, Cue::StepStart(first)) = (step.kind, cue) {
            assert_eq!(en(first), "1", "a counted set starts with its first number");
            let per = i64::from(secs_per_rep) * 1000;
            let counts: Vec<(i64, u16)> = heard[i + 1..]
                .iter()
                .take_while(|(_, s, _)| s == step)
                .filter_map(|(t, _, c)| match c {
                    Cue::Rep(n) => Some((*t, *n)),
                    _ => None,
                })
                .collect();
            assert_eq!(
                counts.iter().map(|c| c.1).collect::<Vec<_>>(),
                (2..=reps).collect::<Vec<_>>()
            );
            for (t, n) in counts {
                // Heard at the tick after the rep's start: within one tick of its tempo.
                let due = at + i64::from(n - 1) * per;
                assert!((due..due + 200).contains(&t), "rep {n} at {t}, due {due}");
            }
            counted_sets += 1;
        }
        i += 1;
    }
    assert!(counted_sets >= 2, "gentle start has sets of reps");
}

#[test]
fn holds_rests_and_getting_ready_say_their_last_three_seconds() {
    let heard = transcript(gentle(T0), Spoken::ALL, 200);
    let mut steps: Vec<Step> = heard.iter().map(|(_, s, _)| *s).collect();
    steps.dedup();
    let mut checked = 0;
    for step in steps
        .iter()
        .filter(|s| !matches!(s.kind, StepKind::Reps { .. }))
    {
        if step.planned_ms() < 6_000 {
            continue;
        }
        let end: Vec<u8> = heard
            .iter()
            .filter(|(_, s, _)| s == step)
            .filter_map(|(_, _, c)| match c {
                Cue::Countdown(n) => Some(*n),
                _ => None,
            })
            .collect();
        assert_eq!(end, [3, 2, 1], "{step:?}");
        checked += 1;
    }
    assert!(checked >= 4);
}

#[test]
fn a_rest_names_what_comes_next_and_getting_ready_says_how_to_get_into_position() {
    let p = gentle(T0);
    let first = p.exercise().expect("an exercise").0;
    let heard = transcript(p, Spoken::ALL, 200);
    let starts: Vec<(Step, String)> = heard
        .iter()
        .filter_map(|(_, s, c)| match c {
            Cue::StepStart(words) => Some((*s, en(words))),
            _ => None,
        })
        .collect();
    let (_, opening) = &starts[0];
    assert_eq!(
        *opening,
        format!("Get ready: {}. {}", first.name, first.guide().steps[0])
    );
    let mut rests = 0;
    for pair in starts.windows(2) {
        let [(step, words), (next, _)] = pair else {
            unreachable!()
        };
        match step.kind {
            StepKind::Rest { secs } => {
                let (name, set) = (
                    gentle(T0).items[next.item].exercise.name,
                    format!("set {} of {}", next.set, next.sets),
                );
                assert!(
                    words.starts_with(&format!("Rest for {secs} seconds. Next: {name}")),
                    "{words}"
                );
                assert!(words.contains(&set) || words.contains("hold"), "{words}");
                rests += 1;
            }
            StepKind::GetReady { first: false, .. } => {
                let ex = gentle(T0).items[next.item].exercise;
                assert_eq!(
                    *words,
                    format!("Next: {}. {}", ex.name, ex.guide().steps[0])
                );
            }
            _ => {}
        }
    }
    assert!(rests >= 2);
}

#[test]
fn each_eyes_free_cue_can_be_switched_off() {
    let plain = transcript(gentle(T0), Spoken::PLAIN, 200);
    assert!(!plain
        .iter()
        .any(|(_, _, c)| matches!(c, Cue::Rep(_) | Cue::Countdown(_))));
    for (_, step, cue) in &plain {
        if let Cue::StepStart(words) = cue {
            let p = gentle(T0);
            assert_eq!(*words, p.describe(*step), "said as shown");
        }
    }
    // One at a time: only what is switched off goes.
    let counts_only = Spoken {
        count_reps: true,
        ..Spoken::PLAIN
    };
    let heard = transcript(gentle(T0), counts_only, 200);
    assert!(heard.iter().any(|(_, _, c)| matches!(c, Cue::Rep(_))));
    assert!(!heard.iter().any(|(_, _, c)| matches!(c, Cue::Countdown(_))));
    let rest_words = heard.iter().find_map(|(_, s, c)| match (s.kind, c) {
        (StepKind::Rest { .. }, Cue::StepStart(w)) => Some(w.clone()),
        _ => None,
    });
    assert!(rest_words.is_some_and(|w| !en(&w).contains("Next:")));
}

#[test]
fn tips_are_said_after_the_count_never_at_a_step_start() {
    let heard = transcript(gentle(T0), Spoken::ALL, 200);
    let mut tips = 0;
    for (i, (t, step, cue)) in heard.iter().enumerate() {
        if let Cue::Tip(_) = cue {
            tips += 1;
            // Nothing else in the same tick comes after a tip, and no step starts with one.
            assert!(heard[i + 1..].iter().all(|(u, _, _)| u > t));
            assert!(!heard[..i]
                .iter()
                .any(|(u, s, c)| u == t && s == step && matches!(c, Cue::StepStart(_))));
        }
    }
    assert!(tips > 0);
}

#[test]
fn drift_over_a_thirty_minute_session_is_zero() {
    // Full maintenance is the longest routine; tick it at an irregular 200-350 ms, as a
    // busy phone would, and compare every step start with its plan.
    let mut p = Player::new(routine("full-maintenance"), Level::STANDARD, None, T0);
    let planned: Vec<i64> = p
        .steps
        .iter()
        .scan(T0, |t, s| {
            let start = *t;
            *t += s.planned_ms();
            Some(start)
        })
        .collect();
    let mut now = T0;
    let mut worst = 0i64;
    let mut k = 0u64;
    while !p.is_finished() {
        k += 1;
        now += 200 + (k * 7919 % 151) as i64;
        if p.advance_to(now) && !p.is_finished() {
            worst = worst.max((p.step_started_at - planned[p.index]).abs());
        }
    }
    assert!(worst <= 50, "drift {worst} ms");
    assert_eq!(worst, 0);
}

/// Actions a person (or the page) can take, for the property tests.
#[derive(Clone, Copy, Debug)]
enum Action {
    Wait(i64),
    Complete,
    Skip,
    Back,
    Pause,
    Resume,
    AddRest,
    Hurts(u8),
    Easier,
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        4 => (0i64..90_000).prop_map(Action::Wait),
        2 => Just(Action::Complete),
        1 => Just(Action::Skip),
        1 => Just(Action::Back),
        1 => Just(Action::Pause),
        1 => Just(Action::Resume),
        1 => Just(Action::AddRest),
        1 => (0u8..=10).prop_map(Action::Hurts),
        1 => Just(Action::Easier),
    ]
}

fn apply(p: &mut Player, a: Action, now: &mut i64) {
    match a {
        Action::Wait(ms) => {
            *now += ms;
            p.advance_to(*now);
        }
        Action::Complete => p.complete(*now),
        Action::Skip => p.skip_exercise(*now),
        Action::Back => p.back(*now),
        Action::Pause => p.pause(*now),
        Action::Resume => p.resume(*now),
        Action::AddRest => p.add_rest(*now),
        Action::Hurts(v) => {
            if let Some(pain) = PainScore::new(v) {
                p.report_pain(pain);
            }
        }
        Action::Easier => {
            p.make_easier(*now);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever happens and whenever: time is never negative, sets never exceed the plan,
    /// and the session always reaches its end.
    #[test]
    fn any_sequence_of_actions_is_consistent(actions in proptest::collection::vec(action(), 0..120)) {
        let mut p = gentle(T0);
        let mut now = T0;
        for a in actions {
            apply(&mut p, a, &mut now);
            if let Some(left) = p.remaining_ms(now) {
                prop_assert!(left >= 0);
                prop_assert!(left <= p.step_total_ms().unwrap_or(0));
            }
            prop_assert!(p.step_elapsed_ms(now) >= 0);
            prop_assert!(p.work_ms() >= 0);
            for (log, r) in p.logs().iter().zip(p.results()) {
                prop_assert!(log.sets_done <= r.sets_planned);
            }
            if let Some((rep, of)) = p.current_rep(now) {
                prop_assert!((1..=of).contains(&rep));
            }
        }
        p.resume(now);
        for _ in 0..64 {
            p.skip_exercise(now);
        }
        prop_assert!(p.is_finished());
        prop_assert!(u64::from(p.active_secs(now)) * 1000 <= (now - T0) as u64);
    }

    /// Pausing never changes what the session records; it only moves it later.
    #[test]
    fn pauses_only_shift_the_schedule(pauses in proptest::collection::vec((1i64..600_000, 1i64..300_000), 0..10)) {
        let mut p = gentle(T0);
        let total = planned_total_ms(&p);
        let work = planned_work_ms(&p);
        let mut now = T0;
        let mut paused_for = 0;
        for (run, pause) in pauses {
            now += run;
            p.pause(now);
            now += pause;
            if p.is_paused() {
                paused_for += pause;
            }
            p.resume(now);
        }
        p.advance_to(T0 + total + paused_for);
        prop_assert!(p.is_finished());
        prop_assert_eq!(p.work_ms(), work);
        prop_assert_eq!(i64::from(p.active_secs(i64::MAX / 2)), total / 1000);
    }

    /// Skipping everything finishes the session with every exercise marked skipped and no
    /// time recorded.
    #[test]
    fn skipping_everything_records_nothing(gap in 0i64..5_000) {
        let mut p = gentle(T0);
        let mut now = T0;
        while !p.is_finished() {
            now += gap.min(9_000);
            p.skip_exercise(now);
        }
        prop_assert!(p.logs().iter().all(|l| l.skipped && l.sets_done == 0));
        prop_assert_eq!(p.work_ms(), 0);
    }

    /// Recorded work time equals the time the clock spent in work steps, measured from
    /// outside by sampling every 100 ms.
    #[test]
    fn recorded_work_equals_time_in_work_steps(actions in proptest::collection::vec(action(), 0..40)) {
        let mut p = gentle(T0);
        let mut now = T0;
        let mut sampled = 0i64;
        for a in actions {
            if let Action::Wait(ms) = a {
                let end = now + ms;
                while now < end {
                    let dt = 100.min(end - now);
                    p.advance_to(now);
                    if !p.is_paused() && p.step().is_some_and(|s| s.is_work()) {
                        sampled += dt;
                    }
                    now += dt;
                }
                p.advance_to(now);
            } else {
                apply(&mut p, a, &mut now);
            }
        }
        p.end_early(now);
        // Each step change can land inside a 100 ms sample.
        let changes = p.steps.len() as i64 + 40;
        prop_assert!((p.work_ms() - sampled).abs() <= 100 * changes,
            "recorded {} sampled {}", p.work_ms(), sampled);
    }
}

#[test]
fn the_persons_pace_sets_get_ready_and_rest_lengths_and_survives_a_snapshot() {
    let pace = Pace {
        get_ready_secs: 5,
        rest_percent: 50,
    };
    let p = Player::with_pace(routine("gentle-start"), Level::STANDARD, None, T0, pace);
    let standard = gentle(T0);
    let get_ready = |p: &Player| {
        p.steps
            .iter()
            .find_map(|s| match s.kind {
                StepKind::GetReady { secs, .. } => Some(secs),
                _ => None,
            })
            .unwrap()
    };
    let rests = |p: &Player| {
        p.steps
            .iter()
            .filter_map(|s| match s.kind {
                StepKind::Rest { secs } => Some(secs),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(get_ready(&p), 5);
    assert_eq!(get_ready(&standard), GET_READY_SECS);
    let (short, normal) = (rests(&p), rests(&standard));
    assert!(!normal.is_empty());
    for (s, n) in short.iter().zip(&normal) {
        assert_eq!(*s, (n / 2).max(5));
    }
    let restored = Player::restore(&p.snapshot(T0 + 1_000), find).unwrap();
    assert_eq!(get_ready(&restored), 5);
    assert_eq!(rests(&restored), short);
}

#[test]
fn stored_pace_is_kept_in_bounds_and_old_snapshots_use_the_default() {
    let wild = Pace {
        get_ready_secs: 999,
        rest_percent: 1,
    }
    .clamped();
    assert_eq!((wild.get_ready_secs, wild.rest_percent), (30, 50));
    let mut json = serde_json::to_value(gentle(T0).snapshot(T0)).unwrap();
    json.as_object_mut().unwrap().remove("pace");
    let old: Snapshot = serde_json::from_value(json).unwrap();
    assert_eq!(old.pace, Pace::default());
}

#[test]
fn a_session_of_an_own_routine_resumes_as_it_was_even_if_the_routine_changed_or_went() {
    use crate::domain::custom::{CustomRoutine, RoutineDraft};
    let mine = CustomRoutine::create(RoutineDraft::copy_of(&routine("core-basics")), T0, 1)
        .expect("valid");
    let mut p = Player::new(mine.routine(), Level::STANDARD, None, T0);
    p.advance_to(T0 + 40_000);
    let snap = p.snapshot(T0 + 40_000);
    let json = serde_json::to_string(&snap).expect("serialise");
    let back: Snapshot = serde_json::from_str(&json).expect("parse");
    assert_eq!(
        back.own.as_ref().map(|d| d.name.as_str()),
        Some("My Core basics")
    );
    // Deleted meanwhile: still resumes.
    let gone = Player::restore(&back, |_| None).expect("resumes from its own copy");
    assert_eq!(gone.step(), p.step());
    assert_eq!(gone.routine().id, mine.id.as_str());
    // Changed meanwhile (an exercise removed): the session goes on as it started.
    let mut edited = mine.draft.clone();
    edited.items.pop();
    let edited = mine.update(edited, T0 + 1).expect("valid").routine();
    let resumed = Player::restore(&back, move |_| Some(edited)).expect("resumes");
    assert_eq!(resumed.results().len(), p.results().len());
    // Built-in routines keep no copy: the catalogue has them.
    let builtin = gentle(T0).snapshot(T0);
    assert!(builtin.own.is_none());
    assert!(!serde_json::to_string(&builtin)
        .expect("serialise")
        .contains("\"own\""));
}

#[test]
fn a_walk_starts_walking_at_once_with_no_get_ready() {
    let p = Player::new(routine("easy-walk"), Level::STANDARD, None, T0);
    let first = p.step().expect("a step");
    assert!(matches!(first.kind, StepKind::Activity { .. }), "{first:?}");
    assert!(p
        .steps
        .iter()
        .all(|s| !matches!(s.kind, StepKind::GetReady { .. })));
}

#[test]
fn a_walk_goes_on_past_its_minutes_until_im_back_and_records_the_real_time() {
    let mut p = Player::new(routine("easy-walk"), Level::STANDARD, None, T0);
    let StepKind::Activity { mins } = p.step().expect("a step").kind else {
        panic!("a walk");
    };
    let planned = i64::from(mins) * 60_000;
    // The minutes are up far from home: the walk goes on, and says so once.
    p.advance_to(T0 + planned + 60_000);
    assert!(!p.is_finished());
    let cues = p.cues_between(T0 + planned - 1, T0 + planned, Spoken::ALL);
    assert!(
        matches!(cues.as_slice(), [Cue::TimeReached(t)] if en(t).contains(&format!("{mins} minutes"))),
        "{cues:?}"
    );
    assert!(p
        .tip(T0 + planned)
        .is_some_and(|t| en(&t).contains("I'm back")));
    // Back home two minutes later.
    p.complete(T0 + planned + 120_000);
    assert!(p.is_finished());
    assert_eq!(p.work_ms(), planned + 120_000);
}

#[test]
fn a_walk_left_running_while_the_phone_is_locked_ends_by_itself_at_twice_its_time() {
    let mut p = Player::new(routine("easy-walk"), Level::STANDARD, None, T0);
    let StepKind::Activity { mins } = p.step().expect("a step").kind else {
        panic!("a walk");
    };
    let planned = i64::from(mins) * 60_000;
    // Nothing ticks while the phone is locked; the next look at the clock catches up.
    p.advance_to(T0 + 3 * planned);
    assert!(p.is_finished());
    assert_eq!(p.work_ms(), CARDIO_CAP * planned);
}

#[test]
fn tips_come_from_the_exercise_and_change_with_the_reps() {
    let mut p = gentle(T0);
    let ex = p.exercise().expect("an exercise").0;
    // Getting ready: the first step of the how-to.
    assert_eq!(tip(&p, T0).as_deref(), ex.guide().steps.first().copied());
    p.complete(T0 + 1_000);
    let step = p.step().expect("a step");
    let StepKind::Reps { secs_per_rep, .. } = step.kind else {
        panic!("pelvic tilts are reps: {step:?}");
    };
    let start = T0 + 1_000;
    let per_rep = i64::from(secs_per_rep) * 1000;
    let per_tip = ((TIP_MS + per_rep - 1) / per_rep) * per_rep;
    assert_eq!(tip(&p, start).as_deref(), Some(ex.guide().cues[0]));
    assert_eq!(
        tip(&p, start + per_tip - 1).as_deref(),
        Some(ex.guide().cues[0])
    );
    assert_eq!(
        tip(&p, start + per_tip).as_deref(),
        Some(ex.guide().cues[1])
    );
    // Round again after the last cue.
    let round = per_tip * ex.guide().cues.len() as i64;
    assert_eq!(tip(&p, start + round).as_deref(), Some(ex.guide().cues[0]));
}

#[test]
fn rests_and_side_switches_have_no_tip() {
    let mut p = gentle(T0);
    let mut t = T0;
    let mut seen_rest = false;
    while let Some(step) = p.step() {
        match step.kind {
            StepKind::Rest { .. } | StepKind::Switch { .. } => {
                seen_rest = true;
                assert_eq!(p.tip(t), None);
            }
            _ => assert!(p.tip(t).is_some(), "{step:?}"),
        }
        t += 1_000;
        p.complete(t);
    }
    assert!(seen_rest);
}

#[test]
fn a_walk_first_says_what_todays_card_says_about_the_phone() {
    let p = Player::new(routine("easy-walk"), Level::STANDARD, None, T0);
    assert_eq!(tip(&p, T0 + 30_000), Some(en(&activity::phone_note())));
    let later = tip(&p, T0 + 90_000).expect("a tip");
    assert!(p
        .exercise()
        .expect("walking")
        .0
        .guide()
        .cues
        .contains(&later.as_str()));
}

/// Play a session straight through, as a person following along does: every step runs its
/// planned time, and a walk, swim or ride ends ("I'm back") at its planned minutes.
fn play_through(mut p: Player) -> u32 {
    let mut now = p.started_at();
    while let Some(step) = p.step() {
        now += step.planned_ms();
        if matches!(step.kind, StepKind::Activity { .. }) {
            p.complete(now);
        } else {
            p.advance_to(now);
        }
    }
    p.active_secs(now)
}

/// What Today, the routine cards and pages, "Before you start" and the plan say a routine
/// takes (`Routine::length_secs`) is what playing it takes, at every level and pace: to the
/// second, so well within the minute or 15% a person could notice.
#[test]
fn a_routine_takes_as_long_as_it_says_at_every_level_and_pace() {
    let paces = [
        Pace::default(),
        Pace {
            get_ready_secs: 5,
            rest_percent: 50,
        },
        Pace {
            get_ready_secs: 20,
            rest_percent: 150,
        },
    ];
    for r in catalog::ROUTINES {
        for level in -2..=2 {
            for pace in paces {
                let level = Level::new(level);
                let said = r.length_secs(level, pace);
                let played = play_through(Player::with_pace(r.clone(), level, None, T0, pace));
                assert_eq!(played, said, "{} at {level:?}, {pace:?}", r.id);
            }
        }
    }
    // Core basics at its easiest is shorter than as written, and says so.
    let core = routine("core-basics");
    assert!(
        core.length_secs(Level::new(-2), Pace::default())
            < core.length_secs(Level::STANDARD, Pace::default())
    );
}

#[test]
fn everything_the_player_says_or_shows_has_its_english_words() {
    let missing = |m: &Msg| {
        let text = en(m);
        assert!(!text.contains('{') && !text.is_empty(), "{m:?}: {text}");
    };
    for r in catalog::ROUTINES {
        for level in Level::MIN..=Level::MAX {
            let mut p = Player::new(r.clone(), Level::new(level), None, T0);
            let mut t = T0;
            while let Some(step) = p.step() {
                missing(&p.spoken_start(step, Spoken::ALL));
                missing(&p.spoken_start(step, Spoken::PLAIN));
                missing(&p.describe(step));
                if let Some(label) = Player::set_label(step) {
                    missing(&label);
                }
                if let Some(tip) = p.tip(t) {
                    missing(&tip);
                }
                missing(&p.easier().label());
                for cue in p.cues_between(t - 1, t + step.planned_ms() * 2, Spoken::ALL) {
                    if let Cue::StepStart(m) | Cue::TimeReached(m) | Cue::Tip(m) = cue {
                        missing(&m);
                    }
                }
                t += 1_000;
                p.complete(t);
            }
        }
    }
}

#[test]
fn sides_and_sets_are_said_as_whole_sentences() {
    let step = |kind, set, sets, side| Step {
        item: 0,
        set,
        sets,
        kind,
        side,
    };
    let hold = StepKind::Hold { secs: 1 };
    let reps = StepKind::Reps {
        reps: 1,
        secs_per_rep: 3,
    };
    let switch = StepKind::Switch { secs: 5 };
    let label = |s| Player::set_label(s).map(|m| en(&m));
    assert_eq!(label(step(reps, 1, 1, None)), None);
    assert_eq!(label(step(reps, 1, 2, None)).as_deref(), Some("Set 1 of 2"));
    assert_eq!(
        label(step(reps, 1, 2, Some(Side::Left))).as_deref(),
        Some("Set 1 of 2 · left side")
    );
    assert_eq!(
        label(step(switch, 2, 3, Some(Side::Right))).as_deref(),
        Some("Set 2 of 3 · now the right side")
    );
    assert_eq!(
        label(step(hold, 1, 1, Some(Side::Left))).as_deref(),
        Some("Left side")
    );
    assert_eq!(
        label(step(switch, 1, 1, Some(Side::Right))).as_deref(),
        Some("Now the right side")
    );
    let p = gentle(T0);
    let name = en(&p.items[0].exercise.title());
    assert_eq!(
        en(&p.describe(step(reps, 1, 1, Some(Side::Right)))),
        format!("{name}, right side: 1 rep.")
    );
    assert_eq!(
        en(&p.describe(step(hold, 2, 2, None))),
        format!("{name}, hold 2 of 2: 1 second.")
    );
    assert_eq!(
        en(&p.describe(step(switch, 1, 1, Some(Side::Left)))),
        "Switch sides: now the left side."
    );
    assert_eq!(
        en(&p.describe(step(StepKind::Rest { secs: 30 }, 1, 2, None))),
        "Rest for 30 seconds."
    );
}

#[test]
fn every_language_says_the_steps_as_whole_sentences() {
    use crate::domain::i18n::{Catalog, Lang};
    let catalog = |lang: Lang| {
        let mut c = Catalog::new(lang);
        for area in ["core", "session"] {
            let path = format!(
                "{}/locales/{}/{area}.ftl",
                env!("CARGO_MANIFEST_DIR"),
                lang.tag()
            );
            let source = std::fs::read_to_string(&path).expect("a catalog file");
            c.add(&source).expect("a catalog the build accepted");
        }
        c
    };
    let step = Step {
        item: 0,
        set: 1,
        sets: 2,
        kind: StepKind::Reps {
            reps: 8,
            secs_per_rep: 3,
        },
        side: Some(Side::Left),
    };
    let p = gentle(T0);
    let said = |lang| catalog(lang).render(&p.describe(step));
    assert_eq!(
        said(Lang::En),
        "Pelvic tilt, left side, set 1 of 2: 8 reps."
    );
    assert!(said(Lang::De).contains("linke Seite, Satz 1 von 2: 8 Wiederholungen."));
    assert!(said(Lang::Es).contains("lado izquierdo, serie 1 de 2: 8 repeticiones."));
    assert!(said(Lang::Fr).contains("côté gauche, série 1 sur 2\u{a0}: 8 répétitions."));
    for lang in Lang::OFFERED {
        let c = catalog(lang);
        for m in [
            messages::session_say_rest(1),
            messages::session_say_time_reached(20),
            messages::session_label_switch("right"),
            messages::session_after_sets_some(1, 3),
        ] {
            let text = c.render(&m);
            assert!(!text.contains('{'), "{lang:?}: {text}");
        }
    }
}
