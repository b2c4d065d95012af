//! Loading a widget's story: from a file's address or a story object's text.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::Same;
use crate::fetch::{fetch_story, LoadError};
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
/// still running when the widget goes away is aborted.
#[hook]
pub fn use_story(source: &StorySource, paths: PicturePaths) -> LoadState {
    let state = use_state(|| LoadState::Loading);
    {
        let state = state.clone();
        use_effect_with((source.clone(), paths), move |(source, paths)| {
            let paths = *paths;
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
            state.set(LoadState::Loading);
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
                        let result = read_story(&text, paths).map_err(|error| LoadError::Story {
                            url: name.clone(),
                            error,
                        });
                        (name, result)
                    }
                };
                if still_wanted.get() {
                    return;
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
        });
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
