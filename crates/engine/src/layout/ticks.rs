//! Calendar ticks for a time axis: intervals from a day to millions of
//! years, labelled at the precision of the interval. A label is its parts
//! (day, month, year), which the widget's `Locale` writes in its language.

use super::viewport::DAY_LIMIT;
use crate::model::date::{civil_from_days, days_from_civil};
use crate::model::Precision;

/// Most ticks an axis gets, however many are asked for.
pub const MAX_TICKS: usize = 1000;

/// [`DAY_LIMIT`] in whole days: ticks are computed for days within it of
/// 1970-01-01, so calendar arithmetic never overflows.
const LAST_DAY: i64 = DAY_LIMIT as i64;

/// The step between ticks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickInterval {
    /// Every n days (1, 2 or 7, counted from the first of each month).
    Days(u8),
    /// Every n months (1, 3 or 6), starting in January.
    Months(u8),
    /// Every n years, at multiples of n.
    Years(i32),
}

/// Candidate intervals, shortest first, with their approximate length in days.
const INTERVALS: [(TickInterval, f64); 17] = [
    (TickInterval::Days(1), 1.0),
    (TickInterval::Days(2), 2.0),
    (TickInterval::Days(7), 7.0),
    (TickInterval::Months(1), 30.4),
    (TickInterval::Months(3), 91.3),
    (TickInterval::Months(6), 182.6),
    (TickInterval::Years(1), 365.25),
    (TickInterval::Years(2), 730.5),
    (TickInterval::Years(5), 1_826.0),
    (TickInterval::Years(10), 3_652.5),
    (TickInterval::Years(20), 7_305.0),
    (TickInterval::Years(50), 18_262.0),
    (TickInterval::Years(100), 36_525.0),
    (TickInterval::Years(200), 73_050.0),
    (TickInterval::Years(500), 182_625.0),
    (TickInterval::Years(1000), 365_250.0),
    (TickInterval::Years(2000), 730_500.0),
];

/// A tick label's parts: "9 Apr 2022" is day 9, month 4, year 2022; "Sep"
/// is month 9 alone, under a tick of the year already named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AxisLabel {
    /// Day of the month, when the label gives one.
    pub day: Option<u8>,
    /// Month in `1..=12`, when the label gives one.
    pub month: Option<u8>,
    /// Astronomical year (`0` is 1 BCE), when the label gives one.
    pub year: Option<i32>,
}

impl AxisLabel {
    /// The label's length in characters as a short English date would be
    /// ("9 Apr 2022", "Sep", "44 BCE"): what the layout fits labels by,
    /// whichever language then writes them.
    pub fn estimated_chars(self) -> usize {
        let digits = |n: u64| n.checked_ilog10().map_or(1, |log| log as usize + 1);
        let year = self.year.map(|year| {
            let year = i64::from(year);
            if year > 0 {
                digits(year.unsigned_abs())
            } else {
                digits((1 - year).unsigned_abs()) + " BCE".len()
            }
        });
        let parts = [
            self.day.map(|day| digits(u64::from(day))),
            self.month.map(|_| 3),
            year,
        ];
        let lengths: Vec<usize> = parts.into_iter().flatten().collect();
        lengths.iter().sum::<usize>() + lengths.len().saturating_sub(1)
    }
}

/// One tick of an axis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tick {
    /// The day the tick marks, in days since 1970-01-01.
    pub day: i64,
    /// The label, at the interval's precision: a year; a month, with its
    /// year at January and the first tick; a day, with its month, and its
    /// year at the first tick of each year.
    pub label: AxisLabel,
    /// Whether the label names a year, a month or a day.
    pub precision: Precision,
}

/// The shortest interval giving no more than about `count` ticks (1 to
/// [`MAX_TICKS`]) over `span_days`: beyond two millennia, every 5, 10, 20,
/// 50, 100… thousand years, up to every 200 million.
pub fn choose_interval(span_days: f64, count: usize) -> TickInterval {
    let target = span_days / count.clamp(1, MAX_TICKS) as f64;
    if let Some(&(interval, _)) = INTERVALS.iter().find(|(_, days)| *days >= target) {
        return interval;
    }
    let mut thousand_years = 1_000;
    loop {
        for years in [5 * thousand_years, 10 * thousand_years, 20 * thousand_years] {
            if f64::from(years) * 365.25 >= target || years >= 200_000_000 {
                return TickInterval::Years(years);
            }
        }
        thousand_years *= 10;
    }
}

