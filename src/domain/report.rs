//! Page one of the report for a physiotherapist: a summary a clinician reads in two minutes.
//! Where the person started and where they are now, their own activities, sessions against
//! the plan, pain and the next morning, flare-ups and warning signs, the programme now and,
//! only if the person chooses, their notes. Every sentence and number on it comes from here,
//! as messages of `report.ftl`; the page only lays it out and puts them in words.
//!
//! Only sessions between the range's first and last day (local dates, both included) count.
//! "Now" is the latest pain answer up to the range's last day; the programme is as of today.
//! Nothing imports this module: it reads the others.

use super::activity;
use std::collections::BTreeSet;

use super::calendar::{week_start, LocalDate};
use super::catalog;
use super::checkin::{self, CheckIn};
use super::custom::RoutineDraft;
use super::history::{Compared, SessionRecord};
use super::i18n::{messages as m, Arg, DateStyle, Msg, Num};
use super::insights;
use super::pain::PainScore;
use super::plan::{self, ActivityLevel, PainDuration, Profile};
use super::progress::{self, Outcome};
use super::routine::Level;
use super::safety::{self, Tier};
use super::settings::Units;
use super::today;
use super::walking;
use super::weight::{self, WeightEntry};

/// Headings of the summary's sections, in order.
pub fn started_heading() -> Msg {
    m::report_section_started()
}
pub fn activities_heading() -> Msg {
    m::report_section_activities()
}
pub fn adherence_heading() -> Msg {
    m::report_section_adherence()
}
pub fn pain_heading() -> Msg {
    m::report_section_pain()
}
pub fn flares_heading() -> Msg {
    m::report_section_flares()
}
pub fn programme_heading() -> Msg {
    m::report_section_programme()
}
pub fn notes_heading() -> Msg {
    m::report_section_notes()
}

/// Weeks in the adherence table, at most.
pub const WEEKS: i64 = 8;

/// A day on the report, with its year: "Wed 25 Nov 2026".
pub fn day_msg(d: LocalDate) -> Msg {
    m::report_date(Arg::Date(d, DateStyle::LongYear))
}

/// A session's routine by name: a built-in one's from the catalog, anything else (a
/// person's own routine, a logged activity) as it was recorded.
pub fn routine_title(s: &SessionRecord) -> Msg {
    s.title()
}

fn exercise_title(id: &str) -> Msg {
    catalog::exercise(id).map_or_else(|| Msg::plain(id.to_string()), |e| e.title())
}

/// A level as a selector's word ("easier"), for the messages that name one.
fn level_word(level: Level) -> &'static str {
    match level.value() {
        ..=-2 => "easiest",
        -1 => "easier",
        0 => "standard",
        1 => "harder",
        _ => "hardest",
    }
}

/// The days the report covers, first to last, both included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub from: LocalDate,
    pub to: LocalDate,
}

impl Range {
    /// The range between two days, in whichever order they come.
    pub fn new(a: LocalDate, b: LocalDate) -> Self {
        Self {
            from: a.min(b),
            to: a.max(b),
        }
    }

    pub fn contains(self, date: LocalDate) -> bool {
        (self.from..=self.to).contains(&date)
    }

    /// "Wed 25 Nov 2026 to Wed 20 Jan 2027".
    pub fn label(self) -> Msg {
        m::report_range(day_msg(self.from), day_msg(self.to))
    }
}

/// The range a report starts with: from the first session (or today, with none) to today.
pub fn default_range(sessions: &[SessionRecord], today: LocalDate) -> Range {
    let first = sessions
        .iter()
        .map(SessionRecord::local_date)
        .min()
        .unwrap_or(today);
    Range::new(first.min(today), today)
}

/// The range from two date inputs ("2026-11-25"); an empty or unreadable one keeps its
/// default.
pub fn range_from_inputs(from: &str, to: &str, default: Range) -> Range {
    Range::new(
        LocalDate::parse_iso(from).unwrap_or(default.from),
        LocalDate::parse_iso(to).unwrap_or(default.to),
    )
}

/// The sessions inside the range (for the charts and the table under the summary).
pub fn sessions_in(sessions: &[SessionRecord], range: Range) -> Vec<SessionRecord> {
    sessions
        .iter()
        .filter(|s| range.contains(s.local_date()))
        .cloned()
        .collect()
}

/// What the summary is made from.
pub struct Input<'a> {
    pub profile: Option<&'a Profile>,
    pub checkins: &'a [CheckIn],
    pub safety: &'a safety::Record,
    pub sessions: &'a [SessionRecord],
    /// The days a session is planned on: the plan's days less rest days
    /// (`insights::exercise_days`).
    pub exercise_days: [bool; 7],
    pub today: LocalDate,
    /// The UTC offset now: warning-sign answers are stored without one.
    pub utc_offset_min: i16,
    pub range: Range,
    /// "Include my notes" was ticked.
    pub include_notes: bool,
    /// "Include my weight" was ticked: the weight log and its units.
    pub weight: Option<(&'a [WeightEntry], Units)>,
}

/// Where they started and where they are now.
#[derive(Clone, Debug, PartialEq)]
pub struct Start {
    /// The first-run answers: the day, pain, how long, how active.
    pub started: Option<LocalDate>,
    pub first_pain: Option<u8>,
    pub latest: Option<Latest>,
    pub lines: Vec<Msg>,
}

/// The latest pain answer up to the range's last day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Latest {
    pub pain: u8,
    pub date: LocalDate,
    /// From a weekly check-in; otherwise the pain before a session.
    pub check_in: bool,
}

/// One of the person's own activities: its first rating and its latest.
#[derive(Clone, Debug, PartialEq)]
pub struct ActivityChange {
    /// As the person wrote it.
    pub name: String,
    pub first: Option<u8>,
    pub latest: Option<(u8, LocalDate)>,
    pub sentence: Msg,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Activities {
    pub check_ins: usize,
    pub list: Vec<ActivityChange>,
    pub lines: Vec<Msg>,
}

/// One week of the adherence table: a calendar week (`calendar::week_start`), as in History,
/// Insights and the walking programme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekRow {
    pub start: LocalDate,
    /// Exercise sessions (not walks, swims or rides) done in the week, within the range.
    pub done: u32,
    /// Plan days in the week that are already over (or today's, once its session is done),
    /// within the range and from the plan's start; `None` without a plan or before it began.
    pub planned: Option<u32>,
    /// Minutes walked (or swum or cycled) in the week, and the walking programme's target
    /// for it when the programme had a week there.
    pub walking: Option<(u32, Option<u32>)>,
    /// The week containing the report's today: not over yet.
    pub in_progress: bool,
}

impl WeekRow {
    /// "30 Nov", or "7 Dec (so far)" for the week still going.
    pub fn week_label(&self) -> Msg {
        let date = Arg::Date(self.start, DateStyle::Short);
        if self.in_progress {
            m::report_week_so_far(date)
        } else {
            m::report_week(date)
        }
    }

    /// "2 / 3", or "2 / –" with nothing planned.
    pub fn sessions_cell(&self) -> Msg {
        match self.planned {
            Some(p) => m::report_cell_sessions(self.done, p),
            None => m::report_cell_sessions_unplanned(self.done),
        }
    }

