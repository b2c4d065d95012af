//! Dateline's engine: everything about a story that needs no browser.
//!
//! [`model`] holds the story's types, dates, ids and the checks that read a
//! story file; [`layout`] the time scale, axis breaks, ticks, lanes, force
//! layout and geometry that place it; [`i18n`] the message catalogues and the
//! way each shipped language writes dates and numbers; [`json_text`] where a
//! story file's text stops being JSON; [`measures`] the widths and steps
//! written once for all of them. [`sort`] is the one stable sort they
//! all use; [`panic_reason`] what the widget and the studio say of a fault. Nothing here depends on the web: the widget draws from it in the
//! browser, and the toolkit exports and pre-renders from it natively.

pub mod i18n;
pub mod json_text;
pub mod layout;
pub mod measures;
pub mod model;
pub mod sort;

/// What a panic says, from its payload: the message it was given, or "an
/// internal error" for a payload that is not text.
pub fn panic_reason(payload: &(dyn std::any::Any + Send)) -> &str {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("an internal error")
}

#[cfg(test)]
mod tests {
    use super::panic_reason;

    #[test]
    fn a_panic_says_its_message_whatever_its_payload() {
        let reason = |run: fn()| {
            let payload = std::panic::catch_unwind(run).expect_err("it panics");
            panic_reason(payload.as_ref()).to_owned()
        };
        assert_eq!(reason(|| panic!("a plain message")), "a plain message");
        assert_eq!(
            reason(|| panic!("a message of {} parts", 3)),
            "a message of 3 parts"
        );
        assert_eq!(reason(|| std::panic::panic_any(7_u8)), "an internal error");
    }
}
