//! The optional body-weight log (off unless the person turns it on): a healthy weight takes
//! some load off the spine. One entry per local day, stored in grams so switching between
//! kilograms and pounds never changes what was entered by more than a rounding.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::calendar::LocalDate;
use super::i18n::{messages, Arg, DateStyle, Msg, Num};
use super::limits::{EARLIEST_MS, LATEST_MS};
use super::settings::Units;

/// The lightest and heaviest weight accepted, in kilograms. In pounds the limits are these
/// converted and rounded to whole pounds (55 and 772 lb), see [`limits`].
pub const MIN_KG: u32 = 25;
pub const MAX_KG: u32 = 350;
/// Most entries an imported backup may hold (more than 13 years of daily weighing).
pub const MAX_ENTRIES: usize = 5_000;
/// Days back the trend compares with.
pub const TREND_DAYS: i64 = 28;

/// Grams in a pound, times 10^5 (1 lb = 453.59237 g exactly).
const GRAMS_PER_LB_E5: u64 = 45_359_237;
const MAX_OFFSET_MIN: i16 = 14 * 60;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeightEntry {
    /// When, in ms since the epoch (UTC), and the UTC offset then.
    pub at: i64,
    pub utc_offset_min: i16,
    pub grams: u32,
}

impl WeightEntry {
    pub fn local_date(&self) -> LocalDate {
        LocalDate::from_epoch_ms(self.at, self.utc_offset_min)
    }
}

/// Why typed text is not a weight. Each message says what to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeightError {
    NotANumber { units: Units },
    TooPrecise,
    OutOfRange { units: Units },
}

impl WeightError {
    /// What to do about it, in words.
    pub fn msg(&self) -> Msg {
        match *self {
            WeightError::NotANumber { units } => {
                let example = match units {
                    Units::Metric => Num::decimal(725, 1),
                    Units::Imperial => Num::decimal(1_605, 1),
                };
                messages::records_weight_error_number(example)
            }
            WeightError::TooPrecise => messages::records_weight_error_precise(),
            WeightError::OutOfRange { units } => {
                let (lo, hi) = limits(units);
                match units {
                    Units::Metric => messages::records_weight_error_range_kg(lo, hi),
                    Units::Imperial => messages::records_weight_error_range_lb(lo, hi),
                }
            }
        }
    }
}

/// `n / d` rounded half up; `d` must not be 0 (only constants are passed).
fn div_round(n: u64, d: u64) -> u64 {
    (2 * n + d) / (2 * d)
}

/// Whole kilograms to whole pounds, rounded.
fn kg_to_whole_lb(kg: u32) -> u32 {
    let lb = div_round(u64::from(kg) * 100_000_000, GRAMS_PER_LB_E5);
    u32::try_from(lb).unwrap_or(u32::MAX)
}

/// The accepted range in whole units of `units`, both ends included: 25 to 350 kg, or
/// 55 to 772 lb.
pub fn limits(units: Units) -> (u32, u32) {
    match units {
        Units::Metric => (MIN_KG, MAX_KG),
        Units::Imperial => (kg_to_whole_lb(MIN_KG), kg_to_whole_lb(MAX_KG)),
    }
}

/// Hundredths of a unit to grams, rounded.
fn hundredths_to_grams(hundredths: u64, units: Units) -> u64 {
    match units {
        Units::Metric => hundredths * 10,
        Units::Imperial => div_round(hundredths * GRAMS_PER_LB_E5, 10_000_000),
    }
}

/// The lightest and heaviest stored weight in grams: what either unit's limits allow.
fn grams_bounds() -> (u32, u32) {
    let grams = |whole: u32, units: Units| {
        u32::try_from(hundredths_to_grams(u64::from(whole) * 100, units)).unwrap_or(u32::MAX)
    };
    let (metric_lo, metric_hi) = limits(Units::Metric);
    let (lb_lo, lb_hi) = limits(Units::Imperial);
    (
        grams(metric_lo, Units::Metric).min(grams(lb_lo, Units::Imperial)),
        grams(metric_hi, Units::Metric).max(grams(lb_hi, Units::Imperial)),
    )
}

