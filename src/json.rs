//! Reading a story file's text with the browser's own JSON parser.
//!
//! In the browser, `JSON.parse` reads the text and the value it makes is
//! handed to [`check_story`] as serde_json's, so the widget carries no JSON
//! parser of its own (serde_json's reader is about 11 KB of the gzipped
//! bundle). Natively (tests, the `dateline` command) [`read_story`] is
//! [`parse_story`]. The checks, and every message about an item, are the same
//! on both paths; only the wording of a syntax error is the browser's.
//!
//! [`check_story`]: crate::model::check_story
//! [`parse_story`]: crate::model::parse_story

// The helpers below the entry point are the browser's; natively only the tests use them.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

use crate::model::{CheckedStory, PicturePaths, StoryError};

/// Deepest nesting of lists and objects read, as serde_json's recursion limit.
pub const MAX_NESTING: usize = 128;

/// Reads a story from the text of a story file, with or without pictures
/// given as paths.
///
/// # Errors
/// As [`parse_story`](crate::model::parse_story): the text is too large, is
/// not JSON (with the line and column of the fault), is nested deeper than
/// [`MAX_NESTING`], or is not a version 1 story.
#[cfg(target_arch = "wasm32")]
pub fn read_story(text: &str, paths: PicturePaths) -> Result<CheckedStory, StoryError> {
    use crate::model::validate::MAX_STORY_BYTES;
    if text.len() > MAX_STORY_BYTES {
        return Err(StoryError::TooLarge { bytes: text.len() });
    }
    if let Some(at) = too_deep(text) {
        return Err(syntax_error(
            text,
            at,
            crate::model::validate::TOO_DEEP.to_owned(),
        ));
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

/// A syntax error at byte `at` of `text`.
fn syntax_error(text: &str, at: usize, message: String) -> StoryError {
    let (line, column) = line_and_column(text, at);
    StoryError::Syntax {
        line,
        column,
        message,
    }
}

/// The browser's `JSON.parse` message without the position and excerpt it
/// may add, starting in lower case so it reads after "not valid JSON: ".
fn browser_message(message: &str) -> String {
    let message = message.strip_prefix("JSON.parse: ").unwrap_or(message);
    let mut end = [" in JSON at position", " at line ", " (line "]
        .iter()
        .filter_map(|marker| message.find(marker))
        .min()
        .unwrap_or(message.len());
    if message.ends_with(" is not valid JSON") {
        // Chromium: `Unexpected token 'T', "This is no"... is not valid JSON`.
        end = end.min(message.find("', ").map_or(end, |quote| quote + 1));
    }
    let mut message = message[..end].to_owned();
    if let Some(first) = message.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    message
}

/// Line and column (from 1) of byte `at` of `text`; the column counts bytes,
/// as serde_json's does.
fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let start = before.rfind('\n').map_or(0, |newline| newline + 1);
    (before.matches('\n').count() + 1, at - start + 1)
}

/// The brackets and braces of JSON text outside its strings, with their byte
/// offsets: enough to follow its nesting without parsing it.
pub fn structure(text: &str) -> impl Iterator<Item = (usize, u8)> + '_ {
    let (mut in_string, mut escaped) = (false, false);
    text.bytes().enumerate().filter(move |&(_, byte)| {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            return false;
        }
        in_string = byte == b'"';
        matches!(byte, b'[' | b'{' | b']' | b'}')
    })
}

/// The byte offset of the first `[` or `{` nested deeper than [`MAX_NESTING`],
/// outside strings, if there is one.
fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (at, byte) in structure(text) {
        if matches!(byte, b'[' | b'{') {
            depth += 1;
            if depth > MAX_NESTING {
                return Some(at);
            }
        } else {
            depth = depth.saturating_sub(1);
        }
    }
    None
}

/// The byte offset where `text` stops being JSON, or `None` if it is JSON.
///
/// Only asked after `JSON.parse` has failed, to say where: the browsers' own
/// messages do not all give a position.
fn syntax_fault(text: &str) -> Option<usize> {
    check_json(text.as_bytes()).err()
}

