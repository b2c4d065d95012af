//! The actor map's controls: the legend, the date the relations hold on,
//! and zoom.

use crate::view::class_names;
use yew::prelude::*;

use super::marks::view_shape;
use crate::i18n::text;
use crate::layout::map_view::{day_range, MAX_MAP_ZOOM};
use crate::layout::MapView;
use crate::model::{ActorKind, Story};

/// What the shapes and line styles mean.
pub fn view_map_legend() -> Html {
    let item = |class: &'static str, label: &'static str, shape: Html| {
        html! {
            <li class="dl-legend__item">
                <svg class={class_names!("dl-legend__icon", class)} width="22" height="16" viewBox="-11 -8 22 16" aria-hidden="true">{ shape }</svg>
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
        <ul class="dl-legend" aria-label={text("map.legend")}>
            { item("dl-actor--state", text("map.state"), view_shape(ActorKind::State, 6.5)) }
            { item("dl-actor--organisation", text("map.organisation"), view_shape(ActorKind::Organisation, 6.5)) }
            { item("dl-actor--group", text("map.group"), view_shape(ActorKind::Group, 7.0)) }
            { item("dl-actor--person", text("map.person"), view_shape(ActorKind::Person, 7.0)) }
            { item("dl-actor--place", text("map.place"), view_shape(ActorKind::Place, 7.0)) }
            { line("dl-relation--cooperative", text("map.cooperative")) }
            { line("dl-relation--hostile", text("map.hostile")) }
            { line("dl-relation--neutral", text("map.neutral")) }
            <li class="dl-legend__item">{ text("map.direction") }</li>
        </ul>
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
    html! {
        <div class="dl-map__controls">
            <button type="button" class="dl-button" onclick={zoom(step)} disabled={view.k >= MAX_MAP_ZOOM} aria-label={text("map.zoom_in")} title={text("zoom.in_title")}>{ "+" }</button>
            <button type="button" class="dl-button" onclick={zoom(1.0 / step)} disabled={view.is_fit()} aria-label={text("map.zoom_out")} title={text("zoom.out_title")}>{ "−" }</button>
            <button type="button" class="dl-button" onclick={fit} disabled={view.is_fit()} aria-label={text("map.fit")} title={text("map.fit_title")}>{ text("zoom.fit") }</button>
            <span class="dl-timeline__hint">{ text("map.hint") }</span>
        </div>
    }
}
