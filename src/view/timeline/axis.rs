//! The horizontal timeline's axis: ticks, event marks with their titles,
//! lanes by actor and clusters, drawn as SVG from the layout.

use yew::prelude::*;

use super::marks::{view_cluster, view_mark};
use super::Marking;
use crate::hooks::PanZoomHandlers;
use crate::layout::timeline::{TimelineLayout, TimelineOptions};
use crate::layout::TimelineModel;
use crate::model::Story;
use crate::view::px;

/// What the axis draws: the layout of the dated events and how each is marked.
pub struct Axis<'a> {
    /// The story drawn.
    pub story: &'a Story,
    /// Its timeline model.
    pub model: &'a TimelineModel,
    /// The measures the layout used.
    pub options: &'a TimelineOptions,
    /// Where everything goes.
    pub layout: &'a TimelineLayout,
    /// Which events are selected or faded.
    pub marking: &'a Marking<'a>,
    /// The event that is the timeline's tab stop.
    pub tab_stop: Option<usize>,
    /// Whether the window moves with a transition (not during a drag).
    pub smooth: bool,
    /// Called with an event's position in the model's order when it is chosen.
    pub select: &'a Callback<usize>,
    /// Called with a cluster's first and last day when it is chosen.
    pub zoom_cluster: &'a Callback<(f64, f64)>,
}

/// The time axis with its ticks, marks, bands and clusters; gestures on it
/// pan and zoom, and `onclick` sees clicks on its background.
pub fn view_axis(
    axis: &Axis,
    node: &NodeRef,
    gestures: &PanZoomHandlers,
    onclick: Callback<MouseEvent>,
) -> Html {
    let Axis {
        story,
        model,
        options,
        layout,
        marking,
        tab_stop,
        smooth,
        select,
        ..
    } = *axis;
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
        let id = model.order.get(placed.index)?;
        let event = story.event(id)?;
        let item = model.items.get(placed.index)?;
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
        .map(|cluster| view_cluster(cluster, axis));
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
        <div class="dl-timeline__axis" ref={node.clone()} {onclick} onpointerdown={gestures.onpointerdown.clone()} onpointermove={gestures.onpointermove.clone()}
            onpointerup={gestures.onpointerup.clone()} onpointercancel={gestures.onpointerup.clone()} onwheel={gestures.onwheel.clone()}>
            <svg class={classes!("dl-timeline__svg", smooth.then_some("dl-timeline__svg--smooth"))} width={px(width)} height={px(height)}
                viewBox={format!("0 0 {} {}", px(width), px(height))} role="group" aria-label={crate::i18n::text("timeline.axis")}
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
