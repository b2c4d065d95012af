//! The actor map's controls: the legend, the date the relations hold on,
//! and zoom.

use crate::view::class_names;
use yew::prelude::*;

use super::marks::view_shape;
use crate::i18n::text;
use crate::layout::map_view::{day_range, MAX_MAP_ZOOM};
use crate::layout::MapView;
use crate::model::{ActorKind, Story};
use crate::view::zoom::{view_zoom_buttons, ZoomButtons, ZoomKeys};

/// The kinds of actor the legend shows: each one's shape and its size, its
/// class, and the key of its name.
const SHAPES: [(ActorKind, f64, &str, &str); 5] = [
    (ActorKind::State, 6.5, "dl-actor--state", "map.state"),
    (
        ActorKind::Organisation,
        6.5,
        "dl-actor--organisation",
        "map.organisation",
    ),
    (ActorKind::Group, 7.0, "dl-actor--group", "map.group"),
    (ActorKind::Person, 7.0, "dl-actor--person", "map.person"),
    (ActorKind::Place, 7.0, "dl-actor--place", "map.place"),
];

/// The stances of a relation the legend shows: each one's class and the key of its name.
const LINES: [(&str, &str); 3] = [
    ("dl-relation--cooperative", "map.cooperative"),
    ("dl-relation--hostile", "map.hostile"),
    ("dl-relation--neutral", "map.neutral"),
];

/// What the shapes and line styles mean.
pub fn view_map_legend() -> Html {
    let shapes = SHAPES
        .iter()
        .map(|&(kind, size, class, key)| view_legend_item(class, key, view_shape(kind, size)));
    let lines = LINES.iter().map(|&(class, key)| {
        view_legend_item(
            class,
            key,
            html! { <line class="dl-relation__line" x1="-10" x2="10" y1="0" y2="0" /> },
        )
    });
    html! {
        <ul class="dl-legend" aria-label={text("map.legend")}>
            { for shapes }
            { for lines }
            <li class="dl-legend__item">{ text("map.direction") }</li>
        </ul>
    }
}

/// One entry of the legend: an icon of class `class` drawn by `shape`, and the words of `key`.
fn view_legend_item(class: &str, key: &str, shape: Html) -> Html {
    html! {
        <li class="dl-legend__item">
            <svg class={class_names!("dl-legend__icon", class)} width="22" height="16" viewBox="-11 -8 22 16" aria-hidden="true">{ shape }</svg>
            { text(key) }
        </li>
    }
}

/// The slider that sets the day the relations hold on.
pub fn view_date_control(
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
                <span>{ crate::view::message::view_message("map.relations_as_of", |_| html! {
                    <strong class="dl-map__date-value">{ date_words.to_owned() }</strong>
                }) }</span>
                <input class="dl-map__slider" type="range" min={first.to_string()} max={last.to_string()} step="1"
                    value={day.max(first).min(last).to_string()} aria-valuetext={date_words.to_owned()} {oninput} />
            </label>
        </div>
    }
}

/// Zoom in, out and fit.
pub fn view_zoom_controls(view: &UseStateHandle<MapView>, size: (f64, f64), step: f64) -> Html {
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
    let buttons = view_zoom_buttons(ZoomButtons {
        zoom_in: zoom(step),
        zoom_out: zoom(1.0 / step),
        fit,
        can_zoom_in: view.k < MAX_MAP_ZOOM,
        is_fit: view.is_fit(),
        keys: ZoomKeys {
            zoom_in: "map.zoom_in",
            zoom_out: "map.zoom_out",
            fit: "map.fit",
            fit_title: "map.fit_title",
        },
    });
    html! {
        <div class="dl-map__controls">
            { buttons }
            <span class="dl-timeline__hint">{ text("map.hint") }</span>
        </div>
    }
}
