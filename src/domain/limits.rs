//! Limits shared across the domain, in one small module every other module may import, so
//! no two domain modules need each other for a number.

use super::i18n::{messages, Msg};

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

/// The live count under a note field: "12 of 2000 characters".
pub fn note_count_msg(text: &str) -> Msg {
    messages::more_note_count(text.trim().chars().count(), MAX_NOTE_CHARS.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_note_is_refused_never_cut() {
        let en = |m: &Msg| crate::domain::i18n::english_text(m);
        let check_note = |t: &str| check_note_msg(t).map_err(|m| en(&m));
        assert_eq!(check_note("  "), Ok(None));
        assert_eq!(check_note(" Felt good "), Ok(Some("Felt good".into())));
        let exact = "x".repeat(MAX_NOTE_CHARS);
        assert_eq!(check_note(&exact), Ok(Some(exact.clone())));
        let over = "x".repeat(MAX_NOTE_CHARS + 1);
        assert_eq!(
            check_note(&over),
            Err("Your note is 1 character too long. Please shorten it to 2000 characters or fewer to save it.".into())
        );
        let way_over = "é".repeat(MAX_NOTE_CHARS + 25);
        assert!(check_note(&way_over)
            .unwrap_err()
            .contains("25 characters too long"));
        assert_eq!(en(&note_count_msg("hello")), "5 of 2000 characters");
    }
}
