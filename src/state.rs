//! What the reader has picked, and the one pure function that changes it.

use std::rc::Rc;

use yew::Reducible;

use std::collections::HashSet;

use crate::layout::Viewport;
use crate::model::{ActorId, EventId, QuoteId, RelationId, Story};

/// One item the reader has picked.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Selection {
    /// An event on the timeline.
    Event(EventId),
    /// An actor on the map.
    Actor(ActorId),
    /// A relation on the map.
    Relation(RelationId),
    /// A quote.
    Quote(QuoteId),
}

impl Selection {
    /// The URL fragment value naming this item: `event:<id>`, `actor:<id>`, ...
    pub fn to_fragment(&self) -> String {
        match self {
            Self::Event(id) => format!("event:{id}"),
            Self::Actor(id) => format!("actor:{id}"),
            Self::Relation(id) => format!("relation:{id}"),
            Self::Quote(id) => format!("quote:{id}"),
        }
    }

    /// The item a fragment value names, if it has a known kind and an id.
    pub fn from_fragment(value: &str) -> Option<Self> {
        let (kind, id) = value.split_once(':')?;
        if id.is_empty() {
            return None;
        }
        Some(match kind {
            "event" => Self::Event(id.into()),
            "actor" => Self::Actor(id.into()),
            "relation" => Self::Relation(id.into()),
            "quote" => Self::Quote(id.into()),
            _ => return None,
        })
    }

    /// Whether the story has the item this names.
    pub fn exists_in(&self, story: &Story) -> bool {
        match self {
            Self::Event(id) => story.event(id).is_some(),
            Self::Actor(id) => story.actor(id).is_some(),
            Self::Relation(id) => story.relation(id).is_some(),
            Self::Quote(id) => story.quote(id).is_some(),
        }
    }
}

/// The key of a widget's entry in a URL fragment: `#dateline=event:<id>`,
/// or `#dateline-<host id>=event:<id>` for a widget whose host element has
/// an id, so that each of several widgets on a page has its own links.
pub fn fragment_key(host_id: Option<&str>) -> String {
    match host_id.filter(|id| !id.is_empty()) {
        Some(id) => format!("dateline-{id}"),
        None => "dateline".to_owned(),
    }
}

/// The selection a URL fragment (with or without its `#`) names under `key`,
/// if any. The fragment may hold other `&`-separated entries, which are ignored.
pub fn selection_in_fragment(fragment: &str, key: &str) -> Option<Selection> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .find_map(|entry| entry.strip_prefix(key)?.strip_prefix('='))
        .and_then(|value| Selection::from_fragment(&percent_decode(value)))
}

/// `fragment` with the entry under `key` set to `selection` (or removed),
/// keeping every other entry as it was. Returns the new fragment without its `#`.
pub fn fragment_with(fragment: &str, key: &str, selection: Option<&Selection>) -> String {
    let mut entries: Vec<String> = fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|entry| {
            !entry.is_empty()
                && entry
                    .strip_prefix(key)
                    .is_none_or(|rest| !rest.starts_with('='))
        })
        .map(str::to_owned)
        .collect();
    if let Some(selection) = selection {
        let (kind, id) = selection
            .to_fragment()
            .split_once(':')
            .map(|(kind, id)| (kind.to_owned(), percent_encode(id)))
            .unwrap_or_default();
        entries.push(format!("{key}={kind}:{id}"));
    }
    entries.join("&")
}

/// Escapes every byte of `text` but ASCII letters, digits and `-._~` as `%XX`,
/// so an id cannot end its entry (`&`), start another (`=`) or the fragment (`#`).
fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|byte| {
            if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
                char::from(byte).to_string()
            } else {
                format!("%{byte:02X}")
            }
        })
        .collect()
}

