//! The hello-world with `fluent-bundle` (see ../README.md). Dates are formatted by hand:
//! fluent-bundle has no date formatting of its own.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;

const FILES: [(&str, &str); 4] = [
    ("en", include_str!("../../locales/en.ftl")),
    ("de", include_str!("../../locales/de.ftl")),
    ("es", include_str!("../../locales/es.ftl")),
    ("fr", include_str!("../../locales/fr.ftl")),
];

fn bundle(tag: &str) -> FluentBundle<FluentResource> {
    let (tag, source) = FILES
        .iter()
        .find(|(t, _)| *t == tag)
        .copied()
        .unwrap_or(FILES[0]);
    let lang: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut b = FluentBundle::new(vec![lang]);
    b.set_use_isolating(false);
    if let Ok(r) = FluentResource::try_new(source.to_string()) {
        let _ = b.add_resource(r);
    }
    b
}

fn say(b: &FluentBundle<FluentResource>, id: &str, args: Option<&FluentArgs>) -> String {
    let mut errors = vec![];
    b.get_message(id)
        .and_then(|m| m.value())
        .map(|p| b.format_pattern(p, args, &mut errors).into_owned())
        .unwrap_or_else(|| id.to_string())
}

fn main() {
    leptos::mount::mount_to_body(|| {
        let count = RwSignal::new(LocalStorage::get::<u32>("count").unwrap_or(0));
        let lang =
            RwSignal::new(LocalStorage::get::<String>("lang").unwrap_or_else(|_| "en".into()));
        // A bundle isn't Send (its formatters are cached in a RefCell): a local signal.
        let texts = RwSignal::new_local(lang.with_untracked(|l| bundle(l)));
        let date = js_sys::Date::new_0();
        let day = format!(
            "{}-{:02}-{:02}",
            date.get_full_year(),
            date.get_month() + 1,
            date.get_date()
        );
        view! {
            <main>
                <h1>{move || texts.with(|b| say(b, "title", None))}</h1>
                <p>{move || texts.with(|b| {
                    let mut a = FluentArgs::new();
                    a.set("day", day.clone());
                    say(b, "today", Some(&a))
                })}</p>
                <button on:click=move |_| {
                    count.update(|c| *c += 1);
                    let _ = LocalStorage::set("count", count.get_untracked());
                }>{move || texts.with(|b| say(b, "click", None))}</button>
                <p>{move || texts.with(|b| {
                    let mut a = FluentArgs::new();
                    a.set("count", count.get());
                    say(b, "clicked", Some(&a))
                })}</p>
                <select on:change=move |e| {
                    let tag = event_target_value(&e);
                    let _ = LocalStorage::set("lang", &tag);
                    texts.set(bundle(&tag));
                    lang.set(tag);
                }>
                    {["en", "de", "es", "fr"].map(|l| view! { <option value=l selected=move || lang.get() == l>{l}</option> })}
                </select>
            </main>
        }
    });
}
