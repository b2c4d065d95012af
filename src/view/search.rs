//! The search box: an ARIA 1.2 combobox whose listbox lists the events,
//! actors and quotes a query finds, each with its kind and date or speaker.
//! Arrow keys, Home and End move through the results, Enter chooses one,
//! Escape closes the list and then clears the query; the widget's live
//! region says how many results there are.

use crate::view::class_names;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::announcer::Announcer;
use crate::i18n::{count, fill, locale, text};
use crate::model::Story;
use crate::state::search::{excerpt, matched_ranges, MAX_RESULTS};
use crate::state::{ListKey, ListOutcome, Matches, SearchList, Selection};

/// Properties of [`Search`].
#[derive(Properties)]
pub struct SearchProps {
    /// The story searched.
    pub story: Rc<Story>,
    /// The query as it stands.
    pub query: AttrValue,
    /// What the query found, when it has words.
    pub matches: Option<Rc<Matches>>,
    /// Called with the new query as the reader types or clears it.
    pub on_query: Callback<String>,
    /// Called with the result the reader chose.
    pub on_choose: Callback<Selection>,
    /// Says the count of results through the widget's live region.
    pub announcer: Announcer,
}

impl PartialEq for SearchProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.story, &other.story)
            && self.query == other.query
            && self.matches == other.matches
    }
}

