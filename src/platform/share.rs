//! Copying a link and the system share sheet (`navigator.clipboard`, `navigator.share`),
//! plus reading the page's fragment. Both are missing in some browsers and outside secure
//! contexts; every function says so by returning `false` rather than failing.

use wasm_bindgen_futures::JsFuture;

fn navigator_has(name: &str) -> Option<web_sys::Navigator> {
    let nav = web_sys::window()?.navigator();
    js_sys::Reflect::get(&nav, &name.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
        .map(|_| nav)
}

/// Put text on the clipboard. `false` if the browser refused or can't.
pub async fn copy_text(text: &str) -> bool {
    let Some(nav) = navigator_has("clipboard") else {
        return false;
    };
    JsFuture::from(nav.clipboard().write_text(text))
        .await
        .is_ok()
}

/// Whether the phone's own share sheet is available.
pub fn can_share() -> bool {
    navigator_has("share").is_some()
}

/// Open the share sheet with a title, a line of text and a link. `false` if it couldn't
/// open or the person closed it.
pub async fn share_link(title: &str, text: &str, url: &str) -> bool {
    let Some(nav) = navigator_has("share") else {
        return false;
    };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_text(text);
    data.set_url(url);
    JsFuture::from(nav.share_with_data(&data)).await.is_ok()
}

/// The page address's fragment, without the `#` (empty if none).
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// The link that carries a routine (`/shared#…`), as sent or shown as a code.
pub fn routine_link(draft: &crate::domain::custom::RoutineDraft) -> String {
    app_url(&format!("/shared#{}", crate::domain::share::encode(draft)))
}

/// The app's own address for an in-app path, e.g. "https://example.org/limber/shared".
pub fn app_url(path: &str) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", super::base_path::href(path))
}
