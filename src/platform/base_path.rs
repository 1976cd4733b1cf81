//! The path the app is served under, so it works at `/` and at a sub-path like `/limber/`.
//!
//! Trunk writes the public URL into `<base href>` (see `index.html`). Links are built with
//! [`href`]; [`in_app`] strips the base again, to find the screen for an address.

thread_local! {
    static BASE: String = read_base_path();
}

fn read_base_path() -> String {
    let base_uri = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten());
    base_uri
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| normalise(&url.pathname()))
        .unwrap_or_default()
}

/// The base path of this page, e.g. "" or "/limber".
pub fn base_path() -> String {
    BASE.with(Clone::clone)
}

/// An in-app path ("/routines") as an href that includes the base ("/limber/routines").
pub fn href(path: &str) -> String {
    BASE.with(|base| join(base, path))
}

/// An address as the browser shows it ("/limber/routines/") as the in-app path it stands
/// for ("/routines"), the other way from [`href`]; "/" for the home screen.
pub fn in_app(pathname: &str) -> &str {
    BASE.with(|base| strip(base, pathname))
}

/// "/limber/" -> "/limber", "/" -> "".
fn normalise(pathname: &str) -> String {
    pathname.trim_end_matches('/').to_string()
}

fn join(base: &str, path: &str) -> String {
    match (base, path) {
        ("", p) => p.to_string(),
        // The home link keeps a trailing slash: "/limber/" is where the static host serves
        // index.html.
        (b, "/") => format!("{b}/"),
        (b, p) => format!("{b}{p}"),
    }
}

fn strip<'a>(base: &str, pathname: &'a str) -> &'a str {
    let rest = pathname.strip_prefix(base).unwrap_or(pathname);
    match rest.trim_end_matches('/') {
        "" => "/",
        rest => rest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_base_and_path() {
        assert_eq!(normalise("/limber/"), "/limber");
        assert_eq!(normalise("/"), "");
        assert_eq!(join("", "/routines"), "/routines");
        assert_eq!(join("", "/"), "/");
        assert_eq!(join("/limber", "/"), "/limber/");
        assert_eq!(
            join("/limber", "/routines/gentle-start"),
            "/limber/routines/gentle-start"
        );
    }

    #[test]
    fn strips_the_base_again() {
        assert_eq!(strip("/limber", "/limber/"), "/");
        assert_eq!(strip("/limber", "/limber"), "/");
        assert_eq!(strip("/limber", "/limber/routines"), "/routines");
        assert_eq!(strip("/limber", "/limber/routines/"), "/routines");
        assert_eq!(
            strip("/limber", "/limber/play/x?level=1"),
            "/play/x?level=1"
        );
        assert_eq!(strip("", "/"), "/");
        assert_eq!(strip("", "/history"), "/history");
        for path in ["/", "/routines", "/routines/gentle-start"] {
            assert_eq!(strip("/limber", &join("/limber", path)), path);
        }
    }
}
