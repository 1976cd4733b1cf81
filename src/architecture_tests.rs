//! The house rules of ARCHITECTURE.md, checked by reading `src/` as text, so breaking one
//! fails `cargo test` with the file and the line:
//! - pages and components never touch storage (`crate::storage`): state owns persistence;
//! - the domain never imports leptos, web-sys, gloo or js-sys;
//! - no import circle of any length among `src/`'s modules (`import_graph` says what a module
//!   and an import are), named in order with where each import is;
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

/// One token of Rust source, comments and literals left out: a word (an identifier, keyword or
/// number), `::`, or another punctuation character.
#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Word(String),
    PathSep,
    Punct(char),
}

/// The tokens of `text`, each with its line. Strings, characters and comments are dropped,
/// so `"crate::app"` in a string or a comment imports nothing.
fn tokens(text: &str) -> Vec<(Tok, usize)> {
    let c: Vec<char> = text.chars().collect();
    let at = |i: usize| c.get(i).copied().unwrap_or('\0');
    let word_char = |ch: char| ch.is_alphanumeric() || ch == '_';
    let (mut out, mut i, mut line) = (Vec::new(), 0, 1);
    while i < c.len() {
        let ch = c[i];
        if ch == '\n' {
            line += 1;
            i += 1;
        } else if ch.is_whitespace() {
            i += 1;
        } else if ch == '/' && at(i + 1) == '/' {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if ch == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    line += usize::from(c[i] == '\n');
                    i += 1;
                }
            }
        } else if ch == '"' {
            i += 1;
            while i < c.len() && c[i] != '"' {
                if c[i] == '\\' {
                    i += 1;
                }
                line += usize::from(at(i) == '\n');
                i += 1;
            }
            i += 1;
        } else if ch == '\'' {
            if at(i + 1) == '\\' {
                i += 3;
                while i < c.len() && c[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                // A lifetime: its name follows as a word.
                i += 1;
            }
        } else if word_char(ch) {
            // A raw string (`r"…"`, `r#"…"#`, `br"…"`) or a raw identifier (`r#type`)?
            let prefix = match (ch, at(i + 1)) {
                ('b' | 'c', 'r') => 2,
                ('r', _) => 1,
                _ => 0,
            };
            let hashes = (i + prefix..).take_while(|&j| at(j) == '#').count();
            if prefix > 0 && at(i + prefix + hashes) == '"' {
                i += prefix + hashes + 1;
                while i < c.len() && !(c[i] == '"' && (1..=hashes).all(|h| at(i + h) == '#')) {
                    line += usize::from(c[i] == '\n');
                    i += 1;
                }
                i += 1 + hashes;
                continue;
            }
            if ch == 'r' && hashes == 1 {
                i += 2;
            }
            let start = i;
            while i < c.len() && word_char(c[i]) {
                i += 1;
            }
            out.push((Tok::Word(c[start..i].iter().collect()), line));
        } else if ch == ':' && at(i + 1) == ':' {
            out.push((Tok::PathSep, line));
            i += 2;
        } else {
            out.push((Tok::Punct(ch), line));
            i += 1;
        }
    }
    out
}

/// The index of the bracket closing the one at `open`.
fn closing(toks: &[(Tok, usize)], open: usize) -> usize {
    let mut depth = 0usize;
    for (k, (t, _)) in toks.iter().enumerate().skip(open) {
        match t {
            Tok::Punct('(' | '[' | '{') => depth += 1,
            Tok::Punct(')' | ']' | '}') => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return k;
                }
            }
            _ => {}
        }
    }
    toks.len()
}

