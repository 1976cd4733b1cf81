use super::*;
use crate::domain::history::{Compared, ExerciseDone, Feeling, Morning};
use crate::domain::pain::PainScore;
use proptest::prelude::*;

fn no_migrations(v: u64, _: Value) -> Result<Value, crate::domain::i18n::Msg> {
    Err(crate::domain::i18n::Msg::plain(format!(
        "format {v} unknown"
    )))
}

pub(crate) fn any_record() -> impl Strategy<Value = SessionRecord> {
    let exercise = (
        "[a-z-]{3,20}",
        0u8..5,
        1u8..5,
        0u16..200,
        0u32..2000,
        proptest::option::of("[a-z-]{3,12}"),
        proptest::option::of(0u8..=10),
    )
        .prop_map(
            |(id, done, planned, reps, secs, eased, pain)| ExerciseDone {
                id,
                sets_done: done.min(planned),
                sets_planned: planned,
                reps,
                secs,
                eased_from: eased,
                pain: pain.and_then(PainScore::new),
            },
        );
    (
        "[0-9a-f]{6,12}",
        1_600_000_000_000i64..1_900_000_000_000,
        -720i16..840,
        "[a-z-]{3,16}",
        ".{0,30}",
        -2i8..=2,
        0u32..4000,
        any::<bool>(),
        (
            proptest::option::of(0u8..=10),
            proptest::option::of(0u8..=10),
        ),
        proptest::option::of(prop_oneof![
            Just(Feeling::TooEasy),
            Just(Feeling::AboutRight),
            Just(Feeling::TooHard)
        ]),
        proptest::option::of(".{0,80}"),
        (
            proptest::collection::vec(exercise, 0..8),
            proptest::option::of(1u32..200_000),
            proptest::option::of((
                proptest::option::of(prop_oneof![
                    Just(Compared::Better),
                    Just(Compared::Same),
                    Just(Compared::Worse)
                ]),
                proptest::option::of(0u8..=10),
                1_600_000_000_000i64..1_900_000_000_000,
            )),
        ),
    )
        .prop_map(
            |(
                id,
                started_at,
                off,
                rid,
                name,
                level,
                secs,
                early,
                (pb, pa),
                feeling,
                note,
                (ex, distance_m, morning),
            )| {
                SessionRecord {
                    id,
                    started_at,
                    utc_offset_min: off,
                    routine_id: rid,
                    routine_name: name,
                    level,
                    duration_secs: secs,
                    exercises: ex,
                    pain_before: pb.and_then(PainScore::new),
                    pain_after: pa.and_then(PainScore::new),
                    feeling,
                    note,
                    ended_early: early,
                    distance_m,
                    morning: morning.map(|(compared, pain, at)| Morning {
                        compared,
                        pain: pain.and_then(PainScore::new),
                        at,
                    }),
                }
            },
        )
}

fn unique(records: Vec<SessionRecord>) -> Vec<SessionRecord> {
    merge(&records, &[])
}

#[test]
fn checksum_is_stable_and_sensitive() {
    assert_eq!(checksum(""), "cbf29ce484222325");
    assert_ne!(checksum("[1,2]"), checksum("[1,3]"));
}

#[test]
fn every_bad_file_gets_its_own_clear_message() {
    assert_eq!(check_file("notes.txt", 10), Err(ImportError::WrongType));
    assert_eq!(
        check_file("big.json", MAX_BYTES + 1),
        Err(ImportError::TooBig {
            bytes: MAX_BYTES + 1
        })
    );
    assert_eq!(check_file("Limber-backup.JSON", 10), Ok(()));

    let good = export(&[], 2, "0.1.0", 5);
    assert_eq!(parse(&good, 2, no_migrations), Ok(vec![]));
    assert_eq!(
        parse(&good[..good.len() / 2], 2, no_migrations),
        Err(ImportError::Truncated)
    );
    assert_eq!(parse("hello", 2, no_migrations), Err(ImportError::NotJson));
    assert_eq!(
        parse("[1,2,3]", 2, no_migrations),
        Err(ImportError::NotABackup)
    );
    assert_eq!(
        parse(
            &good.replace("limber-backup", "other-app"),
            2,
            no_migrations
        ),
        Err(ImportError::NotABackup)
    );
    assert_eq!(
        parse(
            &good.replace("\"schema\": 2", "\"schema\": 9"),
            2,
            no_migrations
        ),
        Err(ImportError::TooNew { schema: 9 })
    );
    for e in [
        ImportError::WrongType,
        ImportError::TooBig { bytes: 11 << 20 },
        ImportError::Truncated,
        ImportError::NotJson,
        ImportError::NotABackup,
        ImportError::TooNew { schema: 9 },
        ImportError::Checksum,
    ] {
        let text = crate::domain::i18n::english_text(&e.msg());
        assert!(
            text.len() > 30 && !text.starts_with('{'),
            "{e:?} needs a real message"
        );
    }
}

