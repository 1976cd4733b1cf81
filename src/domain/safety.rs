//! Warning signs that mean "don't exercise, get care", in two tiers as NHS advice gives
//! them, and the person's answers. One list serves the first run, the check before every
//! session and the advice screens, so they can never disagree.
//!
//! The rule the app keeps: once someone says a sign applies, no session starts until they
//! tick that a health professional has checked them and said gentle exercise is fine.

use serde::{Deserialize, Serialize};

use super::i18n::{messages, Msg};

/// How soon a warning sign needs care.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    /// See a doctor within a day or two.
    Soon,
    /// Call emergency services or go to the emergency department now.
    Emergency,
}

impl Tier {
    /// Most urgent first, as the lists are shown.
    pub const ALL: [Tier; 2] = [Tier::Emergency, Tier::Soon];

    fn slug(self) -> &'static str {
        match self {
            Tier::Emergency => "emergency",
            Tier::Soon => "soon",
        }
    }

    /// The heading of this tier's list, with its colon.
    pub fn heading(self) -> Msg {
        match self {
            Tier::Emergency => messages::coach_safety_heading_emergency(),
            Tier::Soon => messages::coach_safety_heading_soon(),
        }
    }

    /// How many signs this tier lists.
    fn sign_count(self) -> usize {
        match self {
            Tier::Emergency => 6,
            Tier::Soon => 7,
        }
    }

    /// The signs in this tier, in our own words (`coach-safety-sign-<tier>-<n>`).
    pub fn sign_msgs(self) -> Vec<Msg> {
        (1..=self.sign_count())
            .map(|n| Msg::keyed(format!("coach-safety-sign-{}-{n}", self.slug())))
            .collect()
    }

    /// The signs in English: the reference the catalog's English is checked against.
    #[cfg(test)]
    pub(crate) fn signs(self) -> &'static [&'static str] {
        match self {
            Tier::Emergency => &[
                "Numbness or tingling around your genitals, bottom or inner thighs",
                "New trouble passing urine, or losing control of your bladder or bowels",
                "New problems with sexual function",
                "Numbness, weakness or tingling in both legs, or a leg that is getting weaker",
                "Back pain after a serious fall or accident",
                "Chest pain",
            ],
            Tier::Soon => &[
                "A fever, or feeling very unwell",
                "Weight loss you can't explain",
                "Cancer now or in the past",
                "Pain that is constant, worse at night and not eased by rest or any position",
                "A lump or a change in the shape of your back",
                "Pain between your shoulder blades",
                "New symptoms, or ones that have changed",
            ],
        }
    }

    /// The answer a person picks when a sign in this tier applies.
    pub fn answer_label(self) -> Msg {
        match self {
            Tier::Emergency => messages::coach_safety_answer_emergency(),
            Tier::Soon => messages::coach_safety_answer_soon(),
        }
    }

    /// What to do, in a heading and a sentence, with the emergency number where the person
    /// is (the number comes from their region, never from their language).
    pub fn advice(self, number: EmergencyNumber) -> (Msg, Msg) {
        match (self, number.known) {
            (Tier::Emergency, true) => (
                messages::coach_safety_advice_emergency_title(),
                messages::coach_safety_advice_emergency(number.number),
            ),
            (Tier::Emergency, false) => (
                messages::coach_safety_advice_emergency_title(),
                messages::coach_safety_advice_emergency_unknown(number.number),
            ),
            (Tier::Soon, _) => (
                messages::coach_safety_advice_soon_title(),
                messages::coach_safety_advice_soon(),
            ),
        }
    }

    /// The emergency tier's one big button: its words and its `tel:` link ("Call 999",
    /// "tel:999"). The see-a-doctor tier has none: its advice says to call their doctor.
    pub fn call(self, number: EmergencyNumber) -> Option<(Msg, String)> {
        (self == Tier::Emergency).then(|| {
            (
                messages::coach_safety_call(number.number),
                format!("tel:{}", number.number),
            )
        })
    }
}

/// The number to call in an emergency where the person is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmergencyNumber {
    pub number: &'static str,
    /// False when the person's region is unknown: then 112, with "your local emergency
    /// number".
    pub known: bool,
}

/// Regions where 112 is the emergency number: the EU, and Iceland, Liechtenstein, Norway and
/// Switzerland.
const NUMBER_112: [&str; 31] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH",
];

/// The emergency number for a locale's region: 911 in the US and Canada, 999 in the UK, 000 in
/// Australia, 111 in New Zealand, 112 across the EU; elsewhere, or with no region, 112 (it
/// works on mobile phones in many countries), marked as not known.
pub fn emergency_number(locale: &str) -> EmergencyNumber {
    let region = super::locale::region(locale);
    let known = |number| EmergencyNumber {
        number,
        known: true,
    };
    match region.as_deref() {
        Some("US" | "CA") => known("911"),
        Some("GB") => known("999"),
        Some("AU") => known("000"),
        Some("NZ") => known("111"),
        Some(r) if NUMBER_112.contains(&r) => known("112"),
        _ => EmergencyNumber {
            number: "112",
            known: false,
        },
    }
}

