//! Finding and focusing the elements the views draw for story items.

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

/// Moves keyboard focus to `element`, whether it is HTML or SVG.
pub fn focus(element: &web_sys::Element) {
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = element.focus();
    } else if let Some(element) = element.dyn_ref::<web_sys::SvgElement>() {
        let _ = element.focus();
    }
}
