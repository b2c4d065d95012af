//! Dates in an article's sentences, resolved at the precision the article
//! gives: "on 9 April 2022" and "on Tuesday" are days, "in March 2022" and
//! "last month" are months, "in 2021" and "last year" are years. Relative
//! dates are read against the publication date; nothing is ever given more
//! precision than the words carry.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use dateline_engine::model::date::{civil_from_days, month_name};
use dateline_engine::model::{Precision, StoryDate};

/// A date found in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct DateMention {
    /// Where the words are, as a byte range of the text searched.
    pub range: Range<usize>,
    /// The date they give.
    pub date: StoryDate,
    /// How sure the reading is; anything but `Stated` gets an editor's note.
    pub reading: Reading,
}

/// How a date was worked out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reading {
    /// The words give the date in full ("9 April 2022", "in 2021", "March 2022").
    Stated,
    /// Counted from the publication date ("last month", "yesterday").
    Relative,
    /// A weekday, read as the nearest such day before (or, in a sentence
    /// about plans, after) the publication date.
    Weekday(String),
    /// A day or month without a year, given the publication's year (or the
    /// year before, when that would put it long after publication).
    YearSupplied(String),
    /// A year used as an adjective ("the 2011 strike").
    Attributive,
}

/// A month's name, or its abbreviation with a full stop ("Oct.").
const MONTH_NAME: &str = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Sept)";

/// As [`MONTH_NAME`], or an abbreviation without its full stop ("Oct 12",
/// "12 Oct 2023"), which is read only beside a day or a year: alone, "Jan"
/// may be someone's name ("a letter from Jan Novak").
const MONTH: &str = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)";

fn pattern(text: &str) -> Regex {
    Regex::new(&text.replace("MONTH", MONTH)).expect("valid date pattern")
}

static DAY_MONTH_YEAR: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+MONTH,?\s+(\d{4})\b"));
static MONTH_DAY_YEAR: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"\bMONTH\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"));
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| pattern(r"\bMONTH,?\s+(?:of\s+)?(\d{4})\b"));
static DAY_MONTH: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?MONTH"));
static MONTH_DAY: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"\bMONTH\s+(\d{1,2})(?:st|nd|rd|th)?\b"));
static LONE_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        &r"\b(?i:(in|since|by|until|till|from|during|through|throughout|before|after|early|late|mid-|end of|start of|beginning of|middle of|last|this|next))\s+MONTH"
            .replace("MONTH", MONTH_NAME),
    )
    .expect("valid date pattern")
});
static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?i:in|since|by|until|till|from|during|before|after|around|throughout|through|early|late|mid-|to|and|between|of)\s+(\d{4})\b").expect("valid pattern")
});
static ATTRIBUTIVE_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[Tt]he (\d{4}) [a-z]").expect("valid pattern"));
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?i:(last|this|earlier this|later this|next|previous) (month|year)|(yesterday|today))\b").expect("valid pattern")
});
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(last|next|this|on|On|Last|Next|This) )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
        .expect("valid pattern")
});
static FULL_DATE_AFTER: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"^,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+MONTH|MONTH\s+\d)"));
static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(will|shall|is due to|are due to|is scheduled|are scheduled|scheduled to|is set to|are set to)\b").expect("valid pattern")
});

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn month_number(name: &str) -> Option<u8> {
    let name = name.trim_end_matches('.');
    let key = if name.starts_with("Sept") {
        "Sep"
    } else {
        &name[..name.len().min(3)]
    };
    (1..=12u8).find(|&month| month_name(month).starts_with(key))
}

fn year_in_range(text: &str) -> Option<i32> {
    text.parse::<i32>()
        .ok()
        .filter(|year| (1000..=2199).contains(year))
}

/// Weekday of a day number (days since 1970-01-01), Monday = 0.
fn weekday(day: i64) -> i64 {
    (day + 3).rem_euclid(7)
}

/// The date a line of an article's header gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderDate {
    /// A date the words give one way only, at their precision.
    Stated(StoryDate),
    /// A numeric date that is two different days, day first or month
    /// first ("05/06/2023": 5 June or May 6), in that order.
    Ambiguous([StoryDate; 2]),
}

/// A date line of an article's header, read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateLine {
    /// The line's first date.
    pub date: HeaderDate,
    /// Whether the line dates an update ("Updated …", "Last modified …")
    /// rather than the publication.
    pub update: bool,
}

/// A wire dateline opening an article's first paragraph:
/// "LONDON, Oct 12 (Reuters) -", "KYIV, Ukraine, Oct. 12 (AP) —",
/// "WASHINGTON (AP) —".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WireDateline {
    /// Its length in bytes, with the dash that ends it and the space after.
    pub len: usize,
    /// The month (1–12) and day it gives, if any; a dateline gives no year.
    pub month_day: Option<(u8, u8)>,
}

