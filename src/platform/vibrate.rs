//! Vibration on phase changes, where the device supports it.

/// Vibrate for `ms` milliseconds; does nothing where vibration is unsupported.
pub fn vibrate(ms: u32) {
    if let Some(w) = web_sys::window() {
        let nav = w.navigator();
        // Feature-detect first: calling it where it is missing would throw.
        if js_sys::Reflect::has(&nav, &"vibrate".into()).unwrap_or(false) {
            let _ = nav.vibrate_with_duration(ms);
        }
    }
}
