//! The part of Fluent's syntax (`.ftl`, projectfluent.org) that Limber's catalogs use, read
//! into patterns. The same file is compiled into the build script, which checks every
//! language against English before anything is built, and into the app, which reads the
//! catalogs it ships. Only std, so both can use it.
//!
//! Understood:
//! - `id = text { $arg } text`, on one line or continued on indented lines (joined with a
//!   line break, as Fluent does; the first line may be empty);
//! - `-term = text`, used as `{ -term }`;
//! - selectors: `{ $n -> [one] … [other] … *[other] … }`, keys being plural categories,
//!   exact numbers or words; one variant marked `*` is the default;
//! - string literals `{ "{" }` for braces and leading or trailing spaces;
//! - comments (`#`, `##`, `###`); a message's `# Variables:` block (Mozilla's convention)
//!   names its arguments and their kind: `#   $count (Number) - …`.
//!
//! Anything else (attributes, functions, message references) is an error with its line, so
//! a catalog never half-works.

/// A piece of a pattern.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    Text(String),
    /// `{ $name }`
    Var(String),
    /// `{ -name }`
    Term(String),
    /// `{ $name -> [key] … *[key] … }`
    Select {
        var: String,
        variants: Vec<(Key, Vec<Part>)>,
        default: usize,
    },
}

/// A variant's key.
#[derive(Clone, Debug, PartialEq)]
pub enum Key {
    /// `[3]`
    Number(i64),
    /// `[one]`, `[other]`, `[never]`: a plural category or a plain word.
    Word(String),
}

/// The kind of value an argument takes, from the `# Variables:` comment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Number,
    Text,
    Date,
}

/// A message or term with its pattern and the arguments its comment declares.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub id: String,
    pub term: bool,
    pub pattern: Vec<Part>,
    pub vars: Vec<(String, Kind)>,
    /// 1-based line of the `id =`.
    pub line: usize,
}

/// A parse error, with its line.
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

fn err<T>(line: usize, message: impl Into<String>) -> Result<T, Error> {
    Err(Error {
        line,
        message: message.into(),
    })
}

/// Reads a whole `.ftl` file.
pub fn parse(source: &str) -> Result<Vec<Entry>, Error> {
    let lines: Vec<&str> = source.lines().collect();
    let mut entries = Vec::new();
    let mut vars: Vec<(String, Kind)> = Vec::new();
    let mut in_vars = false;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let n = i + 1;
        if line.trim().is_empty() {
            // A blank line ends a comment block that belonged to no message.
            vars.clear();
            in_vars = false;
            i += 1;
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            let text = comment.trim_start_matches('#').trim();
            if line.starts_with("##") {
                vars.clear();
                in_vars = false;
            } else if text.eq_ignore_ascii_case("Variables:") {
                in_vars = true;
            } else if in_vars {
                if let Some(v) = variable_line(text) {
                    vars.push(v.map_err(|m| Error {
                        line: n,
                        message: m,
                    })?);
                }
            }
            i += 1;
            continue;
        }
        if line.starts_with(' ') {
            return err(n, "an indented line outside a message");
        }
        let Some((head, first)) = line.split_once('=') else {
            return err(n, format!("expected `id = …`, found {line:?}"));
        };
        let head = head.trim();
        let (term, id) = match head.strip_prefix('-') {
            Some(id) => (true, id),
            None => (false, head),
        };
        if !is_identifier(id) {
            return err(n, format!("{head:?} is not a message id"));
        }
        // The value: the rest of this line, then the indented lines under it.
        let mut value = vec![first.trim_start().to_string()];
        let mut depth = open_braces(0, first);
        let mut j = i + 1;
        // A selector's closing `}` may stand at the start of a line.
        while j < lines.len()
            && (lines[j].starts_with(' ') || lines[j].trim().is_empty() || depth > 0)
        {
            depth = open_braces(depth, lines[j]);
            value.push(lines[j].to_string());
            j += 1;
        }
        while value.len() > 1 && value.last().is_some_and(|l| l.trim().is_empty()) {
            value.pop();
        }
        let text = join_value(&value);
        if text.trim().is_empty() {
            return err(n, format!("{head} has no value"));
        }
        if lines[i + 1..j]
            .iter()
            .any(|l| l.trim_start().starts_with('.'))
        {
            return err(n, format!("{head}: attributes are not supported"));
        }
        let pattern = Parser {
            chars: text.chars().collect(),
            at: 0,
            line: n,
        }
        .pattern(false)?;
        entries.push(Entry {
            id: id.to_string(),
            term,
            pattern,
            vars: std::mem::take(&mut vars),
            line: n,
        });
        in_vars = false;
        i = j;
    }
    Ok(entries)
}

