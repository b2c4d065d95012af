//! Numbers written as text without core's float formatting, which would
//! add its weight to the bundle.

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
