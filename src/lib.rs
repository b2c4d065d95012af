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

/// The widget's stylesheet, adopted inside each widget's shadow root so the
/// host page's CSS cannot reach the widget and the widget's cannot leak out.
const STYLESHEET: &str = include_str!("../static/dateline.css");

/// Mounts a widget in `host`, for the story file its `data-dateline-story`
/// names. The widget renders inside an open shadow root of `host`, with its
/// own stylesheet; CSS custom properties set on `host` still restyle it.
pub fn mount(host: web_sys::Element) {
    let src = host.get_attribute(STORY_ATTRIBUTE).unwrap_or_default();
    let root = isolated_root(&host).unwrap_or(host);
    yew::Renderer::<view::Widget>::with_root_and_props(root, view::WidgetProps { src: src.into() })
        .render();
}

/// A fresh element inside `host`'s shadow root (created if needed), with the
/// stylesheet adopted; `None` where shadow roots or constructable stylesheets
/// are unavailable, in which case the widget renders into `host` itself.
fn isolated_root(host: &web_sys::Element) -> Option<web_sys::Element> {
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host
            .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
            .ok()?,
    };
    let sheet = web_sys::CssStyleSheet::new().ok()?;
    sheet.replace_sync(STYLESHEET).ok()?;
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    let document = host.owner_document()?;
    let root = document.create_element("div").ok()?;
    root.set_class_name("dl-host");
    shadow.append_child(&root).ok()?;
    Some(root)
}
