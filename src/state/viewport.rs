//! The timeline's visible window as a reducer, so bursts of pointer and
//! wheel events compose on the latest window.

use std::ops::Deref;
use std::rc::Rc;

use yew::Reducible;

use crate::layout::Viewport;

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
    /// Move the window by this many axis days (see [`crate::layout::TimeWarp`]).
    Pan(f64),
    /// Show exactly this window.
    Show(Viewport),
}

/// The timeline's visible window as the widget holds it: the engine's
/// [`Viewport`], changed only through [`ViewportAction`]s.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct VisibleWindow(pub Viewport);

impl Deref for VisibleWindow {
    type Target = Viewport;

    fn deref(&self) -> &Viewport {
        &self.0
    }
}

impl Reducible for VisibleWindow {
    type Action = ViewportAction;

    fn reduce(self: Rc<Self>, action: ViewportAction) -> Rc<Self> {
        let next = VisibleWindow(match action {
            ViewportAction::Zoom { factor, anchor } => self.zoom(factor, anchor),
            ViewportAction::Pan(days) => self.pan(days),
            ViewportAction::Show(viewport) => viewport,
        });
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
    fn viewport_actions_compose_on_the_latest_window() {
        let start = Rc::new(VisibleWindow(Viewport::fit((0.0, 1000.0)).zoom(10.0, 0.0)));
        let moved = start
            .clone()
            .reduce(ViewportAction::Pan(10.0))
            .reduce(ViewportAction::Pan(10.0));
        assert_eq!(moved.visible.0, start.visible.0 + 20.0);
        let pinned = Rc::new(VisibleWindow(Viewport::fit((0.0, 1000.0))));
        assert!(
            Rc::ptr_eq(&pinned, &pinned.clone().reduce(ViewportAction::Pan(-5.0))),
            "a pan past the start is a no-op"
        );
    }
}
