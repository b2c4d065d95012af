//! Reading story types from parsed JSON, field by field, and the field
//! names serde derives for them, read once at run time, so misspelt keys in
//! a story file can be reported as warnings without a second list of names
//! to keep in step. Pure Rust: no DOM.
//!
//! [`FromValue`] reads a story type from a `serde_json::Value` as serde's
//! derived `Deserialize` does (an object, or a list of the fields in order),
//! and reports the first fault it meets with serde's message and its path
//! inside the value (`source.paragraph`, `authors[2]`), as
//! `serde_path_to_error` gives them. The tests hold it to those two on
//! every type; the widget carries this small reader instead of serde's
//! machinery instantiated for a path-tracking deserializer (about 17 KB of
//! the gzipped module).

use std::fmt;

use serde::de::{self, DeserializeOwned, Visitor};
use serde_json::{Map, Value};

use super::date::StoryDate;
use super::ids::{ActorId, EventId, ItemRef, QuoteId, RelationId, UpdateId};
use super::story::{
    default_language, Actor, ActorKind, Event, EventKind, Image, Meta, Publication, Quote,
    QuoteKind, Relation, SourceRef, Stance, Update, UpdateKind,
};

/// A story type whose `source` key holds an object of type `Source`.
pub trait Sourced: DeserializeOwned + FromValue {
    /// The type of the nested `source` object.
    type Source: DeserializeOwned;
}

impl Sourced for Meta {
    type Source = Publication;
}

impl Sourced for Actor {
    type Source = SourceRef;
}

impl Sourced for Event {
    type Source = SourceRef;
}

impl Sourced for Relation {
    type Source = SourceRef;
}

impl Sourced for Quote {
    type Source = SourceRef;
}

/// Updates have no `source`: any keys under one are reported as unknown.
impl Sourced for Update {
    type Source = serde::de::IgnoredAny;
}

/// The field names `T`'s derived `Deserialize` asks for.
pub fn field_names<T: DeserializeOwned>() -> &'static [&'static str] {
    let mut names = None;
    let _ = T::deserialize(Introspect(&mut names));
    names.unwrap_or(&[])
}

/// The keys of `object` (and of its nested `source` object) that `T` does
/// not read, as paths relative to the object: `titel`, `source.page`.
pub fn unknown_keys<T: Sourced>(object: &Map<String, Value>) -> Vec<String> {
    unknown_keys_among(object, field_names::<T>(), field_names::<T::Source>())
}

/// The keys of `object` not in `known`, and those of its nested `source`
/// object not in `nested`: [`unknown_keys`], written once for every type.
fn unknown_keys_among(object: &Map<String, Value>, known: &[&str], nested: &[&str]) -> Vec<String> {
    let mut unknown: Vec<String> = object
        .keys()
        .filter(|key| !known.contains(&key.as_str()))
        .cloned()
        .collect();
    if let Some(Value::Object(source)) = object.get("source") {
        unknown.extend(
            source
                .keys()
                .filter(|key| !nested.contains(&key.as_str()))
                .map(|key| format!("source.{key}")),
        );
    }
    unknown
}

/// A deserializer that records the field list of the struct asked of it and
/// then refuses, so nothing is built.
struct Introspect<'a>(&'a mut Option<&'static [&'static str]>);

#[derive(Debug)]
struct Refused;

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("introspection only")
    }
}

impl std::error::Error for Refused {}

impl de::Error for Refused {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Refused
    }
}

impl<'de> de::Deserializer<'de> for Introspect<'_> {
    type Error = Refused;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Refused> {
        Err(Refused)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Refused> {
        *self.0 = Some(fields);
        Err(Refused)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
    }
}

/// Why a value could not be read as a story type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fault {
    /// Where, inside the value read: `source.paragraph`, `authors[2]`, `[1]`
    /// for a field of an item given as a list; empty for the value itself.
    pub path: String,
    /// What is wrong, in serde's words: "missing field `title`".
    pub message: String,
}

impl Fault {
    fn new(message: String) -> Self {
        Self {
            path: String::new(),
            message,
        }
    }

