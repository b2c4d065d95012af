//! Mounting widgets in a host page: the entry points `dateline.js` calls.
//!
//! `dateline.js` finds the host elements, starts one WebAssembly instance per
//! widget and hands each host to [`mount`] with its options, read from
//! `data-dateline-*` attributes or given to the JavaScript `mount()`. Every
//! option is read once, by [`HostOptions::read`], except the two
//! addresses the loader resolves with the browser's own URL parser and
//! passes beside them: the story file's, and the folder of its pictures
//! (from the `pictures` option). A panic is reported to
//! the handler set with [`on_fault`], so the loader can replace the widget's
//! box with the reason; other widgets run in other instances and go on. The
//! release build's panics trap at once, without the hook or a message; its
//! glue reports the trap instead (`on_trap`, written by `scripts/minify.mjs`).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

use crate::hooks::{StoryRequest, StorySource};
use crate::state::{HostOptions, Selection, WidgetOptions};
use crate::view::{Controller, Widget, WidgetProps};

/// Where the story comes from: the story object if the host gave one, else
/// the file address, with the `request` for it when the page's script made one.
fn story_source(options: &HostOptions, request: Option<StoryRequest>) -> StorySource {
    match (&options.story, &options.src) {
        (Some(text), _) => StorySource::Text(Rc::from(text.as_str())),
        (None, src) => StorySource::Url(src.clone().unwrap_or_default().into(), request),
    }
}

/// A host's options in a JavaScript object, each given as text, `null` or
/// not at all, read as serde reads such a struct (and as they were read
/// through serde-wasm-bindgen): the first option given as anything else
/// is reported with serde's words, after the fields before it.
///
/// # Errors
/// `Ok(Err(reason))` when `options` is not an object or an option is not
/// text; `Err` with what reading an option threw.
fn host_options(options: &JsValue) -> Result<Result<HostOptions, String>, JsValue> {
    if !options.is_object() {
        return Ok(Err(invalid_type(options, "an object of options")));
    }
    let mut fields: [Option<String>; 8] = Default::default();
    let names = [
        "story", "src", "view", "theme", "start", "height", "lang", "link",
    ];
    for (field, name) in fields.iter_mut().zip(names) {
        let value = js_sys::Reflect::get(options, &JsValue::from_str(name))?;
        if value.is_null() || value.is_undefined() {
            continue;
        }
        match value.as_string() {
            Some(text) => *field = Some(text),
            None => return Ok(Err(invalid_type(&value, "a string"))),
        }
    }
    let [story, src, view, theme, start, height, lang, link] = fields;
    Ok(Ok(HostOptions {
        story,
        src,
        view,
        theme,
        start,
        height,
        lang,
        link,
    }))
}

/// serde's words for a JavaScript value of the wrong type, in the form
/// serde-wasm-bindgen gives them, with what was `expected`, as the text of a
/// JavaScript `Error` (`Error: invalid type: …`). They are written here
/// rather than by serde's `Unexpected`, whose floats bring Rust's float
/// formatting into the bundle, so a number is written as JavaScript writes
/// it (`1e+21`, `Infinity`), not as Rust does.
fn invalid_type(value: &JsValue, expected: &str) -> String {
    let unexpected = if value.is_null() || value.is_undefined() {
        "unit value".to_owned()
    } else if let Some(flag) = value.as_bool() {
        format!("boolean `{flag}`")
    } else if let Some(number) = value.as_f64() {
        // In JavaScript's digits, with ".0" when they have no point.
        let mut written = String::from(
            js_sys::Number::from(number)
                .to_string_with_radix(10)
                .unwrap_or_default(),
        );
        if written
            .bytes()
            .all(|byte| byte == b'-' || byte.is_ascii_digit())
        {
            written.push_str(".0");
        }
        format!("floating point `{written}`")
    } else if let Some(text) = value.as_string() {
        format!("string {}", dateline_engine::model::fields::quoted(&text))
    } else if value.is_instance_of::<js_sys::Uint8Array>()
        || value.is_instance_of::<js_sys::ArrayBuffer>()
    {
        "byte array".to_owned()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    };
    format!("Error: invalid type: {unexpected}, expected {expected}")
}

/// A mounted widget, as `dateline.js` holds it.
#[wasm_bindgen]
pub struct MountHandle {
    app: Option<yew::AppHandle<Widget>>,
    /// The widget's properties, kept to replace its story.
    props: WidgetProps,
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

