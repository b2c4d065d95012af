//! The geometry of the horizontal timeline: where each event, tick and
//! cluster goes for a visible window and a width. Pure Rust: no DOM.
//!
//! Each event's title goes where there is room: after its mark (the right
//! side, or the left side when time runs right to left), before it when
//! that side is taken or runs past the edge, or inside a span wide enough;
//! each event takes the first lane from the top where one of those fits,
//! and folds into a cluster only when the lanes run out. Titles are measured
//! with [`TimelineOptions::title_width`], an estimate no narrower than the
//! common sans and serif faces draw them, so a title never runs into its
//! neighbour. Sides are chosen by the x positions the scale gives alone, so
//! a scale that runs right to left is laid out the same way.

use super::cut::{breaks_anywhere, cut_after_word, word_ends_at};
use super::lanes::Lanes;
use super::scale::TimeScale;
use super::ticks::AxisLabel;
use super::time_warp::TimeWarp;
use crate::model::{Event, Precision};
use crate::sort::{sort_by, sort_by_key};

/// Sizes and limits of the timeline, in CSS px unless noted.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineOptions {
    /// Height of one lane of events.
    pub lane_height: f64,
    /// Most lanes drawn when more than [`label_all_up_to`](Self::label_all_up_to)
    /// events are on screen; events beyond them are clustered. The timeline
    /// grows to this many rows (12, about 340 px) before it folds any event.
    pub max_lanes: usize,
    /// Up to this many events on screen, each may take a lane of its own, so
    /// every one is drawn as a mark with its title and none is clustered.
    pub label_all_up_to: usize,
    /// Least space between two events in one lane.
    pub gap: f64,
    /// Estimated width of one character of a tick label.
    pub char_width: f64,
    /// Font size of the event titles, in CSS px, which [`Self::title_width`] measures at.
    pub font_size: f64,
    /// Longest event title shown, in characters; longer titles are clipped
    /// behind "…", as are titles wider than the room beside their mark.
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
            lane_height: 28.0,
            max_lanes: 12,
            label_all_up_to: 25,
            gap: 12.0,
            char_width: 7.8,
            font_size: 12.0,
            max_label_chars: 200,
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
    /// How many ticks the axis asks for at `width` px: one per
    /// [`tick_spacing`](Self::tick_spacing) inside the padding, at least one.
    pub fn tick_count(&self, width: f64) -> usize {
        ((width - 2.0 * self.padding) / self.tick_spacing)
            .floor()
            .max(1.0) as usize
    }

    /// Sets the most lanes drawn before events are clustered.
    pub fn max_lanes(mut self, max_lanes: usize) -> Self {
        self.max_lanes = max_lanes.max(1);
        self
    }

    /// Sets the estimated width of one tick label character, in CSS px.
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

    /// Estimated width of a tick label as written, in CSS px.
    pub fn label_width(&self, label: &str) -> f64 {
        label.chars().count() as f64 * self.char_width
    }

    /// Estimated width of a tick label before it is written, in CSS px.
    pub fn axis_label_width(&self, label: AxisLabel) -> f64 {
        label.estimated_chars() as f64 * self.char_width
    }

    /// Width of an event title as drawn at [`font_size`](Self::font_size)
    /// in semibold, in CSS px: the sum of each character's widest advance
    /// among common sans and serif faces (DejaVu, Verdana-like, Arial- and
    /// Times-like), and a twentieth more, so the title drawn in any of them
    /// is no wider.
    pub fn title_width(&self, title: &str) -> f64 {
        title_em(title) * self.font_size
    }
}

/// Room between a mark and its title, in CSS px.
const LABEL_GAP: f64 = 6.0;

/// Room kept between a title and the edge of the timeline, in CSS px.
const EDGE_MARGIN: f64 = 4.0;

/// Fewest characters a clipped title keeps; with less room it is left out.
const MIN_CLIPPED_CHARS: usize = 3;