    /// The fault as seen from the value that holds the faulty one under
    /// `segment` (a key, or `[i]` for a position in a list).
    fn within(mut self, segment: String) -> Self {
        self.path = if self.path.is_empty() {
            segment
        } else if self.path.starts_with('[') {
            segment + &self.path
        } else {
            segment + "." + &self.path
        };
        self
    }

    /// The fault's path in the story file, for an item at `path`: `path`
    /// itself, or `path.` and the path inside the item.
    pub fn path_from(&self, path: &str) -> String {
        if self.path.is_empty() {
            path.to_owned()
        } else {
            format!("{path}.{}", self.path)
        }
    }
}

/// A story type read from parsed JSON.
pub trait FromValue: Sized {
    /// Reads the value as serde's derived `Deserialize` does.
    ///
    /// # Errors
    /// The first fault serde would meet, with its message and path.
    fn from_value(value: Value) -> Result<Self, Fault>;
}

/// A reader of one JSON value.
type Read<T> = fn(Value) -> Result<T, Fault>;

/// `text` in double quotes, escaped as Rust's `{:?}` writes it (and so as
/// serde's messages show a string). Written out because the release build
/// compiles `{:?}` away.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\'' => out.push(c),
            _ => out.extend(c.escape_debug()),
        }
    }
    out.push('"');
    out
}

/// What a value is, in serde_json's words: `string "…"`, `integer `2``.
fn unexpected(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(flag) => format!("boolean `{flag}`"),
        Value::Number(number) if number.is_f64() => format!("floating point `{number}`"),
        Value::Number(number) => format!("integer `{number}`"),
        Value::String(text) => format!("string {}", quoted(text)),
        Value::Array(_) => "sequence".to_owned(),
        Value::Object(_) => "map".to_owned(),
    }
}

fn invalid_type(value: &Value, expected: &str) -> Fault {
    Fault::new(format!(
        "invalid type: {}, expected {expected}",
        unexpected(value)
    ))
}

fn invalid_value(value: &Value, expected: &str) -> Fault {
    Fault::new(format!(
        "invalid value: {}, expected {expected}",
        unexpected(value)
    ))
}

fn string(value: Value) -> Result<String, Fault> {
    match value {
        Value::String(text) => Ok(text),
        other => Err(invalid_type(&other, "a string")),
    }
}

fn boolean(value: Value) -> Result<bool, Fault> {
    match value {
        Value::Bool(flag) => Ok(flag),
        other => Err(invalid_type(&other, "a boolean")),
    }
}

fn whole_number(value: Value) -> Result<u32, Fault> {
    let Value::Number(number) = &value else {
        return Err(invalid_type(&value, "u32"));
    };
    match number.as_u64() {
        Some(whole) => u32::try_from(whole).map_err(|_| invalid_value(&value, "u32")),
        None if number.is_i64() => Err(invalid_value(&value, "u32")),
        None => Err(invalid_type(&value, "u32")),
    }
}

fn date(value: Value) -> Result<StoryDate, Fault> {
    string(value)?
        .parse()
        .map_err(|error: super::date::DateError| Fault::new(error.to_string()))
}

fn item_ref(value: Value) -> Result<ItemRef, Fault> {
    string(value)?.parse().map_err(Fault::new)
}

fn option<T>(value: Value, read: Read<T>) -> Result<Option<T>, Fault> {
    match value {
        Value::Null => Ok(None),
        value => read(value).map(Some),
    }
}

fn list<T>(value: Value, read: Read<T>) -> Result<Vec<T>, Fault> {
    match value {
        Value::Array(items) => items
            .into_iter()
            .enumerate()
            .map(|(i, item)| read(item).map_err(|fault| fault.within(format!("[{i}]"))))
            .collect(),
        other => Err(invalid_type(&other, "a sequence")),
    }
}

