//! The course: short lessons on how back pain works and what helps, in six themes over six
//! weeks (how back pain works; myths and scans; moving with confidence; flare-ups; sleep,
//! stress and mood; daily life and staying well), one a day at the person's own pace.
//!
//! Each lesson is written for someone who is sore and reading on a phone, readable or heard
//! in three minutes or less: one key message, a few short paragraphs (sometimes points), an
//! everyday example, one thing to try this week, and one question, either to check what it
//! said (three options, one right) or to reflect (a few words of their own, kept). The text
//! is our own, built on the facts in the shared content notes; where a lesson rests on a
//! trial or a guideline, its `sources` name it. Its words are messages in
//! `locales/<lang>/course.ftl` (`course-<id>-key`, `-p-1`, `-point-1`, `-example`, `-try`,
//! `-question`, `-option-1`, `-right`, `-not-quite`), its title in `today-learn.ftl` (Today
//! shows it), citations `learn-source-<id>` in `learn.ftl`.
//!
//! What the person has read and answered is a [`Course`], stored on the device.

use serde::{Deserialize, Serialize};

use super::calendar::LocalDate;
use super::calm::{self, CalmDone};
use super::goals::{self, Goal, WeekPlan};
use super::i18n::{messages as m, Msg};
use super::outlook::{self, Check};

/// A lesson's question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    /// Three options (`-option-1` to `-option-3`), `right` the one that is (from 1).
    Check { right: u8 },
    /// A few words of the person's own, kept.
    Reflect,
}

/// How many options a check question has.
pub const OPTIONS: u8 = 3;

/// The themes, each a week's lessons.
pub const THEMES: u8 = 6;

/// One lesson.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lesson {
    pub id: &'static str,
    /// 1 to [`THEMES`]: its theme, and the week of the course it belongs to.
    pub theme: u8,
    /// How many paragraphs (`-p-N`) and points (`-point-N`) it has.
    pub paragraphs: u8,
    pub points: u8,
    pub question: Question,
    /// One of the lessons for a flare-up: always open, and what Today and the flare plan
    /// point to during one.
    pub flare: bool,
    /// Where its facts come from (`learn-source-<id>`).
    pub sources: &'static [&'static str],
    /// The ids of the reads Limber had before the course, whose words it now carries: old
    /// links to them open it.
    pub absorbs: &'static [&'static str],
    /// The exercise whose still figure pictures it: a calm image of the idea.
    pub picture: &'static str,
}

impl Lesson {
    fn keyed(&self, part: &str) -> Msg {
        Msg::keyed(format!("course-{}-{part}", self.id))
    }

    fn numbered(&self, part: &str, count: u8) -> Vec<Msg> {
        (1..=count)
            .map(|n| self.keyed(&format!("{part}-{n}")))
            .collect()
    }

    pub fn title_msg(&self) -> Msg {
        self.keyed("title")
    }

    /// The one thing to take away, shown big.
    pub fn key_msg(&self) -> Msg {
        self.keyed("key")
    }

    pub fn body_msgs(&self) -> Vec<Msg> {
        self.numbered("p", self.paragraphs)
    }

    pub fn point_msgs(&self) -> Vec<Msg> {
        self.numbered("point", self.points)
    }

    pub fn example_msg(&self) -> Msg {
        self.keyed("example")
    }

    pub fn try_msg(&self) -> Msg {
        self.keyed("try")
    }

    pub fn question_msg(&self) -> Msg {
        self.keyed("question")
    }

    /// A check question's options, in their fixed order; none for a reflect question.
    pub fn option_msgs(&self) -> Vec<Msg> {
        match self.question {
            Question::Check { .. } => self.numbered("option", OPTIONS),
            Question::Reflect => Vec::new(),
        }
    }

    /// What is said to a check question's answer `choice` (from 1): why the right one is, or
    /// the right idea, kindly.
    pub fn reply_msg(&self, choice: u8) -> Option<Msg> {
        match self.question {
            Question::Check { right } if choice == right => Some(self.keyed("right")),
            Question::Check { .. } => Some(self.keyed("not-quite")),
            Question::Reflect => None,
        }
    }

    pub fn source_msgs(&self) -> Vec<Msg> {
        self.sources
            .iter()
            .map(|s| Msg::keyed(format!("learn-source-{s}")))
            .collect()
    }

    /// True for the lesson that shows the two lists of warning signs from `domain::safety`.
    pub fn shows_warning_signs(&self) -> bool {
        self.id == "flare-up-get-checked"
    }

    /// True for the lesson on the pain rule, which ends with the person's own bands
    /// ([`your_bands`]).
    pub fn shows_your_bands(&self) -> bool {
        self.id == PAIN_RULE_LESSON
    }

    /// Every message it says, in reading order (for tests, and for reading it aloud).
    pub fn all_msgs(&self) -> Vec<Msg> {
        let mut out = vec![self.title_msg(), self.key_msg()];
        out.extend(self.body_msgs());
        out.extend(self.point_msgs());
        out.push(self.example_msg());
        out.push(self.try_msg());
        out.push(self.question_msg());
        out.extend(self.option_msgs());
        out
    }
}

/// A theme's name and what it is about.
pub fn theme_title(theme: u8) -> Msg {
    Msg::keyed(format!("course-theme-{theme}-title"))
}

