//! One pan and zoom gesture recogniser for both views: drag with one
//! pointer to pan, pinch with two or Ctrl (⌘) + wheel to zoom, and, where a
//! view asks for it, a sideways wheel to pan. A plain vertical wheel always
//! scrolls the page. Positions are CSS px from the element's top left corner.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How far a pointer moves, in CSS px (|dx| + |dy|), before a press is a drag, not a tap.
const DRAG_THRESHOLD_PX: f64 = 4.0;

/// Fingers closer than this, in CSS px, are not read as a pinch.
const PINCH_MIN_SPREAD_PX: f64 = 10.0;

/// How strongly one unit of wheel movement zooms: the factor is `exp(-delta × this)`.
const WHEEL_ZOOM_RATE: f64 = 0.004;

/// What the reader did, in the element's own CSS px.
#[derive(Clone, Debug)]
pub enum PanZoom {
    /// The first pointer went down at `(x, y)` on `target`.
    Press {
        /// Where, from the element's left edge.
        x: f64,
        /// Where, from the element's top edge.
        y: f64,
        /// The element pressed, to tell an item from the background.
        target: Option<web_sys::Element>,
    },
    /// One pointer dragged (or a sideways wheel moved) by `(dx, dy)` to `(x, y)`.
    Drag {
        /// Movement to the right.
        dx: f64,
        /// Movement down.
        dy: f64,
        /// Where the pointer is now, from the element's left edge.
        x: f64,
        /// Where the pointer is now, from the element's top edge.
        y: f64,
    },
    /// Zoom by `factor` (above 1 zooms in) keeping the point `(x, y)` still.
    Zoom {
        /// How much closer to get.
        factor: f64,
        /// The still point, from the element's left edge.
        x: f64,
        /// The still point, from the element's top edge.
        y: f64,
    },
    /// The last pointer went up; `moved` tells a drag from a tap.
    Release {
        /// Whether the press became a drag or a pinch.
        moved: bool,
    },
}

/// Handlers for the element the gestures happen on.
pub struct PanZoomHandlers {
    /// Starts tracking a pointer.
    pub onpointerdown: Callback<PointerEvent>,
    /// Turns pointer movement into drags and pinches.
    pub onpointermove: Callback<PointerEvent>,
    /// Stops tracking a pointer (also for `pointercancel`).
    pub onpointerup: Callback<PointerEvent>,
    /// Ctrl (⌘) + wheel zooms; a sideways wheel pans where asked.
    pub onwheel: Callback<WheelEvent>,
    /// Whether the current (or last) press became a drag, so its click is not a tap.
    pub dragged: Rc<Cell<bool>>,
}

/// Pointers pressed on the element, by pointer id, at their last position
/// (a few at most, so a list serves).
#[derive(Default)]
struct Pressed {
    at: Vec<(i32, (f64, f64))>,
}

impl Pressed {
    /// Pointer `id` is down at `at`.
    fn press(&mut self, id: i32, at: (f64, f64)) {
        match self.at.iter_mut().find(|(pointer, _)| *pointer == id) {
            Some((_, place)) => *place = at,
            None => self.at.push((id, at)),
        }
    }

    /// Where pointer `id` is, if it is down.
    fn get(&self, id: i32) -> Option<(f64, f64)> {
        self.at
            .iter()
            .find(|(pointer, _)| *pointer == id)
            .map(|&(_, at)| at)
    }

    /// Pointer `id` went up; whether it was down.
    fn release(&mut self, id: i32) -> bool {
        let before = self.at.len();
        self.at.retain(|(pointer, _)| *pointer != id);
        self.at.len() < before
    }
}