/// The mark for a clipped title.
const ELLIPSIS: char = '…';

/// Safety margin on the estimated advances.
const TITLE_WIDTH_MARGIN: f64 = 1.05;

/// Safety margin on a title measured in the browser: a hair for rounding
/// and for the underline's and focus ring's antialiasing.
const MEASURED_WIDTH_MARGIN: f64 = 1.02;

/// Advance widths, in em, of the printable ASCII characters from ' ' to '~'
/// in semibold: the widest of DejaVu Sans, DejaVu Serif, Liberation Sans and
/// Liberation Serif (the first two are about as wide as Verdana and
/// Georgia, the others match Arial and Times), rounded up to a hundredth.
#[rustfmt::skip]
const ASCII_EM: [f64; 95] = [
    // ' ' to '/'
    0.35, 0.46, 0.56, 0.84, 0.70, 1.01, 0.91, 0.31, 0.48, 0.48, 0.53, 0.84, 0.38, 0.42, 0.38, 0.37,
    // '0' to '?'
    0.70, 0.70, 0.70, 0.70, 0.70, 0.70, 0.70, 0.70, 0.70, 0.70, 0.40, 0.40, 0.84, 0.84, 0.84, 0.62,
    // '@' to 'O'
    1.00, 0.78, 0.85, 0.80, 0.87, 0.77, 0.71, 0.86, 0.95, 0.47, 0.56, 0.87, 0.71, 1.11, 0.92, 0.88,
    // 'P' to '_'
    0.76, 0.88, 0.84, 0.73, 0.75, 0.88, 0.78, 1.13, 0.78, 0.73, 0.73, 0.48, 0.37, 0.48, 0.84, 0.56,
    // '`' to 'o'
    0.50, 0.68, 0.72, 0.61, 0.72, 0.68, 0.44, 0.72, 0.73, 0.38, 0.37, 0.70, 0.38, 1.06, 0.73, 0.69,
    // 'p' to '~'
    0.72, 0.72, 0.53, 0.60, 0.48, 0.73, 0.66, 0.93, 0.65, 0.66, 0.59, 0.72, 0.37, 0.72, 0.84,
];

/// Width of `text` in em as [`TimelineOptions::title_width`] measures it.
fn title_em(text: &str) -> f64 {
    text.chars().map(advance_em).sum::<f64>() * TITLE_WIDTH_MARGIN
}