#[test]
fn an_edited_file_fails_its_checksum() {
    let r = SessionRecord {
        id: "a1".into(),
        started_at: 1_795_564_800_000,
        utc_offset_min: 0,
        routine_id: "gentle-start".into(),
        routine_name: "Gentle start".into(),
        level: 0,
        duration_secs: 300,
        exercises: vec![],
        pain_before: None,
        pain_after: PainScore::new(3),
        feeling: None,
        note: Some("fine".into()),
        ended_early: false,
        distance_m: None,
        morning: None,
    };
    let text = export(&[r], 2, "0.1.0", 5);
    assert_eq!(
        parse(&text.replace("fine", "FINE"), 2, no_migrations),
        Err(ImportError::Checksum)
    );
}

#[test]
fn html_in_a_note_is_kept_as_plain_text() {
    let mut r = crate::domain::history::fixtures::record("x", 1);
    r.started_at = 1_795_564_800_000;
    r.note = Some("<img src=x onerror=alert(1)>".into());
    let back = parse(&export(&[r.clone()], 2, "0.1.0", 5), 2, no_migrations).unwrap();
    assert_eq!(back[0].note, r.note);
}

#[test]
fn impossible_dates_are_refused_so_nothing_loops_for_ages() {
    let mut r = crate::domain::history::fixtures::record("x", 1);
    r.started_at = i64::MIN / 2;
    assert!(matches!(
        parse(&export(&[r.clone()], 2, "0.1.0", 5), 2, no_migrations),
        Err(ImportError::BadRecord { index: 0, .. })
    ));
    let mut e = extras();
    e.checkins[0].at = 5;
    assert!(matches!(
        parse_extras(&export_with(&[], Some(&e), 2, "0.1.0", 5)),
        Err(ImportError::BadPart { .. })
    ));
}

