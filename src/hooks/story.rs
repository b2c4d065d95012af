//! Loading a widget's story: from a file's address or a story object's text.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::Same;
use crate::fetch::{fetch_catalogue, fetch_story, LoadError};
use crate::i18n::missing;
use crate::json::read_story;
use crate::model::{CheckedStory, PicturePaths};

/// Where loading a story has got to.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadState {
    /// The request is in flight.
    Loading,
    /// The story arrived; it may still carry problems with single items.
    Ready(Same<CheckedStory>),
    /// The story could not be loaded at all.
    Failed(LoadError),
}

/// Where the widget's words come from: the host's language, if it chose
/// one, and the folder the shipped languages' catalogues are fetched from
/// (given by the loader), so a story in a shipped language other than
/// English is shown once its words have arrived.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Words {
    /// The host's language (BCP 47), instead of the story's.
    pub lang: Option<String>,
    /// The catalogues' folder, an address ending in `/`.
    pub folder: Option<String>,
}

/// Where a widget's story comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum StorySource {
    /// A story file's address, relative to the page, with the request for
    /// it when the page's script has already made one.
    Url(AttrValue, Option<StoryRequest>),
    /// The JSON text of a story object handed over by JavaScript; it is read
    /// exactly as a fetched file is, with the same size and nesting limits.
    Text(Rc<str>),
}

/// A request for a story file made by the page's script before the widget
/// was mounted (so the file downloads while the module compiles), with the
/// controller that aborts it.
#[derive(Clone, Debug)]
pub struct StoryRequest {
    /// The `fetch` promise, resolving to the file's response.
    pub response: js_sys::Promise,
    /// Aborts the request.
    pub abort: web_sys::AbortController,
}

impl PartialEq for StoryRequest {
    /// The same request: the same JavaScript objects.
    fn eq(&self, other: &Self) -> bool {
        let (mine, theirs): (&JsValue, &JsValue) =
            (self.response.as_ref(), other.response.as_ref());
        mine == theirs && self.abort == other.abort
    }
}

/// Loads the story from `source`, again whenever `source` or `paths`
/// changes, keeping pictures given as paths when `paths` allows. A download
/// still running when the widget goes away is aborted. A story object that
/// replaces a shown story takes its place without a loading line between.
#[hook]
pub fn use_story(source: &StorySource, paths: PicturePaths, words: &Words) -> LoadState {
    let state = use_state(|| LoadState::Loading);
    {
        let state = state.clone();
        use_effect_with(
            (source.clone(), paths, words.clone()),
            move |(source, paths, words)| {
                let (paths, words) = (*paths, words.clone());
                let cancelled = Rc::new(Cell::new(false));
                let still_wanted = cancelled.clone();
                let (source, request) = match source.clone() {
                    StorySource::Url(src, Some(request)) => {
                        (StorySource::Url(src, None), Some(request))
                    }
                    source => (source, None),
                };
                let abort = match &request {
                    Some(request) => Some(request.abort.clone()),
                    None => web_sys::AbortController::new().ok(),
                };
                // A story object given in place of the one shown is read at
                // once, so the shown story stays until the new one replaces
                // it (after a story that could not be shown, a new one is
                // loaded as a first one is).
                let replacing =
                    matches!(source, StorySource::Text(_)) && matches!(*state, LoadState::Ready(_));
                if !replacing {
                    state.set(LoadState::Loading);
                }
                let controller = abort.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let response = request.map(|request| request.response);
                    let (name, result) = match (source, controller) {
                        (StorySource::Url(src, _), Some(abort)) => (
                            src.to_string(),
                            fetch_story(&src, &abort, response, paths).await,
                        ),
                        (StorySource::Url(src, _), None) => (
                            src.to_string(),
                            Err(LoadError::Unreachable {
                                url: src.to_string(),
                                detail: "this browser cannot make the request".to_owned(),
                            }),
                        ),
                        (StorySource::Text(text), _) => {
                            let name = "the story object".to_owned();
                            let result =
                                read_story(&text, paths).map_err(|error| LoadError::Story {
                                    url: name.clone(),
                                    error,
                                });
                            (name, result)
                        }
                    };
                    if still_wanted.get() {
                        return;
                    }
                    // The widget's words, when its language is shipped but not
                    // compiled in: the host's language, else the story's.
                    let host = words.lang.as_deref().filter(|tag| !tag.trim().is_empty());
                    let tag = host.or(result
                        .as_ref()
                        .ok()
                        .map(|checked| checked.story.meta.language.as_str()));
                    if let (Some(language), Some(folder)) = (tag.and_then(missing), &words.folder) {
                        if let Err(reason) = fetch_catalogue(folder, language).await {
                            let message = format!("Dateline: the words of {language} could not be loaded, so the widget speaks English ({reason})");
                            web_sys::console::warn_1(&message.into());
                        }
                        if still_wanted.get() {
                            return;
                        }
                    }
                    let loaded = match result {
                        Ok(checked) => {
                            log_problems(&name, &checked);
                            LoadState::Ready(Same(Rc::new(checked)))
                        }
                        Err(error) => {
                            web_sys::console::error_1(&error.to_string().into());
                            LoadState::Failed(error)
                        }
                    };
                    state.set(loaded);
                });
                move || {
                    cancelled.set(true);
                    if let Some(abort) = abort {
                        abort.abort();
                    }
                }
            },
        );
    }
    (*state).clone()
}

/// Lists a story's problems in the console, for the people who wrote it.
fn log_problems(src: &str, checked: &CheckedStory) {
    if checked.problems.is_empty() {
        return;
    }
    let list: Vec<String> = checked.problems.iter().map(ToString::to_string).collect();
    let more = match checked.more_problems() {
        0 => String::new(),
        more => format!("\nand {more} more"),
    };
    let message = format!(
        "Dateline: {} problem(s) in {src}:\n{}{more}",
        list.len() + checked.more_problems(),
        list.join("\n")
    );
    web_sys::console::warn_1(&message.into());
}
