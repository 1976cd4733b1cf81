//! One coach: everything Limber decides about a person at a moment in time, decided once.
//!
//! Today, a routine's page, "Why this level", the check before a session, "This hurts", the
//! next-morning answer, the flare plan and the report all read what is here, so they can
//! never tell a person two different things: their usual pain (what every pain answer is
//! judged against), whether a flare is on, what today is in the plan, what Today leads with
//! at which level, and the pain answer given in the last hour (so it isn't asked again).

use super::calendar::LocalDate;
use super::checkin::CheckIn;
use super::history::SessionRecord;
use super::i18n::{messages as m, Msg};
use super::pain::Usual;
use super::plan::{self, Profile};
use super::progress::{self, Suggestion};
use super::routine::Routine;
use super::settings::Pace;
use super::today::{self, Hero};

/// A pain answer counts as "just given" for this long: the check before a session offers it
/// instead of asking again.
pub const RECENT_ANSWER_MS: i64 = 60 * 60 * 1000;

/// The person's usual pain at `now_ms`: while the flare plan is on, the level from before it;
/// otherwise the middle of their ten most recent pain answers before a session and at the
/// weekly check-in (days of the flare plan left out), or the first-run answer; with no plan
/// and no answers yet, `today` (the pain given before this session), or 0.
pub fn usual(
    profile: Option<&Profile>,
    sessions: &[SessionRecord],
    checkins: &[CheckIn],
    now_ms: i64,
    today: Option<u8>,
) -> Usual {
    if let Some(f) = profile.and_then(Profile::flaring) {
        return f.usual();
    }
    let flare_days = profile
        .and_then(|p| p.flare.as_ref())
        .map(|f| f.days_on(f.end_day.unwrap_or(f.start_day)));
    let in_flare = |day: i64| flare_days.as_ref().is_some_and(|r| r.contains(&day));
    let mut answers: Vec<(i64, u8)> = sessions
        .iter()
        .filter(|s| s.started_at <= now_ms && !in_flare(s.local_date().to_days()))
        .filter_map(|s| s.pain_before.map(|p| (s.started_at, p.value())))
        .chain(
            checkins
                .iter()
                .filter(|c| c.at <= now_ms && !in_flare(c.local_date().to_days()))
                .map(|c| (c.at, c.pain.min(10))),
        )
        .collect();
    answers.sort_unstable();
    let values: Vec<u8> = answers.into_iter().map(|(_, p)| p).collect();
    let fallback = profile.map(|p| p.pain_now).or(today).unwrap_or(0);
    Usual::from_answers(&values, fallback)
}

/// The latest pain answer given anywhere (first run, next morning, flare plan, weekly
/// check-in, after a session) within [`RECENT_ANSWER_MS`] of `now_ms`.
pub fn recent_pain(
    profile: Option<&Profile>,
    sessions: &[SessionRecord],
    checkins: &[CheckIn],
    now_ms: i64,
) -> Option<u8> {
    let mut answers: Vec<(i64, u8)> = Vec::new();
    if let Some(p) = profile {
        answers.push((p.created_at, p.pain_now));
        if let Some(f) = &p.flare {
            if let (Some(at), Some(pain)) = (f.answered_at, f.latest_pain()) {
                answers.push((at, pain));
            }
        }
    }
    for s in sessions {
        if let Some(m) = s.morning {
            if let Some(p) = m.pain {
                answers.push((m.at, p.value()));
            }
        }
        if let Some(p) = s.pain_after {
            answers.push((s.started_at + i64::from(s.duration_secs) * 1000, p.value()));
        }
    }
    answers.extend(checkins.iter().map(|c| (c.at, c.pain.min(10))));
    answers
        .into_iter()
        .filter(|(at, _)| (0..=RECENT_ANSWER_MS).contains(&(now_ms - at)))
        .max_by_key(|(at, _)| *at)
        .map(|(_, p)| p)
}

/// What Today and "Why this level" show for one person on one day, decided once. Build it
/// with [`Day::at`]. (Their usual pain and a recent answer are [`usual`] and
/// [`recent_pain`], read where a pain question is asked.)
#[derive(Clone, Debug)]
pub struct Day {
    /// The routine Today offers (the person's own one when it is in their plan), its level
    /// and why, and what leads Today.
    pub routine: Option<Routine>,
    pub suggestion: Option<Suggestion>,
    /// Today's card, in the person's language.
    pub hero_msg: Option<Hero>,
    /// Today's walk in minutes: the walking programme's (none in its baseline week, which
    /// finds them) or the plain walk target.
    pub walk_minutes: Option<u16>,
    /// How long today's routine takes at its level and the person's pace, in seconds
    /// ([`length_secs`]).
    pub length_secs: Option<u32>,
}

