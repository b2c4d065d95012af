//! A time scale in d3's vocabulary: a domain of axis days mapped linearly
//! onto a range of CSS pixels, through a [`TimeWarp`] that compresses a
//! story's long empty stretches into axis breaks (none by default), left to
//! right or right to left. Pure Rust: no DOM.

use super::ticks::{choose_interval, tick_days, Tick, TickInterval, MAX_TICKS};
use super::time_warp::{AxisBreak, TimeWarp};
use super::viewport::DAY_LIMIT;

/// A stretch of true scale narrower than this, in CSS px, beside a break
/// gets no tick of its own when the axis's interval puts none in it.
const MIN_STRETCH_PX_FOR_TICK: f64 = 24.0;

/// Maps days (since 1970-01-01, fractional) to CSS px and back.
///
/// Days go through [`TimeScale::warp`] to axis days (the same days, except
/// inside and after an axis break), then linearly from `domain` onto
/// `range`. With no break, axis days are days.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeScale {
    /// First and last axis day shown (days, when there is no break).
    pub domain: (f64, f64),
    /// CSS px of `domain.0` and of `domain.1`: left then right, or right
    /// then left when time runs right to left.
    pub range: (f64, f64),
    /// The breaks that compress long empty stretches; none by default.
    pub warp: TimeWarp,
}

/// An axis break as drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BreakOnAxis {
    /// The compressed stretch.
    pub gap: AxisBreak,
    /// Left edge, in CSS px (may lie off screen).
    pub left: f64,
    /// Right edge, in CSS px (may lie off screen).
    pub right: f64,
}

