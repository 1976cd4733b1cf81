//! What Today leads with: one next step, and one line on why. Everything else on Today is
//! secondary, so the choice of what leads, and the words for it, live here and are tested.

use super::calendar::LocalDate;
use super::calm;
use super::goals::{self, Goal};
use super::history::SessionRecord;
use super::i18n::{messages as m, Arg, DateStyle, Msg};
use super::learn;
use super::outlook;
use super::plan::{self, Due, Profile};
use super::progress::{self, Suggestion};
use super::routine::{Level, Routine};
use super::settings::Units;
use super::walking;

/// What leads Today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lead {
    /// A plan day and nothing done yet: the session, with Start.
    Due,
    /// The flare plan, or a plan day just after a flare: a gentle session, with Start.
    Flare,
    /// Today's session is done: says so; nothing more to start.
    Done,
    /// Not a plan day: rest and the walk; a session only as a second choice.
    Rest,
}

/// Today's one big card: what it is, a short label above it, and why ([`hero_msg`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hero<T = Msg> {
    pub lead: Lead,
    /// The small line above the routine's name, e.g. "Due today · about 12 min".
    pub eyebrow: T,
    /// One sentence on why this, and why at this level.
    pub why: T,
    /// True when the session is the thing to do next (a filled Start); false on rest and
    /// done days, where the session is at most a second choice.
    pub primary: bool,
}

/// The next plan day after `today`, within the coming week.
pub fn next_plan_day(days: [bool; 7], today: LocalDate) -> Option<LocalDate> {
    (1..=7)
        .map(|n| LocalDate::from_days(today.to_days() + n))
        .find(|d| days[usize::from(d.weekday())])
}

/// The next plan day in words: "tomorrow", "on Friday", "a week today", or "soon"
/// with no plan day in the coming week.
pub fn next_day_msg(days: [bool; 7], today: LocalDate) -> Msg {
    match next_plan_day(days, today) {
        Some(day) => day_msg(day, today),
        None => m::today_next_day("soon", Arg::Date(today, DateStyle::Weekday)),
    }
}

/// A day in the coming week in words: "tomorrow", "on Friday" or "a week today".
pub fn day_msg(day: LocalDate, today: LocalDate) -> Msg {
    let when = match day.to_days() - today.to_days() {
        1 => "tomorrow",
        7 => "week",
        _ => "other",
    };
    m::today_next_day(when, Arg::Date(day, DateStyle::Weekday))
}

/// What the next-morning question is for, said when a session is saved: the question itself
/// ([`morning_question`]) says the same.
pub fn morning_ahead() -> Msg {
    m::today_morning_ahead()
}

/// How hard to make `routine` today: the progression rule, held while the flare plan is on.
/// Today, a routine's page and the "Why this level" page all ask here.
pub fn suggestion(
    profile: &Profile,
    routine: &Routine,
    sessions: &[SessionRecord],
    today: LocalDate,
) -> Suggestion {
    progress::held_for_flare(
        progress::suggest(routine, sessions, today),
        profile.flaring().is_some(),
    )
}

/// The walking programme as of `today`, when it is on. Today, Insights and "Why this level"
/// all take it from here, so their numbers agree.
pub fn walking(
    profile: &Profile,
    sessions: &[SessionRecord],
    today: LocalDate,
) -> Option<walking::Programme> {
    let start = profile.walking_start_day()?;
    let days = progress::walk_days(sessions, profile.flare.as_ref(), today);
    Some(walking::weeks(start, &days, today.to_days()))
}

/// Today's walk row for the programme: a title, this week's progress, why, and the minutes
/// to log a walk with (none in the baseline week, which finds them).
pub struct WalkRowMsg {
    pub title: Msg,
    pub progress: Msg,
    pub why: Msg,
    pub minutes: Option<u16>,
}

