//! Typed identifiers for story items, so an actor id can never be passed
//! where an event id is expected. Pure Rust: no DOM.

use std::collections::HashMap;
use std::fmt;
use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

macro_rules! story_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
        #[cfg_attr(test, derive(schemars::JsonSchema))]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The id as written in the story file.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }
    };
}

story_id!(
    /// Identifies an actor: a person, state, organisation, group or place.
    ActorId
);
story_id!(
    /// Identifies an event on the timeline.
    EventId
);
story_id!(
    /// Identifies a relation between two actors.
    RelationId
);
story_id!(
    /// Identifies a quote.
    QuoteId
);
story_id!(
    /// Identifies an update or correction to a published story.
    UpdateId
);

/// A set of text: ids as a story file writes them. It is kept as a map of
/// the type the story's index of positions uses (each text to 0), so the
/// widget carries one hash table's code for both.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextSet(HashMap<String, usize>);

impl TextSet {
    /// Adds `text`; whether it was not there yet.
    pub fn insert(&mut self, text: &str) -> bool {
        if self.contains(text) {
            return false;
        }
        self.0.insert(text.to_owned(), 0);
        true
    }

    /// Whether `text` is in the set.
    pub fn contains(&self, text: &str) -> bool {
        self.0.contains_key(text)
    }

    /// How many texts the set holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the set holds no text.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The texts, in no order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }
}

impl<'a> FromIterator<&'a str> for TextSet {
    fn from_iter<I: IntoIterator<Item = &'a str>>(texts: I) -> Self {
        let mut set = Self::default();
        for text in texts {
            set.insert(text);
        }
        set
    }
}

/// A set of ids of one kind. Every kind is kept as text in a [`TextSet`],
/// so the widget carries one hash table's code for them all rather than
/// one per kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdSet<T> {
    ids: TextSet,
    kind: PhantomData<T>,
}

impl<T> Default for IdSet<T> {
    fn default() -> Self {
        Self {
            ids: TextSet::default(),
            kind: PhantomData,
        }
    }
}

impl<T: AsRef<str>> IdSet<T> {
    /// Adds `id`; whether it was not there yet.
    pub fn insert(&mut self, id: &T) -> bool {
        self.ids.insert(id.as_ref())
    }

    /// Whether `id` is in the set.
    pub fn contains(&self, id: &T) -> bool {
        self.ids.contains(id.as_ref())
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The ids, as written in the story file, in no order.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.ids.iter()
    }
}

impl<'a, T: AsRef<str> + 'a> Extend<&'a T> for IdSet<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, ids: I) {
        for id in ids {
            self.insert(id);
        }
    }
}

/// Items of a story of every kind, each kind's ids in an [`IdSet`], so a
/// set of items needs no hash table of its own.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ItemSet {
    /// The events'.
    pub events: IdSet<EventId>,
    /// The actors'.
    pub actors: IdSet<ActorId>,
    /// The relations'.
    pub relations: IdSet<RelationId>,
    /// The quotes'.
    pub quotes: IdSet<QuoteId>,
}

impl ItemSet {
    /// Adds `item`; whether it was not there yet.
    pub fn insert(&mut self, item: &ItemRef) -> bool {
        match item {
            ItemRef::Event(id) => self.events.insert(id),
            ItemRef::Actor(id) => self.actors.insert(id),
            ItemRef::Relation(id) => self.relations.insert(id),
            ItemRef::Quote(id) => self.quotes.insert(id),
        }
    }

    /// Whether `item` is in the set.
    pub fn contains(&self, item: &ItemRef) -> bool {
        match item {
            ItemRef::Event(id) => self.events.contains(id),
            ItemRef::Actor(id) => self.actors.contains(id),
            ItemRef::Relation(id) => self.relations.contains(id),
            ItemRef::Quote(id) => self.quotes.contains(id),
        }
    }

    /// Whether the set holds no item.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
            && self.actors.is_empty()
            && self.relations.is_empty()
            && self.quotes.is_empty()
    }
}

