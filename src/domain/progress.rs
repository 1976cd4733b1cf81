//! Gradual progression: how hard to make today's routine, and how long today's walk should
//! be, from how recent sessions went. Every suggestion comes with one plain sentence saying
//! why, so the person can trust it or overrule it.
//!
//! The rules, from the source guidance (start slowly, listen to your body, progress
//! gradually):
//! - Step up one level after [`SESSIONS_TO_STEP_UP`] sessions in a row at the current level
//!   that felt "about right" or "too easy" with pain after no higher than pain before.
//!   Two "too easy" sessions in a row step up sooner ([`TOO_EASY_TO_STEP_UP`]).
//! - Step back one level after a flare: pain after in the red band of the one pain rule
//!   (`pain::during`, judged against the pain before), or "too hard"; and the next session
//!   of any routine after a flare in another one takes a step back too.
//! - Never step up during a flare: a flare in any routine in the last [`FLARE_HOLD_DAYS`]
//!   days holds every routine where it is, and holds cardio at last week's minutes.
//! - The next morning has the last word (the pain-monitoring approach physiotherapists
//!   use): "worse", or morning pain 2 or more above the pain before, makes the session a
//!   flare; "better" or "about the same" lets it count as good, so a little soreness during
//!   a session that settled by the morning does not hold anyone back. A session with no
//!   answer is judged on the session alone.

use super::calendar::LocalDate;
use super::history::{Feeling, SessionRecord};
use super::i18n::{messages, Msg};
use super::pain::{self, PainLight, Usual};
use super::plan::{weeks_since, Profile, CARDIO_CAP_MIN};
use super::routine::{Level, Routine};

/// Good sessions in a row needed to step up.
pub const SESSIONS_TO_STEP_UP: usize = 3;
/// "Too easy" sessions in a row (and pain no higher) that step up sooner.
pub const TOO_EASY_TO_STEP_UP: usize = 2;
/// How many days a flare holds back every step up (today and the days before).
pub const FLARE_HOLD_DAYS: i64 = 2;

/// How one session went, for progression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Pain after went into the red band for the person's level that day (more than about 2
    /// above it, or 8 and up), it was worse the next morning, or it felt too hard.
    Flare,
    /// Felt about right or easy, pain after no higher than before.
    Good,
    /// Anything else, including sessions with no answers: neither step.
    Steady,
}

pub fn outcome(s: &SessionRecord) -> Outcome {
    let before = s.pain_before.map(|p| p.value());
    let after = s.pain_after.map(|p| p.value());
    // A session is judged against the pain the person had just before it (their level that
    // day), by the one rule for pain during exercise.
    let light = after.map(|a| pain::during(a, Usual::new(before.unwrap_or(a)), false));
    let red = light == Some(PainLight::Red);
    if let Some(m) = s
        .morning
        .filter(|m| m.compared.is_some() || m.pain.is_some())
    {
        if m.worse(s.pain_before) {
            return Outcome::Flare;
        }
        // Settled by the morning: good, unless it felt too hard, went well above its level,
        // or was stopped early (those neither step up nor back).
        return if m.settled(s.pain_before)
            && s.feeling != Some(Feeling::TooHard)
            && !red
            && !s.ended_early
        {
            Outcome::Good
        } else {
            Outcome::Steady
        };
    }
    if red || s.feeling == Some(Feeling::TooHard) {
        return Outcome::Flare;
    }
    let felt_fine = matches!(s.feeling, Some(Feeling::AboutRight | Feeling::TooEasy));
    let pain_held = matches!((before, after), (Some(b), Some(a)) if a <= b);
    if felt_fine && pain_held && !s.ended_early {
        Outcome::Good
    } else {
        Outcome::Steady
    }
}

/// How a session counted for progression, in one sentence: what "Why this level" lists.
pub fn outcome_msg(s: &SessionRecord) -> Msg {
    let settled = s
        .morning
        .is_some_and(|m| m.compared.is_some() && m.settled(s.pain_before));
    match outcome(s) {
        Outcome::Flare => messages::coach_outcome_flare(flare_why(s)),
        Outcome::Good => {
            let felt = match s.feeling {
                Some(Feeling::TooEasy) => "too-easy",
                Some(Feeling::AboutRight) => "about-right",
                Some(Feeling::TooHard) => "too-hard",
                None => "none",
            };
            if settled {
                messages::coach_outcome_good_settled(felt)
            } else {
                messages::coach_outcome_good(felt)
            }
        }
        Outcome::Steady if s.pain_before.is_none() || s.pain_after.is_none() => {
            messages::coach_outcome_unanswered()
        }
        Outcome::Steady if s.ended_early => messages::coach_outcome_stopped(),
        Outcome::Steady if settled => messages::coach_outcome_steady_settled(),
        Outcome::Steady => messages::coach_outcome_steady(),
    }
}

/// A level's name, as the coach's sentences say it.
pub fn level_name(level: Level) -> Msg {
    match level.value() {
        -2 => messages::coach_level_easiest(),
        -1 => messages::coach_level_easier(),
        0 => messages::coach_level_standard(),
        1 => messages::coach_level_harder(),
        _ => messages::coach_level_hardest(),
    }
}

