//! Story dates: the subset of EDTF (ISO 8601-2) that news needs.
//!
//! A [`StoryDate`] keeps the precision the story gives (year, month or day)
//! and its qualifiers (approximate `~`, uncertain `?`, both `%`), so nothing
//! downstream can print more than the source says. Years use EDTF's
//! astronomical numbering (`0000` is 1 BCE, `-0001` is 2 BCE); in words they
//! are shown without a year zero. Pure Rust: no DOM.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer};

/// How much of a date the story gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// Only the year, as in `2021`.
    Year,
    /// Year and month, as in `2022-03`.
    Month,
    /// A calendar day, as in `2022-04-09`.
    Day,
}

/// A date as a story gives it, with its precision and qualifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StoryDate {
    /// Astronomical year: `0` is 1 BCE, `-1` is 2 BCE.
    year: i32,
    /// Month in `1..=12`, present for month and day precision.
    month: Option<u8>,
    /// Day of the month in `1..=31`, present for day precision.
    day: Option<u8>,
    /// Marked `~` (or `%`): "around".
    approximate: bool,
    /// Marked `?` (or `%`): "possibly".
    uncertain: bool,
}

/// Why a date string was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError {
    /// The text that was given.
    pub input: String,
    /// What is wrong with it, in a reporter's words.
    pub reason: String,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" is not a valid date: {}; expected a year (2021), a month (2022-03) \
             or a day (2022-04-09), optionally followed by ~ (approximate), ? (uncertain) or % (both)",
            self.input, self.reason
        )
    }
}

impl std::error::Error for DateError {}

/// The months' names in English, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl StoryDate {
    /// A year-precision date. `year` is astronomical (`0` is 1 BCE).
    pub fn year(year: i32) -> Self {
        Self {
            year,
            month: None,
            day: None,
            approximate: false,
            uncertain: false,
        }
    }

    /// A month-precision date, or `None` if `month` is not in `1..=12`.
    pub fn month(year: i32, month: u8) -> Option<Self> {
        (1..=12).contains(&month).then_some(Self {
            month: Some(month),
            ..Self::year(year)
        })
    }

    /// A day-precision date, or `None` if the day does not exist in that month.
    pub fn day(year: i32, month: u8, day: u8) -> Option<Self> {
        let date = Self::month(year, month)?;
        (1..=days_in_month(year, month))
            .contains(&day)
            .then_some(Self {
                day: Some(day),
                ..date
            })
    }

    /// The calendar day of a day number (days since 1970-01-01).
    pub fn from_day_number(days: i64) -> Self {
        let (year, month, day) = civil_from_days(days);
        Self {
            month: Some(month),
            day: Some(day),
            ..Self::year(year)
        }
    }

    /// The same date marked approximate ("around").
    pub fn approximate(self) -> Self {
        Self {
            approximate: true,
            ..self
        }
    }

    /// The same date marked uncertain ("possibly").
    pub fn uncertain(self) -> Self {
        Self {
            uncertain: true,
            ..self
        }
    }

    /// How much of the date is known.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// Astronomical year (`0` is 1 BCE).
    pub fn astronomical_year(&self) -> i32 {
        self.year
    }

    /// Whether the date is marked approximate.
    pub fn is_approximate(&self) -> bool {
        self.approximate
    }

    /// Whether the date is marked uncertain.
    pub fn is_uncertain(&self) -> bool {
        self.uncertain
    }

    /// First day the date covers, in days since 1970-01-01 (proleptic Gregorian).
    pub fn first_day(&self) -> i64 {
        days_from_civil(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// Day after the last day the date covers, in days since 1970-01-01:
    /// a month covers `first_day()..end_day()`.
    pub fn end_day(&self) -> i64 {
        match (self.month, self.day) {
            (Some(_), Some(_)) => self.first_day() + 1,
            (Some(month), None) => self.first_day() + i64::from(days_in_month(self.year, month)),
            _ => days_from_civil(self.year + 1, 1, 1),
        }
    }

    /// The date in English words at its own precision: "9 April 2022",
    /// "March 2022", "around August 2021", "44 BCE".
    pub fn in_words(&self) -> String {
        let year = year_in_words(self.year);
        let plain = match (self.month, self.day) {
            (Some(month), Some(day)) => format!("{day} {} {year}", month_name(month)),
            (Some(month), None) => format!("{} {year}", month_name(month)),
            _ => year,
        };
        match (self.approximate, self.uncertain) {
            (true, true) => format!("possibly around {plain}"),
            (true, false) => format!("around {plain}"),
            (false, true) => format!("possibly {plain}"),
            (false, false) => plain,
        }
    }
}

/// A year in words with no year zero: `2022` -> "2022", `0` -> "1 BCE".
pub fn year_in_words(astronomical_year: i32) -> String {
    if astronomical_year > 0 {
        astronomical_year.to_string()
    } else {
        format!("{} BCE", 1 - i64::from(astronomical_year))
    }
}

/// English name of a month in `1..=12`.
///
/// # Panics
/// If `month` is outside `1..=12`; dates are checked when parsed.
pub fn month_name(month: u8) -> &'static str {
    MONTH_NAMES[usize::from(month) - 1]
}