static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b",
    )
    .expect("valid pattern")
});
static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4})\b").expect("valid pattern")
});
static YEAR_FIRST_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{4})([/.])(\d{1,2})([/.])(\d{1,2})\b").expect("valid pattern")
});
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\d{1,2}(?:(?:[:.]\d{2}){1,2}(?:am|pm|a\.m|p\.m)?|am|pm)$")
        .expect("valid pattern")
});
static TIME_ZONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?$").expect("valid pattern")
});
static TIMESTAMP_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:first |last )?(?:published|updated|posted|modified)\b.*\d")
        .expect("valid pattern")
});
static WIRE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    pattern(concat!(
        // The place in capitals: "LONDON", "NEW YORK", "ST. LOUIS", "GENEVA/BRUSSELS".
        r"^\p{Lu}[\p{Lu}.'’-]+(?:[ /]\p{Lu}[\p{Lu}.'’-]*)*",
        // Its state or country: ", Ukraine", ", Calif.".
        r"(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*){0,2}?",
        r"(?:,\s+(?:MONTH\s+(\d{1,2})|(\d{1,2})\s+MONTH))?",
        // The agency: "(Reuters)", "(AP)".
        r"\s*(?:\([^()\n]{1,40}\)\s*)?",
        r"(?:--?|–|—)\s",
    ))
});

/// Words of a date line's label, besides its date: "Published", "Last
/// updated on", "Posted at".
const LABEL_WORDS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "modified",
    "edited",
    "revised",
    "filed",
    "created",
    "originally",
    "first",
    "last",
    "date",
    "dated",
    "on",
    "at",
    "and",
];

/// Words that make a date line's date that of an update.
const UPDATE_WORDS: &[&str] = &["updated", "modified", "edited", "revised"];

