//! A screen whose code is fetched on first use (a wasm chunk of its own in release builds).
//!
//! While the chunk loads, the old screen's place shows a quiet "Loading…" that appears only
//! after a moment, so fast loads don't flash. A failed or interrupted fetch (offline before
//! the first visit finished, a flaky network) shows "Couldn't load this screen" with
//! "Try again", never a dead app: the split loaders are built `fallible`, so a failure is a
//! value here rather than a panic (which, with `panic = "abort"`, would stop everything).
//! The screen also waits for its chunk's words (`state::load_chunk`, fetched alongside its
//! code) and the whole stylesheet (`platform::styles`), and a failure to fetch either is
//! shown the same way.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;

use crate::domain::i18n::messages as m;
use crate::platform::{boot, styles};
use crate::state::{load_chunk, t};

/// What a lazy screen's loader gives once its chunk is here: what builds its view (run once
/// its words are here too), or why the chunk couldn't be loaded.
pub type Loaded = Result<Box<dyn FnOnce() -> AnyView>, leptos::wasm_split::SplitLoaderError>;

/// A loader for one screen or piece of one (see `screens`): the name of its chunk, which says
/// which words it speaks (`state::load_chunk`), and what fetches the chunk.
#[derive(Clone)]
pub struct Loader {
    pub chunk: &'static str,
    pub fetch: Arc<dyn Fn() -> Pin<Box<dyn Future<Output = Loaded>>> + Send + Sync>,
}

/// Where a lazy screen is: its chunk (or the stylesheet) still on the way, built and shown,
/// or not loaded.
enum Phase {
    Loading,
    Ready(AnyView),
    Shown,
    Failed,
}

#[component]
pub fn LazyScreen(
    /// Fetches the screen's chunk (once) and builds the screen.
    load: Loader,
    /// For a piece of a screen rather than a whole one: the loading line is quieter.
    #[prop(optional)]
    piece: bool,
) -> impl IntoView {
    // Hand-rolled rather than `Suspense`: this is all the waiting the first load needs, and
    // leptos's suspense machinery (about 25 KB of wasm code before gzip) would sit in every first visit.
    let phase = RwSignal::new_local(Phase::Loading);
    // The screen's component runs inside the loader's future, so every poll (the first
    // here, the rest in a task, a retry from a click) runs in this screen's owner: the
    // component finds the app's state and its signals are this screen's.
    let owner = Owner::current();
    let start = move || {
        // The whole stylesheet loads alongside the chunk (a first visit has only Today's
        // rules), and the screen shows when both are here.
        let styles = styles::whole();
        let Loader { chunk, fetch } = load.clone();
        let mut loading = Box::pin(async move {
            // The chunk's code and its words are fetched side by side; the view is built,
            // in those words, once both are here.
            let (build, words) = both(fetch(), load_chunk(chunk)).await;
            let build = build.ok().filter(|_| words)?;
            styles.await.then(build)
        });
        let settle = move |screen: Option<AnyView>| {
            // Left before it arrived: the signal is gone, and there's nothing to show.
            phase.try_set(screen.map_or(Phase::Failed, Phase::Ready));
        };
        let owner = owner.clone();
        let mut poll = move |cx: &mut Context<'_>| match &owner {
            Some(owner) => owner.with(|| loading.as_mut().poll(cx)),
            None => loading.as_mut().poll(cx),
        };
        // Code that is here already (a screen opened before, a debug build) shows at once,
        // with no "Loading…" in between.
        match poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(screen) => settle(screen),
            Poll::Pending => {
                leptos::task::spawn_local(async move { settle(std::future::poll_fn(poll).await) })
            }
        }
    };
    let retry = Callback::new({
        let start = start.clone();
        move |()| {
            phase.set(Phase::Loading);
            start();
        }
    });
    start();
    move || {
        phase.track();
        // Taken, not cloned: a view is built once. Later runs (none are expected before the
        // next change of phase) find it shown already.
        let now = phase
            .try_update_untracked(|p| match p {
                Phase::Ready(_) => std::mem::replace(p, Phase::Shown),
                Phase::Loading => Phase::Loading,
                Phase::Shown => Phase::Shown,
                Phase::Failed => Phase::Failed,
            })
            .unwrap_or(Phase::Shown);
        match now {
            Phase::Ready(screen) => {
                // A deep link to this screen kept the static first screen up until now, so
                // there was never an empty page.
                boot::done();
                Some(screen)
            }
            Phase::Shown => None,
            Phase::Loading => (!piece).then(|| {
                view! { <p class="lazy-loading" role="status">{t(m::today_loading())}</p> }
                    .into_any()
            }),
            Phase::Failed if piece => {
                boot::done();
                Some(
                    view! {
                        <p class="error" role="alert">
                            {t(m::today_piece_failed())}
                            " "
                            <button type="button" class="link-button" on:click=move |_| retry.run(())>
                                {t(m::today_try_again())}
                            </button>
                        </p>
                    }
                    .into_any(),
                )
            }
            Phase::Failed => Some(
                view! {
                    <LoadFailed
                        title=t(m::today_screen_failed_title())
                        text=t(m::today_screen_failed_text())
                        retry
                    />
                }
                .into_any(),
            ),
        }
    }
}

/// A part of the app whose code couldn't be fetched, said calmly, with "Try again". It takes
/// the static first screen down, so the message is what shows.
#[component]
pub fn LoadFailed(
    #[prop(into)] title: String,
    #[prop(into)] text: String,
    retry: Callback<()>,
) -> impl IntoView {
    boot::done();
    view! {
        <section class="page load-failed" role="alert">
            <h1>{title}</h1>
            <p>{text}</p>
            <button type="button" class="button primary big" on:click=move |_| retry.run(())>
                {t(m::today_try_again())}
            </button>
        </section>
    }
}

/// Both futures' outputs, polled side by side (so their fetches overlap).
async fn both<A: Future, B: Future>(a: A, b: B) -> (A::Output, B::Output) {
    let mut a = std::pin::pin!(a);
    let mut b = std::pin::pin!(b);
    let (mut got_a, mut got_b) = (None, None);
    std::future::poll_fn(move |cx| {
        if got_a.is_none() {
            if let Poll::Ready(x) = a.as_mut().poll(cx) {
                got_a = Some(x);
            }
        }
        if got_b.is_none() {
            if let Poll::Ready(x) = b.as_mut().poll(cx) {
                got_b = Some(x);
            }
        }
        match (got_a.take(), got_b.take()) {
            (Some(x), Some(y)) => Poll::Ready((x, y)),
            (x, y) => {
                got_a = x;
                got_b = y;
                Poll::Pending
            }
        }
    })
    .await
}
