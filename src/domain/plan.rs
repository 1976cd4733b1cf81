//! Where a person starts and what their week looks like, from the first-run answers; and what
//! is due today. Everything here can be changed later by answering again.

use serde::{Deserialize, Serialize};

use super::calendar::LocalDate;
use super::catalog;
use super::flare::{self, FlareMode};
use super::history::SessionRecord;
use super::i18n::{messages, Msg};
#[cfg(test)]
use super::i18n::{Catalog, Lang};
use super::pain::Usual;
use super::routine::{Routine, Stage};

/// How long this bout of back pain has been going on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PainDuration {
    UnderSixWeeks,
    Longer,
    KeepsComingBack,
}

impl PainDuration {
    pub const ALL: [PainDuration; 3] = [
        PainDuration::UnderSixWeeks,
        PainDuration::Longer,
        PainDuration::KeepsComingBack,
    ];

    /// Its words, as the first run offers it.
    pub fn title(self) -> Msg {
        match self {
            PainDuration::UnderSixWeeks => messages::coach_duration_under_six_weeks(),
            PainDuration::Longer => messages::coach_duration_longer(),
            PainDuration::KeepsComingBack => messages::coach_duration_keeps_coming_back(),
        }
    }
}

/// How much the person moves these days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActivityLevel {
    Little,
    Some,
    Active,
}

impl ActivityLevel {
    pub const ALL: [ActivityLevel; 3] = [
        ActivityLevel::Little,
        ActivityLevel::Some,
        ActivityLevel::Active,
    ];

    /// Its words, as the first run offers it.
    pub fn title(self) -> Msg {
        match self {
            ActivityLevel::Little => messages::coach_activity_little(),
            ActivityLevel::Some => messages::coach_activity_some(),
            ActivityLevel::Active => messages::coach_activity_active(),
        }
    }
}

/// An everyday activity the person finds hard, rated 0 (can't do it) to 10 (no trouble at
/// all). Re-rated over time, it shows progress in the person's own terms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HardActivity {
    pub name: String,
    pub score: u8,
}

/// At most this many personal activities.
pub const MAX_ACTIVITIES: usize = 3;
/// Activity names are kept short.
pub const MAX_ACTIVITY_NAME: usize = 60;

/// The first-run answers, and the plan settings that come with them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub pain_now: u8,
    pub duration: PainDuration,
    pub activity: ActivityLevel,
    pub activities: Vec<HardActivity>,
    /// Plan days, Monday = 0.
    pub days: [bool; 7],
    /// Preferred time, minutes after local midnight.
    pub minute_of_day: u16,
    /// The person said a warning sign applied and that it has since been checked.
    pub red_flag_checked: bool,
    pub stage: Stage,
    /// Cardio minutes at the start; they grow from here (see `progress::cardio`: only after a week that was walked).
    pub cardio_start_min: u16,
    /// When the plan was made (ms since the epoch) and the UTC offset then.
    pub created_at: i64,
    pub utc_offset_min: i16,
    /// The walking programme, when chosen: when its baseline week began (ms since the epoch).
    #[serde(default)]
    pub walking_since: Option<i64>,
    /// "My back is flaring": the flare plan in progress, or the last one once it ended.
    #[serde(default)]
    pub flare: Option<FlareMode>,
    /// A routine of the person's own (often one a physiotherapist sent) made part of the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own: Option<OwnInPlan>,
}

/// A person's own routine in their plan: in the rotation with the built-in ones, or the only
/// routine; from a given local day (the next plan day when it was chosen).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnInPlan {
    pub id: String,
    pub only: bool,
    /// Whose routine it is ("Sam, physio"), as the share link said; may be empty.
    #[serde(default)]
    pub from: String,
    /// The local day (days since the epoch) it leads from.
    pub from_day: i64,
}

impl Profile {
    /// The flare plan, while it is on.
    pub fn flaring(&self) -> Option<&FlareMode> {
        self.flare.as_ref().filter(|f| f.active())
    }

    /// The local day the walking programme started, if it is on.
    pub fn walking_start_day(&self) -> Option<i64> {
        self.walking_since
            .map(|ms| LocalDate::from_epoch_ms(ms, self.utc_offset_min).to_days())
    }

