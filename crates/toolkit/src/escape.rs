//! Escaping for the HTML the toolkit writes itself: one path for text and
//! attribute values, and one for JSON in a `<script>` data block. Every
//! writer of HTML in the toolkit goes through it (Yew escapes what its
//! components render).

use serde_json::Value;

/// `text` made safe as an HTML text node and as an attribute value in
/// either kind of quotes: `&`, `<`, `>`, `"` and `'` become character
/// references, everything else is kept.
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// `value` as JSON text that can stand inside a `<script>` element: `<`,
/// `>` and `&` (and the line and paragraph separators U+2028 and U+2029)
/// are written as `\u` escapes, so no string in it can close the element,
/// open a comment or the parser's "double escaped" script state, or end a
/// line for a reader that takes the JSON as JavaScript. It parses back to
/// the same value.
pub fn script_json(value: &Value) -> String {
    let json = value.to_string();
    let mut out = String::with_capacity(json.len());
    // In serde_json's output these characters only occur inside strings,
    // where a `\u` escape stands for them exactly.
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            _ => out.push(c),
        }
    }
    out
}

/// `value` as a JSON-LD data block: `<script type="application/ld+json">`,
/// which never runs (so no Content-Security-Policy blocks it), holding
/// [`script_json`].
pub fn json_ld_block(value: &Value) -> String {
    format!(
        r#"<script type="application/ld+json">{}</script>"#,
        script_json(value)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn html_escapes_what_could_end_a_text_or_an_attribute() {
        assert_eq!(
            html(r#"<b title="x" class='y'>A & B</b>"#),
            "&lt;b title=&quot;x&quot; class=&#39;y&#39;&gt;A &amp; B&lt;/b&gt;"
        );
        assert_eq!(
            html("Gharwal, chargé d'affaires"),
            "Gharwal, chargé d&#39;affaires"
        );
    }

    #[test]
    fn script_json_has_no_markup_characters_and_reads_back_the_same() {
        let value = json!({
            "headline": "</script><!--<script> a && b > c \u{2028}\u{2029}",
            "<key>": ["</SCRIPT", "-->"],
        });
        let text = script_json(&value);
        for c in ['<', '>', '&', '\u{2028}', '\u{2029}'] {
            assert!(!text.contains(c), "{c:?} is left in {text}");
        }
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), value);
    }

    #[test]
    fn the_data_block_is_one_script_element() {
        let block = json_ld_block(&json!({"name": "</script><script>alert(1)</script>"}));
        assert!(block.starts_with(r#"<script type="application/ld+json">{"#));
        assert_eq!(block.matches("</script>").count(), 1);
        assert!(block.ends_with("}</script>"));
    }
}
