//! The geometry of the horizontal timeline: where each event, tick and
//! cluster goes for a visible window and a width. Pure Rust: no DOM.

use super::lanes::pack_lanes;
use super::scale::TimeScale;
use super::time_warp::TimeWarp;
use crate::model::{Event, Precision};

/// Sizes and limits of the timeline, in CSS px unless noted.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineOptions {
    /// Height of one lane of events.
    pub lane_height: f64,
    /// Most lanes drawn; events beyond them are clustered.
    pub max_lanes: usize,
    /// Least space between two events in one lane.
    pub gap: f64,
    /// Estimated width of one character of an event or tick label.
    pub char_width: f64,
    /// Longest event label shown, in characters; longer titles are clipped behind "…".
    pub max_label_chars: usize,
    /// Diameter of a point marker.
    pub marker_size: f64,
    /// Height of the axis with its tick labels.
    pub axis_height: f64,
    /// Space left and right of the axis.
    pub padding: f64,
    /// Target space between ticks.
    pub tick_spacing: f64,
    /// Width of the buckets that gather clustered events.
    pub cluster_width: f64,
    /// Most lanes in each band when events are grouped into bands.
    pub band_lanes: usize,
    /// Room above a labelled band's lanes for its label.
    pub band_label_height: f64,
    /// The axis breaks that compress the story's long empty stretches; none
    /// by default ([`super::TimelineModel`] sets the story's own). The
    /// visible window is then in axis days (see [`TimeWarp`]).
    pub time_warp: TimeWarp,
    /// Whether time runs right to left, earliest on the right; false by default.
    pub right_to_left: bool,
}

impl Default for TimelineOptions {
    fn default() -> Self {
        Self {
            lane_height: 30.0,
            max_lanes: 6,
            gap: 12.0,
            char_width: 7.8,
            max_label_chars: 34,
            marker_size: 12.0,
            axis_height: 32.0,
            padding: 16.0,
            tick_spacing: 110.0,
            cluster_width: 36.0,
            band_lanes: 2,
            band_label_height: 16.0,
            time_warp: TimeWarp::NONE,
            right_to_left: false,
        }
    }
}

impl TimelineOptions {
    /// Sets the most lanes drawn before events are clustered.
    pub fn max_lanes(mut self, max_lanes: usize) -> Self {
        self.max_lanes = max_lanes.max(1);
        self
    }

    /// Sets the estimated width of one label character, in CSS px.
    pub fn char_width(mut self, char_width: f64) -> Self {
        self.char_width = char_width;
        self
    }

    /// Sets the axis breaks (see [`TimeWarp`]).
    pub fn time_warp(mut self, time_warp: TimeWarp) -> Self {
        self.time_warp = time_warp;
        self
    }

    /// Sets whether time runs right to left, earliest on the right.
    pub fn right_to_left(mut self, right_to_left: bool) -> Self {
        self.right_to_left = right_to_left;
        self
    }

    /// Estimated width of a label, in CSS px.
    pub fn label_width(&self, label: &str) -> f64 {
        label.chars().count() as f64 * self.char_width
    }
}

/// An event reduced to what the timeline needs.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineItem {
    /// First day covered, in days since 1970-01-01.
    pub start: f64,
    /// Day after the last day covered.
    pub end: f64,
    /// Drawn as a point (a single day) rather than a span.
    pub point: bool,
    /// The label drawn beside it: the event's full title.
    pub label: String,
    /// Characters of the label that are shown; the rest is clipped behind "…".
    pub shown_chars: usize,
}

impl TimelineItem {
    /// The item for a dated event, or `None` for an undated one.
    pub fn from_event(event: &Event, options: &TimelineOptions) -> Option<Self> {
        let date = event.date?;
        let end = event.end.unwrap_or(date).end_day();
        let point = event.end.is_none() && date.precision() == Precision::Day;
        let shown_chars = event.title.chars().count().min(options.max_label_chars);
        Some(Self {
            start: date.first_day() as f64,
            end: end as f64,
            point,
            label: event.title.clone(),
            shown_chars,
        })
    }

    /// Whether the label is longer than what is shown.
    pub fn is_clipped(&self) -> bool {
        self.shown_chars < self.label.chars().count()
    }

    /// Estimated width of the shown label, in CSS px.
    pub fn label_width(&self, options: &TimelineOptions) -> f64 {
        self.shown_chars as f64 * options.char_width
    }
}