/// The widest advance of one character, in em: from the table for ASCII,
/// else by the kind of character (wide scripts 1 em, combining and
/// zero-width marks nothing, Arabic and Hebrew letters 0.66 em, other
/// capitals 0.95 em and other letters 0.8 em).
fn advance_em(c: char) -> f64 {
    match c {
        ' '..='~' => ASCII_EM[c as usize - ' ' as usize],
        '\u{300}'..='\u{36f}'
        | '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2069}'
        | '\u{fe00}'..='\u{fe0f}' => 0.0,
        '\u{2018}' | '\u{2019}' | '\u{201a}' => 0.38,
        '\u{201c}'..='\u{201e}' => 0.66,
        '\u{2013}' => 0.56,
        '\u{2014}' | '\u{2026}' => 1.0,
        '\u{591}'..='\u{6ff}'
        | '\u{750}'..='\u{77f}'
        | '\u{fb1d}'..='\u{fdff}'
        | '\u{fe70}'..='\u{feff}' => 0.66,
        '\u{1100}'..='\u{115f}'
        | '\u{2e80}'..='\u{a4cf}'
        | '\u{ac00}'..='\u{d7a3}'
        | '\u{f900}'..='\u{faff}'
        | '\u{fe30}'..='\u{fe4f}'
        | '\u{ff00}'..='\u{ff60}'
        | '\u{ffe0}'..='\u{ffe6}'
        | '\u{1f000}'..='\u{1faff}'
        | '\u{20000}'..='\u{3fffd}' => 1.0,
        'æ' | 'œ' | 'Æ' | 'Œ' => 1.11,
        _ if c.is_uppercase() => 0.95,
        _ => 0.8,
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
    /// Characters of the label shown at most (all of a title up to
    /// [`TimelineOptions::max_label_chars`]); the rest is clipped behind "…".
    pub shown_chars: usize,
    /// The label's drawn width over its estimate ([`TimelineOptions::title_width`]):
    /// 1 for the estimate itself, else what [`Self::measured`] found. Every
    /// part of the label is measured as its estimate times this.
    pub width_scale: f64,
}

impl TimelineItem {
    /// The item for a dated event, or `None` for an undated one.
    pub fn from_event(event: &Event, options: &TimelineOptions) -> Option<Self> {
        let date = event.date?;
        let end = event.end.unwrap_or(date).end_day();
        let point = event.end.is_none() && date.precision() == Precision::Day;
        let shown_chars = cut_after_word(&event.title, options.max_label_chars);
        Some(Self {
            start: date.first_day() as f64,
            end: end as f64,
            point,
            label: event.title.clone(),
            shown_chars,
            width_scale: 1.0,
        })
    }

    /// The item with its label measured as drawn, `width` CSS px at
    /// [`TimelineOptions::font_size`] (a browser's measurement of the whole
    /// label, in the page's font): its parts are then measured in proportion.
    /// A width that is not a positive number leaves the estimate.
    pub fn measured(mut self, width: f64, options: &TimelineOptions) -> Self {
        let estimate = options.title_width(&self.label);
        if width > 0.0 && width.is_finite() && estimate > 0.0 {
            self.width_scale = width * MEASURED_WIDTH_MARGIN / estimate;
        }
        self
    }

    /// Whether the label is longer than what is shown.
    pub fn is_clipped(&self) -> bool {
        self.shown_chars < self.label.chars().count()
    }

    /// Estimated width of the shown label, with its "…" when clipped, in CSS px.
    pub fn label_width(&self, options: &TimelineOptions) -> f64 {
        shown_width(&self.label, self.shown_chars, self.width_scale, options)
    }
}

/// Width of the first `shown_chars` characters of `label`, and of "…" after
/// them when that is not all of it, in CSS px, with the estimate scaled by
/// `width_scale`; 0 when none is shown.
fn shown_width(
    label: &str,
    shown_chars: usize,
    width_scale: f64,
    options: &TimelineOptions,
) -> f64 {
    if shown_chars == 0 {
        return 0.0;
    }
    let mut chars = label.chars();
    let shown: f64 = chars.by_ref().take(shown_chars).map(advance_em).sum();
    let ellipsis = if chars.next().is_some() {
        advance_em(ELLIPSIS)
    } else {
        0.0
    };
    (shown + ellipsis) * TITLE_WIDTH_MARGIN * width_scale * options.font_size
}

/// The most characters of `item`'s label, up to its shown characters, that
/// fit with their "…" in `room` CSS px; 0 when fewer than [`MIN_CLIPPED_CHARS`] would.
fn chars_within(item: &TimelineItem, room: f64, options: &TimelineOptions) -> usize {
    let (label, most) = (&item.label, item.shown_chars);
    let scale = TITLE_WIDTH_MARGIN * item.width_scale * options.font_size;
    let mut width = advance_em(ELLIPSIS) * scale;
    let fitting = label
        .chars()
        .take(most)
        .take_while(|&c| {
            width += advance_em(c) * scale;
            width <= room
        })
        .count();
    let fitting = cut_after_word(label, fitting);
    if fitting < MIN_CLIPPED_CHARS {
        0
    } else {
        fitting
    }
}

/// Which side of its mark an event's title is drawn on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelSide {
    /// Right of the mark, starting a few px after it.
    Right,
    /// Left of the mark, ending a few px before it.
    Left,
    /// Inside a span wide enough for it, from the span's start.
    Inside,
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
    /// Left edge of the label box, in CSS px.
    pub label_x: f64,
    /// Estimated width of the label as shown (with its "…" when clipped), in CSS px.
    pub label_width: f64,
    /// Which side of the mark the label is on; the label grows away from the mark.
    pub label_side: LabelSide,
    /// Characters of the title shown: all of the item's `shown_chars` unless
    /// even an empty timeline has no room for them beside the mark; 0 for no label.
    pub shown_chars: usize,
    /// Where the title's second line starts, in characters, when it is drawn
    /// on two lines (the second in the lane below, which the layout keeps free there).
    pub line_break: Option<usize>,
    /// Left and right edges of the mark and its label together.
    pub extent: (f64, f64),
}

