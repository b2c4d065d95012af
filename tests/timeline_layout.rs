//! The horizontal timeline's geometry for real stories: every event placed,
//! nothing overlapping, ticks fit for the span, at widths from 320 to 1600 px.

use dateline::layout::{
    layout_timeline, TimelineItem, TimelineLayout, TimelineModel, TimelineOptions, Viewport,
};
use dateline::model::date::days_from_civil;
use dateline::model::{parse_story, Story};

const SEED: &str = include_str!("../static/stories/russia-taliban-2022.json");
const LARGE: &str = include_str!("fixtures/large.json");
const WIDTHS: [f64; 7] = [320.0, 375.0, 600.0, 768.0, 1024.0, 1280.0, 1600.0];

fn story(text: &str) -> Story {
    parse_story(text).expect("fixture is a story").story
}

fn items(story: &Story, options: &TimelineOptions) -> Vec<TimelineItem> {
    story
        .events_in_time_order()
        .into_iter()
        .filter_map(|event| TimelineItem::from_event(event, options))
        .collect()
}

fn fit(items: &[TimelineItem]) -> Viewport {
    let first = items
        .iter()
        .map(|item| item.start)
        .fold(f64::INFINITY, f64::min);
    let last = items
        .iter()
        .map(|item| item.end)
        .fold(f64::NEG_INFINITY, f64::max);
    Viewport::around(first, last)
}

/// Asserts that no two tick labels and no two events in one lane overlap.
fn assert_no_overlaps(layout: &TimelineLayout, items: &[TimelineItem], options: &TimelineOptions) {
    let labels: Vec<(f64, f64)> = layout
        .ticks
        .iter()
        .filter_map(|tick| {
            tick.label
                .as_ref()
                .map(|label| (tick.label_x, tick.label_x + options.label_width(label)))
        })
        .collect();
    for pair in labels.windows(2) {
        assert!(
            pair[0].1 <= pair[1].0,
            "tick labels overlap at width {}: {pair:?}",
            layout.width
        );
    }
    for &(start, end) in &labels {
        assert!(
            start >= 0.0 && end <= layout.width,
            "a tick label leaves the axis at width {}",
            layout.width
        );
    }
    let mut rows: Vec<f64> = layout.events.iter().map(|event| event.y).collect();
    rows.sort_by(f64::total_cmp);
    rows.dedup();
    for row in rows {
        let mut in_row: Vec<_> = layout
            .events
            .iter()
            .filter(|event| event.y == row)
            .collect();
        in_row.sort_by(|a, b| a.extent.0.total_cmp(&b.extent.0));
        for pair in in_row.windows(2) {
            assert!(
                pair[0].extent.1 + options.gap <= pair[1].extent.0 + 1e-9,
                "events overlap in the row at y {row} at width {}",
                layout.width
            );
        }
    }
    for event in &layout.events {
        let label_width = items[event.index].label_width(options);
        let (mark_start, mark_end) = if items[event.index].point {
            (
                event.x - options.marker_size / 2.0,
                event.x + options.marker_size / 2.0,
            )
        } else {
            (event.x, event.x + event.width)
        };
        assert!(
            event.extent.0 <= mark_start.min(event.label_x) + 1e-9
                && event.extent.1 + 1e-9 >= mark_end.max(event.label_x + label_width),
            "the extent covers mark and label"
        );
    }
}

#[test]
fn every_dated_seed_event_is_placed_without_overlaps_at_every_width() {
    let options = TimelineOptions::default();
    let items = items(&story(SEED), &options);
    assert_eq!(items.len(), 6);
    for width in WIDTHS {
        let layout = layout_timeline(&items, fit(&items).visible, width, &options);
        assert_no_overlaps(&layout, &items, &options);
        let placed = layout.events.len()
            + layout
                .clusters
                .iter()
                .map(|cluster| cluster.items.len())
                .sum::<usize>();
        assert_eq!(
            placed,
            items.len(),
            "every event is drawn or clustered at width {width}"
        );
        if width >= 600.0 {
            assert!(
                layout.clusters.is_empty(),
                "no seed event is clustered at width {width}"
            );
            for event in &layout.events {
                let label_end = event.label_x + items[event.index].label_width(&options);
                assert!(
                    event.label_x >= 0.0 && label_end <= width,
                    "a label is cut off at width {width}: {event:?}"
                );
            }
        }
    }
}

