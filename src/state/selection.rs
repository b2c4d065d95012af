//! One item the reader has picked, and how it is named in links and the API.

use crate::model::{ActorId, EventId, ItemRef, QuoteId, RelationId, Story};

/// One item the reader has picked.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Selection {
    /// An event on the timeline.
    Event(EventId),
    /// An actor on the map.
    Actor(ActorId),
    /// A relation on the map.
    Relation(RelationId),
    /// A quote.
    Quote(QuoteId),
}

impl Selection {
    /// The URL fragment value naming this item: `event:<id>`, `actor:<id>`, ...
    pub fn to_fragment(&self) -> String {
        match self {
            Self::Event(id) => format!("event:{id}"),
            Self::Actor(id) => format!("actor:{id}"),
            Self::Relation(id) => format!("relation:{id}"),
            Self::Quote(id) => format!("quote:{id}"),
        }
    }

    /// The item a fragment value names, if it has a known kind and an id.
    pub fn from_fragment(value: &str) -> Option<Self> {
        let (kind, id) = value.split_once(':')?;
        if id.is_empty() {
            return None;
        }
        Some(match kind {
            "event" => Self::Event(id.into()),
            "actor" => Self::Actor(id.into()),
            "relation" => Self::Relation(id.into()),
            "quote" => Self::Quote(id.into()),
            _ => return None,
        })
    }

    /// The item this names, as the story's updates name items.
    pub fn item(&self) -> ItemRef {
        match self {
            Self::Event(id) => ItemRef::Event(id.clone()),
            Self::Actor(id) => ItemRef::Actor(id.clone()),
            Self::Relation(id) => ItemRef::Relation(id.clone()),
            Self::Quote(id) => ItemRef::Quote(id.clone()),
        }
    }

    /// Whether the story has the item this names.
    pub fn exists_in(&self, story: &Story) -> bool {
        match self {
            Self::Event(id) => story.event(id).is_some(),
            Self::Actor(id) => story.actor(id).is_some(),
            Self::Relation(id) => story.relation(id).is_some(),
            Self::Quote(id) => story.quote(id).is_some(),
        }
    }
}
