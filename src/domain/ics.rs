//! A calendar file (.ics) with a weekly exercise reminder.
//!
//! Limber has no server, so it cannot send reminders itself. Instead it hands the person an
//! RFC 5545 iCalendar file with one repeating event; their phone's calendar imports it and
//! rings at the chosen local time on the chosen weekdays, even when the app is closed.
//!
//! The start is written as *floating* local time (no `Z`, no `TZID`), so "07:30" stays
//! 07:30 wherever the phone travels. Text is escaped and long lines are folded exactly as the
//! standard asks, because strict calendar apps refuse files that get this wrong.

use super::calendar::LocalDate;

/// Identifies the program that wrote the file, as RFC 5545 asks.
pub const PRODID: &str = "-//Limber//Exercise reminder//EN";

/// Longest content line allowed, in octets, not counting the CRLF (RFC 5545, 3.1).
const MAX_LINE_OCTETS: usize = 75;

/// Two-letter weekday codes used by RRULE's BYDAY, Monday first to match `LocalDate::weekday`.
const BYDAY_CODES: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

const MINUTES_PER_DAY: u16 = 24 * 60;
const MS_PER_DAY: i64 = 86_400_000;

/// What the reminder says and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reminder<'a> {
    /// Days to repeat on, Monday = 0.
    pub days: [bool; 7],
    /// Local start time, minutes after midnight (0..1440).
    pub minute_of_day: u16,
    /// Event length in minutes, from 1 up to a whole day (1440).
    pub duration_min: u16,
    /// How many minutes before the start the alarm fires (0 = at the start).
    pub alarm_min_before: u16,
    /// Short name shown in the calendar, e.g. "Back exercises".
    pub title: &'a str,
    /// Longer note shown when the event is opened.
    pub description: &'a str,
    /// The app's address; put in URL and also at the end of DESCRIPTION so any calendar
    /// shows a link (many ignore the URL property).
    pub url: &'a str,
    /// Stable unique id, e.g. "limber-plan@limber.app", given by the caller. Keeping it the
    /// same lets a calendar replace an older import instead of adding a second reminder.
    pub uid: &'a str,
    /// The first date the reminder may fall on (today); DTSTART is the first chosen weekday
    /// on or after it.
    pub from: LocalDate,
    /// Now, for DTSTAMP (UTC), ms since the Unix epoch.
    pub now_ms: i64,
}

/// Builds the whole .ics file for one weekly reminder, with CRLF line endings throughout.
///
/// Returns `None` when no day is chosen, when `minute_of_day` is not a time of day
/// (0..1440), or when `duration_min` is 0 or longer than a day, because such a file would
/// either be invalid or surprise the person.
pub fn weekly_reminder(r: &Reminder) -> Option<String> {
    if r.minute_of_day >= MINUTES_PER_DAY || r.duration_min == 0 || r.duration_min > MINUTES_PER_DAY
    {
        return None;
    }
    let start = first_chosen_day(r.from, &r.days)?;
    let byday: Vec<&str> = BYDAY_CODES
        .iter()
        .zip(r.days)
        .filter(|(_, chosen)| *chosen)
        .map(|(code, _)| *code)
        .collect();

    let url = clean_uri(r.url);
    let description = match (r.description.is_empty(), url.is_empty()) {
        (_, true) => r.description.to_string(),
        (true, false) => url.clone(),
        (false, false) => format!("{}\n\n{}", r.description, url),
    };
    let trigger = if r.alarm_min_before == 0 {
        "PT0M".to_string()
    } else {
        format!("-{}", duration_value(r.alarm_min_before))
    };

    let mut out = String::new();
    let mut line = |text: &str| push_folded(&mut out, text);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(&format!("PRODID:{PRODID}"));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line("BEGIN:VEVENT");
    line(&format!("UID:{}", escape_text(r.uid)));
    line(&format!("DTSTAMP:{}", utc_stamp(r.now_ms)));
    line(&format!(
        "DTSTART:{}",
        floating_local(start, r.minute_of_day)
    ));
    line(&format!("DURATION:{}", duration_value(r.duration_min)));
    line(&format!("RRULE:FREQ=WEEKLY;BYDAY={}", byday.join(",")));
    line(&format!("SUMMARY:{}", escape_text(r.title)));
    line(&format!("DESCRIPTION:{}", escape_text(&description)));
    if !url.is_empty() {
        line(&format!("URL:{url}"));
    }
    line("BEGIN:VALARM");
    line("ACTION:DISPLAY");
    line(&format!("DESCRIPTION:{}", escape_text(r.title)));
    line(&format!("TRIGGER:{trigger}"));
    line("END:VALARM");
    line("END:VEVENT");
    line("END:VCALENDAR");
    Some(out)
}

