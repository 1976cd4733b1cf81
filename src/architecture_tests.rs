//! The house rules of ARCHITECTURE.md, checked by reading `src/` as text, so breaking one
//! fails `cargo test` with the file and the line:
//! - pages and components never touch storage (`crate::storage`): state owns persistence;
//! - the domain never imports leptos, web-sys, gloo or js-sys;
//! - no two domain modules import each other;
//! - the stylesheet's spacing, type sizes and radii come from its design tokens.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The code lines of a file (comments left out), numbered from 1, up to its first
/// `#[cfg(test)]`: tests may reach across for fixtures.
fn code_lines(path: &Path) -> Vec<(usize, String)> {
    let text = fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .enumerate()
        .take_while(|(_, l)| !l.trim_start().starts_with("#[cfg(test)]"))
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
        .map(|(i, l)| (i + 1, l.to_string()))
        .collect()
}

/// Every line under `dir` that contains one of `words`, as "file:line: text".
fn offenders(dir: &Path, words: &[&str]) -> Vec<String> {
    rust_files(dir)
        .iter()
        .flat_map(|path| {
            code_lines(path)
                .into_iter()
                .filter(|(_, l)| words.iter().any(|w| l.contains(w)))
                .map(move |(n, l)| format!("{}:{n}: {}", path.display(), l.trim()))
        })
        .collect()
}

fn views_never_touch_storage(root: &Path) -> Vec<String> {
    let mut found = offenders(&root.join("pages"), &["crate::storage"]);
    found.extend(offenders(&root.join("components"), &["crate::storage"]));
    found
}

fn domain_is_pure(root: &Path) -> Vec<String> {
    offenders(
        &root.join("domain"),
        &["leptos", "web_sys", "gloo", "js_sys", "wasm_bindgen"],
    )
}

/// Pairs of domain modules that import each other.
fn domain_cycles(root: &Path) -> Vec<String> {
    let domain = root.join("domain");
    let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for path in rust_files(&domain) {
        let rel = path.strip_prefix(&domain).unwrap_or(&path);
        let module = rel
            .components()
            .next()
            .map(|c| {
                c.as_os_str()
                    .to_string_lossy()
                    .trim_end_matches(".rs")
                    .to_string()
            })
            .unwrap_or_default();
        if module == "mod" || module.ends_with("tests") {
            continue;
        }
        // In `x/y.rs`, `super::` is module x itself; in `x/mod.rs` it is the domain.
        let nested = rel.components().count() > 1 && !rel.ends_with("mod.rs");
        for (_, line) in code_lines(&path) {
            let mut names = Vec::new();
            for marker in ["crate::domain::", "super::"] {
                if nested && marker == "super::" && !line.contains("super::super::") {
                    continue;
                }
                for part in line.split(marker).skip(1) {
                    let part = part.trim_start_matches("super::");
                    let name: String = part
                        .chars()
                        .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                        .collect();
                    names.push(name);
                }
                // `use super::{a, b::C}` names several modules at once.
                if let Some(group) = line.split(&format!("{marker}{{")).nth(1) {
                    for item in group.split(',') {
                        let name: String = item
                            .trim()
                            .chars()
                            .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                            .collect();
                        names.push(name);
                    }
                }
            }
            for name in names {
                if !name.is_empty() && name != module && name != "self" {
                    uses.entry(module.clone()).or_default().insert(name);
                }
            }
        }
    }
    let mut cycles = Vec::new();
    for (a, deps) in &uses {
        for b in deps {
            if a < b && uses.get(b).is_some_and(|d| d.contains(a)) {
                cycles.push(format!("domain::{a} and domain::{b} import each other"));
            }
        }
    }
    cycles
}

