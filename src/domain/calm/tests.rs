use super::*;
use crate::domain::i18n::english_text;

const T0: i64 = 1_796_000_000_000;

fn said(m: &Msg) -> String {
    let text = english_text(m);
    assert!(!text.starts_with('{'), "{} is missing", m.id);
    text
}

#[test]
fn every_session_has_all_its_words_and_no_more() {
    let en = crate::domain::i18n::ftl::parse(include_str!("../../../locales/en/calm.ftl"))
        .expect("parsed");
    for s in SESSIONS {
        for m in s.all_msgs() {
            said(&m);
        }
        let next = s.step_msg(s.steps.len());
        assert!(
            english_text(&next).starts_with('{'),
            "{} has more steps",
            s.id
        );
        let prefix = format!("calm-{}-", s.id);
        let in_file = en.iter().filter(|e| e.id.starts_with(&prefix)).count();
        assert_eq!(in_file, s.all_msgs().len(), "{}", s.id);
    }
    // No step of a session the app doesn't have.
    for e in en
        .iter()
        .filter(|e| e.id.contains("-step-") && e.id != "calm-step-of")
    {
        assert!(
            SESSIONS
                .iter()
                .any(|s| e.id.starts_with(&format!("calm-{}-", s.id))),
            "{}",
            e.id
        );
    }
}

#[test]
fn sessions_last_three_to_twelve_minutes_with_steps_in_order_and_room_to_speak() {
    assert!(SESSIONS.len() >= 4);
    for s in SESSIONS {
        assert!((3..=12).contains(&s.minutes()), "{} {}", s.id, s.minutes());
        assert!(s.steps.windows(2).all(|w| w[1] >= w[0] + 5), "{}", s.id);
        assert!(s.steps[0] >= 1, "a beat after Start");
        // The last step has its words and a little silence before the end.
        assert!(s.end >= s.steps[s.steps.len() - 1] + 5, "{}", s.id);
        // No step is longer to say (at 2.5 words a second) than its gap allows.
        let mut gaps: Vec<u32> = s.steps.windows(2).map(|w| w[1] - w[0]).collect();
        gaps.push(s.end - s.steps[s.steps.len() - 1]);
        for (i, gap) in gaps.iter().enumerate() {
            let words = said(&s.step_msg(i)).split_whitespace().count() as f64;
            assert!(
                words / 2.5 + 1.0 <= f64::from(*gap),
                "{} step {}: {words} words in {gap} s",
                s.id,
                i + 1
            );
        }
    }
}

#[test]
fn spoken_steps_have_no_digits_brackets_or_symbols() {
    for s in SESSIONS {
        for i in 0..s.steps.len() {
            let text = said(&s.step_msg(i));
            assert!(
                !text.contains(|c: char| c.is_ascii_digit() || "()[]{}/%&+=<>".contains(c)),
                "{} step {}: {text}",
                s.id,
                i + 1
            );
        }
    }
}

#[test]
fn every_session_is_in_every_language() {
    use crate::domain::i18n::{Catalog, Lang};
    for (lang, file) in [
        (Lang::De, include_str!("../../../locales/de/calm.ftl")),
        (Lang::Es, include_str!("../../../locales/es/calm.ftl")),
        (Lang::Fr, include_str!("../../../locales/fr/calm.ftl")),
    ] {
        let mut c = Catalog::new(lang);
        c.add(file).expect("the build checked it");
        for s in SESSIONS {
            for m in s
                .all_msgs()
                .iter()
                .chain([&s.minutes_msg(), &s.position_msg()])
            {
                let text = c.render(m);
                assert!(
                    !text.contains('{') && !text.is_empty(),
                    "{lang:?} {}: {text}",
                    m.id
                );
            }
        }
    }
}

fn run(id: &str) -> CalmRun {
    CalmRun::start(session(id).expect("known"), T0)
}

/// Every step said, in order, each once, whatever the ticks.
fn play(r: &mut CalmRun, tick_ms: i64, speaking: impl Fn(i64) -> bool) -> (Vec<(usize, i64)>, i64) {
    let mut said = Vec::new();
    let mut last = T0;
    let mut now = T0;
    loop {
        now += tick_ms;
        let a = r.advance(last, now, speaking(now));
        said.extend(a.steps.into_iter().map(|i| (i, now)));
        last = now;
        if a.finished {
            return (said, now);
        }
        assert!(now < T0 + 3_600_000, "never ends");
    }
}

#[test]
fn a_run_says_each_step_once_at_its_second_and_ends_at_the_end() {
    for s in SESSIONS {
        for tick in [200, 1_000, 7_000] {
            let mut r = CalmRun::start(s, T0);
            let (said, ended) = play(&mut r, tick, |_| false);
            assert_eq!(
                said.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
                (0..s.steps.len()).collect::<Vec<_>>()
            );
            for (i, at) in &said {
                let due = T0 + i64::from(s.steps[*i]) * 1_000;
                assert!(*at >= due && *at < due + tick, "{} step {i}", s.id);
            }
            assert!(
                ended >= T0 + i64::from(s.end) * 1_000
                    && ended < T0 + i64::from(s.end) * 1_000 + tick
            );
            assert!(r.is_finished(ended));
            assert_eq!(r.fraction(ended), 1.0);
        }
    }
}

