//! The horizontal timeline's geometry for real and generated stories: every
//! event placed, every title whole where there is room, nothing overlapping,
//! ticks fit for the span, at widths from 320 to 1600 px.

use dateline_engine::layout::timeline::{BandLabel, LabelSide};
use dateline_engine::layout::{
    layout_timeline, PlacedEvent, TimelineItem, TimelineLayout, TimelineModel, TimelineOptions,
    Viewport,
};
use dateline_engine::model::date::days_from_civil;
use dateline_engine::model::{parse_story, Story};

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

/// Left and right edges of an event's mark, in CSS px.
fn mark_edges(event: &PlacedEvent, item: &TimelineItem, options: &TimelineOptions) -> (f64, f64) {
    if item.point {
        (
            event.x - options.marker_size / 2.0,
            event.x + options.marker_size / 2.0,
        )
    } else {
        (event.x, event.x + event.width)
    }
}

/// What each event takes on screen, as `(row y, left, right)` boxes: its
/// mark with its title's first line, and its title's second line in the row
/// below; and each cluster's mark.
fn boxes(layout: &TimelineLayout, options: &TimelineOptions) -> Vec<(f64, f64, f64, String)> {
    let mut boxes = Vec::new();
    for event in &layout.events {
        let name = format!("event {}", event.index);
        boxes.push((event.y, event.extent.0, event.extent.1, name.clone()));
        if event.line_break.is_some() {
            boxes.push((
                event.y + options.lane_height,
                event.label_x,
                event.label_end(),
                name + " (second line)",
            ));
        }
    }
    // A cluster's mark is a 32 px pill; clusters sit side by side.
    for cluster in &layout.clusters {
        boxes.push((
            cluster.y,
            cluster.x - 16.0,
            cluster.x + 16.0,
            format!("cluster at {}", cluster.x),
        ));
    }
    boxes
}

/// Asserts that no two tick labels overlap, that nothing in a row of events
/// overlaps anything else in it (so no title runs into another title,
/// another mark or a cluster), that each extent covers its mark and title,
/// and that every title is inside the timeline.
fn assert_no_overlaps(layout: &TimelineLayout, items: &[TimelineItem], options: &TimelineOptions) {
    let labels: Vec<(f64, f64)> = layout
        .ticks
        .iter()
        .filter_map(|tick| {
            tick.label.as_ref().map(|label| {
                (
                    tick.label_x,
                    tick.label_x + options.axis_label_width(*label),
                )
            })
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
    let boxes = boxes(layout, options);
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            let both_clusters = a.3.starts_with("cluster") && b.3.starts_with("cluster");
            if (a.0 - b.0).abs() < options.lane_height / 2.0 && !both_clusters {
                assert!(
                    a.2 + options.gap <= b.1 + 1e-9 || b.2 + options.gap <= a.1 + 1e-9,
                    "{} and {} overlap in the row at y {} at width {}: {a:?} {b:?}",
                    a.3,
                    b.3,
                    a.0,
                    layout.width
                );
            }
        }
    }
    for event in &layout.events {
        let (mark_start, mark_end) = mark_edges(event, &items[event.index], options);
        assert!(
            event.extent.0 <= mark_start.min(event.label_x) + 1e-9
                && event.extent.1 + 1e-9 >= mark_end.max(event.label_end()),
            "the extent covers mark and label"
        );
        if event.shown_chars > 0 {
            assert!(
                event.label_x >= 0.0 && event.label_end() <= layout.width,
                "the title of event {} leaves the timeline at width {}: {event:?}",
                event.index,
                layout.width
            );
            let (near, far) = if event.label_grows_left() {
                (event.label_end(), event.label_x)
            } else {
                (event.label_x, event.label_end())
            };
            assert!(
                (near - event.label_anchor_x()).abs() < 1e-9 && far != near,
                "the title grows away from its anchor"
            );
        }
        if event.label_side != LabelSide::Inside && event.shown_chars > 0 {
            assert!(
                event.label_end() <= mark_start + 1e-9 || event.label_x + 1e-9 >= mark_end,
                "the title of event {} covers its own mark",
                event.index
            );
        }
    }
}

/// The most room beside (or inside) an event's mark that a title could have
/// on one line in an empty timeline, in CSS px.
fn room_beside(
    event: &PlacedEvent,
    item: &TimelineItem,
    width: f64,
    options: &TimelineOptions,
) -> f64 {
    let (start, end) = mark_edges(event, item, options);
    let inside = if item.point {
        0.0
    } else {
        end.min(width - 4.0) - start.max(4.0) - 12.0
    };
    (width - 4.0 - end - 6.0).max(start - 6.0 - 4.0).max(inside)
}

