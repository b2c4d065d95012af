//! The timeline: the story's events on a true time axis from about 600 px
//! wide, and as a vertical, scroll-native list below that. One tab stop;
//! arrow keys move between events in time order.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::px;
use crate::dom::{element_of, focus};

use crate::hooks::use_element_width;
use crate::layout::timeline::{
    layout_timeline, layout_timeline_in_bands, EventCluster, PlacedEvent, TimelineItem,
    TimelineLayout, TimelineOptions,
};
use crate::layout::Viewport;
use crate::model::{Event, EventId, EventKind, Story};
use crate::state::{Highlight, Selection, ViewportAction};

/// Below this container width, in CSS px, the timeline is a vertical list.
pub const VERTICAL_BELOW_PX: f64 = 600.0;

/// Width assumed before the container is measured (and when rendering on a server).
const DEFAULT_WIDTH_PX: f64 = 720.0;

/// Zoom factor of one press of a zoom button or key.
const ZOOM_STEP: f64 = 2.0;

/// Properties of [`Timeline`].
#[derive(Properties)]
pub struct TimelineProps {
    /// The story whose events are drawn.
    pub story: Rc<Story>,
    /// The selected event, if any.
    pub selected: Option<EventId>,
    /// Called with an event's id when the reader selects it.
    pub on_select: Callback<EventId>,
    /// What the selection lights up, if anything is selected.
    pub highlight: Option<Rc<Highlight>>,
    /// Called when the reader clicks the axis's empty background.
    pub on_clear: Callback<()>,
}

impl PartialEq for TimelineProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.story, &other.story)
            && self.selected == other.selected
            && self.highlight == other.highlight
    }
}

/// The events in the order the keyboard visits them: dated ones in time
/// order, then undated background; with the dated ones' timeline items.
struct TimelineData {
    order: Vec<EventId>,
    items: Vec<TimelineItem>,
    full: Option<Viewport>,
    /// For lanes per actor: each dated event's band (its first actor) and the bands' names.
    actor_bands: (Vec<usize>, Vec<Option<String>>),
}

impl TimelineData {
    fn new(story: &Story, options: &TimelineOptions) -> Self {
        let dated = story.events_in_time_order();
        let items: Vec<TimelineItem> = dated
            .iter()
            .filter_map(|event| TimelineItem::from_event(event, options))
            .collect();
        let order = dated
            .iter()
            .map(|event| event.id.clone())
            .chain(story.undated_events().map(|event| event.id.clone()))
            .collect();
        let first = items.iter().map(|item| item.start).reduce(f64::min);
        let last = items.iter().map(|item| item.end).reduce(f64::max);
        let full = first
            .zip(last)
            .map(|(first, last)| Viewport::around(first, last));
        let actor_bands = actor_bands(story, &dated);
        Self {
            order,
            items,
            full,
            actor_bands,
        }
    }

    /// The layout of the dated events for `visible` days, in one band or one band per actor.
    fn layout(
        &self,
        visible: (f64, f64),
        width: f64,
        options: &TimelineOptions,
        by_actor: bool,
    ) -> TimelineLayout {
        if by_actor {
            let (band_of, labels) = &self.actor_bands;
            layout_timeline_in_bands(&self.items, band_of, labels, visible, width, options)
        } else {
            layout_timeline(&self.items, visible, width, options)
        }
    }
}

/// One band per actor that leads a dated event, in story order, and a last
/// band for events with no actor; each event goes in its first actor's band.
fn actor_bands(story: &Story, dated: &[&Event]) -> (Vec<usize>, Vec<Option<String>>) {
    let leading: HashSet<&crate::model::ActorId> = dated
        .iter()
        .filter_map(|event| event.actors.first())
        .collect();
    let leads: Vec<&crate::model::ActorId> = story
        .actors
        .iter()
        .map(|actor| &actor.id)
        .filter(|id| leading.contains(id))
        .collect();
    let band_by_lead: HashMap<&crate::model::ActorId, usize> = leads
        .iter()
        .enumerate()
        .map(|(band, &id)| (id, band))
        .collect();
    let band_of = dated
        .iter()
        .filter(|event| event.date.is_some())
        .map(|event| {
            event
                .actors
                .first()
                .and_then(|lead| band_by_lead.get(lead).copied())
                .unwrap_or(leads.len())
        })
        .collect();
    let mut labels: Vec<Option<String>> = leads
        .iter()
        .map(|id| story.actor(id).map(|actor| actor.display_name().to_owned()))
        .collect();
    labels.push(Some("No actor named".to_owned()));
    (band_of, labels)
}

