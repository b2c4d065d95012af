//! The time axis gives the story's time the room: long empty stretches are
//! compressed into axis breaks with a true scale on each side, ticks keep to
//! the stretches they belong to, pan and zoom work across breaks, and time
//! can run right to left. Real stories, then properties checked with
//! proptest (each property's case count is in its doc comment).
#![cfg(not(target_arch = "wasm32"))]

use dateline_engine::layout::time_warp::{TimeWarp, BREAK_LENGTH_SHARE, MAX_BREAKS};
use dateline_engine::layout::viewport::{DAY_LIMIT, MIN_SPAN_DAYS};
use dateline_engine::layout::{
    TimeScale, TimelineLayout, TimelineModel, TimelineOptions, Viewport,
};
use dateline_engine::model::date::days_from_civil;
use dateline_engine::model::{parse_story, Story};
use proptest::prelude::*;

const PORT_STRIKE: &str = include_str!("fixtures/port-strike-axis.json");
const SEED: &str = include_str!("../static/stories/russia-taliban-2022.json");
const DECADES: &str = include_str!("fixtures/decades.json");
const LARGE: &str = include_str!("fixtures/large.json");

fn story(text: &str) -> Story {
    parse_story(text).expect("fixture is a story").story
}

fn day(year: i32, month: u8, date: u8) -> f64 {
    days_from_civil(year, month, date) as f64
}

/// The layout the widget opens on, `width` CSS px wide.
fn opening(model: &TimelineModel, width: f64, options: &TimelineOptions) -> TimelineLayout {
    let full = model.full.expect("the story has dated events");
    model.layout(full.visible, width, options, false)
}

/// Left and right edges, in CSS px, of the marks of the events starting on or after `from`.
fn reach_of_events_from(model: &TimelineModel, layout: &TimelineLayout, from: f64) -> (f64, f64) {
    model
        .items
        .iter()
        .filter(|item| item.start >= from)
        .map(|item| layout.scale.extent(item.start, item.end))
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), (l, r)| {
            (a.min(l), b.max(r))
        })
}

// ---------------------------------------------------------------------------
// Real stories

#[test]
fn one_background_event_no_longer_squashes_the_port_strike() {
    let options = TimelineOptions::default();
    let model = TimelineModel::new(&story(PORT_STRIKE), &options);
    let [gap] = model.warp.breaks() else {
        panic!("one break: {:?}", model.warp);
    };
    // The April 1989 event keeps some room beside it; the story resumes in March 2019.
    let (first, last) = gap.period();
    assert_eq!(
        dateline_engine::i18n::Locale::new("en").span(&first, &last),
        "June 1989 to December 2018"
    );
    let width = 1280.0;
    let layout = opening(&model, width, &options);
    let (left, right) = reach_of_events_from(&model, &layout, day(2019, 1, 1));
    let share = (right - left) / width;
    assert!(
        share > 0.75,
        "the eleven events of 2019 to 2024 get {share:.2} of the axis"
    );

    // Before: the same story on a plain linear axis.
    let first = model.items[0].start;
    let last = model
        .items
        .iter()
        .map(|item| item.end)
        .fold(first, f64::max);
    let plain = dateline_engine::layout::layout_timeline(
        &model.items,
        Viewport::around(first, last).visible,
        width,
        &options,
    );
    let (left, right) = reach_of_events_from(&model, &plain, day(2019, 1, 1));
    assert!(
        (right - left) / width < 0.2,
        "on a plain axis they got the right eighth or so"
    );

    // The break is drawn a fixed share of the axis wide, with ticks either side and none inside.
    let [on_axis] = layout.scale.breaks_on_axis()[..] else {
        panic!("the break is on the axis");
    };
    let drawn = (on_axis.right - on_axis.left) / width;
    assert!(
        (0.02..0.08).contains(&drawn),
        "the break is {drawn:.3} of the axis"
    );
    let labelled: Vec<f64> = layout
        .ticks
        .iter()
        .filter(|tick| tick.label.is_some())
        .map(|tick| tick.x)
        .collect();
    assert!(
        labelled.iter().any(|&x| x < on_axis.left),
        "a labelled tick before the break"
    );
    assert!(
        labelled.iter().any(|&x| x >= on_axis.right - 1e-9),
        "a labelled tick after the break"
    );
    for tick in &layout.ticks {
        assert!(
            tick.x <= on_axis.left || tick.x >= on_axis.right - 1e-9,
            "a tick inside the break at {}",
            tick.x
        );
    }
    assert_tick_labels_apart(&layout, &options);
}