/// The index after the attribute starting at `i` (`#[…]` or `#![…]`), and whether it is
/// `#[cfg(test)]`.
fn attribute(toks: &[(Tok, usize)], i: usize) -> (usize, bool) {
    let open = if toks.get(i + 1).is_some_and(|t| t.0 == Tok::Punct('!')) {
        i + 2
    } else {
        i + 1
    };
    let close = closing(toks, open);
    let inner: Vec<&Tok> = toks
        .get(open + 1..close)
        .unwrap_or_default()
        .iter()
        .map(|t| &t.0)
        .collect();
    let word = |w: &str| Tok::Word(w.to_string());
    let test = inner
        == [
            &word("cfg"),
            &Tok::Punct('('),
            &word("test"),
            &Tok::Punct(')'),
        ];
    (close + 1, test)
}

/// The index after the item starting at `i`: its attributes, then up to its `;` or the brace
/// closing its body.
fn skip_item(toks: &[(Tok, usize)], mut i: usize) -> usize {
    while toks.get(i).is_some_and(|t| t.0 == Tok::Punct('#')) {
        i = attribute(toks, i).0;
    }
    let is_use = toks[i.min(toks.len())..]
        .iter()
        .take_while(|t| !matches!(t.0, Tok::Punct(';' | '{')))
        .any(|t| t.0 == Tok::Word("use".into()));
    let mut depth = 0usize;
    while let Some((t, _)) = toks.get(i) {
        i += 1;
        match t {
            Tok::Punct('(' | '[' | '{') => depth += 1,
            Tok::Punct(close @ (')' | ']' | '}')) => {
                depth = depth.saturating_sub(1);
                if depth == 0 && *close == '}' && !is_use {
                    return i;
                }
            }
            Tok::Punct(';') if depth == 0 => return i,
            _ => {}
        }
    }
    i
}

/// What a `use` brings in: the path, the name it binds (none for `as _` or a glob), and
/// whether it is a glob (`path::*`).
type UseItem = (Vec<String>, Option<String>, bool);

/// Reads one `use` tree from `i` (after `use`, or inside braces), with the path so far;
/// `use crate::{a, b::{self, C}}` gives `crate::a`, `crate::b` and `crate::b::C`. Returns the
/// index after the tree.
fn use_tree(
    toks: &[(Tok, usize)],
    mut i: usize,
    mut path: Vec<String>,
    out: &mut Vec<UseItem>,
) -> usize {
    let item = |mut path: Vec<String>, alias: Option<Option<String>>| {
        if path.last().is_some_and(|s| s == "self") {
            path.pop();
        }
        let name = alias.unwrap_or_else(|| path.last().cloned());
        (path, name, false)
    };
    if toks.get(i).is_some_and(|t| t.0 == Tok::PathSep) {
        // `::name`: another crate.
        path.push(String::new());
    }
    loop {
        match toks.get(i).map(|t| &t.0) {
            Some(Tok::Word(w)) if w == "as" => {
                let alias = match toks.get(i + 1) {
                    Some((Tok::Word(a), _)) if a != "_" => Some(a.clone()),
                    _ => None,
                };
                out.push(item(path, Some(alias)));
                return i + 2;
            }
            Some(Tok::Word(w)) => {
                path.push(w.clone());
                i += 1;
            }
            Some(Tok::PathSep) => i += 1,
            Some(Tok::Punct('{')) => {
                i += 1;
                while let Some((t, _)) = toks.get(i) {
                    match t {
                        Tok::Punct('}') => return i + 1,
                        Tok::Punct(',') => i += 1,
                        _ => {
                            let next = use_tree(toks, i, path.clone(), out);
                            i = next.max(i + 1);
                        }
                    }
                }
                return i;
            }
            Some(Tok::Punct('*')) => {
                out.push((path, None, true));
                return i + 1;
            }
            _ => {
                out.push(item(path, None));
                return i;
            }
        }
    }
}

/// What one file says about modules, each thing with the module it is written in.
#[derive(Default)]
struct Scan {
    /// Modules declared here whose code is in a file of their own (`mod x;`).
    declared: Vec<Vec<String>>,
    /// Modules written here (`mod x { … }`).
    inline: Vec<Vec<String>>,
    /// `use` items: (module, item, line).
    uses: Vec<(Vec<String>, UseItem, usize)>,
    /// Paths in code (`a::b::c`): (module, path, line).
    paths: Vec<(Vec<String>, Vec<String>, usize)>,
}

