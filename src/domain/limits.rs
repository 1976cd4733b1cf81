//! Limits shared across the domain, in one small module every other module may import, so
//! no two domain modules need each other for a number.

use super::i18n::{messages, Msg};
use super::words::{self, CHARACTER};

/// Longest note kept with a session, a logged activity or a backup record, in characters.
pub const MAX_NOTE_CHARS: usize = 2_000;

/// Dates outside these (2000 to 2100) can't be real, and would make day-by-day loops
/// (streaks, calendars) run for ages.
pub const EARLIEST_MS: i64 = 946_684_800_000;
pub const LATEST_MS: i64 = 4_102_444_800_000;

/// Longest distance a logged activity may have: 200 km.
pub const MAX_DISTANCE_M: u32 = 200_000;

/// A note as typed, checked: `Ok(None)` for an empty one, `Ok(Some(trimmed))`, or the
/// message to show when it is too long. Never cut silently.
pub fn check_note(text: &str) -> Result<Option<String>, String> {
    let trimmed = text.trim();
    let n = trimmed.chars().count();
    if n > MAX_NOTE_CHARS {
        return Err(format!(
            "Your note is {} too long. Please shorten it to {MAX_NOTE_CHARS} characters or fewer to save it.",
            words::count(n as u64 - MAX_NOTE_CHARS as u64, CHARACTER)
        ));
    }
    Ok((!trimmed.is_empty()).then(|| trimmed.to_string()))
}

/// The live count under a note field: "12 of 2000 characters".
pub fn note_count_label(text: &str) -> String {
    let n = text.trim().chars().count();
    format!("{n} of {MAX_NOTE_CHARS} characters")
}

/// [`check_note`], with the message to show in the person's language.
pub fn check_note_msg(text: &str) -> Result<Option<String>, Msg> {
    let trimmed = text.trim();
    let n = trimmed.chars().count();
    if n > MAX_NOTE_CHARS {
        return Err(messages::more_note_too_long(
            n - MAX_NOTE_CHARS,
            MAX_NOTE_CHARS.to_string(),
        ));
    }
    Ok((!trimmed.is_empty()).then(|| trimmed.to_string()))
}

/// [`note_count_label`] in the person's language: "12 of 2000 characters".
pub fn note_count_msg(text: &str) -> Msg {
    messages::more_note_count(text.trim().chars().count(), MAX_NOTE_CHARS.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_note_is_refused_never_cut() {
        assert_eq!(check_note("  "), Ok(None));
        assert_eq!(check_note(" Felt good "), Ok(Some("Felt good".into())));
        let exact = "x".repeat(MAX_NOTE_CHARS);
        assert_eq!(check_note(&exact), Ok(Some(exact.clone())));
        let over = "x".repeat(MAX_NOTE_CHARS + 1);
        let msg = check_note(&over).unwrap_err();
        assert!(msg.contains("1 character too long"), "{msg}");
        let way_over = "é".repeat(MAX_NOTE_CHARS + 25);
        assert!(check_note(&way_over)
            .unwrap_err()
            .contains("25 characters too long"));
        assert_eq!(note_count_label("hello"), "5 of 2000 characters");
        let en = |m: &Msg| crate::domain::i18n::english_text(m);
        assert_eq!(en(&note_count_msg("hello")), "5 of 2000 characters");
        assert_eq!(check_note_msg(" Felt good "), Ok(Some("Felt good".into())));
        // The same words as before, from the catalog.
        for text in [over, way_over] {
            assert_eq!(check_note_msg(&text).map_err(|m| en(&m)), check_note(&text));
        }
    }
}