/// Pointers pressed on the axis, for dragging and pinching.
#[derive(Default)]
struct Gesture {
    /// Client x of each pressed pointer, by pointer id.
    pointers: HashMap<i32, f64>,
    /// Whether the pointers moved far enough to be a drag, not a tap.
    moved: bool,
}

/// The story's events over time.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let options = use_memo((), |_| TimelineOptions::default());
    let data = use_memo(props.story.clone(), |story| {
        TimelineData::new(story, &options)
    });
    let container = use_node_ref();
    let width = use_element_width(&container).unwrap_or(DEFAULT_WIDTH_PX);
    let viewport = {
        let data = data.clone();
        use_reducer_eq(move || data.full.unwrap_or_else(|| Viewport::fit((0.0, 1.0))))
    };
    let focus_index = use_state(|| 0_usize);
    // The event a keyboard move is taking focus to, until it is drawn and focused.
    let pending_focus = use_mut_ref(|| None::<usize>);
    let smooth = use_state_eq(|| false);
    let by_actor = use_state_eq(|| false);
    let gesture = use_mut_ref(Gesture::default);
    let axis = use_node_ref();

    let vertical = width < VERTICAL_BELOW_PX;
    let layout = (!vertical).then(|| data.layout(viewport.visible, width, &options, *by_actor));
    let placed: HashMap<&EventId, &PlacedEvent> = layout
        .as_ref()
        .map(|layout| {
            layout
                .events
                .iter()
                .filter_map(|placed| Some((data.order.get(placed.index)?, placed)))
                .collect()
        })
        .unwrap_or_default();
    let is_reachable = |index: usize| {
        vertical
            || index >= data.items.len()
            || data
                .order
                .get(index)
                .is_some_and(|id| placed.contains_key(id))
    };
    let tab_stop = if is_reachable(*focus_index) {
        Some(*focus_index)
    } else {
        (0..data.order.len()).find(|&index| is_reachable(index))
    };

    // Moves keyboard focus to the event at `index`, panning or zooming so it is drawn.
    let move_focus = {
        let (data, options, viewport, focus_index, pending_focus, smooth) = (
            data.clone(),
            options.clone(),
            viewport.clone(),
            focus_index.clone(),
            pending_focus.clone(),
            smooth.clone(),
        );
        let grouped = *by_actor;
        Callback::from(move |index: usize| {
            if let Some(item) = data.items.get(index) {
                let mut view = viewport.reveal(item.start, item.end);
                for _ in 0..24 {
                    let layout = data.layout(view.visible, width, &options, grouped);
                    if vertical
                        || layout.events.iter().any(|placed| placed.index == index)
                        || !view.can_zoom_in()
                    {
                        break;
                    }
                    view = view.zoom(ZOOM_STEP, 0.5).reveal(item.start, item.end);
                }
                smooth.set(true);
                viewport.dispatch(ViewportAction::Show(view));
            }
            *pending_focus.borrow_mut() = Some(index);
            focus_index.set(index);
        })
    };

    // After a keyboard move, focus the element of the focused event once it is drawn.
    {
        let (container, pending_focus, data) =
            (container.clone(), pending_focus.clone(), data.clone());
        use_effect(move || {
            if let Some(id) = pending_focus
                .borrow_mut()
                .take()
                .and_then(|index| data.order.get(index))
            {
                focus_event_element(&container, id);
            }
        });
    }

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
        let (viewport, smooth, data) = (viewport.clone(), smooth.clone(), data.clone());
        Callback::from(move |_| {
            if let Some(full) = data.full {
                smooth.set(true);
                viewport.dispatch(ViewportAction::Show(full));
            }
        })
    };

    let onkeydown = {
        let (data, move_focus, zoom_by, fit, on_select, pending_focus) = (
            data.clone(),
            move_focus.clone(),
            zoom_by.clone(),
            fit.clone(),
            props.on_select.clone(),
            pending_focus.clone(),
        );
        Callback::from(move |event: KeyboardEvent| {
            let last = data.order.len().saturating_sub(1);
            // The event the key was pressed on, wherever focus came from.
            let focused = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .and_then(|target| target.get_attribute("data-event-id"))
                .and_then(|id| data.order.iter().position(|event| event.as_str() == id));
            let on_event = focused.is_some();
            // Keys pressed faster than the page redraws continue from where the last one went.
            let current = pending_focus.borrow().or(focused).unwrap_or(0);
            match event.key().as_str() {
                "ArrowRight" | "ArrowDown" if on_event => move_focus.emit((current + 1).min(last)),
                "ArrowLeft" | "ArrowUp" if on_event => move_focus.emit(current.saturating_sub(1)),
                "Home" if on_event => move_focus.emit(0),
                "End" if on_event => move_focus.emit(last),
                "Enter" | " " if on_event => {
                    if let Some(id) = data.order.get(current) {
                        on_select.emit(id.clone());
                    }
                }
                "+" | "=" if !vertical => zoom_by.emit(ZOOM_STEP),
                "-" | "_" if !vertical => zoom_by.emit(1.0 / ZOOM_STEP),
                "0" if !vertical => fit.emit(()),
                _ => return,
            }
            event.prevent_default();
        })
    };

    let select = {
        let (on_select, focus_index, gesture, data) = (
            props.on_select.clone(),
            focus_index.clone(),
            gesture.clone(),
            data.clone(),
        );
        Callback::from(move |index: usize| {
            if gesture.borrow().moved {
                return;
            }
            focus_index.set(index);
            if let Some(id) = data.order.get(index) {
                on_select.emit(id.clone());
            }
        })
    };

    let marking = Marking {
        selected: props.selected.as_ref(),
        highlight: props.highlight.as_deref(),
    };
    let body = match &layout {
        None => view_vertical(&props.story, &data.order, &marking, tab_stop, &select),
        Some(layout) => {
            let handlers = axis_handlers(
                props.on_clear.clone(),
                &axis,
                &viewport,
                &smooth,
                &gesture,
                layout,
            );
            let zoom_cluster = {
                let (viewport, smooth) = (viewport.clone(), smooth.clone());
                Callback::from(move |(start, end): (f64, f64)| {
                    smooth.set(true);
                    let closer = viewport
                        .reveal(start, end)
                        .zoom(viewport.span() / ((end - start) * 1.6).max(1.0), 0.5);
                    viewport.dispatch(ViewportAction::Show(closer.reveal(start, end)));
                })
            };
            html! {
                <>
                    { view_controls(&viewport, &zoom_by, &fit, &by_actor) }
                    { view_axis(&props.story, &data, &options, layout, &marking, tab_stop, *smooth, &select, &zoom_cluster, &axis, handlers) }
                    { view_undated(&props.story, &data.order, data.items.len(), &marking, tab_stop, &select) }
                </>
            }
        }
    };

    html! {
        <section class={classes!("dl-timeline", vertical.then_some("dl-timeline--vertical"))} aria-label="Timeline" ref={container} {onkeydown}>
            { view_legend() }
            { body }
        </section>
    }
}

