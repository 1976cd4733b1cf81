//! QR codes for share links, so a physiotherapist can hand a routine over by showing a code
//! that the person scans with their phone's camera.
//!
//! The `qrcode` crate does the encoding (pure Rust); the drawing is ours: one SVG path of the
//! dark modules in a square `viewBox`, with the quiet zone the standard asks for, dark on
//! white whatever the app's colours (scanners need the contrast), sized by CSS.

use qrcode::{Color, EcLevel, QrCode};

/// Modules of light margin on each side (the standard's quiet zone).
pub const QUIET_ZONE: usize = 4;

/// Why a text has no code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QrError {
    /// Longer than the largest QR code holds (about 2,900 bytes).
    TooLong,
}

impl QrError {
    /// What went wrong, in words.
    pub fn msg(&self) -> crate::domain::i18n::Msg {
        crate::domain::i18n::messages::routines_qr_too_long()
    }
}

/// A QR code for `text` as SVG markup (a whole `<svg>` element). Medium error correction
/// when it fits (a smudged screen still scans), low for the longest links.
pub fn svg(text: &str, label: &str) -> Result<String, QrError> {
    draw(&code(text, &[EcLevel::M, EcLevel::L])?, label)
}

/// A code to print on paper: low error correction, so the same link takes fewer, larger
/// modules in the small space a printed page gives it (clean paper needs little repair).
pub fn svg_for_paper(text: &str, label: &str) -> Result<String, QrError> {
    draw(&code(text, &[EcLevel::L])?, label)
}

/// The first of `levels` that holds `text`.
fn code(text: &str, levels: &[EcLevel]) -> Result<QrCode, QrError> {
    levels
        .iter()
        .find_map(|&level| QrCode::with_error_correction_level(text, level).ok())
        .ok_or(QrError::TooLong)
}

fn draw(code: &QrCode, label: &str) -> Result<String, QrError> {
    let width = code.width();
    let size = width + 2 * QUIET_ZONE;
    let colors = code.to_colors();
    let mut path = String::with_capacity(colors.len() * 4);
    for y in 0..width {
        // Runs of dark modules on a row become one rectangle each: a much shorter path.
        let mut x = 0;
        while x < width {
            if colors[y * width + x] == Color::Dark {
                let start = x;
                while x < width && colors[y * width + x] == Color::Dark {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    Ok(format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" class="qr" viewBox="0 0 {size} {size}" role="img" aria-label="{}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path fill="#000" d="{path}"/></svg>"##,
        escape(label)
    ))
}

/// Text made safe inside an XML attribute.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The number of modules across (quiet zone included) for `text` on a screen, for sizing
/// and tests.
pub fn modules_across(text: &str) -> Option<usize> {
    across(text, &[EcLevel::M, EcLevel::L])
}

/// The same, for a code printed with [`svg_for_paper`].
pub fn modules_across_on_paper(text: &str) -> Option<usize> {
    across(text, &[EcLevel::L])
}

fn across(text: &str, levels: &[EcLevel]) -> Option<usize> {
    code(text, levels).ok().map(|c| c.width() + 2 * QUIET_ZONE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_a_square_svg_with_its_quiet_zone() {
        let svg = svg("https://example.org/limber/shared#v=1&n=Core", "A code").unwrap();
        let across = modules_across("https://example.org/limber/shared#v=1&n=Core").unwrap();
        assert!(svg.starts_with("<svg "));
        assert!(svg.contains(&format!(r#"viewBox="0 0 {across} {across}""#)));
        assert!(svg.contains(r##"fill="#fff""##) && svg.contains(r##"fill="#000""##));
        // The finder pattern's top-left corner sits just inside the quiet zone.
        assert!(svg.contains(&format!("M{QUIET_ZONE} {QUIET_ZONE}h7v1h-7z")));
        assert!(svg.contains(r#"aria-label="A code""#));
    }

    #[test]
    fn the_label_is_escaped() {
        let svg = svg("x", r#"Tom & "Jerry" <3"#).unwrap();
        assert!(svg.contains(r#"aria-label="Tom &amp; &quot;Jerry&quot; &lt;3""#));
    }

    #[test]
    fn too_long_for_any_code_is_said_plainly() {
        let long = "a".repeat(5_000);
        assert_eq!(svg(&long, "x"), Err(QrError::TooLong));
        assert_eq!(
            crate::domain::i18n::english_text(&QrError::TooLong.msg()),
            "This routine is too long for a code. Send the link instead."
        );
    }

    #[test]
    fn the_longest_plain_share_link_fits_a_code() {
        // 20 exercises with the longest name, note and sender, in plain words.
        let words = |n: usize| "word ".repeat(n / 5);
        let draft = crate::domain::custom::RoutineDraft {
            name: words(60),
            stage: crate::domain::routine::Stage::Building,
            note: words(200),
            from: words(60),
            items: vec![
                crate::domain::custom::CustomItem {
                    exercise: "hip-flexor-kneeling".into(),
                    dose: crate::domain::exercise::Dose::reps(12, 5, 3, 45),
                };
                crate::domain::custom::MAX_ITEMS
            ],
            built_in: None,
        };
        let link = format!(
            "https://example.org/limber/shared#{}",
            crate::domain::share::encode(&draft)
        );
        assert!(svg(&link, "x").is_ok(), "{} bytes", link.len());
    }
}

#[cfg(test)]
mod report_codes {
    use super::*;
    use crate::domain::custom::RoutineDraft;
    use crate::domain::routine::Level;
    use crate::domain::{catalog, share};

    /// Modules across (quiet zone included) that still scan when printed 30 mm wide (the
    /// report's size): about 0.4 mm a module, which a phone's camera reads from a sheet at
    /// 15-25 cm.
    const PRINTABLE_MODULES: usize = 77;

    #[test]
    fn every_built_in_routine_at_every_level_prints_as_a_small_code_that_opens_it() {
        let mut largest = 0;
        for routine in catalog::ROUTINES.iter() {
            for value in Level::MIN..=Level::MAX {
                let draft = RoutineDraft::at_level(routine, Level::new(value));
                assert_eq!(draft.check(), Ok(()), "{} at {value}", routine.id);
                // A long home for the app: a GitHub Pages project under a long name.
                let link = format!(
                    "https://a-physiotherapy-practice-name.github.io/limber-back-exercises/shared#{}",
                    share::encode(&draft)
                );
                let fragment = link.split_once('#').unwrap().1;
                assert_eq!(
                    share::decode(fragment).as_ref(),
                    Ok(&draft),
                    "{}",
                    routine.id
                );
                let across = modules_across_on_paper(&link).unwrap();
                assert!(svg_for_paper(&link, "x").is_ok());
                largest = largest.max(across);
                assert!(
                    across <= PRINTABLE_MODULES,
                    "{} at {value}: {across} modules, {} bytes",
                    routine.id,
                    link.len()
                );
            }
        }
        eprintln!("largest report code: {largest} modules");
    }
}
