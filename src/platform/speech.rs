//! Spoken cues with the Web Speech API.
//!
//! iOS only lets a page speak after speech has been started inside a user gesture, so
//! [`unlock`] must be called from the Start tap. Everything here is silent and harmless
//! where speech is missing.

use std::cell::RefCell;

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

thread_local! {
    /// The voice chosen in Settings, by name; `None` is the device's default.
    static VOICE: RefCell<Option<String>> = const { RefCell::new(None) };
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

/// The English voices this device offers, as (name, language), for Settings. Browsers load
/// them late, so call again after [`on_voices_changed`] fires.
pub fn english_voices() -> Vec<(String, String)> {
    let mut list: Vec<(String, String)> = all_voices()
        .iter()
        .filter(|v| v.lang().to_lowercase().starts_with("en"))
        .map(|v| (v.name(), v.lang()))
        .collect();
    list.sort();
    list.dedup();
    list
}

/// Call `f` when the list of voices changes (it often arrives after the page has loaded).
/// One listener at a time: a new call replaces the last, so screens opened again don't
/// pile them up.
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

/// Speak nothing, inside a tap, so later cues are allowed to speak (iOS).
pub fn unlock() {
    if let (Some(synth), Ok(u)) = (
        synth(),
        web_sys::SpeechSynthesisUtterance::new_with_text(""),
    ) {
        u.set_volume(0.0);
        synth.speak(&u);
    }
}

/// Say `text`, cutting off anything still being said: a stale cue is worse than none.
pub fn say(text: &str) {
    speak(text, true);
}

/// Say `text` once what is being said now is finished.
pub fn then_say(text: &str) {
    speak(text, false);
}

fn speak(text: &str, cut_off: bool) {
    if let (Some(synth), Ok(u)) = (
        synth(),
        web_sys::SpeechSynthesisUtterance::new_with_text(text),
    ) {
        if cut_off {
            synth.cancel();
        }
        u.set_rate(0.95);
        let chosen = VOICE.with(|v| v.borrow().clone());
        if let Some(name) = chosen {
            // A voice that has gone (another device, an update) falls back to the default.
            if let Some(voice) = all_voices().into_iter().find(|v| v.name() == name) {
                u.set_voice(Some(&voice));
            }
        }
        synth.speak(&u);
    }
}

/// Stop speaking at once (pause, end).
pub fn hush() {
    if let Some(synth) = synth() {
        synth.cancel();
    }
}
