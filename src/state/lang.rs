//! The words on the screen, in the person's language: `t(msg)` turns a message (an id with
//! its arguments, from `domain::i18n::messages`) into text.
//!
//! One language at a time is loaded. English's first-screen files (`messages::FIRST`, as
//! `locales/first-screen.txt` lists them) are built into the app, so an English visit shows
//! Today with nothing fetched; every other file is fetched once, from
//! `locales/<language>/<area>.ftl` with the file's fingerprint in the address, and the
//! service worker precaches them all, so a language works offline once the app has been
//! opened. The first screen waits for its language's first-screen
//! files (`load_first`), and every other screen for its chunk's (`load_chunk`, which
//! `LazyScreen` calls while the screen's code is fetched; `locales/chunk-areas.txt` lists
//! them). Nothing is read before the first screen is up: a file is read when a screen first
//! needs it. Once a group of screens' code has been fetched
//! ahead of use (`platform::prefetch`), its words are fetched too, and read when one of its
//! screens opens (`fetch_ahead`).
//!
//! Text isn't reactive: when the person picks another language, its files are fetched
//! first, then the app's frame is built again in it (`Words::changed`).

use std::cell::RefCell;
use std::rc::Rc;
use std::task::{Poll, Waker};

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::calendar::LocalDate;
use crate::domain::i18n::{messages, Catalog, DateStyle, FileWords, Lang, Msg};

struct Loaded {
    catalog: Catalog,
    areas: Vec<&'static str>,
    /// Areas whose file is on its way (`fill`): another load that needs one waits for it
    /// rather than fetching it again.
    pending: Vec<&'static str>,
}

impl Loaded {
    fn new(lang: Lang) -> Self {
        let mut loaded = Self {
            catalog: Catalog::new(lang),
            areas: Vec::new(),
            pending: Vec::new(),
        };
        if files_of(lang) == "en" {
            // A debug build (`trunk serve`, component tests) has all of English built in.
            #[cfg(debug_assertions)]
            for (area, source) in messages::ENGLISH {
                // The build has read these files already and refuses any it can't.
                if loaded.catalog.add(source).is_ok() {
                    loaded.areas.push(area);
                }
            }
            // A release build only the first screen's, packed by the build so that no parser
            // is needed to read them (`read` is in a chunk); the rest are fetched.
            #[cfg(not(debug_assertions))]
            {
                loaded.catalog.merge(FileWords::packed(
                    messages::EMBEDDED_MESSAGES,
                    messages::EMBEDDED_TERMS,
                ));
                loaded.areas.extend(messages::FIRST);
            }
        }
        loaded
    }
}

/// A fetched file's words, or `None` if it can't be read. In release builds the reader is in
/// a chunk of its own (`words`, fetched alongside the first files fetched: `read_ahead`),
/// so the first load carries no parser.
#[cfg(not(debug_assertions))]
#[leptos::wasm_split::wasm_split(
    words,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(read_ahead)
)]
fn read(source: String) -> Result<Option<FileWords>, leptos::wasm_split::SplitLoaderError> {
    Ok(FileWords::read(&source).ok())
}

#[cfg(debug_assertions)]
async fn read(source: String) -> Result<Option<FileWords>, leptos::wasm_split::SplitLoaderError> {
    Ok(FileWords::read(&source).ok())
}

#[cfg(debug_assertions)]
async fn read_ahead() -> Result<(), leptos::wasm_split::SplitLoaderError> {
    Ok(())
}

thread_local! {
    static NOW: Rc<RefCell<Loaded>> = Rc::new(RefCell::new(Loaded::new(Lang::En)));
}

/// What is loaded now, to fill across fetches (never borrowed across one).
fn now() -> Rc<RefCell<Loaded>> {
    NOW.with(Rc::clone)
}

/// The language whose files `lang` reads (the pseudo-language is English, transformed).
fn files_of(lang: Lang) -> &'static str {
    match lang {
        Lang::Pseudo => "en",
        other => other.tag(),
    }
}

