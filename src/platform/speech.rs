//! Spoken cues with the Web Speech API, in the person's language.
//!
//! iOS only lets a page speak after speech has been started inside a user gesture, so
//! [`unlock`] must be called from the Start tap. Everything here is silent and harmless
//! where speech is missing.
//!
//! Every utterance carries its language (`utterance.lang`) and a voice of that language
//! (the one chosen in Settings if it speaks it, else the device's own for it). A device
//! with no voice for the language says nothing: a German sentence read by an English voice
//! helps nobody, and the player still has its tones and its text. Browsers load their voices
//! late (`voiceschanged`): a cue asked for before any voice has arrived waits for them, for
//! a moment, and is dropped if they come too late to be about the moment it was for.

use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

use crate::domain::i18n::Lang;

/// How long a cue waits for the voices to arrive before it is no longer worth saying.
const WAIT_FOR_VOICES_MS: f64 = 2_500.0;

/// A cue asked for before the device's voices had arrived.
struct Waiting {
    text: String,
    lang_tag: String,
    cut_off: bool,
    asked_at: f64,
}

thread_local! {
    /// The voice chosen in Settings, by name; `None` is the device's default.
    static VOICE: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The last cue asked for while there were no voices yet.
    static WAITING: RefCell<Option<Waiting>> = const { RefCell::new(None) };
    /// Whether our own `voiceschanged` listener is in place.
    static LISTENING: Cell<bool> = const { Cell::new(false) };
}

fn synth() -> Option<web_sys::SpeechSynthesis> {
    web_sys::window().and_then(|w| w.speech_synthesis().ok())
}

fn all_voices() -> Vec<web_sys::SpeechSynthesisVoice> {
    synth().map_or_else(Vec::new, |s| {
        s.get_voices()
            .iter()
            .filter_map(|v| v.dyn_into().ok())
            .collect()
    })
}

/// The language a voice or a cue speaks, however its tag is written (`en_US`, `eng-US`,
/// `de-AT`); the pseudo-language is read by English voices.
fn spoken(tag: &str) -> Option<Lang> {
    Lang::from_tag(tag).map(|l| if l == Lang::Pseudo { Lang::En } else { l })
}

/// Whether a voice whose tag is `voice_tag` speaks the language `lang_tag` names.
fn speaks(voice_tag: &str, lang_tag: &str) -> bool {
    spoken(lang_tag).is_some_and(|want| spoken(voice_tag) == Some(want))
}

/// A voice as [`pick`] sees it.
struct VoiceInfo<'a> {
    name: &'a str,
    lang: &'a str,
    default: bool,
}

/// Which voice of `voices` says `lang_tag`: the one chosen by name if it speaks the language,
/// else the device's default if it does, else the first that does; `None` if none does.
fn pick(voices: &[VoiceInfo], chosen: Option<&str>, lang_tag: &str) -> Option<usize> {
    let speaking = |v: &VoiceInfo| speaks(v.lang, lang_tag);
    voices
        .iter()
        .position(|v| Some(v.name) == chosen && speaking(v))
        .or_else(|| voices.iter().position(|v| v.default && speaking(v)))
        .or_else(|| voices.iter().position(speaking))
}

/// The voices this device offers for the language `lang_tag` names (`"de"`, as
/// `Lang::tag`), as (name, language), sorted, for Settings. Browsers load them late, so
/// call again after [`on_voices_changed`] fires.
pub fn voices_for(lang_tag: &str) -> Vec<(String, String)> {
    let mut list: Vec<(String, String)> = all_voices()
        .iter()
        .filter(|v| speaks(&v.lang(), lang_tag))
        .map(|v| (v.name(), v.lang()))
        .collect();
    list.sort();
    list.dedup();
    list
}

/// Whether this device can speak the language `lang_tag` names. False too while the voices
/// haven't arrived yet: ask again after [`on_voices_changed`] fires.
pub fn has_voice_for(lang_tag: &str) -> bool {
    all_voices().iter().any(|v| speaks(&v.lang(), lang_tag))
}

/// Call `f` when the list of voices changes (it often arrives after the page has loaded).
/// One listener at a time: a new call replaces the last, so screens opened again don't
/// pile them up. (The cues' own wait for voices is apart from it.)
pub fn on_voices_changed(f: impl Fn() + 'static) {
    if let Some(synth) = synth() {
        let listener = Closure::<dyn FnMut()>::new(f);
        synth.set_onvoiceschanged(Some(listener.as_ref().unchecked_ref()));
        listener.forget();
    }
}

/// Use this voice from now on (`None`: the device's default).
pub fn set_voice(name: Option<String>) {
    VOICE.with(|v| *v.borrow_mut() = name);
}

/// Speak nothing, inside a tap, so later cues are allowed to speak (iOS). Also asks the
/// browser for its voices, which starts loading them where they load late.
pub fn unlock() {
    if let (Some(synth), Ok(u)) = (
        synth(),
        web_sys::SpeechSynthesisUtterance::new_with_text(""),
    ) {
        u.set_volume(0.0);
        synth.speak(&u);
    }
    listen_for_voices();
    let _ = all_voices();
}

/// Say `text`, in the language `lang_tag` names, cutting off whatever is being said (a
/// step's start and the count must be on time).
pub fn say_in(lang_tag: &str, text: &str) {
    speak(text, lang_tag, true);
}