impl Day {
    /// `own` holds the person's own routines (one of them may be in the plan). Depends only
    /// on the local day, so a screen reading it changes at midnight, not every minute.
    pub fn at(
        profile: &Profile,
        sessions: &[SessionRecord],
        own: &[Routine],
        today: LocalDate,
        pace: Pace,
    ) -> Self {
        let routine = plan::next_in_plan(profile, sessions, own, today);
        // Whose routine it is, when it is the person's own one in the plan ("Sam, physio").
        let from = routine.as_ref().and_then(|r| {
            profile
                .own_today(today)
                .filter(|o| o.id == r.id.as_ref() && !o.from.is_empty())
                .map(|o| o.from.clone())
        });
        let suggestion = routine.as_ref().map(|r| level(profile, r, sessions, today));
        // How long it takes at its level and the person's pace, worked out once: the hero
        // says it, and Today's rest card reads it.
        let length_secs = routine
            .as_ref()
            .zip(suggestion.as_ref())
            .map(|(r, s)| r.length_secs(s.level, pace));
        let hero_msg = routine
            .as_ref()
            .zip(suggestion.as_ref())
            .zip(length_secs)
            .map(|((r, s), secs)| {
                let mut h = today::hero_msg(profile, sessions, today, r, s, secs);
                if let Some(from) = &from {
                    h.eyebrow = m::today_hero_from(from.clone(), h.eyebrow);
                }
                h
            });
        Self {
            routine,
            suggestion,
            hero_msg,
            walk_minutes: walk_minutes(profile, sessions, today),
            length_secs,
        }
    }
}

/// The one level rule for any routine: Today, a routine's page, "Why this level", the report
/// and the player's level all come from here.
pub fn level(
    profile: &Profile,
    routine: &Routine,
    sessions: &[SessionRecord],
    today: LocalDate,
) -> Suggestion {
    today::suggestion(profile, routine, sessions, today)
}

/// A routine's level for this person today, with a plan or without one: what its card, its
/// page, Today and the player start from.
pub fn level_of(
    profile: Option<&Profile>,
    routine: &Routine,
    sessions: &[SessionRecord],
    today: LocalDate,
) -> Suggestion {
    match profile {
        Some(p) => level(p, routine, sessions, today),
        None => progress::suggest(routine, sessions, today),
    }
}

/// How long a routine takes this person today, in seconds: at their level for it
/// ([`level_of`]) and their pace, as the player will run it. Every length shown reads this.
pub fn length_secs(
    profile: Option<&Profile>,
    routine: &Routine,
    sessions: &[SessionRecord],
    today: LocalDate,
    pace: Pace,
) -> u32 {
    routine.length_secs(level_of(profile, routine, sessions, today).level, pace)
}

/// Where walks started and today's walk ([`walk_minutes`], what Today says), for Settings:
/// "Walks started at 15 minutes; today's walk is 16 minutes."
pub fn walks_so_far_msg(profile: &Profile, sessions: &[SessionRecord], today: LocalDate) -> Msg {
    let started = profile.cardio_start_min;
    match walk_minutes(profile, sessions, today) {
        Some(now) if now != started => m::today_walks_so_far(started, now),
        Some(_) => m::today_walks_so_far_same(started),
        None => m::today_walks_so_far_baseline(started),
    }
}

/// What's next, said on one short screen once a session is saved: the next session as
/// Today will offer it on its day, tomorrow morning's question, and today's walk.
#[derive(Clone, Debug, PartialEq)]
pub struct WhatsNextMsg {
    /// When the next session is and what it is, read from [`Day::at`] for that day.
    pub next: Msg,
    /// The next-morning question, ahead of time.
    pub morning: Msg,
    /// Today's walk, when there is a plan; `None` once a walk, swim or ride is logged today.
    pub walk: Option<Msg>,
    /// The minutes to log today's walk with, when it has a target.
    pub walk_minutes: Option<u16>,
}

