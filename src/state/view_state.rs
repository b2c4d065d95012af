//! The reader's choices in one widget, and the one pure function that changes them.

use std::rc::Rc;

use yew::Reducible;

use super::{Highlight, Selection, ViewChoice};
use crate::model::{EventId, Story};

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
    /// The views shown.
    pub view: ViewChoice,
    /// Whether the story steps walk only what is new since the reader's last visit.
    pub whats_new: bool,
    /// What the reader typed in the search box; its matches are lit while it stands.
    pub query: String,
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
    /// Show these views.
    ShowView(ViewChoice),
    /// Walk only what is new with the story steps (`true`), or every event.
    WalkWhatsNew(bool),
    /// Search the story for this text (empty to stop searching).
    Search(String),
}

impl ViewState {
    /// Nothing picked yet, showing `view`.
    pub fn showing(view: ViewChoice) -> Self {
        Self {
            view,
            ..Self::default()
        }
    }

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
            Action::ShowView(view) => Self {
                view,
                ..self.clone()
            },
            Action::WalkWhatsNew(whats_new) => Self {
                whats_new,
                ..self.clone()
            },
            Action::ShowMapAsOf(day) => Self {
                map_day: Some(day),
                ..self.clone()
            },
            Action::Search(query) => Self {
                query,
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
            ..self.clone()
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

    #[test]
    fn walking_whats_new_is_a_choice_that_selecting_keeps() {
        let state = ViewState::default()
            .apply(Action::WalkWhatsNew(true))
            .unwrap();
        assert!(state.whats_new);
        assert_eq!(state.apply(Action::WalkWhatsNew(true)), None);
        let selected = state
            .apply(Action::Select(Selection::Event("a".into())))
            .unwrap();
        assert!(selected.whats_new);
    }

    #[test]
    fn a_search_stands_through_selecting_and_clearing_the_selection() {
        let state = ViewState::default()
            .apply(Action::Search("taliban".to_owned()))
            .unwrap();
        let selected = state
            .apply(Action::Select(Selection::Event("a".into())))
            .unwrap();
        let cleared = selected.apply(Action::ClearSelection).unwrap();
        assert_eq!(cleared.query, "taliban");
        assert_eq!(cleared.apply(Action::Search("taliban".to_owned())), None);
    }

    #[test]
    fn the_view_choice_is_part_of_the_one_state() {
        let state = ViewState::showing(ViewChoice::Map);
        assert_eq!(state.view, ViewChoice::Map);
        let text = state.apply(Action::ShowView(ViewChoice::Text)).unwrap();
        assert_eq!(text.view, ViewChoice::Text);
        assert_eq!(text.apply(Action::ShowView(ViewChoice::Text)), None);
        let selected = text
            .apply(Action::Select(Selection::Actor("china".into())))
            .unwrap();
        assert_eq!(selected.view, ViewChoice::Text, "selecting keeps the view");
    }
}