/// `Err(offset)` of the first fault in `bytes`, as [`syntax_fault`].
fn check_json(bytes: &[u8]) -> Result<(), usize> {
    let mut at = 0;
    let mut open: Vec<u8> = Vec::new();
    loop {
        // A value starts here.
        at = skip_space(bytes, at);
        match bytes.get(at) {
            Some(b'{') => {
                at = skip_space(bytes, at + 1);
                if bytes.get(at) == Some(&b'}') {
                    at += 1;
                } else {
                    open.push(b'}');
                    at = key(bytes, at)?;
                    continue;
                }
            }
            Some(b'[') => {
                at = skip_space(bytes, at + 1);
                if bytes.get(at) == Some(&b']') {
                    at += 1;
                } else {
                    open.push(b']');
                    continue;
                }
            }
            Some(b'"') => at = string(bytes, at)?,
            Some(b'-' | b'0'..=b'9') => at = number(bytes, at)?,
            Some(b't') => at = word(bytes, at, b"true")?,
            Some(b'f') => at = word(bytes, at, b"false")?,
            Some(b'n') => at = word(bytes, at, b"null")?,
            _ => return Err(at),
        }
        // A value ended here: close what it ends, or go on to the next one.
        loop {
            at = skip_space(bytes, at);
            let Some(&close) = open.last() else {
                return if at < bytes.len() { Err(at) } else { Ok(()) };
            };
            match bytes.get(at) {
                Some(&byte) if byte == close => {
                    open.pop();
                    at += 1;
                }
                Some(b',') if close == b'}' => {
                    at = key(bytes, skip_space(bytes, at + 1))?;
                    break;
                }
                Some(b',') => {
                    at += 1;
                    break;
                }
                _ => return Err(at),
            }
        }
    }
}

