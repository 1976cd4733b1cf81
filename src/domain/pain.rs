//! The 0-10 pain scale, and the one rule for pain during exercise, judged against the
//! person's usual pain.
//!
//! Physiotherapists' traffic-light rule (up to 3 fine, 4-5 acceptable if it settles, above 5
//! ease off) was made for people who start near 0. Someone whose back sits at 6 most days
//! can't be told to stop at 6, so every band here moves up with the person's usual level:
//! - **green**: up to the usual level (and never below 3): fine, carry on;
//! - **amber**: up to about 2 points above that: acceptable if it settles by the next
//!   morning, go gently or make it easier;
//! - **red**: more than that, 8 or more, or pain spreading down a leg: ease the load (an
//!   easier version, fewer reps, a shorter hold, or skip it), not stop moving.
//!
//! [`during`] is that rule: the plan summary, "Before you start", "This hurts", the after
//! screen, the next-morning answer, Learn and the voice all ask it, so they say the same.

use serde::{Deserialize, Serialize};
use std::fmt;

use super::i18n::{messages as m, Msg};

/// A pain rating from 0 (none) to 10 (worst imaginable). Anything else cannot be built, and
/// a stored value outside the range is refused when read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct PainScore(u8);

impl PainScore {
    pub const MAX: u8 = 10;

    pub fn new(value: u8) -> Option<Self> {
        (value <= Self::MAX).then_some(Self(value))
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

impl PainScore {
    /// What the score means in a word or two, for screen readers and the summary.
    pub fn word_msg(self) -> Msg {
        match self.0 {
            0 => m::today_pain_word_none(),
            1..=3 => m::today_pain_word_mild(),
            4..=5 => m::today_pain_word_moderate(),
            6..=7 => m::today_pain_word_strong(),
            _ => m::today_pain_word_severe(),
        }
    }
}

impl TryFrom<u8> for PainScore {
    type Error = String;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Self::new(value).ok_or_else(|| format!("pain must be 0 to 10, found {value}"))
    }
}

impl From<PainScore> for u8 {
    fn from(p: PainScore) -> u8 {
        p.0
    }
}

impl fmt::Display for PainScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/10", self.0)
    }
}

/// The green band never ends below this, whatever the usual level (the classic rule).
pub const GREEN_FLOOR: u8 = 3;
/// How far above the green band pain may go during exercise, if it settles.
pub const ACCEPTABLE_RISE: u8 = 2;
/// Pain this high always eases the load.
pub const EASE_AT: u8 = 8;
/// Pain within this many points of usual counts as back to usual (a flare has settled).
pub const NEAR_USUAL: u8 = 1;
/// A daily answer this many points above usual is a clear rise: a flare.
pub const CLEAR_RISE: u8 = 2;

/// What a pain level during exercise means for this person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PainLight {
    /// At or below the person's usual pain: carry on.
    Green,
    /// Up to about 2 points above it: acceptable if it settles; go gently or make it easier.
    Amber,
    /// More than that, 8 or more, or spreading down a leg: ease the load.
    Red,
}

/// The person's usual pain: a typical level over recent days, never one answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Usual(u8);

impl Usual {
    pub fn new(value: u8) -> Self {
        Self(value.min(PainScore::MAX))
    }

    pub fn value(self) -> u8 {
        self.0
    }

    /// The middle of recent answers (oldest first; the ten most recent count), or
    /// `fallback` (the first-run answer) when there are none.
    pub fn from_answers(recent: &[u8], fallback: u8) -> Self {
        let mut list: Vec<u8> = recent.iter().rev().take(10).copied().collect();
        if list.is_empty() {
            return Self::new(fallback);
        }
        list.sort_unstable();
        Self::new(list[(list.len() - 1) / 2])
    }

    /// The top of the green band.
    pub fn green_top(self) -> u8 {
        self.0.max(GREEN_FLOOR)
    }

    /// The top of the amber band (below [`EASE_AT`]); equal to [`Self::green_top`] when
    /// there is no room for amber.
    pub fn amber_top(self) -> u8 {
        (self.green_top() + ACCEPTABLE_RISE)
            .min(EASE_AT - 1)
            .max(self.green_top())
    }

    /// Back near usual: within [`NEAR_USUAL`] point of it, or below.
    pub fn settled(self, pain: u8) -> bool {
        pain <= self.0 + NEAR_USUAL
    }

    /// A clear rise above usual (or 8 or more): what makes a day a flare day.
    pub fn clear_rise(self, pain: u8) -> bool {
        pain >= self.0 + CLEAR_RISE || pain >= EASE_AT
    }
}

/// The one rule: what `pain` during exercise means for someone whose usual pain is `usual`.
/// `spreading` is pain spreading down a leg, which always eases the load.
pub fn during(pain: u8, usual: Usual, spreading: bool) -> PainLight {
    if spreading || pain >= EASE_AT || pain > usual.amber_top() {
        PainLight::Red
    } else if pain > usual.green_top() {
        PainLight::Amber
    } else {
        PainLight::Green
    }
}