    /// Switch the flare plan on: the routines for bad days until the pain settles. `usual`
    /// is the person's usual pain from before it (`coach::usual`). Returns what it means, in
    /// a sentence (already on: today's answer is recorded).
    pub fn start_flare(&mut self, usual: Usual, pain: u8, now_ms: i64, today: LocalDate) -> Msg {
        if let Some(said) = self.flare_check_in(pain, now_ms, today) {
            return said;
        }
        let mode = FlareMode::start(now_ms, today.to_days(), self.stage, usual.value(), pain);
        let said = mode.started_words();
        self.flare = Some(mode);
        self.stage = Stage::FlareUp;
        said
    }

    /// A pain answer given as the day's answer somewhere else (the next-morning question):
    /// while the flare plan is on it is that day's answer; otherwise, when it is a clear rise
    /// above usual (`flare::starts`), the flare plan starts with it. Returns what happened,
    /// or `None` when nothing changed.
    pub fn daily_pain_msg(
        &mut self,
        usual: Usual,
        pain: u8,
        now_ms: i64,
        today: LocalDate,
    ) -> Option<Msg> {
        if self.flaring().is_some() {
            return self.flare_check_in(pain, now_ms, today);
        }
        if !flare::starts(pain, usual) {
            return None;
        }
        self.start_flare(usual, pain, now_ms, today);
        Some(messages::coach_flare_auto_started(pain, usual.value()))
    }

    /// Today's pain during a flare plan; when it has settled, the plan returns to the stage
    /// it was on before. `None` when no flare plan is on.
    pub fn flare_check_in(&mut self, pain: u8, now_ms: i64, today: LocalDate) -> Option<Msg> {
        let flare = self.flare.as_mut().filter(|f| f.active())?;
        let answer = flare.check_in(today.to_days(), pain, now_ms);
        let reply = flare.reply(answer, pain);
        if answer == flare::Answer::Settled {
            self.stage = flare.stage_before;
        }
        Some(reply)
    }

    /// Make one of the person's own routines part of the plan (`only`: the only routine),
    /// from the next plan day: today when a session is due today and none is done yet.
    pub fn use_own(
        &mut self,
        id: &str,
        only: bool,
        from: &str,
        sessions: &[SessionRecord],
        today: LocalDate,
    ) {
        let from_day = if due(self, sessions, today) == Due::Today {
            today.to_days()
        } else {
            (1..=7)
                .map(|n| today.to_days() + n)
                .find(|d| self.days[usize::from(LocalDate::from_days(*d).weekday())])
                .unwrap_or(today.to_days() + 1)
        };
        self.own = Some(OwnInPlan {
            id: id.to_string(),
            only,
            from: from.trim().to_string(),
            from_day,
        });
    }

    /// The own routine in the plan, when it leads on `today` (not during a flare plan, whose
    /// routines are the ones for bad days).
    pub fn own_today(&self, today: LocalDate) -> Option<&OwnInPlan> {
        self.own
            .as_ref()
            .filter(|o| o.from_day <= today.to_days() && self.flaring().is_none())
    }

    /// End the flare plan now, by choice, back to the stage before; says so.
    pub fn end_flare(&mut self, now_ms: i64, today: LocalDate) -> Option<Msg> {
        let f = self.flare.as_mut().filter(|f| f.active())?;
        f.end(now_ms, today.to_days());
        let back = f.stage_before;
        self.stage = back;
        Some(messages::coach_flare_ended(flare::stage_name(back)))
    }
}

/// What is wrong with a set of answers, in words for the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    PainOutOfRange,
    NoDays,
    BadTime,
    TooManyActivities,
    ActivityName,
    ActivityScore,
}

impl AnswerError {
    /// What is wrong, in words for the person.
    pub fn msg(&self) -> Msg {
        match self {
            AnswerError::PainOutOfRange => messages::coach_answer_pain_range(),
            AnswerError::NoDays => messages::coach_answer_no_days(),
            AnswerError::BadTime => messages::coach_answer_bad_time(),
            AnswerError::TooManyActivities => messages::coach_answer_too_many_activities(),
            AnswerError::ActivityName => messages::coach_answer_activity_name(),
            AnswerError::ActivityScore => messages::coach_answer_activity_score(),
        }
    }
}

