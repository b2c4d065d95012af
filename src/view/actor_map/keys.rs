//! The actor map's keys: arrows move to the nearest actor in that direction,
//! Home and End to the first and last, Enter selects, + and − zoom, 0 fits.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::layout::{nearest_in_direction, Direction, MapView, PlacedActor};
use crate::measures::MAP_ZOOM_STEP;
use crate::model::Story;
use crate::state::Selection;

/// What the keys act on.
pub struct MapKeys {
    /// The actors drawn, with their places.
    pub actors: Vec<PlacedActor>,
    /// The story drawn.
    pub story: Rc<Story>,
    /// The actor that is the map's tab stop.
    pub tab_stop: usize,
    /// The map's size, in CSS px.
    pub size: (f64, f64),
    /// The actor focus goes to.
    pub focus_index: UseStateHandle<usize>,
    /// Set when a key moves focus, so it follows once drawn.
    pub wants_focus: Rc<RefCell<bool>>,
    /// The map's zoom and pan.
    pub view: UseStateHandle<MapView>,
    /// Called when the reader selects an actor.
    pub on_select: Callback<Selection>,
}

/// The handler for the map's keys.
pub fn map_keydown(keys: MapKeys) -> Callback<KeyboardEvent> {
    let MapKeys {
        actors,
        story,
        tab_stop,
        size,
        focus_index,
        wants_focus,
        view,
        on_select,
    } = keys;
    Callback::from(move |event: KeyboardEvent| {
        // The actor the key was pressed on, wherever focus came from.
        let focused: Option<usize> = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|target| target.get_attribute("data-actor-index"))
            .and_then(|index| index.parse().ok());
        let on_node = focused.is_some();
        let current = focused.unwrap_or(tab_stop);
        let move_to = |index: Option<usize>| {
            if let Some(index) = index {
                *wants_focus.borrow_mut() = true;
                focus_index.set(index);
            }
        };
        let (centre_x, centre_y) = (size.0 / 2.0, size.1 / 2.0);
        match event.key().as_str() {
            "ArrowUp" if on_node => move_to(nearest_in_direction(&actors, current, Direction::Up)),
            "ArrowDown" if on_node => {
                move_to(nearest_in_direction(&actors, current, Direction::Down))
            }
            "ArrowLeft" if on_node => {
                move_to(nearest_in_direction(&actors, current, Direction::Left))
            }
            "ArrowRight" if on_node => {
                move_to(nearest_in_direction(&actors, current, Direction::Right))
            }
            "Home" if on_node => move_to(actors.first().map(|placed| placed.index)),
            "End" if on_node => move_to(actors.last().map(|placed| placed.index)),
            "Enter" | " " if on_node => {
                if let Some(actor) = story.actors.get(current) {
                    focus_index.set(current);
                    on_select.emit(Selection::Actor(actor.id.clone()));
                }
            }
            "+" | "=" => view.set(view.zoom(MAP_ZOOM_STEP, centre_x, centre_y, size)),
            "-" | "_" => view.set(view.zoom(1.0 / MAP_ZOOM_STEP, centre_x, centre_y, size)),
            "0" => view.set(MapView::default()),
            _ => return,
        }
        event.prevent_default();
    })
}
