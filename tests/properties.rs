//! Properties of the layout that hold for any story, any width and any
//! sequence of pans, zooms and drags: nothing panics, every number drawn is
//! finite, and windows, ticks, lanes, nodes and labels keep their
//! invariants. Checked with proptest on random inputs, which shrinks a
//! failure to a small example; each property's case count is in its doc
//! comment.
#![cfg(not(target_arch = "wasm32"))]

use dateline::layout::force::{ForceOptions, Link, Simulation};
use dateline::layout::map_view::{MapView, MAX_MAP_ZOOM};
use dateline::layout::ticks::{choose_interval, AxisLabel, TickInterval};
use dateline::layout::timeline::{layout_timeline_in_bands, BandLabel, PlacedTick};
use dateline::layout::viewport::{DAY_LIMIT, MIN_SPAN_DAYS};
use dateline::layout::{
    layout_timeline, nearest_in_direction, pack_lanes, ActorMap, ActorMapLayout, Direction,
    MapOptions, PlacedActor, TimeScale, TimelineItem, TimelineLayout, TimelineModel,
    TimelineOptions, Viewport,
};
use dateline::model::date::days_from_civil;
use dateline::model::{Precision, Story, StoryDate};
use dateline::state::hover_intent::{MIN_SPAN_MS, SLOW_PX_PER_MS};
use dateline::state::{HoverIntent, Intent, PointerSample};
use proptest::prelude::*;
use serde_json::json;

// ---------------------------------------------------------------------------
// Inputs

/// Day number (days since 1970-01-01) of a calendar date, as the model counts.
fn day(year: i32, month: u8, date: u8) -> f64 {
    days_from_civil(year, month, date) as f64
}

/// A calendar day between the years -9999 and 9999, as a day number.
fn any_day() -> impl Strategy<Value = f64> {
    (-9999..=9999_i32, 1..=12_u8, 1..=28_u8).prop_map(|(y, m, d)| day(y, m, d))
}

/// Container widths in CSS px, phone to wide desktop.
fn any_width() -> impl Strategy<Value = f64> {
    200.0..3000.0_f64
}

/// A zoom factor as the timeline's controls produce one: buttons, keys,
/// wheel (Ctrl + scroll) and pinch.
fn zoom_factor() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(2.0),
        Just(0.5),
        (-3000.0..3000.0_f64).prop_map(|delta_y| (-delta_y * 0.004).exp()),
        0.01..100.0_f64,
    ]
}

/// One thing a reader does to the time axis.
#[derive(Clone, Debug)]
enum AxisOp {
    /// Drag or horizontal scroll by this many CSS px.
    Pan(f64),
    /// Zoom by a factor about an anchor (a fraction of the width; may lie outside `0..=1`).
    Zoom(f64, f64),
    /// Reveal an item that starts at this fraction of the full span and lasts this many days.
    Reveal(f64, f64),
    /// Show everything again.
    Fit,
}

fn axis_op() -> impl Strategy<Value = AxisOp> {
    prop_oneof![
        3 => (-6000.0..6000.0_f64).prop_map(AxisOp::Pan),
        3 => (zoom_factor(), -0.5..1.5_f64).prop_map(|(factor, anchor)| AxisOp::Zoom(factor, anchor)),
        2 => (0.0..1.0_f64, prop_oneof![Just(1.0), 1.0..400_000.0_f64])
            .prop_map(|(at, days)| AxisOp::Reveal(at, days)),
        1 => Just(AxisOp::Fit),
    ]
}

/// Applies `op` as the timeline view does, `width` CSS px wide.
fn apply(view: &Viewport, fitted: &Viewport, op: &AxisOp, width: f64) -> Viewport {
    match *op {
        AxisOp::Pan(px) => view.pan(px * view.span() / width),
        AxisOp::Zoom(factor, anchor) => view.zoom(factor, anchor),
        AxisOp::Reveal(at, days) => {
            let (first, last) = view.full;
            let start = first + at * (last - first);
            view.reveal(start, (start + days).min(last))
        }
        AxisOp::Fit => *fitted,
    }
}

/// What every window must be: inside the story, with a positive, finite span.
fn check_window(view: &Viewport, full: (f64, f64)) -> Result<(), TestCaseError> {
    let (a, b) = view.visible;
    prop_assert_eq!(view.full, full, "the full extent never changes");
    prop_assert!(a.is_finite() && b.is_finite(), "{:?}", view);
    prop_assert!(
        a >= full.0 && b <= full.1,
        "window leaves the story: {:?}",
        view
    );
    prop_assert!(view.span() > 0.0, "empty window: {:?}", view);
    let shortest = MIN_SPAN_DAYS.min(full.1 - full.0);
    prop_assert!(
        view.span() >= shortest - DAY_TOLERANCE,
        "zoomed past the limit: {:?}",
        view
    );
    Ok(())
}

/// Closeness for day numbers: a few ulps at `DAY_LIMIT` (an ulp there is about 1e-7).
const DAY_TOLERANCE: f64 = 1e-6;

// ---------------------------------------------------------------------------
// Viewport

#[test]
fn decades_apart_the_first_pan_zoom_or_reveal_at_fit_does_not_panic() {
    // The spans of two real stories: ninety years of a ferry, forty years of a terminal.
    for first in [
        StoryDate::day(1979, 1, 1).expect("a real day"),
        StoryDate::day(1928, 10, 8).expect("a real day"),
    ] {
        let last = StoryDate::day(2019, 4, 13).expect("a real day");
        // As the timeline builds its window from its items.
        let fitted = Viewport::around(first.first_day() as f64, last.end_day() as f64);
        let full = fitted.full;
        for days in [10.0, -10.0, 1e6, -1e6] {
            let panned = fitted.pan(days);
            check_window(&panned, full).unwrap();
            assert!(panned.is_fit(), "at fit there is nowhere to pan to");
        }
        for factor in [0.5, 0.9, 1.0 / 1.5, 1e-6] {
            let zoomed_out = fitted.zoom(factor, 0.5);
            check_window(&zoomed_out, full).unwrap();
            assert!(zoomed_out.is_fit(), "zooming out at fit stays at fit");
        }
        for date in [first, last] {
            let (start, end) = (date.first_day() as f64, date.end_day() as f64);
            // The keyboard's move: reveal, then zoom in until the event is drawn.
            let mut view = fitted.reveal(start, end);
            assert_eq!(view, fitted, "an event on screen does not move the window");
            for _ in 0..24 {
                view = view.zoom(2.0, 0.5).reveal(start, end);
                check_window(&view, full).unwrap();
                assert!(view.visible.0 <= start && end <= view.visible.1);
            }
            assert!(!view.can_zoom_in());
            let back = view.zoom(0.5, 0.5).pan(-1e9).zoom(1e-9, 0.0);
            check_window(&back, full).unwrap();
            assert!(back.is_fit());
        }
    }
}

