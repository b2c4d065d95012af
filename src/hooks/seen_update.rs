//! Remembering, per story and per browser, the newest update a reader has
//! seen, in `localStorage`. Nothing leaves the browser; where storage is
//! unavailable or refuses, nothing is remembered and nothing is marked new.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::model::Story;
use crate::state::{seen_key, Seen};

/// What the reader had seen of `story` before this visit (`None` on a first
/// visit, before the story is shown, or without storage), and remembers the
/// story as it is now for the next visit, once the reader leaves the page.
#[hook]
pub fn use_seen_update(story: &Rc<Story>) -> Option<Seen> {
    let seen = use_state_eq(|| None::<Seen>);
    {
        let seen = seen.clone();
        use_effect_with(story.clone(), move |story| {
            seen.set(remember(story));
        });
    }
    (*seen).clone()
}

/// Reads what was remembered of `story`, and remembers its newest update when
/// the reader leaves the page (`pagehide`), so that every widget of the same
/// story on the page reads what was remembered before this visit.
fn remember(story: &Story) -> Option<Seen> {
    let window = web_sys::window()?;
    let storage = window.local_storage().ok()??;
    let key = seen_key(&story.meta);
    let before = storage
        .get_item(&key)
        .ok()
        .flatten()
        .and_then(|text| Seen::from_stored(&text));
    let newest = Seen::newest_of(story).to_stored();
    let on_leave = Closure::once_into_js(move || {
        let _ = storage.set_item(&key, &newest);
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
        "pagehide",
        on_leave.unchecked_ref(),
        &options,
    );
    before
}
