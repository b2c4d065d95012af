//! How an embedding page sets a widget up: the views, the theme, the start
//! item, the height, the language, the link key, and where its story file
//! and its pictures are. Parsed once, from data attributes and `mount()` options alike (see
//! `crate::embed`).

use super::{fragment_key, Selection};

/// Which views the widget shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ViewChoice {
    /// The timeline above the actor map.
    #[default]
    Both,
    /// The timeline alone.
    Timeline,
    /// The actor map alone.
    Map,
    /// The text twin.
    Text,
}

impl ViewChoice {
    /// The view named `timeline`, `map`, `text` or `both`.
    pub fn parse(name: &str) -> Option<Self> {
        match name.trim() {
            "both" => Some(Self::Both),
            "timeline" => Some(Self::Timeline),
            "map" => Some(Self::Map),
            "text" => Some(Self::Text),
            _ => None,
        }
    }

    /// Every view, in the order the switch offers them.
    pub const ALL: [ViewChoice; 4] = [
        ViewChoice::Both,
        ViewChoice::Timeline,
        ViewChoice::Map,
        ViewChoice::Text,
    ];

    /// The view drawn when this one is chosen for a story with or without
    /// events and actors: a view with nothing to draw gives way to the other
    /// one, and to the text when neither has anything, so no empty box shows.
    pub fn drawn(self, has_events: bool, has_actors: bool) -> Self {
        match (has_events, has_actors) {
            _ if self == Self::Text => Self::Text,
            (true, true) => self,
            (true, false) => Self::Timeline,
            (false, true) => Self::Map,
            (false, false) => Self::Text,
        }
    }

    /// The views the switch offers for a story with or without events and
    /// actors: only those that draw something of their own.
    pub fn offered(has_events: bool, has_actors: bool) -> Vec<Self> {
        Self::ALL
            .into_iter()
            .filter(|view| *view == view.drawn(has_events, has_actors))
            .collect()
    }
}

/// Light, dark, or following the reader's system setting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Dark text on a light background.
    #[default]
    Light,
    /// Light text on a dark background.
    Dark,
    /// Whichever the reader's system prefers (`prefers-color-scheme`).
    Auto,
}

impl Theme {
    /// The theme named `light`, `dark` or `auto`.
    pub fn parse(name: &str) -> Option<Self> {
        match name.trim() {
            "light" => Some(Self::Light),
            "dark" => Some(Self::Dark),
            "auto" => Some(Self::Auto),
            _ => None,
        }
    }

    /// The widget's class for this theme.
    pub fn class(self) -> &'static str {
        match self {
            Self::Light => "dl-theme--light",
            Self::Dark => "dl-theme--dark",
            Self::Auto => "dl-theme--auto",
        }
    }
}

/// How an embedding page set the widget up.
#[derive(Clone, Debug, PartialEq)]
pub struct WidgetOptions {
    /// The view shown first.
    pub view: ViewChoice,
    /// The colour theme.
    pub theme: Theme,
    /// An item selected, with its card pinned, when the story loads.
    pub start: Option<Selection>,
    /// A fixed height for the widget's box (CSS), which then scrolls inside.
    pub height: Option<String>,
    /// The language of the widget's text (BCP 47), instead of the story's `meta.language`.
    pub lang: Option<String>,
    /// The widget's key in URL fragments (see [`crate::state::fragment_key`]),
    /// or `None` when the host page keeps its URL to itself.
    pub fragment_key: Option<String>,
    /// The story file's address, resolved against the page's address as
    /// the browser fetches it, without a fragment; `None` for a story given
    /// inline. It names the story in the reader's browser (see
    /// [`crate::state::seen_key`]).
    pub story_address: Option<String>,
    /// The folder a picture given as a path is read in, an absolute address
    /// ending in `/`: the host's `pictures` folder, else the story file's own
    /// folder; `None` when there is neither (a story given inline without
    /// `pictures`), and such pictures are then refused.
    pub pictures: Option<String>,
}

impl Default for WidgetOptions {
    fn default() -> Self {
        Self {
            view: ViewChoice::default(),
            theme: Theme::default(),
            start: None,
            height: None,
            lang: None,
            fragment_key: Some(fragment_key(None)),
            story_address: None,
            pictures: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ViewChoice::{self, Both, Map, Text, Timeline};

    #[test]
    fn a_view_with_nothing_to_draw_gives_way() {
        assert_eq!(Both.drawn(true, true), Both);
        assert_eq!(Map.drawn(true, true), Map);
        assert_eq!(Both.drawn(true, false), Timeline, "no actors: no map");
        assert_eq!(Map.drawn(true, false), Timeline);
        assert_eq!(Both.drawn(false, true), Map, "no events: no timeline");
        assert_eq!(Timeline.drawn(false, true), Map);
        assert_eq!(Both.drawn(false, false), Text);
        assert_eq!(Text.drawn(true, true), Text);
    }

    #[test]
    fn the_switch_offers_only_views_that_draw_something() {
        assert_eq!(ViewChoice::offered(true, true), ViewChoice::ALL);
        assert_eq!(ViewChoice::offered(true, false), [Timeline, Text]);
        assert_eq!(ViewChoice::offered(false, true), [Map, Text]);
        assert_eq!(ViewChoice::offered(false, false), [Text]);
    }
}