pub fn theme_summary(theme: u8) -> Msg {
    Msg::keyed(format!("course-theme-{theme}-summary"))
}

/// The lesson on the pain rule.
pub const PAIN_RULE_LESSON: &str = "pain-hurt-harm";

/// The course's first lesson: what Today offers a first visit (whose row is built without
/// the course's table, which comes with its screens).
pub const FIRST_LESSON: &str = "pain-common";

/// Every lesson, in course order.
pub const LESSONS: &[Lesson] = &[
    Lesson {
        id: "pain-common",
        theme: 1,
        paragraphs: 4,
        points: 0,
        question: Question::Reflect,
        flare: false,
        sources: &["restore"],
        absorbs: &[],
        picture: "walking",
    },
    Lesson {
        id: "pain-alarm",
        theme: 1,
        paragraphs: 3,
        points: 0,
        question: Question::Check { right: 2 },
        flare: false,
        sources: &[],
        absorbs: &[],
        picture: "childs-pose",
    },
    Lesson {
        id: "pain-volume",
        theme: 1,
        paragraphs: 3,
        points: 2,
        question: Question::Reflect,
        flare: false,
        sources: &[],
        absorbs: &[],
        picture: "trunk-rotation",
    },
    Lesson {
        id: "pain-hurt-harm",
        theme: 1,
        paragraphs: 3,
        points: 3,
        question: Question::Check { right: 3 },
        flare: false,
        sources: &["silbernagel"],
        absorbs: &["hurt-vs-harm"],
        picture: "cat-cow",
    },
    Lesson {
        id: "pain-next-morning",
        theme: 1,
        paragraphs: 3,
        points: 2,
        question: Question::Check { right: 1 },
        flare: false,
        sources: &["silbernagel"],
        absorbs: &["next-morning"],
        picture: "knee-to-chest",
    },
    Lesson {
        id: "myths-posture",
        theme: 2,
        paragraphs: 3,
        points: 0,
        question: Question::Check { right: 3 },
        flare: false,
        sources: &[],
        absorbs: &[],
        picture: "seated-cat-cow",
    },
    Lesson {
        id: "myths-lifting",
        theme: 2,
        paragraphs: 4,
        points: 0,
        question: Question::Check { right: 1 },
        flare: false,
        sources: &[],
        absorbs: &[],
        picture: "sit-to-stand",
    },
    Lesson {
        id: "myths-slipped",
        theme: 2,
        paragraphs: 3,
        points: 0,
        question: Question::Check { right: 2 },
        flare: false,
        sources: &[],
        absorbs: &[],
        picture: "sphinx",
    },
    Lesson {
        id: "myths-scans",
        theme: 2,
        paragraphs: 3,
        points: 0,
        question: Question::Check { right: 3 },
        flare: false,
        sources: &["brinjikji", "nice-ng59"],
        absorbs: &[],
        picture: "standing-extension",
    },
    Lesson {
        id: "myths-rest",
        theme: 2,
        paragraphs: 3,
        points: 0,
        question: Question::Check { right: 1 },
        flare: false,
        sources: &[],
        absorbs: &["why-movement"],
        picture: "walking",
    },
    Lesson {
        id: "moving-boom-bust",
        theme: 3,
        paragraphs: 3,
        points: 0,
        question: Question::Reflect,
        flare: false,
        sources: &[],
        absorbs: &[],
        picture: "pelvic-tilt",
    },
    Lesson {
        id: "moving-step-up",
        theme: 3,
        paragraphs: 3,
        points: 3,
        question: Question::Check { right: 2 },
        flare: false,
        sources: &[],
        absorbs: &["pacing"],
        picture: "bridge-march",
    },
    Lesson {
        id: "moving-feared",
        theme: 3,
        paragraphs: 3,
        points: 0,
        question: Question::Reflect,
        flare: false,
        sources: &[],
        absorbs: &[],
        picture: "hip-flexor-standing",
    },
    Lesson {
        id: "moving-core",
        theme: 3,
        paragraphs: 3,
        points: 3,
        question: Question::Check { right: 3 },
        flare: false,
        sources: &[],
        absorbs: &["core-strength"],
        picture: "glute-bridge",
    },
    Lesson {
        id: "moving-stretch",
        theme: 3,
        paragraphs: 3,
        points: 3,
        question: Question::Check { right: 1 },
        flare: false,
        sources: &[],
        absorbs: &["stretch-gently"],
        picture: "hamstring-strap",
    },
    Lesson {
        id: "flare-up-they-pass",
        theme: 4,
        paragraphs: 3,
        points: 0,
        question: Question::Check { right: 3 },
        flare: true,
        sources: &[],
        absorbs: &[],
        picture: "childs-pose",
    },
    Lesson {
        id: "flare-up-plan",
        theme: 4,
        paragraphs: 3,
        points: 4,
        question: Question::Reflect,
        flare: true,
        sources: &[],
        absorbs: &["flare-up-plan"],
        picture: "knee-to-chest",
    },
    Lesson {
        id: "flare-up-what-helps",
        theme: 4,
        paragraphs: 4,
        points: 0,
        question: Question::Check { right: 2 },
        flare: true,
        sources: &[],
        absorbs: &[],
        picture: "double-knee-to-chest",
    },
    Lesson {
        id: "flare-up-get-checked",
        theme: 4,
        paragraphs: 4,
        points: 0,
        question: Question::Check { right: 1 },
        flare: true,
        sources: &[],
        absorbs: &["see-a-professional"],
        picture: "seated-figure-four",
    },
    Lesson {
        id: "sleep-and-pain",
        theme: 5,
        paragraphs: 3,
        points: 0,
        question: Question::Check { right: 2 },
        flare: false,
        sources: &[],
        absorbs: &[],
        picture: "trunk-rotation",
    },
    Lesson {
        id: "sleep-better-nights",
        theme: 5,
        paragraphs: 4,
        points: 0,
        question: Question::Reflect,
        flare: false,
        sources: &[],
        absorbs: &[],
        picture: "knee-to-chest",
    },
    Lesson {
        id: "stress-turns-pain-up",
        theme: 5,
        paragraphs: 4,
        points: 0,
        question: Question::Check { right: 3 },
        flare: false,
        sources: &[],
        absorbs: &[],
        picture: "childs-pose",
    },
    Lesson {
        id: "mood-worried-thoughts",
        theme: 5,
        paragraphs: 3,
        points: 0,
        question: Question::Check { right: 2 },
        flare: false,
        sources: &["cherkin"],
        absorbs: &[],
        picture: "open-book",
    },
    Lesson {
        id: "mood-what-you-enjoy",
        theme: 5,
        paragraphs: 3,
        points: 0,
        question: Question::Reflect,
        flare: false,
        sources: &[],
        absorbs: &[],
        picture: "walking",
    },
    Lesson {
        id: "work-and-daily-life",
        theme: 6,
        paragraphs: 3,
        points: 0,
        question: Question::Check { right: 1 },
        flare: false,
        sources: &["nice-ng59"],
        absorbs: &["keep-active"],
        picture: "seated-hamstring",
    },
    Lesson {
        id: "walking-fewer-flares",
        theme: 6,
        paragraphs: 4,
        points: 0,
        question: Question::Reflect,
        flare: false,
        sources: &["walkback", "who-2020"],
        absorbs: &["why-walking"],
        picture: "walking",
    },
    Lesson {
        id: "walking-gentle-cardio",
        theme: 6,
        paragraphs: 4,
        points: 0,
        question: Question::Check { right: 3 },
        flare: false,
        sources: &[],
        absorbs: &["low-impact-cardio"],
        picture: "swimming",
    },
    Lesson {
        id: "well-little-often",
        theme: 6,
        paragraphs: 4,
        points: 0,
        question: Question::Check { right: 2 },
        flare: false,
        sources: &["gollwitzer"],
        absorbs: &["stay-consistent"],
        picture: "bird-dog",
    },
    Lesson {
        id: "well-healthy-weight",
        theme: 6,
        paragraphs: 3,
        points: 0,
        question: Question::Check { right: 1 },
        flare: false,
        sources: &[],
        absorbs: &["healthy-weight"],
        picture: "cycling",
    },
    Lesson {
        id: "well-if-it-comes-back",
        theme: 6,
        paragraphs: 3,
        points: 0,
        question: Question::Reflect,
        flare: false,
        sources: &[],
        absorbs: &[],
        picture: "walking",
    },
];