/// The message in the current language's words. A message whose file isn't loaded yet
/// shows as `{its-id}` and is reported in the console (which every browser test fails on):
/// the first screen's code asking for a message outside its areas, or a chunk's code asking
/// for one outside its chunk's (a message named at run time: the build checks the others).
pub fn t(msg: Msg) -> String {
    NOW.with(|n| {
        let n = n.borrow();
        if !n.catalog.has(&msg.id) {
            leptos::logging::error!("no words loaded for the message {}", msg.id);
        }
        n.catalog.render(&msg)
    })
}

/// A date in the current language.
pub fn date(d: LocalDate, style: DateStyle) -> String {
    NOW.with(|n| n.borrow().catalog.date(d, style))
}

/// The language being spoken.
pub fn lang() -> Lang {
    NOW.with(|n| n.borrow().catalog.lang)
}

/// The languages the phone asks for, most wanted first.
pub fn phone_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Start fetching one catalog file (at once, so several go side by side). Its address names
/// its fingerprint, so a copy in the HTTP cache is always right and is taken as it is.
fn fetch(lang: &str, area: &str, fingerprint: &str) -> Option<JsFuture> {
    let url = format!("locales/{lang}/{area}.ftl?v={fingerprint}");
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::ForceCache);
    Some(JsFuture::from(
        web_sys::window()?.fetch_with_str_and_init(&url, &init),
    ))
}

/// A fetched file's text; `None` if it couldn't be fetched (offline before it was cached,
/// a server error).
async fn text(fetching: Option<JsFuture>) -> Option<String> {
    let response: web_sys::Response = fetching?.await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Add `lang`'s files for `areas` (all of them for `None`) that `into` lacks. The fetches
/// run side by side; a file another load is fetching already is waited for, not fetched
/// again. False if any couldn't be fetched or read.
async fn fill(into: &RefCell<Loaded>, lang: Lang, areas: Option<&[&str]>) -> bool {
    let tag = files_of(lang);
    let wanted_here = |area: &str| areas.is_none_or(|a| a.contains(&area));
    let wanted: Vec<_> = {
        let mut loaded = into.borrow_mut();
        let wanted: Vec<_> = messages::FILES
            .iter()
            .filter(|(l, area, _)| {
                *l == tag
                    && wanted_here(area)
                    && !loaded.areas.contains(area)
                    && !loaded.pending.contains(area)
            })
            .map(|(_, area, fingerprint)| (*area, fetch(tag, area, fingerprint)))
            .collect();
        loaded.pending.extend(wanted.iter().map(|(area, _)| *area));
        wanted
    };
    if !wanted.is_empty() {
        // The reader's chunk comes while the files do.
        leptos::task::spawn_local(async {
            let _ = read_ahead().await;
        });
    }
    for (area, fetching) in wanted {
        let words = match text(fetching).await {
            Some(source) => read(source).await.ok().flatten(),
            None => None,
        };
        {
            let mut loaded = into.borrow_mut();
            loaded.pending.retain(|a| *a != area);
            if let Some(words) = words.filter(|_| loaded.catalog.lang == lang) {
                loaded.catalog.merge(words);
                if !loaded.areas.contains(&area) {
                    loaded.areas.push(area);
                }
            }
        }
        WAITING.with(|w| w.borrow_mut().drain(..).for_each(Waker::wake));
        // One file read per task: a phone reading files after the first screen stays free
        // to paint and to answer a tap in between.
        breathe().await;
    }
    // The files other loads are fetching.
    std::future::poll_fn(|cx| {
        if into.borrow().pending.iter().any(|a| wanted_here(a)) {
            WAITING.with(|w| w.borrow_mut().push(cx.waker().clone()));
            Poll::Pending
        } else {
            Poll::Ready(())
        }
    })
    .await;
    let loaded = into.borrow();
    loaded.catalog.lang == lang
        && messages::FILES
            .iter()
            .all(|(l, area, _)| *l != tag || !wanted_here(area) || loaded.areas.contains(area))
}

thread_local! {
    /// The files `fetch_ahead` has fetched: (language, area).
    static AHEAD: RefCell<Vec<(&'static str, &'static str)>> = const { RefCell::new(Vec::new()) };
    /// Loads waiting for a file another load is fetching (`fill`).
    static WAITING: RefCell<Vec<Waker>> = const { RefCell::new(Vec::new()) };
}

/// Back to the browser for a moment (a new task), then on.
async fn breathe() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(&resolve);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Speak `lang` from now on, with its first screen's files (fetched if need be). False, and
/// the language unchanged, if they couldn't be fetched.
pub async fn load_first(lang: Lang) -> bool {
    let fresh = RefCell::new(Loaded::new(lang));
    if !fill(&fresh, lang, Some(messages::FIRST)).await {
        return false;
    }
    *now().borrow_mut() = fresh.into_inner();
    show_lang(lang);
    true
}

/// The current language's files for every screen. False if any couldn't be fetched.
pub async fn load_all() -> bool {
    load(None).await
}

/// Fetch, not read, the current language's files for the screens of the chunk `chunk` that
/// aren't loaded, into the HTTP cache: its first open then reads them from there. Reading
/// waits for that open, so a phone isn't kept busy reading words no one may need yet.
pub fn fetch_ahead(chunk: &str) {
    let tag = files_of(lang());
    let areas = chunk_areas(chunk);
    let now = now();
    let loaded = now.borrow();
    for (l, area, fingerprint) in messages::FILES.iter().filter(|(l, area, _)| {
        *l == tag
            && areas.is_none_or(|a| a.contains(area))
            && !loaded.areas.contains(area)
            && !loaded.pending.contains(area)
            && !AHEAD.with(|a| a.borrow().contains(&(*l, *area)))
    }) {
        AHEAD.with(|a| a.borrow_mut().push((l, area)));
        let fetching = fetch(tag, area, fingerprint);
        leptos::task::spawn_local(async move {
            let _ = text(fetching).await;
        });
    }
}

/// The areas `chunk`'s screens speak from (`messages::CHUNK_AREAS`; `None`, all of them, for
/// a chunk it doesn't name).
fn chunk_areas(chunk: &str) -> Option<&'static [&'static str]> {
    messages::CHUNK_AREAS
        .iter()
        .find(|(name, _)| *name == chunk)
        .map(|(_, areas)| *areas)
}

