//! What a finished session leaves behind, and how history is read back.

use serde::{Deserialize, Serialize};

use super::calendar::LocalDate;
use super::i18n::{messages, Msg};
use super::pain::PainScore;

/// How much of one exercise was done in a session. Stored as a short array (see
/// [`CompactExercise`]) to keep years of history small.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "CompactExercise", into = "CompactExercise")]
pub struct ExerciseDone {
    /// Catalogue id of the exercise actually done (the easier version, if switched).
    pub id: String,
    pub sets_done: u8,
    pub sets_planned: u8,
    /// Repetitions done, for rep-based exercises.
    pub reps: u16,
    /// Seconds spent doing it (pauses and rests excluded).
    pub secs: u32,
    /// Set when the person switched to the easier version: the original exercise's id.
    pub eased_from: Option<String>,
    /// The highest pain reported with "this hurts" during it.
    pub pain: Option<PainScore>,
}

// Words for lengths of time and days of the week. They live here, not in `calendar`, which
// sits below `i18n` (a date argument is a `calendar::LocalDate`).

/// A duration as "4 min 05 s" or "45 s", in words (as `calendar::duration_label`).
pub fn duration_msg(secs: u32) -> Msg {
    if secs < 60 {
        messages::records_duration_seconds(secs)
    } else {
        messages::records_duration_minutes(secs / 60, format!("{:02}", secs % 60))
    }
}

/// A length as "11 min" (never "0 min"), in words (`calendar::length_minutes`).
pub fn minutes_msg(secs: u32) -> Msg {
    messages::records_minutes(super::calendar::length_minutes(secs))
}

/// A weekday's name ("Monday"; 0 = Monday … 6 = Sunday), from `core.ftl`.
pub fn weekday_msg(weekday: u8) -> Msg {
    Msg::keyed(format!("weekday-{}", weekday % 7 + 1))
}

/// A weekday's short name ("Mon"; 0 = Monday … 6 = Sunday), from `core.ftl`.
pub fn weekday_short_msg(weekday: u8) -> Msg {
    Msg::keyed(format!("weekday-short-{}", weekday % 7 + 1))
}

/// The heading over [`SessionRecord::pain_cell`], in words.
pub fn pain_cell_heading() -> Msg {
    messages::records_pain_cell_heading()
}

/// How a session felt, asked at the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Feeling {
    TooEasy,
    AboutRight,
    TooHard,
}

impl Feeling {
    pub const ALL: [Feeling; 3] = [Feeling::TooEasy, Feeling::AboutRight, Feeling::TooHard];

    /// The word a message selects on: `too-easy`, `about-right`, `too-hard`.
    pub fn key(self) -> &'static str {
        match self {
            Feeling::TooEasy => "too-easy",
            Feeling::AboutRight => "about-right",
            Feeling::TooHard => "too-hard",
        }
    }

    /// Its name, as a choice shows it ("Too easy").
    pub fn title(self) -> Msg {
        Msg::keyed(format!("records-feeling-{}", self.key()))
    }

    /// "Felt: too easy".
    pub fn felt(self) -> Msg {
        messages::records_felt(self.key())
    }
}

/// How the back is the morning after a session, compared with just before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Compared {
    Better,
    Same,
    Worse,
}

impl Compared {
    pub const ALL: [Compared; 3] = [Compared::Better, Compared::Same, Compared::Worse];

    /// The word a message selects on: `better`, `same`, `worse`.
    pub fn key(self) -> &'static str {
        match self {
            Compared::Better => "better",
            Compared::Same => "same",
            Compared::Worse => "worse",
        }
    }

    /// Its name, as a choice shows it ("About the same").
    pub fn title(self) -> Msg {
        Msg::keyed(format!("records-compared-{}", self.key()))
    }
}

/// The next-morning check for one session (format 4 on): asked once, the first time the app
/// is opened 6 to 36 hours after the session. `compared` is `None` when the person chose
/// "Not now", so the question is not asked again and the session counts as if unanswered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "CompactMorning", into = "CompactMorning")]
pub struct Morning {
    pub compared: Option<Compared>,
    /// Pain that morning, 0-10, if the person gave it.
    pub pain: Option<PainScore>,
    /// When it was answered, ms since the epoch.
    pub at: i64,
}

