//! Offline support: register `sw.js` (written by the build, see `scripts/post-build.mjs`) and
//! tell the app when a new version has been downloaded and is waiting.
//!
//! A waiting version never takes over by itself: the page asks it to with [`apply_update`]
//! (the "Update ready" prompt, which the app hides during a session), then reloads once the
//! new worker is in control.
//!
//! ```ignore
//! service_worker::register(move || update_ready.set(true));
//! ```

use std::rc::Rc;

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

fn container() -> Option<ServiceWorkerContainer> {
    let nav = web_sys::window()?.navigator();
    js_sys::Reflect::has(&nav, &"serviceWorker".into())
        .unwrap_or(false)
        .then(|| nav.service_worker())
}

fn has_controller() -> bool {
    container().and_then(|c| c.controller()).is_some()
}

/// Register the service worker and call `on_update_ready` whenever a new version is installed
/// and waiting. Debug builds (`trunk serve`) skip it, so development never runs stale files.
pub fn register(on_update_ready: impl Fn() + 'static) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = container() else {
        return;
    };
    // Relative to the document's <base href>, so it works at the root and under a sub-path;
    // the worker's scope is then the folder the app lives in.
    let promise = container.register("sw.js");
    let on_update_ready: Rc<dyn Fn()> = Rc::new(on_update_ready);
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = JsFuture::from(promise).await else {
            return;
        };
        // Some browsers with workers turned off (and test harnesses that block them)
        // resolve with nothing rather than failing.
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        watch(&registration, on_update_ready);
        check_when_shown(registration);
    });
}

/// A version may already be waiting (downloaded on an earlier visit), or arrive later.
fn watch(registration: &ServiceWorkerRegistration, on_update_ready: Rc<dyn Fn()>) {
    // No controller means this is the very first install: nothing to update from.
    if registration.waiting().is_some() && has_controller() {
        on_update_ready();
    }
    let reg = registration.clone();
    let ready = on_update_ready.clone();
    let on_found = Closure::<dyn FnMut()>::new(move || {
        if let Some(worker) = reg.installing() {
            watch_installing(&worker, ready.clone());
        }
    });
    registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
    // The browser may have found the new version while the app was still loading, before
    // the handler above existed.
    if let Some(worker) = registration.installing() {
        watch_installing(&worker, on_update_ready);
    }
}

fn watch_installing(worker: &web_sys::ServiceWorker, on_update_ready: Rc<dyn Fn()>) {
    let watched = worker.clone();
    let on_state = Closure::<dyn FnMut()>::new(move || {
        if watched.state() == ServiceWorkerState::Installed && has_controller() {
            on_update_ready();
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    // Lives as long as the worker it watches; updates are rare.
    on_state.forget();
}

/// An app on the home screen can stay open for days without navigating, which is when
/// browsers look for a new worker; so look each time it comes back to the foreground.
fn check_when_shown(registration: ServiceWorkerRegistration) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let doc = document.clone();
    let on_visible = Closure::<dyn FnMut()>::new(move || {
        if doc.visibility_state() == web_sys::VisibilityState::Visible {
            if let Ok(promise) = registration.update() {
                // Offline or the server is down: fine, try again next time.
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = JsFuture::from(promise).await;
                });
            }
        }
    });
    let _ = document
        .add_event_listener_with_callback("visibilitychange", on_visible.as_ref().unchecked_ref());
    on_visible.forget();
}

/// Let the waiting version take over, then reload into it. Without one, just reload.
pub fn apply_update() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let reload = move || {
        let _ = window.location().reload();
    };
    let Some(container) = container() else {
        reload();
        return;
    };
    let waiting_container = container.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let waiting = match JsFuture::from(waiting_container.get_registration()).await {
            Ok(reg) if !reg.is_undefined() => {
                reg.unchecked_into::<ServiceWorkerRegistration>().waiting()
            }
            _ => None,
        };
        let Some(waiting) = waiting else {
            reload();
            return;
        };
        let on_change = Closure::<dyn FnMut()>::once(reload);
        container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
        let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
    });
}
