//! The studio's page: the article and its draft on one side, the live widget
//! and the publishing codes on the other. Everything is kept in the
//! browser's storage on every change and restored on reload.

mod fields;
mod items;
mod preview;
mod publish;

use std::rc::Rc;

use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use self::items::{view_list, ListProps};
use self::preview::Preview;
use self::publish::Publish;
use crate::document::{Edit, List};
use crate::i18n::{language_name, Words, CATALOGUES};
use crate::studio::{findings, Action, Notice, Studio, Work};
use dateline_toolkit::draft::article::read_article;
use fields::{Field, FieldKind};

/// Where the studio keeps its work in the browser.
const STORAGE_KEY: &str = "dateline-studio";
/// Where the studio keeps the language the producer chose (`boot.js` reads it).
const LANGUAGE_KEY: &str = "dateline-studio-language";

/// Starts the studio in `root`, speaking `language` (a primary language
/// subtag, which `boot.js` chose); `mount` is the widget's own `mount` from
/// `dateline.js`, which draws the preview.
#[wasm_bindgen]
pub fn start(root: web_sys::Element, mount: js_sys::Function, language: String) {
    yew::Renderer::<App>::with_root_and_props(root, AppProps { mount, language }).render();
}

/// Writes a panic's message to the console, where a producer reporting a
/// fault can copy it from, and over the studio, in the page's language: the
/// studio cannot go on, and the work up to the last change is kept.
pub fn log_panics() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Dateline studio: {info}").into());
        show_stopped(dateline_engine::panic_reason(info.payload()));
    }));
}

/// Puts the sentence saying the studio stopped for `reason` in place of the studio.
fn show_stopped(reason: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let language = document
        .document_element()
        .map(|html| html.get_attribute("lang").unwrap_or_default())
        .unwrap_or_default();
    let said = Words::new(&language).fill("fault.stopped", &[("reason", reason)]);
    let (Some(root), Ok(message)) = (
        document.get_element_by_id("studio"),
        document.create_element("p"),
    ) else {
        return;
    };
    message.set_class_name("st-loading st-notice--refused");
    let _ = message.set_attribute("role", "alert");
    message.set_text_content(Some(&said));
    root.replace_children_with_node_1(&message);
}

#[derive(Properties)]
struct AppProps {
    mount: js_sys::Function,
    /// The language the studio starts in.
    language: String,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        self.mount == other.mount && self.language == other.language
    }
}

/// The studio's words in the producer's language, which every view reads.
#[hook]
fn use_words() -> Rc<Words> {
    use_context::<Rc<Words>>().expect("the studio provides its words")
}

/// The studio's state for Yew: every action goes through [`Studio::reduce`].
#[derive(PartialEq)]
struct State(Studio);

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut studio = self.0.clone();
        studio.reduce(action);
        Rc::new(State(studio))
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The work kept from the last visit, or an empty studio.
fn restored() -> Studio {
    let kept = storage()
        .and_then(|storage| storage.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|text| kept_works(&text));
    match kept {
        Some((works, current)) => Studio::kept(works, current),
        None => Studio::default(),
    }
}

/// The stories in a kept record's `text`, and which was being edited;
/// `None` when it is not a record of them.
fn kept_works(text: &str) -> Option<(Vec<Work>, usize)> {
    let kept = serde_json::from_str::<Value>(text).ok()?;
    let work = |value: &Value| {
        let story = value
            .get("story")
            .filter(|story| story.is_object())?
            .clone();
        let article = value
            .get("article")
            .and_then(Value::as_str)
            .unwrap_or_default();
        Some(Work {
            article: article.to_owned(),
            story,
        })
    };
    let works: Vec<Work> = kept
        .get("works")?
        .as_array()?
        .iter()
        .filter_map(work)
        .collect();
    let current = kept.get("current").and_then(Value::as_u64).unwrap_or(0);
    Some((works, usize::try_from(current).unwrap_or(0)))
}

/// Keeps every story in the browser's storage; false when it would not
/// take them (it is full, or the browser keeps nothing for this page).
fn keep(studio: &Studio) -> bool {
    let works: Vec<Value> = studio
        .all_works()
        .into_iter()
        .map(|work| serde_json::json!({ "article": work.article, "story": work.story }))
        .collect();
    let text = serde_json::json!({ "works": works, "current": studio.current }).to_string();
    storage().is_some_and(|storage| storage.set_item(STORAGE_KEY, &text).is_ok())
}

