//! The widget: loads a story and shows it, or says why it cannot.

use std::rc::Rc;

use yew::prelude::*;

use super::controller::Controller;
use super::load_error::view_load_error;
use super::story_view::StoryView;
use crate::hooks::{use_story, LoadState, Same, StorySource, Words};
use crate::i18n::{self, set_locale, text};
use crate::model::PicturePaths;
use crate::state::WidgetOptions;

/// Properties of [`Widget`].
#[derive(Clone, Properties, PartialEq)]
pub struct WidgetProps {
    /// Where the story comes from.
    pub source: StorySource,
    /// How the embedding page set the widget up.
    #[prop_or_default]
    pub options: WidgetOptions,
    /// Called once the story is shown (`Ok`) or cannot be (`Err` with the reason).
    #[prop_or_default]
    pub on_loaded: Callback<Result<(), String>>,
    /// Lets the embedding page select items.
    #[prop_or_default]
    pub controller: Controller,
}

/// One Dateline widget.
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let paths = match props.options.pictures {
        Some(_) => PicturePaths::InFolder,
        None => PicturePaths::NoFolder,
    };
    let words = Words {
        lang: props.options.lang.clone(),
        folder: props.options.messages.clone(),
    };
    let state = use_story(&props.source, paths, &words);
    {
        let on_loaded = props.on_loaded.clone();
        use_effect_with(state.clone(), move |state| match state {
            LoadState::Loading => {}
            LoadState::Ready(_) => on_loaded.emit(Ok(())),
            LoadState::Failed(error) => on_loaded.emit(Err(error.to_string())),
        });
    }
    // Until the story says its language, the host's choice, else English.
    let host_locale = use_memo(props.options.lang.clone(), |lang| {
        Rc::new(i18n::chosen(lang.as_deref(), "en"))
    });
    match state {
        LoadState::Loading => {
            set_locale((*host_locale).clone());
            html! {
                <div class="dl-widget dl-widget--loading" role="status" aria-live="polite" lang={host_locale.tag().to_owned()} dir={host_locale.dir()}>
                    <p class="dl-status">{ text("widget.loading") }</p>
                </div>
            }
        }
        LoadState::Ready(Same(checked)) => {
            html! { <StoryView {checked} options={props.options.clone()} controller={props.controller.clone()} /> }
        }
        LoadState::Failed(error) => {
            set_locale((*host_locale).clone());
            view_load_error(&error)
        }
    }
}
