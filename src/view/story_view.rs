//! A loaded story: header, problems and events.

use std::rc::Rc;

use yew::prelude::*;

use super::event_list::view_event_list;
use super::header::view_header;
use super::problems::view_problems;
use crate::model::CheckedStory;

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
    let story = &props.checked.story;
    let language = story.meta.language.clone();
    html! {
        <article class="dl-widget" lang={language} aria-label={format!("Story explainer: {}", story.meta.title)}>
            { view_header(&story.meta) }
            { view_problems(&props.checked.problems) }
            { view_event_list(story) }
        </article>
    }
}