/// The position of a unit variant among `names`, read from its name or from
/// an object with the name as its only key (and null or nothing under it).
fn variant(value: Value, names: &[&str]) -> Result<usize, Fault> {
    let (name, content) = match value {
        Value::String(name) => (name, Value::Null),
        Value::Object(object) if object.len() == 1 => {
            object.into_iter().next().expect("the object has one key")
        }
        Value::Object(object) => {
            return Err(invalid_value(
                &Value::Object(object),
                "map with a single key",
            ))
        }
        other => return Err(invalid_type(&other, "string or map")),
    };
    let Some(at) = names.iter().position(|known| *known == name) else {
        let quoted: Vec<String> = names.iter().map(|known| format!("`{known}`")).collect();
        let expected = match quoted.as_slice() {
            [first, second] => format!("{first} or {second}"),
            _ => format!("one of {}", quoted.join(", ")),
        };
        return Err(Fault::new(format!(
            "unknown variant `{name}`, expected {expected}"
        )));
    };
    match content {
        Value::Null => Ok(at),
        other => Err(invalid_type(&other, "unit").within(name)),
    }
}

/// What serde's derived reader does with a field the value does not give.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Absent {
    /// A fault: the field has no default.
    Required,
    /// `None` when the item is an object, a fault when it is a list: an
    /// `Option` without `#[serde(default)]`.
    NoneInObject,
    /// Its default (`#[serde(default)]`).
    Defaulted,
}

/// The fields of one struct being read, with the first fault met in the
/// order serde meets them: an object's keys in the order they are written
/// (a `serde_json::Map` keeps it), a list's items in order; then the first
/// field left out that has no default, in the order the type declares them.
struct Fields {
    /// "struct Meta", as serde names what it expected.
    what: &'static str,
    names: &'static [&'static str],
    /// Each field's value, with its place in the order serde meets it.
    values: Vec<Option<(usize, Value)>>,
    /// The number of items, when the struct was given as a list.
    listed: Option<usize>,
    /// The first fault met so far, with its place in serde's order.
    fault: Option<(usize, Fault)>,
    /// The first field that is left out and has no default.
    missing: Option<usize>,
}

impl Fields {
    fn new(
        value: Value,
        what: &'static str,
        names: &'static [&'static str],
    ) -> Result<Self, Fault> {
        let mut values: Vec<Option<(usize, Value)>> = vec![None; names.len()];
        let listed = match value {
            Value::Object(object) => {
                for (place, (key, value)) in object.into_iter().enumerate() {
                    if let Some(at) = names.iter().position(|name| *name == key) {
                        values[at] = Some((place, value));
                    }
                }
                None
            }
            Value::Array(items) => {
                let count = items.len();
                for (slot, item) in values.iter_mut().zip(items.into_iter().enumerate()) {
                    *slot = Some(item);
                }
                Some(count)
            }
            other => return Err(invalid_type(&other, what)),
        };
        Ok(Self {
            what,
            names,
            values,
            listed,
            fault: None,
            missing: None,
        })
    }

    /// Reads the field `name` into `slot`, which keeps what it holds when
    /// the field is absent or faulty ([`Fields::finish`] then reports it,
    /// where serde would). Reading in place keeps each type's reader to one
    /// call a field, with a single item to drop when it fails.
    fn set<T>(&mut self, name: &str, absent: Absent, slot: &mut T, read: Read<T>) {
        let Some((at, place, value)) = self.take(name, absent) else {
            return;
        };
        match read(value) {
            Ok(value) => *slot = value,
            Err(fault) => self.fail(at, place, fault),
        }
    }

    fn take(&mut self, name: &str, absent: Absent) -> Option<(usize, usize, Value)> {
        let at = self
            .names
            .iter()
            .position(|known| *known == name)
            .expect("a field is read by a name its type declares");
        let value = self.values[at].take();
        if value.is_none() {
            let faulty = match self.listed {
                Some(_) => absent != Absent::Defaulted,
                None => absent == Absent::Required,
            };
            if faulty && self.missing.is_none_or(|first| at < first) {
                self.missing = Some(at);
            }
        }
        let (place, value) = value?;
        Some((at, place, value))
    }

    fn fail(&mut self, at: usize, place: usize, fault: Fault) {
        let segment = match self.listed {
            Some(_) => format!("[{at}]"),
            None => self.names[at].to_owned(),
        };
        if self.fault.as_ref().is_none_or(|(first, _)| place < *first) {
            self.fault = Some((place, fault.within(segment)));
        }
    }

    /// The first fault met, if any.
    fn finish(self) -> Result<(), Fault> {
        if let Some((_, fault)) = self.fault {
            return Err(fault);
        }
        let message = match (self.missing, self.listed) {
            (Some(at), None) => format!("missing field `{}`", self.names[at]),
            (Some(at), Some(_)) => format!(
                "invalid length {at}, expected {} with {} elements",
                self.what,
                self.names.len()
            ),
            (None, Some(count)) if count > self.names.len() => {
                format!("invalid length {count}, expected fewer elements in array")
            }
            (None, _) => return Ok(()),
        };
        Err(Fault::new(message))
    }
}