/// Asserts that a title is clipped only when it cannot fit whole on one
/// line beside its mark, and that the lines shown are the title.
fn assert_whole_titles_where_room(
    layout: &TimelineLayout,
    items: &[TimelineItem],
    options: &TimelineOptions,
) {
    for event in &layout.events {
        let item = &items[event.index];
        let lines = event.label_lines(&item.label);
        if event.shown_chars == item.shown_chars && item.shown_chars == item.label.chars().count() {
            assert_eq!(
                lines.join(" "),
                item.label.trim(),
                "the title is shown whole"
            );
            continue;
        }
        let room = room_beside(event, item, layout.width, options);
        let whole = item.label_width(options);
        assert!(
            whole > room,
            "event {} has {room:.0} px beside its mark, but its title ({whole:.0} px) is clipped to {lines:?} at width {}",
            event.index,
            layout.width
        );
    }
}

/// A small deterministic generator (a linear congruential one, as d3's `lcg.js`).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1_u64 << 53) as f64
    }

    fn below(&mut self, n: usize) -> usize {
        ((self.next() * n as f64) as usize).min(n.saturating_sub(1))
    }
}

const WORDS: [&str; 24] = [
    "Ministry",
    "announces",
    "talks",
    "with",
    "the",
    "union",
    "over",
    "new",
    "cranes",
    "Port",
    "strike",
    "ends",
    "after",
    "two",
    "weeks",
    "Court",
    "rules",
    "against",
    "Mayor",
    "WHO",
    "council",
    "votes",
    "deal",
    "Minister",
];

/// A title of exactly `length` characters, of words from [`WORDS`].
fn title(rng: &mut Lcg, length: usize) -> String {
    let mut title = String::new();
    while title.len() < length {
        if !title.is_empty() {
            title.push(' ');
        }
        title.push_str(WORDS[rng.below(WORDS.len())]);
    }
    title.truncate(length);
    title.trim_end().to_owned()
}

/// A story of `count` events with titles of 20 to 60 characters, spread
/// over `span_days` from 2019, as timeline items sorted by start: single
/// days, months and spans of up to a year.
fn generated_story(rng: &mut Lcg, count: usize, span_days: f64) -> Vec<TimelineItem> {
    let options = TimelineOptions::default();
    let first = days_from_civil(2019, 1, 1) as f64;
    let mut items: Vec<TimelineItem> = (0..count)
        .map(|_| {
            let start = first + (rng.next() * span_days).floor();
            let (end, point) = match rng.below(4) {
                0 | 1 => (start + 1.0, true),
                2 => (start + 30.0, false),
                _ => (start + 1.0 + (rng.next() * 365.0).floor(), false),
            };
            let length = 20 + rng.below(41);
            let label = title(rng, length);
            TimelineItem {
                start,
                end,
                point,
                shown_chars: label.chars().count().min(options.max_label_chars),
                width_scale: 1.0,
                label,
            }
        })
        .collect();
    items.sort_by(|a, b| a.start.total_cmp(&b.start));
    items
}

#[test]
fn stories_of_up_to_25_events_show_every_event_with_its_title_at_every_width() {
    let options = TimelineOptions::default();
    let mut rng = Lcg(13);
    let mut whole_at_1280 = 0;
    let mut events_at_1280 = 0;
    for story in 0..120 {
        let count = 5 + story % 21;
        // A week, a month, a year, five years and thirty.
        let span = [7.0, 30.0, 365.0, 1826.0, 10_957.0][story % 5];
        let items = generated_story(&mut rng, count, span);
        for width in WIDTHS {
            let layout = layout_timeline(&items, fit(&items).visible, width, &options);
            assert_no_overlaps(&layout, &items, &options);
            assert_whole_titles_where_room(&layout, &items, &options);
            assert!(
                layout.clusters.is_empty(),
                "story {story} of {count} events clusters at width {width}"
            );
            assert_eq!(layout.events.len(), count, "every event is a mark");
            if width >= 1280.0 {
                events_at_1280 += layout.events.len();
                whole_at_1280 += layout
                    .events
                    .iter()
                    .filter(|event| event.shown_chars == items[event.index].label.chars().count())
                    .count();
            }
        }
    }
    assert_eq!(
        whole_at_1280, events_at_1280,
        "every title of up to 60 characters is whole from 1280 px"
    );
}

