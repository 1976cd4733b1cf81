//! Sharing a routine as a link, so a physiotherapist can build a routine and send it to a
//! patient. The whole routine travels in the link's fragment (the part after `#`), which the
//! browser never sends to any server: `https://host/base/shared#<fragment>`.
//!
//! The fragment is short, readable and safe to paste anywhere:
//!
//! ```text
//! v=1&n=Morning%20set&s=b&t=<note>&by=Dr.%20Ng&x=pelvic-tilt*r10*2*30,walking*m10*1*0&c=<check>
//! v=2&r=core-basics&l=1&s=b&by=Dr.%20Ng&x=dead-bug*r10*2*20,…&c=<check>
//! ```
//!
//! - `v` is the format's version: 1 for a person's own routine, 2 for a built-in one
//!   ([`VERSION`] is the newest this Limber reads; a person's own still goes as 1, so a
//!   Limber from before 2 opens it).
//! - In version 1, `n` is the routine's name, as its maker wrote it. In version 2, `r` is
//!   the built-in routine's id and `l` its level (`-2`, `-1`, `1` or `2`; left out at the
//!   standard level) instead: no words of the sender's language travel, and whoever opens
//!   it reads the routine's name in theirs. The exercises and doses still travel, so a
//!   link opens as it was sent even if the built-in routine changes later.
//! - `t` is what it's for and `by` who made it. Text is percent-encoded UTF-8:
//!   `A-Z a-z 0-9 - _ . ~` stay as they are, every other byte is `%XX` in upper-case hex.
//!   `t` and `by` are left out when empty.
//! - `s` is the stage: `f` flare-up, `b` building, `m` maintaining.
//! - `x` is the exercises, separated by commas, each `<exercise id>*<work>*<sets>*<rest>`.
//!   The work is `r<reps>`, `h<seconds held>` or `m<minutes>`. The speed of each rep (the
//!   tempo) is not in the link: a shared routine's reps go at the library exercise's own
//!   speed, even if the sender's copy changed it.
//! - `c` is a check: FNV-1a (32-bit) of every byte before `&c=`, as 8 lower-case hex digits.
//!   It catches a link cut short or changed by accident; it is not a signature.
//!
//! The keys always come in this order. Anything else (an unknown or repeated key, a missing
//! one, a bad escape, a number with a leading zero) means the link was damaged.
//!
//! A link is untrusted input: [`decode`] never panics, and what it returns has passed
//! [`RoutineDraft::check`], the same rules as saving a routine by hand.

use super::catalog;
use super::custom::{BuiltIn, CustomItem, RoutineDraft, RoutineError};
use super::exercise::{Dose, Work};
use super::i18n::{messages as m, Msg};
use super::routine::{Level, Stage};

/// The newest format: [`decode`] reads it and version 1, and refuses newer ones. [`encode`]
/// writes version 1 for a person's own routine and this for a built-in one.
pub const VERSION: u32 = 2;

/// The first format, with the routine's name in words.
const NAMED: u32 = 1;

/// Longest fragment accepted, in bytes (every character of a good link is one byte), checked
/// before any parsing.
///
/// No link Limber makes is longer than about 4,930 bytes: the name, note and "from" at their
/// limits (60 + 200 + 60 characters) written in 4-byte characters such as emoji, each of which
/// becomes 12 characters in the link (3,840 in all), plus 20 exercises with the longest
/// plausible id and dose (about 1,060), plus the keys and check. A test keeps this above that.
pub const MAX_LEN: usize = 6_000;

/// Longest exercise id a link may carry. Longer is not a typo of a real id, it is damage.
const MAX_ID: usize = 40;

/// Why a shared link couldn't be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Nothing after the `#`.
    Empty,
    /// Longer than [`MAX_LEN`]: not something Limber made.
    TooLong,
    /// Made by a newer Limber, in a format this one doesn't read yet.
    NewerVersion,
    /// Cut short, changed, or not a Limber link at all.
    Damaged,
    /// A well-formed link whose routine breaks the rules for routines.
    Invalid(RoutineError),
}

impl ShareError {
    /// What went wrong, told to the person who opened the link, in whole sentences.
    pub fn msg(&self) -> Msg {
        match self {
            ShareError::Empty => m::routines_shared_empty(),
            ShareError::TooLong => m::routines_shared_too_long(),
            ShareError::NewerVersion => m::routines_shared_newer(),
            ShareError::Damaged => m::routines_shared_damaged(),
            ShareError::Invalid(e) => m::routines_shared_invalid(for_the_receiver(e)),
        }
    }
}

/// What is wrong with a shared routine, told to the person who received it (the editor's
/// own messages are written for its maker): "This routine can't be used: …".
fn for_the_receiver(e: &RoutineError) -> Msg {
    match e {
        RoutineError::NoName => m::routines_shared_bad_no_name(),
        RoutineError::NameTooLong => m::routines_shared_bad_name_too_long(),
        RoutineError::NoteTooLong => m::routines_shared_bad_note_too_long(),
        RoutineError::FromTooLong => m::routines_shared_bad_from_too_long(),
        RoutineError::NoExercises => m::routines_shared_bad_no_exercises(),
        RoutineError::TooManyExercises => {
            m::routines_shared_bad_too_many_exercises(super::custom::MAX_ITEMS)
        }
        RoutineError::UnknownExercise(_) => m::routines_shared_bad_unknown_exercise(),
        RoutineError::UnknownRoutine(_) => m::routines_shared_bad_unknown_routine(),
        RoutineError::Dose {
            position,
            exercise,
            problem,
        } => problem.sentence("routines-shared-bad-dose", *position, exercise),
        RoutineError::TooLong { minutes } => m::routines_shared_bad_too_long(*minutes),
    }
}

