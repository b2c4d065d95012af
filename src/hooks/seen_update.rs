//! Remembering, per story and per browser, the newest update a reader has
//! seen, in `localStorage`. Nothing leaves the browser; where storage is
//! unavailable or refuses, nothing is remembered and nothing is marked new.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::Same;
use crate::model::{Story, StoryDate};
use crate::state::{seen_key, Seen};

/// What the reader had seen of `story` before this visit (`None` on a first
/// visit, before the story is shown, or without storage), and remembers the
/// story as it is today for the next visit, once the reader leaves the page.
/// `address` is the story file's address as the widget resolved it (`None`
/// for a story given inline); it names the story's entry (see [`seen_key`]).
#[hook]
pub fn use_seen_update(story: &Rc<Story>, address: Option<String>) -> Option<Seen> {
    let seen = use_state_eq(|| None::<Seen>);
    {
        let seen = seen.clone();
        use_effect_with((Same(story.clone()), address), move |(story, address)| {
            seen.set(remember(story, address.as_deref()));
        });
    }
    (*seen).clone()
}

/// The reader's day, in the browser's time zone.
fn today() -> StoryDate {
    let now = js_sys::Date::new_0();
    let local_ms = now.get_time() - now.get_timezone_offset() * 60_000.0;
    StoryDate::from_day_number((local_ms / 86_400_000.0).floor() as i64)
}

/// Reads what was remembered of `story`, and remembers its newest update
/// published by today when the reader leaves the page (`pagehide`), so that
/// every widget of the same story on the page reads what was remembered
/// before this visit.
fn remember(story: &Story, address: Option<&str>) -> Option<Seen> {
    let window = web_sys::window()?;
    let storage = window.local_storage().ok()??;
    let key = seen_key(address, &story.meta);
    let before = storage
        .get_item(&key)
        .ok()
        .flatten()
        .and_then(|text| Seen::from_stored(&text));
    let newest = Seen::newest_of(story, today()).to_stored();
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