/// The stored form of [`Morning`]: `[compared, pain, at]`.
#[derive(Serialize, Deserialize)]
pub struct CompactMorning(Option<Compared>, Option<PainScore>, i64);

impl From<CompactMorning> for Morning {
    fn from(CompactMorning(compared, pain, at): CompactMorning) -> Self {
        Self { compared, pain, at }
    }
}

impl From<Morning> for CompactMorning {
    fn from(m: Morning) -> Self {
        Self(m.compared, m.pain, m.at)
    }
}

impl Morning {
    /// Worse the next morning: said so, or a morning pain 2 or more points above the pain
    /// before the session.
    pub fn worse(&self, pain_before: Option<PainScore>) -> bool {
        let rose = matches!((self.pain, pain_before), (Some(now), Some(b)) if now.value() >= b.value() + 2);
        self.compared == Some(Compared::Worse) || rose
    }

    /// Answered "better" or "about the same" (and not 2 points up).
    pub fn settled(&self, pain_before: Option<PainScore>) -> bool {
        matches!(self.compared, Some(Compared::Better | Compared::Same)) && !self.worse(pain_before)
    }
}

impl SessionRecord {
    /// The next-morning answer in a few words ("Worse, pain 5"), for a table's cell; `None`
    /// when none was given.
    pub fn morning_msg(&self) -> Option<Msg> {
        let m = self.morning?;
        match (m.compared, m.pain) {
            (Some(c), Some(p)) => Some(messages::records_morning_words_both(c.key(), p.value())),
            (Some(c), None) => Some(c.title()),
            (None, Some(p)) => Some(messages::records_morning_words_pain(p.value())),
            (None, None) => None,
        }
    }

    /// The next-morning answer as a line of its own ("The next morning: worse, pain 5");
    /// `None` when none was given.
    pub fn next_morning_msg(&self) -> Option<Msg> {
        let m = self.morning?;
        match (m.compared, m.pain) {
            (Some(c), Some(p)) => Some(messages::records_next_morning_both(c.key(), p.value())),
            (Some(c), None) => Some(messages::records_next_morning_compared(c.key())),
            (None, Some(p)) => Some(messages::records_next_morning_pain(p.value())),
            (None, None) => None,
        }
    }

    /// Pain before, during and after in a few words ("3/10 before, 2/10 after"), or "not
    /// recorded".
    pub fn pain_msg(&self) -> Msg {
        let before = self.pain_before.map(PainScore::value);
        let during = self.pain_during().map(|(p, _)| p.value());
        let after = self.pain_after.map(PainScore::value);
        match (before, during, after) {
            (Some(b), None, None) => messages::records_pain_b(b),
            (None, Some(d), None) => messages::records_pain_d(d),
            (None, None, Some(a)) => messages::records_pain_a(a),
            (Some(b), Some(d), None) => messages::records_pain_bd(b, d),
            (Some(b), None, Some(a)) => messages::records_pain_ba(b, a),
            (None, Some(d), Some(a)) => messages::records_pain_da(d, a),
            (Some(b), Some(d), Some(a)) => messages::records_pain_bda(b, d, a),
            (None, None, None) => messages::records_pain_none(),
        }
    }

    /// History's pain line: "Pain: 3/10 before, 2/10 after", or for a session from before
    /// the check-in, "Pain afterwards: 2/10" (or "not recorded").
    pub fn pain_line(&self) -> Msg {
        match (self.pain_before, self.pain_after) {
            (Some(_), _) => messages::records_pain_line(self.pain_msg()),
            (None, Some(a)) => messages::records_pain_afterwards(a.value()),
            (None, None) => messages::records_pain_afterwards_none(),
        }
    }

    /// Pain before, during (the highest "This hurts" answer) and after, out of 10, as
    /// "3 / 5 / 2" ("–" where there is none): the report table's one-line cell, under
    /// [`pain_cell_heading`].
    pub fn pain_cell(&self) -> String {
        let v = |p: Option<PainScore>| p.map_or("–".to_string(), |p| p.value().to_string());
        format!(
            "{} / {} / {}",
            v(self.pain_before),
            v(self.pain_during().map(|(p, _)| p)),
            v(self.pain_after)
        )
    }

