//! The person's preferences.

use serde::{Deserialize, Serialize};

use super::i18n::{messages, Msg};

/// Seconds to get into position before each exercise.
pub const GET_READY_SECS: u16 = 10;

/// The person's pacing: how long "get ready" lasts and how long rests between sets are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Pace {
    /// Seconds to get into position before each exercise.
    pub get_ready_secs: u16,
    /// Rests between sets, as a percentage of what the routine suggests (50-200).
    pub rest_percent: u16,
}

impl Default for Pace {
    fn default() -> Self {
        Self {
            get_ready_secs: GET_READY_SECS,
            rest_percent: 100,
        }
    }
}

impl Pace {
    /// Get-ready choices offered in Settings.
    pub const GET_READY_CHOICES: [u16; 4] = [5, 10, 15, 20];
    /// Rest choices offered in Settings: percent of what the routine suggests.
    pub const REST_CHOICES: [u16; 3] = [50, 100, 150];

    /// A rest choice's name in Settings.
    pub fn rest_label(percent: u16) -> Msg {
        match percent {
            ..=99 => messages::more_rest_shorter(),
            100 => messages::more_rest_suggested(),
            _ => messages::more_rest_longer(),
        }
    }

    /// Kept within sensible bounds, whatever was stored.
    pub fn clamped(self) -> Self {
        Self {
            get_ready_secs: self.get_ready_secs.clamp(3, 30),
            rest_percent: self.rest_percent.clamp(50, 200),
        }
    }

    /// A rest of `secs` as the routine suggests it, at this pace.
    pub fn rest(self, secs: u16) -> u16 {
        let scaled = u32::from(secs) * u32::from(self.clamped().rest_percent) / 100;
        // Never below 5 s: time to breathe and reset.
        u16::try_from(scaled).unwrap_or(u16::MAX).max(5)
    }
}

/// Light or dark colours, or whatever the device says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// Its name in Settings.
    pub fn label(self) -> Msg {
        match self {
            Theme::System => messages::more_theme_system(),
            Theme::Light => messages::more_theme_light(),
            Theme::Dark => messages::more_theme_dark(),
        }
    }

    /// The value of `data-theme` on the page root; `None` follows the device.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Theme::System => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }
}

/// Text size on top of the browser's own setting, as a percentage.
pub const TEXT_SIZES: [u16; 3] = [100, 115, 130];

/// A text size's name in Settings.
pub fn text_size_label(percent: u16) -> Msg {
    match percent {
        ..=100 => messages::more_size_standard(),
        101..=115 => messages::more_size_large(),
        _ => messages::more_size_largest(),
    }
}

/// Animation: follow the device, or always still, or always moving.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Motion {
    #[default]
    System,
    Reduce,
    Full,
}

impl Motion {
    pub const ALL: [Motion; 3] = [Motion::System, Motion::Reduce, Motion::Full];

    /// Its name in Settings.
    pub fn label(self) -> Msg {
        match self {
            Motion::System => messages::more_motion_system(),
            Motion::Reduce => messages::more_motion_reduce(),
            Motion::Full => messages::more_motion_full(),
        }
    }

    /// Whether to keep things still, given what the device asks for.
    pub fn reduced(self, device_asks: bool) -> bool {
        match self {
            Motion::System => device_asks,
            Motion::Reduce => true,
            Motion::Full => false,
        }
    }
}

/// Units for distances and body weight.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Units {
    /// Kilometres and kilograms.
    #[default]
    Metric,
    /// Miles and pounds.
    Imperial,
}

impl Units {
    pub const ALL: [Units; 2] = [Units::Metric, Units::Imperial];

    /// Its name in Settings.
    pub fn label(self) -> Msg {
        match self {
            Units::Metric => messages::more_units_metric(),
            Units::Imperial => messages::more_units_imperial(),
        }
    }
}

/// Which of the voice's eyes-free cues are on: what the player puts into words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spoken {
    pub count_reps: bool,
    pub count_down: bool,
    pub say_next: bool,
}

impl Spoken {
    /// Everything on, as a new person's settings have it.
    pub const ALL: Spoken = Spoken {
        count_reps: true,
        count_down: true,
        say_next: true,
    };
    /// None of them: the voice says each step, halfway and the tips.
    pub const PLAIN: Spoken = Spoken {
        count_reps: false,
        count_down: false,
        say_next: false,
    };
}

/// Which cues the player gives. Each can be switched off; all are on by default, because a
/// person lying on the floor should not need to look at the screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Spoken cues: the exercise and dose, halfway, 3-2-1, rest, next.
    pub voice: bool,
    /// With the voice on: count each rep aloud at the exercise's tempo.
    pub count_reps: bool,
    /// With the voice on: say the last seconds of a hold, a rest or getting ready ("3, 2, 1").
    pub count_down: bool,
    /// With the voice on: a rest or a get-ready says what comes next and how to get into
    /// position for it.
    pub say_next: bool,
    /// Short tones at the countdown and when work starts.
    pub sound: bool,
    /// A buzz when the phase changes, where the phone can.
    pub vibration: bool,
    /// Planned rest days (Monday = 0): they keep a streak going.
    pub rest_days: [bool; 7],
    /// The home-screen app's "bring your history over?" offer was answered.
    pub restore_offer_done: bool,
    /// The voice for spoken cues, by name; `None` uses the device's default.
    pub voice_name: Option<String>,
    /// Get-ready and rest lengths in the player.
    pub pace: Pace,
    pub theme: Theme,
    /// Percent, one of [`TEXT_SIZES`].
    pub text_size: u16,
    pub motion: Motion,
    /// Distances and weights in metric or imperial units.
    pub units: Units,
    /// Show the body-weight log on Insights (off unless the person turns it on).
    pub track_weight: bool,
    /// The language the person chose, as its tag (`"de"`); `None` follows the phone's.
    /// Kept as written, so a backup from a later version with more languages still reads.
    pub language: Option<String>,
}