fn actor_id(value: Value) -> Result<ActorId, Fault> {
    string(value).map(ActorId)
}

fn event_id(value: Value) -> Result<EventId, Fault> {
    string(value).map(EventId)
}

fn quote_id(value: Value) -> Result<QuoteId, Fault> {
    string(value).map(QuoteId)
}

fn text(value: Value) -> Result<Option<String>, Fault> {
    option(value, string)
}

fn when(value: Value) -> Result<Option<StoryDate>, Fault> {
    option(value, date)
}

fn source(value: Value) -> Result<Option<SourceRef>, Fault> {
    option(value, SourceRef::from_value)
}

fn image(value: Value) -> Result<Option<Image>, Fault> {
    option(value, Image::from_value)
}

fn texts(value: Value) -> Result<Vec<String>, Fault> {
    list(value, string)
}

// Each reader below starts from a blank item and reads every field into
// place: a field without a default holds a placeholder (empty text, the
// first kind) until it is read, and `Fields::finish` fails if it was not.

impl FromValue for Meta {
    fn from_value(value: Value) -> Result<Self, Fault> {
        use Absent::*;
        let mut fields = Fields::new(value, "struct Meta", field_names::<Self>())?;
        let mut meta = Self {
            language: default_language(),
            ..Self::default()
        };
        fields.set("title", Required, &mut meta.title, string);
        fields.set(
            "source",
            Required,
            &mut meta.source,
            Publication::from_value,
        );
        fields.set("published", NoneInObject, &mut meta.published, when);
        fields.set("authors", Defaulted, &mut meta.authors, texts);
        fields.set("language", Defaulted, &mut meta.language, string);
        fields.set("summary", Defaulted, &mut meta.summary, text);
        fields.finish()?;
        Ok(meta)
    }
}

impl FromValue for Publication {
    fn from_value(value: Value) -> Result<Self, Fault> {
        use Absent::*;
        let mut fields = Fields::new(value, "struct Publication", field_names::<Self>())?;
        let mut publication = Self::default();
        fields.set("name", Required, &mut publication.name, string);
        fields.set("url", Defaulted, &mut publication.url, text);
        fields.finish()?;
        Ok(publication)
    }
}

impl FromValue for SourceRef {
    fn from_value(value: Value) -> Result<Self, Fault> {
        use Absent::*;
        let mut fields = Fields::new(value, "struct SourceRef", field_names::<Self>())?;
        let mut source = Self {
            paragraph: 0,
            excerpt: String::new(),
        };
        fields.set("paragraph", Required, &mut source.paragraph, whole_number);
        fields.set("excerpt", Required, &mut source.excerpt, string);
        fields.finish()?;
        Ok(source)
    }
}

impl FromValue for Image {
    fn from_value(value: Value) -> Result<Self, Fault> {
        use Absent::*;
        let mut fields = Fields::new(value, "struct Image", field_names::<Self>())?;
        let mut image = Self {
            url: String::new(),
            alt: String::new(),
            credit: None,
            caption: None,
        };
        fields.set("url", Required, &mut image.url, string);
        fields.set("alt", Required, &mut image.alt, string);
        fields.set("credit", Defaulted, &mut image.credit, text);
        fields.set("caption", Defaulted, &mut image.caption, text);
        fields.finish()?;
        Ok(image)
    }
}

