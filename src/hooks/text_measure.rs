//! Measuring text as the browser draws it, in the page's own font, so the
//! layouts give titles and labels the room they take rather than an estimate.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Weight and size of the timeline's titles and the map's labels (the
/// stylesheet's `.dl-timeline__label`, `.dl-map__svg` and `.dl-actor__label`),
/// as a CSS `font` begins.
const LABEL_FONT: &str = "600 12px ";

/// A measure of text drawn in one font: a canvas's 2D context of its own,
/// set to that font once.
#[derive(Clone)]
pub struct TextMeasure {
    context: web_sys::CanvasRenderingContext2d,
    font: Rc<str>,
}

impl PartialEq for TextMeasure {
    fn eq(&self, other: &Self) -> bool {
        self.font == other.font
    }
}

impl TextMeasure {
    /// A measure of labels in `family`, or `None` where there is no canvas.
    fn new(family: &str) -> Option<Self> {
        let canvas = detached_canvas()?;
        let context = canvas
            .get_context("2d")
            .ok()??
            .dyn_into::<web_sys::CanvasRenderingContext2d>()
            .ok()?;
        let font: Rc<str> = [LABEL_FONT, family].concat().into();
        context.set_font(&font);
        Some(Self { context, font })
    }

    /// The width of `text` as a label, in CSS px; 0 where it cannot be measured.
    pub fn label_width(&self, text: &str) -> f64 {
        self.context
            .measure_text(text)
            .map_or(0.0, |metrics| metrics.width())
    }
}

/// A canvas that is never attached to the page.
fn detached_canvas() -> Option<web_sys::HtmlCanvasElement> {
    web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()
}

/// A measure of labels in the font of the element behind `node`, once it is
/// drawn and the page's fonts have loaded (a measure in a fallback font would
/// be wrong once the page's own arrives); `None` until then, and always on
/// the server, where the layouts keep their estimates.
#[hook]
pub fn use_text_measure(node: &NodeRef) -> Option<TextMeasure> {
    let measure = use_state(|| None::<TextMeasure>);
    {
        let measure = measure.clone();
        use_effect_with(node.clone(), move |node| {
            let element = node.cast::<web_sys::Element>();
            let family = move || {
                let element = element.as_ref()?;
                let style = web_sys::window()?.get_computed_style(element).ok()??;
                let family = style.get_property_value("font-family").ok()?;
                (!family.is_empty()).then_some(family)
            };
            let fonts = web_sys::window()
                .and_then(|window| window.document())
                .map(|document| document.fonts());
            match fonts {
                Some(fonts) if fonts.status() != web_sys::FontFaceSetLoadStatus::Loaded => {
                    if let Ok(ready) = fonts.ready() {
                        wasm_bindgen_futures::spawn_local(async move {
                            let _ = wasm_bindgen_futures::JsFuture::from(ready).await;
                            measure.set(family().and_then(|family| TextMeasure::new(&family)));
                        });
                    }
                }
                _ => measure.set(family().and_then(|family| TextMeasure::new(&family))),
            }
        });
    }
    (*measure).clone()
}
