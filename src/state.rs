//! What the reader has picked, and the one pure function that changes it.

use std::rc::Rc;

use yew::Reducible;

use crate::layout::Viewport;
use crate::model::EventId;

/// The reader's selection, shared by every view of one widget.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The event the reader selected, if any.
    pub selected_event: Option<EventId>,
}

/// Everything the reader can do to the selection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Select this event (selecting it again keeps it selected).
    SelectEvent(EventId),
    /// Select nothing.
    ClearSelection,
}

impl ViewState {
    /// The state after `action`; `None` when the action changes nothing.
    pub fn apply(&self, action: Action) -> Option<Self> {
        let next = match action {
            Action::SelectEvent(id) => Self {
                selected_event: Some(id),
            },
            Action::ClearSelection => Self {
                selected_event: None,
            },
        };
        (next != *self).then_some(next)
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
            .apply(Action::SelectEvent("a".into()))
            .expect("selection changes state");
        assert_eq!(selected.selected_event, Some(EventId::from("a")));
        assert_eq!(
            selected.apply(Action::ClearSelection),
            Some(ViewState::default())
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
            selected_event: Some("a".into()),
        });
        let same = state.clone().reduce(Action::SelectEvent("a".into()));
        assert!(Rc::ptr_eq(&state, &same));
        let cleared = Rc::new(ViewState::default());
        assert!(Rc::ptr_eq(
            &cleared,
            &cleared.clone().reduce(Action::ClearSelection)
        ));
    }
}
