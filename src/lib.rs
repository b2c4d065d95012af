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

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

use hooks::StorySource;
use state::Selection;
use view::story_view::ViewChoice;
use view::{Controller, Theme, Widget, WidgetOptions, WidgetProps};

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
        if let Some(host) = hosts
            .item(index)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
        {
            mount_element(host);
        }
    }
}

/// Mounts a widget in `host` for the story file its `data-dateline-story`
/// names, set up by its other `data-dateline-*` attributes (`view`, `theme`,
/// `start`, `height`, `lang`). A host that already holds a widget is left alone.
#[wasm_bindgen]
pub fn mount_element(host: web_sys::Element) {
    if host.shadow_root().is_some() {
        return;
    }
    let attribute = |name: &str| host.get_attribute(&format!("data-dateline-{name}"));
    let options = MountOptions {
        view: attribute("view"),
        theme: attribute("theme"),
        start: attribute("start"),
        height: attribute("height"),
        lang: attribute("lang"),
        ..MountOptions::default()
    };
    let source = StorySource::Url(attribute("story").unwrap_or_default().into());
    let options = WidgetOptions {
        fragment_key: state::fragment_key(Some(&host.id())),
        ..options.widget_options()
    };
    render(
        host,
        source,
        options,
        Callback::noop(),
        Controller::default(),
    );
}

/// Options of [`mount_story`], as the JavaScript API takes them.
#[derive(Debug, Default, serde::Deserialize)]
struct MountOptions {
    /// A story object (the JSON of a story file, as a JavaScript object).
    story: Option<serde_json::Value>,
    /// The address of a story file, when `story` is not given.
    src: Option<String>,
    /// `timeline`, `map`, `text` or `both`.
    view: Option<String>,
    /// `light`, `dark` or `auto`.
    theme: Option<String>,
    /// An item to select first, such as `event:<id>`.
    start: Option<String>,
    /// A CSS height for the widget's box.
    height: Option<String>,
    /// The language of the widget's text (BCP 47), instead of the story's.
    lang: Option<String>,
}

impl MountOptions {
    /// The widget's options; unknown values are reported and replaced by defaults.
    fn widget_options(&self) -> WidgetOptions {
        let parsed = |value: &Option<String>, what: &str, parse: &dyn Fn(&str) -> bool| {
            if let Some(value) = value.as_deref().filter(|value| !parse(value)) {
                web_sys::console::warn_1(
                    &format!("Dateline: {what} \"{value}\" is not known; the default was used")
                        .into(),
                );
            }
        };
        parsed(&self.view, "the view", &|value| {
            ViewChoice::parse(value).is_some()
        });
        parsed(&self.theme, "the theme", &|value| {
            Theme::parse(value).is_some()
        });
        parsed(&self.start, "the start item", &|value| {
            Selection::from_fragment(value).is_some()
        });
        WidgetOptions {
            view: self
                .view
                .as_deref()
                .and_then(ViewChoice::parse)
                .unwrap_or_default(),
            theme: self
                .theme
                .as_deref()
                .and_then(Theme::parse)
                .unwrap_or_default(),
            start: self.start.as_deref().and_then(Selection::from_fragment),
            height: self.height.clone(),
            lang: self.lang.clone().filter(|lang| !lang.trim().is_empty()),
            ..WidgetOptions::default()
        }
    }
}

/// A mounted widget, as the JavaScript API hands it back.
#[wasm_bindgen]
pub struct MountHandle {
    app: Option<yew::AppHandle<Widget>>,
    root: web_sys::Element,
    controller: Controller,
    loaded: js_sys::Promise,
}

#[wasm_bindgen]
impl MountHandle {
    /// Resolves once the story is shown; rejects with the reason when it cannot be.
    pub fn loaded(&self) -> js_sys::Promise {
        self.loaded.clone()
    }

    /// Selects an item such as `event:<id>` (also `actor:`, `relation:`, `quote:`).
    ///
    /// # Errors
    /// When the item is not written as `kind:id`, or the story is not shown yet.
    pub fn select(&self, item: &str) -> Result<(), JsValue> {
        let selection = Selection::from_fragment(item).ok_or_else(|| {
            JsValue::from_str(&format!("\"{item}\" is not an item such as event:<id>"))
        })?;
        if self.controller.select(selection) {
            Ok(())
        } else {
            Err(JsValue::from_str("the story is not shown yet"))
        }
    }

    /// Removes the widget and everything mounting added, listeners included.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        if let Some(shadow) = self
            .root
            .parent_node()
            .and_then(|node| node.dyn_into::<web_sys::ShadowRoot>().ok())
        {
            shadow.set_adopted_style_sheets(&js_sys::Array::new());
        }
        self.root.remove();
    }
}

/// Mounts a widget in `host` from JavaScript: `options.story` (an object) or
/// `options.src` (an address), plus `view`, `theme`, `start`, `height` and `lang`.
///
/// # Errors
/// When `options` is not an object of that shape.
#[wasm_bindgen]
pub fn mount_story(host: web_sys::Element, options: JsValue) -> Result<MountHandle, JsValue> {
    let options: MountOptions = serde_wasm_bindgen::from_value(options).map_err(|error| {
        JsValue::from_str(&format!(
            "Dateline: the mount options are not valid: {error}"
        ))
    })?;
    let source = match (&options.story, &options.src) {
        (Some(story), _) => StorySource::Object(Rc::new(story.clone())),
        (None, Some(src)) => StorySource::Url(src.clone().into()),
        (None, None) => {
            return Err(JsValue::from_str(
                "Dateline: give mount() a story object or a src address",
            ))
        }
    };
    let settle: Rc<RefCell<Option<(js_sys::Function, js_sys::Function)>>> = Rc::default();
    let loaded = {
        let settle = settle.clone();
        js_sys::Promise::new(&mut |resolve, reject| *settle.borrow_mut() = Some((resolve, reject)))
    };
    let on_loaded = Callback::from(move |result: Result<(), String>| {
        if let Some((resolve, reject)) = settle.borrow_mut().take() {
            let _ = match result {
                Ok(()) => resolve.call0(&JsValue::NULL),
                Err(reason) => reject.call1(&JsValue::NULL, &JsValue::from_str(&reason)),
            };
        }
    });
    let controller = Controller::default();
    let options = WidgetOptions {
        fragment_key: state::fragment_key(Some(&host.id())),
        ..options.widget_options()
    };
    let (app, root) = render(host, source, options, on_loaded, controller.clone());
    Ok(MountHandle {
        app: Some(app),
        root,
        controller,
        loaded,
    })
}

/// Renders a widget inside `host`'s shadow root (or `host` itself where there is none).
fn render(
    host: web_sys::Element,
    source: StorySource,
    options: WidgetOptions,
    on_loaded: Callback<Result<(), String>>,
    controller: Controller,
) -> (yew::AppHandle<Widget>, web_sys::Element) {
    let root = isolated_root(&host).unwrap_or(host);
    let props = WidgetProps {
        source,
        options,
        on_loaded,
        controller,
    };
    (
        yew::Renderer::<Widget>::with_root_and_props(root.clone(), props).render(),
        root,
    )
}

/// The widget's stylesheet, adopted inside each widget's shadow root so the
/// host page's CSS cannot reach the widget and the widget's cannot leak out.
const STYLESHEET: &str = include_str!("../static/dateline.css");

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