/// A session's routine by name: a built-in one's from the catalogs, any other as it was
/// saved.
fn session_title(s: &SessionRecord) -> Msg {
    super::catalog::routine(&s.routine_id)
        .map_or_else(|| Msg::plain(s.routine_name.clone()), Routine::title)
}

/// Which way the level moves today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Never done before: start at the standard level.
    Start,
    Up,
    Same,
    Down,
}

/// Today's level for a routine, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub level: Level,
    pub change: Change,
    /// Why, in one sentence.
    pub why: Msg,
    /// Good sessions in a row at this level so far, and how many step it up; `None` at the
    /// top of the ladder or while something holds it.
    pub progress: Option<(usize, usize)>,
}

impl Suggestion {
    /// "2 of 3 good sessions towards Harder", for a routine's page and "Why this level".
    pub fn progress_msg(&self) -> Option<Msg> {
        let (done, needed) = self.progress?;
        let next = level_name(Level::new(self.level.value() + 1));
        Some(messages::coach_progress_towards(done, needed, next))
    }

    fn new(level: Level, change: Change, why: Msg, progress: Option<(usize, usize)>) -> Self {
        Self {
            level,
            change,
            why,
            progress,
        }
    }
}

/// What made a session a flare, in a few words ("your pain went from 3 to 6").
pub fn flare_why(s: &SessionRecord) -> Msg {
    let before = s.pain_before.map(|p| p.value());
    let after = s.pain_after.map(|p| p.value());
    if let Some(m) = s.morning.filter(|m| m.worse(s.pain_before)) {
        let said = m.compared == Some(super::history::Compared::Worse);
        return match (before, m.pain) {
            (Some(b), Some(p)) if p.value() >= b + 2 && said => {
                messages::coach_flare_why_morning_worse(p.value(), b)
            }
            (Some(b), Some(p)) if p.value() >= b + 2 => {
                messages::coach_flare_why_morning_pain(p.value(), b)
            }
            _ => messages::coach_flare_why_morning(),
        };
    }
    match (before, after) {
        (Some(b), Some(a)) if a >= b + 2 => messages::coach_flare_why_rose(b, a),
        (_, Some(a)) if a >= 6 => messages::coach_flare_why_reached(a),
        _ => messages::coach_flare_why_too_hard(),
    }
}

fn newest_first<'a>(sessions: impl Iterator<Item = &'a SessionRecord>) -> Vec<&'a SessionRecord> {
    let mut list: Vec<_> = sessions.collect();
    list.sort_by_key(|s| std::cmp::Reverse(s.started_at));
    list
}

/// The most recent flare in any routine within [`FLARE_HOLD_DAYS`] of `today`.
pub fn recent_flare(sessions: &[SessionRecord], today: LocalDate) -> Option<&SessionRecord> {
    newest_first(sessions.iter()).into_iter().find(|s| {
        let age = today.to_days() - s.local_date().to_days();
        (0..=FLARE_HOLD_DAYS).contains(&age) && outcome(s) == Outcome::Flare
    })
}

/// "today", "yesterday" or "recently", for a session in the last few days: the word the
/// messages choose their words on.
fn when_words(s: &SessionRecord, today: LocalDate) -> &'static str {
    match today.to_days() - s.local_date().to_days() {
        0 => "today",
        1 => "yesterday",
        _ => "recently",
    }
}

/// A short note when the back flared in the last few days: what to do, and when to get it
/// checked. `None` when there was no recent flare.
pub fn flare_note_msg(sessions: &[SessionRecord], today: LocalDate) -> Option<Msg> {
    recent_flare(sessions, today)
        .map(|f| messages::coach_flare_note(session_title(f), when_words(f, today), flare_why(f)))
}

/// The same note for a rest day, when no session is due: rest and an easy walk, and when the
/// next session is (`next`, e.g. "tomorrow").
pub fn flare_note_rest_day_msg(
    sessions: &[SessionRecord],
    today: LocalDate,
    next: Msg,
) -> Option<Msg> {
    recent_flare(sessions, today).map(|f| {
        messages::coach_flare_note_rest_day(
            session_title(f),
            when_words(f, today),
            flare_why(f),
            next,
        )
    })
}

