//! What the reader has picked and sees, as pure values and reducers: the
//! selection and how links name it, what it lights up, the story steps, the
//! widget's options, the timeline's window, the search's list and the timeline's keys, and when a
//! hovered item's card shows. No DOM.

pub mod changes;
pub mod fragment;
pub mod highlight;
pub mod hover_intent;
pub mod options;
pub mod search;
pub mod search_list;
pub mod selection;
pub mod steps;
pub mod timeline_keys;
pub mod view_state;
pub mod viewport;

pub use changes::{seen_key, Changes, Correction, Seen};
pub use fragment::{fragment_key, fragment_with, selection_in_fragment};
pub use highlight::Highlight;
pub use hover_intent::{HoverIntent, Intent, PointerSample};
pub use options::{HostOptions, Theme, UnknownOption, ViewChoice, WidgetOptions};
pub use search::{Matches, SearchIndex, SearchLight};
pub use search_list::{ListKey, ListOutcome, SearchList};
pub use selection::Selection;
pub use steps::{step_from, story_steps};
pub use timeline_keys::{cluster_key, timeline_key, KeyPlace, TimelineCommand};
pub use view_state::{Action, ViewState};
pub use viewport::{ViewportAction, VisibleWindow};

#[cfg(test)]
mod test_story {
    /// The seed story, for tests.
    pub fn seed() -> crate::model::Story {
        crate::model::parse_story(include_str!("../static/stories/russia-taliban-2022.json"))
            .expect("the seed story reads")
            .story
    }
}
