//! Copying a link and the system share sheet (`navigator.clipboard`, `navigator.share`, for
//! a link or a file), plus reading the page's fragment. Both are missing in some browsers and
//! outside secure contexts; every function says so (`false`, `None`) rather than failing.

use std::future::Future;

use wasm_bindgen::{JsCast, JsValue};
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

/// How offering a file to the share sheet ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The person chose where it goes (saved to Files, mailed, …).
    Done,
    /// The person closed the sheet: nothing was sent.
    Closed,
    /// The browser refused; a download may still work.
    Failed,
}

fn call(target: &JsValue, name: &str, arg: &JsValue) -> Option<JsValue> {
    js_sys::Reflect::get(target, &name.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?
        .call1(target, arg)
        .ok()
}

/// Offer a text file to the phone's share sheet, where the browser can share that kind of
/// file (`navigator.canShare({ files })`; many can't, or not `.json`). `None` when it can't:
/// offer a download instead. The sheet opens now, as browsers allow only straight after a
/// tap; the future says how it ended.
///
/// ```ignore
/// match share::share_file("backup.json", "application/json", &text, "Limber backup") {
///     Some(sheet) => leptos::task::spawn_local(async move { let how = sheet.await; … }),
///     None => { files::download(…); }
/// }
/// ```
pub fn share_file(
    name: &str,
    mime: &str,
    text: &str,
    title: &str,
) -> Option<impl Future<Output = Shared>> {
    let nav = navigator_has("canShare")?;
    navigator_has("share")?;
    // `new File([text], name, { type })`, through `Reflect` (no web-sys feature needed).
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"type".into(), &mime.into()).ok()?;
    let constructor = js_sys::Reflect::get(&js_sys::global(), &"File".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let args = js_sys::Array::of3(&js_sys::Array::of1(&text.into()), &name.into(), &options);
    let file = js_sys::Reflect::construct(&constructor, &args).ok()?;
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file)).ok()?;
    if call(&nav, "canShare", &data)?.as_bool() != Some(true) {
        return None;
    }
    js_sys::Reflect::set(&data, &"title".into(), &title.into()).ok()?;
    let promise = call(&nav, "share", &data)?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    Some(async move {
        match JsFuture::from(promise).await {
            Ok(_) => Shared::Done,
            Err(e) => match e.dyn_into::<web_sys::DomException>() {
                Ok(e) if e.name() == "AbortError" => Shared::Closed,
                _ => Shared::Failed,
            },
        }
    })
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
