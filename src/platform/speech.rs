//! Spoken cues with the Web Speech API.
//!
//! iOS only lets a page speak after speech has been started inside a user gesture, so
//! [`unlock`] must be called from the Start tap. Everything here is silent and harmless
//! where speech is missing.

fn synth() -> Option<web_sys::SpeechSynthesis> {
    web_sys::window().and_then(|w| w.speech_synthesis().ok())
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
    if let (Some(synth), Ok(u)) = (
        synth(),
        web_sys::SpeechSynthesisUtterance::new_with_text(text),
    ) {
        synth.cancel();
        u.set_rate(0.95);
        synth.speak(&u);
    }
}

/// Stop speaking at once (pause, end).
pub fn hush() {
    if let Some(synth) = synth() {
        synth.cancel();
    }
}