/// The first date on or after `from` whose weekday is chosen, or `None` if no day is.
fn first_chosen_day(from: LocalDate, days: &[bool; 7]) -> Option<LocalDate> {
    let start = from.to_days();
    (0..7)
        .map(|offset| LocalDate::from_days(start + offset))
        .find(|d| days.get(usize::from(d.weekday())).copied().unwrap_or(false))
}

/// "20261130T073000": a local date and time with no zone, so it rings at that wall-clock time
/// wherever the phone is.
fn floating_local(date: LocalDate, minute_of_day: u16) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}00",
        date.year,
        date.month,
        date.day,
        minute_of_day / 60,
        minute_of_day % 60
    )
}

/// "20261125T134509Z": the moment the file was made, in UTC, as DTSTAMP requires.
fn utc_stamp(now_ms: i64) -> String {
    let date = LocalDate::from_epoch_ms(now_ms, 0);
    let secs = now_ms.rem_euclid(MS_PER_DAY) / 1000;
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        date.year,
        date.month,
        date.day,
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// A length of time as an RFC 5545 DURATION: "PT0M", "PT45M", "PT1H", "PT1H30M".
fn duration_value(minutes: u16) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("PT{m}M"),
        (h, 0) => format!("PT{h}H"),
        (h, m) => format!("PT{h}H{m}M"),
    }
}

/// Escapes a TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma get a backslash,
/// and line breaks (LF, CRLF or a lone CR) become `\n`. Other control characters are dropped,
/// since the standard does not allow them and they could break the file's line structure.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A URI value is not escaped, but control characters are removed so a stray newline in the
/// address cannot start a new property.
fn clean_uri(uri: &str) -> String {
    uri.chars().filter(|c| !c.is_control()).collect()
}

