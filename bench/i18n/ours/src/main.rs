//! The hello-world with Limber's catalogs (see ../README.md).

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use limber::domain::calendar::LocalDate;
use limber::domain::i18n::{Arg, Catalog, DateStyle, Lang, Msg};

const FILES: [(Lang, &str, &str); 4] = [
    (
        Lang::En,
        include_str!("../../locales/en.ftl"),
        include_str!("../../../../locales/en/core.ftl"),
    ),
    (
        Lang::De,
        include_str!("../../locales/de.ftl"),
        include_str!("../../../../locales/de/core.ftl"),
    ),
    (
        Lang::Es,
        include_str!("../../locales/es.ftl"),
        include_str!("../../../../locales/es/core.ftl"),
    ),
    (
        Lang::Fr,
        include_str!("../../locales/fr.ftl"),
        include_str!("../../../../locales/fr/core.ftl"),
    ),
];

fn catalog(lang: Lang) -> Catalog {
    let mut c = Catalog::new(lang);
    for (l, hello, core) in FILES {
        if l == lang {
            let _ = c.add(hello);
            let _ = c.add(core);
        }
    }
    c
}

fn main() {
    leptos::mount::mount_to_body(|| {
        let count = RwSignal::new(LocalStorage::get::<u32>("count").unwrap_or(0));
        let lang = RwSignal::new(
            LocalStorage::get::<String>("lang")
                .ok()
                .and_then(|t| Lang::from_tag(&t))
                .unwrap_or_default(),
        );
        let texts = RwSignal::new(std::sync::Arc::new(catalog(lang.get_untracked())));
        let t = move |m: Msg| texts.with(|c| c.render(&m));
        let today = LocalDate::from_epoch_ms(js_sys::Date::now() as i64, 0);
        view! {
            <main>
                <h1>{move || t(Msg::new("title"))}</h1>
                <p>{move || t(Msg::new("today").arg("day", Arg::Date(today, DateStyle::Full)))}</p>
                <button on:click=move |_| {
                    count.update(|c| *c += 1);
                    let _ = LocalStorage::set("count", count.get_untracked());
                }>{move || t(Msg::new("click"))}</button>
                <p>{move || t(Msg::new("clicked").arg("count", count.get()))}</p>
                <select on:change=move |e| {
                    let tag = event_target_value(&e);
                    let _ = LocalStorage::set("lang", &tag);
                    lang.set(Lang::from_tag(&tag).unwrap_or_default());
                    texts.set(std::sync::Arc::new(catalog(lang.get_untracked())));
                }>
                    {Lang::OFFERED.map(|l| view! { <option value=l.tag() selected=move || lang.get() == l>{l.own_name()}</option> })}
                </select>
            </main>
        }
    });
}