/// Decodes `%XX` escapes (as browsers leave them in `location.hash`).
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%' && i + 2 < bytes.len())
            .then(|| u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).ok()?, 16).ok())
            .flatten();
        match escaped {
            Some(byte) => {
                decoded.push(byte);
                i += 3;
            }
            None => {
                decoded.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

/// What a selection lights up in both views; everything else fades.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Highlight {
    /// Events lit on the timeline.
    pub events: HashSet<EventId>,
    /// Actors lit on the map.
    pub actors: HashSet<ActorId>,
    /// Relations lit on the map.
    pub relations: HashSet<RelationId>,
}

impl Highlight {
    /// What `selection` lights up, counting only relations that hold on `day`:
    /// an event lights its actors and relations; an actor its events and
    /// relations (and the actors at their other ends); a relation its two
    /// actors and its events; a quote its speaker and its event.
    pub fn of(story: &Story, selection: &Selection, day: i64) -> Self {
        let mut lit = Self::default();
        let holding = |relation: &&crate::model::Relation| story.relation_holds_on(relation, day);
        match selection {
            Selection::Event(id) => {
                lit.events.insert(id.clone());
                if let Some(event) = story.event(id) {
                    lit.actors.extend(event.actors.iter().cloned());
                }
                for relation in story
                    .relations
                    .iter()
                    .filter(holding)
                    .filter(|relation| relation.events.contains(id))
                {
                    lit.light_relation(relation);
                }
            }
            Selection::Actor(id) => {
                lit.actors.insert(id.clone());
                lit.events.extend(
                    story
                        .events
                        .iter()
                        .filter(|event| event.actors.contains(id))
                        .map(|event| event.id.clone()),
                );
                for relation in story
                    .relations
                    .iter()
                    .filter(holding)
                    .filter(|relation| &relation.from == id || &relation.to == id)
                {
                    lit.light_relation(relation);
                }
            }
            Selection::Relation(id) => {
                if let Some(relation) = story.relation(id) {
                    lit.light_relation(relation);
                    lit.events.extend(relation.events.iter().cloned());
                }
            }
            Selection::Quote(id) => {
                if let Some(quote) = story.quote(id) {
                    lit.actors.insert(quote.speaker.clone());
                    lit.events.extend(quote.event.iter().cloned());
                }
            }
        }
        lit
    }

    fn light_relation(&mut self, relation: &crate::model::Relation) {
        self.relations.insert(relation.id.clone());
        self.actors.insert(relation.from.clone());
        self.actors.insert(relation.to.clone());
    }
}

/// The story's steps: its dated events in time order.
pub fn story_steps(story: &Story) -> Vec<EventId> {
    story
        .events_in_time_order()
        .into_iter()
        .map(|event| event.id.clone())
        .collect()
}

/// The step `offset` away from the selected event (the first step when
/// nothing on the path is selected), kept within the steps.
pub fn step_from(steps: &[EventId], selected: Option<&EventId>, offset: isize) -> Option<EventId> {
    let current = selected.and_then(|id| steps.iter().position(|step| step == id));
    let next = match current {
        Some(index) => index
            .saturating_add_signed(offset)
            .min(steps.len().checked_sub(1)?),
        None if offset < 0 => steps.len().checked_sub(1)?,
        None => 0,
    };
    steps.get(next).cloned()
}

/// The reader's choices, shared by every view of one widget.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The item the reader selected, if any.
    pub selection: Option<Selection>,
    /// The day the reader set the map to (days since 1970-01-01), if they did.
    pub map_day: Option<i64>,
    /// The item under the pointer or keyboard focus, whose card previews.
    pub preview: Option<Selection>,
    /// Whether the selection was made by the host page (its start item or its
    /// script) rather than by the reader; such a selection stays out of the URL.
    pub selected_by_host: bool,
}

/// Everything the reader can do to the shared state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Select this item, pinning its card; selecting an event also lets the map follow its date.
    Select(Selection),
    /// Select this item as [`Action::Select`] does, on the host page's behalf.
    SelectForHost(Selection),
    /// Preview this item's card (hover or focus), or stop previewing.
    Preview(Option<Selection>),
    /// Select nothing.
    ClearSelection,
    /// Show the map as of this day (days since 1970-01-01).
    ShowMapAsOf(i64),
}

impl ViewState {
    /// The state after `action`; `None` when the action changes nothing.
    pub fn apply(&self, action: Action) -> Option<Self> {
        let next = match action {
            Action::Select(selection) => self.select(selection, false),
            Action::SelectForHost(selection) => self.select(selection, true),
            Action::Preview(preview) => Self {
                preview,
                ..self.clone()
            },
            Action::ClearSelection => Self {
                selection: None,
                preview: None,
                selected_by_host: false,
                ..self.clone()
            },
            Action::ShowMapAsOf(day) => Self {
                map_day: Some(day),
                ..self.clone()
            },
        };
        (next != *self).then_some(next)
    }

