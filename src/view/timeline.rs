//! The timeline: the story's events on a true time axis from about 600 px
//! wide, and as a vertical, scroll-native list below that. One tab stop;
//! arrow keys move between events in time order; drag, pinch and Ctrl +
//! wheel pan and zoom (through the shared pan and zoom gestures).

mod axis;
mod drawing;
mod keys;
mod list;
mod marks;

use crate::view::class_names;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use self::axis::view_axis;
use self::drawing::{Axis, Marking};
use self::keys::{use_timeline_keys, KeysSetup, TimelineKeys};
use self::list::{view_undated, view_vertical};
use crate::hooks::{use_element_width, use_pan_zoom, use_text_measure, PanZoom, Same};
use crate::i18n::{locale, text};
use crate::layout::timeline::TimelineOptions;
use crate::layout::{TimelineModel, Viewport};
use crate::measures::{ASSUMED_WIDTH_PX, NARROW_BELOW_PX, TIMELINE_ZOOM_STEP};
use crate::model::{EventId, Story, TextSet};
use crate::state::{Changes, Highlight, SearchLight, ViewportAction, VisibleWindow};
use crate::view::zoom::{view_zoom_buttons, ZoomButtons, ZoomKeys};

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
    /// What is new to this reader, to mark.
    #[prop_or_default]
    pub changes: Rc<Changes>,
    /// What the search matched, to light.
    #[prop_or_default]
    pub search: SearchLight,
}

impl PartialEq for TimelineProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.story, &other.story)
            && self.selected == other.selected
            && self.highlight == other.highlight
            && self.changes == other.changes
            && self.search == other.search
    }
}

/// The story's events over time.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    // Time runs the way the widget's language reads: right to left in Arabic.
    let right_to_left = locale().right_to_left();
    let options = use_memo(right_to_left, |right_to_left| {
        TimelineOptions::default().right_to_left(*right_to_left)
    });
    let container = use_node_ref();
    let measure = use_text_measure(&container);
    let model = use_memo((Same(props.story.clone()), measure), |(story, measure)| {
        let model = TimelineModel::new(story, &options);
        match measure {
            Some(measure) => model.measured(|title| measure.label_width(title), &options),
            None => model,
        }
    });
    let width = use_element_width(&container).unwrap_or(ASSUMED_WIDTH_PX);
    let viewport = {
        let model = model.clone();
        use_reducer_eq(move || {
            VisibleWindow(model.full.unwrap_or_else(|| Viewport::fit((0.0, 1.0))))
        })
    };
    // A story shown in place of another (an editor's preview) whose events
    // span other dates is shown whole, as a new story would be.
    let drawn_full = use_mut_ref(|| model.full);
    if *drawn_full.borrow() != model.full {
        *drawn_full.borrow_mut() = model.full;
        if let Some(full) = model.full {
            viewport.dispatch(ViewportAction::Show(full));
        }
    }
    let focus_index = use_state(|| 0_usize);
    let smooth = use_state_eq(|| false);
    let by_actor = use_state_eq(|| false);
    let axis = use_node_ref();

    let vertical = width < NARROW_BELOW_PX;
    let layout = (!vertical).then(|| model.layout(viewport.visible, width, &options, *by_actor));
    let placed: TextSet = layout
        .as_ref()
        .map(|layout| {
            layout
                .events
                .iter()
                .filter_map(|placed| Some(model.order.get(placed.index)?.as_str()))
                .collect()
        })
        .unwrap_or_default();
    let is_reachable = |index: usize| {
        vertical
            || index >= model.items.len()
            || model
                .order
                .get(index)
                .is_some_and(|id| placed.contains(id.as_str()))
    };
    let tab_stop = if is_reachable(*focus_index) {
        Some(*focus_index)
    } else {
        (0..model.order.len()).find(|&index| is_reachable(index))
    };

    // Drag pans, pinch and Ctrl + wheel zoom about the pointer, a sideways wheel pans.
    let scale = layout.as_ref().map(|layout| layout.scale);
    let gestures = {
        let (viewport, smooth) = (viewport.clone(), smooth.clone());
        use_pan_zoom(
            &axis,
            true,
            Callback::from(move |gesture| {
                let action = match gesture {
                    PanZoom::Drag { dx, .. } => {
                        ViewportAction::Pan(scale.map_or(-dx, |scale| scale.pan_for_drag(dx)))
                    }
                    PanZoom::Zoom { factor, x, .. } => ViewportAction::Zoom {
                        factor,
                        anchor: scale.map_or(x / width, |scale| scale.fraction(x)),
                    },
                    PanZoom::Press { .. } | PanZoom::Release { .. } => return,
                };
                smooth.set(false);
                viewport.dispatch(action);
            }),
        )
    };

    let TimelineKeys {
        onkeydown,
        zoom_by,
        fit,
        open_cluster,
    } = use_timeline_keys(KeysSetup {
        model: model.clone(),
        options: options.clone(),
        viewport: viewport.clone(),
        focus_index: focus_index.clone(),
        smooth: smooth.clone(),
        container: container.clone(),
        width,
        vertical,
        by_actor: *by_actor,
        on_select: props.on_select.clone(),
    });

    let select = {
        let (on_select, focus_index, dragged, model) = (
            props.on_select.clone(),
            focus_index.clone(),
            gestures.dragged.clone(),
            model.clone(),
        );
        Callback::from(move |index: usize| {
            if dragged.get() {
                return;
            }
            focus_index.set(index);
            if let Some(id) = model.order.get(index) {
                on_select.emit(id.clone());
            }
        })
    };

    let marking = Marking {
        selected: props.selected.as_ref(),
        highlight: props.highlight.as_deref(),
        changes: &props.changes,
        search: &props.search,
    };
    let body = match &layout {
        None => view_vertical(&props.story, &model, &marking, tab_stop, &select),
        Some(layout) => {
            let zoom_cluster = {
                // The clusters drawn, to find the events of the one chosen by its days.
                let clusters: Vec<(f64, f64, Vec<usize>)> = layout
                    .clusters
                    .iter()
                    .map(|cluster| (cluster.start, cluster.end, cluster.items.clone()))
                    .collect();
                let open_cluster = open_cluster.clone();
                Callback::from(move |(start, end): (f64, f64)| {
                    if let Some((_, _, items)) = clusters
                        .iter()
                        .find(|cluster| cluster.0 == start && cluster.1 == end)
                    {
                        open_cluster.emit(items.clone());
                    }
                })
            };
            let on_background = {
                let (on_clear, dragged) = (props.on_clear.clone(), gestures.dragged.clone());
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
                    if !on_item && !dragged.get() {
                        on_clear.emit(());
                    }
                })
            };
            let drawn = Axis {
                story: &props.story,
                model: &model,
                options: &options,
                layout,
                marking: &marking,
                tab_stop,
                smooth: *smooth,
                select: &select,
                zoom_cluster: &zoom_cluster,
            };
            html! {
                <>
                    { view_controls(&viewport, &zoom_by, &fit, &by_actor) }
                    { view_axis(&drawn, &axis, &gestures, on_background) }
                    { view_undated(&props.story, &model.order, model.items.len(), &marking, tab_stop, &select) }
                </>
            }
        }
    };

    html! {
        <section class={class_names!("dl-timeline", vertical.then_some("dl-timeline--vertical"))} role="group" aria-label={text("timeline.label")} ref={container} {onkeydown}>
            { view_legend() }
            { body }
        </section>
    }
}