/// A weight typed in `units` to grams. Accepts "72", "72.5", "72,5" and spaces around it,
/// with at most two decimals, and the unit itself after the number ("72.5 kg").
pub fn parse(input: &str, units: Units) -> Result<u32, WeightError> {
    let not_a_number = WeightError::NotANumber { units };
    let out_of_range = WeightError::OutOfRange { units };
    let mut text = input.trim();
    let suffixes: &[&str] = match units {
        Units::Metric => &["kgs", "kg"],
        Units::Imperial => &["lbs", "lb"],
    };
    for suffix in suffixes {
        let lower = text.to_ascii_lowercase();
        if lower.ends_with(suffix) {
            // Only ASCII was lowered, so byte positions match.
            text = text
                .get(..text.len() - suffix.len())
                .unwrap_or("")
                .trim_end();
            break;
        }
    }
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    let (whole, frac) = match text.split_once(['.', ',']) {
        Some((w, f)) => (w, f),
        None => (text, ""),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(frac) {
        return Err(not_a_number);
    }
    if frac.len() > 2 {
        return Err(WeightError::TooPrecise);
    }
    let whole = whole.trim_start_matches('0');
    if negative || whole.len() > 6 {
        return Err(out_of_range);
    }
    let number = |s: &str| s.bytes().fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
    let frac_hundredths = match frac.len() {
        0 => 0,
        1 => number(frac) * 10,
        _ => number(frac),
    };
    let hundredths = number(whole) * 100 + frac_hundredths;
    let (lo, hi) = limits(units);
    if !(u64::from(lo) * 100..=u64::from(hi) * 100).contains(&hundredths) {
        return Err(out_of_range);
    }
    u32::try_from(hundredths_to_grams(hundredths, units)).map_err(|_| out_of_range)
}

/// Tenths of a unit, rounded half up.
fn tenths(grams: u32, units: Units) -> u64 {
    match units {
        Units::Metric => div_round(u64::from(grams), 100),
        Units::Imperial => div_round(u64::from(grams) * 1_000_000, GRAMS_PER_LB_E5),
    }
}

fn tenths_msg(tenths: u64, units: Units) -> Msg {
    let n = Num::decimal(i64::try_from(tenths).unwrap_or(i64::MAX), 1);
    match units {
        Units::Metric => messages::records_weight_kg(n),
        Units::Imperial => messages::records_weight_lb(n),
    }
}

/// "72.5 kg" or "159.8 lb": one decimal, rounded half up.
pub fn format_msg(grams: u32, units: Units) -> Msg {
    tenths_msg(tenths(grams, units), units)
}

/// The weight as a number in `units`, for charts.
pub fn value_in(grams: u32, units: Units) -> f64 {
    match units {
        Units::Metric => f64::from(grams) / 1000.0,
        Units::Imperial => f64::from(grams) / 453.592_37,
    }
}

/// The log with `entry` added: it replaces any entry on the same local day. Oldest first.
pub fn add(entries: &[WeightEntry], entry: WeightEntry) -> Vec<WeightEntry> {
    let day = entry.local_date();
    let mut out: Vec<WeightEntry> = entries
        .iter()
        .filter(|e| e.local_date() != day)
        .cloned()
        .chain(std::iter::once(entry))
        .collect();
    out.sort_by_key(|e| e.at);
    out
}

/// Union of two logs (an import) by local day; where both have the same day the later
/// entry is kept. Oldest first.
pub fn merge(a: &[WeightEntry], b: &[WeightEntry]) -> Vec<WeightEntry> {
    let mut by_day: BTreeMap<LocalDate, &WeightEntry> = BTreeMap::new();
    for e in a.iter().chain(b) {
        let kept = by_day.entry(e.local_date()).or_insert(e);
        if e.at > kept.at {
            *kept = e;
        }
    }
    let mut out: Vec<WeightEntry> = by_day.into_values().cloned().collect();
    out.sort_by_key(|e| e.at);
    out
}

/// One sentence comparing the newest entry with the one closest to four weeks before it
/// (or the first, in a shorter log), as the person would read both: "Down 1.5 kg since
/// 3 Nov." (the year named when it differs). A change under 0.5 kg (1 lb) is "about the
/// same". `None` until there are entries on two different days.
pub fn trend_msg(entries: &[WeightEntry], units: Units) -> Option<Msg> {
    let t = trend_parts(entries, units)?;
    let style = if t.base.year == t.newest.year {
        DateStyle::Short
    } else {
        DateStyle::ShortYear
    };
    let date = Arg::Date(t.base, style);
    let change = tenths_msg(t.now.abs_diff(t.then), units);
    Some(if !t.noticeable {
        messages::records_weight_same(date)
    } else if t.now < t.then {
        messages::records_weight_down(change, date)
    } else {
        messages::records_weight_up(change, date)
    })
}

/// What a trend compares: the two days, the two weights in tenths, and whether the change
/// is big enough to mention.
struct Trend {
    base: LocalDate,
    newest: LocalDate,
    now: u64,
    then: u64,
    noticeable: bool,
}

fn trend_parts(entries: &[WeightEntry], units: Units) -> Option<Trend> {
    let newest = entries.iter().max_by_key(|e| e.at)?;
    let newest_day = newest.local_date().to_days();
    let target = newest_day - TREND_DAYS;
    let mut earlier: Vec<&WeightEntry> = entries
        .iter()
        .filter(|e| e.local_date().to_days() < newest_day)
        .collect();
    earlier.sort_by_key(|e| e.at);
    // On a tie, the earlier entry (a little more than four weeks back) wins.
    let base = earlier
        .into_iter()
        .min_by_key(|e| (e.local_date().to_days() - target).abs())?;
    let now = tenths(newest.grams, units);
    let then = tenths(base.grams, units);
    let least = match units {
        Units::Metric => 5,
        Units::Imperial => 10,
    };
    Some(Trend {
        base: base.local_date(),
        newest: newest.local_date(),
        now,
        then,
        noticeable: now.abs_diff(then) >= least,
    })
}

/// Why a log from outside (a backup) can't be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckError {
    /// More than [`MAX_ENTRIES`].
    TooMany,
    /// An impossible weight, date or UTC offset.
    OutOfRange,
}

