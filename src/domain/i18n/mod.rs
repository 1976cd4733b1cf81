//! Languages: what a sentence is before it is words (`Msg`, an id with typed arguments), the
//! catalogs that hold each language's words (`Catalog`, read from Fluent files by
//! [`ftl`]), and the rules that differ by language (plural categories, how numbers and
//! dates are written). The domain returns `Msg`s; only the screens turn them into text, in
//! the person's language, so no sentence is ever glued together from English pieces.

pub mod ftl;
pub mod messages;

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::calendar::LocalDate;
use ftl::{Key, Part};

/// A language Limber speaks. `Pseudo` is English made longer, accented and bracketed, for
/// tests that look for text that didn't go through a catalog; it is never offered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    De,
    Es,
    Fr,
    Pseudo,
}

impl Lang {
    /// The languages a person can choose, in the order Settings lists them.
    pub const OFFERED: [Lang; 4] = [Lang::En, Lang::De, Lang::Es, Lang::Fr];

    /// Its BCP 47 tag, for `<html lang>`, `utterance.lang` and file names.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Pseudo => "en-XA",
        }
    }

    /// Its name in itself, as a language picker shows it (a name, so never translated).
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::Pseudo => "[Ƥşḗḗŭŭḓǿǿ]",
        }
    }

    /// The language a tag names, however it is written (`de`, `de-AT`, `DE_at`,
    /// `deu-DE-f00`), or `None` for one Limber doesn't speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
        if tag == "en-xa" {
            return Some(Lang::Pseudo);
        }
        let primary = tag.split('-').next().unwrap_or("");
        match primary {
            "en" | "eng" => Some(Lang::En),
            "de" | "deu" | "ger" => Some(Lang::De),
            "es" | "spa" => Some(Lang::Es),
            "fr" | "fra" | "fre" => Some(Lang::Fr),
            _ => None,
        }
    }

    /// The first of the person's languages (the phone's list, most wanted first) that
    /// Limber speaks; English when none is.
    pub fn negotiate<S: AsRef<str>>(wanted: &[S]) -> Lang {
        wanted
            .iter()
            .find_map(|t| Lang::from_tag(t.as_ref()).filter(|l| *l != Lang::Pseudo))
            .unwrap_or(Lang::En)
    }

    /// The plural category of a number in this language (CLDR's cardinal rules).
    pub fn plural(self, n: Num) -> Plural {
        let (i, v) = (n.integer().unsigned_abs(), n.scale);
        let million = i != 0 && i % 1_000_000 == 0 && v == 0;
        match self {
            Lang::En | Lang::De | Lang::Pseudo => {
                if i == 1 && v == 0 {
                    Plural::One
                } else {
                    Plural::Other
                }
            }
            Lang::Es => {
                if n.is_exactly(1) {
                    Plural::One
                } else if million {
                    Plural::Many
                } else {
                    Plural::Other
                }
            }
            Lang::Fr => {
                if i <= 1 {
                    Plural::One
                } else if million {
                    Plural::Many
                } else {
                    Plural::Other
                }
            }
        }
    }

    /// A number written this language's way: "1,234.5", "1.234,5", "1234,5" (Spanish groups
    /// from five digits), "1 234,5" (a narrow no-break space).
    pub fn number(self, n: Num) -> String {
        let (group, decimal, min_digits) = match self {
            Lang::En | Lang::Pseudo => (",", ".", 4),
            Lang::De => (".", ",", 4),
            Lang::Es => (".", ",", 5),
            Lang::Fr => ("\u{202F}", ",", 4),
        };
        let digits = n.value.unsigned_abs().to_string();
        let scale = usize::from(n.scale);
        let digits = format!("{digits:0>width$}", width = scale + 1);
        let (int, frac) = digits.split_at(digits.len() - scale);
        let mut out = String::new();
        if n.value < 0 {
            out.push('-');
        }
        if int.len() >= min_digits {
            for (k, c) in int.chars().enumerate() {
                if k > 0 && (int.len() - k) % 3 == 0 {
                    out.push_str(group);
                }
                out.push(c);
            }
        } else {
            out.push_str(int);
        }
        if !frac.is_empty() {
            out.push_str(decimal);
            out.push_str(frac);
        }
        out
    }
}

