//! The horizontal timeline's axis: ticks, axis breaks, event marks with
//! their titles, lanes by actor and clusters, drawn as SVG from the layout.

use crate::view::class_names;
use yew::prelude::*;

use super::drawing::Axis;
use super::marks::{view_cluster, view_mark};
use crate::hooks::PanZoomHandlers;
use crate::layout::timeline::{BandLabel, TimelineLayout};
use crate::layout::{AxisBreak, BreakOnAxis};
use crate::view::px;

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
        let label = tick.label.map(|parts| {
            let label = crate::i18n::locale().axis_label(parts);
            let x = tick.label_centre(options.label_width(&label), width);
            (label, x)
        });
        html! {
            <g class="dl-axis__tick">
                <line x1={px(tick.x)} x2={px(tick.x)} y1={px(layout.axis_y)} y2={px(height)} />
                if let Some((label, x)) = label {
                    // Centred, so it is placed alike whichever way the widget's text runs.
                    <text x={px(x)} y={px(layout.axis_y - 8.0)} text-anchor="middle">{ label }</text>
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
        let mark = view_mark(
            event,
            item,
            placed,
            options,
            marking.of(id),
            tab_stop == Some(placed.index),
            select,
        );
        Some((item.start, mark))
    });
    // Each break among the events in time order, so it is read where it falls.
    let on_axis = layout.scale.breaks_on_axis();
    let break_bands = on_axis
        .iter()
        .map(|on_axis| view_break_band(on_axis, layout));
    let breaks = on_axis
        .iter()
        .map(|on_axis| (on_axis.gap.start, view_break(on_axis, layout)));
    let mut marks: Vec<(f64, Html)> = events.chain(breaks).collect();
    crate::sort::sort_by(&mut marks, |a, b| a.0.total_cmp(&b.0));
    let (visible_from, visible_to) = layout.scale.visible_days();
    let clusters = layout
        .clusters
        .iter()
        .map(|cluster| view_cluster(cluster, axis));
    let bands = layout.bands.iter().filter_map(|band| {
        let label = match band.label.as_ref()? {
            BandLabel::Actor(name) => name.clone(),
            BandLabel::NoActor => crate::i18n::text("timeline.no_actor").to_owned(),
        };
        html! {
            <g class="dl-timeline__band" aria-hidden="true">
                <line x1="0" x2={px(width)} y1={px(band.top)} y2={px(band.top)} />
                // At the timeline's start edge: a text's start is its right end right to left.
                <text x={px(if options.right_to_left { width - 4.0 } else { 4.0 })} y={px(band.top + 12.0)}>{ label }</text>
            </g>
        }
        .into()
    });
    html! {
        <div class="dl-timeline__axis" ref={node.clone()} {onclick} onpointerdown={gestures.onpointerdown.clone()} onpointermove={gestures.onpointermove.clone()}
            onpointerup={gestures.onpointerup.clone()} onpointercancel={gestures.onpointerup.clone()} onwheel={gestures.onwheel.clone()}>
            <svg class={class_names!("dl-timeline__svg", smooth.then_some("dl-timeline__svg--smooth"))} width={px(width)} height={px(height)}
                viewBox={format!("0 0 {} {}", px(width), px(height))} role="group" aria-label={crate::i18n::text("timeline.axis")}
                data-visible-from={px(visible_from)} data-visible-to={px(visible_to)}>
                <g class="dl-axis" aria-hidden="true">
                    <line class="dl-axis__line" x1="0" x2={px(width)} y1={px(layout.axis_y)} y2={px(layout.axis_y)} />
                    { for ticks }
                    { for break_bands }
                </g>
                { for marks.into_iter().map(|(_, mark)| mark) }
                { for bands }
                { for clusters }
            </svg>
        </div>
    }
}

/// Where an axis break is drawn, in CSS px: its left and right edges, kept
/// a little beyond the axis so a break partly off screen still shows its edge.
fn break_edges(on_axis: &BreakOnAxis, layout: &TimelineLayout) -> (f64, f64) {
    let left = on_axis.left.max(-8.0);
    (left, on_axis.right.min(layout.width + 8.0).max(left))
}

/// The background of an axis break, behind the marks: a faint band where
/// time is compressed, and the axis line cut.
fn view_break_band(on_axis: &BreakOnAxis, layout: &TimelineLayout) -> Html {
    let (left, right) = break_edges(on_axis, layout);
    let (y, bottom) = (layout.axis_y, layout.height);
    html! {
        <>
            <rect class="dl-axis__break-band" x={px(left)} y={px(y)} width={px(right - left)} height={px((bottom - y).max(0.0))} />
            <rect class="dl-axis__break-gap" x={px(left)} y={px(y - 2.0)} width={px(right - left)} height="4" />
        </>
    }
}

/// The stretch a break compresses, in the widget's language, as round as its edges.
pub(super) fn break_period(gap: &AxisBreak) -> String {
    let (first, last) = gap.period();
    crate::i18n::locale().span(&first, &last)
}

/// An axis break's mark, two slanted strokes at its edges, named with its
/// stretch in words for assistive technology (and as a tooltip).
fn view_break(on_axis: &BreakOnAxis, layout: &TimelineLayout) -> Html {
    let description = crate::i18n::fill(
        "timeline.axis_break",
        &[("period", &break_period(&on_axis.gap))],
    );
    let (left, right) = break_edges(on_axis, layout);
    let y = layout.axis_y;
    let slash = |x: f64| {
        format!(
            "M{} {}L{} {}",
            px(x - 3.0),
            px(y + 6.0),
            px(x + 3.0),
            px(y - 6.0)
        )
    };
    html! {
        <g key={format!("break-{}", on_axis.gap.start.to_bits())} class="dl-axis__break" role="img" aria-label={description.clone()}>
            <title>{ description }</title>
            <path class="dl-axis__break-mark" d={format!("{}{}", slash(left), slash(right))} />
        </g>
    }
}
