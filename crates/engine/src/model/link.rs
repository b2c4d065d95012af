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
    let encoded = percent_encoded(&words.join(" "), b"._~!*()'");
    format!("{base}#:~:text={encoded}")
}

/// `text` with every byte but ASCII letters, digits and those in `kept`
/// percent-encoded, as `%E2` for the byte 0xE2.
pub fn percent_encoded(text: &str, kept: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || kept.contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push('%');
            encoded.push(char::from(HEX[usize::from(byte >> 4)]));
            encoded.push(char::from(HEX[usize::from(byte & 0xF)]));
        }
    }
    encoded
}

/// `text` with each `%` and two hex digits read as the byte they write; a
/// `%` without them is kept as it is, and bytes that do not make UTF-8 are
/// replaced with U+FFFD.
pub fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let hex = |at: usize| {
        bytes
            .get(at)
            .and_then(|&byte| char::from(byte).to_digit(16))
    };
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        match (byte, hex(at + 1), hex(at + 2)) {
            (b'%', Some(high), Some(low)) => {
                decoded.extend(u8::try_from(high << 4 | low));
                at += 3;
            }
            _ => {
                decoded.push(byte);
                at += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
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

    #[test]
    fn escapes_are_decoded_and_a_lone_percent_is_kept() {
        assert_eq!(
            percent_decoded("Russia%E2%80%99s%20Foreign"),
            "Russia\u{2019}s Foreign"
        );
        assert_eq!(percent_decoded("50%"), "50%");
        assert_eq!(percent_decoded("%zz%4"), "%zz%4");
        assert_eq!(percent_decoded("%e2%80%99"), "\u{2019}");
        assert_eq!(percent_decoded("%FF"), "\u{FFFD}");
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn any_text_comes_back_from_its_encoding(text in any::<String>(), kept in "[-._~!*()'&=]{0,5}") {
                let encoded = percent_encoded(&text, kept.as_bytes());
                prop_assert!(encoded.bytes().all(|byte| byte == b'%' || byte.is_ascii_alphanumeric() || kept.as_bytes().contains(&byte)));
                prop_assert_eq!(percent_decoded(&encoded), text);
            }

            #[test]
            fn any_text_decodes_without_a_panic(text in any::<String>()) {
                let _ = percent_decoded(&text);
            }
        }
    }
}
