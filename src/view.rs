//! Yew components: the widget and the pieces it is drawn from.

pub mod actor_map;
pub mod announcer;
pub mod card;
pub mod header;
pub mod load_error;
mod message;
pub mod problems;
pub mod search;
mod steps;
pub mod story_view;
pub mod text_view;
pub mod timeline;
mod view_switch;
pub mod widget;

pub use story_view::{StoryView, StoryViewProps};
pub use widget::{Controller, Widget, WidgetProps};

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

/// A number as Rust's `{}` writes it: the fewest digits that read back as
/// the same number, never with an exponent ("0.1", "-0",
/// "1000000000000000000000", "NaN", "inf"). In the browser JavaScript finds
/// the digits (the same ones, by the same rules), so the bundle carries no
/// float formatting of its own; natively it is `{}`.
pub fn shortest(value: f64) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    {
        value.to_string()
    }
    #[cfg(target_arch = "wasm32")]
    {
        if value.is_nan() {
            return "NaN".to_owned();
        }
        let sign = if value.is_sign_negative() { "-" } else { "" };
        if value.is_infinite() {
            return format!("{sign}inf");
        }
        if value == 0.0 {
            return format!("{sign}0");
        }
        // `String(x)` gives the fewest digits that read back as x, the closest
        // of them to x; where two are as close it takes the even one, Rust the
        // larger, as `toPrecision` does with as many digits.
        let number = js_sys::Number::from(value.abs());
        let fewest = String::from(number.to_string_with_radix(10).unwrap_or_default());
        let digits: String = fewest
            .split('e')
            .next()
            .unwrap_or_default()
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        let significant = digits.trim_matches('0').len();
        let written = String::from(
            number
                .to_precision(significant.clamp(1, 100) as u8)
                .unwrap_or_default(),
        );
        let (mantissa, exponent) = match written.split_once('e') {
            Some((mantissa, exponent)) => (mantissa, exponent.parse::<isize>().unwrap_or(0)),
            None => (written.as_str(), 0),
        };
        let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let digits = format!("{whole}{fraction}");
        // Where the decimal point goes among the digits.
        let point = whole.len() as isize + exponent;
        let text = if point <= 0 {
            format!("0.{}{digits}", "0".repeat(point.unsigned_abs()))
        } else if point as usize >= digits.len() {
            format!("{digits}{}", "0".repeat(point as usize - digits.len()))
        } else {
            format!(
                "{}.{}",
                &digits[..point as usize],
                &digits[point as usize..]
            )
        };
        format!("{sign}{text}")
    }
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
