//! What Today leads with: one next step, and one line on why. Everything else on Today is
//! secondary, so the choice of what leads, and the words for it, live here and are tested.

use super::calendar::LocalDate;
use super::history::SessionRecord;
use super::learn;
use super::plan::{self, Due, Profile};
use super::progress::{self, Suggestion};
use super::routine::{Level, Routine};
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

/// Today's one big card: what it is, a short label above it, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hero {
    pub lead: Lead,
    /// The small line above the routine's name, e.g. "Due today · about 12 min".
    pub eyebrow: String,
    /// One sentence on why this, and why at this level.
    pub why: String,
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

/// "tomorrow", "on Friday" or "a week today", for the next plan day.
pub fn next_day_words(days: [bool; 7], today: LocalDate) -> Option<String> {
    Some(day_words(next_plan_day(days, today)?, today))
}

/// "tomorrow", "on Friday" or "a week today", for a day in the coming week.
pub fn day_words(day: LocalDate, today: LocalDate) -> String {
    match day.to_days() - today.to_days() {
        1 => "tomorrow".to_string(),
        7 => "a week today".to_string(),
        _ => format!(
            "on {}",
            super::calendar::WEEKDAY_NAMES[usize::from(day.weekday())]
        ),
    }
}

/// What the next-morning question is for, said when a session is saved: the question itself
/// ([`morning_question`]) says the same.
pub const MORNING_AHEAD: &str =
    "Tomorrow morning, Limber will ask how your back feels: your answer sets the next session.";

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
pub struct WalkRow {
    pub title: String,
    pub progress: String,
    pub why: String,
    pub minutes: Option<u16>,
}

pub fn walk_row(p: &walking::Programme, flaring: bool) -> WalkRow {
    let why = if flaring {
        "Held while your flare plan is on: short, easy walks, little and often, as far as is comfortable. It starts growing again once your back settles and a week goes to plan.".to_string()
    } else {
        match walking::longer_than_planned(p) {
            Some(longer) => format!("{} {longer}", walking::reason(p)),
            None => walking::reason(p),
        }
    };
    match (p, p.plan()) {
        (walking::Programme::Walking(_), Some(plan)) => WalkRow {
            title: super::words::capitalised(&super::words::a_minutes(
                u64::from(plan.minutes),
                "walk",
            )),
            progress: walking::progress_words(p.walks_this_week(), plan.walks),
            why,
            minutes: Some(plan.minutes),
        },
        _ => WalkRow {
            title: "Baseline week".into(),
            progress: super::words::done_of(
                p.walks_this_week(),
                walking::BASELINE_WALKS,
                super::words::WALK,
            ),
            why,
            minutes: None,
        },
    }
}

/// The next-morning question about `session`: its heading and the line under it.
pub fn morning_question(session: &SessionRecord, now: LocalDate, hour: u8) -> (String, String) {
    let heading = if hour < 12 {
        "How is your back this morning?"
    } else {
        "How is your back today?"
    };
    let when = match now.to_days() - session.local_date().to_days() {
        0 => "today's".to_string(),
        1 => "yesterday's".to_string(),
        _ => format!(
            "{}'s",
            super::calendar::WEEKDAY_NAMES[usize::from(session.local_date().weekday())]
        ),
    };
    (
        heading.to_string(),
        format!(
            "Compared with just before {when} {}: it tells Limber whether that was the right amount.",
            session.routine_name
        ),
    )
}

/// What the next-morning answer means, said once it is saved: the same verdict "Why this
/// level" gives (`progress::outcome`), so the two can never disagree.
pub fn morning_reply(session: &SessionRecord) -> Option<String> {
    let m = session.morning?;
    if m.compared.is_none() && m.pain.is_none() {
        return None;
    }
    let name = &session.routine_name;
    match progress::outcome(session) {
        progress::Outcome::Flare => Some(format!(
            "Thanks for telling us. {name} counts as a flare, so the next session takes a step back and nothing gets harder for a couple of days."
        )),
        progress::Outcome::Good => Some(format!(
            "Good to hear. {name} counts as a good session: settled by the next day means it was the right amount."
        )),
        progress::Outcome::Steady => Some(format!(
            "Thanks. {name} counts as neither up nor down, so its level stays where it is for now."
        )),
    }
}