/// What the rule says, in one sentence, for a pain given during exercise ("This hurts").
pub fn advice_msg(pain: u8, usual: Usual, spreading: bool) -> Msg {
    let u = usual.value();
    match during(pain, usual, spreading) {
        PainLight::Green if u > GREEN_FLOOR => m::today_pain_green_usual(u, pain),
        PainLight::Green => m::today_pain_green(pain),
        PainLight::Amber if u > GREEN_FLOOR => m::today_pain_amber_usual(u),
        PainLight::Amber => m::today_pain_amber(pain),
        PainLight::Red if spreading => m::today_pain_red_spreading(),
        PainLight::Red if pain >= EASE_AT => m::today_pain_red_high(pain),
        PainLight::Red => m::today_pain_red(u),
    }
}

/// The three bands for this person, in one sentence (the plan summary and Learn).
pub fn bands_msg(usual: Usual) -> Msg {
    let (green, amber) = (usual.green_top(), usual.amber_top());
    if amber > green {
        m::today_pain_bands(green, amber)
    } else {
        m::today_pain_bands_no_amber(green)
    }
}

/// What the pain after a session means for this person, when it is more than their usual
/// (`None` when it is not): the same bands as during exercise, seen from the end.
pub fn after_session_msg(pain: u8, usual: Usual) -> Option<Msg> {
    let u = usual.value();
    match during(pain, usual, false) {
        PainLight::Green => None,
        PainLight::Amber => Some(m::today_pain_after_amber(u)),
        PainLight::Red => Some(m::today_pain_after_red(u)),
    }
}