/// Which events are selected and which are faded by the reader's selection.
struct Marking<'a> {
    selected: Option<&'a EventId>,
    highlight: Option<&'a Highlight>,
}

/// How one event is marked.
#[derive(Clone, Copy)]
struct Mark {
    selected: bool,
    faded: bool,
}

impl Marking<'_> {
    fn of(&self, id: &EventId) -> Mark {
        Mark {
            selected: self.selected == Some(id),
            faded: self
                .highlight
                .is_some_and(|highlight| !highlight.events.contains(id)),
        }
    }
}

/// Focuses the element for event `id` inside `container`, if it is drawn.
fn focus_event_element(container: &NodeRef, id: &EventId) {
    let root = container.cast::<web_sys::Element>();
    if let Some(element) = root.and_then(|root| element_of(&root, &Selection::Event(id.clone()))) {
        focus(&element);
    }
}

/// The event's name for assistive technology: title, date in words and kind.
fn accessible_name(event: &Event) -> String {
    format!(
        "{}, {}, {}",
        event.title,
        event.date_in_words(),
        event.kind.label()
    )
}

fn kind_class(kind: EventKind) -> String {
    format!("dl-mark--{}", kind.label())
}

fn view_legend() -> Html {
    html! {
        <ul class="dl-legend" aria-label="Legend">
            <li class="dl-legend__item"><span class="dl-legend__swatch dl-mark--reported" aria-hidden="true"></span>{ "Reported" }</li>
            <li class="dl-legend__item"><span class="dl-legend__swatch dl-mark--context" aria-hidden="true"></span>{ "Context" }</li>
            <li class="dl-legend__item"><span class="dl-legend__swatch dl-mark--publication" aria-hidden="true"></span>{ "Publication" }</li>
            <li class="dl-legend__item"><span class="dl-legend__swatch dl-legend__swatch--span" aria-hidden="true"></span>{ "Month, year or period" }</li>
            <li class="dl-legend__item"><span class="dl-legend__swatch dl-mark--fuzzy" aria-hidden="true"></span>{ "Approximate or uncertain" }</li>
        </ul>
    }
}

