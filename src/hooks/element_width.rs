//! Measuring a container's width as it changes.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The width, in CSS px, that views assume when they cannot measure: given by
/// a pre-renderer through a context, so the markup it writes ahead of time is
/// laid out for the width the page will have. The browser's module never
/// reads it (it measures), which keeps Yew's context code out of it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AssumedWidth(pub f64);

/// The width of the element behind `node`, in CSS px, kept up to date with a
/// `ResizeObserver`; on the server, the [`AssumedWidth`] given by a context,
/// if any. A width of zero is not a
/// measurement: the element is hidden (a closed tab, `display: none`) and the
/// views keep the layout they had, with the reader's focus in it.
#[hook]
pub fn use_element_width(node: &NodeRef) -> Option<f64> {
    #[cfg(not(target_arch = "wasm32"))]
    let assumed = use_context::<AssumedWidth>();
    #[cfg(target_arch = "wasm32")]
    let assumed = None::<AssumedWidth>;
    let width = use_state_eq(|| None);
    {
        let width = width.clone();
        use_effect_with(node.clone(), move |node| {
            let element = node.cast::<web_sys::Element>();
            let observer = element.as_ref().and_then(|element| {
                let measured = move |measured: f64| {
                    if measured > 0.0 {
                        width.set(Some(measured));
                    }
                };
                measured(f64::from(element.client_width()));
                let on_resize =
                    Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
                        if let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>()
                        {
                            measured(entry.content_rect().width().round());
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
    (*width).or(assumed.map(|AssumedWidth(width)| width))
}
