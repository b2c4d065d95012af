//! Links back into the article: the article's address with a URL text
//! fragment (`#:~:text=`) that makes the browser scroll to the sentence an
//! item rests on and highlight it. Pure Rust: no DOM.

/// The article's `url` with a text fragment for `excerpt`. Characters that
/// text-fragment syntax reserves (`-`, `,`, `&`) and everything outside
/// unreserved ASCII are percent-encoded; curly quotes are kept, encoded, as
/// the article prints them.
pub fn text_fragment_url(url: &str, excerpt: &str) -> String {
    let base = url.split('#').next().unwrap_or(url);
    let words: Vec<&str> = excerpt.split_whitespace().collect();
    let mut encoded = String::with_capacity(excerpt.len() * 3);
    for byte in words.join(" ").bytes() {
        match byte {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'.'
            | b'_'
            | b'~'
            | b'!'
            | b'*'
            | b'('
            | b')'
            | b'\'' => encoded.push(char::from(byte)),
            _ => encoded.push_str(&format!("%{byte:02X}")),
        }
    }
    format!("{base}#:~:text={encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_become_text_fragments() {
        assert_eq!(
            text_fragment_url("https://example.org/article", "Last month, Russia’s Foreign Ministry"),
            "https://example.org/article#:~:text=Last%20month%2C%20Russia%E2%80%99s%20Foreign%20Ministry"
        );
    }

    #[test]
    fn reserved_characters_are_encoded_and_an_existing_fragment_is_replaced() {
        assert_eq!(
            text_fragment_url("https://example.org/a#top", "post-US  Afghanistan & more"),
            "https://example.org/a#:~:text=post%2DUS%20Afghanistan%20%26%20more"
        );
    }
}