/// Whether an astronomical year is a leap year in the proleptic Gregorian calendar.
pub fn is_leap_year(year: i32) -> bool {
    year.rem_euclid(4) == 0 && (year.rem_euclid(100) != 0 || year.rem_euclid(400) == 0)
}

/// Number of days in a month (`1..=12`) of an astronomical year.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let (month, day) = (i64::from(month), i64::from(day));
    let year = i64::from(year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The proleptic Gregorian date `(year, month, day)` of a day number
/// (days since 1970-01-01), inverse of [`days_from_civil`].
pub fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year as i32, month as u8, day as u8)
}

impl FromStr for StoryDate {
    type Err = DateError;

    fn from_str(input: &str) -> Result<Self, DateError> {
        let refuse = |reason: &str| DateError {
            input: input.to_owned(),
            reason: reason.to_owned(),
        };
        let text = input.trim();
        if text.is_empty() {
            return Err(refuse("it is empty"));
        }
        let (body, approximate, uncertain) = match text.as_bytes()[text.len() - 1] {
            b'~' => (&text[..text.len() - 1], true, false),
            b'?' => (&text[..text.len() - 1], false, true),
            b'%' => (&text[..text.len() - 1], true, true),
            _ => (text, false, false),
        };
        let (negative, unsigned) = match body.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, body),
        };
        let mut parts = unsigned.split('-');
        let year_text = parts.next().unwrap_or_default();
        if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(refuse(
                "the year must have exactly four digits, with a leading - before the common era",
            ));
        }
        let year: i32 = year_text
            .parse()
            .map_err(|_| refuse("the year is not a number"))?;
        let year = if negative { -year } else { year };
        let number = |part: &str, what: &str| -> Result<u8, DateError> {
            if part.len() != 2 || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(refuse(&format!("the {what} must have two digits")));
            }
            part.parse()
                .map_err(|_| refuse(&format!("the {what} is not a number")))
        };
        let date = match (parts.next(), parts.next(), parts.next()) {
            (None, _, _) => StoryDate::year(year),
            (Some(month), None, _) => {
                let month = number(month, "month")?;
                StoryDate::month(year, month)
                    .ok_or_else(|| refuse(&format!("month {month} is not between 01 and 12")))?
            }
            (Some(month), Some(day), None) => {
                let month = number(month, "month")?;
                let day = number(day, "day")?;
                StoryDate::month(year, month)
                    .ok_or_else(|| refuse(&format!("month {month} is not between 01 and 12")))?;
                StoryDate::day(year, month, day).ok_or_else(|| {
                    refuse(&format!(
                        "{} {} has {} days",
                        month_name(month),
                        year_in_words(year),
                        days_in_month(year, month)
                    ))
                })?
            }
            _ => return Err(refuse("it has more parts than year-month-day")),
        };
        Ok(StoryDate {
            approximate,
            uncertain,
            ..date
        })
    }
}

impl fmt::Display for StoryDate {
    /// The EDTF form the date was written in, such as `2022-03?`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.year < 0 {
            write!(f, "-{:04}", -i64::from(self.year))?;
        } else {
            write!(f, "{:04}", self.year)?;
        }
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        match (self.approximate, self.uncertain) {
            (true, true) => f.write_str("%"),
            (true, false) => f.write_str("~"),
            (false, true) => f.write_str("?"),
            (false, false) => Ok(()),
        }
    }
}

impl PartialOrd for StoryDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for StoryDate {
    /// Chronological by first day, then the shorter span first, then by qualifiers.
    fn cmp(&self, other: &Self) -> Ordering {
        (
            self.first_day(),
            self.end_day(),
            self.approximate,
            self.uncertain,
        )
            .cmp(&(
                other.first_day(),
                other.end_day(),
                other.approximate,
                other.uncertain,
            ))
    }
}

