//! Remembering, per story and per browser, the newest update a reader has
//! seen, in `localStorage`. Nothing leaves the browser; where storage is
//! unavailable or refuses, nothing is remembered and nothing is marked new.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::Story;
use crate::state::{seen_key, Seen};

/// What the reader had seen of `story` before this visit (`None` on a first
/// visit, before the story is shown, or without storage), and remembers the
/// story as it is now for the next visit.
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

/// Reads what was remembered of `story` and remembers its newest update.
fn remember(story: &Story) -> Option<Seen> {
    let storage = web_sys::window()?.local_storage().ok()??;
    let key = seen_key(&story.meta);
    let before = storage
        .get_item(&key)
        .ok()
        .flatten()
        .and_then(|text| Seen::from_stored(&text));
    let _ = storage.set_item(&key, &Seen::newest_of(story).to_stored());
    before
}