/// CLDR plural categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    fn name(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }

    /// The categories a language's selectors may use (a build check refuses others).
    pub fn of(lang: Lang) -> &'static [Plural] {
        match lang {
            Lang::En | Lang::De | Lang::Pseudo => &[Plural::One, Plural::Other],
            Lang::Es | Lang::Fr => &[Plural::One, Plural::Many, Plural::Other],
        }
    }

    /// The category a variant key names.
    pub fn from_name(name: &str) -> Option<Plural> {
        [
            Plural::Zero,
            Plural::One,
            Plural::Two,
            Plural::Few,
            Plural::Many,
            Plural::Other,
        ]
        .into_iter()
        .find(|p| p.name() == name)
    }
}

/// A number with a fixed count of decimals shown: `value / 10^scale` ("2.5" is 25 and 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Num {
    pub value: i64,
    pub scale: u8,
}

impl Num {
    pub fn decimal(value: i64, scale: u8) -> Self {
        Self { value, scale }
    }

    fn pow(self) -> i64 {
        10i64.pow(u32::from(self.scale))
    }

    fn integer(self) -> i64 {
        self.value / self.pow()
    }

    fn is_exactly(self, n: i64) -> bool {
        self.value == n * self.pow()
    }
}

macro_rules! num_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Num {
            fn from(v: $t) -> Self {
                Num { value: v as i64, scale: 0 }
            }
        }
        impl From<$t> for Arg {
            fn from(v: $t) -> Self {
                Arg::Num(Num::from(v))
            }
        }
    )*};
}
num_from!(u8, u16, u32, u64, usize, i32, i64);

/// How a date is written: each language's pattern is a message of its catalog
/// (`date-long`, …), so translators decide the order and punctuation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateStyle {
    /// "Wed 25 Nov"
    Long,
    /// "25 Nov"
    Short,
    /// "Wednesday 25 November 2026"
    Full,
    /// "Wednesday"
    Weekday,
    /// "Wed 25 Nov 2026"
    LongYear,
    /// "25 Nov 2026"
    ShortYear,
}

impl DateStyle {
    fn id(self) -> &'static str {
        match self {
            DateStyle::Long => "date-long",
            DateStyle::Short => "date-short",
            DateStyle::Full => "date-full",
            DateStyle::Weekday => "date-weekday",
            DateStyle::LongYear => "date-long-year",
            DateStyle::ShortYear => "date-short-year",
        }
    }
}

/// A message argument.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Num(Num),
    /// Words that are not translated (a person's own routine name, a number's unit already
    /// chosen); anything Limber says itself is a `Msg`.
    Text(String),
    Msg(Msg),
    Date(LocalDate, DateStyle),
}

impl From<Num> for Arg {
    fn from(n: Num) -> Self {
        Arg::Num(n)
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Self {
        Arg::Msg(m)
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

/// A sentence before it has words: a catalog's message id and its arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Msg {
    pub id: Cow<'static, str>,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new(id: &'static str) -> Self {
        Self {
            id: Cow::Borrowed(id),
            args: Vec::new(),
        }
    }

    /// A message whose id is made from data (`exercise-pelvic-tilt`), for the text of a
    /// table of things (exercises, routines, reads). The build can't check these ids, so
    /// each table has a test that English has every one (and the build checks that every
    /// language has what English has).
    pub fn keyed(id: String) -> Self {
        Self {
            id: Cow::Owned(id),
            args: Vec::new(),
        }
    }

    /// Words that aren't translated because the person wrote them (their own routine's
    /// name), where a message is expected.
    pub fn plain(text: impl Into<String>) -> Self {
        Self::new("plain").arg("text", text.into())
    }

    /// The items as one phrase in the language's way of listing ("a, b and c"), from the
    /// `list-*` messages in `core.ftl`; `None` for no items.
    pub fn list(items: Vec<Msg>) -> Option<Msg> {
        let mut items = items.into_iter().rev();
        let last = items.next()?;
        let Some(before) = items.next() else {
            return Some(last);
        };
        let mut out = Msg::new("list-end").arg("first", before).arg("last", last);
        for item in items {
            out = Msg::new("list-middle").arg("first", item).arg("rest", out);
        }
        Some(out)
    }

    /// With one more argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    fn get(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }
}

/// Patterns by id, sorted by id (a plain list: smaller in the app's code than a hash map).
#[derive(Clone, Debug, Default)]
struct Entries(Vec<(String, Vec<Part>)>);

impl Entries {
    /// Sorted by id; of two with the same id, the one later in `list` stays.
    fn sorted(mut list: Vec<(String, Vec<Part>)>) -> Self {
        // Stable: equal ids keep their order, and the last of each is kept.
        list.sort_by(|a, b| a.0.cmp(&b.0));
        let mut kept: Vec<(String, Vec<Part>)> = Vec::with_capacity(list.len());
        for entry in list {
            match kept.last_mut() {
                Some(last) if last.0 == entry.0 => *last = entry,
                _ => kept.push(entry),
            }
        }
        Self(kept)
    }

