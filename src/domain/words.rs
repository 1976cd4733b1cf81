//! Counts in sentences: the one place that decides "1 session" or "2 sessions", "a 5-minute
//! walk" or "an 8-minute walk". Every screen and every domain sentence goes through here, so
//! a count never disagrees with its noun.

/// A noun with its singular and plural forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Noun {
    pub one: &'static str,
    pub many: &'static str,
}

impl Noun {
    pub const fn new(one: &'static str, many: &'static str) -> Self {
        Self { one, many }
    }

    /// The form that goes with `n`.
    pub fn form(self, n: u64) -> &'static str {
        if n == 1 {
            self.one
        } else {
            self.many
        }
    }
}

pub const SESSION: Noun = Noun::new("session", "sessions");
pub const EXERCISE: Noun = Noun::new("exercise", "exercises");
pub const SET: Noun = Noun::new("set", "sets");
pub const REP: Noun = Noun::new("rep", "reps");
pub const HOLD: Noun = Noun::new("hold", "holds");
pub const SECOND: Noun = Noun::new("second", "seconds");
pub const MINUTE: Noun = Noun::new("minute", "minutes");
pub const DAY: Noun = Noun::new("day", "days");
pub const WEEK: Noun = Noun::new("week", "weeks");
pub const WALK: Noun = Noun::new("walk", "walks");
pub const ROUTINE: Noun = Noun::new("routine", "routines");
pub const CHECK_IN: Noun = Noun::new("weekly check-in", "weekly check-ins");
pub const OWN_ROUTINE: Noun = Noun::new("routine of your own", "routines of your own");
pub const WEIGHT_ENTRY: Noun = Noun::new("weight entry", "weight entries");
pub const CHARACTER: Noun = Noun::new("character", "characters");
pub const NEW_SESSION: Noun = Noun::new("new session", "new sessions");
pub const PLANNED_SESSION: Noun = Noun::new("planned session", "planned sessions");
/// A walk, swim or ride (guided or logged): counted apart from exercise sessions.
pub const CARDIO: Noun = Noun::new("walk, swim or ride", "walks, swims or rides");
pub const LOGGED: Noun = Noun::new(
    "is a walk, swim or ride logged by hand",
    "are walks, swims or rides logged by hand",
);

/// "1 session", "2 sessions", "0 sessions".
pub fn count(n: impl Into<u64>, noun: Noun) -> String {
    let n = n.into();
    format!("{n} {}", noun.form(n))
}

/// "a" or "an" before a number said aloud: "an 8", "an 11", "an 18", "an 80", "a 5".
pub fn article_for(n: u64) -> &'static str {
    // Spoken English: eight, eleven, eighteen, eighty-…, eight hundred… start with a vowel.
    let mut lead = n;
    while lead >= 1000 {
        lead /= 1000;
    }
    let starts_with_eight = lead == 8 || (80..90).contains(&lead) || (800..900).contains(&lead);
    if starts_with_eight || lead == 11 || lead == 18 {
        "an"
    } else {
        "a"
    }
}

/// "a 15-minute walk", "an 18-minute walk".
pub fn a_minutes(n: u64, noun: &str) -> String {
    format!("{} {n}-minute {noun}", article_for(n))
}

/// "3 exercises" when all were done, otherwise "2 of 3 exercises" ("1 of 1 exercise" never
/// appears: all of one is "1 exercise").
pub fn done_of(done: impl Into<u64>, total: impl Into<u64>, noun: Noun) -> String {
    let (done, total) = (done.into(), total.into());
    if done == total {
        count(total, noun)
    } else {
        format!("{done} of {}", count(total, noun))
    }
}

/// The text with its first letter in capitals, for a heading: "An 18-minute walk".
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

/// "1 set", "2 sets" when all were done, otherwise "1 of 2 sets".
pub fn sets_done(done: u8, planned: u8) -> String {
    done_of(done, planned, SET)
}

