//! Local calendar dates from timestamps, without a date library.
//!
//! A moment is stored as milliseconds since the Unix epoch (UTC) plus the person's UTC offset
//! in minutes at that moment, so "which day was this?" never depends on where the phone is
//! today.

/// A day in the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

use std::sync::atomic::{AtomicU8, Ordering};

const MS_PER_DAY: i64 = 86_400_000;
// English day and month names: test references only (`LocalDate::long_label` …), for the
// tests that check a date the catalogs render; screens and sentences use `Arg::Date`.
#[cfg(test)]
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
/// Weekday names, Monday = 0, short ("Mon") and whole ("Monday").
#[cfg(test)]
pub(crate) const WEEKDAY_SHORT: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
#[cfg(test)]
pub(crate) const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Milliseconds since the epoch shifted into local time.
fn local_ms(epoch_ms: i64, utc_offset_min: i16) -> i64 {
    epoch_ms + i64::from(utc_offset_min) * 60_000
}

impl LocalDate {
    /// The local date of a moment.
    pub fn from_epoch_ms(epoch_ms: i64, utc_offset_min: i16) -> Self {
        Self::from_days(local_ms(epoch_ms, utc_offset_min).div_euclid(MS_PER_DAY))
    }

    /// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    pub fn from_days(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Self { year, month, day }
    }

    /// Days since 1970-01-01.
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (index 3).
        (self.to_days() + 3).rem_euclid(7) as u8
    }

    /// "Wed 25 Nov 2026" (a test reference: see `MONTHS`).
    #[cfg(test)]
    pub(crate) fn long_label(self) -> String {
        format!(
            "{} {} {} {}",
            WEEKDAY_SHORT[usize::from(self.weekday())],
            self.day,
            MONTHS[usize::from(self.month - 1)],
            self.year
        )
    }

    /// "25 Nov" (a test reference: see `MONTHS`).
    #[cfg(test)]
    pub(crate) fn short_label(self) -> String {
        format!("{} {}", self.day, MONTHS[usize::from(self.month - 1)])
    }

    /// "2026-11-25".
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Read "2026-11-25" (a date input's value); `None` for anything else, including
    /// dates that don't exist such as 31 Feb.
    pub fn parse_iso(text: &str) -> Option<Self> {
        let mut parts = text.trim().splitn(3, '-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: u8 = parts.next()?.parse().ok()?;
        let day: u8 = parts.next()?.parse().ok()?;
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        let date = Self { year, month, day };
        // A real date survives the round trip through a day count.
        (Self::from_days(date.to_days()) == date).then_some(date)
    }
}

/// The weekday a person's week starts on (0 = Monday … 6 = Sunday), as [`set_first_weekday`]
/// left it: Monday unless the person's locale says otherwise.
static FIRST_WEEKDAY: AtomicU8 = AtomicU8::new(0);

/// Regions whose weeks start on Sunday, and on Saturday (CLDR's `firstDay`); every other
/// region starts on Monday.
const SUNDAY_REGIONS: [&str; 49] = [
    "AG", "AS", "BD", "BR", "BS", "BT", "BW", "BZ", "CA", "CO", "DM", "DO", "ET", "GT", "GU", "HK",
    "HN", "ID", "IL", "IN", "JM", "JP", "KE", "KH", "KR", "LA", "MH", "MM", "MO", "MT", "MX", "MZ",
    "NI", "NP", "PA", "PE", "PH", "PK", "PR", "PY", "SA", "SG", "SV", "TH", "TW", "US", "VE", "WS",
    "ZW",
];
const SATURDAY_REGIONS: [&str; 14] = [
    "AE", "AF", "BH", "DJ", "DZ", "EG", "IQ", "IR", "JO", "KW", "LY", "OM", "QA", "SY",
];

/// The first day of the week for a locale such as "en-US" or "pt_BR" (0 = Monday, 6 = Sunday,
/// 5 = Saturday): from its region, Monday when it names none.
pub fn first_weekday_for(locale: &str) -> u8 {
    match super::locale::region(locale).as_deref() {
        Some(r) if SUNDAY_REGIONS.contains(&r) => 6,
        Some(r) if SATURDAY_REGIONS.contains(&r) => 5,
        _ => 0,
    }
}

/// Set the first day of the week once, at start-up, from the person's locale
/// ([`first_weekday_for`]). Every week in the app follows it.
pub fn set_first_weekday(weekday: u8) {
    FIRST_WEEKDAY.store(weekday % 7, Ordering::Relaxed);
}

/// The first day of the week (0 = Monday … 6 = Sunday).
pub fn first_weekday() -> u8 {
    FIRST_WEEKDAY.load(Ordering::Relaxed)
}

/// The one definition of a week: the first day of the week containing `date`, by the person's
/// first weekday. History, Insights, the walking programme, Today's walk count, the report
/// and the check-ins all group by it.
pub fn week_start(date: LocalDate) -> LocalDate {
    week_start_on(date, first_weekday())
}

/// [`week_start`] for a given first weekday (0 = Monday … 6 = Sunday).
pub fn week_start_on(date: LocalDate, first_weekday: u8) -> LocalDate {
    let back = (i64::from(date.weekday()) - i64::from(first_weekday % 7)).rem_euclid(7);
    LocalDate::from_days(date.to_days() - back)
}

/// [`week_start`] on a day count (days since the epoch).
pub fn week_start_day(day: i64) -> i64 {
    week_start(LocalDate::from_days(day)).to_days()
}

/// The weekdays in the order the person's week runs (Monday first, or Sunday first, …).
pub fn week_order() -> [u8; 7] {
    let first = first_weekday();
    std::array::from_fn(|i| (first + i as u8) % 7)
}

/// The local hour, 0-23.
pub fn hour_of_day(epoch_ms: i64, utc_offset_min: i16) -> u8 {
    (local_ms(epoch_ms, utc_offset_min).rem_euclid(MS_PER_DAY) / 3_600_000) as u8
}

/// Local time of day as "07:05".
pub fn clock_label(epoch_ms: i64, utc_offset_min: i16) -> String {
    let minutes = local_ms(epoch_ms, utc_offset_min).rem_euclid(MS_PER_DAY) / 60_000;
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// A duration as "4 min 05 s" or "45 s" (a test reference: see `MONTHS`).
#[cfg(test)]
pub(crate) fn duration_label(secs: u32) -> String {
    if secs < 60 {
        format!("{secs} s")
    } else {
        format!("{} min {:02} s", secs / 60, secs % 60)
    }
}

/// A running clock, as "4:05", or "1:02:05" past an hour.
pub fn stopwatch_label(secs: i64) -> String {
    let secs = secs.max(0);
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// Seconds as whole minutes, half a minute rounding up: the one rounding every screen,
/// sentence and the report use. Add durations up in seconds first, then round once here.
pub fn whole_minutes(secs: u32) -> u32 {
    secs.saturating_add(30) / 60
}

/// A length in whole minutes for saying how long something takes: [`whole_minutes`], and
/// never 0.
pub fn length_minutes(secs: u32) -> u32 {
    whole_minutes(secs).max(1)
}

/// A length as "11 min" (never "0 min"): [`length_minutes`] (a test reference: see
/// `MONTHS`).
#[cfg(test)]
pub(crate) fn minutes_label(secs: u32) -> String {
    format!("{} min", length_minutes(secs))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_stopwatch_reads_minutes_and_seconds_then_hours() {
        assert_eq!(stopwatch_label(0), "0:00");
        assert_eq!(stopwatch_label(65), "1:05");
        assert_eq!(stopwatch_label(20 * 60), "20:00");
        assert_eq!(stopwatch_label(3_725), "1:02:05");
        assert_eq!(stopwatch_label(-3), "0:00");
    }

    #[test]
    fn iso_dates_are_read_strictly() {
        let d = LocalDate::parse_iso("2026-11-25").unwrap();
        assert_eq!((d.year, d.month, d.day), (2026, 11, 25));
        assert_eq!(
            LocalDate::parse_iso(" 2024-02-29 ")
                .map(LocalDate::iso)
                .as_deref(),
            Some("2024-02-29")
        );
        for bad in [
            "2026-02-31",
            "2025-02-29",
            "",
            "25/11/2026",
            "2026-13-01",
            "2026-00-10",
            "2026-11",
            "x-1-1",
        ] {
            assert_eq!(LocalDate::parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn known_dates() {
        assert_eq!(
            LocalDate::from_days(0),
            LocalDate {
                year: 1970,
                month: 1,
                day: 1
            }
        );
        // 2026-11-25 00:00 UTC
        let d = LocalDate::from_epoch_ms(1_795_564_800_000, 0);
        assert_eq!(d.iso(), "2026-11-25");
        assert_eq!(d.long_label(), "Wed 25 Nov 2026");
        assert_eq!(d.short_label(), "25 Nov");
        assert_eq!(
            LocalDate::from_epoch_ms(951_782_400_000, 0).iso(),
            "2000-02-29"
        );
    }

    #[test]
    fn offset_moves_the_day() {
        // 23:30 UTC on 24 Nov is already 25 Nov in Berlin (+60) and still 24 Nov in New York.
        let t = 1_795_564_800_000 - 30 * 60_000;
        assert_eq!(LocalDate::from_epoch_ms(t, 60).iso(), "2026-11-25");
        assert_eq!(LocalDate::from_epoch_ms(t, -300).iso(), "2026-11-24");
        assert_eq!(clock_label(t, 60), "00:30");
        assert_eq!(clock_label(t, -300), "18:30");
    }

    #[test]
    fn durations() {
        assert_eq!(duration_label(45), "45 s");
        assert_eq!(duration_label(245), "4 min 05 s");
        assert_eq!(minutes_label(644), "11 min");
        assert_eq!(minutes_label(10), "1 min");
    }

    #[test]
    fn a_week_starts_on_monday_unless_the_locale_says_otherwise() {
        assert_eq!(first_weekday_for("en-GB"), 0);
        assert_eq!(first_weekday_for("de"), 0);
        assert_eq!(first_weekday_for("en-US"), 6);
        assert_eq!(first_weekday_for("pt_BR"), 6);
        assert_eq!(first_weekday_for("zh-Hant-TW"), 6);
        assert_eq!(first_weekday_for("ar-EG"), 5);
        assert_eq!(first_weekday_for("es-ES"), 0);
        assert_eq!(first_weekday_for(""), 0);
        // Sunday 8 March 2026 starts a US week and ends a European one.
        let sunday = LocalDate::parse_iso("2026-03-08").unwrap();
        assert_eq!(week_start_on(sunday, 0).iso(), "2026-03-02");
        assert_eq!(week_start_on(sunday, 6).iso(), "2026-03-08");
        assert_eq!(week_start(sunday).iso(), "2026-03-02", "Monday by default");
    }

    proptest! {
        #[test]
        fn iso_round_trips(days in -10_000i64..50_000) {
            let d = LocalDate::from_days(days);
            prop_assert_eq!(LocalDate::parse_iso(&d.iso()), Some(d));
        }

        #[test]
        fn days_round_trip(days in -1_000_000i64..1_000_000) {
            let d = LocalDate::from_days(days);
            prop_assert_eq!(d.to_days(), days);
            prop_assert!((1..=12).contains(&d.month) && (1..=31).contains(&d.day));
        }

        #[test]
        fn a_week_is_seven_days_from_its_first_weekday(days in -100_000i64..100_000, first in 0u8..7) {
            let d = LocalDate::from_days(days);
            let start = week_start_on(d, first);
            prop_assert_eq!(start.weekday(), first);
            prop_assert!((0..7).contains(&(days - start.to_days())));
            // Every day of that week has the same start.
            for k in 0..7 {
                prop_assert_eq!(week_start_on(LocalDate::from_days(start.to_days() + k), first), start);
            }
        }

        #[test]
        fn consecutive_days_have_consecutive_weekdays(days in -100_000i64..100_000) {
            let a = LocalDate::from_days(days).weekday();
            let b = LocalDate::from_days(days + 1).weekday();
            prop_assert_eq!((a + 1) % 7, b);
        }
    }
}