/// Everyday things a sore back often makes hard, offered as one-tap choices in the first run.
pub const COMMON_ACTIVITY_COUNT: usize = 5;

/// The same everyday things, in the person's language (`coach-common-activity-<n>`).
pub fn common_activities() -> Vec<Msg> {
    (1..=COMMON_ACTIVITY_COUNT)
        .map(|n| Msg::keyed(format!("coach-common-activity-{n}")))
        .collect()
}

/// What to say when an activity has a name but no rating yet: names it, so the person knows
/// which one.
pub fn rate_prompt_msg(name: &str) -> Msg {
    messages::coach_rate_prompt(name.trim().to_string())
}

/// A catalog of one language's `core` and `coach` files, for tests of every language.
#[cfg(test)]
pub(crate) fn catalog_of(lang: Lang) -> Catalog {
    let files = match lang {
        Lang::De => [
            include_str!("../../locales/de/core.ftl"),
            include_str!("../../locales/de/coach.ftl"),
        ],
        Lang::Es => [
            include_str!("../../locales/es/core.ftl"),
            include_str!("../../locales/es/coach.ftl"),
        ],
        Lang::Fr => [
            include_str!("../../locales/fr/core.ftl"),
            include_str!("../../locales/fr/coach.ftl"),
        ],
        Lang::En | Lang::Pseudo => [
            include_str!("../../locales/en/core.ftl"),
            include_str!("../../locales/en/coach.ftl"),
        ],
    };
    let mut c = Catalog::new(lang);
    for f in files {
        c.add(f).expect("the build checked it");
    }
    c
}

/// The stage to start at. High pain, or a recent and still painful back, starts with the
/// flare-up routines; low pain in someone already active starts with maintenance; everyone
/// else builds.
pub fn starting_stage(pain_now: u8, duration: PainDuration, activity: ActivityLevel) -> Stage {
    starting_point_msg(pain_now, duration, activity).0
}

/// The stage to start at and, in one sentence for the plan summary, why: the same rule as
/// [`starting_stage`], so the reason can never disagree with the stage.
pub fn starting_point_msg(
    pain_now: u8,
    duration: PainDuration,
    activity: ActivityLevel,
) -> (Stage, Msg) {
    let recent = duration == PainDuration::UnderSixWeeks;
    if pain_now >= 7 {
        (Stage::FlareUp, messages::coach_start_flare_high(pain_now))
    } else if recent && pain_now >= 5 {
        (Stage::FlareUp, messages::coach_start_flare_recent(pain_now))
    } else if activity == ActivityLevel::Little && pain_now >= 4 {
        (
            Stage::FlareUp,
            messages::coach_start_flare_inactive(pain_now),
        )
    } else if pain_now <= 3 && activity == ActivityLevel::Active {
        (
            Stage::Maintaining,
            messages::coach_start_maintaining(pain_now),
        )
    } else {
        (Stage::Building, messages::coach_start_building(pain_now))
    }
}

/// Minutes of walking (or another low-impact session) to start with: little, so the first
/// weeks feel easy.
pub fn starting_cardio_minutes(stage: Stage, activity: ActivityLevel) -> u16 {
    let base = match stage {
        Stage::FlareUp => 5,
        Stage::Building => 10,
        Stage::Maintaining => 20,
    };
    base + match activity {
        ActivityLevel::Little => 0,
        ActivityLevel::Some => 5,
        ActivityLevel::Active => 10,
    }
}

/// The most a cardio suggestion grows to.
pub const CARDIO_CAP_MIN: u16 = 45;

