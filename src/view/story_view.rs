//! A loaded story: header, problems and events.

use std::rc::Rc;

use yew::prelude::*;

use super::actor_map::ActorMap;
use super::header::view_header;
use super::problems::view_problems;
use super::timeline::Timeline;
use crate::model::CheckedStory;
use crate::state::{Action, Selection, ViewState};

/// Properties of [`StoryView`].
#[derive(Properties)]
pub struct StoryViewProps {
    /// The story and the problems found while reading it.
    pub checked: Rc<CheckedStory>,
}

impl PartialEq for StoryViewProps {
    /// The same loaded story, compared by pointer: stories are never edited in place.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.checked, &other.checked)
    }
}

/// Draws a story that has been loaded and checked.
#[component]
pub fn StoryView(props: &StoryViewProps) -> Html {
    let story = use_memo(props.checked.clone(), |checked| checked.story.clone());
    let state = use_reducer_eq(ViewState::default);
    let on_select_event = {
        let state = state.clone();
        Callback::from(move |id| state.dispatch(Action::Select(Selection::Event(id))))
    };
    let on_select = {
        let state = state.clone();
        Callback::from(move |selection| state.dispatch(Action::Select(selection)))
    };
    let on_set_day = {
        let state = state.clone();
        Callback::from(move |day| state.dispatch(Action::ShowMapAsOf(day)))
    };
    let map_day = state.map_day(&story);
    let on_clear = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::ClearSelection))
    };
    let language = story.meta.language.clone();
    html! {
        <article class="dl-widget" lang={language} aria-label={format!("Story explainer: {}", story.meta.title)}>
            { view_header(&story.meta) }
            { view_problems(&props.checked.problems) }
            <Timeline story={story.clone()} selected={state.selected_event().cloned()} on_select={on_select_event} on_clear={on_clear.clone()} />
            <ActorMap story={story.clone()} selection={state.selection.clone()} day={map_day} {on_select} {on_clear} {on_set_day} />
        </article>
    }
}
