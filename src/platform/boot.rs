//! The static first screen from `index.html` (`#boot`): it stays up until the first real
//! screen is built, so a deep link to a screen whose code is still loading never shows an
//! empty page.

/// The first screen is ready: remove the static one (does nothing once it is gone).
pub fn done() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
}
