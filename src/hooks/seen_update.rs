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
/// story as it is when the reader leaves the page (`pagehide`), so that
/// every widget of the same story on the page reads what was remembered
/// before this visit. `address` is the story file's address as the widget
/// resolved it (`None` for a story given inline); it names the story's entry
/// (see [`seen_key`]). A story shown in place of another (an editor's
/// preview) is read again, and only the last one shown is remembered.
#[hook]
pub fn use_seen_update(story: &Rc<Story>, address: Option<String>) -> Option<Seen> {
    let seen = use_state_eq(|| None::<Seen>);
    // The entry to write when the reader leaves, and what to write in it.
    let on_leaving = use_mut_ref(|| None::<(String, String)>);
    {
        let seen = seen.clone();
        use_effect_with((Same(story.clone()), address), move |(story, address)| {
            let key = seen_key(address.as_deref(), &story.meta);
            seen.set(storage().and_then(|storage| {
                let text = storage.get_item(&key).ok().flatten()?;
                Seen::from_stored(&text)
            }));
            let newest = Seen::newest_of(story, today()).to_stored();
            let first = on_leaving.borrow_mut().replace((key, newest)).is_none();
            if first {
                remember_on_leaving(on_leaving);
            }
        });
    }
    (*seen).clone()
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The reader's day, in the browser's time zone.
fn today() -> StoryDate {
    let now = js_sys::Date::new_0();
    let local_ms = now.get_time() - now.get_timezone_offset() * 60_000.0;
    StoryDate::from_day_number((local_ms / 86_400_000.0).floor() as i64)
}

/// Writes the entry `on_leaving` holds then when the reader leaves the page.
fn remember_on_leaving(on_leaving: Rc<std::cell::RefCell<Option<(String, String)>>>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_leave = Closure::once_into_js(move || {
        if let (Some((key, newest)), Some(storage)) = (on_leaving.borrow().as_ref(), storage()) {
            let _ = storage.set_item(key, newest);
        }
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
        "pagehide",
        on_leave.unchecked_ref(),
        &options,
    );
}