/// Recognises pan and zoom gestures on `element` and reports them to
/// `on_gesture`; with `wheel_pans`, a mostly sideways wheel pans.
#[hook]
pub fn use_pan_zoom(
    element: &NodeRef,
    wheel_pans: bool,
    on_gesture: Callback<PanZoom>,
) -> PanZoomHandlers {
    let pressed: Rc<RefCell<Pressed>> = use_mut_ref(Pressed::default);
    let dragged = use_memo((), |()| Rc::new(Cell::new(false)));
    let dragged: Rc<Cell<bool>> = (*dragged).clone();
    let local = {
        let element = element.clone();
        move |event: &web_sys::MouseEvent| {
            let origin = element
                .cast::<web_sys::Element>()
                .map(|element| element.get_bounding_client_rect());
            let (left, top) = origin.map_or((0.0, 0.0), |rect| (rect.left(), rect.top()));
            (
                f64::from(event.client_x()) - left,
                f64::from(event.client_y()) - top,
            )
        }
    };
    let onpointerdown = {
        let (pressed, dragged, on_gesture, local) = (
            pressed.clone(),
            dragged.clone(),
            on_gesture.clone(),
            local.clone(),
        );
        Callback::from(move |event: PointerEvent| {
            let (x, y) = local(&event);
            let mut pressed = pressed.borrow_mut();
            let first = pressed.at.is_empty();
            pressed.press(event.pointer_id(), (x, y));
            if first {
                dragged.set(false);
                let target = event
                    .target()
                    .and_then(|target| target.dyn_into::<web_sys::Element>().ok());
                on_gesture.emit(PanZoom::Press { x, y, target });
            }
        })
    };
    let onpointermove = {
        let (pressed, dragged, on_gesture, element, local) = (
            pressed.clone(),
            dragged.clone(),
            on_gesture.clone(),
            element.clone(),
            local.clone(),
        );
        Callback::from(move |event: PointerEvent| {
            let id = event.pointer_id();
            let (x, y) = local(&event);
            let mut pressed = pressed.borrow_mut();
            let Some((last_x, last_y)) = pressed.get(id) else {
                return;
            };
            let others: Vec<(f64, f64)> = pressed
                .at
                .iter()
                .filter(|&&(other, _)| other != id)
                .map(|&(_, at)| at)
                .collect();
            match others.as_slice() {
                [] => {
                    let (dx, dy) = (x - last_x, y - last_y);
                    if !dragged.get() {
                        if dx.abs() + dy.abs() <= DRAG_THRESHOLD_PX {
                            return;
                        }
                        // Only a real drag captures the pointer, so a tap still reaches its item.
                        dragged.set(true);
                        if let Some(element) = element.cast::<web_sys::Element>() {
                            let _ = element.set_pointer_capture(id);
                        }
                    }
                    pressed.press(id, (x, y));
                    on_gesture.emit(PanZoom::Drag { dx, dy, x, y });
                }
                [(other_x, other_y)] => {
                    let spread = |(ax, ay): (f64, f64)| (ax - other_x).hypot(ay - other_y);
                    let (before, after) = (spread((last_x, last_y)), spread((x, y)));
                    if before > PINCH_MIN_SPREAD_PX && after > PINCH_MIN_SPREAD_PX {
                        dragged.set(true);
                        pressed.press(id, (x, y));
                        on_gesture.emit(PanZoom::Zoom {
                            factor: after / before,
                            x: (x + other_x) / 2.0,
                            y: (y + other_y) / 2.0,
                        });
                    }
                }
                _ => {}
            }
        })
    };
    let onpointerup = {
        let (pressed, dragged, on_gesture) = (pressed.clone(), dragged.clone(), on_gesture.clone());
        Callback::from(move |event: PointerEvent| {
            let mut pressed = pressed.borrow_mut();
            if pressed.release(event.pointer_id()) && pressed.at.is_empty() {
                on_gesture.emit(PanZoom::Release {
                    moved: dragged.get(),
                });
            }
        })
    };
    let onwheel = Callback::from(move |event: WheelEvent| {
        let (dx, dy) = (event.delta_x(), event.delta_y());
        let (x, y) = local(&event);
        if event.ctrl_key() || event.meta_key() {
            event.prevent_default();
            on_gesture.emit(PanZoom::Zoom {
                factor: (-dy * WHEEL_ZOOM_RATE).exp(),
                x,
                y,
            });
        } else if wheel_pans && dx.abs() > dy.abs() {
            event.prevent_default();
            on_gesture.emit(PanZoom::Drag {
                dx: -dx,
                dy: 0.0,
                x,
                y,
            });
        }
    });
    PanZoomHandlers {
        onpointerdown,
        onpointermove,
        onpointerup,
        onwheel,
        dragged,
    }
}
