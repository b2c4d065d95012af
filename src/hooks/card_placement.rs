//! Placing the floating card beside the item it belongs to, and tying a
//! previewed card to its item for assistive technology.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::dom::{element_of, style_of};
use crate::layout::card::{place_card, Rect, Surroundings};
use crate::measures::CARD_GAP_PX;
use crate::state::Selection;
use crate::view::px;

/// Where the card is and what it is about.
#[derive(Clone, PartialEq)]
pub struct CardPlace {
    /// The item whose card shows, if any.
    pub subject: Option<Selection>,
    /// Whether the card is pinned (a preview is described by its item).
    pub pinned: bool,
    /// Whether the card docks below the views instead of floating.
    pub docked: bool,
    /// Whether the reader has just pinned the card themselves (not the host
    /// page): a docked card that covers its item then scrolls the item into sight.
    pub reveal: bool,
    /// The card element's id.
    pub card_id: String,
}

/// After every render, moves the card (inside `root`) beside its item's
/// element, on screen where it fits; a docked card keeps its place in the flow,
/// and when the reader pins one over its item on screen, the item is scrolled
/// into sight above it, once. While a card previews, its item is
/// `aria-describedby` the card.
#[hook]
pub fn use_card_placement(root: &NodeRef, card: &NodeRef, place: CardPlace) {
    let described = use_mut_ref(|| None::<web_sys::Element>);
    let revealed = use_mut_ref(|| None::<Selection>);
    let (root, card) = (root.clone(), card.clone());
    use_effect(move || {
        let Some(root) = root.cast::<web_sys::Element>() else {
            return;
        };
        let trigger = place
            .subject
            .as_ref()
            .and_then(|subject| element_of(&root, subject));
        let mut described = described.borrow_mut();
        if let Some(previous) = described.take() {
            let _ = previous.remove_attribute("aria-describedby");
        }
        if let (Some(trigger), false) = (&trigger, place.pinned) {
            let _ = trigger.set_attribute("aria-describedby", &place.card_id);
            *described = Some(trigger.clone());
        }
        let Some(card) = card.cast::<web_sys::HtmlElement>() else {
            *revealed.borrow_mut() = None;
            return;
        };
        let style = style_of(&card);
        match trigger.as_ref().filter(|_| !place.docked) {
            Some(trigger) => {
                let rect = |element: &web_sys::Element| {
                    relative_to(&root, &element.get_bounding_client_rect())
                };
                let controls = elements(&root, CONTROLS)
                    .iter()
                    .map(rect)
                    .collect::<Vec<_>>();
                let neighbours = neighbours_of(trigger).iter().map(rect).collect::<Vec<_>>();
                let origin = root.get_bounding_client_rect();
                let (x, y) = place_card(
                    rect(trigger),
                    (
                        f64::from(card.offset_width()),
                        f64::from(card.offset_height()),
                    ),
                    &Surroundings {
                        bounds: Rect {
                            x: 0.0,
                            y: 0.0,
                            width: origin.width(),
                            height: origin.height(),
                        },
                        visible: visible_area(&root),
                        controls: &controls,
                        neighbours: &neighbours,
                    },
                );
                let _ = style.set_property("left", &format!("{}px", px(x)));
                let _ = style.set_property("top", &format!("{}px", px(y)));
                let _ = style.set_property("position", "absolute");
            }
            None => {
                let _ = style.remove_property("left");
                let _ = style.remove_property("top");
                let _ = style.remove_property("position");
            }
        }
        let mut revealed = revealed.borrow_mut();
        if *revealed != place.subject {
            revealed.clone_from(&place.subject);
            if let (Some(trigger), true) = (&trigger, place.docked && place.reveal) {
                reveal_above(trigger, &card);
            }
        }
    });
}

/// Scrolls `item` into sight above the docked `card` (which sticks to the
/// bottom of its scroller, the page or the widget's own box) when the card
/// covers it and it is on screen; nothing moves otherwise.
fn reveal_above(item: &web_sys::Element, card: &web_sys::HtmlElement) {
    let (rect, card_rect) = (
        item.get_bounding_client_rect(),
        card.get_bounding_client_rect(),
    );
    let screen_height = web_sys::window()
        .and_then(|window| window.inner_height().ok())
        .and_then(|height| height.as_f64())
        .unwrap_or(0.0);
    let on_screen = rect.top() >= 0.0 && rect.top() < screen_height;
    let covered = rect.bottom() + CARD_GAP_PX > card_rect.top() && rect.top() < card_rect.bottom();
    if !(on_screen && covered) {
        return;
    }
    let style = style_of(item);
    // The item's scroll margin keeps the card's height free below it.
    let margin = format!("{}px", px((card_rect.height() + CARD_GAP_PX).round()));
    let _ = style.set_property("scroll-margin-bottom", &margin);
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    item.scroll_into_view_with_scroll_into_view_options(&options);
    let _ = style.remove_property("scroll-margin-bottom");
}

/// The controls a floating card leaves clear: the reader uses them next.
const CONTROLS: &str = ".dl-toolbar, .dl-steps";

/// The elements inside `root` that match `selector`.
fn elements(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|index| list.item(index)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// The other items of the same kind in `trigger`'s view (the timeline's
/// events, the map's actors), which the reader may point at next.
fn neighbours_of(trigger: &web_sys::Element) -> Vec<web_sys::Element> {
    let Some(attribute) = ["data-event-id", "data-actor-id"]
        .into_iter()
        .find(|attribute| trigger.has_attribute(attribute))
    else {
        return Vec::new();
    };
    let Some(view) = trigger.closest(".dl-timeline, .dl-map").ok().flatten() else {
        return Vec::new();
    };
    elements(&view, &format!("[{attribute}]"))
        .into_iter()
        .filter(|element| element != trigger)
        .collect()
}

/// `rect` (in the page's viewport) relative to `root`'s top left corner, in CSS px.
fn relative_to(root: &web_sys::Element, rect: &web_sys::DomRect) -> Rect {
    let origin = root.get_bounding_client_rect();
    Rect {
        x: rect.left() - origin.left(),
        y: rect.top() - origin.top(),
        width: rect.width(),
        height: rect.height(),
    }
}

/// The part of `root` inside the browser's viewport, relative to `root`, in CSS px.
fn visible_area(root: &web_sys::Element) -> Rect {
    let origin = root.get_bounding_client_rect();
    let viewport_height = web_sys::window()
        .and_then(|window| window.inner_height().ok())
        .and_then(|height| height.as_f64())
        .unwrap_or(f64::MAX);
    let top = (-origin.top()).max(0.0);
    let bottom = (viewport_height - origin.top()).min(origin.height());
    Rect {
        x: 0.0,
        y: top,
        width: origin.width(),
        height: (bottom - top).max(0.0),
    }
}