impl TickInterval {
    /// The same interval with a step of at least 1.
    fn at_least_one(self) -> Self {
        match self {
            Self::Days(step) => Self::Days(step.max(1)),
            Self::Months(step) => Self::Months(step.clamp(1, 12)),
            Self::Years(step) => Self::Years(step.max(1)),
        }
    }

    /// The last tick boundary at or before `day` (taken within [`DAY_LIMIT`]
    /// of 1970-01-01).
    pub fn floor(self, day: i64) -> i64 {
        let day = day.clamp(-LAST_DAY, LAST_DAY);
        let (year, month, date) = civil_from_days(day);
        match self.at_least_one() {
            Self::Days(1) => day,
            Self::Days(step) => days_from_civil(year, month, 1 + (date - 1) / step * step),
            Self::Months(step) => days_from_civil(year, 1 + (month - 1) / step * step, 1),
            Self::Years(step) => days_from_civil(year.div_euclid(step) * step, 1, 1),
        }
    }

    /// The first tick boundary at or after `day` (taken within [`DAY_LIMIT`]
    /// of 1970-01-01).
    pub fn ceil(self, day: i64) -> i64 {
        let day = day.clamp(-LAST_DAY, LAST_DAY);
        let floor = self.floor(day);
        if floor == day {
            day
        } else {
            self.next(floor)
        }
    }

    /// The boundary after `boundary`, a day within [`DAY_LIMIT`] of 1970-01-01.
    fn next(self, boundary: i64) -> i64 {
        let (year, month, day) = civil_from_days(boundary);
        match self.at_least_one() {
            Self::Days(step) => {
                let next = boundary + i64::from(step);
                let (_, next_month, _) = civil_from_days(next);
                // Day steps restart at the first of each month, so no tick falls on the 31st then the 2nd.
                if next_month != month || (step > 1 && day + step > 29) {
                    let (y, m) = if month == 12 {
                        (year + 1, 1)
                    } else {
                        (year, month + 1)
                    };
                    days_from_civil(y, m, 1)
                } else {
                    next
                }
            }
            Self::Months(step) => {
                let months = i32::from(month - 1) + i32::from(step);
                days_from_civil(year + months / 12, (months % 12) as u8 + 1, 1)
            }
            Self::Years(step) => days_from_civil(year.saturating_add(step), 1, 1),
        }
    }

    /// The precision its labels show.
    pub fn precision(self) -> Precision {
        match self {
            Self::Days(_) => Precision::Day,
            Self::Months(_) => Precision::Month,
            Self::Years(_) => Precision::Year,
        }
    }
}

