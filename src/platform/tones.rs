//! Short tones with Web Audio. The audio context is created and resumed inside the Start
//! tap ([`unlock`]), as browsers require; until then tones are silently skipped.

use std::cell::RefCell;

use web_sys::{AudioContext, OscillatorType};

thread_local! {
    static CONTEXT: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
}

/// Create or resume the audio context. Call from a user gesture.
pub fn unlock() {
    CONTEXT.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            *slot = AudioContext::new().ok();
        }
        if let Some(ctx) = slot.as_ref() {
            let _ = ctx.resume();
        }
    });
}

/// A soft beep of `freq` Hz for `ms` milliseconds.
pub fn beep(freq: f32, ms: u32) {
    CONTEXT.with(|cell| {
        let Some(ctx) = cell.borrow().as_ref().cloned() else {
            return;
        };
        let (Ok(osc), Ok(gain)) = (ctx.create_oscillator(), ctx.create_gain()) else {
            return;
        };
        osc.set_type(OscillatorType::Sine);
        osc.frequency().set_value(freq);
        let t = ctx.current_time();
        let end = t + f64::from(ms) / 1000.0;
        let level = gain.gain();
        // A quick fade in and out avoids clicks.
        let _ = level.set_value_at_time(0.0, t);
        let _ = level.linear_ramp_to_value_at_time(0.25, t + 0.01);
        let _ = level.linear_ramp_to_value_at_time(0.0, end);
        let _ = osc.connect_with_audio_node(&gain);
        let _ = gain.connect_with_audio_node(&ctx.destination());
        let _ = osc.start();
        let _ = osc.stop_with_when(end + 0.02);
    });
}

/// A soft chime: two gentle sine tones a fifth apart, dying away over about two seconds
/// (the start and end of a calm session).
pub fn chime() {
    CONTEXT.with(|cell| {
        let Some(ctx) = cell.borrow().as_ref().cloned() else {
            return;
        };
        let t = ctx.current_time();
        for (freq, level) in [(528.0_f32, 0.12_f32), (792.0, 0.05)] {
            let (Ok(osc), Ok(gain)) = (ctx.create_oscillator(), ctx.create_gain()) else {
                return;
            };
            osc.set_type(OscillatorType::Sine);
            osc.frequency().set_value(freq);
            let g = gain.gain();
            let _ = g.set_value_at_time(0.0, t);
            let _ = g.linear_ramp_to_value_at_time(level, t + 0.03);
            let _ = g.exponential_ramp_to_value_at_time(0.0001, t + 2.2);
            let _ = osc.connect_with_audio_node(&gain);
            let _ = gain.connect_with_audio_node(&ctx.destination());
            let _ = osc.start();
            let _ = osc.stop_with_when(t + 2.3);
        }
    });
}
