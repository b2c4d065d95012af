//! The actor map: the story's actors as nodes and their relations as edges,
//! as of a chosen date. One tab stop; arrow keys move to the nearest actor
//! in that direction; actors can be dragged; drag, pinch and Ctrl + wheel
//! pan and zoom (through the shared pan and zoom gestures).

mod controls;
mod keys;
mod marks;

use crate::view::class_names;
use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use self::controls::{view_date_control, view_map_legend, view_zoom_controls};
use self::keys::{map_keydown, MapKeys};
use self::marks::{view_actor, view_relation, Lit};
use super::{px, ratio};
use crate::hooks::{use_element_width, use_force_layout, use_pan_zoom, use_text_measure, PanZoom};
use crate::i18n::{count, fill, locale, text};
use crate::layout::MapView;
use crate::measures::{ASSUMED_WIDTH_PX, MAP_ZOOM_STEP};
use crate::model::{Story, StoryDate};
use crate::state::{Changes, Highlight, SearchLight, Selection};

/// Width laid out when rendering on a server, where nothing can be measured.
/// In the browser the map waits one frame for its container's real width,
/// so the force layout starts at the right size.
const SERVER_WIDTH_PX: Option<f64> = if cfg!(target_arch = "wasm32") {
    None
} else {
    Some(ASSUMED_WIDTH_PX)
};

/// The narrowest map laid out, in CSS px.
const MIN_WIDTH_PX: f64 = 280.0;

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
    /// What is new to this reader, to mark.
    #[prop_or_default]
    pub changes: Rc<Changes>,
    /// What the search matched, to light.
    #[prop_or_default]
    pub search: SearchLight,
}

impl PartialEq for ActorMapProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.story, &other.story)
            && self.selection == other.selection
            && self.highlight == other.highlight
            && self.day == other.day
            && self.changes == other.changes
            && self.search == other.search
    }
}