#[test]
fn csv_has_a_header_a_row_per_session_and_safe_cells() {
    let mut r = crate::domain::history::fixtures::record("a", 1_795_564_800_000);
    r.note = Some("=HYPERLINK(\"x\"), then \"quotes\"".into());
    let mut walk = crate::domain::history::fixtures::record("b", 1_795_600_000_000);
    walk.distance_m = Some(2_450);
    walk.morning = Some(crate::domain::history::Morning {
        compared: Some(crate::domain::history::Compared::Worse),
        pain: PainScore::new(6),
        at: 1_795_650_000_000,
    });
    let both = [walk, r];
    let csv = sessions_csv_in(
        &both,
        |id| id.to_uppercase(),
        |m| crate::domain::i18n::english_text(&m),
    );
    let mut lines: Vec<_> = csv.lines().collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(
        lines[0],
        "date,time,routine,level,minutes,exercises done,exercises planned,skipped,easier version,pain before,pain after,felt,note,distance (km),next morning,pain next morning"
    );
    assert!(lines[0].ends_with(",note,distance (km),next morning,pain next morning"));
    // A logged distance in km, then the next-morning answer and pain.
    assert!(lines[2].ends_with(",2.45,Worse,6"), "{}", lines[2]);
    lines.pop();
    assert!(lines[0].starts_with("date,time,routine"));
    assert!(lines[1]
        .starts_with("2026-11-25,01:00,Gentle start,0,5.2,1,2,GLUTE-BRIDGE,,4,3,About right,"));
    assert!(
        lines[1].ends_with(r#""'=HYPERLINK(""x""), then ""quotes""",,,"#),
        "{}",
        lines[1]
    );
}

#[test]
fn preview_counts_new_same_and_conflicting() {
    let a = crate::domain::history::fixtures::record("a", 1);
    let b = crate::domain::history::fixtures::record("b", 2);
    let mut b2 = b.clone();
    b2.note = Some("changed".into());
    let c = crate::domain::history::fixtures::record("c", 3);
    let p = Preview::of(&[a.clone(), b], &[a, b2, c]);
    assert_eq!(
        p,
        Preview {
            total: 3,
            new: 1,
            same: 1,
            conflicts: 1
        }
    );
    assert_eq!(
        crate::domain::i18n::english_text(&p.summary()),
        "In the file: 3 sessions, 1 new, 1 conflict."
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Export then import gives back exactly the same sessions.
    #[test]
    fn export_then_import_is_the_identity(records in proptest::collection::vec(any_record(), 0..20)) {
        let text = export(&records, 2, "0.1.0", 1_795_564_800_000);
        prop_assert_eq!(parse(&text, 2, no_migrations), Ok(records));
    }

    #[test]
    fn merge_is_idempotent(a in proptest::collection::vec(any_record(), 0..15)) {
        let once = merge(&a, &a);
        prop_assert_eq!(merge(&once, &once), once.clone());
        prop_assert_eq!(merge(&once, &a), once);
    }

    #[test]
    fn merge_is_commutative(
        a in proptest::collection::vec(any_record(), 0..15),
        b in proptest::collection::vec(any_record(), 0..15),
    ) {
        prop_assert_eq!(merge(&a, &b), merge(&b, &a));
    }

    /// Merging never loses a record id from either side.
    #[test]
    fn merge_keeps_every_id(
        a in proptest::collection::vec(any_record(), 0..15),
        b in proptest::collection::vec(any_record(), 0..15),
    ) {
        let merged = merge(&a, &b);
        for r in a.iter().chain(&b) {
            prop_assert!(merged.iter().any(|m| m.id == r.id));
        }
        prop_assert_eq!(unique(merged.clone()).len(), merged.len());
    }
}

fn extras() -> Extras {
    use crate::domain::plan::{make_profile, ActivityLevel, HardActivity, PainDuration};
    let plan = make_profile(
        5,
        PainDuration::KeepsComingBack,
        ActivityLevel::Some,
        vec![HardActivity {
            name: "Gardening".into(),
            score: 4,
        }],
        [true, false, true, false, true, false, false],
        450,
        false,
        1_795_564_800_000,
        60,
    )
    .unwrap();
    Extras {
        plan: Some(plan),
        checkins: vec![CheckIn {
            at: 1_796_169_600_000,
            utc_offset_min: 60,
            pain: 3,
            scores: vec![Some(6)],
            sleep: Some(1),
            mood: Some(3),
        }],
        settings: Some(crate::domain::settings::Settings {
            voice: false,
            text_size: 115,
            ..Default::default()
        }),
        routines: vec![crate::domain::custom::CustomRoutine::create(
            crate::domain::custom::RoutineDraft::copy_of(
                crate::domain::catalog::routine("core-basics").unwrap(),
            ),
            1_795_564_900_000,
            9,
        )
        .unwrap()],
        weight: vec![crate::domain::weight::WeightEntry {
            at: 1_795_600_000_000,
            utc_offset_min: 60,
            grams: 81_500,
        }],
        safety: {
            let mut r = crate::domain::safety::Record::default();
            r.answer(Some(crate::domain::safety::Tier::Soon), 1_795_564_800_000);
            r.clear(1_795_600_000_000);
            r
        },
        course: {
            let mut c = crate::domain::learn::Course::default();
            let day = crate::domain::calendar::LocalDate::from_days(20_790);
            c.answer(
                "pain-common",
                crate::domain::learn::Answer::Text("Walk to the park with my grandson".into()),
                day,
            );
            c.answer("pain-alarm", crate::domain::learn::Answer::Choice(2), day);
            c.calm.push(crate::domain::calm::CalmDone {
                id: "wind-down".into(),
                started_at: 1_796_250_000_000,
                utc_offset_min: 60,
                secs: 573,
                finished: true,
            });
            support(&mut c);
            c
        },
    }
}

/// A "What holds you back" answer, a goal with a plan and a week reviewed, and a walk plan.
fn support(c: &mut crate::domain::learn::Course) {
    use crate::domain::goals::{self, Goal, How, Step, Unit, WeekPlan};
    let plan = WeekPlan {
        week: 20_790,
        what: "Walk".into(),
        days: [true, false, true, false, false, true, false],
        place: "the park".into(),
        amount: 15,
        unit: Unit::Minutes,
        when: "it rains".into(),
        then: "I walk in the shopping centre".into(),
    };
    crate::domain::outlook::record(
        &mut c.checks,
        crate::domain::outlook::Check {
            at: 1_796_169_600_000,
            utc_offset_min: 60,
            answers: vec![2, 3, 1, 0, 3, 1, 2],
        },
    );
    let mut g = Goal::new(
        "Walk to the park with my grandson",
        None,
        1_796_169_600_000,
        60,
    )
    .unwrap();
    goals::set_plan(&mut g.plans, plan.clone());
    g.review(20_790, How::Done, Step::Bigger, 20_797, 1_796_800_000_000);
    c.goals.push(g);
    goals::set_plan(
        &mut c.walk_plans,
        WeekPlan {
            what: goals::WALK.into(),
            ..plan
        },
    );
}

#[test]
fn plan_check_ins_and_settings_travel_with_the_backup() {
    let e = extras();
    let text = export_with(&[], Some(&e), 2, "0.1.0", 5);
    assert_eq!(parse(&text, 2, no_migrations), Ok(vec![]));
    assert_eq!(parse_extras(&text), Ok(Some(e.clone())));
    assert_eq!(
        e.summary()
            .map(|m| crate::domain::i18n::english_text(&m))
            .as_deref(),
        Some(
            "your plan, 1 weekly check-in, 1 routine of your own, 1 weight entry, 2 lessons read, \
             1 calm session, 1 answer to “What holds you back”, 1 goal and your settings"
        )
    );
    // Files from before extras existed simply have none.
    assert_eq!(parse_extras(&export(&[], 2, "0.1.0", 5)), Ok(None));
}

#[test]
fn edited_or_impossible_extras_refuse_the_file() {
    let text = export_with(&[], Some(&extras()), 2, "0.1.0", 5);
    assert_eq!(
        parse_extras(&text.replace("Gardening", "Gardenin")),
        Err(ImportError::Checksum)
    );
    let mut wild = extras();
    if let Some(p) = wild.plan.as_mut() {
        p.pain_now = 40;
    }
    let text = export_with(&[], Some(&wild), 2, "0.1.0", 5);
    assert!(matches!(
        parse_extras(&text),
        Err(ImportError::BadPart { part: "plan", .. })
    ));
    let mut odd = extras();
    if let Some(s) = odd.settings.as_mut() {
        s.text_size = 400;
        s.pace.get_ready_secs = 900;
    }
    let text = export_with(&[], Some(&odd), 2, "0.1.0", 5);
    let back = parse_extras(&text).unwrap().unwrap().settings.unwrap();
    assert_eq!((back.text_size, back.pace.get_ready_secs), (100, 30));
    let mut heavy = extras();
    heavy.weight[0].grams = 2_000_000;
    let text = export_with(&[], Some(&heavy), 2, "0.1.0", 5);
    assert!(matches!(
        parse_extras(&text),
        Err(ImportError::BadPart { part: "weight", .. })
    ));
    // A routine with an absurd dose, or posing as a built-in one, refuses the file.
    for spoil in [
        (|r: &mut crate::domain::custom::CustomRoutine| r.draft.items[0].dose.sets = 99)
            as fn(&mut crate::domain::custom::CustomRoutine),
        |r| r.id = "core-basics".into(),
        |r| r.draft.items[0].exercise = "moonwalk".into(),
    ] {
        let mut bad = extras();
        spoil(&mut bad.routines[0]);
        let text = export_with(&[], Some(&bad), 2, "0.1.0", 5);
        assert!(matches!(
            parse_extras(&text),
            Err(ImportError::BadPart {
                part: "routines",
                ..
            })
        ));
    }
}

#[test]
fn check_ins_merge_by_time_without_doubles() {
    let c = |at, pain| CheckIn {
        at,
        utc_offset_min: 0,
        pain,
        scores: vec![],
        sleep: None,
        mood: None,
    };
    let merged = merge_checkins(&[c(2, 4), c(1, 5)], &[c(2, 4), c(3, 2)]);
    assert_eq!(
        merged.iter().map(|c| c.at).collect::<Vec<_>>(),
        vec![1, 2, 3]
    );
}

#[test]
fn import_messages_say_in_english_what_they_said_before() {
    use crate::domain::i18n::english_text as en;
    assert_eq!(
        en(&ImportError::TooBig { bytes: 11 << 20 }.msg()),
        "That file is 11.0 MB. Limber backups are much smaller, so it wasn't read."
    );
    assert_eq!(
        en(&ImportError::WrongType.msg()),
        "That isn't a Limber backup. Choose the .json file you saved with \"Export backup\"."
    );
    assert_eq!(
        en(&ImportError::BadRecord {
            index: 2,
            reason: messages::more_reason_note()
        }
        .msg()),
        "Session 3 in the file can't be read (its note is too long), so nothing was imported."
    );
    assert_eq!(
        en(&ImportError::BadPart {
            part: "checkins",
            reason: messages::more_reason_date_rating()
        }
        .msg()),
        "The weekly check-ins in the file can't be read (a date or rating is out of range), so nothing was imported."
    );
    let p = Preview {
        total: 1,
        new: 1,
        same: 0,
        conflicts: 0,
    };
    assert_eq!(
        en(&p.summary()),
        "In the file: 1 session, 1 new, 0 conflicts."
    );
    assert_eq!(
        en(&messages::more_import_added(0)),
        "Done: 0 new sessions added."
    );
    assert_eq!(
        en(&messages::more_import_added(1)),
        "Done: 1 new session added."
    );
    assert_eq!(
        en(&messages::more_saved_count(3)),
        "3 sessions are saved here."
    );
    assert_eq!(
        en(&messages::more_saved_count(0)),
        "No sessions are saved here yet."
    );
    assert_eq!(
        en(&messages::more_deleted(3)),
        "Deleted 3 sessions from this device."
    );
    assert_eq!(
        en(&messages::more_delete_confirm(3)),
        "This deletes 3 sessions and their notes, your own routines and your weight log from this device. Your plan and settings stay. It can't be undone. Export a backup first if you might want them."
    );
    assert_eq!(
        en(&messages::more_recovered(1)),
        "An older copy of Limber, open in another tab, had set 1 session aside. It's back in your history now. Please reload any other Limber tabs."
    );
}

/// Every language's `more.ftl`, read from the source tree (only English is built in).
fn catalog(lang: crate::domain::i18n::Lang) -> crate::domain::i18n::Catalog {
    let mut c = crate::domain::i18n::Catalog::new(lang);
    for area in ["core", "today", "more"] {
        let path = format!(
            "{}/locales/{}/{area}.ftl",
            env!("CARGO_MANIFEST_DIR"),
            lang.tag()
        );
        let source = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(c.add(&source).is_ok(), "{path}");
    }
    c
}

#[test]
fn every_language_says_the_import_and_storage_messages_whole() {
    use crate::domain::i18n::Lang;
    let extras = extras();
    let samples: Vec<Msg> = [0usize, 1, 2, 5, 1_000_000]
        .into_iter()
        .flat_map(|n| {
            [
                messages::more_saved_count(n),
                messages::more_deleted(n),
                messages::more_delete_confirm(n),
                messages::more_import_added(n),
                messages::more_import_replaced(n),
                messages::more_import_in_file(n, n, n),
                messages::more_import_replace_confirm(n, n),
                messages::more_recovered(n),
                messages::more_summary_data(n),
                messages::more_note_too_long(n, "2000"),
                messages::more_cues_summary(messages::more_cues_all(), n),
            ]
        })
        .chain([
            ImportError::TooBig { bytes: 11 << 20 }.msg(),
            ImportError::BadPart {
                part: "weight",
                reason: messages::more_reason_weight_range(),
            }
            .msg(),
            messages::more_import_also(extras.summary().unwrap_or_else(|| Msg::plain(""))),
            messages::more_not_saved("routines", messages::more_store_full()),
            messages::more_not_saved_unreadable("weight"),
            messages::more_display_summary("dark", "largest", "imperial"),
        ])
        .collect();
    for lang in [Lang::En, Lang::De, Lang::Es, Lang::Fr] {
        let c = catalog(lang);
        for m in &samples {
            let text = c.render(m);
            assert!(
                !text.contains('{') && !text.contains('$') && !text.is_empty(),
                "{lang:?}: {text}"
            );
        }
    }
    // Spanish and French say one for 1 and the many form for millions.
    let fr = catalog(Lang::Fr);
    assert!(fr
        .render(&messages::more_deleted(1))
        .starts_with("1 séance supprimée"));
    assert!(fr
        .render(&messages::more_deleted(0))
        .starts_with("0 séance supprimée"));
    let es = catalog(Lang::Es);
    assert!(es
        .render(&messages::more_deleted(1_000_000))
        .contains("sesiones"));
}

#[test]
fn the_course_and_calm_as_csv_have_each_lesson_and_listen_in_order_with_answers_in_words() {
    use crate::domain::calendar::LocalDate;
    use crate::domain::calm::CalmDone;
    use crate::domain::learn::{Answer, Course};
    let day = |d| LocalDate {
        year: 2026,
        month: 12,
        day: d,
    };
    let mut course = Course::default();
    course.answer("pain-alarm", Answer::Choice(2), day(3));
    course.answer(
        "pain-common",
        Answer::Text("=Walk, \"daily\"".into()),
        day(1),
    );
    course.mark_read("pain-volume", day(5));
    course.calm.push(CalmDone {
        id: "body-scan".into(),
        started_at: 1_796_371_200_000, // 2026-12-04 08:00 UTC
        utc_offset_min: 60,
        secs: 582,
        finished: true,
    });
    let csv = course_csv_in(&course, |m| crate::domain::i18n::english_text(&m));
    let lines: Vec<_> = csv.lines().collect();
    assert_eq!(lines[0], "date,time,kind,title,minutes,answer");
    assert_eq!(lines.len(), 5, "{csv}");
    assert!(lines[1].starts_with("2026-12-01,,lesson,"), "{}", lines[1]);
    assert!(
        lines[1].ends_with(r#","'=Walk, ""daily""""#),
        "{}",
        lines[1]
    );
    let option = crate::domain::i18n::english_text(
        &crate::domain::learn::lesson("pain-alarm")
            .expect("known")
            .option_msgs()[1],
    );
    assert!(
        lines[2].starts_with("2026-12-03,,lesson,") && lines[2].contains(&option),
        "{}",
        lines[2]
    );
    assert_eq!(lines[3], "2026-12-04,09:00,calm,A gentle body scan,9.7,");
    assert!(lines[4].starts_with("2026-12-05,,lesson,") && lines[4].ends_with(','));
}

#[test]
fn answers_goals_and_plans_go_into_the_course_csv_in_words() {
    let mut course = Course::default();
    support(&mut course);
    let csv = course_csv_in(&course, |m| crate::domain::i18n::english_text(&m));
    let lines: Vec<_> = csv.lines().collect();
    assert_eq!(lines.len(), 5, "{csv}");
    assert!(
        lines[1].starts_with(
            "2026-12-02,01:00,what holds you back,\"Stood out: fear of moving and poor sleep."
        ),
        "{}",
        lines[1]
    );
    assert!(lines[1].ends_with(",,how much the back bothers: Some; fear of moving: A lot; worry it won't get better: A little; low mood: None; poor sleep: A lot; low confidence in daily things: A little; trouble with work and daily roles: Some"), "{}", lines[1]);
    assert_eq!(
        lines[2],
        "2026-12-02,01:00,goal,Walk to the park with my grandson,,"
    );
    assert_eq!(lines[3], "2026-12-03,,weekly plan,Walk to the park with my grandson,,\"Done (Walk, 15 minutes on Mon, Wed and Sat.)\"");
    assert_eq!(
        lines[4],
        "2026-12-03,,walk plan,\"Your walk days: Mon, Wed and Sat.\",15,\"If it rains, then I walk in the shopping centre.\""
    );
}

#[test]
fn answers_and_goals_merge_from_a_backup_without_doubles() {
    let mut ours = Course::default();
    support(&mut ours);
    let mut theirs = ours.clone();
    theirs.goals[0].text = "Walk to the far park".into();
    theirs.goals[0].changed += 1;
    crate::domain::outlook::record(
        &mut theirs.checks,
        crate::domain::outlook::Check {
            at: 1_798_000_000_000,
            utc_offset_min: 0,
            answers: vec![0; 7],
        },
    );
    let merged = Course::merge(&ours, &theirs);
    assert_eq!(merged.checks.len(), 2);
    assert_eq!(merged.goals.len(), 1);
    assert_eq!(merged.goals[0].text, "Walk to the far park");
    assert_eq!(merged.walk_plans.len(), 1);
    assert_eq!(Course::merge(&merged, &merged), merged);
    // What a file holds is checked: an answer out of range or a goal with no words is left out.
    let mut file = merged.clone();
    file.checks[0].answers[0] = 9;
    file.goals[0].text = "  ".into();
    let checked = file.checked();
    assert_eq!(checked.checks.len(), 1);
    assert!(checked.goals.is_empty());
}