#[test]
fn each_side_of_the_break_is_labelled_at_every_width_either_way_round() {
    let options = TimelineOptions::default();
    let model = TimelineModel::new(&story(PORT_STRIKE), &options);
    for width in [600.0, 700.0, 768.0, 1024.0, 1280.0, 1600.0] {
        for right_to_left in [false, true] {
            let options = options.clone().right_to_left(right_to_left);
            let layout = opening(&model, width, &options);
            let [on_axis] = layout.scale.breaks_on_axis()[..] else {
                panic!("the break is on the axis at {width} px");
            };
            let labelled = |side: &dyn Fn(f64) -> bool| {
                layout
                    .ticks
                    .iter()
                    .any(|tick| tick.label.is_some() && side(tick.x))
            };
            assert!(
                labelled(&|x| x <= on_axis.left + 1e-9),
                "a labelled tick left of the break at {width} px (right to left: {right_to_left})"
            );
            assert!(
                labelled(&|x| x >= on_axis.right - 1e-9),
                "a labelled tick right of the break at {width} px (right to left: {right_to_left})"
            );
            assert_tick_labels_apart(&layout, &options);
        }
    }
}

#[test]
fn stories_without_long_empty_stretches_keep_a_plain_axis() {
    let options = TimelineOptions::default();
    for (name, text) in [("seed", SEED), ("decades", DECADES), ("large", LARGE)] {
        let model = TimelineModel::new(&story(text), &options);
        assert!(model.warp.is_identity(), "{name}: {:?}", model.warp);
        let full = model.full.expect("dated events");
        let first = model
            .items
            .iter()
            .map(|item| item.start)
            .fold(f64::INFINITY, f64::min);
        let last = model
            .items
            .iter()
            .map(|item| item.end)
            .fold(f64::NEG_INFINITY, f64::max);
        assert_eq!(
            full,
            Viewport::around(first, last),
            "{name}: the window is in days"
        );
    }
}

#[test]
fn the_vertical_list_shows_the_break_before_the_first_event_after_it() {
    let options = TimelineOptions::default();
    let model = TimelineModel::new(&story(PORT_STRIKE), &options);
    let [(next, gap)] = model.breaks_before_events()[..] else {
        panic!("one break in the list: {:?}", model.breaks_before_events());
    };
    assert_eq!(gap, model.warp.breaks()[0]);
    assert!(model.items[next - 1].end <= gap.start && gap.end <= model.items[next].start);
    assert!(
        model.items[next].start >= day(2019, 1, 1),
        "the story resumes after the break"
    );
    for text in [SEED, DECADES, LARGE] {
        let model = TimelineModel::new(&story(text), &options);
        assert!(model.breaks_before_events().is_empty());
    }
}

#[test]
fn the_break_is_as_wide_as_a_share_of_the_kept_time() {
    let options = TimelineOptions::default();
    let model = TimelineModel::new(&story(PORT_STRIKE), &options);
    let gap = model.warp.breaks()[0];
    let first = model.items[0].start;
    let last = model
        .items
        .iter()
        .map(|item| item.end)
        .fold(first, f64::max);
    let kept = last - first - gap.days();
    assert!(gap.axis_length <= kept * BREAK_LENGTH_SHARE + 1e-9);
    assert!(gap.axis_length >= kept * BREAK_LENGTH_SHARE * 0.5);
}

#[test]
fn every_port_strike_event_can_be_reached_by_keyboard_across_the_break() {
    let options = TimelineOptions::default();
    let model = TimelineModel::new(&story(PORT_STRIKE), &options);
    let full = model.full.expect("dated events");
    for width in [640.0, 1280.0] {
        let mut view = full;
        for index in (0..model.items.len()).chain((0..model.items.len()).rev()) {
            view = model.window_showing(&view, index, width, &options, false);
            let layout = model.layout(view.visible, width, &options, false);
            assert!(
                layout.events.iter().any(|placed| placed.index == index) || !view.can_zoom_in(),
                "event {index} is drawn as a mark at {width} px"
            );
        }
    }
}

