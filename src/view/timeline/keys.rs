//! The timeline's keys: arrows, Home and End move between events in time
//! order (panning or zooming so the event is drawn; in a right-to-left
//! widget the left arrow goes later), Enter selects, + and − zoom, 0 fits.
//! On a cluster, the arrows move to the cluster beside it and Enter opens
//! it (the cluster's own handler). The rules are
//! [`crate::state::timeline_keys`]'s; this hook finds where a key was
//! pressed and carries them out.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::dom::{element_of, focus};
use crate::layout::timeline::TimelineOptions;
use crate::layout::TimelineModel;
use crate::model::EventId;
use crate::state::{
    cluster_key, timeline_key, KeyPlace, Selection, TimelineCommand, ViewportAction, VisibleWindow,
};

/// What the keys act on.
pub struct KeysSetup {
    /// The story's timeline model.
    pub model: Rc<TimelineModel>,
    /// The measures the layout uses.
    pub options: Rc<TimelineOptions>,
    /// The visible window.
    pub viewport: UseReducerHandle<VisibleWindow>,
    /// The event that is the tab stop.
    pub focus_index: UseStateHandle<usize>,
    /// Whether the next window change is animated.
    pub smooth: UseStateHandle<bool>,
    /// The timeline's element, to find and focus the event drawn.
    pub container: NodeRef,
    /// The timeline's width, in CSS px.
    pub width: f64,
    /// Whether the timeline is the vertical list.
    pub vertical: bool,
    /// Whether lanes are by actor.
    pub by_actor: bool,
    /// Called with an event's id when the reader selects it.
    pub on_select: Callback<EventId>,
}

/// The key handler, and the zoom and fit actions the buttons share with it.
pub struct TimelineKeys {
    /// The handler for the timeline's element.
    pub onkeydown: Callback<KeyboardEvent>,
    /// Zooms by a factor about the middle.
    pub zoom_by: Callback<f64>,
    /// Shows every event.
    pub fit: Callback<()>,
    /// Opens a cluster of dated events (positions in the model's order):
    /// zooms to the window that draws them as marks and focuses the first.
    pub open_cluster: Callback<Vec<usize>>,
}

