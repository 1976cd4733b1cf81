//! Browser tests: run with `cargo test --target wasm32-unknown-unknown` in headless Chromium.
//! They use the real localStorage, so each test starts by clearing it.
#![cfg(target_arch = "wasm32")]

use leptos::task::tick;
use limber::domain::history::{ExerciseDone, SessionRecord};
use limber::domain::pain::PainScore;
use limber::storage::sessions::SESSIONS_KEY;
use limber::storage::{KeyValue, LocalStore, SessionStore, SessionsError, StoreError};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn clear_storage() {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.clear();
    }
}

fn record(id: &str, started_at: i64) -> SessionRecord {
    SessionRecord {
        id: id.into(),
        started_at,
        utc_offset_min: 0,
        routine_id: "gentle-start".into(),
        routine_name: "Gentle start".into(),
        level: 0,
        duration_secs: 300,
        exercises: vec![ExerciseDone {
            id: "pelvic-tilt".into(),
            sets_done: 2,
            sets_planned: 2,
            reps: 20,
            secs: 80,
            eased_from: None,
            pain: None,
        }],
        pain_before: PainScore::new(4),
        pain_after: PainScore::new(2),
        feeling: None,
        note: Some("<b>not bold</b>".into()),
        ended_early: false,
        distance_m: None,
        morning: None,
    }
}

#[wasm_bindgen_test]
fn sessions_round_trip_through_real_local_storage() {
    clear_storage();
    let store = SessionStore::new(LocalStore);
    store.add(record("a", 1_795_564_800_000), 0).unwrap();
    store.add(record("b", 1_795_651_200_000), 0).unwrap();
    let raw = LocalStore.get(SESSIONS_KEY).unwrap().unwrap();
    assert!(raw.starts_with('{') && raw.contains("\"v\":4"), "{raw}");
    let loaded = SessionStore::new(LocalStore).load(0).unwrap();
    assert_eq!(
        loaded,
        vec![
            record("a", 1_795_564_800_000),
            record("b", 1_795_651_200_000)
        ]
    );
}

#[wasm_bindgen_test]
fn damaged_history_is_moved_aside_in_the_browser() {
    clear_storage();
    LocalStore.set(SESSIONS_KEY, "{\"v\":1,\"data\":[").unwrap();
    let err = SessionStore::new(LocalStore).load(42).unwrap_err();
    assert!(matches!(
        err,
        SessionsError::Damaged {
            kept_at: Some(_),
            ..
        }
    ));
    assert_eq!(
        LocalStore
            .get("limber.quarantine.sessions.42")
            .unwrap()
            .as_deref(),
        Some("{\"v\":1,\"data\":[")
    );
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_as_such() {
    clear_storage();
    // Chromium allows about 5 MB (counted in UTF-16 code units) per origin; 6 million
    // characters cannot fit.
    let big = "x".repeat(6_000_000);
    assert_eq!(
        LocalStore.set("limber.test-big", &big),
        Err(StoreError::QuotaExceeded)
    );
    clear_storage();
}

/// Wait for the next task: the app mounts its frame first and the screen in a timer after.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// An empty element at the end of `<body>` to mount into.
fn new_host() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    host
}

fn mount_app() -> web_sys::HtmlElement {
    let host = new_host();
    let handle = leptos::mount::mount_to(host.clone(), limber::App);
    handle.forget();
    host
}

/// The text of `host` once it contains `expected`, or after `tasks` tasks if it never does.
async fn text_with(host: &web_sys::HtmlElement, expected: &str, tasks: usize) -> String {
    let mut text = String::new();
    for _ in 0..tasks {
        next_task().await;
        tick().await;
        text = host.text_content().unwrap_or_default();
        if text.contains(expected) {
            break;
        }
    }
    text
}

#[wasm_bindgen_test]
async fn app_mounts_and_shows_stored_history() {
    clear_storage();
    SessionStore::new(LocalStore)
        .add(record("a", 1_795_564_800_000), 0)
        .unwrap();
    let host = mount_app();
    // Stored data is read first (in release builds its code is a chunk), then the frame,
    // then the screen a task later: give it a few tasks.
    let text = text_with(&host, "Last session", 20).await;
    assert!(text.contains("Today"), "{text}");
    assert!(
        text.contains("Last session: Gentle start on Wed 25 Nov 2026"),
        "stored session should reach the Today screen: {text}"
    );
    let nav_links = host.query_selector_all("nav a").unwrap().length();
    assert_eq!(nav_links, 5);
    host.remove();
}