/// How hard to make `routine` today.
pub fn suggest(routine: &Routine, sessions: &[SessionRecord], today: LocalDate) -> Suggestion {
    let name = Routine::title;
    let mine = newest_first(sessions.iter().filter(|s| s.routine_id == routine.id));
    // A flare in another routine since this one was last done: the next session, whatever
    // it is, takes a step back (what the morning reply and the flare note promise).
    let flare_since = recent_flare(sessions, today).filter(|f| {
        f.routine_id != routine.id && mine.first().is_none_or(|m| m.started_at < f.started_at)
    });
    let Some(last) = mine.first() else {
        if let Some(f) = flare_since {
            return Suggestion::new(
                Level::new(-1),
                Change::Down,
                messages::coach_why_first_after_flare(
                    name(routine),
                    when_words(f, today),
                    flare_why(f),
                    session_title(f),
                ),
                None,
            );
        }
        return Suggestion::new(
            Level::STANDARD,
            Change::Start,
            messages::coach_why_first(name(routine)),
            Some((0, SESSIONS_TO_STEP_UP)),
        );
    };
    let current = Level::new(last.level);

    // The flare that holds it back: this routine's last session, or one in another since.
    let flared = if outcome(last) == Outcome::Flare {
        Some(None)
    } else {
        flare_since.map(Some)
    };
    if let Some(other) = flared {
        let gentler = current.value() > Level::MIN;
        let why = match (other, gentler) {
            (None, true) => messages::coach_why_gentler_last(name(routine), flare_why(last)),
            (None, false) => messages::coach_why_gentlest_last(name(routine), flare_why(last)),
            (Some(f), true) => messages::coach_why_gentler_other(
                name(routine),
                when_words(f, today),
                flare_why(f),
                session_title(f),
            ),
            (Some(f), false) => messages::coach_why_gentlest_other(
                name(routine),
                when_words(f, today),
                flare_why(f),
                session_title(f),
            ),
        };
        return if gentler {
            Suggestion::new(Level::new(current.value() - 1), Change::Down, why, None)
        } else {
            Suggestion::new(current, Change::Same, why, None)
        };
    }

    if current.value() >= Level::MAX {
        return Suggestion::new(
            current,
            Change::Same,
            messages::coach_why_top(name(routine)),
            None,
        );
    }
    let good: Vec<&SessionRecord> = mine
        .iter()
        .take_while(|s| s.level == current.value() && outcome(s) == Outcome::Good)
        .copied()
        .collect();
    let too_easy = good
        .iter()
        .take_while(|s| s.feeling == Some(Feeling::TooEasy))
        .count();
    let ready = good.len() >= SESSIONS_TO_STEP_UP || too_easy >= TOO_EASY_TO_STEP_UP;
    if !ready {
        let left = SESSIONS_TO_STEP_UP - good.len();
        return Suggestion::new(
            current,
            Change::Same,
            messages::coach_why_same(left),
            Some((good.len(), SESSIONS_TO_STEP_UP)),
        );
    }
    if let Some(flare) = recent_flare(sessions, today) {
        return Suggestion::new(
            current,
            Change::Same,
            messages::coach_why_held(
                when_words(flare, today),
                flare_why(flare),
                session_title(flare),
            ),
            None,
        );
    }
    if good.len() < SESSIONS_TO_STEP_UP {
        return Suggestion::new(
            Level::new(current.value() + 1),
            Change::Up,
            messages::coach_why_harder_easy(name(routine)),
            None,
        );
    }
    let recent = &good[..SESSIONS_TO_STEP_UP];
    let felt = if recent.iter().all(|s| s.feeling == Some(Feeling::TooEasy)) {
        "easy"
    } else if recent
        .iter()
        .all(|s| s.feeling == Some(Feeling::AboutRight))
    {
        "right"
    } else {
        "mixed"
    };
    let afters: Vec<u8> = recent
        .iter()
        .filter_map(|s| s.pain_after.map(|p| p.value()))
        .collect();
    let top = afters.iter().copied().max().unwrap_or(0);
    let steady = if afters.iter().all(|a| *a == top) {
        "same"
    } else {
        "lower"
    };
    Suggestion::new(
        Level::new(current.value() + 1),
        Change::Up,
        messages::coach_why_harder(name(routine), felt, top, steady),
        None,
    )
}

/// A walk (or swim, ride) counts towards the target when it reaches this share of it.
pub const WALK_DONE_PERCENT: u32 = 90;
/// Days with a walk of about the target needed in a plan week before the target steps up.
pub const WALKS_TO_STEP_UP: usize = 2;

/// Minutes of cardio per local day (walks split into bouts add up).
fn cardio_minutes_by_day(sessions: &[SessionRecord]) -> std::collections::BTreeMap<i64, u32> {
    let mut secs: std::collections::BTreeMap<i64, u32> = std::collections::BTreeMap::new();
    for s in sessions {
        let day = s.local_date().to_days();
        for e in &s.exercises {
            let cardio = super::catalog::exercise(&e.id)
                .is_some_and(|ex| ex.kind == super::exercise::Kind::Cardio);
            if cardio {
                *secs.entry(day).or_default() += e.secs;
            }
        }
    }
    secs.into_iter()
        .map(|(d, s)| (d, super::calendar::whole_minutes(s)))
        .collect()
}

/// Each local day with walking (or swimming, cycling: bouts added up) or a flare, for the
/// walking programme (`walking::weeks`): a day is a flare day when a session that day was a
/// flare (next-morning "worse" included) or the flare plan was on.
pub fn walk_days(
    sessions: &[SessionRecord],
    flare: Option<&super::flare::FlareMode>,
    today: LocalDate,
) -> Vec<super::walking::Day> {
    let mut days: std::collections::BTreeMap<i64, super::walking::Day> =
        cardio_minutes_by_day(sessions)
            .into_iter()
            .map(|(day, minutes)| {
                (
                    day,
                    super::walking::Day {
                        day,
                        minutes,
                        flare: false,
                    },
                )
            })
            .collect();
    let mut mark = |day: i64| {
        days.entry(day)
            .or_insert(super::walking::Day {
                day,
                minutes: 0,
                flare: false,
            })
            .flare = true;
    };
    for s in sessions.iter().filter(|s| outcome(s) == Outcome::Flare) {
        mark(s.local_date().to_days());
    }
    if let Some(f) = flare {
        f.days_on(today.to_days()).for_each(&mut mark);
    }
    days.into_values().collect()
}

