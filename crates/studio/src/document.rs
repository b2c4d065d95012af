//! The story being edited, kept as its JSON value: what the producer types
//! stays as typed, even where the format would refuse it, so the problems
//! list can say what is wrong and the preview shows what is valid, and
//! nothing is lost. Fields are named by the paths the validator reports,
//! such as `events[3].date`.

use serde_json::{json, Map, Value};

/// The lists of a story, in the file's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    Actors,
    Events,
    Relations,
    Quotes,
    Updates,
}

impl List {
    /// Every list, in the file's order.
    pub const ALL: [List; 5] = [
        List::Actors,
        List::Events,
        List::Relations,
        List::Quotes,
        List::Updates,
    ];

    /// The list's key in the story file.
    pub fn key(self) -> &'static str {
        match self {
            List::Actors => "actors",
            List::Events => "events",
            List::Relations => "relations",
            List::Quotes => "quotes",
            List::Updates => "updates",
        }
    }

    /// The list whose key in the story file is `key`.
    fn from_key(key: &str) -> Option<List> {
        List::ALL.into_iter().find(|list| list.key() == key)
    }

    /// The prefix of a new item's id, which is also the kind an update's
    /// `items` names it by (`actor:<id>`).
    fn id_prefix(self) -> &'static str {
        match self {
            List::Actors => "actor",
            List::Events => "event",
            List::Relations => "relation",
            List::Quotes => "quote",
            List::Updates => "update",
        }
    }
}

/// One step of a path: a key of an object or an index of a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// Reads a path as the validator writes it (`events[3].source.excerpt`);
/// `None` for text that is not one.
pub fn parse_path(path: &str) -> Option<Vec<Step>> {
    let mut steps = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = match part.find('[') {
            Some(at) => part.split_at(at),
            None => (part, ""),
        };
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return None;
        }
        steps.push(Step::Key(key.to_owned()));
        while let Some(inner) = rest.strip_prefix('[') {
            let close = inner.find(']')?;
            steps.push(Step::Index(inner[..close].parse().ok()?));
            rest = &inner[close + 1..];
        }
        if !rest.is_empty() {
            return None;
        }
    }
    Some(steps)
}

/// The value at `path`, if there is one.
pub fn get<'a>(story: &'a Value, path: &str) -> Option<&'a Value> {
    parse_path(path)?
        .iter()
        .try_fold(story, |value, step| match step {
            Step::Key(key) => value.get(key),
            Step::Index(index) => value.get(index),
        })
}

/// The text at `path`: a string as it is, a number as JSON writes it, and
/// nothing for what is missing.
pub fn text_at(story: &Value, path: &str) -> String {
    match get(story, path) {
        Some(Value::String(text)) => text.clone(),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

/// The slot at `path`, making the objects on the way; `None` when a step
/// goes through something that is not an object, or past a list's end.
fn slot<'a>(story: &'a mut Value, steps: &[Step]) -> Option<&'a mut Value> {
    steps.iter().try_fold(story, |value, step| match step {
        Step::Key(key) => {
            if value.is_null() {
                *value = Value::Object(Map::new());
            }
            Some(
                value
                    .as_object_mut()?
                    .entry(key.clone())
                    .or_insert(Value::Null),
            )
        }
        Step::Index(index) => value.as_array_mut()?.get_mut(*index),
    })
}

/// An edit of the story, as the producer makes it.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Sets the field at `path` to `value`, making the objects on the way.
    Set { path: String, value: Value },
    /// Removes the field at `path` (an optional field left empty).
    Clear { path: String },
    /// Adds a new item at the end of a list, with a fresh id.
    Add { list: List },
    /// Removes the item at `index`; an actor's references go with it.
    Remove { list: List, index: usize },
    /// Moves the item at `from` to `to`.
    Move { list: List, from: usize, to: usize },
    /// Sets the id of the item at `index` to `to`, and renames every
    /// reference to it elsewhere in the story. The references stay as they
    /// are when `to` is blank or names another item of the list, or when the
    /// old id was blank or shared with another item: it is not clear then
    /// which item they mean, and the problems list says what is wrong.
    RenameId {
        list: List,
        index: usize,
        to: String,
    },
    /// Merges the actor at `drop` into the one at `keep`: its references
    /// name `keep`, and its name joins `keep`'s aliases.
    MergeActors { keep: usize, drop: usize },
    /// Replaces the whole story (drafted, opened or imported).
    Replace { story: Value },
}

