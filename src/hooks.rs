//! Hooks and browser services that connect components to the outside world:
//! loading the story, measuring, timers, the URL fragment, hover and focus
//! previews and the card's place.

mod card_placement;
mod element_width;
mod fragment_link;
mod preview;
mod story;
mod timeout;

pub use card_placement::{use_card_placement, CardPlace};
pub use element_width::use_element_width;
pub use fragment_link::use_fragment_link;
pub use preview::{use_preview, PreviewHandlers};
pub use story::{use_story, LoadState, StorySource};
pub use timeout::Timeout;