/// While the flare plan is on nothing steps up: a step up becomes "same level", saying why.
/// While the flare plan is on nothing steps up and nothing is at the standard level or
/// above: the routines for bad days at a gentle level ("Easier" at most), saying why.
pub fn held_for_flare(s: Suggestion, flaring: bool) -> Suggestion {
    let gentle = Level::new(-1);
    if flaring && s.level > gentle {
        Suggestion::new(gentle, Change::Same, messages::coach_why_flare_plan(), None)
    } else if flaring {
        Suggestion {
            progress: None,
            ..s
        }
    } else {
        s
    }
}

/// About 10% more, at least a minute, never above the cap.
fn grown(minutes: u16) -> u16 {
    let more = (f64::from(minutes) * 1.1).round() as u16;
    more.max(minutes + 1).min(CARDIO_CAP_MIN.max(minutes))
}

/// How the last finished plan week went for walking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum WalkWeek {
    /// No finished week yet.
    First,
    /// Enough walks of about the target, no flare: it stepped up from `from`.
    SteppedUp { from: u16 },
    /// Fewer walks than [`WALKS_TO_STEP_UP`] of about the target: it held.
    NotDone { walks: usize },
    /// The back flared that week: it held.
    Flared,
}

/// The walk target for the plan week holding `today`, and how the week before went. The
/// target starts at the plan's minutes and steps up about 10% only after a plan week (7 days
/// from the plan's start day) with [`WALKS_TO_STEP_UP`] days of walking at least
/// [`WALK_DONE_PERCENT`]% of that week's target and no flare; otherwise it holds.
fn walk_target(profile: &Profile, sessions: &[SessionRecord], today: LocalDate) -> (u16, WalkWeek) {
    let start = LocalDate::from_epoch_ms(profile.created_at, profile.utc_offset_min).to_days();
    let weeks = weeks_since(profile, today).min(104);
    let by_day = cardio_minutes_by_day(sessions);
    let flare_days: std::collections::BTreeSet<i64> = sessions
        .iter()
        .filter(|s| outcome(s) == Outcome::Flare)
        .map(|s| s.local_date().to_days())
        .collect();
    let mut target = profile.cardio_start_min.max(1);
    let mut last = WalkWeek::First;
    for week in 0..weeks {
        let days = start + 7 * week..start + 7 * week + 7;
        let needed = u32::from(target) * WALK_DONE_PERCENT / 100;
        let walks = by_day
            .range(days.clone())
            .filter(|(_, m)| **m >= needed.max(1))
            .count();
        last = if flare_days.range(days).next().is_some() {
            WalkWeek::Flared
        } else if walks >= WALKS_TO_STEP_UP {
            let from = target;
            target = grown(target);
            WalkWeek::SteppedUp { from }
        } else {
            WalkWeek::NotDone { walks }
        };
    }
    (target, last)
}