/// The link fragment (without the `#`) for a routine.
///
/// The speed of reps is left out (see the module notes): it opens at the library's speed.
///
/// Text is trimmed, as saving does, and any control character in it (a line break in the
/// note, say) becomes a space, so every link Limber makes can be opened. Check the draft
/// first: a draft that [`RoutineDraft::check`] refuses makes a link that [`decode`] refuses
/// (the speed of reps travels only when it differs from the library's, as `r8t4`).
pub fn encode(draft: &RoutineDraft) -> String {
    let mut out = match &draft.built_in {
        Some(b) => {
            let mut out = format!("v={VERSION}&r={}", b.id);
            let level = Level::new(b.level).value();
            if level != 0 {
                out.push_str(&format!("&l={level}"));
            }
            out
        }
        None => {
            let mut out = format!("v={NAMED}&n=");
            push_text(&mut out, &draft.name);
            out
        }
    };
    out.push_str("&s=");
    out.push(stage_code(draft.stage));
    for (key, text) in [("t", &draft.note), ("by", &draft.from)] {
        if !clean(text).is_empty() {
            out.push('&');
            out.push_str(key);
            out.push('=');
            push_text(&mut out, text);
        }
    }
    out.push_str("&x=");
    for (index, item) in draft.items.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        let work = match item.dose.work {
            Work::Reps { reps, secs_per_rep } if secs_per_rep != tempo(&item.exercise) => {
                format!("r{reps}t{secs_per_rep}")
            }
            Work::Reps { reps, .. } => format!("r{reps}"),
            Work::Hold { secs } => format!("h{secs}"),
            Work::Timed { mins } => format!("m{mins}"),
        };
        out.push_str(&format!(
            "{}*{work}*{}*{}",
            item.exercise, item.dose.sets, item.dose.rest_secs
        ));
    }
    let check = fnv1a32(out.as_bytes());
    out.push_str(&format!("&c={check:08x}"));
    out
}

/// The routine in a link fragment, with or without its leading `#`: checked against the
/// same rules as saving a routine, and tidied (text trimmed).
///
/// In order: a fragment over [`MAX_LEN`] is [`ShareError::TooLong`]; an empty one
/// [`ShareError::Empty`]; a newer version [`ShareError::NewerVersion`] (before the check,
/// so a future format still gets the right message); then a wrong check or any flaw in the
/// format is [`ShareError::Damaged`]; and a routine that breaks the rules (an unknown
/// exercise, an absurd dose) is [`ShareError::Invalid`].
pub fn decode(fragment: &str) -> Result<RoutineDraft, ShareError> {
    if fragment.len() > MAX_LEN {
        return Err(ShareError::TooLong);
    }
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.trim().is_empty() {
        return Err(ShareError::Empty);
    }
    let version = fragment
        .split('&')
        .next()
        .and_then(|field| field.strip_prefix("v="))
        .and_then(number::<u32>)
        .ok_or(ShareError::Damaged)?;
    if version > VERSION {
        return Err(ShareError::NewerVersion);
    }
    if version < NAMED {
        return Err(ShareError::Damaged);
    }
    let (body, check) = fragment.rsplit_once("&c=").ok_or(ShareError::Damaged)?;
    if parse_check(check) != Some(fnv1a32(body.as_bytes())) {
        return Err(ShareError::Damaged);
    }
    let draft = parse_body(body, version)
        .ok_or(ShareError::Damaged)?
        .tidied();
    draft.check().map_err(ShareError::Invalid)?;
    Ok(draft)
}

/// FNV-1a, 32-bit. Changing any one byte always changes the result (each step is a
/// one-to-one map of the running value), so a single mistyped character is always caught.
fn fnv1a32(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |hash, &byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

/// Exactly 8 lower-case hex digits.
fn parse_check(text: &str) -> Option<u32> {
    let well_formed = text.len() == 8
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if well_formed {
        u32::from_str_radix(text, 16).ok()
    } else {
        None
    }
}

fn stage_code(stage: Stage) -> char {
    match stage {
        Stage::FlareUp => 'f',
        Stage::Building => 'b',
        Stage::Maintaining => 'm',
    }
}

fn stage_from_code(code: &str) -> Option<Stage> {
    match code {
        "f" => Some(Stage::FlareUp),
        "b" => Some(Stage::Building),
        "m" => Some(Stage::Maintaining),
        _ => None,
    }
}

/// Text as it goes in a link: trimmed, control characters made spaces.
fn clean(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    spaced.trim().to_string()
}

/// Bytes that stay as they are in a link's text; everything else is `%XX`.
fn is_unreserved(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~')
}

fn push_text(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for byte in clean(text).bytes() {
        if is_unreserved(byte) {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0x0f)]));
        }
    }
}

/// One upper-case hex digit.
fn hex_digit(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

/// Text from a link: percent-encoded UTF-8 with no control characters.
fn parse_text(value: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(value.len());
    let mut input = value.bytes();
    while let Some(byte) = input.next() {
        if byte == b'%' {
            let high = hex_digit(input.next()?)?;
            let low = hex_digit(input.next()?)?;
            bytes.push(high << 4 | low);
        } else if is_unreserved(byte) {
            bytes.push(byte);
        } else {
            return None;
        }
    }
    let text = String::from_utf8(bytes).ok()?;
    if text.chars().any(char::is_control) {
        None
    } else {
        Some(text)
    }
}

/// A plain decimal number that fits `T`: digits only, no sign, no leading zero (but "0").
fn number<T: std::str::FromStr>(text: &str) -> Option<T> {
    let plain = !text.is_empty()
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text == "0" || !text.starts_with('0'));
    if plain {
        text.parse().ok()
    } else {
        None
    }
}

