//! Running the actor map's force layout without blocking the page: one
//! layout per story, kept across resizes, advanced a slice per animation
//! frame until it settles.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{Same, TextMeasure};
use crate::layout::{ActorMap as MapModel, MapOptions};
use crate::measures::ASSUMED_WIDTH_PX;
use crate::model::Story;

/// Time the force layout may run in one go, in ms, so the page stays
/// responsive: the rest waits for the next animation frame.
const LAYOUT_BUDGET_MS: f64 = 12.0;

/// Ticks of the force layout between two looks at the clock.
const TICKS_PER_SLICE: usize = 4;

/// The User Timing entry that records how long the first layout took, from
/// the first tick until the map is drawn (read by the benchmark).
const LAYOUT_MEASURE: &str = "dateline:actor-map-layout";

/// The next animation frame's request and its callback, while the layout runs.
type LayoutFrame = Rc<RefCell<Option<(i32, Closure<dyn FnMut()>)>>>;

/// The story's force layout and a way to redraw the map when it moves.
pub struct ForceLayout {
    /// The layout, shared with the gestures that drag actors.
    pub model: Rc<RefCell<MapModel>>,
    /// Redraws the component (after a drag moved an actor).
    pub redraw: UseForceUpdateHandle,
}

/// The force layout of `story`'s actors for a map `width` CSS px wide (or
/// `None` until measured, when nothing runs), with labels measured by
/// `measure` when there is one; off the web it settles at once.
#[hook]
pub fn use_force_layout(
    story: &Rc<Story>,
    width: Option<f64>,
    measure: Option<TextMeasure>,
) -> ForceLayout {
    let model = use_memo(
        (Same(story.clone()), measure.clone()),
        |(story, measure)| {
            let mut model = MapModel::unsettled(story, MapOptions::for_width(ASSUMED_WIDTH_PX));
            if let Some(measure) = measure {
                model.measure_labels(|label| measure.label_width(label));
            }
            Rc::new(RefCell::new(model))
        },
    );
    let model: Rc<RefCell<MapModel>> = (*model).clone();
    if let Some(width) = width {
        model.borrow_mut().resize(MapOptions::for_width(width));
        if cfg!(not(target_arch = "wasm32")) {
            // A server runs nothing after rendering: lay the map out at once.
            model.borrow_mut().settle();
        }
    }
    let redraw = use_force_update();
    let frame: LayoutFrame = use_mut_ref(|| None);
    {
        let frame = frame.clone();
        // A new model (a new story, or labels measured) stops the old one's layout.
        use_effect_with((Same(story.clone()), measure), move |_| {
            move || stop_layout(&frame)
        });
    }
    {
        let (model, redraw, frame) = (model.clone(), redraw.clone(), frame.clone());
        let measured = width.is_some();
        use_effect(move || {
            let running = frame.borrow().is_some();
            if measured && !running && !model.borrow().is_settled() {
                if !model.borrow().has_settled() {
                    if let Some(performance) = performance() {
                        let _ = performance.mark(&format!("{LAYOUT_MEASURE}:start"));
                    }
                }
                run_layout(&model, &redraw, &frame);
            }
        });
    }
    ForceLayout { model, redraw }
}

/// The page's clock, where there is one.
fn performance() -> Option<web_sys::Performance> {
    web_sys::window()?.performance()
}

/// Runs the layout for about [`LAYOUT_BUDGET_MS`], then again on each
/// animation frame until it settles. The map is redrawn once it has settled,
/// and on every frame after that while it moves again (after a drag or a
/// resize), so no single frame waits for the whole layout.
fn run_layout(model: &Rc<RefCell<MapModel>>, redraw: &UseForceUpdateHandle, frame: &LayoutFrame) {
    let first_layout = !model.borrow().has_settled();
    let started = performance().map(|performance| performance.now());
    let settled = loop {
        if model.borrow_mut().advance(TICKS_PER_SLICE) {
            break true;
        }
        let now = performance().map(|performance| performance.now());
        let spent = now.zip(started).map(|(now, started)| now - started);
        if spent.is_none_or(|spent| spent >= LAYOUT_BUDGET_MS) {
            break false;
        }
    };
    if settled && first_layout {
        if let Some(performance) = performance() {
            let _ = performance
                .measure_with_start_mark(LAYOUT_MEASURE, &format!("{LAYOUT_MEASURE}:start"));
        }
    }
    if settled || !first_layout {
        redraw.force_update();
    }
    // Replacing the pending callback while it runs is safe: wasm-bindgen
    // frees a closure only once its last call has returned.
    let next = (!settled)
        .then(|| {
            let (model, redraw, again) = (model.clone(), redraw.clone(), frame.clone());
            let callback = Closure::<dyn FnMut()>::new(move || run_layout(&model, &redraw, &again));
            let handle = web_sys::window()?
                .request_animation_frame(callback.as_ref().unchecked_ref())
                .ok()?;
            Some((handle, callback))
        })
        .flatten();
    *frame.borrow_mut() = next;
}

/// Stops the layout's frames, if it is running.
fn stop_layout(frame: &LayoutFrame) {
    if let Some((handle, _callback)) = frame.borrow_mut().take() {
        if let Some(window) = web_sys::window() {
            let _ = window.cancel_animation_frame(handle);
        }
    }
}
