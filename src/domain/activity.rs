//! Walks, swims, rides and water aerobics done away from the phone, logged by hand. A logged
//! activity is stored as an ordinary session (routine id `log-<kind>`, one timed exercise),
//! so history, weekly minutes, streaks, backups, CSV and the report count it like any other.

use super::calendar::LocalDate;
use super::history::{ExerciseDone, Feeling, SessionRecord};
use super::i18n::{messages, Arg, DateStyle, Msg, Num};
use super::pain::PainScore;
use super::settings::Units;

/// Longest activity that can be logged, in minutes.
pub const MAX_MINUTES: u16 = 600;
pub use super::limits::MAX_DISTANCE_M;
/// How far back an activity can be logged, in days.
pub const MAX_DAYS_BACK: i64 = 366;
/// Routine ids of logged activities start with this.
pub const LOG_PREFIX: &str = "log-";

/// What the player's walk timer says about the phone in its first minute, in words.
pub fn phone_note() -> Msg {
    messages::records_phone_note()
}

const METRES_PER_MILE: f64 = 1_609.344;

/// The kinds of low-impact cardio the guidance suggests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActivityKind {
    Walk,
    Swim,
    Ride,
    WaterAerobics,
}

impl ActivityKind {
    pub const ALL: [ActivityKind; 4] = [
        ActivityKind::Walk,
        ActivityKind::Swim,
        ActivityKind::Ride,
        ActivityKind::WaterAerobics,
    ];

    /// Its name in English, as stored with a logged session (`routine_name`, kept in
    /// backups and exports); screens show [`Self::title`].
    pub fn label(self) -> &'static str {
        match self {
            ActivityKind::Walk => "Walk",
            ActivityKind::Swim => "Swim",
            ActivityKind::Ride => "Bike ride",
            ActivityKind::WaterAerobics => "Water aerobics",
        }
    }

    /// Its name, as a choice and History show it ("Bike ride").
    pub fn title(self) -> Msg {
        Msg::keyed(format!("records-kind-{}", self.slug()))
    }

    /// For URLs and the stored routine id.
    pub fn slug(self) -> &'static str {
        match self {
            ActivityKind::Walk => "walk",
            ActivityKind::Swim => "swim",
            ActivityKind::Ride => "ride",
            ActivityKind::WaterAerobics => "water-aerobics",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.slug() == slug)
    }

    /// The catalogue exercise it counts as.
    pub fn exercise_id(self) -> &'static str {
        match self {
            ActivityKind::Walk => "walking",
            ActivityKind::Swim => "swimming",
            ActivityKind::Ride => "cycling",
            ActivityKind::WaterAerobics => "water-aerobics",
        }
    }

    pub fn routine_id(self) -> String {
        format!("{LOG_PREFIX}{}", self.slug())
    }

    /// Whether a distance makes sense for it (not for water aerobics).
    pub fn has_distance(self) -> bool {
        self != ActivityKind::WaterAerobics
    }

    /// The logged activity a stored session is, if it is one.
    pub fn of(record: &SessionRecord) -> Option<Self> {
        record
            .routine_id
            .strip_prefix(LOG_PREFIX)
            .and_then(Self::from_slug)
    }
}

/// The time of day a session started, as "07:05"; `None` for an activity logged by hand,
/// whose form asks for the day only (its stored time is when it was logged, not walked).
pub fn time_of_day(record: &SessionRecord) -> Option<String> {
    ActivityKind::of(record)
        .is_none()
        .then(|| super::calendar::clock_label(record.started_at, record.utc_offset_min))
}

/// "Wed 25 Nov 2026 · 07:05", or "Wed 25 Nov 2026" for a logged activity.
pub fn when_msg(record: &SessionRecord) -> Msg {
    let date = Arg::Date(record.local_date(), DateStyle::LongYear);
    match time_of_day(record) {
        Some(t) => messages::records_when_time(date, t),
        None => messages::records_when(date),
    }
}

impl SessionRecord {
    /// The session's name: a logged activity's kind, a built-in routine's name in the
    /// person's language, or the name it had then (a person's own routine, one since gone).
    pub fn title(&self) -> Msg {
        if let Some(kind) = ActivityKind::of(self) {
            return kind.title();
        }
        match super::catalog::routine(&self.routine_id) {
            Some(r) if !r.is_custom() => r.title(),
            _ => Msg::plain(self.routine_name.clone()),
        }
    }
}