/// Could be an exercise id: `[a-z0-9-]{1,40}`.
fn is_slug(id: &str) -> bool {
    (1..=MAX_ID).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A level as a link writes it: `-2`, `-1`, `1` or `2` (the standard level is left out).
fn parse_level(text: &str) -> Option<i8> {
    match text {
        "-2" => Some(-2),
        "-1" => Some(-1),
        "1" => Some(1),
        "2" => Some(2),
        _ => None,
    }
}

/// Everything before `&c=` of a link of `version`, already checked against the check.
/// `None` for any flaw.
fn parse_body(body: &str, version: u32) -> Option<RoutineDraft> {
    let fields: Vec<(&str, &str)> = body
        .split('&')
        .map(|field| field.split_once('='))
        .collect::<Option<_>>()?;
    let mut fields = fields.into_iter().peekable();
    let mut take = |key: &str| fields.next_if(|(k, _)| *k == key).map(|(_, value)| value);
    // The version's value was read before the check.
    take("v")?;
    let (name, built_in) = if version == NAMED {
        (parse_text(take("n")?)?, None)
    } else {
        let id = take("r").filter(|id| is_slug(id))?.to_string();
        let level = take("l").map_or(Some(0), parse_level)?;
        (String::new(), Some(BuiltIn { id, level }))
    };
    let stage = stage_from_code(take("s")?)?;
    let note = take("t").map_or(Some(String::new()), parse_text)?;
    let from = take("by").map_or(Some(String::new()), parse_text)?;
    let items = parse_items(take("x")?)?;
    if fields.next().is_some() {
        return None;
    }
    Some(RoutineDraft {
        name,
        stage,
        note,
        from,
        items,
        built_in,
    })
}

fn parse_items(value: &str) -> Option<Vec<CustomItem>> {
    if value.is_empty() {
        // No exercises: well-formed, and refused by the routine rules with a clear reason.
        return Some(Vec::new());
    }
    value.split(',').map(parse_item).collect()
}

/// `<exercise id>*<work>*<sets>*<rest>`.
fn parse_item(text: &str) -> Option<CustomItem> {
    let mut parts = text.split('*');
    let (id, work, sets, rest) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || !is_slug(id) {
        return None;
    }
    let work = if let Some(reps) = work.strip_prefix('r') {
        // `r8` at the library's speed, or `r8t4` at 4 seconds a rep.
        match reps.split_once('t') {
            Some((reps, secs)) => Work::Reps {
                reps: number(reps)?,
                secs_per_rep: number(secs).filter(|t| *t != tempo(id))?,
            },
            None => Work::Reps {
                reps: number(reps)?,
                secs_per_rep: tempo(id),
            },
        }
    } else if let Some(secs) = work.strip_prefix('h') {
        Work::Hold {
            secs: number(secs)?,
        }
    } else if let Some(mins) = work.strip_prefix('m') {
        Work::Timed {
            mins: number(mins)?,
        }
    } else {
        return None;
    };
    Some(CustomItem {
        exercise: id.to_string(),
        dose: Dose {
            work,
            sets: number(sets)?,
            rest_secs: number(rest)?,
        },
    })
}

/// The library's seconds per rep for an exercise. For an unknown exercise, or one that isn't
/// done in reps, 0: the dose stays reps, and [`RoutineDraft::check`] refuses it with its
/// reason rather than this module quietly turning it into something else.
fn tempo(id: &str) -> u16 {
    match catalog::exercise(id).map(|ex| ex.dose.work) {
        Some(Work::Reps { secs_per_rep, .. }) => secs_per_rep,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::custom::{
        DoseProblem, HOLD_SECS, MAX_FROM, MAX_ITEMS, MAX_NAME, MAX_NOTE, REPS, REST_SECS, SETS,
        TIMED_MINS,
    };
    use crate::domain::i18n::english_text;
    use proptest::prelude::*;

    /// A fragment with a correct check, for links built by hand.
    fn sign(body: &str) -> String {
        format!("{body}&c={:08x}", fnv1a32(body.as_bytes()))
    }

    fn item(id: &str, dose: Dose) -> CustomItem {
        CustomItem {
            exercise: id.into(),
            dose,
        }
    }

    fn golden_draft() -> RoutineDraft {
        RoutineDraft {
            name: "Morning set".into(),
            stage: Stage::Building,
            note: "Twice a day – gently".into(),
            from: "Dr. Ng".into(),
            items: vec![
                item("pelvic-tilt", Dose::reps(10, 4, 2, 30)),
                item("knee-to-chest", Dose::hold(20, 3, 10)),
                item("walking", Dose::timed(10)),
            ],
            built_in: None,
        }
    }

    const GOLDEN: &str = "v=1&n=Morning%20set&s=b&t=Twice%20a%20day%20%E2%80%93%20gently\
                          &by=Dr.%20Ng&x=pelvic-tilt*r10*2*30,knee-to-chest*h20*3*10,\
                          walking*m10*1*0&c=7f354217";

    #[test]
    fn fnv_matches_the_published_test_vectors() {
        assert_eq!(fnv1a32(b""), 0x811c_9dc5);
        assert_eq!(fnv1a32(b"a"), 0xe40c_292c);
        assert_eq!(fnv1a32(b"foobar"), 0xbf9c_f968);
    }

    #[test]
    fn the_format_does_not_drift() {
        let draft = golden_draft();
        assert_eq!(draft.check(), Ok(()));
        assert_eq!(encode(&draft), GOLDEN);
        assert_eq!(decode(GOLDEN), Ok(draft));
    }

    #[test]
    fn empty_note_and_from_are_left_out() {
        let mut draft = golden_draft();
        draft.note = "  ".into();
        draft.from.clear();
        draft.stage = Stage::FlareUp;
        draft.items.truncate(1);
        assert_eq!(
            encode(&draft),
            sign("v=1&n=Morning%20set&s=f&x=pelvic-tilt*r10*2*30")
        );
        draft.note.clear();
        assert_eq!(decode(&encode(&draft)), Ok(draft));
    }

    #[test]
    fn a_leading_hash_is_accepted() {
        assert_eq!(decode(&format!("#{GOLDEN}")), Ok(golden_draft()));
        // Only one: "##" is not something the page ever passes on.
        assert_eq!(decode(&format!("##{GOLDEN}")), Err(ShareError::Damaged));
    }

    #[test]
    fn nothing_after_the_hash_is_empty() {
        for fragment in ["", "#", "   ", "#  \t\n"] {
            assert_eq!(decode(fragment), Err(ShareError::Empty), "{fragment:?}");
        }
        assert_eq!(
            english_text(&ShareError::Empty.msg()),
            "This link has no routine in it. Ask whoever sent it to share it again."
        );
    }

    #[test]
    fn a_huge_fragment_is_refused_before_parsing() {
        assert_eq!(decode(&"x".repeat(MAX_LEN + 1)), Err(ShareError::TooLong));
        // Measured in bytes, so long multi-byte text can't slip past.
        assert_eq!(
            decode(&"é".repeat(MAX_LEN / 2 + 1)),
            Err(ShareError::TooLong)
        );
        // Even a well-formed newer version, or whitespace, is refused for its length first.
        let mut newer = String::from("v=3&");
        newer.push_str(&"a".repeat(MAX_LEN));
        assert_eq!(decode(&newer), Err(ShareError::TooLong));
        assert_eq!(decode(&" ".repeat(MAX_LEN + 1)), Err(ShareError::TooLong));
        // At the limit it is parsed (and this one is junk).
        assert_eq!(decode(&"x".repeat(MAX_LEN)), Err(ShareError::Damaged));
        assert_eq!(
            english_text(&ShareError::TooLong.msg()),
            "This link is far longer than any routine Limber makes, so it wasn't opened. \
             Nothing has been saved."
        );
    }

    #[test]
    fn a_newer_version_says_so_whatever_follows() {
        for fragment in [
            "v=3",
            "v=3&anything=at-all",
            "#v=3&n=x",
            "v=10&c=00000000",
            &sign("v=3&n=A&s=b&x=walking*m10*1*0"),
        ] {
            assert_eq!(
                decode(fragment),
                Err(ShareError::NewerVersion),
                "{fragment:?}"
            );
        }
        assert_eq!(
            english_text(&ShareError::NewerVersion.msg()),
            "This routine was shared from a newer version of Limber. Reload Limber to update \
             it, then open the link again."
        );
    }

    #[test]
    fn a_missing_or_odd_version_is_damage() {
        for body in [
            "v=0&n=A&s=b&x=walking*m10*1*0",
            "v=01&n=A&s=b&x=walking*m10*1*0",
            "v=+1&n=A&s=b&x=walking*m10*1*0",
            "v=1.0&n=A&s=b&x=walking*m10*1*0",
            "v=&n=A&s=b&x=walking*m10*1*0",
            "v=one&n=A&s=b&x=walking*m10*1*0",
            "v=99999999999&n=A&s=b&x=walking*m10*1*0",
            "n=A&s=b&x=walking*m10*1*0",
            "n=A&v=1&s=b&x=walking*m10*1*0",
            "V=1&n=A&s=b&x=walking*m10*1*0",
        ] {
            assert_eq!(decode(&sign(body)), Err(ShareError::Damaged), "{body:?}");
        }
        assert_eq!(decode("v=1"), Err(ShareError::Damaged));
        assert_eq!(decode("hello"), Err(ShareError::Damaged));
    }

    #[test]
    fn a_wrong_or_missing_check_is_damage() {
        let body = "v=1&n=A&s=b&x=walking*m10*1*0";
        assert!(decode(&sign(body)).is_ok());
        let good = format!("{:08x}", fnv1a32(body.as_bytes()));
        for fragment in [
            body.to_string(),
            format!("{body}&c="),
            format!("{body}&c=00000000"),
            format!("{body}&c={}", &good[..7]),
            format!("{body}&c={good}0"),
            format!("{body}&c={}", good.to_uppercase()),
            format!("{body}&c={good} "),
            format!("{body}&c=+{}", &good[1..]),
            format!("{body}&c={good}&c={good}"),
            format!("{body}&C={good}"),
        ] {
            assert_eq!(decode(&fragment), Err(ShareError::Damaged), "{fragment:?}");
        }
        assert_eq!(
            english_text(&ShareError::Damaged.msg()),
            "This link looks cut short or changed, so Limber can't trust it. Nothing has been \
             saved. Ask for the link again, and copy all of it."
        );
    }

    /// Without the check, this change would open as a different routine.
    #[test]
    fn the_check_is_what_catches_a_changed_letter() {
        let link = encode(&golden_draft());
        let changed = link.replacen("Morning", "Mourning", 1);
        assert_eq!(decode(&changed), Err(ShareError::Damaged));
        let (body, _) = changed.rsplit_once("&c=").unwrap();
        let resigned = decode(&sign(body)).unwrap();
        assert_eq!(resigned.name, "Mourning set");
    }

    #[test]
    fn keys_must_be_known_single_and_in_order() {
        let item = "walking*m10*1*0";
        for body in [
            format!("v=1&n=A&s=b&x={item}&z=1"),
            format!("v=1&n=A&s=b&q=1&x={item}"),
            format!("v=1&n=A&n=B&s=b&x={item}"),
            format!("v=1&n=A&s=b&x={item}&x={item}"),
            format!("v=1&n=A&s=b&t=a&t=b&x={item}"),
            format!("v=1&v=1&n=A&s=b&x={item}"),
            format!("v=1&s=b&x={item}"),
            format!("v=1&n=A&x={item}"),
            "v=1&n=A&s=b".to_string(),
            format!("v=1&s=b&n=A&x={item}"),
            format!("v=1&n=A&s=b&by=Jo&t=Note&x={item}"),
            format!("v=1&n=A&x={item}&s=b"),
            format!("v=1&n=A&s=b&&x={item}"),
            format!("v=1&n=A&s&x={item}"),
            format!("v=1&n=A&s=B&x={item}"),
            format!("v=1&n=A&s=fb&x={item}"),
            format!("v=1&n=A&s=&x={item}"),
            format!("v=1&n=A&s=b&x={item}&"),
        ] {
            assert_eq!(decode(&sign(&body)), Err(ShareError::Damaged), "{body:?}");
        }
        // Empty note and from may be written out; they read as empty.
        let d = decode(&sign(&format!("v=1&n=A&s=m&t=&by=&x={item}"))).unwrap();
        assert_eq!(
            (d.note.as_str(), d.from.as_str(), d.stage),
            ("", "", Stage::Maintaining)
        );
    }

    #[test]
    fn text_must_be_clean_percent_encoded_utf8() {
        for text in [
            "%FF",          // not UTF-8
            "%C3",          // cut-off UTF-8
            "%ED%A0%80",    // a surrogate
            "%G1",          // not hex
            "%4",           // short escape
            "%",            // bare percent
            "%e2%80%93",    // lower-case hex
            "A%20B%2",      // short escape at the end
            "two%20words ", // raw space
            "caf\u{e9}",    // raw non-ASCII
            "a+b",          // raw reserved character
            "a%0Ab",        // line break
            "%00",          // NUL
            "%7F",          // DEL
            "%C2%85",       // NEL, a control character beyond ASCII
        ] {
            for body in [
                format!("v=1&n={text}&s=b&x=walking*m10*1*0"),
                format!("v=1&n=A&s=b&t={text}&x=walking*m10*1*0"),
                format!("v=1&n=A&s=b&by={text}&x=walking*m10*1*0"),
            ] {
                assert_eq!(decode(&sign(&body)), Err(ShareError::Damaged), "{body:?}");
            }
        }
        // Needless escapes of plain letters are still the same text.
        let d = decode(&sign("v=1&n=%41b&s=b&x=walking*m10*1*0")).unwrap();
        assert_eq!(d.name, "Ab");
    }

    #[test]
    fn the_decoded_routine_is_tidied() {
        let d = decode(&sign(
            "v=1&n=%20%20Back%20care%20&s=b&t=%20Note%20&by=%20%20&x=walking*m10*1*0",
        ))
        .unwrap();
        assert_eq!(
            (d.name.as_str(), d.note.as_str(), d.from.as_str()),
            ("Back care", "Note", "")
        );
    }

    #[test]
    fn encoding_tidies_text_so_the_link_always_opens() {
        let mut draft = golden_draft();
        draft.name = "  Morning\tset ".into();
        draft.note = "Line one\nline two\r\n".into();
        draft.from = "\u{7}".into();
        let link = encode(&draft);
        assert!(!link.contains("&by="));
        let back = decode(&link).unwrap();
        assert_eq!(back.name, "Morning set");
        assert_eq!(back.note, "Line one line two");
        assert_eq!(back.from, "");
    }

    #[test]
    fn numbers_must_be_plain_and_fit() {
        for item in [
            "pelvic-tilt*r010*2*30",
            "pelvic-tilt*r+10*2*30",
            "pelvic-tilt*r-1*2*30",
            "pelvic-tilt*r*2*30",
            "pelvic-tilt*r1 0*2*30",
            "pelvic-tilt*r70000*2*30",
            "pelvic-tilt*r10*256*30",
            "pelvic-tilt*r10*02*30",
            "pelvic-tilt*r10*2*65536",
            "pelvic-tilt*r10*2*00",
            "pelvic-tilt*r10*2*",
            "pelvic-tilt*r10*2",
            "pelvic-tilt*r10*2*30*1",
            "pelvic-tilt*x10*2*30",
            "pelvic-tilt*R10*2*30",
            "pelvic-tilt*10*2*30",
            "pelvic-tilt*r\u{661}*2*30", // an Arabic-Indic digit
            "knee-to-chest*h1e3*2*30",
            "walking*m10.5*1*0",
        ] {
            let body = format!("v=1&n=A&s=b&x={item}");
            assert_eq!(decode(&sign(&body)), Err(ShareError::Damaged), "{item:?}");
        }
        // Zero is written "0" and parses; the routine rules then refuse it.
        assert!(matches!(
            decode(&sign("v=1&n=A&s=b&x=pelvic-tilt*r0*2*0")),
            Err(ShareError::Invalid(RoutineError::Dose {
                problem: DoseProblem::Reps,
                ..
            }))
        ));
    }

    #[test]
    fn implausible_ids_are_damage_and_unknown_ones_invalid() {
        for id in [
            "",
            "Pelvic-tilt",
            "pelvic_tilt",
            "pelvic tilt",
            "pelvic%20tilt",
            "p\u{e9}lvic",
            &"a".repeat(MAX_ID + 1),
        ] {
            let body = format!("v=1&n=A&s=b&x={id}*r10*2*30");
            assert_eq!(decode(&sign(&body)), Err(ShareError::Damaged), "{id:?}");
        }
        assert_eq!(
            decode(&sign("v=1&n=A&s=b&x=pelvic-tilt*r10*2*30,,walking*m10*1*0")),
            Err(ShareError::Damaged)
        );
        let unknown = decode(&sign(
            "v=1&n=A&s=b&x=pelvic-tilt*r10*2*30,moonwalk-2*r10*2*30",
        ));
        assert_eq!(
            unknown,
            Err(ShareError::Invalid(RoutineError::UnknownExercise(
                "moonwalk-2".into()
            )))
        );
        assert_eq!(
            english_text(&unknown.unwrap_err().msg()),
            "This routine can't be used: it includes an exercise this version of Limber \
             doesn't know (reloading Limber may update it). Nothing has been saved. Ask \
             whoever sent it to check it and share it again."
        );
        // The longest plausible id is still just unknown.
        let long = "a".repeat(MAX_ID);
        assert_eq!(
            decode(&sign(&format!("v=1&n=A&s=b&x={long}*h20*1*0"))),
            Err(ShareError::Invalid(RoutineError::UnknownExercise(long)))
        );
    }

    #[test]
    fn absurd_doses_are_refused_with_the_reason() {
        let dose_problem = |items: &str| match decode(&sign(&format!("v=1&n=A&s=b&x={items}"))) {
            Err(ShareError::Invalid(RoutineError::Dose {
                position, problem, ..
            })) => Some((position, problem)),
            _ => None,
        };
        assert_eq!(
            dose_problem("pelvic-tilt*r999*2*30"),
            Some((1, DoseProblem::Reps))
        );
        assert_eq!(
            dose_problem("pelvic-tilt*r10*2*30,glute-bridge*r8*0*30"),
            Some((2, DoseProblem::Sets))
        );
        assert_eq!(
            dose_problem("knee-to-chest*h999*2*10"),
            Some((1, DoseProblem::Hold))
        );
        assert_eq!(
            dose_problem("knee-to-chest*h20*2*301"),
            Some((1, DoseProblem::Rest))
        );
        assert_eq!(
            dose_problem("walking*m0*1*0"),
            Some((1, DoseProblem::Minutes))
        );
        assert_eq!(
            dose_problem("walking*m10*2*0"),
            Some((1, DoseProblem::Sets))
        );
        // The wrong kind of dose is refused, not quietly converted.
        assert_eq!(
            dose_problem("knee-to-chest*r10*2*30"),
            Some((1, DoseProblem::WrongKind))
        );
        assert_eq!(
            dose_problem("pelvic-tilt*h20*2*30"),
            Some((1, DoseProblem::WrongKind))
        );
        assert_eq!(
            dose_problem("pelvic-tilt*m10*1*0"),
            Some((1, DoseProblem::WrongKind))
        );
        assert_eq!(
            dose_problem("walking*r10*1*0"),
            Some((1, DoseProblem::WrongKind))
        );
        let e = decode(&sign("v=1&n=A&s=b&x=pelvic-tilt*r999*2*30")).unwrap_err();
        assert_eq!(
            english_text(&e.msg()),
            "This routine can't be used: in exercise 1, Pelvic tilt, reps need to be from 1 \
             to 50. Nothing has been saved. Ask whoever sent it to check it and share it again."
        );
    }

    #[test]
    fn routine_rules_apply_to_a_well_formed_link() {
        let items = vec!["pelvic-tilt*r10*2*30"; MAX_ITEMS + 1].join(",");
        let invalid = |body: &str| match decode(&sign(body)) {
            Err(ShareError::Invalid(e)) => Some(e),
            _ => None,
        };
        assert_eq!(
            invalid(&format!("v=1&n=A&s=b&x={items}")),
            Some(RoutineError::TooManyExercises)
        );
        let twenty = vec!["pelvic-tilt*r10*2*30"; MAX_ITEMS].join(",");
        assert!(decode(&sign(&format!("v=1&n=A&s=b&x={twenty}"))).is_ok());
        assert_eq!(invalid("v=1&n=A&s=b&x="), Some(RoutineError::NoExercises));
        assert_eq!(
            invalid("v=1&n=&s=b&x=walking*m10*1*0"),
            Some(RoutineError::NoName)
        );
        assert_eq!(
            invalid("v=1&n=%20&s=b&x=walking*m10*1*0"),
            Some(RoutineError::NoName)
        );
        let long_name = "a".repeat(MAX_NAME + 1);
        assert_eq!(
            invalid(&format!("v=1&n={long_name}&s=b&x=walking*m10*1*0")),
            Some(RoutineError::NameTooLong)
        );
        assert!(matches!(
            invalid("v=1&n=A&s=b&x=walking*m90*1*0,cycling*m90*1*0"),
            Some(RoutineError::TooLong { .. })
        ));
    }

    /// The longest routine text can get, in the longest-encoding characters, still fits.
    #[test]
    fn the_largest_valid_routine_fits_in_a_link() {
        let wide = '\u{1F600}'; // 4 bytes of UTF-8, 12 characters in a link
        let longest_id = catalog::EXERCISES
            .iter()
            .filter(|ex| matches!(ex.dose.work, Work::Hold { .. }))
            .map(|ex| ex.id)
            .max_by_key(|id| id.len())
            .unwrap();
        let draft = RoutineDraft {
            name: wide.to_string().repeat(MAX_NAME),
            stage: Stage::Maintaining,
            note: wide.to_string().repeat(MAX_NOTE),
            from: wide.to_string().repeat(MAX_FROM),
            items: vec![item(longest_id, Dose::hold(100, 2, 100)); MAX_ITEMS],
            built_in: None,
        };
        assert_eq!(draft.check(), Ok(()));
        let link = encode(&draft);
        assert!(link.len() <= MAX_LEN, "{} bytes", link.len());
        assert_eq!(decode(&link), Ok(draft));

        // And the bound in MAX_LEN's doc, from the limits alone: every text byte as %XX,
        // the longest plausible id, the widest dose, every key.
        let text = 3 * 4 * (MAX_NAME + MAX_NOTE + MAX_FROM);
        let widest_item = MAX_ID + "*h180*10*300".len() + ",".len();
        let keys = "v=1&n=&s=b&t=&by=&x=&c=12345678".len();
        let bound = text + MAX_ITEMS * widest_item + keys;
        assert!(bound <= MAX_LEN, "{bound}");
        assert!(catalog::EXERCISES.iter().all(|ex| is_slug(ex.id)));
        for limit in [REPS.1, HOLD_SECS.1, TIMED_MINS.1, REST_SECS.1] {
            assert!(limit.to_string().len() <= 3);
        }
        assert!(SETS.1.to_string().len() <= 2);
    }

    #[test]
    fn every_built_in_routine_shares_and_opens() {
        for routine in catalog::ROUTINES {
            let draft = RoutineDraft::copy_of(routine);
            assert_eq!(draft.check(), Ok(()), "{}", routine.id);
            assert_eq!(decode(&encode(&draft)), Ok(draft), "{}", routine.id);
        }
    }

    /// A built-in routine as it is: by id and level, in version 2.
    fn golden_built_in() -> RoutineDraft {
        RoutineDraft {
            name: String::new(),
            stage: Stage::Building,
            note: String::new(),
            from: "Dr. Ng".into(),
            items: vec![item("pelvic-tilt", Dose::reps(10, 4, 2, 30))],
            built_in: Some(BuiltIn {
                id: "core-basics".into(),
                level: 1,
            }),
        }
    }

    const GOLDEN_BUILT_IN: &str =
        "v=2&r=core-basics&l=1&s=b&by=Dr.%20Ng&x=pelvic-tilt*r10*2*30&c=e9bacc1c";

    #[test]
    fn a_built_in_routine_travels_by_id_and_level_not_by_its_name() {
        let draft = golden_built_in();
        assert_eq!(draft.check(), Ok(()));
        assert_eq!(encode(&draft), GOLDEN_BUILT_IN);
        assert_eq!(decode(GOLDEN_BUILT_IN), Ok(draft));
        // Every built-in routine at every level: no words of the sender's language in the
        // link (only its id), and it opens as that routine at that level.
        for routine in catalog::ROUTINES {
            for value in Level::MIN..=Level::MAX {
                let level = Level::new(value);
                let draft = RoutineDraft::at_level(routine, level);
                let link = encode(&draft);
                assert!(
                    link.starts_with(&format!("v=2&r={}&", routine.id)),
                    "{link}"
                );
                assert_eq!(link.contains("&l="), value != 0, "{link}");
                assert!(!link.contains("&n="), "{link}");
                let opened = decode(&link).expect("opens");
                assert_eq!(opened, draft, "{link}");
                assert_eq!(opened.title(), draft.title());
            }
        }
        // The standard level is left out, so one routine has one link.
        let standard = sign("v=2&r=core-basics&l=0&s=b&x=pelvic-tilt*r10*2*30");
        assert_eq!(decode(&standard), Err(ShareError::Damaged));
    }

    #[test]
    fn a_built_in_routine_s_link_opens_in_the_receiver_s_language() {
        use crate::domain::i18n::{Catalog, Lang};
        let opened = decode(GOLDEN_BUILT_IN).expect("opens");
        let mut de = Catalog::new(Lang::De);
        de.add(include_str!("../../locales/de/core.ftl")).unwrap();
        de.add(include_str!("../../locales/de/routines.ftl"))
            .unwrap();
        let mut fr = Catalog::new(Lang::Fr);
        fr.add(include_str!("../../locales/fr/core.ftl")).unwrap();
        fr.add(include_str!("../../locales/fr/routines.ftl"))
            .unwrap();
        assert_eq!(english_text(&opened.title()), "Core basics (harder level)");
        let (german, french) = (de.render(&opened.title()), fr.render(&opened.title()));
        for (text, lang) in [(&german, "de"), (&french, "fr")] {
            assert!(
                !text.contains('{') && !text.contains("Core basics"),
                "{lang}: {text}"
            );
        }
        assert!(german.starts_with(&de.render(&Msg::keyed("routine-core-basics".into()))));
        // What the person saves is under the name they read.
        let saved = opened.clone().named(german.clone());
        assert_eq!(
            (saved.name.as_str(), saved.built_in),
            (german.as_str(), None)
        );
        assert_eq!(saved.items, opened.items);
    }

    #[test]
    fn a_version_2_link_is_strict_too() {
        let item = "walking*m10*1*0";
        for body in [
            format!("v=2&n=A&s=b&x={item}"),
            format!("v=2&r=easy-walk&n=A&s=b&x={item}"),
            format!("v=1&r=easy-walk&s=b&x={item}"),
            format!("v=2&s=b&x={item}"),
            format!("v=2&r=&s=b&x={item}"),
            format!("v=2&r=Easy-walk&s=b&x={item}"),
            format!("v=2&r=easy-walk&l=0&s=b&x={item}"),
            format!("v=2&r=easy-walk&l=3&s=b&x={item}"),
            format!("v=2&r=easy-walk&l=%2B1&s=b&x={item}"),
            format!("v=2&r=easy-walk&l=-0&s=b&x={item}"),
            format!("v=2&r=easy-walk&l=&s=b&x={item}"),
            format!("v=2&l=1&r=easy-walk&s=b&x={item}"),
        ] {
            assert_eq!(decode(&sign(&body)), Err(ShareError::Damaged), "{body:?}");
        }
        let walk = decode(&sign(&format!("v=2&r=easy-walk&l=-2&s=f&x={item}"))).unwrap();
        assert_eq!(walk.built_in.map(|b| b.level), Some(-2));
        // A routine a newer Limber has and this one doesn't: said so, not "damaged".
        let unknown = decode(&sign(&format!("v=2&r=moon-walk&s=b&x={item}")));
        assert_eq!(
            unknown,
            Err(ShareError::Invalid(RoutineError::UnknownRoutine(
                "moon-walk".into()
            )))
        );
        assert_eq!(
            english_text(&unknown.unwrap_err().msg()),
            "This routine can't be used: it is one of Limber's routines that this version \
             doesn't know (reloading Limber may update it). Nothing has been saved. Ask \
             whoever sent it to check it and share it again."
        );
    }

    /// The speed of reps travels only when it differs from the library's (some built-in
    /// routines slow an exercise down, e.g. trunk rotation in Flare-up relief).
    #[test]
    fn a_changed_tempo_travels_as_a_suffix() {
        let library = tempo("trunk-rotation");
        assert!(library > 1);
        let mut draft = golden_draft();
        draft.items = vec![item("trunk-rotation", Dose::reps(8, library - 1, 2, 15))];
        assert_eq!(draft.check(), Ok(()));
        let link = encode(&draft);
        assert!(
            link.contains(&format!("trunk-rotation*r8t{}*2*15", library - 1)),
            "{link}"
        );
        assert_eq!(decode(&link), Ok(draft.clone()));
        // The library's own speed is never written out, so one routine has one link.
        draft.items[0].dose = Dose::reps(8, library, 2, 15);
        assert!(encode(&draft).contains("trunk-rotation*r8*2*15"));
        let spelled_out = sign(&format!(
            "v=1&n=Morning%20set&s=b&x=trunk-rotation*r8t{library}*2*15"
        ));
        assert_eq!(decode(&spelled_out), Err(ShareError::Damaged));
        // An impossible speed is refused with the reason.
        let too_slow = sign("v=1&n=Morning%20set&s=b&x=trunk-rotation*r8t60*2*15");
        assert!(matches!(
            decode(&too_slow),
            Err(ShareError::Invalid(RoutineError::Dose {
                problem: DoseProblem::Tempo,
                ..
            }))
        ));
    }

    #[test]
    fn every_error_has_a_friendly_message() {
        let errors = [
            ShareError::Empty,
            ShareError::TooLong,
            ShareError::NewerVersion,
            ShareError::Damaged,
            ShareError::Invalid(RoutineError::NoExercises),
        ];
        for e in errors {
            let message = english_text(&e.msg());
            assert!(message.ends_with('.'), "{message}");
            assert!(!message.contains("Damaged") && !message.contains("Invalid"));
        }
        assert_eq!(
            english_text(&ShareError::Invalid(RoutineError::NoExercises).msg()),
            "This routine can't be used: it has no exercises in it. Nothing has been saved. \
             Ask whoever sent it to check it and share it again."
        );
        // Written for the person receiving it, not the editor's "Add at least one…".
        for e in [
            RoutineError::NoName,
            RoutineError::TooManyExercises,
            RoutineError::TooLong { minutes: 150 },
            RoutineError::UnknownExercise("moonwalk".into()),
        ] {
            let message = english_text(&ShareError::Invalid(e).msg());
            assert!(
                !message.contains("Give your") && !message.contains("Split it"),
                "{message}"
            );
        }
    }

    // ---- Properties ----

    /// Text of `min..=max` characters: any Unicode but control characters, trimmed (as a
    /// saved routine's text is).
    fn any_text(min: usize, max: usize) -> impl Strategy<Value = String> {
        proptest::collection::vec(
            any::<char>().prop_filter("control", |c| !c.is_control()),
            min..=max,
        )
        .prop_map(|chars| chars.into_iter().collect::<String>().trim().to_string())
    }

    /// One library exercise with a dose inside the limits. Mostly small doses, so that
    /// twenty of them usually fit the two-hour limit; sometimes anything allowed.
    fn any_item() -> impl Strategy<Value = CustomItem> {
        let small = (1u16..=12, 5u16..=30, 1u16..=5, 1u8..=3, 0u16..=30);
        let any = (
            REPS.0..=REPS.1,
            HOLD_SECS.0..=HOLD_SECS.1,
            TIMED_MINS.0..=TIMED_MINS.1,
            SETS.0..=SETS.1,
            REST_SECS.0..=REST_SECS.1,
        );
        let dose = prop_oneof![8 => small, 1 => any];
        (0..catalog::EXERCISES.len(), dose).prop_map(|(index, (reps, hold, mins, sets, rest))| {
            let ex = &catalog::EXERCISES[index];
            let dose = match ex.dose.work {
                // Now and then at another speed than the library's.
                Work::Reps { secs_per_rep, .. } => Dose::reps(
                    reps,
                    if sets == 2 {
                        (secs_per_rep % 10) + 1
                    } else {
                        secs_per_rep
                    },
                    sets,
                    rest,
                ),
                Work::Hold { .. } => Dose::hold(hold, sets, rest),
                // Timed is one bout; the rest is carried but unused.
                Work::Timed { .. } => Dose {
                    rest_secs: rest,
                    ..Dose::timed(mins)
                },
            };
            item(ex.id, dose)
        })
    }

    fn any_stage() -> impl Strategy<Value = Stage> {
        prop_oneof![
            Just(Stage::FlareUp),
            Just(Stage::Building),
            Just(Stage::Maintaining)
        ]
    }

    fn any_draft() -> impl Strategy<Value = RoutineDraft> {
        (
            any_text(1, MAX_NAME),
            any_stage(),
            any_text(0, MAX_NOTE),
            any_text(0, MAX_FROM),
            proptest::collection::vec(any_item(), 1..=MAX_ITEMS),
        )
            .prop_map(|(name, stage, note, from, items)| RoutineDraft {
                name,
                stage,
                note,
                from,
                items,
                built_in: None,
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn every_valid_routine_survives_the_trip(draft in any_draft()) {
            prop_assume!(draft.check().is_ok());
            let link = encode(&draft);
            prop_assert!(link.len() <= MAX_LEN);
            prop_assert!(link.bytes().all(|b| b.is_ascii_graphic()));
            prop_assert_eq!(decode(&link), Ok(draft.clone()));
            prop_assert_eq!(decode(&format!("#{link}")), Ok(draft));
        }

        #[test]
        fn a_link_cut_short_never_opens(draft in any_draft(), cut in any::<prop::sample::Index>()) {
            prop_assume!(draft.check().is_ok());
            let link = encode(&draft);
            let end = cut.index(link.len());
            prop_assume!(link.is_char_boundary(end));
            prop_assert!(decode(&link[..end]).is_err(), "{}", &link[..end]);
        }

        /// Every single-character change is caught. For a change within the ASCII link this
        /// is certain, not just likely: FNV-1a maps a changed byte to a changed hash. Without
        /// the check, a changed letter in the name would open as another routine.
        #[test]
        fn a_changed_character_never_opens(
            draft in any_draft(),
            at in any::<prop::sample::Index>(),
            to in prop_oneof![4 => proptest::char::range(' ', '~'), 1 => any::<char>()],
        ) {
            prop_assume!(draft.check().is_ok());
            let link = encode(&draft);
            let chars: Vec<char> = link.chars().collect();
            let at = at.index(chars.len());
            prop_assume!(chars[at] != to);
            let mut changed = chars;
            changed[at] = to;
            let changed: String = changed.into_iter().collect();
            prop_assert!(decode(&changed).is_err(), "{}", changed);
        }

        #[test]
        fn decoding_any_text_never_panics(text in any::<String>()) {
            let _ = decode(&text);
            let _ = decode(&sign(&text));
        }

        #[test]
        fn decoding_the_format_alphabet_never_panics(
            text in "#?[v=1&nsxbyct*rhmf,%0-9a-fA-F~._-]{0,300}",
        ) {
            let _ = decode(&text);
            if let Ok(draft) = decode(&sign(&text)) {
                prop_assert_eq!(draft.check(), Ok(()));
            }
        }

        /// Past the check, with the keys right: whatever opens is a valid, tidy routine,
        /// and shares again as itself. Mostly plausible items, so that many do open.
        #[test]
        fn whatever_opens_is_valid_and_tidy(
            name in prop_oneof![
                6 => "([A-Za-z0-9._~-]|%20|%C3%A9){0,12}",
                1 => "([A-Za-z0-9%]|%[0-9A-F]{2}){0,8}",
            ],
            stage in prop_oneof![6 => "[fbm]", 1 => "[a-z]?"],
            note in proptest::option::of(prop_oneof![
                6 => "([a-z]|%20|%E2%80%93){0,12}",
                1 => "([a-z%]|%0A|%[0-9A-F]{2}){0,8}",
            ]),
            items in proptest::collection::vec(
                prop_oneof![
                    6 => (
                        prop::sample::select(catalog::EXERCISES.to_vec()),
                        "[1-9][0-9]?",
                        "[1-3]",
                        "0|[1-9][0-9]?",
                    )
                        .prop_map(|(ex, amount, sets, rest)| {
                            let kind = match ex.dose.work {
                                Work::Reps { .. } => 'r',
                                Work::Hold { .. } => 'h',
                                Work::Timed { .. } => 'm',
                            };
                            format!("{}*{kind}{amount}*{sets}*{rest}", ex.id)
                        }),
                    1 => "[a-z0-9*rhm+-]{0,24}",
                ],
                0..=5,
            ),
        ) {
            let mut body = format!("v=1&n={name}&s={stage}");
            if let Some(note) = note {
                body.push_str(&format!("&t={note}"));
            }
            body.push_str(&format!("&x={}", items.join(",")));
            if let Ok(draft) = decode(&sign(&body)) {
                prop_assert_eq!(draft.check(), Ok(()));
                prop_assert_eq!(draft.clone().tidied(), draft.clone());
                prop_assert_eq!(decode(&encode(&draft)), Ok(draft));
            }
        }
    }
}