#[test]
fn pan_and_zoom_cross_the_break() {
    let options = TimelineOptions::default();
    let model = TimelineModel::new(&story(PORT_STRIKE), &options);
    let full = model.full.expect("dated events");
    let width = 1280.0;
    // Zoom in on the 1989 event, then drag later across the break.
    let mut view = full.zoom(16.0, 0.0);
    let before = model.layout(view.visible, width, &options, false);
    assert!(before.scale.visible_days().1 < day(2019, 1, 1));
    for _ in 0..40 {
        let layout = model.layout(view.visible, width, &options, false);
        view = view.pan(layout.scale.pan_for_drag(-100.0));
    }
    let after = model.layout(view.visible, width, &options, false);
    assert!(after.scale.visible_days().0 > day(2019, 1, 1), "{view:?}");
    assert!(!after.events.is_empty());
}

#[test]
fn right_to_left_mirrors_the_axis() {
    let options = TimelineOptions::default();
    let mirrored = options.clone().right_to_left(true);
    let model = TimelineModel::new(&story(PORT_STRIKE), &options);
    for width in [640.0, 1280.0] {
        let ltr = opening(&model, width, &options);
        let rtl = opening(&model, width, &mirrored);
        assert!(rtl.scale.is_right_to_left());
        for item in &model.items {
            let (l, r) = (ltr.scale.map(item.start), rtl.scale.map(item.start));
            assert!((l + r - width).abs() < 1e-6, "{} is mirrored", item.label);
        }
        assert!(
            rtl.ticks.windows(2).all(|pair| pair[0].x < pair[1].x),
            "ticks come left to right"
        );
        let first = rtl.ticks.first().expect("ticks");
        let last = rtl.ticks.last().expect("ticks");
        assert!(
            rtl.scale.invert(first.x) > rtl.scale.invert(last.x),
            "later days on the left"
        );
        assert_tick_labels_apart(&rtl, &mirrored);
        let [on_axis] = rtl.scale.breaks_on_axis()[..] else {
            panic!("the break is on the axis");
        };
        let [plain] = ltr.scale.breaks_on_axis()[..] else {
            panic!("the break is on the axis");
        };
        assert!((on_axis.left - (width - plain.right)).abs() < 1e-6);
    }
}

#[test]
fn a_drag_follows_the_finger_both_ways() {
    let options = TimelineOptions::default();
    let model = TimelineModel::new(&story(PORT_STRIKE), &options);
    let full = model.full.expect("dated events");
    for right_to_left in [false, true] {
        let options = options.clone().right_to_left(right_to_left);
        let view = full.zoom(4.0, 0.5);
        let layout = model.layout(view.visible, 1280.0, &options, false);
        let (x, dx) = (500.0, 120.0);
        let under = layout.scale.invert(x);
        let moved = view.pan(layout.scale.pan_for_drag(dx));
        let after = model.layout(moved.visible, 1280.0, &options, false);
        assert!(
            (after.scale.invert(x + dx) - under).abs() < 1e-6,
            "the day under the finger stays under it (right to left: {right_to_left})"
        );
    }
}

/// Asserts that tick labels keep apart and inside the axis.
fn assert_tick_labels_apart(layout: &TimelineLayout, options: &TimelineOptions) {
    let mut last_end = f64::NEG_INFINITY;
    for tick in &layout.ticks {
        if let Some(label) = &tick.label {
            assert!(
                tick.label_x >= last_end,
                "tick labels overlap at {}",
                tick.label_x
            );
            assert!(
                tick.label_x >= 0.0
                    && tick.label_x + options.axis_label_width(*label) <= layout.width
            );
            last_end = tick.label_x + options.axis_label_width(*label);
        }
    }
}

// ---------------------------------------------------------------------------
// Properties

/// A calendar day between the years -9999 and 9999, as a day number.
fn any_day() -> impl Strategy<Value = f64> {
    (-9999..=9999_i32, 1..=12_u8, 1..=28_u8).prop_map(|(y, m, d)| day(y, m, d))
}

/// Container widths in CSS px, phone to wide desktop.
fn any_width() -> impl Strategy<Value = f64> {
    200.0..3000.0_f64
}

/// A story's events as (first day, day after the last): a dense cluster
/// somewhere, and a few outliers anywhere, so that some stories get breaks.
fn any_spans() -> impl Strategy<Value = Vec<(f64, f64)>> {
    (
        any_day(),
        prop::collection::vec((0.0..2000.0_f64, 1.0..400.0_f64), 2..30),
        prop::collection::vec((any_day(), 1.0..800.0_f64), 0..4),
    )
        .prop_map(|(centre, cluster, outliers)| {
            cluster
                .into_iter()
                .map(|(offset, length)| {
                    (
                        centre + offset.floor(),
                        centre + offset.floor() + length.floor(),
                    )
                })
                .chain(
                    outliers
                        .into_iter()
                        .map(|(start, length)| (start, start + length.floor())),
                )
                .collect()
        })
}

