//! `dateline diff`: what changed between two versions of a story file
//! (items added, removed and changed, by kind and id, with the fields that
//! changed), and an `updates` entry naming what was added and changed,
//! appended to the newer file's text without rewriting the rest of it.
//!
//! The diff reads the files as JSON, item by item, so it also works on files
//! with problems; `dateline validate` is the place to check them.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use serde_json::{Map, Value};

use super::report::pointer_offset;
use dateline_engine::model::{ItemRef, StoryDate, Update, UpdateId, UpdateKind};

/// The story's lists of items, each with the kind its items are named by.
const LISTS: [(&str, &str); 4] = [
    ("events", "event"),
    ("actors", "actor"),
    ("relations", "relation"),
    ("quotes", "quote"),
];

/// How one item differs between the two versions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// Only the newer version has it.
    Added,
    /// Only the older version has it.
    Removed,
    /// Both have it; these fields differ (added, removed or edited), in the newer file's order.
    Changed(Vec<String>),
}

/// What changed between two versions of a story file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StoryDiff {
    /// Fields of `meta` that differ.
    pub meta: Vec<String>,
    /// Items that differ, by kind (events, actors, relations, quotes), each
    /// kind in the newer file's order with removed items last.
    pub items: Vec<(ItemRef, Change)>,
}

impl StoryDiff {
    /// Whether the two versions have the same meta and items (updates are not compared).
    pub fn is_empty(&self) -> bool {
        self.meta.is_empty() && self.items.is_empty()
    }

    /// The items added or changed, which an update names.
    pub fn added_and_changed(&self) -> Vec<ItemRef> {
        self.items
            .iter()
            .filter(|(_, change)| *change != Change::Removed)
            .map(|(item, _)| item.clone())
            .collect()
    }

    /// The diff as lines for a terminal: `+ event:id` added, `- event:id`
    /// removed, `~ event:id: summary, date` changed, then a count.
    pub fn render(&self) -> String {
        let mut out = String::new();
        if !self.meta.is_empty() {
            let _ = writeln!(out, "~ meta: {}", self.meta.join(", "));
        }
        for (item, change) in &self.items {
            let _ = match change {
                Change::Added => writeln!(out, "+ {item}"),
                Change::Removed => writeln!(out, "- {item}"),
                Change::Changed(fields) => writeln!(out, "~ {item}: {}", fields.join(", ")),
            };
        }
        let count = |wanted: fn(&Change) -> bool| {
            self.items
                .iter()
                .filter(|(_, change)| wanted(change))
                .count()
        };
        if self.is_empty() {
            out.push_str("no changes\n");
        } else {
            let _ = writeln!(
                out,
                "{} added, {} removed, {} changed",
                count(|change| *change == Change::Added),
                count(|change| *change == Change::Removed),
                count(|change| matches!(change, Change::Changed(_))),
            );
        }
        out
    }
}

/// What changed from `old` to `new`, two story files read as JSON. Items are
/// matched by kind and id; items without a text id are not compared.
pub fn diff_stories(old: &Value, new: &Value) -> StoryDiff {
    let meta = match (old.get("meta"), new.get("meta")) {
        (Some(Value::Object(old)), Some(Value::Object(new))) => changed_fields(old, new),
        (old, new) if old != new => vec!["meta".to_owned()],
        _ => Vec::new(),
    };
    let mut items = Vec::new();
    for (list, kind) in LISTS {
        let old_items = items_by_id(old.get(list));
        let new_items = items_by_id(new.get(list));
        let old_by_id: HashMap<&str, &Map<String, Value>> = old_items.iter().copied().collect();
        let new_ids: HashSet<&str> = new_items.iter().map(|(id, _)| *id).collect();
        for (id, item) in &new_items {
            let change = match old_by_id.get(id) {
                None => Change::Added,
                Some(old_item) => {
                    let fields = changed_fields(old_item, item);
                    if fields.is_empty() {
                        continue;
                    }
                    Change::Changed(fields)
                }
            };
            items.push((item_ref(kind, id), change));
        }
        for (id, _) in &old_items {
            if !new_ids.contains(id) {
                items.push((item_ref(kind, id), Change::Removed));
            }
        }
    }
    StoryDiff { meta, items }
}

fn item_ref(kind: &str, id: &str) -> ItemRef {
    format!("{kind}:{id}")
        .parse()
        .unwrap_or_else(|_| ItemRef::Event(id.into()))
}