    /// With `newer`'s entries (sorted) too, which replace any of the same id. A merge of two
    /// sorted lists: no sorting, so the app's first load carries no sort for its words.
    fn merge(&mut self, newer: Entries) {
        let older = std::mem::take(&mut self.0);
        let mut out = Vec::with_capacity(older.len() + newer.0.len());
        let mut older = older.into_iter().peekable();
        let mut newer = newer.0.into_iter().peekable();
        loop {
            let from_older = match (older.peek(), newer.peek()) {
                (Some(a), Some(b)) => match a.0.cmp(&b.0) {
                    std::cmp::Ordering::Less => true,
                    std::cmp::Ordering::Greater => false,
                    std::cmp::Ordering::Equal => {
                        older.next();
                        false
                    }
                },
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => break,
            };
            out.extend(if from_older {
                older.next()
            } else {
                newer.next()
            });
        }
        self.0 = out;
    }

    fn get(&self, id: &str) -> Option<&Vec<Part>> {
        self.0
            .binary_search_by(|(k, _)| k.as_str().cmp(id))
            .ok()
            .map(|i| &self.0[i].1)
    }
}

/// One file's messages and terms, read and sorted, to add to a catalog
/// ([`Catalog::merge`]). Reading is apart from adding so that the app can read in a chunk
/// of its own (the parser isn't in its first load) and add in its main module.
#[derive(Clone, Debug, Default)]
pub struct FileWords {
    messages: Entries,
    terms: Entries,
}

impl FileWords {
    /// A `.ftl` file's words.
    pub fn read(source: &str) -> Result<Self, ftl::Error> {
        let (terms, messages): (Vec<_>, Vec<_>) =
            ftl::parse(source)?.into_iter().partition(|e| e.term);
        let pairs = |list: Vec<ftl::Entry>| list.into_iter().map(|e| (e.id, e.pattern)).collect();
        Ok(Self {
            messages: Entries::sorted(pairs(messages)),
            terms: Entries::sorted(pairs(terms)),
        })
    }

    /// Words the build packed (`ftl::pack`), each list already sorted by id.
    pub fn packed(messages: &str, terms: &str) -> Self {
        Self {
            messages: Entries(ftl::unpack(messages)),
            terms: Entries(ftl::unpack(terms)),
        }
    }
}

/// One language's messages and terms, from one or more `.ftl` files.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    pub lang: Lang,
    messages: Entries,
    terms: Entries,
}

impl Catalog {
    pub fn new(lang: Lang) -> Self {
        Self {
            lang,
            ..Self::default()
        }
    }

    /// Adds a file's messages (a later file's message replaces an earlier one's).
    pub fn add(&mut self, source: &str) -> Result<(), ftl::Error> {
        self.merge(FileWords::read(source)?);
        Ok(())
    }

    /// Adds words already read (a later file's message replaces an earlier one's).
    pub fn merge(&mut self, words: FileWords) {
        self.messages.merge(words.messages);
        self.terms.merge(words.terms);
    }

    pub fn has(&self, id: &str) -> bool {
        self.messages.get(id).is_some()
    }