impl TimeScale {
    /// A scale from `domain` (days, taken within [`DAY_LIMIT`] of
    /// 1970-01-01) onto `range` (CSS px), with no breaks. A domain that is
    /// empty, reversed or shorter than a millionth of a day (so short that px
    /// per day could overflow) is widened to one day; a domain with an end
    /// that is NaN becomes day 0 to day 1, and a range with an end that is
    /// not finite 0 to 1 px.
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
        Self {
            domain,
            range,
            warp: TimeWarp::NONE,
        }
    }

    /// The same scale with its domain read as axis days of `warp`, so days
    /// inside `warp`'s breaks are compressed.
    pub fn time_warp(mut self, warp: TimeWarp) -> Self {
        self.warp = warp;
        self
    }

    /// The same scale running right to left (earliest day on the right) or,
    /// with `false`, left to right: the range's ends in that order.
    pub fn right_to_left(mut self, right_to_left: bool) -> Self {
        let (left, right) = (
            self.range.0.min(self.range.1),
            self.range.0.max(self.range.1),
        );
        self.range = if right_to_left {
            (right, left)
        } else {
            (left, right)
        };
        self
    }

    /// Whether later days are further left.
    pub fn is_right_to_left(&self) -> bool {
        self.range.1 < self.range.0
    }

    /// Axis days the domain spans.
    pub fn span(&self) -> f64 {
        self.domain.1 - self.domain.0
    }

    /// CSS px per day on the true-scale stretches (per axis day):
    /// negative when time runs right to left.
    pub fn px_per_day(&self) -> f64 {
        (self.range.1 - self.range.0) / self.span()
    }

    /// The x position, in CSS px, of a day.
    pub fn map(&self, day: f64) -> f64 {
        self.map_axis(self.warp.to_axis(day))
    }

    /// The x position, in CSS px, of an axis day.
    pub fn map_axis(&self, axis_day: f64) -> f64 {
        self.range.0 + (axis_day - self.domain.0) * self.px_per_day()
    }

    /// The left and right edges, in CSS px, of the days `start..end`,
    /// whichever way time runs.
    pub fn extent(&self, start: f64, end: f64) -> (f64, f64) {
        let (a, b) = (self.map(start), self.map(end));
        (a.min(b), a.max(b))
    }

    /// The day at an x position in CSS px; the first day of the domain when
    /// the range is a single point.
    pub fn invert(&self, x: f64) -> f64 {
        self.warp.to_day(self.invert_axis(x))
    }

    /// The axis day at an x position in CSS px; the first axis day of the
    /// domain when the range is a single point.
    pub fn invert_axis(&self, x: f64) -> f64 {
        let px_per_day = self.px_per_day();
        if px_per_day == 0.0 || !px_per_day.is_finite() {
            return self.domain.0;
        }
        self.domain.0 + (x - self.range.0) / px_per_day
    }

    /// Where x (CSS px) lies along the domain, as a fraction: 0 at its first
    /// axis day, 1 at its last, whichever way time runs; 0.5 when that is not
    /// a number. The anchor [`super::Viewport::zoom`] takes.
    pub fn fraction(&self, x: f64) -> f64 {
        let fraction = (x - self.range.0) / (self.range.1 - self.range.0);
        if fraction.is_finite() {
            fraction
        } else {
            0.5
        }
    }

    /// Axis days to pan the window by ([`super::Viewport::pan`]) so that the
    /// day under a pointer dragged `dx` CSS px to the right stays under it,
    /// whichever way time runs; 0 when that is not a number.
    pub fn pan_for_drag(&self, dx: f64) -> f64 {
        let days = -dx / self.px_per_day();
        if days.is_finite() {
            days
        } else {
            0.0
        }
    }

    /// The first and last day of the domain.
    pub fn visible_days(&self) -> (f64, f64) {
        (
            self.warp.to_day(self.domain.0),
            self.warp.to_day(self.domain.1),
        )
    }

    /// The breaks that reach into the domain, with where they are drawn.
    pub fn breaks_on_axis(&self) -> Vec<BreakOnAxis> {
        self.warp
            .breaks()
            .iter()
            .filter(|gap| gap.axis_end() > self.domain.0 && gap.axis_start < self.domain.1)
            .map(|&gap| {
                let (a, b) = (self.map_axis(gap.axis_start), self.map_axis(gap.axis_end()));
                BreakOnAxis {
                    gap,
                    left: a.min(b),
                    right: a.max(b),
                }
            })
            .collect()
    }

    /// The tick interval for about `count` ticks across the domain.
    pub fn interval(&self, count: usize) -> TickInterval {
        choose_interval(self.span(), count)
    }

    /// About `count` ticks (at most [`MAX_TICKS`]) at calendar boundaries
    /// inside the domain, labelled at the interval's precision (years,
    /// months or days), in the order they are drawn, left to right. Each
    /// stretch between breaks gets its own ticks (its first labelled with its
    /// year), none inside a break nor on a break's first day; a stretch at
    /// least [`MIN_STRETCH_PX_FOR_TICK`] wide that the interval misses gets
    /// one at a finer interval. Only days within [`DAY_LIMIT`] of 1970-01-01
    /// get ticks.
    pub fn ticks(&self, count: usize) -> Vec<Tick> {
        let interval = self.interval(count);
        let (first, last) = self.visible_days();
        let mut ticks = if self.warp.is_identity() {
            ticks_between(interval, first, last, false)
        } else {
            let stretches = self.warp.kept_stretches(first, last);
            let several = stretches.len() > 1;
            let mut ticks = Vec::new();
            for stretch in stretches {
                let (from, to, open) = (stretch.from, stretch.to, stretch.ends_at_break);
                let mut inside = ticks_between(interval, from, to, open);
                let (left, right) = self.extent(from, to);
                if inside.is_empty() && several && right - left >= MIN_STRETCH_PX_FOR_TICK {
                    inside = [2, 4, 8]
                        .into_iter()
                        .map(|count| {
                            ticks_between(choose_interval(to - from, count), from, to, open)
                        })
                        .find(|ticks| !ticks.is_empty())
                        .unwrap_or_default();
                }
                ticks.extend(inside);
            }
            ticks
        };
        ticks.truncate(MAX_TICKS);
        if self.is_right_to_left() {
            ticks.reverse();
        }
        ticks
    }

    /// The same scale with its domain widened to the tick boundaries around
    /// it (within [`DAY_LIMIT`] of 1970-01-01).
    pub fn nice(&self, count: usize) -> Self {
        let interval = self.interval(count);
        let (first, last) = self.visible_days();
        let within = |day: f64| day.clamp(-DAY_LIMIT, DAY_LIMIT) as i64;
        let (start, end) = (
            interval.floor(within(first.floor())) as f64,
            interval.ceil(within(last.ceil())) as f64,
        );
        Self {
            warp: self.warp,
            ..Self::new(
                (self.warp.to_axis(start), self.warp.to_axis(end)),
                self.range,
            )
        }
    }
}