/// Weekdays as date lines abbreviate them ("Thu 12 Oct 2023").
const WEEKDAY_ABBREVIATIONS: &[&str] = &[
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

/// Capitalised words a date line may hold besides its label: a place or
/// the publication's name ("London, 12 October 2023").
const MOST_NAME_WORDS: usize = 3;

/// The date of a line of an article's header, when the line is a date line:
/// a date and nothing else but a label, a weekday, a time and its zone, and
/// at most a place or the publication's name. "Monday 18 April 2022",
/// "Published 12 Oct 2023 09:15", "Updated: October 12, 2023 at 9:15 a.m.
/// ET" and "2023-10-12T09:15:00Z" are; "The deal was signed on 9 April 2022."
/// is not. A numeric date is read day first or month first only when the
/// other reading is no date ("25/10/2023") or the same day ("05/05/2023");
/// "05/06/2023" is [`HeaderDate::Ambiguous`].
pub fn header_date(line: &str) -> Option<DateLine> {
    let mut found: Vec<(Range<usize>, HeaderDate)> = absolute(line)
        .into_iter()
        .map(|mention| (mention.range, HeaderDate::Stated(mention.date)))
        .chain(numeric_dates(line))
        .collect();
    // The first date, and of two that start together the longer one.
    found.sort_by_key(|(range, _)| (range.start, usize::MAX - range.len()));
    let (first, date) = found.first().cloned()?;
    let mut rest = String::with_capacity(line.len());
    let mut at = 0;
    for (range, _) in &found {
        if range.start >= at {
            rest.push_str(&line[at..range.start]);
            rest.push(' ');
        }
        at = at.max(range.end);
    }
    rest.push_str(&line[at..]);
    if !only_date_line_words(&rest) {
        return None;
    }
    let update = words(&line[..first.start])
        .any(|word| UPDATE_WORDS.contains(&word.to_lowercase().as_str()));
    Some(DateLine { date, update })
}

/// Whether a line is labelled as the time of a publication or an update
/// ("Updated 2 hours ago", "Published 12/10/23 09:15"), whether or not a
/// date can be read from it.
pub fn is_timestamp_line(line: &str) -> bool {
    TIMESTAMP_LABEL.is_match(line)
}

/// The wire dateline that opens `paragraph`, if it opens with one.
pub fn wire_dateline(paragraph: &str) -> Option<WireDateline> {
    let captures = WIRE_DATELINE.captures(paragraph)?;
    let month_day = match (
        captures.get(1),
        captures.get(2),
        captures.get(3),
        captures.get(4),
    ) {
        (Some(month), Some(day), _, _) | (_, _, Some(day), Some(month)) => {
            let month = month_number(month.as_str())?;
            let day = day.as_str().parse::<u8>().ok()?;
            // Any day of the month in some year: 2000 had a 29 February.
            StoryDate::day(2000, month, day).map(|_| (month, day))
        }
        _ => None,
    };
    Some(WireDateline {
        len: captures.get(0).expect("a match has a whole").end(),
        month_day,
    })
}

/// The publication date of an article whose header has these date lines
/// and whose first paragraph opens with a dateline giving this month and
/// day: the first day stated by a line that is not about an update; else
/// the dateline's day, in the year a date line gives (the year that puts
/// the day nearest that line's date); else the first day an update line
/// states. A dateline gives no year of its own, and none is guessed.
pub fn publication_date(
    lines: &[DateLine],
    dateline_month_day: Option<(u8, u8)>,
) -> Option<StoryDate> {
    let stated_day = |update: bool| {
        lines
            .iter()
            .filter(|line| line.update == update)
            .find_map(|line| match line.date {
                HeaderDate::Stated(date) if date.precision() == Precision::Day => Some(date),
                _ => None,
            })
    };
    stated_day(false)
        .or_else(|| {
            let (month, day) = dateline_month_day?;
            nearest_day(month, day, lines.first()?.date)
        })
        .or_else(|| stated_day(true))
}

/// Month and day in the year that puts them nearest a header's date.
fn nearest_day(month: u8, day: u8, near: HeaderDate) -> Option<StoryDate> {
    let readings: &[StoryDate] = match &near {
        HeaderDate::Stated(date) => std::slice::from_ref(date),
        HeaderDate::Ambiguous(readings) => readings,
    };
    let middle = |date: &StoryDate| (date.first_day() + date.end_day()) / 2;
    let year = readings[0].astronomical_year();
    (year - 1..=year + 1)
        .filter_map(|year| StoryDate::day(year, month, day))
        .min_by_key(|candidate| {
            readings
                .iter()
                .map(|reading| (candidate.first_day() - middle(reading)).abs())
                .min()
        })
}

/// Numeric dates in a header line: "2023-10-12", "2023-10-12T09:15:00Z",
/// "2023/10/12", and "12/10/2023" read both ways.
fn numeric_dates(line: &str) -> Vec<(Range<usize>, HeaderDate)> {
    let number = |captures: &regex::Captures, i: usize| captures[i].parse::<u8>().ok();
    let mut found = Vec::new();
    for captures in ISO_DATE.captures_iter(line) {
        let whole = captures.get(0).expect("a match has a whole");
        if let (Some(year), Some(month), Some(day)) = (
            year_in_range(&captures[1]),
            number(&captures, 2),
            number(&captures, 3),
        ) {
            if let Some(date) = StoryDate::day(year, month, day) {
                found.push((whole.range(), HeaderDate::Stated(date)));
            }
        }
    }
    for captures in YEAR_FIRST_DATE.captures_iter(line) {
        let whole = captures.get(0).expect("a match has a whole");
        if captures[2] != captures[4] {
            continue;
        }
        if let (Some(year), Some(month), Some(day)) = (
            year_in_range(&captures[1]),
            number(&captures, 3),
            number(&captures, 5),
        ) {
            if let Some(date) = StoryDate::day(year, month, day) {
                found.push((whole.range(), HeaderDate::Stated(date)));
            }
        }
    }
    for captures in NUMERIC_DATE.captures_iter(line) {
        let whole = captures.get(0).expect("a match has a whole");
        let (Some(first), Some(second), Some(year)) = (
            number(&captures, 1),
            number(&captures, 3),
            year_in_range(&captures[5]),
        ) else {
            continue;
        };
        if captures[2] != captures[4] {
            continue;
        }
        let day_first = StoryDate::day(year, second, first);
        let month_first = StoryDate::day(year, first, second);
        let date = match (day_first, month_first) {
            (Some(day_first), Some(month_first)) if day_first != month_first => {
                HeaderDate::Ambiguous([day_first, month_first])
            }
            (Some(date), _) | (None, Some(date)) => HeaderDate::Stated(date),
            (None, None) => continue,
        };
        found.push((whole.range(), date));
    }
    found
}

/// What separates a date line's parts: "Published: 12 Oct 2023 | 09:15 (BST)".
const DATE_LINE_PUNCTUATION: &[char] = &[
    ',', ';', ':', '|', '·', '•', '(', ')', '[', ']', '-', '–', '—', '/',
];

/// A line's words without the punctuation around them.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
        .map(|word| {
            word.trim_matches(DATE_LINE_PUNCTUATION)
                .trim_end_matches('.')
        })
        .filter(|word| !word.is_empty())
}

/// Whether what a header line holds besides its dates is what date lines
/// hold: see [`header_date`].
fn only_date_line_words(rest: &str) -> bool {
    let mut name_words = 0;
    words(rest).all(|word| {
        let lower = word.to_lowercase();
        let known = LABEL_WORDS.contains(&lower.as_str())
            || WEEKDAYS.iter().any(|day| day.eq_ignore_ascii_case(word))
            || WEEKDAY_ABBREVIATIONS.contains(&lower.as_str())
            || TIME.is_match(word)
            || matches!(lower.as_str(), "am" | "pm" | "a.m" | "p.m")
            || TIME_ZONE.is_match(word);
        if known {
            return true;
        }
        name_words += 1;
        word.chars().next().is_some_and(char::is_uppercase) && name_words <= MOST_NAME_WORDS
    })
}