impl Settings {
    /// What the voice says, for the player ([`crate::domain::player::Player::cues_between`]).
    pub fn spoken(&self) -> Spoken {
        Spoken {
            count_reps: self.count_reps,
            count_down: self.count_down,
            say_next: self.say_next,
        }
    }

    /// Settings' list line for the session cues, e.g. "Voice and sounds on, 10 seconds to get ready".
    pub fn cues_summary(&self) -> Msg {
        let cues = match (self.voice, self.sound, self.vibration) {
            (false, false, false) => messages::more_cues_silent(),
            (true, false, false) => messages::more_cues_voice(),
            (false, true, false) => messages::more_cues_sounds(),
            (false, false, true) => messages::more_cues_vibration(),
            (true, true, false) => messages::more_cues_voice_sounds(),
            (true, false, true) => messages::more_cues_voice_vibration(),
            (false, true, true) => messages::more_cues_sounds_vibration(),
            (true, true, true) => messages::more_cues_all(),
        };
        messages::more_cues_summary(cues, self.pace.get_ready_secs)
    }

    /// Settings' list line for how Limber looks and measures, e.g. "Dark, large text, km and kg".
    pub fn display_summary(&self) -> Msg {
        let colours = match self.theme {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        };
        let size = match self.text_size {
            ..=100 => "standard",
            101..=115 => "large",
            _ => "largest",
        };
        let units = match self.units {
            Units::Metric => "metric",
            Units::Imperial => "imperial",
        };
        messages::more_display_summary(colours, size, units)
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            voice: true,
            count_reps: true,
            count_down: true,
            say_next: true,
            sound: true,
            vibration: true,
            rest_days: [false; 7],
            restore_offer_done: false,
            voice_name: None,
            pace: Pace::default(),
            theme: Theme::System,
            text_size: 100,
            motion: Motion::System,
            units: Units::Metric,
            track_weight: false,
            language: None,
        }
    }
}

impl Settings {
    /// The language to speak: the person's choice, else the first of the phone's languages
    /// (most wanted first) that Limber speaks, else English.
    pub fn lang<S: AsRef<str>>(&self, phone: &[S]) -> crate::domain::i18n::Lang {
        use crate::domain::i18n::Lang;
        self.language
            .as_deref()
            .and_then(Lang::from_tag)
            .unwrap_or_else(|| Lang::negotiate(phone))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_the_persons_choice_else_the_phones() {
        use crate::domain::i18n::Lang;
        let mut s = Settings::default();
        assert_eq!(s.lang(&["fr-CA", "de"]), Lang::Fr);
        assert_eq!(s.lang(&["pt-BR", "de-AT"]), Lang::De);
        assert_eq!(s.lang::<&str>(&[]), Lang::En);
        s.language = Some("es".into());
        assert_eq!(s.lang(&["fr-CA"]), Lang::Es);
        // A language this version doesn't have (from a later backup) falls back to the phone.
        s.language = Some("pt".into());
        assert_eq!(s.lang(&["fr"]), Lang::Fr);
        s.language = Some("en-XA".into());
        assert_eq!(s.lang(&["fr"]), Lang::Pseudo);
    }

    #[test]
    fn motion_follows_the_device_unless_told_otherwise() {
        assert!(Motion::System.reduced(true));
        assert!(!Motion::System.reduced(false));
        assert!(Motion::Reduce.reduced(false));
        assert!(!Motion::Full.reduced(true));
        assert_eq!(Theme::System.attribute(), None);
        assert_eq!(Theme::Dark.attribute(), Some("dark"));
    }

    #[test]
    fn the_settings_list_sums_up_cues_and_looks_in_a_line() {
        let mut s = Settings::default();
        let en = |m: Msg| crate::domain::i18n::english_text(&m);
        assert_eq!(
            en(s.cues_summary()),
            "Voice, sounds and vibration on, 10 seconds to get ready"
        );
        s.sound = false;
        s.vibration = false;
        assert_eq!(en(s.cues_summary()), "Voice on, 10 seconds to get ready");
        s.vibration = true;
        assert_eq!(
            en(s.cues_summary()),
            "Voice and vibration on, 10 seconds to get ready"
        );
        s.voice = false;
        s.vibration = false;
        assert!(en(s.cues_summary()).starts_with("Silent, "));
        s.pace.get_ready_secs = 1;
        assert_eq!(en(s.cues_summary()), "Silent, 1 second to get ready");
        assert_eq!(
            en(s.display_summary()),
            "Device colours, standard text, km and kg"
        );
        s.theme = Theme::Dark;
        s.text_size = 130;
        s.units = Units::Imperial;
        assert_eq!(
            en(s.display_summary()),
            "Dark, largest text, miles and pounds"
        );
        for t in Theme::ALL {
            assert!(!en(t.label()).starts_with('{'));
        }
        assert_eq!(en(text_size_label(115)), "Large");
        assert_eq!(en(Pace::rest_label(150)), "Longer");
    }

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