/// What the log form collects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActivityLog {
    pub kind: ActivityKind,
    pub date: LocalDate,
    pub minutes: u16,
    pub distance_m: Option<u32>,
    pub feeling: Option<Feeling>,
    pub pain_before: Option<PainScore>,
    pub pain_after: Option<PainScore>,
    pub note: String,
}

/// Why an activity can't be logged, in plain words.
#[derive(Clone, Debug, PartialEq)]
pub enum ActivityError {
    Minutes,
    Distance,
    FutureDate,
    TooLongAgo,
    /// The note is over the limit; the message says by how much.
    NoteTooLong(Msg),
}

impl ActivityError {
    /// What to do about it, in words.
    pub fn msg(&self) -> Msg {
        match self {
            ActivityError::Minutes => messages::records_error_minutes(MAX_MINUTES),
            ActivityError::Distance => messages::records_error_distance(Num::decimal(25, 1)),
            ActivityError::FutureDate => messages::records_error_future_date(),
            ActivityError::TooLongAgo => messages::records_error_too_long_ago(),
            ActivityError::NoteTooLong(message) => message.clone(),
        }
    }
}

/// Read minutes typed by the person.
pub fn parse_minutes(input: &str) -> Result<u16, ActivityError> {
    input
        .trim()
        .parse::<u16>()
        .ok()
        .filter(|m| (1..=MAX_MINUTES).contains(m))
        .ok_or(ActivityError::Minutes)
}

/// Read a distance typed in km or miles ("2.5", "2,5"); empty means none.
pub fn parse_distance(input: &str, units: Units) -> Result<Option<u32>, ActivityError> {
    let text = input.trim().replace(',', ".");
    if text.is_empty() {
        return Ok(None);
    }
    let value: f64 = text.parse().map_err(|_| ActivityError::Distance)?;
    if !value.is_finite() || value <= 0.0 {
        return Err(ActivityError::Distance);
    }
    let metres = match units {
        Units::Metric => value * 1_000.0,
        Units::Imperial => value * METRES_PER_MILE,
    }
    .round();
    if metres < 1.0 || metres > f64::from(MAX_DISTANCE_M) {
        return Err(ActivityError::Distance);
    }
    Ok(Some(metres as u32))
}

/// Millimetres in a mile, so a distance in miles is `metres * 1000 / MM_PER_MILE`.
const MM_PER_MILE: u64 = 1_609_344;

/// A distance in km or miles (as `units` says) to the nearest tenth, a half rounding up: the
/// one rounding every screen and sentence shows.
///
/// Whole-number arithmetic on purpose: Today shows distances, and formatting an `f64` would
/// put Rust's float printing (about 5 KB gzip) into every first visit's download.
pub fn distance_tenths(metres: u32, units: Units) -> Num {
    let (numerator, per_unit) = match units {
        Units::Metric => (u64::from(metres) * 10, 1_000),
        Units::Imperial => (u64::from(metres) * 10_000, MM_PER_MILE),
    };
    let tenths = i64::try_from((2 * numerator + per_unit) / (2 * per_unit)).unwrap_or(i64::MAX);
    Num::decimal(tenths, 1)
}

/// "2.4 km" / "1.5 mi" in words, to the nearest tenth (a half rounds up).
pub fn distance_msg(metres: u32, units: Units) -> Msg {
    let d = distance_tenths(metres, units);
    match units {
        Units::Metric => messages::records_distance_km(d),
        Units::Imperial => messages::records_distance_mi(d),
    }
}

/// Start of a local day, in ms since the epoch.
fn day_start_ms(date: LocalDate, utc_offset_min: i16) -> i64 {
    date.to_days() * 86_400_000 - i64::from(utc_offset_min) * 60_000
}

