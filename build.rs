//! Reads the translation catalogs (`locales/<language>/<area>.ftl`) before anything is
//! compiled and refuses to build when a language lacks a message English has (or has one
//! English doesn't), uses an argument English doesn't declare, selects on a plural category
//! its language doesn't have, or names a term it doesn't define. Then it writes
//! `messages.rs`: one typed constructor per English message (`pub fn today_title() -> Msg`,
//! `pub fn sessions_left(count: impl Into<Num>) -> Msg`), so code can only ask for a message
//! that exists, with the arguments it takes; and English's files, built into the app.

#[path = "src/domain/i18n/ftl.rs"]
mod ftl;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use ftl::{Entry, Key, Kind, Part};

/// Each language's plural categories (as `domain::i18n::Plural::of`).
const LANGUAGES: [(&str, &[&str]); 4] = [
    ("en", &["one", "other"]),
    ("de", &["one", "other"]),
    ("es", &["one", "many", "other"]),
    ("fr", &["one", "many", "other"]),
];

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=src/domain/i18n/ftl.rs");
    let root = Path::new("locales");
    let mut problems = Vec::new();
    // language -> area -> entries
    let mut all: BTreeMap<&str, BTreeMap<String, Vec<Entry>>> = BTreeMap::new();
    for (lang, _) in LANGUAGES {
        let dir = root.join(lang);
        let mut areas = BTreeMap::new();
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for path in files {
            println!("cargo:rerun-if-changed={}", path.display());
            let area = path.file_stem().unwrap().to_string_lossy().to_string();
            let source = std::fs::read_to_string(&path).unwrap();
            match ftl::parse(&source) {
                Ok(entries) => {
                    areas.insert(area, entries);
                }
                Err(e) => problems.push(format!("{}: {e}", path.display())),
            }
        }
        all.insert(lang, areas);
    }
    if problems.is_empty() {
        check(&all, &mut problems);
    }
    if !problems.is_empty() {
        panic!(
            "the translation catalogs have {} problem(s):\n  {}",
            problems.len(),
            problems.join("\n  ")
        );
    }
    let out = std::env::var("OUT_DIR").unwrap();
    let mut code = generate(&all["en"]);
    code.push_str(&files(root, &all));
    std::fs::write(Path::new(&out).join("messages.rs"), code).unwrap();
}

/// A message or term (`true`) by id: the area English keeps it in, and its arguments.
type Declared = BTreeMap<(String, bool), (String, Vec<(String, Kind)>)>;

fn check(all: &BTreeMap<&str, BTreeMap<String, Vec<Entry>>>, problems: &mut Vec<String>) {
    let en = &all["en"];
    // English declares what each message takes, and uses all of it.
    let mut declared: Declared = BTreeMap::new();
    let mut ids = BTreeSet::new();
    for (area, entries) in en {
        for e in entries {
            if !ids.insert((e.id.clone(), e.term)) {
                problems.push(format!(
                    "en/{area}.ftl:{}: {} is defined twice",
                    e.line, e.id
                ));
            }
            let used: BTreeSet<String> = ftl::used_vars(&e.pattern).into_iter().collect();
            let named: BTreeSet<String> = e.vars.iter().map(|(n, _)| n.clone()).collect();
            if used != named {
                problems.push(format!(
                    "en/{area}.ftl:{}: {} uses {:?} but its `# Variables:` comment declares {:?}",
                    e.line, e.id, used, named
                ));
            }
            declared.insert((e.id.clone(), e.term), (area.clone(), e.vars.clone()));
        }
    }
    for (lang, cats) in LANGUAGES {
        let Some(areas) = all.get(lang) else { continue };
        let mut seen = BTreeSet::new();
        let terms: BTreeSet<&str> = areas
            .values()
            .flatten()
            .filter(|e| e.term)
            .map(|e| e.id.as_str())
            .collect();
        for (area, entries) in areas {
            for e in entries {
                let key = (e.id.clone(), e.term);
                let Some((en_area, vars)) = declared.get(&key) else {
                    problems.push(format!(
                        "{lang}/{area}.ftl:{}: {} is not in English",
                        e.line, e.id
                    ));
                    continue;
                };
                if en_area != area {
                    problems.push(format!(
                        "{lang}/{area}.ftl:{}: {} belongs in {en_area}.ftl",
                        e.line, e.id
                    ));
                }
                seen.insert(key);
                for v in ftl::used_vars(&e.pattern) {
                    if !vars.iter().any(|(n, _)| *n == v) {
                        problems.push(format!(
                            "{lang}/{area}.ftl:{}: {} uses ${v}, which English doesn't give it",
                            e.line, e.id
                        ));
                    }
                }
                for t in ftl::used_terms(&e.pattern) {
                    if !terms.contains(t.as_str()) {
                        problems.push(format!("{lang}/{area}.ftl:{}: {} uses the term -{t}, which {lang} doesn't define", e.line, e.id));
                    }
                }
                check_keys(lang, cats, area, e, vars, &e.pattern, problems);
            }
        }
        for (id, term) in declared.keys() {
            if !seen.contains(&(id.clone(), *term)) {
                let (area, _) = &declared[&(id.clone(), *term)];
                problems.push(format!(
                    "{lang}/{area}.ftl: {}{id} is missing",
                    if *term { "-" } else { "" }
                ));
            }
        }
    }
}