/// A debug build (as here, and under `trunk serve`) links the whole stylesheet and has no
/// first-load part: a lazy screen must not wait for one, or fail for want of it.
#[wasm_bindgen_test]
async fn a_lazy_screen_opens_where_the_whole_stylesheet_is_linked_already() {
    use leptos::prelude::*;
    use limber::components::lazy_screen::{LazyScreen, Loader};
    let host = new_host();
    let load = Loader {
        chunk: "records",
        fetch: std::sync::Arc::new(|| {
            Box::pin(async {
                Ok(Box::new(|| view! { <p>"The screen itself"</p> }.into_any())
                    as Box<dyn FnOnce() -> AnyView>)
            })
        }),
    };
    leptos::mount::mount_to(
        host.clone(),
        move || view! { <LazyScreen load=load.clone() /> },
    )
    .forget();
    let text = text_with(&host, "The screen itself", 10).await;
    assert!(text.contains("The screen itself"), "{text}");
    assert!(!text.contains("Couldn't load"), "{text}");
    host.remove();
}

#[wasm_bindgen_test]
fn a_session_in_progress_survives_in_real_storage() {
    use limber::domain::catalog;
    use limber::domain::player::Player;
    use limber::domain::routine::Level;
    use limber::storage::active;
    clear_storage();
    let routine = catalog::routine("gentle-start").unwrap();
    let t0 = 1_795_564_800_000;
    let mut player = Player::new(routine.clone(), Level::STANDARD, PainScore::new(4), t0);
    player.advance_to(t0 + 25_000);
    active::save(&LocalStore, &player.snapshot(t0 + 25_000)).unwrap();
    let snapshot = active::load(&LocalStore, t0 + 99_000).expect("stored");
    let restored =
        Player::restore(&snapshot, |id| catalog::routine(id).cloned()).expect("restores");
    assert!(restored.is_paused());
    assert_eq!(restored.step(), player.step());
    assert_eq!(
        restored.remaining_ms(t0 + 500_000),
        player.remaining_ms(t0 + 25_000)
    );
    active::clear(&LocalStore).unwrap();
    assert!(active::load(&LocalStore, 0).is_none());
}

#[wasm_bindgen_test]
fn settings_round_trip_in_real_storage() {
    use limber::domain::settings::Settings;
    use limber::storage::settings;
    clear_storage();
    assert_eq!(settings::load(&LocalStore, 0), Settings::default());
    let quiet = Settings {
        voice: false,
        sound: false,
        vibration: true,
        rest_days: [false, false, false, false, false, true, true],
        restore_offer_done: true,
        voice_name: Some("Daniel".into()),
        theme: limber::domain::settings::Theme::Dark,
        text_size: 130,
        ..Settings::default()
    };
    settings::save(&LocalStore, &quiet).unwrap();
    assert_eq!(settings::load(&LocalStore, 0), quiet);
}

/// A person's own routine and a weight entry survive a round trip through the real
/// localStorage, and a session of the routine restores through the same lookup the app uses.
#[wasm_bindgen_test]
fn own_routines_and_weights_are_kept_in_real_storage() {
    use limber::domain::custom::{self, CustomRoutine, RoutineDraft};
    use limber::domain::player::Player;
    use limber::domain::routine::Level;
    use limber::domain::weight::WeightEntry;
    use limber::storage::{active, routines, weight};
    clear_storage();
    let core = limber::domain::catalog::routine("core-basics").unwrap();
    let mine = CustomRoutine::create(
        RoutineDraft::copy_named(core, "My Core basics"),
        1_795_564_800_000,
        42,
    )
    .unwrap();
    routines::put(&LocalStore, 0, mine.clone()).unwrap();
    let own = routines::load(&LocalStore, 0).unwrap();
    assert_eq!(own, vec![mine.clone()]);
    let routine = custom::find(&mine.id, &own).expect("found");
    let t0 = 1_795_564_800_000;
    let mut player = Player::new(routine, Level::STANDARD, None, t0);
    player.advance_to(t0 + 20_000);
    active::save(&LocalStore, &player.snapshot(t0 + 20_000)).unwrap();
    let snapshot = active::load(&LocalStore, t0 + 30_000).expect("stored");
    let restored = Player::restore(&snapshot, |id| custom::find(id, &own)).expect("restores");
    assert_eq!(restored.routine().name, "My Core basics");
    assert_eq!(restored.step(), player.step());
    let entry = WeightEntry {
        at: t0,
        utc_offset_min: 0,
        grams: 80_200,
    };
    weight::add(&LocalStore, 0, entry.clone()).unwrap();
    assert_eq!(weight::load(&LocalStore, 0).unwrap(), vec![entry]);
    clear_storage();
}