/// The lesson with this id, or the one that carries the old read with this id.
pub fn lesson(id: &str) -> Option<&'static Lesson> {
    LESSONS
        .iter()
        .find(|l| l.id == id)
        .or_else(|| LESSONS.iter().find(|l| l.absorbs.contains(&id)))
}

/// The lesson after this one in the course, if any.
pub fn after(id: &str) -> Option<&'static Lesson> {
    let at = LESSONS.iter().position(|l| l.id == id)?;
    LESSONS.get(at + 1)
}

/// The lessons of one theme, in order.
pub fn of_theme(theme: u8) -> impl Iterator<Item = &'static Lesson> {
    LESSONS.iter().filter(move |l| l.theme == theme)
}

/// The lessons for a flare-up, in order.
pub fn flare_lessons() -> impl Iterator<Item = &'static Lesson> {
    LESSONS.iter().filter(|l| l.flare)
}

/// An answer to a lesson's question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// A check question's option, from 1.
    Choice(u8),
    /// A reflect question's own words.
    Text(String),
}

/// The longest answer kept, in characters (a few sentences).
pub const ANSWER_MAX: usize = 1_000;

/// A lesson read: when first, and the answer to its question, if given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonDone {
    pub id: String,
    /// The local day it was first read, as `YYYY-MM-DD`.
    pub read_on: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<Answer>,
}

impl LessonDone {
    pub fn day(&self) -> Option<LocalDate> {
        LocalDate::parse_iso(&self.read_on)
    }
}

