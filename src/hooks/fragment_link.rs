//! Keeping the page's URL fragment and a widget's selection in step.

use std::rc::Rc;

use yew::prelude::*;

use super::Same;
use crate::model::Story;
use crate::state::{fragment_with, selection_in_fragment, Selection};

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
    use_effect_with(Same(story.clone()), move |story| {
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