    /// "45 / 60 min", "45 min" with no target that week, or "–".
    pub fn walking_cell(&self) -> Msg {
        match self.walking {
            Some((walked, Some(target))) => m::report_cell_walking(walked, target),
            Some((walked, None)) => m::report_cell_walked(walked),
            None => m::report_cell_none(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Adherence {
    /// Oldest first, at most [`WEEKS`].
    pub rows: Vec<WeekRow>,
    /// The walking programme is on, or walks were logged: show the walking column.
    pub walking: bool,
    pub lines: Vec<Msg>,
    /// Planned days already over, in the period, with no exercise session that day.
    pub missed: Vec<LocalDate>,
    /// The one account of what was eased or skipped: sessions at an easier level,
    /// exercises skipped or made easier, sessions stopped early and planned days missed.
    pub eased: Eased,
}

/// What was eased or skipped in the period, as one list every other line agrees with.
#[derive(Clone, Debug, PartialEq)]
pub struct Eased {
    /// The sentence before the list, or the one sentence when there is nothing in it.
    pub line: Msg,
    pub items: Vec<Msg>,
}

impl Eased {
    /// The line and the items, each a whole sentence, to be shown as one paragraph: page
    /// one keeps to one sheet.
    pub fn paragraph(&self) -> Vec<Msg> {
        std::iter::once(&self.line)
            .chain(&self.items)
            .cloned()
            .collect()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pain {
    /// Sessions with pain both before and after.
    pub pairs: u32,
    /// Sessions where pain was given with "This hurts", and the highest such answer.
    pub during_sessions: u32,
    pub during_highest: Option<u8>,
    /// Averages over those sessions, in tenths of a point.
    pub before_tenths: Option<u32>,
    pub after_tenths: Option<u32>,
    /// Next-morning answers compared with before the session.
    pub better: u32,
    pub same: u32,
    pub worse: u32,
    pub lines: Vec<Msg>,
}

/// A session that counted as a flare-up.
#[derive(Clone, Debug, PartialEq)]
pub struct Flare {
    pub date: LocalDate,
    pub routine: Msg,
    pub sentence: Msg,
}

/// A warning-sign answer and when it was cleared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RedFlag {
    pub date: LocalDate,
    pub tier: Tier,
    pub cleared: Option<LocalDate>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Flares {
    pub flares: Vec<Flare>,
    pub red_flags: Vec<RedFlag>,
    pub lines: Vec<Msg>,
    /// One line per flare-up, flare plan and warning sign, in date order within each kind.
    pub items: Vec<Msg>,
}

/// A routine in the plan's rotation, its level today and how often it was done.
#[derive(Clone, Debug, PartialEq)]
pub struct RoutineNow {
    pub name: Msg,
    /// The routine's id in the catalog.
    pub id: String,
    pub level: Level,
    pub done: u32,
    pub sentence: Msg,
    /// The routine as it is done at this level today, for its share link and code.
    pub draft: RoutineDraft,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Programme {
    pub routines: Vec<RoutineNow>,
    /// The stage and days, the flare plan, the walking programme.
    pub lines: Vec<Msg>,
}

/// A note the person chose to include.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    /// "Wed 25 Nov 2026, Core basics".
    pub when: Msg,
    /// As the person wrote it.
    pub text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Notes {
    pub list: Vec<Note>,
    pub lines: Vec<Msg>,
}

/// Page one.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// "Recorded by the person themselves · Wed 25 Nov 2026 to Wed 20 Jan 2027".
    pub header: Msg,
    pub start: Start,
    pub activities: Activities,
    pub adherence: Adherence,
    pub pain: Pain,
    pub flares: Flares,
    pub programme: Programme,
    /// Only when "Include my notes" was ticked.
    pub notes: Option<Notes>,
}

impl Summary {
    /// Every sentence and table cell, for checks (a note's text is the person's own).
    pub fn all_text(&self) -> Vec<Msg> {
        let mut all = vec![self.header.clone()];
        all.extend(self.start.lines.iter().cloned());
        all.extend(self.activities.lines.iter().cloned());
        all.extend(self.activities.list.iter().map(|a| a.sentence.clone()));
        all.extend(self.adherence.lines.iter().cloned());
        for r in &self.adherence.rows {
            all.extend([r.week_label(), r.sessions_cell(), r.walking_cell()]);
        }
        all.push(self.adherence.eased.line.clone());
        all.extend(self.adherence.eased.items.iter().cloned());
        all.extend(self.pain.lines.iter().cloned());
        all.extend(self.flares.lines.iter().cloned());
        all.extend(self.flares.items.iter().cloned());
        all.extend(self.programme.lines.iter().cloned());
        all.extend(self.programme.routines.iter().map(|r| r.sentence.clone()));
        if let Some(n) = &self.notes {
            all.extend(n.lines.iter().cloned());
            all.extend(n.list.iter().map(|n| n.when.clone()));
        }
        all
    }
}

/// The line under the report's title: "Recorded by the person themselves · Wed 25 Nov 2026
/// to Wed 20 Jan 2027".
pub fn header(range: Range) -> Msg {
    m::report_header(day_msg(range.from), day_msg(range.to))
}

/// Page one of the report.
pub fn summary(input: &Input) -> Summary {
    let range = input.range;
    let in_range: Vec<SessionRecord> = sessions_in(input.sessions, range);
    Summary {
        header: header(range),
        start: start(input),
        activities: activities(input),
        adherence: adherence(input, &in_range),
        pain: pain(&in_range),
        flares: flares(input, &in_range),
        programme: programme(input, &in_range),
        notes: input.include_notes.then(|| notes(&in_range)),
    }
}

fn start(input: &Input) -> Start {
    let to = input.range.to;
    let mut lines = Vec::new();
    let started = input
        .profile
        .map(|p| LocalDate::from_epoch_ms(p.created_at, p.utc_offset_min));
    let first_pain = input.profile.map(|p| p.pain_now);
    match input.profile.zip(started) {
        Some((p, day)) => {
            lines.push(m::report_start_pain(day_msg(day), p.pain_now));
            let duration = match p.duration {
                PainDuration::UnderSixWeeks => "under-six-weeks",
                PainDuration::Longer => "longer",
                PainDuration::KeepsComingBack => "keeps-coming-back",
            };
            let activity = match p.activity {
                ActivityLevel::Little => "little",
                ActivityLevel::Some => "some",
                ActivityLevel::Active => "active",
            };
            lines.push(m::report_start_history(duration, activity));
        }
        None => lines.push(m::report_start_unanswered()),
    }
    // The newest pain answer up to the range's end: a weekly check-in or a session's
    // pain before.
    let from_checkins = input
        .checkins
        .iter()
        .filter(|c| c.local_date() <= to)
        .map(|c| (c.at, c.pain, c.local_date(), true));
    let from_sessions = input
        .sessions
        .iter()
        .filter(|s| s.local_date() <= to)
        .filter_map(|s| {
            s.pain_before
                .map(|p| (s.started_at, p.value(), s.local_date(), false))
        });
    let latest = from_checkins
        .chain(from_sessions)
        .max_by_key(|(at, ..)| *at)
        .map(|(_, pain, date, check_in)| Latest {
            pain,
            date,
            check_in,
        });
    match latest {
        Some(l) => {
            lines.push(if l.check_in {
                m::report_latest_check_in(l.pain, day_msg(l.date))
            } else {
                m::report_latest_session(l.pain, day_msg(l.date))
            });
            if let Some(first) = first_pain {
                lines.push(if l.pain < first {
                    m::report_change_lower(first - l.pain)
                } else if l.pain > first {
                    m::report_change_higher(l.pain - first)
                } else {
                    m::report_change_same()
                });
            }
        }
        None => lines.push(m::report_no_pain()),
    }
    if let Some((entries, units)) = input.weight {
        let kept: Vec<WeightEntry> = entries
            .iter()
            .filter(|e| input.range.contains(e.local_date()))
            .cloned()
            .collect();
        lines.push(match weight::trend_msg(&kept, units) {
            Some(t) => m::report_weight(t),
            None => m::report_weight_too_few(),
        });
    }
    Start {
        started,
        first_pain,
        latest,
        lines,
    }
}

fn activities(input: &Input) -> Activities {
    let Some(profile) = input.profile.filter(|p| !p.activities.is_empty()) else {
        return Activities {
            check_ins: 0,
            list: Vec::new(),
            lines: vec![m::report_activities_none()],
        };
    };
    let kept: Vec<CheckIn> = input
        .checkins
        .iter()
        .filter(|c| c.local_date() <= input.range.to)
        .cloned()
        .collect();
    let trend = checkin::trend(profile, &kept);
    let lines = vec![if kept.is_empty() {
        m::report_activities_scale_only()
    } else {
        m::report_activities_scale(kept.len())
    }];
    let list = trend
        .activities
        .iter()
        .map(|(name, series)| {
            let dated = || {
                trend
                    .dates
                    .iter()
                    .zip(series)
                    .filter_map(|(d, v)| v.map(|v| (v, *d)))
            };
            let first = dated().next();
            let last = dated().next_back();
            let latest = last.filter(|l| first.is_some_and(|f| l.1 > f.1));
            let sentence = match (first, latest) {
                (Some((a, _)), Some((b, day))) => {
                    let how = if b >= a + checkin::MEANINGFUL_CHANGE {
                        "easier"
                    } else if a >= b + checkin::MEANINGFUL_CHANGE {
                        "harder"
                    } else {
                        "same"
                    };
                    m::report_activity_change(name.clone(), a, b, day_msg(day), how)
                }
                (Some((a, _)), None) => m::report_activity_not_again(name.clone(), a),
                (None, _) => m::report_activity_not_rated(name.clone()),
            };
            ActivityChange {
                name: name.clone(),
                first: first.map(|f| f.0),
                latest,
                sentence,
            }
        })
        .collect();
    Activities {
        check_ins: kept.len(),
        list,
        lines,
    }
}

fn adherence(input: &Input, in_range: &[SessionRecord]) -> Adherence {
    let range = input.range;
    let today = input.today.to_days();
    let last_day = range.to.min(input.today).max(range.from);
    let last = week_start(last_day).to_days();
    let first = week_start(range.from).to_days().max(last - 7 * (WEEKS - 1));
    let plan_start = input
        .profile
        .map(|p| LocalDate::from_epoch_ms(p.created_at, p.utc_offset_min).to_days());
    let programme = input
        .profile
        .and_then(|p| today::walking(p, input.sessions, input.today));
    let bars = programme
        .as_ref()
        .map(walking::Programme::chart)
        .unwrap_or_default();
    // Walking minutes by day, digested once for the programme and these rows alike.
    let walks = progress::walk_days(
        in_range,
        input.profile.and_then(|p| p.flare.as_ref()),
        input.today,
    );
    let exercised: BTreeSet<i64> = in_range
        .iter()
        .filter(|s| !activity::is_cardio(s))
        .map(|s| s.local_date().to_days())
        .collect();
    // A planned day counts once it is over, or today once its session is done: a session
    // due this evening isn't missed in a report made this morning.
    let planned_day = |d: i64| {
        plan_start.is_some_and(|p| d >= p)
            && range.contains(LocalDate::from_days(d))
            && input.exercise_days[usize::from(LocalDate::from_days(d).weekday())]
            && (d < today || (d == today && exercised.contains(&d)))
    };
    // Planned days already over with no exercise session that day, over the whole range.
    let missed: Vec<LocalDate> = (range.from.to_days()..=last_day.to_days())
        .filter(|d| planned_day(*d) && !exercised.contains(d))
        .map(LocalDate::from_days)
        .collect();
    let rows: Vec<WeekRow> = (0..)
        .map(|i| first + 7 * i)
        .take_while(|w| *w <= last)
        .map(|w| {
            let week = w..w + 7;
            let done = in_range
                .iter()
                .filter(|s| week.contains(&s.local_date().to_days()) && !activity::is_cardio(s))
                .count() as u32;
            let planned = plan_start
                .filter(|p| *p < w + 7)
                .map(|_| week.clone().filter(|d| planned_day(*d)).count() as u32);
            let walked: u32 = walks
                .iter()
                .filter(|d| week.contains(&d.day))
                .map(|d| d.minutes)
                .sum();
            let target = bars.iter().find(|b| b.start_day == w).map(|b| b.planned);
            WeekRow {
                start: LocalDate::from_days(w),
                done,
                planned,
                walking: (walked > 0 || target.is_some()).then_some((walked, target)),
                in_progress: w + 7 > today,
            }
        })
        .collect();
    let mut lines = Vec::new();
    // The week still going is marked "(so far)" in its row and left out of the percentage.
    let finished: Vec<&WeekRow> = rows.iter().filter(|r| !r.in_progress).collect();
    let sum = |list: &[&WeekRow], f: fn(&WeekRow) -> u32| -> u64 {
        list.iter().map(|r| u64::from(f(r))).sum()
    };
    let done = sum(&finished, |r| r.done);
    let planned = sum(&finished, |r| r.planned.unwrap_or(0));
    let weeks = finished.len() as u64;
    if plan_start.is_none() {
        lines.push(m::report_no_plan(
            rows.iter().map(|r| u64::from(r.done)).sum::<u64>(),
            rows.len(),
        ));
    } else if weeks > 0 && planned == 0 {
        lines.push(m::report_nothing_planned(done));
    } else if weeks > 0 {
        lines.push(m::report_adherence(
            weeks,
            done,
            planned,
            (done * 100 + planned / 2) / planned,
        ));
    }
    let cardio = in_range
        .iter()
        .filter(|s| {
            let d = s.local_date().to_days();
            (first..last + 7).contains(&d) && activity::is_cardio(s)
        })
        .count() as u64;
    if cardio > 0 {
        lines.push(m::report_cardio(cardio));
    }
    match &programme {
        Some(walking::Programme::Baseline(_)) => lines.push(m::report_walking_baseline_week()),
        Some(walking::Programme::Walking(_)) => {
            // Only walking weeks already over: the current one is still going.
            let over: Vec<(u32, u32)> = rows
                .iter()
                .filter(|r| !r.in_progress)
                .filter_map(|r| r.walking.and_then(|(w, t)| t.map(|t| (w, t))))
                .collect();
            if !over.is_empty() {
                let walked: u64 = over.iter().map(|w| u64::from(w.0)).sum();
                let target: u64 = over.iter().map(|w| u64::from(w.1)).sum();
                lines.push(m::report_walking_over(walked, target, over.len()));
            }
        }
        None => {}
    }
    let eased = eased(in_range, &missed);
    Adherence {
        walking: rows.iter().any(|r| r.walking.is_some()),
        rows,
        lines,
        missed,
        eased,
    }
}

/// The one list of what was eased or skipped in the report's period.
fn eased(shown: &[SessionRecord], missed: &[LocalDate]) -> Eased {
    let mut items = Vec::new();
    // Sessions done below the standard level, per routine, in order of first use.
    let mut easier: Vec<(&SessionRecord, u32)> = Vec::new();
    for s in shown
        .iter()
        .filter(|s| s.level < 0 && !activity::is_cardio(s))
    {
        match easier
            .iter_mut()
            .find(|(first, _)| first.routine_name == s.routine_name)
        {
            Some(e) => e.1 += 1,
            None => easier.push((s, 1)),
        }
    }
    items.extend(
        easier
            .into_iter()
            .map(|(s, n)| m::report_eased_level(routine_title(s), n)),
    );
    // Exercises skipped or made easier during a session: the same count as Insights'
    // "Skipped or eased most".
    let (_, avoided) = insights::exercise_counts(shown, usize::MAX);
    items.extend(
        avoided
            .iter()
            .map(|(id, n)| m::report_eased_exercise(exercise_title(id), *n)),
    );
    let early = shown.iter().filter(|s| s.ended_early).count() as u64;
    if early > 0 {
        items.push(m::report_eased_early(early));
    }
    if let Some(days) = Msg::list(missed.iter().map(|d| day_msg(*d)).collect()) {
        items.push(m::report_eased_missed(days));
    }
    let line = if items.is_empty() {
        m::report_eased_nothing()
    } else {
        m::report_eased_intro()
    };
    Eased { line, items }
}

/// Tenths as a number with one decimal ("4.2").
fn tenths(t: u32) -> Num {
    Num::decimal(i64::from(t), 1)
}

fn pain(in_range: &[SessionRecord]) -> Pain {
    let pairs: Vec<(u32, u32)> = in_range
        .iter()
        .filter_map(|s| {
            Some((
                u32::from(s.pain_before?.value()),
                u32::from(s.pain_after?.value()),
            ))
        })
        .collect();
    let n = pairs.len() as u32;
    let average = |sum: u32| (n > 0).then(|| (sum * 10 + n / 2) / n);
    let before_tenths = average(pairs.iter().map(|p| p.0).sum());
    let after_tenths = average(pairs.iter().map(|p| p.1).sum());
    let answers = |c: Compared| {
        in_range
            .iter()
            .filter(|s| s.morning.and_then(|m| m.compared) == Some(c))
            .count() as u32
    };
    let (better, same, worse) = (
        answers(Compared::Better),
        answers(Compared::Same),
        answers(Compared::Worse),
    );
    let mut lines = Vec::new();
    match before_tenths.zip(after_tenths) {
        Some((b, a)) => lines.push(m::report_pain_average(tenths(b), tenths(a), n)),
        None => lines.push(m::report_pain_no_pairs()),
    }
    let during: Vec<(PainScore, &SessionRecord, &str)> = in_range
        .iter()
        .filter_map(|s| s.pain_during().map(|(p, e)| (p, s, e.id.as_str())))
        .collect();
    let highest = during.iter().copied().fold(
        None,
        |best: Option<(PainScore, &SessionRecord, &str)>, x| match best {
            Some(b) if b.0 >= x.0 => Some(b),
            _ => Some(x),
        },
    );
    match highest {
        Some((p, s, id)) => lines.push(m::report_pain_hurts(
            during.len(),
            p.value(),
            exercise_title(id),
            day_msg(s.local_date()),
        )),
        None => lines.push(m::report_pain_hurts_unused()),
    }
    let total = better + same + worse;
    if total == 0 {
        lines.push(m::report_morning_none());
    } else {
        lines.push(m::report_morning(better, same, worse, total));
    }
    Pain {
        pairs: n,
        during_sessions: during.len() as u32,
        during_highest: highest.map(|h| h.0.value()),
        before_tenths,
        after_tenths,
        better,
        same,
        worse,
        lines,
    }
}

/// What made a session a flare-up, for a reader other than the person ("pain went from 3
/// to 6" rather than "your pain went from 3 to 6"): the same rule as
/// `progress::flare_words`, as a clause of `report-flare`.
fn flare_reason(s: &SessionRecord) -> Msg {
    let before = s.pain_before.map(|p| p.value());
    let after = s.pain_after.map(|p| p.value());
    if let Some(mo) = s.morning.filter(|mo| mo.worse(s.pain_before)) {
        let said = mo.compared == Some(Compared::Worse);
        return match (before, mo.pain) {
            (Some(b), Some(p)) if p.value() >= b + 2 && said => {
                m::report_flare_reason_morning_said(b, p.value())
            }
            (Some(b), Some(p)) if p.value() >= b + 2 => {
                m::report_flare_reason_morning_pain(b, p.value())
            }
            _ => m::report_flare_reason_morning(),
        };
    }
    match (before, after) {
        (Some(b), Some(a)) if a >= b + 2 => m::report_flare_reason_rose(b, a),
        (_, Some(a)) if a >= 6 => m::report_flare_reason_reached(a),
        _ => m::report_flare_reason_too_hard(),
    }
}

fn flares(input: &Input, in_range: &[SessionRecord]) -> Flares {
    let range = input.range;
    let mut lines = Vec::new();
    let mut items = Vec::new();
    let mut sorted: Vec<&SessionRecord> = in_range.iter().collect();
    sorted.sort_by_key(|s| s.started_at);
    let flares: Vec<Flare> = sorted
        .iter()
        .filter(|s| progress::outcome(s) == Outcome::Flare)
        .map(|s| {
            // The level of the next session of the same routine, if it stepped back.
            let next = input
                .sessions
                .iter()
                .filter(|n| n.routine_id == s.routine_id && n.started_at > s.started_at)
                .min_by_key(|n| n.started_at)
                .filter(|n| n.level < s.level);
            let (date, routine, reason) =
                (day_msg(s.local_date()), routine_title(s), flare_reason(s));
            let sentence = match next {
                Some(n) => m::report_flare_stepped(
                    date,
                    routine.clone(),
                    reason,
                    level_word(Level::new(n.level)),
                ),
                None => m::report_flare(date, routine.clone(), reason),
            };
            Flare {
                date: s.local_date(),
                routine,
                sentence,
            }
        })
        .collect();
    if flares.is_empty() {
        lines.push(m::report_flares_none());
    } else {
        lines.push(m::report_flares_count(flares.len()));
    }
    items.extend(flares.iter().map(|f| f.sentence.clone()));

    if let Some(f) = input.profile.and_then(|p| p.flare.as_ref()) {
        let days = f.days_on(input.today.to_days());
        let (start, end) = (*days.start(), *days.end());
        if start <= range.to.to_days() && end >= range.from.to_days() {
            let highest = f.days.iter().map(|d| d.1).max().unwrap_or(f.usual_pain);
            let length = end - start + 1;
            let from = day_msg(LocalDate::from_days(start));
            items.push(if f.active() {
                m::report_flare_plan_on(from, length, f.usual_pain, highest)
            } else {
                m::report_flare_plan_ended(
                    from,
                    day_msg(LocalDate::from_days(end)),
                    length,
                    f.usual_pain,
                    highest,
                )
            });
        }
    }

    let offset = input.utc_offset_min;
    let day = |ms: i64| LocalDate::from_epoch_ms(ms, offset);
    let red_flags: Vec<RedFlag> = input
        .safety
        .answers()
        .iter()
        .filter_map(|a| {
            let tier = a.tier?;
            let date = day(a.at);
            let cleared = a.cleared_at.map(day);
            let relevant =
                date <= range.to && (date >= range.from || cleared.is_none_or(|c| c >= range.from));
            relevant.then_some(RedFlag {
                date,
                tier,
                cleared,
            })
        })
        .collect();
    if red_flags.is_empty() {
        lines.push(m::report_red_flags_none());
    }
    if input.profile.is_some_and(|p| p.red_flag_checked) {
        lines.push(m::report_red_flag_checked_at_start());
    }
    items.extend(red_flags.iter().map(|r| {
        let date = day_msg(r.date);
        match (r.tier, r.cleared) {
            (Tier::Emergency, Some(c)) => m::report_red_flag_emergency_checked(date, day_msg(c)),
            (Tier::Emergency, None) => m::report_red_flag_emergency_open(date),
            (Tier::Soon, Some(c)) => m::report_red_flag_soon_checked(date, day_msg(c)),
            (Tier::Soon, None) => m::report_red_flag_soon_open(date),
        }
    }));
    Flares {
        flares,
        red_flags,
        lines,
        items,
    }
}

fn programme(input: &Input, in_range: &[SessionRecord]) -> Programme {
    let Some(profile) = input.profile else {
        return Programme {
            routines: Vec::new(),
            lines: vec![m::report_programme_none()],
        };
    };
    // The levels below are the ones suggested on the day the report is made, which can be
    // after the dates it covers: say which day.
    let mut lines = vec![m::report_programme_stage(
        day_msg(input.today),
        profile.stage.label_msg(),
        plan::schedule(input.exercise_days, profile.minute_of_day),
    )];
    if profile.flaring().is_some() {
        lines.push(m::report_flare_plan_active());
    }
    let routines = plan::rotation(profile.stage)
        .into_iter()
        .filter(|r| plan::suits_time(&r.id, profile.minute_of_day))
        .map(|r| {
            let level = today::suggestion(profile, r, input.sessions, input.today).level;
            let done = in_range.iter().filter(|s| s.routine_id == r.id).count() as u32;
            RoutineNow {
                name: r.title(),
                id: r.id.to_string(),
                level,
                done,
                sentence: m::report_routine_now(r.title(), level_word(level), done),
                draft: RoutineDraft::at_level(r, level),
            }
        })
        .collect();
    match today::walking(profile, input.sessions, input.today) {
        Some(walking::Programme::Baseline(_)) => lines.push(m::report_walking_baseline()),
        Some(p) => {
            if let Some(plan) = p.plan() {
                lines.push(m::report_walking_plan(plan.walks, plan.minutes));
            }
        }
        None => {}
    }
    Programme { routines, lines }
}

fn notes(in_range: &[SessionRecord]) -> Notes {
    let mut sorted: Vec<&SessionRecord> = in_range
        .iter()
        .filter(|s| s.note.as_deref().is_some_and(|n| !n.trim().is_empty()))
        .collect();
    sorted.sort_by_key(|s| s.started_at);
    let list: Vec<Note> = sorted
        .into_iter()
        .map(|s| Note {
            when: m::report_note_when(day_msg(s.local_date()), routine_title(s)),
            text: s.note.as_deref().unwrap_or_default().trim().to_string(),
        })
        .collect();
    let lines = if list.is_empty() {
        vec![m::report_notes_none()]
    } else {
        vec![m::report_notes_intro()]
    };
    Notes { list, lines }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::english_text;

    /// English words, for comparing with what the report said before it had messages.
    trait En {
        type Out;
        fn en(&self) -> Self::Out;
    }
    impl En for Msg {
        type Out = String;
        fn en(&self) -> String {
            english_text(self)
        }
    }
    impl En for Vec<Msg> {
        type Out = Vec<String>;
        fn en(&self) -> Vec<String> {
            self.iter().map(english_text).collect()
        }
    }
    use crate::domain::flare::FlareMode;
    use crate::domain::history::fixtures::record;
    use crate::domain::history::{ExerciseDone, Morning};
    use crate::domain::pain::PainScore;
    use crate::domain::plan::{make_profile, ActivityLevel, HardActivity, PainDuration};
    use crate::domain::routine::Stage;
    use proptest::prelude::*;

    /// Wed 25 Nov 2026, 12:00 UTC: the seeded history's first day (day 0).
    const T0: i64 = 1_795_608_000_000;
    const DAY: i64 = 86_400_000;
    const HOUR: i64 = 3_600_000;
    const MON_WED_FRI: [bool; 7] = [true, false, true, false, true, false, false];
    const ROTATION: [&str; 3] = ["core-basics", "hips-and-hamstrings", "morning-mobility"];
    /// Plan days with no session: Fri 4 Dec and Mon 4 Jan.
    const MISSED: [i64; 2] = [9, 40];
    /// The flare-ups: pain 4 to 6 on Fri 25 Dec; worse the next morning on Fri 8 Jan.
    const FLARE_DAY: i64 = 30;
    const WORSE_DAY: i64 = 44;
    const SAME: [i64; 6] = [0, 5, 12, 16, 21, 26];
    const BETTER: [i64; 4] = [33, 37, 47, 51];

    fn day(n: i64) -> LocalDate {
        LocalDate::from_days(LocalDate::from_epoch_ms(T0, 0).to_days() + n)
    }

    /// Day 56: Wed 20 Jan 2027, eight weeks on.
    fn today() -> LocalDate {
        day(56)
    }

    fn profile() -> Profile {
        let acts = vec![
            HardActivity {
                name: "Putting on socks".into(),
                score: 3,
            },
            HardActivity {
                name: "Sitting for a while".into(),
                score: 4,
            },
        ];
        let created = T0 - 4 * HOUR;
        let mut p = make_profile(
            6,
            PainDuration::Longer,
            ActivityLevel::Some,
            acts,
            MON_WED_FRI,
            8 * 60,
            false,
            created,
            0,
        )
        .unwrap();
        p.walking_since = Some(created);
        let mut flare = FlareMode::start(
            T0 + FLARE_DAY * DAY,
            day(FLARE_DAY).to_days(),
            Stage::Building,
            4,
            7,
        );
        flare.check_in(day(FLARE_DAY + 1).to_days(), 5, T0 + (FLARE_DAY + 1) * DAY);
        flare.check_in(day(FLARE_DAY + 2).to_days(), 4, T0 + (FLARE_DAY + 2) * DAY);
        assert!(!flare.active());
        p.flare = Some(flare);
        p
    }

    /// A session at 09:00 on day `n`, with pain before and after.
    fn session(n: i64, routine: &str, before: u8, after: u8) -> SessionRecord {
        let mut s = record(&format!("s{n}"), T0 + n * DAY - 3 * HOUR);
        s.utc_offset_min = 0;
        s.routine_id = routine.into();
        s.routine_name = crate::domain::catalog::ROUTINES
            .iter()
            .find(|r| r.id == routine)
            .map_or(routine.to_string(), |r| r.name.to_string());
        s.pain_before = PainScore::new(before);
        s.pain_after = PainScore::new(after);
        s
    }

    fn morning(compared: Compared, n: i64) -> Option<Morning> {
        Some(Morning {
            compared: Some(compared),
            pain: None,
            at: T0 + (n + 1) * DAY - 4 * HOUR,
        })
    }

    /// Eight weeks of a Mon/Wed/Fri plan (two days missed, two flare-ups, one step back,
    /// eased and skipped exercises, two notes) and 15-minute walks on Tue, Thu and Sat.
    fn sessions() -> Vec<SessionRecord> {
        let mut list = Vec::new();
        let mut i = 0;
        for n in 0..=56 {
            if !MON_WED_FRI[usize::from(day(n).weekday())] || MISSED.contains(&n) {
                continue;
            }
            let before = if n < 20 {
                5
            } else if n < 40 {
                4
            } else {
                3
            };
            let after = if n == FLARE_DAY { 7 } else { before - 1 };
            let mut s = session(n, ROTATION[i % 3], before, after);
            if n == FLARE_DAY {
                s.level = 1;
            }
            if i % 5 == 0 {
                s.exercises.push(ExerciseDone {
                    id: "bird-dog-limb".into(),
                    sets_done: 2,
                    sets_planned: 2,
                    reps: 16,
                    secs: 60,
                    eased_from: Some("bird-dog".into()),
                    pain: None,
                });
            }
            if SAME.contains(&n) {
                s.morning = morning(Compared::Same, n);
            } else if BETTER.contains(&n) {
                s.morning = morning(Compared::Better, n);
            } else if n == WORSE_DAY {
                s.morning = morning(Compared::Worse, n);
            }
            if n == 2 {
                s.note = Some("Stiff getting out of bed.".into());
            }
            if n == 51 {
                s.note = Some("Managed the stairs at work.".into());
            }
            list.push(s);
            i += 1;
        }
        for n in 1..56 {
            if [1, 3, 5].contains(&day(n).weekday()) {
                let mut w = record(&format!("w{n}"), T0 + n * DAY);
                w.utc_offset_min = 0;
                w.routine_id = "log-walk".into();
                w.routine_name = "Walk".into();
                w.duration_secs = 900;
                w.pain_before = None;
                w.pain_after = None;
                w.exercises = vec![ExerciseDone {
                    id: "walking".into(),
                    sets_done: 1,
                    sets_planned: 1,
                    reps: 0,
                    secs: 900,
                    eased_from: None,
                    pain: None,
                }];
                list.push(w);
            }
        }
        list
    }

    /// Weekly check-ins on days 7 to 49.
    fn checkins() -> Vec<CheckIn> {
        let pain = [5, 5, 4, 4, 4, 3, 3];
        let socks = [4, 4, 5, 5, 6, 6, 7];
        let sitting = [4, 4, 4, 5, 5, 5, 5];
        (0..7)
            .map(|k| CheckIn {
                at: T0 + 7 * (k as i64 + 1) * DAY,
                utc_offset_min: 0,
                pain: pain[k],
                scores: vec![Some(socks[k]), Some(sitting[k])],
                sleep: None,
                mood: None,
            })
            .collect()
    }

    /// A warning sign needing a doctor on Tue 15 Dec, cleared on Thu 17 Dec.
    fn safety_record() -> safety::Record {
        let mut r = safety::Record::default();
        r.answer(None, T0 - 4 * HOUR);
        r.answer(Some(Tier::Soon), T0 + 20 * DAY);
        r.clear(T0 + 22 * DAY);
        r
    }

    struct Seed {
        profile: Profile,
        sessions: Vec<SessionRecord>,
        checkins: Vec<CheckIn>,
        safety: safety::Record,
    }

    fn seed() -> Seed {
        Seed {
            profile: profile(),
            sessions: sessions(),
            checkins: checkins(),
            safety: safety_record(),
        }
    }

    impl Seed {
        fn input(&self, range: Range) -> Input<'_> {
            Input {
                profile: Some(&self.profile),
                checkins: &self.checkins,
                safety: &self.safety,
                sessions: &self.sessions,
                exercise_days: MON_WED_FRI,
                today: today(),
                utc_offset_min: 0,
                range,
                include_notes: false,
                weight: None,
            }
        }

        fn summary(&self) -> Summary {
            summary(&self.input(default_range(&self.sessions, today())))
        }
    }

    #[test]
    fn the_header_names_who_recorded_it_and_the_dates() {
        assert_eq!(
            seed().summary().header.en(),
            "Recorded by the person themselves · Wed 25 Nov 2026 to Wed 20 Jan 2027"
        );
    }

    #[test]
    fn where_they_started_and_now_uses_the_first_run_and_the_latest_pain() {
        let s = seed().summary().start;
        assert_eq!(s.first_pain, Some(6));
        assert_eq!(
            s.latest,
            Some(Latest {
                pain: 3,
                date: today(),
                check_in: false
            })
        );
        assert_eq!(
            s.lines.en(),
            [
                "At the start (Wed 25 Nov 2026), pain was 6 out of 10.",
                "How long it had lasted: longer than 6 weeks. How active they were: some walking and everyday jobs.",
                "Latest: pain 3 out of 10 (before a session on Wed 20 Jan 2027).",
                "That is 3 points lower than at the start.",
            ]
        );
    }

    #[test]
    fn the_latest_pain_is_a_check_in_when_that_is_newer() {
        let seed = seed();
        // Up to Wed 13 Jan: that day's check-in (12:00) is newer than its session (09:00).
        let s = summary(&seed.input(Range::new(day(0), day(49)))).start;
        assert_eq!(
            s.latest,
            Some(Latest {
                pain: 3,
                date: day(49),
                check_in: true
            })
        );
        assert_eq!(
            s.lines[2].en(),
            "Latest: pain 3 out of 10 (at a weekly check-in on Wed 13 Jan 2027)."
        );
        // One point up says "1 point".
        let mut higher = seed.checkins.clone();
        higher.push(CheckIn {
            at: T0 + 56 * DAY,
            utc_offset_min: 0,
            pain: 7,
            scores: vec![],
            sleep: None,
            mood: None,
        });
        let input = Input {
            checkins: &higher,
            ..seed.input(Range::new(day(0), today()))
        };
        assert_eq!(
            summary(&input).start.lines[3].en(),
            "That is 1 point higher than at the start."
        );
    }

    #[test]
    fn without_first_run_answers_the_start_says_so() {
        let seed = seed();
        let input = Input {
            profile: None,
            ..seed.input(default_range(&seed.sessions, today()))
        };
        let s = summary(&input);
        assert_eq!(
            s.start.lines.en(),
            [
                "The first-run questions weren't answered on this device.",
                "Latest: pain 3 out of 10 (before a session on Wed 20 Jan 2027).",
            ]
        );
        assert_eq!(
            s.activities.lines.en(),
            ["No everyday activities were named at the start."]
        );
        assert_eq!(
            s.programme.lines[0].en(),
            "No plan is set up on this device."
        );
        assert!(s.adherence.lines[0].en().starts_with(
            "No plan was set up, so nothing was planned: 21 sessions done over 8 weeks."
        ));
        assert!(s
            .adherence
            .rows
            .iter()
            .all(|r| r.planned.is_none() && r.walking.is_none_or(|w| w.1.is_none())));
        assert_eq!(s.adherence.rows[0].sessions_cell().en(), "2 / –");
    }

    #[test]
    fn their_own_activities_go_from_the_first_rating_to_the_latest() {
        let a = seed().summary().activities;
        assert_eq!(a.check_ins, 7);
        assert_eq!(
            a.lines.en(),
            ["Rated from 0 (can't do it) to 10 (no trouble at all) at the start and in 7 weekly check-ins."]
        );
        let sentences: Vec<String> = a.list.iter().map(|x| x.sentence.en()).collect();
        assert_eq!(
            sentences,
            [
                "Putting on socks: 3 at the start, 7 on Wed 13 Jan 2027 (easier).",
                "Sitting for a while: 4 at the start, 5 on Wed 13 Jan 2027 (about the same).",
            ]
        );
        assert_eq!(a.list[0].first, Some(3));
        assert_eq!(a.list[0].latest, Some((7, day(49))));
        // Before the first check-in, nothing was rated again.
        let seed = self::seed();
        let early = summary(&seed.input(Range::new(day(0), day(6)))).activities;
        assert_eq!(
            early.lines.en(),
            ["Rated from 0 (can't do it) to 10 (no trouble at all) at the start; no weekly check-ins since."]
        );
        assert_eq!(
            early.list[0].sentence.en(),
            "Putting on socks: 3 at the start; not rated again."
        );
    }

    #[test]
    fn adherence_counts_sessions_against_plan_days_week_by_week() {
        let a = seed().summary().adherence;
        let weeks: Vec<String> = a.rows.iter().map(|r| r.week_label().en()).collect();
        assert_eq!(
            weeks,
            [
                "30 Nov",
                "7 Dec",
                "14 Dec",
                "21 Dec",
                "28 Dec",
                "4 Jan",
                "11 Jan",
                "18 Jan (so far)"
            ]
        );
        let cells: Vec<String> = a.rows.iter().map(|r| r.sessions_cell().en()).collect();
        // Fri 4 Dec and Mon 4 Jan missed; this week has had Mon and Wed so far.
        assert_eq!(
            cells,
            ["2 / 3", "3 / 3", "3 / 3", "3 / 3", "3 / 3", "2 / 3", "3 / 3", "2 / 2"]
        );
        // The percentage is over the weeks already over; this week is marked "(so far)".
        assert_eq!(
            a.lines[0].en(),
            "In the 7 weeks already over: 19 sessions done, against 21 planned sessions (90%)."
        );
        // Walks are not sessions of the plan: 3 a week, and Tue 19 Jan.
        assert_eq!(
            a.lines[1].en(),
            "On top of these: 22 walks, swims or rides."
        );
        assert_eq!(a.missed, [day(MISSED[0]), day(MISSED[1])]);
    }

    /// Random histories over eight weeks: exercise sessions at any level (some skipping an
    /// exercise) and logged walks, at any hour, of any length.
    fn any_history() -> impl Strategy<Value = Vec<SessionRecord>> {
        let one = (
            0i64..56,
            0i64..24,
            60u32..3_000,
            any::<bool>(),
            -2i8..=2,
            any::<bool>(),
        );
        proptest::collection::vec(one, 0..40).prop_map(|list| {
            list.into_iter()
                .enumerate()
                .map(|(i, (d, h, secs, is_walk, level, skip))| {
                    let mut r = record(&format!("p{i}"), T0 + d * DAY + (h - 12) * HOUR);
                    r.utc_offset_min = 0;
                    r.duration_secs = secs;
                    r.level = level;
                    if is_walk {
                        r.routine_id = "log-walk".into();
                        r.routine_name = "Walk".into();
                        r.level = 0;
                        r.exercises = vec![ExerciseDone {
                            id: "walking".into(),
                            sets_done: 1,
                            sets_planned: 1,
                            reps: 0,
                            secs,
                            eased_from: None,
                            pain: None,
                        }];
                    } else if !skip {
                        r.exercises[1].sets_done = 2;
                    }
                    r
                })
                .collect()
        })
    }

    proptest! {
        /// Over random histories, each week's figures agree: the report's sessions with
        /// Insights' weekly totals and History's week line, History's minutes with Insights',
        /// the report's walking with the programme's week, and nothing after today is missed.
        #[test]
        fn the_report_history_and_insights_count_each_week_alike(sessions in any_history()) {
            let seed = seed();
            let input = Input {
                sessions: &sessions,
                ..seed.input(default_range(&sessions, today()))
            };
            let s = summary(&input);
            let shown = sessions_in(&sessions, input.range);
            let totals = insights::weekly_totals(&shown, today(), 12);
            let weeks = insights::by_week(&shown);
            let bars = today::walking(&seed.profile, &sessions, today())
                .map(|p| p.chart())
                .unwrap_or_default();
            for row in &s.adherence.rows {
                prop_assert_eq!(week_start(row.start), row.start);
                let total = totals.iter().find(|t| t.start == row.start).expect("a weekly total");
                prop_assert_eq!(row.done, total.sessions);
                if let Some((_, list)) = weeks.iter().find(|(w, _)| *w == row.start) {
                    let line = english_text(&insights::week_line_msg(list.iter().copied()));
                    let done = if row.done == 1 { "1 session".to_string() } else { format!("{} sessions", row.done) };
                    prop_assert_eq!(line.starts_with(&done), row.done > 0 || !line.contains("walk"), "{}", line);
                    let minutes = format!(" {} min", total.minutes);
                    prop_assert!(line.ends_with(&minutes), "{} vs {}", line, minutes);
                }
                if let Some(b) = bars.iter().find(|b| b.start_day == row.start.to_days()) {
                    prop_assert_eq!(row.walking, Some((b.walked, Some(b.planned))));
                }
                prop_assert_eq!(row.in_progress, row.start.to_days() + 7 > today().to_days());
            }
            for d in &s.adherence.missed {
                prop_assert!(*d < today());
                prop_assert!(MON_WED_FRI[usize::from(d.weekday())]);
                prop_assert!(!shown.iter().any(|x| x.local_date() == *d && !activity::is_cardio(x)));
            }
            // "Nothing was eased or skipped" only when nothing was.
            let eased_any = shown.iter().any(|x| {
                x.ended_early
                    || (x.level < 0 && !activity::is_cardio(x))
                    || x.exercises.iter().any(|e| e.skipped() || e.eased_from.is_some())
            }) || !s.adherence.missed.is_empty();
            prop_assert_eq!(s.adherence.eased.items.en().is_empty(), !eased_any);
        }
    }

    #[test]
    fn a_session_due_later_today_is_not_missed() {
        // The report is made on Wednesday morning, before Wednesday's session.
        let seed = seed();
        let sessions: Vec<SessionRecord> = seed
            .sessions
            .iter()
            .filter(|s| s.local_date() != today())
            .cloned()
            .collect();
        let input = Input {
            sessions: &sessions,
            ..seed.input(default_range(&sessions, today()))
        };
        let a = summary(&input).adherence;
        let now = a.rows.last().unwrap();
        assert!(now.in_progress);
        assert_eq!(
            now.sessions_cell().en(),
            "1 / 1",
            "Monday's only: Wednesday isn't over"
        );
        assert!(!a.missed.contains(&today()));
        assert!(!a
            .eased
            .items
            .en()
            .iter()
            .any(|i| i.contains(&today().long_label())));
        // The percentage is over the weeks already over, whatever today holds.
        assert_eq!(a.lines[0].en(), seed.summary().adherence.lines[0].en());
    }

    #[test]
    fn planned_days_count_from_the_plan_start_and_the_range() {
        let seed = seed();
        // From Wed 2 Dec: Mon 30 Nov is before the range, so that week plans Wed and Fri.
        let a = summary(&seed.input(Range::new(day(7), day(20)))).adherence;
        let cells: Vec<String> = a.rows.iter().map(|r| r.sessions_cell().en()).collect();
        assert_eq!(cells, ["1 / 2", "3 / 3", "1 / 1"]);
        // A plan started mid-week plans only its own days.
        let mut late = seed.profile.clone();
        late.created_at = T0 + 14 * DAY; // Wed 9 Dec
        let input = Input {
            profile: Some(&late),
            ..seed.input(Range::new(day(5), day(18)))
        };
        let rows = summary(&input).adherence.rows;
        assert_eq!(rows[0].planned, None);
        assert_eq!(rows[1].planned, Some(2));
    }

    #[test]
    fn adherence_shows_the_walking_programme_week_by_week() {
        let seed = seed();
        let a = seed.summary().adherence;
        assert!(a.walking);
        let programme = today::walking(&seed.profile, &seed.sessions, today()).unwrap();
        let bars = programme.chart();
        // The baseline ended on its third walk (Tue 1 Dec), so programme weeks start on
        // Monday 7 Dec: each is one of the table's weeks, with the same minutes walked.
        assert_eq!(LocalDate::from_days(bars[0].start_day), day(12));
        for bar in &bars {
            let row = a
                .rows
                .iter()
                .find(|r| r.start.to_days() == bar.start_day)
                .expect("every programme week is a row");
            assert_eq!(row.walking, Some((bar.walked, Some(bar.planned))));
            assert_eq!(
                row.walking_cell().en(),
                format!("{} / {} min", bar.walked, bar.planned)
            );
        }
        // The baseline's week has walks and no target.
        assert_eq!(
            a.rows[0].walking_cell().en(),
            format!("{} min", a.rows[0].walking.unwrap().0)
        );
        // The totals leave out this week, which is still going.
        let over = &a.rows[1..7];
        let walked: u32 = over.iter().map(|r| r.walking.unwrap().0).sum();
        let target: u32 = over.iter().map(|r| r.walking.unwrap().1.unwrap()).sum();
        assert!(a.lines.en().iter().any(|l| *l
            == format!(
                "Walking, in the weeks already over: {walked} minutes walked, against a target of {target} minutes (6 weeks)."
            )));
        // Without the programme, the walks still land in their weeks, with no target.
        let mut off = seed.profile.clone();
        off.walking_since = None;
        let input = Input {
            profile: Some(&off),
            ..seed.input(default_range(&seed.sessions, today()))
        };
        let without = summary(&input).adherence;
        assert!(without.walking);
        for (a, b) in a.rows.iter().zip(&without.rows) {
            assert_eq!(a.walking.map(|w| w.0), b.walking.map(|w| w.0));
            assert_eq!(b.walking.and_then(|w| w.1), None);
        }
    }

    #[test]
    fn pain_averages_and_the_next_morning_answers() {
        let p = seed().summary().pain;
        // 8 sessions at 5 -> 4, 8 at 4 -> 3 (one 4 -> 6), 7 at 3 -> 2.
        assert_eq!(p.pairs, 23);
        assert_eq!(p.before_tenths, Some(40));
        assert_eq!(p.after_tenths, Some(32));
        assert_eq!((p.better, p.same, p.worse), (4, 6, 1));
        assert_eq!(
            p.lines.en(),
            [
                "Average pain before a session: 4.0 out of 10; just after: 3.2 (over 23 sessions with both answers).",
                "\u{201c}This hurts\u{201d} was used in 23 sessions; the highest pain given was 5 out of 10 (Glute bridge, Wed 25 Nov 2026).",
                "The next morning, compared with before the session: 4 better, 6 about the same, 1 worse (11 answers).",
            ]
        );
        // A 7 given during one exercise is the highest, and shows in that session's row.
        let seed = seed();
        let mut sessions = seed.sessions.clone();
        let s = sessions
            .iter_mut()
            .find(|s| s.local_date() == day(33))
            .unwrap();
        s.exercises[0].pain = Some(PainScore::new(7).unwrap());
        let name = catalog::exercise(&s.exercises[0].id).unwrap().name;
        let said = crate::domain::i18n::english_text(&s.pain_msg());
        assert!(said.contains("7/10 during"), "{said}");
        let p = pain(&sessions_in(&sessions, default_range(&sessions, today())));
        assert_eq!(p.during_highest, Some(7));
        assert_eq!(
            p.lines[1].en(),
            format!("\u{201c}This hurts\u{201d} was used in 23 sessions; the highest pain given was 7 out of 10 ({name}, {}).", day(33).long_label())
        );
        let none = pain(&[]);
        assert_eq!(
            none.lines.en(),
            [
                "No session in this period has pain scores both before and after.",
                "\u{201c}This hurts\u{201d} wasn't used during a session in this period.",
                "No next-morning answers in this period.",
            ]
        );
    }

    #[test]
    fn flare_ups_name_the_date_the_reason_and_the_step_back() {
        let f = seed().summary().flares;
        let dates: Vec<LocalDate> = f.flares.iter().map(|x| x.date).collect();
        assert_eq!(dates, [day(FLARE_DAY), day(WORSE_DAY)]);
        assert_eq!(
            f.lines[0].en(),
            "Flare-ups after a session: 2 (pain after more than 2 points above the pain before, or 8 and up; felt too hard; or worse the next morning)."
        );
        assert_eq!(
            f.items[0].en(),
            "Fri 25 Dec 2026, Core basics: pain went from 4 to 7; the next time, it was done at the standard level."
        );
        assert_eq!(
            f.items[1].en(),
            "Fri 8 Jan 2027, Morning mobility: it was worse the next morning."
        );
        // Each reason is the progression rule's own words.
        let s = seed();
        let flare = s
            .sessions
            .iter()
            .find(|x| x.local_date() == day(FLARE_DAY))
            .unwrap();
        assert_eq!(
            crate::domain::i18n::english_text(&progress::flare_why(flare)),
            "your pain went from 4 to 7"
        );
    }

    #[test]
    fn the_flare_plan_and_warning_signs_show_their_dates() {
        let f = seed().summary().flares;
        assert_eq!(
            f.items[2].en(),
            "Flare plan (the gentlest routines until the pain settles) from Fri 25 Dec 2026 to Sun 27 Dec 2026, 3 days; usual pain about 4, highest 7."
        );
        assert_eq!(
            f.red_flags,
            [RedFlag {
                date: day(20),
                tier: Tier::Soon,
                cleared: Some(day(22))
            }]
        );
        assert_eq!(
            f.items[3].en(),
            "Tue 15 Dec 2026: said yes to a warning sign needing a doctor within a day or two; they ticked that a health professional had checked them on Thu 17 Dec 2026."
        );
        assert_eq!(f.items.en().len(), 4);
        // A sign not yet checked stays in every later report, and says sessions are paused.
        let seed = self::seed();
        let mut open = seed.safety.clone();
        open.answer(Some(Tier::Emergency), T0 + 55 * DAY);
        let input = Input {
            safety: &open,
            ..seed.input(Range::new(day(56), day(56)))
        };
        let f = summary(&input).flares;
        assert_eq!(
            f.items.en(),
            ["Tue 19 Jan 2027: said yes to a warning sign needing emergency help; not yet checked, so sessions are paused."]
        );
        // An active flare plan counts its days so far.
        let mut on = seed.profile.clone();
        on.start_flare(
            crate::domain::coach::usual(
                Some(&seed.profile),
                &seed.sessions,
                &[],
                T0 + 54 * DAY,
                None,
            ),
            8,
            T0 + 54 * DAY,
            day(54),
        );
        let input = Input {
            profile: Some(&on),
            ..seed.input(Range::new(day(50), today()))
        };
        let s = summary(&input);
        assert!(s.flares.items.en().iter().any(|i| i.starts_with(
            "Flare plan (the gentlest routines until the pain settles) on since Mon 18 Jan 2027, 3 days so far; usual pain about 3, highest 8."
        )));
        assert!(s.programme.lines.en().contains(
            &"The flare plan is on: the gentlest routines until the pain settles.".to_string()
        ));
        assert!(s
            .flares
            .lines
            .en()
            .contains(&"No warning signs reported in this period.".to_string()));
    }

    #[test]
    fn the_programme_now_lists_the_rotation_with_todays_level() {
        let seed = seed();
        let p = seed.summary().programme;
        assert_eq!(
            p.lines[0].en(),
            format!(
                "On {}: stage \u{201c}Building up\u{201d}, on Mon, Wed and Fri at 08:00.",
                today().long_label()
            )
        );
        // The evening routine doesn't suit an 08:00 plan, so it isn't in the rotation.
        let names: Vec<String> = p.routines.iter().map(|r| r.name.en()).collect();
        assert!(!names.contains(&"Evening wind-down".to_string()));
        assert!(
            names.contains(&"Core basics".to_string())
                && names.contains(&"Morning mobility".to_string())
        );
        for r in &p.routines {
            let routine = plan::rotation(Stage::Building)
                .into_iter()
                .find(|x| x.id == r.id)
                .unwrap();
            let level = today::suggestion(&seed.profile, routine, &seed.sessions, today()).level;
            assert_eq!(r.level, level);
            // The printed code opens the routine as it is done at that level.
            assert_eq!(r.draft, RoutineDraft::at_level(routine, level));
        }
        let core = p.routines.iter().find(|r| r.id == "core-basics").unwrap();
        assert_eq!(core.done, 8);
        assert_eq!(
            core.sentence.en(),
            format!(
                "Core basics: {} level; done 8 times.",
                crate::domain::i18n::english_text(&crate::domain::progress::level_name(core.level))
                    .to_lowercase()
            )
        );
        assert!(p
            .lines
            .en()
            .iter()
            .any(|l| l.starts_with("Walking programme: 3 walks of ")));
    }

    #[test]
    fn what_was_eased_or_skipped_is_one_list() {
        let seed = seed();
        let e = seed.summary().adherence.eased;
        assert_eq!(e.line.en(), "Eased or skipped in this period:");
        // Glute bridge skipped in every session; the reach swapped in for bird dog in 5; the
        // sessions after the flare-ups at an easier level; the two missed plan days.
        let bird_dog = catalog::exercise("bird-dog").unwrap().name;
        for item in [
            "Glute bridge: skipped or made easier 23 times.".to_string(),
            format!("{bird_dog}: skipped or made easier 5 times."),
            format!(
                "Planned days with no session: {} and {}.",
                day(MISSED[0]).long_label(),
                day(MISSED[1]).long_label()
            ),
        ] {
            assert!(e.items.en().contains(&item), "{item} in {:?}", e.items.en());
        }
        // Every session below the standard level is in the list, per routine.
        let s = seed.summary();
        let easier: u64 = seed.sessions.iter().filter(|s| s.level < 0).count() as u64;
        let listed: u64 = e
            .items
            .en()
            .iter()
            .filter(|i| i.contains("done at an easier level"))
            .map(|i| {
                i.split_whitespace()
                    .rev()
                    .nth(1)
                    .unwrap()
                    .parse::<u64>()
                    .unwrap()
            })
            .sum();
        assert_eq!(listed, easier);
        // A flare line that names an easier level always has the list to agree with it.
        if s.flares
            .items
            .en()
            .iter()
            .any(|i| i.contains("easier level"))
        {
            assert!(e
                .items
                .en()
                .iter()
                .any(|i| i.contains("done at an easier level")));
        }
    }

    #[test]
    fn notes_only_when_the_person_includes_them() {
        let seed = seed();
        assert_eq!(seed.summary().notes, None);
        let input = Input {
            include_notes: true,
            ..seed.input(default_range(&seed.sessions, today()))
        };
        let notes = summary(&input).notes.unwrap();
        let list: Vec<(String, &str)> = notes
            .list
            .iter()
            .map(|n| (n.when.en(), n.text.as_str()))
            .collect();
        assert_eq!(
            list,
            [
                (
                    "Fri 27 Nov 2026, Hips and hamstrings".to_string(),
                    "Stiff getting out of bed."
                ),
                (
                    "Fri 15 Jan 2027, Morning mobility".to_string(),
                    "Managed the stairs at work."
                ),
            ]
        );
        let input = Input {
            include_notes: true,
            ..seed.input(Range::new(day(3), day(10)))
        };
        assert_eq!(
            summary(&input).notes.unwrap().lines.en(),
            ["No notes in this period."]
        );
    }

    #[test]
    fn only_sessions_in_the_range_count() {
        let seed = seed();
        // From Mon 28 Dec: after the first flare-up, the warning sign and the flare plan.
        let s = summary(&seed.input(Range::new(day(33), today())));
        assert_eq!(s.adherence.rows.len(), 4);
        assert_eq!(s.adherence.rows[0].week_label().en(), "28 Dec");
        assert_eq!(s.pain.pairs, 10);
        assert_eq!(s.flares.flares.len(), 1);
        assert_eq!(s.flares.flares[0].date, day(WORSE_DAY));
        assert!(s.flares.red_flags.is_empty());
        assert!(!s
            .flares
            .items
            .en()
            .iter()
            .any(|i| i.starts_with("Flare plan")));
        assert!(s
            .adherence
            .eased
            .items
            .en()
            .contains(&"Glute bridge: skipped or made easier 10 times.".into()));
        // The start stays the first-run answers whatever the range.
        assert_eq!(s.start.first_pain, Some(6));
        // Sessions after the range don't count either.
        let early = summary(&seed.input(Range::new(day(0), day(13))));
        assert_eq!(early.pain.pairs, 5);
        assert_eq!(
            early.start.latest.map(|l| l.date),
            Some(day(12)),
            "the latest pain is the latest up to the range's end"
        );
    }

    #[test]
    fn the_range_comes_from_the_inputs_or_the_defaults() {
        let seed = seed();
        let d = default_range(&seed.sessions, today());
        assert_eq!(d, Range::new(day(0), today()));
        assert_eq!(default_range(&[], today()), Range::new(today(), today()));
        assert_eq!(range_from_inputs("", "", d), d);
        assert_eq!(
            range_from_inputs("2026-12-07", "nonsense", d),
            Range::new(day(12), today())
        );
        // Given backwards, the days are put in order.
        assert_eq!(
            range_from_inputs("2027-01-10", "2026-12-07", d),
            Range::new(day(12), day(46))
        );
        assert!(d.contains(day(0)) && d.contains(today()) && !d.contains(day(57)));
        assert_eq!(
            sessions_in(&seed.sessions, Range::new(day(0), day(2))).len(),
            3
        );
    }

    #[test]
    fn weight_is_a_trend_line_only_when_included() {
        let seed = seed();
        assert!(!seed
            .summary()
            .start
            .lines
            .en()
            .iter()
            .any(|l| l.starts_with("Body weight")));
        let entries = vec![
            WeightEntry {
                at: T0 + 20 * DAY,
                utc_offset_min: 0,
                grams: 82_000,
            },
            WeightEntry {
                at: T0 + 48 * DAY,
                utc_offset_min: 0,
                grams: 80_500,
            },
        ];
        let input = Input {
            weight: Some((&entries, Units::Metric)),
            ..seed.input(default_range(&seed.sessions, today()))
        };
        assert_eq!(
            summary(&input).start.lines.en().last().unwrap(),
            "Body weight: Down 1.5 kg since 15 Dec 2026."
        );
        let input = Input {
            weight: Some((&entries, Units::Metric)),
            ..seed.input(Range::new(day(40), today()))
        };
        assert_eq!(
            summary(&input).start.lines.en().last().unwrap(),
            "Body weight: not enough entries in this period for a trend."
        );
    }

    #[test]
    fn every_sentence_agrees_with_its_counts() {
        let seed = seed();
        let mut texts = Vec::new();
        for k in [0usize, 1, 2, 8, 11, 18] {
            // The first k exercise sessions and walks, the first k check-ins.
            let exercise: Vec<SessionRecord> = seed
                .sessions
                .iter()
                .filter(|s| !activity::is_cardio(s))
                .take(k)
                .cloned()
                .collect();
            let walks = seed
                .sessions
                .iter()
                .filter(|s| activity::is_cardio(s))
                .take(k);
            let sessions: Vec<SessionRecord> =
                exercise.iter().cloned().chain(walks.cloned()).collect();
            let checkins: Vec<CheckIn> = seed.checkins.iter().take(k).cloned().collect();
            let mut one_day = seed.profile.clone();
            one_day.flare.as_mut().unwrap().end_day = Some(day(FLARE_DAY).to_days());
            for profile in [Some(&seed.profile), Some(&one_day), None] {
                for range in [
                    default_range(&sessions, today()),
                    Range::new(day(0), day(0)),
                    Range::new(day(FLARE_DAY), day(FLARE_DAY + 1)),
                ] {
                    let input = Input {
                        profile,
                        checkins: &checkins,
                        sessions: &sessions,
                        include_notes: true,
                        ..seed.input(range)
                    };
                    texts.extend(summary(&input).all_text().en());
                }
            }
        }
        assert!(texts.iter().any(|t| t.contains("1 weekly check-in.")));
        assert!(texts.iter().any(|t| t.contains("1 day;")));
        assert!(texts
            .iter()
            .any(|t| t.contains("In the 1 week already over:")));
        for t in &texts {
            for noun in [
                "sessions",
                "weeks",
                "days",
                "times",
                "points",
                "answers",
                "minutes",
                "walks",
                "weekly check-ins",
                "planned sessions",
            ] {
                let wrong = format!("1 {noun}");
                assert!(
                    !t.starts_with(&wrong) && !t.contains(&format!(" {wrong}")),
                    "{t}"
                );
            }
            assert!(!t.contains("  ") && !t.contains(" ."), "{t}");
        }
    }

    #[test]
    fn every_language_says_the_whole_summary() {
        use crate::domain::i18n::{Catalog, Lang};
        let seed = seed();
        let input = Input {
            include_notes: true,
            ..seed.input(default_range(&seed.sessions, today()))
        };
        let text = summary(&input).all_text();
        for lang in Lang::OFFERED {
            let mut catalog = Catalog::new(lang);
            let dir = format!("{}/locales/{}", env!("CARGO_MANIFEST_DIR"), lang.tag());
            for file in std::fs::read_dir(&dir).unwrap() {
                let path = file.unwrap().path();
                if path.extension().is_some_and(|x| x == "ftl") {
                    catalog
                        .add(&std::fs::read_to_string(&path).unwrap())
                        .unwrap();
                }
            }
            for m in &text {
                let words = catalog.render(m);
                assert!(
                    !words.contains('{') && !words.is_empty(),
                    "{lang:?}: {words}"
                );
            }
        }
    }

    #[test]
    fn a_sample_summary_reads_well() {
        // `cargo test --lib report::tests::a_sample -- --nocapture` prints page one.
        let seed = seed();
        let input = Input {
            include_notes: true,
            ..seed.input(default_range(&seed.sessions, today()))
        };
        let text = summary(&input).all_text().en();
        for t in &text {
            println!("{t}");
        }
        assert!(text.iter().all(|t| !t.is_empty()));
    }
}
