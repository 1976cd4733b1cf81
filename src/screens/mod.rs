//! Every screen but Today, and the parts of Today only some visits need, each behind a
//! loader; and reading what is stored. In release builds each group is a wasm chunk of its
//! own (`wasm_split`, split by `scripts/post-build.mjs`), fetched the first time one of its
//! screens opens, so a new screen costs the first visit nothing. Debug builds and tests
//! (`trunk serve`, `cargo test`) build them in, unsplit: there is no splitter there, and an
//! unsplit lazy boundary would not start.
//!
//! One module per chunk, named after it: `browse` (the routines and exercises, the editor,
//! shared links), `player`, `records` (history and what it adds up to, the weekly check-in,
//! the morning check) and `more` (settings, the first run, Learn, the flare plan, the plan's
//! part of Today, the warning-sign stop, a backup import, reading what is stored). Every chunk
//! more makes more small shared chunks, and so more requests when a screen first opens.
//! Pages call these loaders, and the loaders build pages, so a piece that loads another
//! (the plan's part of Today opens the check-in) sits in another chunk's module than the
//! loader of what it loads: no import goes in a circle.

/// `screen!(loader, split, chunk, Component)`: `loader()` fetches what builds `Component`,
/// whose code sits in the wasm chunk `chunk` in release builds. The chunk's name says which
/// words the screen speaks (`state::load_chunk`); it is built once they are here too.
macro_rules! screen {
    ($loader:ident, $split:ident, $chunk:ident, $component:ident) => {
        #[cfg(not(debug_assertions))]
        #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $split() -> $crate::components::lazy_screen::Loaded {
            Ok(Box::new(|| view! { <$component /> }.into_any()))
        }

        #[cfg(debug_assertions)]
        async fn $split() -> $crate::components::lazy_screen::Loaded {
            Ok(Box::new(|| view! { <$component /> }.into_any()))
        }

        pub fn $loader() -> $crate::components::lazy_screen::Loader {
            $crate::components::lazy_screen::Loader {
                chunk: stringify!($chunk),
                fetch: ::std::sync::Arc::new(|| Box::pin($split())),
            }
        }
    };
}

/// `piece!(loader, split, chunk, Component, prop: Type)`: a part of an eager screen (Today)
/// that only some visits need, in a chunk; `loader(value)` builds `<Component prop=value />`.
macro_rules! piece {
    ($loader:ident, $split:ident, $chunk:ident, $component:ident, $($prop:ident: $ty:ty),+) => {
        #[cfg(not(debug_assertions))]
        #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $split($($prop: $ty),+) -> $crate::components::lazy_screen::Loaded {
            Ok(Box::new(move || view! { <$component $($prop)+ /> }.into_any()))
        }

        #[cfg(debug_assertions)]
        async fn $split($($prop: $ty),+) -> $crate::components::lazy_screen::Loaded {
            Ok(Box::new(move || view! { <$component $($prop)+ /> }.into_any()))
        }

        pub fn $loader($($prop: $ty),+) -> $crate::components::lazy_screen::Loader {
            $crate::components::lazy_screen::Loader {
                chunk: stringify!($chunk),
                fetch: ::std::sync::Arc::new(move || Box::pin($split($($prop.clone()),+))),
            }
        }
    };
}

pub mod browse;
pub mod more;
pub mod player;
pub mod records;
