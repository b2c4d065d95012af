//! Axis breaks: a story's long empty stretches of time compressed, so one
//! old background event does not squash the rest of the story into a corner
//! of the axis. Pure Rust: no DOM.
//!
//! A [`TimeWarp`] maps days onto *axis days*: the same days on every stretch
//! the story keeps (each side of a break is a true, linear scale, with the
//! same CSS px per day on every side), while each compressed stretch takes a
//! fixed length of the axis, a twentieth of the story's kept time, so at fit
//! every break is drawn the same fixed share of the axis wide. The timeline's
//! window ([`super::Viewport`]) lives in axis days, so panning and zooming
//! are linear across breaks; [`super::TimeScale`] maps days through the warp.
//!
//! When a gap is compressed ([`TimeWarp::for_spans`]): the empty time between
//! two consecutive events (by the days they cover) is at least a year, at
//! least a third of the story's whole span, and at least five times the
//! story's typical gap (the lower median of its gaps between consecutive
//! events). Of such a gap, the break leaves a margin beside each neighbouring
//! event and compresses whole years, or whole months, or whole days, the
//! roundest that costs little room, so it can be announced as "1990 to
//! 2018" or "July 1989 to December 2018". A story of two events, or
//! of events spread evenly, keeps a plain linear axis.
//!
//! Because compression gives an outlying event only a sliver of the axis, the
//! timeline opens on the whole compressed span: the period where the story's
//! events are and "fit" are the same window.

use super::ticks::TickInterval;
use super::viewport::DAY_LIMIT;
use crate::model::date::civil_from_days;
use crate::model::StoryDate;
use crate::sort::sort_by;

/// Most breaks an axis gets; a gap must span a third of the story, so a
/// story has at most two, and the largest are kept if numbers ever allow more.
pub const MAX_BREAKS: usize = 4;

/// A gap is compressed only when it is at least this share of the story's span.
pub const BREAK_GAP_SHARE: f64 = 1.0 / 3.0;

/// ... and at least this many times the story's typical gap between events.
pub const BREAK_GAP_FACTOR: f64 = 5.0;

/// ... and at least this many days long (a year).
pub const MIN_BREAK_GAP_DAYS: f64 = 365.0;

/// Length of each break on the axis, as a share of the story's kept time.
pub const BREAK_LENGTH_SHARE: f64 = 0.05;

/// True-scale room kept beside the events either side of a break, as a share of the story's kept time.
const BREAK_MARGIN_SHARE: f64 = 0.02;

/// A break's edge moves to a year, else a month boundary when that costs at
/// most this share of the story's kept time.
const SNAP_SHARE: f64 = 0.05;

/// One compressed stretch of time.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct AxisBreak {
    /// First day compressed, in days since 1970-01-01 (a whole day).
    pub start: f64,
    /// Day after the last day compressed (a whole day, after `start`).
    pub end: f64,
    /// Where the break begins on the axis, in axis days.
    pub axis_start: f64,
    /// How long the break is on the axis, in axis days: above zero and less than `end - start`.
    pub axis_length: f64,
}

impl AxisBreak {
    /// Where the break ends on the axis, in axis days.
    pub fn axis_end(&self) -> f64 {
        self.axis_start + self.axis_length
    }

    /// Days compressed.
    pub fn days(&self) -> f64 {
        self.end - self.start
    }

    /// The first and the last period compressed, as round as the break's
    /// edges: years when it is whole years, else months when it is whole
    /// months, else days (the same date twice for a single year or month).
    pub fn period(&self) -> (StoryDate, StoryDate) {
        let whole = |day: f64| day.clamp(-DAY_LIMIT, DAY_LIMIT).round() as i64;
        let (first, after) = (whole(self.start), whole(self.end));
        let last = after.max(first + 1) - 1;
        let (_, first_month, first_day) = civil_from_days(first);
        let (_, after_month, after_day) = civil_from_days(after);
        let whole_months = first_day == 1 && after_day == 1;
        let whole_years = whole_months && first_month == 1 && after_month == 1;
        let date = |day: i64| {
            let (year, month, date) = civil_from_days(day);
            let exact = if whole_years {
                None
            } else if whole_months {
                StoryDate::month(year, month)
            } else {
                StoryDate::day(year, month, date)
            };
            exact.unwrap_or(StoryDate::year(year))
        };
        (date(first), date(last))
    }
}

