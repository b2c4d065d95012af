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
mod zoom;

pub use controller::Controller;
pub use story_view::{StoryView, StoryViewProps};
pub use widget::{Widget, WidgetProps};

/// The names in a `class` attribute, written as `classes!` writes them but
/// joined as plain text: Yew's set of classes, and its hash table of names,
/// stay out of the bundle. Each name is text, or an `Option` left out when
/// `None`: `class_names!("dl-card", pinned.then_some("dl-card--pinned"))`.
macro_rules! class_names {
    ($($name:expr),+ $(,)?) => {
        $crate::view::join_class_names(&[$($crate::view::ClassName::class_name(&$name)),+])
    };
}
pub(crate) use class_names;

/// Something that gives a class name, or none.
pub(crate) trait ClassName {
    /// The name, if there is one.
    fn class_name(&self) -> Option<&str>;
}

impl ClassName for &str {
    fn class_name(&self) -> Option<&str> {
        Some(self)
    }
}

impl ClassName for String {
    fn class_name(&self) -> Option<&str> {
        Some(self)
    }
}

impl ClassName for Option<&str> {
    fn class_name(&self) -> Option<&str> {
        *self
    }
}

/// The names given, in order and separated by a space.
pub(crate) fn join_class_names(names: &[Option<&str>]) -> String {
    let mut joined = String::new();
    for name in names.iter().flatten().filter(|name| !name.is_empty()) {
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(name);
    }
    joined
}

/// A coordinate for an SVG attribute or a CSS length: CSS px to one decimal
/// place, written with integer arithmetic so the bundle needs no float formatting.
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
    fn class_names_leave_out_what_is_not_there() {
        let kind = String::from("dl-mark--statement");
        assert_eq!(
            class_names!(
                "dl-event",
                kind,
                true.then_some("dl-match"),
                false.then_some("dl-faded")
            ),
            "dl-event dl-mark--statement dl-match"
        );
        assert_eq!(class_names!(None::<&str>, "", Some("dl-card")), "dl-card");
    }

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
