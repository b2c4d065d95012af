//! The measures the widget, its pre-render and its export share, in CSS px,
//! each written once.

/// Below this widget width the timeline is a vertical list and the card docks
/// below the views; the stylesheet's container query (`max-width: 599.98px`)
/// says the same, and a test of the widget holds the two together.
pub const NARROW_BELOW_PX: f64 = 600.0;

/// The width a live widget is laid out for until its container is measured
/// (and the actor map's width when the pre-render draws it).
pub const ASSUMED_WIDTH_PX: f64 = 720.0;

/// The width a pre-rendered page's wide variant is laid out for unless told
/// otherwise.
pub const PRERENDER_WIDTH_PX: f64 = 800.0;

/// The width of the pre-rendered narrow variant (a phone): the timeline is a
/// list and the card docks.
pub const PRERENDER_NARROW_WIDTH_PX: f64 = 360.0;

/// How much one step of the timeline's zoom (a key or a button) scales it.
pub const TIMELINE_ZOOM_STEP: f64 = 2.0;

/// How much one step of the actor map's zoom (a key or a button) scales it.
pub const MAP_ZOOM_STEP: f64 = 1.5;

/// The space between a card and the item it points at, or the item it keeps clear of.
pub const CARD_GAP_PX: f64 = 8.0;
