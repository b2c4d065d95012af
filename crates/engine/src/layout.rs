//! Layout: scales, ticks, lanes and the geometry of each view, computed
//! from the story alone. Plain Rust with no DOM, so it is tested natively
//! and gives the same result in any browser.

pub mod actor_map;
pub mod card;
pub mod cut;
pub mod force;
pub mod label_box;
pub mod lanes;
pub mod map_view;
pub mod scale;
pub mod ticks;
pub mod time_warp;
pub mod timeline;
pub mod timeline_model;
pub mod viewport;

pub use actor_map::{ActorMap, ActorMapLayout, MapOptions, PlacedActor, PlacedRelation};
pub use lanes::pack_lanes;
pub use map_view::{nearest_in_direction, Direction, MapView};
pub use scale::{BreakOnAxis, TimeScale};
pub use ticks::{AxisLabel, Tick, TickInterval};
pub use time_warp::{AxisBreak, TimeWarp};
pub use timeline::{
    layout_timeline, BandLabel, EventCluster, PlacedEvent, PlacedTick, TimelineItem,
    TimelineLayout, TimelineOptions,
};
pub use timeline_model::{ActorBands, TimelineModel};
pub use viewport::Viewport;
