//! Publishing: the story file to download, and the code a CMS needs to show
//! it, with the story's address editable.

use std::rc::Rc;

use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::use_words;
use crate::i18n::Words;
use crate::studio::{Action, Notice};
use dateline_engine::model::{check_story, PicturePaths};
use dateline_toolkit::escape;
use dateline_toolkit::export::{story_svg, svg_to_png, ExportOptions, ExportView, Theme};
use dateline_toolkit::ids::slug;
use dateline_toolkit::render::{rendered_snippet, RenderOptions};

#[derive(Properties, PartialEq)]
pub struct PublishProps {
    pub story: Rc<Value>,
    /// Says what could not be done.
    pub dispatch: Callback<Action>,
}

/// The story file's name: its title as a slug.
fn file_name(story: &Value) -> String {
    let title = story
        .pointer("/meta/title")
        .and_then(Value::as_str)
        .unwrap_or_default();
    match slug(title, 60) {
        name if name.is_empty() => "story.json".to_owned(),
        name => format!("{name}.json"),
    }
}

/// The folder the studio's page is served from, where `dateline.js` and
/// `embed.html` are.
fn widget_folder() -> String {
    web_sys::window()
        .and_then(|window| window.location().href().ok())
        .and_then(|page| web_sys::Url::new_with_base("../", &page).ok())
        .map(|folder| folder.href())
        .unwrap_or_default()
}

/// The snippets a CMS takes: the loader and the story's element, or a
/// self-sizing frame.
pub fn embed_codes(folder: &str, address: &str) -> (String, String) {
    // The frame's address carries the story's in its query, escaped for it
    // first and then, as every value here, for the attribute.
    let in_query = escape::html(&percent_query(address));
    let (folder, address) = (escape::html(folder), escape::html(address));
    let script = format!(
        "<script type=\"module\" src=\"{folder}dateline.js\"></script>\n<div data-dateline-story=\"{address}\"></div>"
    );
    let frame = format!(
        "<iframe id=\"dateline-1\" title=\"The story, explained\" style=\"width: 100%; border: 0\"\n  src=\"{folder}embed.html?story={in_query}&amp;id=dateline-1\"></iframe>"
    );
    (script, frame)
}

/// The loader and the story's element holding the widget pre-rendered, as
/// `dateline render` writes it, so the page shows the story before any
/// script runs, and to readers and search engines without it.
/// `Err` with the sentence saying why the story cannot be pre-rendered.
async fn prerendered_code(
    folder: &str,
    story: &str,
    address: &str,
    words: &Words,
) -> Result<String, String> {
    let options = RenderOptions {
        base: folder.to_owned(),
        ..RenderOptions::default()
    };
    match rendered_snippet(story, address, &options).await {
        Ok(snippet) => Ok(format!(
            "<script type=\"module\" src=\"{}dateline.js\"></script>\n{snippet}",
            escape::html(folder)
        )),
        Err(error) => Err(words.fill("publish.not_prerendered", &[("why", &error.to_string())])),
    }
}

/// The story drawn as `dateline export` draws it: its valid items, at the
/// picture's options.
fn picture(story: &Value, options: &ExportOptions) -> Option<String> {
    let checked = check_story(story.clone(), PicturePaths::InFolder).ok()?;
    Some(story_svg(&checked.story, options))
}