fn view_controls(
    viewport: &Viewport,
    zoom_by: &Callback<f64>,
    fit: &Callback<()>,
    by_actor: &UseStateHandle<bool>,
) -> Html {
    let group = {
        let by_actor = by_actor.clone();
        Callback::from(move |_: MouseEvent| by_actor.set(!*by_actor))
    };
    let zoom_in = zoom_by.reform(|_: MouseEvent| ZOOM_STEP);
    let zoom_out = zoom_by.reform(|_: MouseEvent| 1.0 / ZOOM_STEP);
    let fit = fit.reform(|_: MouseEvent| ());
    html! {
        <div class="dl-timeline__controls">
            <button type="button" class="dl-button" onclick={zoom_in} disabled={!viewport.can_zoom_in()} aria-label="Zoom in on the timeline" title="Zoom in (+)">{ "+" }</button>
            <button type="button" class="dl-button" onclick={zoom_out} disabled={viewport.is_fit()} aria-label="Zoom out of the timeline" title="Zoom out (−)">{ "−" }</button>
            <button type="button" class="dl-button" onclick={fit} disabled={viewport.is_fit()} aria-label="Fit the whole timeline" title="Show all events (0)">{ "Fit" }</button>
            <button type="button" class="dl-button" onclick={group} aria-pressed={by_actor.to_string()} title="One lane for each actor">{ "Lanes by actor" }</button>
            <span class="dl-timeline__hint">{ "Drag to pan · Ctrl + scroll or pinch to zoom" }</span>
        </div>
    }
}

/// Pointer and wheel handlers of the axis: drag to pan, pinch or Ctrl + wheel to zoom.
struct AxisHandlers {
    onclick: Callback<MouseEvent>,
    onpointerdown: Callback<PointerEvent>,
    onpointermove: Callback<PointerEvent>,
    onpointerup: Callback<PointerEvent>,
    onwheel: Callback<WheelEvent>,
}

