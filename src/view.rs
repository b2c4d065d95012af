//! Yew components: the widget and the pieces it is drawn from.

pub mod actor_map;
pub mod header;
pub mod load_error;
pub mod problems;
pub mod story_view;
pub mod timeline;
pub mod widget;

pub use story_view::{StoryView, StoryViewProps};
pub use widget::{Widget, WidgetProps};