/// What the marks mean: each swatch's class, and the key of its words.
const LEGEND: [(&str, &str); 5] = [
    ("dl-mark--reported", "timeline.reported"),
    ("dl-mark--context", "timeline.context"),
    ("dl-mark--publication", "timeline.publication"),
    ("dl-legend__swatch--span", "timeline.span"),
    ("dl-mark--fuzzy", "timeline.fuzzy"),
];

/// What the marks mean.
fn view_legend() -> Html {
    html! {
        <ul class="dl-legend" aria-label={text("timeline.legend")}>
            { for LEGEND.iter().map(|(swatch, words)| html! {
                <li class="dl-legend__item"><span class={class_names!("dl-legend__swatch", *swatch)} aria-hidden="true"></span>{ text(words) }</li>
            }) }
        </ul>
    }
}

/// Zoom, fit and lanes by actor.
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
    let zoom = view_zoom_buttons(ZoomButtons {
        zoom_in: zoom_by.reform(|_: MouseEvent| TIMELINE_ZOOM_STEP),
        zoom_out: zoom_by.reform(|_: MouseEvent| 1.0 / TIMELINE_ZOOM_STEP),
        fit: fit.reform(|_: MouseEvent| ()),
        can_zoom_in: viewport.can_zoom_in(),
        is_fit: viewport.is_fit(),
        keys: ZoomKeys {
            zoom_in: "timeline.zoom_in",
            zoom_out: "timeline.zoom_out",
            fit: "timeline.fit",
            fit_title: "timeline.fit_title",
        },
    });
    html! {
        <div class="dl-timeline__controls">
            { zoom }
            <button type="button" class="dl-button" onclick={group} aria-pressed={by_actor.to_string()} title={text("timeline.lanes_title")}>{ text("timeline.lanes") }</button>
            <span class="dl-timeline__hint">{ text("timeline.hint") }</span>
        </div>
    }
}