impl Edit {
    /// Sets the text field at `path`, or clears it when `text` is empty and
    /// the field may be left out.
    pub fn text(path: impl Into<String>, text: &str, optional: bool) -> Edit {
        let path = path.into();
        if optional && text.trim().is_empty() {
            Edit::Clear { path }
        } else {
            Edit::Set {
                path,
                value: Value::String(text.to_owned()),
            }
        }
    }

    /// Types `text` into the id field at `path` (`events[3].id`): a
    /// [`Edit::RenameId`], or setting the text when `path` names no item's id.
    pub fn id(path: impl Into<String>, text: &str) -> Edit {
        let path = path.into();
        let item = match parse_path(&path).as_deref() {
            Some([Step::Key(list), Step::Index(index), Step::Key(id)]) if id == "id" => {
                List::from_key(list).map(|list| (list, *index))
            }
            _ => None,
        };
        match item {
            Some((list, index)) => Edit::RenameId {
                list,
                index,
                to: text.to_owned(),
            },
            None => Edit::text(path, text, false),
        }
    }

    /// The field the edit types into, if it is typing: the key that makes
    /// a run of keys in one field a single step to undo.
    pub fn typed_path(&self) -> Option<String> {
        match self {
            Edit::Set { path, .. } | Edit::Clear { path } => Some(path.clone()),
            Edit::RenameId { list, index, .. } => Some(format!("{}[{index}].id", list.key())),
            _ => None,
        }
    }
}

/// Why an edit changed nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditRefused(pub String);

/// A story with nothing in it yet, which the format's checks will ask to fill.
pub fn empty_story() -> Value {
    json!({
        "version": 1,
        "meta": { "title": "", "source": { "name": "" }, "language": "en" },
        "actors": [],
        "events": [],
        "relations": [],
        "quotes": []
    })
}

/// Applies `edit` to `story`, or says why it cannot be made.
pub fn apply(story: &mut Value, edit: Edit) -> Result<(), EditRefused> {
    match edit {
        Edit::Set { path, value } => {
            let steps = parse_path(&path).ok_or_else(|| refused("no field", &path))?;
            *slot(story, &steps).ok_or_else(|| refused("no field", &path))? = value;
        }
        Edit::Clear { path } => {
            let steps = parse_path(&path).ok_or_else(|| refused("no field", &path))?;
            if !matches!(steps.last(), Some(Step::Key(_))) {
                return Err(refused("not a field", &path));
            }
            clear(story, &steps);
        }
        Edit::Add { list } => {
            let id = fresh_id(story, list);
            items_mut(story, list)?.push(new_item(list, id));
        }
        Edit::Remove { list, index } => {
            let items = items_mut(story, list)?;
            if index >= items.len() {
                return Err(refused("no item", &format!("{}[{index}]", list.key())));
            }
            let removed = items.remove(index);
            if let (List::Actors, Some(id)) = (list, removed.get("id").and_then(Value::as_str)) {
                forget_actor(story, id);
            }
        }
        Edit::Move { list, from, to } => {
            let items = items_mut(story, list)?;
            if from >= items.len() || to >= items.len() {
                return Err(refused("no item", &format!("{}[{from}]", list.key())));
            }
            let item = items.remove(from);
            items.insert(to, item);
        }
        Edit::RenameId { list, index, to } => rename_id(story, list, index, to)?,
        Edit::MergeActors { keep, drop } => merge_actors(story, keep, drop)?,
        Edit::Replace { story: new } => *story = new,
    }
    Ok(())
}

/// Removes the field at `steps`, and the objects it leaves empty inside an
/// item (an `image` or `source` whose fields were all cleared), which the
/// format would refuse; the story's own `meta` stays.
fn clear(story: &mut Value, steps: &[Step]) {
    let Some((Step::Key(key), parent)) = steps.split_last() else {
        return;
    };
    let Some(Value::Object(object)) = existing(story, parent) else {
        return;
    };
    object.remove(key);
    let inside_an_item = parent.iter().any(|step| matches!(step, Step::Index(_)));
    if object.is_empty() && inside_an_item && matches!(parent.last(), Some(Step::Key(_))) {
        clear(story, parent);
    }
}