/// Appends one content line, folded so no physical line is longer than 75 octets, then CRLF.
///
/// Each continuation starts with one space (which counts towards the 75). Splits happen only
/// between characters, never inside a multi-byte UTF-8 sequence, so every piece stays
/// readable text.
fn push_folded(out: &mut String, line: &str) {
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// One unfolded content line split into its parts.
    #[derive(Debug)]
    struct Prop {
        name: String,
        params: Vec<String>,
        value: String,
    }

    /// Joins folded lines: a CRLF followed by one space or tab is removed.
    fn unfold(ics: &str) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        for physical in ics.split("\r\n") {
            if let Some(rest) = physical
                .strip_prefix(' ')
                .or_else(|| physical.strip_prefix('\t'))
            {
                lines
                    .last_mut()
                    .expect("a continuation needs a line before it")
                    .push_str(rest);
            } else {
                lines.push(physical.to_string());
            }
        }
        // The file ends with CRLF, which leaves one empty piece after the split.
        assert_eq!(lines.pop().as_deref(), Some(""), "file must end with CRLF");
        lines
    }

    /// Splits `NAME;param=x;param="a:b":value` at the first colon outside quotes.
    fn parse_line(line: &str) -> Prop {
        let mut in_quotes = false;
        let mut colon = None;
        for (i, c) in line.char_indices() {
            match c {
                '"' => in_quotes = !in_quotes,
                ':' if !in_quotes => {
                    colon = Some(i);
                    break;
                }
                _ => {}
            }
        }
        let colon = colon.unwrap_or_else(|| panic!("no colon in {line:?}"));
        let mut head = line[..colon].split(';');
        let name = head.next().unwrap_or_default().to_string();
        Prop {
            name,
            params: head.map(str::to_string).collect(),
            value: line[colon + 1..].to_string(),
        }
    }

    fn parse(ics: &str) -> Vec<Prop> {
        unfold(ics).iter().map(|l| parse_line(l)).collect()
    }

    /// All values of properties with this name, in file order.
    fn values<'p>(props: &'p [Prop], name: &str) -> Vec<&'p str> {
        props
            .iter()
            .filter(|p| p.name == name)
            .map(|p| p.value.as_str())
            .collect()
    }

    /// The one value of a property that must appear exactly once.
    fn one<'p>(props: &'p [Prop], name: &str) -> &'p str {
        let found = values(props, name);
        assert_eq!(found.len(), 1, "{name} should appear once");
        found[0]
    }

    /// Undoes TEXT escaping.
    fn unescape(value: &str) -> String {
        let mut out = String::new();
        let mut chars = value.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') | Some('N') => out.push('\n'),
                    Some(other) => out.push(other),
                    None => panic!("dangling backslash in {value:?}"),
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    fn date(year: i32, month: u8, day: u8) -> LocalDate {
        LocalDate { year, month, day }
    }

    /// 2026-11-25 13:45:09 UTC.
    const NOW_MS: i64 = 1_795_564_800_000 + ((13 * 60 + 45) * 60 + 9) * 1000;

    fn reminder(days: [bool; 7], from: LocalDate) -> Reminder<'static> {
        Reminder {
            days,
            minute_of_day: 7 * 60 + 30,
            duration_min: 15,
            alarm_min_before: 10,
            title: "Back exercises",
            description: "Time for your Limber routine.",
            url: "https://limber.app/",
            uid: "limber-plan@limber.app",
            from,
            now_ms: NOW_MS,
        }
    }

    const MON_WED: [bool; 7] = [true, false, true, false, false, false, false];
    const LONG: &str = "A gentle routine — knee hugs, cat–cow; bridges, and a walk. \
        Stop if pain spreads down a leg 🦵, and talk to your doctor\\physio. \
        Ünïcödé everywhere: 日本語のテキストも大丈夫です。 🧘🏽‍♀️🧘🏽‍♀️🧘🏽‍♀️";

    fn build(r: &Reminder) -> String {
        weekly_reminder(r).expect("valid reminder")
    }

    #[test]
    fn every_line_ends_with_crlf() {
        let mut r = reminder(MON_WED, date(2026, 11, 26));
        r.description = LONG;
        let ics = build(&r);
        assert!(ics.ends_with("\r\n"));
        // With every CRLF removed, no bare CR or LF is left.
        let stripped = ics.replace("\r\n", "");
        assert!(!stripped.contains('\r') && !stripped.contains('\n'));
    }

    #[test]
    fn no_physical_line_is_longer_than_75_octets() {
        let mut r = reminder(MON_WED, date(2026, 11, 26));
        r.description = LONG;
        r.title = LONG;
        let ics = build(&r);
        let physical: Vec<&str> = ics.split("\r\n").collect();
        assert!(physical.len() > 25, "the long text should have been folded");
        for line in physical {
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
    }

    #[test]
    fn unfolding_gives_back_the_exact_escaped_description() {
        let mut r = reminder(MON_WED, date(2026, 11, 26));
        r.description = LONG;
        let props = parse(&build(&r));
        let expected = escape_text(&format!("{LONG}\n\nhttps://limber.app/"));
        assert_eq!(values(&props, "DESCRIPTION")[0], expected);
        // Multi-byte characters survive folding: the unescaped text equals the input.
        assert_eq!(
            unescape(values(&props, "DESCRIPTION")[0]),
            format!("{LONG}\n\nhttps://limber.app/")
        );
        assert_eq!(unescape(one(&props, "SUMMARY")), "Back exercises");
    }

    #[test]
    fn multi_byte_characters_are_never_split() {
        // Shift an emoji across every position relative to the 75-octet boundary.
        for pad in 0..8 {
            let text = format!("{}{}", "x".repeat(50 + pad), "😀—é".repeat(20));
            let mut r = reminder(MON_WED, date(2026, 11, 26));
            r.description = &text;
            r.url = "";
            let ics = build(&r);
            // Cut the raw bytes at every CRLF: each piece must still be valid UTF-8, which
            // fails if a fold landed inside a character. Folds also use the room they have.
            let pieces: Vec<&[u8]> = ics.as_bytes().split(|&b| b == b'\n').collect();
            for (i, piece) in pieces.iter().enumerate() {
                let piece = piece.strip_suffix(b"\r").unwrap_or(piece);
                assert!(std::str::from_utf8(piece).is_ok(), "split character");
                assert!(piece.len() <= 75);
                let folded = pieces.get(i + 1).is_some_and(|next| next.starts_with(b" "));
                if folded {
                    assert!(piece.len() > 75 - 4, "fold came early: {}", piece.len());
                }
            }
            let props = parse(&ics);
            assert_eq!(unescape(values(&props, "DESCRIPTION")[0]), text);
        }
    }

    #[test]
    fn begin_and_end_are_balanced_and_nested() {
        let props = parse(&build(&reminder(MON_WED, date(2026, 11, 26))));
        let mut stack: Vec<&str> = Vec::new();
        let mut seen = Vec::new();
        for p in &props {
            match p.name.as_str() {
                "BEGIN" => {
                    stack.push(&p.value);
                    seen.push(p.value.clone());
                }
                "END" => assert_eq!(stack.pop(), Some(p.value.as_str())),
                _ => assert!(!stack.is_empty(), "{} is outside VCALENDAR", p.name),
            }
        }
        assert!(stack.is_empty());
        assert_eq!(seen, ["VCALENDAR", "VEVENT", "VALARM"]);
        assert_eq!(props.first().map(|p| p.value.as_str()), Some("VCALENDAR"));
        assert_eq!(props.last().map(|p| p.name.as_str()), Some("END"));
    }

    #[test]
    fn calendar_header_is_complete() {
        let props = parse(&build(&reminder(MON_WED, date(2026, 11, 26))));
        assert_eq!(one(&props, "VERSION"), "2.0");
        assert_eq!(one(&props, "PRODID"), "-//Limber//Exercise reminder//EN");
        assert_eq!(one(&props, "CALSCALE"), "GREGORIAN");
        assert_eq!(one(&props, "METHOD"), "PUBLISH");
        assert_eq!(one(&props, "UID"), "limber-plan@limber.app");
        assert_eq!(one(&props, "DURATION"), "PT15M");
        assert_eq!(one(&props, "ACTION"), "DISPLAY");
        assert_eq!(one(&props, "TRIGGER"), "-PT10M");
        // The alarm's DESCRIPTION is the title.
        assert_eq!(values(&props, "DESCRIPTION")[1], "Back exercises");
        assert!(props.iter().all(|p| p.params.is_empty()));
    }

    #[test]
    fn dtstart_is_floating_local_time() {
        let props = parse(&build(&reminder(MON_WED, date(2026, 11, 26))));
        let start = props.iter().find(|p| p.name == "DTSTART").expect("DTSTART");
        assert!(start.params.is_empty(), "no TZID");
        assert!(!start.value.ends_with('Z'));
        assert_eq!(start.value.len(), "20261130T073000".len());
    }

    #[test]
    fn dtstart_from_a_thursday_moves_to_the_next_monday() {
        // 26 Nov 2026 is a Thursday; Monday and Wednesday chosen -> Monday 30 Nov.
        assert_eq!(date(2026, 11, 26).weekday(), 3);
        let props = parse(&build(&reminder(MON_WED, date(2026, 11, 26))));
        assert_eq!(one(&props, "DTSTART"), "20261130T073000");
    }

    #[test]
    fn dtstart_is_today_when_today_is_chosen() {
        let monday = date(2026, 11, 30);
        assert_eq!(monday.weekday(), 0);
        let mut r = reminder(MON_WED, monday);
        r.minute_of_day = 0;
        assert_eq!(
            one(&parse(&build(&r)), "DTSTART"),
            "20261130T000000",
            "midnight on the chosen day itself"
        );
        r.minute_of_day = 23 * 60 + 59;
        assert_eq!(one(&parse(&build(&r)), "DTSTART"), "20261130T235900");
    }

    #[test]
    fn dtstart_crosses_the_year_end() {
        // Thu 31 Dec 2026, Monday only -> Mon 4 Jan 2027.
        let days = [true, false, false, false, false, false, false];
        let props = parse(&build(&reminder(days, date(2026, 12, 31))));
        assert_eq!(one(&props, "DTSTART"), "20270104T073000");
    }

    #[test]
    fn rrule_lists_the_chosen_days_monday_first() {
        let cases: [([bool; 7], &str); 4] = [
            (MON_WED, "MO,WE"),
            ([true, false, true, false, true, false, false], "MO,WE,FR"),
            ([false, false, false, false, false, false, true], "SU"),
            ([true; 7], "MO,TU,WE,TH,FR,SA,SU"),
        ];
        for (days, byday) in cases {
            let props = parse(&build(&reminder(days, date(2026, 11, 26))));
            assert_eq!(one(&props, "RRULE"), format!("FREQ=WEEKLY;BYDAY={byday}"));
        }
    }

    #[test]
    fn dtstamp_is_utc_for_a_known_moment() {
        let props = parse(&build(&reminder(MON_WED, date(2026, 11, 26))));
        assert_eq!(one(&props, "DTSTAMP"), "20261125T134509Z");
        // Milliseconds are dropped, not rounded up.
        assert_eq!(utc_stamp(NOW_MS + 999), "20261125T134509Z");
        assert_eq!(utc_stamp(0), "19700101T000000Z");
        assert_eq!(utc_stamp(951_868_799_000), "20000229T235959Z");
    }

    #[test]
    fn durations_and_triggers() {
        assert_eq!(duration_value(0), "PT0M");
        assert_eq!(duration_value(45), "PT45M");
        assert_eq!(duration_value(60), "PT1H");
        assert_eq!(duration_value(90), "PT1H30M");
        assert_eq!(duration_value(1440), "PT24H");

        let mut r = reminder(MON_WED, date(2026, 11, 26));
        r.alarm_min_before = 0;
        r.duration_min = 90;
        let props = parse(&build(&r));
        assert_eq!(one(&props, "TRIGGER"), "PT0M");
        assert_eq!(one(&props, "DURATION"), "PT1H30M");
        r.alarm_min_before = 120;
        assert_eq!(one(&parse(&build(&r)), "TRIGGER"), "-PT2H");
    }

    #[test]
    fn text_escaping_round_trips() {
        let tricky = "a;b,c\\d\ne\\n;;,,\\\\";
        assert_eq!(
            escape_text(tricky),
            "a\\;b\\,c\\\\d\\ne\\\\n\\;\\;\\,\\,\\\\\\\\"
        );
        assert_eq!(unescape(&escape_text(tricky)), tricky);

        let mut r = reminder(MON_WED, date(2026, 11, 26));
        r.title = "Stretch; move, breathe \\ rest";
        r.description = tricky;
        let props = parse(&build(&r));
        assert_eq!(unescape(one(&props, "SUMMARY")), r.title);
        assert_eq!(
            unescape(values(&props, "DESCRIPTION")[0]),
            format!("{tricky}\n\nhttps://limber.app/")
        );
    }

    #[test]
    fn carriage_returns_and_control_characters_cannot_break_lines() {
        assert_eq!(escape_text("a\r\nb\rc\td\u{7}e"), "a\\nb\\nc\tde");
        let mut r = reminder(MON_WED, date(2026, 11, 26));
        r.url = "https://limber.app/\r\nX-EVIL:1";
        r.uid = "id\r\nX-EVIL:2";
        r.title = "Hi\r\nX-EVIL:3";
        let props = parse(&build(&r));
        assert!(values(&props, "X-EVIL").is_empty());
        assert_eq!(one(&props, "URL"), "https://limber.app/X-EVIL:1");
    }

    #[test]
    fn url_is_a_property_and_ends_the_description() {
        let mut r = reminder(MON_WED, date(2026, 11, 26));
        r.url = "https://limber.app/?a=1,b;c";
        let props = parse(&build(&r));
        // URI values are not escaped …
        assert_eq!(one(&props, "URL"), "https://limber.app/?a=1,b;c");
        // … but inside DESCRIPTION the link is text, so it is.
        let description = unescape(values(&props, "DESCRIPTION")[0]);
        assert!(description.ends_with("\n\nhttps://limber.app/?a=1,b;c"));

        r.description = "";
        let props = parse(&build(&r));
        assert_eq!(
            unescape(values(&props, "DESCRIPTION")[0]),
            "https://limber.app/?a=1,b;c"
        );

        r.url = "";
        r.description = "Just text";
        let props = parse(&build(&r));
        assert!(values(&props, "URL").is_empty());
        assert_eq!(values(&props, "DESCRIPTION")[0], "Just text");
    }

    #[test]
    fn nothing_is_built_for_impossible_reminders() {
        let from = date(2026, 11, 26);
        assert!(weekly_reminder(&reminder([false; 7], from)).is_none());

        let mut r = reminder(MON_WED, from);
        r.minute_of_day = 1440;
        assert!(weekly_reminder(&r).is_none());
        r.minute_of_day = u16::MAX;
        assert!(weekly_reminder(&r).is_none());

        let mut r = reminder(MON_WED, from);
        r.duration_min = 0;
        assert!(weekly_reminder(&r).is_none());
        r.duration_min = 1441;
        assert!(weekly_reminder(&r).is_none());
        r.duration_min = 1;
        assert!(weekly_reminder(&r).is_some());
    }

    proptest! {
        /// Any printable text (with newlines) survives escaping and folding unchanged, and
        /// folding always keeps physical lines within 75 octets.
        #[test]
        fn any_description_round_trips(text in "(\\PC|\n){0,300}") {
            let mut r = reminder(MON_WED, date(2026, 11, 26));
            r.description = &text;
            r.url = "";
            let ics = build(&r);
            for line in ics.split("\r\n") {
                prop_assert!(line.len() <= 75);
            }
            let props = parse(&ics);
            prop_assert_eq!(unescape(values(&props, "DESCRIPTION")[0]), text);
        }

        /// DTSTART is always a chosen weekday, within a week of `from`, and listed in BYDAY.
        #[test]
        fn dtstart_is_the_first_chosen_day(
            days in prop::array::uniform7(any::<bool>()),
            from_days in -20_000i64..40_000,
            minute in 0u16..1440,
        ) {
            let from = LocalDate::from_days(from_days);
            let mut r = reminder(days, from);
            r.minute_of_day = minute;
            let built = weekly_reminder(&r);
            if !days.contains(&true) {
                prop_assert!(built.is_none());
                return Ok(());
            }
            let start = first_chosen_day(from, &days).expect("a day is chosen");
            let gap = start.to_days() - from_days;
            prop_assert!((0..7).contains(&gap));
            prop_assert!(days[usize::from(start.weekday())]);
            for earlier in 0..gap {
                let d = LocalDate::from_days(from_days + earlier);
                prop_assert!(!days[usize::from(d.weekday())]);
            }
            let props = parse(&built.expect("valid"));
            prop_assert_eq!(one(&props, "DTSTART"), floating_local(start, minute));
            let code = BYDAY_CODES[usize::from(start.weekday())];
            prop_assert!(one(&props, "RRULE").contains(code));
        }
    }
}