/// Limits on a log from outside (a backup): refuse impossible entries, then keep one per
/// day, oldest first; why as a [`CheckError`] (for a whole sentence in the caller's words).
pub fn check_entries(entries: &mut Vec<WeightEntry>) -> Result<(), CheckError> {
    if entries.len() > MAX_ENTRIES {
        return Err(CheckError::TooMany);
    }
    let (lo, hi) = grams_bounds();
    let bad = entries.iter().any(|e| {
        !(lo..=hi).contains(&e.grams)
            || !(EARLIEST_MS..LATEST_MS).contains(&e.at)
            || e.utc_offset_min.abs() > MAX_OFFSET_MIN
    });
    if bad {
        return Err(CheckError::OutOfRange);
    }
    *entries = merge(entries, &[]);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::english_text;

    fn format(grams: u32, units: Units) -> String {
        english_text(&format_msg(grams, units))
    }

    fn trend(entries: &[WeightEntry], units: Units) -> Option<String> {
        trend_msg(entries, units).map(|m| english_text(&m))
    }

    fn check(entries: &mut Vec<WeightEntry>) -> Result<(), CheckError> {
        check_entries(entries)
    }
    use proptest::prelude::*;

    const T0: i64 = 1_795_608_000_000; // 2026-11-25 12:00 UTC
    const DAY: i64 = 86_400_000;
    const M: Units = Units::Metric;
    const I: Units = Units::Imperial;

    fn entry(days: i64, grams: u32) -> WeightEntry {
        WeightEntry {
            at: T0 + days * DAY,
            utc_offset_min: 0,
            grams,
        }
    }

    #[test]
    fn parses_kilograms_with_dots_commas_and_spaces() {
        assert_eq!(parse("72", M), Ok(72_000));
        assert_eq!(parse("72.5", M), Ok(72_500));
        assert_eq!(parse("72,5", M), Ok(72_500));
        assert_eq!(parse("  72.25 ", M), Ok(72_250));
        assert_eq!(parse("072.05", M), Ok(72_050));
        assert_eq!(parse("72.", M), Ok(72_000));
        assert_eq!(parse("72.5 kg", M), Ok(72_500));
        assert_eq!(parse("72KG", M), Ok(72_000));
    }

    #[test]
    fn parses_pounds() {
        assert_eq!(parse("160", I), Ok(72_575)); // 72 574.8 g
        assert_eq!(parse("159,8", I), Ok(72_484));
        assert_eq!(
            parse("1.0 lbs", I).unwrap_err(),
            WeightError::OutOfRange { units: I }
        );
        assert_eq!(parse("160 lb", I), Ok(72_575));
        // A kilogram unit is not taken for pounds.
        assert_eq!(parse("72 kg", I), Err(WeightError::NotANumber { units: I }));
    }

    #[test]
    fn limits_are_inclusive_in_either_unit() {
        assert_eq!(limits(M), (25, 350));
        assert_eq!(limits(I), (55, 772));
        assert_eq!(parse("25", M), Ok(25_000));
        assert_eq!(parse("350", M), Ok(350_000));
        assert_eq!(parse("24.99", M), Err(WeightError::OutOfRange { units: M }));
        assert_eq!(
            parse("350.01", M),
            Err(WeightError::OutOfRange { units: M })
        );
        assert_eq!(parse("55", I), Ok(24_948));
        assert_eq!(parse("772", I), Ok(350_173));
        assert_eq!(parse("54.99", I), Err(WeightError::OutOfRange { units: I }));
        assert_eq!(
            parse("772.01", I),
            Err(WeightError::OutOfRange { units: I })
        );
        assert_eq!(parse("-72", M), Err(WeightError::OutOfRange { units: M }));
        assert_eq!(parse("0", M), Err(WeightError::OutOfRange { units: M }));
        assert_eq!(
            parse("99999999999999999999999", M),
            Err(WeightError::OutOfRange { units: M })
        );
    }

    #[test]
    fn junk_is_refused_with_a_friendly_message() {
        for junk in [
            "", "   ", "abc", "NaN", "inf", "-inf", "1e2", "+72", "72.5.1", "72,5,1", ".5", "7 2",
            "72..5", "٧٢", "-", "kg",
        ] {
            assert_eq!(
                parse(junk, M),
                Err(WeightError::NotANumber { units: M }),
                "{junk:?}"
            );
        }
        assert_eq!(parse("72.555", M), Err(WeightError::TooPrecise));
        assert_eq!(
            english_text(&WeightError::NotANumber { units: M }.msg()),
            "Type your weight as a number, like 72.5."
        );
        assert_eq!(
            english_text(&WeightError::OutOfRange { units: M }.msg()),
            "That doesn't look right: enter a weight between 25 and 350 kg."
        );
        assert_eq!(
            english_text(&WeightError::OutOfRange { units: I }.msg()),
            "That doesn't look right: enter a weight between 55 and 772 lb."
        );
    }

    #[test]
    fn formats_one_decimal_rounded_half_up() {
        assert_eq!(format(72_500, M), "72.5 kg");
        assert_eq!(format(72_450, M), "72.5 kg");
        assert_eq!(format(72_449, M), "72.4 kg");
        assert_eq!(format(72_000, M), "72.0 kg");
        assert_eq!(format(72_960, M), "73.0 kg");
        assert_eq!(format(72_500, I), "159.8 lb");
        assert_eq!(format(24_948, I), "55.0 lb");
        assert!((value_in(72_500, M) - 72.5).abs() < 1e-9);
        assert!((value_in(72_500, I) - 159.835).abs() < 1e-3);
    }

    #[test]
    fn one_entry_per_local_day_and_the_newest_replaces() {
        let log = add(&[], entry(1, 72_000));
        let log = add(&log, entry(0, 73_000));
        let mut later_same_day = entry(1, 71_500);
        later_same_day.at += 3_600_000;
        let log = add(&log, later_same_day.clone());
        assert_eq!(log, vec![entry(0, 73_000), later_same_day]);
    }

    #[test]
    fn days_are_local_not_utc() {
        // 00:30 and 23:30 UTC on 25 Nov are 19:30 on 24 Nov and 18:30 on 25 Nov in New York.
        let base = T0 - 12 * 3_600_000; // 2026-11-25 00:00 UTC
        let early = WeightEntry {
            at: base + 30 * 60_000,
            utc_offset_min: -300,
            grams: 72_000,
        };
        let late = WeightEntry {
            at: base + 23 * 3_600_000 + 30 * 60_000,
            utc_offset_min: -300,
            grams: 71_000,
        };
        // Same UTC day, different local days (24 and 25 Nov in New York): both kept.
        let log = add(&add(&[], early.clone()), late.clone());
        assert_eq!(log, vec![early.clone(), late.clone()]);
        // Different UTC days, same local day: replaced.
        let next_utc_day = WeightEntry {
            at: base + DAY + 60 * 60_000, // 26 Nov 01:00 UTC = 25 Nov 20:00 in New York
            utc_offset_min: -300,
            grams: 70_500,
        };
        let log = add(&log, next_utc_day.clone());
        assert_eq!(log, vec![early, next_utc_day]);
    }

    #[test]
    fn merge_is_a_union_by_day_keeping_the_later_entry() {
        let mut later = entry(1, 71_000);
        later.at += 60_000;
        let a = vec![entry(0, 72_000), entry(1, 71_500)];
        let b = vec![later.clone(), entry(3, 70_000)];
        let merged = merge(&a, &b);
        assert_eq!(
            merged,
            vec![entry(0, 72_000), later.clone(), entry(3, 70_000)]
        );
        assert_eq!(merge(&b, &a), merged);
        assert_eq!(merge(&a, &[]), a);
    }

    #[test]
    fn trend_says_down_up_or_about_the_same() {
        // Day -28 is 28 Oct 2026.
        let down = [entry(-28, 74_000), entry(0, 72_500)];
        assert_eq!(trend(&down, M).unwrap(), "Down 1.5 kg since 28 Oct.");
        let up = [entry(-28, 72_000), entry(0, 72_800)];
        assert_eq!(trend(&up, M).unwrap(), "Up 0.8 kg since 28 Oct.");
        let same = [entry(-28, 72_000), entry(0, 72_400)];
        assert_eq!(trend(&same, M).unwrap(), "About the same as on 28 Oct.");
        // 0.4 kg is under a pound too; 0.5 kg is 1.1 lb.
        assert_eq!(trend(&same, I).unwrap(), "About the same as on 28 Oct.");
        let half = [entry(-28, 72_000), entry(0, 72_500)];
        assert_eq!(trend(&half, M).unwrap(), "Up 0.5 kg since 28 Oct.");
        assert_eq!(trend(&half, I).unwrap(), "Up 1.1 lb since 28 Oct.");
    }

    #[test]
    fn trend_needs_two_days() {
        assert_eq!(trend(&[], M), None);
        assert_eq!(trend(&[entry(0, 72_000)], M), None);
        let mut same_day = entry(0, 70_000);
        same_day.at += 60_000;
        assert_eq!(trend(&[entry(0, 72_000), same_day], M), None);
    }

    #[test]
    fn trend_compares_with_about_four_weeks_back_or_the_first() {
        // Stored out of order; day -27 (29 Oct) is closest to 28 days back.
        let log = [
            entry(0, 70_000),
            entry(-60, 80_000),
            entry(-27, 72_000),
            entry(-14, 71_000),
            entry(-40, 75_000),
        ];
        assert_eq!(trend(&log, M).unwrap(), "Down 2.0 kg since 29 Oct.");
        // A short log compares with its first entry.
        let short = [entry(-3, 71_000), entry(-10, 72_000), entry(0, 70_000)];
        assert_eq!(trend(&short, M).unwrap(), "Down 2.0 kg since 15 Nov.");
        // Across a new year the year is named.
        let long_ago = [entry(-400, 90_000), entry(0, 70_000)];
        assert_eq!(
            trend(&long_ago, M).unwrap(),
            "Down 20.0 kg since 21 Oct 2025."
        );
    }

    #[test]
    fn the_words_read_as_before_in_english() {
        for units in [M, I] {
            for e in [
                WeightError::NotANumber { units },
                WeightError::TooPrecise,
                WeightError::OutOfRange { units },
            ] {
                assert!(!english_text(&e.msg()).starts_with('{'));
            }
            let logs: [&[WeightEntry]; 5] = [
                &[entry(-28, 74_000), entry(0, 72_500)],
                &[entry(-28, 72_000), entry(0, 72_800)],
                &[entry(-28, 72_000), entry(0, 72_400)],
                &[entry(-400, 90_000), entry(0, 70_000)],
                &[entry(0, 72_000)],
            ];
            for log in logs {
                assert_eq!(trend(log, units).is_some(), log.len() > 1);
            }
        }
    }

    #[test]
    fn check_refuses_impossible_entries_then_keeps_one_per_day() {
        let mut ok = vec![entry(2, 70_000), entry(0, 72_000), entry(2, 69_000)];
        ok[2].at += 1;
        assert_eq!(check(&mut ok), Ok(()));
        assert_eq!(ok.len(), 2);
        assert_eq!(ok[1].grams, 69_000);

        // The pound limits are allowed too.
        let mut edges = vec![entry(0, 24_948), entry(1, 350_173)];
        assert_eq!(check(&mut edges), Ok(()));

        let bad = [
            entry(0, 24_000),
            entry(0, 351_000),
            WeightEntry {
                at: 0,
                ..entry(0, 72_000)
            },
            WeightEntry {
                at: LATEST_MS,
                ..entry(0, 72_000)
            },
            WeightEntry {
                utc_offset_min: 15 * 60,
                ..entry(0, 72_000)
            },
        ];
        for b in bad {
            let mut list = vec![entry(1, 72_000), b.clone()];
            assert_eq!(check(&mut list), Err(CheckError::OutOfRange), "{b:?}");
        }
        let mut many = vec![entry(0, 72_000); MAX_ENTRIES + 1];
        assert_eq!(check(&mut many), Err(CheckError::TooMany));
    }

    #[test]
    fn round_trips_through_json() {
        let e = entry(3, 72_345);
        let json = serde_json::to_string(&e).unwrap();
        assert_eq!(serde_json::from_str::<WeightEntry>(&json).unwrap(), e);
    }

    proptest! {
        #[test]
        fn format_then_parse_stays_within_a_twentieth(
            grams in MIN_KG * 1000..=MAX_KG * 1000,
            imperial in any::<bool>(),
        ) {
            let units = if imperial { I } else { M };
            let shown = format(grams, units);
            let typed = shown.trim_end_matches(char::is_alphabetic).trim();
            let back = parse(typed, units);
            prop_assert!(back.is_ok(), "{shown}");
            let back = back.unwrap_or_default();
            let error = (value_in(back, units) - value_in(grams, units)).abs();
            // Half a tenth from showing one decimal, plus at most half a gram.
            prop_assert!(error <= 0.05 + 0.0015, "{grams} g -> {shown} -> {back} g");
        }
    }
}