#[test]
fn titles_of_up_to_60_characters_are_whole_in_the_widgets_800_px_at_1280() {
    // The standalone page at 1280 px gives the timeline about 800 px.
    let options = TimelineOptions::default();
    let mut rng = Lcg(1989);
    for story in 0..60 {
        let items = generated_story(&mut rng, 5 + story % 21, [30.0, 365.0, 1826.0][story % 3]);
        for width in [798.0, 1024.0] {
            let layout = layout_timeline(&items, fit(&items).visible, width, &options);
            assert_no_overlaps(&layout, &items, &options);
            for event in &layout.events {
                let item = &items[event.index];
                assert_eq!(
                    event.label_lines(&item.label).join(" "),
                    item.label,
                    "story {story} at width {width}: {event:?} {}",
                    item.label.len()
                );
            }
        }
    }
}

#[test]
fn a_title_goes_left_of_its_mark_near_the_right_edge_and_right_of_it_elsewhere() {
    let options = TimelineOptions::default();
    let day = |y, m, d| days_from_civil(y, m, d) as f64;
    let item = |start: f64, label: &str| TimelineItem {
        start,
        end: start + 1.0,
        point: true,
        label: label.to_owned(),
        shown_chars: label.chars().count(),
        width_scale: 1.0,
    };
    let items = [
        item(day(2020, 1, 10), "Early in the year"),
        item(day(2020, 12, 20), "Late in the year"),
    ];
    let layout = layout_timeline(&items, (day(2020, 1, 1), day(2021, 1, 1)), 800.0, &options);
    assert_eq!(layout.events[0].label_side, LabelSide::Right);
    assert_eq!(layout.events[1].label_side, LabelSide::Left);
    assert!(layout.events[1].label_end() < layout.events[1].x);
    // Both fit in the first lane.
    assert!(layout.events.iter().all(|event| event.lane == 0));

    // In a widget that reads right to left, titles go left first.
    let rtl = options.clone().right_to_left(true);
    let layout = layout_timeline(&items, (day(2020, 1, 1), day(2021, 1, 1)), 800.0, &rtl);
    for event in &layout.events {
        let mark = mark_edges(event, &items[event.index], &rtl);
        assert!(event.extent.0 >= 0.0 && event.extent.1 <= 800.0);
        if event.label_side == LabelSide::Left {
            assert!(event.label_end() <= mark.0);
        } else {
            assert!(
                event.label_x >= mark.1,
                "a title right of its mark only when the left has no room"
            );
        }
    }
    assert_no_overlaps(&layout, &items, &rtl);
}

#[test]
fn a_title_too_wide_for_either_side_breaks_onto_two_lines() {
    let options = TimelineOptions::default();
    let title = "Strike ends with a pay deal and a two-year automation pause";
    let item = TimelineItem {
        start: 100.0,
        end: 101.0,
        point: true,
        label: title.to_owned(),
        shown_chars: title.chars().count(),
        width_scale: 1.0,
    };
    // The mark in the middle of 640 px: about 300 px either side, too little for one line.
    let layout = layout_timeline(std::slice::from_ref(&item), (50.0, 151.0), 640.0, &options);
    let event = &layout.events[0];
    assert!(event.line_break.is_some(), "{event:?}");
    let lines = event.label_lines(title);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines.join(" "), title);
    assert!(options.title_width(&lines[0]) <= event.label_width + 1e-9);
    assert!(options.title_width(&lines[1]) <= event.label_width + 1e-9);
    // The lane below is kept free under the second line.
    assert!(layout.height >= options.axis_height + 2.0 * options.lane_height);
}

#[test]
fn a_title_without_spaces_breaks_between_ideographs() {
    let options = TimelineOptions::default();
    let title = "評議会は水利権をめぐる長い紛争の後に新たな協議を発表し国境検問所は閉鎖されたまま";
    let item = TimelineItem {
        start: 100.0,
        end: 101.0,
        point: true,
        label: title.to_owned(),
        shown_chars: title.chars().count(),
        width_scale: 1.0,
    };
    let layout = layout_timeline(std::slice::from_ref(&item), (50.0, 151.0), 640.0, &options);
    let event = &layout.events[0];
    let lines = event.label_lines(title);
    assert_eq!(lines.len(), 2, "{event:?}");
    assert_eq!(lines.concat(), title, "whole, on two lines");
}