impl<'de> Deserialize<'de> for StoryDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// A date is written as its EDTF text.
impl serde::Serialize for StoryDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// In the JSON Schema, a date is a string in the EDTF subset above.
#[cfg(test)]
impl schemars::JsonSchema for StoryDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "StoryDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A date in the EDTF subset news needs: year (2021), month (2022-03) or day (2022-04-09), with a leading - before the common era, optionally followed by ~ (approximate), ? (uncertain) or % (both).",
            "pattern": "^-?[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?[~?%]?$",
            "examples": ["2021", "2022-03", "2022-04-09", "2021-08~", "2022-03?"]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> StoryDate {
        text.parse()
            .unwrap_or_else(|error| panic!("{text}: {error}"))
    }

    #[test]
    fn month_precision_is_never_printed_as_a_day() {
        let date = parse("2022-03");
        assert_eq!(date.precision(), Precision::Month);
        assert_eq!(date.in_words(), "March 2022");
    }

    #[test]
    fn day_year_and_qualifiers_read_as_words() {
        assert_eq!(parse("2022-04-09").in_words(), "9 April 2022");
        assert_eq!(parse("2021").in_words(), "2021");
        assert_eq!(parse("2021-08~").in_words(), "around August 2021");
        assert_eq!(parse("2022-03?").in_words(), "possibly March 2022");
        assert_eq!(parse("1914%").in_words(), "possibly around 1914");
    }

    #[test]
    fn years_before_the_common_era_have_no_year_zero() {
        assert_eq!(parse("0000").in_words(), "1 BCE");
        assert_eq!(parse("-0001").in_words(), "2 BCE");
        assert_eq!(parse("-0043-03-15").in_words(), "15 March 44 BCE");
        assert_eq!(parse("0001").in_words(), "1");
        assert!(parse("-0001") < parse("0000"));
        assert!(parse("0000") < parse("0001"));
    }

    #[test]
    fn edtf_text_round_trips() {
        for text in [
            "2021",
            "2022-03",
            "2022-04-09",
            "2021-08~",
            "2022-03?",
            "1999%",
            "-0043-03-15",
            "0000",
        ] {
            assert_eq!(parse(text).to_string(), text);
        }
    }

    #[test]
    fn impossible_dates_are_refused_with_the_reason() {
        let error = "2022-13".parse::<StoryDate>().unwrap_err();
        assert!(
            error
                .to_string()
                .contains("month 13 is not between 01 and 12"),
            "{error}"
        );
        let error = "2022-02-29".parse::<StoryDate>().unwrap_err();
        assert!(
            error.to_string().contains("February 2022 has 28 days"),
            "{error}"
        );
        assert!("2024-02-29".parse::<StoryDate>().is_ok());
        for bad in [
            "",
            "22",
            "March 2022",
            "2022-3",
            "2022-03-09-01",
            "2022/03",
            "+2022",
            "2022-03-9",
        ] {
            assert!(bad.parse::<StoryDate>().is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn spans_cover_exactly_their_precision() {
        let march = parse("2022-03");
        assert_eq!(march.end_day() - march.first_day(), 31);
        assert_eq!(parse("2024").end_day() - parse("2024").first_day(), 366);
        assert_eq!(
            parse("2022-04-09").end_day() - parse("2022-04-09").first_day(),
            1
        );
        assert_eq!(parse("1970-01-01").first_day(), 0);
        assert_eq!(parse("2000-03-01").first_day(), 11_017);
    }

    #[test]
    fn day_numbers_convert_both_ways_across_eras() {
        for days in [-800_000, -719_468, -1, 0, 1, 11_017, 19_101, 60_000] {
            let (year, month, day) = civil_from_days(days);
            assert_eq!(
                days_from_civil(year, month, day),
                days,
                "{year}-{month}-{day}"
            );
        }
        assert_eq!(civil_from_days(19_091), (2022, 4, 9));
    }

    #[test]
    fn dates_sort_chronologically_with_wider_spans_after_narrower_ones() {
        let mut dates = [
            parse("2022"),
            parse("2022-04-09"),
            parse("2021-08"),
            parse("2022-01-01"),
        ];
        dates.sort();
        let texts: Vec<String> = dates.iter().map(ToString::to_string).collect();
        assert_eq!(texts, ["2021-08", "2022-01-01", "2022", "2022-04-09"]);
    }
}