/// `$count (Number) - what it is` → `("count", Number)`. `None` for a line that names no
/// variable (a continued description).
fn variable_line(text: &str) -> Option<Result<(String, Kind), String>> {
    let rest = text.strip_prefix('$')?;
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .collect();
    let after = rest[name.len()..].trim_start();
    let kind = after
        .strip_prefix('(')
        .and_then(|k| k.split_once(')'))
        .map(|(k, _)| k.trim());
    Some(match kind {
        Some("Number") => Ok((name, Kind::Number)),
        Some("String") => Ok((name, Kind::Text)),
        Some("Date") => Ok((name, Kind::Date)),
        other => Err(format!(
            "${name}: say (Number), (String) or (Date), not {other:?}"
        )),
    })
}

/// How many placeables are open after `line`, given `depth` before it (string literals in
/// placeables may hold braces).
fn open_braces(mut depth: usize, line: &str) -> usize {
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' if depth > 0 => quoted = !quoted,
            '{' if !quoted => depth += 1,
            '}' if !quoted => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Fluent's multiline values: the common indentation of the continued lines is removed, and
/// lines are joined with `\n`.
fn join_value(lines: &[String]) -> String {
    let indent = lines[1..]
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<&str> = Vec::new();
    if !lines[0].is_empty() {
        out.push(lines[0].as_str());
    }
    for l in &lines[1..] {
        out.push(if l.len() >= indent { &l[indent..] } else { "" });
    }
    out.join("\n")
}

struct Parser {
    chars: Vec<char>,
    at: usize,
    line: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn skip_blank(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.at += 1;
        }
    }

    fn fail<T>(&self, message: impl Into<String>) -> Result<T, Error> {
        err(self.line, message)
    }

    /// Text and placeables up to the end, or (inside a variant) up to the next variant or
    /// the selector's closing brace.
    fn pattern(&mut self, in_variant: bool) -> Result<Vec<Part>, Error> {
        let mut parts: Vec<Part> = Vec::new();
        let mut text = String::new();
        while let Some(c) = self.peek() {
            if in_variant && c == '\n' {
                // A variant ends where the next one (or the closing brace) starts a line.
                let rest: String = self.chars[self.at + 1..].iter().collect();
                let next = rest.trim_start_matches([' ', '\t']);
                if next.starts_with('[') || next.starts_with("*[") || next.starts_with('}') {
                    break;
                }
            }
            match c {
                '{' => {
                    if !text.is_empty() {
                        parts.push(Part::Text(std::mem::take(&mut text)));
                    }
                    self.at += 1;
                    let p = self.placeable()?;
                    parts.push(p);
                }
                '}' if in_variant => break,
                '}' => return self.fail("a `}` with no `{`: write { \"}\" }"),
                _ => {
                    text.push(c);
                    self.at += 1;
                }
            }
        }
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        // Merge neighbouring text (string literals next to text).
        let mut merged: Vec<Part> = Vec::new();
        for p in parts {
            match (merged.last_mut(), p) {
                (Some(Part::Text(a)), Part::Text(b)) => a.push_str(&b),
                (_, p) => merged.push(p),
            }
        }
        Ok(merged)
    }

    fn name(&mut self) -> String {
        let start = self.at;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            self.at += 1;
        }
        self.chars[start..self.at].iter().collect()
    }

    /// After a `{`: a variable, a term, a string literal or a selector, and its `}`.
    fn placeable(&mut self) -> Result<Part, Error> {
        self.skip_blank();
        let part = match self.peek() {
            Some('"') => {
                self.at += 1;
                let mut s = String::new();
                loop {
                    match self.peek() {
                        Some('"') => break,
                        Some('\\') => {
                            self.at += 1;
                            match self.peek() {
                                Some(c @ ('"' | '\\')) => s.push(c),
                                _ => return self.fail("only \\\" and \\\\ are escapes here"),
                            }
                        }
                        Some('\n') | None => return self.fail("a string literal isn't closed"),
                        Some(c) => s.push(c),
                    }
                    self.at += 1;
                }
                self.at += 1;
                Part::Text(s)
            }
            Some('$') => {
                self.at += 1;
                let var = self.name();
                if var.is_empty() {
                    return self.fail("`$` with no name");
                }
                self.skip_blank();
                if self.chars[self.at..].starts_with(&['-', '>']) {
                    self.at += 2;
                    return self.select(var);
                }
                Part::Var(var)
            }
            Some('-') => {
                self.at += 1;
                let term = self.name();
                if term.is_empty() {
                    return self.fail("`-` with no term name");
                }
                Part::Term(term)
            }
            _ => {
                return self.fail(
                    "a placeable holds $variable, -term, \"text\" or a selector (no functions or message references)",
                )
            }
        };
        self.skip_blank();
        if self.peek() != Some('}') {
            return self.fail("a placeable isn't closed with `}`");
        }
        self.at += 1;
        Ok(part)
    }

    /// After `{ $var ->`: the variants and the closing `}`.
    fn select(&mut self, var: String) -> Result<Part, Error> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blank();
            match self.peek() {
                Some('}') => {
                    self.at += 1;
                    break;
                }
                Some('*') | Some('[') => {
                    if self.peek() == Some('*') {
                        if default.is_some() {
                            return self.fail(format!("${var}: two default variants"));
                        }
                        default = Some(variants.len());
                        self.at += 1;
                    }
                    if self.peek() != Some('[') {
                        return self.fail("expected `[` after `*`");
                    }
                    self.at += 1;
                    self.skip_blank();
                    let key_text = self.name();
                    self.skip_blank();
                    if self.peek() != Some(']') {
                        return self.fail(format!("${var}: a variant key isn't closed with `]`"));
                    }
                    self.at += 1;
                    let key = match key_text.parse::<i64>() {
                        Ok(n) => Key::Number(n),
                        Err(_) if !key_text.is_empty() => Key::Word(key_text),
                        Err(_) => return self.fail(format!("${var}: an empty variant key")),
                    };
                    // The variant's value: skip spaces on its first line.
                    while self.peek() == Some(' ') {
                        self.at += 1;
                    }
                    let mut value = self.pattern(true)?;
                    trim_variant(&mut value);
                    variants.push((key, value));
                }
                None => return self.fail(format!("${var}: the selector isn't closed")),
                Some(c) => return self.fail(format!("${var}: unexpected {c:?} in a selector")),
            }
        }
        let Some(default) = default else {
            return self.fail(format!("${var}: no default variant (mark one with *)"));
        };
        Ok(Part::Select {
            var,
            variants,
            default,
        })
    }
}