/// Ticks of `interval` from day `from` to day `to` (without `to` itself
/// when `open`), within [`DAY_LIMIT`] of 1970-01-01, in time order.
fn ticks_between(interval: TickInterval, from: f64, to: f64, open: bool) -> Vec<Tick> {
    let within = |day: f64| day.clamp(-DAY_LIMIT, DAY_LIMIT) as i64;
    tick_days(interval, within(from.floor()), within(to.ceil()))
        .into_iter()
        .filter(|tick| {
            let day = tick.day as f64;
            day >= from && (day < to || (!open && day <= to))
        })
        .collect()
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
    fn right_to_left_puts_the_earliest_day_on_the_right() {
        let scale = TimeScale::new((0.0, 100.0), (10.0, 110.0)).right_to_left(true);
        assert_eq!(scale.map(0.0), 110.0);
        assert_eq!(scale.map(100.0), 10.0);
        assert_eq!(scale.extent(20.0, 30.0), (80.0, 90.0));
        assert_eq!(scale.invert(80.0), 30.0);
        assert_eq!(scale.fraction(80.0), 0.3);
        assert!(
            scale.pan_for_drag(10.0) > 0.0,
            "dragging right shows later days"
        );
        assert_eq!(
            scale.right_to_left(true),
            scale,
            "setting it twice changes nothing"
        );
        assert_eq!(scale.right_to_left(false).map(0.0), 10.0);
    }

    #[test]
    fn a_break_takes_its_axis_length_and_gets_no_ticks() {
        let warp = TimeWarp::with_breaks(&[(day(1990, 1, 1), day(2019, 1, 1))], 100.0);
        let domain = (warp.to_axis(day(1989, 1, 1)), warp.to_axis(day(2021, 1, 1)));
        let scale = TimeScale::new(domain, (0.0, 1000.0)).time_warp(warp);
        let [on_axis] = scale.breaks_on_axis()[..] else {
            panic!("one break on the axis");
        };
        let (before, after) = (scale.map(day(1989, 12, 31)), scale.map(day(2019, 1, 1)));
        assert!((on_axis.right - on_axis.left - 100.0 * scale.px_per_day()).abs() < 1e-9);
        assert!(before < on_axis.left && (after - on_axis.right).abs() < 1e-9);
        let ticks = scale.ticks(8);
        assert!(
            ticks.iter().any(|tick| (tick.day as f64) < day(1990, 1, 1)),
            "the stretch before the break has a tick"
        );
        assert!(ticks.iter().all(
            |tick| (tick.day as f64) < day(1990, 1, 1) || (tick.day as f64) >= day(2019, 1, 1)
        ));
        assert_eq!(scale.visible_days(), (day(1989, 1, 1), day(2021, 1, 1)));
    }

    #[test]
    fn nice_extends_the_domain_to_tick_boundaries() {
        let scale = TimeScale::new((day(2021, 8, 14), day(2022, 4, 18)), (0.0, 800.0)).nice(10);
        let (start, end) = scale.domain;
        assert_eq!(start, day(2021, 8, 1));
        assert_eq!(end, day(2022, 5, 1));
    }
}
