//! The story: its types, dates, ids and the checks that read a story file.
//! Pure Rust with no DOM, so it is tested natively.

pub mod date;
pub mod fields;
pub mod ids;
pub mod link;
#[cfg(test)]
mod schema;
pub mod story;
pub mod validate;
pub mod web_address;

pub use date::{Precision, StoryDate};
pub use ids::{ActorId, EventId, IdSet, ItemRef, ItemSet, QuoteId, RelationId, TextSet, UpdateId};
pub use story::{
    Actor, ActorKind, Event, EventKind, Image, Meta, Publication, Quote, QuoteKind, Relation,
    SourceRef, Stance, Story, Update, UpdateKind,
};
pub use validate::{
    check_story, parse_story, parse_story_with, CheckedStory, LeftOff, PicturePaths, Problem,
    Severity, StoryError,
};
