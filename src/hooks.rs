//! Hooks that connect components to the outside world.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::fetch::{fetch_story, LoadError};
use crate::model::CheckedStory;

/// Where loading a story has got to.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadState {
    /// The request is in flight.
    Loading,
    /// The story arrived; it may still carry problems with single items.
    Ready(Rc<CheckedStory>),
    /// The story could not be loaded at all.
    Failed(LoadError),
}

/// Loads the story file at `src`, again whenever `src` changes.
#[hook]
pub fn use_story(src: &AttrValue) -> LoadState {
    let state = use_state(|| LoadState::Loading);
    {
        let state = state.clone();
        use_effect_with(src.clone(), move |src| {
            let cancelled = Rc::new(Cell::new(false));
            let still_wanted = cancelled.clone();
            let src = src.to_string();
            state.set(LoadState::Loading);
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = match fetch_story(&src).await {
                    Ok(checked) => {
                        log_problems(&src, &checked);
                        LoadState::Ready(Rc::new(checked))
                    }
                    Err(error) => {
                        web_sys::console::error_1(&error.to_string().into());
                        LoadState::Failed(error)
                    }
                };
                if !still_wanted.get() {
                    state.set(loaded);
                }
            });
            move || cancelled.set(true)
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
    let message = format!(
        "Dateline: {} problem(s) in {src}:\n{}",
        list.len(),
        list.join("\n")
    );
    web_sys::console::warn_1(&message.into());
}
