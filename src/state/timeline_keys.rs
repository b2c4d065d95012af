//! What a key pressed on the timeline does, as pure functions: arrows, Home
//! and End move between events in time order (in a right-to-left widget the
//! left arrow goes later), Enter and Space select, + and − zoom, 0 fits; on
//! a cluster, the arrows move to the cluster beside it. No DOM: the view
//! finds where the key was pressed and carries out the [`TimelineCommand`].

use crate::measures::TIMELINE_ZOOM_STEP;

/// Where a key was pressed on the timeline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KeyPlace {
    /// The position, in time order, of the event the key was pressed on (or
    /// that a key pressed faster than the page redraws is taking focus to).
    pub event: Option<usize>,
    /// How many events there are in time order.
    pub count: usize,
    /// Whether the timeline is the vertical list (which does not zoom).
    pub vertical: bool,
    /// Whether time runs right to left.
    pub right_to_left: bool,
}

/// What the timeline does for a key.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TimelineCommand {
    /// Move keyboard focus to the event at this position in time order.
    Focus(usize),
    /// Select the event at this position.
    Select(usize),
    /// Zoom by this factor about the middle.
    Zoom(f64),
    /// Show every event.
    Fit,
}

/// What `key` (`KeyboardEvent.key`) does at `place`; `None` when the key is
/// not the timeline's.
pub fn timeline_key(key: &str, place: KeyPlace) -> Option<TimelineCommand> {
    let (later, earlier) = if place.right_to_left {
        ("ArrowLeft", "ArrowRight")
    } else {
        ("ArrowRight", "ArrowLeft")
    };
    let last = place.count.saturating_sub(1);
    let zooms = !place.vertical;
    Some(match (key, place.event) {
        (key, Some(at)) if key == later || key == "ArrowDown" => {
            TimelineCommand::Focus((at + 1).min(last))
        }
        (key, Some(at)) if key == earlier || key == "ArrowUp" => {
            TimelineCommand::Focus(at.saturating_sub(1))
        }
        ("Home", Some(_)) => TimelineCommand::Focus(0),
        ("End", Some(_)) => TimelineCommand::Focus(last),
        ("Enter" | " ", Some(at)) => TimelineCommand::Select(at),
        ("+" | "=", _) if zooms => TimelineCommand::Zoom(TIMELINE_ZOOM_STEP),
        ("-" | "_", _) if zooms => TimelineCommand::Zoom(1.0 / TIMELINE_ZOOM_STEP),
        ("0", _) if zooms => TimelineCommand::Fit,
        _ => return None,
    })
}

/// The cluster an arrow `key` (Home, End) moves to from cluster `at` of
/// `count`, left to right as drawn; `None` when the key does not move
/// between clusters.
pub fn cluster_key(key: &str, at: usize, count: usize) -> Option<usize> {
    let last = count.checked_sub(1)?;
    Some(match key {
        "ArrowRight" | "ArrowDown" => (at + 1).min(last),
        "ArrowLeft" | "ArrowUp" => at.saturating_sub(1).min(last),
        "Home" => 0,
        "End" => last,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::TimelineCommand::{Fit, Focus, Select, Zoom};
    use super::{cluster_key, timeline_key, KeyPlace};

    fn on(event: Option<usize>) -> KeyPlace {
        KeyPlace {
            event,
            count: 5,
            vertical: false,
            right_to_left: false,
        }
    }

    #[test]
    fn arrows_move_in_time_order_and_stop_at_the_ends() {
        assert_eq!(timeline_key("ArrowRight", on(Some(2))), Some(Focus(3)));
        assert_eq!(timeline_key("ArrowDown", on(Some(4))), Some(Focus(4)));
        assert_eq!(timeline_key("ArrowLeft", on(Some(0))), Some(Focus(0)));
        assert_eq!(timeline_key("ArrowUp", on(Some(3))), Some(Focus(2)));
        assert_eq!(timeline_key("Home", on(Some(3))), Some(Focus(0)));
        assert_eq!(timeline_key("End", on(Some(1))), Some(Focus(4)));
        assert_eq!(
            timeline_key("ArrowRight", on(None)),
            None,
            "not on an event"
        );
    }

    #[test]
    fn right_to_left_the_left_arrow_goes_later() {
        let place = KeyPlace {
            right_to_left: true,
            ..on(Some(2))
        };
        assert_eq!(timeline_key("ArrowLeft", place), Some(Focus(3)));
        assert_eq!(timeline_key("ArrowRight", place), Some(Focus(1)));
        assert_eq!(timeline_key("ArrowDown", place), Some(Focus(3)));
    }

    #[test]
    fn enter_selects_and_the_zoom_keys_zoom_only_the_axis() {
        assert_eq!(timeline_key("Enter", on(Some(2))), Some(Select(2)));
        assert_eq!(timeline_key(" ", on(Some(2))), Some(Select(2)));
        assert_eq!(timeline_key("Enter", on(None)), None);
        assert_eq!(timeline_key("+", on(None)), Some(Zoom(2.0)));
        assert_eq!(timeline_key("_", on(Some(1))), Some(Zoom(0.5)));
        assert_eq!(timeline_key("0", on(None)), Some(Fit));
        let list = KeyPlace {
            vertical: true,
            ..on(Some(1))
        };
        assert_eq!(timeline_key("+", list), None, "the list does not zoom");
        assert_eq!(timeline_key("x", on(Some(1))), None);
    }

    #[test]
    fn arrows_move_between_clusters() {
        assert_eq!(cluster_key("ArrowRight", 1, 3), Some(2));
        assert_eq!(cluster_key("ArrowRight", 2, 3), Some(2));
        assert_eq!(cluster_key("ArrowUp", 0, 3), Some(0));
        assert_eq!(cluster_key("End", 0, 3), Some(2));
        assert_eq!(cluster_key("Enter", 0, 3), None, "Enter opens the cluster");
        assert_eq!(cluster_key("Home", 0, 0), None);
    }
}