/// A warp with up to [`MAX_BREAKS`] random breaks between the years -9999 and 9999.
fn any_warp() -> impl Strategy<Value = TimeWarp> {
    (
        prop::collection::vec(any_day(), 0..2 * MAX_BREAKS),
        prop_oneof![1.0..1000.0_f64, Just(f64::NAN), Just(0.0)],
    )
        .prop_map(|(mut days, length)| {
            days.sort_by(f64::total_cmp);
            days.dedup();
            let stretches: Vec<(f64, f64)> = days
                .chunks_exact(2)
                .map(|pair| (pair[0], pair[1]))
                .collect();
            TimeWarp::with_breaks(&stretches, length)
        })
}

/// What every warp must be: breaks in order, apart, each shorter on the axis than in time.
fn check_warp(warp: &TimeWarp) -> Result<(), TestCaseError> {
    prop_assert!(warp.breaks().len() <= MAX_BREAKS);
    for gap in warp.breaks() {
        prop_assert!(gap.start.is_finite() && gap.days() >= 1.0, "{:?}", gap);
        prop_assert!(
            gap.axis_length > 0.0 && gap.axis_length < gap.days(),
            "{:?}",
            gap
        );
        prop_assert!(
            (warp.to_axis(gap.start) - gap.axis_start).abs() <= 1e-6 * (1.0 + gap.start.abs())
        );
    }
    for pair in warp.breaks().windows(2) {
        prop_assert!(pair[0].end <= pair[1].start, "{:?}", pair);
        prop_assert!(pair[0].axis_end() <= pair[1].axis_start, "{:?}", pair);
    }
    Ok(())
}

