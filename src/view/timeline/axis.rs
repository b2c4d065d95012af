//! The horizontal timeline's axis: ticks, event marks with their titles,
//! lanes by actor and clusters, drawn as SVG from the layout.

use yew::prelude::*;

use super::{accessible_name, kind_class, Mark, Marking};
use crate::hooks::PanZoomHandlers;
use crate::layout::timeline::{
    EventCluster, PlacedEvent, TimelineItem, TimelineLayout, TimelineOptions,
};
use crate::layout::TimelineModel;
use crate::model::{Event, EventKind, Story};
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
        zoom_cluster,
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
        <div class="dl-timeline__axis" ref={node.clone()} {onclick} onpointerdown={gestures.onpointerdown.clone()} onpointermove={gestures.onpointermove.clone()}
            onpointerup={gestures.onpointerup.clone()} onpointercancel={gestures.onpointerup.clone()} onwheel={gestures.onwheel.clone()}>
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
        mark.faded.then_some("dl-faded"),
        mark.new.then_some("dl-timeline__event--new")
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
            data-event-id={event.id.to_string()} data-dateline-new={mark.new.then_some("")} role="button" tabindex={if tab_stop { "0" } else { "-1" }}
            aria-pressed={mark.selected.to_string()} aria-label={accessible_name(event, mark.new)} {onclick}>
            { shape }
            if mark.new {
                <text class="dl-new-badge dl-timeline__new" y="-12" text-anchor="middle" aria-hidden="true">{ "New" }</text>
            }
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
