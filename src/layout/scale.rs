//! A linear time scale in d3's vocabulary: a domain of days mapped onto a
//! range of CSS pixels. Pure Rust: no DOM.

use super::ticks::{choose_interval, tick_days, Tick, TickInterval};

/// Maps days (since 1970-01-01, fractional) to CSS px and back.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeScale {
    /// First and last day shown.
    pub domain: (f64, f64),
    /// CSS px the domain is drawn across.
    pub range: (f64, f64),
}

impl TimeScale {
    /// A scale from `domain` (days) onto `range` (CSS px). An empty domain is widened to one day.
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        let domain = if domain.1 > domain.0 {
            domain
        } else {
            (domain.0 - 0.5, domain.0 + 0.5)
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

    /// The day at an x position in CSS px.
    pub fn invert(&self, x: f64) -> f64 {
        self.domain.0 + (x - self.range.0) / self.px_per_day()
    }

    /// The tick interval for about `count` ticks across the domain.
    pub fn interval(&self, count: usize) -> TickInterval {
        choose_interval(self.span(), count)
    }

    /// About `count` ticks at calendar boundaries inside the domain, labelled
    /// at the interval's precision (years, months or days).
    pub fn ticks(&self, count: usize) -> Vec<Tick> {
        tick_days(
            self.interval(count),
            self.domain.0.floor() as i64,
            self.domain.1.ceil() as i64,
        )
        .into_iter()
        .filter(|tick| (tick.day as f64) >= self.domain.0 && (tick.day as f64) <= self.domain.1)
        .collect()
    }

    /// The same scale with its domain widened to the tick boundaries around it.
    pub fn nice(&self, count: usize) -> Self {
        let interval = self.interval(count);
        let start = interval.floor(self.domain.0.floor() as i64);
        let end = interval.ceil(self.domain.1.ceil() as i64);
        Self::new((start as f64, end as f64), self.range)
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
