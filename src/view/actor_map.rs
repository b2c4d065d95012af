//! The actor map: the story's actors as nodes and their relations as edges,
//! as of a chosen date. One tab stop; arrow keys move to the nearest actor
//! in that direction; nodes can be dragged; the map zooms and pans.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{px, ratio};

use crate::hooks::use_element_width;
use crate::layout::{
    nearest_in_direction, ActorMap as MapModel, Direction, MapOptions, MapView, PlacedActor,
    PlacedRelation,
};
use crate::model::{Actor, ActorKind, Relation, Stance, Story, StoryDate};
use crate::state::{Highlight, Selection};

/// Width, in CSS px, the layout is prepared for before its container is
/// measured, and laid out at when rendering on a server.
const FIRST_WIDTH_PX: f64 = 720.0;

/// Width laid out when rendering on a server, where nothing can be measured.
/// In the browser the map waits one frame for its container's real width,
/// so the force layout starts at the right size.
const SERVER_WIDTH_PX: Option<f64> = if cfg!(target_arch = "wasm32") {
    None
} else {
    Some(FIRST_WIDTH_PX)
};

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

/// Properties of [`ActorMap`].
#[derive(Properties)]
pub struct ActorMapProps {
    /// The story whose actors are drawn.
    pub story: Rc<Story>,
    /// The reader's selection, if any.
    pub selection: Option<Selection>,
    /// What the selection lights up, if anything is selected.
    pub highlight: Option<Rc<Highlight>>,
    /// The day the map shows relations as of (days since 1970-01-01).
    pub day: i64,
    /// Called when the reader selects an actor or a relation.
    pub on_select: Callback<Selection>,
    /// Called when the reader clicks the map's empty background.
    pub on_clear: Callback<()>,
    /// Called when the reader moves the date control.
    pub on_set_day: Callback<i64>,
}

impl PartialEq for ActorMapProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.story, &other.story)
            && self.selection == other.selection
            && self.highlight == other.highlight
            && self.day == other.day
    }
}

/// A node being dragged: which actor, and whether it has moved yet.
#[derive(Default)]
struct Drag {
    /// The actor pressed on, or `None` for the background.
    actor: Option<usize>,
    /// Where the pointer was last seen while pressed, in the map's box.
    last: Option<(f64, f64)>,
    /// Whether the pointer has moved far enough to be a drag, not a click.
    moved: bool,
}

