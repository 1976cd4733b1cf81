//! The browser's side of moving around the app without page loads (the app has no router
//! library; `state::address` keeps the address as signals and `components::link::A` links
//! to it): which clicks to keep in the app, writing history, scrolling, and reading the
//! address.

use wasm_bindgen::{JsCast, JsValue};

/// The address the browser shows: its path (with the base, "/limber/routines") and its
/// fragment (with its `#`, or empty).
pub fn current() -> (String, String) {
    web_sys::window()
        .map(|w| w.location())
        .map(|l| {
            (
                l.pathname().unwrap_or_default(),
                l.hash().unwrap_or_default(),
            )
        })
        .unwrap_or_default()
}

/// Shows `full` (an address inside the app, with the base, query and fragment) as a new
/// history entry, or in place of the current one when it is the same address (a tap on the
/// tab you're on adds nothing to Back), then scrolls to the top or to the element the
/// fragment names, as a page load would.
pub fn go(full: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let now = window.location().href().ok();
    let next = web_sys::Url::new_with_base(full, now.as_deref().unwrap_or_default());
    let moved = if next.ok().map(|u| u.href()) == now {
        history.replace_state_with_url(&JsValue::NULL, "", Some(full))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(full))
    };
    if moved.is_err() {
        // Not an address this page can show: let the browser open it.
        let _ = window.location().set_href(full);
        return;
    }
    let id = current()
        .1
        .strip_prefix('#')
        .and_then(|h| js_sys::decode_uri_component(h).ok())
        .and_then(|h| h.as_string());
    match id.and_then(|id| window.document()?.get_element_by_id(&id)) {
        Some(el) => el.scroll_into_view(),
        None => window.scroll_to_with_x_and_y(0.0, 0.0),
    }
}

/// The address a click should open inside the app (with its query and fragment), or `None`
/// when the browser should have it: a modifier key or another button held, a link with a
/// `target`, `download` or `rel="external"`, or one that leads out of the app (`base`).
pub fn in_app_target(ev: &web_sys::MouseEvent, base: &str) -> Option<String> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.alt_key()
        || ev.ctrl_key()
        || ev.shift_key()
    {
        return None;
    }
    let path = ev.composed_path();
    let link = (0..path.length())
        .find_map(|i| path.get(i).dyn_into::<web_sys::HtmlAnchorElement>().ok())?;
    let external = link
        .get_attribute("rel")
        .is_some_and(|rel| rel.split_ascii_whitespace().any(|r| r == "external"));
    if !link.target().is_empty() || link.has_attribute("download") || external {
        return None;
    }
    let url = web_sys::Url::new(&link.href()).ok()?;
    let origin = web_sys::window()?.location().origin().ok()?;
    let pathname = url.pathname();
    let inside = pathname == base || pathname.starts_with(&format!("{base}/"));
    (url.origin() == origin && inside).then(|| format!("{pathname}{}{}", url.search(), url.hash()))
}

/// The value of `key` in the address's query string (`?level=-1`), as it is now.
pub fn query(key: &str) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    web_sys::Url::new(&href).ok()?.search_params().get(key)
}

/// A new step of a screen with several (the first run, "What holds you back") is showing:
/// once it is drawn, go to the top and move focus to the first element matching `selector`
/// (its heading, with `tabindex="-1"`), so keyboard and screen reader users land on the new
/// question rather than on nothing.
pub fn focus_step(selector: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        let heading = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten())
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(h) = heading {
            let _ = h.focus();
        }
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
}
