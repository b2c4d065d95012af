//! Typed identifiers for story items, so an actor id can never be passed
//! where an event id is expected. Pure Rust: no DOM.

use std::fmt;

use serde::Deserialize;

macro_rules! story_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
        #[cfg_attr(test, derive(serde::Serialize, schemars::JsonSchema))]
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