/// The story's actors and how they relate, as of a date.
#[component]
pub fn ActorMap(props: &ActorMapProps) -> Html {
    let container = use_node_ref();
    let width = use_element_width(&container)
        .or(SERVER_WIDTH_PX)
        .map(|width| width.max(280.0) as i64);
    // One layout per story, kept across resizes; it runs a slice per animation frame.
    let model = use_memo(props.story.clone(), |story| {
        Rc::new(RefCell::new(MapModel::unsettled(
            story,
            MapOptions::for_width(FIRST_WIDTH_PX),
        )))
    });
    let model: Rc<RefCell<MapModel>> = (*model).clone();
    if let Some(width) = width {
        model
            .borrow_mut()
            .resize(MapOptions::for_width(width as f64));
        if cfg!(not(target_arch = "wasm32")) {
            // A server runs nothing after rendering: lay the map out at once.
            model.borrow_mut().settle();
        }
    }
    let redraw = use_force_update();
    let frame: LayoutFrame = use_mut_ref(|| None);
    {
        let frame = frame.clone();
        use_effect_with(props.story.clone(), move |_| move || stop_layout(&frame));
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
    let view = use_state_eq(MapView::default);
    let focus_index = use_state_eq(|| 0_usize);
    let wants_focus = use_mut_ref(|| false);
    let drag = use_mut_ref(Drag::default);
    let svg = use_node_ref();

    {
        let (svg, wants_focus, focus_index) = (svg.clone(), wants_focus.clone(), *focus_index);
        use_effect(move || {
            if std::mem::take(&mut *wants_focus.borrow_mut()) {
                focus_node(&svg, focus_index);
            }
        });
    }

    let story = &props.story;
    if width.is_none() {
        return html! { <section class="dl-map" aria-label="Actor map" ref={container}><div class="dl-map__canvas dl-map__canvas--measuring"></div></section> };
    }
    // Until the first layout settles, the map is drawn once at its starting
    // places but kept hidden, and drawn again, shown, when it has settled.
    let arranging = !model.borrow().has_settled();
    let layout = model.borrow().layout();
    let left_out = model.borrow().actors_left_out();
    let size = (layout.width, layout.height);
    let holds = |index: usize| {
        story
            .relations
            .get(index)
            .is_some_and(|relation| story.relation_holds_on(relation, props.day))
    };
    // The tab stop: the actor last focused if it is drawn, else the first drawn.
    let tab_stop = if layout
        .actors
        .iter()
        .any(|placed| placed.index == *focus_index)
    {
        *focus_index
    } else {
        layout.actors.first().map_or(0, |placed| placed.index)
    };
    let lit = Lit {
        highlight: props.highlight.as_deref(),
        selection: props.selection.as_ref(),
    };

    let onkeydown = {
        let (focus_index, wants_focus, on_select, story, view) = (
            focus_index.clone(),
            wants_focus.clone(),
            props.on_select.clone(),
            story.clone(),
            view.clone(),
        );
        let actors = layout.actors.clone();
        Callback::from(move |event: KeyboardEvent| {
            // The actor the key was pressed on, wherever focus came from.
            let focused: Option<usize> = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .and_then(|target| target.get_attribute("data-actor-index"))
                .and_then(|index| index.parse().ok());
            let on_node = focused.is_some();
            let current = focused.unwrap_or(tab_stop);
            let direction = match event.key().as_str() {
                "ArrowUp" => Some(Direction::Up),
                "ArrowDown" => Some(Direction::Down),
                "ArrowLeft" => Some(Direction::Left),
                "ArrowRight" => Some(Direction::Right),
                _ => None,
            };
            match (event.key().as_str(), direction) {
                (_, Some(direction)) if on_node => {
                    if let Some(next) = nearest_in_direction(&actors, current, direction) {
                        *wants_focus.borrow_mut() = true;
                        focus_index.set(next);
                    }
                }
                ("Home", _) if on_node => {
                    if let Some(first) = actors.first() {
                        *wants_focus.borrow_mut() = true;
                        focus_index.set(first.index);
                    }
                }
                ("End", _) if on_node => {
                    if let Some(last) = actors.last() {
                        *wants_focus.borrow_mut() = true;
                        focus_index.set(last.index);
                    }
                }
                ("Enter" | " ", _) if on_node => {
                    if let Some(actor) = story.actors.get(current) {
                        focus_index.set(current);
                        on_select.emit(Selection::Actor(actor.id.clone()));
                    }
                }
                ("+" | "=", _) => view.set(view.zoom(1.5, size.0 / 2.0, size.1 / 2.0, size)),
                ("-" | "_", _) => view.set(view.zoom(1.0 / 1.5, size.0 / 2.0, size.1 / 2.0, size)),
                ("0", _) => view.set(MapView::default()),
                _ => return,
            }
            event.prevent_default();
        })
    };

    let handlers = pointer_handlers(
        props.on_clear.clone(),
        &svg,
        &model,
        &redraw,
        &view,
        &drag,
        size,
    );
    let select_actor = {
        let (on_select, story, focus_index, drag) = (
            props.on_select.clone(),
            story.clone(),
            focus_index.clone(),
            drag.clone(),
        );
        Callback::from(move |index: usize| {
            if drag.borrow().moved {
                return;
            }
            if let Some(actor) = story.actors.get(index) {
                focus_index.set(index);
                on_select.emit(Selection::Actor(actor.id.clone()));
            }
        })
    };
    let select_relation = {
        let (on_select, story, drag) = (props.on_select.clone(), story.clone(), drag.clone());
        Callback::from(move |index: usize| {
            if drag.borrow().moved {
                return;
            }
            if let Some(relation) = story.relations.get(index) {
                on_select.emit(Selection::Relation(relation.id.clone()));
            }
        })
    };

    let date_words = StoryDate::from_day_number(props.day).in_words();
    html! {
        <section class="dl-map" aria-label="Actor map" aria-busy={arranging.then_some("true")} ref={container}>
            { view_map_legend() }
            { view_date_control(story, props.day, &date_words, &props.on_set_day) }
            { view_zoom_controls(&view, size) }
            <div class="dl-map__canvas" {onkeydown}>
                <svg ref={svg} class={classes!("dl-map__svg", lit.highlight.is_some().then_some("dl-map__svg--highlighting"), arranging.then_some("dl-map__svg--arranging"))}
                    width={px(layout.width)} height={px(layout.height)} viewBox={format!("0 0 {} {}", px(layout.width), px(layout.height))}
                    role="group" aria-label={format!("Actors and their relations as of {date_words}")}
                    onpointerdown={handlers.down} onpointermove={handlers.moved} onpointerup={handlers.up.clone()} onpointercancel={handlers.up} onwheel={handlers.wheel}>
                    <rect class="dl-map__background" width={px(layout.width)} height={px(layout.height)} />
                    <g transform={format!("translate({} {}) scale({})", px(view.x), px(view.y), ratio(view.k))}>
                        <g class="dl-map__edges">
                            { for layout.relations.iter().filter(|placed| holds(placed.index)).filter_map(|placed| {
                                let relation = story.relations.get(placed.index)?;
                                Some(view_relation(story, relation, placed, &lit, &select_relation))
                            }) }
                        </g>
                        <g class="dl-map__nodes">
                            { for layout.actors.iter().filter_map(|placed| {
                                let actor = story.actors.get(placed.index)?;
                                Some(view_actor(actor, placed, &lit, tab_stop == placed.index, &select_actor))
                            }) }
                        </g>
                    </g>
                </svg>
            </div>
            if left_out > 0 {
                <p class="dl-map__more">{ format!("{left_out} more actors, listed in the text view") }</p>
            }
        </section>
    }
}

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

/// What is lit and what is selected, for drawing nodes and edges.
struct Lit<'a> {
    highlight: Option<&'a Highlight>,
    selection: Option<&'a Selection>,
}

