//! Hooks that connect components to the outside world.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
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

/// The width of the element behind `node`, in CSS px, kept up to date with a
/// `ResizeObserver`; `None` until it has been measured (and always on the server).
#[hook]
pub fn use_element_width(node: &NodeRef) -> Option<f64> {
    let width = use_state_eq(|| None);
    {
        let width = width.clone();
        use_effect_with(node.clone(), move |node| {
            let element = node.cast::<web_sys::Element>();
            let observer = element.as_ref().and_then(|element| {
                width.set(Some(f64::from(element.client_width())));
                let on_resize =
                    Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
                        if let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>()
                        {
                            width.set(Some(entry.content_rect().width().round()));
                        }
                    });
                let observer =
                    web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
                observer.observe(element);
                Some((observer, on_resize))
            });
            move || {
                if let Some((observer, _on_resize)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    *width
}

/// Runs `work` and records its duration in the page's User Timing entries
/// under `name`, so benchmarks can read it with `performance.getEntriesByName`.
/// Off the web (server rendering) it only runs `work`.
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    #[cfg(target_arch = "wasm32")]
    {
        let performance = web_sys::window().and_then(|window| window.performance());
        let start = format!("{name}:start");
        if let Some(performance) = &performance {
            let _ = performance.mark(&start);
        }
        let result = work();
        if let Some(performance) = performance {
            let _ = performance.measure_with_start_mark(name, &start);
        }
        result
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = name;
        work()
    }
}