    /// The element the widget renders into, inside its shadow root.
    pub fn root(&self) -> web_sys::Element {
        self.root.clone()
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

    /// Shows `story`, a story object's JSON text, in place of the story
    /// shown, keeping the reader's view where the new story allows; it is
    /// read as a story object given to `mount` is (its pictures in the
    /// folder the widget was given).
    pub fn show(&mut self, story: String) {
        self.props.source = StorySource::Text(Rc::from(story));
        self.props.options.story_address = None;
        if let Some(app) = self.app.as_mut() {
            app.update(self.props.clone());
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
            let host = shadow.host();
            if host.class_name() == INNER_HOST_CLASS {
                host.remove();
            }
        }
        self.root.remove();
    }

    /// Panics, as a fault inside the widget would: the end-to-end tests use it
    /// to check that a fault stays in its widget. It is not part of the API.
    #[doc(hidden)]
    pub fn fault_for_tests(&self) {
        panic!("a fault was triggered on purpose");
    }
}

/// Mounts a widget in `host` with `options` (see [`HostOptions`]). When
/// the loader has already asked for the story file, `response` is its
/// `fetch` promise and `abort` the controller of that request. `address` is
/// the story file's address as the loader resolved it against the page with
/// the browser's URL parser, as `fetch` does (`None` for a story object, or
/// one that is not `http` or `https`); it names the story in the reader's
/// browser. `pictures` is the folder pictures given as paths are read in, as
/// the loader resolved it: the host's `pictures` option if it names a folder
/// on the page's own site, else the story file's folder (`None` for a story
/// object without the option: such pictures are then refused). `messages`
/// is the folder of the shipped languages' words, beside the loader (`None`:
/// the widget speaks English where it would fetch them).
///
/// # Errors
/// When `options` is not an object of that shape.
#[wasm_bindgen]
pub fn mount(
    host: web_sys::Element,
    options: JsValue,
    response: Option<js_sys::Promise>,
    abort: Option<web_sys::AbortController>,
    address: Option<String>,
    pictures: Option<String>,
    messages: Option<String>,
) -> Result<MountHandle, JsValue> {
    let options = host_options(&options)?.map_err(|error| {
        JsValue::from_str(&format!("the widget's options are not valid: {error}"))
    })?;
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
    let (widget_options, unknown) = options.read(Some(&host.id()));
    for option in unknown {
        web_sys::console::warn_1(&format!("Dateline: {option}").into());
    }
    let controller = Controller::default();
    let props = WidgetProps {
        source: story_source(
            &options,
            response
                .zip(abort)
                .map(|(response, abort)| StoryRequest { response, abort }),
        ),
        options: WidgetOptions {
            story_address: address.filter(|_| options.story.is_none()),
            pictures,
            messages,
            ..widget_options
        },
        on_loaded,
        controller: controller.clone(),
    };
    let root = isolated_root(&host)?;
    let app = yew::Renderer::<Widget>::with_root_and_props(root.clone(), props.clone()).render();
    Ok(MountHandle {
        app: Some(app),
        props,
        root,
        controller,
        loaded,
    })
}

thread_local! {
    /// The loader's fault handler for this instance (see [`on_fault`]).
    static FAULT_HANDLER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Sets the function called with a sentence saying what went wrong when this
/// instance panics; the instance cannot be used after that.
#[wasm_bindgen]
pub fn on_fault(handler: js_sys::Function) {
    FAULT_HANDLER.with(|slot| {
        if let Ok(mut slot) = slot.try_borrow_mut() {
            *slot = Some(handler);
        }
    });
}

/// Logs panics to the console and reports them to the fault handler. Set
/// through Yew, which would otherwise install its own hook on first render.
pub fn report_faults() {
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let reason = dateline_engine::panic_reason(info.payload());
        FAULT_HANDLER.with(|slot| {
            if let Some(handler) = slot.try_borrow().ok().as_deref().and_then(Option::as_ref) {
                let _ = handler.call1(&JsValue::NULL, &JsValue::from_str(reason));
            }
        });
    }));
}

/// The class of the element added inside hosts that cannot have a shadow root.
const INNER_HOST_CLASS: &str = "dateline-shadow-host";

/// The widget's stylesheet (minified by `build.rs`), adopted inside each widget's shadow root so the
/// host page's CSS cannot reach the widget and the widget's cannot leak out. Pre-rendered
/// widgets link the same text as `dateline.css` (`dateline render --stylesheet`).
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/dateline.css"));

/// A fresh element to render into, inside a shadow root with the stylesheet
/// adopted: `host`'s own shadow root, or, for elements that cannot have one
/// (`<figure>`, `<li>`, `<td>`, ...), one on a `<div>` added inside `host`.
/// Where shadow roots or constructable stylesheets are unavailable, the
/// element is added to `host` itself.
///
/// # Errors
/// When the page's document cannot create elements.
fn isolated_root(host: &web_sys::Element) -> Result<web_sys::Element, JsValue> {
    let document = host
        .owner_document()
        .ok_or_else(|| JsValue::from_str("the host element is not in a document"))?;
    let root = document.create_element("div")?;
    root.set_class_name("dl-host");
    let shadow = host.shadow_root().or_else(|| {
        let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
        host.attach_shadow(&init).ok().or_else(|| {
            let inner = document.create_element("div").ok()?;
            inner.set_class_name(INNER_HOST_CLASS);
            host.append_child(&inner).ok()?;
            inner.attach_shadow(&init).ok()
        })
    });
    let sheet = web_sys::CssStyleSheet::new()
        .ok()
        .filter(|sheet| sheet.replace_sync(STYLESHEET).is_ok());
    match (shadow, sheet) {
        (Some(shadow), Some(sheet)) => {
            shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
            shadow.append_child(&root)?;
        }
        _ => {
            host.append_child(&root)?;
        }
    }
    Ok(root)
}

#[cfg(test)]
mod tests {
    use super::STYLESHEET;
    use crate::measures::NARROW_BELOW_PX;
    use crate::model::validate::MAX_STORY_BYTES;

    #[test]
    fn the_stylesheet_narrows_the_widget_where_its_views_do() {
        let query = format!("@container (max-width:{}px)", NARROW_BELOW_PX - 0.02);
        assert!(STYLESHEET.contains(&query), "{query} is in the stylesheet");
    }

    #[test]
    fn the_loader_reads_no_more_of_a_story_file_than_the_widget() {
        let loader = include_str!("../static/embed/dateline.js");
        let cap = loader
            .lines()
            .find_map(|line| line.trim().strip_prefix("const MAX_STORY_BYTES ="))
            .expect("dateline.js defines MAX_STORY_BYTES");
        let bytes: usize = cap
            .trim()
            .trim_end_matches(';')
            .split('*')
            .map(|factor| factor.trim().parse::<usize>().expect("a whole number"))
            .product();
        assert_eq!(bytes, MAX_STORY_BYTES);
    }
}