/// Pointer and wheel handlers: drag a node to move it, drag the background to
/// pan, pinch or Ctrl + wheel to zoom.
struct PointerHandlers {
    down: Callback<PointerEvent>,
    moved: Callback<PointerEvent>,
    up: Callback<PointerEvent>,
    wheel: Callback<WheelEvent>,
}

fn pointer_handlers(
    on_background_click: Callback<()>,
    svg: &NodeRef,
    model: &Rc<RefCell<MapModel>>,
    redraw: &UseForceUpdateHandle,
    view: &UseStateHandle<MapView>,
    drag: &Rc<RefCell<Drag>>,
    size: (f64, f64),
) -> PointerHandlers {
    let local = {
        let svg = svg.clone();
        move |x: i32, y: i32| {
            let rect = svg
                .cast::<web_sys::Element>()
                .map(|element| element.get_bounding_client_rect());
            rect.map_or((0.0, 0.0), |rect| {
                (f64::from(x) - rect.left(), f64::from(y) - rect.top())
            })
        }
    };
    let down = {
        let (drag, local) = (drag.clone(), local.clone());
        Callback::from(move |event: PointerEvent| {
            let actor = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .and_then(|target| target.closest("[data-actor-index]").ok().flatten())
                .and_then(|node| node.get_attribute("data-actor-index")?.parse().ok());
            *drag.borrow_mut() = Drag {
                actor,
                last: Some(local(event.client_x(), event.client_y())),
                moved: false,
            };
        })
    };
    let moved = {
        let (drag, model, redraw, view, svg, local) = (
            drag.clone(),
            model.clone(),
            redraw.clone(),
            view.clone(),
            svg.clone(),
            local.clone(),
        );
        Callback::from(move |event: PointerEvent| {
            let mut drag = drag.borrow_mut();
            let Some((lx, ly)) = drag.last else { return };
            let (x, y) = local(event.client_x(), event.client_y());
            if !drag.moved {
                if (x - lx).abs() + (y - ly).abs() <= 4.0 {
                    return;
                }
                // Only a real drag captures the pointer, so a click still reaches its node.
                drag.moved = true;
                if let Some(svg) = svg.cast::<web_sys::Element>() {
                    let _ = svg.set_pointer_capture(event.pointer_id());
                }
            }
            match drag.actor {
                Some(actor) => {
                    let (mx, my) = view.invert(x, y);
                    model.borrow_mut().drag(actor, mx, my);
                    redraw.force_update();
                }
                None => view.set(view.pan(x - lx, y - ly, size)),
            }
            drag.last = Some((x, y));
        })
    };
    let up = {
        let (drag, model, redraw) = (drag.clone(), model.clone(), redraw.clone());
        Callback::from(move |_: PointerEvent| {
            let mut drag = drag.borrow_mut();
            match (drag.actor, drag.moved) {
                (Some(actor), true) => {
                    // The rest settles over the next frames, the actor held where it was dropped.
                    model.borrow_mut().let_go(actor);
                    redraw.force_update();
                }
                (None, false) if drag.last.is_some() => on_background_click.emit(()),
                _ => {}
            }
            drag.last = None;
        })
    };
    let wheel = {
        let view = view.clone();
        Callback::from(move |event: WheelEvent| {
            if event.ctrl_key() || event.meta_key() {
                event.prevent_default();
                let (x, y) = local(event.client_x(), event.client_y());
                view.set(view.zoom((-event.delta_y() * 0.004).exp(), x, y, size));
            }
        })
    };
    PointerHandlers {
        down,
        moved,
        up,
        wheel,
    }
}