    /// The message in words. One this catalog lacks comes out as its id in braces, which
    /// tests look for (the build refuses a catalog missing a message English has).
    pub fn render(&self, msg: &Msg) -> String {
        let mut out = String::new();
        match self.messages.get(msg.id.as_ref()) {
            Some(pattern) => self.write(pattern, msg, &mut out),
            None => {
                out.push('{');
                out.push_str(&msg.id);
                out.push('}');
            }
        }
        if self.lang == Lang::Pseudo {
            format!("[{out}]")
        } else {
            out
        }
    }

    fn write(&self, pattern: &[Part], msg: &Msg, out: &mut String) {
        for part in pattern {
            match part {
                Part::Text(t) if self.lang == Lang::Pseudo => out.push_str(&pseudo(t)),
                // An argument ending in an abbreviation's full stop ("7 déc.", "7. Dez.") at
                // the end of a sentence: one full stop, not two.
                Part::Text(t)
                    if out.ends_with('.') && t.starts_with('.') && !t.starts_with("..") =>
                {
                    out.push_str(&t[1..])
                }
                Part::Text(t) => out.push_str(t),
                Part::Term(t) => match self.terms.get(t) {
                    Some(p) => self.write(p, msg, out),
                    None => {
                        out.push_str("{-");
                        out.push_str(t);
                        out.push('}');
                    }
                },
                Part::Var(v) => match msg.get(v) {
                    Some(a) => self.write_arg(a, out),
                    None => {
                        out.push_str("{$");
                        out.push_str(v);
                        out.push('}');
                    }
                },
                Part::Select {
                    var,
                    variants,
                    default,
                } => {
                    let chosen = self.choose(msg.get(var), variants).unwrap_or(*default);
                    self.write(&variants[chosen].1, msg, out);
                }
            }
        }
    }

    fn choose(&self, value: Option<&Arg>, variants: &[(Key, Vec<Part>)]) -> Option<usize> {
        match value? {
            Arg::Num(n) => variants
                .iter()
                .position(|(k, _)| matches!(k, Key::Number(x) if n.scale == 0 && *x == n.value))
                .or_else(|| {
                    let cat = self.lang.plural(*n).name();
                    variants
                        .iter()
                        .position(|(k, _)| matches!(k, Key::Word(w) if w == cat))
                }),
            Arg::Text(s) => variants
                .iter()
                .position(|(k, _)| matches!(k, Key::Word(w) if w == s)),
            Arg::Msg(_) | Arg::Date(..) => None,
        }
    }

    fn write_arg(&self, arg: &Arg, out: &mut String) {
        match arg {
            Arg::Num(n) => out.push_str(&self.lang.number(*n)),
            Arg::Text(t) => out.push_str(t),
            Arg::Msg(m) => out.push_str(&self.render(m)),
            Arg::Date(d, style) => out.push_str(&self.date(*d, *style)),
        }
    }

    /// A date in this language's pattern for `style`, with its names of days and months.
    pub fn date(&self, d: LocalDate, style: DateStyle) -> String {
        let weekday = u32::from(d.weekday()) + 1;
        let month = u32::from(d.month);
        let (weekday_id, month_id) = match style {
            DateStyle::Long | DateStyle::Short | DateStyle::LongYear | DateStyle::ShortYear => {
                ("weekday-short", "month-short")
            }
            DateStyle::Full | DateStyle::Weekday => ("weekday", "month"),
        };
        let name = |kind: &str, n: u32| {
            let id = format!("{kind}-{n}");
            let mut s = String::new();
            match self.messages.get(&id) {
                Some(p) => self.write(p, &Msg::new("date"), &mut s),
                None => s = format!("{{{id}}}"),
            }
            s
        };
        // The year is written as it is, never grouped ("2026", not "2,026").
        let msg = Msg::new(style.id())
            .arg("weekday", name(weekday_id, weekday))
            .arg("day", u32::from(d.day))
            .arg("month", name(month_id, month))
            .arg("year", d.year.to_string());
        let mut out = String::new();
        match self.messages.get(style.id()) {
            Some(p) => self.write(p, &msg, &mut out),
            None => out = format!("{{{}}}", style.id()),
        }
        if self.lang == Lang::Pseudo {
            format!("[{out}]")
        } else {
            out
        }
    }
}