    /// The highest pain given with "This hurts" during the session, and the exercise it was
    /// given in (the first, if several share the highest).
    pub fn pain_during(&self) -> Option<(PainScore, &ExerciseDone)> {
        self.exercises
            .iter()
            .filter_map(|e| e.pain.map(|p| (p, e)))
            .fold(None, |best, (p, e)| match best {
                Some((b, _)) if b >= p => best,
                _ => Some((p, e)),
            })
    }
}

impl ExerciseDone {
    pub fn skipped(&self) -> bool {
        self.sets_done == 0
    }
}

/// One session, as stored on the device (as a short array, see [`CompactRecord`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "CompactRecord", into = "CompactRecord")]
pub struct SessionRecord {
    /// Unique per record; merging two copies of history goes by this id.
    pub id: String,
    /// When the session started, in ms since the Unix epoch (UTC).
    pub started_at: i64,
    /// The person's UTC offset in minutes when the session started, so its calendar day
    /// stays right after travel or a clock change.
    pub utc_offset_min: i16,
    pub routine_id: String,
    /// The routine's name at the time, so history reads well even if a routine is renamed.
    pub routine_name: String,
    /// The routine's level (-2 gentlest … +2 hardest); 0 for records from before levels.
    pub level: i8,
    /// Seconds from start to finish.
    pub duration_secs: u32,
    pub exercises: Vec<ExerciseDone>,
    /// Pain before starting; `None` for records from before the check-in existed.
    pub pain_before: Option<PainScore>,
    /// Pain right after the session; `None` if the person chose not to say.
    pub pain_after: Option<PainScore>,
    pub feeling: Option<Feeling>,
    /// The person's own note, always shown as plain text.
    pub note: Option<String>,
    /// True when the session was ended before its last step.
    pub ended_early: bool,
    /// Distance covered in metres, for a walk, swim or ride logged by hand (format 3 on).
    pub distance_m: Option<u32>,
    /// The next-morning check (format 4 on).
    pub morning: Option<Morning>,
}

/// The stored form of [`ExerciseDone`]:
/// `[id, sets_done, sets_planned, reps, secs, eased_from, pain]`.
#[derive(Serialize, Deserialize)]
pub struct CompactExercise(String, u8, u8, u16, u32, Option<String>, Option<PainScore>);

impl From<CompactExercise> for ExerciseDone {
    fn from(c: CompactExercise) -> Self {
        let CompactExercise(id, sets_done, sets_planned, reps, secs, eased_from, pain) = c;
        Self {
            id,
            sets_done,
            sets_planned,
            reps,
            secs,
            eased_from,
            pain,
        }
    }
}

impl From<ExerciseDone> for CompactExercise {
    fn from(e: ExerciseDone) -> Self {
        Self(
            e.id,
            e.sets_done,
            e.sets_planned,
            e.reps,
            e.secs,
            e.eased_from,
            e.pain,
        )
    }
}

/// The stored form of [`SessionRecord`]: `[id, started_at, utc_offset_min, routine_id,
/// routine_name, level, duration_secs, ended_early, pain_before, pain_after, feeling, note,
/// exercises, distance_m, morning]`. Field names are not repeated in every record: ten years of daily sessions
/// stay well under the browser's storage limit.
#[derive(Serialize, Deserialize)]
pub struct CompactRecord(
    String,
    i64,
    i16,
    String,
    String,
    i8,
    u32,
    bool,
    Option<PainScore>,
    Option<PainScore>,
    Option<Feeling>,
    Option<String>,
    Vec<ExerciseDone>,
    Option<u32>,
    Option<Morning>,
);

impl From<CompactRecord> for SessionRecord {
    fn from(c: CompactRecord) -> Self {
        let CompactRecord(
            id,
            started_at,
            utc_offset_min,
            routine_id,
            routine_name,
            level,
            duration_secs,
            ended_early,
            pain_before,
            pain_after,
            feeling,
            note,
            exercises,
            distance_m,
            morning,
        ) = c;
        Self {
            id,
            started_at,
            utc_offset_min,
            routine_id,
            routine_name,
            level,
            duration_secs,
            exercises,
            pain_before,
            pain_after,
            feeling,
            note,
            ended_early,
            distance_m,
            morning,
        }
    }
}

