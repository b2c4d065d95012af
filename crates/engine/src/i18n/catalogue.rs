//! Message catalogues: one plain-text file per language, compiled in (in
//! the widget, English only; see [`LANGUAGES`]).
//!
//! Each line of `src/i18n/messages/<language>.txt` is `key = message`; blank
//! lines and lines starting with `#` are skipped. Spaces around a message are
//! dropped unless it is written in double quotes (`list.separator = ", "`). A message names its
//! variable parts in braces (`{count}`, `{title}`), in whatever order the
//! language needs. A message that depends on a number has one line per
//! plural category the language uses (`key.one`, `key.other`; Arabic also
//! `key.zero`, `key.two`, `key.few`, `key.many`), chosen by
//! [`super::plural::category`]. The catalogue also holds the language's
//! month names and date patterns, which write dates where no browser does.
//! Pure Rust: no DOM.

use super::plural;

/// The shipped languages' primary subtags, English first.
pub const SHIPPED: [&str; 5] = ["en", "ar", "es", "fr", "he"];

/// The catalogues compiled in: primary language subtag and catalogue text
/// (as `build.rs` compacts it, without comments). English is first and is
/// the fallback for any missing message. Everywhere but the widget that is
/// every shipped language; the widget holds English only and is given the
/// others as it needs them ([`add_fetched`]), so a reader downloads one
/// language's words, not five.
#[cfg(any(not(target_arch = "wasm32"), feature = "every-language"))]
pub const LANGUAGES: [(&str, &str); 5] = [
    ("en", include_str!(concat!(env!("OUT_DIR"), "/en.txt"))),
    ("ar", include_str!(concat!(env!("OUT_DIR"), "/ar.txt"))),
    ("es", include_str!(concat!(env!("OUT_DIR"), "/es.txt"))),
    ("fr", include_str!(concat!(env!("OUT_DIR"), "/fr.txt"))),
    ("he", include_str!(concat!(env!("OUT_DIR"), "/he.txt"))),
];

/// The catalogues compiled in (see the other targets' `LANGUAGES`).
#[cfg(all(target_arch = "wasm32", not(feature = "every-language")))]
pub const LANGUAGES: [(&str, &str); 1] =
    [("en", include_str!(concat!(env!("OUT_DIR"), "/en.txt")))];

thread_local! {
    /// Catalogues given at run time, by primary language subtag.
    static FETCHED: std::cell::RefCell<Vec<(String, &'static str)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Adds the text of shipped language `language`'s catalogue, fetched from
/// the widget's own folder; it is kept for the page's life, as the compiled-in ones are.
pub fn add_fetched(language: &str, text: String) {
    let text: &'static str = Box::leak(text.into_boxed_str());
    FETCHED.with(|fetched| fetched.borrow_mut().push((language.to_owned(), text)));
}

/// The shipped language of `tag` whose catalogue is neither compiled in nor
/// added yet, if it is one: what must be fetched before the widget speaks it.
pub fn missing(tag: &str) -> Option<&'static str> {
    let language = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    let shipped = SHIPPED.into_iter().find(|code| *code == language)?;
    (text_of(shipped).is_none()).then_some(shipped)
}

/// The catalogue text of primary language `language`, compiled in or added.
fn text_of(language: &str) -> Option<&'static str> {
    LANGUAGES
        .iter()
        .find(|(code, _)| *code == language)
        .map(|(_, text)| *text)
        .or_else(|| {
            FETCHED.with(|fetched| {
                fetched
                    .borrow()
                    .iter()
                    .find(|(code, _)| code == language)
                    .map(|(_, text)| *text)
            })
        })
}

/// One language's messages, sorted by key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalogue {
    entries: Vec<(&'static str, &'static str)>,
}

impl Catalogue {
    /// Reads a catalogue file's text (`key = message` lines).
    pub fn parse(text: &'static str) -> Self {
        let mut entries: Vec<(&str, &str)> = text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .filter_map(|line| line.split_once('='))
            .map(|(key, message)| (key.trim(), unquoted(message.trim())))
            .collect();
        crate::sort::sort_by_key(&mut entries, |(key, _)| *key);
        entries.dedup_by_key(|(key, _)| *key);
        Self { entries }
    }

    /// The catalogue of primary language `language` (`"fr"`), if one is
    /// shipped and, in the widget, has been added ([`add_fetched`]).
    pub fn shipped(language: &str) -> Option<Self> {
        text_of(language).map(Self::parse)
    }