/// Closeness of a day that went to the axis and back, for numbers of
/// about `magnitude` (and the breaks' own): rounding, scaled inside a break
/// by how much it compresses.
fn round_trip_tolerance(warp: &TimeWarp, magnitude: f64) -> f64 {
    let squeeze = warp
        .breaks()
        .iter()
        .map(|gap| gap.days() / gap.axis_length)
        .fold(1.0, f64::max);
    let edges = warp
        .breaks()
        .iter()
        .map(|gap| gap.start.abs() + gap.end.abs())
        .fold(0.0, f64::max);
    1e-14 * (1.0 + magnitude + edges) * squeeze
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// 256 stories of a cluster of 2 to 30 events and up to 4 outliers from
    /// the year -9999 to 9999: the warp's breaks are valid and only where no
    /// event is; days map to strictly increasing axis days and back.
    #[test]
    fn the_story_warp_is_monotonic_invertible_and_misses_every_event_256_cases(
        spans in any_spans(),
        mut probes in prop::collection::vec(any_day(), 2..20),
    ) {
        let warp = TimeWarp::for_spans(spans.iter().copied());
        check_warp(&warp)?;
        for gap in warp.breaks() {
            for &(start, end) in &spans {
                prop_assert!(end <= gap.start || start >= gap.end, "{:?} compresses {}..{}", gap, start, end);
            }
        }
        probes.extend(spans.iter().flat_map(|&(start, end)| [start, end]));
        probes.extend(warp.breaks().iter().flat_map(|gap| [gap.start - 1.0, gap.start, gap.end, gap.end + 1.0]));
        probes.sort_by(f64::total_cmp);
        probes.dedup();
        let axis: Vec<f64> = probes.iter().map(|&day| warp.to_axis(day)).collect();
        prop_assert!(axis.windows(2).all(|pair| pair[0] < pair[1]), "not strictly increasing: {:?}", axis);
        for (&day, &a) in probes.iter().zip(&axis) {
            let back = warp.to_day(a);
            prop_assert!((back - day).abs() <= round_trip_tolerance(&warp, day.abs()), "{} came back as {}", day, back);
        }
    }

    /// 256 cases of a random warp, a window and a width of 200 to 3000 px,
    /// either way round: the scale maps distinct days to strictly
    /// monotonic, finite x (increasing left to right, decreasing right to
    /// left), inverts them, and ticks come left to right outside every break.
    #[test]
    fn the_warped_scale_is_strictly_monotonic_and_invertible_256_cases(
        warp in any_warp(),
        window in (any_day(), any_day()),
        width in any_width(),
        right_to_left in any::<bool>(),
        mut days in prop::collection::vec(any_day(), 2..16),
    ) {
        check_warp(&warp)?;
        let (a, b) = (warp.to_axis(window.0.min(window.1)), warp.to_axis(window.0.max(window.1)));
        let scale = TimeScale::new((a, b), (16.0, width - 16.0)).time_warp(warp).right_to_left(right_to_left);
        days.sort_by(f64::total_cmp);
        days.dedup();
        let xs: Vec<f64> = days.iter().map(|&day| scale.map(day)).collect();
        prop_assert!(xs.iter().all(|x| x.is_finite()), "{:?}", xs);
        let ordered = |pair: &[f64]| if right_to_left { pair[0] > pair[1] } else { pair[0] < pair[1] };
        prop_assert!(xs.windows(2).all(ordered), "not strictly monotonic: {:?}", xs);
        for (&day, &x) in days.iter().zip(&xs) {
            let back = scale.invert(x);
            let magnitude = day.abs() + a.abs() + b.abs();
            prop_assert!((back - day).abs() <= round_trip_tolerance(&warp, magnitude), "{} came back as {}", day, back);
        }
        let ticks = scale.ticks(((width - 32.0) / 110.0).max(1.0) as usize);
        prop_assert!(ticks.len() <= dateline_engine::layout::ticks::MAX_TICKS);
        let tick_xs: Vec<f64> = ticks.iter().map(|tick| scale.map(tick.day as f64)).collect();
        prop_assert!(tick_xs.windows(2).all(|pair| pair[0] < pair[1]), "ticks not left to right: {:?}", tick_xs);
        for tick in &ticks {
            let day = tick.day as f64;
            prop_assert!(warp.breaks().iter().all(|gap| day < gap.start || day >= gap.end), "tick {:?} in a break", tick.label);
        }
    }

    /// 128 stories with breaks, a width of 200 to 3000 px, either way round,
    /// and up to 30 drags, zooms, reveals and fits as the widget does them:
    /// the window stays inside the story, every layout is finite with its
    /// events in lanes, a drag keeps the day under the finger where the
    /// window could move the whole way, and no tick label collides.
    #[test]
    fn pan_and_zoom_work_across_breaks_128_cases(
        spans in any_spans(),
        width in any_width(),
        right_to_left in any::<bool>(),
        ops in prop::collection::vec((0..4_u8, -3000.0..3000.0_f64, 0.01..100.0_f64, 0.0..1.0_f64), 1..30),
    ) {
        let warp = TimeWarp::for_spans(spans.iter().copied());
        let options = TimelineOptions::default().time_warp(warp).right_to_left(right_to_left);
        let first = spans.iter().map(|span| span.0).fold(f64::INFINITY, f64::min);
        let last = spans.iter().map(|span| span.1).fold(f64::NEG_INFINITY, f64::max);
        let fitted = Viewport::around(warp.to_axis(first), warp.to_axis(last));
        let mut view = fitted;
        for &(kind, px, factor, at) in &ops {
            let layout = dateline_engine::layout::layout_timeline(&[], view.visible, width, &options);
            let scale = layout.scale;
            view = match kind {
                0 => {
                    let x = scale.range.0.min(scale.range.1) + at * (width - 32.0);
                    let under = scale.invert_axis(x);
                    let pan = scale.pan_for_drag(px);
                    let next = view.pan(pan);
                    if (next.visible.0 - (view.visible.0 + pan)).abs() < 1e-9 * (1.0 + pan.abs()) {
                        let after = TimeScale { domain: next.visible, ..scale };
                        prop_assert!((after.invert_axis(x + px) - under).abs() <= 1e-6 * (1.0 + under.abs()), "the drag lost the finger");
                    }
                    next
                }
                1 => view.zoom(factor, scale.fraction(scale.range.0 + at * (scale.range.1 - scale.range.0))),
                2 => {
                    let (start, end) = spans[(at * spans.len() as f64) as usize % spans.len()];
                    view.reveal(warp.to_axis(start), warp.to_axis(end))
                }
                _ => fitted,
            };
            let (a, b) = view.visible;
            prop_assert!(a >= fitted.full.0 && b <= fitted.full.1 && b - a > 0.0, "{:?}", view);
            prop_assert!(view.span() >= MIN_SPAN_DAYS.min(fitted.full.1 - fitted.full.0) - 1e-6);
        }
        prop_assert!(view.full.0.abs() <= DAY_LIMIT + 1.0);
        let items: Vec<dateline_engine::layout::TimelineItem> = {
            let mut spans = spans.clone();
            spans.sort_by(|a, b| a.0.total_cmp(&b.0));
            spans.iter().map(|&(start, end)| dateline_engine::layout::TimelineItem {
                start,
                end,
                point: end - start <= 1.0,
                label: "Talks resume".to_owned(),
                shown_chars: 12,
                width_scale: 1.0,
            }).collect()
        };
        let layout = dateline_engine::layout::layout_timeline(&items, view.visible, width, &options);
        for event in &layout.events {
            prop_assert!(event.x.is_finite() && event.y.is_finite());
        }
        prop_assert!(layout.ticks.windows(2).all(|pair| pair[0].x < pair[1].x), "ticks out of order");
        let mut last_end = f64::NEG_INFINITY;
        for tick in &layout.ticks {
            if let Some(label) = &tick.label {
                prop_assert!(tick.label_x >= last_end, "tick labels collide");
                last_end = tick.label_x + options.axis_label_width(*label);
            }
        }
    }

    /// 128 stories of 3 to 30 events over one to five years and one event
    /// 30 to 2,000 years before or after them: the empty stretch is one
    /// break, and at fit the story's own events span at least 70 % of a
    /// 1280 px axis, either way round.
    #[test]
    fn one_far_event_leaves_the_story_most_of_the_axis_128_cases(
        start in any_day(),
        length in 365.0..1826.0_f64,
        offsets in prop::collection::vec(0.0..1.0_f64, 1..28),
        years_away in 30.0..2000.0_f64,
        before in any::<bool>(),
        right_to_left in any::<bool>(),
    ) {
        let length = length.floor();
        let mut cluster: Vec<(f64, f64)> = offsets
            .iter()
            .map(|offset| (start + (offset * length).floor(), start + (offset * length).floor() + 1.0))
            .chain([(start, start + 1.0), (start + length, start + length + 1.0)])
            .collect();
        let away = (years_away * 365.25).floor();
        let far = if before { start - away } else { start + length + away };
        let mut spans = cluster.clone();
        spans.push((far, far + 1.0));
        let warp = TimeWarp::for_spans(spans.iter().copied());
        prop_assert_eq!(warp.breaks().len(), 1, "{:?}", warp);
        let options = TimelineOptions::default().time_warp(warp).right_to_left(right_to_left);
        let first = spans.iter().map(|span| span.0).fold(f64::INFINITY, f64::min);
        let last = spans.iter().map(|span| span.1).fold(f64::NEG_INFINITY, f64::max);
        let full = Viewport::around(warp.to_axis(first), warp.to_axis(last));
        let layout = dateline_engine::layout::layout_timeline(&[], full.visible, 1280.0, &options);
        cluster.sort_by(|a, b| a.0.total_cmp(&b.0));
        let (left, right) = cluster
            .iter()
            .map(|&(start, end)| layout.scale.extent(start, end))
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), (l, r)| (a.min(l), b.max(r)));
        let share = (right - left) / 1280.0;
        prop_assert!(share >= 0.7, "the story's events span {:.2} of the axis ({:?})", share, warp);
    }

    /// 256 cases of arbitrary numbers (NaN, infinities, huge) for spans,
    /// days and axis days: no panic, and finite in, finite out.
    #[test]
    fn the_warp_survives_arbitrary_numbers_256_cases(
        spans in prop::collection::vec((any::<f64>(), any::<f64>()), 0..12),
        stretches in prop::collection::vec((any::<f64>(), any::<f64>()), 0..6),
        length in any::<f64>(),
        probe in any::<f64>(),
    ) {
        for warp in [TimeWarp::for_spans(spans), TimeWarp::with_breaks(&stretches, length)] {
            check_warp(&warp)?;
            let (axis, day) = (warp.to_axis(probe), warp.to_day(probe));
            if probe.is_finite() {
                prop_assert!(axis.is_finite() && day.is_finite());
            }
            for gap in warp.breaks() {
                let (first, last) = gap.period();
                prop_assert!(first <= last, "{:?}", gap);
            }
            let _ = warp.kept_stretches(probe, -probe);
        }
    }
}
