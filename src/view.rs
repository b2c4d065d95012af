//! Yew components: the widget and the pieces it is drawn from.

pub mod actor_map;
pub mod announcer;
pub mod card;
pub mod controller;
pub mod header;
pub mod load_error;
mod message;
mod picture;
pub mod problems;
pub mod search;
mod steps;
pub mod story_view;
pub mod text_view;
pub mod timeline;
mod view_switch;
pub mod widget;

pub use controller::Controller;
pub use story_view::{StoryView, StoryViewProps};
pub use widget::{Widget, WidgetProps};

/// A coordinate for an SVG attribute: CSS px to one decimal place, written
/// with integer arithmetic so the bundle needs no float formatting.
pub(crate) fn px(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, fraction) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
    if fraction == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction}")
    }
}

/// A scale factor for an SVG transform, to a thousandth, in integer arithmetic.
pub(crate) fn ratio(value: f64) -> String {
    let thousandths = (value * 1000.0).round().max(0.0) as u64;
    format!("{}.{:03}", thousandths / 1000, thousandths % 1000)
}

#[cfg(test)]
mod tests {
    use super::{px, ratio};

    #[test]
    fn scale_factors_are_written_to_a_thousandth() {
        assert_eq!(ratio(1.0), "1.000");
        assert_eq!(ratio(2.25), "2.250");
        assert_eq!(ratio(1.0 / 3.0), "0.333");
    }

    #[test]
    fn coordinates_are_written_to_a_tenth_of_a_pixel() {
        assert_eq!(px(12.0), "12");
        assert_eq!(px(12.345), "12.3");
        assert_eq!(px(-0.04), "0");
        assert_eq!(px(-3.25), "-3.3");
        assert_eq!(px(0.96), "1");
    }
}