impl ActivityLog {
    /// The session to store. An activity logged for today ends now; one for an earlier day
    /// is placed at midday, so it lands on the right day in every view.
    pub fn to_record(
        &self,
        id: String,
        now_ms: i64,
        utc_offset_min: i16,
    ) -> Result<SessionRecord, ActivityError> {
        let today = LocalDate::from_epoch_ms(now_ms, utc_offset_min);
        if self.date > today {
            return Err(ActivityError::FutureDate);
        }
        if today.to_days() - self.date.to_days() > MAX_DAYS_BACK {
            return Err(ActivityError::TooLongAgo);
        }
        if !(1..=MAX_MINUTES).contains(&self.minutes) {
            return Err(ActivityError::Minutes);
        }
        if self
            .distance_m
            .is_some_and(|d| d == 0 || d > MAX_DISTANCE_M)
        {
            return Err(ActivityError::Distance);
        }
        let note = self.note.trim();
        if let Err(message) = super::limits::check_note_msg(note) {
            return Err(ActivityError::NoteTooLong(message));
        }
        let secs = u32::from(self.minutes) * 60;
        let started_at = if self.date == today {
            // Ended now; but never before today's midnight.
            (now_ms - i64::from(secs) * 1_000).max(day_start_ms(today, utc_offset_min))
        } else {
            day_start_ms(self.date, utc_offset_min) + 12 * 3_600_000
        };
        Ok(SessionRecord {
            id,
            started_at,
            utc_offset_min,
            routine_id: self.kind.routine_id(),
            routine_name: self.kind.label().into(),
            level: 0,
            duration_secs: secs,
            exercises: vec![ExerciseDone {
                id: self.kind.exercise_id().into(),
                sets_done: 1,
                sets_planned: 1,
                reps: 0,
                secs,
                eased_from: None,
                pain: None,
            }],
            pain_before: self.pain_before,
            pain_after: self.pain_after,
            feeling: self.feeling,
            note: (!note.is_empty()).then(|| note.to_string()),
            ended_early: false,
            distance_m: self.distance_m.filter(|_| self.kind.has_distance()),
            morning: None,
        })
    }
}

/// True for cardio: a walk, swim or ride logged by hand, or a session whose every exercise
/// is low-impact cardio (the timed walks and rides).
pub fn is_cardio(record: &SessionRecord) -> bool {
    ActivityKind::of(record).is_some()
        || (!record.exercises.is_empty()
            && record.exercises.iter().all(|e| {
                super::catalog::exercise(&e.id)
                    .is_some_and(|ex| ex.kind == super::exercise::Kind::Cardio)
            }))
}