/// A monotonic map from days to axis days that compresses up to
/// [`MAX_BREAKS`] stretches of time; the identity when it has none.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct TimeWarp {
    /// The breaks in time order, apart from one another; the first `count` are used.
    breaks: [AxisBreak; MAX_BREAKS],
    /// How many breaks there are.
    count: usize,
}

impl TimeWarp {
    /// No breaks: axis days are days.
    pub const NONE: Self = Self {
        breaks: [AxisBreak {
            start: 0.0,
            end: 0.0,
            axis_start: 0.0,
            axis_length: 0.0,
        }; MAX_BREAKS],
        count: 0,
    };

    /// The breaks for a story whose dated events cover `spans` (first day,
    /// day after the last), in any order: see the module's documentation for
    /// when a gap is compressed. Spans with an end that is not finite are left
    /// out and days are taken within [`DAY_LIMIT`] of 1970-01-01, so any numbers
    /// give a warp.
    pub fn for_spans(spans: impl IntoIterator<Item = (f64, f64)>) -> Self {
        let within = |day: f64| day.clamp(-DAY_LIMIT, DAY_LIMIT);
        let mut spans: Vec<(f64, f64)> = spans
            .into_iter()
            .filter(|(start, end)| start.is_finite() && end.is_finite())
            .map(|(start, end)| {
                let (start, end) = (within(start), within(end));
                (start.min(end), start.max(end))
            })
            .collect();
        sort_by(&mut spans, |a, b| a.0.total_cmp(&b.0));
        let Some(&(first, _)) = spans.first() else {
            return Self::NONE;
        };
        // The empty time after each event before the next one starts.
        let mut covered_to = f64::NEG_INFINITY;
        let mut gaps: Vec<(f64, f64)> = Vec::new();
        for &(start, end) in &spans {
            if covered_to > f64::NEG_INFINITY {
                gaps.push((covered_to, start.max(covered_to)));
            }
            covered_to = covered_to.max(end);
        }
        let span = covered_to - first;
        let mut lengths: Vec<f64> = gaps.iter().map(|(from, to)| to - from).collect();
        sort_by(&mut lengths, f64::total_cmp);
        let Some(&typical) = lengths.get(lengths.len().saturating_sub(1) / 2) else {
            return Self::NONE;
        };
        let least = (span * BREAK_GAP_SHARE)
            .max(typical * BREAK_GAP_FACTOR)
            .max(MIN_BREAK_GAP_DAYS);
        let mut wide: Vec<(f64, f64)> = gaps
            .into_iter()
            .filter(|(from, to)| to - from >= least)
            .collect();
        // The largest few, back in time order.
        sort_by(&mut wide, |a, b| (b.1 - b.0).total_cmp(&(a.1 - a.0)));
        wide.truncate(MAX_BREAKS);
        sort_by(&mut wide, |a, b| a.0.total_cmp(&b.0));
        let kept = span - wide.iter().map(|(from, to)| to - from).sum::<f64>();
        let kept = kept.max(1.0);
        let margin = (kept * BREAK_MARGIN_SHARE).max(1.0);
        let slack = kept * SNAP_SHARE;
        let compressed: Vec<(f64, f64)> = wide
            .into_iter()
            .filter_map(|(from, to)| {
                let start = snap(from + margin, slack, true);
                let end = snap(to - margin, slack, false);
                (end - start >= MIN_BREAK_GAP_DAYS / 2.0).then_some((start, end))
            })
            .collect();
        Self::with_breaks(&compressed, kept * BREAK_LENGTH_SHARE)
    }

