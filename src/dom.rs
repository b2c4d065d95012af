//! The item <-> element mapping: the elements the views draw for story
//! items (found by their `data-*-id` attributes), the item an element stands
//! for, and focusing them.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::state::Selection;

/// The element drawn for `selection` inside `root`, if there is one.
pub fn element_of(root: &web_sys::Element, selection: &Selection) -> Option<web_sys::Element> {
    let (attribute, id) = match selection {
        Selection::Event(id) => ("data-event-id", id.as_str()),
        Selection::Actor(id) => ("data-actor-id", id.as_str()),
        Selection::Relation(id) => ("data-relation-id", id.as_str()),
        Selection::Quote(id) => ("data-quote-id", id.as_str()),
    };
    let candidates = root.query_selector_all(&format!("[{attribute}]")).ok()?;
    (0..candidates.length())
        .filter_map(|index| candidates.item(index)?.dyn_into::<web_sys::Element>().ok())
        .filter(|element| element.closest(".dl-card").ok().flatten().is_none())
        .find(|element| element.get_attribute(attribute).as_deref() == Some(id))
}

#[wasm_bindgen]
extern "C" {
    /// An element that can take focus, as HTML and SVG elements both can.
    type Focusable;

    #[wasm_bindgen(method)]
    fn focus(this: &Focusable);

    /// An element with an inline style, as HTML and SVG elements both have.
    type Styled;

    #[wasm_bindgen(method, getter)]
    fn style(this: &Styled) -> web_sys::CssStyleDeclaration;
}

/// The inline style of `element`, whether it is HTML or SVG.
pub fn style_of(element: &web_sys::Element) -> web_sys::CssStyleDeclaration {
    element.unchecked_ref::<Styled>().style()
}

/// Moves keyboard focus to `element`, whether it is HTML or SVG.
pub fn focus(element: &web_sys::Element) {
    element.unchecked_ref::<Focusable>().focus();
}

/// The item an element stands for, from its `data-*-id` attribute or an ancestor's.
pub fn item_of(element: &web_sys::Element) -> Option<(Selection, web_sys::Element)> {
    let item = element
        .closest("[data-event-id],[data-actor-id],[data-relation-id],[data-quote-id]")
        .ok()??;
    let attribute = |name| item.get_attribute(name);
    let selection = if let Some(id) = attribute("data-event-id") {
        Selection::Event(id.as_str().into())
    } else if let Some(id) = attribute("data-actor-id") {
        Selection::Actor(id.as_str().into())
    } else if let Some(id) = attribute("data-relation-id") {
        Selection::Relation(id.as_str().into())
    } else {
        Selection::Quote(attribute("data-quote-id")?.as_str().into())
    };
    Some((selection, item))
}

/// The element an event happened on.
pub fn target_element(event: &web_sys::Event) -> Option<web_sys::Element> {
    event.target()?.dyn_into::<web_sys::Element>().ok()
}

/// Whether `element` is inside a card.
pub fn is_inside_card(element: &web_sys::Element) -> bool {
    element.closest(".dl-card").ok().flatten().is_some()
}

/// The focused element in the document or shadow root that holds `element`.
pub fn active_element_near(element: &web_sys::Element) -> Option<web_sys::Element> {
    let root = element.get_root_node();
    match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => web_sys::window()?.document()?.active_element(),
    }
}
