//! What the timeline draws and how: the parts of the horizontal axis, how
//! the reader's selection, search and visits mark each event, and the names
//! and classes of event marks, shared by the axis and the vertical list.

use yew::prelude::*;

use crate::layout::timeline::{TimelineLayout, TimelineOptions};
use crate::layout::TimelineModel;
use crate::model::{EventId, EventKind, ItemRef, Story};
use crate::state::{Changes, Highlight, SearchLight};

/// What the axis draws: the layout of the dated events and how each is marked.
pub struct Axis<'a> {
    /// The story drawn.
    pub story: &'a Story,
    /// Its timeline model.
    pub model: &'a TimelineModel,
    /// The measures the layout used.
    pub options: &'a TimelineOptions,
    /// Where everything goes.
    pub layout: &'a TimelineLayout,
    /// Which events are selected or faded.
    pub marking: &'a Marking<'a>,
    /// The event that is the timeline's tab stop.
    pub tab_stop: Option<usize>,
    /// Whether the window moves with a transition (not during a drag).
    pub smooth: bool,
    /// Called with an event's position in the model's order when it is chosen.
    pub select: &'a Callback<usize>,
    /// Called with a cluster's first and last day when it is chosen.
    pub zoom_cluster: &'a Callback<(f64, f64)>,
}

/// Which events are selected and which are faded by the reader's selection.
pub struct Marking<'a> {
    /// The selected event, if any.
    pub selected: Option<&'a EventId>,
    /// What the selection lights up, if anything is selected.
    pub highlight: Option<&'a Highlight>,
    /// What is new to this reader.
    pub changes: &'a Changes,
    /// What the reader's search matches, while a query stands.
    pub search: &'a SearchLight,
}

/// How one event is marked.
#[derive(Clone, Copy)]
pub struct Mark {
    /// Whether the event is the one selected.
    pub selected: bool,
    /// Whether the selection leaves the event unlit.
    pub faded: bool,
    /// Whether the event is new since the reader's last visit.
    pub new: bool,
    /// Whether the reader's search matches the event.
    pub matched: bool,
}

impl Marking<'_> {
    /// How event `id` is marked.
    pub fn of(&self, id: &EventId) -> Mark {
        Mark {
            selected: self.selected == Some(id),
            faded: self
                .highlight
                .is_some_and(|highlight| !highlight.events.contains(id)),
            new: self.changes.is_new(&ItemRef::Event(id.clone())),
            matched: self.search.event(id),
        }
    }
}

/// The class that colours a mark by its event's kind.
pub fn kind_class(kind: EventKind) -> String {
    format!("dl-mark--{}", kind.label())
}