    /// A warp that compresses each of `stretches` (first day, day after the
    /// last; in time order and apart) to `axis_length` axis days, or to half
    /// its length if that is shorter. Stretches that are empty, out of order,
    /// overlapping or not finite are left out, as are any after the first
    /// [`MAX_BREAKS`]; an `axis_length` that is not above zero and finite
    /// becomes half of each stretch.
    pub fn with_breaks(stretches: &[(f64, f64)], axis_length: f64) -> Self {
        let mut warp = Self::NONE;
        let mut shift = 0.0;
        let mut previous_end = f64::NEG_INFINITY;
        for &(start, end) in stretches {
            if warp.count == MAX_BREAKS {
                break;
            }
            let (start, end) = (
                start.clamp(-DAY_LIMIT, DAY_LIMIT),
                end.clamp(-DAY_LIMIT, DAY_LIMIT),
            );
            // Up to where a day is still a distinct step (see `DAY_LIMIT`).
            if !(start.is_finite() && end - start >= 1.0 && start >= previous_end) {
                continue;
            }
            let days = end - start;
            let length = if axis_length > 0.0 && axis_length.is_finite() {
                axis_length.min(days / 2.0)
            } else {
                days / 2.0
            };
            warp.breaks[warp.count] = AxisBreak {
                start,
                end,
                axis_start: start - shift,
                axis_length: length,
            };
            warp.count += 1;
            shift += days - length;
            previous_end = end;
        }
        warp
    }

    /// The breaks, in time order.
    pub fn breaks(&self) -> &[AxisBreak] {
        &self.breaks[..self.count.min(MAX_BREAKS)]
    }

    /// Whether the warp has no breaks, so axis days are days.
    pub fn is_identity(&self) -> bool {
        self.breaks().is_empty()
    }

    /// The axis day of `day`: the day itself before the first break, the
    /// day less the time compressed before it after one, and a point
    /// scaled into the break inside one. Strictly increasing; NaN stays NaN.
    pub fn to_axis(&self, day: f64) -> f64 {
        let mut shift = 0.0;
        for gap in self.breaks() {
            if day < gap.start {
                break;
            }
            if day < gap.end {
                return gap.axis_start + (day - gap.start) * gap.axis_length / gap.days();
            }
            shift = gap.end - gap.axis_end();
        }
        day - shift
    }

    /// The day at axis day `axis`; the inverse of [`TimeWarp::to_axis`].
    pub fn to_day(&self, axis: f64) -> f64 {
        let mut shift = 0.0;
        for gap in self.breaks() {
            if axis < gap.axis_start {
                break;
            }
            if axis < gap.axis_end() {
                return gap.start + (axis - gap.axis_start) * gap.days() / gap.axis_length;
            }
            shift = gap.end - gap.axis_end();
        }
        axis + shift
    }

    /// The stretches of `from..=to` (days) outside every break, in time
    /// order, each with whether it stops at a break (so its last day is the
    /// break's first and not its own).
    pub fn kept_stretches(&self, from: f64, to: f64) -> Vec<KeptStretch> {
        let mut stretches = Vec::new();
        let mut start = from;
        for gap in self.breaks() {
            if gap.end <= start {
                continue;
            }
            if gap.start > to {
                break;
            }
            if gap.start > start {
                stretches.push(KeptStretch {
                    from: start,
                    to: gap.start,
                    ends_at_break: true,
                });
            }
            start = gap.end;
        }
        if start <= to {
            stretches.push(KeptStretch {
                from: start,
                to,
                ends_at_break: false,
            });
        }
        stretches
    }
}

/// A stretch of the axis at true scale, in days.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KeptStretch {
    /// First day.
    pub from: f64,
    /// Last day, or the first day of the break it stops at.
    pub to: f64,
    /// Whether `to` is a break's first day, which the stretch leaves out.
    pub ends_at_break: bool,
}

