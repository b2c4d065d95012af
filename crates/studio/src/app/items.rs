//! The story's lists as forms: one group of fields per item, with buttons to
//! add, remove and reorder items and to merge two actors the drafter split.

use std::rc::Rc;

use serde_json::Value;
use yew::prelude::*;

use super::fields::{Field, FieldKind};
use crate::document::{Edit, List};
use crate::studio::Action;

const ACTOR_KINDS: &[&str] = &["person", "state", "organisation", "group", "place"];
const EVENT_KINDS: &[&str] = &["reported", "context", "publication"];
const STANCES: &[&str] = &["cooperative", "hostile", "neutral"];
const QUOTE_KINDS: &[&str] = &["direct", "reported"];
const UPDATE_KINDS: &[&str] = &["update", "correction"];

/// The fields of an item of `list` that are its own, in the form's order;
/// [`groups_of`] gives the ones it shares with other lists.
fn fields_of(list: List) -> &'static [Field] {
    use FieldKind::*;
    const ACTORS: &[Field] = &[
        Field::new("name", "Name", Required),
        Field::new("kind", "Kind", Choice(ACTOR_KINDS)),
        Field::new("short_name", "Short name", Optional),
        Field::new("role", "Role", Optional),
        Field::new("affiliation", "Affiliation", Optional),
        Field::new("aliases", "Aliases", Names),
        Field::new("description", "Description", LongText),
    ];
    const EVENTS: &[Field] = &[
        Field::new("title", "Title", Required),
        Field::new("date", "Date", Date),
        Field::new("end", "End date", Date),
        Field::new("kind", "Kind", Choice(EVENT_KINDS)),
        Field::new("summary", "Summary", LongText),
        Field::new("actors", "Actors", Names),
        Field::new("quotes", "Quotes", Names),
    ];
    const RELATIONS: &[Field] = &[
        Field::new("from", "From", Required),
        Field::new("to", "To", Required),
        Field::new("kind", "Kind", Required),
        Field::new("stance", "Stance", Choice(STANCES)),
        Field::new("label", "Label", Required),
        Field::new("since", "Since", Date),
        Field::new("until", "Until", Date),
        Field::new("events", "Events", Names),
    ];
    const QUOTES: &[Field] = &[
        Field::new("text", "Text", LongText),
        Field::new("speaker", "Speaker", Required),
        Field::new("kind", "Kind", Choice(QUOTE_KINDS)),
        Field::new("context", "Context", Optional),
        Field::new("event", "Event", Optional),
    ];
    const UPDATES: &[Field] = &[
        Field::new("date", "Date", Date),
        Field::new("kind", "Kind", Choice(UPDATE_KINDS)),
        Field::new("summary", "Summary", LongText),
        Field::new("items", "Items", Names),
    ];
    match list {
        List::Actors => ACTORS,
        List::Events => EVENTS,
        List::Relations => RELATIONS,
        List::Quotes => QUOTES,
        List::Updates => UPDATES,
    }
}

/// The groups of fields an item of `list` shares with other lists, after
/// its own: its picture, where it has one, its source, its id and its draft
/// note (an update has only its id).
fn groups_of(list: List) -> &'static [&'static [Field]] {
    use FieldKind::*;
    const PICTURE: &[Field] = &[
        Field::new("image.url", "Picture address", Optional),
        Field::new("image.alt", "Picture description", Optional),
        Field::new("image.credit", "Picture credit", Optional),
        Field::new("image.caption", "Picture caption", Optional),
    ];
    const SOURCE: &[Field] = &[
        Field::new("source.paragraph", "Paragraph", Number),
        Field::new("source.excerpt", "Excerpt", Optional),
    ];
    const ID: &[Field] = &[Field::new("id", "Id", Required)];
    const NOTE: &[Field] = &[Field::new("draft_note", "Draft note", Optional)];
    match list {
        List::Actors | List::Events => &[PICTURE, SOURCE, ID, NOTE],
        List::Relations | List::Quotes => &[SOURCE, ID, NOTE],
        List::Updates => &[ID],
    }
}

/// The list's heading and the name of one of its items.
fn names(list: List) -> (&'static str, &'static str) {
    match list {
        List::Actors => ("Actors", "actor"),
        List::Events => ("Events", "event"),
        List::Relations => ("Relations", "relation"),
        List::Quotes => ("Quotes", "quote"),
        List::Updates => ("Updates and corrections", "update"),
    }
}

pub struct ListProps {
    pub list: List,
    pub story: Rc<Value>,
    /// The article's body paragraphs, counted from 1 as the format counts them.
    pub paragraphs: Rc<Vec<String>>,
    pub dispatch: Callback<Action>,
}

/// A list of the story as a section of item forms.
pub fn view_list(props: ListProps) -> Html {
    let ListProps {
        list,
        story,
        paragraphs,
        dispatch,
    } = props;
    let (heading, noun) = names(list);
    let items = story
        .get(list.key())
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let count = items.len();
    let add = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Edit(Edit::Add { list })))
    };
    let heading_id = format!("st-{}", list.key());
    html! {
        <section class="st-panel" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ heading } <span class="st-count">{ format!(" ({count})") }</span></h2>
            { for items.iter().enumerate().map(|(index, item)| html! {
                <ItemForm {list} {index} {count} item={item.clone()} actors={actor_names(&story)} paragraphs={paragraphs.clone()} dispatch={dispatch.clone()} />
            }) }
            <button type="button" onclick={add}>{ format!("Add {noun}") }</button>
        </section>
    }
}

