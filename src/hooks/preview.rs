//! Previewing an item's card: on hover once the pointer has slowed down or
//! come to rest over the item (so a sweep of the pointer does not flash
//! cards), at once when a card is already showing or on keyboard focus, never
//! on touch.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::Timeout;
use crate::dom::{is_inside_card, item_of, target_element};
use crate::state::hover_intent::QUIET_MS;
use crate::state::{Action, HoverIntent, Intent, PointerSample, Selection, ViewState};

/// How long a preview lingers after the pointer leaves, in ms.
const HOVER_LINGER_MS: i32 = 200;

/// The item the pointer is over while its card waits for the pointer to slow down.
type Pending = Option<(Selection, HoverIntent)>;

/// Handlers for the widget's root element, which see every item's events.
pub struct PreviewHandlers {
    /// Starts watching the pointer's pace over the item it came onto.
    pub onpointerover: Callback<PointerEvent>,
    /// Previews the item under the pointer once the pointer slows down or stops.
    pub onpointermove: Callback<PointerEvent>,
    /// Schedules the end of the preview when the pointer leaves an item.
    pub onpointerout: Callback<PointerEvent>,
    /// Previews the item that keyboard focus reaches.
    pub onfocusin: Callback<FocusEvent>,
    /// Ends the preview when focus leaves the items.
    pub onfocusout: Callback<FocusEvent>,
}

/// Hover and focus handlers that preview items' cards through `state`.
#[hook]
pub fn use_preview(state: &UseReducerHandle<ViewState>) -> PreviewHandlers {
    let hover: Rc<RefCell<Timeout>> = use_mut_ref(Timeout::default);
    let pending: Rc<RefCell<Pending>> = use_mut_ref(|| None);
    let onpointerover = {
        let (state, hover, pending) = (state.clone(), hover.clone(), pending.clone());
        Callback::from(move |event: PointerEvent| {
            let Some(target) = target_element(&event) else {
                return;
            };
            if event.pointer_type() == "touch" {
                return;
            }
            if is_inside_card(&target) {
                pending.replace(None);
                hover.borrow_mut().cancel();
                return;
            }
            let Some((item, _)) = item_of(&target) else {
                return;
            };
            if pending
                .borrow()
                .as_ref()
                .is_some_and(|(waiting, _)| *waiting == item)
            {
                return;
            }
            pending.replace(None);
            if state.preview.as_ref() == Some(&item) {
                hover.borrow_mut().cancel();
                return;
            }
            // Once a card is showing, the reader is reading cards: the next one comes at once.
            if state.preview.is_some() {
                hover.borrow_mut().cancel();
                state.dispatch(Action::Preview(Some(item)));
                return;
            }
            pending.replace(Some((item.clone(), HoverIntent::enter(sample(&event)))));
            wait_for_rest(&hover, &pending, &state, item);
        })
    };
    let onpointermove = {
        let (state, hover, pending) = (state.clone(), hover.clone(), pending.clone());
        Callback::from(move |event: PointerEvent| {
            let intent = pending
                .borrow_mut()
                .as_mut()
                .map(|(item, intent)| (item.clone(), intent.moved(sample(&event))));
            match intent {
                Some((item, Intent::Read)) => {
                    pending.replace(None);
                    hover.borrow_mut().cancel();
                    state.dispatch(Action::Preview(Some(item)));
                }
                Some((item, Intent::Passing)) => wait_for_rest(&hover, &pending, &state, item),
                None => {}
            }
        })
    };
    let onpointerout = {
        let (state, hover, pending) = (state.clone(), hover.clone(), pending.clone());
        Callback::from(move |event: PointerEvent| {
            let leaving =
                target_element(&event).and_then(|target| item_of(&target).map(|(item, _)| item));
            let entering = event
                .related_target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok());
            let staying = entering.as_ref().is_some_and(|entering| {
                is_inside_card(entering) || item_of(entering).map(|(item, _)| item) == leaving
            });
            if staying {
                return;
            }
            pending.replace(None);
            let state = state.clone();
            hover.borrow_mut().schedule(HOVER_LINGER_MS, move || {
                state.dispatch(Action::Preview(None))
            });
        })
    };
    let onfocusin = {
        let (state, hover, pending) = (state.clone(), hover.clone(), pending.clone());
        Callback::from(move |event: FocusEvent| {
            let Some(target) = target_element(&event) else {
                return;
            };
            // Only keyboard focus previews: a tap or click focuses too, and goes on to pin.
            if is_inside_card(&target) || !target.matches(":focus-visible").unwrap_or(false) {
                return;
            }
            pending.replace(None);
            hover.borrow_mut().cancel();
            state.dispatch(Action::Preview(item_of(&target).map(|(item, _)| item)));
        })
    };
    let onfocusout = {
        let state = state.clone();
        Callback::from(move |event: FocusEvent| {
            let entering = event
                .related_target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok());
            if entering
                .as_ref()
                .is_some_and(|entering| is_inside_card(entering) || item_of(entering).is_some())
            {
                return;
            }
            state.dispatch(Action::Preview(None));
        })
    };
    PreviewHandlers {
        onpointerover,
        onpointermove,
        onpointerout,
        onfocusin,
        onfocusout,
    }
}

/// Previews `item` if the pointer stays still for [`QUIET_MS`] while still
/// waiting over it (a pointer that moves reports it well within that time).
fn wait_for_rest(
    hover: &Rc<RefCell<Timeout>>,
    pending: &Rc<RefCell<Pending>>,
    state: &UseReducerHandle<ViewState>,
    item: Selection,
) {
    let (state, pending) = (state.clone(), pending.clone());
    hover.borrow_mut().schedule(QUIET_MS, move || {
        if pending
            .borrow()
            .as_ref()
            .is_some_and(|(waiting, _)| *waiting == item)
        {
            pending.replace(None);
            state.dispatch(Action::Preview(Some(item)));
        }
    });
}

/// Where the pointer is, on the page's clock (the one timers follow).
fn sample(event: &PointerEvent) -> PointerSample {
    let time_ms = web_sys::window()
        .and_then(|window| window.performance())
        .map_or(f64::NAN, |performance| performance.now());
    PointerSample {
        time_ms,
        x: f64::from(event.client_x()),
        y: f64::from(event.client_y()),
    }
}