    /// The message `key`, if this catalogue has it.
    pub fn get(&self, key: &str) -> Option<&'static str> {
        self.entries
            .binary_search_by_key(&key, |(key, _)| key)
            .ok()
            .map(|index| self.entries[index].1)
    }

    /// Every key, in order.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.entries.iter().map(|(key, _)| *key)
    }
}

/// One language's messages with English's behind them: the message a
/// language lacks is said in English. The widget's [`super::Locale`] and the
/// studio's words both look their messages up through it.
#[derive(Clone, Debug)]
pub struct Messages {
    /// The primary language subtag (`ar`), whose plural rules choose a form.
    language: String,
    own: Catalogue,
    english: Catalogue,
}

impl Messages {
    /// Primary language `language`'s messages in `own`, over `english`.
    pub fn new(language: &str, own: Catalogue, english: Catalogue) -> Self {
        Self {
            language: language.to_owned(),
            own,
            english,
        }
    }

    /// The message `key`, in English when the language lacks it (empty
    /// when neither has it, which the catalogue tests rule out).
    pub fn text(&self, key: &str) -> &'static str {
        self.own
            .get(key)
            .or_else(|| self.english.get(key))
            .unwrap_or_default()
    }

    /// The form of message `key` for the number `n` (`key.one`,
    /// `key.other`, ...): the language's form for `n`, else its `other`
    /// form, else English's form for `n`.
    pub fn plural(&self, key: &str, n: usize) -> &'static str {
        let form =
            |catalogue: &Catalogue, category: &str| catalogue.get(&format!("{key}.{category}"));
        form(&self.own, plural::category(&self.language, n))
            .or_else(|| form(&self.own, "other"))
            .or_else(|| form(&self.english, plural::category("en", n)))
            .unwrap_or_default()
    }
}

/// `message` without the double quotes around it, if it has them.
fn unquoted(message: &str) -> &str {
    message
        .strip_prefix('"')
        .and_then(|inner| inner.strip_suffix('"'))
        .unwrap_or(message)
}

/// A piece of a message: literal text, or the placeholder named inside braces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text written as it is.
    Text(&'a str),
    /// A `{name}` placeholder, by name.
    Slot(&'a str),
}

/// `message` split into text and `{name}` placeholders, in order. A brace
/// that opens no well-formed placeholder is text.
pub fn pieces(message: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = message;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let name = &after[..close];
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
            if !rest[..open + 1].is_empty() {
                out.push(Piece::Text(&rest[..open + 1]));
            }
            rest = after;
            continue;
        }
        if open > 0 {
            out.push(Piece::Text(&rest[..open]));
        }
        out.push(Piece::Slot(name));
        rest = &after[close + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// `message` with each `{name}` replaced by its value in `args`; an unknown
/// placeholder is left as written.
pub fn fill(message: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(message.len() + 16);
    for piece in pieces(message) {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Slot(name) => match args.iter().find(|(arg, _)| *arg == name) {
                Some((_, value)) => out.push_str(value),
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            },
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{fill, pieces, Catalogue, Piece};

    #[test]
    fn lines_are_keys_and_messages_and_comments_are_skipped() {
        let catalogue =
            Catalogue::parse("# a comment\n\nb = two words \na=one\nnot a line\nc = \", \"\n");
        assert_eq!(catalogue.get("a"), Some("one"));
        assert_eq!(catalogue.get("b"), Some("two words"));
        assert_eq!(catalogue.get("c"), Some(", "));
        assert_eq!(catalogue.get("d"), None);
        assert_eq!(catalogue.keys().count(), 3);
    }

    #[test]
    fn placeholders_are_filled_in_the_order_the_message_gives() {
        let args = [("n", "3"), ("total", "6")];
        assert_eq!(fill("{n} of {total}", &args), "3 of 6");
        assert_eq!(fill("{total} مِن {n}", &args), "6 مِن 3");
        assert_eq!(fill("{missing} {n}", &args), "{missing} 3");
    }

    #[test]
    fn stray_braces_are_text() {
        assert_eq!(
            pieces("a {b} {C} {"),
            [
                Piece::Text("a "),
                Piece::Slot("b"),
                Piece::Text(" {"),
                Piece::Text("C} {")
            ]
        );
        assert_eq!(fill("{} {x", &[]), "{} {x");
    }
}
