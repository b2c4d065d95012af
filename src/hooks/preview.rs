//! Previewing an item's card: on hover after a short rest (so a sweep of the
//! pointer does not flash cards), at once when a card is already showing or
//! on keyboard focus, never on touch.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::Timeout;
use crate::dom::{is_inside_card, item_of, target_element};
use crate::state::{Action, ViewState};

/// How long the pointer rests on an item before its card previews, in ms.
const HOVER_INTENT_MS: i32 = 350;

/// How long a preview lingers after the pointer leaves, in ms.
const HOVER_LINGER_MS: i32 = 200;

/// Handlers for the widget's root element, which see every item's events.
pub struct PreviewHandlers {
    /// Schedules the preview of the item under the pointer.
    pub onpointerover: Callback<PointerEvent>,
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
    let onpointerover = {
        let (state, hover) = (state.clone(), hover.clone());
        Callback::from(move |event: PointerEvent| {
            let Some(target) = target_element(&event) else {
                return;
            };
            if event.pointer_type() == "touch" {
                return;
            }
            if is_inside_card(&target) {
                hover.borrow_mut().cancel();
                return;
            }
            let Some((item, _)) = item_of(&target) else {
                return;
            };
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
            let state = state.clone();
            hover.borrow_mut().schedule(HOVER_INTENT_MS, move || {
                state.dispatch(Action::Preview(Some(item)))
            });
        })
    };
    let onpointerout = {
        let (state, hover) = (state.clone(), hover.clone());
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
            let state = state.clone();
            hover.borrow_mut().schedule(HOVER_LINGER_MS, move || {
                state.dispatch(Action::Preview(None))
            });
        })
    };
    let onfocusin = {
        let (state, hover) = (state.clone(), hover.clone());
        Callback::from(move |event: FocusEvent| {
            let Some(target) = target_element(&event) else {
                return;
            };
            // Only keyboard focus previews: a tap or click focuses too, and goes on to pin.
            if is_inside_card(&target) || !target.matches(":focus-visible").unwrap_or(false) {
                return;
            }
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
        onpointerout,
        onfocusin,
        onfocusout,
    }
}