/// Reads the file of `module`, leaving out the item after each `#[cfg(test)]` (a test module,
/// or a module declared for tests only): tests may reach across for fixtures.
fn scan(text: &str, module: &[String]) -> Scan {
    let toks = tokens(text);
    let word = |i: usize| match toks.get(i) {
        Some((Tok::Word(w), _)) => Some(w.clone()),
        _ => None,
    };
    let is = |i: usize, t: Tok| toks.get(i).is_some_and(|x| x.0 == t);
    let mut out = Scan::default();
    // The modules open at this point, innermost last, with the brace depth they opened at.
    let mut scopes: Vec<(Vec<String>, usize)> = vec![(module.to_vec(), 0)];
    let (mut depth, mut i) = (0usize, 0usize);
    while i < toks.len() {
        let scope = scopes.last().map(|s| s.0.clone()).unwrap_or_default();
        let line = toks[i].1;
        match &toks[i].0 {
            Tok::Punct('#') => {
                let (next, test) = attribute(&toks, i);
                i = if test { skip_item(&toks, next) } else { next };
            }
            Tok::Word(w) if w == "use" => {
                let mut items = Vec::new();
                i = use_tree(&toks, i + 1, Vec::new(), &mut items);
                out.uses
                    .extend(items.into_iter().map(|item| (scope.clone(), item, line)));
            }
            Tok::Word(w) if w == "mod" && word(i + 1).is_some() => {
                let mut child = scope.clone();
                child.extend(word(i + 1));
                if is(i + 2, Tok::Punct('{')) {
                    depth += 1;
                    out.inline.push(child.clone());
                    scopes.push((child, depth));
                    i += 3;
                } else {
                    out.declared.push(child);
                    i += 2;
                }
            }
            Tok::Punct('{') => {
                depth += 1;
                i += 1;
            }
            Tok::Punct('}') => {
                if scopes.len() > 1 && scopes.last().is_some_and(|s| s.1 == depth) {
                    scopes.pop();
                }
                depth = depth.saturating_sub(1);
                i += 1;
            }
            Tok::Word(_) if is(i + 1, Tok::PathSep) && !(i > 0 && is(i - 1, Tok::PathSep)) => {
                let mut path = Vec::new();
                while let Some(w) = word(i) {
                    path.push(w);
                    i += 1;
                    if !(is(i, Tok::PathSep) && word(i + 1).is_some()) {
                        break;
                    }
                    i += 1;
                }
                out.paths.push((scope, path, line));
            }
            _ => i += 1,
        }
    }
    out
}

/// The module a file under `src/` holds, as a path from the crate root (`lib.rs` is the root;
/// `main.rs` is a crate of its own and left out).
fn module_path(rel: &Path) -> Option<Vec<String>> {
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let file = parts.pop()?;
    let stem = file.strip_suffix(".rs")?;
    match stem {
        "main" | "lib" if parts.is_empty() => (stem == "lib").then(Vec::new),
        "mod" => Some(parts),
        _ => {
            parts.push(stem.to_string());
            Some(parts)
        }
    }
}

/// Which module imports which, with where each first does: from -> to -> "file:line".
type Imports = BTreeMap<String, BTreeMap<String, String>>;

