//! How an embedding page sets a widget up: the views, the theme, the start
//! item, the height, the language, the link key, and where its story file
//! and its pictures are. Read once, by [`HostOptions::read`], from the
//! `data-dateline-*` attributes and `mount()` options of the live widget
//! (see `crate::embed`) and from those the pre-renderer finds in a page alike.

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
    /// The folder the shipped languages' words are fetched from, an absolute
    /// address ending in `/`, as the loader gives it; `None` where every
    /// language is compiled in (the pre-render) or the loader gave none.
    pub messages: Option<String>,
}

/// A widget's options as its host gives them, in words: the
/// `data-dateline-*` attributes of the host element (without the prefix;
/// `story` is passed as `src`), or the options of the JavaScript `mount()`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HostOptions {
    /// The JSON text of a story object (`mount()` writes the object with
    /// `JSON.stringify`, so it is read exactly as a story file is).
    pub story: Option<String>,
    /// The address of a story file, when `story` is not given.
    pub src: Option<String>,
    /// `timeline`, `map`, `text` or `both`.
    pub view: Option<String>,
    /// `light`, `dark` or `auto`.
    pub theme: Option<String>,
    /// An item to select first, such as `event:<id>`.
    pub start: Option<String>,
    /// A CSS height for the widget's box.
    pub height: Option<String>,
    /// The widget's language (BCP 47), instead of the story's: its
    /// interface words, its dates and numbers, and its direction.
    pub lang: Option<String>,
    /// `on` (default) keeps the selection in the page's URL fragment; `off` leaves the URL alone.
    pub link: Option<String>,
}

/// An option whose value is not one the widget knows; its default is used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownOption {
    /// The option's name (`view`).
    pub name: &'static str,
    /// The value given.
    pub value: String,
}

impl std::fmt::Display for UnknownOption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the {} \"{}\" is not known; the default was used",
            self.name, self.value
        )
    }
}

impl HostOptions {
    /// The widget's options for a host whose element id is `host_id` (`None`
    /// for a host without one), and each value that was not known and was
    /// replaced by its default. The addresses of the story file and the
    /// pictures folder are the loader's to resolve and are left unset.
    pub fn read(&self, host_id: Option<&str>) -> (WidgetOptions, Vec<UnknownOption>) {
        let mut unknown = Vec::new();
        let view = known(&self.view, "view", ViewChoice::parse, &mut unknown);
        let theme = known(&self.theme, "theme", Theme::parse, &mut unknown);
        let start = known(&self.start, "start", Selection::from_fragment, &mut unknown);
        let linked = known(&self.link, "link", parse_link, &mut unknown);
        let options = WidgetOptions {
            view: view.unwrap_or_default(),
            theme: theme.unwrap_or_default(),
            start,
            height: self
                .height
                .clone()
                .filter(|height| !height.trim().is_empty()),
            lang: self.lang.clone().filter(|lang| !lang.trim().is_empty()),
            fragment_key: linked.unwrap_or(true).then(|| fragment_key(host_id)),
            story_address: None,
            pictures: None,
            messages: None,
        };
        (options, unknown)
    }
}

/// Whether links are `on` or `off`.
fn parse_link(value: &str) -> Option<bool> {
    match value.trim() {
        "on" => Some(true),
        "off" => Some(false),
        _ => None,
    }
}

/// `value` read with `parse`; a value `parse` does not know is added to
/// `unknown` and dropped.
fn known<T>(
    value: &Option<String>,
    name: &'static str,
    parse: impl Fn(&str) -> Option<T>,
    unknown: &mut Vec<UnknownOption>,
) -> Option<T> {
    let value = value.as_deref()?;
    let parsed = parse(value);
    if parsed.is_none() {
        unknown.push(UnknownOption {
            name,
            value: value.to_owned(),
        });
    }
    parsed
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
            messages: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ViewChoice::{self, Both, Map, Text, Timeline};
    use super::{HostOptions, Theme, UnknownOption};

    #[test]
    fn host_options_are_read_and_unknown_values_named() {
        let host = HostOptions {
            view: Some(" map ".into()),
            theme: Some("sepia".into()),
            start: Some("event:gharwal-accredited".into()),
            link: Some("off".into()),
            lang: Some(" ".into()),
            ..HostOptions::default()
        };
        let (options, unknown) = host.read(Some("story-1"));
        assert_eq!(options.view, Map);
        assert_eq!(
            options.theme,
            Theme::Light,
            "an unknown theme is the default"
        );
        assert!(options.start.is_some());
        assert_eq!(options.fragment_key, None, "link off leaves the URL alone");
        assert_eq!(options.lang, None);
        assert_eq!(
            unknown,
            [UnknownOption {
                name: "theme",
                value: "sepia".into()
            }]
        );
        assert_eq!(
            unknown[0].to_string(),
            "the theme \"sepia\" is not known; the default was used"
        );
        let (linked, unknown) = HostOptions {
            link: Some("sometimes".into()),
            start: Some("nothing".into()),
            ..HostOptions::default()
        }
        .read(Some("story-1"));
        assert!(
            linked.fragment_key.is_some(),
            "an unknown link value keeps links on"
        );
        assert_eq!(
            unknown.iter().map(|option| option.name).collect::<Vec<_>>(),
            ["start", "link"]
        );
    }

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