pub fn walk_row_msg(p: &walking::Programme, flaring: bool) -> WalkRowMsg {
    let why = if flaring {
        m::today_walk_held_flare()
    } else {
        // A programme always has a reason; the baseline's stands in should it ever not.
        let reason = walking::reason_msg(p).unwrap_or_else(m::today_walk_baseline);
        match walking::longer_than_planned_msg(p) {
            Some(longer) => m::today_walk_why_longer(reason, longer),
            None => reason,
        }
    };
    match (p, p.plan()) {
        (walking::Programme::Walking(_), Some(plan)) => WalkRowMsg {
            title: m::today_walk_title(plan.minutes),
            progress: walking::progress_msg(p.walks_this_week(), plan.walks),
            why,
            minutes: Some(plan.minutes),
        },
        _ => WalkRowMsg {
            title: m::today_walk_baseline(),
            progress: {
                let (done, walks) = (p.walks_this_week(), walking::BASELINE_WALKS);
                if done == walks {
                    m::today_walk_baseline_all(walks)
                } else {
                    m::today_walk_baseline_progress(done, walks)
                }
            },
            why,
            minutes: None,
        },
    }
}

/// Today's line on the last thing logged by hand (a walk, swim or ride): what, when, how
/// long and how far, from Today's own words (it shows before any other area is fetched).
/// `None` for a guided session.
pub fn last_logged(record: &SessionRecord, units: Units) -> Option<Msg> {
    let kind = super::activity::ActivityKind::of(record)?.slug();
    let date = Arg::Date(record.local_date(), DateStyle::LongYear);
    let minutes = super::calendar::whole_minutes(record.duration_secs);
    Some(match record.distance_m {
        None => m::today_last_logged(kind, date, minutes),
        Some(metres) => {
            let distance = super::activity::distance_tenths(metres, units);
            match units {
                Units::Metric => m::today_last_logged_km(kind, date, minutes, distance),
                Units::Imperial => m::today_last_logged_mi(kind, date, minutes, distance),
            }
        }
    })
}

/// The next-morning question about `session`: its heading and the line under it.
pub fn morning_question(session: &SessionRecord, now: LocalDate, hour: u8) -> (Msg, Msg) {
    let heading = if hour < 12 {
        m::today_morning_heading_morning()
    } else {
        m::today_morning_heading_later()
    };
    let day = session.local_date();
    let when = match now.to_days() - day.to_days() {
        0 => "today",
        1 => "yesterday",
        _ => "other",
    };
    (
        heading,
        m::today_morning_sub(when, Arg::Date(day, DateStyle::Weekday), session.title()),
    )
}

/// What the next-morning answer means, said once it is saved: the same verdict "Why this
/// level" gives (`progress::outcome`), so the two can never disagree.
pub fn morning_reply(session: &SessionRecord) -> Option<Msg> {
    let answer = session.morning?;
    if answer.compared.is_none() && answer.pain.is_none() {
        return None;
    }
    let name = session.title();
    Some(match progress::outcome(session) {
        progress::Outcome::Flare => m::today_morning_reply_flare(name),
        progress::Outcome::Good => m::today_morning_reply_good(name),
        progress::Outcome::Steady => m::today_morning_reply_steady(name),
    })
}

/// The level's name, for Today's card and the level control (`coach.ftl`).
pub fn level_msg(level: Level) -> Msg {
    progress::level_name(level)
}