/// A selector on a number may only name the language's plural categories (or exact numbers).
fn check_keys(
    lang: &str,
    cats: &[&str],
    area: &str,
    e: &Entry,
    vars: &[(String, Kind)],
    parts: &[Part],
    problems: &mut Vec<String>,
) {
    for p in parts {
        if let Part::Select { var, variants, .. } = p {
            let numeric = vars.iter().any(|(n, k)| n == var && *k == Kind::Number);
            for (key, value) in variants {
                if let Key::Word(w) = key {
                    if numeric && !cats.contains(&w.as_str()) {
                        problems.push(format!(
                            "{lang}/{area}.ftl:{}: {} selects [{w}] on a number, and {lang} has only {cats:?}",
                            e.line, e.id
                        ));
                    }
                }
                check_keys(lang, cats, area, e, vars, value, problems);
            }
        }
    }
}

/// FNV-1a, 64 bits: a file's fingerprint in the address it is fetched from, so a cache can
/// never pair one build's code with another build's words.
fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// `FILES`, every catalog file with its fingerprint, `FIRST`, the first screen's areas (as
/// `locales/first-screen.txt` lists them), and English's words for them, packed.
fn files(root: &Path, all: &BTreeMap<&str, BTreeMap<String, Vec<Entry>>>) -> String {
    let mut out = String::from(
        "\n/// Every catalog file: (language, area, fingerprint), fetched as\n/// `locales/<language>/<area>.ftl?v=<fingerprint>`.\npub const FILES: &[(&str, &str, &str)] = &[\n",
    );
    for (lang, areas) in all {
        for area in areas.keys() {
            let bytes = std::fs::read(root.join(lang).join(format!("{area}.ftl"))).unwrap();
            writeln!(
                out,
                "    ({lang:?}, {area:?}, \"{:016x}\"),",
                fingerprint(&bytes)
            )
            .unwrap();
        }
    }
    let listed = std::fs::read_to_string(root.join("first-screen.txt")).unwrap();
    let first: Vec<&str> = listed
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    for area in &first {
        assert!(
            all["en"].contains_key(*area),
            "locales/first-screen.txt names {area}, which has no file"
        );
    }
    writeln!(
        out,
        "];\n\n/// The areas the first screen (Today) speaks from.\npub const FIRST: &[&str] = &{first:?};"
    )
    .unwrap();
    // Each chunk's areas (`locales/chunk-areas.txt`): "chunk: area area …" lines.
    let listed = std::fs::read_to_string(root.join("chunk-areas.txt")).unwrap();
    out.push_str("\n/// The areas each chunk's screens speak from besides the first screen's\n/// (`locales/chunk-areas.txt`).\npub const CHUNK_AREAS: &[(&str, &[&str])] = &[\n");
    for line in listed.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (chunk, areas) = line
            .split_once(':')
            .unwrap_or_else(|| panic!("locales/chunk-areas.txt: no ':' in {line:?}"));
        let areas: Vec<&str> = areas.split_whitespace().collect();
        for area in &areas {
            assert!(
                all["en"].contains_key(*area),
                "locales/chunk-areas.txt names {area} for {chunk}, which has no file"
            );
        }
        writeln!(out, "    ({:?}, &{areas:?}),", chunk.trim()).unwrap();
    }
    out.push_str("];\n");
    // English's words for them, packed (`ftl::pack`): the app reads them without the parser.
    let mut messages = BTreeMap::new();
    let mut terms = BTreeMap::new();
    for area in &first {
        for e in &all["en"][*area] {
            let into = if e.term { &mut terms } else { &mut messages };
            into.insert(e.id.clone(), e.pattern.clone());
        }
    }
    out.push_str("\n/// English's words for the first screen (`FIRST`), built into the app: messages and\n/// terms, each sorted by id, packed (`ftl::pack`).\n");
    for (name, entries) in [("EMBEDDED_MESSAGES", &messages), ("EMBEDDED_TERMS", &terms)] {
        let packed = ftl::pack(entries.iter());
        // Read back as the app will read it.
        let unpacked = ftl::unpack(&packed);
        assert!(
            unpacked.iter().map(|(k, v)| (k, v)).eq(entries.iter()),
            "{name} doesn't read back as written"
        );
        writeln!(out, "pub const {name}: &str = {packed:?};").unwrap();
    }
    out
}