/// `text` percent-encoded for a query's value: every byte but letters,
/// digits, `-._~` and `/`.
fn percent_query(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                char::from(byte).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

/// Saves `text` as a file named `name` through the browser's download.
fn download(name: &str, text: &str) {
    download_blob(name, &text.into(), "application/json");
}

/// Saves `data` (text or bytes) as a file of `kind` named `name`.
fn download_blob(name: &str, data: &JsValue, kind: &str) {
    let parts = js_sys::Array::of1(data);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(kind);
    let Ok(blob) = web_sys::Blob::new_with_buffer_source_sequence_and_options(&parts, &options)
    else {
        return;
    };
    let Ok(address) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let link = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.create_element("a").ok())
        .and_then(|link| link.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(link) = link {
        link.set_href(&address);
        link.set_download(name);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&address);
}

#[component]
pub fn Publish(props: &PublishProps) -> Html {
    let words = use_words();
    let name = file_name(&props.story);
    let address = use_state(|| None::<String>);
    let shown_address = (*address).clone().unwrap_or_else(|| name.clone());
    let (script, frame) = embed_codes(&widget_folder(), &shown_address);
    // Pre-rendering draws the whole widget, so it is written only while
    // its code is shown.
    let prerender_open = use_state(|| false);
    let prerendered = use_state(|| Ok(String::new()));
    // Counts the stories asked for, so a render that a later one overtook is dropped.
    let asked = use_mut_ref(|| 0_u64);
    {
        let prerendered = prerendered.clone();
        use_effect_with(
            (
                props.story.clone(),
                shown_address.clone(),
                *prerender_open,
                words.clone(),
            ),
            move |(story, address, open, words)| {
                if !*open {
                    return;
                }
                let ask = {
                    let mut asked = asked.borrow_mut();
                    *asked += 1;
                    *asked
                };
                let (story, address, words) = (story.to_string(), address.clone(), words.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let code = prerendered_code(&widget_folder(), &story, &address, &words).await;
                    if *asked.borrow() == ask {
                        prerendered.set(code);
                    }
                });
            },
        );
    }
    let on_toggle = {
        let prerender_open = prerender_open.clone();
        Callback::from(move |event: Event| {
            if let Some(details) = event.target_dyn_into::<web_sys::HtmlDetailsElement>() {
                prerender_open.set(details.open());
            }
        })
    };
    let on_download = {
        let (story, name) = (props.story.clone(), name.clone());
        Callback::from(move |_| {
            let text = serde_json::to_string_pretty(&*story).unwrap_or_default() + "\n";
            download(&name, &text);
        })
    };
    let export = use_state(ExportOptions::default);
    let choose = |read: fn(&mut ExportOptions, &str)| {
        let export = export.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                let mut options = (*export).clone();
                read(&mut options, &select.value());
                export.set(options);
            }
        })
    };
    let on_view = choose(|options, value| {
        options.view = ExportView::parse(value).unwrap_or(ExportView::Both);
    });
    let on_export_theme = choose(|options, value| {
        options.theme = Theme::parse(value).unwrap_or(Theme::Light);
    });
    let on_export_width = choose(|options, value| {
        options.width = value.parse().unwrap_or(1200.0);
    });
    let base_name = name.trim_end_matches(".json").to_owned();
    let on_svg = {
        let (story, export, base_name) = (props.story.clone(), export.clone(), base_name.clone());
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| match picture(&story, &export) {
            Some(svg) => download_blob(&format!("{base_name}.svg"), &svg.into(), "image/svg+xml"),
            None => dispatch.emit(Action::Failed(Notice::NoPicture)),
        })
    };
    let on_png = {
        let (story, export, dispatch) =
            (props.story.clone(), export.clone(), props.dispatch.clone());
        Callback::from(move |_| {
            let Some(svg) = picture(&story, &export) else {
                return dispatch.emit(Action::Failed(Notice::NoPicture));
            };
            match svg_to_png(&svg, 2.0) {
                Ok(png) => {
                    let bytes = js_sys::Uint8Array::from(png.as_slice());
                    download_blob(&format!("{base_name}.png"), &bytes.into(), "image/png");
                }
                Err(why) => dispatch.emit(Action::Failed(Notice::NoPng(why.to_string()))),
            }
        })
    };
    let on_address = {
        let address = address.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                address.set(Some(input.value()));
            }
        })
    };
    html! {
        <section class="st-panel" aria-labelledby="st-publish">
            <h2 id="st-publish">{ words.text("publish.heading") }</h2>
            <button type="button" class="st-primary" onclick={on_download}>{ words.text("publish.download") }</button>
            <div class="st-field">
                <label for="st-address">{ words.text("publish.address") }</label>
                <input id="st-address" type="text" dir="ltr" value={shown_address} oninput={on_address} />
            </div>
            <div class="st-field">
                <label for="st-embed">{ words.text("publish.embed") }</label>
                <textarea id="st-embed" dir="ltr" readonly=true rows="3" value={script} />
            </div>
            <details class="st-field" ontoggle={on_toggle}>
                <summary>{ words.text("publish.prerendered") }</summary>
                <label for="st-embed-prerendered">{ words.text("publish.embed_prerendered") }</label>
                // A story that cannot be pre-rendered says why, rather than
                // putting the reason where a producer copies code from.
                <textarea id="st-embed-prerendered" dir="ltr" readonly=true rows="3"
                    value={prerendered.as_ref().map(String::clone).unwrap_or_default()}
                    aria-describedby={prerendered.is_err().then_some("st-embed-prerendered-why")} />
                if let Err(why) = &*prerendered {
                    <p id="st-embed-prerendered-why" class="st-notice st-notice--refused">{ why }</p>
                }
            </details>
            <h3>{ words.text("publish.picture") }</h3>
            <div class="st-row">
                <span class="st-pair">
                    <label for="st-export-view">{ words.text("publish.picture_view") }</label>
                    <select id="st-export-view" onchange={on_view}>
                        <option value="both" selected=true>{ words.text("picture.both") }</option>
                        <option value="timeline">{ words.text("picture.timeline") }</option>
                        <option value="map">{ words.text("picture.map") }</option>
                    </select>
                </span>
                <span class="st-pair">
                    <label for="st-export-theme">{ words.text("publish.picture_colours") }</label>
                    <select id="st-export-theme" onchange={on_export_theme}>
                        <option value="light" selected=true>{ words.text("theme.light") }</option>
                        <option value="dark">{ words.text("theme.dark") }</option>
                    </select>
                </span>
                <span class="st-pair">
                    <label for="st-export-width">{ words.text("publish.picture_width") }</label>
                    <select id="st-export-width" onchange={on_export_width}>
                        { for [375, 768, 1200].map(|width| html! {
                            <option value={width.to_string()} selected={width == 1200}>{ words.fill("px", &[("width", &width.to_string())]) }</option>
                        }) }
                    </select>
                </span>
            </div>
            <div class="st-row">
                <button type="button" onclick={on_svg}>{ words.text("publish.svg") }</button>
                <button type="button" onclick={on_png}>{ words.text("publish.png") }</button>
            </div>
            <div class="st-field">
                <label for="st-embed-frame">{ words.text("publish.embed_frame") }</label>
                <textarea id="st-embed-frame" dir="ltr" readonly=true rows="3" value={frame} />
            </div>
        </section>
    }
}