/// The story's actors and how they relate, as of a date.
#[component]
pub fn ActorMap(props: &ActorMapProps) -> Html {
    let container = use_node_ref();
    let width = use_element_width(&container)
        .or(SERVER_WIDTH_PX)
        .map(|width| width.max(MIN_WIDTH_PX).round());
    let measure = use_text_measure(&container);
    let force = use_force_layout(&props.story, width, measure);
    let view = use_state_eq(MapView::default);
    let focus_index = use_state_eq(|| 0_usize);
    let wants_focus = use_mut_ref(|| false);
    // The actor a press landed on, dragged until the pointer goes up.
    let grabbed = use_memo((), |()| Rc::new(Cell::new(None::<usize>)));
    let grabbed: Rc<Cell<Option<usize>>> = (*grabbed).clone();
    let svg = use_node_ref();
    {
        let (svg, wants_focus, focus_index) = (svg.clone(), wants_focus.clone(), *focus_index);
        use_effect(move || {
            if std::mem::take(&mut *wants_focus.borrow_mut()) {
                focus_node(&svg, focus_index);
            }
        });
    }

    let layout = force.model.borrow().layout();
    let size = (layout.width, layout.height);
    // Drag an actor to move it, the background to pan; pinch or Ctrl + wheel to zoom.
    let gestures = {
        let (model, redraw, view, grabbed, on_clear) = (
            force.model.clone(),
            force.redraw.clone(),
            view.clone(),
            grabbed.clone(),
            props.on_clear.clone(),
        );
        use_pan_zoom(
            &svg,
            false,
            Callback::from(move |gesture| match gesture {
                PanZoom::Press { target, .. } => grabbed.set(target.and_then(|target| {
                    target
                        .closest("[data-actor-index]")
                        .ok()??
                        .get_attribute("data-actor-index")?
                        .parse()
                        .ok()
                })),
                PanZoom::Drag { dx, dy, x, y } => match grabbed.get() {
                    Some(actor) => {
                        let (mx, my) = view.invert(x, y);
                        model.borrow_mut().drag(actor, mx, my);
                        redraw.force_update();
                    }
                    None => view.set(view.pan(dx, dy, size)),
                },
                PanZoom::Zoom { factor, x, y } => view.set(view.zoom(factor, x, y, size)),
                PanZoom::Release { moved } => match (grabbed.take(), moved) {
                    (Some(actor), true) => {
                        // The rest settles over the next frames, the actor held where it was dropped.
                        model.borrow_mut().let_go(actor);
                        redraw.force_update();
                    }
                    (None, false) => on_clear.emit(()),
                    _ => {}
                },
            }),
        )
    };

    let story = &props.story;
    if width.is_none() {
        return html! { <section class="dl-map" role="group" aria-label={text("map.label")} aria-busy="true" ref={container}><div class="dl-map__canvas dl-map__canvas--measuring"></div></section> };
    }
    // Until the first layout settles, the map is drawn once at its starting
    // places but kept hidden, and drawn again, shown, when it has settled.
    let arranging = !force.model.borrow().has_settled();
    let left_out = force.model.borrow().actors_left_out();
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
        changes: &props.changes,
        search: &props.search,
    };

    let onkeydown = map_keydown(MapKeys {
        actors: layout.actors.clone(),
        story: story.clone(),
        tab_stop,
        size,
        focus_index: focus_index.clone(),
        wants_focus: wants_focus.clone(),
        view: view.clone(),
        on_select: props.on_select.clone(),
    });

    let select_actor = {
        let (on_select, story, focus_index, dragged) = (
            props.on_select.clone(),
            story.clone(),
            focus_index.clone(),
            gestures.dragged.clone(),
        );
        Callback::from(move |index: usize| {
            if dragged.get() {
                return;
            }
            if let Some(actor) = story.actors.get(index) {
                focus_index.set(index);
                on_select.emit(Selection::Actor(actor.id.clone()));
            }
        })
    };
    let select_relation = {
        let (on_select, story, dragged) = (
            props.on_select.clone(),
            story.clone(),
            gestures.dragged.clone(),
        );
        Callback::from(move |index: usize| {
            if dragged.get() {
                return;
            }
            if let Some(relation) = story.relations.get(index) {
                on_select.emit(Selection::Relation(relation.id.clone()));
            }
        })
    };

    let date_words = locale().date(&StoryDate::from_day_number(props.day));
    html! {
        <section class="dl-map" role="group" aria-label={text("map.label")} aria-busy={arranging.then_some("true")} ref={container}>
            { view_map_legend() }
            { view_date_control(story, props.day, &date_words, &props.on_set_day) }
            { view_zoom_controls(&view, size, MAP_ZOOM_STEP) }
            <div class="dl-map__canvas" {onkeydown}>
                <svg ref={svg} class={class_names!("dl-map__svg", lit.highlight.is_some().then_some("dl-map__svg--highlighting"), arranging.then_some("dl-map__svg--arranging"))}
                    width={px(layout.width)} height={px(layout.height)} viewBox={format!("0 0 {} {}", px(layout.width), px(layout.height))}
                    role="group" aria-label={fill("map.as_of", &[("date", &date_words)])}
                    onpointerdown={gestures.onpointerdown} onpointermove={gestures.onpointermove}
                    onpointerup={gestures.onpointerup.clone()} onpointercancel={gestures.onpointerup} onwheel={gestures.onwheel}>
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
                <p class="dl-map__more">{ count("map.more", left_out, &[]) }</p>
            }
        </section>
    }
}

/// Focuses the node of actor `index`, if it is drawn.
fn focus_node(svg: &NodeRef, index: usize) {
    let node = svg.cast::<web_sys::Element>().and_then(|svg| {
        svg.query_selector(&format!("[data-actor-index=\"{index}\"]"))
            .ok()
            .flatten()
    });
    if let Some(node) = node {
        crate::dom::focus(&node);
    }
}