/// Focuses the node of actor `index`, if it is drawn.
fn focus_node(svg: &NodeRef, index: usize) {
    let node = svg
        .cast::<web_sys::Element>()
        .and_then(|svg| {
            svg.query_selector(&format!("[data-actor-index=\"{index}\"]"))
                .ok()
                .flatten()
        })
        .and_then(|node| node.dyn_into::<web_sys::SvgElement>().ok());
    if let Some(node) = node {
        let _ = node.focus();
    }
}

fn kind_class(kind: ActorKind) -> String {
    format!("dl-actor--{}", kind.label())
}

fn stance_class(stance: Stance) -> &'static str {
    match stance {
        Stance::Cooperative => "dl-relation--cooperative",
        Stance::Hostile => "dl-relation--hostile",
        Stance::Neutral => "dl-relation--neutral",
    }
}

fn stance_label(stance: Stance) -> &'static str {
    match stance {
        Stance::Cooperative => "cooperative",
        Stance::Hostile => "hostile",
        Stance::Neutral => "neutral",
    }
}

/// A relation as a sentence: "United States condemns Russia: condemns the
/// acceptance of Taliban diplomats (hostile)", or "Russia and China: …" when mutual.
pub fn relation_sentence(story: &Story, relation: &Relation) -> String {
    let name = |id| {
        story
            .actor(id)
            .map_or_else(|| "?".to_owned(), |actor: &Actor| actor.name.clone())
    };
    let (from, to) = (name(&relation.from), name(&relation.to));
    let verb = relation.kind.replace('_', " ");
    let head = if relation.mutual {
        format!("{from} and {to}")
    } else {
        format!("{from} {verb} {to}")
    };
    format!(
        "{head}: {} ({})",
        relation.label,
        stance_label(relation.stance)
    )
}

/// The shape for an actor kind, centred on the origin, at `radius`.
fn view_shape(kind: ActorKind, radius: f64) -> Html {
    let r = radius;
    match kind {
        ActorKind::State => html! { <circle class="dl-actor__shape" r={px(r)} /> },
        ActorKind::Organisation => {
            html! { <rect class="dl-actor__shape" x={px(-r * 0.9)} y={px(-r * 0.9)} width={px(r * 1.8)} height={px(r * 1.8)} rx="3" /> }
        }
        ActorKind::Group => {
            let points = (0..6).map(|i| {
                let angle = std::f64::consts::PI / 3.0 * f64::from(i) + std::f64::consts::PI / 6.0;
                format!("{},{}", px(r * angle.cos()), px(r * angle.sin()))
            });
            html! { <polygon class="dl-actor__shape" points={points.collect::<Vec<_>>().join(" ")} /> }
        }
        ActorKind::Place => {
            html! { <polygon class="dl-actor__shape" points={format!("0,{} {},{} {},{}", px(-r), px(r * 0.95), px(r * 0.7), px(-r * 0.95), px(r * 0.7))} /> }
        }
        ActorKind::Person => html! {
            <>
                <circle class="dl-actor__shape" r={px(r)} />
                <circle class="dl-actor__icon" cy={px(-r * 0.25)} r={px(r * 0.3)} />
                <path class="dl-actor__icon" d={format!("M {} {} a {} {} 0 0 1 {} 0", px(-r * 0.55), px(r * 0.55), px(r * 0.55), px(r * 0.45), px(r * 1.1))} />
            </>
        },
    }
}