fn axis_handlers(
    on_background_click: Callback<()>,
    axis: &NodeRef,
    viewport: &UseReducerHandle<Viewport>,
    smooth: &UseStateHandle<bool>,
    gesture: &Rc<RefCell<Gesture>>,
    layout: &TimelineLayout,
) -> AxisHandlers {
    let px_per_day = layout.scale.px_per_day();
    let width = layout.width;
    let left_edge = {
        let axis = axis.clone();
        move || {
            axis.cast::<web_sys::Element>()
                .map_or(0.0, |element| element.get_bounding_client_rect().left())
        }
    };
    let onpointerdown = {
        let gesture = gesture.clone();
        Callback::from(move |event: PointerEvent| {
            let mut gesture = gesture.borrow_mut();
            if gesture.pointers.is_empty() {
                gesture.moved = false;
            }
            gesture
                .pointers
                .insert(event.pointer_id(), f64::from(event.client_x()));
        })
    };
    let onpointermove = {
        let (gesture, viewport, smooth, axis, left_edge) = (
            gesture.clone(),
            viewport.clone(),
            smooth.clone(),
            axis.clone(),
            left_edge.clone(),
        );
        Callback::from(move |event: PointerEvent| {
            let mut gesture = gesture.borrow_mut();
            let id = event.pointer_id();
            let Some(&previous) = gesture.pointers.get(&id) else {
                return;
            };
            let x = f64::from(event.client_x());
            let others: Vec<f64> = gesture
                .pointers
                .iter()
                .filter(|(&other, _)| other != id)
                .map(|(_, &x)| x)
                .collect();
            match others.as_slice() {
                [] if gesture.moved || (x - previous).abs() > 4.0 => {
                    gesture.moved = true;
                    gesture.pointers.insert(id, x);
                    if let Some(axis) = axis.cast::<web_sys::Element>() {
                        let _ = axis.set_pointer_capture(id);
                    }
                    smooth.set(false);
                    viewport.dispatch(ViewportAction::Pan((previous - x) / px_per_day));
                }
                [other] => {
                    let (before, after) = ((previous - other).abs(), (x - other).abs());
                    if before > 10.0 && after > 10.0 {
                        gesture.moved = true;
                        gesture.pointers.insert(id, x);
                        let anchor = ((x + other) / 2.0 - left_edge()) / width;
                        smooth.set(false);
                        viewport.dispatch(ViewportAction::Zoom {
                            factor: after / before,
                            anchor,
                        });
                    }
                }
                _ => {}
            }
        })
    };
    let onpointerup = {
        let gesture = gesture.clone();
        Callback::from(move |event: PointerEvent| {
            gesture.borrow_mut().pointers.remove(&event.pointer_id());
        })
    };
    let onwheel = {
        let (viewport, smooth) = (viewport.clone(), smooth.clone());
        Callback::from(move |event: WheelEvent| {
            let (dx, dy) = (event.delta_x(), event.delta_y());
            if event.ctrl_key() || event.meta_key() {
                event.prevent_default();
                let anchor = (f64::from(event.client_x()) - left_edge()) / width;
                smooth.set(false);
                viewport.dispatch(ViewportAction::Zoom {
                    factor: (-dy * 0.004).exp(),
                    anchor,
                });
            } else if dx.abs() > dy.abs() {
                event.prevent_default();
                smooth.set(false);
                viewport.dispatch(ViewportAction::Pan(dx / px_per_day));
            }
        })
    };
    let onclick = {
        let gesture = gesture.clone();
        Callback::from(move |event: MouseEvent| {
            let on_item = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|target| {
                    target
                        .closest("[data-event-id], .dl-timeline__cluster")
                        .ok()
                        .flatten()
                        .is_some()
                });
            if !on_item && !gesture.borrow().moved {
                on_background_click.emit(());
            }
        })
    };
    AxisHandlers {
        onclick,
        onpointerdown,
        onpointermove,
        onpointerup,
        onwheel,
    }
}