#[test]
fn month_and_interval_events_are_spans_and_days_are_points() {
    let options = TimelineOptions::default();
    let items = items(&story(SEED), &options);
    let layout = layout_timeline(&items, fit(&items).visible, 1280.0, &options);
    let by_label = |label: &str| {
        let index = items
            .iter()
            .position(|item| item.label.starts_with(label))
            .expect("item exists");
        layout
            .events
            .iter()
            .find(|event| event.index == index)
            .expect("item is placed")
    };
    assert!(
        by_label("Russia accredits").width > 20.0,
        "March 2022 spans the month"
    );
    assert_eq!(
        by_label("Gharwal takes over").width,
        0.0,
        "9 April 2022 is a point"
    );
    let month = by_label("Russia accredits");
    let interval = by_label("Washington condemns");
    assert!(
        interval.width > month.width,
        "March to 18 April is longer than March"
    );
}

#[test]
fn a_large_story_stays_legible_at_every_width() {
    let options = TimelineOptions::default();
    let items = items(&story(LARGE), &options);
    for width in WIDTHS {
        let layout = layout_timeline(&items, fit(&items).visible, width, &options);
        assert_no_overlaps(&layout, &items, &options);
        assert!(
            layout.events.len() <= options.max_lanes * (width / 20.0) as usize,
            "{} marks at width {width}",
            layout.events.len()
        );
        let clustered: usize = layout
            .clusters
            .iter()
            .map(|cluster| cluster.items.len())
            .sum();
        assert_eq!(
            layout.events.len() + clustered,
            items.len(),
            "nothing is lost at width {width}"
        );
        assert!(layout.clusters.len() <= (width / options.cluster_width) as usize + 1);
    }
}

#[test]
fn zooming_in_culls_what_is_off_screen() {
    let options = TimelineOptions::default();
    let items = items(&story(LARGE), &options);
    let view = fit(&items).zoom(200.0, 0.5);
    let layout = layout_timeline(&items, view.visible, 1280.0, &options);
    let shown = layout.events.len()
        + layout
            .clusters
            .iter()
            .map(|cluster| cluster.items.len())
            .sum::<usize>();
    assert!(
        shown < items.len() / 10,
        "{shown} of {} drawn after zooming in",
        items.len()
    );
    for event in &layout.events {
        assert!(event.extent.1 >= 0.0 && event.extent.0 <= 1280.0);
    }
}

#[test]
fn tick_labels_follow_the_span_from_days_to_centuries() {
    let options = TimelineOptions::default();
    let day = |y, m, d| days_from_civil(y, m, d) as f64;
    let labels = |visible: (f64, f64)| -> Vec<String> {
        layout_timeline(&[], visible, 1280.0, &options)
            .ticks
            .into_iter()
            .filter_map(|tick| tick.label)
            .collect()
    };
    let days = labels((day(2022, 4, 7), day(2022, 4, 12)));
    assert!(days.contains(&"9 Apr".to_owned()), "{days:?}");
    let months = labels((day(2021, 8, 1), day(2022, 5, 1)));
    assert!(
        months.contains(&"Jan 2022".to_owned()) && months.contains(&"Mar".to_owned()),
        "{months:?}"
    );
    let decades = labels((day(1900, 1, 1), day(2025, 1, 1)));
    assert!(decades.contains(&"1960".to_owned()), "{decades:?}");
    let ancient = labels((day(-500, 1, 1), day(200, 1, 1)));
    assert!(
        ancient.iter().any(|label| label.ends_with("BCE")) && !ancient.contains(&"0".to_owned()),
        "{ancient:?}"
    );
}

