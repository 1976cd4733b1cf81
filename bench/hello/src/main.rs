//! The reference app of GUIDE.md: one button whose count is kept in localStorage. Built with
//! the same release profile as Limber, so the benchmark compares like with like.

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| {
        let count = RwSignal::new(LocalStorage::get::<u32>("count").unwrap_or(0));
        let click = move |_| {
            count.update(|c| *c += 1);
            let _ = LocalStorage::set("count", count.get_untracked());
        };
        view! {
            <main>
                <h1>"Hello, Leptos"</h1>
                <button on:click=click>"Clicked " {count} " times"</button>
            </main>
        }
    });
}
