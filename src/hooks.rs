//! Hooks and browser services that connect components to the outside world:
//! loading the story, measuring elements and text, timers, the URL fragment, hover and focus
//! previews, the card's place, pan and zoom gestures, the actor map's force
//! layout, and the newest update a reader has seen of a story.

mod card_placement;
mod element_width;
mod force_layout;
mod fragment_link;
mod pan_zoom;
mod preview;
mod same;
mod seen_update;
mod story;
mod text_measure;
mod timeout;

pub use card_placement::{use_card_placement, CardPlace};
pub use element_width::{use_element_width, AssumedWidth};
pub use force_layout::{use_force_layout, ForceLayout};
pub use fragment_link::use_fragment_link;
pub use pan_zoom::{use_pan_zoom, PanZoom, PanZoomHandlers};
pub use preview::{use_preview, PreviewHandlers};
pub use same::Same;
pub use seen_update::use_seen_update;
pub use story::{use_story, LoadState, StoryRequest, StorySource, Words};
pub use text_measure::{use_text_measure, TextMeasure};
pub use timeout::Timeout;