impl From<SessionRecord> for CompactRecord {
    fn from(r: SessionRecord) -> Self {
        Self(
            r.id,
            r.started_at,
            r.utc_offset_min,
            r.routine_id,
            r.routine_name,
            r.level,
            r.duration_secs,
            r.ended_early,
            r.pain_before,
            r.pain_after,
            r.feeling,
            r.note,
            r.exercises,
            r.distance_m,
            r.morning,
        )
    }
}

impl SessionRecord {
    /// A record id that is unique in practice: the start time plus a random number the
    /// caller supplies (the domain has no randomness of its own).
    pub fn make_id(started_at: i64, random: u32) -> String {
        format!("{started_at:x}-{random:08x}")
    }

    pub fn local_date(&self) -> LocalDate {
        LocalDate::from_epoch_ms(self.started_at, self.utc_offset_min)
    }

    pub fn exercises_done(&self) -> usize {
        self.exercises.iter().filter(|e| !e.skipped()).count()
    }
}

/// Sessions ordered newest first, the order History shows them in.
pub fn newest_first(sessions: &[SessionRecord]) -> Vec<&SessionRecord> {
    let mut sorted: Vec<&SessionRecord> = sessions.iter().collect();
    sorted.sort_by(|a, b| {
        b.started_at
            .cmp(&a.started_at)
            .then_with(|| b.id.cmp(&a.id))
    });
    sorted
}

/// The newest session: the first of [`newest_first`], found without sorting (Today's line
/// about it is in the first load, which carries no sort for it).
pub fn newest(sessions: &[SessionRecord]) -> Option<&SessionRecord> {
    sessions.iter().max_by(|a, b| {
        a.started_at
            .cmp(&b.started_at)
            .then_with(|| a.id.cmp(&b.id))
    })
}

/// Add `record` to `sessions` unless a record with the same id is already there. Returns
/// whether it was added.
pub fn insert_unique(sessions: &mut Vec<SessionRecord>, record: SessionRecord) -> bool {
    if sessions.iter().any(|s| s.id == record.id) {
        false
    } else {
        sessions.push(record);
        true
    }
}

/// The next-morning question is asked from this many hours after a session ends…
pub const MORNING_FROM_HOURS: i64 = 6;
/// …until this many.
pub const MORNING_UNTIL_HOURS: i64 = 36;

impl SessionRecord {
    /// When the session ended, ms since the epoch.
    pub fn ended_at(&self) -> i64 {
        self.started_at + i64::from(self.duration_secs) * 1_000
    }
}

/// The session to ask the next-morning question about at `now_ms`, if any: the most recent
/// one that ended 6 to 36 hours ago and has no answer yet (a "Not now" counts as an
/// answer, so it is asked once). The caller passes the sessions it asks about (Today leaves
/// out walks logged by hand afterwards, whose times are only roughly known).
pub fn morning_due<'a>(
    sessions: impl IntoIterator<Item = &'a SessionRecord>,
    now_ms: i64,
) -> Option<&'a SessionRecord> {
    const HOUR: i64 = 3_600_000;
    sessions
        .into_iter()
        .filter(|s| {
            let since = now_ms - s.ended_at();
            (MORNING_FROM_HOURS * HOUR..=MORNING_UNTIL_HOURS * HOUR).contains(&since)
        })
        .max_by_key(|s| (s.ended_at(), s.id.clone()))
        .filter(|s| s.morning.is_none())
}

/// Store a next-morning answer on the session with this id.
pub fn set_morning(sessions: &mut [SessionRecord], id: &str, morning: Morning) {
    if let Some(r) = sessions.iter_mut().find(|r| r.id == id) {
        r.morning = Some(morning);
    }
}

#[cfg(test)]
mod morning_tests {
    use super::*;

    const H: i64 = 3_600_000;
    const NOW: i64 = 1_795_651_200_000;

    fn ended_hours_ago(id: &str, hours: i64) -> SessionRecord {
        let mut r = fixtures::record(id, NOW - hours * H);
        r.duration_secs = 0;
        r
    }