#[allow(clippy::too_many_arguments)]
fn view_axis(
    story: &Story,
    data: &TimelineData,
    options: &TimelineOptions,
    layout: &TimelineLayout,
    marking: &Marking,
    tab_stop: Option<usize>,
    smooth: bool,
    select: &Callback<usize>,
    zoom_cluster: &Callback<(f64, f64)>,
    axis: &NodeRef,
    handlers: AxisHandlers,
) -> Html {
    let AxisHandlers {
        onclick,
        onpointerdown,
        onpointermove,
        onpointerup,
        onwheel,
    } = handlers;
    let onpointercancel = onpointerup.clone();
    let (width, height) = (layout.width, layout.height);
    let ticks = layout.ticks.iter().map(|tick| {
        html! {
            <g class="dl-axis__tick">
                <line x1={px(tick.x)} x2={px(tick.x)} y1={px(layout.axis_y)} y2={px(height)} />
                if let Some(label) = tick.label.clone() {
                    <text x={px(tick.label_x)} y={px(layout.axis_y - 8.0)}>{ label }</text>
                }
            </g>
        }
    });
    // Positions come from the layout: looked up, not indexed, so a mark the
    // data does not know is left out rather than panicking the widget.
    let events = layout.events.iter().filter_map(|placed| {
        let id = data.order.get(placed.index)?;
        let event = story.event(id)?;
        let item = data.items.get(placed.index)?;
        Some(view_mark(
            event,
            item,
            placed,
            options,
            marking.of(id),
            tab_stop == Some(placed.index),
            select,
        ))
    });
    let clusters = layout
        .clusters
        .iter()
        .map(|cluster| view_cluster(cluster, zoom_cluster));
    let bands = layout.bands.iter().filter_map(|band| {
        let label = band.label.clone()?;
        html! {
            <g class="dl-timeline__band" aria-hidden="true">
                <line x1="0" x2={px(width)} y1={px(band.top)} y2={px(band.top)} />
                <text x="4" y={px(band.top + 12.0)}>{ label }</text>
            </g>
        }
        .into()
    });
    html! {
        <div class="dl-timeline__axis" ref={axis.clone()} {onclick} {onpointerdown} {onpointermove} {onpointerup} {onpointercancel} {onwheel}>
            <svg class={classes!("dl-timeline__svg", smooth.then_some("dl-timeline__svg--smooth"))} width={px(width)} height={px(height)}
                viewBox={format!("0 0 {} {}", px(width), px(height))} role="group" aria-label="Events on a time axis"
                data-visible-from={px(layout.scale.domain.0)} data-visible-to={px(layout.scale.domain.1)}>
                <g class="dl-axis" aria-hidden="true">
                    <line class="dl-axis__line" x1="0" x2={px(width)} y1={px(layout.axis_y)} y2={px(layout.axis_y)} />
                    { for ticks }
                </g>
                { for events }
                { for bands }
                { for clusters }
            </svg>
        </div>
    }
}

fn view_mark(
    event: &Event,
    item: &TimelineItem,
    placed: &PlacedEvent,
    options: &TimelineOptions,
    mark: Mark,
    tab_stop: bool,
    select: &Callback<usize>,
) -> Html {
    let index = placed.index;
    let onclick = select.reform(move |_: MouseEvent| index);
    let fuzzy = event
        .date
        .is_some_and(|date| date.is_approximate() || date.is_uncertain())
        || event
            .end
            .is_some_and(|end| end.is_approximate() || end.is_uncertain());
    let class = classes!(
        "dl-timeline__event",
        kind_class(event.kind),
        fuzzy.then_some("dl-mark--fuzzy"),
        mark.selected.then_some("dl-timeline__event--selected"),
        mark.faded.then_some("dl-faded")
    );
    let shape = if item.point {
        match event.kind {
            EventKind::Publication => {
                html! { <rect class="dl-mark" x="-5.5" y="-5.5" width="11" height="11" transform="rotate(45)" /> }
            }
            _ => html! { <circle class="dl-mark" r="6" /> },
        }
    } else {
        html! { <rect class="dl-mark dl-mark--span" x="0" y="-7" width={px(placed.width)} height="14" rx="3" /> }
    };
    let label_dx = placed.label_x - placed.x;
    html! {
        <g key={event.id.to_string()} {class} transform={format!("translate({} {})", px(placed.x), px(placed.y))}
            data-event-id={event.id.to_string()} role="button" tabindex={if tab_stop { "0" } else { "-1" }}
            aria-pressed={mark.selected.to_string()} aria-label={accessible_name(event)} {onclick}>
            { shape }
            { view_label(item, label_dx, options) }
        </g>
    }
}

