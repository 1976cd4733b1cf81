//! The 0-10 pain scale and the traffic-light rule physiotherapists use during exercise.

use serde::{Deserialize, Serialize};
use std::fmt;

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

    /// What this level means during exercise.
    pub fn light(self) -> PainLight {
        match self.0 {
            0..=3 => PainLight::Green,
            4..=5 => PainLight::Amber,
            _ => PainLight::Red,
        }
    }

    /// A word for screen readers and the summary.
    pub fn word(self) -> &'static str {
        match self.0 {
            0 => "no pain",
            1..=3 => "mild",
            4..=5 => "moderate",
            6..=7 => "strong",
            _ => "severe",
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

/// The traffic-light rule: up to 3 is fine, 4-5 is acceptable only if it settles soon after,
/// above 5 means stop that exercise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PainLight {
    Green,
    Amber,
    Red,
}

impl PainLight {
    /// What the traffic-light rule says about pain at this level during exercise, in our
    /// own words. Shown after "this hurts".
    pub fn advice(self) -> &'static str {
        match self {
            PainLight::Green => "That level is fine to keep going with. Move slowly and breathe.",
            PainLight::Amber => {
                "Go gently. That's okay if it settles soon afterwards and isn't worse \
                 tomorrow morning."
            }
            PainLight::Red => "Stop this exercise. Pain this strong is a sign to ease off.",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn traffic_light_boundaries() {
        let light = |v| PainScore::new(v).map(PainScore::light);
        assert_eq!(light(3), Some(PainLight::Green));
        assert_eq!(light(4), Some(PainLight::Amber));
        assert_eq!(light(5), Some(PainLight::Amber));
        assert_eq!(light(6), Some(PainLight::Red));
    }
}
