//! The hello-world with `leptos_i18n` (see ../README.md). Dates are formatted by hand (its
//! `format_datetime` feature brings ICU4X's date data).

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

use gloo_storage::{LocalStorage, Storage};
use i18n::*;
use leptos::prelude::*;

#[component]
fn Hello() -> impl IntoView {
    let i18n = use_i18n();
    let count = RwSignal::new(LocalStorage::get::<u32>("count").unwrap_or(0));
    let date = js_sys::Date::new_0();
    let day = format!(
        "{}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    );
    let c = move || count.get();
    view! {
        <main>
            <h1>{t!(i18n, title)}</h1>
            <p>{t!(i18n, today, day = move || day.clone())}</p>
            <button on:click=move |_| {
                count.update(|c| *c += 1);
                let _ = LocalStorage::set("count", count.get_untracked());
            }>{t!(i18n, click)}</button>
            <p>{t!(i18n, clicked, count = c)}</p>
            <select on:change=move |e| {
                let l = match event_target_value(&e).as_str() { "de" => Locale::de, "es" => Locale::es, "fr" => Locale::fr, _ => Locale::en };
                i18n.set_locale(l);
            }>
                <option value="en">"English"</option>
                <option value="de">"Deutsch"</option>
                <option value="es">"Español"</option>
                <option value="fr">"Français"</option>
            </select>
        </main>
    }
}

fn main() {
    leptos::mount::mount_to_body(|| view! { <I18nContextProvider><Hello /></I18nContextProvider> });
}