fn snake(id: &str) -> String {
    let s = id.replace('-', "_");
    match s.as_str() {
        // Rust keywords an id might be.
        "type" | "move" | "loop" | "match" | "ref" | "self" | "use" | "where" | "while"
        | "yield" | "box" | "fn" | "in" | "let" | "mod" | "pub" | "return" | "static"
        | "struct" | "trait" | "true" | "false" | "enum" | "else" | "if" | "for" | "impl"
        | "const" | "crate" | "dyn" | "extern" | "as" | "break" | "continue" | "async"
        | "await" | "mut" | "super" | "unsafe" => format!("r#{s}"),
        _ => s,
    }
}

fn generate(en: &BTreeMap<String, Vec<Entry>>) -> String {
    let mut out = String::from("// Written by build.rs from locales/en/*.ftl: do not edit.\n\n");
    for (area, entries) in en {
        for e in entries.iter().filter(|e| !e.term) {
            let params: Vec<String> = e
                .vars
                .iter()
                .map(|(n, k)| {
                    let ty = match k {
                        Kind::Number => "impl Into<Num>",
                        Kind::Text | Kind::Date => "impl Into<Arg>",
                    };
                    format!("{}: {ty}", snake(n))
                })
                .collect();
            let mut body = format!("Msg::new({:?})", e.id);
            for (n, k) in &e.vars {
                match k {
                    Kind::Number => {
                        write!(body, ".arg({n:?}, Arg::Num({}.into()))", snake(n)).unwrap()
                    }
                    _ => write!(body, ".arg({n:?}, {})", snake(n)).unwrap(),
                }
            }
            // Never inlined: each stays a function of its own, so the release build can list
            // which messages the first screen's code asks for (scripts/first-words.mjs).
            writeln!(out, "/// `{}` in {area}.ftl", e.id).unwrap();
            writeln!(
                out,
                "#[inline(never)]\npub fn {}({}) -> Msg {{\n    {body}\n}}",
                snake(&e.id),
                params.join(", ")
            )
            .unwrap();
        }
    }
    out.push_str("\n/// Every English catalog file, by area (for tests and tools: the app builds in only\n/// `EMBEDDED`).\npub const ENGLISH: &[(&str, &str)] = &[\n");
    for area in en.keys() {
        writeln!(
            out,
            "    ({area:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/locales/en/{area}.ftl\"))),"
        )
        .unwrap();
    }
    out.push_str("];\n");
    out
}