/// What leads Today for a person with a plan, decided once (see `coach::Day`): a plan day
/// leads with the session; a rest day with rest and the walk (a session offered second); a
/// done day says so, with nothing more to start; the flare plan leads every day with its
/// gentle routine; a recent flare makes a plan day's session gentle and a rest day a rest.
pub fn hero_msg(
    profile: &Profile,
    sessions: &[SessionRecord],
    today: LocalDate,
    routine: &Routine,
    suggestion: &Suggestion,
    length_secs: u32,
) -> Hero<Msg> {
    // The length the player will take (`coach::Day::length_secs`), in whole minutes.
    let minutes = super::calendar::length_minutes(length_secs);
    // The level is named when it isn't the standard one; the why line says why.
    let level = (suggestion.level != Level::STANDARD).then(|| level_msg(suggestion.level));
    let next = next_day_msg(profile.days, today);
    let due = plan::due(profile, sessions, today);
    let hero = |lead, eyebrow, why, primary| Hero {
        lead,
        eyebrow,
        why,
        primary,
    };
    let flare_note = progress::flare_note_msg(sessions, today);
    // The flare plan leads while it is on: bad-day routines, gently, every day.
    if let Some(f) = profile.flaring() {
        let day = f.day_number(today.to_days());
        return if due == Due::DoneToday {
            hero(
                Lead::Done,
                m::today_hero_flare_done(day),
                m::today_hero_flare_done_why(),
                false,
            )
        } else {
            let eyebrow = match level {
                Some(l) => m::today_hero_flare_level(day, minutes, l),
                None => m::today_hero_flare(day, minutes),
            };
            // A flare that began with a session says what happened; otherwise the plan's
            // own advice.
            let why = flare_note.unwrap_or_else(m::today_hero_flare_why);
            hero(Lead::Flare, eyebrow, why, true)
        };
    }
    // A recent flare: a plan day's session is gentler (the level steps back) and says why;
    // a rest day is a rest; a done day says go gently.
    if let Some(note) = flare_note {
        return match due {
            Due::DoneToday => hero(Lead::Done, m::today_hero_gently_done(), note, false),
            Due::Today => {
                let eyebrow = match level {
                    Some(l) => m::today_hero_gently_level(minutes, l),
                    None => m::today_hero_gently(minutes),
                };
                hero(Lead::Flare, eyebrow, note, true)
            }
            Due::RestDay => {
                let why = progress::flare_note_rest_day_msg(sessions, today, next).unwrap_or(note);
                hero(Lead::Rest, m::today_hero_gently_rest(), why, false)
            }
        };
    }
    match due {
        Due::Today => {
            let eyebrow = match level {
                Some(l) => m::today_hero_due_level(minutes, l),
                None => m::today_hero_due(minutes),
            };
            hero(Lead::Due, eyebrow, suggestion.why.clone(), true)
        }
        Due::DoneToday => hero(
            Lead::Done,
            m::today_hero_done(),
            m::today_hero_done_why(routine.title(), next),
            false,
        ),
        Due::RestDay => hero(
            Lead::Rest,
            m::today_hero_rest(),
            m::today_hero_rest_why(next),
            false,
        ),
    }
}

/// Whether Today's rows treat `today` as a flare day: the flare plan is on, or a session
/// went too hard lately. The lesson row and the calm row both read it.
fn flaring(profile: Option<&Profile>, sessions: &[SessionRecord], today: LocalDate) -> bool {
    profile.is_some_and(|p| p.flaring().is_some())
        || progress::recent_flare(sessions, today).is_some()
}

/// The lesson Today offers (`learn::Course::today`): the next one, one a day; while a flare
/// is on (the plan's, or a session too hard lately), the flare lessons first.
pub fn lesson(
    profile: Option<&Profile>,
    sessions: &[SessionRecord],
    course: &learn::Course,
    today: LocalDate,
) -> learn::TodayLesson {
    course.today(today, flaring(profile, sessions, today))
}

/// The calm session Today offers, with the line above it: during a flare (the plan's, or a
/// session too hard lately) the slow breathing for a bad moment; on a rest day of the plan
/// the others in turn (the one after the last listened to, the body scan first); on other
/// days none.
pub fn calm(
    profile: Option<&Profile>,
    sessions: &[SessionRecord],
    course: &learn::Course,
    today: LocalDate,
) -> Option<(Msg, &'static calm::CalmSession)> {
    if flaring(profile, sessions, today) {
        return calm::session(calm::FOR_A_BAD_MOMENT)
            .map(|s| (m::calm_today_flare(s.minutes()), s));
    }
    let rest_day = profile.is_some_and(|p| plan::due(p, sessions, today) == Due::RestDay);
    if !rest_day {
        return None;
    }
    let turns: Vec<&'static calm::CalmSession> = calm::SESSIONS
        .iter()
        .filter(|s| s.id != calm::FOR_A_BAD_MOMENT)
        .collect();
    let last = course
        .calm
        .iter()
        .rev()
        .find_map(|d| turns.iter().position(|s| s.id == d.id));
    let next = last.map_or(0, |i| (i + 1) % turns.len());
    turns
        .get(next)
        .map(|s| (m::calm_today_rest(s.minutes()), *s))
}

