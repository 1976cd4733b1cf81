//! Wall-clock time and randomness from the browser, handed to the pure domain as numbers.

/// Milliseconds since the Unix epoch, from `Date.now()`.
///
/// The player uses wall-clock time rather than `performance.now()` because it must survive a
/// reload; its timestamps are stored with the in-progress session.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// The device's current offset from UTC in minutes (east positive, so Berlin in winter is
/// +60). JavaScript's `getTimezoneOffset` has the opposite sign.
pub fn utc_offset_min() -> i16 {
    let js = js_sys::Date::new_0().get_timezone_offset();
    (-js).round().clamp(-24.0 * 60.0, 24.0 * 60.0) as i16
}

/// Today's date on this device, in its current time zone.
pub fn today() -> crate::domain::calendar::LocalDate {
    crate::domain::calendar::LocalDate::from_epoch_ms(now_ms(), utc_offset_min())
}

/// A random 32-bit number, for record ids. Not for anything secret.
pub fn random_u32() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

/// Start every week on the day the person's locale starts it (Monday unless their region
/// says otherwise), once, before anything groups days into weeks.
pub fn set_first_weekday() {
    crate::domain::calendar::set_first_weekday(crate::domain::calendar::first_weekday_for(
        &language(),
    ));
}

/// The browser's language and region ("en-GB"), or empty.
pub fn language() -> String {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default()
}