/// The current language's files for the screens of the chunk `chunk` (`messages::CHUNK_AREAS`;
/// every file for a chunk it doesn't name). False if any couldn't be fetched.
pub async fn load_chunk(chunk: &str) -> bool {
    load(chunk_areas(chunk)).await
}

/// The current language's files for `areas` (every file for `None`), added to what is loaded
/// as each arrives. A file that arrives after another language was chosen is dropped (`fill`).
async fn load(areas: Option<&[&str]>) -> bool {
    // Once its files are here, a screen opened again costs nothing: `fill` finds nothing to
    // fetch and answers at its first poll.
    fill(&now(), lang(), areas).await
}

/// `<html lang>` says which language the page is in (screen readers and hyphenation read it).
fn show_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
    }
}

/// Which language the frame was built in: a change builds it again.
#[derive(Clone, Copy)]
pub struct Words {
    pub shown: RwSignal<Lang>,
}

impl Words {
    /// After `load_first` for another language: build everything again in it.
    pub fn changed(&self) {
        self.shown.set(lang());
    }
}

pub fn provide_words() {
    provide_context(Words {
        shown: RwSignal::new(lang()),
    });
}

pub fn use_words() -> Words {
    super::context::app_state::<Words>()
}

/// Switch to `lang`, fetching its words first, then build the screens again in it with
/// `words`. False if its words couldn't be fetched; the language is then unchanged.
pub async fn switch(lang: Lang, words: Words) -> bool {
    if !load_first(lang).await {
        return false;
    }
    // The screens' words too, so the screen in use can be built again at once.
    if load_all().await {
        show_page_words(lang);
    }
    words.changed();
    true
}

/// The page's title and description and the installed app's manifest in `lang` (which the
/// page itself sets as it opens: `scripts/page-words.mjs`).
fn show_page_words(lang: Lang) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    document.set_title(&t(messages::page_title()));
    let set = |selector: &str, name: &str, value: &str| {
        if let Ok(Some(element)) = document.query_selector(selector) {
            let _ = element.set_attribute(name, value);
        }
    };
    set(
        "meta[name=description]",
        "content",
        &t(messages::page_description()),
    );
    let manifest = match files_of(lang) {
        "en" => "manifest.webmanifest".to_string(),
        tag => format!("manifest-{tag}.webmanifest"),
    };
    set("link[rel=manifest]", "href", &manifest);
}