/// Ticks at every boundary of `interval` from `start` to `end` (days,
/// inclusive, taken within [`DAY_LIMIT`] of 1970-01-01), the first
/// [`MAX_TICKS`] of them.
pub fn tick_days(interval: TickInterval, start: i64, end: i64) -> Vec<Tick> {
    let end = end.clamp(-LAST_DAY, LAST_DAY);
    let mut ticks = Vec::new();
    let mut day = interval.ceil(start);
    let mut previous_year = None;
    while day <= end && ticks.len() < MAX_TICKS {
        let (year, month, date) = civil_from_days(day);
        let label = match interval.precision() {
            Precision::Year => AxisLabel {
                day: None,
                month: None,
                year: Some(year),
            },
            Precision::Month => AxisLabel {
                day: None,
                month: Some(month),
                year: (month == 1 || previous_year.is_none()).then_some(year),
            },
            Precision::Day => AxisLabel {
                day: Some(date),
                month: Some(month),
                year: (previous_year != Some(year)).then_some(year),
            },
        };
        ticks.push(Tick {
            day,
            label,
            precision: interval.precision(),
        });
        previous_year = Some(year);
        day = interval.next(day);
    }
    ticks
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ticks' labels between two days, as (day, month, year) parts.
    type Parts = (Option<u8>, Option<u8>, Option<i32>);

    fn labels(interval: TickInterval, from: (i32, u8, u8), to: (i32, u8, u8)) -> Vec<Parts> {
        let start = days_from_civil(from.0, from.1, from.2);
        let end = days_from_civil(to.0, to.1, to.2);
        tick_days(interval, start, end)
            .into_iter()
            .map(|tick| (tick.label.day, tick.label.month, tick.label.year))
            .collect()
    }

    fn year(year: i32) -> Parts {
        (None, None, Some(year))
    }

    fn month(month: u8, year: Option<i32>) -> Parts {
        (None, Some(month), year)
    }

    fn day(day: u8, month: u8, year: Option<i32>) -> Parts {
        (Some(day), Some(month), year)
    }

    #[test]
    fn tick_interval_follows_the_span() {
        assert_eq!(choose_interval(1.0, 6), TickInterval::Days(1));
        assert_eq!(choose_interval(14.0, 6), TickInterval::Days(7));
        assert_eq!(choose_interval(200.0, 8), TickInterval::Months(1));
        assert_eq!(choose_interval(3.0 * 365.0, 8), TickInterval::Months(6));
        assert_eq!(choose_interval(40.0 * 365.0, 8), TickInterval::Years(5));
        assert_eq!(choose_interval(500.0 * 365.0, 8), TickInterval::Years(100));
    }

    #[test]
    fn labels_show_the_interval_precision() {
        assert_eq!(
            labels(TickInterval::Years(1), (2020, 6, 1), (2023, 1, 1)),
            [year(2021), year(2022), year(2023)]
        );
        assert_eq!(
            labels(TickInterval::Months(1), (2021, 11, 15), (2022, 3, 1)),
            [
                month(12, Some(2021)),
                month(1, Some(2022)),
                month(2, None),
                month(3, None)
            ]
        );
        assert_eq!(
            labels(TickInterval::Days(1), (2022, 4, 8), (2022, 4, 10)),
            [day(8, 4, Some(2022)), day(9, 4, None), day(10, 4, None)]
        );
    }

    #[test]
    fn week_ticks_restart_each_month() {
        assert_eq!(
            labels(TickInterval::Days(7), (2022, 3, 20), (2022, 4, 16)),
            [
                day(22, 3, Some(2022)),
                day(29, 3, None),
                day(1, 4, None),
                day(8, 4, None),
                day(15, 4, None)
            ]
        );
    }

    #[test]
    fn ticks_before_the_common_era_have_no_year_zero() {
        // Astronomical years: 0 is 1 BCE.
        assert_eq!(
            labels(TickInterval::Years(1), (-2, 6, 1), (2, 1, 1)),
            [year(-1), year(0), year(1), year(2)]
        );
        assert_eq!(
            labels(TickInterval::Years(100), (-250, 1, 1), (1, 1, 1)),
            [year(-200), year(-100), year(0)]
        );
    }

    #[test]
    fn labels_are_estimated_as_long_as_a_short_english_date() {
        let label = |(day, month, year): Parts| AxisLabel { day, month, year };
        assert_eq!(
            label(day(9, 4, Some(2022))).estimated_chars(),
            "9 Apr 2022".len()
        );
        assert_eq!(label(day(10, 4, None)).estimated_chars(), "10 Apr".len());
        assert_eq!(label(month(9, None)).estimated_chars(), "Sep".len());
        assert_eq!(label(year(-43)).estimated_chars(), "44 BCE".len());
        assert_eq!(label(year(-10_000)).estimated_chars(), "10001 BCE".len());
        assert_eq!(label(year(5)).estimated_chars(), "5".len());
    }

    #[test]
    fn centuries_of_ticks_stay_a_handful() {
        let start = days_from_civil(1500, 1, 1);
        let end = days_from_civil(2024, 1, 1);
        let ticks = tick_days(choose_interval((end - start) as f64, 8), start, end);
        assert!((5..=12).contains(&ticks.len()), "{} ticks", ticks.len());
    }
}
