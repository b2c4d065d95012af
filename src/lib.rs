//! Dateline: an embeddable news-explainer widget.
//!
//! Given one news story as data, Dateline shows its events in time order, its
//! actors and their relations, and its quotes. The crate has three layers:
//! [`model`] (story types, dates and validation; plain Rust), then the
//! browser glue ([`fetch`], [`hooks`]) and [`view`] (Yew components).
//! [`mount_all`] starts a widget on every element of the page that names a
//! story file.

pub mod fetch;
pub mod hooks;
pub mod layout;
pub mod model;
pub mod state;
pub mod view;

use wasm_bindgen::JsCast;

/// The attribute that marks an element as a Dateline widget and names its story file.
pub const STORY_ATTRIBUTE: &str = "data-dateline-story";

/// Mounts a widget on every element with a `data-dateline-story` attribute.
pub fn mount_all() {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .expect("the widget runs in a page");
    let hosts = document
        .query_selector_all(&format!("[{STORY_ATTRIBUTE}]"))
        .expect("the selector is valid");
    for index in 0..hosts.length() {
        let Some(host) = hosts
            .item(index)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        mount(host);
    }
}

/// Mounts a widget in `host`, for the story file its `data-dateline-story` names.
pub fn mount(host: web_sys::Element) {
    let src = host.get_attribute(STORY_ATTRIBUTE).unwrap_or_default();
    yew::Renderer::<view::Widget>::with_root_and_props(host, view::WidgetProps { src: src.into() })
        .render();
}
