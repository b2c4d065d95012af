//! Living stories: the `updates` list of a story file, how it is checked,
//! and what it says about the story (last updated, corrections).

use dateline::model::{parse_story, CheckedStory, ItemRef, Severity, UpdateKind};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/living/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

fn checked(text: &str) -> CheckedStory {
    parse_story(text).unwrap_or_else(|error| panic!("should be read as a story: {error}"))
}

/// The second version of the fixture story with its `updates` replaced.
fn with_updates(updates: serde_json::Value) -> CheckedStory {
    let mut story: serde_json::Value = serde_json::from_str(&fixture("riverside-v2.json")).unwrap();
    story["updates"] = updates;
    checked(&story.to_string())
}

fn problems_at<'a>(checked: &'a CheckedStory, path: &str) -> Vec<&'a str> {
    checked
        .problems
        .iter()
        .filter(|problem| problem.path == path)
        .map(|problem| problem.message.as_str())
        .collect()
}

#[test]
fn both_versions_of_the_fixture_story_read_without_problems() {
    for name in ["riverside-v1.json", "riverside-v2.json"] {
        let checked = checked(&fixture(name));
        assert_eq!(checked.problems, [], "{name}");
    }
    let story = checked(&fixture("riverside-v2.json")).story;
    assert_eq!(story.updates.len(), 3);
    assert_eq!(story.last_updated().unwrap().to_string(), "2024-03-23");
    assert_eq!(
        story.newest_update().unwrap().id.as_str(),
        "barrier-repaired"
    );
    let corrections = story.corrections();
    assert_eq!(corrections.len(), 1);
    assert_eq!(corrections[0].kind, UpdateKind::Correction);
    assert_eq!(
        corrections[0].items,
        [ItemRef::Event("evacuation-ordered".into())]
    );
}

#[test]
fn a_story_without_updates_has_no_last_updated_date() {
    let minimal = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/minimal.json"
    ))
    .unwrap();
    let story = checked(&minimal).story;
    assert!(story.updates.is_empty());
    assert_eq!(story.last_updated(), None);
    assert!(story.corrections().is_empty());
}

#[test]
fn updates_are_ordered_by_date_with_same_day_ones_in_file_order() {
    let checked = with_updates(serde_json::json!([
        {"id": "late", "date": "2024-03-25", "kind": "update", "summary": "Later."},
        {"id": "first", "date": "2024-03-22", "kind": "update", "summary": "First."},
        {"id": "second", "date": "2024-03-22", "kind": "correction", "summary": "Second."}
    ]));
    let order: Vec<&str> = checked
        .story
        .updates_in_order()
        .into_iter()
        .map(|update| update.id.as_str())
        .collect();
    assert_eq!(order, ["first", "second", "late"]);
}

#[test]
fn an_item_the_story_does_not_have_is_left_out_of_the_update_with_a_warning() {
    let checked = with_updates(serde_json::json!([
        {"id": "u", "date": "2024-03-22", "kind": "update", "summary": "Repairs.",
         "items": ["event:barrier-repaired", "event:no-such-event", "evnt:typo", 7, "event:barrier-repaired"]}
    ]));
    let update = &checked.story.updates[0];
    assert_eq!(update.items, [ItemRef::Event("barrier-repaired".into())]);
    for (path, words) in [
        (
            "updates[0].items[1]",
            "\"event:no-such-event\" is not the id of an item",
        ),
        ("updates[0].items[2]", "\"evnt\" is not a kind of item"),
        ("updates[0].items[3]", "found a number"),
        ("updates[0].items[4]", "already listed at [0]"),
    ] {
        let messages = problems_at(&checked, path);
        assert!(
            messages.iter().any(|message| message.contains(words)),
            "{path}: {messages:?}"
        );
    }
    assert!(checked
        .problems
        .iter()
        .all(|problem| problem.severity == Severity::Warning));
}

#[test]
fn an_update_dated_before_publication_or_not_to_the_day_is_dropped_with_an_error() {
    let checked = with_updates(serde_json::json!([
        {"id": "early", "date": "2024-03-19", "kind": "update", "summary": "Before the story."},
        {"id": "vague", "date": "2024-03", "kind": "update", "summary": "Some time in March."},
        {"id": "same-day", "date": "2024-03-20", "kind": "correction", "summary": "The same day."}
    ]));
    let kept: Vec<&str> = checked
        .story
        .updates
        .iter()
        .map(|update| update.id.as_str())
        .collect();
    assert_eq!(kept, ["same-day"]);
    assert!(problems_at(&checked, "updates[0].date")[0]
        .contains("is before the story was published, 20 March 2024"));
    assert!(problems_at(&checked, "updates[1].date")[0].contains("is not a day"));
    assert_eq!(checked.count(Severity::Error), 2);
}

#[test]
fn update_ids_are_unique_and_a_bad_kind_or_empty_summary_drops_the_update() {
    let checked = with_updates(serde_json::json!([
        {"id": "u", "date": "2024-03-22", "kind": "update", "summary": "One."},
        {"id": "u", "date": "2024-03-23", "kind": "update", "summary": "Two."},
        {"id": "k", "date": "2024-03-23", "kind": "retraction", "summary": "Three."},
        {"id": "s", "date": "2024-03-23", "kind": "update", "summary": " "},
        {"id": "f", "date": "2024-03-23", "kind": "update", "summary": "Four.", "note": "x"}
    ]));
    let kept: Vec<&str> = checked
        .story
        .updates
        .iter()
        .map(|update| update.id.as_str())
        .collect();
    assert_eq!(kept, ["u", "f"]);
    assert!(problems_at(&checked, "updates[1].id")[0].contains("already the id of another update"));
    assert!(problems_at(&checked, "updates[2].kind")[0].contains("retraction"));
    assert!(problems_at(&checked, "updates[3].summary")[0].contains("is empty"));
    assert!(problems_at(&checked, "updates[4].note")[0].contains("unknown field"));
}

#[test]
fn updates_that_are_not_a_list_are_skipped_and_the_story_is_kept() {
    let checked = with_updates(serde_json::json!({"id": "u"}));
    assert!(checked.story.updates.is_empty());
    assert!(problems_at(&checked, "updates")[0].contains("expected a list"));
    assert_eq!(checked.story.events.len(), 7);
}