impl FromValue for Actor {
    fn from_value(value: Value) -> Result<Self, Fault> {
        use Absent::*;
        const KINDS: [ActorKind; 5] = [
            ActorKind::Person,
            ActorKind::State,
            ActorKind::Organisation,
            ActorKind::Group,
            ActorKind::Place,
        ];
        fn kind(value: Value) -> Result<ActorKind, Fault> {
            variant(value, &KINDS.map(ActorKind::label)).map(|at| KINDS[at])
        }
        let mut fields = Fields::new(value, "struct Actor", field_names::<Self>())?;
        let mut actor = Self::new(ActorId(String::new()), String::new(), KINDS[0]);
        fields.set("id", Required, &mut actor.id, actor_id);
        fields.set("name", Required, &mut actor.name, string);
        fields.set("kind", Required, &mut actor.kind, kind);
        fields.set("short_name", Defaulted, &mut actor.short_name, text);
        fields.set("role", Defaulted, &mut actor.role, text);
        fields.set("affiliation", Defaulted, &mut actor.affiliation, |value| {
            option(value, actor_id)
        });
        fields.set("aliases", Defaulted, &mut actor.aliases, texts);
        fields.set("description", Defaulted, &mut actor.description, text);
        fields.set("source", Defaulted, &mut actor.source, source);
        fields.set("image", Defaulted, &mut actor.image, image);
        fields.set("draft_note", Defaulted, &mut actor.draft_note, text);
        fields.finish()?;
        Ok(actor)
    }
}

impl FromValue for Event {
    fn from_value(value: Value) -> Result<Self, Fault> {
        use Absent::*;
        const KINDS: [EventKind; 3] = [
            EventKind::Reported,
            EventKind::Context,
            EventKind::Publication,
        ];
        fn kind(value: Value) -> Result<EventKind, Fault> {
            variant(value, &KINDS.map(EventKind::label)).map(|at| KINDS[at])
        }
        let mut fields = Fields::new(value, "struct Event", field_names::<Self>())?;
        let mut event = Self {
            id: EventId(String::new()),
            date: None,
            end: None,
            title: String::new(),
            summary: None,
            actors: Vec::new(),
            quotes: Vec::new(),
            kind: KINDS[0],
            source: None,
            image: None,
            draft_note: None,
        };
        fields.set("id", Required, &mut event.id, event_id);
        fields.set("date", Defaulted, &mut event.date, when);
        fields.set("end", Defaulted, &mut event.end, when);
        fields.set("title", Required, &mut event.title, string);
        fields.set("summary", Defaulted, &mut event.summary, text);
        fields.set("actors", Defaulted, &mut event.actors, |value| {
            list(value, actor_id)
        });
        fields.set("quotes", Defaulted, &mut event.quotes, |value| {
            list(value, quote_id)
        });
        fields.set("kind", Required, &mut event.kind, kind);
        fields.set("source", Defaulted, &mut event.source, source);
        fields.set("image", Defaulted, &mut event.image, image);
        fields.set("draft_note", Defaulted, &mut event.draft_note, text);
        fields.finish()?;
        Ok(event)
    }
}