/// A variant's text runs to the end of its line (or lines): no leading line break, no
/// trailing spaces or line breaks, and continued lines without their indentation.
fn trim_variant(parts: &mut [Part]) {
    if let Some(Part::Text(t)) = parts.first_mut() {
        *t = t.trim_start_matches(['\n', ' ']).to_string();
    }
    if let Some(Part::Text(t)) = parts.last_mut() {
        *t = t.trim_end().to_string();
    }
    for p in parts.iter_mut() {
        if let Part::Text(t) = p {
            if t.contains('\n') {
                *t = t
                    .split('\n')
                    .map(str::trim_start)
                    .collect::<Vec<_>>()
                    .join("\n");
            }
        }
    }
}

/// Every part of a pattern, variants' parts included, in order.
fn each_part(parts: &[Part], f: &mut impl FnMut(&Part)) {
    for p in parts {
        f(p);
        if let Part::Select { variants, .. } = p {
            for (_, v) in variants {
                each_part(v, f);
            }
        }
    }
}

/// The variables a pattern uses, each once, in order of first use.
pub fn used_vars(pattern: &[Part]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    each_part(pattern, &mut |p| {
        if let Part::Var(v) | Part::Select { var: v, .. } = p {
            if !out.contains(v) {
                out.push(v.clone());
            }
        }
    });
    out
}

/// The terms a pattern uses, each once.
pub fn used_terms(pattern: &[Part]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    each_part(pattern, &mut |p| {
        if let Part::Term(t) = p {
            if !out.contains(t) {
                out.push(t.clone());
            }
        }
    });
    out
}

// The packed form: what the build writes for the words built into the app, so the app can
// read them without this file's parser (which stays out of its first load). Patterns are
// their text with control characters marking the rest; a catalog's text never has these.
const ENTRY_END: char = '\u{1}';
const ID_END: char = '\u{2}';
const VAR: char = '\u{3}';
const TERM: char = '\u{4}';
const SELECT: char = '\u{5}';
const VARIANT: char = '\u{6}';
const SELECT_END: char = '\u{7}';
const NAME_END: char = '\u{8}';