/// "Mon", "Mon and Wed", "Mon, Wed and Fri".
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Checks a sentence for a count that disagrees with its noun ("1 sessions", "2 session",
/// "a 8-minute"). Returns the first problem found. Used by tests across the domain.
pub fn disagreement(text: &str) -> Option<String> {
    const NOUNS: [Noun; 13] = [
        SESSION,
        EXERCISE,
        SET,
        REP,
        HOLD,
        MINUTE,
        DAY,
        WEEK,
        WALK,
        ROUTINE,
        Noun::new("entry", "entries"),
        Noun::new("check-in", "check-ins"),
        Noun::new("second", "seconds"),
    ];
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | '.' | ':' | ';'))
        .filter(|w| !w.is_empty())
        .collect();
    for pair in words.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if let Ok(n) = a.parse::<u64>() {
            let b = b.split('-').next().unwrap_or(b);
            for noun in NOUNS {
                let wrong = if n == 1 { noun.many } else { noun.one };
                if b == wrong && noun.one != noun.many {
                    return Some(format!("\"{a} {b}\" in: {text}"));
                }
            }
        }
        if matches!(a, "a" | "A" | "an" | "An") {
            let digits: String = b.chars().take_while(char::is_ascii_digit).collect();
            if let Ok(n) = digits.parse::<u64>() {
                if a.to_lowercase() != article_for(n) {
                    return Some(format!("\"{a} {b}\" in: {text}"));
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_with_their_nouns() {
        assert_eq!(count(0u32, SESSION), "0 sessions");
        assert_eq!(count(1u32, SESSION), "1 session");
        assert_eq!(count(2u32, SESSION), "2 sessions");
        assert_eq!(count(1u32, WEIGHT_ENTRY), "1 weight entry");
        assert_eq!(count(3u32, WEIGHT_ENTRY), "3 weight entries");
    }

    #[test]
    fn articles_follow_how_the_number_is_said() {
        for n in [8, 11, 18, 80, 83, 800, 8000, 11_000, 18_000] {
            assert_eq!(article_for(n), "an", "{n}");
        }
        for n in [0, 1, 5, 10, 12, 15, 20, 30, 45, 100, 180] {
            assert_eq!(article_for(n), "a", "{n}");
        }
        assert_eq!(a_minutes(18, "walk"), "an 18-minute walk");
        assert_eq!(a_minutes(15, "walk"), "a 15-minute walk");
        assert_eq!(capitalised(&a_minutes(18, "walk")), "An 18-minute walk");
        assert_eq!(capitalised(""), "");
    }

    #[test]
    fn sets_done_says_one_set_not_one_of_one() {
        assert_eq!(sets_done(1, 1), "1 set");
        assert_eq!(sets_done(2, 2), "2 sets");
        assert_eq!(sets_done(1, 2), "1 of 2 sets");
        assert_eq!(sets_done(0, 1), "0 of 1 set");
        assert_eq!(done_of(3u32, 3u32, EXERCISE), "3 exercises");
        assert_eq!(done_of(1u32, 1u32, EXERCISE), "1 exercise");
        assert_eq!(done_of(2u32, 3u32, EXERCISE), "2 of 3 exercises");
    }

    #[test]
    fn the_checker_catches_what_it_should() {
        assert!(disagreement("1 sessions").is_some());
        assert!(disagreement("You did 2 session today.").is_some());
        assert!(disagreement("Take a 8-minute walk").is_some());
        assert!(disagreement("Take a 18-minute walk").is_some());
        assert!(disagreement("An 15-minute walk").is_some());
        assert!(disagreement("1 session, 2 sets, an 18-minute walk, 1 rep.").is_none());
        assert!(disagreement("a 15-minute walk (1 of 2 sets)").is_none());
    }

    #[test]
    fn lists_join_with_and() {
        let s = |v: &[&str]| and_list(&v.iter().map(|x| x.to_string()).collect::<Vec<_>>());
        assert_eq!(s(&[]), "");
        assert_eq!(s(&["Mon"]), "Mon");
        assert_eq!(s(&["Mon", "Wed"]), "Mon and Wed");
        assert_eq!(s(&["Mon", "Wed", "Fri"]), "Mon, Wed and Fri");
    }
}
