//! A linear time scale in d3's vocabulary: a domain of days mapped onto a
//! range of CSS pixels. Pure Rust: no DOM.

use super::ticks::{choose_interval, tick_days, Tick, TickInterval};
use super::viewport::DAY_LIMIT;

/// Maps days (since 1970-01-01, fractional) to CSS px and back.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeScale {
    /// First and last day shown.
    pub domain: (f64, f64),
    /// CSS px the domain is drawn across.
    pub range: (f64, f64),
}

impl TimeScale {
    /// A scale from `domain` (days, taken within [`DAY_LIMIT`] of
    /// 1970-01-01) onto `range` (CSS px). A domain that is empty, reversed or
    /// shorter than a millionth of a day (so short that px per day could
    /// overflow) is widened to one day; a domain with an end that is NaN
    /// becomes day 0 to day 1, and a range with an end that is not finite 0 to 1 px.
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        let within = |day: f64| day.clamp(-DAY_LIMIT, DAY_LIMIT);
        let (start, end) = if domain.0.is_nan() || domain.1.is_nan() {
            (0.0, 1.0)
        } else {
            (within(domain.0), within(domain.1))
        };
        let domain = if end - start >= 1e-6 {
            (start, end)
        } else {
            (start - 0.5, start + 0.5)
        };
        let range = if range.0.is_finite() && range.1.is_finite() {
            range
        } else {
            (0.0, 1.0)
        };
        Self { domain, range }
    }

    /// Days the domain spans.
    pub fn span(&self) -> f64 {
        self.domain.1 - self.domain.0
    }

    /// CSS px per day.
    pub fn px_per_day(&self) -> f64 {
        (self.range.1 - self.range.0) / self.span()
    }

    /// The x position, in CSS px, of a day.
    pub fn map(&self, day: f64) -> f64 {
        self.range.0 + (day - self.domain.0) * self.px_per_day()
    }

    /// The day at an x position in CSS px; the first day of the domain when
    /// the range is a single point.
    pub fn invert(&self, x: f64) -> f64 {
        let px_per_day = self.px_per_day();
        if px_per_day == 0.0 || !px_per_day.is_finite() {
            return self.domain.0;
        }
        self.domain.0 + (x - self.range.0) / px_per_day
    }

    /// The tick interval for about `count` ticks across the domain.
    pub fn interval(&self, count: usize) -> TickInterval {
        choose_interval(self.span(), count)
    }

    /// About `count` ticks (at most [`MAX_TICKS`]) at calendar boundaries
    /// inside the domain, labelled at the interval's precision (years,
    /// months or days). Only days within [`DAY_LIMIT`] of 1970-01-01 get ticks.
    pub fn ticks(&self, count: usize) -> Vec<Tick> {
        let (start, end) = self.whole_days();
        tick_days(self.interval(count), start, end)
            .into_iter()
            .filter(|tick| (tick.day as f64) >= self.domain.0 && (tick.day as f64) <= self.domain.1)
            .collect()
    }

    /// The same scale with its domain widened to the tick boundaries around
    /// it (within [`DAY_LIMIT`] of 1970-01-01).
    pub fn nice(&self, count: usize) -> Self {
        let interval = self.interval(count);
        let (start, end) = self.whole_days();
        Self::new(
            (interval.floor(start) as f64, interval.ceil(end) as f64),
            self.range,
        )
    }

    /// The whole days around the domain, within [`DAY_LIMIT`] of 1970-01-01,
    /// so calendar arithmetic on them cannot overflow.
    fn whole_days(&self) -> (i64, i64) {
        let within = |day: f64| day.clamp(-DAY_LIMIT, DAY_LIMIT) as i64;
        (within(self.domain.0.floor()), within(self.domain.1.ceil()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::days_from_civil;

    fn day(year: i32, month: u8, day: u8) -> f64 {
        days_from_civil(year, month, day) as f64
    }

    #[test]
    fn map_and_invert_are_inverse() {
        let scale = TimeScale::new((day(2021, 8, 1), day(2022, 4, 30)), (40.0, 1040.0));
        assert_eq!(scale.map(day(2021, 8, 1)), 40.0);
        assert_eq!(scale.map(day(2022, 4, 30)), 1040.0);
        for x in [40.0, 333.3, 1040.0] {
            assert!((scale.map(scale.invert(x)) - x).abs() < 1e-9);
        }
    }

    #[test]
    fn an_empty_domain_is_widened_not_divided_by_zero() {
        let scale = TimeScale::new((100.0, 100.0), (0.0, 500.0));
        assert!(scale.map(100.0).is_finite());
        assert_eq!(scale.span(), 1.0);
    }

    #[test]
    fn nice_extends_the_domain_to_tick_boundaries() {
        let scale = TimeScale::new((day(2021, 8, 14), day(2022, 4, 18)), (0.0, 800.0)).nice(10);
        let (start, end) = scale.domain;
        assert_eq!(start, day(2021, 8, 1));
        assert_eq!(end, day(2022, 5, 1));
    }
}
