//! A message catalogue's shape, as the catalogue tests compare one language
//! with English: each message, its plural forms under the base key, and the
//! placeholders of each form.

use std::collections::{BTreeMap, BTreeSet};

use dateline_engine::i18n::{pieces, Catalogue, Piece};

/// The suffixes of a message's plural forms (`count.one`, `count.other`).
const PLURAL_SUFFIXES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Each message by its base key, with each form (`""` for a message that
/// has no plural forms) and the placeholders that form fills.
pub type Shape = BTreeMap<&'static str, BTreeMap<&'static str, BTreeSet<&'static str>>>;

/// The shape of `catalogue`.
pub fn shape(catalogue: &Catalogue) -> Shape {
    let mut out = Shape::new();
    for key in catalogue.keys() {
        let (base, form) = match key.rsplit_once('.') {
            Some((base, suffix)) if PLURAL_SUFFIXES.contains(&suffix) => (base, suffix),
            _ => (key, ""),
        };
        let message = catalogue.get(key).expect("a listed key has a message");
        let slots = pieces(message)
            .into_iter()
            .filter_map(|piece| match piece {
                Piece::Slot(name) => Some(name),
                Piece::Text(_) => None,
            })
            .collect();
        out.entry(base).or_default().insert(form, slots);
    }
    out
}

/// Asserts that `catalogue`, language `language`'s, has every message
/// English has and no other.
pub fn assert_same_messages(language: &str, english: &Shape, catalogue: &Shape) {
    let missing: Vec<_> = english
        .keys()
        .filter(|key| !catalogue.contains_key(*key))
        .collect();
    let extra: Vec<_> = catalogue
        .keys()
        .filter(|key| !english.contains_key(*key))
        .collect();
    assert!(missing.is_empty(), "{language} lacks {missing:?}");
    assert!(
        extra.is_empty(),
        "{language} has messages English does not: {extra:?}"
    );
}