/// Days with years, and months with years, in `text`.
fn absolute(text: &str) -> Vec<DateMention> {
    let mut found = Vec::new();
    for captures in DAY_MONTH_YEAR.captures_iter(text) {
        let whole = captures.get(0).expect("a match has a whole");
        if let (Some(day), Some(month), Some(year)) = (
            captures[1].parse::<u8>().ok(),
            month_number(&captures[2]),
            year_in_range(&captures[3]),
        ) {
            if let Some(date) = StoryDate::day(year, month, day) {
                found.push(stated(whole.range(), date));
            }
        }
    }
    for captures in MONTH_DAY_YEAR.captures_iter(text) {
        let whole = captures.get(0).expect("a match has a whole");
        if let (Some(month), Some(day), Some(year)) = (
            month_number(&captures[1]),
            captures[2].parse::<u8>().ok(),
            year_in_range(&captures[3]),
        ) {
            if let Some(date) = StoryDate::day(year, month, day) {
                found.push(stated(whole.range(), date));
            }
        }
    }
    for captures in MONTH_YEAR.captures_iter(text) {
        let whole = captures.get(0).expect("a match has a whole");
        if let (Some(month), Some(year)) = (month_number(&captures[1]), year_in_range(&captures[2]))
        {
            if let Some(date) = StoryDate::month(year, month) {
                found.push(stated(whole.range(), date));
            }
        }
    }
    found
}

fn stated(range: Range<usize>, date: StoryDate) -> DateMention {
    DateMention {
        range,
        date,
        reading: Reading::Stated,
    }
}

