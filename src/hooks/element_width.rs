//! Measuring a container's width as it changes.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The width of the element behind `node`, in CSS px, kept up to date with a
/// `ResizeObserver`; `None` until it has been measured (and always on the server).
#[hook]
pub fn use_element_width(node: &NodeRef) -> Option<f64> {
    let width = use_state_eq(|| None);
    {
        let width = width.clone();
        use_effect_with(node.clone(), move |node| {
            let element = node.cast::<web_sys::Element>();
            let observer = element.as_ref().and_then(|element| {
                width.set(Some(f64::from(element.client_width())));
                let on_resize =
                    Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
                        if let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>()
                        {
                            width.set(Some(entry.content_rect().width().round()));
                        }
                    });
                let observer =
                    web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
                observer.observe(element);
                Some((observer, on_resize))
            });
            move || {
                if let Some((observer, _on_resize)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    *width
}