impl PlacedEvent {
    /// Right edge of the label box, in CSS px.
    pub fn label_end(&self) -> f64 {
        self.label_x + self.label_width
    }

    /// The lines of `title` (the item's label) as shown: one, or two when
    /// the title is broken, the last ending in "…" when it is clipped; none
    /// when no title is shown.
    pub fn label_lines(&self, title: &str) -> Vec<String> {
        if self.shown_chars == 0 {
            return Vec::new();
        }
        let shown: Vec<char> = title.chars().take(self.shown_chars).collect();
        let clipped = title.chars().nth(self.shown_chars).is_some();
        let split = self.line_break.unwrap_or(shown.len()).min(shown.len());
        let mut lines: Vec<String> = [&shown[..split], &shown[split..]]
            .into_iter()
            .filter(|line| !line.is_empty())
            .map(|line| line.iter().collect::<String>().trim().to_owned())
            .collect();
        if let (true, Some(last)) = (clipped, lines.last_mut()) {
            last.push(ELLIPSIS);
        }
        lines
    }

    /// Whether the label grows leftwards from its right edge: left of the
    /// mark, or inside a span against its right end.
    pub fn label_grows_left(&self) -> bool {
        match self.label_side {
            LabelSide::Left => true,
            LabelSide::Right => false,
            LabelSide::Inside => self.label_x - self.x > self.x + self.width - self.label_end(),
        }
    }

    /// Where the label is anchored, in CSS px: the edge it grows from,
    /// nearest the mark (or the span's end it sits against), so text drawn
    /// wider than estimated runs away from the mark, never into it.
    pub fn label_anchor_x(&self) -> f64 {
        if self.label_grows_left() {
            self.label_end()
        } else {
            self.label_x
        }
    }
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
    pub label: Option<BandLabel>,
}

/// What a band of the timeline groups, which the view names in its language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BandLabel {
    /// The events led by an actor, by its display name.
    Actor(String),
    /// The events that name no actor.
    NoActor,
}

/// A tick on the axis; its label is dropped when it would collide.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedTick {
    /// Position of the tick line.
    pub x: f64,
    /// The label, unless it would overlap its neighbour or the edge.
    pub label: Option<AxisLabel>,
    /// Left edge of the label as the layout estimates it, when there is one
    /// (the label is drawn centred on `x`).
    pub label_x: f64,
}

impl PlacedTick {
    /// Where the label is centred when it is drawn `label_width` px wide (as
    /// written in the widget's language, which may be wider than the English
    /// the layout fitted) in a timeline `width` px wide: on the tick, or as
    /// near it as keeps the label inside; in the middle when it is wider than
    /// the timeline. Finite for any finite `width`, whatever the numbers.
    pub fn label_centre(&self, label_width: f64, width: f64) -> f64 {
        let half = label_width / 2.0 + 2.0;
        if half.is_nan() || width <= 2.0 * half {
            return width / 2.0;
        }
        // max/min rather than clamp, which panics on NaN.
        self.x.max(half).min(width - half)
    }
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
    labels: &[Option<BandLabel>],
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
    // Every item of a band drawn whose mark is on screen, whatever its title.
    let marks: Vec<MarkOnAxis> = items
        .iter()
        .enumerate()
        .filter(|&(index, _)| band_of.get(index).copied().unwrap_or(0) < labels.len())
        .map(|(index, item)| MarkOnAxis::of(index, item, &scale, options))
        .filter(|mark| mark.end >= 0.0 && mark.start <= width)
        .collect();
    // With few events on screen each may take a lane of its own (two, for
    // a title on two lines), so none is clustered.
    let lanes_per_band = if marks.len() <= options.label_all_up_to {
        marks.len().saturating_mul(2)
    } else if labels.len() > 1 {
        options.band_lanes
    } else {
        options.max_lanes
    }
    .max(1);