/// `day` moved to the first boundary of a year, else of a month, else of a
/// day (later when `up`, else earlier) that moves it by at most `slack`
/// days, so a break's edges are as round as the story's room allows.
fn snap(day: f64, slack: f64, up: bool) -> f64 {
    let whole = day.clamp(-DAY_LIMIT, DAY_LIMIT);
    let whole = if up { whole.ceil() } else { whole.floor() } as i64;
    let boundary = |interval: TickInterval| {
        if up {
            interval.ceil(whole)
        } else {
            interval.floor(whole)
        }
    };
    [TickInterval::Years(1), TickInterval::Months(1)]
        .into_iter()
        .map(boundary)
        .find(|&edge| ((edge - whole) as f64).abs() <= slack)
        .unwrap_or(whole) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first and last period a break compresses, in EDTF.
    fn edges(gap: &AxisBreak) -> (String, String) {
        let (first, last) = gap.period();
        (first.to_string(), last.to_string())
    }
    use crate::model::date::days_from_civil;

    fn day(year: i32, month: u8, date: u8) -> f64 {
        days_from_civil(year, month, date) as f64
    }

    fn on(year: i32, month: u8, date: u8) -> (f64, f64) {
        (day(year, month, date), day(year, month, date) + 1.0)
    }

    #[test]
    fn one_old_event_before_a_busy_story_gets_a_break() {
        let mut spans = vec![on(1989, 11, 9)];
        spans.extend((0..11).map(|i| on(2019 + i / 2, 3 + (i as u8 % 2) * 6, 15)));
        let warp = TimeWarp::for_spans(spans);
        let [gap] = warp.breaks() else {
            panic!("one break: {warp:?}");
        };
        assert_eq!(gap.start, day(1990, 1, 1));
        assert_eq!(gap.end, day(2019, 1, 1));
        assert_eq!(edges(gap), ("1990".to_owned(), "2018".to_owned()));
    }

    #[test]
    fn evenly_spread_events_and_two_events_keep_a_linear_axis() {
        let decades = [on(1928, 10, 8), on(1979, 1, 1), on(2019, 4, 13)];
        assert!(TimeWarp::for_spans(decades).is_identity());
        assert!(TimeWarp::for_spans([on(1989, 1, 1), on(2020, 1, 1)]).is_identity());
        let monthly = (0..60).map(|i| on(2019 + i / 12, 1 + (i % 12) as u8, 1));
        assert!(TimeWarp::for_spans(monthly).is_identity());
        assert!(TimeWarp::for_spans([]).is_identity());
    }

    #[test]
    fn axis_days_are_days_beside_a_break_and_shifted_after_it() {
        let warp = TimeWarp::with_breaks(&[(100.0, 1100.0)], 50.0);
        assert_eq!(warp.to_axis(40.0), 40.0);
        assert_eq!(warp.to_axis(100.0), 100.0);
        assert_eq!(warp.to_axis(600.0), 125.0);
        assert_eq!(warp.to_axis(1100.0), 150.0);
        assert_eq!(warp.to_axis(1200.0), 250.0);
        for axis in [40.0, 125.0, 150.0, 250.0] {
            assert_eq!(warp.to_axis(warp.to_day(axis)), axis);
        }
    }

    #[test]
    fn kept_stretches_leave_out_the_breaks() {
        let warp = TimeWarp::with_breaks(&[(100.0, 1100.0), (2000.0, 3000.0)], 50.0);
        let stretches: Vec<(f64, f64, bool)> = warp
            .kept_stretches(0.0, 2500.0)
            .into_iter()
            .map(|s| (s.from, s.to, s.ends_at_break))
            .collect();
        assert_eq!(
            stretches,
            [(0.0, 100.0, true), (1100.0, 2000.0, true)],
            "a window ending inside a break ends at it"
        );
        assert_eq!(warp.kept_stretches(500.0, 600.0), []);
    }

    #[test]
    fn a_break_is_as_round_as_its_edges() {
        let gap = |start: f64, end: f64| AxisBreak {
            start,
            end,
            axis_start: start,
            axis_length: 1.0,
        };
        assert_eq!(
            edges(&gap(day(1989, 7, 1), day(2019, 1, 1))),
            ("1989-07".to_owned(), "2018-12".to_owned())
        );
        assert_eq!(
            edges(&gap(day(2022, 7, 1), day(2024, 1, 1))),
            ("2022-07".to_owned(), "2023-12".to_owned())
        );
        assert_eq!(
            edges(&gap(day(2020, 1, 1), day(2021, 3, 1))),
            ("2020-01".to_owned(), "2021-02".to_owned())
        );
        assert_eq!(
            edges(&gap(day(2020, 1, 1), day(2021, 1, 1))),
            ("2020".to_owned(), "2020".to_owned())
        );
        assert_eq!(
            gap(day(2020, 1, 1), day(2021, 1, 1)).period(),
            (StoryDate::year(2020), StoryDate::year(2020))
        );
        assert_eq!(
            gap(day(1989, 7, 1), day(2019, 1, 1)).period(),
            (
                StoryDate::month(1989, 7).expect("a month"),
                StoryDate::month(2018, 12).expect("a month")
            )
        );
        assert_eq!(
            edges(&gap(day(1989, 6, 14), day(2019, 3, 2))),
            ("1989-06-14".to_owned(), "2019-03-01".to_owned())
        );
    }
}