impl FromValue for Relation {
    fn from_value(value: Value) -> Result<Self, Fault> {
        use Absent::*;
        const STANCES: [Stance; 3] = [Stance::Cooperative, Stance::Hostile, Stance::Neutral];
        fn stance(value: Value) -> Result<Stance, Fault> {
            variant(value, &["cooperative", "hostile", "neutral"]).map(|at| STANCES[at])
        }
        let mut fields = Fields::new(value, "struct Relation", field_names::<Self>())?;
        let mut relation = Self {
            id: RelationId(String::new()),
            from: ActorId(String::new()),
            to: ActorId(String::new()),
            kind: String::new(),
            stance: STANCES[0],
            label: String::new(),
            mutual: false,
            since: None,
            until: None,
            events: Vec::new(),
            quotes: Vec::new(),
            source: None,
            draft_note: None,
        };
        fields.set("id", Required, &mut relation.id, |value| {
            string(value).map(RelationId)
        });
        fields.set("from", Required, &mut relation.from, actor_id);
        fields.set("to", Required, &mut relation.to, actor_id);
        fields.set("kind", Required, &mut relation.kind, string);
        fields.set("stance", Required, &mut relation.stance, stance);
        fields.set("label", Required, &mut relation.label, string);
        fields.set("mutual", Defaulted, &mut relation.mutual, boolean);
        fields.set("since", Defaulted, &mut relation.since, when);
        fields.set("until", Defaulted, &mut relation.until, when);
        fields.set("events", Defaulted, &mut relation.events, |value| {
            list(value, event_id)
        });
        fields.set("quotes", Defaulted, &mut relation.quotes, |value| {
            list(value, quote_id)
        });
        fields.set("source", Defaulted, &mut relation.source, source);
        fields.set("draft_note", Defaulted, &mut relation.draft_note, text);
        fields.finish()?;
        Ok(relation)
    }
}

impl FromValue for Quote {
    fn from_value(value: Value) -> Result<Self, Fault> {
        use Absent::*;
        const KINDS: [QuoteKind; 3] = [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Pull];
        fn kind(value: Value) -> Result<QuoteKind, Fault> {
            variant(value, &["direct", "partial", "pull"]).map(|at| KINDS[at])
        }
        let mut fields = Fields::new(value, "struct Quote", field_names::<Self>())?;
        let mut quote = Self {
            id: QuoteId(String::new()),
            text: String::new(),
            speaker: ActorId(String::new()),
            context: None,
            kind: KINDS[0],
            event: None,
            source: None,
            draft_note: None,
        };
        fields.set("id", Required, &mut quote.id, quote_id);
        fields.set("text", Required, &mut quote.text, string);
        fields.set("speaker", Required, &mut quote.speaker, actor_id);
        fields.set("context", Defaulted, &mut quote.context, text);
        fields.set("kind", Required, &mut quote.kind, kind);
        fields.set("event", Defaulted, &mut quote.event, |value| {
            option(value, event_id)
        });
        fields.set("source", Defaulted, &mut quote.source, source);
        fields.set("draft_note", Defaulted, &mut quote.draft_note, text);
        fields.finish()?;
        Ok(quote)
    }
}