/// Every date in `text`, each at the precision its words give, without
/// overlaps (the most specific reading of any stretch of words wins), in
/// the order they appear. Dates that need the publication date are left
/// out when there is none.
pub fn find_dates(text: &str, published: Option<StoryDate>) -> Vec<DateMention> {
    let mut candidates = absolute(text);
    // A plan ("will meet on Friday") looks ahead when its verb comes shortly
    // before the day: within eight words, and at most LOOK_BACK bytes, so
    // that each date reads only a little of the text before it.
    let spaces: Vec<usize> = text
        .char_indices()
        .filter(|(_, c)| c.is_whitespace())
        .map(|(at, _)| at)
        .collect();
    let looks_ahead = |at: usize| {
        let spaces_before = spaces.partition_point(|&space| space < at);
        let mut window_start = spaces_before
            .checked_sub(9)
            .map_or(0, |ninth| spaces[ninth]);
        if at - window_start > LOOK_BACK {
            window_start = at - LOOK_BACK;
            while !text.is_char_boundary(window_start) {
                window_start += 1;
            }
        }
        FUTURE.is_match(&text[window_start..at])
    };
    if let Some(published) = published {
        let (pub_year, pub_month) = (published.astronomical_year(), month_of(published));
        let pub_day = published.first_day();
        // A date without a year is in the publication's year, unless that puts
        // it more than two months after publication: then it is last year's.
        // A date without a year is its last occurrence up to publication,
        // unless the next one is much nearer (less than half as far) or the
        // sentence looks ahead: "in December" in September is this December.
        let supply_year = |month: u8, day: Option<u8>, at: usize| -> Option<StoryDate> {
            let make = |year| match day {
                Some(day) => StoryDate::day(year, month, day),
                None => StoryDate::month(year, month),
            };
            let middle = |date: StoryDate| (date.first_day() + date.end_day()) / 2;
            let this_year = make(pub_year)?;
            let (past, future) = if this_year.first_day() <= pub_day {
                (Some(this_year), make(pub_year + 1))
            } else {
                (make(pub_year - 1), Some(this_year))
            };
            match (past, future) {
                (Some(past), Some(future)) => {
                    let past_distance = pub_day - middle(past);
                    let future_distance = middle(future) - pub_day;
                    if looks_ahead(at) || future_distance * 2 < past_distance {
                        Some(future)
                    } else {
                        Some(past)
                    }
                }
                (past, future) => past.or(future),
            }
        };
        for captures in DAY_MONTH.captures_iter(text) {
            let whole = captures.get(0).expect("a match has a whole");
            if let (Some(day), Some(month)) =
                (captures[1].parse::<u8>().ok(), month_number(&captures[2]))
            {
                if let Some(date) = supply_year(month, Some(day), whole.start()) {
                    candidates.push(DateMention {
                        range: whole.range(),
                        date,
                        reading: Reading::YearSupplied(whole.as_str().to_owned()),
                    });
                }
            }
        }
        for captures in MONTH_DAY.captures_iter(text) {
            let whole = captures.get(0).expect("a match has a whole");
            if let (Some(month), Some(day)) =
                (month_number(&captures[1]), captures[2].parse::<u8>().ok())
            {
                if let Some(date) = supply_year(month, Some(day), whole.start()) {
                    candidates.push(DateMention {
                        range: whole.range(),
                        date,
                        reading: Reading::YearSupplied(whole.as_str().to_owned()),
                    });
                }
            }
        }
        for captures in LONE_MONTH.captures_iter(text) {
            let whole = captures.get(0).expect("a match has a whole");
            let Some(month) = month_number(&captures[2]) else {
                continue;
            };
            // "May" after "in" is a month; "the month of may" is not news style.
            let qualifier = captures[1].to_ascii_lowercase();
            let date = match qualifier.as_str() {
                "last" => {
                    let year = if month < pub_month {
                        pub_year
                    } else {
                        pub_year - 1
                    };
                    StoryDate::month(year, month)
                }
                "next" => {
                    let year = if month > pub_month {
                        pub_year
                    } else {
                        pub_year + 1
                    };
                    StoryDate::month(year, month)
                }
                "this" => StoryDate::month(pub_year, month),
                _ => supply_year(month, None, whole.start()),
            };
            if let Some(date) = date {
                let month_words = captures.get(2).expect("the month is captured");
                candidates.push(DateMention {
                    range: month_words.start()..whole.end(),
                    date,
                    reading: Reading::YearSupplied(whole.as_str().to_owned()),
                });
            }
        }
        for captures in RELATIVE.captures_iter(text) {
            let whole = captures.get(0).expect("a match has a whole");
            let date = if let Some(day_word) = captures.get(3) {
                let offset = if day_word.as_str().eq_ignore_ascii_case("yesterday") {
                    -1
                } else {
                    0
                };
                Some(StoryDate::from_day_number(pub_day + offset))
            } else {
                let which = captures[1].to_ascii_lowercase();
                let step: i32 = match which.as_str() {
                    "last" | "previous" => -1,
                    "next" => 1,
                    _ => 0,
                };
                if captures[2].eq_ignore_ascii_case("month") {
                    let index = pub_year * 12 + i32::from(pub_month) - 1 + step;
                    StoryDate::month(index.div_euclid(12), (index.rem_euclid(12) + 1) as u8)
                } else {
                    Some(StoryDate::year(pub_year + step))
                }
            };
            if let Some(date) = date {
                candidates.push(DateMention {
                    range: whole.range(),
                    date,
                    reading: Reading::Relative,
                });
            }
        }
        for captures in WEEKDAY.captures_iter(text) {
            let whole = captures.get(0).expect("a match has a whole");
            if FULL_DATE_AFTER.is_match(&text[whole.end()..])
                || text[whole.end()..].starts_with('s')
            {
                continue;
            }
            let target = WEEKDAYS
                .iter()
                .position(|day| *day == &captures[2])
                .expect("the pattern names a weekday") as i64;
            let today = weekday(pub_day);
            let qualifier = captures
                .get(1)
                .map(|m| m.as_str().to_ascii_lowercase())
                .unwrap_or_default();
            let day = match qualifier.as_str() {
                "next" => pub_day + (target - today - 1).rem_euclid(7) + 1,
                "last" => pub_day - (today - target - 1).rem_euclid(7) - 1,
                _ if looks_ahead(whole.start()) => pub_day + (target - today).rem_euclid(7),
                _ => pub_day - (today - target).rem_euclid(7),
            };
            let date = StoryDate::from_day_number(day);
            candidates.push(DateMention {
                range: whole.range(),
                date,
                reading: Reading::Weekday(whole.as_str().to_owned()),
            });
        }
    }
    for captures in YEAR.captures_iter(text) {
        let year_words = captures.get(1).expect("the year is captured");
        let whole = captures.get(0).expect("a match has a whole");
        // "… in 2,300 homes" and "by 2030s" are not years.
        let next = text[whole.end()..].chars().next();
        if matches!(next, Some(',' | '.') if text[whole.end() + 1..].starts_with(|c: char| c.is_ascii_digit()))
            || matches!(next, Some(c) if c.is_alphanumeric())
        {
            continue;
        }
        if let Some(year) = year_in_range(year_words.as_str()) {
            candidates.push(DateMention {
                range: whole.range(),
                date: StoryDate::year(year),
                reading: Reading::Stated,
            });
        }
    }
    for captures in ATTRIBUTIVE_YEAR.captures_iter(text) {
        let year_words = captures.get(1).expect("the year is captured");
        if let Some(year) = year_in_range(year_words.as_str()) {
            candidates.push(DateMention {
                range: year_words.range(),
                date: StoryDate::year(year),
                reading: Reading::Attributive,
            });
        }
    }
    choose(candidates)
}

