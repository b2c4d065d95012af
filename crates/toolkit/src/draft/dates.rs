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

/// The publication date of an opening line such as "18 April, 2022",
/// "November 2, 2023" or "Published 6 June 2023 10:30": the first calendar
/// day with a year in it.
pub fn header_date(line: &str) -> Option<StoryDate> {
    let mut found = absolute(line)
        .into_iter()
        .filter(|mention| mention.date.precision() == Precision::Day)
        .collect::<Vec<_>>();
    found.sort_by_key(|mention| mention.range.start);
    found.first().map(|mention| mention.date)
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
}
