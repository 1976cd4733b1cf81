//! Page-wide appearance from Settings: `data-theme` and `data-motion` on `<html>` (the
//! stylesheet reads them) and the root font size, which every `rem` follows.

use crate::domain::settings::Motion;

pub fn apply(theme: Option<&str>, text_percent: u16, motion: Motion) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match theme {
        Some(t) => root.set_attribute("data-theme", t),
        None => root.remove_attribute("data-theme"),
    };
    let _ = match motion {
        Motion::System => root.remove_attribute("data-motion"),
        Motion::Reduce => root.set_attribute("data-motion", "reduce"),
        Motion::Full => root.set_attribute("data-motion", "full"),
    };
    if let Ok(html) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root) {
        // Percent of the browser's own size, so a larger system text setting still counts.
        let _ = html
            .style()
            .set_property("font-size", &format!("{}%", text_percent.clamp(100, 150)));
    }
}
