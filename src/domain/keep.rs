//! "Keep a copy": when to offer a backup on Today, and the words for it.
//!
//! Limber keeps everything in the browser. Unless the browser has promised to keep it
//! (`navigator.storage.persist()`), it may clear it: Safari on iPhone does after about a week
//! without a visit, unless the app is on the home screen. A backup file the person keeps
//! elsewhere is the only copy that survives that, so Today offers one, quietly: once there
//! are [`FIRST_AFTER`] sessions worth keeping, and again [`EVERY_DAYS`] days after the last
//! copy. "Not now" puts it off for the same [`EVERY_DAYS`].
//!
//! ```
//! use limber::domain::calendar::LocalDate;
//! use limber::domain::keep::offer;
//! let today = LocalDate { year: 2026, month: 11, day: 25 };
//! assert!(offer(false, 5, None, today));
//! assert!(!offer(true, 5, None, today)); // the browser promised to keep it
//! ```

use serde::{Deserialize, Serialize};

use super::calendar::LocalDate;
use super::i18n::{messages as m, Arg, DateStyle, Msg};

/// Sessions before the first offer: by then there is something a person would miss.
pub const FIRST_AFTER: usize = 5;
/// Days after a copy before the next offer, and how long "Not now" puts it off.
pub const EVERY_DAYS: i64 = 14;

/// Whether to offer a copy today. Never when the browser promised to keep the data, nor
/// with nothing to keep. The first time once there are [`FIRST_AFTER`] sessions; after that
/// when the last copy is [`EVERY_DAYS`] days old or more. A last copy dated that far *after*
/// today (the phone's clock was wrong when it was made) counts as old too, so a wrong clock
/// can't silence the offer for good.
pub fn offer(
    promised: bool,
    sessions: usize,
    last_copy: Option<LocalDate>,
    today: LocalDate,
) -> bool {
    if promised || sessions == 0 {
        return false;
    }
    match last_copy {
        None => sessions >= FIRST_AFTER,
        Some(last) => days_apart(last, today) >= EVERY_DAYS,
    }
}

fn days_apart(a: LocalDate, b: LocalDate) -> i64 {
    (b.to_days() - a.to_days()).abs()
}

/// What is stored about copies (`limber.copies`): the day of the last one, and the day the
/// person last said "Not now".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopyLog {
    #[serde(default, with = "iso_day")]
    pub last: Option<LocalDate>,
    #[serde(default, with = "iso_day")]
    pub not_now: Option<LocalDate>,
}

impl CopyLog {
    /// [`offer`], unless "Not now" was said fewer than [`EVERY_DAYS`] days ago.
    pub fn offered(&self, promised: bool, sessions: usize, today: LocalDate) -> bool {
        offer(promised, sessions, self.last, today)
            && self
                .not_now
                .is_none_or(|d| days_apart(d, today) >= EVERY_DAYS)
    }

    /// A copy was made (downloaded, or handed to the share sheet) on `today`.
    pub fn copied(self, today: LocalDate) -> Self {
        Self {
            last: Some(today),
            not_now: None,
        }
    }

    /// The person said "Not now" on `today`.
    pub fn put_off(self, today: LocalDate) -> Self {
        Self {
            not_now: Some(today),
            ..self
        }
    }
}

/// Days stored as "2026-11-25", readable in the browser's storage panel.
mod iso_day {
    use serde::{de, Deserialize, Deserializer, Serializer};

    use super::LocalDate;

