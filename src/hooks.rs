//! Hooks that connect components to the outside world.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::fetch::{fetch_story, LoadError};
use crate::model::{parse_story, CheckedStory, Story};
use crate::state::{fragment_with, selection_in_fragment, Selection};

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

/// Where a widget's story comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum StorySource {
    /// A story file's address, relative to the page.
    Url(AttrValue),
    /// The JSON text of a story object handed over by JavaScript; it is read
    /// exactly as a fetched file is, with the same size and nesting limits.
    Text(Rc<str>),
}

/// Loads the story from `source`, again whenever `source` changes. A
/// download still running when the widget goes away is aborted.
#[hook]
pub fn use_story(source: &StorySource) -> LoadState {
    let state = use_state(|| LoadState::Loading);
    {
        let state = state.clone();
        use_effect_with(source.clone(), move |source| {
            let cancelled = Rc::new(Cell::new(false));
            let still_wanted = cancelled.clone();
            let abort = web_sys::AbortController::new().ok();
            let source = source.clone();
            state.set(LoadState::Loading);
            let request = abort.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let (name, result) = match (source, request) {
                    (StorySource::Url(src), Some(abort)) => {
                        (src.to_string(), fetch_story(&src, &abort).await)
                    }
                    (StorySource::Url(src), None) => (
                        src.to_string(),
                        Err(LoadError::Unreachable {
                            url: src.to_string(),
                            detail: "this browser cannot make the request".to_owned(),
                        }),
                    ),
                    (StorySource::Text(text), _) => {
                        let name = "the story object".to_owned();
                        let result = parse_story(&text).map_err(|error| LoadError::Story {
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
                        LoadState::Ready(Rc::new(checked))
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

/// A browser timeout that can be rescheduled or cancelled; dropping it cancels it.
#[derive(Default)]
pub struct Timeout {
    pending: Option<(i32, Closure<dyn FnMut()>)>,
}

impl Timeout {
    /// Runs `work` after `delay_ms` milliseconds, replacing anything scheduled before.
    pub fn schedule(&mut self, delay_ms: i32, work: impl FnOnce() + 'static) {
        self.cancel();
        let mut work = Some(work);
        let closure = Closure::<dyn FnMut()>::new(move || {
            if let Some(work) = work.take() {
                work();
            }
        });
        let window = web_sys::window().expect("the widget runs in a browser window");
        if let Ok(handle) = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            closure.as_ref().unchecked_ref(),
            delay_ms,
        ) {
            self.pending = Some((handle, closure));
        }
    }

    /// Cancels what was scheduled, if it has not run yet.
    pub fn cancel(&mut self) {
        if let Some((handle, _)) = self.pending.take() {
            if let Some(window) = web_sys::window() {
                window.clear_timeout_with_handle(handle);
            }
        }
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        self.cancel();
    }
}

/// Keeps the page's URL fragment and the selection in step: an item named by
/// `#<key>=<kind>:<id>` when the story loads is opened with `on_open`
/// (an unknown one is ignored with a console warning), and each later
/// selection the reader makes is written back with `history.replaceState`,
/// which neither adds a history entry nor scrolls the page, and keeps the
/// host page's `history.state`. Selections made by the host page are not
/// written. With no `key` (the host turned links off) the URL is left alone.
#[hook]
pub fn use_fragment_link(
    story: &Rc<Story>,
    key: Option<&str>,
    selection: Option<&Selection>,
    selected_by_host: bool,
    on_open: Callback<Selection>,
) {
    let written_once = use_mut_ref(|| false);
    let read_key = key.map(str::to_owned);
    let write_key = read_key.clone();
    use_effect_with(story.clone(), move |story| {
        let Some(read_key) = read_key else {
            return;
        };
        let fragment = web_sys::window()
            .and_then(|window| window.location().hash().ok())
            .unwrap_or_default();
        if let Some(selection) = selection_in_fragment(&fragment, &read_key) {
            if selection.exists_in(story) {
                on_open.emit(selection);
            } else {
                let message = format!(
                    "Dateline: the link names {}, which this story does not have; it was ignored",
                    selection.to_fragment()
                );
                web_sys::console::warn_1(&message.into());
            }
        }
    });
    use_effect_with(
        (selection.cloned(), selected_by_host),
        move |(selection, selected_by_host)| {
            // The first run sees the selection before the link above has opened it.
            if !std::mem::replace(&mut *written_once.borrow_mut(), true) || *selected_by_host {
                return;
            }
            let (Some(write_key), Some(window)) = (write_key, web_sys::window()) else {
                return;
            };
            let location = window.location();
            let current = location.hash().unwrap_or_default();
            let next = fragment_with(&current, &write_key, selection.as_ref());
            if next == current.trim_start_matches('#') {
                return;
            }
            let url = if next.is_empty() {
                format!(
                    "{}{}",
                    location.pathname().unwrap_or_default(),
                    location.search().unwrap_or_default()
                )
            } else {
                format!("#{next}")
            };
            if let Ok(history) = window.history() {
                let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
                let _ = history.replace_state_with_url(&state, "", Some(&url));
            }
        },
    );
}
