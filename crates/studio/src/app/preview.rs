//! The live preview: the shipped widget itself, mounted through
//! `dateline.js` with the story being edited. Each change is drawn in place
//! by the widget in the preview (its handle's `show`), at most once a frame,
//! so typing shows at once and the preview never goes blank. A new theme or
//! language, a first story that could not be mounted, or a widget a fault
//! stopped means a new widget: it is drawn out of sight and takes the old
//! one's place once it is shown.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use super::use_words;
use crate::i18n::language_name;
use dateline_engine::i18n::catalogue::SHIPPED;

/// How long typing must pause before a new widget is drawn (when the one in
/// place cannot take the change).
const PAUSE_MS: i32 = 100;
/// The widths a producer checks the story at.
const WIDTHS: [u32; 3] = [375, 768, 1280];
const THEMES: [&str; 3] = ["light", "dark", "auto"];

#[derive(Properties)]
pub struct PreviewProps {
    /// The story's JSON text.
    pub story: Rc<String>,
    /// `dateline.js`'s `mount`.
    pub mount: js_sys::Function,
}

impl PartialEq for PreviewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.story, &other.story) && self.mount == other.mount
    }
}

/// The widgets mounted in the preview, newest last, with their handles.
#[derive(Default)]
struct Mounted {
    widgets: Vec<(web_sys::Element, JsValue)>,
    /// Counts changes, so a drawing that a later change overtook is dropped.
    generation: u64,
    /// The change whose drawing is in place.
    placed: u64,
    /// How the widget in place is drawn.
    placed_look: Option<Look>,
    /// The story waiting for the next frame to be shown in place, with the
    /// handle of the widget to show it, if a frame is asked for.
    waiting: Option<(JsValue, Rc<String>)>,
}

impl Mounted {
    /// The handle of the widget in place, if it shows a story drawn as `look`
    /// and no newer widget is being drawn.
    fn in_place(&self, look: &Look) -> Option<JsValue> {
        let (_, handle) = self.widgets.last()?;
        let settled = self.placed == self.generation && self.placed_look.as_ref() == Some(look);
        (settled && !handle.is_null()).then(|| handle.clone())
    }
}

/// How the preview's widget is drawn, besides the story and its width.
#[derive(Clone, PartialEq)]
struct Look {
    theme: &'static str,
    /// A shipped language, or empty for the story's own.
    lang: &'static str,
}

#[component]
pub fn Preview(props: &PreviewProps) -> Html {
    let width = use_state(|| 375_u32);
    let look = use_state(|| Look {
        theme: "light",
        lang: "",
    });
    let words = use_words();
    let frame = use_node_ref();
    let mounted = use_mut_ref(Mounted::default);
    {
        let (frame, mounted, mount) = (frame.clone(), mounted.clone(), props.mount.clone());
        use_effect_with(
            (props.story.clone(), (*look).clone()),
            move |(story, look)| {
                let redraw = redrawing(frame, mounted.clone(), mount, look.clone());
                let in_place = mounted.borrow().in_place(look);
                match in_place {
                    Some(handle) => show_next_frame(&mounted, handle, story.clone(), redraw),
                    None => redraw(story.clone()),
                }
            },
        );
    }
    let width_buttons = WIDTHS.iter().map(|choice| {
        let (width, choice) = (width.clone(), *choice);
        let pressed = *width == choice;
        let onclick = Callback::from(move |_| width.set(choice));
        html! { <button type="button" aria-pressed={pressed.to_string()} {onclick}>{ words.fill("px", &[("width", &choice.to_string())]) }</button> }
    });
    let on_theme = {
        let look = look.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                let theme = THEMES.into_iter().find(|theme| *theme == select.value());
                look.set(Look {
                    theme: theme.unwrap_or("light"),
                    ..(*look).clone()
                });
            }
        })
    };
    let on_lang = {
        let look = look.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                let lang = SHIPPED.into_iter().find(|lang| *lang == select.value());
                look.set(Look {
                    lang: lang.unwrap_or(""),
                    ..(*look).clone()
                });
            }
        })
    };
    html! {
        <section class="st-panel st-preview" aria-labelledby="st-preview">
            <h2 id="st-preview">{ words.text("preview.heading") }</h2>
            <div class="st-row">
                <div role="group" aria-label={words.text("preview.width")}>{ for width_buttons }</div>
                <label for="st-theme">{ words.text("preview.theme") }</label>
                <select id="st-theme" onchange={on_theme}>
                    { for THEMES.iter().map(|theme| html! { <option value={*theme} selected={look.theme == *theme}>{ words.text(&format!("theme.{theme}")) }</option> }) }
                </select>
                <label for="st-lang">{ words.text("preview.language") }</label>
                <select id="st-lang" onchange={on_lang}>
                    <option value="" selected={look.lang.is_empty()}>{ words.text("preview.story_language") }</option>
                    { for SHIPPED.iter().map(|lang| html! { <option value={*lang} selected={look.lang == *lang}>{ language_name(lang) }</option> }) }
                </select>
            </div>
            <div class="st-frame-scroll">
                <div ref={frame} data-studio-preview="" class={format!("st-frame st-frame--{}", *width)} />
            </div>
        </section>
    }
}

