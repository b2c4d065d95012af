//! Search inside a story, on the seed story and on any text: every query is
//! answered without panicking, what is found matches every word of the
//! query, and the parts of a text marked as matched are whole characters,
//! in order and inside the text. Each property runs 256 cases.
#![cfg(not(target_arch = "wasm32"))]

use dateline::model::parse_story;
use dateline::state::search::{excerpt, fold, matched_ranges, query_words};
use dateline::state::{SearchIndex, Selection};
use proptest::prelude::*;

fn seed_index() -> (dateline::model::Story, SearchIndex) {
    let text = include_str!("../static/stories/russia-taliban-2022.json");
    let story = parse_story(text).expect("the seed story reads").story;
    let index = SearchIndex::of(&story);
    (story, index)
}

/// The text the search reads for an item, joined.
fn text_of(story: &dateline::model::Story, item: &Selection) -> String {
    match item {
        Selection::Event(id) => story.event(id).map(|event| {
            format!(
                "{} {}",
                event.title,
                event.summary.clone().unwrap_or_default()
            )
        }),
        Selection::Actor(id) => story.actor(id).map(|actor| {
            let mut parts = vec![actor.name.clone()];
            parts.extend(actor.short_name.clone());
            parts.extend(actor.role.clone());
            parts.extend(actor.description.clone());
            parts.extend(actor.aliases.clone());
            parts.join(" ")
        }),
        Selection::Quote(id) => story.quote(id).map(|quote| quote.text.clone()),
        Selection::Relation(_) => None,
    }
    .unwrap_or_default()
}

/// Text from every script the widget meets, with marks, spaces and punctuation.
fn any_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            "[a-zA-Z0-9 ]{0,6}",
            "[àéîõüßÆœİı ]{0,4}",
            "[\u{0600}-\u{06FF} ]{0,6}",
            "[\u{0300}-\u{036F}]{0,3}",
            any::<String>(),
        ],
        0..6,
    )
    .prop_map(|parts| parts.concat())
}

#[test]
fn every_word_of_the_seed_titles_finds_its_event() {
    let (story, index) = seed_index();
    for event in &story.events {
        for word in event.title.split_whitespace() {
            let Some(matches) = index.search(word) else {
                continue;
            };
            assert!(
                matches.items.events.contains(&event.id),
                "{word:?} did not find {}",
                event.id
            );
        }
    }
}

#[test]
fn arabic_text_is_found_without_its_short_vowels_and_hamza() {
    let text = r#"{"version": 1, "meta": {"title": "t", "source": {"name": "s"}, "published": "2022-04-18", "language": "ar"},
        "actors": [{"id": "taliban", "name": "طالبان", "kind": "group", "aliases": ["إمارة أفغانستان الإسلامية"]}],
        "events": [{"id": "e", "date": "2021-08", "title": "سَيطرة طالبان على كابُل", "kind": "reported"}]}"#;
    let story = parse_story(text).expect("reads").story;
    let index = SearchIndex::of(&story);
    let found = index.search("كابل").expect("words");
    assert!(found.items.events.contains(&"e".into()));
    let found = index.search("افغانستان").expect("words");
    assert!(found.items.actors.contains(&"taliban".into()));
}

proptest! {
    #[test]
    fn no_query_panics_and_every_result_matches_every_word(query in any_text()) {
        let (story, index) = seed_index();
        let words = query_words(&query);
        match index.search(&query) {
            None => prop_assert!(words.is_empty()),
            Some(matches) => {
                prop_assert_eq!(&matches.words, &words);
                for item in &matches.results {
                    let text = text_of(&story, item);
                    let ranges = matched_ranges(&text, &words);
                    for word in &words {
                        let covered = ranges.iter().any(|range| fold(&text[range.clone()]).starts_with(word.as_str()));
                        prop_assert!(covered, "{:?} does not begin a word of {:?}", word, text);
                    }
                    prop_assert!(matches.contains(item));
                }
            }
        }
    }

    #[test]
    fn matched_ranges_are_ordered_whole_characters_inside_the_text(text in any_text(), query in any_text()) {
        let words = query_words(&query);
        let ranges = matched_ranges(&text, &words);
        let mut end = 0;
        for range in &ranges {
            prop_assert!(range.start >= end && range.start < range.end && range.end <= text.len());
            prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
            end = range.end;
        }
        let cut = excerpt(&text, &words, 10);
        prop_assert!(cut == text || cut.starts_with('…'));
    }

    #[test]
    fn a_word_taken_from_any_text_finds_that_text(text in any_text(), take in 0..8_usize) {
        let words = query_words(&text);
        if let Some(word) = words.get(take % words.len().max(1)) {
            let ranges = matched_ranges(&text, std::slice::from_ref(word));
            prop_assert!(!ranges.is_empty(), "{:?} not found in {:?}", word, text);
        }
    }
}