impl<'a> Extend<&'a ItemRef> for ItemSet {
    fn extend<I: IntoIterator<Item = &'a ItemRef>>(&mut self, items: I) {
        for item in items {
            self.insert(item);
        }
    }
}

/// One item of a story named by its kind and id, as links and updates write
/// it: `event:<id>`, `actor:<id>`, `relation:<id>` or `quote:<id>`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ItemRef {
    /// An event.
    Event(EventId),
    /// An actor.
    Actor(ActorId),
    /// A relation.
    Relation(RelationId),
    /// A quote.
    Quote(QuoteId),
}

impl ItemRef {
    /// The kind of item in the story's words: "event", "actor", "relation" or "quote".
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Event(_) => "event",
            Self::Actor(_) => "actor",
            Self::Relation(_) => "relation",
            Self::Quote(_) => "quote",
        }
    }

    /// The item's id, as written in the story file.
    pub fn id(&self) -> &str {
        match self {
            Self::Event(id) => id.as_str(),
            Self::Actor(id) => id.as_str(),
            Self::Relation(id) => id.as_str(),
            Self::Quote(id) => id.as_str(),
        }
    }
}

impl fmt::Display for ItemRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.kind(), self.id())
    }
}

impl std::str::FromStr for ItemRef {
    type Err = String;

    /// Reads `kind:id`; the id may itself hold `:`.
    fn from_str(text: &str) -> Result<Self, String> {
        let expected = "expected event:<id>, actor:<id>, relation:<id> or quote:<id>";
        let Some((kind, id)) = text.split_once(':') else {
            return Err(format!("\"{text}\" names no kind of item; {expected}"));
        };
        if id.trim().is_empty() {
            return Err(format!("\"{text}\" has no id; {expected}"));
        }
        Ok(match kind {
            "event" => Self::Event(id.into()),
            "actor" => Self::Actor(id.into()),
            "relation" => Self::Relation(id.into()),
            "quote" => Self::Quote(id.into()),
            _ => return Err(format!("\"{kind}\" is not a kind of item; {expected}")),
        })
    }
}

impl<'de> Deserialize<'de> for ItemRef {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// An item reference is written as its `kind:id` text.
impl Serialize for ItemRef {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// In the JSON Schema, an item reference is a string `kind:id`.
#[cfg(test)]
impl schemars::JsonSchema for ItemRef {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ItemRef".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "An item of the story, by kind and id.",
            "pattern": "^(event|actor|relation|quote):.+$",
            "examples": ["event:talks-resume", "actor:un-envoy", "relation:a-meets-b", "quote:envoy-hopeful"]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_refs_read_and_write_kind_and_id() {
        let item: ItemRef = "quote:envoy:hopeful".parse().unwrap();
        assert_eq!(item, ItemRef::Quote("envoy:hopeful".into()));
        assert_eq!(item.to_string(), "quote:envoy:hopeful");
        assert!("evnt:x".parse::<ItemRef>().is_err());
        assert!("event:".parse::<ItemRef>().is_err());
        assert!("event".parse::<ItemRef>().is_err());
    }

    #[test]
    fn item_sets_keep_each_kind_apart() {
        let mut items = ItemSet::default();
        assert!(items.is_empty());
        assert!(items.insert(&ItemRef::Event("x".into())));
        assert!(!items.insert(&ItemRef::Event("x".into())));
        items.extend(&[ItemRef::Quote("y".into())]);
        assert!(items.contains(&ItemRef::Event("x".into())));
        assert!(items.contains(&ItemRef::Quote("y".into())));
        for other in [
            ItemRef::Actor("x".into()),
            ItemRef::Relation("x".into()),
            ItemRef::Quote("x".into()),
            ItemRef::Event("y".into()),
        ] {
            assert!(!items.contains(&other), "{other} is not in the set");
        }
        assert!(!items.is_empty());
    }
}
