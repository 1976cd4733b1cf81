//! The path the app is served under, so it works at `/` and at a sub-path like `/limber/`.
//!
//! Trunk writes the public URL into `<base href>` (see `index.html`); the router needs it
//! without the trailing slash, and as "" at the root.

/// The router base for this page, e.g. "" or "/limber".
pub fn base_path() -> String {
    let base_uri = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten());
    base_uri
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| normalise(&url.pathname()))
        .unwrap_or_default()
}

/// "/limber/" -> "/limber", "/" -> "".
pub fn normalise(pathname: &str) -> String {
    pathname.trim_end_matches('/').to_string()
}