/// What the person has read of the course, and their answers. Stored under `limber.course`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Course {
    #[serde(default)]
    pub lessons: Vec<LessonDone>,
    /// The calm sessions listened to (`domain::calm`), oldest first: kept with the course,
    /// never with the exercise sessions, so they count towards no streak or level.
    #[serde(default)]
    pub calm: Vec<CalmDone>,
    /// The answers to "What holds you back" (`domain::outlook`), oldest first (format 3).
    #[serde(default)]
    pub checks: Vec<Check>,
    /// The day (days since the epoch) a "Not now" put the check off to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_put_off: Option<i64>,
    /// Goals of the person's own with their weekly plans (`domain::goals`), format 3.
    #[serde(default)]
    pub goals: Vec<Goal>,
    /// The walking programme's weekly plans, made with the goals' form (format 3).
    #[serde(default)]
    pub walk_plans: Vec<WeekPlan>,
}

/// Where a lesson stands for the person on a day ([`Course::status`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LessonStatus {
    Read,
    Today,
    Flare,
    Later,
}

/// What Today's lesson row offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TodayLesson {
    /// The next lesson, to read today.
    Next(&'static Lesson),
    /// During a flare: a flare lesson not read yet.
    Flare(&'static Lesson),
    /// Today's lesson is read; the next opens tomorrow.
    Read(&'static Lesson),
    /// Every lesson is read.
    Finished,
}

impl Course {
    pub fn done(&self, id: &str) -> Option<&LessonDone> {
        self.lessons.iter().find(|d| d.id == id)
    }

    pub fn is_read(&self, lesson: &Lesson) -> bool {
        self.done(lesson.id).is_some()
    }

    /// How many of the course's lessons are read.
    pub fn read_count(&self) -> usize {
        LESSONS.iter().filter(|l| self.is_read(l)).count()
    }

    /// The lesson first read on `today`, if any: one a day.
    pub fn read_on(&self, today: LocalDate) -> Option<&'static Lesson> {
        self.lessons
            .iter()
            .filter(|d| d.day() == Some(today))
            .find_map(|d| LESSONS.iter().find(|l| l.id == d.id))
    }

    /// The first lesson not read yet: those the latest "What holds you back" put first
    /// (`outlook::Suggestion::lessons`), then the course in order.
    pub fn next(&self) -> Option<&'static Lesson> {
        let first = outlook::latest(&self.checks)
            .map(|c| c.suggestion().lessons())
            .unwrap_or_default();
        first
            .iter()
            .filter_map(|id| LESSONS.iter().find(|l| l.id == *id))
            .chain(LESSONS.iter())
            .find(|l| !self.is_read(l))
    }

    /// Where `lesson` stands on `today`: read before (every lesson stays open to read
    /// again), today's (the next one, if no lesson was first read today: one a day), a flare
    /// lesson (always open), or later.
    pub fn status(&self, lesson: &Lesson, today: LocalDate) -> LessonStatus {
        if self.is_read(lesson) {
            LessonStatus::Read
        } else if self.read_on(today).is_none() && self.next().is_some_and(|n| n.id == lesson.id) {
            LessonStatus::Today
        } else if lesson.flare {
            LessonStatus::Flare
        } else {
            LessonStatus::Later
        }
    }

    /// Whether `lesson` can be opened on `today` (every status but later).
    pub fn is_open(&self, lesson: &Lesson, today: LocalDate) -> bool {
        self.status(lesson, today) != LessonStatus::Later
    }

    /// Whether the next lesson waits for tomorrow: one was first read today, and the course
    /// isn't finished.
    pub fn next_tomorrow(&self, today: LocalDate) -> bool {
        self.read_on(today).is_some() && self.next().is_some()
    }

    /// What Today offers on `today`, `flaring` during a flare-up.
    pub fn today(&self, today: LocalDate, flaring: bool) -> TodayLesson {
        if flaring {
            if let Some(l) = flare_lessons().find(|l| !self.is_read(l)) {
                return TodayLesson::Flare(l);
            }
        }
        if let Some(l) = self.read_on(today) {
            return TodayLesson::Read(l);
        }
        match self.next() {
            Some(l) => TodayLesson::Next(l),
            None => TodayLesson::Finished,
        }
    }

    /// `id` read on `today` (the first day it was read is kept). False if `id` is no lesson.
    pub fn mark_read(&mut self, id: &str, today: LocalDate) -> bool {
        if !LESSONS.iter().any(|l| l.id == id) {
            return false;
        }
        if self.done(id).is_none() {
            self.lessons.push(LessonDone {
                id: id.to_string(),
                read_on: today.iso(),
                answer: None,
            });
        }
        true
    }

    /// The answer to `id`'s question (read on `today` if it wasn't yet); a reflect answer is
    /// trimmed and cut to [`ANSWER_MAX`] characters, an empty one removes it.
    pub fn answer(&mut self, id: &str, answer: Answer, today: LocalDate) -> bool {
        let answer = match answer {
            Answer::Text(t) => {
                let t: String = t.trim().chars().take(ANSWER_MAX).collect();
                (!t.is_empty()).then_some(Answer::Text(t))
            }
            Answer::Choice(c) => (1..=OPTIONS).contains(&c).then_some(Answer::Choice(c)),
        };
        if !self.mark_read(id, today) {
            return false;
        }
        if let Some(d) = self.lessons.iter_mut().find(|d| d.id == id) {
            d.answer = answer;
        }
        true
    }

    /// Nothing read yet.
    pub fn is_empty(&self) -> bool {
        self.lessons.is_empty()
            && self.calm.is_empty()
            && self.checks.is_empty()
            && self.goals.is_empty()
            && self.walk_plans.is_empty()
    }

    /// From a file (a backup): only lessons this course has, each once, on a real day, with
    /// answers brought into range (a choice it offers, words trimmed and cut to
    /// [`ANSWER_MAX`]); anything else is quietly left out.
    pub fn checked(self) -> Course {
        let mut out = Course {
            lessons: Vec::new(),
            calm: calm::checked(self.calm),
            checks: outlook::checked(self.checks),
            check_put_off: self.check_put_off,
            goals: goals::checked(self.goals),
            walk_plans: goals::walk_plan_checked(self.walk_plans),
        };
        for d in self.lessons {
            let known = LESSONS.iter().any(|l| l.id == d.id);
            let Some(day) = d.day().filter(|_| known && out.done(&d.id).is_none()) else {
                continue;
            };
            match d.answer {
                Some(answer) => {
                    out.answer(&d.id, answer, day);
                }
                None => {
                    out.mark_read(&d.id, day);
                }
            }
        }
        out
    }

    /// Two devices' courses together (a backup merged in): every lesson read on either, on
    /// the earlier day, with the answer of the one read later if it has one, else the other.
    pub fn merge(a: &Course, b: &Course) -> Course {
        let mut out = a.clone();
        out.calm = calm::merge(&a.calm, &b.calm);
        out.checks = outlook::merge(&a.checks, &b.checks);
        out.check_put_off = a.check_put_off.max(b.check_put_off);
        out.goals = goals::merge(&a.goals, &b.goals);
        out.walk_plans = goals::merge_plans(&a.walk_plans, &b.walk_plans);
        for theirs in &b.lessons {
            match out.lessons.iter_mut().find(|d| d.id == theirs.id) {
                None => out.lessons.push(theirs.clone()),
                Some(ours) => {
                    let later_is_theirs = theirs.read_on > ours.read_on;
                    if theirs.read_on < ours.read_on {
                        ours.read_on = theirs.read_on.clone();
                    }
                    if theirs.answer.is_some() && (ours.answer.is_none() || later_is_theirs) {
                        ours.answer = theirs.answer.clone();
                    }
                }
            }
        }
        out
    }
}