#[test]
fn labels_never_overlap_whatever_the_zoom() {
    let options = TimelineOptions::default();
    let items = items(&story(SEED), &options);
    let mut view = fit(&items);
    for step in 0..12 {
        for width in WIDTHS {
            let layout = layout_timeline(&items, view.visible, width, &options);
            assert_no_overlaps(&layout, &items, &options);
        }
        view = view.zoom(1.8, (step % 3) as f64 / 2.0);
    }
}

#[test]
fn lanes_per_actor_put_each_event_in_its_lead_actors_band() {
    let options = TimelineOptions::default();
    let story = story(SEED);
    let model = TimelineModel::new(&story, &options);
    let dated = story.events_in_time_order();
    // The bands the widget draws: the lead actors' display names, in story order.
    let leads: Vec<String> = story
        .actors
        .iter()
        .filter(|actor| {
            dated
                .iter()
                .any(|event| event.actors.first() == Some(&actor.id))
        })
        .map(|actor| actor.display_name().to_owned())
        .collect();
    assert_eq!(
        model.bands.labels[..leads.len()],
        leads.iter().cloned().map(Some).collect::<Vec<_>>()[..]
    );
    for (event, &band) in dated.iter().zip(&model.bands.band_of) {
        let lead = event.actors.first().and_then(|id| story.actor(id));
        assert_eq!(
            model.bands.labels[band].as_deref(),
            Some(lead.map_or("No actor named", |actor| actor.display_name())),
            "{} is in its lead actor's band",
            event.id
        );
    }
    let full = model.full.expect("the seed story has dated events");
    for width in WIDTHS.into_iter().filter(|&width| width >= 600.0) {
        let layout = model.layout(full.visible, width, &options, true);
        assert_eq!(layout.bands.len(), leads.len(), "one band per lead actor");
        for pair in layout.bands.windows(2) {
            assert!(
                pair[0].top + pair[0].height <= pair[1].top + 1e-9,
                "bands overlap"
            );
        }
        let placed = layout.events.len()
            + layout
                .clusters
                .iter()
                .map(|cluster| cluster.items.len())
                .sum::<usize>();
        assert_eq!(placed, model.items.len());
        for event in &layout.events {
            let label = &model.bands.labels[model.bands.band_of[event.index]];
            let band = layout
                .bands
                .iter()
                .find(|band| &band.label == label)
                .expect("the event's band is drawn");
            assert!(
                event.y > band.top && event.y < band.top + band.height,
                "event {} is outside its band",
                event.index
            );
        }
        assert_no_overlaps(&layout, &model.items, &options);
    }
}

#[test]
fn the_window_for_a_keyboard_move_draws_the_event_as_a_mark() {
    let options = TimelineOptions::default();
    let story = story(LARGE);
    let model = TimelineModel::new(&story, &options);
    let full = model.full.expect("the large story has dated events");
    for width in [640.0, 1280.0] {
        let clustered: Vec<usize> = model
            .layout(full.visible, width, &options, false)
            .clusters
            .iter()
            .flat_map(|cluster| cluster.items.clone())
            .take(5)
            .collect();
        assert!(!clustered.is_empty(), "at fit some events are in clusters");
        for index in clustered {
            let view = model.window_showing(&full, index, width, &options, false);
            let layout = model.layout(view.visible, width, &options, false);
            let item = &model.items[index];
            assert!(
                view.visible.0 <= item.start && item.end <= view.visible.1,
                "event {index} is on screen at {width} px"
            );
            assert!(
                layout.events.iter().any(|placed| placed.index == index) || !view.can_zoom_in(),
                "event {index} is drawn as a mark at {width} px, or the axis is zoomed in all the way"
            );
        }
    }
    assert_eq!(
        model.window_showing(&full, usize::MAX, 1280.0, &options, false),
        full,
        "an index past the end leaves the window as it is"
    );
}