/// One line for a logged activity: "30 min · 2.4 km".
pub fn summary_msg(record: &SessionRecord, units: Units) -> Msg {
    let minutes = super::calendar::whole_minutes(record.duration_secs);
    match record.distance_m {
        Some(d) => {
            let d = distance_tenths(d, units);
            match units {
                Units::Metric => messages::records_summary_km(minutes, d),
                Units::Imperial => messages::records_summary_mi(minutes, d),
            }
        }
        None => messages::records_minutes(minutes),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::english_text;

    fn distance_label(metres: u32, units: Units) -> String {
        english_text(&distance_msg(metres, units))
    }

    fn summary(record: &SessionRecord, units: Units) -> String {
        english_text(&summary_msg(record, units))
    }
    use crate::domain::catalog;
    use crate::domain::insights;

    // 2026-11-25 10:00 UTC, a Wednesday.
    const NOW: i64 = 1_795_600_800_000;

    fn walk(date: LocalDate, minutes: u16) -> ActivityLog {
        ActivityLog {
            kind: ActivityKind::Walk,
            date,
            minutes,
            distance_m: Some(2_400),
            feeling: Some(Feeling::AboutRight),
            pain_before: PainScore::new(3),
            pain_after: PainScore::new(2),
            note: "  Along the river  ".into(),
        }
    }

    fn today(offset: i16) -> LocalDate {
        LocalDate::from_epoch_ms(NOW, offset)
    }

    #[test]
    fn every_kind_counts_as_a_catalogue_cardio_exercise_and_round_trips() {
        for kind in ActivityKind::ALL {
            let ex = catalog::exercise(kind.exercise_id()).unwrap();
            assert_eq!(ex.kind, crate::domain::exercise::Kind::Cardio);
            assert_eq!(ActivityKind::from_slug(kind.slug()), Some(kind));
            assert!(catalog::routine(&kind.routine_id()).is_none());
        }
    }

    #[test]
    fn a_walk_today_ends_now_and_counts_in_the_week() {
        let offset = 60;
        let r = walk(today(offset), 30)
            .to_record("w1".into(), NOW, offset)
            .unwrap();
        assert_eq!(r.started_at, NOW - 30 * 60_000);
        assert_eq!(r.local_date(), today(offset));
        assert_eq!(ActivityKind::of(&r), Some(ActivityKind::Walk));
        assert_eq!(r.routine_name, "Walk");
        assert_eq!(r.duration_secs, 1_800);
        assert_eq!(r.note.as_deref(), Some("Along the river"));
        assert_eq!(r.distance_m, Some(2_400));
        let weeks = insights::weekly_totals(std::slice::from_ref(&r), today(offset), 1);
        // Its minutes count in the week; it isn't an exercise session.
        assert_eq!((weeks[0].sessions, weeks[0].minutes), (0, 30));
        let guided = crate::domain::history::fixtures::record("g", NOW - 3_600_000);
        assert_eq!(
            insights::cardio_minutes_this_week(&[r.clone(), guided], today(offset)),
            30
        );
        // A walk sits on top of the plan: it doesn't stand in for a planned session.
        assert_eq!(insights::streak(&[r], [true; 7], today(offset)).current, 0);
    }

    #[test]
    fn a_long_walk_logged_just_after_midnight_stays_on_today() {
        // 00:10 local time, a 90-minute walk: it can't have started yesterday.
        let offset = 0;
        let just_after_midnight = NOW - 10 * 3_600_000 + 10 * 60_000;
        let r = walk(today(offset), 90)
            .to_record("w".into(), just_after_midnight, offset)
            .unwrap();
        assert_eq!(r.local_date(), today(offset));
    }

    #[test]
    fn an_earlier_day_is_placed_at_its_midday_in_local_time() {
        for offset in [-600i16, 0, 330, 840] {
            let day = LocalDate::from_days(today(offset).to_days() - 3);
            let r = walk(day, 20).to_record("w".into(), NOW, offset).unwrap();
            assert_eq!(r.local_date(), day, "offset {offset}");
            assert_eq!(
                crate::domain::calendar::clock_label(r.started_at, offset),
                "12:00"
            );
            // Stored at noon to sit squarely on its day, but never shown as a made-up time.
            assert_eq!(time_of_day(&r), None);
            assert!(!english_text(&when_msg(&r)).contains("12:00"));
            assert!(!crate::domain::backup::sessions_csv_in(
                std::slice::from_ref(&r),
                |id| id.to_string(),
                |m| english_text(&m)
            )
            .contains("12:00"));
        }
        let guided = crate::domain::history::fixtures::record("g", NOW);
        assert!(time_of_day(&guided).is_some());
    }

    #[test]
    fn impossible_logs_are_refused_with_a_reason() {
        let t = today(0);
        let tomorrow = LocalDate::from_days(t.to_days() + 1);
        let long_ago = LocalDate::from_days(t.to_days() - 400);
        let rec = |log: ActivityLog| log.to_record("x".into(), NOW, 0);
        assert_eq!(rec(walk(tomorrow, 20)), Err(ActivityError::FutureDate));
        assert_eq!(rec(walk(long_ago, 20)), Err(ActivityError::TooLongAgo));
        assert_eq!(rec(walk(t, 0)), Err(ActivityError::Minutes));
        assert_eq!(rec(walk(t, MAX_MINUTES + 1)), Err(ActivityError::Minutes));
        let mut far = walk(t, 20);
        far.distance_m = Some(MAX_DISTANCE_M + 1);
        assert_eq!(rec(far), Err(ActivityError::Distance));
        let mut chatty = walk(t, 20);
        chatty.note = "x".repeat(2_001);
        assert!(
            matches!(rec(chatty), Err(ActivityError::NoteTooLong(m)) if english_text(&m).contains("1 character too long"))
        );
        // Water aerobics has no distance, whatever the form sent.
        let mut pool = walk(t, 45);
        pool.kind = ActivityKind::WaterAerobics;
        assert_eq!(rec(pool).unwrap().distance_m, None);
    }

    #[test]
    fn minutes_and_distances_parse_as_people_type_them() {
        assert_eq!(parse_minutes(" 30 "), Ok(30));
        assert_eq!(parse_minutes("0"), Err(ActivityError::Minutes));
        assert_eq!(parse_minutes("thirty"), Err(ActivityError::Minutes));
        assert_eq!(parse_minutes("601"), Err(ActivityError::Minutes));
        assert_eq!(parse_distance("", Units::Metric), Ok(None));
        assert_eq!(parse_distance("2,5", Units::Metric), Ok(Some(2_500)));
        assert_eq!(parse_distance("1", Units::Imperial), Ok(Some(1_609)));
        assert_eq!(
            parse_distance("-1", Units::Metric),
            Err(ActivityError::Distance)
        );
        assert_eq!(
            parse_distance("NaN", Units::Metric),
            Err(ActivityError::Distance)
        );
        assert_eq!(
            parse_distance("201", Units::Metric),
            Err(ActivityError::Distance)
        );
        assert_eq!(distance_label(2_400, Units::Metric), "2.4 km");
        assert_eq!(distance_label(1_609, Units::Imperial), "1.0 mi");
    }

    #[test]
    fn distances_read_as_float_formatting_would_have_them_with_halves_rounded_up() {
        assert_eq!(distance_label(0, Units::Metric), "0.0 km");
        assert_eq!(distance_label(49, Units::Metric), "0.0 km");
        assert_eq!(distance_label(50, Units::Metric), "0.1 km");
        assert_eq!(distance_label(2_450, Units::Metric), "2.5 km");
        assert_eq!(distance_label(9_960, Units::Metric), "10.0 km");
        // 200 km is 124.27… miles; no overflow at the largest distance allowed.
        assert_eq!(distance_label(MAX_DISTANCE_M, Units::Imperial), "124.3 mi");
        // Away from an exact half, the same text as `{:.1}` of the distance as a float.
        for metres in (0..=MAX_DISTANCE_M).step_by(7) {
            let km = f64::from(metres) / 1_000.0;
            if metres % 100 != 50 {
                assert_eq!(
                    distance_label(metres, Units::Metric),
                    format!("{km:.1} km"),
                    "{metres} m"
                );
            }
            let miles = f64::from(metres) / METRES_PER_MILE;
            let off_half = ((miles * 10.0).fract() - 0.5).abs() > 1e-6;
            if off_half {
                assert_eq!(
                    distance_label(metres, Units::Imperial),
                    format!("{miles:.1} mi"),
                    "{metres} m"
                );
            }
        }
    }

    #[test]
    fn the_summary_line_reads_well() {
        let r = walk(today(0), 30).to_record("w".into(), NOW, 0).unwrap();
        assert_eq!(summary(&r, Units::Metric), "30 min · 2.4 km");
        assert_eq!(summary(&r, Units::Imperial), "30 min · 1.5 mi");
        let mut no_distance = r;
        no_distance.distance_m = None;
        assert_eq!(summary(&no_distance, Units::Metric), "30 min");
    }

    #[test]
    fn the_words_read_as_before_in_english_and_decimals_each_languages_way() {
        use crate::domain::i18n::{Catalog, Lang};
        let r = walk(today(0), 30).to_record("w".into(), NOW, 0).unwrap();
        let mut none = r.clone();
        none.distance_m = None;
        assert_eq!(english_text(&summary_msg(&none, Units::Metric)), "30 min");
        for kind in ActivityKind::ALL {
            assert_eq!(english_text(&kind.title()), kind.label());
        }
        for (e, said) in [
            (
                ActivityError::Minutes,
                "Enter how many minutes it took, from 1 to 600.",
            ),
            (
                ActivityError::Distance,
                "Enter the distance as a number, like 2.5, or leave it empty.",
            ),
            (
                ActivityError::FutureDate,
                "That date is still to come. Pick today or an earlier day.",
            ),
            (
                ActivityError::TooLongAgo,
                "Pick a date within the last year.",
            ),
        ] {
            assert_eq!(english_text(&e.msg()), said);
        }
        assert_eq!(
            english_text(&phone_note()),
            "Take the phone and Limber times it, or leave it at home and log it when you're back. Go at a pace where you can still talk."
        );
        let mut de = Catalog::new(Lang::De);
        de.add(include_str!("../../locales/de/records.ftl"))
            .unwrap();
        assert_eq!(
            de.render(&summary_msg(&r, Units::Metric)),
            "30 min · 2,4 km"
        );
    }

    #[test]
    fn guided_sessions_are_not_logged_activities() {
        let guided = crate::domain::history::fixtures::record("a", NOW);
        assert_eq!(ActivityKind::of(&guided), None);
    }
}
