//! The timeline's view model: a story's events in the order the keyboard
//! visits them, their timeline items, the whole span, and the bands of lanes
//! by actor. Built once per story; the view asks it for layouts and for the
//! window that shows an event. Pure Rust: no DOM.

use std::collections::HashMap;

use super::time_warp::{AxisBreak, TimeWarp};
use super::timeline::{
    layout_timeline, layout_timeline_in_bands, BandLabel, TimelineItem, TimelineLayout,
    TimelineOptions,
};
use super::viewport::Viewport;
use crate::measures::TIMELINE_ZOOM_STEP;
use crate::model::{ActorId, Event, EventId, Story, TextSet};

/// How many times [`TimelineModel::window_showing`] zooms in, at most, to
/// draw an event as a mark of its own instead of in a cluster.
const MAX_ZOOM_STEPS: usize = 24;

/// A story's events as the timeline shows them.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineModel {
    /// Every event: the dated ones in time order, then the undated background.
    pub order: Vec<EventId>,
    /// The dated events' items, in the same order (item `i` is event `order[i]`).
    pub items: Vec<TimelineItem>,
    /// The window that shows every dated event, if there is one, in axis
    /// days. The timeline opens on it: with the story's long empty stretches
    /// compressed (see [`TimeWarp`]), the whole story is also the period where
    /// its events are, so opening and fit are one window.
    pub full: Option<Viewport>,
    /// The axis breaks that compress the story's long empty stretches.
    pub warp: TimeWarp,
    /// The lanes-by-actor bands: each dated event's band, and each band's name.
    pub bands: ActorBands,
}

/// One band per actor that leads a dated event, and a last one for events with no actor.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ActorBands {
    /// The band of each dated event, in time order.
    pub band_of: Vec<usize>,
    /// Each band's name: the lead actor's display name, then "No actor named".
    pub labels: Vec<Option<BandLabel>>,
}

impl TimelineModel {
    /// The model of `story`'s events, measured with `options`.
    pub fn new(story: &Story, options: &TimelineOptions) -> Self {
        let dated = story.events_in_time_order();
        let items: Vec<TimelineItem> = dated
            .iter()
            .filter_map(|event| TimelineItem::from_event(event, options))
            .collect();
        let order = dated
            .iter()
            .map(|event| event.id.clone())
            .chain(story.undated_events().map(|event| event.id.clone()))
            .collect();
        let first = items.iter().map(|item| item.start).reduce(f64::min);
        let last = items.iter().map(|item| item.end).reduce(f64::max);
        let warp = TimeWarp::for_spans(items.iter().map(|item| (item.start, item.end)));
        let full = first
            .zip(last)
            .map(|(first, last)| Viewport::around(warp.to_axis(first), warp.to_axis(last)));
        Self {
            order,
            items,
            full,
            warp,
            bands: ActorBands::of(story, &dated),
        }
    }

    /// The model with every title measured as drawn by `width_of` (in CSS
    /// px at [`TimelineOptions::font_size`]; see [`TimelineItem::measured`]).
    pub fn measured(
        mut self,
        mut width_of: impl FnMut(&str) -> f64,
        options: &TimelineOptions,
    ) -> Self {
        self.items = self
            .items
            .into_iter()
            .map(|item| {
                let width = width_of(&item.label);
                item.measured(width, options)
            })
            .collect();
        self
    }

    /// The compressed stretches of time as the vertical list shows them: each
    /// with the position of the first dated event after it, in time order.
    pub fn breaks_before_events(&self) -> Vec<(usize, AxisBreak)> {
        self.warp
            .breaks()
            .iter()
            .filter_map(|gap| {
                let next = self.items.iter().position(|item| item.start >= gap.end)?;
                (next > 0).then_some((next, *gap))
            })
            .collect()
    }

    /// The layout of the dated events for `visible` axis days in `width`
    /// CSS px, in one band or, with `by_actor`, one band per lead actor.
    pub fn layout(
        &self,
        visible: (f64, f64),
        width: f64,
        options: &TimelineOptions,
        by_actor: bool,
    ) -> TimelineLayout {
        let options = &options.clone().time_warp(self.warp);
        if by_actor {
            layout_timeline_in_bands(
                &self.items,
                &self.bands.band_of,
                &self.bands.labels,
                visible,
                width,
                options,
            )
        } else {
            layout_timeline(&self.items, visible, width, options)
        }
    }

