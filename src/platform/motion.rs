//! The person's motion preference.

/// True when the person has asked their device for reduced motion. Defaults to false when
/// the browser cannot say.
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}