/// Packs patterns by id, in the order given, for [`unpack`].
pub fn pack<'a>(entries: impl IntoIterator<Item = (&'a String, &'a Vec<Part>)>) -> String {
    fn pattern(parts: &[Part], out: &mut String) {
        for part in parts {
            match part {
                Part::Text(t) => {
                    assert!(
                        !t.chars().any(|c| c <= NAME_END),
                        "a control character in {t:?}"
                    );
                    out.push_str(t);
                }
                Part::Var(v) => {
                    out.push(VAR);
                    out.push_str(v);
                    out.push(NAME_END);
                }
                Part::Term(t) => {
                    out.push(TERM);
                    out.push_str(t);
                    out.push(NAME_END);
                }
                Part::Select {
                    var,
                    variants,
                    default,
                } => {
                    out.push(SELECT);
                    out.push_str(var);
                    out.push(NAME_END);
                    out.push_str(&default.to_string());
                    out.push(NAME_END);
                    for (key, p) in variants {
                        out.push(VARIANT);
                        match key {
                            Key::Number(n) => out.push_str(&format!("#{n}")),
                            Key::Word(w) => out.push_str(w),
                        }
                        out.push(NAME_END);
                        pattern(p, out);
                    }
                    out.push(SELECT_END);
                }
            }
        }
    }
    let mut out = String::new();
    for (id, parts) in entries {
        out.push_str(id);
        out.push(ID_END);
        pattern(parts, &mut out);
        out.push(ENTRY_END);
    }
    out
}

/// Patterns by id from what [`pack`] wrote, in its order.
pub fn unpack(packed: &str) -> Vec<(String, Vec<Part>)> {
    let mut out = Vec::new();
    let mut rest = packed;
    while let Some((id, after)) = rest.split_once(ID_END) {
        let (pattern, after) = unpack_pattern(after);
        out.push((id.to_string(), pattern));
        rest = after.strip_prefix(ENTRY_END).unwrap_or(after);
    }
    out
}

/// A name up to its end mark, and what follows.
fn name_in(s: &str) -> (&str, &str) {
    s.split_once(NAME_END).unwrap_or((s, ""))
}