fn view_actor(
    actor: &Actor,
    placed: &PlacedActor,
    lit: &Lit,
    tab_stop: bool,
    select: &Callback<usize>,
) -> Html {
    let index = placed.index;
    let onclick = select.reform(move |_: MouseEvent| index);
    let selected = lit.selection == Some(&Selection::Actor(actor.id.clone()));
    let lit = lit
        .highlight
        .is_some_and(|highlight| highlight.actors.contains(&actor.id));
    let class = classes!(
        "dl-actor",
        kind_class(actor.kind),
        lit.then_some("dl-actor--lit"),
        selected.then_some("dl-actor--selected"),
        placed.label.is_none().then_some("dl-actor--unlabelled")
    );
    let name = actor.display_name().to_owned();
    let (label_x, label_y) = match &placed.label {
        Some(label) => (
            label.x + label.width / 2.0 - placed.x,
            label.y + label.height - 4.0 - placed.y,
        ),
        None => (0.0, placed.radius + 14.0),
    };
    let shown = if actor.name.contains(&name) {
        actor.name.clone()
    } else {
        format!("{name} ({})", actor.name)
    };
    let accessible = match &actor.role {
        Some(role) => format!("{shown}, {}, {role}", actor.kind.label()),
        None => format!("{shown}, {}", actor.kind.label()),
    };
    html! {
        <g key={actor.id.to_string()} {class} transform={format!("translate({} {})", px(placed.x), px(placed.y))}
            data-actor-id={actor.id.to_string()} data-actor-index={index.to_string()} role="button"
            tabindex={if tab_stop { "0" } else { "-1" }} aria-pressed={selected.to_string()} aria-label={accessible} {onclick}>
            { view_shape(actor.kind, placed.radius) }
            <text class="dl-actor__label" x={px(label_x)} y={px(label_y)} text-anchor="middle" aria-hidden="true">{ name }</text>
        </g>
    }
}

fn view_relation(
    story: &Story,
    relation: &Relation,
    placed: &PlacedRelation,
    lit: &Lit,
    select: &Callback<usize>,
) -> Html {
    let index = placed.index;
    let onclick = select.reform(move |_: MouseEvent| index);
    let class = classes!(
        "dl-relation",
        stance_class(relation.stance),
        lit.highlight
            .is_some_and(|highlight| highlight.relations.contains(&relation.id))
            .then_some("dl-relation--lit"),
        (lit.selection == Some(&Selection::Relation(relation.id.clone())))
            .then_some("dl-relation--selected")
    );
    let path = format!(
        "M {} {} Q {} {} {} {}",
        px(placed.start.0),
        px(placed.start.1),
        px(placed.control.0),
        px(placed.control.1),
        px(placed.end.0),
        px(placed.end.1)
    );
    html! {
        <g key={relation.id.to_string()} {class} data-relation-id={relation.id.to_string()} role="img" aria-label={relation_sentence(story, relation)} {onclick}>
            <path class="dl-relation__hit" d={path.clone()} />
            <path class="dl-relation__line" d={path} />
            if let Some(arrow) = placed.arrow {
                <polygon class="dl-relation__arrow" points={arrow.iter().map(|(x, y)| format!("{},{}", px(*x), px(*y))).collect::<Vec<_>>().join(" ")} />
            }
            <text class="dl-relation__label" x={px(placed.middle.0)} y={px(placed.middle.1 - 6.0)} text-anchor="middle" aria-hidden="true">{ relation.label.clone() }</text>
        </g>
    }
}