#[test]
fn a_long_step_holds_the_next_until_the_voice_stops_and_the_rest_moves_back() {
    let s = session(FOR_A_BAD_MOMENT).expect("known");
    let mut r = CalmRun::start(s, T0);
    // The voice goes on for 20 s over the second step's start (at 15 s, from 1 s to 35 s).
    let talking_until = T0 + 35_000;
    let (said, ended) = play(&mut r, 200, |now| now > T0 + 1_000 && now < talking_until);
    let second = said
        .iter()
        .find(|(i, _)| *i == 1)
        .map(|(_, at)| *at)
        .expect("said");
    assert!(
        second >= talking_until + VOICE_GAP_MS - 200
            && second <= talking_until + VOICE_GAP_MS + 400,
        "{}",
        second - T0
    );
    // Everything after moved back by the same wait.
    let third = said
        .iter()
        .find(|(i, _)| *i == 2)
        .map(|(_, at)| *at)
        .expect("said");
    assert_eq!(
        (third - second + 100) / 1_000,
        i64::from(s.steps[2] - s.steps[1])
    );
    let wait = second - (T0 + 15_000);
    assert!((ended - (T0 + 242_000) - wait).abs() <= 400);
}

#[test]
fn a_pause_stops_the_clock_and_resume_goes_on_from_there() {
    let mut r = run("body-scan");
    let a = r.advance(T0, T0 + 20_000, false);
    assert_eq!(a.steps, vec![0, 1]);
    r.pause(T0 + 20_000);
    let a = r.advance(T0 + 20_000, T0 + 600_000, false);
    assert!(a.steps.is_empty() && !a.finished);
    assert_eq!(r.elapsed_ms(T0 + 600_000), 20_000);
    r.resume(T0 + 600_000);
    assert_eq!(r.step(T0 + 600_000), Some(1));
    let a = r.advance(T0 + 600_000, T0 + 617_000, false);
    assert_eq!(a.steps, vec![2]);
}

#[test]
fn a_minute_or_more_is_kept_with_how_long_and_whether_to_the_end() {
    let mut r = run("wind-down");
    assert_eq!(r.done(T0 + 59_000, 60), None);
    let d = r.done(T0 + 125_400, 60).expect("kept");
    assert_eq!((d.secs, d.finished, d.utc_offset_min), (125, false, 60));
    r.advance(T0, T0 + 600_000, false);
    let d = r.done(T0 + 600_000, 60).expect("kept");
    assert_eq!((d.secs, d.finished), (573, true));
    assert_eq!(
        english_text(&d.line_msg()),
        "Winding down for sleep, 10 min"
    );
}

fn listen(id: &str, at: i64, secs: u32) -> CalmDone {
    CalmDone {
        id: id.into(),
        started_at: at,
        utc_offset_min: 0,
        secs,
        finished: true,
    }
}

#[test]
fn listens_merge_once_each_keeping_the_longer_record() {
    let a = vec![
        listen("body-scan", T0, 300),
        listen("wind-down", T0 + 86_400_000, 573),
    ];
    let b = vec![
        listen("body-scan", T0, 582),
        listen("muscle-relax", T0 - 86_400_000, 687),
    ];
    let m = merge(&a, &b);
    assert_eq!(m.len(), 3);
    assert_eq!(m, merge(&b, &a));
    assert_eq!(m[1].secs, 582);
    assert!(m.windows(2).all(|w| w[0].started_at <= w[1].started_at));
}

#[test]
fn a_file_keeps_only_listens_that_make_sense() {
    let list = vec![
        listen("body-scan", T0, 582),
        listen("body-scan", T0, 582),
        listen("no-such-session", T0, 100),
        listen("wind-down", T0, 10),
        listen("wind-down", T0, 100_000),
        listen("wind-down", 5, 300),
        CalmDone {
            utc_offset_min: 2_000,
            ..listen("muscle-relax", T0, 300)
        },
    ];
    assert_eq!(checked(list), vec![listen("body-scan", T0, 582)]);
}

#[test]
fn insights_counts_this_week_as_every_screen_does_and_all_time_minutes_rounded_once() {
    let day = LocalDate::from_epoch_ms(T0, 0);
    let start = calendar::week_start(day);
    let ms = |d: LocalDate| (d.to_days() * 86_400_000) + 3_600_000;
    let list = vec![
        listen("body-scan", ms(start), 90),
        listen(
            "body-scan",
            ms(LocalDate::from_days(start.to_days() - 1)),
            90,
        ),
        listen("wind-down", ms(day), 30 + 60),
    ];
    assert_eq!(
        tally(&list, start, day),
        Tally {
            sessions: 2,
            minutes: 3
        }
    );
    assert_eq!(
        english_text(&insights_msg(&list, day)),
        "Calm sessions: 2 this week, 3 in all (5 min)"
    );
}