/// [`WhatsNextMsg`] for `sessions` (the one just saved among them) on `today`.
pub fn whats_next_msg(
    profile: Option<&Profile>,
    sessions: &[SessionRecord],
    own: &[Routine],
    today: LocalDate,
    pace: Pace,
) -> WhatsNextMsg {
    let morning = today::morning_ahead();
    let Some(profile) = profile else {
        return WhatsNextMsg {
            next: m::today_next_no_plan(),
            morning,
            walk: None,
            walk_minutes: None,
        };
    };
    let next = next_session_day(profile, today)
        .and_then(|day| {
            let d = Day::at(profile, sessions, own, day, pace);
            let (routine, secs) = (d.routine?, d.length_secs?);
            Some(m::today_next_session(
                today::day_msg(day, today),
                routine.title(),
                super::calendar::length_minutes(secs),
            ))
        })
        .unwrap_or_else(m::today_next_whenever);
    let walked = sessions
        .iter()
        .any(|s| s.local_date() == today && super::activity::is_cardio(s));
    let walk_minutes = walk_minutes(profile, sessions, today);
    let walk = (!walked).then(|| match (profile.flaring(), walk_minutes) {
        (Some(_), _) => m::today_next_walk_flare(),
        (None, Some(minutes)) => m::today_next_walk(minutes),
        (None, None) => m::today_next_walk_open(),
    });
    WhatsNextMsg {
        next,
        morning,
        walk,
        walk_minutes: walk_minutes.filter(|_| profile.flaring().is_none()),
    }
}

/// The day of the next session after `today`: tomorrow while the flare plan is on (it runs
/// every day), else the next plan day within a week.
pub fn next_session_day(profile: &Profile, today: LocalDate) -> Option<LocalDate> {
    if profile.flaring().is_some() {
        return Some(LocalDate::from_days(today.to_days() + 1));
    }
    today::next_plan_day(profile.days, today)
}