/// An event placed on the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedEvent {
    /// Position of the item in the list given to [`layout_timeline`].
    pub index: usize,
    /// Left edge of the mark (the centre, for a point).
    pub x: f64,
    /// Width of the span; 0 for a point.
    pub width: f64,
    /// Lane, from 0 at the top.
    pub lane: usize,
    /// Vertical centre of the lane.
    pub y: f64,
    /// Where the label starts.
    pub label_x: f64,
    /// Left and right edges of the mark and its label together.
    pub extent: (f64, f64),
}

/// Events that did not fit in the lanes, gathered under one mark.
#[derive(Clone, Debug, PartialEq)]
pub struct EventCluster {
    /// Centre of the cluster mark.
    pub x: f64,
    /// Vertical centre of the cluster mark.
    pub y: f64,
    /// Positions of the gathered items in the list given to [`layout_timeline`].
    pub items: Vec<usize>,
    /// First day covered by the gathered items.
    pub start: f64,
    /// Day after the last day covered by the gathered items.
    pub end: f64,
}

/// A horizontal band of lanes: the whole timeline, or one actor's row.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    /// Top edge, in CSS px.
    pub top: f64,
    /// Height, in CSS px.
    pub height: f64,
    /// The band's name, drawn at its top left, when events are grouped.
    pub label: Option<String>,
}

/// A tick on the axis; its label is dropped when it would collide.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedTick {
    /// Position of the tick line.
    pub x: f64,
    /// The label, unless it would overlap its neighbour or the edge.
    pub label: Option<String>,
    /// Left edge of the label, when there is one.
    pub label_x: f64,
}

/// Everything the horizontal timeline draws.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineLayout {
    /// Width, in CSS px.
    pub width: f64,
    /// Height, in CSS px.
    pub height: f64,
    /// Baseline of the axis.
    pub axis_y: f64,
    /// Ticks, left to right.
    pub ticks: Vec<PlacedTick>,
    /// Events on screen, in the order given.
    pub events: Vec<PlacedEvent>,
    /// Events on screen that did not fit in the lanes.
    pub clusters: Vec<EventCluster>,
    /// The bands of lanes, top to bottom.
    pub bands: Vec<Band>,
    /// The scale used.
    pub scale: TimeScale,
}

/// Lays out `items` (sorted by start) for the `visible` days across `width` CSS px,
/// in one band of lanes. Items wholly off screen are left out.
pub fn layout_timeline(
    items: &[TimelineItem],
    visible: (f64, f64),
    width: f64,
    options: &TimelineOptions,
) -> TimelineLayout {
    layout_timeline_in_bands(
        items,
        &vec![0; items.len()],
        &[None],
        visible,
        width,
        options,
    )
}