/// The import graph of the crate in `root` (a `src/`).
///
/// Its modules are files, at the second level: a top-level file is one (`app`, `crate` for
/// `lib.rs`), a folder's `mod.rs` is one (`domain`, `state`), and every file or folder in a
/// folder is one with everything in and below it (`domain::player` is `domain/player.rs` and
/// `domain/player/tests.rs`; `pages::player` is all of `pages/player/`), modules written
/// inline (`mod x { … }`) included.
///
/// An import is any path in code, not only in a `use`: `crate::a::b`, `super::b`, `self::b`,
/// a child module's name, a name a `use` brought in (`use crate::domain::route::{self, Screen}`
/// makes `route::screen(…)` and `Screen::Today` imports of `domain::route`), and each name of a
/// grouped `use crate::{a, b::C}`. Paths are followed through re-exports to the module that
/// defines the item: `crate::state::History` imports `state::history`, and the
/// `pub use history::History` in `state/mod.rs` imports it too. The item after each
/// `#[cfg(test)]` (a test module, a file declared for tests only) is left out, and so are
/// strings and comments.
fn import_graph(root: &Path) -> Imports {
    let mut files = Vec::new();
    for path in rust_files(root) {
        let rel = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
        if let Some(module) = module_path(&rel) {
            let text = fs::read_to_string(&path).unwrap_or_default();
            let found = scan(&text, &module);
            files.push((rel, module, found));
        }
    }
    // A file counts unless its parent's file is there and declares it only in test code.
    let by_module: BTreeMap<&[String], &Scan> =
        files.iter().map(|(_, m, s)| (m.as_slice(), s)).collect();
    let live: Vec<&(PathBuf, Vec<String>, Scan)> = files
        .iter()
        .filter(|(_, m, _)| {
            m.split_last().is_none_or(|(_, parent)| {
                by_module.get(parent).is_none_or(|s| s.declared.contains(m))
            })
        })
        .collect();
    let file_modules: BTreeSet<&[String]> = live.iter().map(|f| f.1.as_slice()).collect();
    let mut modules: BTreeSet<Vec<String>> = live.iter().map(|f| f.1.clone()).collect();
    modules.insert(Vec::new());
    modules.extend(live.iter().flat_map(|f| f.2.inline.iter().cloned()));
    // The names each module's `use`s bring in, and the modules it takes everything from.
    let mut names: BTreeMap<&[String], BTreeMap<&str, &[String]>> = BTreeMap::new();
    let mut globs: BTreeMap<&[String], Vec<&[String]>> = BTreeMap::new();
    for (scope, (path, name, glob), _) in live.iter().flat_map(|f| &f.2.uses) {
        if *glob {
            globs.entry(scope).or_default().push(path);
        } else if let Some(name) = name {
            names.entry(scope).or_default().insert(name, path);
        }
    }
    let graph = Graph {
        modules: &modules,
        names: &names,
        globs: &globs,
    };
    let node = |module: &[String]| {
        let file = (0..=module.len())
            .rev()
            .map(|k| &module[..k])
            .find(|m| file_modules.contains(m))
            .unwrap_or_default();
        match file.len() {
            0 => "crate".to_string(),
            n => file[..n.min(2)].join("::"),
        }
    };
    let mut imports = Imports::new();
    for (rel, _, found) in &live {
        let uses = found.uses.iter().map(|(s, (p, _, _), l)| (s, p, l));
        let paths = found.paths.iter().map(|(s, p, l)| (s, p, l));
        for (scope, path, line) in uses.chain(paths) {
            let Some(target) = graph
                .resolve(scope, path, 0)
                .and_then(|t| graph.defining(t, 0))
            else {
                continue;
            };
            let (from, to) = (node(scope), node(&target));
            if from != to {
                let site = format!("src/{}:{line}", rel.display());
                imports.entry(from).or_default().entry(to).or_insert(site);
            }
        }
    }
    imports
}

/// The crate's modules and the names `use`s bring into each, for following paths.
struct Graph<'a> {
    modules: &'a BTreeSet<Vec<String>>,
    names: &'a BTreeMap<&'a [String], BTreeMap<&'a str, &'a [String]>>,
    globs: &'a BTreeMap<&'a [String], Vec<&'a [String]>>,
}