    /// The state with `selection` selected and its card pinned; an event also
    /// lets the map follow its date.
    fn select(&self, selection: Selection, by_host: bool) -> Self {
        let map_day = match selection {
            Selection::Event(_) => None,
            _ => self.map_day,
        };
        Self {
            selection: Some(selection),
            map_day,
            preview: None,
            selected_by_host: by_host,
        }
    }

    /// The selected event, if the selection is an event.
    pub fn selected_event(&self) -> Option<&EventId> {
        match &self.selection {
            Some(Selection::Event(id)) => Some(id),
            _ => None,
        }
    }

    /// The item whose card shows: the previewed one, else the selected one.
    pub fn card(&self) -> Option<&Selection> {
        self.preview.as_ref().or(self.selection.as_ref())
    }

    /// Whether the card shown is pinned (it belongs to the selection).
    pub fn card_is_pinned(&self) -> bool {
        self.card().is_some() && self.card() == self.selection.as_ref()
    }

    /// What the selection lights up in both views, if anything is selected.
    pub fn highlight(&self, story: &Story) -> Option<Highlight> {
        self.selection
            .as_ref()
            .map(|selection| Highlight::of(story, selection, self.map_day(story)))
    }

    /// The day the map shows: the one the reader set, else the last day of the
    /// selected event, else the story's publication date, else its latest event.
    pub fn map_day(&self, story: &Story) -> i64 {
        let selected = self
            .selected_event()
            .and_then(|id| story.event(id))
            .and_then(|event| event.end.or(event.date));
        self.map_day
            .or_else(|| selected.map(|date| date.end_day() - 1))
            .or_else(|| story.meta.published.map(|date| date.end_day() - 1))
            .or_else(|| {
                story
                    .events
                    .iter()
                    .filter_map(|event| event.end.or(event.date))
                    .map(|date| date.end_day() - 1)
                    .max()
            })
            .unwrap_or(0)
    }
}

impl Reducible for ViewState {
    type Action = Action;

    /// Returns the same `Rc` for a no-op, so nothing re-renders.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.apply(action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}

/// A change to the timeline's visible window. Applied in order to the
/// latest window, so a burst of pointer or wheel events composes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ViewportAction {
    /// Zoom by `factor` (above 1 zooms in) about `anchor`, a fraction of the width.
    Zoom {
        /// How much closer to get.
        factor: f64,
        /// Where the zoom is centred, in `0.0..=1.0` of the visible width.
        anchor: f64,
    },
    /// Move the window by this many days.
    Pan(f64),
    /// Show exactly this window.
    Show(Viewport),
}

impl Reducible for Viewport {
    type Action = ViewportAction;