/// Today's offer of "What holds you back": `Some(line under the title)` when a check is due
/// (`outlook::is_due`) for someone with a plan, never during a flare (a bad day is no time
/// for questionnaires), never on the plan's first day (the first run offered it), and not on
/// a day Today offers calm instead ([`calm`]: a rest day): one thing more at a time.
pub fn outlook_offer(
    profile: Option<&Profile>,
    sessions: &[SessionRecord],
    course: &learn::Course,
    today: LocalDate,
) -> Option<Msg> {
    let profile = profile?;
    if plan::days_since(profile, today) < 1
        || flaring(Some(profile), sessions, today)
        || calm(Some(profile), sessions, course, today).is_some()
    {
        return None;
    }
    outlook::is_due(&course.checks, course.check_put_off, today).then(|| {
        if course.checks.is_empty() {
            m::outlook_row_first()
        } else {
            m::outlook_row_again()
        }
    })
}

/// Whether Today offers to set a goal: there is a plan, no goal was ever set, no check is
/// offered instead (one thing at a time), and the check was answered in the last
/// [`GOAL_OFFER_DAYS`] days (its result offers a goal too). After that, goals wait on Learn.
pub fn goal_offer(profile: Option<&Profile>, course: &learn::Course, today: LocalDate) -> bool {
    profile.is_some()
        && course.goals.is_empty()
        && outlook::latest(&course.checks)
            .is_some_and(|c| (0..GOAL_OFFER_DAYS).contains(&(today.to_days() - c.day().to_days())))
}

/// Days after a check that Today offers to set a goal.
pub const GOAL_OFFER_DAYS: i64 = 7;

/// One goal's row on Today: its title line, and its step this week (where and the if-then
/// plan on the step's own days).
#[derive(Clone, Debug, PartialEq)]
pub struct GoalRow {
    pub id: String,
    pub title: Msg,
    pub lines: Vec<Msg>,
    /// No plan for this week yet: the row asks for one.
    pub needs_plan: bool,
}

/// Today's goal rows, one per goal still going, oldest first: "Today's step for …" on a day
/// of this week's plan (with where and the if-then plan), "This week for …" on other days,
/// or "Plan this week's step for …" with no plan yet.
pub fn goal_rows(goals: &[Goal], today: LocalDate) -> Vec<GoalRow> {
    let week = goals::week_of(today);
    goals::active(goals)
        .map(|g| {
            let goal = Msg::plain(g.text.clone());
            match g.plan_for(week) {
                None => GoalRow {
                    id: g.id.clone(),
                    title: m::goals_row_plan(goal),
                    lines: Vec::new(),
                    needs_plan: true,
                },
                Some(p) if p.is_on(today) => GoalRow {
                    id: g.id.clone(),
                    title: m::goals_row_today(goal),
                    lines: std::iter::once(p.step_msg())
                        .chain(p.place_msg())
                        .chain(p.if_then_msg())
                        .collect(),
                    needs_plan: false,
                },
                Some(p) => GoalRow {
                    id: g.id.clone(),
                    title: m::goals_row_week(goal),
                    lines: vec![p.step_msg()],
                    needs_plan: false,
                },
            }
        })
        .collect()
}