/// Say `text`, in the language `lang_tag` names, after whatever is being said (a tip is
/// never more urgent than the count).
pub fn then_say_in(lang_tag: &str, text: &str) {
    speak(text, lang_tag, false);
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Our own `voiceschanged` listener (not the `onvoiceschanged` slot Settings uses): a cue
/// that waited for the voices is said when they arrive, if it is still fresh.
fn listen_for_voices() {
    if LISTENING.with(Cell::get) {
        return;
    }
    let Some(synth) = synth() else {
        return;
    };
    let listener = Closure::<dyn FnMut()>::new(|| {
        if let Some(w) = WAITING.with(|w| w.borrow_mut().take()) {
            if now_ms() - w.asked_at <= WAIT_FOR_VOICES_MS {
                speak(&w.text, &w.lang_tag, w.cut_off);
            }
        }
    });
    if synth
        .add_event_listener_with_callback("voiceschanged", listener.as_ref().unchecked_ref())
        .is_ok()
    {
        LISTENING.with(|l| l.set(true));
        listener.forget();
    }
}

fn speak(text: &str, lang_tag: &str, cut_off: bool) {
    let Some(synth) = synth() else {
        return;
    };
    let voices = all_voices();
    if voices.is_empty() {
        // Not loaded yet (or none at all): wait for them, briefly.
        listen_for_voices();
        WAITING.with(|w| {
            *w.borrow_mut() = Some(Waiting {
                text: text.to_string(),
                lang_tag: lang_tag.to_string(),
                cut_off,
                asked_at: now_ms(),
            });
        });
        return;
    }
    let names: Vec<(String, String, bool)> = voices
        .iter()
        .map(|v| (v.name(), v.lang(), v.default()))
        .collect();
    let infos: Vec<VoiceInfo> = names
        .iter()
        .map(|(name, lang, default)| VoiceInfo {
            name,
            lang,
            default: *default,
        })
        .collect();
    let chosen = VOICE.with(|v| v.borrow().clone());
    // No voice for the language: say nothing rather than say it wrong.
    let Some(at) = pick(&infos, chosen.as_deref(), lang_tag) else {
        return;
    };
    let Ok(u) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else {
        return;
    };
    if cut_off {
        synth.cancel();
    }
    u.set_rate(0.95);
    u.set_lang(lang_tag);
    if let Some(voice) = voices.get(at) {
        // Through `Reflect`, which reports a refusal instead of throwing: the language set
        // above still picks a voice of it.
        let _ = js_sys::Reflect::set(&u, &"voice".into(), voice);
    }
    synth.speak(&u);
}

/// Hold what is being said, to go on from there with [`resume`] (a lesson read aloud).
pub fn pause() {
    if let Some(synth) = synth() {
        synth.pause();
    }
}

/// Go on with what [`pause`] held.
pub fn resume() {
    if let Some(synth) = synth() {
        synth.resume();
    }
}

/// Whether anything is being said, or waits to be (held by [`pause`] too).
pub fn speaking() -> bool {
    synth().is_some_and(|s| s.speaking() || s.pending())
}

/// Stop speaking now (pause, leaving the player).
pub fn hush() {
    WAITING.with(|w| w.borrow_mut().take());
    if let Some(synth) = synth() {
        synth.cancel();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voice<'a>(name: &'a str, lang: &'a str, default: bool) -> VoiceInfo<'a> {
        VoiceInfo {
            name,
            lang,
            default,
        }
    }

    #[test]
    fn a_voice_of_the_language_is_chosen_however_its_tag_is_written() {
        let voices = [
            voice("Samantha", "en-US", true),
            voice("Anna", "de_DE", false),
            voice("Markus", "deu-DE", false),
            voice("Monica", "es-ES", false),
        ];
        assert_eq!(pick(&voices, None, "en"), Some(0));
        assert_eq!(pick(&voices, None, "de"), Some(1));
        assert_eq!(pick(&voices, Some("Markus"), "de"), Some(2));
        // The voice chosen in Settings is English: German cues use a German voice.
        assert_eq!(pick(&voices, Some("Samantha"), "de"), Some(1));
        assert_eq!(pick(&voices, Some("Samantha"), "es"), Some(3));
        // The pseudo-language is read by an English voice.
        assert_eq!(pick(&voices, None, "en-XA"), Some(0));
    }

    #[test]
    fn no_voice_for_the_language_means_silence() {
        let voices = [
            voice("Samantha", "en-US", true),
            voice("Anna", "de-DE", false),
        ];
        assert_eq!(pick(&voices, None, "fr"), None);
        assert_eq!(pick(&voices, Some("Samantha"), "fr"), None);
        assert_eq!(pick(&[], None, "en"), None);
        assert_eq!(pick(&[voice("Nl", "nl-NL", true)], None, "en"), None);
    }

    #[test]
    fn the_default_voice_of_the_language_comes_before_the_others() {
        let voices = [
            voice("Thomas", "fr-FR", false),
            voice("Amélie", "fr-CA", true),
        ];
        assert_eq!(pick(&voices, None, "fr"), Some(1));
        assert_eq!(pick(&voices, Some("Thomas"), "fr"), Some(0));
    }
}