/// The report's line on the course: how many of its lessons are read.
pub fn report_msg(course: &Course) -> Msg {
    m::report_course(course.read_count(), LESSONS.len())
}

/// The pain rule with the person's own numbers, for the end of [`PAIN_RULE_LESSON`]: their
/// usual pain and the same bands as `pain::bands_msg`, in one message.
pub fn your_bands(usual: super::pain::Usual) -> Msg {
    let (green, amber) = (usual.green_top(), usual.amber_top());
    if amber > green {
        m::learn_your_bands(usual.value(), green, amber)
    } else {
        m::learn_your_bands_no_amber(usual.value(), green)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::english_text;

    fn said(l: &Lesson, m: &Msg) -> String {
        let text = english_text(m);
        assert!(!text.starts_with('{'), "{} lacks {}", l.id, m.id);
        text
    }

    fn all_text(l: &Lesson) -> String {
        let mut msgs = l.all_msgs();
        if let Question::Check { right } = l.question {
            msgs.extend(l.reply_msg(right));
            msgs.extend(l.reply_msg(right % OPTIONS + 1));
        }
        msgs.iter()
            .map(|m| said(l, m))
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn day(n: i64) -> LocalDate {
        LocalDate::from_days(20_400 + n)
    }

    #[test]
    fn every_lesson_has_all_its_words_and_no_more() {
        let en = crate::domain::i18n::ftl::parse(include_str!("../../locales/en/course.ftl"))
            .expect("parsed");
        let mut expected: Vec<String> = Vec::new();
        for l in LESSONS {
            all_text(l);
            // The first lesson's title is in today-learn.ftl, with the first screen.
            let skip = usize::from(l.id == FIRST_LESSON);
            expected.extend(
                l.all_msgs()
                    .into_iter()
                    .skip(skip)
                    .map(|m| m.id.to_string()),
            );
            if matches!(l.question, Question::Check { .. }) {
                expected.push(format!("course-{}-right", l.id));
                expected.push(format!("course-{}-not-quite", l.id));
            }
            for (part, count) in [("p", l.paragraphs), ("point", l.points)] {
                let next = Msg::keyed(format!("course-{}-{part}-{}", l.id, count + 1));
                assert!(english_text(&next).starts_with('{'), "{}", next.id);
            }
            assert!(
                crate::domain::library::exercise(l.picture).is_some(),
                "{}",
                l.id
            );
            for s in l.source_msgs() {
                said(l, &s);
            }
        }
        for t in 1..=THEMES {
            expected.push(theme_title(t).id.to_string());
            expected.push(theme_summary(t).id.to_string());
        }
        let found: std::collections::BTreeSet<String> = en.into_iter().map(|e| e.id).collect();
        let expected: std::collections::BTreeSet<String> = expected.into_iter().collect();
        let extra: Vec<_> = found.difference(&expected).collect();
        let missing: Vec<_> = expected.difference(&found).collect();
        assert!(
            extra.is_empty() && missing.is_empty(),
            "course.ftl has words of no lesson {extra:?}, and lacks {missing:?}"
        );
    }

    #[test]
    fn the_report_says_how_much_of_the_course_is_read() {
        let mut c = Course::default();
        c.mark_read(LESSONS[2].id, day(0));
        assert_eq!(
            english_text(&report_msg(&c)),
            format!(
                "The course on back pain: lessons read, 1 of {}.",
                LESSONS.len()
            )
        );
    }

    #[test]
    fn the_first_lesson_is_the_first() {
        assert_eq!(LESSONS[0].id, FIRST_LESSON);
        assert_eq!(LESSONS[0].title_msg(), m::course_pain_common_title());
    }

    #[test]
    fn six_themes_in_order_with_four_or_more_short_lessons_each() {
        assert!(LESSONS.len() >= 24);
        let themes: Vec<u8> = LESSONS.iter().map(|l| l.theme).collect();
        assert!(themes.windows(2).all(|w| w[0] <= w[1]), "{themes:?}");
        for t in 1..=THEMES {
            assert!(of_theme(t).count() >= 4, "theme {t}");
        }
        let mut ids: Vec<&str> = LESSONS.iter().map(|l| l.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), LESSONS.len());
        for l in LESSONS {
            assert!(l.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
            // Three minutes at an unhurried 130 words a minute, read or heard.
            let words = all_text(l).split_whitespace().count();
            assert!((120..=390).contains(&words), "{}: {words} words", l.id);
            assert!(said(l, &l.title_msg()).chars().count() <= 40, "{}", l.id);
            assert!(l.paragraphs >= 2 && l.paragraphs <= 4, "{}", l.id);
            if let Question::Check { right } = l.question {
                assert!((1..=OPTIONS).contains(&right), "{}", l.id);
            }
        }
        assert!(flare_lessons().all(|l| l.theme == 4) && flare_lessons().count() >= 3);
    }

    #[test]
    fn every_old_read_lives_on_in_exactly_one_lesson() {
        for read in [
            "why-movement",
            "hurt-vs-harm",
            "next-morning",
            "pacing",
            "why-walking",
            "flare-up-plan",
            "see-a-professional",
            "low-impact-cardio",
            "core-strength",
            "stretch-gently",
            "stay-consistent",
            "healthy-weight",
            "keep-active",
        ] {
            let carriers: Vec<&str> = LESSONS
                .iter()
                .filter(|l| l.absorbs.contains(&read))
                .map(|l| l.id)
                .collect();
            assert_eq!(carriers.len(), 1, "{read}: {carriers:?}");
            assert_eq!(lesson(read).map(|l| l.id), Some(carriers[0]));
        }
        assert_eq!(lesson("pain-alarm").map(|l| l.id), Some("pain-alarm"));
        assert!(lesson("nope").is_none());
    }

    #[test]
    fn one_lesson_a_day_in_order_and_every_read_one_stays_open() {
        let mut c = Course::default();
        let first = &LESSONS[0];
        let second = &LESSONS[1];
        assert_eq!(c.today(day(0), false), TodayLesson::Next(first));
        assert!(c.is_open(first, day(0)) && !c.is_open(second, day(0)));
        assert!(c.mark_read(first.id, day(0)));
        // Read today: the next one waits for tomorrow; the read one stays open.
        assert_eq!(c.today(day(0), false), TodayLesson::Read(first));
        assert!(!c.is_open(second, day(0)) && c.is_open(first, day(0)));
        assert!(c.is_open(second, day(1)));
        assert!(c.next_tomorrow(day(0)) && !c.next_tomorrow(day(1)));
        assert_eq!(
            [
                c.status(first, day(1)),
                c.status(second, day(1)),
                c.status(&LESSONS[2], day(1))
            ],
            [LessonStatus::Read, LessonStatus::Today, LessonStatus::Later]
        );
        assert_eq!(c.today(day(1), false), TodayLesson::Next(second));
        // At the person's pace: a week away, and the next is still the next.
        assert_eq!(c.today(day(8), false), TodayLesson::Next(second));
        // Reading it again later keeps the first day.
        c.mark_read(first.id, day(3));
        assert_eq!(
            c.done(first.id).map(|d| d.read_on.clone()),
            Some(day(0).iso())
        );
        assert!(!c.mark_read("nope", day(1)));
        assert_eq!(c.read_count(), 1);
    }

    #[test]
    fn a_flare_opens_its_lessons_and_today_points_to_them() {
        let mut c = Course::default();
        let flare: Vec<&Lesson> = flare_lessons().collect();
        for l in &flare {
            assert!(c.is_open(l, day(0)), "{}", l.id);
        }
        assert_eq!(c.today(day(0), true), TodayLesson::Flare(flare[0]));
        c.mark_read(flare[0].id, day(0));
        assert_eq!(c.today(day(0), true), TodayLesson::Flare(flare[1]));
        for l in &flare {
            c.mark_read(l.id, day(1));
        }
        // Every flare lesson read: back to the course's own order, from its start.
        assert_eq!(c.today(day(2), true), TodayLesson::Next(&LESSONS[0]));
        assert_eq!(c.next().map(|l| l.id), Some(LESSONS[0].id));
    }

    #[test]
    fn the_whole_course_read_is_finished() {
        let mut c = Course::default();
        for (n, l) in LESSONS.iter().enumerate() {
            assert_eq!(c.today(day(n as i64), false), TodayLesson::Next(l));
            c.mark_read(l.id, day(n as i64));
        }
        assert_eq!(c.today(day(100), false), TodayLesson::Finished);
        assert_eq!(c.read_count(), LESSONS.len());
    }

    #[test]
    fn answers_are_kept_checked_and_trimmed() {
        let mut c = Course::default();
        let check = LESSONS
            .iter()
            .find(|l| matches!(l.question, Question::Check { .. }))
            .expect("a check lesson");
        assert!(c.answer(check.id, Answer::Choice(2), day(0)));
        assert_eq!(
            c.done(check.id).and_then(|d| d.answer.clone()),
            Some(Answer::Choice(2))
        );
        c.answer(check.id, Answer::Choice(9), day(0));
        assert_eq!(c.done(check.id).and_then(|d| d.answer.clone()), None);
        let reflect = LESSONS
            .iter()
            .find(|l| l.question == Question::Reflect)
            .expect("a reflect lesson");
        c.answer(
            reflect.id,
            Answer::Text("  Walk to the shop.  ".into()),
            day(1),
        );
        assert_eq!(
            c.done(reflect.id).and_then(|d| d.answer.clone()),
            Some(Answer::Text("Walk to the shop.".into()))
        );
        c.answer(reflect.id, Answer::Text("x".repeat(5_000)), day(1));
        assert!(matches!(
            c.done(reflect.id).and_then(|d| d.answer.clone()),
            Some(Answer::Text(t)) if t.chars().count() == ANSWER_MAX
        ));
        if let Question::Check { right } = check.question {
            assert_eq!(check.reply_msg(right), Some(check.keyed("right")));
            assert_eq!(
                check.reply_msg(right % OPTIONS + 1),
                Some(check.keyed("not-quite"))
            );
        }
        assert_eq!(reflect.reply_msg(1), None);
    }

    #[test]
    fn two_devices_courses_merge_to_the_earlier_day_and_keep_an_answer() {
        let a = Course {
            lessons: vec![
                LessonDone {
                    id: "pain-alarm".into(),
                    read_on: day(2).iso(),
                    answer: None,
                },
                LessonDone {
                    id: "pain-common".into(),
                    read_on: day(1).iso(),
                    answer: Some(Answer::Text("mine".into())),
                },
            ],
            calm: Vec::new(),
            ..Default::default()
        };
        let b = Course {
            lessons: vec![
                LessonDone {
                    id: "pain-alarm".into(),
                    read_on: day(1).iso(),
                    answer: Some(Answer::Choice(2)),
                },
                LessonDone {
                    id: "pain-volume".into(),
                    read_on: day(3).iso(),
                    answer: None,
                },
                LessonDone {
                    id: "pain-common".into(),
                    read_on: day(1).iso(),
                    answer: None,
                },
            ],
            calm: Vec::new(),
            ..Default::default()
        };
        let m = Course::merge(&a, &b);
        assert_eq!(m.lessons.len(), 3);
        let alarm = m.done("pain-alarm").expect("kept");
        assert_eq!(
            (alarm.read_on.clone(), alarm.answer.clone()),
            (day(1).iso(), Some(Answer::Choice(2)))
        );
        assert_eq!(
            m.done("pain-common").and_then(|d| d.answer.clone()),
            Some(Answer::Text("mine".into()))
        );
        assert_eq!(Course::merge(&m, &m), m);
    }

    #[test]
    fn calm_listens_travel_with_the_course_in_merge_and_from_a_file() {
        let listen = |id: &str, at: i64, secs: u32| CalmDone {
            id: id.into(),
            started_at: at,
            utc_offset_min: 0,
            secs,
            finished: false,
        };
        let a = Course {
            calm: vec![listen("body-scan", 1_796_000_000_000, 120)],
            ..Course::default()
        };
        let b = Course {
            calm: vec![
                listen("body-scan", 1_796_000_000_000, 582),
                listen("wind-down", 1_796_100_000_000, 300),
            ],
            ..Course::default()
        };
        let m = Course::merge(&a, &b);
        assert_eq!(m.calm.len(), 2);
        assert_eq!(m.calm[0].secs, 582);
        assert!(!m.is_empty() && m.lessons.is_empty());
        let file = Course {
            calm: vec![
                listen("no-such", 1_796_000_000_000, 120),
                listen("wind-down", 1_796_100_000_000, 300),
            ],
            ..Course::default()
        };
        assert_eq!(
            file.checked().calm,
            vec![listen("wind-down", 1_796_100_000_000, 300)]
        );
    }

    #[test]
    fn a_course_from_a_file_keeps_only_what_makes_sense() {
        let file = Course {
            lessons: vec![
                LessonDone {
                    id: "pain-alarm".into(),
                    read_on: "2026-12-01".into(),
                    answer: Some(Answer::Choice(7)),
                },
                LessonDone {
                    id: "pain-alarm".into(),
                    read_on: "2026-12-02".into(),
                    answer: None,
                },
                LessonDone {
                    id: "made-up".into(),
                    read_on: "2026-12-01".into(),
                    answer: None,
                },
                LessonDone {
                    id: "pain-volume".into(),
                    read_on: "yesterday".into(),
                    answer: None,
                },
                LessonDone {
                    id: "pain-common".into(),
                    read_on: "2026-12-03".into(),
                    answer: Some(Answer::Text(format!("  {}", "a".repeat(2_000)))),
                },
            ],
            calm: Vec::new(),
            ..Default::default()
        };
        let c = file.checked();
        assert_eq!(c.lessons.len(), 2);
        let alarm = c.done("pain-alarm").expect("kept");
        assert_eq!(
            (alarm.read_on.as_str(), alarm.answer.clone()),
            ("2026-12-01", None)
        );
        assert!(matches!(
            c.done("pain-common").and_then(|d| d.answer.clone()),
            Some(Answer::Text(t)) if t.chars().count() == ANSWER_MAX && !t.starts_with(' ')
        ));
        assert_eq!(c.clone().checked(), c);
    }

    #[test]
    fn the_warning_signs_lesson_says_when_and_how_soon() {
        let l = lesson("see-a-professional").expect("carried");
        assert!(l.shows_warning_signs());
        let text = all_text(l).to_lowercase();
        assert!(text.contains("2 weeks"));
        assert!(text.contains("worse"));
        assert!(text.contains("emergency") && text.contains("a day or two"));
    }

    #[test]
    fn the_pain_rule_lesson_states_the_bands_the_coach_uses() {
        use crate::domain::pain::{PainLight, PainScore, Usual};
        let l = lesson(PAIN_RULE_LESSON).expect("exists");
        assert!(l.shows_your_bands());
        let points: Vec<String> = l.point_msgs().iter().map(|m| said(l, m)).collect();
        for (light, name) in [
            (PainLight::Green, "Green"),
            (PainLight::Amber, "Amber"),
            (PainLight::Red, "Red"),
        ] {
            let band: Vec<u8> = (0..=PainScore::MAX)
                .filter(|&n| crate::domain::pain::during(n, Usual::new(0), false) == light)
                .collect();
            let (lo, hi) = (band[0], band[band.len() - 1]);
            let range = if hi == PainScore::MAX {
                format!("{lo} out of 10 or more")
            } else {
                format!("{lo} to {hi} out of 10")
            };
            let point = points
                .iter()
                .find(|p| p.starts_with(name))
                .unwrap_or_else(|| panic!("no {name} point"));
            assert!(
                point.contains(&range),
                "{name} point should say {range}: {point}"
            );
        }
        let lower = all_text(l).to_lowercase();
        assert!(lower.contains("stop that exercise") && lower.contains("leg"));
        assert!(lower.contains("next morning") && lower.contains("easier version"));
    }

    #[test]
    fn your_bands_is_the_usual_pain_and_the_bands_in_one_message() {
        use crate::domain::pain::{bands_msg, Usual};
        for value in 0..=10 {
            let usual = Usual::new(value);
            assert_eq!(
                english_text(&your_bands(usual)),
                format!(
                    "Your usual pain is about {value}, from your recent answers. {}",
                    english_text(&bands_msg(usual))
                ),
                "usual {value}"
            );
        }
    }

    #[test]
    fn every_lesson_is_in_every_language() {
        use crate::domain::i18n::{Catalog, Lang};
        for (lang, files) in [
            (
                Lang::De,
                [
                    include_str!("../../locales/de/course.ftl"),
                    include_str!("../../locales/de/today-learn.ftl"),
                    include_str!("../../locales/de/learn.ftl"),
                ],
            ),
            (
                Lang::Es,
                [
                    include_str!("../../locales/es/course.ftl"),
                    include_str!("../../locales/es/today-learn.ftl"),
                    include_str!("../../locales/es/learn.ftl"),
                ],
            ),
            (
                Lang::Fr,
                [
                    include_str!("../../locales/fr/course.ftl"),
                    include_str!("../../locales/fr/today-learn.ftl"),
                    include_str!("../../locales/fr/learn.ftl"),
                ],
            ),
        ] {
            let mut c = Catalog::new(lang);
            for f in files {
                c.add(f).expect("the build checked it");
            }
            for l in LESSONS {
                for m in l.all_msgs().iter().chain(&l.source_msgs()) {
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

    #[test]
    fn every_lesson_the_check_points_to_exists_and_comes_first_after_it() {
        use crate::domain::outlook::{self, Check, QUESTIONS};
        for q in QUESTIONS {
            for id in q.lessons() {
                assert!(lesson(id).is_some(), "{q:?} points to {id}");
            }
        }
        let mut course = Course::default();
        assert_eq!(course.next().map(|l| l.id), Some(FIRST_LESSON));
        // Fear stands out: its lessons come before the course order, each until read.
        outlook::record(
            &mut course.checks,
            Check {
                at: 1_796_000_000_000,
                utc_offset_min: 0,
                answers: vec![0, 4, 0, 0, 0, 0, 0],
            },
        );
        assert_eq!(course.next().map(|l| l.id), Some("moving-feared"));
        course.mark_read("moving-feared", day(1));
        assert_eq!(course.next().map(|l| l.id), Some("pain-hurt-harm"));
        assert_eq!(
            course.status(lesson("pain-hurt-harm").unwrap(), day(2)),
            LessonStatus::Today
        );
    }
}