/// The search box and its list of results.
#[component]
pub fn Search(props: &SearchProps) -> Html {
    let list = use_state_eq(SearchList::default);
    let listbox = use_node_ref();
    let results: Vec<Selection> = props
        .matches
        .as_ref()
        .map(|matches| matches.results.iter().take(MAX_RESULTS).cloned().collect())
        .unwrap_or_default();
    let total = props
        .matches
        .as_ref()
        .map_or(0, |matches| matches.results.len());
    let open = list.open && !results.is_empty();
    // Fixed ids: each widget renders in a shadow root of its own, and a
    // pre-rendered widget must match the live one's first render.
    let input_id = "dl-search";
    let listbox_id = "dl-search-results";
    let option_id = |index: usize| format!("dl-search-result-{index}");
    let active = list.active.filter(|&index| open && index < results.len());

    // Keep the active option in sight inside the scrolling list.
    {
        let listbox = listbox.clone();
        use_effect_with(active, move |active| {
            let Some(index) = *active else { return };
            let Some(listbox) = listbox.cast::<web_sys::HtmlElement>() else {
                return;
            };
            let option = listbox
                .children()
                .item(index as u32)
                .and_then(|option| option.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(option) = option {
                let (top, height) = (option.offset_top(), option.offset_height());
                let (scrolled, shown) = (listbox.scroll_top(), listbox.client_height());
                if top < scrolled {
                    listbox.set_scroll_top(top);
                } else if top + height > scrolled + shown {
                    listbox.set_scroll_top(top + height - shown);
                }
            }
        });
    }

    let choose = {
        let (list, on_choose, results) = (list.clone(), props.on_choose.clone(), results.clone());
        Callback::from(move |index: usize| {
            if let Some(item) = results.get(index) {
                list.set(SearchList::default());
                on_choose.emit(item.clone());
            }
        })
    };
    let oninput = {
        let (list, on_query) = (list.clone(), props.on_query.clone());
        Callback::from(move |event: InputEvent| {
            let value = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|input| input.value())
                .unwrap_or_default();
            list.set(SearchList::OPENED);
            on_query.emit(value);
        })
    };
    let onkeydown = {
        let (list, choose, on_query) = (list.clone(), choose.clone(), props.on_query.clone());
        let (count, has_query) = (results.len(), !props.query.is_empty());
        Callback::from(move |event: KeyboardEvent| {
            let Some(key) = ListKey::named(&event.key()) else {
                return;
            };
            match list.key(key, count, has_query) {
                ListOutcome::Show(next) => {
                    event.prevent_default();
                    list.set(next);
                }
                ListOutcome::Choose(index) => {
                    event.prevent_default();
                    choose.emit(index);
                }
                ListOutcome::Close => {
                    event.prevent_default();
                    event.stop_propagation();
                    list.set(SearchList::default());
                }
                ListOutcome::Clear => {
                    event.prevent_default();
                    event.stop_propagation();
                    list.set(SearchList::default());
                    on_query.emit(String::new());
                }
                ListOutcome::Leave => list.set(SearchList::default()),
                ListOutcome::Ignore => {}
            }
        })
    };
    let onclick = {
        let list = list.clone();
        Callback::from(move |_: MouseEvent| list.set(SearchList::OPENED))
    };
    let onblur = {
        let list = list.clone();
        Callback::from(move |_: FocusEvent| list.set(SearchList::default()))
    };

    let status = match (&props.matches, total) {
        (None, _) => String::new(),
        (Some(_), 0) => text("search.none").to_owned(),
        (Some(_), n) if n > MAX_RESULTS => {
            let listed = fill("search.listed", &[("shown", &locale().number(MAX_RESULTS))]);
            format!(
                "{}{}{listed}",
                count("search.results", n, &[]),
                text("list.separator")
            )
        }
        (Some(_), n) => count("search.results", n, &[]),
    };
    // The count is said through the widget's one live region, when it changes.
    {
        let announcer = props.announcer.clone();
        use_effect_with(status.clone(), move |status| announcer.say(status.clone()));
    }
    let words: &[String] = props
        .matches
        .as_ref()
        .map_or(&[], |matches| matches.words.as_slice());
    html! {
        <div class={class_names!("dl-search", open.then_some("dl-search--open"))}>
            <label class="dl-visually-hidden" for={input_id}>{ text("search.label") }</label>
            <input id={input_id} class="dl-search__input" type="search" role="combobox" autocomplete="off" spellcheck="false"
                placeholder={text("search.placeholder")} value={props.query.clone()}
                aria-autocomplete="list" aria-expanded={open.to_string()} aria-controls={listbox_id}
                aria-activedescendant={active.map(option_id)}
                {oninput} {onkeydown} {onclick} {onblur} />
            <ul id={listbox_id} class="dl-search__results" role="listbox" aria-label={text("search.results_label")} hidden={!open} ref={listbox}>
                { for results.iter().enumerate().map(|(index, item)| {
                    let onmousedown = Callback::from(|event: MouseEvent| event.prevent_default());
                    let onclick = choose.reform(move |_: MouseEvent| index);
                    let is_active = active == Some(index);
                    html! {
                        <li key={item.to_fragment()} id={option_id(index)} role="option" aria-selected={is_active.to_string()}
                            class={class_names!("dl-search__option", is_active.then_some("dl-search__option--active"))}
                            data-search-item={item.to_fragment()} {onmousedown} {onclick}>
                            { view_result(&props.story, item, words) }
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

/// One result: its text with the matched beginnings of words marked, then
/// its kind and date, speaker or kind of actor.
fn view_result(story: &Story, item: &Selection, words: &[String]) -> Html {
    let (shown, meta): (String, Vec<Html>) = match item {
        Selection::Event(id) => {
            let Some(event) = story.event(id) else {
                return Html::default();
            };
            let date = match event.date {
                Some(_) => locale().event_date(event),
                None => text("card.undated").to_owned(),
            };
            (
                event.title.clone(),
                vec![html! { text("search.event") }, html! { date }],
            )
        }
        Selection::Actor(id) => {
            let Some(actor) = story.actor(id) else {
                return Html::default();
            };
            // The kind is capitalised by the stylesheet, in any script.
            let kind =
                html! { <span class="dl-search__kind">{ locale().actor_kind(actor.kind) }</span> };
            let mut meta = vec![html! { text("search.actor") }, kind];
            // Say which other name matched when the name itself did not.
            if matched_ranges(&actor.name, words).is_empty() {
                let other = actor
                    .short_name
                    .iter()
                    .chain(&actor.aliases)
                    .find(|name| !matched_ranges(name, words).is_empty());
                meta.extend(other.map(|name| html! { fill("search.also", &[("name", name)]) }));
            }
            (actor.name.clone(), meta)
        }
        Selection::Quote(id) => {
            let Some(quote) = story.quote(id) else {
                return Html::default();
            };
            let speaker = story.speaker_name(quote);
            (
                format!("“{}”", excerpt(&quote.text, words, 40)),
                vec![html! { text("search.quote") }, html! { speaker }],
            )
        }
        Selection::Relation(_) => return Html::default(),
    };
    html! {
        <>
            <span class="dl-search__text" dir="auto">{ view_marked(&shown, words) }</span>
            <span class="dl-search__meta">
                <span class="dl-visually-hidden">{ text("list.separator") }</span>
                { for meta.into_iter().enumerate().map(|(i, part)| html! {
                    <>
                        if i > 0 {
                            <span class="dl-search__dot" aria-hidden="true">{ " · " }</span>
                        }
                        { part }
                    </>
                }) }
            </span>
        </>
    }
}

/// `text` with the beginnings of words that the query's `words` match in `<mark>`.
pub fn view_marked(text: &str, words: &[String]) -> Html {
    let mut parts = Vec::new();
    let mut at = 0;
    for range in matched_ranges(text, words) {
        if range.start > at {
            parts.push(html! { { text[at..range.start].to_owned() } });
        }
        parts.push(
            html! { <mark class="dl-search__mark">{ text[range.clone()].to_owned() }</mark> },
        );
        at = range.end;
    }
    if at < text.len() {
        parts.push(html! { { text[at..].to_owned() } });
    }
    parts.into_iter().collect()
}

/// Scrolls the text view's entry for `item` (inside `root`) into sight.
pub fn reveal_in_text(root: &NodeRef, item: &Selection) {
    let selector = match item {
        Selection::Event(id) => format!("[data-text-event-id=\"{}\"]", css_string(id.as_str())),
        Selection::Actor(id) => format!("[data-text-actor-id=\"{}\"]", css_string(id.as_str())),
        Selection::Quote(id) => format!(".dl-text [data-quote-id=\"{}\"]", css_string(id.as_str())),
        Selection::Relation(_) => return,
    };
    let entry = root
        .cast::<web_sys::Element>()
        .and_then(|root| root.query_selector(&selector).ok().flatten());
    if let Some(entry) = entry {
        entry.scroll_into_view();
    }
}

/// `text` escaped for a double-quoted CSS string.
fn css_string(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                escaped.push('\\');
                escaped.push(c);
            }
            c if c.is_control() => escaped.push_str(&format!("\\{:x} ", u32::from(c))),
            c => escaped.push(c),
        }
    }
    escaped
}