/// Lays out `items` as [`layout_timeline`] does, but in horizontal bands:
/// item `i` goes in band `band_of[i]`, and band `b` is labelled `labels[b]`
/// (one band per actor, say). Each band packs its own lanes and clusters
/// what does not fit; bands with nothing on screen take no space.
pub fn layout_timeline_in_bands(
    items: &[TimelineItem],
    band_of: &[usize],
    labels: &[Option<String>],
    visible: (f64, f64),
    width: f64,
    options: &TimelineOptions,
) -> TimelineLayout {
    let scale = TimeScale::new(
        visible,
        (
            options.padding,
            (width - options.padding).max(options.padding + 1.0),
        ),
    )
    .time_warp(options.time_warp)
    .right_to_left(options.right_to_left);
    let ticks = place_ticks(&scale, width, options);
    let right_edge = width - options.padding;
    let lanes_per_band = if labels.len() > 1 {
        options.band_lanes
    } else {
        options.max_lanes
    };

    let mut events = Vec::new();
    let mut clusters: Vec<EventCluster> = Vec::new();
    let mut bands = Vec::new();
    let mut top = options.axis_height;
    for (band, label) in labels.iter().enumerate() {
        let mut on_screen: Vec<Placement> = items
            .iter()
            .enumerate()
            .filter(|&(index, _)| band_of.get(index).copied().unwrap_or(0) == band)
            .filter_map(|(index, item)| {
                let placement = place_item(index, item, &scale, right_edge, options);
                (placement.extent.1 >= 0.0 && placement.extent.0 <= width).then_some(placement)
            })
            .collect();
        if on_screen.is_empty() && labels.len() > 1 {
            continue;
        }
        on_screen.sort_by(|a, b| a.extent.0.total_cmp(&b.extent.0));
        let extents: Vec<(f64, f64)> = on_screen.iter().map(|placement| placement.extent).collect();
        let lanes = pack_lanes(&extents, options.gap, lanes_per_band);
        let label_room = if label.is_some() {
            options.band_label_height
        } else {
            0.0
        };
        let first_lane_y = top + label_room + options.lane_height / 2.0;
        let mut band_clusters: Vec<EventCluster> = Vec::new();
        let mut lanes_used = 1;
        for (placement, lane) in on_screen.into_iter().zip(lanes) {
            let item = &items[placement.index];
            match lane {
                Some(lane) => {
                    lanes_used = lanes_used.max(lane + 1);
                    events.push(PlacedEvent {
                        index: placement.index,
                        x: placement.x,
                        width: placement.width,
                        lane,
                        y: first_lane_y + lane as f64 * options.lane_height,
                        label_x: placement.label_x,
                        extent: placement.extent,
                    });
                }
                None => {
                    let on_axis = scale.map(item.start).max(0.0).min(width);
                    let bucket = (on_axis / options.cluster_width).floor();
                    let centre = (bucket + 0.5) * options.cluster_width;
                    match band_clusters.iter_mut().find(|cluster| cluster.x == centre) {
                        Some(cluster) => {
                            cluster.items.push(placement.index);
                            cluster.start = cluster.start.min(item.start);
                            cluster.end = cluster.end.max(item.end);
                        }
                        None => band_clusters.push(EventCluster {
                            x: centre,
                            y: 0.0,
                            items: vec![placement.index],
                            start: item.start,
                            end: item.end,
                        }),
                    }
                }
            }
        }
        let cluster_y = first_lane_y + lanes_used as f64 * options.lane_height;
        for cluster in &mut band_clusters {
            cluster.y = cluster_y;
        }
        let rows = lanes_used + usize::from(!band_clusters.is_empty());
        let height = label_room + rows as f64 * options.lane_height;
        bands.push(Band {
            top,
            height,
            label: label.clone(),
        });
        clusters.extend(band_clusters);
        top += height;
    }
    events.sort_by_key(|event| event.index);
    clusters.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let height = top + options.padding / 2.0;
    TimelineLayout {
        width,
        height,
        axis_y: options.axis_height - 8.0,
        ticks,
        events,
        clusters,
        bands,
        scale,
    }
}

/// Where one item's mark and label go, before lanes are assigned.
struct Placement {
    index: usize,
    x: f64,
    width: f64,
    label_x: f64,
    extent: (f64, f64),
}

/// Puts the label inside a span wide enough for it, else after the mark,
/// or before it when it would run past `right_edge`.
fn place_item(
    index: usize,
    item: &TimelineItem,
    scale: &TimeScale,
    right_edge: f64,
    options: &TimelineOptions,
) -> Placement {
    let label_width = item.label_width(options);
    let start = scale.map(item.start);
    let (x, width, mark_start, mark_end) = if item.point {
        let half = options.marker_size / 2.0;
        (start, 0.0, start - half, start + half)
    } else {
        let end = scale.map(item.end).max(start + 3.0);
        (start, end - start, start, end)
    };
    let label_x = if !item.point && width >= label_width + 12.0 {
        mark_start + 6.0
    } else if mark_end + 6.0 + label_width <= right_edge {
        mark_end + 6.0
    } else {
        mark_start - 6.0 - label_width
    };
    let extent = (mark_start.min(label_x), mark_end.max(label_x + label_width));
    Placement {
        index,
        x,
        width,
        label_x,
        extent,
    }
}

/// Ticks for the scale, dropping each label that would overlap the one before it or an edge.
fn place_ticks(scale: &TimeScale, width: f64, options: &TimelineOptions) -> Vec<PlacedTick> {
    let count = ((width - 2.0 * options.padding) / options.tick_spacing)
        .floor()
        .max(1.0) as usize;
    let mut last_label_end = f64::NEG_INFINITY;
    scale
        .ticks(count)
        .into_iter()
        .map(|tick| {
            let x = scale.map(tick.day as f64);
            let label_width = options.label_width(&tick.label);
            let label_x = x - label_width / 2.0;
            let fits =
                label_x >= last_label_end + 8.0 && label_x >= 0.0 && label_x + label_width <= width;
            if fits {
                last_label_end = label_x + label_width;
            }
            PlacedTick {
                x,
                label: fits.then_some(tick.label),
                label_x,
            }
        })
        .collect()
}