#[test]
fn a_long_title_is_cut_after_a_whole_word() {
    let options = TimelineOptions::default();
    let title = "Negotiators from the regional water authority announced a framework agreement on cross-border allocations";
    let item = TimelineItem::from_event(
        &dateline_engine::model::parse_story(&format!(
            r#"{{"version": 1, "meta": {{"title": "T", "source": {{"name": "P"}}}},
                "events": [{{"id": "e", "date": "2024-05-01", "title": "{title}", "kind": "reported"}}]}}"#
        ))
        .expect("a story")
        .story
        .events[0],
        &options,
    )
    .expect("a dated event");
    // Too little room for two lines: the title is cut after a word.
    let layout = layout_timeline(
        std::slice::from_ref(&item),
        (item.start - 1.0, item.end + 1.0),
        330.0,
        &options,
    );
    let lines = layout.events[0].label_lines(title);
    let shown = lines.join(" ");
    assert!(shown.ends_with('…'), "{shown}");
    let words = shown.trim_end_matches('…');
    assert!(
        title.starts_with(words) && title[words.len()..].starts_with(' '),
        "{shown}"
    );
}

#[test]
fn a_title_wider_than_the_timeline_is_clipped_with_an_ellipsis() {
    let options = TimelineOptions::default();
    let title = "Antidisestablishmentarianism-supercalifragilistic-announcement";
    let item = TimelineItem {
        start: 100.0,
        end: 101.0,
        point: true,
        label: title.to_owned(),
        shown_chars: title.chars().count(),
        width_scale: 1.0,
    };
    let layout = layout_timeline(std::slice::from_ref(&item), (50.0, 151.0), 320.0, &options);
    let event = &layout.events[0];
    let lines = event.label_lines(title);
    assert_eq!(lines.len(), 1);
    assert!(lines[0].ends_with('…') && lines[0].len() > 4, "{lines:?}");
    assert!(event.label_x >= 0.0 && event.label_end() <= 320.0);
}