/// A message in English words, from every English file (read once per thread): for tests
/// of the sentences the domain builds.
pub fn english_text(msg: &Msg) -> String {
    thread_local! {
        static ALL: Catalog = english(Lang::En, &[]);
    }
    ALL.with(|c| c.render(msg))
}

/// English, from the files built into the app: every area, or only `areas`.
pub fn english(lang: Lang, areas: &[&str]) -> Catalog {
    let mut c = Catalog::new(lang);
    for (area, source) in messages::ENGLISH {
        if areas.is_empty() || areas.contains(area) {
            // The build read these files already and refuses any it can't.
            if let Err(e) = c.add(source) {
                debug_assert!(false, "{area}.ftl: {e}");
            }
        }
    }
    c
}

/// English made longer (about a third), accented and still readable, for the
/// pseudo-language: a screen showing plain English has text that skipped the catalogs.
fn pseudo(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut letters = 0;
    for c in text.chars() {
        let accented = match c {
            'a' => 'á',
            'e' => 'é',
            'i' => 'í',
            'o' => 'ó',
            'u' => 'ú',
            'A' => 'Å',
            'E' => 'É',
            'I' => 'Î',
            'O' => 'Ø',
            'U' => 'Û',
            'c' => 'ç',
            'n' => 'ñ',
            's' => 'š',
            'y' => 'ý',
            'C' => 'Ç',
            'N' => 'Ñ',
            'S' => 'Š',
            other => other,
        };
        out.push(accented);
        // Every other letter doubled: a third longer or more, as German and French often are.
        if c.is_ascii_alphabetic() {
            if letters % 2 == 0 {
                out.push(accented);
            }
            letters += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_packed_first_screen_words_are_the_first_screen_files() {
        let packed = {
            let mut c = Catalog::new(Lang::En);
            c.merge(FileWords::packed(
                messages::EMBEDDED_MESSAGES,
                messages::EMBEDDED_TERMS,
            ));
            c
        };
        let parsed = english(Lang::En, messages::FIRST);
        assert_eq!(packed.messages.0, parsed.messages.0);
        assert_eq!(packed.terms.0, parsed.terms.0);
        assert!(packed.has("today-title") && !packed.has("coach-hero-second"));
    }

    #[test]
    fn a_later_file_replaces_a_message_and_keeps_the_rest_sorted() {
        let mut c = Catalog::new(Lang::En);
        c.add("b = one\nd = two\n-t = T\n").unwrap();
        c.add("a = three\nd = four { -t }\nc = five\n").unwrap();
        let ids: Vec<&str> = c.messages.0.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(ids, ["a", "b", "c", "d"]);
        assert_eq!(c.render(&Msg::keyed("d".into())), "four T");
        assert_eq!(c.render(&Msg::keyed("b".into())), "one");
        // Within one file, the later of two of the same id.
        let mut c = Catalog::new(Lang::En);
        c.add("x = first\nx = second\n").unwrap();
        assert_eq!(c.render(&Msg::keyed("x".into())), "second");
    }

    #[test]
    fn every_exercise_and_built_in_routine_has_a_name_in_english() {
        for ex in crate::domain::library::EXERCISES {
            let name = english_text(&ex.title());
            assert_eq!(name, ex.name, "{}", ex.id);
        }
        for r in crate::domain::catalog::ROUTINES {
            let name = english_text(&r.title());
            assert_eq!(name, r.name, "{}", r.id);
        }
    }

    #[test]
    fn a_date_ending_a_sentence_has_one_full_stop() {
        let fr = catalog(
            Lang::Fr,
            "month-short-12 = déc.\nweekday-short-1 = lun.\ndate-long = { $weekday } { $day } { $month }\nsaid = Signalé le { $date }. Ensuite, rien.\ndots = { $date }... ou pas",
        );
        let d = LocalDate {
            year: 2026,
            month: 12,
            day: 7,
        };
        let msg = |id| Msg::new(id).arg("date", Arg::Date(d, DateStyle::Long));
        assert_eq!(
            fr.render(&msg("said")),
            "Signalé le lun. 7 déc. Ensuite, rien."
        );
        assert_eq!(fr.render(&msg("dots")), "lun. 7 déc.... ou pas");
    }

    #[test]
    fn lists_join_in_each_languages_way() {
        let items = |n: usize| {
            (0..n)
                .map(|i| Msg::plain(["a", "b", "c", "d"][i]))
                .collect()
        };
        assert_eq!(Msg::list(Vec::new()), None);
        let en = english(Lang::En, &["core"]);
        let say = |n| en.render(&Msg::list(items(n)).unwrap());
        assert_eq!(say(1), "a");
        assert_eq!(say(2), "a and b");
        assert_eq!(say(4), "a, b, c and d");
    }

    const EN: &str = "\
-brand = Limber
date-long = { $weekday } { $day } { $month }
date-short = { $day } { $month }
date-full = { $weekday } { $day } { $month } { $year }
date-weekday = { $weekday }
weekday-3 = Wednesday
weekday-short-3 = Wed
month-11 = November
month-short-11 = Nov
# Variables:
#   $count (Number) - sessions done
sessions = { $count ->
    [0] No sessions yet.
    [one] One session in { -brand }.
   *[other] { $count } sessions in { -brand }.
}
# Variables:
#   $name (String) - a routine's name
#   $day (Date) - when
next = Your next session, { $name }, is on { $day }.
";

    const FR: &str = "\
-brand = Limber
date-long = { $weekday } { $day } { $month }
date-short = { $day } { $month }
date-full = { $weekday } { $day } { $month } { $year }
date-weekday = { $weekday }
weekday-3 = mercredi
weekday-short-3 = mer.
month-11 = novembre
month-short-11 = nov.
sessions = { $count ->
    [0] Aucune séance pour l’instant.
    [one] { $count } séance dans { -brand }.
   *[other] { $count } séances dans { -brand }.
}
next = Votre prochaine séance, { $name }, est le { $day }.
";

    fn catalog(lang: Lang, src: &str) -> Catalog {
        let mut c = Catalog::new(lang);
        c.add(src).unwrap();
        c
    }

    fn wed() -> LocalDate {
        LocalDate::from_epoch_ms(1_795_564_800_000 + 10 * 3_600_000, 0)
    }

    #[test]
    fn plural_categories_follow_each_language() {
        let n = |v: i64| Num::from(v);
        for (lang, value, want) in [
            (Lang::En, n(1), Plural::One),
            (Lang::En, n(0), Plural::Other),
            (Lang::En, Num::decimal(10, 1), Plural::Other),
            (Lang::De, n(1), Plural::One),
            (Lang::De, n(2), Plural::Other),
            (Lang::Fr, n(0), Plural::One),
            (Lang::Fr, n(1), Plural::One),
            (Lang::Fr, Num::decimal(15, 1), Plural::One),
            (Lang::Fr, n(2), Plural::Other),
            (Lang::Fr, n(1_000_000), Plural::Many),
            (Lang::Es, n(1), Plural::One),
            (Lang::Es, Num::decimal(10, 1), Plural::One),
            (Lang::Es, n(0), Plural::Other),
            (Lang::Es, n(2_000_000), Plural::Many),
        ] {
            assert_eq!(lang.plural(value), want, "{lang:?} {value:?}");
            assert!(Plural::of(lang).contains(&want));
        }
    }

    #[test]
    fn numbers_are_written_each_languages_way() {
        let d = Num::decimal(123_456, 2);
        assert_eq!(Lang::En.number(d), "1,234.56");
        assert_eq!(Lang::De.number(d), "1.234,56");
        assert_eq!(Lang::Es.number(d), "1234,56");
        assert_eq!(Lang::Es.number(Num::from(12_345)), "12.345");
        assert_eq!(Lang::Fr.number(d), "1\u{202F}234,56");
        assert_eq!(Lang::De.number(Num::decimal(5, 1)), "0,5");
        assert_eq!(Lang::En.number(Num::decimal(-25, 1)), "-2.5");
        assert_eq!(Lang::En.number(Num::from(999)), "999");
    }

    #[test]
    fn a_tag_is_understood_however_it_is_written() {
        assert_eq!(Lang::from_tag("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_tag("fr_CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("ES"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("eng-US-f000"), Some(Lang::En));
        assert_eq!(Lang::from_tag("en-XA"), Some(Lang::Pseudo));
        assert_eq!(Lang::from_tag("nl-NL"), None);
        assert_eq!(Lang::negotiate(&["nl-NL", "fr-BE", "en"]), Lang::Fr);
        assert_eq!(Lang::negotiate(&["ja"]), Lang::En);
        assert_eq!(Lang::negotiate::<&str>(&[]), Lang::En);
        assert_eq!(
            Lang::negotiate(&["en-XA"]),
            Lang::En,
            "never chosen from a phone"
        );
    }

    #[test]
    fn messages_render_with_plurals_terms_dates_and_nested_messages() {
        let en = catalog(Lang::En, EN);
        let fr = catalog(Lang::Fr, FR);
        let sessions = |n: u32| Msg::new("sessions").arg("count", n);
        assert_eq!(en.render(&sessions(0)), "No sessions yet.");
        assert_eq!(en.render(&sessions(1)), "One session in Limber.");
        assert_eq!(en.render(&sessions(1200)), "1,200 sessions in Limber.");
        assert_eq!(fr.render(&sessions(1)), "1 séance dans Limber.");
        assert_eq!(
            fr.render(&sessions(1200)),
            "1\u{202F}200 séances dans Limber."
        );
        let next = Msg::new("next")
            .arg("name", sessions(2))
            .arg("day", Arg::Date(wed(), DateStyle::Long));
        assert_eq!(
            en.render(&next),
            "Your next session, 2 sessions in Limber., is on Wed 25 Nov."
        );
        assert_eq!(
            fr.render(&next),
            "Votre prochaine séance, 2 séances dans Limber., est le mer. 25 nov."
        );
        assert_eq!(
            en.date(wed(), DateStyle::Full),
            "Wednesday 25 November 2026"
        );
    }

    #[test]
    fn what_is_missing_shows_in_braces() {
        let en = catalog(Lang::En, EN);
        assert_eq!(en.render(&Msg::new("nope")), "{nope}");
        assert_eq!(
            en.render(&Msg::new("next")),
            "Your next session, {$name}, is on {$day}."
        );
    }

    #[test]
    fn every_language_writes_dates_its_own_way() {
        let files = |lang: &str| {
            std::fs::read_to_string(format!(
                "{}/locales/{lang}/core.ftl",
                env!("CARGO_MANIFEST_DIR")
            ))
            .unwrap()
        };
        let d = wed();
        let want = [
            (
                Lang::En,
                "Wed 25 Nov",
                "25 Nov",
                "Wednesday 25 November 2026",
            ),
            (
                Lang::De,
                "Mi., 25. Nov.",
                "25. Nov.",
                "Mittwoch, 25. November 2026",
            ),
            (
                Lang::Es,
                "mié, 25 nov",
                "25 nov",
                "miércoles, 25 de noviembre de 2026",
            ),
            (
                Lang::Fr,
                "mer. 25 nov.",
                "25 nov.",
                "mercredi 25 novembre 2026",
            ),
        ];
        for (lang, long, short, full) in want {
            let c = catalog(lang, &files(lang.tag()));
            assert_eq!(c.date(d, DateStyle::Long), long);
            assert_eq!(c.date(d, DateStyle::Short), short);
            assert_eq!(c.date(d, DateStyle::Full), full);
        }
        // The generated constructors and the built-in English agree.
        let en = english(Lang::En, &["core"]);
        assert_eq!(en.render(&messages::date_weekday("Friday")), "Friday");
        // The pseudo-language's names are accented English, and a date is bracketed like a
        // message (a screen showing one unbracketed wrote it without the catalog).
        assert_eq!(
            english(Lang::Pseudo, &[]).date(d, DateStyle::Short),
            "[25 ÑÑóvv]"
        );
    }

    #[test]
    fn the_pseudo_language_is_longer_accented_and_bracketed() {
        let p = catalog(Lang::Pseudo, EN);
        let out = p.render(&Msg::new("sessions").arg("count", 3u32));
        assert!(out.starts_with('[') && out.ends_with(']'), "{out}");
        assert!(out.contains('3'));
        let plain = "3 sessions in Limber.";
        assert!(
            out.chars().count() as f64 >= plain.chars().count() as f64 * 1.3,
            "{out}"
        );
        assert!(!out.contains("sessions"), "{out}");
    }
}