/// Today's lesson row: the line above, the title, and the lesson it opens (`None`: the
/// course's list).
pub fn lesson_row(offer: learn::TodayLesson) -> (Msg, Msg, Option<&'static str>) {
    use learn::TodayLesson as T;
    match offer {
        T::Next(l) => (m::today_lesson_next(), l.title_msg(), Some(l.id)),
        T::Flare(l) => (m::today_lesson_flare(), l.title_msg(), Some(l.id)),
        T::Read(l) => (m::today_lesson_read(), l.title_msg(), Some(l.id)),
        T::Finished => (m::today_learn_eyebrow(), m::today_lesson_finished(), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::history::Feeling;
    use crate::domain::i18n::english_text;
    use crate::domain::pain::PainScore;
    use crate::domain::plan::{ActivityLevel, PainDuration};

    // 2026-12-02 is a Wednesday.
    fn wed() -> LocalDate {
        LocalDate::parse_iso("2026-12-02").unwrap()
    }

    fn profile() -> Profile {
        plan::make_profile(
            6,
            PainDuration::Longer,
            ActivityLevel::Some,
            vec![],
            [true, false, true, false, true, false, false],
            450,
            false,
            1_795_000_000_000,
            0,
        )
        .unwrap()
    }

    fn session(day: LocalDate, before: u8, after: u8, feeling: Feeling) -> SessionRecord {
        SessionRecord {
            id: format!("s{}", day.to_days()),
            started_at: day.to_days() * 86_400_000 + 36_000_000,
            utc_offset_min: 0,
            routine_id: "core-basics".into(),
            routine_name: "Core basics".into(),
            level: 0,
            duration_secs: 600,
            exercises: vec![],
            pain_before: PainScore::new(before),
            pain_after: PainScore::new(after),
            feeling: Some(feeling),
            note: None,
            ended_early: false,
            distance_m: None,
            morning: None,
        }
    }

    /// Today's card on `day`, in English.
    fn lead_on(day: LocalDate, sessions: &[SessionRecord]) -> Hero<String> {
        let p = profile();
        let r = plan::next_routine(p.stage, sessions, p.minute_of_day).unwrap();
        let s = progress::suggest(r, sessions, day);
        let secs = r.length_secs(s.level, crate::domain::settings::Pace::default());
        let msg = hero_msg(&p, sessions, day, r, &s, secs);
        Hero {
            lead: msg.lead,
            eyebrow: english_text(&msg.eyebrow),
            why: english_text(&msg.why),
            primary: msg.primary,
        }
    }

    #[test]
    fn the_next_morning_question_and_its_reply_name_the_day_and_the_session() {
        use crate::domain::history::{Compared, Morning};
        let tue = LocalDate::from_days(wed().to_days() - 1);
        let mut s = session(tue, 3, 3, Feeling::AboutRight);
        let (heading, sub) = morning_question(&s, wed(), 8);
        assert_eq!(english_text(&heading), "How is your back this morning?");
        assert_eq!(
            english_text(&sub),
            "Compared with just before yesterday's Core basics: it tells Limber whether that was the right amount."
        );
        let (heading, sub) = morning_question(&s, LocalDate::from_days(wed().to_days() + 1), 14);
        assert_eq!(english_text(&heading), "How is your back today?");
        assert!(
            english_text(&sub).starts_with("Compared with just before Tuesday's Core basics:"),
            "{sub:?}"
        );
        assert_eq!(morning_reply(&s), None);
        s.morning = Some(Morning {
            compared: Some(Compared::Same),
            pain: PainScore::new(3),
            at: s.started_at + 20 * 3_600_000,
        });
        let reply = english_text(&morning_reply(&s).expect("a reply"));
        assert!(
            reply.starts_with("Good to hear. Core basics counts as a good session"),
            "{reply}"
        );
    }

    #[test]
    fn the_last_logged_line_says_what_history_says() {
        use crate::domain::activity;
        for (kind, name) in [("log-walk", "Walk"), ("log-ride", "Bike ride")] {
            for distance in [None, Some(2_449), Some(10_000)] {
                let mut s = session(wed(), 3, 3, Feeling::AboutRight);
                s.routine_id = kind.into();
                s.routine_name = name.into();
                s.distance_m = distance;
                if activity::ActivityKind::of(&s).is_none() {
                    continue;
                }
                for units in [Units::Metric, Units::Imperial] {
                    let said = english_text(&last_logged(&s, units).expect("logged"));
                    let want = format!(
                        "Last logged: {name} on {}, {}.",
                        s.local_date().long_label(),
                        english_text(&activity::summary_msg(&s, units))
                    );
                    assert_eq!(said, want);
                }
            }
        }
        let guided = session(wed(), 3, 3, Feeling::AboutRight);
        assert_eq!(last_logged(&guided, Units::Metric), None);
    }

    #[test]
    fn every_level_has_a_name_for_today() {
        let names: Vec<String> = (Level::MIN..=Level::MAX)
            .map(|v| english_text(&level_msg(Level::new(v))))
            .collect();
        assert_eq!(
            names,
            ["Easiest", "Easier", "Standard", "Harder", "Hardest"]
        );
        assert_eq!(
            english_text(&morning_ahead()),
            "Tomorrow morning, Limber will ask how your back feels: your answer sets the next session."
        );
        assert_eq!(english_text(&next_day_msg([false; 7], wed())), "soon");
    }

    #[test]
    fn today_offers_calm_on_rest_days_in_turn_and_slow_breathing_in_a_flare() {
        let p = profile();
        let mut course = learn::Course::default();
        let thu = LocalDate::from_days(wed().to_days() + 1);
        let offered = |p: Option<&Profile>, s: &[SessionRecord], c: &learn::Course, d| {
            calm(p, s, c, d).map(|(above, s)| (english_text(&above), s.id))
        };
        // A plan day: none; no plan: none.
        assert_eq!(offered(Some(&p), &[], &course, wed()), None);
        assert_eq!(offered(None, &[], &course, thu), None);
        assert_eq!(
            offered(Some(&p), &[], &course, thu),
            Some(("Rest day: 10 calm minutes".into(), "body-scan"))
        );
        for (id, next) in [
            ("body-scan", "muscle-relax"),
            ("muscle-relax", "wind-down"),
            ("wind-down", "body-scan"),
        ] {
            course.calm.push(calm::CalmDone {
                id: id.into(),
                started_at: wed().to_days() * 86_400_000,
                utc_offset_min: 0,
                secs: 300,
                finished: true,
            });
            assert_eq!(
                offered(Some(&p), &[], &course, thu).map(|o| o.1),
                Some(next)
            );
        }
        // After a session that flared, and during the flare plan: slow breathing, any day.
        let tue = LocalDate::from_days(wed().to_days() - 1);
        let flared = [session(tue, 3, 7, Feeling::TooHard)];
        for day in [wed(), thu] {
            assert_eq!(
                offered(Some(&p), &flared, &course, day),
                Some((
                    "Something calm to try, 4 min".into(),
                    calm::FOR_A_BAD_MOMENT
                ))
            );
        }
    }

    #[test]
    fn today_offers_the_next_lesson_and_the_flare_lessons_after_a_flare() {
        let p = profile();
        let mut course = learn::Course::default();
        let first = &learn::LESSONS[0];
        assert_eq!(
            lesson(None, &[], &course, wed()),
            learn::TodayLesson::Next(first)
        );
        assert_eq!(
            lesson(Some(&p), &[], &course, wed()),
            learn::TodayLesson::Next(first)
        );
        let tue = LocalDate::from_days(wed().to_days() - 1);
        let flared = [session(tue, 3, 7, Feeling::TooHard)];
        let flare = learn::flare_lessons().next().expect("flare lessons");
        assert_eq!(
            lesson(Some(&p), &flared, &course, wed()),
            learn::TodayLesson::Flare(flare)
        );
        course.mark_read(first.id, wed());
        assert_eq!(
            lesson(Some(&p), &[], &course, wed()),
            learn::TodayLesson::Read(first)
        );
        let (above, title, id) = lesson_row(learn::TodayLesson::Read(first));
        assert_eq!(
            (above, title, id),
            (m::today_lesson_read(), first.title_msg(), Some(first.id))
        );
        assert_eq!(lesson_row(learn::TodayLesson::Finished).2, None);
    }

    #[test]
    fn the_next_plan_day_is_named_in_words() {
        let days = [true, false, true, false, true, false, false];
        let next_day_words = |days, day| english_text(&next_day_msg(days, day));
        assert_eq!(next_day_words(days, wed()), "on Friday");
        let tue = LocalDate::from_days(wed().to_days() - 1);
        assert_eq!(next_day_words(days, tue), "tomorrow");
        let only_wed = [false, false, true, false, false, false, false];
        assert_eq!(next_day_words(only_wed, wed()), "a week today");
        assert_eq!(next_day_words([false; 7], wed()), "soon");
        assert_eq!(next_plan_day(days, wed()).unwrap().weekday(), 4);
    }

    #[test]
    fn a_plan_day_leads_with_the_session_due_and_why_its_level() {
        let h = lead_on(wed(), &[]);
        assert_eq!(h.lead, Lead::Due);
        assert!(h.eyebrow.starts_with("Due today · about "), "{}", h.eyebrow);
        assert!(
            !h.eyebrow.contains("Standard"),
            "the standard level goes unsaid"
        );
        assert!(h.why.starts_with("First time with "), "{}", h.why);
    }

    #[test]
    fn a_rest_day_leads_with_rest_and_names_the_next_session() {
        let thu = LocalDate::from_days(wed().to_days() + 1);
        let h = lead_on(thu, &[]);
        assert_eq!((h.lead, h.primary), (Lead::Rest, false));
        assert!(h.why.contains("your next session is tomorrow"), "{}", h.why);
    }

    #[test]
    fn a_done_day_says_well_done_and_when_the_next_is() {
        let h = lead_on(wed(), &[session(wed(), 3, 2, Feeling::AboutRight)]);
        assert_eq!(h.lead, Lead::Done);
        assert!(!h.primary, "no filled Start for more");
        assert!(
            h.why
                .starts_with("Your next session, Hips and hamstrings, is on Friday."),
            "{}",
            h.why
        );
    }

    #[test]
    fn a_recent_flare_leads_over_the_plan_even_once_the_day_is_done() {
        let tue = LocalDate::from_days(wed().to_days() - 1);
        let flared = [session(tue, 3, 7, Feeling::TooHard)];
        let h = lead_on(wed(), &flared);
        assert_eq!(h.lead, Lead::Flare);
        assert!(h.eyebrow.starts_with("Go gently today"), "{}", h.eyebrow);
        assert!(
            h.why.contains("flared after Core basics yesterday"),
            "{}",
            h.why
        );
        // On a rest day the flare is said, and rest leads: no session pushed.
        let thu = LocalDate::from_days(wed().to_days() + 1);
        let h = lead_on(thu, &flared);
        assert_eq!((h.lead, h.primary), (Lead::Rest, false));
        assert!(h.why.contains("flared after Core basics"), "{}", h.why);
        assert!(lead_on(wed(), &flared).primary);
        // After today's session the flare is still said, and there is nothing to start.
        let done = [flared[0].clone(), session(wed(), 3, 3, Feeling::AboutRight)];
        let h = lead_on(wed(), &done);
        assert_eq!((h.lead, h.primary), (Lead::Done, false));
        assert_eq!(h.eyebrow, "Done for today. Go gently now.");
        // Without a flare, a done day doesn't push another session.
        assert!(!lead_on(wed(), &[session(wed(), 3, 2, Feeling::AboutRight)]).primary);
    }

    #[test]
    fn the_check_is_offered_when_due_never_on_day_one_or_in_a_flare_and_a_goal_after_it() {
        use crate::domain::outlook::Check;
        let p = profile();
        let created = LocalDate::from_epoch_ms(p.created_at, p.utc_offset_min);
        let mut course = learn::Course::default();
        assert_eq!(
            outlook_offer(Some(&p), &[], &course, created),
            None,
            "the first run offered it"
        );
        assert_eq!(
            outlook_offer(None, &[], &course, wed()),
            None,
            "no plan, no check"
        );
        // The plan started on a Wednesday: Thursday is a rest day, which offers calm instead.
        let thu = LocalDate::from_days(created.to_days() + 1);
        assert!(calm(Some(&p), &[], &course, thu).is_some());
        assert_eq!(
            outlook_offer(Some(&p), &[], &course, thu),
            None,
            "calm, not the check"
        );
        let day = LocalDate::from_days(created.to_days() + 2);
        assert_eq!(
            outlook_offer(Some(&p), &[], &course, day)
                .map(|m| english_text(&m))
                .as_deref(),
            Some("7 questions, about 2 minutes")
        );
        let flared = [session(day, 3, 7, Feeling::TooHard)];
        assert_eq!(
            outlook_offer(Some(&p), &flared, &course, day),
            None,
            "not on a bad day"
        );
        assert!(!goal_offer(Some(&p), &course, day), "the check comes first");
        course.checks.push(Check {
            at: day.to_days() * 86_400_000 + 3_600_000,
            utc_offset_min: 0,
            answers: vec![1; 7],
        });
        assert_eq!(outlook_offer(Some(&p), &[], &course, day), None);
        assert!(goal_offer(Some(&p), &course, day));
        assert!(!goal_offer(
            Some(&p),
            &course,
            LocalDate::from_days(day.to_days() + 7)
        ));
        let later = LocalDate::from_days(day.to_days() + 28);
        assert_eq!(
            outlook_offer(Some(&p), &[], &course, later)
                .map(|m| english_text(&m))
                .as_deref(),
            Some("4 weeks on: 7 questions again")
        );
        course
            .goals
            .push(Goal::new("Garden for an hour", None, 1_796_000_000_000, 0).unwrap());
        assert!(!goal_offer(Some(&p), &course, day), "a goal is set");
    }

    #[test]
    fn a_goal_row_shows_todays_step_on_its_days_the_week_on_others_or_asks_for_a_plan() {
        use crate::domain::goals::{self, Unit, WeekPlan};
        let mon = LocalDate::from_days(20_794);
        let mut g = Goal::new("Walk to the park", None, 1_796_000_000_000, 0).unwrap();
        let row = &goal_rows(std::slice::from_ref(&g), mon)[0];
        assert!(row.needs_plan && row.lines.is_empty());
        assert_eq!(
            english_text(&row.title),
            "Plan this week's step for “Walk to the park”"
        );
        goals::set_plan(
            &mut g.plans,
            WeekPlan {
                week: goals::week_of(mon),
                what: "Walk".into(),
                days: [true, false, false, false, false, false, false],
                place: String::new(),
                amount: 10,
                unit: Unit::Minutes,
                when: "it rains".into(),
                then: "I walk indoors".into(),
            },
        );
        let lines = |day| {
            let row = &goal_rows(std::slice::from_ref(&g), day)[0];
            std::iter::once(&row.title)
                .chain(&row.lines)
                .map(english_text)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            lines(mon),
            [
                "Today's step for “Walk to the park”",
                "Walk, 10 minutes on Mon.",
                "If it rains, then I walk indoors."
            ]
        );
        let tue = LocalDate::from_days(mon.to_days() + 1);
        assert_eq!(
            lines(tue),
            [
                "This week for “Walk to the park”",
                "Walk, 10 minutes on Mon."
            ]
        );
        g.ended = Some((goals::Ended::Reached, tue.to_days()));
        assert!(goal_rows(&[g], tue).is_empty());
    }
}
