use leptos_i18n_build::{Config, TranslationsInfos};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo::rerun-if-changed=locales");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("i18n");
    let cfg = Config::new("en")?
        .add_locale("de")?
        .add_locale("es")?
        .add_locale("fr")?;
    let infos = TranslationsInfos::parse(cfg)?;
    infos.emit_diagnostics();
    infos.generate_i18n_module(out)?;
    Ok(())
}
