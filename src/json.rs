//! Reading a story file's text with the browser's own JSON parser.
//!
//! In the browser, `JSON.parse` reads the text and the value it makes is
//! handed to [`check_story`] as serde_json's, so the widget carries no JSON
//! parser of its own; [`crate::json_text`] gives a syntax error the line and
//! column the native reader gives. Natively (tests, the pre-render)
//! [`read_story`] is [`parse_story`]. The checks, and every message about an
//! item, are the same on both paths; only the wording of a syntax error is the
//! browser's.
//!
//! [`check_story`]: crate::model::check_story
//! [`parse_story`]: crate::model::parse_story

use crate::model::{CheckedStory, PicturePaths, StoryError};

/// Reads a story from the text of a story file, with or without pictures
/// given as paths.
///
/// # Errors
/// As [`parse_story`](crate::model::parse_story): the text is too large, is
/// not JSON (with the line and column of the fault), is nested deeper than
/// [`MAX_NESTING`](crate::json_text::MAX_NESTING), or is not a version 1 story.
#[cfg(target_arch = "wasm32")]
pub fn read_story(text: &str, paths: PicturePaths) -> Result<CheckedStory, StoryError> {
    use crate::json_text::{browser_message, syntax_error, syntax_fault, too_deep};
    use crate::model::validate::{MAX_STORY_BYTES, TOO_DEEP};
    if text.len() > MAX_STORY_BYTES {
        return Err(StoryError::TooLarge { bytes: text.len() });
    }
    if let Some(at) = too_deep(text) {
        return Err(syntax_error(text, at, TOO_DEEP.to_owned()));
    }
    let value = js_sys::JSON::parse(text).map_err(|error| {
        let message = js_sys::Error::from(error).message();
        let at = syntax_fault(text).unwrap_or(text.len());
        syntax_error(text, at, browser_message(&String::from(message)))
    })?;
    crate::model::check_story(json_value(&value), paths)
}

/// The value `JSON.parse` made, as serde_json's: a number that is a safe
/// integer is an integer, any other a float (as serde-wasm-bindgen read it).
#[cfg(target_arch = "wasm32")]
fn json_value(value: &wasm_bindgen::JsValue) -> serde_json::Value {
    use serde_json::Value;
    use wasm_bindgen::JsCast;
    if let Some(flag) = value.as_bool() {
        Value::Bool(flag)
    } else if let Some(number) = value.as_f64() {
        if js_sys::Number::is_safe_integer(value) {
            Value::from(number as i64)
        } else {
            serde_json::Number::from_f64(number).map_or(Value::Null, Value::Number)
        }
    } else if let Some(text) = value.as_string() {
        Value::String(text)
    } else if js_sys::Array::is_array(value) {
        let items: &js_sys::Array = value.unchecked_ref();
        Value::Array(items.iter().map(|item| json_value(&item)).collect())
    } else if value.is_object() {
        let entries = js_sys::Object::entries(value.unchecked_ref());
        Value::Object(
            entries
                .iter()
                .map(|entry| {
                    let entry: js_sys::Array = entry.unchecked_into();
                    (
                        entry.get(0).as_string().unwrap_or_default(),
                        json_value(&entry.get(1)),
                    )
                })
                .collect(),
        )
    } else {
        Value::Null
    }
}

/// Reads a story from the text of a story file, with or without pictures
/// given as paths.
///
/// # Errors
/// As [`parse_story`](crate::model::parse_story).
#[cfg(not(target_arch = "wasm32"))]
pub fn read_story(text: &str, paths: PicturePaths) -> Result<CheckedStory, StoryError> {
    crate::model::parse_story_with(text, paths)
}