    fn reduce(self: Rc<Self>, action: ViewportAction) -> Rc<Self> {
        let next = match action {
            ViewportAction::Zoom { factor, anchor } => self.zoom(factor, anchor),
            ViewportAction::Pan(days) => self.pan(days),
            ViewportAction::Show(viewport) => viewport,
        };
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selecting_an_event_then_clearing_returns_to_nothing_selected() {
        let state = ViewState::default();
        let selected = state
            .apply(Action::Select(Selection::Event("a".into())))
            .expect("selection changes state");
        assert_eq!(selected.selected_event(), Some(&EventId::from("a")));
        assert_eq!(
            selected.apply(Action::ClearSelection),
            Some(ViewState::default())
        );
    }

    #[test]
    fn selecting_an_event_lets_the_map_follow_it_again() {
        let state = ViewState {
            map_day: Some(100),
            ..ViewState::default()
        };
        let next = state
            .apply(Action::Select(Selection::Event("a".into())))
            .unwrap();
        assert_eq!(next.map_day, None);
        let actor = state
            .apply(Action::Select(Selection::Actor("b".into())))
            .unwrap();
        assert_eq!(
            actor.map_day,
            Some(100),
            "selecting an actor keeps the reader's date"
        );
    }

    fn seed() -> Story {
        crate::model::parse_story(include_str!("../static/stories/russia-taliban-2022.json"))
            .expect("the seed story reads")
            .story
    }

    fn ids<T: std::fmt::Display>(set: &HashSet<T>) -> Vec<String> {
        let mut ids: Vec<String> = set.iter().map(ToString::to_string).collect();
        ids.sort();
        ids
    }

    #[test]
    fn selecting_russia_lights_exactly_its_events_and_relations() {
        let story = seed();
        let state = ViewState::default()
            .apply(Action::Select(Selection::Actor("russia".into())))
            .unwrap();
        let lit = state.highlight(&story).expect("something is selected");
        let expected_events: Vec<String> = {
            let mut ids: Vec<String> = story
                .events
                .iter()
                .filter(|event| event.actors.iter().any(|a| a.as_str() == "russia"))
                .map(|event| event.id.to_string())
                .collect();
            ids.sort();
            ids
        };
        assert_eq!(ids(&lit.events), expected_events);
        let expected_relations: Vec<String> = {
            let mut ids: Vec<String> = story
                .relations
                .iter()
                .filter(|r| r.from.as_str() == "russia" || r.to.as_str() == "russia")
                .map(|r| r.id.to_string())
                .collect();
            ids.sort();
            ids
        };
        assert_eq!(ids(&lit.relations), expected_relations);
        assert!(
            lit.actors.contains(&ActorId::from("china")),
            "the other end of a relation lights up"
        );
        assert!(!lit.actors.contains(&ActorId::from("caroline-rose")));
    }

    #[test]
    fn selecting_an_event_lights_its_actors_and_relations() {
        let story = seed();
        let lit = Highlight::of(
            &story,
            &Selection::Event("washington-condemns".into()),
            i64::MAX / 2,
        );
        assert_eq!(ids(&lit.events), ["washington-condemns"]);
        assert_eq!(ids(&lit.relations), ["us-condemns-russia"]);
        assert!(
            lit.actors.contains(&ActorId::from("united-states"))
                && lit.actors.contains(&ActorId::from("taliban"))
        );
    }

    #[test]
    fn selecting_a_relation_lights_its_two_actors_and_its_events() {
        let story = seed();
        let lit = Highlight::of(
            &story,
            &Selection::Relation("russia-engages-taliban".into()),
            0,
        );
        assert_eq!(ids(&lit.actors), ["russia", "taliban"]);
        assert_eq!(
            ids(&lit.events),
            ["gharwal-accredited", "gharwal-takes-over-mission"]
        );
    }

    #[test]
    fn a_preview_shows_its_card_over_the_pinned_one_and_clearing_closes_both() {
        let state = ViewState::default()
            .apply(Action::Select(Selection::Event("a".into())))
            .unwrap();
        assert!(state.card_is_pinned());
        let previewing = state
            .apply(Action::Preview(Some(Selection::Actor("b".into()))))
            .unwrap();
        assert_eq!(previewing.card(), Some(&Selection::Actor("b".into())));
        assert!(!previewing.card_is_pinned());
        let cleared = previewing.apply(Action::ClearSelection).unwrap();
        assert_eq!(cleared.card(), None);
    }

    #[test]
    fn story_steps_walk_the_dated_events_in_time_order() {
        let story = seed();
        let steps = story_steps(&story);
        assert_eq!(steps.len(), 6);
        assert_eq!(step_from(&steps, None, 1), Some(steps[0].clone()));
        assert_eq!(step_from(&steps, None, -1), Some(steps[5].clone()));
        assert_eq!(
            step_from(&steps, Some(&steps[2]), 1),
            Some(steps[3].clone())
        );
        assert_eq!(
            step_from(&steps, Some(&steps[5]), 1),
            Some(steps[5].clone()),
            "the last step stays"
        );
        assert_eq!(
            step_from(&steps, Some(&steps[0]), -1),
            Some(steps[0].clone()),
            "the first step stays"
        );
        assert_eq!(step_from(&[], None, 1), None);
    }

    #[test]
    fn fragments_name_items_and_keep_the_host_page_entries() {
        assert_eq!(
            selection_in_fragment("#dateline=event:gharwal-accredited", "dateline"),
            Some(Selection::Event("gharwal-accredited".into()))
        );
        assert_eq!(
            selection_in_fragment("#top&dateline=actor:russia", "dateline"),
            Some(Selection::Actor("russia".into()))
        );
        assert_eq!(
            selection_in_fragment("#dateline=relation%3Aus-condemns-russia", "dateline"),
            Some(Selection::Relation("us-condemns-russia".into()))
        );
        assert_eq!(
            selection_in_fragment("#dateline=planet:mars", "dateline"),
            None
        );
        assert_eq!(
            selection_in_fragment("#datelines=event:x", "dateline"),
            None
        );
        assert_eq!(selection_in_fragment("", "dateline"), None);
        assert_eq!(
            fragment_with(
                "#top&dateline=actor:russia",
                "dateline",
                Some(&Selection::Event("e".into()))
            ),
            "top&dateline=event:e"
        );
        assert_eq!(
            fragment_with("#top&dateline=actor:russia", "dateline", None),
            "top"
        );
        assert_eq!(
            fragment_with("", "dateline", Some(&Selection::Quote("q".into()))),
            "dateline=quote:q"
        );
    }

    #[test]
    fn ids_are_percent_encoded_so_one_story_cannot_write_another_widgets_entry() {
        let hostile = Selection::Event("x&dateline-other=event:forged#top".into());
        let fragment = fragment_with("#dateline-other=event:real", "dateline", Some(&hostile));
        assert_eq!(
            fragment,
            "dateline-other=event:real&dateline=event:x%26dateline-other%3Devent%3Aforged%23top"
        );
        assert_eq!(
            selection_in_fragment(&fragment, "dateline-other"),
            Some(Selection::Event("real".into()))
        );
        assert_eq!(selection_in_fragment(&fragment, "dateline"), Some(hostile));
        let arabic = Selection::Actor("روسيا".into());
        let written = fragment_with("", "dateline", Some(&arabic));
        assert!(written.is_ascii());
        assert_eq!(selection_in_fragment(&written, "dateline"), Some(arabic));
    }

    #[test]
    fn a_host_selection_is_marked_and_a_reader_selection_is_not() {
        let by_host = ViewState::default()
            .apply(Action::SelectForHost(Selection::Actor("china".into())))
            .unwrap();
        assert!(by_host.selected_by_host);
        let by_reader = by_host
            .apply(Action::Select(Selection::Actor("china".into())))
            .unwrap();
        assert!(!by_reader.selected_by_host);
    }

    #[test]
    fn each_widget_with_a_host_id_has_its_own_fragment_entry() {
        assert_eq!(fragment_key(None), "dateline");
        assert_eq!(fragment_key(Some("second")), "dateline-second");
        let both = fragment_with(
            "dateline-first=event:a",
            "dateline-second",
            Some(&Selection::Actor("china".into())),
        );
        assert_eq!(both, "dateline-first=event:a&dateline-second=actor:china");
        assert_eq!(
            selection_in_fragment(&both, "dateline-first"),
            Some(Selection::Event("a".into()))
        );
        assert_eq!(
            selection_in_fragment(&both, "dateline"),
            None,
            "a prefix is not a key"
        );
    }

    #[test]
    fn viewport_actions_compose_on_the_latest_window() {
        let start = Rc::new(Viewport::fit((0.0, 1000.0)).zoom(10.0, 0.0));
        let moved = start
            .clone()
            .reduce(ViewportAction::Pan(10.0))
            .reduce(ViewportAction::Pan(10.0));
        assert_eq!(moved.visible.0, start.visible.0 + 20.0);
        let pinned = Rc::new(Viewport::fit((0.0, 1000.0)));
        assert!(
            Rc::ptr_eq(&pinned, &pinned.clone().reduce(ViewportAction::Pan(-5.0))),
            "a pan past the start is a no-op"
        );
    }

    #[test]
    fn a_no_op_keeps_the_same_rc() {
        let state = Rc::new(ViewState {
            selection: Some(Selection::Event("a".into())),
            ..ViewState::default()
        });
        let same = state
            .clone()
            .reduce(Action::Select(Selection::Event("a".into())));
        assert!(Rc::ptr_eq(&state, &same));
        let cleared = Rc::new(ViewState::default());
        assert!(Rc::ptr_eq(
            &cleared,
            &cleared.clone().reduce(Action::ClearSelection)
        ));
    }
}
