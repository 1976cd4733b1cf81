//! The person's locale ("en-GB", "pt_BR", "zh-Hant-TW"), for what depends on where they are:
//! the first day of their week (`calendar`) and the number to call in an emergency (`safety`).

/// The region a locale names, upper case ("GB"), if it names one.
pub fn region(locale: &str) -> Option<String> {
    locale
        .split(['-', '_'])
        .skip(1)
        .find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_ascii_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_region_is_the_two_letter_part_after_the_language() {
        assert_eq!(region("en-GB").as_deref(), Some("GB"));
        assert_eq!(region("pt_br").as_deref(), Some("BR"));
        assert_eq!(region("zh-Hant-TW").as_deref(), Some("TW"));
        assert_eq!(region("de"), None);
        assert_eq!(region(""), None);
        assert_eq!(region("es-419"), None);
    }
}