/// Today's walk in minutes (see [`Day::walk_minutes`]).
pub fn walk_minutes(
    profile: &Profile,
    sessions: &[SessionRecord],
    today: LocalDate,
) -> Option<u16> {
    match today::walking(profile, sessions, today) {
        Some(p) => p.plan().map(|plan| plan.minutes),
        None => Some(progress::cardio_msg(profile, sessions, today).0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::history::{Compared, Feeling, Morning};
    use crate::domain::i18n::english_text;
    use crate::domain::pain::PainScore;
    use crate::domain::plan::{ActivityLevel, PainDuration};
    use crate::domain::progress::Outcome;
    use crate::domain::routine::Level;
    use crate::domain::today::Lead;
    use proptest::prelude::*;

    const DAY_MS: i64 = 86_400_000;
    /// 2026-11-30 00:00 UTC, a Monday.
    const MONDAY: i64 = 1_795_996_800_000;

    /// A person whose back sits at 6 most days: Mon, Wed, Fri at 08:00.
    fn profile(at: i64) -> Profile {
        plan::make_profile(
            6,
            PainDuration::Longer,
            ActivityLevel::Some,
            vec![],
            [true, false, true, false, true, false, false],
            8 * 60,
            false,
            at,
            0,
        )
        .expect("valid answers")
    }

    #[allow(clippy::too_many_arguments)]
    fn session(
        n: usize,
        routine: &Routine,
        at: i64,
        level: i8,
        before: Option<u8>,
        after: Option<u8>,
        feeling: Option<Feeling>,
        morning: Option<(Option<Compared>, Option<u8>)>,
    ) -> SessionRecord {
        SessionRecord {
            id: format!("s{n}"),
            started_at: at,
            utc_offset_min: 0,
            routine_id: routine.id.to_string(),
            routine_name: routine.name.to_string(),
            level,
            duration_secs: 600,
            exercises: vec![],
            pain_before: before.and_then(PainScore::new),
            pain_after: after.and_then(PainScore::new),
            feeling,
            note: None,
            ended_early: false,
            distance_m: None,
            morning: morning.map(|(compared, pain)| Morning {
                compared,
                pain: pain.and_then(PainScore::new),
                at: at + 20 * 60 * 60 * 1000,
            }),
        }
    }

    /// What's next, in English words.
    struct WhatsNext {
        next: String,
        morning: String,
        walk: Option<String>,
        walk_minutes: Option<u16>,
    }

    fn next_both(
        profile: Option<&Profile>,
        sessions: &[SessionRecord],
        today: LocalDate,
    ) -> WhatsNext {
        let msg = whats_next_msg(profile, sessions, &[], today, Pace::default());
        WhatsNext {
            next: english_text(&msg.next),
            morning: english_text(&msg.morning),
            walk: msg.walk.map(|w| english_text(&w)),
            walk_minutes: msg.walk_minutes,
        }
    }

    /// Today's card, in English words.
    trait InEnglish {
        fn hero(&self) -> Option<Hero<String>>;
    }

    impl InEnglish for Day {
        fn hero(&self) -> Option<Hero<String>> {
            self.hero_msg.as_ref().map(|h| Hero {
                lead: h.lead,
                eyebrow: english_text(&h.eyebrow),
                why: english_text(&h.why),
                primary: h.primary,
            })
        }
    }

    fn walks_so_far(profile: &Profile, sessions: &[SessionRecord], today: LocalDate) -> String {
        english_text(&walks_so_far_msg(profile, sessions, today))
    }

    /// "1 minute", "15 minutes".
    fn count(n: u16) -> String {
        match n {
            1 => "1 minute".to_string(),
            n => format!("{n} minutes"),
        }
    }

    fn day_of(p: &Profile, sessions: &[SessionRecord], at: i64) -> Day {
        Day::at(
            p,
            sessions,
            &[],
            LocalDate::from_epoch_ms(at, 0),
            Pace::default(),
        )
    }

    #[test]
    fn whats_next_names_the_session_today_will_offer_on_its_day() {
        let p = profile(MONDAY);
        let r = plan::rotation(p.stage)[0];
        let monday = LocalDate::from_epoch_ms(MONDAY, 0);
        let done = vec![session(
            1,
            r,
            MONDAY + 9 * 3_600_000,
            0,
            Some(5),
            Some(4),
            None,
            None,
        )];
        let next = next_both(Some(&p), &done, monday);
        // Wednesday is the next plan day: what Today leads with then, at the length it says.
        let wednesday = day_of(&p, &done, MONDAY + 2 * DAY_MS);
        let (routine, secs) = (
            wednesday.routine.clone().expect("a routine"),
            wednesday.length_secs.expect("a length"),
        );
        assert_eq!(
            next.next,
            format!(
                "Your next session is on Wednesday: {}, about {} min.",
                routine.name,
                crate::domain::calendar::length_minutes(secs)
            )
        );
        let hero = wednesday.hero().expect("a hero");
        assert!(
            hero.eyebrow.contains(&format!(
                "about {} min",
                crate::domain::calendar::length_minutes(secs)
            )),
            "{hero:?}"
        );
        // Today's done card says the same day.
        let today = day_of(&p, &done, MONDAY + 10 * 3_600_000)
            .hero()
            .expect("a hero");
        assert_eq!(today.lead, Lead::Done);
        assert!(
            today
                .why
                .contains(&format!("{}, is on Wednesday", routine.name)),
            "{}",
            today.why
        );
        // The walk is today's target until one is logged.
        let m = walk_minutes(&p, &done, monday).expect("a walk target");
        assert_eq!(next.walk_minutes, Some(m));
        assert_eq!(
            next.walk.as_deref(),
            Some(format!("Today's walk: an easy {m} minutes, if you feel like it.").as_str())
        );
        assert_eq!(
            next.morning,
            "Tomorrow morning, Limber will ask how your back feels: your answer sets the next session."
        );
    }

    #[test]
    fn whats_next_after_a_walk_and_during_a_flare_and_without_a_plan() {
        let mut p = profile(MONDAY);
        let r = plan::rotation(p.stage)[0];
        let monday = LocalDate::from_epoch_ms(MONDAY, 0);
        let mut done = vec![session(
            1,
            r,
            MONDAY + 9 * 3_600_000,
            0,
            Some(5),
            Some(4),
            None,
            None,
        )];
        let mut walk = session(2, r, MONDAY + 7 * 3_600_000, 0, None, None, None, None);
        walk.routine_id = "log-walk".into();
        walk.exercises = vec![];
        walk.distance_m = Some(1_000);
        done.push(walk);
        assert!(
            crate::domain::activity::is_cardio(&done[1]),
            "the fixture is a walk"
        );
        assert_eq!(next_both(Some(&p), &done, monday).walk, None);
        // During a flare the next session is tomorrow, gently, and the walk is short.
        p.start_flare(Usual::new(4), 8, MONDAY + 3_600_000, monday);
        let flare = next_both(Some(&p), &done[..1], monday);
        assert!(
            flare.next.starts_with("Your next session is tomorrow: "),
            "{}",
            flare.next
        );
        let tuesday = day_of(&p, &done[..1], MONDAY + DAY_MS);
        assert!(flare
            .next
            .contains(tuesday.routine.expect("a routine").name.as_ref()));
        assert_eq!(flare.walk_minutes, None);
        assert!(flare.walk.is_some_and(|w| w.contains("short, easy walk")));
        // No plan: no day to name and no walk target.
        let none = next_both(None, &done, monday);
        assert!(none.next.starts_with("Come back whenever you like."));
        assert_eq!((none.walk, none.walk_minutes), (None, None));
    }

    #[test]
    fn usual_pain_comes_from_recent_answers_and_holds_during_a_flare() {
        let mut p = profile(MONDAY);
        let r = plan::rotation(p.stage)[0];
        assert_eq!(
            usual(Some(&p), &[], &[], MONDAY, None).value(),
            6,
            "first run"
        );
        let s: Vec<_> = (0..5)
            .map(|i| {
                session(
                    i,
                    r,
                    MONDAY + i as i64 * DAY_MS,
                    0,
                    Some(4),
                    Some(4),
                    None,
                    None,
                )
            })
            .collect();
        assert_eq!(
            usual(Some(&p), &s, &[], MONDAY + 6 * DAY_MS, None).value(),
            4
        );
        assert_eq!(
            usual(None, &[], &[], MONDAY, Some(5)).value(),
            5,
            "no plan: today's answer"
        );
        p.start_flare(
            Usual::new(4),
            8,
            MONDAY + 6 * DAY_MS,
            LocalDate::from_days((MONDAY + 6 * DAY_MS) / DAY_MS),
        );
        let high: Vec<_> = (5..15)
            .map(|i| {
                session(
                    i,
                    r,
                    MONDAY + 7 * DAY_MS + i as i64,
                    -1,
                    Some(8),
                    Some(8),
                    None,
                    None,
                )
            })
            .collect();
        assert_eq!(
            usual(Some(&p), &high, &[], MONDAY + 8 * DAY_MS, None).value(),
            4
        );
    }

    #[test]
    fn a_pain_answer_from_the_last_hour_is_offered_not_asked_again() {
        let p = profile(MONDAY + 8 * 3_600_000);
        assert_eq!(
            recent_pain(Some(&p), &[], &[], MONDAY + 8 * 3_600_000 + 60_000),
            Some(6)
        );
        assert_eq!(
            recent_pain(Some(&p), &[], &[], MONDAY + 10 * 3_600_000),
            None
        );
    }

    #[test]
    fn today_fits_the_day() {
        let p = profile(MONDAY);
        let r = plan::rotation(p.stage)[0];
        let at = |d: i64| MONDAY + d * DAY_MS + 9 * 3_600_000;
        // Monday, a plan day: the session leads, with a filled Start.
        let h = day_of(&p, &[], at(0)).hero().expect("hero");
        assert_eq!((h.lead, h.primary), (Lead::Due, true));
        // Tuesday, a rest day: rest and the walk lead; the session is only offered second.
        let h = day_of(&p, &[], at(1)).hero().expect("hero");
        assert_eq!((h.lead, h.primary), (Lead::Rest, false));
        // Monday after a session: done, nothing more to start.
        let done = [session(
            0,
            r,
            at(0),
            0,
            Some(6),
            Some(6),
            Some(Feeling::AboutRight),
            None,
        )];
        let h = day_of(&p, &done, at(0) + 3_600_000).hero().expect("hero");
        assert_eq!((h.lead, h.primary), (Lead::Done, false));
        // The same screen the next morning (Tuesday, a rest day) has moved on.
        let h = day_of(&p, &done, at(1)).hero().expect("hero");
        assert_eq!(h.lead, Lead::Rest);
    }

    #[test]
    fn the_morning_after_worse_leads_gently_never_at_the_standard_level() {
        let p = profile(MONDAY);
        let rot = plan::rotation(p.stage);
        let at = |d: i64| MONDAY + d * DAY_MS + 9 * 3_600_000;
        // Monday's session, then "worse" on Tuesday morning with pain 7.
        let worse = [session(
            0,
            rot[0],
            at(0),
            0,
            Some(6),
            Some(7),
            Some(Feeling::AboutRight),
            Some((Some(Compared::Worse), Some(7))),
        )];
        // Tuesday is a rest day: rest leads, not a session.
        let tue = day_of(&p, &worse, at(1));
        assert_eq!(
            tue.hero().as_ref().map(|h| (h.lead, h.primary)),
            Some((Lead::Rest, false))
        );
        // Wednesday, a plan day: the next routine (another one) takes a step back.
        let wed = day_of(&p, &worse, at(2));
        let s = wed.suggestion.clone().expect("suggestion");
        assert!(s.level < Level::STANDARD, "{s:?}");
        assert_eq!(wed.hero().map(|h| h.lead), Some(Lead::Flare));
    }

    #[test]
    fn the_flare_plan_leads_every_day_at_a_gentle_level() {
        let mut p = profile(MONDAY);
        let today = LocalDate::from_days(MONDAY / DAY_MS + 1);
        p.start_flare(Usual::new(4), 7, MONDAY + DAY_MS, today);
        let d = day_of(&p, &[], MONDAY + DAY_MS + 3_600_000);
        assert_eq!(
            d.hero().as_ref().map(|h| (h.lead, h.primary)),
            Some((Lead::Flare, true))
        );
        assert!(d.suggestion.expect("level").level <= Level::new(-1));
        assert_eq!(
            d.routine.map(|r| r.stage),
            Some(crate::domain::routine::Stage::FlareUp)
        );
    }

    fn day_of_own(p: &Profile, own: &[Routine], at: i64) -> Day {
        Day::at(
            p,
            &[],
            own,
            LocalDate::from_epoch_ms(at, 0),
            Pace::default(),
        )
    }

    #[test]
    fn a_physiotherapists_routine_leads_from_the_next_plan_day_and_says_whose() {
        let mut p = profile(MONDAY);
        let own = crate::domain::catalog::ROUTINES[1].clone();
        let own = Routine {
            id: "my-from-sam".into(),
            name: "Sam's routine".into(),
            ..own
        };
        // Chosen on Tuesday (a rest day): it leads from Wednesday, the next plan day.
        let tue = LocalDate::from_days(MONDAY / DAY_MS + 1);
        p.use_own("my-from-sam", true, "Sam, physio", &[], tue);
        let mine = [own];
        let before = day_of_own(&p, &mine, MONDAY + 9 * 3_600_000);
        assert_ne!(
            before.routine.map(|r| r.id.to_string()),
            Some("my-from-sam".into())
        );
        let wed = day_of_own(&p, &mine, MONDAY + 2 * DAY_MS + 9 * 3_600_000);
        assert_eq!(
            wed.routine.as_ref().map(|r| r.id.to_string()),
            Some("my-from-sam".into())
        );
        let said = english_text(&wed.hero_msg.as_ref().expect("hero").eyebrow);
        assert!(said.starts_with("From Sam, physio · Due today"), "{said}");
        assert!(wed
            .hero()
            .expect("hero")
            .eyebrow
            .starts_with("From Sam, physio · Due today"));
    }

    fn history() -> impl Strategy<Value = (Vec<SessionRecord>, Option<u8>, i64)> {
        let one = (
            0usize..4,
            0i64..28,
            -2i8..=2,
            proptest::option::of(0u8..=10),
            proptest::option::of(0u8..=10),
            proptest::option::of(prop_oneof![
                Just(Feeling::TooEasy),
                Just(Feeling::AboutRight),
                Just(Feeling::TooHard)
            ]),
            proptest::option::of((
                proptest::option::of(prop_oneof![
                    Just(Compared::Better),
                    Just(Compared::Same),
                    Just(Compared::Worse)
                ]),
                proptest::option::of(0u8..=10),
            )),
        );
        (
            proptest::collection::vec(one, 0..24),
            proptest::option::of(0u8..=10),
            28i64..35,
        )
            .prop_map(|(list, flare, today)| {
                let rot = plan::rotation(crate::domain::routine::Stage::Building);
                let sessions = list
                    .into_iter()
                    .enumerate()
                    .map(|(n, (r, d, level, before, after, feeling, morning))| {
                        let routine = rot[r % rot.len()];
                        session(
                            n,
                            routine,
                            MONDAY + d * DAY_MS + 8 * 3_600_000 + n as i64,
                            level,
                            before,
                            after,
                            feeling,
                            morning,
                        )
                    })
                    .collect();
                (sessions, flare, today)
            })
    }

    #[test]
    fn settings_say_where_walks_started_and_today_s_walk_as_today_does() {
        let p = profile(MONDAY);
        let date = LocalDate::from_epoch_ms(MONDAY, 0);
        let said = walks_so_far(&p, &[], date);
        let start = count(p.cardio_start_min);
        match walk_minutes(&p, &[], date) {
            Some(now) if now != p.cardio_start_min => assert_eq!(
                said,
                format!("Walks started at {start}; today's walk is {}.", count(now))
            ),
            Some(_) => assert_eq!(
                said,
                format!("Walks started at {start}, and today's walk is the same.")
            ),
            None => assert!(said.contains("baseline week"), "{said}"),
        }
    }

    proptest! {
        /// Over random histories: Today's level, a routine's page and "Why this level" give
        /// the same level for the same routine (they all ask `level`); Start is filled only
        /// when a session leads; the flare plan never leads at the standard level; and the
        /// next-morning reply says the same verdict as "Why this level" for every session.
        #[test]
        fn screens_cannot_disagree((sessions, flare, today) in history()) {
            let mut p = profile(MONDAY);
            let now = MONDAY + today * DAY_MS + 12 * 3_600_000;
            let date = LocalDate::from_epoch_ms(now, 0);
            if let Some(pain) = flare {
                p.start_flare(usual(Some(&p), &sessions, &[], now, None), pain, now - DAY_MS, LocalDate::from_days(date.to_days() - 1));
            }
            let d = Day::at(&p, &sessions, &[], date, Pace::default());
            let routine = d.routine.clone().expect("a routine");
            let hero = d.hero().expect("a hero");
            let level = d.suggestion.clone().expect("a level").level;
            // Today, the routine's page and "Why this level" read the same function.
            prop_assert_eq!(level, today::suggestion(&p, &routine, &sessions, date).level);
            prop_assert_eq!(level, level_for_page(&p, &routine, &sessions, date));
            // The hero names the level it starts at.
            if level != Level::STANDARD && matches!(hero.lead, Lead::Due | Lead::Flare) {
                prop_assert!(hero.eyebrow.contains(&english_text(&progress::level_name(level))), "{} vs {:?}", hero.eyebrow, level);
            }
            prop_assert_eq!(hero.primary, matches!(hero.lead, Lead::Due | Lead::Flare));
            // Today's hero, its length, the routine's card and page (`length_secs`) and the
            // player (`Routine::length_secs` at the level it starts at) say the same length.
            for pace in [Pace::default(), Pace { get_ready_secs: 20, rest_percent: 150 }] {
                let d = Day::at(&p, &sessions, &[], date, pace);
                let card = length_secs(Some(&p), &routine, &sessions, date, pace);
                prop_assert_eq!(d.length_secs, Some(card));
                prop_assert_eq!(card, routine.length_secs(level, pace));
                let minutes = crate::domain::calendar::length_minutes(card);
                if matches!(hero.lead, Lead::Due | Lead::Flare) {
                    let about = format!("about {minutes} min");
                    let said = d.hero().expect("a hero");
                    prop_assert!(said.eyebrow.contains(&about), "{:?} vs {}", said, about);
                }
            }
            if p.flaring().is_some() {
                prop_assert!(level <= Level::new(-1));
                prop_assert!(hero.lead != Lead::Due && hero.lead != Lead::Rest);
            } else if !p.days[usize::from(date.weekday())] {
                prop_assert_eq!(hero.lead, Lead::Rest);
            }
            for s in &sessions {
                let why = english_text(&progress::outcome_msg(s));
                if let Some(reply) = today::morning_reply(s).map(|r| english_text(&r)) {
                    let good = reply.contains("counts as a good session");
                    let flared = reply.contains("counts as a flare");
                    prop_assert_eq!(good, why.starts_with("Counted as good"), "{} / {}", reply, why);
                    prop_assert_eq!(flared, why.starts_with("Counted as a flare"), "{} / {}", reply, why);
                    prop_assert_eq!(good, progress::outcome(s) == Outcome::Good);
                }
            }
        }
    }

    /// What a routine's page and "Why this level" call.
    fn level_for_page(p: &Profile, r: &Routine, s: &[SessionRecord], d: LocalDate) -> Level {
        level(p, r, s, d).level
    }
}