/// A pattern, up to the mark that ends it (a variant's, a selector's or the entry's, which
/// is left for the caller), and what follows.
fn unpack_pattern(mut s: &str) -> (Vec<Part>, &str) {
    let mut parts = Vec::new();
    loop {
        let text = s.find(|c: char| c <= NAME_END).unwrap_or(s.len());
        if text > 0 {
            parts.push(Part::Text(s[..text].to_string()));
        }
        s = &s[text..];
        let mut chars = s.chars();
        let mark = chars.next();
        let after = chars.as_str();
        match mark {
            Some(VAR) => {
                let (v, r) = name_in(after);
                parts.push(Part::Var(v.to_string()));
                s = r;
            }
            Some(TERM) => {
                let (t, r) = name_in(after);
                parts.push(Part::Term(t.to_string()));
                s = r;
            }
            Some(SELECT) => {
                let (var, r) = name_in(after);
                let (default, mut r) = name_in(r);
                let mut variants = Vec::new();
                while let Some(v) = r.strip_prefix(VARIANT) {
                    let (key, v) = name_in(v);
                    let key = match key.strip_prefix('#') {
                        Some(n) => Key::Number(n.parse().unwrap_or_default()),
                        None => Key::Word(key.to_string()),
                    };
                    let (pattern, v) = unpack_pattern(v);
                    variants.push((key, pattern));
                    r = v;
                }
                parts.push(Part::Select {
                    var: var.to_string(),
                    variants,
                    default: default.parse().unwrap_or_default(),
                });
                s = r.strip_prefix(SELECT_END).unwrap_or(r);
            }
            _ => return (parts, s),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(src: &str) -> Entry {
        let mut e = parse(src).unwrap();
        assert_eq!(e.len(), 1, "{e:?}");
        e.remove(0)
    }

    #[test]
    fn text_variables_and_terms() {
        let e = one("hello = Hello { $name }, welcome to { -brand }!\n");
        assert_eq!(
            e.pattern,
            vec![
                Part::Text("Hello ".into()),
                Part::Var("name".into()),
                Part::Text(", welcome to ".into()),
                Part::Term("brand".into()),
                Part::Text("!".into()),
            ]
        );
        assert!(!e.term);
        assert!(one("-brand = Limber").term);
    }

    #[test]
    fn multiline_values_keep_their_line_breaks() {
        let es = parse("long =\n    First line.\n    Second line.\n\nnext = x").unwrap();
        assert_eq!(
            es[0].pattern,
            vec![Part::Text("First line.\nSecond line.".into())]
        );
        assert_eq!(es[1].line, 5);
        let e = one("long = First line.\n    Second line.");
        assert_eq!(
            e.pattern,
            vec![Part::Text("First line.\nSecond line.".into())]
        );
    }

    #[test]
    fn selectors_with_plural_and_exact_keys() {
        let e = one(
            "# Variables:\n#   $count (Number) - sessions done\nsessions = { $count ->\n    [0] No sessions yet.\n    [one] One session.\n   *[other] { $count } sessions.\n}\n",
        );
        assert_eq!(e.vars, vec![("count".to_string(), Kind::Number)]);
        let Part::Select {
            var,
            variants,
            default,
        } = &e.pattern[0]
        else {
            panic!("{:?}", e.pattern)
        };
        assert_eq!(var, "count");
        assert_eq!(*default, 2);
        assert_eq!(
            variants[0],
            (Key::Number(0), vec![Part::Text("No sessions yet.".into())])
        );
        assert_eq!(variants[1].0, Key::Word("one".into()));
        assert_eq!(
            variants[2].1,
            vec![Part::Var("count".into()), Part::Text(" sessions.".into())]
        );
    }

    #[test]
    fn a_selector_inside_a_sentence() {
        let e = one("left = You have { $n ->\n        [one] one day\n       *[other] { $n } days\n    } left.");
        assert_eq!(e.pattern.len(), 3);
        assert_eq!(e.pattern[0], Part::Text("You have ".into()));
        assert_eq!(e.pattern[2], Part::Text(" left.".into()));
    }

    #[test]
    fn string_literals_for_braces_and_spaces() {
        let e = one(r#"brace = Use { "{" } and { "}" }{ " " }"#);
        assert_eq!(e.pattern, vec![Part::Text("Use { and } ".into())]);
    }

    #[test]
    fn what_is_not_supported_says_where() {
        let bad = [
            ("x = { NUMBER($n) }", "placeable"),
            ("x = { other-message }", "placeable"),
            ("x = { $n ->\n  [one] a\n  [other] b\n}", "no default"),
            ("x = a }", "no `{`"),
            ("x =", "no value"),
            ("x = a\n    .title = b", "attributes"),
            ("# Variables:\n#   $n (Integer) - x\nx = { $n }", "(Number)"),
            ("x = { $n", "isn't closed"),
            ("9x = a", "not a message id"),
        ];
        for (src, want) in bad {
            let e = parse(src).expect_err(src);
            assert!(e.message.contains(want), "{src:?}: {e}");
        }
        assert_eq!(parse("a = 1\n\nb = { $n").unwrap_err().line, 3);
    }

    #[test]
    fn variables_and_terms_used() {
        let e =
            one("x = { -brand } { $a } { $b ->\n  [one] { $a }\n *[other] { $c } { -other }\n}");
        assert_eq!(used_vars(&e.pattern), vec!["a", "b", "c"]);
        assert_eq!(used_terms(&e.pattern), vec!["brand", "other"]);
    }

    #[test]
    fn a_variables_block_belongs_to_the_message_under_it_only() {
        let es = parse("# Variables:\n#   $n (Number) - x\na = { $n }\nb = plain\n\n# Variables:\n#   $d (Date) - y\n\nc = z").unwrap();
        assert_eq!(es[0].vars, vec![("n".to_string(), Kind::Number)]);
        assert!(es[1].vars.is_empty());
        // Cut off by a blank line: the block belonged to nothing.
        assert!(es[2].vars.is_empty());
    }

    #[test]
    fn packed_patterns_read_back_the_same() {
        let source = "a = Plain text\nb = { $n ->\n    [0] none\n    [one] { $n } thing of { -brand }\n   *[other] { $n } things, { $who ->\n        [me] mine\n       *[other] theirs\n    }\n}\n-brand = Limber\nc = { $x } then text { \"{\" }\nd =\n    two\n    lines\n";
        let entries = parse(source).unwrap();
        let pairs: Vec<(String, Vec<Part>)> = entries
            .iter()
            .map(|e| (e.id.clone(), e.pattern.clone()))
            .collect();
        let packed = pack(pairs.iter().map(|(a, b)| (a, b)));
        assert_eq!(unpack(&packed), pairs);
        // Every English file too.
        for (_, source) in crate::domain::i18n::messages::ENGLISH {
            let pairs: Vec<(String, Vec<Part>)> = parse(source)
                .unwrap()
                .into_iter()
                .map(|e| (e.id, e.pattern))
                .collect();
            assert_eq!(unpack(&pack(pairs.iter().map(|(a, b)| (a, b)))), pairs);
        }
        assert!(unpack("").is_empty());
    }
}