/// Check the answers and make the profile.
#[allow(clippy::too_many_arguments)]
pub fn make_profile(
    pain_now: u8,
    duration: PainDuration,
    activity: ActivityLevel,
    activities: Vec<HardActivity>,
    days: [bool; 7],
    minute_of_day: u16,
    red_flag_checked: bool,
    now_ms: i64,
    utc_offset_min: i16,
) -> Result<Profile, AnswerError> {
    if pain_now > 10 {
        return Err(AnswerError::PainOutOfRange);
    }
    if !days.iter().any(|d| *d) {
        return Err(AnswerError::NoDays);
    }
    if minute_of_day >= 24 * 60 {
        return Err(AnswerError::BadTime);
    }
    if activities.len() > MAX_ACTIVITIES {
        return Err(AnswerError::TooManyActivities);
    }
    let activities: Vec<HardActivity> = activities
        .into_iter()
        .map(|a| HardActivity {
            name: a.name.trim().to_string(),
            score: a.score,
        })
        .collect();
    if activities
        .iter()
        .any(|a| a.name.is_empty() || a.name.chars().count() > MAX_ACTIVITY_NAME)
    {
        return Err(AnswerError::ActivityName);
    }
    if activities.iter().any(|a| a.score > 10) {
        return Err(AnswerError::ActivityScore);
    }
    let stage = starting_stage(pain_now, duration, activity);
    Ok(Profile {
        pain_now,
        duration,
        activity,
        activities,
        days,
        minute_of_day,
        red_flag_checked,
        stage,
        cardio_start_min: starting_cardio_minutes(stage, activity),
        created_at: now_ms,
        utc_offset_min,
        walking_since: None,
        flare: None,
        own: None,
    })
}

/// The exercise routines of a stage, in the order the plan rotates through them.
pub fn rotation(stage: Stage) -> Vec<&'static Routine> {
    catalog::ROUTINES
        .iter()
        .filter(|r| r.stage == stage && !r.is_cardio())
        .collect()
}

/// The hours a routine is written for, as minutes after midnight `[from, to)` (wrapping past
/// midnight when `from > to`); `None` for a routine that suits any time.
pub fn time_window(routine_id: &str) -> Option<(u16, u16)> {
    match routine_id {
        "morning-mobility" => Some((4 * 60, 12 * 60)),
        "evening-wind-down" => Some((16 * 60, 2 * 60)),
        _ => None,
    }
}

/// Whether a routine suits a time of day (see [`time_window`]).
pub fn suits_time(routine_id: &str, minute_of_day: u16) -> bool {
    time_window(routine_id).is_none_or(|(from, to)| {
        if from <= to {
            (from..to).contains(&minute_of_day)
        } else {
            minute_of_day >= from || minute_of_day < to
        }
    })
}

/// The routine due next: the one after the last exercise session's routine in the stage's
/// rotation (a change of scene keeps things interesting), or the first one; passing over
/// any written for another time of day than the plan's `minute_of_day` (no evening
/// wind-down at 08:00).
pub fn next_routine(
    stage: Stage,
    sessions: &[SessionRecord],
    minute_of_day: u16,
) -> Option<&'static Routine> {
    next_of(&rotation(stage), sessions, minute_of_day)
}

/// The one rotation rule, over any list of routines: after the last one done, the next
/// that suits the time of day (or, when none does, simply the next).
fn next_of<'r>(
    list: &[&'r Routine],
    sessions: &[SessionRecord],
    minute_of_day: u16,
) -> Option<&'r Routine> {
    let last = sessions
        .iter()
        .filter(|s| list.iter().any(|r| r.id == s.routine_id.as_str()))
        .max_by_key(|s| s.started_at);
    let next = last
        .and_then(|s| list.iter().position(|r| r.id == s.routine_id.as_str()))
        .map_or(0, |i| i + 1);
    (0..list.len())
        .map(|k| list[(next + k) % list.len()])
        .find(|r| suits_time(&r.id, minute_of_day))
        .or_else(|| list.get(next % list.len().max(1)).copied())
}

/// The routine due next in this person's plan: the stage's rotation, with their own routine
/// in it (or alone) once it leads (`Profile::own_today`), by the same rotation rule as
/// [`next_routine`]. `own` holds the person's own routines; one that has been deleted is
/// simply passed over.
pub fn next_in_plan(
    profile: &Profile,
    sessions: &[SessionRecord],
    own: &[Routine],
    today: LocalDate,
) -> Option<Routine> {
    let mine = profile.own_today(today).and_then(|o| {
        own.iter()
            .find(|r| r.id == o.id.as_str())
            .map(|r| (o.only, r))
    });
    let list: Vec<&Routine> = match mine {
        Some((true, routine)) => vec![routine],
        Some((false, routine)) => rotation(profile.stage)
            .into_iter()
            .chain(std::iter::once(routine))
            .collect(),
        None => rotation(profile.stage),
    };
    next_of(&list, sessions, profile.minute_of_day).cloned()
}