#[test]
fn the_title_estimate_is_no_narrower_than_the_widest_common_faces() {
    // Widths measured in Chromium at 12 px, weight 600 (DejaVu Sans, as
    // wide as Verdana, and DejaVu Serif): the estimate must not be smaller.
    let options = TimelineOptions::default();
    for (title, measured) in [
        ("Russia accredits a Taliban chargé d'affaires", 293.3),
        (
            "Washington condemns Russia's acceptance of the Taliban envoy",
            434.9,
        ),
        ("WWWWWWWWWWMMMMMMMMMM", 267.6),
        (
            "THE PORT AUTHORITY SUSPENDS ALL NIGHT SHIFTS AT BERTH SEVEN",
            503.9,
        ),
        ("abcdefghijklmnopqrstuvwxyz", 198.5),
        ("0123456789", 83.5),
    ] {
        let estimate = options.title_width(title);
        assert!(
            estimate >= measured,
            "{title}: estimated {estimate:.1} px, drawn {measured} px"
        );
        assert!(
            estimate <= measured * 1.25,
            "{title}: estimated {estimate:.1} px is far wider than the {measured} px drawn"
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
                let item = &items[event.index];
                assert_eq!(
                    event.label_lines(&item.label).join(" "),
                    item.label,
                    "the title is whole at width {width}"
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
    let english = dateline_engine::i18n::Locale::new("en");
    let labels = |visible: (f64, f64)| -> Vec<String> {
        layout_timeline(&[], visible, 1280.0, &options)
            .ticks
            .into_iter()
            .filter_map(|tick| tick.label)
            .map(|label| english.axis_label(label))
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
        leads
            .iter()
            .cloned()
            .map(|lead| Some(BandLabel::Actor(lead)))
            .collect::<Vec<_>>()[..]
    );
    for (event, &band) in dated.iter().zip(&model.bands.band_of) {
        let lead = event.actors.first().and_then(|id| story.actor(id));
        assert_eq!(
            model.bands.labels[band],
            Some(lead.map_or(BandLabel::NoActor, |actor| {
                BandLabel::Actor(actor.display_name().to_owned())
            })),
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

const PORT_STRIKE: &str = include_str!("fixtures/port-strike.json");
const ELECTION_COUNT: &str = include_str!("fixtures/election-count.json");
const WILDFIRE: &str = include_str!("fixtures/wildfire.json");

/// Asserts that the model's layout at fit draws every dated event as a mark
/// with its whole title, at `width`.
fn assert_every_title_whole_at_fit(story: &Story, width: f64) {
    let options = TimelineOptions::default();
    let model = TimelineModel::new(story, &options);
    let full = model.full.expect("the story has dated events");
    let layout = model.layout(full.visible, width, &options, false);
    assert_no_overlaps(&layout, &model.items, &options);
    assert!(layout.clusters.is_empty(), "nothing clusters at {width} px");
    assert_eq!(layout.events.len(), model.items.len());
    for event in &layout.events {
        let item = &model.items[event.index];
        assert_eq!(
            event.label_lines(&item.label).join(" "),
            item.label,
            "whole at {width} px"
        );
    }
}

#[test]
fn a_port_strike_with_one_1989_event_shows_all_twelve_with_whole_titles_at_1280() {
    let story = story(PORT_STRIKE);
    assert_eq!(story.events.len(), 12);
    // The timeline is about 800 px wide in the page at 1280 px; the widget
    // alone may be as wide as the window.
    for width in [798.0, 1024.0, 1280.0] {
        assert_every_title_whole_at_fit(&story, width);
    }
}

#[test]
fn twelve_events_spread_evenly_over_five_years_show_whole_titles_at_1280() {
    let options = TimelineOptions::default();
    let mut rng = Lcg(2019);
    let first = days_from_civil(2019, 1, 1) as f64;
    let items: Vec<TimelineItem> = (0..12)
        .map(|i| {
            let start = first + (i as f64 * 1826.0 / 11.0).floor();
            let label = title(&mut rng, 50 + i % 11);
            TimelineItem {
                start,
                end: start + 1.0,
                point: true,
                shown_chars: label.chars().count(),
                width_scale: 1.0,
                label,
            }
        })
        .collect();
    for width in [798.0, 1280.0] {
        let layout = layout_timeline(&items, fit(&items).visible, width, &options);
        assert_no_overlaps(&layout, &items, &options);
        assert!(layout.clusters.is_empty());
        assert_eq!(layout.events.len(), 12);
        for event in &layout.events {
            assert_eq!(
                event.shown_chars,
                items[event.index].label.chars().count(),
                "whole at {width} px"
            );
        }
    }
}

#[test]
fn a_25_event_story_shows_every_title_whole_at_1280() {
    let story = story(WILDFIRE);
    assert_eq!(story.events.len(), 25);
    for width in [798.0, 1280.0] {
        assert_every_title_whole_at_fit(&story, width);
    }
}

#[test]
fn more_than_25_events_on_screen_fold_into_clusters_only_when_the_lanes_run_out() {
    let options = TimelineOptions::default();
    let story = story(ELECTION_COUNT);
    let model = TimelineModel::new(&story, &options);
    assert!(model.items.len() > options.label_all_up_to);
    let full = model.full.expect("dated events");
    for width in [640.0, 798.0] {
        let layout = model.layout(full.visible, width, &options, false);
        assert_no_overlaps(&layout, &model.items, &options);
        assert!(
            !layout.clusters.is_empty(),
            "a month of 31 events clusters at {width} px"
        );
        let lanes = layout
            .events
            .iter()
            .map(|event| event.lane)
            .max()
            .unwrap_or(0)
            + 1;
        assert_eq!(
            lanes, options.max_lanes,
            "every lane is used before anything clusters"
        );
        let clustered: usize = layout
            .clusters
            .iter()
            .map(|cluster| cluster.items.len())
            .sum();
        assert_eq!(layout.events.len() + clustered, model.items.len());
    }
}

#[test]
fn opening_a_cluster_draws_its_events_as_marks_and_the_first_of_them() {
    let options = TimelineOptions::default();
    let story = story(ELECTION_COUNT);
    let model = TimelineModel::new(&story, &options);
    let full = model.full.expect("dated events");
    for width in [640.0, 798.0, 1280.0] {
        let layout = model.layout(full.visible, width, &options, false);
        for cluster in &layout.clusters {
            let first = model
                .first_of(&cluster.items)
                .expect("a cluster has events");
            assert_eq!(Some(&first), cluster.items.iter().min());
            let view = model.window_opening(&full, &cluster.items, width, &options, false);
            let opened = model.layout(view.visible, width, &options, false);
            assert!(
                opened.events.iter().any(|event| event.index == first),
                "the first of the cluster is a mark at {width} px"
            );
            assert!(
                !opened.clusters.iter().any(|other| other
                    .items
                    .iter()
                    .any(|index| cluster.items.contains(index))),
                "none of the cluster's events on screen is clustered at {width} px"
            );
            assert!(view.span() < full.span());
        }
    }
    assert_eq!(
        model.window_opening(&full, &[usize::MAX], 800.0, &options, false),
        full,
        "a cluster of no known events leaves the window as it is"
    );
}
