//! The person's preferences.

use serde::{Deserialize, Serialize};

/// Which cues the player gives. Each can be switched off; all are on by default, because a
/// person lying on the floor should not need to look at the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Spoken cues: the exercise and dose, halfway, 3-2-1, rest, next.
    pub voice: bool,
    /// Short tones at the countdown and when work starts.
    pub sound: bool,
    /// A buzz when the phase changes, where the phone can.
    pub vibration: bool,
    /// Planned rest days (Monday = 0): they keep a streak going.
    pub rest_days: [bool; 7],
    /// The home-screen app's "bring your history over?" offer was answered.
    pub restore_offer_done: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            voice: true,
            sound: true,
            vibration: true,
            rest_days: [false; 7],
            restore_offer_done: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_fields_take_their_defaults() {
        let s: Settings = serde_json::from_str(r#"{"voice":false}"#).unwrap();
        assert_eq!(
            s,
            Settings {
                voice: false,
                ..Settings::default()
            }
        );
    }
}