/// The answer for "none of these apply".
pub fn none_apply() -> Msg {
    messages::coach_safety_answer_none()
}

/// The box a person ticks when they have been checked.
pub fn checked_label() -> Msg {
    messages::coach_safety_checked()
}

/// One answer to the warning-signs question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// When it was answered (ms since the epoch).
    pub at: i64,
    /// The most urgent tier that applied; `None` when none did.
    pub tier: Option<Tier>,
    /// When the person ticked that a professional had checked them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cleared_at: Option<i64>,
}

/// Most answers kept: plenty for a report, small in storage.
pub const MAX_ANSWERS: usize = 100;

/// The answers a person has given, oldest first. Only flagged answers and the first-run
/// answer are recorded; a "none apply" before an ordinary session is not worth storing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Record(Vec<Answer>);

impl Record {
    pub fn answers(&self) -> &[Answer] {
        &self.0
    }

    /// True when nobody has answered yet on this device.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The flagged answer that still stops sessions, if any: the latest answer flagged a
    /// sign and has not been cleared.
    pub fn blocking(&self) -> Option<Answer> {
        self.0
            .last()
            .copied()
            .filter(|a| a.tier.is_some() && a.cleared_at.is_none())
    }

    /// Whether a session may start.
    pub fn allows_sessions(&self) -> bool {
        self.blocking().is_none()
    }

    /// Add an answer. A blocked record stays blocked: only [`Record::clear`] lifts it, so
    /// answering "none" again can't skip the check.
    pub fn answer(&mut self, tier: Option<Tier>, now_ms: i64) {
        if let Some(open) = self
            .0
            .last_mut()
            .filter(|a| a.tier.is_some() && a.cleared_at.is_none())
        {
            // Already waiting to be checked: keep the most urgent tier said so far.
            open.tier = open.tier.max(tier);
            return;
        }
        self.0.push(Answer {
            at: now_ms,
            tier,
            cleared_at: None,
        });
        if self.0.len() > MAX_ANSWERS {
            let extra = self.0.len() - MAX_ANSWERS;
            self.0.drain(..extra);
        }
    }

    /// The person ticked that a health professional has checked them.
    pub fn clear(&mut self, now_ms: i64) {
        if let Some(open) = self
            .0
            .last_mut()
            .filter(|a| a.tier.is_some() && a.cleared_at.is_none())
        {
            open.cleared_at = Some(now_ms.max(open.at));
        }
    }

    /// Both records together (a backup brought in), in time order, without repeats.
    pub fn merged(&self, other: &Record) -> Record {
        let mut all: Vec<Answer> = self.0.iter().chain(other.0.iter()).copied().collect();
        all.sort_by_key(|a| (a.at, a.tier, a.cleared_at));
        all.dedup_by(|b, a| a.at == b.at && a.tier == b.tier);
        if all.len() > MAX_ANSWERS {
            let extra = all.len() - MAX_ANSWERS;
            all.drain(..extra);
        }
        Record(all)
    }