/// What leads Today for a person with a plan, decided once (see `coach::Day`): a plan day
/// leads with the session; a rest day with rest and the walk (a session offered second); a
/// done day says so, with nothing more to start; the flare plan leads every day with its
/// gentle routine; a recent flare makes a plan day's session gentle and a rest day a rest.
pub fn hero(
    profile: &Profile,
    sessions: &[SessionRecord],
    today: LocalDate,
    routine: &Routine,
    suggestion: &Suggestion,
    length_secs: u32,
) -> Hero {
    // The length the player will take (`coach::Day::length_secs`), in whole minutes.
    let minutes = super::calendar::length_minutes(length_secs);
    // The level is named when it isn't the standard one; the why line says why.
    let level = match suggestion.level {
        l if l == Level::STANDARD => String::new(),
        l => format!(" · {}", l.label()),
    };
    let next = next_day_words(profile.days, today).unwrap_or_else(|| "soon".into());
    let due = plan::due(profile, sessions, today);
    let done = due == Due::DoneToday;
    // The flare plan leads while it is on: bad-day routines, gently, every day.
    if let Some(f) = profile.flaring() {
        let day = f.day_number(today.to_days());
        return if done {
            Hero {
                lead: Lead::Done,
                eyebrow: format!("Flare plan · day {day} · done for today"),
                why: "That's today's gentle session done. Rest in a comfortable position, and a short, easy walk later helps too.".into(),
                primary: false,
            }
        } else {
            Hero {
                lead: Lead::Flare,
                eyebrow: format!("Flare plan · day {day} · about {minutes} min{level}"),
                // A flare that began with a session says what happened; otherwise the plan's
                // own advice.
                why: progress::flare_note(sessions, today).unwrap_or_else(|| "A gentle routine for bad days. Little and often helps more than resting it, and stop anything that makes the pain worse.".into()),
                primary: true,
            }
        };
    }
    // A recent flare: a plan day's session is gentler (the level steps back) and says why;
    // a rest day is a rest; a done day says go gently.
    if let Some(note) = progress::flare_note(sessions, today) {
        return match due {
            Due::DoneToday => Hero {
                lead: Lead::Done,
                eyebrow: "Done for today. Go gently now.".to_string(),
                why: note,
                primary: false,
            },
            Due::Today => Hero {
                lead: Lead::Flare,
                eyebrow: format!("Go gently today · about {minutes} min{level}"),
                why: note,
                primary: true,
            },
            Due::RestDay => Hero {
                lead: Lead::Rest,
                eyebrow: "Rest day · go gently".to_string(),
                why: progress::flare_note_rest_day(sessions, today, &next).unwrap_or(note),
                primary: false,
            },
        };
    }
    match due {
        Due::Today => Hero {
            lead: Lead::Due,
            eyebrow: format!("Due today · about {minutes} min{level}"),
            why: suggestion.reason.clone(),
            primary: true,
        },
        Due::DoneToday => Hero {
            lead: Lead::Done,
            eyebrow: "Done for today. Well done!".to_string(),
            why: format!(
                "Your next session, {}, is {next}. Rest now, or take an easy walk later if you feel like moving.",
                routine.name
            ),
            primary: false,
        },
        Due::RestDay => Hero {
            lead: Lead::Rest,
            eyebrow: "Rest day".to_string(),
            why: format!(
                "Nothing is due today; your next session is {next}. Rest is part of the plan, and an easy walk is a good way to spend it."
            ),
            primary: false,
        },
    }
}

/// The read Today offers: in order from the plan's first day (the first one before there is
/// a plan), and the flare-up plan while a flare is recent.
pub fn reading(
    profile: Option<&Profile>,
    sessions: &[SessionRecord],
    today: LocalDate,
) -> &'static learn::Heading {
    let since = profile.map(|p| plan::days_since(p, today));
    let flaring = profile.is_some_and(|p| p.flaring().is_some());
    learn::card_for_person(
        since,
        flaring || progress::recent_flare(sessions, today).is_some(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::history::Feeling;
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

    fn lead_on(day: LocalDate, sessions: &[SessionRecord]) -> Hero {
        let p = profile();
        let r = plan::next_routine(p.stage, sessions, p.minute_of_day).unwrap();
        let s = progress::suggest(r, sessions, day);
        let secs = r.length_secs(s.level, crate::domain::settings::Pace::default());
        hero(&p, sessions, day, r, &s, secs)
    }

    #[test]
    fn today_reads_from_the_plans_first_day_and_the_flare_plan_after_a_flare() {
        let p = profile();
        let start = LocalDate::from_epoch_ms(p.created_at, p.utc_offset_min);
        assert_eq!(reading(None, &[], wed()).id, "why-movement");
        assert_eq!(reading(Some(&p), &[], start).id, "why-movement");
        let next = LocalDate::from_days(start.to_days() + 1);
        assert_eq!(reading(Some(&p), &[], next).id, learn::CARDS[1].id);
        let tue = LocalDate::from_days(wed().to_days() - 1);
        let flared = [session(tue, 3, 7, Feeling::TooHard)];
        assert_eq!(reading(Some(&p), &flared, wed()).id, "flare-up-plan");
    }

    #[test]
    fn the_next_plan_day_is_named_in_words() {
        let days = [true, false, true, false, true, false, false];
        assert_eq!(next_day_words(days, wed()).unwrap(), "on Friday");
        let tue = LocalDate::from_days(wed().to_days() - 1);
        assert_eq!(next_day_words(days, tue).unwrap(), "tomorrow");
        let only_wed = [false, false, true, false, false, false, false];
        assert_eq!(next_day_words(only_wed, wed()).unwrap(), "a week today");
        assert_eq!(next_day_words([false; 7], wed()), None);
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
}