impl Graph<'_> {
    /// `path`, written in module `scope`, from the crate root; `None` for another crate's.
    fn resolve(&self, scope: &[String], path: &[String], depth: usize) -> Option<Vec<String>> {
        let (first, rest) = path.split_first()?;
        if depth > 16 {
            return None;
        }
        let mut out = match first.as_str() {
            "crate" => Vec::new(),
            "self" => scope.to_vec(),
            "super" => {
                let mut up = scope.to_vec();
                let supers = path.iter().take_while(|s| *s == "super").count();
                for _ in 0..supers {
                    up.pop()?;
                }
                up.extend(path[supers..].iter().cloned());
                return Some(up);
            }
            _ => {
                if let Some(target) = self.names.get(scope).and_then(|n| n.get(first.as_str())) {
                    let mut out = self.resolve(scope, target, depth + 1)?;
                    out.extend(rest.iter().cloned());
                    return Some(out);
                }
                let mut child = scope.to_vec();
                child.push(first.clone());
                if self.modules.contains(&child) {
                    child.extend(rest.iter().cloned());
                    return Some(child);
                }
                for glob in self.globs.get(scope).into_iter().flatten() {
                    let Some(from) = self.resolve(scope, glob, depth + 1) else {
                        continue;
                    };
                    let has = self
                        .names
                        .get(from.as_slice())
                        .is_some_and(|n| n.contains_key(first.as_str()));
                    if has
                        || self
                            .modules
                            .contains(&[from.clone(), vec![first.clone()]].concat())
                    {
                        return self.resolve(&from, path, depth + 1);
                    }
                }
                return None;
            }
        };
        out.extend(rest.iter().cloned());
        Some(out)
    }

    /// The module that defines what `path` names, through any re-exports on the way.
    fn defining(&self, path: Vec<String>, depth: usize) -> Option<Vec<String>> {
        let module = (0..=path.len())
            .rev()
            .find(|&k| self.modules.contains(&path[..k]))?;
        let Some(name) = path.get(module) else {
            return Some(path);
        };
        let scope = &path[..module];
        let Some(target) = self.names.get(scope).and_then(|n| n.get(name.as_str())) else {
            return Some(scope.to_vec());
        };
        match self.resolve(scope, target, 0) {
            Some(mut through) if depth < 16 => {
                through.extend(path[module + 1..].iter().cloned());
                self.defining(through, depth + 1)
            }
            // Re-exported from another crate: defined, for this graph, where it is re-exported.
            _ => Some(scope.to_vec()),
        }
    }
}

/// Every import circle (the first 1,000), each as its modules in order, from its first module
/// by name back to it. Circles stay within one strongly connected component (Tarjan), so each
/// is searched for only there, and found once, from its smallest module.
fn circles(imports: &Imports) -> Vec<Vec<String>> {
    struct Tarjan<'a> {
        imports: &'a Imports,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        components: Vec<BTreeSet<&'a str>>,
    }
    fn visit<'a>(t: &mut Tarjan<'a>, v: &'a str) {
        let n = t.index.len();
        t.index.insert(v, n);
        t.low.insert(v, n);
        t.stack.push(v);
        for w in t.imports.get(v).into_iter().flat_map(|m| m.keys()) {
            let w = w.as_str();
            if !t.index.contains_key(w) {
                visit(t, w);
                let low = t.low[v].min(t.low[w]);
                t.low.insert(v, low);
            } else if t.stack.contains(&w) {
                let low = t.low[v].min(t.index[w]);
                t.low.insert(v, low);
            }
        }
        if t.low[v] == t.index[v] {
            let mut component = BTreeSet::new();
            while let Some(w) = t.stack.pop() {
                component.insert(w);
                if w == v {
                    break;
                }
            }
            t.components.push(component);
        }
    }
    fn walk(
        imports: &Imports,
        within: &BTreeSet<&str>,
        path: &mut Vec<String>,
        out: &mut Vec<Vec<String>>,
    ) {
        let (start, last) = (path[0].clone(), path[path.len() - 1].clone());
        for next in imports.get(&last).into_iter().flat_map(|m| m.keys()) {
            if out.len() >= 1000 {
                return;
            }
            if *next == start {
                out.push([path.clone(), vec![start.clone()]].concat());
            } else if within.contains(next.as_str()) && *next > start && !path.contains(next) {
                path.push(next.clone());
                walk(imports, within, path, out);
                path.pop();
            }
        }
    }
    let mut t = Tarjan {
        imports,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        components: Vec::new(),
    };
    for v in imports.keys() {
        if !t.index.contains_key(v.as_str()) {
            visit(&mut t, v);
        }
    }
    let mut out = Vec::new();
    for component in t.components.iter().filter(|c| c.len() > 1) {
        for start in component {
            walk(imports, component, &mut vec![start.to_string()], &mut out);
        }
    }
    out.sort();
    out
}