/// The timeline's keyboard handling; focus follows a keyboard move once the
/// event is drawn.
#[hook]
pub fn use_timeline_keys(setup: KeysSetup) -> TimelineKeys {
    let KeysSetup {
        model,
        options,
        viewport,
        focus_index,
        smooth,
        container,
        width,
        vertical,
        by_actor,
        on_select,
    } = setup;
    // The event a keyboard move is taking focus to, until it is drawn and focused.
    let pending_focus = use_mut_ref(|| None::<usize>);
    // Moves keyboard focus to the event at `index`, panning or zooming so it is drawn.
    let move_focus = {
        let (model, options, viewport, focus_index, pending_focus, smooth) = (
            model.clone(),
            options.clone(),
            viewport.clone(),
            focus_index.clone(),
            pending_focus.clone(),
            smooth.clone(),
        );
        let grouped = by_actor;
        Callback::from(move |index: usize| {
            if !vertical && index < model.items.len() {
                smooth.set(true);
                let view = model.window_showing(&viewport, index, width, &options, grouped);
                viewport.dispatch(ViewportAction::Show(view));
            }
            *pending_focus.borrow_mut() = Some(index);
            focus_index.set(index);
        })
    };

    // After a keyboard move, focus the element of the focused event once it is drawn.
    {
        let (container, pending_focus, model) =
            (container.clone(), pending_focus.clone(), model.clone());
        use_effect(move || {
            if let Some(id) = pending_focus
                .borrow_mut()
                .take()
                .and_then(|index| model.order.get(index))
            {
                focus_event_element(&container, id);
            }
        });
    }

    let open_cluster = {
        let (model, options, viewport, focus_index, pending_focus, smooth) = (
            model.clone(),
            options.clone(),
            viewport.clone(),
            focus_index.clone(),
            pending_focus.clone(),
            smooth.clone(),
        );
        Callback::from(move |cluster: Vec<usize>| {
            let Some(first) = model.first_of(&cluster) else {
                return;
            };
            smooth.set(true);
            let view = model.window_opening(&viewport, &cluster, width, &options, by_actor);
            viewport.dispatch(ViewportAction::Show(view));
            *pending_focus.borrow_mut() = Some(first);
            focus_index.set(first);
        })
    };

    let zoom_by = {
        let (viewport, smooth) = (viewport.clone(), smooth.clone());
        Callback::from(move |factor: f64| {
            smooth.set(true);
            viewport.dispatch(ViewportAction::Zoom {
                factor,
                anchor: 0.5,
            });
        })
    };
    let fit = {
        let (viewport, smooth, model) = (viewport.clone(), smooth.clone(), model.clone());
        Callback::from(move |_| {
            if let Some(full) = model.full {
                smooth.set(true);
                viewport.dispatch(ViewportAction::Show(full));
            }
        })
    };

    let onkeydown = {
        let (model, move_focus, zoom_by, fit, on_select, pending_focus) = (
            model.clone(),
            move_focus.clone(),
            zoom_by.clone(),
            fit.clone(),
            on_select.clone(),
            pending_focus.clone(),
        );
        Callback::from(move |event: KeyboardEvent| {
            let target = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok());
            // The event the key was pressed on, wherever focus came from.
            let focused = target
                .as_ref()
                .and_then(|target| target.get_attribute("data-event-id"))
                .and_then(|id| model.order.iter().position(|event| event.as_str() == id));
            let key = event.key();
            if let Some(cluster) = target
                .as_ref()
                .filter(|target| target.matches(".dl-timeline__cluster").unwrap_or(false))
            {
                if move_among_clusters(cluster, &key) {
                    event.prevent_default();
                    return;
                }
            }
            // Keys pressed faster than the page redraws continue from where the last one went.
            let place = KeyPlace {
                event: focused.map(|focused| pending_focus.borrow().unwrap_or(focused)),
                count: model.order.len(),
                vertical,
                right_to_left: target.as_ref().is_some_and(is_right_to_left),
            };
            match timeline_key(&key, place) {
                Some(TimelineCommand::Focus(index)) => move_focus.emit(index),
                Some(TimelineCommand::Select(index)) => {
                    if let Some(id) = model.order.get(index) {
                        on_select.emit(id.clone());
                    }
                }
                Some(TimelineCommand::Zoom(factor)) => zoom_by.emit(factor),
                Some(TimelineCommand::Fit) => fit.emit(()),
                None => return,
            }
            event.prevent_default();
        })
    };

    TimelineKeys {
        onkeydown,
        zoom_by,
        fit,
        open_cluster,
    }
}

/// Whether `element` is in a right-to-left part of the page: its closest
/// `dir` attribute says `rtl`.
fn is_right_to_left(element: &web_sys::Element) -> bool {
    element
        .closest("[dir]")
        .ok()
        .flatten()
        .and_then(|element| element.get_attribute("dir"))
        .is_some_and(|dir| dir.eq_ignore_ascii_case("rtl"))
}

/// Moves focus from `cluster` to the cluster on the left or right of it
/// (Home and End: the first and last), as the arrow `key` points; whether
/// the key was one of those.
fn move_among_clusters(cluster: &web_sys::Element, key: &str) -> bool {
    let Some(svg) = cluster.parent_element() else {
        return false;
    };
    let Ok(list) = svg.query_selector_all(":scope > .dl-timeline__cluster") else {
        return false;
    };
    let clusters: Vec<web_sys::Element> = (0..list.length())
        .filter_map(|index| list.item(index)?.dyn_into::<web_sys::Element>().ok())
        .collect();
    let at = clusters.iter().position(|other| other == cluster);
    let Some(to) = at.and_then(|at| cluster_key(key, at, clusters.len())) else {
        return false;
    };
    if let Some(element) = clusters.get(to) {
        crate::dom::focus(element);
    }
    true
}

/// Focuses the element for event `id` inside `container`, if it is drawn.
fn focus_event_element(container: &NodeRef, id: &EventId) {
    let root = container.cast::<web_sys::Element>();
    if let Some(element) = root.and_then(|root| element_of(&root, &Selection::Event(id.clone()))) {
        focus(&element);
    }
}