impl FromValue for Update {
    fn from_value(value: Value) -> Result<Self, Fault> {
        use Absent::*;
        const KINDS: [UpdateKind; 2] = [UpdateKind::Update, UpdateKind::Correction];
        fn kind(value: Value) -> Result<UpdateKind, Fault> {
            variant(value, &KINDS.map(UpdateKind::label)).map(|at| KINDS[at])
        }
        let mut fields = Fields::new(value, "struct Update", field_names::<Self>())?;
        let mut update = Self {
            id: UpdateId(String::new()),
            date: StoryDate::year(0),
            kind: KINDS[0],
            summary: String::new(),
            items: Vec::new(),
        };
        fields.set("id", Required, &mut update.id, |value| {
            string(value).map(UpdateId)
        });
        fields.set("date", Required, &mut update.date, date);
        fields.set("kind", Required, &mut update.kind, kind);
        fields.set("summary", Required, &mut update.summary, string);
        fields.set("items", Defaulted, &mut update.items, |value| {
            list(value, item_ref)
        });
        fields.finish()?;
        Ok(update)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names_come_from_the_derived_deserializer() {
        let names = field_names::<Event>();
        for name in [
            "id", "date", "end", "title", "summary", "actors", "quotes", "kind", "source",
        ] {
            assert!(names.contains(&name), "{name} missing from {names:?}");
        }
    }

    #[test]
    fn misspelt_keys_are_found_at_both_levels() {
        let event = serde_json::json!({"id": "e", "titel": "x", "source": {"paragraph": 1, "excerpt": "x", "page": 2}});
        assert_eq!(
            unknown_keys::<Event>(event.as_object().unwrap()),
            ["titel", "source.page"]
        );
        let meta = serde_json::json!({"title": "t", "published": "2022", "source": {"name": "n", "link": "x"}});
        assert_eq!(
            unknown_keys::<Meta>(meta.as_object().unwrap()),
            ["source.link"]
        );
    }

    /// What serde's derived reader, through `serde_path_to_error`, makes of
    /// `value`: the item, or the fault's path ("." for the value itself) and message.
    fn by_serde<T: DeserializeOwned>(value: &Value) -> Result<T, (String, String)> {
        serde_path_to_error::deserialize(value.clone())
            .map_err(|error| (error.path().to_string(), error.into_inner().to_string()))
    }

    fn by_reader<T: FromValue>(value: &Value) -> Result<T, (String, String)> {
        T::from_value(value.clone()).map_err(|fault| {
            let path = if fault.path.is_empty() {
                ".".to_owned()
            } else {
                fault.path
            };
            (path, fault.message)
        })
    }

    /// Asserts that the reader reads `value` as every story type exactly as serde does.
    fn reads_as_serde_does(value: &Value) {
        fn check<T: FromValue + DeserializeOwned + PartialEq + fmt::Debug>(value: &Value) {
            assert_eq!(
                by_reader::<T>(value),
                by_serde::<T>(value),
                "{} from {value}",
                std::any::type_name::<T>()
            );
        }
        check::<Meta>(value);
        check::<Publication>(value);
        check::<SourceRef>(value);
        check::<Image>(value);
        check::<Actor>(value);
        check::<Event>(value);
        check::<Relation>(value);
        check::<Quote>(value);
        check::<Update>(value);
    }

    #[test]
    fn items_are_read_as_serde_reads_them() {
        use serde_json::json;
        let source = json!({"paragraph": 2, "excerpt": "said"});
        for value in [
            json!({"title": "T", "source": {"name": "N", "url": "https://x.org"}, "published": "2022-04-18", "authors": ["A"], "language": "ar", "summary": "S"}),
            json!({"title": "T", "source": {"name": "N"}}),
            json!({"title": "T", "source": {"name": 1}, "published": "2022-13"}),
            json!({"title": 42, "authors": [1], "source": []}),
            json!({"id": "a", "name": "A", "kind": "person", "short_name": "B", "role": null, "affiliation": "b", "aliases": ["x"], "description": "d", "source": source, "image": {"url": "u", "alt": "a"}, "draft_note": "n"}),
            json!({"id": "a", "name": "A", "kind": "country"}),
            json!({"id": "a", "name": "A", "kind": {"state": null}}),
            json!({"id": "a", "name": "A", "kind": {"state": 1}}),
            json!({"id": "a", "name": "A", "kind": {"state": null, "group": null}}),
            json!({"id": "a", "name": "A", "kind": {}}),
            json!({"id": "a", "name": "A", "kind": 7}),
            json!({"id": "a", "kind": "person", "aliases": ["x", 2, "y"]}),
            json!({"id": "e", "date": "2022-04-09", "end": "2022-05", "title": "T", "summary": "S", "actors": ["a"], "quotes": ["q"], "kind": "reported", "source": source, "draft_note": null}),
            json!({"id": "e", "date": "2022-02-30", "title": 1, "kind": "context"}),
            json!({"id": "e", "title": "T", "kind": "context", "actors": "a"}),
            json!({"id": "e", "title": "T", "kind": "context", "source": {"paragraph": -1, "excerpt": "x"}}),
            json!({"id": "e", "title": "T", "kind": "context", "source": {"paragraph": 1.5, "excerpt": "x"}}),
            json!({"id": "e", "title": "T", "kind": "context", "source": {"paragraph": 1.0, "excerpt": "x"}}),
            json!({"id": "e", "title": "T", "kind": "context", "source": {"paragraph": 4294967296u64, "excerpt": "x"}}),
            json!({"id": "e", "title": "T", "kind": "context", "source": {"paragraph": 3}}),
            json!({"id": "r", "from": "a", "to": "b", "kind": "k", "stance": "hostile", "label": "L", "mutual": true, "since": "2021", "until": "2022~", "events": ["e"], "quotes": ["q"], "source": source}),
            json!({"id": "r", "from": "a", "to": "b", "kind": "k", "stance": "warm", "label": "L", "mutual": "yes"}),
            json!({"id": "q", "text": "T", "speaker": "a", "context": "c", "kind": "pull", "event": "e", "source": null}),
            json!({"id": "q", "text": "T \"é\u{301}\n", "speaker": null, "kind": "quoted"}),
            json!({"id": "u", "date": "2024-03-22", "kind": "correction", "summary": "S", "items": ["event:e"]}),
            json!({"id": "u", "date": "2024-03-22", "kind": "fix", "summary": "S", "items": ["evnt:e", 3]}),
            json!({"url": "u", "alt": "a", "credit": "c", "caption": "x"}),
            json!({"url": ["u"], "alt": {"a": 1}}),
            json!(["a", "A", "person"]),
            json!([
                "a",
                "A",
                "person",
                null,
                null,
                null,
                [],
                null,
                null,
                null,
                null,
                "extra"
            ]),
            json!(["T", {"name": "N"}]),
            json!(["T", {"name": "N"}, "2022"]),
            json!(["T", [2]]),
            json!([2, "x"]),
            json!(["u", "2024-03-22", "update", "S", ["event:e", "x"]]),
            json!([]),
            json!(null),
            json!(true),
            json!(-3),
            json!(2.5),
            json!("text"),
            json!({}),
        ] {
            reads_as_serde_does(&value);
        }
    }

    /// Random JSON over every story type; proptest does not build for wasm32.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        const KEYS: &[&str] = &[
            "id",
            "title",
            "name",
            "kind",
            "source",
            "published",
            "authors",
            "language",
            "summary",
            "url",
            "paragraph",
            "excerpt",
            "alt",
            "credit",
            "caption",
            "short_name",
            "role",
            "affiliation",
            "aliases",
            "description",
            "image",
            "draft_note",
            "date",
            "end",
            "actors",
            "quotes",
            "from",
            "to",
            "stance",
            "label",
            "mutual",
            "since",
            "until",
            "events",
            "text",
            "speaker",
            "context",
            "event",
            "items",
            "person",
            "state",
            "hostile",
            "pull",
            "update",
            "other",
        ];