/// Links inside the app move it without a page load (and mark themselves current); links
/// the browser should have are left to it: another site, a new tab, a download, a click
/// with a modifier key. Back moves the app back.
#[wasm_bindgen_test]
async fn links_inside_the_app_move_it_and_the_rest_are_left_to_the_browser() {
    use std::cell::RefCell;
    use std::rc::Rc;

    use leptos::prelude::*;
    use limber::components::link::A;
    use limber::state::{provide_location, use_location};

    let window = web_sys::window().unwrap();
    let document = window.document().unwrap();
    let start = window.location().pathname().unwrap();
    let host = new_host();
    leptos::mount::mount_to(host.clone(), || {
        provide_location();
        let location = use_location();
        view! {
            <A href="/nav-test/one" attr:id="one">"One"</A>
            <a id="away" href="https://example.com/">"Away"</a>
            <a id="tab" href="/nav-test/two" target="_blank">"Tab"</a>
            <a id="file" href="/nav-test/three" download="x">"File"</a>
            <p id="shown">{move || location.pathname.get()}</p>
        }
    })
    .forget();
    // Runs after the app's own listener: notes whether it kept the click, then keeps the
    // browser from following any link, so the test page stays.
    let kept = Rc::new(RefCell::new(Vec::<(String, bool)>::new()));
    let note = {
        let kept = kept.clone();
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
            let id = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .map(|e| e.id())
                .unwrap_or_default();
            kept.borrow_mut().push((id, ev.default_prevented()));
            ev.prevent_default();
        })
    };
    window
        .add_event_listener_with_callback("click", note.as_ref().unchecked_ref())
        .unwrap();
    let link = |id: &str| -> web_sys::HtmlElement {
        document.get_element_by_id(id).unwrap().unchecked_into()
    };
    let shown = || {
        document
            .get_element_by_id("shown")
            .unwrap()
            .text_content()
            .unwrap()
    };

    assert_eq!(link("one").get_attribute("aria-current"), None);
    link("one").click();
    tick().await;
    assert_eq!(window.location().pathname().unwrap(), "/nav-test/one");
    assert_eq!(shown(), "/nav-test/one");
    assert_eq!(
        link("one").get_attribute("aria-current").as_deref(),
        Some("page")
    );

    for id in ["away", "tab", "file"] {
        link(id).click();
    }
    let init = js_sys::Object::new();
    for key in ["bubbles", "cancelable", "ctrlKey"] {
        js_sys::Reflect::set(&init, &key.into(), &true.into()).unwrap();
    }
    let constructor: js_sys::Function = js_sys::Reflect::get(&window, &"MouseEvent".into())
        .unwrap()
        .unchecked_into();
    let ctrl_click: web_sys::Event =
        js_sys::Reflect::construct(&constructor, &js_sys::Array::of2(&"click".into(), &init))
            .unwrap()
            .unchecked_into();
    link("one").dispatch_event(&ctrl_click).unwrap();
    assert_eq!(
        *kept.borrow(),
        [
            ("one".to_string(), true),
            ("away".to_string(), false),
            ("tab".to_string(), false),
            ("file".to_string(), false),
            ("one".to_string(), false),
        ]
    );
    assert_eq!(window.location().pathname().unwrap(), "/nav-test/one");

    window.history().unwrap().back().unwrap();
    for _ in 0..20 {
        next_task().await;
        if shown() == start {
            break;
        }
    }
    assert_eq!(shown(), start);
    assert_eq!(link("one").get_attribute("aria-current"), None);
    window
        .remove_event_listener_with_callback("click", note.as_ref().unchecked_ref())
        .unwrap();
    host.remove();
}