/// The objects of a list with a non-empty text id, in file order, each id once (the first).
fn items_by_id(list: Option<&Value>) -> Vec<(&str, &Map<String, Value>)> {
    let mut items: Vec<(&str, &Map<String, Value>)> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    for item in list.and_then(Value::as_array).into_iter().flatten() {
        let Some(object) = item.as_object() else {
            continue;
        };
        let Some(id) = object.get("id").and_then(Value::as_str) else {
            continue;
        };
        if !id.trim().is_empty() && seen.insert(id) {
            items.push((id, object));
        }
    }
    items
}

/// The keys whose values differ, in `new`'s order, then the keys only `old` has.
fn changed_fields(old: &Map<String, Value>, new: &Map<String, Value>) -> Vec<String> {
    let mut fields: Vec<String> = new
        .iter()
        .filter(|(key, value)| old.get(*key) != Some(value))
        .map(|(key, _)| key.clone())
        .collect();
    fields.extend(old.keys().filter(|key| !new.contains_key(*key)).cloned());
    fields
}

/// An update or correction naming `items`, with an id (`update-2024-03-23`,
/// or `correction-2024-03-23-2` when taken) not yet used in `story`.
pub fn new_update(
    story: &Value,
    kind: UpdateKind,
    date: StoryDate,
    summary: &str,
    items: &[ItemRef],
) -> Update {
    let taken: HashSet<&str> = story
        .get("updates")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|update| update.get("id")?.as_str())
        .collect();
    let base = format!("{}-{date}", kind.label());
    let id = std::iter::once(base.clone())
        .chain((2..).map(|n| format!("{base}-{n}")))
        .find(|id| !taken.contains(id.as_str()))
        .expect("some numbered id is free");
    Update {
        id: UpdateId(id),
        date,
        kind,
        summary: summary.trim().to_owned(),
        items: items.to_vec(),
    }
}

/// The story file's text with `update` appended to its `updates` list (made
/// when missing), and everything else in the text left as it was.
///
/// # Errors
/// When the text is not a JSON object, or its `updates` is not a list.
pub fn append_update(text: &str, update: &Update) -> Result<String, String> {
    let before: Value =
        serde_json::from_str(text).map_err(|error| format!("not valid JSON: {error}"))?;
    let Value::Object(root) = &before else {
        return Err("a story file is a JSON object".to_owned());
    };
    let pretty = serde_json::to_string_pretty(update).expect("an update serialises");
    let entry_text = pretty.replace('\n', "\n    ");
    let edited = match root.get("updates") {
        Some(Value::Array(updates)) => {
            let (start, found) = pointer_offset(text, "/updates");
            let end = found
                .then(|| closing_bracket(text, start))
                .flatten()
                .ok_or("the updates list could not be found in the text")?;
            let inside_end = text[..end].trim_end().len();
            if updates.is_empty() {
                format!(
                    "{}\n    {entry_text}\n  {}",
                    &text[..start + 1],
                    &text[end..]
                )
            } else {
                format!(
                    "{},\n    {entry_text}{}",
                    &text[..inside_end],
                    &text[inside_end..]
                )
            }
        }
        Some(other) if !other.is_null() => {
            return Err("its updates is not a list; fix it by hand first".to_owned())
        }
        _ => {
            let close = text.trim_end().len() - 1;
            let inside_end = text[..close].trim_end().len();
            let comma = if root.is_empty() { "" } else { "," };
            let without_null = if root.contains_key("updates") {
                return Err("its updates is null; remove it or make it a list first".to_owned());
            } else {
                &text[..inside_end]
            };
            format!(
                "{without_null}{comma}\n  \"updates\": [\n    {entry_text}\n  ]{}",
                &text[inside_end..]
            )
        }
    };
    // The edit must be exactly the new entry appended.
    let mut expected = before;
    let list = expected
        .as_object_mut()
        .expect("checked above")
        .entry("updates")
        .or_insert_with(|| Value::Array(Vec::new()));
    if let Value::Array(list) = list {
        list.push(serde_json::to_value(update).expect("an update serialises"));
    }
    match serde_json::from_str::<Value>(&edited) {
        Ok(after) if after == expected => Ok(edited),
        _ => Err(
            "the update could not be added without changing the rest of the file; add it by hand"
                .to_owned(),
        ),
    }
}