fn skip_space(bytes: &[u8], mut at: usize) -> usize {
    while matches!(bytes.get(at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        at += 1;
    }
    at
}

/// An object's key and its colon at `at`: the offset after the colon, or `Err(offset)` of the fault.
fn key(bytes: &[u8], at: usize) -> Result<usize, usize> {
    if bytes.get(at) != Some(&b'"') {
        return Err(at);
    }
    let at = skip_space(bytes, string(bytes, at)?);
    if bytes.get(at) == Some(&b':') {
        Ok(at + 1)
    } else {
        Err(at)
    }
}

/// The string at `at` (its opening quote): the offset after it, or `Err(offset)` of the fault.
fn string(bytes: &[u8], mut at: usize) -> Result<usize, usize> {
    at += 1;
    loop {
        match bytes.get(at) {
            Some(b'"') => return Ok(at + 1),
            Some(b'\\') => match bytes.get(at + 1) {
                Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => at += 2,
                Some(b'u') => {
                    for digit in at + 2..at + 6 {
                        if !bytes.get(digit).is_some_and(u8::is_ascii_hexdigit) {
                            return Err(digit);
                        }
                    }
                    at += 6;
                }
                _ => return Err(at + 1),
            },
            Some(0x20..) => at += 1,
            _ => return Err(at),
        }
    }
}

/// The number at `at`: the offset after it, or `Err(offset)` of the fault.
fn number(bytes: &[u8], mut at: usize) -> Result<usize, usize> {
    let digits = |at: usize| -> Result<usize, usize> {
        let end = at
            + bytes[at.min(bytes.len())..]
                .iter()
                .take_while(|byte| byte.is_ascii_digit())
                .count();
        if end == at {
            Err(at)
        } else {
            Ok(end)
        }
    };
    if bytes.get(at) == Some(&b'-') {
        at += 1;
    }
    at = if bytes.get(at) == Some(&b'0') {
        at + 1
    } else {
        digits(at)?
    };
    if bytes.get(at) == Some(&b'.') {
        at = digits(at + 1)?;
    }
    if matches!(bytes.get(at), Some(b'e' | b'E')) {
        at += 1;
        if matches!(bytes.get(at), Some(b'+' | b'-')) {
            at += 1;
        }
        at = digits(at)?;
    }
    Ok(at)
}

/// The literal `word` at `at`: the offset after it, or `Err(offset)` of the fault.
fn word(bytes: &[u8], at: usize, word: &[u8]) -> Result<usize, usize> {
    for (i, &letter) in word.iter().enumerate() {
        if bytes.get(at + i) != Some(&letter) {
            return Err(at + i);
        }
    }
    Ok(at + word.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where serde_json, the native reader, puts the fault: the browser path
    /// must point at the same line and column.
    fn serde_json_position(text: &str) -> (usize, usize) {
        let error = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        (error.line(), error.column())
    }

    fn fault_position(text: &str) -> (usize, usize) {
        line_and_column(text, syntax_fault(text).expect("the text is not JSON"))
    }

    #[test]
    fn syntax_faults_are_where_serde_json_finds_them() {
        for text in [
            "{\n  \"version\": 1,\n  \"meta\": {}\n  \"events\": []\n}",
            "This is not a story file.",
            "{\"a\": tru}",
            "{\"a\": [1, 2,, 3]}",
            "{\"a\" 1}",
            "{\"a\": 1,}",
            "[1, 2] x",
            "{\"a\": \"b\\q\"}",
            "{\"a\": -x}",
            "{\"a\": 1.e5}",
            "{\"a\": \"\u{e9}t\u{e9}\" \"b\": 1}",
            "{\"a\": {\"b\": [1, {\"c\": nul}]}}",
        ] {
            assert_eq!(fault_position(text), serde_json_position(text), "{text:?}");
        }
    }

    #[test]
    fn json_has_no_syntax_fault() {
        for text in [
            "{}",
            " [ ] ",
            "{\"a\": [1, -2.5e-3, 0, true, false, null, \"x\\u00e9\\n\"], \"b\": {}}",
            "\"text\"",
            "-0.5",
        ] {
            assert_eq!(syntax_fault(text), None, "{text:?}");
            assert!(serde_json::from_str::<serde_json::Value>(text).is_ok());
        }
    }

    #[test]
    fn unfinished_text_faults_at_its_end() {
        for text in ["{\"version\":", "[1, 2", "\"abc", "{"] {
            assert_eq!(syntax_fault(text), Some(text.len()), "{text:?}");
        }
    }

    #[test]
    fn nesting_beyond_the_limit_is_found_outside_strings() {
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert_eq!(too_deep(&deep), Some(MAX_NESTING));
        let shallow = format!("{{\"a\": \"{}\"}}", "[".repeat(200));
        assert_eq!(too_deep(&shallow), None);
        let escaped = format!("[\"\\\"{}\"]", "[".repeat(200));
        assert_eq!(too_deep(&escaped), None);
    }

    #[test]
    fn browser_messages_lose_their_position_and_excerpt() {
        assert_eq!(
            browser_message(
                "Expected ',' or '}' after property value in JSON at position 52 (line 4 column 3)"
            ),
            "expected ',' or '}' after property value"
        );
        assert_eq!(
            browser_message("Unexpected token 'T', \"This is no\"... is not valid JSON"),
            "unexpected token 'T'"
        );
        assert_eq!(
            browser_message(
                "JSON.parse: expected ',' or '}' after property value in object at line 4 column 3 of the JSON data"
            ),
            "expected ',' or '}' after property value in object"
        );
        assert_eq!(
            browser_message("Unexpected end of JSON input"),
            "unexpected end of JSON input"
        );
    }

    #[test]
    fn columns_count_bytes() {
        assert_eq!(line_and_column("{\"\u{e9}\" x", 6), (1, 7));
        assert_eq!(line_and_column("a\nbc", 3), (2, 2));
    }
}