/// Waits `ms` milliseconds.
async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Mounts a widget of `story` out of sight in `frame`, and once it is
/// shown (or shows why it cannot be), puts it in place of the others.
async fn draw(
    frame: &web_sys::Element,
    mounted: &Rc<RefCell<Mounted>>,
    mount: &js_sys::Function,
    story: &str,
    look: &Look,
    generation: u64,
) {
    let Some(document) = frame.owner_document() else {
        return;
    };
    let Ok(host) = document.create_element("div") else {
        return;
    };
    host.set_class_name("st-widget st-widget--next");
    let _ = frame.append_child(&host);
    let options = js_sys::Object::new();
    let set = |key: &str, value: &JsValue| {
        let _ = js_sys::Reflect::set(&options, &key.into(), value);
    };
    set("story", &story.into());
    set("load", &"eager".into());
    set("theme", &look.theme.into());
    if !look.lang.is_empty() {
        set("lang", &look.lang.into());
    }
    let handle = match mount.call2(&JsValue::NULL, &host, &options) {
        Ok(promise) => JsFuture::from(promise.unchecked_into::<js_sys::Promise>())
            .await
            .unwrap_or(JsValue::NULL),
        Err(_) => JsValue::NULL,
    };
    let mut mounted = mounted.borrow_mut();
    if mounted.placed > generation {
        destroy(&handle);
        host.remove();
        return;
    }
    // A finished drawing newer than the one in place takes its place, so
    // steady typing still shows its progress; older ones still drawing are
    // dropped when they finish.
    mounted.widgets.push((host.clone(), handle));
    for (old, handle) in mounted.widgets.drain(..).collect::<Vec<_>>() {
        if old == host {
            mounted.widgets.push((old, handle));
            continue;
        }
        destroy(&handle);
        old.remove();
    }
    mounted.placed = generation;
    mounted.placed_look = Some(look.clone());
    host.set_class_name("st-widget");
}

/// Draws a story in a new widget drawn as `look`, out of sight in `frame`,
/// after a pause in typing when a widget is already shown: what a change
/// the widget in place cannot take asks for.
fn redrawing(
    frame: NodeRef,
    mounted: Rc<RefCell<Mounted>>,
    mount: js_sys::Function,
    look: Look,
) -> Rc<dyn Fn(Rc<String>)> {
    Rc::new(move |story: Rc<String>| {
        let generation = {
            let mut mounted = mounted.borrow_mut();
            mounted.generation += 1;
            mounted.waiting = None;
            mounted.generation
        };
        let first = mounted.borrow().widgets.is_empty();
        let (frame, mounted, mount, look) =
            (frame.clone(), mounted.clone(), mount.clone(), look.clone());
        wasm_bindgen_futures::spawn_local(async move {
            if !first {
                pause(PAUSE_MS).await;
            }
            if mounted.borrow().generation != generation {
                return;
            }
            if let Some(frame) = frame.cast::<web_sys::Element>() {
                draw(&frame, &mounted, &mount, &story, &look, generation).await;
            }
        });
    })
}

/// Shows `story` in the widget of `handle` at the next animation frame,
/// with the changes made until then: however fast the producer types, the
/// widget draws once a frame. A widget that cannot take it (a fault inside
/// it stopped it) is replaced through `redraw`.
fn show_next_frame(
    mounted: &Rc<RefCell<Mounted>>,
    handle: JsValue,
    story: Rc<String>,
    redraw: Rc<dyn Fn(Rc<String>)>,
) {
    let already_asked = mounted
        .borrow_mut()
        .waiting
        .replace((handle, story))
        .is_some();
    if already_asked {
        return;
    }
    let mounted = mounted.clone();
    let show = Closure::once_into_js(move || {
        let Some((handle, story)) = mounted.borrow_mut().waiting.take() else {
            return;
        };
        let show = js_sys::Reflect::get(&handle, &"show".into()).ok();
        let shown = show
            .and_then(|show| show.dyn_into::<js_sys::Function>().ok())
            .is_some_and(|show| show.call1(&handle, &story.as_str().into()).is_ok());
        if !shown {
            mounted.borrow_mut().placed_look = None;
            redraw(story);
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(show.unchecked_ref());
    }
}

/// Calls a widget handle's `destroy()`, if it has one.
fn destroy(handle: &JsValue) {
    let destroy = js_sys::Reflect::get(handle, &"destroy".into()).ok();
    if let Some(destroy) = destroy.and_then(|destroy| destroy.dyn_into::<js_sys::Function>().ok()) {
        let _ = destroy.call0(handle);
    }
}