    /// Whether every answer is plausible (for imports): times in order, clears after answers.
    pub fn is_plausible(&self, plausible_time: impl Fn(i64) -> bool) -> bool {
        self.0.len() <= MAX_ANSWERS
            && self.0.iter().all(|a| {
                plausible_time(a.at)
                    && a.cleared_at.is_none_or(|c| plausible_time(c) && c >= a.at)
                    && (a.tier.is_some() || a.cleared_at.is_none())
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    use crate::domain::i18n::english_text;

    fn words((title, body): (Msg, Msg)) -> (String, String) {
        (english_text(&title), english_text(&body))
    }

    #[test]
    fn every_sign_has_its_words_in_english_as_the_list_says_them() {
        for t in Tier::ALL {
            let said: Vec<String> = t.sign_msgs().iter().map(english_text).collect();
            assert_eq!(said, t.signs(), "{t:?}");
        }
    }

    #[test]
    fn every_language_says_the_number_where_the_person_is_and_no_other() {
        use crate::domain::i18n::Lang;
        let numbers = ["112", "911", "999", "000", "111"];
        for lang in Lang::OFFERED {
            let c = crate::domain::plan::catalog_of(lang);
            for locale in ["en-GB", "en-US", "de-DE", "es-MX", "fr-FR", "en-AU", "de"] {
                let n = emergency_number(locale);
                let (title, body) = Tier::Emergency.advice(n);
                let (title, body) = (c.render(&title), c.render(&body));
                let call = Tier::Emergency.call(n).map(|(w, _)| c.render(&w));
                for text in [&body, call.as_ref().expect("a button")] {
                    assert!(text.contains(n.number), "{lang:?} {locale}: {text}");
                    for other in numbers.iter().filter(|o| **o != n.number) {
                        assert!(!text.contains(other), "{lang:?} {locale}: {text}");
                    }
                }
                assert!(!title.is_empty() && !title.starts_with('{'));
            }
            // The signs, the headings and the answers are all there, and no sign names a
            // number of its own.
            for t in Tier::ALL {
                assert_eq!(t.sign_msgs().len(), t.signs().len());
                for m in t
                    .sign_msgs()
                    .into_iter()
                    .chain([t.heading(), t.answer_label()])
                {
                    let said = c.render(&m);
                    assert!(
                        !said.starts_with('{') && !said.is_empty(),
                        "{lang:?}: {said}"
                    );
                    assert!(
                        !said.chars().any(|ch| ch.is_ascii_digit()),
                        "{lang:?}: {said}"
                    );
                }
                let (_, soon) = Tier::Soon.advice(emergency_number("en-GB"));
                let soon = c.render(&soon);
                assert!(
                    !numbers.iter().any(|n| soon.contains(n)),
                    "{lang:?}: {soon}"
                );
            }
        }
    }

    #[test]
    fn two_tiers_each_with_their_own_advice() {
        assert!(Tier::Emergency.signs().len() >= 5);
        assert!(Tier::Soon.signs().len() >= 5);
        let here = emergency_number("en-GB");
        let (_, now) = words(Tier::Emergency.advice(here));
        let (_, soon) = words(Tier::Soon.advice(here));
        assert!(now.contains("emergency"));
        assert!(soon.contains("a day or two"));
        assert!(soon.starts_with("Call your doctor"));
        // The signs the issue names sit in the right tier.
        let has = |t: Tier, word: &str| t.signs().iter().any(|s| s.to_lowercase().contains(word));
        for w in ["genitals", "urine", "both legs", "fall", "chest"] {
            assert!(has(Tier::Emergency, w), "{w}");
        }
        for w in ["fever", "weight loss", "cancer", "night", "shape"] {
            assert!(has(Tier::Soon, w), "{w}");
        }
    }

    #[test]
    fn the_emergency_number_is_the_one_where_the_person_is() {
        for (locale, number) in [
            ("en-US", "911"),
            ("fr-CA", "911"),
            ("en-GB", "999"),
            ("en-AU", "000"),
            ("en-NZ", "111"),
            ("de-DE", "112"),
            ("es-ES", "112"),
            ("fr-FR", "112"),
        ] {
            let n = emergency_number(locale);
            assert_eq!((n.number, n.known), (number, true), "{locale}");
            assert_eq!(
                Tier::Emergency
                    .call(n)
                    .map(|(words, tel)| (english_text(&words), tel)),
                Some((format!("Call {number}"), format!("tel:{number}")))
            );
            let (_, said) = words(Tier::Emergency.advice(n));
            assert!(said.starts_with(&format!("Call {number} or go")), "{said}");
        }
        // Unknown: 112, and the local number said in words.
        for locale in ["de", "", "en-IN", "es-419"] {
            let n = emergency_number(locale);
            assert_eq!((n.number, n.known), ("112", false), "{locale}");
            let (_, said) = words(Tier::Emergency.advice(n));
            assert!(
                said.starts_with("Call your local emergency number (112 works"),
                "{said}"
            );
        }
        // Seeing a doctor soon: no emergency button.
        assert_eq!(Tier::Soon.call(emergency_number("en-GB")), None);
    }

    #[test]
    fn a_flag_blocks_until_cleared_and_none_cannot_skip_it() {
        let mut r = Record::default();
        assert!(r.allows_sessions());
        r.answer(None, 1);
        assert!(r.allows_sessions());
        r.answer(Some(Tier::Soon), 2);
        assert!(!r.allows_sessions());
        r.answer(None, 3);
        assert!(
            !r.allows_sessions(),
            "answering none again must not lift it"
        );
        r.answer(Some(Tier::Emergency), 4);
        assert_eq!(r.blocking().and_then(|a| a.tier), Some(Tier::Emergency));
        r.clear(5);
        assert!(r.allows_sessions());
        assert_eq!(r.answers().last().and_then(|a| a.cleared_at), Some(5));
        // A later flag blocks again.
        r.answer(Some(Tier::Soon), 6);
        assert!(!r.allows_sessions());
    }

    #[test]
    fn stored_shape_round_trips() {
        let mut r = Record::default();
        r.answer(Some(Tier::Emergency), 1_700_000_000_000);
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(json, r#"[{"at":1700000000000,"tier":"emergency"}]"#);
        assert_eq!(serde_json::from_str::<Record>(&json).unwrap(), r);
    }

    proptest! {
        #[test]
        fn only_a_clear_lifts_a_block(steps in proptest::collection::vec(0u8..4, 0..40)) {
            let mut r = Record::default();
            for (i, s) in steps.iter().enumerate() {
                let before = r.allows_sessions();
                let t = i as i64;
                match s {
                    0 => r.answer(None, t),
                    1 => r.answer(Some(Tier::Soon), t),
                    2 => r.answer(Some(Tier::Emergency), t),
                    _ => r.clear(t),
                }
                if !before && *s != 3 {
                    prop_assert!(!r.allows_sessions());
                }
                if matches!(s, 1 | 2) {
                    prop_assert!(!r.allows_sessions());
                }
                if *s == 3 {
                    prop_assert!(r.allows_sessions());
                }
                prop_assert!(r.answers().len() <= MAX_ANSWERS);
            }
        }
    }
}