    /// The window, from `from`, that shows dated event `index` as a mark of
    /// its own: the least pan that brings it on screen, zoomed in step by
    /// step until the layout places it (or the axis cannot zoom further).
    /// An undated event or an index past the end leaves the window as it is.
    pub fn window_showing(
        &self,
        from: &Viewport,
        index: usize,
        width: f64,
        options: &TimelineOptions,
        by_actor: bool,
    ) -> Viewport {
        let Some(item) = self.items.get(index) else {
            return *from;
        };
        let (start, end) = (self.warp.to_axis(item.start), self.warp.to_axis(item.end));
        let mut view = from.reveal(start, end);
        for _ in 0..MAX_ZOOM_STEPS {
            let layout = self.layout(view.visible, width, options, by_actor);
            if layout.events.iter().any(|placed| placed.index == index) || !view.can_zoom_in() {
                break;
            }
            view = view.zoom(TIMELINE_ZOOM_STEP, 0.5).reveal(start, end);
        }
        view
    }

    /// The window, from `from`, that opens a cluster of dated events
    /// `cluster` (positions in [`Self::items`]): the least pan that brings
    /// the first of them on screen, zoomed in step by step about it until it
    /// is drawn as a mark and none of them on screen is still clustered (or
    /// the axis cannot zoom further), so as much of the story as can be
    /// stays in view. Positions past the end are ignored; with none left the
    /// window stays as it is.
    pub fn window_opening(
        &self,
        from: &Viewport,
        cluster: &[usize],
        width: f64,
        options: &TimelineOptions,
        by_actor: bool,
    ) -> Viewport {
        let Some(first) = self.first_of(cluster) else {
            return *from;
        };
        let item = &self.items[first];
        let (start, end) = (self.warp.to_axis(item.start), self.warp.to_axis(item.end));
        let mut view = from.reveal(start, end);
        for _ in 0..MAX_ZOOM_STEPS {
            let layout = self.layout(view.visible, width, options, by_actor);
            let drawn = layout.events.iter().any(|placed| placed.index == first);
            let clustered = layout
                .clusters
                .iter()
                .any(|other| other.items.iter().any(|index| cluster.contains(index)));
            if (drawn && !clustered) || !view.can_zoom_in() {
                break;
            }
            let anchor = (start - view.visible.0) / view.span();
            view = view.zoom(TIMELINE_ZOOM_STEP, anchor).reveal(start, end);
        }
        view
    }

    /// The first in time (the lowest position) of `cluster`'s dated events.
    pub fn first_of(&self, cluster: &[usize]) -> Option<usize> {
        cluster
            .iter()
            .copied()
            .filter(|&index| index < self.items.len())
            .min()
    }
}

impl ActorBands {
    /// The bands of `dated` events (in time order): one per actor that leads
    /// one of them, in the story's order of actors, and a last band for
    /// events with no actor; each event goes in its first actor's band.
    pub fn of(story: &Story, dated: &[&Event]) -> Self {
        let leading: TextSet = dated
            .iter()
            .filter_map(|event| Some(event.actors.first()?.as_str()))
            .collect();
        let leads: Vec<&ActorId> = story
            .actors
            .iter()
            .map(|actor| &actor.id)
            .filter(|id| leading.contains(id.as_str()))
            .collect();
        let band_by_lead: HashMap<String, usize> = leads
            .iter()
            .enumerate()
            .map(|(band, &id)| (id.0.clone(), band))
            .collect();
        let band_of = dated
            .iter()
            .filter(|event| event.date.is_some())
            .map(|event| {
                event
                    .actors
                    .first()
                    .and_then(|lead| band_by_lead.get(lead.as_str()).copied())
                    .unwrap_or(leads.len())
            })
            .collect();
        let mut labels: Vec<Option<BandLabel>> = leads
            .iter()
            .map(|id| {
                story
                    .actor(id)
                    .map(|actor| BandLabel::Actor(actor.display_name().to_owned()))
            })
            .collect();
        labels.push(Some(BandLabel::NoActor));
        Self { band_of, labels }
    }
}