fn view_map_legend() -> Html {
    let item = |class: &'static str, label: &'static str, shape: Html| {
        html! {
            <li class="dl-legend__item">
                <svg class={classes!("dl-legend__icon", class)} width="22" height="16" viewBox="-11 -8 22 16" aria-hidden="true">{ shape }</svg>
                { label }
            </li>
        }
    };
    let line = |class: &'static str, label: &'static str| {
        item(
            class,
            label,
            html! { <line class="dl-relation__line" x1="-10" x2="10" y1="0" y2="0" /> },
        )
    };
    html! {
        <ul class="dl-legend" aria-label="Map legend">
            { item("dl-actor--state", "State", view_shape(ActorKind::State, 6.5)) }
            { item("dl-actor--organisation", "Organisation", view_shape(ActorKind::Organisation, 6.5)) }
            { item("dl-actor--group", "Group", view_shape(ActorKind::Group, 7.0)) }
            { item("dl-actor--person", "Person", view_shape(ActorKind::Person, 7.0)) }
            { item("dl-actor--place", "Place", view_shape(ActorKind::Place, 7.0)) }
            { line("dl-relation--cooperative", "Cooperative (solid)") }
            { line("dl-relation--hostile", "Hostile (dashed)") }
            { line("dl-relation--neutral", "Neutral (dotted)") }
            <li class="dl-legend__item">{ "→ who acts on whom" }</li>
        </ul>
    }
}

/// The range of days the date control covers: the story's dated items, up to publication.
fn day_range(story: &Story) -> (i64, i64) {
    let dates = story
        .events
        .iter()
        .flat_map(|event| [event.date, event.end])
        .chain(
            story
                .relations
                .iter()
                .flat_map(|relation| [relation.since, relation.until]),
        )
        .chain([story.meta.published])
        .flatten();
    let (first, last) = dates.fold((i64::MAX, i64::MIN), |(first, last), date| {
        (first.min(date.first_day()), last.max(date.end_day() - 1))
    });
    if first > last {
        (0, 0)
    } else {
        (first, last)
    }
}

fn view_date_control(
    story: &Story,
    day: i64,
    date_words: &str,
    on_set_day: &Callback<i64>,
) -> Html {
    let (first, last) = day_range(story);
    let oninput = on_set_day.reform(|event: InputEvent| {
        event
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .value()
            .parse()
            .unwrap_or_default()
    });
    html! {
        <div class="dl-map__date">
            <label class="dl-map__date-label">
                <span>{ "Relations as of " }<strong class="dl-map__date-value">{ date_words.to_owned() }</strong></span>
                <input class="dl-map__slider" type="range" min={first.to_string()} max={last.to_string()} step="1"
                    value={day.max(first).min(last).to_string()} aria-valuetext={date_words.to_owned()} {oninput} />
            </label>
        </div>
    }
}

fn view_zoom_controls(view: &UseStateHandle<MapView>, size: (f64, f64)) -> Html {
    let zoom = |factor: f64| {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| {
            view.set(view.zoom(factor, size.0 / 2.0, size.1 / 2.0, size))
        })
    };
    let fit = {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| view.set(MapView::default()))
    };
    html! {
        <div class="dl-map__controls">
            <button type="button" class="dl-button" onclick={zoom(1.5)} disabled={view.k >= crate::layout::actor_map::MAX_MAP_ZOOM} aria-label="Zoom in on the map" title="Zoom in (+)">{ "+" }</button>
            <button type="button" class="dl-button" onclick={zoom(1.0 / 1.5)} disabled={view.is_fit()} aria-label="Zoom out of the map" title="Zoom out (−)">{ "−" }</button>
            <button type="button" class="dl-button" onclick={fit} disabled={view.is_fit()} aria-label="Fit the whole map" title="Show the whole map (0)">{ "Fit" }</button>
            <span class="dl-timeline__hint">{ "Drag actors to move them · Ctrl + scroll or pinch to zoom" }</span>
        </div>
    }
}