#[test]
fn views_import_nothing_from_storage() {
    let found = views_never_touch_storage(&src());
    assert!(
        found.is_empty(),
        "state owns storage; these views reach it directly:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_domain_imports_no_browser_or_ui_crate() {
    let found = domain_is_pure(&src());
    assert!(
        found.is_empty(),
        "src/domain must stay pure Rust:\n{}",
        found.join("\n")
    );
}

#[test]
fn no_two_domain_modules_import_each_other() {
    let found = domain_cycles(&src());
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_checks_see_a_broken_rule() {
    // A small tree that breaks every rule once: each check must name it.
    let root = std::env::temp_dir().join(format!("limber-rules-{}", std::process::id()));
    let write = |rel: &str, text: &str| {
        let path = root.join(rel);
        fs::create_dir_all(path.parent().unwrap_or(&root)).ok();
        fs::write(path, text).ok();
    };
    write("pages/today.rs", "use crate::storage::LocalStore;\n");
    write(
        "components/ok.rs",
        "// crate::storage in a comment is fine\nuse crate::state;\n",
    );
    write("domain/a.rs", "use super::b::X;\nuse leptos::prelude::*;\n");
    write("domain/b.rs", "use super::{a, c};\n");
    write(
        "domain/c.rs",
        "#[cfg(test)]\nmod tests { use super::super::a; }\n",
    );
    write("domain/d/mod.rs", "use super::e;\nmod inner;\n");
    write("domain/d/inner.rs", "use super::Thing;\n");
    write("domain/e.rs", "use crate::domain::d::Thing;\n");
    assert_eq!(views_never_touch_storage(&root).len(), 1);
    assert_eq!(domain_is_pure(&root).len(), 1);
    assert_eq!(
        domain_cycles(&root),
        vec![
            "domain::a and domain::b import each other",
            "domain::d and domain::e import each other"
        ]
    );
    fs::remove_dir_all(&root).ok();
}

/// Lengths in a declaration's value that are not design tokens: `rem` and `px` numbers
/// outside `var(...)`, except hairlines (1px or less) and the inner stops of a fluid
/// `clamp(...)`.
fn loose_lengths(value: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = value;
    // Inner stops of a fluid size are part of one formula, not sizes of their own: track the
    // paren depth at which each `clamp(` opened.
    let (mut depth, mut clamps) = (0usize, Vec::<usize>::new());
    while !rest.is_empty() {
        let c = rest.chars().next().unwrap();
        if c.is_ascii_digit() || (c == '.' && rest[1..].starts_with(|d: char| d.is_ascii_digit())) {
            let end = rest
                .find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '.' || ch == '%'))
                .unwrap_or(rest.len());
            let word = &rest[..end];
            let number: f32 = word
                .trim_end_matches(|ch: char| ch.is_ascii_alphabetic() || ch == '%')
                .parse()
                .unwrap_or(0.0);
            let hairline = word.ends_with("px") && number <= 1.0;
            let is_length = word.ends_with("rem") || word.ends_with("px");
            if is_length && !hairline && clamps.is_empty() {
                out.push(word.to_string());
            }
            rest = &rest[end..];
            continue;
        }
        if rest.starts_with("clamp(") {
            clamps.push(depth + 1);
        }
        match c {
            '(' => depth += 1,
            ')' => {
                if clamps.last() == Some(&depth) {
                    clamps.pop();
                }
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Every `margin`, `padding`, `gap`, `font-size` and `border-radius` in `style/main.css`
/// outside the token definitions, with the lengths in it that bypass the tokens.
fn untokened_sizes(css: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (n, line) in css.lines().enumerate() {
        if line.contains("svg units") {
            continue;
        }
        for decl in line.split([';', '{', '}']) {
            let Some((prop, value)) = decl.split_once(':') else {
                continue;
            };
            let prop = prop.trim();
            let sized = prop.starts_with("margin")
                || prop.starts_with("padding")
                || prop.ends_with("gap")
                || prop == "font-size"
                || prop == "border-radius";
            if !sized {
                continue;
            }
            for loose in loose_lengths(value) {
                found.push(format!("style/main.css:{}: {prop}: {loose}", n + 1));
            }
        }
    }
    found
}

#[test]
fn spacing_type_and_radii_come_from_the_design_tokens() {
    let css = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("style/main.css"))
        .expect("style/main.css");
    assert_eq!(untokened_sizes(&css), Vec::<String>::new());
}

#[test]
fn the_token_rule_finds_a_one_off_size() {
    let bad = ".x { padding: .3rem var(--space-2); font-size: 15px; gap: 1px; }\n.y { font-size: clamp(var(--text-lg), 4vw + .6rem, var(--text-2xl)); margin: -1px; }";
    assert_eq!(
        untokened_sizes(bad),
        vec![
            "style/main.css:1: padding: .3rem".to_string(),
            "style/main.css:1: font-size: 15px".to_string(),
        ]
    );
}