/// The offset of the `]` closing the list that opens at `start`, skipping strings.
fn closing_bracket(text: &str, start: usize) -> Option<usize> {
    if text.as_bytes().get(start) != Some(&b'[') {
        return None;
    }
    let mut depth = 0_usize;
    for (offset, byte) in dateline_engine::json_text::structure(text.get(start..)?) {
        if matches!(byte, b'[' | b'{') {
            depth += 1;
        } else {
            depth = depth.checked_sub(1)?;
            if depth == 0 {
                return Some(start + offset);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use dateline_engine::model::parse_story;

    fn fixture(name: &str) -> String {
        let path = format!(
            "{}/../../tests/fixtures/living/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
    }

    fn json(text: &str) -> Value {
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn the_diff_names_items_added_removed_and_changed_by_kind_and_id() {
        let (old, new) = (
            json(&fixture("riverside-v1.json")),
            json(&fixture("riverside-v2.json")),
        );
        let diff = diff_stories(&old, &new);
        assert_eq!(diff.meta, Vec::<String>::new());
        assert_eq!(
            diff.render(),
            "~ event:evacuation-ordered: summary\n+ event:barrier-repaired\n+ event:residents-return\n\
             + actor:army-engineers\n+ actor:sam-reyes\n+ relation:engineers-support-council\n\
             + quote:reyes-confident\n6 added, 0 removed, 1 changed\n"
        );
        let mut backwards = diff_stories(&new, &old);
        backwards
            .items
            .retain(|(_, change)| *change == Change::Removed);
        assert_eq!(backwards.items.len(), 6);
        assert_eq!(
            diff.added_and_changed()[0],
            ItemRef::Event("evacuation-ordered".into())
        );
    }

    #[test]
    fn fields_added_removed_and_edited_count_as_changes() {
        let old = json(
            r#"{"meta": {"title": "A"}, "actors": [{"id": "x", "name": "X", "role": "r"}, {"id": "y", "name": "Y"}]}"#,
        );
        let new = json(
            r#"{"meta": {"title": "B"}, "actors": [{"id": "x", "name": "X", "aliases": ["Ex"]}, {"id": "y", "name": "Y"}]}"#,
        );
        let diff = diff_stories(&old, &new);
        assert_eq!(diff.meta, ["title"]);
        assert_eq!(
            diff.items,
            [(
                ItemRef::Actor("x".into()),
                Change::Changed(vec!["aliases".into(), "role".into()])
            )]
        );
        assert!(diff_stories(&old, &old).is_empty());
        assert_eq!(diff_stories(&old, &old).render(), "no changes\n");
    }

    #[test]
    fn an_update_is_appended_to_the_list_and_the_rest_of_the_text_is_kept() {
        let text = fixture("riverside-v2.json");
        let story = json(&text);
        let entry = new_update(
            &story,
            UpdateKind::Update,
            "2024-03-24".parse().unwrap(),
            "The council reopened the Lower Town.",
            &[ItemRef::Event("residents-return".into())],
        );
        assert_eq!(entry.id.as_str(), "update-2024-03-24");
        let written = append_update(&text, &entry).unwrap();
        assert!(written.starts_with(&text[..text.find("\"updates\"").unwrap()]));
        let checked = parse_story(&written).unwrap();
        assert_eq!(checked.problems, []);
        let newest = checked.story.newest_update().unwrap();
        assert_eq!(newest.id.as_str(), "update-2024-03-24");
        assert_eq!(newest.items, [ItemRef::Event("residents-return".into())]);
        let again = new_update(
            &json(&written),
            UpdateKind::Update,
            "2024-03-24".parse().unwrap(),
            "Again.",
            &[],
        );
        assert_eq!(again.id.as_str(), "update-2024-03-24-2");
    }

    #[test]
    fn a_story_without_updates_gets_a_list_with_the_entry() {
        let text = "{\n  \"version\": 1,\n  \"meta\": {\"title\": \"T\", \"source\": {\"name\": \"N\"}, \"published\": \"2024-03-20\"},\n  \"events\": [{\"id\": \"e\", \"date\": \"2024-03-21\", \"title\": \"E\", \"kind\": \"reported\"}]\n}\n";
        let entry = new_update(
            &json(text),
            UpdateKind::Correction,
            "2024-03-21".parse().unwrap(),
            "Fixed the date.",
            &[ItemRef::Event("e".into())],
        );
        let written = append_update(text, &entry).unwrap();
        assert!(written.ends_with("  \"updates\": [\n    {\n      \"id\": \"correction-2024-03-21\",\n      \"date\": \"2024-03-21\",\n      \"kind\": \"correction\",\n      \"summary\": \"Fixed the date.\",\n      \"items\": [\n        \"event:e\"\n      ]\n    }\n  ]\n}\n"), "{written}");
        let story = parse_story(&written).unwrap().story;
        assert_eq!(story.corrections().len(), 1);
        let empty = text.replace("\n}\n", ",\n  \"updates\": []\n}\n");
        let written = append_update(&empty, &entry).unwrap();
        assert_eq!(parse_story(&written).unwrap().story.updates.len(), 1);
        assert!(append_update("{\"updates\": 3}", &entry).is_err());
    }
}
