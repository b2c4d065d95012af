//! The timeline's event marks with their titles, and its clusters, drawn
//! as SVG from the layout.

use yew::prelude::*;

use super::axis::Axis;
use super::{accessible_name, kind_class, Mark};
use crate::layout::timeline::{EventCluster, PlacedEvent, TimelineItem, TimelineOptions};
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
            { view_hit_area(item.point, placed.width) }
            { shape }
            { view_label(item, label_dx, options) }
            if mark.new {
                // A space between the title and "New", so they read as two words.
                { " " }
                <text class="dl-new-badge dl-timeline__new" y="-12" text-anchor="middle" aria-hidden="true">{ crate::i18n::text("badge.new") }</text>
            }
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

pub fn view_cluster(cluster: &EventCluster, axis: &Axis) -> Html {
    let zoom_cluster = axis.zoom_cluster;
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