/// Every import circle as "a -> b -> c -> a".
fn import_circles(root: &Path) -> Vec<String> {
    circles(&import_graph(root))
        .iter()
        .map(|c| c.join(" -> "))
        .collect()
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
fn no_import_circle_among_the_modules() {
    let imports = import_graph(&src());
    // The graph sees imports at all: of a `use`, of a path in code, through a re-export.
    let sees = |from: &str, to: &str| imports.get(from).is_some_and(|m| m.contains_key(to));
    assert!(sees("app", "pages::today") && sees("pages::today", "domain::today"));
    assert!(sees("pages::today", "state::plan") && sees("crate", "app"));
    let found: Vec<String> = circles(&imports)
        .iter()
        .map(|circle| {
            let mut text = circle.join(" -> ");
            for pair in circle.windows(2) {
                let site = &imports[&pair[0]][&pair[1]];
                text.push_str(&format!("\n    {} -> {}: {site}", pair[0], pair[1]));
            }
            text
        })
        .collect();
    assert!(
        found.is_empty(),
        "import circles among src/'s modules (move what both need down to a module of its own):\n{}",
        found.join("\n")
    );
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
    write(
        "pages/today.rs",
        "use crate::storage::LocalStore;\nuse crate::domain::words;\nfn f() { crate::app::screens::check_in(); super::words::x(); }\n",
    );
    write(
        "components/ok.rs",
        "// crate::storage in a comment is fine\nuse crate::state;\n",
    );
    // Same names in other layers, a string and a comment: no circle.
    write(
        "pages/words.rs",
        "use crate::domain::words::count;\nconst S: &str = \"crate::app::screens\";\n/* crate::app */\n",
    );
    write(
        "domain/words.rs",
        "pub fn count() {}\n#[cfg(test)]\nmod tests;\n",
    );
    write("domain/words/tests.rs", "use crate::domain::y;\n");
    write(
        "pages/settings.rs",
        "use crate::domain::settings::Settings;\n",
    );
    write("domain/settings.rs", "use super::player::Pace;\n");
    write("domain/player.rs", "pub struct Pace;\n");
    // A facade: `super::Notice` is `state::notice`'s, re-exported by `state`.
    write(
        "state/mod.rs",
        "mod notice;\nmod plan;\npub use notice::Notice;\npub use plan::Plan;\n",
    );
    write("state/notice.rs", "pub struct Notice;\n");
    write(
        "state/plan.rs",
        "use super::Notice;\npub struct Plan(Notice);\n",
    );
    // Across layers: app <-> pages::today.
    write(
        "app.rs",
        "use crate::pages::today::Today;\npub mod screens {\n    pub fn check_in() {}\n}\n",
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
    // Three modules in a circle: x -> y -> z -> x, by a path in code, a grouped `use` and a
    // path in a function.
    write("domain/x.rs", "pub fn f() -> u8 {\n    super::y::g()\n}\n");
    write("domain/y.rs", "use crate::domain::{words, z::Z};\n");
    write(
        "domain/z.rs",
        "fn h() {\n    let _ = crate::domain::x::f();\n}\n",
    );
    assert_eq!(views_never_touch_storage(&root).len(), 1);
    assert_eq!(domain_is_pure(&root).len(), 1);
    assert_eq!(
        import_circles(&root),
        vec![
            "app -> pages::today -> app",
            "domain::a -> domain::b -> domain::a",
            "domain::d -> domain::e -> domain::d",
            "domain::x -> domain::y -> domain::z -> domain::x",
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
