//! The widget: loads a story file and shows it, or says why it cannot.

use yew::prelude::*;

use super::load_error::view_load_error;
use super::StoryView;
use crate::hooks::{use_story, LoadState};

/// Properties of [`Widget`].
#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    /// Address of the story file, relative to the page.
    pub src: AttrValue,
}

/// One Dateline widget for the story file at `src`.
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    match use_story(&props.src) {
        LoadState::Loading => html! {
            <div class="dl-widget dl-widget--loading" role="status" aria-live="polite">
                <p class="dl-status">{ "Loading the story…" }</p>
            </div>
        },
        LoadState::Ready(checked) => html! { <StoryView {checked} /> },
        LoadState::Failed(error) => view_load_error(&error),
    }
}