/// The value at `steps`, if it is there, without making anything.
fn existing<'a>(story: &'a mut Value, steps: &[Step]) -> Option<&'a mut Value> {
    steps.iter().try_fold(story, |value, step| match step {
        Step::Key(key) => value.get_mut(key.as_str()),
        Step::Index(index) => value.get_mut(*index),
    })
}

fn refused(what: &str, path: &str) -> EditRefused {
    EditRefused(format!("{what} at {path}"))
}

/// The items of `list`, making the list when the story has none.
fn items_mut(story: &mut Value, list: List) -> Result<&mut Vec<Value>, EditRefused> {
    let object = story
        .as_object_mut()
        .ok_or_else(|| EditRefused("the story is not an object".to_owned()))?;
    let slot = object
        .entry(list.key())
        .or_insert_with(|| Value::Array(Vec::new()));
    if !slot.is_array() {
        *slot = Value::Array(Vec::new());
    }
    Ok(slot.as_array_mut().expect("made a list above"))
}

/// The ids of a list's items.
fn ids(story: &Value, list: List) -> Vec<String> {
    story
        .get(list.key())
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(|item| item.get("id")?.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// An id no item of `list` has: `event-4`, `event-5`, …
fn fresh_id(story: &Value, list: List) -> String {
    let taken = ids(story, list);
    (taken.len() + 1..)
        .map(|n| format!("{}-{n}", list.id_prefix()))
        .find(|id| !taken.contains(id))
        .expect("some number is free")
}

/// A new item with the fields the format requires, to be filled in.
fn new_item(list: List, id: String) -> Value {
    match list {
        List::Actors => json!({ "id": id, "name": "", "kind": "person" }),
        List::Events => json!({ "id": id, "title": "", "date": "", "kind": "reported" }),
        List::Relations => {
            json!({ "id": id, "from": "", "to": "", "kind": "", "stance": "neutral", "label": "" })
        }
        List::Quotes => json!({ "id": id, "text": "", "speaker": "" }),
        List::Updates => json!({ "id": id, "date": "", "kind": "update", "summary": "" }),
    }
}

/// The fields that name an item of `list` by its id, by the list they are
/// in; an update's `items` name it too, as `kind:id`.
fn referring_fields(list: List) -> &'static [(List, &'static [&'static str])] {
    match list {
        List::Actors => &[
            (List::Events, &["actors"]),
            (List::Quotes, &["speaker"]),
            (List::Relations, &["from", "to"]),
            (List::Actors, &["affiliation"]),
        ],
        List::Events => &[(List::Relations, &["events"]), (List::Quotes, &["event"])],
        List::Quotes => &[(List::Events, &["quotes"]), (List::Relations, &["quotes"])],
        List::Relations | List::Updates => &[],
    }
}

/// Makes every reference to the item of `list` whose id is `from` name `to`.
fn rename_references(story: &mut Value, list: List, from: &str, to: &str) {
    let rename = |name: &mut Value, from: &str, to: &str| {
        if name.as_str() == Some(from) {
            *name = Value::String(to.to_owned());
        }
    };
    for (holders, keys) in referring_fields(list) {
        let Some(Value::Array(items)) = story.get_mut(holders.key()) else {
            continue;
        };
        for item in items {
            for key in *keys {
                match item.get_mut(*key) {
                    Some(Value::Array(names)) => {
                        names.iter_mut().for_each(|name| rename(name, from, to))
                    }
                    Some(name) => rename(name, from, to),
                    None => {}
                }
            }
        }
    }
    if list == List::Updates {
        return;
    }
    let kind = list.id_prefix();
    let (from, to) = (format!("{kind}:{from}"), format!("{kind}:{to}"));
    for update in story
        .get_mut(List::Updates.key())
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
    {
        if let Some(Value::Array(items)) = update.get_mut("items") {
            items.iter_mut().for_each(|item| rename(item, &from, &to));
        }
    }
}

fn rename_id(story: &mut Value, list: List, index: usize, to: String) -> Result<(), EditRefused> {
    let item = items_mut(story, list)?
        .get_mut(index)
        .and_then(Value::as_object_mut)
        .ok_or_else(|| refused("no item", &format!("{}[{index}]", list.key())))?;
    let from = item
        .insert("id".to_owned(), Value::String(to.clone()))
        .and_then(|from| from.as_str().map(str::to_owned));
    let Some(from) = from else {
        return Ok(());
    };
    // The item now holds `to`: the references are its alone when no other
    // item holds `from`, and they may follow when no other holds `to`.
    let ids = ids(story, list);
    let taken = ids.iter().filter(|id| **id == to).count() > 1;
    let blank = from.trim().is_empty() || to.trim().is_empty();
    if from != to && !blank && !taken && !ids.contains(&from) {
        rename_references(story, list, &from, &to);
    }
    Ok(())
}

/// Takes a removed actor out of the events that name it, and drops the
/// relations and affiliations that need it; quotes keep their speaker, so
/// the problems list asks who said them.
fn forget_actor(story: &mut Value, id: &str) {
    if let Some(Value::Array(events)) = story.get_mut("events") {
        for event in events {
            if let Some(Value::Array(actors)) = event.get_mut("actors") {
                actors.retain(|actor| actor.as_str() != Some(id));
            }
        }
    }
    if let Some(Value::Array(relations)) = story.get_mut("relations") {
        relations.retain(|relation| {
            ["from", "to"]
                .iter()
                .all(|end| relation.get(*end).and_then(Value::as_str) != Some(id))
        });
    }
    if let Some(Value::Array(actors)) = story.get_mut("actors") {
        for actor in actors {
            if actor.get("affiliation").and_then(Value::as_str) == Some(id) {
                actor
                    .as_object_mut()
                    .map(|actor| actor.remove("affiliation"));
            }
        }
    }
}

fn merge_actors(story: &mut Value, keep: usize, drop: usize) -> Result<(), EditRefused> {
    let actors = items_mut(story, List::Actors)?;
    if keep == drop || keep >= actors.len() || drop >= actors.len() {
        return Err(EditRefused(format!(
            "actors {keep} and {drop} cannot be merged"
        )));
    }
    let text = |actor: &Value, key: &str| actor.get(key).and_then(Value::as_str).map(str::to_owned);
    let (kept_id, dropped_id) = (text(&actors[keep], "id"), text(&actors[drop], "id"));
    let dropped = actors.remove(drop);
    let keep = if drop < keep { keep - 1 } else { keep };
    let kept = &mut actors[keep];
    let mut aliases: Vec<Value> = kept
        .get("aliases")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let kept_name = text(kept, "name");
    let new_names = [text(&dropped, "name")].into_iter().flatten().chain(
        dropped
            .get("aliases")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|alias| alias.as_str().map(str::to_owned)),
    );
    for name in new_names.filter(|name| !name.trim().is_empty()) {
        let name = Value::String(name);
        if name.as_str() != kept_name.as_deref() && !aliases.contains(&name) {
            aliases.push(name);
        }
    }
    if let Some(object) = kept.as_object_mut() {
        if !aliases.is_empty() {
            object.insert("aliases".to_owned(), Value::Array(aliases));
        }
    }
    let (Some(kept_id), Some(dropped_id)) = (kept_id, dropped_id) else {
        return Ok(());
    };
    rename_references(story, List::Actors, &dropped_id, &kept_id);
    // An event that named both now names the kept actor twice, and a
    // relation between the two would tie the kept actor to itself.
    if let Some(Value::Array(events)) = story.get_mut("events") {
        for event in events {
            if let Some(Value::Array(actors)) = event.get_mut("actors") {
                let mut seen = Vec::new();
                actors.retain(|actor| {
                    let first = !seen.contains(actor);
                    seen.push(actor.clone());
                    first
                });
            }
        }
    }
    if let Some(Value::Array(relations)) = story.get_mut("relations") {
        relations.retain(|relation| relation.get("from") != relation.get("to"));
    }
    // Nor may the kept actor belong to itself.
    if let Some(Value::Array(actors)) = story.get_mut("actors") {
        for actor in actors {
            let own = |key| actor.get(key).and_then(Value::as_str) == Some(kept_id.as_str());
            if own("id") && own("affiliation") {
                actor
                    .as_object_mut()
                    .map(|actor| actor.remove("affiliation"));
            }
        }
    }
    Ok(())
}