    let mut events = Vec::new();
    let mut clusters: Vec<EventCluster> = Vec::new();
    let mut bands = Vec::new();
    let mut top = options.axis_height;
    for (band, label) in labels.iter().enumerate() {
        let mut on_screen: Vec<&MarkOnAxis> = marks
            .iter()
            .filter(|mark| band_of.get(mark.index).copied().unwrap_or(0) == band)
            .collect();
        if on_screen.is_empty() && labels.len() > 1 {
            continue;
        }
        // Titles go after their marks first, so marks are taken in that order.
        if options.right_to_left {
            sort_by(&mut on_screen, |a, b| b.end.total_cmp(&a.end));
        } else {
            sort_by(&mut on_screen, |a, b| a.start.total_cmp(&b.start));
        }
        let label_room = if label.is_some() {
            options.band_label_height
        } else {
            0.0
        };
        let first_lane_y = top + label_room + options.lane_height / 2.0;
        let mut lanes = Lanes::new(lanes_per_band, options.gap);
        let mut band_clusters: Vec<EventCluster> = Vec::new();
        for mark in on_screen {
            let item = &items[mark.index];
            let shapes = label_shapes(item, mark, width, options);
            // What lies past the edges takes no room: clipped, extents
            // that reach off screen on the same side still collide.
            let packed: Vec<Vec<(f64, f64)>> = shapes
                .iter()
                .map(|shape| {
                    shape
                        .extents
                        .iter()
                        .map(|&(start, end)| {
                            (start.max(-options.gap), end.min(width + options.gap))
                        })
                        .collect()
                })
                .collect();
            match lanes.place(&packed) {
                Some((lane, shape)) => {
                    let shape = &shapes[shape];
                    events.push(PlacedEvent {
                        index: mark.index,
                        x: mark.x,
                        width: mark.width,
                        lane,
                        y: first_lane_y + lane as f64 * options.lane_height,
                        label_x: shape.label_x,
                        label_width: shape.label_width,
                        label_side: shape.side,
                        shown_chars: shape.shown_chars,
                        line_break: shape.line_break,
                        extent: shape.extents[0],
                    });
                }
                None => {
                    let on_axis = scale.map(item.start).max(0.0).min(width);
                    let bucket = (on_axis / options.cluster_width).floor();
                    let centre = (bucket + 0.5) * options.cluster_width;
                    match band_clusters.iter_mut().find(|cluster| cluster.x == centre) {
                        Some(cluster) => {
                            cluster.items.push(mark.index);
                            cluster.start = cluster.start.min(item.start);
                            cluster.end = cluster.end.max(item.end);
                        }
                        None => band_clusters.push(EventCluster {
                            x: centre,
                            y: 0.0,
                            items: vec![mark.index],
                            start: item.start,
                            end: item.end,
                        }),
                    }
                }
            }
        }
        let lanes_used = lanes.used().max(1);
        let cluster_y = first_lane_y + lanes_used as f64 * options.lane_height;
        for cluster in &mut band_clusters {
            cluster.y = cluster_y;
            sort_by(&mut cluster.items, usize::cmp);
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
    sort_by_key(&mut events, |event| event.index);
    sort_by(&mut clusters, |a, b| {
        a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x))
    });
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

/// Where one item's mark goes, before its title is placed.
struct MarkOnAxis {
    /// Position of the item in the list laid out.
    index: usize,
    /// Left edge of a span, or the centre of a point, in CSS px.
    x: f64,
    /// Width of a span; 0 for a point.
    width: f64,
    /// Left edge of the mark as drawn, in CSS px.
    start: f64,
    /// Right edge of the mark as drawn, in CSS px.
    end: f64,
}

impl MarkOnAxis {
    /// The mark of `item` on `scale`: a point's marker, or the span between
    /// the positions of its first and last day (at least 3 px wide, grown
    /// from its first day), whichever way the scale runs.
    fn of(index: usize, item: &TimelineItem, scale: &TimeScale, options: &TimelineOptions) -> Self {
        let first = scale.map(item.start);
        if item.point {
            let half = options.marker_size / 2.0;
            return Self {
                index,
                x: first,
                width: 0.0,
                start: first - half,
                end: first + half,
            };
        }
        let after = scale.map(item.end);
        let (mut start, mut end) = (first.min(after), first.max(after));
        if end - start < 3.0 {
            if first <= after {
                end = start + 3.0;
            } else {
                start = end - 3.0;
            }
        }
        Self {
            index,
            x: start,
            width: end - start,
            start,
            end,
        }
    }
}

/// One place for an item's title: its side, its box, and what it needs in
/// the lane it takes and, for a title on two lines, in the lane below.
struct LabelShape {
    side: LabelSide,
    label_x: f64,
    label_width: f64,
    shown_chars: usize,
    line_break: Option<usize>,
    /// The extent of the mark and the title's first line, then the extent
    /// of its second line, if any.
    extents: Vec<(f64, f64)>,
}

/// The places for `item`'s title beside (or inside) `mark` that stay inside
/// the timeline, in order of preference: inside a span wide enough, then
/// after the mark, then before it (after is right, or left when time runs
/// right to left). The whole title on one line when it fits somewhere,
/// else on two lines, else clipped to the most room there is on one line,
/// else no title at all. Never empty.
fn label_shapes(
    item: &TimelineItem,
    mark: &MarkOnAxis,
    width: f64,
    options: &TimelineOptions,
) -> Vec<LabelShape> {
    let (left_edge, right_edge) = (EDGE_MARGIN, width - EDGE_MARGIN);
    // The part of a span on screen, where a title inside it goes.
    let inside = (mark.start.max(left_edge), mark.end.min(right_edge));
    let inside_room = if item.point {
        0.0
    } else {
        inside.1 - inside.0 - 2.0 * LABEL_GAP
    };
    let sides = if options.right_to_left {
        [LabelSide::Left, LabelSide::Right]
    } else {
        [LabelSide::Right, LabelSide::Left]
    };
    let shape =
        |side: LabelSide, label_width: f64, shown_chars: usize, line_break: Option<usize>| {
            let label_x = match side {
                LabelSide::Right => mark.end + LABEL_GAP,
                LabelSide::Left => mark.start - LABEL_GAP - label_width,
                LabelSide::Inside if options.right_to_left => inside.1 - LABEL_GAP - label_width,
                LabelSide::Inside => inside.0 + LABEL_GAP,
            };
            let fits = match side {
                LabelSide::Right => label_x + label_width <= right_edge,
                LabelSide::Left => label_x >= left_edge,
                LabelSide::Inside => label_width <= inside_room,
            };
            let first = (mark.start.min(label_x), mark.end.max(label_x + label_width));
            let second = line_break.map(|_| (label_x, label_x + label_width));
            fits.then(|| LabelShape {
                side,
                label_x,
                label_width,
                shown_chars,
                line_break,
                extents: std::iter::once(first).chain(second).collect(),
            })
        };
    let inside_first = (!item.point).then_some(LabelSide::Inside);
    let one_line = |shown_chars: usize| -> Vec<LabelShape> {
        let label_width = shown_width(&item.label, shown_chars, item.width_scale, options);
        inside_first
            .into_iter()
            .chain(sides)
            .filter_map(|side| shape(side, label_width, shown_chars, None))
            .collect()
    };
    let whole = one_line(item.shown_chars);
    if !whole.is_empty() {
        return whole;
    }
    if let Some((line_break, label_width)) = balanced_break(item, options) {
        let two_lines: Vec<LabelShape> = inside_first
            .into_iter()
            .chain(sides)
            .filter_map(|side| shape(side, label_width, item.shown_chars, Some(line_break)))
            .collect();
        if !two_lines.is_empty() {
            return two_lines;
        }
    }
    let room = [
        right_edge - mark.end - LABEL_GAP,
        mark.start - LABEL_GAP - left_edge,
        inside_room,
    ]
    .into_iter()
    .fold(0.0, f64::max);
    let clipped = one_line(chars_within(item, room, options));
    if !clipped.is_empty() {
        return clipped;
    }
    let side = sides[0];
    vec![LabelShape {
        side,
        label_x: if side == LabelSide::Left {
            mark.start
        } else {
            mark.end
        },
        label_width: 0.0,
        shown_chars: 0,
        line_break: None,
        extents: vec![(mark.start, mark.end)],
    }]
}

/// Where to break `item`'s shown title into two lines so the wider line is
/// as narrow as can be: the position of the first character of the second
/// line (after a space, or between two ideographs or kana), and that wider line's width in CSS px. `None` for
/// a title with nowhere to break.
fn balanced_break(item: &TimelineItem, options: &TimelineOptions) -> Option<(usize, f64)> {
    let scale = TITLE_WIDTH_MARGIN * item.width_scale * options.font_size;
    let chars: Vec<char> = item.label.chars().take(item.shown_chars).collect();
    let clipped = item.label.chars().nth(item.shown_chars).is_some();
    let ellipsis = if clipped { advance_em(ELLIPSIS) } else { 0.0 };
    let mut before = vec![0.0];
    for &c in &chars {
        before.push(before.last().copied().unwrap_or(0.0) + advance_em(c));
    }
    let total = before.last().copied().unwrap_or(0.0);
    // After a space (which neither line keeps), or between two characters
    // of a script written without spaces.
    let after_space = chars
        .iter()
        .enumerate()
        .filter(|&(at, &c)| c == ' ' && at > 0 && at + 1 < chars.len())
        .map(|(at, _)| (at + 1, before[at], total - before[at + 1]));
    // Between ideographs, where a Japanese word visibly ends if it does
    // anywhere, so each line holds whole words.
    let ideograph_breaks: Vec<usize> = (1..chars.len())
        .filter(|&at| breaks_anywhere(chars[at - 1]) && breaks_anywhere(chars[at]))
        .collect();
    let word_ends: Vec<usize> = ideograph_breaks
        .iter()
        .copied()
        .filter(|&at| word_ends_at(&chars, at))
        .collect();
    let between_ideographs = if word_ends.is_empty() {
        ideograph_breaks
    } else {
        word_ends
    }
    .into_iter()
    .map(|at| (at, before[at], total - before[at]));
    after_space
        .chain(between_ideographs)
        .map(|(at, first, second)| (at, first.max(second + ellipsis) * scale))
        .min_by(|a, b| a.1.total_cmp(&b.1))
}

/// Ticks for the scale, dropping each label that would overlap the one before it or an edge.
fn place_ticks(scale: &TimeScale, width: f64, options: &TimelineOptions) -> Vec<PlacedTick> {
    let count = options.tick_count(width);
    let mut last_label_end = f64::NEG_INFINITY;
    scale
        .ticks(count)
        .into_iter()
        .map(|tick| {
            let x = scale.map(tick.day as f64);
            let label_width = options.axis_label_width(tick.label);
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
