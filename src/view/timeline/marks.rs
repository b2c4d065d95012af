//! The timeline's event marks with their titles, and its clusters, drawn
//! as SVG from the layout.

use crate::view::class_names;
use yew::prelude::*;

use super::drawing::{kind_class, Axis, Mark};
use crate::layout::timeline::{
    EventCluster, LabelSide, PlacedEvent, TimelineItem, TimelineOptions,
};
use crate::model::{Event, EventKind};
use crate::view::px;

pub fn view_mark(
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
    let class = class_names!(
        "dl-timeline__event",
        kind_class(event.kind),
        fuzzy.then_some("dl-mark--fuzzy"),
        mark.selected.then_some("dl-timeline__event--selected"),
        mark.faded.then_some("dl-faded"),
        mark.new.then_some("dl-timeline__event--new"),
        mark.matched.then_some("dl-match")
    );
    let shape = if item.point {
        match event.kind {
            EventKind::Publication => {
                html! { <rect class="dl-mark" x="-5.5" y="-5.5" width="11" height="11" transform="rotate(45)" /> }
            }
            _ => html! { <circle class="dl-mark" r="6" /> },
        }
    } else if placed.label_side == LabelSide::Inside {
        // Tall enough for the title inside it, on one line or two, the
        // descenders of Arabic and Hebrew letters included.
        let height = if placed.line_break.is_some() {
            20.0 + LINE_HEIGHT
        } else {
            20.0
        };
        html! { <rect class="dl-mark dl-mark--span" x="0" y="-10" width={px(placed.width)} height={px(height)} rx="4" /> }
    } else {
        html! { <rect class="dl-mark dl-mark--span" x="0" y="-7" width={px(placed.width)} height="14" rx="3" /> }
    };
    html! {
        <g key={event.id.to_string()} {class} transform={format!("translate({} {})", px(placed.x), px(placed.y))}
            data-event-id={event.id.to_string()} data-dateline-new={mark.new.then_some("")} role="button" tabindex={if tab_stop { "0" } else { "-1" }}
            aria-pressed={mark.selected.to_string()} aria-label={crate::i18n::locale().event_name(event, mark.new)} {onclick}>
            { view_hit_area(item.point, placed.width) }
            { shape }
            { view_label(item, placed, options) }
            if mark.new {
                // A space between the title and "New", so they read as two words.
                { " " }
                <text class="dl-new-badge dl-timeline__new" y="-12" text-anchor="middle" aria-hidden="true">{ crate::i18n::text("badge.new") }</text>
            }
        </g>
    }
}

/// How far a title's second line is below its first, in CSS px.
const LINE_HEIGHT: f64 = 14.0;

/// The event's title beside its mark, on one line or two, anchored at its
/// edge nearest the mark so that text drawn wider than the layout's
/// estimate grows away from the mark, never into it; "…" ends a title cut
/// for want of room. The text's direction is set here, so the anchor holds
/// in a right-to-left page too.
fn view_label(item: &TimelineItem, placed: &PlacedEvent, options: &TimelineOptions) -> Html {
    let lines = placed.label_lines(&item.label);
    if lines.is_empty() {
        return Html::default();
    }
    let rtl = options.right_to_left;
    // `start` is the left end of left-to-right text and the right end of right-to-left text.
    let anchor = if placed.label_grows_left() != rtl {
        "end"
    } else {
        "start"
    };
    let x = px(placed.label_anchor_x() - placed.x);
    let direction = if rtl { "rtl" } else { "ltr" };
    html! {
        <text class="dl-timeline__label" x={x.clone()} y="4.5" text-anchor={anchor} {direction}>
            { for lines.into_iter().enumerate().map(|(line, text)| html! {
                <>
                    // A zero-width space between lines keeps the words either
                    // side apart for tools that read the text without drawing it.
                    if line > 0 {
                        { "\u{200b}" }
                    }
                    <tspan x={x.clone()} dy={px(if line == 0 { 0.0 } else { LINE_HEIGHT })}>{ text }</tspan>
                </>
            }) }
        </text>
    }
}

/// Events that did not fit in the lanes, as one mark: a button named by how
/// many and when ("4 events, 2019 to 2021") that opens to them on click, tap,
/// Enter or Space. The first cluster is a tab stop; the arrow keys move
/// among the clusters.
pub fn view_cluster(cluster: &EventCluster, axis: &Axis) -> Html {
    let span = (cluster.start, cluster.end);
    let onclick = axis.zoom_cluster.reform(move |_: MouseEvent| span);
    let onkeydown = {
        let zoom_cluster = axis.zoom_cluster.clone();
        Callback::from(move |event: KeyboardEvent| {
            if matches!(event.key().as_str(), "Enter" | " ") {
                event.prevent_default();
                zoom_cluster.emit(span);
            }
        })
    };
    let tab_stop = axis
        .layout
        .clusters
        .first()
        .is_some_and(|first| std::ptr::eq(first, cluster));
    let count = cluster.items.len();
    // A cluster holding a search match is lit as a matching mark is.
    let matched = cluster.items.iter().any(|&index| {
        axis.model
            .order
            .get(index)
            .is_some_and(|id| axis.marking.search.event(id))
    });
    let locale = crate::i18n::locale();
    let name = locale.cluster_name(count, &cluster_dates(axis, &cluster.items));
    html! {
        <g class={class_names!("dl-timeline__cluster", matched.then_some("dl-match"))} transform={format!("translate({} {})", px(cluster.x), px(cluster.y))} {onclick} {onkeydown}
            role="button" tabindex={if tab_stop { "0" } else { "-1" }} aria-label={name}
            data-cluster-start={px(cluster.start)} data-cluster-end={px(cluster.end)}>
            <rect x="-16" y="-12" width="32" height="24" rx="12" />
            <text y="4" text-anchor="middle" direction="ltr"><tspan aria-hidden="true">{ "+" }</tspan>{ locale.number(count) }</text>
        </g>
    }
}

/// The dates of a cluster's events, their ends included.
fn cluster_dates(axis: &Axis, items: &[usize]) -> Vec<crate::model::StoryDate> {
    items
        .iter()
        .filter_map(|&index| axis.story.event(axis.model.order.get(index)?))
        .flat_map(|event| event.date.into_iter().chain(event.end))
        .collect()
}

/// An unpainted area at least 24 px across around a mark, so a finger or
/// pointer finds it easily (WCAG 2.5.8), drawn as the mark's focus ring when
/// it has keyboard focus.
fn view_hit_area(point: bool, width: f64) -> Html {
    if point {
        return html! { <circle class="dl-hit" r="12" /> };
    }
    let outer = (width + 10.0).max(24.0);
    html! { <rect class="dl-hit" x={px((width - outer) / 2.0)} y="-12" width={px(outer)} height="24" rx="8" /> }
}