/// The event's title beside its mark, clipped (by a nested `svg`, which
/// needs no id) to the width the layout gave it, with "…" when cut.
fn view_label(item: &TimelineItem, x: f64, options: &TimelineOptions) -> Html {
    let width = item.label_width(options);
    let clipped = item.is_clipped();
    let text_width = if clipped {
        width - options.char_width
    } else {
        width + options.char_width
    };
    html! {
        <>
            <svg class="dl-timeline__label-box" x={px(x)} y="-11" width={px(text_width)} height="22">
                <text class="dl-timeline__label" y="15.5">{ item.label.clone() }</text>
            </svg>
            if clipped {
                <text class="dl-timeline__label" x={px(x + text_width)} y="4.5" aria-hidden="true">{ "…" }</text>
            }
        </>
    }
}

fn view_cluster(cluster: &EventCluster, zoom_cluster: &Callback<(f64, f64)>) -> Html {
    let y = cluster.y;
    let span = (cluster.start, cluster.end);
    let onclick = zoom_cluster.reform(move |_: MouseEvent| span);
    let count = cluster.items.len();
    html! {
        <g class="dl-timeline__cluster" transform={format!("translate({} {})", px(cluster.x), px(y))} {onclick}
            aria-hidden="true">
            <rect x="-16" y="-9" width="32" height="18" rx="9" />
            <text y="4" text-anchor="middle">{ format!("+{count}") }</text>
        </g>
    }
}

fn view_undated(
    story: &Story,
    order: &[EventId],
    first_undated: usize,
    marking: &Marking,
    tab_stop: Option<usize>,
    select: &Callback<usize>,
) -> Html {
    if order.len() == first_undated {
        return Html::default();
    }
    html! {
        <div class="dl-timeline__undated">
            <h3 class="dl-timeline__subheading">{ "Background, undated" }</h3>
            <ul class="dl-timeline__chips">
                { for order.iter().enumerate().skip(first_undated).map(|(index, id)| {
                    let event = story.event(id).expect("the timeline only lists the story's events");
                    view_event_button(event, index, marking.of(id), tab_stop == Some(index), select, "dl-timeline__chip")
                }) }
            </ul>
        </div>
    }
}

/// One event as a button in a list (the vertical timeline and the undated chips).
fn view_event_button(
    event: &Event,
    index: usize,
    mark: Mark,
    tab_stop: bool,
    select: &Callback<usize>,
    class: &'static str,
) -> Html {
    let onclick = select.reform(move |_: MouseEvent| index);
    html! {
        <li key={event.id.to_string()} class={classes!("dl-timeline__entry", mark.selected.then_some("dl-timeline__entry--selected"), mark.faded.then_some("dl-faded"))}>
            <button type="button" class={classes!(class, kind_class(event.kind))} data-event-id={event.id.to_string()}
                tabindex={if tab_stop { "0" } else { "-1" }} aria-pressed={mark.selected.to_string()} {onclick}>
                <span class="dl-mark dl-timeline__dot" aria-hidden="true"></span>
                if let Some(date) = event.date {
                    <time class="dl-timeline__date" datetime={date.to_string()}>{ event.date_in_words() }</time>
                }
                <span class="dl-timeline__title">{ event.title.clone() }</span>
                <span class="dl-visually-hidden">{ format!(", {}", event.kind.label()) }</span>
            </button>
        </li>
    }
}

fn view_vertical(
    story: &Story,
    order: &[EventId],
    marking: &Marking,
    tab_stop: Option<usize>,
    select: &Callback<usize>,
) -> Html {
    let dated = order
        .iter()
        .take_while(|id| story.event(id).is_some_and(|event| event.date.is_some()))
        .count();
    html! {
        <>
            <ol class="dl-timeline__list">
                { for order.iter().take(dated).enumerate().map(|(index, id)| {
                    let event = story.event(id).expect("the timeline only lists the story's events");
                    view_event_button(event, index, marking.of(id), tab_stop == Some(index), select, "dl-timeline__row")
                }) }
            </ol>
            { view_undated(story, order, dated, marking, tab_stop, select) }
        </>
    }
}