        fn leaf() -> impl Strategy<Value = Value> {
            prop_oneof![
                Just(Value::Null),
                any::<bool>().prop_map(Value::from),
                prop_oneof![
                    Just(0u64),
                    Just(1),
                    Just(4_294_967_295),
                    Just(4_294_967_296),
                    Just(u64::MAX)
                ]
                .prop_map(Value::from),
                prop_oneof![Just(-1i64), Just(i64::MIN)].prop_map(Value::from),
                prop_oneof![Just(1.0f64), Just(-0.0), Just(2.5), Just(1e300), Just(1e-7)]
                    .prop_map(Value::from),
                prop_oneof![
                    Just("2022"),
                    Just("2022-04-09"),
                    Just("2022-13"),
                    Just("person"),
                    Just("state"),
                    Just("hostile"),
                    Just("pull"),
                    Just("update"),
                    Just("correction"),
                    Just("event:e"),
                    Just("quote:"),
                    Just(""),
                    Just("a\"b\\c\u{7f}\u{301}"),
                ]
                .prop_map(Value::from),
            ]
        }

        fn value() -> impl Strategy<Value = Value> {
            leaf().prop_recursive(4, 48, 8, |inner| {
                prop_oneof![
                    prop::collection::vec(inner.clone(), 0..14).prop_map(Value::Array),
                    prop::collection::btree_map(prop::sample::select(KEYS), inner, 0..10).prop_map(
                        |map| Value::Object(
                            map.into_iter()
                                .map(|(key, value)| (key.to_owned(), value))
                                .collect()
                        )
                    ),
                ]
            })
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(4096))]
            #[test]
            fn any_value_is_read_as_serde_reads_it(value in value()) {
                reads_as_serde_does(&value);
            }

            #[test]
            fn any_text_is_quoted_as_debug_quotes_it(text in any::<String>()) {
                prop_assert_eq!(quoted(&text), format!("{text:?}"));
            }
        }
    }
}