    #[test]
    fn the_morning_question_comes_between_6_and_36_hours_after_a_session() {
        for (hours, due) in [
            (1, false),
            (5, false),
            (6, true),
            (20, true),
            (36, true),
            (37, false),
        ] {
            let list = [ended_hours_ago("a", hours)];
            assert_eq!(morning_due(&list, NOW).is_some(), due, "{hours} h");
        }
    }

    #[test]
    fn the_morning_question_is_about_the_latest_session_and_asked_once() {
        let mut list = vec![ended_hours_ago("old", 30), ended_hours_ago("new", 14)];
        assert_eq!(morning_due(&list, NOW).map(|s| s.id.as_str()), Some("new"));
        // "Not now" is an answer too: nothing more is asked about that session.
        set_morning(
            &mut list,
            "new",
            Morning {
                compared: None,
                pain: None,
                at: NOW,
            },
        );
        assert!(morning_due(&list, NOW).is_none());
    }

    #[test]
    fn worse_means_said_so_or_two_points_up() {
        let b = PainScore::new(3);
        let m = |compared, pain: Option<u8>| Morning {
            compared,
            pain: pain.and_then(PainScore::new),
            at: NOW,
        };
        assert!(m(Some(Compared::Worse), None).worse(b));
        assert!(m(Some(Compared::Same), Some(5)).worse(b), "2 up");
        assert!(!m(Some(Compared::Same), Some(4)).worse(b), "1 up");
        assert!(m(Some(Compared::Better), Some(3)).settled(b));
        assert!(!m(None, None).settled(b));
        assert!(!m(None, None).worse(b));
    }
}

#[cfg(test)]
pub(crate) mod fixtures {
    use super::*;

    pub fn record(id: &str, started_at: i64) -> SessionRecord {
        SessionRecord {
            id: id.to_string(),
            started_at,
            utc_offset_min: 60,
            routine_id: "gentle-start".into(),
            routine_name: "Gentle start".into(),
            level: 0,
            duration_secs: 312,
            exercises: vec![
                ExerciseDone {
                    id: "pelvic-tilt".into(),
                    sets_done: 2,
                    sets_planned: 2,
                    reps: 20,
                    secs: 80,
                    eased_from: None,
                    pain: None,
                },
                ExerciseDone {
                    id: "glute-bridge".into(),
                    sets_done: 0,
                    sets_planned: 2,
                    reps: 0,
                    secs: 0,
                    eased_from: None,
                    pain: PainScore::new(5),
                },
            ],
            pain_before: PainScore::new(4),
            pain_after: PainScore::new(3),
            feeling: Some(Feeling::AboutRight),
            note: None,
            ended_early: false,
            distance_m: None,
            morning: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::record;
    use super::*;

    // The words as the app said them before the catalogs: the references the messages'
    // English is checked against, word for word.

    fn feeling_label(f: Feeling) -> &'static str {
        match f {
            Feeling::TooEasy => "Too easy",
            Feeling::AboutRight => "About right",
            Feeling::TooHard => "Too hard",
        }
    }

    fn compared_label(c: Compared) -> &'static str {
        match c {
            Compared::Better => "Better",
            Compared::Same => "About the same",
            Compared::Worse => "Worse",
        }
    }

    /// The next-morning answer in a few words ("Worse, pain 5"), empty when none was given.
    fn morning_words(r: &SessionRecord) -> String {
        let Some(m) = r.morning else {
            return String::new();
        };
        match (m.compared, m.pain) {
            (Some(c), Some(p)) => format!("{}, pain {}", compared_label(c), p.value()),
            (Some(c), None) => compared_label(c).to_string(),
            (None, Some(p)) => format!("Pain {}", p.value()),
            (None, None) => String::new(),
        }
    }

    /// Pain before and after in a few words ("3/10 before, 2/10 after"), as a table's
    /// "Pain" column and after "Pain: " in a sentence.
    fn pain_words(r: &SessionRecord) -> String {
        let during = r.pain_during().map(|(p, _)| format!("{p} during"));
        let parts: Vec<String> = [
            r.pain_before.map(|b| format!("{b} before")),
            during,
            r.pain_after.map(|a| format!("{a} after")),
        ]
        .into_iter()
        .flatten()
        .collect();
        if parts.is_empty() {
            "not recorded".to_string()
        } else {
            parts.join(", ")
        }
    }