/// Makes the page speak `words`' language: its `lang`, direction and title.
fn speak(words: &Words) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", words.language());
        let _ = html.set_attribute("dir", words.dir());
    }
    document.set_title(words.text("studio.title"));
}

/// Focuses the element with this id, if it is there.
fn focus_element(id: &str) {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Focuses the field of `path`, or the first field of the item it is in.
fn focus_field(path: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let mut path = path.to_owned();
    loop {
        let field = document
            .get_element_by_id(&fields::field_id(&path))
            .or_else(|| {
                document
                    .query_selector(&format!(
                        "[id^=\"{}\"]",
                        fields::field_id(&path).replace('"', "")
                    ))
                    .ok()
                    .flatten()
            });
        if let Some(field) = field.and_then(|field| field.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = field.focus();
            return;
        }
        match path.rfind(['.', '[']) {
            Some(at) => path.truncate(at),
            None => return,
        }
    }
}

#[component]
fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| State(restored()));
    let studio = &state.0;
    let language = use_state(|| props.language.clone());
    let words = use_memo((*language).clone(), |language| Words::new(language));
    use_effect_with(words.clone(), |words| speak(words));
    let story = studio.editor.story().clone();
    {
        let state = state.clone();
        use_effect_with(
            (
                studio.article.clone(),
                story.clone(),
                studio.current,
                studio.works.len(),
            ),
            move |_| {
                if !keep(&state.0) {
                    state.dispatch(Action::Failed(Notice::NotKept));
                }
            },
        );
    }
    // Another tab of the studio keeping its work: take it, so neither tab
    // writes over the other's stories with an older copy.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |()| {
            let listener = web_sys::window().map(|window| {
                gloo_events::EventListener::new(&window, "storage", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    // A record removed or not the studio's is not taken for no stories.
                    let kept = (event.key().as_deref() == Some(STORAGE_KEY))
                        .then(|| event.new_value())
                        .flatten()
                        .and_then(|text| kept_works(&text));
                    if let Some((works, _)) = kept {
                        dispatcher.dispatch(Action::KeptElsewhere(works));
                    }
                })
            });
            move || drop(listener)
        });
    }
    let found = use_memo(story.clone(), |story| findings(story));
    let paragraphs = use_memo(studio.article.clone(), |article| {
        Rc::new(
            read_article(article)
                .paragraphs
                .into_iter()
                .map(|paragraph| paragraph.text)
                .collect::<Vec<_>>(),
        )
    });
    let story_text = use_memo(story.clone(), |story| Rc::new(story.to_string()));

    // One callback for the studio's life, so a list item whose content did
    // not change is not drawn again.
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |()| {
            Callback::from(move |action: Action| dispatcher.dispatch(action))
        }))
        .clone()
    };
    // The element to focus once the edit that moves it is drawn, by its id.
    let focus_next = use_mut_ref(|| None::<String>);
    {
        let focus_next = focus_next.clone();
        use_effect(move || {
            if let Some(id) = focus_next.borrow_mut().take() {
                focus_element(&id);
            }
        });
    }
    let edit_then_focus = {
        let dispatch = dispatch.clone();
        (*use_memo((), move |()| {
            Callback::from(move |(edit, id): (Edit, String)| {
                *focus_next.borrow_mut() = Some(id);
                dispatch.emit(Action::Edit(edit));
            })
        }))
        .clone()
    };
    let onkeydown = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: KeyboardEvent| {
            if !(event.ctrl_key() || event.meta_key()) {
                return;
            }
            // The article and the story's address are not in the story's
            // history: the browser undoes typing there.
            let outside_history = event
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|target| matches!(target.id().as_str(), "st-article" | "st-address"));
            if outside_history {
                return;
            }
            let action = match (event.key().to_lowercase().as_str(), event.shift_key()) {
                ("z", false) => Action::Undo,
                ("z", true) | ("y", false) => Action::Redo,
                _ => return,
            };
            event.prevent_default();
            dispatch.emit(action);
        })
    };
    let on_article = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                dispatch.emit(Action::Article(area.value()));
            }
        })
    };
    let on_file = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                read_file(file, dispatch.clone());
            }
            input.set_value("");
        })
    };
    // A file dropped anywhere on the studio opens as the file button does.
    let ondragover = Callback::from(|event: DragEvent| event.prevent_default());
    let ondrop = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: DragEvent| {
            let file = event
                .data_transfer()
                .and_then(|transfer| transfer.files())
                .and_then(|files| files.get(0));
            if let Some(file) = file {
                event.prevent_default();
                read_file(file, dispatch.clone());
            }
        })
    };
    let undo = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Undo))
    };
    let redo = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Redo))
    };
    let draft = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Draft))
    };
    // The story to open is chosen, then opened by its button: a list that
    // acted on each change would switch on the first arrow key.
    let chosen_work = use_state(|| None::<usize>);
    let on_choose_work = {
        let chosen_work = chosen_work.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                chosen_work.set(select.value().parse().ok());
            }
        })
    };
    let on_open_work = {
        let (dispatch, chosen_work) = (dispatch.clone(), chosen_work.clone());
        Callback::from(move |_| {
            if let Some(index) = *chosen_work {
                chosen_work.set(None);
                dispatch.emit(Action::SwitchTo(index));
            }
        })
    };
    let new_story = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::NewStory))
    };
    let on_language = {
        let language = language.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                if let Some(storage) = storage() {
                    let _ = storage.set_item(LANGUAGE_KEY, &select.value());
                }
                language.set(select.value());
            }
        })
    };
    let works = studio.all_works();
    let delete_story = {
        let dispatch = dispatch.clone();
        let question = words.fill(
            "stories.delete_confirm",
            &[("title", &words.story_title(works[studio.current].title()))],
        );
        Callback::from(move |_| {
            let sure = web_sys::window()
                .and_then(|window| window.confirm_with_message(&question).ok())
                .unwrap_or(false);
            if sure {
                dispatch.emit(Action::DeleteStory);
            }
        })
    };
    let shown_work = chosen_work.unwrap_or(studio.current).min(works.len() - 1);
    let notice = studio.notice.as_ref().map(|notice| {
        let class = classes!(
            "st-notice",
            notice.refused().then_some("st-notice--refused")
        );
        html! { <p {class}>{ words.notice(notice) }</p> }
    });
    let meta_fields = [
        Field::new("meta.title", FieldKind::Required),
        Field::new("meta.source.name", FieldKind::Required),
        Field::new("meta.published", FieldKind::Date),
        Field::new("meta.authors", FieldKind::Names),
        Field::new("meta.language", FieldKind::Required),
        Field::new("meta.summary", FieldKind::LongText),
        Field::new("meta.source.url", FieldKind::Optional),
    ];
    let count = found.len();
    html! {
        <ContextProvider<Rc<Words>> context={words.clone()}>
        <div class="st" {onkeydown} {ondragover} {ondrop}>
            <nav class="st-skips" aria-label={words.text("skips.label")}>
                <a class="st-skip" href="#st-preview">{ words.text("skips.preview") }</a>
                <a class="st-skip" href="#st-publish">{ words.text("skips.publish") }</a>
            </nav>
            <header class="st-head">
                <h1>{ words.text("studio.title") }</h1>
                <div class="st-tools">
                    <label for="st-language">{ words.text("studio.language") }</label>
                    <select id="st-language" onchange={on_language}>
                        { for CATALOGUES.iter().map(|(code, _)| html! {
                            <option value={*code} lang={*code} selected={*code == words.language()}>{ language_name(code) }</option>
                        }) }
                    </select>
                </div>
                <div class="st-tools st-stories" role="group" aria-label={words.text("stories.label")}>
                    <label for="st-works">{ words.text("stories.story") }</label>
                    <select id="st-works" dir="auto" onchange={on_choose_work} ~value={shown_work.to_string()}>
                        { for works.iter().enumerate().map(|(index, work)| html! {
                            <option value={index.to_string()} selected={index == shown_work}>{ words.story_title(work.title()) }</option>
                        }) }
                    </select>
                    <button type="button" onclick={on_open_work} disabled={shown_work == studio.current}>{ words.text("stories.open") }</button>
                    <button type="button" onclick={new_story}>{ words.text("stories.new") }</button>
                    <button type="button" onclick={delete_story}>{ words.text("stories.delete") }</button>
                </div>
                <div class="st-tools" role="group" aria-label={words.text("history.label")}>
                    <button type="button" onclick={undo} disabled={!studio.editor.can_undo()} aria-keyshortcuts="Control+Z">{ words.text("history.undo") }</button>
                    <button type="button" onclick={redo} disabled={!studio.editor.can_redo()} aria-keyshortcuts="Control+Shift+Z">{ words.text("history.redo") }</button>
                </div>
            </header>
            <main class="st-main">
                <div class="st-work">
                    <section class="st-panel" aria-labelledby="st-start">
                        <h2 id="st-start">{ words.text("start.heading") }</h2>
                        <label for="st-article">{ words.text("start.article") }</label>
                        <textarea id="st-article" dir="auto" rows="8" value={studio.article.clone()} oninput={on_article}
                            placeholder={words.text("start.article_placeholder")} />
                        <div class="st-row">
                            <button type="button" class="st-primary" onclick={draft}>{ words.text("start.draft") }</button>
                            <label class="st-file">{ words.text("start.open_file") }
                                <input type="file" accept=".txt,.json,.csv,text/plain,application/json,text/csv" onchange={on_file} />
                            </label>
                        </div>
                        <p class="st-hint">{ words.text("start.hint") }</p>
                        <div role="status" class="st-status">{ for notice }</div>
                    </section>
                    <section class="st-panel st-problems" role="region" aria-labelledby="st-problems">
                        <h2 id="st-problems">{ words.text("problems.heading") } <span class="st-count">{ format!(" ({count})") }</span></h2>
                        if found.is_empty() {
                            <p>{ words.text("problems.none") }</p>
                        } else {
                            <ul>
                                { for found.iter().map(|finding| {
                                    let path = finding.path.clone();
                                    let onclick = Callback::from(move |_| focus_field(&path));
                                    let severity = words.text(if finding.error { "problems.error" } else { "problems.warning" });
                                    html! {
                                        <li class={classes!("st-finding", finding.error.then_some("st-finding--error"))}>
                                            <button type="button" class="st-link" {onclick}>
                                                <strong>{ severity }</strong>{ " " }
                                                <code dir="ltr">{ if finding.path.is_empty() { words.text("problems.story") } else { &finding.path } }</code>
                                                { ": " }<bdi>{ &finding.message }</bdi>
                                            </button>
                                        </li>
                                    }
                                }) }
                            </ul>
                        }
                    </section>
                    <section class="st-panel" aria-labelledby="st-meta">
                        <h2 id="st-meta">{ words.text("meta.heading") }</h2>
                        { for meta_fields.iter().map(|field| field.view(&story, "", "", &words, &items::problems_of(&found, "meta."), &dispatch)) }
                    </section>
                    { for List::ALL.iter().map(|list| view_list(ListProps { list: *list, story: story.clone(), found: found.clone(), paragraphs: (*paragraphs).clone(), words: words.clone(), dispatch: dispatch.clone(), edit_then_focus: edit_then_focus.clone() })) }
                </div>
                <div class="st-side">
                    <Preview story={(*story_text).clone()} mount={props.mount.clone()} />
                    <Publish key={studio.current} story={story.clone()} dispatch={dispatch.clone()} />
                </div>
            </main>
        </div>
        </ContextProvider<Rc<Words>>>
    }
}

/// Reads a file the producer opened, refusing one too large to be a story
/// or one that is not text, without touching the work.
fn read_file(file: web_sys::File, dispatch: Callback<Action>) {
    use dateline_engine::model::validate::MAX_STORY_BYTES;
    let name = file.name();
    let bytes = file.size();
    if bytes > MAX_STORY_BYTES as f64 {
        dispatch.emit(Action::TooLarge { name, bytes });
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await else {
            dispatch.emit(Action::NotText { name });
            return;
        };
        let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
        match String::from_utf8(bytes) {
            Ok(text) if !text.contains('\0') => dispatch.emit(Action::Open { name, text }),
            _ => dispatch.emit(Action::NotText { name }),
        }
    });
}