/// Today's walk (or other low-impact cardio) in minutes, and one sentence on why. It grows
/// only on what was done (see [`walk_target`]), and during a flare it is held at what it
/// was before the last step up.
pub fn cardio_msg(profile: &Profile, sessions: &[SessionRecord], today: LocalDate) -> (u16, Msg) {
    let (target, last) = walk_target(profile, sessions, today);
    if recent_flare(sessions, today).is_some() {
        let minutes = match last {
            WalkWeek::SteppedUp { from } => from,
            _ => target,
        };
        return (minutes, messages::coach_walk_flare(minutes));
    }
    let reason = match last {
        WalkWeek::First => messages::coach_walk_first(target),
        _ if target >= CARDIO_CAP_MIN => messages::coach_walk_cap(target),
        WalkWeek::SteppedUp { from } => messages::coach_walk_up(target, from, WALKS_TO_STEP_UP),
        WalkWeek::NotDone { walks } => {
            messages::coach_walk_not_done(target, WALKS_TO_STEP_UP, walks)
        }
        WalkWeek::Flared => messages::coach_walk_flared(target),
    };
    (target, reason)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::english_text;

    /// A suggestion's why, in English.
    trait Why {
        fn reason(&self) -> String;
    }

    impl Why for Suggestion {
        fn reason(&self) -> String {
            english_text(&self.why)
        }
    }

    fn outcome_sentence(s: &SessionRecord) -> String {
        english_text(&outcome_msg(s))
    }

    fn flare_note(sessions: &[SessionRecord], today: LocalDate) -> Option<String> {
        flare_note_msg(sessions, today).map(|m| english_text(&m))
    }

    fn cardio(profile: &Profile, sessions: &[SessionRecord], today: LocalDate) -> (u16, String) {
        let (minutes, why) = cardio_msg(profile, sessions, today);
        (minutes, english_text(&why))
    }
    use crate::domain::catalog;
    use crate::domain::history::Compared;
    use crate::domain::pain::PainScore;
    use crate::domain::plan::{make_profile, ActivityLevel, PainDuration};

    const DAY: i64 = 86_400_000;
    const T0: i64 = 1_795_608_000_000; // 2026-11-25 12:00 UTC

    fn today() -> LocalDate {
        LocalDate::from_epoch_ms(T0, 0)
    }

    fn rec(
        routine: &str,
        days_ago: i64,
        level: i8,
        before: Option<u8>,
        after: Option<u8>,
        feeling: Option<Feeling>,
    ) -> SessionRecord {
        SessionRecord {
            id: format!("{routine}-{days_ago}-{level}"),
            started_at: T0 - days_ago * DAY,
            utc_offset_min: 0,
            routine_id: routine.into(),
            routine_name: catalog::routine(routine)
                .map_or(routine, |r| &r.name)
                .into(),
            level,
            duration_secs: 400,
            exercises: vec![],
            pain_before: before.and_then(PainScore::new),
            pain_after: after.and_then(PainScore::new),
            feeling,
            note: None,
            ended_early: false,
            distance_m: None,
            morning: None,
        }
    }

    fn good(routine: &str, days_ago: i64, level: i8) -> SessionRecord {
        rec(
            routine,
            days_ago,
            level,
            Some(3),
            Some(2),
            Some(Feeling::AboutRight),
        )
    }

    fn core() -> &'static Routine {
        catalog::routine("core-basics").unwrap()
    }

    #[test]
    fn progress_is_counted_and_two_too_easy_sessions_step_up_sooner() {
        // One good session: "1 of 3 good sessions towards Harder", on the page and in "Why".
        let one = [good("core-basics", 3, 0)];
        let s = suggest(core(), &one, today());
        assert_eq!(s.progress, Some((1, SESSIONS_TO_STEP_UP)));
        assert_eq!(
            s.progress_msg().map(|m| english_text(&m)).as_deref(),
            Some("1 of 3 good sessions towards Harder.")
        );
        // Two in a row that felt too easy, with no rise in pain: up now, not after three.
        let easy = |d| {
            rec(
                "core-basics",
                d,
                0,
                Some(3),
                Some(3),
                Some(Feeling::TooEasy),
            )
        };
        let s = suggest(core(), &[easy(3), easy(1)], today());
        assert_eq!((s.level, s.change), (Level::new(1), Change::Up));
        assert!(
            s.reason().contains("last two sessions felt too easy"),
            "{}",
            s.reason()
        );
        // One too easy after an about-right: still counting.
        let s = suggest(core(), &[good("core-basics", 3, 0), easy(1)], today());
        assert_eq!((s.change, s.progress), (Change::Same, Some((2, 3))));
    }

    #[test]
    fn outcomes_follow_the_rules() {
        use Feeling::*;
        let o = |b, a, f| outcome(&rec("core-basics", 1, 0, b, a, f));
        assert_eq!(
            o(Some(3), Some(5), Some(AboutRight)),
            Outcome::Steady,
            "rose by 2: all right if it settles, so the next morning decides"
        );
        assert_eq!(
            o(Some(3), Some(6), Some(AboutRight)),
            Outcome::Flare,
            "rose by 3"
        );
        assert_eq!(
            o(Some(6), Some(6), Some(AboutRight)),
            Outcome::Good,
            "at the person's own level, 6 is not a flare"
        );
        assert_eq!(
            o(Some(3), Some(4), Some(AboutRight)),
            Outcome::Steady,
            "rose by 1"
        );
        assert_eq!(
            o(Some(6), Some(8), Some(AboutRight)),
            Outcome::Flare,
            "8 or more"
        );
        assert_eq!(o(None, Some(8), None), Outcome::Flare);
        assert_eq!(
            o(None, Some(6), None),
            Outcome::Steady,
            "no level to judge 6 against"
        );
        assert_eq!(
            o(Some(2), Some(1), Some(TooHard)),
            Outcome::Flare,
            "too hard"
        );
        assert_eq!(o(Some(3), Some(3), Some(AboutRight)), Outcome::Good);
        assert_eq!(o(Some(3), Some(1), Some(TooEasy)), Outcome::Good);
        assert_eq!(
            o(Some(3), Some(3), None),
            Outcome::Steady,
            "no feeling given"
        );
        assert_eq!(
            o(None, Some(2), Some(AboutRight)),
            Outcome::Steady,
            "no pain before"
        );
        let mut early = good("core-basics", 1, 0);
        early.ended_early = true;
        assert_eq!(outcome(&early), Outcome::Steady);
    }

    #[test]
    fn a_first_session_starts_as_written() {
        let s = suggest(core(), &[good("desk-break", 1, 2)], today());
        assert_eq!((s.level, s.change), (Level::STANDARD, Change::Start));
        assert_eq!(
            s.reason(),
            "First time with Core basics: start at the standard level and see how it feels."
        );
    }

    #[test]
    fn three_good_sessions_at_a_level_step_up_and_say_why() {
        let history = [
            good("core-basics", 1, 0),
            good("core-basics", 3, 0),
            good("core-basics", 5, 0),
        ];
        let s = suggest(core(), &history, today());
        assert_eq!((s.level, s.change), (Level::new(1), Change::Up));
        assert_eq!(
            s.reason(),
            "A harder Core basics today: your last three sessions felt about right and pain stayed at 2."
        );
        let easy = [
            rec(
                "core-basics",
                1,
                0,
                Some(2),
                Some(1),
                Some(Feeling::TooEasy),
            ),
            rec(
                "core-basics",
                2,
                0,
                Some(2),
                Some(2),
                Some(Feeling::TooEasy),
            ),
            rec(
                "core-basics",
                3,
                0,
                Some(3),
                Some(2),
                Some(Feeling::TooEasy),
            ),
        ];
        assert_eq!(
            suggest(core(), &easy, today()).reason(),
            "A harder Core basics today: your last three sessions felt easy and pain stayed at 2 or lower."
        );
    }

    #[test]
    fn fewer_than_three_or_a_mixed_run_holds_the_level() {
        let two = [good("core-basics", 1, 1), good("core-basics", 2, 1)];
        let s = suggest(core(), &two, today());
        assert_eq!((s.level, s.change), (Level::new(1), Change::Same));
        assert!(
            s.reason().starts_with(
                "Same level as last time: it steps up after 1 more session that feels"
            ),
            "{}",
            s.reason()
        );
        // Good sessions at an older level don't count towards this one.
        let mixed = [
            good("core-basics", 1, 1),
            good("core-basics", 2, 0),
            good("core-basics", 3, 0),
        ];
        assert_eq!(suggest(core(), &mixed, today()).change, Change::Same);
        // A steady session in between starts the count again.
        let broken = [
            good("core-basics", 1, 0),
            rec(
                "core-basics",
                2,
                0,
                Some(3),
                Some(4),
                Some(Feeling::AboutRight),
            ),
            good("core-basics", 3, 0),
            good("core-basics", 4, 0),
        ];
        let s = suggest(core(), &broken, today());
        assert_eq!(s.change, Change::Same);
        assert!(s.reason().contains("2 more sessions"), "{}", s.reason());
    }

    #[test]
    fn a_flare_steps_back_one_level_and_says_what_happened() {
        let history = [
            rec(
                "core-basics",
                1,
                1,
                Some(3),
                Some(6),
                Some(Feeling::AboutRight),
            ),
            good("core-basics", 2, 1),
            good("core-basics", 3, 1),
        ];
        let s = suggest(core(), &history, today());
        assert_eq!((s.level, s.change), (Level::new(0), Change::Down));
        assert_eq!(
            s.reason(),
            "A gentler Core basics today: last time your pain went from 3 to 6."
        );
        let hard = [rec(
            "core-basics",
            1,
            0,
            Some(2),
            Some(2),
            Some(Feeling::TooHard),
        )];
        assert_eq!(
            suggest(core(), &hard, today()).reason(),
            "A gentler Core basics today: last time it felt too hard."
        );
        let high = [rec(
            "core-basics",
            1,
            -2,
            Some(7),
            Some(8),
            Some(Feeling::AboutRight),
        )];
        let s = suggest(core(), &high, today());
        assert_eq!(
            (s.level, s.change),
            (Level::new(-2), Change::Same),
            "already at the bottom"
        );
        assert!(
            s.reason().contains("your pain reached 8")
                && s.reason().contains("health professional"),
            "{}",
            s.reason()
        );
    }

    #[test]
    fn never_step_up_during_a_flare_in_another_routine() {
        let history = [
            rec(
                "desk-break",
                1,
                0,
                Some(3),
                Some(6),
                Some(Feeling::AboutRight),
            ),
            good("core-basics", 2, 0),
            good("core-basics", 3, 0),
            good("core-basics", 4, 0),
        ];
        // The next session after a flare, in any routine, takes a step back.
        let s = suggest(core(), &history, today());
        assert_eq!((s.level, s.change), (Level::new(-1), Change::Down));
        assert_eq!(
            s.reason(),
            "A gentler Core basics today: your back flared yesterday (your pain went from 3 to 6 in Desk break)."
        );
        // Once a session of it is done after the flare, it no longer steps back, and no
        // step up comes while the flare is recent.
        let mut after = history.to_vec();
        after.push(rec(
            "core-basics",
            0,
            0,
            Some(3),
            Some(3),
            Some(Feeling::AboutRight),
        ));
        let s = suggest(core(), &after, today());
        assert_eq!(s.change, Change::Same, "{}", s.reason());
        // Once it is older than the hold, the step up comes.
        let later = LocalDate::from_days(today().to_days() + FLARE_HOLD_DAYS);
        assert_eq!(suggest(core(), &history, later).change, Change::Up);
    }

    #[test]
    fn a_recent_flare_gets_a_note_and_an_old_one_does_not() {
        let flare = [rec("desk-break", 1, 0, Some(2), Some(7), None)];
        let note = flare_note(&flare, today()).unwrap();
        assert!(
            note.starts_with(
                "Your back flared after Desk break yesterday (your pain went from 2 to 7)."
            ),
            "{note}"
        );
        let later = LocalDate::from_days(today().to_days() + FLARE_HOLD_DAYS);
        assert_eq!(flare_note(&flare, later), None);
        assert_eq!(flare_note(&[good("desk-break", 1, 0)], today()), None);
    }

    #[test]
    fn the_top_of_the_ladder_stays_put() {
        let history = [
            good("core-basics", 1, 2),
            good("core-basics", 2, 2),
            good("core-basics", 3, 2),
        ];
        let s = suggest(core(), &history, today());
        assert_eq!((s.level, s.change), (Level::new(2), Change::Same));
    }

    #[test]
    fn every_suggestion_is_one_sentence() {
        let cases: Vec<Vec<SessionRecord>> = vec![
            vec![],
            vec![good("core-basics", 1, 0)],
            vec![
                good("core-basics", 1, 0),
                good("core-basics", 2, 0),
                good("core-basics", 3, 0),
            ],
            vec![rec("core-basics", 1, 0, Some(1), Some(8), None)],
        ];
        for history in cases {
            let r = suggest(core(), &history, today()).reason();
            assert!(r.ends_with('.') && r.len() < 200, "{r}");
            assert_eq!(r.matches(". ").count(), 0, "one sentence: {r}");
        }
    }

    fn walk_plan() -> Profile {
        make_profile(
            3,
            PainDuration::Longer,
            ActivityLevel::Some,
            vec![],
            [true; 7],
            450,
            false,
            T0,
            0,
        )
        .unwrap()
    }

    /// A walk of `mins` minutes logged `days_after` the plan's start.
    fn walk(days_after: i64, mins: u32) -> SessionRecord {
        let mut r = rec("easy-walk", -days_after, 0, None, None, None);
        r.id = format!("walk-{days_after}-{mins}");
        r.exercises = vec![crate::domain::history::ExerciseDone {
            id: "walking".into(),
            sets_done: 1,
            sets_planned: 1,
            reps: 0,
            secs: mins * 60,
            eased_from: None,
            pain: None,
        }];
        r
    }

    fn day(n: i64) -> LocalDate {
        LocalDate::from_days(today().to_days() + n)
    }

    #[test]
    fn the_walk_target_holds_while_nothing_is_walked() {
        let p = walk_plan();
        assert_eq!(p.cardio_start_min, 15);
        let (m, why) = cardio(&p, &[], today());
        assert_eq!(m, 15);
        assert!(why.starts_with("15 minutes of easy walking"));
        // The bug seen: 15 rose to 18 with nothing logged. Three empty weeks: still 15.
        let (m, why) = cardio(&p, &[], day(21));
        assert_eq!(m, 15, "{why}");
        assert!(why.contains("last week had none"), "{why}");
        // One walk isn't enough either.
        let (m, why) = cardio(&p, &[walk(16, 15)], day(21));
        assert_eq!(m, 15);
        assert!(why.contains("last week had 1 walk."), "{why}");
    }

    #[test]
    fn the_walk_target_steps_up_after_a_week_of_walking_it() {
        let p = walk_plan();
        // Week 0 (days 0-6): two walks of 14 min (over 90% of 15): week 1 asks 17 (15 × 1.1).
        let walks = [walk(1, 14), walk(3, 15)];
        let (m, why) = cardio(&p, &walks, day(7));
        assert_eq!(m, 17, "{why}");
        assert!(why.contains("a little more than 15"), "{why}");
        // Short walks (10 of 15) don't count.
        assert_eq!(cardio(&p, &[walk(1, 10), walk(3, 10)], day(7)).0, 15);
        // Two short bouts on one day add up, but make one day, not two walks.
        assert_eq!(cardio(&p, &[walk(1, 8), walk(1, 8)], day(7)).0, 15);
        // Week 1 not walked: holds at 17 in week 2.
        assert_eq!(cardio(&p, &walks, day(14)).0, 17);
    }

    #[test]
    fn a_flare_holds_the_walk_target() {
        let p = walk_plan();
        let mut history = vec![walk(1, 15), walk(3, 15)];
        // A flare during week 0: no step up, whatever was walked.
        history.push(rec("gentle-start", -4, 0, Some(2), Some(6), None));
        let (m, why) = cardio(&p, &history, day(7));
        assert_eq!(m, 15);
        assert!(why.contains("flared"), "{why}");
        // A flare today, right after a step up: back to last week's minutes.
        let walks = vec![
            walk(1, 15),
            walk(3, 15),
            rec("gentle-start", -8, 0, Some(2), Some(6), None),
        ];
        let (m, why) = cardio(&p, &walks, day(8));
        assert_eq!(m, 15);
        assert!(why.contains("no more than last week"));
    }

    fn next_morning(mut s: SessionRecord, compared: Compared, pain: Option<u8>) -> SessionRecord {
        s.morning = Some(crate::domain::history::Morning {
            compared: Some(compared),
            pain: pain.and_then(PainScore::new),
            at: s.started_at + DAY,
        });
        s
    }

    #[test]
    fn worse_the_next_morning_makes_a_session_a_flare_and_steps_back() {
        let s = next_morning(good("core-basics", 1, 1), Compared::Worse, None);
        assert_eq!(outcome(&s), Outcome::Flare);
        let sug = suggest(core(), &[s], today());
        assert_eq!(sug.change, Change::Down);
        assert_eq!(sug.level, Level::new(0));
        assert!(
            sug.reason().contains("worse the next morning"),
            "{}",
            sug.reason()
        );
    }

    #[test]
    fn two_points_up_the_next_morning_counts_as_worse() {
        // Pain 3 before; 5 the next morning even though the person said "about the same".
        let s = next_morning(good("core-basics", 1, 0), Compared::Same, Some(5));
        assert_eq!(outcome(&s), Outcome::Flare);
        let sug = suggest(core(), &[s], today());
        assert!(
            sug.reason()
                .contains("your pain was 5 the next morning, up from 3"),
            "{}",
            sug.reason()
        );
    }

    #[test]
    fn settled_by_the_next_morning_lets_a_sore_session_count_as_good() {
        // Pain went from 3 to 5 during the session (no better than "steady" on its own), but
        // the back was about the same the next morning: hurt, not harm.
        let sore = rec(
            "core-basics",
            1,
            0,
            Some(3),
            Some(5),
            Some(Feeling::AboutRight),
        );
        assert_eq!(outcome(&sore), Outcome::Steady);
        assert_eq!(
            outcome(&next_morning(sore.clone(), Compared::Same, None)),
            Outcome::Good
        );
        assert_eq!(
            outcome(&next_morning(sore, Compared::Better, Some(2))),
            Outcome::Good
        );
        // Too hard or the red band stays short of good, but no longer a flare.
        let hard = rec(
            "core-basics",
            1,
            0,
            Some(3),
            Some(3),
            Some(Feeling::TooHard),
        );
        assert_eq!(
            outcome(&next_morning(hard, Compared::Better, None)),
            Outcome::Steady
        );
        let red = rec(
            "core-basics",
            1,
            0,
            Some(5),
            Some(8),
            Some(Feeling::AboutRight),
        );
        assert_eq!(
            outcome(&next_morning(red, Compared::Same, None)),
            Outcome::Steady
        );
    }

    #[test]
    fn why_this_level_says_what_each_session_counted_as() {
        let worse = next_morning(good("core-basics", 1, 0), Compared::Worse, None);
        assert_eq!(
            outcome_sentence(&worse),
            "Counted as a flare: it was worse the next morning."
        );
        let settled = next_morning(good("core-basics", 1, 0), Compared::Better, None);
        assert_eq!(
            outcome_sentence(&settled),
            "Counted as good: it felt about right and it had settled by the next morning."
        );
        assert_eq!(
            outcome_sentence(&good("core-basics", 1, 0)),
            "Counted as good: it felt about right."
        );
        let unanswered = rec("core-basics", 1, 0, Some(3), None, None);
        assert_eq!(
            outcome_sentence(&unanswered),
            "Neither up nor down: not every question was answered."
        );
        let mut early = good("core-basics", 1, 0);
        early.ended_early = true;
        assert_eq!(
            outcome_sentence(&early),
            "Neither up nor down: it was stopped early."
        );
        let up_one = rec(
            "core-basics",
            1,
            0,
            Some(3),
            Some(4),
            Some(Feeling::AboutRight),
        );
        assert_eq!(
            outcome_sentence(&up_one),
            "Neither up nor down: not quite an easy, pain-free session."
        );
    }

    #[test]
    fn a_session_with_no_morning_answer_counts_as_before() {
        let sore = rec(
            "core-basics",
            1,
            0,
            Some(3),
            Some(5),
            Some(Feeling::AboutRight),
        );
        let mut skipped = sore.clone();
        skipped.morning = Some(crate::domain::history::Morning {
            compared: None,
            pain: None,
            at: T0,
        });
        assert_eq!(outcome(&skipped), outcome(&sore));
        assert_eq!(outcome(&good("core-basics", 1, 0)), Outcome::Good);
    }

    proptest::proptest! {
        /// "Worse" the next morning (or 2 points up) is always a flare, and settled is never
        /// one, whatever happened during the session.
        #[test]
        fn the_next_morning_has_the_last_word(
            before in proptest::option::of(0u8..=10),
            after in proptest::option::of(0u8..=10),
            feeling in proptest::option::of(proptest::sample::select(Feeling::ALL.to_vec())),
            compared in proptest::sample::select(Compared::ALL.to_vec()),
            morning_pain in proptest::option::of(0u8..=10),
        ) {
            let s = next_morning(rec("core-basics", 1, 0, before, after, feeling), compared, morning_pain);
            let m = s.morning.unwrap();
            if m.worse(s.pain_before) {
                proptest::prop_assert_eq!(outcome(&s), Outcome::Flare);
            } else {
                proptest::prop_assert_ne!(outcome(&s), Outcome::Flare);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn the_walk_target_never_grows_without_walks_and_never_passes_the_cap(
            walked in proptest::collection::vec((0i64..70, 1u32..60), 0..40),
            on in 0i64..80,
        ) {
            let p = walk_plan();
            let history: Vec<_> = walked.iter().map(|(d, m)| walk(*d, *m)).collect();
            let (m, why) = cardio(&p, &history, day(on));
            proptest::prop_assert!(m <= CARDIO_CAP_MIN);
            proptest::prop_assert!(m >= p.cardio_start_min);
            proptest::prop_assert!(!why.contains('{'), "{}", why);
            // Each step up needs two walking days in the week before it.
            let steps = (0..).scan(p.cardio_start_min, |t, _| { let g = grown(*t); let same = g == *t; *t = g; (!same).then_some(*t) }).position(|t| t > m).unwrap_or(0);
            let walking_days: std::collections::BTreeSet<i64> = walked.iter().filter(|(d, _)| *d < on).map(|(d, _)| *d).collect();
            proptest::prop_assert!(walking_days.len() >= 2 * steps, "{} steps from {} walking days", steps, walking_days.len());
            // No walks at all: it never moves.
            proptest::prop_assert_eq!(cardio(&p, &[], day(on)).0, p.cardio_start_min);
        }
    }
}