    #[test]
    fn pain_in_one_cell_before_during_and_after() {
        let mut r = fixtures::record("p", 0);
        // The fixture's bridge was given a 5 with "This hurts".
        assert_eq!(r.pain_cell(), "4 / 5 / 3");
        assert_eq!(pain_words(&r), "4/10 before, 5/10 during, 3/10 after");
        r.exercises.iter_mut().for_each(|e| e.pain = None);
        r.pain_after = None;
        assert_eq!(r.pain_cell(), "4 / – / –");
        assert_eq!(pain_words(&r), "4/10 before");
    }

    #[test]
    fn pain_and_mornings_in_words_read_as_before_in_english() {
        use crate::domain::i18n::english_text;
        let pains = [
            None,
            PainScore::new(0),
            PainScore::new(4),
            PainScore::new(10),
        ];
        for before in pains {
            for during in pains {
                for after in pains {
                    let mut r = fixtures::record("p", 0);
                    r.pain_before = before;
                    r.pain_after = after;
                    r.exercises[1].pain = during;
                    assert_eq!(english_text(&r.pain_msg()), pain_words(&r));
                    let line = english_text(&r.pain_line());
                    let old = match r.pain_before {
                        Some(_) => format!("Pain: {}", pain_words(&r)),
                        None => format!(
                            "Pain afterwards: {}",
                            r.pain_after
                                .map_or("not recorded".to_string(), |a| a.to_string())
                        ),
                    };
                    assert_eq!(line, old);
                }
            }
        }
        for compared in [
            None,
            Some(Compared::Better),
            Some(Compared::Same),
            Some(Compared::Worse),
        ] {
            for pain in [None, PainScore::new(5)] {
                let mut r = fixtures::record("m", 0);
                r.morning = Some(Morning {
                    compared,
                    pain,
                    at: 0,
                });
                let words = morning_words(&r);
                assert_eq!(
                    r.morning_msg()
                        .map(|m| english_text(&m))
                        .unwrap_or_default(),
                    words
                );
                assert_eq!(
                    r.next_morning_msg().map(|m| english_text(&m)),
                    (!words.is_empty())
                        .then(|| format!("The next morning: {}", words.to_lowercase()))
                );
            }
        }
        for f in Feeling::ALL {
            assert_eq!(english_text(&f.title()), feeling_label(f));
            assert_eq!(
                english_text(&f.felt()),
                format!("Felt: {}", feeling_label(f).to_lowercase())
            );
        }
        for c in Compared::ALL {
            assert_eq!(english_text(&c.title()), compared_label(c));
        }
        assert_eq!(
            english_text(&pain_cell_heading()),
            "Pain before / during / after"
        );
    }

    #[test]
    fn durations_and_weekdays_in_words() {
        use crate::domain::calendar;
        use crate::domain::i18n::english_text;
        for secs in [0, 45, 59, 60, 245, 3_600, 36_005] {
            assert_eq!(
                english_text(&duration_msg(secs)),
                calendar::duration_label(secs)
            );
            assert_eq!(
                english_text(&minutes_msg(secs)),
                calendar::minutes_label(secs)
            );
        }
        for d in 0..7u8 {
            assert_eq!(
                english_text(&weekday_msg(d)),
                calendar::WEEKDAY_NAMES[usize::from(d)]
            );
            assert_eq!(
                english_text(&weekday_short_msg(d)),
                calendar::WEEKDAY_SHORT[usize::from(d)]
            );
        }
    }

    #[test]
    fn dates_with_a_year_read_as_before_in_english() {
        use crate::domain::i18n::{english, DateStyle, Lang};
        let en = english(Lang::En, &["core"]);
        for days in [0, 20_407, 20_782] {
            let d = crate::domain::calendar::LocalDate::from_days(days);
            assert_eq!(en.date(d, DateStyle::LongYear), d.long_label());
            assert_eq!(
                en.date(d, DateStyle::ShortYear),
                format!("{} {}", d.short_label(), d.year)
            );
            assert_eq!(en.date(d, DateStyle::Short), d.short_label());
        }
        let wed = crate::domain::calendar::LocalDate::parse_iso("2026-11-25").unwrap();
        for (lang, source, long, short) in [
            (
                Lang::De,
                include_str!("../../locales/de/core.ftl"),
                "Mi., 25. Nov. 2026",
                "25. Nov. 2026",
            ),
            (
                Lang::Es,
                include_str!("../../locales/es/core.ftl"),
                "mié, 25 nov 2026",
                "25 nov 2026",
            ),
            (
                Lang::Fr,
                include_str!("../../locales/fr/core.ftl"),
                "mer. 25 nov. 2026",
                "25 nov. 2026",
            ),
        ] {
            let mut c = crate::domain::i18n::Catalog::new(lang);
            c.add(source).unwrap();
            assert_eq!(c.date(wed, DateStyle::LongYear), long);
            assert_eq!(c.date(wed, DateStyle::ShortYear), short);
        }
    }