impl Profile {
    /// Days that keep a streak going without a session: the person's rest days and the
    /// days outside the plan.
    pub fn rest_days(&self, rest_days: [bool; 7]) -> [bool; 7] {
        std::array::from_fn(|i| rest_days[i] || !self.days[i])
    }
}

/// Today's place in the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Due {
    /// A plan day with no session yet.
    Today,
    /// A plan day, and a session is already done.
    DoneToday,
    /// Not a plan day: rest, or do something if you like.
    RestDay,
}

pub fn due(profile: &Profile, sessions: &[SessionRecord], today: LocalDate) -> Due {
    // Cardio (a walk logged by hand or timed in the app) is on top of the routine; it
    // doesn't stand in for it.
    let done = sessions
        .iter()
        .any(|s| s.local_date() == today && !super::activity::is_cardio(s));
    match (profile.days[usize::from(today.weekday())], done) {
        (true, false) => Due::Today,
        (true, true) => Due::DoneToday,
        (false, _) => Due::RestDay,
    }
}

/// The plan's week in a few words, e.g. "Mon, Wed and Fri at 07:30" (Today and Settings).
pub fn schedule(days: [bool; 7], minute_of_day: u16) -> Msg {
    messages::coach_schedule(days_msg(days), time_label(minute_of_day))
}

/// Day names for a set of plan days, e.g. "Mon, Wed and Fri" (`weekday-short-*` in `core`).
pub fn days_msg(days: [bool; 7]) -> Msg {
    let chosen: Vec<Msg> = (0..7)
        .filter(|&i| days[i])
        .map(|i| Msg::keyed(format!("weekday-short-{}", i + 1)))
        .collect();
    match chosen.len() {
        7 => messages::coach_days_every(),
        _ => Msg::list(chosen).unwrap_or_else(messages::coach_days_none),
    }
}

/// "07:30" from minutes after midnight.
pub fn time_label(minute_of_day: u16) -> String {
    format!("{:02}:{:02}", minute_of_day / 60, minute_of_day % 60)
}