/// The actors' ids and names, for merging.
fn actor_names(story: &Value) -> Rc<Vec<(String, String)>> {
    let actors = story.get("actors").and_then(Value::as_array);
    Rc::new(
        actors
            .into_iter()
            .flatten()
            .map(|actor| {
                let text = |key| {
                    actor
                        .get(key)
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_owned()
                };
                (text("id"), text("name"))
            })
            .collect(),
    )
}

#[derive(Properties, PartialEq)]
struct ItemProps {
    list: List,
    index: usize,
    count: usize,
    /// The item itself: a row draws again only when it changed.
    item: Value,
    actors: Rc<Vec<(String, String)>>,
    paragraphs: Rc<Vec<String>>,
    dispatch: Callback<Action>,
}

#[component]
fn ItemForm(props: &ItemProps) -> Html {
    let ItemProps {
        list, index, count, ..
    } = *props;
    let (_, noun) = names(list);
    let whose = format!("{noun} {}", index + 1);
    let path = format!("{}[{index}]", list.key());
    let edit = |edit: Edit| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Edit(edit.clone())))
    };
    let title = props
        .item
        .get(match list {
            List::Actors => "name",
            List::Quotes => "text",
            List::Events => "title",
            _ => "label",
        })
        .and_then(Value::as_str)
        .unwrap_or_default();
    // The actor to merge this one into is chosen, then merged by its button:
    // a list that acted on each change would merge on the first arrow key.
    let merge_into = use_state(|| None::<usize>);
    let merge = (list == List::Actors && props.actors.len() > 1).then(|| {
        let onchange = {
            let merge_into = merge_into.clone();
            Callback::from(move |event: Event| {
                if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                    merge_into.set(select.value().parse::<usize>().ok());
                }
            })
        };
        let onclick = {
            let (dispatch, merge_into) = (props.dispatch.clone(), merge_into.clone());
            Callback::from(move |_: MouseEvent| {
                if let Some(keep) = *merge_into {
                    merge_into.set(None);
                    dispatch.emit(Action::Edit(Edit::MergeActors { keep, drop: index }));
                }
            })
        };
        let chosen = merge_into.map(|keep| keep.to_string()).unwrap_or_default();
        let id = format!("st-merge-{index}");
        html! {
            <span class="st-merge">
                <label for={id.clone()}>{ "Merge into" }<span class="st-vh">{ format!(" ({whose})") }</span></label>
                <select {id} {onchange} ~value={chosen}>
                    <option value="" selected={merge_into.is_none()}>{ "…" }</option>
                    { for props.actors.iter().enumerate().filter(|(other, _)| *other != index).map(|(other, (id, name))| html! {
                        <option value={other.to_string()} selected={*merge_into == Some(other)}>{ if name.is_empty() { id.clone() } else { name.clone() } }</option>
                    }) }
                </select>
                <button type="button" {onclick} disabled={merge_into.is_none()}>{ "Merge" }<span class="st-vh">{ format!(" ({whose})") }</span></button>
            </span>
        }
    });
    html! {
        <fieldset class="st-item">
            <legend>{ format!("{} {}", capitalised(noun), index + 1) }
                if !title.is_empty() { { ": " }<span class="st-item-title">{ title }</span> }
            </legend>
            { for view_source(&props.item, &props.paragraphs) }
            { for fields_of(list).iter().chain(groups_of(list).iter().copied().flatten()).map(|field| field.view(&props.item, &path, &whose, &props.dispatch)) }
            <div class="st-row st-item-tools">
                <button type="button" onclick={edit(Edit::Move { list, from: index, to: index.saturating_sub(1) })}
                    disabled={index == 0}>{ "Move up" }<span class="st-vh">{ format!(" ({whose})") }</span></button>
                <button type="button" onclick={edit(Edit::Move { list, from: index, to: (index + 1).min(count - 1) })}
                    disabled={index + 1 >= count}>{ "Move down" }<span class="st-vh">{ format!(" ({whose})") }</span></button>
                <button type="button" onclick={edit(Edit::Remove { list, index })}>{ "Remove" }<span class="st-vh">{ format!(" ({whose})") }</span></button>
                { for merge }
            </div>
        </fieldset>
    }
}

/// The paragraph of the article an item rests on, with its excerpt (or a
/// quote's text) marked, so it is checked against the text; or why it
/// cannot be shown. Nothing when the item names no paragraph or there is no
/// article.
fn view_source(item: &Value, paragraphs: &[String]) -> Option<Html> {
    let number = item.pointer("/source/paragraph")?.as_u64()?;
    if paragraphs.is_empty() {
        return None;
    }
    let label = format!("Paragraph {number} of the article");
    let Some(paragraph) = usize::try_from(number)
        .ok()
        .and_then(|number| paragraphs.get(number.checked_sub(1)?))
    else {
        return Some(html! {
            <p class="st-source st-source--missing">{ format!("The article has no paragraph {number}; it has {}.", paragraphs.len()) }</p>
        });
    };
    let marked = item
        .pointer("/source/excerpt")
        .or_else(|| item.get("text"))
        .and_then(Value::as_str)
        .filter(|marked| !marked.trim().is_empty());
    let found = marked.and_then(|marked| Some((paragraph.find(marked)?, marked.len())));
    Some(match found {
        Some((at, len)) => html! {
            <blockquote class="st-source" aria-label={label}>
                { &paragraph[..at] }<mark>{ &paragraph[at..at + len] }</mark>{ &paragraph[at + len..] }
            </blockquote>
        },
        None => html! {
            <>
                <blockquote class="st-source" aria-label={label}>{ paragraph }</blockquote>
                if marked.is_some() {
                    <p class="st-source st-source--missing">{ "The excerpt is not in this paragraph." }</p>
                }
            </>
        },
    })
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
