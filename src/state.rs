//! What the reader has picked, and the one pure function that changes it.

use std::rc::Rc;

use yew::Reducible;

use crate::layout::Viewport;
use crate::model::{ActorId, EventId, RelationId, Story};

/// One item the reader has picked.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Selection {
    /// An event on the timeline.
    Event(EventId),
    /// An actor on the map.
    Actor(ActorId),
    /// A relation on the map.
    Relation(RelationId),
}

/// The reader's choices, shared by every view of one widget.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The item the reader selected, if any.
    pub selection: Option<Selection>,
    /// The day the reader set the map to (days since 1970-01-01), if they did.
    pub map_day: Option<i64>,
}

/// Everything the reader can do to the shared state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Select this item; selecting an event also lets the map follow its date.
    Select(Selection),
    /// Select nothing.
    ClearSelection,
    /// Show the map as of this day (days since 1970-01-01).
    ShowMapAsOf(i64),
}

impl ViewState {
    /// The state after `action`; `None` when the action changes nothing.
    pub fn apply(&self, action: Action) -> Option<Self> {
        let next = match action {
            Action::Select(selection @ Selection::Event(_)) => Self {
                selection: Some(selection),
                map_day: None,
            },
            Action::Select(selection) => Self {
                selection: Some(selection),
                ..self.clone()
            },
            Action::ClearSelection => Self {
                selection: None,
                ..self.clone()
            },
            Action::ShowMapAsOf(day) => Self {
                map_day: Some(day),
                ..self.clone()
            },
        };
        (next != *self).then_some(next)
    }

    /// The selected event, if the selection is an event.
    pub fn selected_event(&self) -> Option<&EventId> {
        match &self.selection {
            Some(Selection::Event(id)) => Some(id),
            _ => None,
        }
    }

    /// The day the map shows: the one the reader set, else the last day of the
    /// selected event, else the story's publication date, else its latest event.
    pub fn map_day(&self, story: &Story) -> i64 {
        let selected = self
            .selected_event()
            .and_then(|id| story.event(id))
            .and_then(|event| event.end.or(event.date));
        self.map_day
            .or_else(|| selected.map(|date| date.end_day() - 1))
            .or_else(|| story.meta.published.map(|date| date.end_day() - 1))
            .or_else(|| {
                story
                    .events
                    .iter()
                    .filter_map(|event| event.end.or(event.date))
                    .map(|date| date.end_day() - 1)
                    .max()
            })
            .unwrap_or(0)
    }
}

impl Reducible for ViewState {
    type Action = Action;

    /// Returns the same `Rc` for a no-op, so nothing re-renders.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.apply(action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}

/// A change to the timeline's visible window. Applied in order to the
/// latest window, so a burst of pointer or wheel events composes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ViewportAction {
    /// Zoom by `factor` (above 1 zooms in) about `anchor`, a fraction of the width.
    Zoom {
        /// How much closer to get.
        factor: f64,
        /// Where the zoom is centred, in `0.0..=1.0` of the visible width.
        anchor: f64,
    },
    /// Move the window by this many days.
    Pan(f64),
    /// Show exactly this window.
    Show(Viewport),
}

impl Reducible for Viewport {
    type Action = ViewportAction;

    fn reduce(self: Rc<Self>, action: ViewportAction) -> Rc<Self> {
        let next = match action {
            ViewportAction::Zoom { factor, anchor } => self.zoom(factor, anchor),
            ViewportAction::Pan(days) => self.pan(days),
            ViewportAction::Show(viewport) => viewport,
        };
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selecting_an_event_then_clearing_returns_to_nothing_selected() {
        let state = ViewState::default();
        let selected = state
            .apply(Action::Select(Selection::Event("a".into())))
            .expect("selection changes state");
        assert_eq!(selected.selected_event(), Some(&EventId::from("a")));
        assert_eq!(
            selected.apply(Action::ClearSelection),
            Some(ViewState::default())
        );
    }

    #[test]
    fn selecting_an_event_lets_the_map_follow_it_again() {
        let state = ViewState {
            selection: None,
            map_day: Some(100),
        };
        let next = state
            .apply(Action::Select(Selection::Event("a".into())))
            .unwrap();
        assert_eq!(next.map_day, None);
        let actor = state
            .apply(Action::Select(Selection::Actor("b".into())))
            .unwrap();
        assert_eq!(
            actor.map_day,
            Some(100),
            "selecting an actor keeps the reader's date"
        );
    }

    #[test]
    fn viewport_actions_compose_on_the_latest_window() {
        let start = Rc::new(Viewport::fit((0.0, 1000.0)).zoom(10.0, 0.0));
        let moved = start
            .clone()
            .reduce(ViewportAction::Pan(10.0))
            .reduce(ViewportAction::Pan(10.0));
        assert_eq!(moved.visible.0, start.visible.0 + 20.0);
        let pinned = Rc::new(Viewport::fit((0.0, 1000.0)));
        assert!(
            Rc::ptr_eq(&pinned, &pinned.clone().reduce(ViewportAction::Pan(-5.0))),
            "a pan past the start is a no-op"
        );
    }

    #[test]
    fn a_no_op_keeps_the_same_rc() {
        let state = Rc::new(ViewState {
            selection: Some(Selection::Event("a".into())),
            map_day: None,
        });
        let same = state
            .clone()
            .reduce(Action::Select(Selection::Event("a".into())));
        assert!(Rc::ptr_eq(&state, &same));
        let cleared = Rc::new(ViewState::default());
        assert!(Rc::ptr_eq(
            &cleared,
            &cleared.clone().reduce(Action::ClearSelection)
        ));
    }
}