/// Read "07:30" (what a time input gives) as minutes after midnight.
pub fn parse_time(text: &str) -> Option<u16> {
    let (h, m) = text.trim().split_once(':')?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.get(..2).unwrap_or(m).parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// Days from the plan's start to `today` (0 on the first day; negative if the clock went back).
pub fn days_since(profile: &Profile, today: LocalDate) -> i64 {
    today.to_days() - LocalDate::from_epoch_ms(profile.created_at, profile.utc_offset_min).to_days()
}

/// Whole weeks from the plan's start to `today`.
pub fn weeks_since(profile: &Profile, today: LocalDate) -> i64 {
    (days_since(profile, today) / 7).max(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::english_text;

    fn starting_point(
        pain_now: u8,
        duration: PainDuration,
        activity: ActivityLevel,
    ) -> (Stage, String) {
        let (stage, why) = starting_point_msg(pain_now, duration, activity);
        (stage, english_text(&why))
    }

    fn days_label(days: [bool; 7]) -> String {
        english_text(&days_msg(days))
    }

    /// `coach-common-activity-<n>` in English.
    const COMMON_ACTIVITIES: [&str; 5] = [
        "Putting on socks",
        "Sitting for a while",
        "Walking",
        "Lifting a bag",
        "Sleeping",
    ];

    const NOON: i64 = 1_795_608_000_000; // 2026-11-25 12:00 UTC, a Wednesday
    /// 08:00: a plan time that suits the first three routines of every rotation.
    const MORNING: u16 = 8 * 60;

    fn profile(days: [bool; 7]) -> Profile {
        make_profile(
            4,
            PainDuration::Longer,
            ActivityLevel::Some,
            vec![],
            days,
            450,
            false,
            NOON,
            0,
        )
        .unwrap()
    }

    #[test]
    fn stage_follows_pain_duration_and_activity() {
        use ActivityLevel::*;
        use PainDuration::*;
        assert_eq!(starting_stage(8, Longer, Active), Stage::FlareUp);
        assert_eq!(starting_stage(7, KeepsComingBack, Some), Stage::FlareUp);
        assert_eq!(starting_stage(5, UnderSixWeeks, Some), Stage::FlareUp);
        assert_eq!(starting_stage(5, Longer, Some), Stage::Building);
        assert_eq!(starting_stage(4, Longer, Little), Stage::FlareUp);
        assert_eq!(starting_stage(3, Longer, Little), Stage::Building);
        assert_eq!(starting_stage(3, Longer, Active), Stage::Maintaining);
        assert_eq!(starting_stage(0, UnderSixWeeks, Active), Stage::Maintaining);
        assert_eq!(starting_stage(4, KeepsComingBack, Active), Stage::Building);
    }

    #[test]
    fn common_activities_are_valid_answers_and_an_unrated_one_is_named() {
        let activities: Vec<HardActivity> = COMMON_ACTIVITIES[..MAX_ACTIVITIES]
            .iter()
            .map(|n| HardActivity {
                name: n.to_string(),
                score: 5,
            })
            .collect();
        let days = [true, false, true, false, true, false, false];
        assert!(make_profile(
            4,
            PainDuration::Longer,
            ActivityLevel::Some,
            activities,
            days,
            480,
            false,
            0,
            0
        )
        .is_ok());
        assert!(COMMON_ACTIVITIES
            .iter()
            .all(|n| n.chars().count() <= MAX_ACTIVITY_NAME));
        assert_eq!(
            english_text(&rate_prompt_msg(" Walking ")),
            "Rate \u{201c}Walking\u{201d} from 0 to 10, or remove it."
        );
    }

    #[test]
    fn the_reason_for_the_starting_stage_names_it_and_the_pain() {
        for pain in 0..=10u8 {
            for d in PainDuration::ALL {
                for a in ActivityLevel::ALL {
                    let (stage, why) = starting_point(pain, d, a);
                    let name = crate::domain::i18n::english_text(&flare::stage_name(stage));
                    assert!(why.to_lowercase().contains(&name.to_lowercase()), "{why}");
                    assert!(why.contains(&format!("{pain} out of 10")), "{why}");
                    assert!(why.starts_with("You're starting with the ") && why.ends_with('.'));
                }
            }
        }
        let (_, why) = starting_point(6, PainDuration::Longer, ActivityLevel::Some);
        assert_eq!(
            why,
            "You're starting with the \u{201c}Building up\u{201d} routines: at 6 out of 10, steady sessions that step up once they feel comfortable suit you, and the plan adjusts to how each session goes."
        );
    }

    #[test]
    fn every_coach_message_renders_whole_in_every_language() {
        use crate::domain::i18n::ftl::{self, Kind};
        use crate::domain::i18n::{Arg, DateStyle};
        let en = ftl::parse(include_str!("../../locales/en/coach.ftl")).expect("parsed");
        let day = LocalDate::from_days(20_000);
        for lang in Lang::OFFERED {
            let c = catalog_of(lang);
            for e in en.iter().filter(|e| !e.term) {
                for n in [0, 1, 2, 8, 11] {
                    let mut m = Msg::keyed(e.id.clone());
                    for (name, kind) in &e.vars {
                        let name: &'static str = Box::leak(name.clone().into_boxed_str());
                        m = match kind {
                            Kind::Number => m.arg(name, n),
                            Kind::Text => m.arg(name, "x"),
                            Kind::Date => m.arg(name, Arg::Date(day, DateStyle::Long)),
                        };
                    }
                    let said = c.render(&m);
                    assert!(
                        !said.contains('{') && !said.contains('}') && !said.contains('\n'),
                        "{lang:?} {}: {said}",
                        e.id
                    );
                    if lang == Lang::Fr {
                        for p in [" :", " ;", " ?", " !", "« ", " »", "'"] {
                            assert!(!said.contains(p), "{} has {p:?}: {said}", e.id);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn every_keyed_coach_message_is_in_english() {
        use crate::domain::i18n::english_text;
        let keyed = common_activities()
            .into_iter()
            .chain(
                crate::domain::flare::advice()
                    .into_iter()
                    .flat_map(|(t, b)| [t, b]),
            )
            .chain(
                crate::domain::safety::Tier::ALL
                    .into_iter()
                    .flat_map(|t| t.sign_msgs()),
            )
            .chain((0..7).map(|i| {
                let mut one = [false; 7];
                one[i] = true;
                days_msg(one)
            }));
        for m in keyed {
            assert!(!english_text(&m).starts_with('{'), "{}", m.id);
        }
        let said: Vec<String> = common_activities().iter().map(english_text).collect();
        assert_eq!(said, COMMON_ACTIVITIES);
        assert_eq!(english_text(&days_msg([false; 7])), "no days");
    }

    #[test]
    fn every_stage_has_a_rotation() {
        for stage in Stage::ALL {
            assert!(rotation(stage).len() >= 3, "{stage:?}");
            assert!(rotation(stage).iter().all(|r| !r.is_cardio()));
        }
    }

    #[test]
    fn cardio_starts_small() {
        assert_eq!(
            starting_cardio_minutes(Stage::FlareUp, ActivityLevel::Little),
            5
        );
        assert_eq!(
            starting_cardio_minutes(Stage::Building, ActivityLevel::Some),
            15
        );
    }

    #[test]
    fn answers_are_checked() {
        let ok = |days, minute, acts: Vec<HardActivity>| {
            make_profile(
                3,
                PainDuration::Longer,
                ActivityLevel::Some,
                acts,
                days,
                minute,
                false,
                0,
                0,
            )
        };
        let mut one = [false; 7];
        one[0] = true;
        assert_eq!(ok([false; 7], 60, vec![]), Err(AnswerError::NoDays));
        assert_eq!(ok(one, 1440, vec![]), Err(AnswerError::BadTime));
        let act = |n: &str, s| HardActivity {
            name: n.into(),
            score: s,
        };
        assert_eq!(
            ok(one, 60, vec![act("  ", 3)]),
            Err(AnswerError::ActivityName)
        );
        assert_eq!(
            ok(one, 60, vec![act("Lifting", 11)]),
            Err(AnswerError::ActivityScore)
        );
        assert_eq!(
            ok(
                one,
                60,
                vec![act("a", 1), act("b", 1), act("c", 1), act("d", 1)]
            ),
            Err(AnswerError::TooManyActivities)
        );
        let p = ok(one, 60, vec![act("  Putting on socks ", 4)]).unwrap();
        assert_eq!(p.activities[0].name, "Putting on socks");
        assert_eq!(p.stage, Stage::Building);
    }

    fn session(routine: &str, at: i64) -> SessionRecord {
        SessionRecord {
            id: format!("{routine}-{at}"),
            started_at: at,
            utc_offset_min: 0,
            routine_id: routine.into(),
            routine_name: routine.into(),
            level: 0,
            duration_secs: 300,
            exercises: vec![],
            pain_before: None,
            pain_after: None,
            feeling: None,
            note: None,
            ended_early: false,
            distance_m: None,
            morning: None,
        }
    }

    #[test]
    fn the_rotation_moves_on_from_the_last_routine() {
        let list = rotation(Stage::Building);
        assert_eq!(
            next_routine(Stage::Building, &[], MORNING).unwrap().id,
            list[0].id
        );
        let done = [
            session(&list[0].id, NOON - 1000),
            session(&list[1].id, NOON),
        ];
        assert_eq!(
            next_routine(Stage::Building, &done, MORNING).unwrap().id,
            list[2].id
        );
        let wrapped = [session(&list[list.len() - 1].id, NOON)];
        assert_eq!(
            next_routine(Stage::Building, &wrapped, MORNING).unwrap().id,
            list[0].id
        );
        // Cardio and other stages' routines don't move it.
        let other = [
            session(&list[0].id, NOON - 1000),
            session("easy-walk", NOON),
        ];
        assert_eq!(
            next_routine(Stage::Building, &other, MORNING).unwrap().id,
            list[1].id
        );
    }

    #[test]
    fn a_routine_for_another_time_of_day_is_not_suggested() {
        assert!(!suits_time("evening-wind-down", 8 * 60));
        assert!(suits_time("evening-wind-down", 21 * 60));
        assert!(suits_time("evening-wind-down", 60));
        assert!(!suits_time("morning-mobility", 19 * 60));
        assert!(suits_time("morning-mobility", 7 * 60));
        assert!(suits_time("core-basics", 3 * 60));
        for stage in Stage::ALL {
            let list = rotation(stage);
            for at in [7 * 60, 12 * 60, 20 * 60] {
                // Whatever was done last, the suggestion fits the plan's time.
                for last in &list {
                    let done = [session(&last.id, NOON)];
                    let next = next_routine(stage, &done, at).expect("a routine");
                    assert!(suits_time(&next.id, at), "{} at {at}", next.id);
                }
            }
        }
        // The case seen: Evening wind-down suggested for an 08:00 plan.
        let list = rotation(Stage::Building);
        let i = list
            .iter()
            .position(|r| r.id == "evening-wind-down")
            .expect("in building");
        let before = &list[(i + list.len() - 1) % list.len()];
        let next = next_routine(Stage::Building, &[session(&before.id, NOON)], 8 * 60);
        assert_ne!(next.map(|r| r.id.as_ref()), Some("evening-wind-down"));
    }

    #[test]
    fn due_today_on_plan_days_until_a_session_is_done() {
        let wednesday = LocalDate::from_epoch_ms(NOON, 0);
        assert_eq!(wednesday.weekday(), 2);
        let mut days = [false; 7];
        days[2] = true;
        let p = profile(days);
        assert_eq!(due(&p, &[], wednesday), Due::Today);
        // A walk, logged by hand or timed in the app, doesn't count as the routine.
        let mut walked = session("easy-walk", NOON);
        walked.exercises = vec![crate::domain::history::ExerciseDone {
            id: "walking".into(),
            sets_done: 1,
            sets_planned: 1,
            reps: 0,
            secs: 600,
            eased_from: None,
            pain: None,
        }];
        assert_eq!(due(&p, &[walked], wednesday), Due::Today);
        assert_eq!(due(&p, &[session("log-walk", NOON)], wednesday), Due::Today);
        assert_eq!(
            due(&p, &[session("desk-break", NOON)], wednesday),
            Due::DoneToday
        );
        assert_eq!(
            due(&p, &[], LocalDate::from_days(wednesday.to_days() + 1)),
            Due::RestDay
        );
    }

    #[test]
    fn days_outside_the_plan_keep_a_streak_like_rest_days() {
        let p = profile([true, false, true, false, true, false, false]);
        let mut rest = [false; 7];
        rest[6] = true;
        assert_eq!(
            p.rest_days(rest),
            [false, true, false, true, false, true, true]
        );
    }

    #[test]
    fn labels_for_days_and_times() {
        let mut days = [false; 7];
        days[0] = true;
        assert_eq!(days_label(days), "Mon");
        days[2] = true;
        days[4] = true;
        assert_eq!(days_label(days), "Mon, Wed and Fri");
        assert_eq!(days_label([true; 7]), "every day");
        assert_eq!(
            english_text(&schedule(days, 450)),
            "Mon, Wed and Fri at 07:30"
        );
        assert_eq!(time_label(450), "07:30");
        assert_eq!(parse_time("07:30"), Some(450));
        assert_eq!(parse_time("19:05:00"), Some(19 * 60 + 5));
        assert_eq!(parse_time("24:00"), None);
        assert_eq!(parse_time("seven"), None);
        assert_eq!(parse_time(""), None);
    }

    #[test]
    fn weeks_count_from_the_plan_start() {
        let p = profile([true; 7]);
        let start = LocalDate::from_epoch_ms(NOON, 0);
        assert_eq!(weeks_since(&p, start), 0);
        assert_eq!(
            weeks_since(&p, LocalDate::from_days(start.to_days() + 6)),
            0
        );
        assert_eq!(
            weeks_since(&p, LocalDate::from_days(start.to_days() + 14)),
            2
        );
        assert_eq!(
            weeks_since(&p, LocalDate::from_days(start.to_days() - 3)),
            0
        );
    }

    #[test]
    fn a_profile_round_trips_through_json() {
        let p = profile([true, false, true, false, true, false, false]);
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(serde_json::from_str::<Profile>(&json).unwrap(), p);
    }
}
