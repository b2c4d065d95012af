//! The studio's catalogues: one per shipped language, each with exactly
//! English's messages, the plural forms its rules need and the same
//! placeholders; `boot.js` carries each one's loading and failure lines.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use dateline_engine::i18n::plural::categories;
use dateline_engine::i18n::{Catalogue, SHIPPED};
use dateline_studio::i18n::CATALOGUES;

#[path = "support/catalogue_shape.rs"]
mod catalogue_shape;
use catalogue_shape::{assert_same_messages, shape, Shape};

fn messages(text: &'static str) -> Shape {
    shape(&Catalogue::parse(text))
}

fn english() -> Shape {
    messages(CATALOGUES[0].1)
}

#[test]
fn every_shipped_language_has_a_catalogue_english_first() {
    let languages: Vec<_> = CATALOGUES.iter().map(|(language, _)| *language).collect();
    assert_eq!(languages, SHIPPED);
}

#[test]
fn every_language_has_exactly_englishs_messages() {
    let english = english();
    for (language, text) in CATALOGUES {
        let catalogue = messages(text);
        assert_same_messages(language, &english, &catalogue);
        let empty: Vec<_> = Catalogue::parse(text)
            .keys()
            .filter(|key| Catalogue::parse(text).get(key) == Some(""))
            .collect();
        assert!(empty.is_empty(), "{language} has empty messages: {empty:?}");
    }
}

#[test]
fn plural_messages_have_every_form_the_language_uses() {
    let english = english();
    for (language, text) in CATALOGUES {
        let catalogue = messages(text);
        for (key, forms) in &english {
            let theirs: Vec<&str> = catalogue[key].keys().copied().collect();
            if forms.contains_key("") {
                assert_eq!(theirs, [""], "{language} {key} is a plain message");
                continue;
            }
            let mut wanted = categories(language).to_vec();
            wanted.sort_unstable();
            assert_eq!(theirs, wanted, "{language} {key}: the forms its rules use");
        }
    }
}

#[test]
fn every_language_fills_the_same_placeholders() {
    let english = english();
    for (language, text) in CATALOGUES {
        let catalogue = messages(text);
        for (key, forms) in &english {
            let wanted: BTreeSet<&str> = forms.values().flatten().copied().collect();
            let given: BTreeSet<&str> = catalogue[key].values().flatten().copied().collect();
            assert_eq!(
                given, wanted,
                "{language} {key}: placeholders differ from English"
            );
            for (form, slots) in &catalogue[key] {
                assert!(
                    slots.is_subset(&wanted),
                    "{language} {key}.{form} has a placeholder English does not"
                );
            }
        }
    }
}

#[test]
fn boot_js_carries_each_languages_loading_and_failure_lines() {
    let boot = include_str!("../static/studio/boot.js");
    for (language, text) in CATALOGUES {
        let catalogue = Catalogue::parse(text);
        let [loading, failed] = ["boot.loading", "boot.failed"].map(|key| {
            catalogue
                .get(key)
                .expect("every catalogue has the boot lines")
        });
        let row = format!("{language}: [\"{loading}\", \"{failed}\"]");
        assert!(boot.contains(&row), "boot.js lacks {row}");
    }
}