#[test]
fn a_window_from_unusable_numbers_is_still_a_window() {
    for full in [
        (f64::NAN, f64::NAN),
        (f64::NAN, 10.0),
        (10.0, f64::NAN),
        (f64::NEG_INFINITY, f64::INFINITY),
        (f64::INFINITY, f64::INFINITY),
        (5.0, 5.0),
        (100.0, -100.0),
        (1e300, -1e300),
        (DAY_LIMIT, DAY_LIMIT),
    ] {
        let fitted = Viewport::fit(full);
        let full = fitted.full;
        check_window(&fitted, full).unwrap();
        let mut view = fitted;
        for op in [
            |v: Viewport| v.zoom(f64::NAN, 0.5),
            |v: Viewport| v.zoom(0.0, 0.5),
            |v: Viewport| v.zoom(-3.0, 0.5),
            |v: Viewport| v.zoom(f64::INFINITY, f64::NAN),
            |v: Viewport| v.zoom(2.0, f64::INFINITY),
            |v: Viewport| v.pan(f64::NAN),
            |v: Viewport| v.pan(f64::INFINITY),
            |v: Viewport| v.pan(f64::NEG_INFINITY),
            |v: Viewport| v.reveal(f64::NAN, 1.0),
            |v: Viewport| v.reveal(f64::NEG_INFINITY, f64::INFINITY),
            |v: Viewport| v.reveal(1e300, -1e300),
            |v: Viewport| v.zoom(f64::MIN_POSITIVE, 0.5),
        ] {
            view = op(view);
            check_window(&view, full).unwrap();
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// 256 cases, each a story spanning two random days from the year -9999
    /// to 9999, a width of 200 to 3000 px and up to 40 pans, zooms, reveals
    /// and fits: the window stays inside the story with a positive span;
    /// zooming in never widens it, zooming out never narrows it; a revealed
    /// item is on screen; panning at fit changes nothing.
    #[test]
    fn the_time_window_stays_inside_the_story_256_cases(
        first in any_day(),
        last in any_day(),
        width in any_width(),
        ops in prop::collection::vec(axis_op(), 1..40),
    ) {
        let fitted = Viewport::around(first.min(last), first.max(last));
        let full = fitted.full;
        check_window(&fitted, full)?;
        prop_assert!(fitted.is_fit());
        let mut view = fitted;
        for op in &ops {
            let next = apply(&view, &fitted, op, width);
            check_window(&next, full)?;
            match *op {
                AxisOp::Pan(_) if view.is_fit() => prop_assert!(next.is_fit()),
                AxisOp::Zoom(factor, _) if factor >= 1.0 => {
                    prop_assert!(next.span() <= view.span() + DAY_TOLERANCE);
                }
                AxisOp::Zoom(_, _) => prop_assert!(next.span() >= view.span() - DAY_TOLERANCE),
                AxisOp::Reveal(at, days) => {
                    let start = full.0 + at * (full.1 - full.0);
                    let end = (start + days).min(full.1);
                    prop_assert!(
                        next.visible.0 <= start + DAY_TOLERANCE
                            && end <= next.visible.1 + DAY_TOLERANCE,
                        "{:?} does not show {}..{}", next, start, end
                    );
                }
                _ => {}
            }
            view = next;
        }
    }

    /// 256 cases of up to 20 operations with arbitrary numbers (NaN,
    /// infinities, subnormals, huge): no panic, and still a window.
    #[test]
    fn the_time_window_survives_arbitrary_numbers_256_cases(
        full in (any::<f64>(), any::<f64>()),
        ops in prop::collection::vec((0..3_u8, any::<f64>(), any::<f64>()), 1..20),
    ) {
        let fitted = Viewport::fit(full);
        let full = fitted.full;
        check_window(&fitted, full)?;
        let mut view = fitted;
        for &(kind, a, b) in &ops {
            view = match kind {
                0 => view.pan(a),
                1 => view.zoom(a, b),
                _ => view.reveal(a, b),
            };
            check_window(&view, full)?;
        }
    }
}

// ---------------------------------------------------------------------------
// Time scale and ticks

/// A domain of days: a start between the years -9999 and 9999 and a span
/// from a tenth of a day to twenty thousand years, spread over the scales.
fn any_domain() -> impl Strategy<Value = (f64, f64)> {
    (any_day(), -1.0..6.9_f64).prop_map(|(start, exponent)| (start, start + 10_f64.powf(exponent)))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// 256 cases of a random domain and a range 1 to 3000 px wide: `map` and
    /// `invert` are finite, increasing, and undo each other.
    #[test]
    fn the_time_scale_is_finite_monotonic_and_invertible_256_cases(
        domain in any_domain(),
        left in -100.0..100.0_f64,
        width in 1.0..3000.0_f64,
        mut fractions in prop::collection::vec(-0.5..1.5_f64, 2..10),
    ) {
        let scale = TimeScale::new(domain, (left, left + width));
        fractions.sort_by(f64::total_cmp);
        let days: Vec<f64> = fractions.iter().map(|f| domain.0 + f * (domain.1 - domain.0)).collect();
        let xs: Vec<f64> = days.iter().map(|&d| scale.map(d)).collect();
        prop_assert!(xs.iter().all(|x| x.is_finite()), "{:?}", xs);
        prop_assert!(xs.windows(2).all(|pair| pair[0] <= pair[1]), "map is not monotonic: {:?}", xs);
        let back: Vec<f64> = xs.iter().map(|&x| scale.invert(x)).collect();
        prop_assert!(back.windows(2).all(|pair| pair[0] <= pair[1]), "invert is not monotonic");
        for (&d, &b) in days.iter().zip(&back) {
            prop_assert!(b.is_finite());
            prop_assert!((d - b).abs() <= DAY_TOLERANCE * (1.0 + scale.span()), "{} came back as {}", d, b);
        }
        prop_assert!((scale.map(domain.0) - left).abs() < 1e-6);
        prop_assert!((scale.map(domain.1) - (left + width)).abs() < 1e-6);
    }

    /// 256 cases of arbitrary numbers for domain, range and input: no panic;
    /// with finite input in a finite scale, finite output.
    #[test]
    fn the_time_scale_survives_arbitrary_numbers_256_cases(
        domain in (any::<f64>(), any::<f64>()),
        range in (-1e6..1e6_f64, -1e6..1e6_f64),
        day in -DAY_LIMIT..DAY_LIMIT,
        count in 0..2000_usize,
    ) {
        let scale = TimeScale::new(domain, range);
        prop_assert!(scale.span() > 0.0 || scale.span().is_infinite());
        let x = scale.map(day);
        prop_assert!(scale.invert(x).is_finite() || !x.is_finite());
        if domain.0.abs() < DAY_LIMIT && domain.1.abs() < DAY_LIMIT {
            prop_assert!(x.is_finite());
            prop_assert!(scale.invert(range.0).is_finite());
        }
        let ticks = scale.ticks(count);
        prop_assert!(ticks.len() <= dateline::layout::ticks::MAX_TICKS);
        // In drawing order: later days further right, or further left when the range runs right to left.
        let later = |pair: &[dateline::layout::Tick]| {
            if scale.is_right_to_left() {
                pair[0].day > pair[1].day
            } else {
                pair[0].day < pair[1].day
            }
        };
        prop_assert!(ticks.windows(2).all(later));
        let _ = scale.nice(count);
    }

    /// 256 cases of a random domain and a width of 200 to 3000 px, asking
    /// for as many ticks as the timeline does: no more than about that
    /// many, in order, inside the domain, labelled at the interval's precision.
    #[test]
    fn ticks_are_few_sorted_and_inside_the_domain_256_cases(
        domain in any_domain(),
        width in any_width(),
    ) {
        let options = TimelineOptions::default();
        let count = options.tick_count(width);
        let scale = TimeScale::new(domain, (options.padding, width - options.padding));
        let interval = scale.interval(count);
        let ticks = scale.ticks(count);
        prop_assert!(ticks.len() <= 2 * count + 2, "{} ticks for {} asked ({:?})", ticks.len(), count, interval);
        prop_assert!(ticks.windows(2).all(|pair| pair[0].day < pair[1].day), "ticks out of order");
        for tick in &ticks {
            prop_assert!(tick.day as f64 >= domain.0 && tick.day as f64 <= domain.1);
            prop_assert!(tick.label.estimated_chars() > 0);
            // The label names what the interval counts: its day, its month, or its year.
            prop_assert_eq!(tick.label.day.is_some(), interval.precision() == Precision::Day);
            prop_assert_eq!(tick.label.month.is_some(), interval.precision() != Precision::Year);
            prop_assert_eq!(tick.precision, interval.precision());
        }
    }

    /// 256 cases of a random day and the interval for a random span and
    /// count: the boundaries around the day bracket it, are boundaries
    /// themselves, and lie no more than one step apart.
    #[test]
    fn tick_boundaries_bracket_every_day_256_cases(
        target in any_day(),
        span in -1.0..7.5_f64,
        count in 0..40_usize,
    ) {
        let interval = choose_interval(10_f64.powf(span), count);
        let day = target as i64;
        let (floor, ceil) = (interval.floor(day), interval.ceil(day));
        prop_assert!(floor <= day && day <= ceil, "{:?}: {} not in {}..={}", interval, day, floor, ceil);
        prop_assert_eq!(interval.floor(floor), floor);
        prop_assert_eq!(interval.ceil(ceil), ceil);
        let longest_step = match interval {
            TickInterval::Days(step) => i64::from(step),
            TickInterval::Months(step) => 31 * i64::from(step),
            TickInterval::Years(step) => 366 * i64::from(step),
        };
        prop_assert!(ceil - floor <= longest_step, "{:?}: {}..{}", interval, floor, ceil);
    }
}

// ---------------------------------------------------------------------------
// Lanes

/// Extents `(start, end)` in CSS px, `end >= start`, not sorted.
fn any_extents() -> impl Strategy<Value = Vec<(f64, f64)>> {
    prop::collection::vec((-1000.0..1000.0_f64, 0.0..300.0_f64), 0..80).prop_map(|items| {
        items
            .into_iter()
            .map(|(start, length)| (start, start + length))
            .collect()
    })
}

/// Asserts no two extents in one lane come closer than `gap`.
fn check_lanes(
    extents: &[(f64, f64)],
    lanes: &[Option<usize>],
    gap: f64,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(extents.len(), lanes.len());
    for (i, (a, lane_a)) in extents.iter().zip(lanes).enumerate() {
        for (b, lane_b) in extents.iter().zip(lanes).skip(i + 1) {
            if lane_a.is_some() && lane_a == lane_b {
                prop_assert!(
                    a.1 + gap <= b.0 || b.1 + gap <= a.0,
                    "{:?} and {:?} overlap in lane {:?}",
                    a,
                    b,
                    lane_a
                );
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// 256 cases of up to 80 extents, sorted or not, with room for a lane
    /// each: every item gets a lane, and no two in a lane overlap.
    #[test]
    fn every_item_gets_a_lane_and_lanes_never_overlap_256_cases(
        mut extents in any_extents(),
        sorted in any::<bool>(),
        gap in 0.0..20.0_f64,
    ) {
        if sorted {
            extents.sort_by(|a, b| a.0.total_cmp(&b.0));
        }
        let lanes = pack_lanes(&extents, gap, extents.len().max(1));
        prop_assert!(lanes.iter().all(|lane| lane.is_some_and(|lane| lane < extents.len().max(1))));
        check_lanes(&extents, &lanes, gap)?;
    }

    /// 256 cases of up to 80 extents sorted by start and 1 to 5 lanes: no
    /// overlaps, and an item is left out only when every lane is taken at its start.
    #[test]
    fn an_item_is_left_out_only_when_every_lane_is_taken_256_cases(
        mut extents in any_extents(),
        gap in 0.0..20.0_f64,
        max_lanes in 1..6_usize,
    ) {
        extents.sort_by(|a, b| a.0.total_cmp(&b.0));
        let lanes = pack_lanes(&extents, gap, max_lanes);
        check_lanes(&extents, &lanes, gap)?;
        for (i, lane) in lanes.iter().enumerate() {
            match lane {
                Some(lane) => prop_assert!(*lane < max_lanes),
                None => {
                    for l in 0..max_lanes {
                        let taken = (0..i).any(|j| lanes[j] == Some(l) && extents[j].1 + gap > extents[i].0);
                        prop_assert!(taken, "item {} left out while lane {} is free", i, l);
                    }
                }
            }
        }
    }

    /// 256 cases of arbitrary numbers (NaN, infinities): no panic, one answer per item.
    #[test]
    fn lanes_survive_arbitrary_numbers_256_cases(
        extents in prop::collection::vec((any::<f64>(), any::<f64>()), 0..40),
        gap in any::<f64>(),
        max_lanes in 0..8_usize,
    ) {
        prop_assert_eq!(pack_lanes(&extents, gap, max_lanes).len(), extents.len());
    }
}

// ---------------------------------------------------------------------------
// Timeline layout

/// A story's dated events as timeline items, sorted by start as the view
/// sorts them: single days, months, years and spans up to fifty years, with
/// titles from empty to longer than the label limit.
fn any_items() -> impl Strategy<Value = Vec<TimelineItem>> {
    let item = (any_day(), 0..4_u8, 1.0..18_000.0_f64, 0..60_usize);
    prop::collection::vec(item, 1..60).prop_map(|items| {
        let options = TimelineOptions::default();
        let mut items: Vec<TimelineItem> = items
            .into_iter()
            .map(|(start, shape, length, title)| {
                let end = match shape {
                    0 => start + 1.0,
                    1 => start + 30.0,
                    2 => start + 365.0,
                    _ => start + length.floor(),
                };
                let label = "Ministers meet again in the capital; talks resume ".repeat(2)[..title]
                    .to_owned();
                TimelineItem {
                    start,
                    end,
                    point: shape == 0,
                    shown_chars: label.chars().count().min(options.max_label_chars),
                    width_scale: 1.0,
                    label,
                }
            })
            .collect();
        items.sort_by(|a, b| a.start.total_cmp(&b.start));
        items
    })
}

/// What every timeline layout must be: finite, each item drawn once at
/// most, lanes apart (with a title's second line in the lane below), every
/// title inside the timeline and a prefix of the item's title, no cluster
/// while few events are on screen, tick labels apart and inside the axis.
fn check_timeline(
    layout: &TimelineLayout,
    items: &[TimelineItem],
    options: &TimelineOptions,
    lanes_per_band: usize,
) -> Result<(), TestCaseError> {
    let width = layout.width;
    prop_assert!(layout.height.is_finite() && layout.height > 0.0);
    let mut drawn = vec![0_usize; items.len()];
    for event in &layout.events {
        prop_assert!(event.index < items.len());
        drawn[event.index] += 1;
        for value in [
            event.x,
            event.width,
            event.y,
            event.label_x,
            event.extent.0,
            event.extent.1,
        ] {
            prop_assert!(value.is_finite(), "{:?}", event);
        }
        prop_assert!(
            event.extent.1 >= 0.0 && event.extent.0 <= width,
            "off screen: {:?}",
            event
        );
        let lines = event.label_lines(&items[event.index].label);
        prop_assert_eq!(lines.is_empty(), event.shown_chars == 0);
        if !lines.is_empty() {
            prop_assert!(
                event.label_x >= 0.0 && event.label_end() <= width && event.label_width > 0.0,
                "a title leaves the timeline: {:?}",
                event
            );
            // Lines break after a space, or between two letters of a script
            // written without spaces: compared without spaces.
            let unspaced = |text: &str| {
                text.chars()
                    .filter(|c| !c.is_whitespace() && *c != '…')
                    .collect::<String>()
            };
            let shown = lines.join(" ");
            let title = items[event.index].label.replace('…', "");
            prop_assert!(
                unspaced(&title).starts_with(&unspaced(&shown)),
                "{:?} is not the start of {:?}",
                shown,
                title
            );
        }
    }
    let on_screen = layout.events.len()
        + layout
            .clusters
            .iter()
            .map(|cluster| cluster.items.len())
            .sum::<usize>();
    let lanes_allowed = if on_screen <= options.label_all_up_to {
        prop_assert!(
            layout.clusters.is_empty(),
            "{} events on screen cluster",
            on_screen
        );
        2 * on_screen
    } else {
        lanes_per_band
    };
    for event in &layout.events {
        prop_assert!(event.lane < lanes_allowed, "{:?}", event);
    }
    for cluster in &layout.clusters {
        prop_assert!(cluster.x.is_finite() && cluster.y.is_finite());
        prop_assert!(cluster.start <= cluster.end);
        for &index in &cluster.items {
            prop_assert!(index < items.len());
            drawn[index] += 1;
        }
    }
    prop_assert!(
        drawn.iter().all(|&times| times <= 1),
        "an item is drawn twice"
    );
    // What each event takes in each row: mark and first line, and second line below.
    let boxes: Vec<(f64, f64, f64, usize)> = layout
        .events
        .iter()
        .flat_map(|event| {
            let second = event.line_break.map(|_| {
                (
                    event.y + options.lane_height,
                    event.label_x,
                    event.label_end(),
                    event.index,
                )
            });
            std::iter::once((event.y, event.extent.0, event.extent.1, event.index)).chain(second)
        })
        .collect();
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            if (a.0 - b.0).abs() < 1e-6 {
                prop_assert!(
                    a.2 + options.gap <= b.1 + 1e-6 || b.2 + options.gap <= a.1 + 1e-6,
                    "events {} and {} overlap in a lane",
                    a.3,
                    b.3
                );
            }
        }
    }
    prop_assert!(
        layout.ticks.windows(2).all(|pair| pair[0].x < pair[1].x),
        "ticks out of order"
    );
    let mut last_label_end = f64::NEG_INFINITY;
    for tick in &layout.ticks {
        prop_assert!(tick.x.is_finite() && tick.label_x.is_finite());
        if let Some(label) = &tick.label {
            let end = tick.label_x + options.axis_label_width(*label);
            prop_assert!(tick.label_x >= last_label_end && tick.label_x >= 0.0 && end <= width);
            last_label_end = end;
        }
    }
    Ok(())
}

proptest! {
    /// A tick label drawn wider than the layout fitted is centred inside the
    /// timeline when it fits in it, and no measurement panics or leaves a
    /// finite timeline with a label centred off it.
    #[test]
    fn tick_labels_are_centred_inside_the_timeline(
        x in prop_oneof![4 => -500.0..3500.0f64, 1 => Just(f64::NAN), 1 => Just(f64::INFINITY), 1 => Just(f64::NEG_INFINITY)],
        label_width in prop_oneof![4 => 0.0..400.0f64, 1 => Just(f64::NAN), 1 => Just(f64::INFINITY)],
        width in 1.0..3000.0f64,
    ) {
        let label = AxisLabel { day: None, month: Some(9), year: Some(2024) };
        let tick = PlacedTick { x, label: Some(label), label_x: x };
        let centre = tick.label_centre(label_width, width);
        prop_assert!(centre.is_finite() && (0.0..=width).contains(&centre), "centre {centre} for {x} in {width}");
        if label_width.is_finite() && label_width + 4.0 < width {
            prop_assert!(centre - label_width / 2.0 >= 0.0 && centre + label_width / 2.0 <= width);
            if x.is_finite() && x - label_width / 2.0 >= 2.0 && x + label_width / 2.0 <= width - 2.0 {
                prop_assert_eq!(centre, x);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// 128 cases of up to 60 events from the year -9999 to 9999, a width of
    /// 200 to 3000 px and up to 12 pans and zooms: the layout is finite,
    /// lanes and tick labels keep apart, and every event starting on screen
    /// is drawn, as a mark or in a cluster; also in one band per actor.
    #[test]
    fn the_timeline_draws_every_event_on_screen_once_128_cases(
        items in any_items(),
        width in any_width(),
        ops in prop::collection::vec(axis_op(), 0..12),
        bands in prop::collection::vec(0..5_usize, 60),
    ) {
        let options = TimelineOptions::default();
        let first = items.iter().map(|item| item.start).fold(f64::INFINITY, f64::min);
        let last = items.iter().map(|item| item.end).fold(f64::NEG_INFINITY, f64::max);
        let fitted = Viewport::around(first, last);
        let mut view = fitted;
        for op in &ops {
            view = apply(&view, &fitted, op, width);
        }
        let layout = layout_timeline(&items, view.visible, width, &options);
        check_timeline(&layout, &items, &options, options.max_lanes)?;
        let on_screen = |item: &TimelineItem| item.start >= view.visible.0 && item.start <= view.visible.1;
        let drawn = |index: usize| {
            layout.events.iter().any(|event| event.index == index)
                || layout.clusters.iter().any(|cluster| cluster.items.contains(&index))
        };
        for (index, item) in items.iter().enumerate() {
            if on_screen(item) {
                prop_assert!(drawn(index), "event {} on screen is not drawn", index);
            }
        }

        let labels: Vec<Option<BandLabel>> = (0..4).map(|band| Some(BandLabel::Actor(format!("Actor {band}")))).collect();
        let band_of = &bands[..items.len()];
        let banded = layout_timeline_in_bands(&items, band_of, &labels, view.visible, width, &options);
        check_timeline(&banded, &items, &options, options.band_lanes)?;
        let drawn = |index: usize| {
            banded.events.iter().any(|event| event.index == index)
                || banded.clusters.iter().any(|cluster| cluster.items.contains(&index))
        };
        for (index, item) in items.iter().enumerate() {
            if on_screen(item) {
                prop_assert_eq!(drawn(index), band_of[index] < labels.len(), "event {}", index);
            }
        }
    }

    /// 128 cases of arbitrary widths and windows (NaN, infinities, zero,
    /// negative): no panic, every position finite or the event left out.
    #[test]
    fn the_timeline_survives_arbitrary_widths_and_windows_128_cases(
        items in any_items(),
        width in prop_oneof![any::<f64>(), -100.0..200.0_f64],
        visible in (any::<f64>(), any::<f64>()),
    ) {
        let options = TimelineOptions::default();
        let layout = layout_timeline(&items, visible, width, &options);
        for event in &layout.events {
            prop_assert!(event.index < items.len());
            prop_assert!(event.y.is_finite());
        }
        prop_assert!(layout.ticks.len() <= dateline::layout::ticks::MAX_TICKS);
    }
}

// ---------------------------------------------------------------------------
// Force layout

/// Radii (some zero) and links among `count` bodies, some to bodies that do
/// not exist, some from a body to itself, some repeated.
fn any_graph(max: usize) -> impl Strategy<Value = (Vec<f64>, Vec<Link>)> {
    (0..max).prop_flat_map(|count| {
        let radius = prop_oneof![1 => Just(0.0), 9 => 5.0..30.0_f64];
        let link =
            (0..count + 3, 0..count + 3, 0.5..1.5_f64).prop_map(|(source, target, length)| Link {
                source,
                target,
                length,
            });
        (
            prop::collection::vec(radius, count),
            prop::collection::vec(link, 0..2 * count + 1),
        )
    })
}

/// Asserts every body is at a finite place inside the box (when its circle fits the box).
fn check_bodies(simulation: &Simulation, (width, height): (f64, f64)) -> Result<(), TestCaseError> {
    for body in &simulation.bodies {
        prop_assert!(body.x.is_finite() && body.y.is_finite(), "{:?}", body);
        prop_assert!(body.vx.is_finite() && body.vy.is_finite(), "{:?}", body);
        if width >= 2.0 * body.radius && height >= 2.0 * body.radius && body.pinned.is_none() {
            prop_assert!(
                body.x >= body.radius - 1e-9
                    && body.x <= width - body.radius + 1e-9
                    && body.y >= body.radius - 1e-9
                    && body.y <= height - body.radius + 1e-9,
                "{:?} leaves {}x{}",
                body,
                width,
                height
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// 48 cases of up to 60 bodies with random links (dangling, self and
    /// duplicate ones) in a box 200 to 3000 px wide: settling ends with
    /// every body finite and inside the box.
    #[test]
    fn the_force_layout_settles_inside_its_box_48_cases(
        (radii, links) in any_graph(60),
        width in any_width(),
        height in 200.0..1000.0_f64,
    ) {
        let mut simulation = Simulation::new(&radii, links, ForceOptions::default().bounds(width, height));
        simulation.settle();
        prop_assert!(simulation.is_settled());
        check_bodies(&simulation, (width, height))?;
    }

    /// 48 cases of up to 60 bodies all pinned to one point, then let go
    /// together: they separate without a NaN and settle inside the box.
    #[test]
    fn bodies_on_one_point_come_apart_48_cases(
        (radii, links) in any_graph(60),
        width in any_width(),
        point in (0.0..1.0_f64, 0.0..1.0_f64),
    ) {
        let height = 500.0;
        let mut simulation = Simulation::new(&radii, links, ForceOptions::default().bounds(width, height));
        for index in 0..radii.len() {
            simulation.pin(index, point.0 * width, point.1 * height);
        }
        simulation.run(3);
        for index in 0..radii.len() {
            simulation.release(index);
        }
        simulation.reheat(1.0);
        simulation.settle();
        check_bodies(&simulation, (width, height))?;
        let bodies = &simulation.bodies;
        if bodies.len() >= 2 {
            let apart = bodies.iter().any(|body| (body.x - bodies[0].x).abs() + (body.y - bodies[0].y).abs() > 1.0);
            prop_assert!(apart, "{} bodies still on one point", bodies.len());
        }
    }

    /// 48 cases of boxes and pins from arbitrary numbers (zero, negative,
    /// NaN, infinite sides): every body stays at a finite place.
    #[test]
    fn the_force_layout_survives_arbitrary_boxes_48_cases(
        (radii, links) in any_graph(20),
        bounds in (any::<f64>(), any::<f64>()),
        resized in (any::<f64>(), any::<f64>()),
        pin in (any::<f64>(), any::<f64>()),
    ) {
        let mut simulation = Simulation::new(&radii, links, ForceOptions::default().bounds(bounds.0, bounds.1));
        simulation.run(20);
        simulation.pin(0, pin.0, pin.1);
        simulation.run(5);
        simulation.resize(ForceOptions::default().bounds(resized.0, resized.1));
        simulation.run(20);
        for body in &simulation.bodies {
            prop_assert!(body.x.is_finite() && body.y.is_finite(), "{:?}", body);
        }
    }
}

// ---------------------------------------------------------------------------
// Actor map

/// A story of `actors` actors (kinds, names and affiliations at random,
/// some affiliated to themselves) and relations between random actors,
/// some from an actor to itself, some repeated, some to actors not in the story.
fn any_cast(max_actors: usize) -> impl Strategy<Value = Story> {
    (0..=max_actors).prop_flat_map(|count| {
        let actor = (0..5_usize, 0..30_usize, any::<bool>(), 0..count + 2);
        let relation = (0..count + 1, 0..count + 1, any::<bool>());
        (
            prop::collection::vec(actor, count),
            prop::collection::vec(relation, 0..2 * count + 1),
        )
            .prop_map(|(actors, relations)| {
                let kinds = ["person", "state", "organisation", "group", "place"];
                let actors: Vec<_> = actors
                    .into_iter()
                    .enumerate()
                    .map(|(i, (kind, name, short, affiliation))| {
                        serde_json::from_value(json!({
                            "id": format!("a{i}"),
                            "name": format!("Actor {i} {}", "of the ministry ".repeat(4)[..name].trim()),
                            "kind": kinds[kind],
                            "short_name": short.then(|| format!("A{i}")),
                            "affiliation": format!("a{affiliation}"),
                        }))
                        .expect("an actor")
                    })
                    .collect();
                let relations = relations
                    .into_iter()
                    .enumerate()
                    .map(|(i, (from, to, mutual))| {
                        serde_json::from_value(json!({
                            "id": format!("r{i}"),
                            "from": format!("a{from}"),
                            "to": format!("a{to}"),
                            "kind": "engages",
                            "stance": "neutral",
                            "label": "talks",
                            "mutual": mutual,
                        }))
                        .expect("a relation")
                    })
                    .collect();
                Story::new(Default::default(), actors, Vec::new(), relations, Vec::new())
            })
    })
}

/// What every actor map layout must be: each actor once, finite, inside
/// the map; labels inside the map, clear of each other and of every node;
/// relations finite and between actors drawn.
fn check_map(layout: &ActorMapLayout, story: &Story) -> Result<(), TestCaseError> {
    let (width, height) = (layout.width, layout.height);
    prop_assert_eq!(layout.actors.len(), story.actors.len());
    for (i, actor) in layout.actors.iter().enumerate() {
        prop_assert_eq!(actor.index, i);
        prop_assert!(actor.x.is_finite() && actor.y.is_finite() && actor.radius > 0.0);
        prop_assert!(
            actor.x >= actor.radius - 1e-6
                && actor.x <= width - actor.radius + 1e-6
                && actor.y >= actor.radius - 1e-6
                && actor.y <= height - actor.radius + 1e-6,
            "actor {} leaves the {}x{} map: {:?}",
            i,
            width,
            height,
            actor
        );
    }
    let labels: Vec<_> = layout
        .actors
        .iter()
        .filter_map(|actor| actor.label.as_ref())
        .collect();
    for (i, a) in labels.iter().enumerate() {
        prop_assert!(
            a.x >= -1e-6
                && a.y >= -1e-6
                && a.x + a.width <= width + 1e-6
                && a.y + a.height <= height + 1e-6,
            "label {:?} leaves the {}x{} map",
            a,
            width,
            height
        );
        for b in &labels[i + 1..] {
            prop_assert!(
                a.x + a.width <= b.x
                    || b.x + b.width <= a.x
                    || a.y + a.height <= b.y
                    || b.y + b.height <= a.y,
                "labels overlap: {:?} {:?}",
                a,
                b
            );
        }
        for actor in &layout.actors {
            let nearest_x = actor.x.max(a.x).min(a.x + a.width);
            let nearest_y = actor.y.max(a.y).min(a.y + a.height);
            prop_assert!(
                (nearest_x - actor.x).powi(2) + (nearest_y - actor.y).powi(2)
                    >= actor.radius.powi(2) - 1e-6,
                "a label covers actor {}",
                actor.index
            );
        }
    }
    let between_actors = story
        .relations
        .iter()
        .filter(|relation| {
            story.actor(&relation.from).is_some() && story.actor(&relation.to).is_some()
        })
        .count();
    prop_assert_eq!(layout.relations.len(), between_actors);
    for relation in &layout.relations {
        prop_assert!(relation.index < story.relations.len());
        let mut points = vec![
            relation.start,
            relation.control,
            relation.end,
            relation.middle,
        ];
        points.extend(relation.arrow.into_iter().flatten());
        prop_assert!(
            points.iter().all(|(x, y)| x.is_finite() && y.is_finite()),
            "{:?}",
            relation
        );
    }
    Ok(())
}

/// Asserts `nearest_in_direction` answers with another actor on the
/// asked side, or none when no actor is on that side.
fn check_nearest(actors: &[PlacedActor], from: usize) -> Result<(), TestCaseError> {
    let Some(origin) = actors.iter().find(|actor| actor.index == from) else {
        for direction in [
            Direction::Up,
            Direction::Down,
            Direction::Left,
            Direction::Right,
        ] {
            prop_assert_eq!(nearest_in_direction(actors, from, direction), None);
        }
        return Ok(());
    };
    for (direction, (ax, ay)) in [
        (Direction::Up, (0.0, -1.0)),
        (Direction::Down, (0.0, 1.0)),
        (Direction::Left, (-1.0, 0.0)),
        (Direction::Right, (1.0, 0.0)),
    ] {
        let ahead = |actor: &PlacedActor| (actor.x - origin.x) * ax + (actor.y - origin.y) * ay;
        match nearest_in_direction(actors, from, direction) {
            Some(next) => {
                prop_assert_ne!(next, from);
                let next = actors.iter().find(|actor| actor.index == next);
                prop_assert!(
                    next.is_some_and(|next| ahead(next) > 0.0),
                    "{:?} is not {:?}",
                    next,
                    direction
                );
            }
            None => {
                for actor in actors.iter().filter(|actor| actor.index != from) {
                    let distance =
                        ((actor.x - origin.x).powi(2) + (actor.y - origin.y).powi(2)).sqrt();
                    prop_assert!(
                        ahead(actor) <= 1e-6 * distance.max(1e-9),
                        "{:?} was passed over",
                        actor
                    );
                }
            }
        }
    }
    Ok(())
}

/// One thing a reader does to the actor map.
#[derive(Clone, Debug)]
enum MapOp {
    /// Drag actor (a fraction along the list) to a point (fractions of the map, beyond its edges too).
    Drag(f64, f64, f64),
    /// Let a dragged actor go.
    LetGo(f64),
    /// Run at most this many ticks.
    Advance(usize),
    /// Resize the map to this width.
    Resize(f64),
}

fn map_op() -> impl Strategy<Value = MapOp> {
    prop_oneof![
        (0.0..1.0_f64, -0.2..1.2_f64, -0.2..1.2_f64).prop_map(|(a, x, y)| MapOp::Drag(a, x, y)),
        (0.0..1.0_f64).prop_map(MapOp::LetGo),
        (0..40_usize).prop_map(MapOp::Advance),
        any_width().prop_map(MapOp::Resize),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    /// 32 cases of up to 60 actors with random relations (self, repeated,
    /// dangling) and affiliations, at a width of 200 to 3000 px: the settled
    /// map is finite, inside its box, labels clear of nodes and each other;
    /// the arrow keys find an actor on the asked side or none.
    #[test]
    fn the_actor_map_lays_out_any_cast_32_cases(
        story in any_cast(60),
        width in any_width(),
    ) {
        let map = ActorMap::new(&story, MapOptions::for_width(width));
        let layout = map.layout();
        check_map(&layout, &story)?;
        for from in 0..=story.actors.len() {
            check_nearest(&layout.actors, from)?;
        }
    }

    /// 32 cases of up to 30 actors and up to 12 drags, releases, slices of
    /// ticks and resizes: every layout along the way is finite and inside its box.
    #[test]
    fn the_actor_map_survives_drags_and_resizes_32_cases(
        story in any_cast(30),
        width in any_width(),
        ops in prop::collection::vec(map_op(), 0..12),
    ) {
        let mut map = ActorMap::unsettled(&story, MapOptions::for_width(width));
        for op in &ops {
            let count = story.actors.len();
            let actor = |at: f64| ((at * count as f64) as usize).min(count.saturating_sub(1));
            match *op {
                MapOp::Drag(at, x, y) => {
                    let options = map.options().clone();
                    map.drag(actor(at), x * options.width, y * options.height);
                }
                MapOp::LetGo(at) => map.let_go(actor(at)),
                MapOp::Advance(ticks) => {
                    map.advance(ticks);
                }
                MapOp::Resize(width) => map.resize(MapOptions::for_width(width)),
            }
            let layout = map.layout();
            for actor in &layout.actors {
                prop_assert!(actor.x.is_finite() && actor.y.is_finite(), "{:?}", actor);
            }
        }
        map.settle();
        let layout = map.layout();
        for actor in &layout.actors {
            prop_assert!(actor.x.is_finite() && actor.y.is_finite(), "{:?}", actor);
        }
    }

    /// 32 cases of up to 20 actors in maps of arbitrary width (zero,
    /// negative, NaN, infinite): no panic, every actor at a finite place.
    #[test]
    fn the_actor_map_survives_arbitrary_widths_32_cases(
        story in any_cast(20),
        width in prop_oneof![any::<f64>(), Just(0.0), -500.0..200.0_f64],
    ) {
        let mut options = MapOptions::for_width(width);
        let map = ActorMap::new(&story, options.clone());
        for actor in &map.layout().actors {
            prop_assert!(actor.x.is_finite() && actor.y.is_finite(), "{:?}", actor);
        }
        options.char_width = -options.char_width;
        let map = ActorMap::new(&story, options);
        prop_assert_eq!(map.layout().actors.len(), story.actors.len());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// 12 casts of up to 150 actors at 320 to 1600 px: every actor has a
    /// label, at a finite place, clear of the others and inside the map,
    /// and the marks and labels span 60 % of its width or of its height.
    #[test]
    fn the_actor_map_labels_every_actor_and_fills_its_box_12_cases(
        story in any_cast(150),
        width in 320.0..1600.0_f64,
    ) {
        let layout = ActorMap::new(&story, MapOptions::for_width(width)).layout();
        check_map(&layout, &story)?;
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for actor in &layout.actors {
            let label = actor.label.as_ref();
            prop_assert!(label.is_some_and(|label| !label.text.is_empty()), "{:?}", actor);
            for (left, top, right, bottom) in [
                (actor.x - actor.radius, actor.y - actor.radius, actor.x + actor.radius, actor.y + actor.radius),
                label.map_or((actor.x, actor.y, actor.x, actor.y), |l| (l.x, l.y, l.x + l.width, l.y + l.height)),
            ] {
                (x0, y0, x1, y1) = (x0.min(left), y0.min(top), x1.max(right), y1.max(bottom));
            }
        }
        if !layout.actors.is_empty() {
            prop_assert!(
                (x1 - x0) >= 0.6 * layout.width || (y1 - y0) >= 0.6 * layout.height,
                "the actors span {:.0} x {:.0} px of a {:.0} x {:.0} px map",
                x1 - x0, y1 - y0, layout.width, layout.height
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Map zoom and pan, and the arrow keys

/// One thing a reader does to the map's view.
#[derive(Clone, Debug)]
enum ViewOp {
    Zoom(f64, f64, f64),
    Pan(f64, f64),
    Fit,
}

fn view_op() -> impl Strategy<Value = ViewOp> {
    prop_oneof![
        (
            prop_oneof![Just(1.5), Just(1.0 / 1.5), zoom_factor()],
            -0.2..1.2_f64,
            -0.2..1.2_f64
        )
            .prop_map(|(factor, x, y)| ViewOp::Zoom(factor, x, y)),
        (-5000.0..5000.0_f64, -5000.0..5000.0_f64).prop_map(|(dx, dy)| ViewOp::Pan(dx, dy)),
        Just(ViewOp::Fit),
    ]
}

/// What every map view must be: a zoom within bounds that never shows past the map's edges.
fn check_view(view: &MapView, (width, height): (f64, f64)) -> Result<(), TestCaseError> {
    prop_assert!(
        view.k.is_finite() && view.x.is_finite() && view.y.is_finite(),
        "{:?}",
        view
    );
    prop_assert!((1.0..=MAX_MAP_ZOOM).contains(&view.k), "{:?}", view);
    for (px, py) in [(0.0, 0.0), (width, height)] {
        let (mx, my) = view.invert(px, py);
        prop_assert!(
            mx >= -1e-6 && my >= -1e-6 && mx <= width + 1e-6 && my <= height + 1e-6,
            "{:?} shows past the map's edge at ({}, {})",
            view,
            mx,
            my
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// 256 cases of a map 200 to 3000 px wide and up to 30 zooms (buttons,
    /// wheel, pinch), pans and fits: the zoom stays within 1 to the maximum
    /// and the view never shows past the map's edges.
    #[test]
    fn the_map_view_never_shows_past_the_edges_256_cases(
        width in any_width(),
        ops in prop::collection::vec(view_op(), 1..30),
    ) {
        let options = MapOptions::for_width(width);
        let size = (options.width, options.height);
        let mut view = MapView::default();
        for op in &ops {
            view = match *op {
                ViewOp::Zoom(factor, x, y) => view.zoom(factor, x * size.0, y * size.1, size),
                ViewOp::Pan(dx, dy) => view.pan(dx, dy, size),
                ViewOp::Fit => MapView::default(),
            };
            check_view(&view, size)?;
        }
    }

    /// 256 cases of arbitrary numbers for factors, points, pans and sizes:
    /// no panic, and the zoom stays a finite number from 1 to the maximum.
    #[test]
    fn the_map_view_survives_arbitrary_numbers_256_cases(
        size in (any::<f64>(), any::<f64>()),
        ops in prop::collection::vec((any::<bool>(), any::<f64>(), any::<f64>(), any::<f64>()), 1..20),
    ) {
        let mut view = MapView::default();
        for &(zoom, a, b, c) in &ops {
            view = if zoom { view.zoom(a, b, c, size) } else { view.pan(a, b, size) };
            prop_assert!(view.k.is_finite() && (1.0..=MAX_MAP_ZOOM).contains(&view.k), "{:?}", view);
            prop_assert!(view.x.is_finite() && view.y.is_finite(), "{:?}", view);
        }
    }

    /// 256 cases of up to 60 actors at random places (many on one point,
    /// some at NaN), asked from every actor and one not drawn: the answer is
    /// another actor on the asked side, or none when there is none.
    #[test]
    fn the_arrow_keys_find_an_actor_on_that_side_256_cases(
        places in prop::collection::vec(
            prop_oneof![
                4 => (0.0..800.0_f64, 0.0..600.0_f64),
                2 => Just((400.0, 300.0)),
                1 => Just((f64::NAN, 300.0)),
            ],
            0..60,
        ),
        missing in 0..200_usize,
    ) {
        let actors: Vec<PlacedActor> = places
            .iter()
            .enumerate()
            .map(|(i, &(x, y))| PlacedActor { index: 2 * i, x, y, radius: 12.0, label: None })
            .collect();
        let finite: Vec<PlacedActor> = actors.iter().filter(|actor| actor.x.is_finite()).cloned().collect();
        for actor in &finite {
            check_nearest(&finite, actor.index)?;
        }
        check_nearest(&finite, 2 * missing + 1)?;
        for actor in &actors {
            for direction in [Direction::Up, Direction::Down, Direction::Left, Direction::Right] {
                let next = nearest_in_direction(&actors, actor.index, direction);
                prop_assert!(next != Some(actor.index));
            }
        }
    }
}

#[test]
fn single_day_month_and_year_stories_have_a_window() {
    for date in [
        StoryDate::year(-9999),
        StoryDate::month(9999, 12).expect("a real month"),
        StoryDate::day(2000, 2, 29).expect("a real day"),
    ] {
        let view = Viewport::around(date.first_day() as f64, date.end_day() as f64);
        check_window(&view, view.full).unwrap();
        assert!(view.span() >= 28.0, "a fortnight either side");
        let closest = view.zoom(1e9, 1.0);
        check_window(&closest, view.full).unwrap();
        assert!((closest.span() - MIN_SPAN_DAYS).abs() < 1e-6);
    }
}

// ---------------------------------------------------------------------------
// Hover intent: when a card previews under the pointer

fn any_sample() -> impl Strategy<Value = PointerSample> {
    (any::<f64>(), any::<f64>(), any::<f64>()).prop_map(|(time_ms, x, y)| PointerSample {
        time_ms,
        x,
        y,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any sequence of numbers, NaN and infinities included, is read without
    /// a panic, and a sample that is not a finite point in time never shows
    /// a card (256 cases).
    #[test]
    fn hover_intent_survives_arbitrary_numbers_256_cases(
        first in any_sample(),
        moves in prop::collection::vec(any_sample(), 0..40),
    ) {
        let mut intent = HoverIntent::enter(first);
        for sample in moves {
            let read = intent.moved(sample);
            if ![sample.x, sample.y, sample.time_ms].iter().all(|n| n.is_finite()) {
                prop_assert_eq!(read, Intent::Passing, "{:?}", sample);
            }
        }
    }

    /// A pointer moving at or above the reading speed, reported at any
    /// frame rate, never shows a card; one that holds still over at least a
    /// frame always does (256 cases).
    #[test]
    fn a_steady_sweep_never_reads_and_a_still_pointer_always_does_256_cases(
        speed in (SLOW_PX_PER_MS * 1.01)..20.0,
        angle in 0.0..std::f64::consts::TAU,
        frames in prop::collection::vec(1.0..40.0f64, 1..60),
        start in (-1e4..1e4f64, -1e4..1e4f64, 0.0..1e7f64),
    ) {
        let (x0, y0, t0) = start;
        let at = |t: f64| PointerSample {
            time_ms: t0 + t,
            x: x0 + speed * t * angle.cos(),
            y: y0 + speed * t * angle.sin(),
        };
        let mut sweep = HoverIntent::enter(at(0.0));
        let mut t = 0.0;
        for frame in &frames {
            t += frame;
            prop_assert_eq!(sweep.moved(at(t)), Intent::Passing);
        }
        let still = PointerSample { time_ms: t0 + t + MIN_SPAN_MS, ..at(t) };
        let mut rest = HoverIntent::enter(at(t));
        prop_assert_eq!(rest.moved(still), Intent::Read);
    }
}

// ---------------------------------------------------------------------------
// Generated stories

/// How many stories [`generated_stories`] draws: the e2e layer draws a
/// sample of the same generator's stories in the browser, these are the rest.
const GENERATED_STORIES: usize = 200;

/// Stories from the e2e layer's seeded story generator
/// (`tests/e2e/generate-story.mjs`), seeds 2000 on, read as the widget reads
/// them, so both layers check one generator's stories.
fn generated_stories() -> Vec<Story> {
    let script = format!(
        "const {{ generateStory }} = await import('./tests/e2e/generate-story.mjs');\n\
         console.log(JSON.stringify(Array.from({{ length: {GENERATED_STORIES} }}, (_, i) => generateStory(2000 + i))));"
    );
    let output = std::process::Command::new("node")
        .args(["--input-type=module", "-e", &script])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("node runs the story generator (scripts/setup.sh installs it)");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stories: Vec<serde_json::Value> =
        serde_json::from_slice(&output.stdout).expect("the generator writes JSON");
    stories
        .into_iter()
        .enumerate()
        .map(|(i, story)| {
            let checked = dateline::model::validate::parse_story(&story.to_string())
                .unwrap_or_else(|error| {
                    panic!("generated story {} is not read: {error:?}", 2000 + i)
                });
            assert!(
                checked.problems.is_empty(),
                "generated story {}: {:?}",
                2000 + i,
                checked.problems
            );
            checked.story
        })
        .collect()
}

/// A stand-in for the browser's measure of `text`: the estimate times a
/// factor from 0.55 to 1.05 that depends on the text, as a page's own font
/// draws some titles much narrower than estimated and a few a little wider.
fn drawn_width(estimate: f64, text: &str) -> f64 {
    let hash = text.bytes().fold(7_u32, |hash, byte| {
        hash.wrapping_mul(31).wrapping_add(u32::from(byte))
    });
    estimate * (0.55 + f64::from(hash % 51) / 100.0)
}

/// The timeline's promises at the story's opening window: those of every
/// layout ([`check_timeline`]), every dated event drawn as a mark or in a
/// cluster, a cluster only once the timeline has grown to its most rows,
/// and no title cut that would fit whole beside its mark.
fn check_story_timeline(
    model: &TimelineModel,
    width: f64,
    options: &TimelineOptions,
) -> Result<(), TestCaseError> {
    let Some(full) = model.full else {
        return Ok(());
    };
    let layout = model.layout(full.visible, width, options, false);
    let items = &model.items;
    let few = items.len() <= options.label_all_up_to;
    let lanes = if few {
        2 * items.len()
    } else {
        options.max_lanes
    };
    check_timeline(&layout, items, options, lanes.max(1))?;
    let placed = layout.events.len()
        + layout
            .clusters
            .iter()
            .map(|cluster| cluster.items.len())
            .sum::<usize>();
    prop_assert_eq!(
        placed,
        items.len(),
        "every dated event is drawn at the opening window"
    );
    if !layout.clusters.is_empty() {
        let rows = layout
            .events
            .iter()
            .map(|event| event.lane + 1 + usize::from(event.line_break.is_some()))
            .max();
        prop_assert_eq!(
            rows,
            Some(options.max_lanes),
            "events cluster before the timeline has all its rows"
        );
    }
    for event in &layout.events {
        let item = &items[event.index];
        let whole = item.label.chars().count();
        if event.shown_chars < whole && item.shown_chars == whole {
            let one_line = options.title_width(&item.label) * item.width_scale;
            let room = (width - event.x - event.width).max(event.x);
            prop_assert!(
                one_line + 12.0 + options.marker_size > room,
                "{:?} is cut with {:.0} px beside its mark, where {:.0} px would do",
                item.label,
                room,
                one_line
            );
        }
    }
    // In one band per actor, the same promises but the last two.
    let banded = model.layout(full.visible, width, options, true);
    let band_lanes = match (few, model.bands.labels.len()) {
        (true, _) => 2 * items.len(),
        (false, 0 | 1) => options.max_lanes,
        (false, _) => options.band_lanes,
    };
    check_timeline(&banded, items, options, band_lanes.max(1))?;
    Ok(())
}

/// 200 generated stories (1 to 300 events over days to millennia, BCE
/// included, dense bursts, 0 to 120 actors, names and titles in a dozen
/// scripts) at 320, 375, 768 and 1280 px, with titles and labels as
/// estimated and as a page's font might draw them: the timeline keeps its
/// promises ([`check_story_timeline`]) and the map its ([`check_map`]).
#[test]
fn generated_stories_keep_the_layouts_promises() {
    let options = TimelineOptions::default();
    for (i, story) in generated_stories().iter().enumerate() {
        let seed = 2000 + i;
        let estimated = TimelineModel::new(story, &options);
        let measured = estimated.clone().measured(
            |title| drawn_width(options.title_width(title), title),
            &options,
        );
        for width in [320.0, 375.0, 768.0, 1280.0] {
            for model in [&estimated, &measured] {
                check_story_timeline(model, width, &options)
                    .unwrap_or_else(|failure| panic!("story {seed} at {width} px: {failure}"));
            }
            // The map at a phone width and a desktop width, its labels measured.
            if width == 375.0 || width == 1280.0 {
                let map_options = MapOptions::for_width(width);
                let mut map = ActorMap::unsettled(story, map_options.clone());
                map.measure_labels(|label| drawn_width(map_options.label_width(label), label));
                map.settle();
                check_map(&map.layout(), story).unwrap_or_else(|failure| {
                    panic!("story {seed}'s map at {width} px: {failure}")
                });
            }
        }
    }
}
