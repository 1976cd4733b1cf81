//! A screen whose code is fetched on first use (a wasm chunk of its own in release builds).
//!
//! While the chunk loads, the old screen's place shows a quiet "Loading…" that appears only
//! after a moment, so fast loads don't flash. A failed or interrupted fetch (offline before
//! the first visit finished, a flaky network) shows "Couldn't load this screen" with
//! "Try again", never a dead app: the split loaders are built `fallible`, so a failure is a
//! value here rather than a panic (which, with `panic = "abort"`, would stop everything).
//! The screen also waits for the whole stylesheet (`platform::styles`), and a failure to
//! fetch that is shown the same way.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use leptos::prelude::*;

use crate::platform::{boot, styles};

/// What a lazy screen's loader gives: its view, or why the chunk couldn't be loaded.
pub type Loaded = Result<AnyView, leptos::wasm_split::SplitLoaderError>;

/// A loader for one screen or piece of one (see `app::screens`).
pub type Loader = Arc<dyn Fn() -> Pin<Box<dyn Future<Output = Loaded>>> + Send + Sync>;

#[component]
pub fn LazyScreen(
    /// Fetches the screen's chunk (once) and builds the screen.
    load: Loader,
    /// For a piece of a screen rather than a whole one: the loading line is quieter.
    #[prop(optional)]
    piece: bool,
) -> impl IntoView {
    let attempt = RwSignal::new(0u32);
    view! {
        <Suspense fallback=move || (!piece).then(|| view! { <p class="lazy-loading" role="status">"Loading…"</p> })>
            {move || {
                attempt.track();
                // The whole stylesheet loads alongside the chunk (a first visit has only
                // Today's rules). The app runs on one thread; the wrapper only satisfies
                // `Suspend`'s bound.
                let styles = styles::whole();
                let screen = load();
                let loading = send_wrapper::SendWrapper::new(async move {
                    let screen = screen.await.ok();
                    if styles.await { screen } else { None }
                });
                Suspend::new(async move {
                    match loading.await {
                        Some(screen) => {
                            // A deep link to this screen kept the static first screen up
                            // until now, so there was never an empty page.
                            boot::done();
                            screen
                        }
                        None if piece => {
                            boot::done();
                            view! {
                            <p class="error" role="alert">
                                "This part of the screen couldn't be loaded. "
                                <button type="button" class="link-button" on:click=move |_| attempt.update(|n| *n += 1)>
                                    "Try again"
                                </button>
                            </p>
                            }
                            .into_any()
                        }
                        None => view! {
                            <LoadFailed
                                title="Couldn't load this screen"
                                text="Limber couldn't fetch this part of the app. Check your connection, then try again. Your history and settings are safe on this device."
                                retry=Callback::new(move |()| attempt.update(|n| *n += 1))
                            />
                        }
                        .into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// A part of the app whose code couldn't be fetched, said calmly, with "Try again". It takes
/// the static first screen down, so the message is what shows.
#[component]
pub fn LoadFailed(title: &'static str, text: &'static str, retry: Callback<()>) -> impl IntoView {
    boot::done();
    view! {
        <section class="page load-failed" role="alert">
            <h1>{title}</h1>
            <p>{text}</p>
            <button type="button" class="button primary big" on:click=move |_| retry.run(())>
                "Try again"
            </button>
        </section>
    }
}