    pub fn serialize<S: Serializer>(day: &Option<LocalDate>, s: S) -> Result<S::Ok, S::Error> {
        match day {
            Some(d) => s.serialize_some(&d.iso()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<LocalDate>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(text) => LocalDate::parse_iso(&text)
                .map(Some)
                .ok_or_else(|| de::Error::custom(format!("not a date: {text:?}"))),
        }
    }
}

// The words. Each sentence is written whole, its numbers and dates as placeholders, so it
// can be translated as one.

/// The row's title on Today.
pub fn row_title() -> Msg {
    m::today_keep_title()
}

/// The row's button.
pub fn row_button() -> Msg {
    m::today_keep_button()
}

/// "Not now": puts the offer off.
pub fn not_now() -> Msg {
    m::today_keep_not_now()
}

/// A day as "Wed 25 Nov 2026".
fn long_date(day: LocalDate) -> Arg {
    Arg::Date(day, DateStyle::LongYear)
}

/// The row's line under the title: why, in a few plain words. `ios`: Safari on an iPhone or
/// iPad, not opened from the home screen, which clears data after about a week unused.
pub fn row_why_msg(sessions: usize, last: Option<LocalDate>, ios: bool) -> Msg {
    match (last, ios) {
        (None, true) => m::today_keep_why_safari(sessions),
        (None, false) => m::today_keep_why(sessions),
        (Some(day), _) => m::today_keep_why_again(long_date(day)),
    }
}

/// Said once the copy is made. `shared`: it went to the share sheet rather than downloads.
pub fn kept_msg(shared: bool) -> Msg {
    if shared {
        m::today_keep_shared()
    } else {
        m::today_keep_saved()
    }
}

/// Under [`kept_msg`]: where a copy is safe.
pub fn keep_it_safe() -> Msg {
    m::today_keep_safe()
}

/// When the browser wouldn't save or share the file.
pub fn not_saved() -> Msg {
    m::today_keep_not_saved()
}

/// "Last copy: Wed 25 Nov 2026." or that there is none yet, for Your data.
pub fn last_copy_msg(last: Option<LocalDate>) -> Msg {
    match last {
        Some(day) => m::today_keep_last(long_date(day)),
        None => m::today_keep_none(),
    }
}

/// On an iPhone or iPad, in Safari rather than the home-screen app: the lasting fix, with
/// the copy first (the home-screen app has its own storage and starts empty).
pub fn install_lasting_fix() -> Msg {
    m::today_keep_install_why()
}

/// How to add it, in Safari.
pub fn install_how() -> Msg {
    m::today_keep_install_how()
}

/// After a copy on an iPhone or iPad, the next step.
pub fn install_next() -> Msg {
    m::today_keep_install_next()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::english_text;
    use proptest::prelude::*;

    #[test]
    fn the_messages_say_in_english_what_the_words_said() {
        let en = |m: Msg| english_text(&m);
        assert_eq!(en(row_title()), "Keep a copy of your progress");
        assert_eq!(en(row_button()), "Keep a copy");
        assert_eq!(en(not_now()), "Not now");
        assert_eq!(
            en(keep_it_safe()),
            "Keep it somewhere safe, like your email or cloud storage."
        );
        assert_eq!(
            en(not_saved()),
            "Your browser wouldn't save the file. Please try again."
        );
        assert_eq!(en(install_lasting_fix()), "On iPhone and iPad, Safari can clear Limber's data after about a week without a visit. Adding Limber to your home screen stops that. Keep a copy first: the home-screen app starts empty, and you open your copy there.");
        assert_eq!(
            en(install_how()),
            "In Safari, tap Share, then Add to Home Screen."
        );
        assert_eq!(en(install_next()), "To stop Safari clearing your data, add Limber to your home screen: tap Share, then Add to Home Screen. The home-screen app starts empty, so open your copy there.");
        assert_eq!(en(kept_msg(true)), "Copy shared.");
        assert_eq!(en(kept_msg(false)), "Copy saved to your downloads.");
        assert_eq!(en(last_copy_msg(None)), "No copy kept yet.");
        assert_eq!(
            en(last_copy_msg(Some(day(0)))),
            "Last copy: Wed 25 Nov 2026."
        );
        assert_eq!(
            en(row_why_msg(1, None, true)),
            "Safari can clear what Limber saves if it isn't opened for a week or so. A copy keeps your 1 session safe."
        );
        assert_eq!(
            en(row_why_msg(5, None, false)),
            "Browsers sometimes clear saved data. A copy keeps your 5 sessions safe."
        );
        for ios in [false, true] {
            assert_eq!(
                en(row_why_msg(5, Some(day(0)), ios)),
                "Your last copy is from Wed 25 Nov 2026. A new one keeps what you've done since then safe too."
            );
        }
    }

    fn day(n: i64) -> LocalDate {
        // Day 0 is Wed 25 Nov 2026.
        LocalDate::from_days(LocalDate::from_epoch_ms(1_795_608_000_000, 0).to_days() + n)
    }

    #[test]
    fn the_first_offer_comes_with_the_fifth_session() {
        assert!(!offer(false, 0, None, day(0)));
        assert!(!offer(false, 4, None, day(0)));
        assert!(offer(false, 5, None, day(0)));
        assert!(offer(false, 50, None, day(0)));
    }

    #[test]
    fn never_when_the_browser_promised_to_keep_the_data() {
        assert!(!offer(true, 5, None, day(0)));
        assert!(!offer(true, 50, Some(day(-100)), day(0)));
    }

    #[test]
    fn again_fourteen_days_after_the_last_copy() {
        assert!(!offer(false, 9, Some(day(0)), day(0)));
        assert!(!offer(false, 9, Some(day(0)), day(13)));
        assert!(offer(false, 9, Some(day(0)), day(14)));
        assert!(offer(false, 9, Some(day(0)), day(40)));
        // A copy made early, with fewer than five sessions, still counts as a copy.
        assert!(!offer(false, 5, Some(day(0)), day(3)));
        assert!(offer(false, 2, Some(day(0)), day(14)));
        // Nothing to keep, nothing to offer.
        assert!(!offer(false, 0, Some(day(0)), day(30)));
        // A copy dated well after today: the clock was wrong then, so it is not trusted.
        assert!(!offer(false, 9, Some(day(13)), day(0)));
        assert!(offer(false, 9, Some(day(14)), day(0)));
    }

    #[test]
    fn not_now_puts_it_off_for_fourteen_days_and_a_copy_clears_it() {
        let log = CopyLog::default();
        assert!(log.offered(false, 5, day(0)));
        let later = log.put_off(day(0));
        assert!(!later.offered(false, 5, day(0)));
        assert!(!later.offered(false, 5, day(13)));
        assert!(later.offered(false, 5, day(14)));
        let copied = later.copied(day(20));
        assert_eq!(
            copied,
            CopyLog {
                last: Some(day(20)),
                not_now: None
            }
        );
        assert!(!copied.offered(false, 6, day(33)));
        assert!(copied.offered(false, 6, day(34)));
        // "Not now" after a due copy: put off again, and the last copy stays.
        let again = copied.put_off(day(34));
        assert_eq!(again.last, Some(day(20)));
        assert!(!again.offered(false, 6, day(47)));
        assert!(again.offered(false, 6, day(48)));
    }

    #[test]
    fn stored_as_readable_dates() {
        let log = CopyLog {
            last: Some(day(0)),
            not_now: None,
        };
        let json = serde_json::to_string(&log).unwrap();
        assert_eq!(json, r#"{"last":"2026-11-25","not_now":null}"#);
        assert_eq!(serde_json::from_str::<CopyLog>(&json).unwrap(), log);
        assert_eq!(
            serde_json::from_str::<CopyLog>("{}").unwrap(),
            CopyLog::default()
        );
        assert!(serde_json::from_str::<CopyLog>(r#"{"last":"2026-02-31"}"#).is_err());
        assert!(serde_json::from_str::<CopyLog>(r#"{"last":20417}"#).is_err());
    }

    proptest! {
        /// The rule at its edges, for any day, count and gap: the fifth session, the
        /// fourteenth day (either way), and a promise that always wins.
        #[test]
        fn the_rule_at_its_boundaries(
            today in -20_000i64..40_000,
            sessions in 0usize..2_000,
            gap in -60i64..60,
            copied in any::<bool>(),
            promised in any::<bool>(),
        ) {
            let last = copied.then(|| LocalDate::from_days(today - gap));
            let today = LocalDate::from_days(today);
            let expected = !promised
                && sessions > 0
                && if copied { gap.abs() >= 14 } else { sessions >= 5 };
            prop_assert_eq!(offer(promised, sessions, last, today), expected);
            // Around the boundaries: one day or one session short is never offered when
            // the boundary itself is not, and reaching it is enough.
            if !promised && !copied {
                prop_assert!(!offer(false, FIRST_AFTER - 1, None, today));
                prop_assert!(offer(false, FIRST_AFTER, None, today));
            }
            if !promised && sessions > 0 {
                let back = |d: i64| Some(LocalDate::from_days(today.to_days() - d));
                prop_assert!(!offer(false, sessions, back(EVERY_DAYS - 1), today));
                prop_assert!(offer(false, sessions, back(EVERY_DAYS), today));
            }
        }

        /// "Not now" hides the offer for exactly fourteen days, whatever else is true.
        #[test]
        fn not_now_hides_for_fourteen_days(
            today in -20_000i64..40_000,
            sessions in 5usize..500,
            after in 0i64..40,
        ) {
            let log = CopyLog::default().put_off(LocalDate::from_days(today));
            let then = LocalDate::from_days(today + after);
            prop_assert_eq!(log.offered(false, sessions, then), after >= EVERY_DAYS);
            prop_assert!(!log.offered(true, sessions, then));
        }
    }
}