    #[test]
    fn a_session_is_named_in_the_persons_language() {
        use crate::domain::i18n::english_text;
        let mut r = fixtures::record("n", 0);
        assert_eq!(r.title(), Msg::keyed("routine-gentle-start".into()));
        assert_eq!(english_text(&r.title()), "Gentle start");
        r.routine_id = "custom-1".into();
        r.routine_name = "My mornings".into();
        assert_eq!(english_text(&r.title()), "My mornings");
        r.routine_id = "log-swim".into();
        assert_eq!(english_text(&r.title()), "Swim");
    }

    #[test]
    fn record_round_trips_through_json() {
        let r = record("a", 1_795_564_800_000);
        let json = serde_json::to_string(&r).unwrap();
        let back: SessionRecord = serde_json::from_str(&json).unwrap();
        assert_eq!(back, r);
    }

    #[test]
    fn stored_form_is_a_short_array() {
        let mut r = record("a", 0);
        r.exercises.truncate(1);
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(
            json,
            r#"["a",0,60,"gentle-start","Gentle start",0,312,false,4,3,"about_right",null,[["pelvic-tilt",2,2,20,80,null,null]],null,null]"#
        );
        // A next-morning answer is a short array too: [compared, pain, at].
        r.morning = Some(Morning {
            compared: Some(Compared::Same),
            pain: PainScore::new(2),
            at: 9,
        });
        let json = serde_json::to_string(&r).unwrap();
        assert!(json.ends_with(r#",null,["same",2,9]]"#), "{json}");
    }

    #[test]
    fn out_of_range_pain_is_refused() {
        let json = serde_json::to_string(&record("a", 0))
            .unwrap()
            .replace(",4,3,", ",4,12,");
        assert!(serde_json::from_str::<SessionRecord>(&json).is_err());
    }

    #[test]
    fn counts_skipped_exercises() {
        let r = record("a", 0);
        assert_eq!(r.exercises_done(), 1);
        assert!(r.exercises[1].skipped());
    }

    #[test]
    fn local_date_uses_the_stored_offset() {
        // 23:30 UTC with a +60 offset is the next day locally.
        let r = record("a", 1_795_564_800_000 - 30 * 60_000);
        assert_eq!(r.local_date().iso(), "2026-11-25");
    }

    #[test]
    fn the_newest_is_the_first_of_newest_first() {
        use proptest::prelude::*;
        proptest!(|(starts in proptest::collection::vec((0i64..5, 0u8..4), 0..12))| {
            let sessions: Vec<SessionRecord> = starts
                .iter()
                .map(|(at, id)| record(&format!("s{id}"), *at))
                .collect();
            prop_assert_eq!(newest(&sessions), newest_first(&sessions).first().copied());
        });
    }

    #[test]
    fn newest_first_sorts_by_start() {
        let list = vec![record("a", 10), record("b", 30), record("c", 20)];
        let ids: Vec<_> = newest_first(&list).iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["b", "c", "a"]);
    }

    #[test]
    fn insert_unique_ignores_a_second_copy() {
        let mut list = vec![record("a", 10)];
        assert!(!insert_unique(&mut list, record("a", 10)));
        assert!(insert_unique(&mut list, record("b", 20)));
        assert_eq!(list.len(), 2);
    }

    #[test]
    fn ids_differ_by_time_and_random_part() {
        assert_ne!(SessionRecord::make_id(1, 2), SessionRecord::make_id(1, 3));
        assert_ne!(SessionRecord::make_id(1, 2), SessionRecord::make_id(2, 2));
    }
}