/// What a pain answer just before a session means, when it is high for this person; `None`
/// when it is not. `gentlest` is true when the routine is already one for bad days at its
/// gentlest level, so there is nothing gentler to suggest.
pub fn before_session_msg(pain: u8, usual: Usual, gentlest: bool) -> Option<Msg> {
    let u = usual.value();
    if during(pain, usual, false) != PainLight::Red {
        return None;
    }
    Some(if gentlest {
        m::today_pain_before_gentlest(u)
    } else {
        m::today_pain_before(u)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::english_text;

    // The sentences as the app said them before the catalogs: the references the messages'
    // English is checked against, word for word.

    /// What the rule says, in one sentence, for a pain given during exercise ("This hurts").
    fn advice(pain: u8, usual: Usual, spreading: bool) -> String {
        let u = usual.value();
        match during(pain, usual, spreading) {
            PainLight::Green if u > GREEN_FLOOR => format!(
                "Your back is usually around {u}, so {pain} is fine to keep going with. Move slowly and breathe."
            ),
            PainLight::Green => {
                format!("{pain} is fine to keep going with. Move slowly and breathe.")
            }
            PainLight::Amber if u > GREEN_FLOOR => format!(
                "That's a little above your usual ({u}). Carry on gently if it settles soon afterwards and isn't worse tomorrow morning, or make it easier."
            ),
            PainLight::Amber => format!(
                "{pain} is all right if it settles soon afterwards and isn't worse tomorrow morning. Carry on gently, or make it easier."
            ),
            PainLight::Red if spreading => {
                "Pain spreading down a leg is a sign to ease off. Make this exercise easier or skip it, and if it keeps spreading, end the session for today.".to_string()
            }
            PainLight::Red if pain >= EASE_AT => format!(
                "{pain} is a lot. Ease off: make this exercise easier or skip it, and if the pain doesn't settle, end the session for today."
            ),
            PainLight::Red => format!(
                "That's well above your usual ({u}). Ease off: make this exercise easier or skip it, and if the pain doesn't settle, end the session for today."
            ),
        }
    }

    /// The three bands for this person, in one sentence (the plan summary and Learn).
    fn bands_sentence(usual: Usual) -> String {
        let (green, amber) = (usual.green_top(), usual.amber_top());
        if amber > green {
            format!(
                "During exercise, pain up to {green} is fine, up to {amber} is all right if it settles by the next morning, and above that (or pain spreading down a leg) means make it easier."
            )
        } else {
            format!(
                "During exercise, pain up to {green} is fine, and above that (or pain spreading down a leg) means make it easier."
            )
        }
    }

    /// What the pain after a session means for this person, when it is more than their usual
    /// (`None` when it is not): the same bands as during exercise, seen from the end.
    fn after_session(pain: u8, usual: Usual) -> Option<String> {
        let u = usual.value();
        match during(pain, usual, false) {
            PainLight::Green => None,
            PainLight::Amber => Some(format!(
                "A little above your usual ({u}): that's all right if it has settled by tomorrow morning. Limber will ask you then."
            )),
            PainLight::Red => Some(format!(
                "That's well above your usual ({u}). Rest in a comfortable position now; if it is still up tomorrow morning, the next session will be gentler."
            )),
        }
    }

    /// What a pain answer just before a session means, when it is high for this person; `None`
    /// when it is not. `gentlest` is true when the routine is already one for bad days at its
    /// gentlest level, so there is nothing gentler to suggest.
    fn before_session(pain: u8, usual: Usual, gentlest: bool) -> Option<String> {
        let u = usual.value();
        if during(pain, usual, false) != PainLight::Red {
            return None;
        }
        Some(if gentlest {
            format!(
                "That's more than your usual ({u}). This routine is already the gentlest: go slowly, do only what feels all right, and skip anything that makes it worse. A rest day with a short walk is fine too."
            )
        } else {
            format!(
                "That's more than your usual ({u}). Limber will keep this session gentle; a rest day with a short walk is fine too. If it keeps getting worse, check in with a health professional."
            )
        })
    }

    /// The English the messages replaced, word for word: the reference they are checked against.
    fn word(p: PainScore) -> &'static str {
        match p.0 {
            0 => "no pain",
            1..=3 => "mild",
            4..=5 => "moderate",
            6..=7 => "strong",
            _ => "severe",
        }
    }

    #[test]
    fn the_messages_say_in_english_what_the_sentences_said() {
        for usual in 0..=10 {
            let u = Usual::new(usual);
            assert_eq!(english_text(&bands_msg(u)), bands_sentence(u));
            for pain in 0..=10 {
                for spreading in [false, true] {
                    assert_eq!(
                        english_text(&advice_msg(pain, u, spreading)),
                        advice(pain, u, spreading)
                    );
                }
                assert_eq!(
                    after_session_msg(pain, u).map(|m| english_text(&m)),
                    after_session(pain, u)
                );
                for gentlest in [false, true] {
                    assert_eq!(
                        before_session_msg(pain, u, gentlest).map(|m| english_text(&m)),
                        before_session(pain, u, gentlest)
                    );
                }
            }
        }
        for n in 0..=10 {
            let p = PainScore::new(n).unwrap();
            assert_eq!(english_text(&p.word_msg()), word(p));
        }
    }

    #[test]
    fn range_is_enforced() {
        assert!(PainScore::new(0).is_some());
        assert!(PainScore::new(10).is_some());
        assert!(PainScore::new(11).is_none());
        assert!(serde_json::from_str::<PainScore>("11").is_err());
        assert!(serde_json::from_str::<PainScore>("-1").is_err());
        assert_eq!(
            serde_json::from_str::<PainScore>("7").ok(),
            PainScore::new(7)
        );
    }

    #[test]
    fn near_zero_it_is_the_classic_traffic_light() {
        for usual in 0..=3 {
            let light = |p| during(p, Usual::new(usual), false);
            assert_eq!(light(3), PainLight::Green);
            assert_eq!(light(4), PainLight::Amber);
            assert_eq!(light(5), PainLight::Amber);
            assert_eq!(light(6), PainLight::Red);
        }
    }

    #[test]
    fn the_bands_move_up_with_the_usual_level() {
        let six = Usual::new(6);
        assert_eq!(
            during(6, six, false),
            PainLight::Green,
            "usual is never a stop"
        );
        assert_eq!(during(7, six, false), PainLight::Amber);
        assert_eq!(
            during(8, six, false),
            PainLight::Red,
            "8 and up always eases"
        );
        let four = Usual::new(4);
        assert_eq!(during(6, four, false), PainLight::Amber);
        assert_eq!(during(7, four, false), PainLight::Red);
        assert_eq!(
            during(2, four, true),
            PainLight::Red,
            "spreading down a leg"
        );
    }

    #[test]
    fn usual_is_the_middle_of_recent_answers_or_the_first_run() {
        assert_eq!(Usual::from_answers(&[2, 3, 9], 6).value(), 3);
        assert_eq!(Usual::from_answers(&[2, 4], 6).value(), 2);
        assert_eq!(Usual::from_answers(&[], 6).value(), 6);
        let mut old_high = vec![9; 20];
        old_high.extend([2; 10]);
        assert_eq!(Usual::from_answers(&old_high, 6).value(), 2);
    }

    #[test]
    fn advice_at_usual_never_says_stop() {
        let a = advice(6, Usual::new(6), false);
        assert!(a.contains("usually around 6") && a.contains("fine"), "{a}");
        let a = advice(9, Usual::new(6), false);
        assert!(a.contains("make this exercise easier"), "{a}");
        assert!(!a.to_lowercase().contains("stop"), "{a}");
        assert!(before_session(6, Usual::new(6), false).is_none());
        let gentle = before_session(9, Usual::new(6), true).unwrap();
        assert!(!gentle.contains("gentler routine"), "{gentle}");
    }

    proptest::proptest! {
        /// The bands are ordered and never put the usual level above green.
        #[test]
        fn bands_are_ordered(usual in 0u8..=10, pain in 0u8..=10) {
            let u = Usual::new(usual);
            let light = during(pain, u, false);
            if pain <= usual && pain < EASE_AT {
                proptest::prop_assert_eq!(light, PainLight::Green);
            }
            if pain >= EASE_AT || pain > usual.max(GREEN_FLOOR) + ACCEPTABLE_RISE {
                proptest::prop_assert_eq!(light, PainLight::Red);
            }
            let higher = during(pain.saturating_add(1).min(10), u, false);
            let rank = |l: PainLight| l as u8;
            proptest::prop_assert!(rank(higher) >= rank(light));
        }
    }
}