fn month_of(date: StoryDate) -> u8 {
    civil_from_days(date.first_day()).1
}

/// The most bytes before a date read for a verb that puts it in the future.
const LOOK_BACK: usize = 400;

/// Keeps the most specific reading of each stretch of words: days before
/// months before years, longer matches before shorter ones.
fn choose(mut candidates: Vec<DateMention>) -> Vec<DateMention> {
    let rank = |mention: &DateMention| {
        let precision = match mention.date.precision() {
            Precision::Day => 0,
            Precision::Month => 1,
            Precision::Year => 2,
        };
        let stated = usize::from(mention.reading != Reading::Stated);
        (stated, precision, usize::MAX - mention.range.len())
    };
    candidates.sort_by_key(rank);
    // The ranges kept, which never overlap, by start: a candidate overlaps
    // one only if it overlaps the last that starts before its end.
    let mut kept: BTreeMap<usize, usize> = BTreeMap::new();
    let mut chosen: Vec<DateMention> = Vec::new();
    for candidate in candidates {
        let overlaps = kept
            .range(..candidate.range.end)
            .next_back()
            .is_some_and(|(_, &end)| candidate.range.start < end);
        if !overlaps {
            kept.insert(candidate.range.start, candidate.range.end);
            chosen.push(candidate);
        }
    }
    chosen.sort_by_key(|mention| mention.range.start);
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use dateline_engine::model::date::days_from_civil;

    fn dates(text: &str, published: &str) -> Vec<String> {
        find_dates(text, Some(published.parse().unwrap()))
            .into_iter()
            .map(|mention| mention.date.to_string())
            .collect()
    }

    #[test]
    fn each_date_keeps_the_precision_of_its_words() {
        let published = "2022-04-18";
        assert_eq!(
            dates("It was signed on 9 April 2022.", published),
            ["2022-04-09"]
        );
        assert_eq!(dates("Talks began in March 2022.", published), ["2022-03"]);
        assert_eq!(dates("The Taliban won in 2021.", published), ["2021"]);
        assert_eq!(dates("He took over on 9 April.", published), ["2022-04-09"]);
        assert_eq!(
            dates("Last month, it accredited him.", published),
            ["2022-03"]
        );
        assert_eq!(dates("It fell last year.", published), ["2021"]);
        assert_eq!(
            dates("They swept to power in August 2021.", published),
            ["2021-08"]
        );
        assert_eq!(
            dates("Published November 2, 2023.", published),
            ["2023-11-02"]
        );
        assert_eq!(
            dates("The 2011 strike lasted nine days.", published),
            ["2011"]
        );
    }

    #[test]
    fn weekdays_count_back_from_publication_unless_the_sentence_looks_ahead() {
        // 18 April 2022 was a Monday.
        let published = "2022-04-18";
        assert_eq!(
            dates("They walked out on Tuesday.", published),
            ["2022-04-12"]
        );
        assert_eq!(
            dates("He said Monday that it was over.", published),
            ["2022-04-18"]
        );
        assert_eq!(
            dates("The board will meet on Friday.", published),
            ["2022-04-22"]
        );
        assert_eq!(dates("It happened last Monday.", published), ["2022-04-11"]);
        assert_eq!(dates("It reopens next Monday.", published), ["2022-04-25"]);
        assert_eq!(
            dates("He spoke on Tuesday, 12 April 2022.", published),
            ["2022-04-12"]
        );
    }

    #[test]
    fn a_date_without_a_year_takes_the_nearest_sensible_year() {
        assert_eq!(dates("It came back in May.", "2023-11-02"), ["2023-05"]);
        assert_eq!(
            dates("It was done by Oct. 20.", "2023-11-02"),
            ["2023-10-20"]
        );
        assert_eq!(dates("They met in December.", "2023-03-01"), ["2022-12"]);
        assert_eq!(dates("A ballot on 21 March.", "2024-03-14"), ["2024-03-21"]);
    }

    #[test]
    fn numbers_that_are_not_years_are_left_alone() {
        assert!(dates(
            "About 2,300 workers, 15 parts per billion, in 3,000 homes.",
            "2024-03-14"
        )
        .is_empty());
        assert!(dates("In the 1990s prices rose.", "2024-03-14").is_empty());
        assert!(dates("You may go.", "2024-03-14").is_empty());
    }

    #[test]
    fn without_a_publication_date_only_full_dates_are_read() {
        let found: Vec<String> = find_dates("Last month, on Tuesday, in 2021, on 9 April.", None)
            .into_iter()
            .map(|mention| mention.date.to_string())
            .collect();
        assert_eq!(found, ["2021"]);
    }

    #[test]
    fn days_of_the_week_come_from_day_numbers() {
        assert_eq!(weekday(days_from_civil(2022, 4, 18)), 0);
        assert_eq!(weekday(days_from_civil(1970, 1, 1)), 3);
    }

    #[test]
    fn a_month_without_its_full_stop_is_read_beside_a_day_only() {
        assert_eq!(dates("They met on Oct 20.", "2023-11-02"), ["2023-10-20"]);
        assert_eq!(
            dates("It closed on 4 Jul 2021.", "2023-11-02"),
            ["2021-07-04"]
        );
        assert!(dates("A letter from Jan Novak arrived.", "2023-11-02").is_empty());
        assert!(dates("About 12 Decorators marched.", "2023-11-02").is_empty());
    }

    /// The day a header line states, or why not.
    fn header_day(line: &str) -> String {
        match header_date(line) {
            Some(DateLine {
                date: HeaderDate::Stated(date),
                update,
            }) => format!("{date}{}", if update { " updated" } else { "" }),
            Some(DateLine {
                date: HeaderDate::Ambiguous([day_first, month_first]),
                ..
            }) => format!("{day_first} or {month_first}"),
            None => "not a date line".to_owned(),
        }
    }

    #[test]
    fn a_date_line_is_read_in_each_layout_news_sites_print() {
        for (line, day) in [
            ("18 April, 2022", "2022-04-18"),
            ("Monday 18 April 2022", "2022-04-18"),
            ("Monday, 18th April 2022", "2022-04-18"),
            ("Published 12 Oct 2023 09:15", "2023-10-12"),
            ("Updated 12 Oct 2023 09:15 BST", "2023-10-12 updated"),
            ("Thu 12 Oct 2023 09.15 BST", "2023-10-12"),
            ("Published: October 12, 2023 at 9:15 a.m. ET", "2023-10-12"),
            ("October 12, 2023", "2023-10-12"),
            ("Oct. 12, 2023", "2023-10-12"),
            ("Oct 12 2023 3:14 PM GMT+1", "2023-10-12"),
            ("2023-10-12", "2023-10-12"),
            ("2023-10-12T09:15:00Z", "2023-10-12"),
            ("Posted 2023-10-12T09:15:00+01:00", "2023-10-12"),
            ("2023/10/12", "2023-10-12"),
            ("London, 12 October 2023", "2023-10-12"),
            ("Published 12 Oct 2023, updated 13 Oct 2023", "2023-10-12"),
        ] {
            assert_eq!(header_day(line), day, "{line}");
        }
    }

    #[test]
    fn a_numeric_date_is_read_only_when_one_reading_is_a_date() {
        assert_eq!(
            header_day("Last updated on 25/10/2023"),
            "2023-10-25 updated"
        );
        assert_eq!(header_day("10/25/2023"), "2023-10-25");
        assert_eq!(header_day("05/05/2023"), "2023-05-05");
        assert_eq!(
            header_day("Last updated on 05/06/2023"),
            "2023-06-05 or 2023-05-06"
        );
        assert_eq!(header_day("12.10.2023"), "2023-10-12 or 2023-12-10");
        assert_eq!(header_day("31/02/2023"), "not a date line");
        assert_eq!(header_day("12/10-2023"), "not a date line");
        let ambiguous = header_date("Last updated on 05/06/2023").expect("a date line");
        assert_eq!(publication_date(&[ambiguous], None), None);
    }

    #[test]
    fn a_sentence_with_a_date_is_not_a_date_line() {
        for line in [
            "The deal was signed on 9 April 2022.",
            "Police said the fire started on Oct 12, 2023",
            "Kestrel Port Holdings Chief Executive, 12 October 2023",
            "12 October",
            "Updated 2 hours ago",
        ] {
            assert_eq!(header_day(line), "not a date line", "{line}");
        }
        assert!(is_timestamp_line("Updated 2 hours ago"));
        assert!(is_timestamp_line("Last updated on 12/10/23"));
        assert!(!is_timestamp_line("Updated guidance was issued."));
    }

    #[test]
    fn a_wire_dateline_gives_a_month_and_a_day_or_nothing() {
        for (paragraph, dateline, month_day) in [
            (
                "LONDON, Oct 12 (Reuters) - Prices rose.",
                "LONDON, Oct 12 (Reuters) - ",
                Some((10, 12)),
            ),
            (
                "KYIV, Ukraine, Oct. 12 (AP) — Sirens sounded.",
                "KYIV, Ukraine, Oct. 12 (AP) — ",
                Some((10, 12)),
            ),
            (
                "NEW YORK, 12 October (AFP) - Stocks fell.",
                "NEW YORK, 12 October (AFP) - ",
                Some((10, 12)),
            ),
            (
                "WASHINGTON (AP) — The Senate voted.",
                "WASHINGTON (AP) — ",
                None,
            ),
            ("BRENTFORD — Councillors voted.", "BRENTFORD — ", None),
            (
                "ST. LOUIS, Mo., Feb 29 (Reuters) - Snow fell.",
                "ST. LOUIS, Mo., Feb 29 (Reuters) - ",
                Some((2, 29)),
            ),
        ] {
            let read = wire_dateline(paragraph).expect("a dateline");
            assert_eq!(&paragraph[..read.len], dateline);
            assert_eq!(read.month_day, month_day, "{paragraph}");
        }
        let impossible = wire_dateline("LONDON, Feb 30 (Reuters) - Prices rose.");
        assert_eq!(impossible.map(|read| read.month_day), Some(None));
        assert_eq!(
            wire_dateline("US officials said on Oct 12 - that was all."),
            None
        );
        assert_eq!(
            wire_dateline("The council said on Oct 12 (Thursday) - no."),
            None
        );
    }

    fn date_line(line: &str) -> DateLine {
        header_date(line).expect("a date line")
    }

    fn published(lines: &[&str], dateline_month_day: Option<(u8, u8)>) -> Option<String> {
        let lines: Vec<DateLine> = lines.iter().map(|line| date_line(line)).collect();
        publication_date(&lines, dateline_month_day).map(|date| date.to_string())
    }

    #[test]
    fn the_publication_date_is_published_then_the_dateline_then_updated() {
        assert_eq!(
            published(
                &["Updated 13 Oct 2023 10:00", "Published 12 Oct 2023 09:15"],
                None
            )
            .as_deref(),
            Some("2023-10-12")
        );
        assert_eq!(
            published(&["Published 12 Oct 2023 09:15"], Some((10, 11))).as_deref(),
            Some("2023-10-12")
        );
        assert_eq!(
            published(&["Updated 13 Oct 2023 10:00"], Some((10, 12))).as_deref(),
            Some("2023-10-12")
        );
        assert_eq!(
            published(&["Updated 13 Oct 2023 10:00"], None).as_deref(),
            Some("2023-10-13")
        );
    }

    #[test]
    fn a_dateline_takes_its_year_from_the_header_and_never_invents_one() {
        assert_eq!(
            published(&["Last updated on 07/11/2023"], Some((11, 7))).as_deref(),
            Some("2023-11-07")
        );
        assert_eq!(
            published(&["Last updated on 02/01/2024"], Some((12, 31))).as_deref(),
            Some("2023-12-31")
        );
        assert_eq!(published(&[], Some((10, 12))), None);
    }

    /// Properties over random header lines; proptest does not build for wasm32.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// Lines made of the pieces date lines are made of, and any text.
        fn header_line() -> impl Strategy<Value = String> {
            let piece = prop_oneof![
                prop::sample::select(vec![
                    "12",
                    "31",
                    "0",
                    "99",
                    "2023",
                    "9999",
                    "/",
                    ".",
                    "-",
                    ":",
                    " ",
                    ", ",
                    "T",
                    "09:15",
                    "Z",
                    "+01:00",
                    "Oct",
                    "Oct.",
                    "October",
                    "Sept",
                    "Published",
                    "Updated",
                    "Last updated on",
                    "BST",
                    "a.m.",
                    "Monday",
                    "LONDON",
                    "(Reuters)",
                    "—",
                    "By ",
                    "\u{301}",
                    "ß",
                    "İ",
                ])
                .prop_map(str::to_owned),
                "\\PC{0,4}",
            ];
            prop_oneof![
                prop::collection::vec(piece, 0..16).prop_map(|pieces| pieces.concat()),
                any::<String>(),
            ]
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2048))]

            #[test]
            fn no_header_line_panics_the_date_reader(line in header_line()) {
                let read = header_date(&line);
                if let Some(DateLine { date, .. }) = read {
                    let readings = match date {
                        HeaderDate::Stated(date) => vec![date],
                        HeaderDate::Ambiguous([day_first, month_first]) => {
                            prop_assert_ne!(day_first, month_first);
                            vec![day_first, month_first]
                        }
                    };
                    for reading in readings {
                        prop_assert!((1000..=2199).contains(&reading.astronomical_year()), "{line:?}");
                    }
                }
                let dateline = wire_dateline(&line);
                if let Some(dateline) = dateline {
                    prop_assert!(line.is_char_boundary(dateline.len) && dateline.len <= line.len());
                }
                let published = publication_date(
                    &read.into_iter().collect::<Vec<_>>(),
                    dateline.and_then(|dateline| dateline.month_day),
                );
                prop_assert!(published.is_none_or(|date| date.precision() == Precision::Day));
                is_timestamp_line(&line);
            }
        }
    }
}
