//! The story's lists as forms: one group of fields per item, with buttons to
//! add, remove and reorder items and to merge two actors the drafter split.

use std::rc::Rc;

use serde_json::Value;
use yew::prelude::*;

use super::fields::{field_id, Field, FieldKind};
use super::use_words;
use crate::document::{Edit, List};
use crate::i18n::Words;
use crate::studio::{Action, Finding};

const ACTOR_KINDS: FieldKind = FieldKind::Choice(
    "actor_kind",
    &["person", "state", "organisation", "group", "place"],
);
const EVENT_KINDS: FieldKind =
    FieldKind::Choice("event_kind", &["reported", "context", "publication"]);
const STANCES: FieldKind = FieldKind::Choice("stance", &["cooperative", "hostile", "neutral"]);
const QUOTE_KINDS: FieldKind = FieldKind::Choice("quote_kind", &["direct", "reported"]);
const UPDATE_KINDS: FieldKind = FieldKind::Choice("update_kind", &["update", "correction"]);

/// The fields of an item of `list` that are its own, in the form's order;
/// [`groups_of`] gives the ones it shares with other lists.
fn fields_of(list: List) -> &'static [Field] {
    use FieldKind::*;
    const ACTORS: &[Field] = &[
        Field::new("name", Required),
        Field::new("kind", ACTOR_KINDS),
        Field::new("short_name", Optional),
        Field::new("role", Optional),
        Field::new("affiliation", Optional),
        Field::new("aliases", Names),
        Field::new("description", LongText),
    ];
    const EVENTS: &[Field] = &[
        Field::new("title", Required),
        Field::new("date", Date),
        Field::new("end", Date),
        Field::new("kind", EVENT_KINDS),
        Field::new("summary", LongText),
        Field::new("actors", Names),
        Field::new("quotes", Names),
    ];
    const RELATIONS: &[Field] = &[
        Field::new("from", Required),
        Field::new("to", Required),
        Field::new("kind", Required),
        Field::new("stance", STANCES),
        Field::new("label", Required),
        Field::new("since", Date),
        Field::new("until", Date),
        Field::new("events", Names),
    ];
    const QUOTES: &[Field] = &[
        Field::new("text", LongText),
        Field::new("speaker", Required),
        Field::new("kind", QUOTE_KINDS),
        Field::new("context", Optional),
        Field::new("event", Optional),
    ];
    const UPDATES: &[Field] = &[
        Field::new("date", Date),
        Field::new("kind", UPDATE_KINDS),
        Field::new("summary", LongText),
        Field::new("items", Names),
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
        Field::new("image.url", Optional),
        Field::new("image.alt", Optional),
        Field::new("image.credit", Optional),
        Field::new("image.caption", Optional),
    ];
    const SOURCE: &[Field] = &[
        Field::new("source.paragraph", Number),
        Field::new("source.excerpt", Optional),
    ];
    const ID: &[Field] = &[Field::new("id", Id)];
    const NOTE: &[Field] = &[Field::new("draft_note", Optional)];
    match list {
        List::Actors | List::Events => &[PICTURE, SOURCE, ID, NOTE],
        List::Relations | List::Quotes => &[SOURCE, ID, NOTE],
        List::Updates => &[ID],
    }
}

/// The message of `list` for its item at `index` (`what` is `item` or
/// `legend`), with `{n}` filled by the item's number, counted from 1.
fn list_words(words: &Words, list: List, what: &str, index: usize) -> String {
    let n = (index + 1).to_string();
    words.fill(&format!("{}.{what}", list.key()), &[("n", &n)])
}

/// The id of the first field of the item of `list` at `index`.
fn first_field_id(list: List, index: usize) -> String {
    field_id(&format!(
        "{}[{index}].{}",
        list.key(),
        fields_of(list)[0].key
    ))
}

/// The id of the add button of `list`.
fn add_id(list: List) -> String {
    format!("st-{}-add", list.key())
}

/// The id of the item tool `tool` (`up` or `down`) of the item of `list` at `index`.
fn tool_id(list: List, index: usize, tool: &str) -> String {
    format!("st-{}-{index}-{tool}", list.key())
}

pub struct ListProps {
    pub list: List,
    pub story: Rc<Value>,
    /// What the checks say of the story.
    pub found: Rc<Vec<Finding>>,
    /// The article's body paragraphs, counted from 1 as the format counts them.
    pub paragraphs: Rc<Vec<String>>,
    pub words: Rc<Words>,
    pub dispatch: Callback<Action>,
    /// Makes an edit, then focuses the element with this id once it is drawn.
    pub edit_then_focus: Callback<(Edit, String)>,
}

/// A list of the story as a section of item forms.
pub fn view_list(props: ListProps) -> Html {
    let ListProps {
        list,
        story,
        found,
        paragraphs,
        words,
        dispatch,
        edit_then_focus,
    } = props;
    let items = story
        .get(list.key())
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let count = items.len();
    let add = {
        let edit_then_focus = edit_then_focus.clone();
        Callback::from(move |_| {
            edit_then_focus.emit((Edit::Add { list }, first_field_id(list, count)))
        })
    };
    let heading_id = format!("st-{}", list.key());
    html! {
        <section class="st-panel" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ words.text(&format!("{}.heading", list.key())) } <span class="st-count">{ format!(" ({count})") }</span></h2>
            { for items.iter().enumerate().map(|(index, item)| {
                let problems = problems_of(&found, &format!("{}[{index}].", list.key()));
                html! {
                    <ItemForm {list} {index} {count} item={item.clone()} {problems} actors={actor_names(&story)} paragraphs={paragraphs.clone()} dispatch={dispatch.clone()} edit_then_focus={edit_then_focus.clone()} />
                }
            }) }
            <button type="button" id={add_id(list)} onclick={add}>{ words.text(&format!("{}.add", list.key())) }</button>
        </section>
    }
}

/// What the checks say of the fields whose paths start with `prefix`.
pub fn problems_of(found: &[Finding], prefix: &str) -> Vec<Finding> {
    found
        .iter()
        .filter(|finding| finding.path.starts_with(prefix))
        .cloned()
        .collect()
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
    /// The item itself: a row draws again only when it or what the checks say of it changed.
    item: Value,
    problems: Vec<Finding>,
    actors: Rc<Vec<(String, String)>>,
    paragraphs: Rc<Vec<String>>,
    dispatch: Callback<Action>,
    edit_then_focus: Callback<(Edit, String)>,
}

#[component]
fn ItemForm(props: &ItemProps) -> Html {
    let ItemProps {
        list, index, count, ..
    } = *props;
    let words = use_words();
    let whose = list_words(&words, list, "item", index);
    let path = format!("{}[{index}]", list.key());
    let edit = |edit: Edit, focus: String| {
        let edit_then_focus = props.edit_then_focus.clone();
        Callback::from(move |_: MouseEvent| edit_then_focus.emit((edit.clone(), focus.clone())))
    };
    // A moved item keeps the focus on the button that moved it, or on the
    // other one at the list's end; a removed item leaves it on the next
    // item, the previous one, or the list's add button.
    let (up, down) = (index.saturating_sub(1), (index + 1).min(count - 1));
    let move_up = Edit::Move {
        list,
        from: index,
        to: up,
    };
    let move_down = Edit::Move {
        list,
        from: index,
        to: down,
    };
    let up_focus = tool_id(list, up, if up == 0 { "down" } else { "up" });
    let down_focus = tool_id(list, down, if down + 1 == count { "up" } else { "down" });
    let remove_focus = if index + 1 < count {
        first_field_id(list, index)
    } else if index > 0 {
        first_field_id(list, index - 1)
    } else {
        add_id(list)
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
        // Focus goes to the kept actor's first field, at its place once this one is gone.
        let onclick = {
            let (edit_then_focus, merge_into) = (props.edit_then_focus.clone(), merge_into.clone());
            Callback::from(move |_: MouseEvent| {
                if let Some(keep) = *merge_into {
                    merge_into.set(None);
                    let kept_at = if keep > index { keep - 1 } else { keep };
                    edit_then_focus.emit((
                        Edit::MergeActors { keep, drop: index },
                        first_field_id(List::Actors, kept_at),
                    ));
                }
            })
        };
        let chosen = merge_into.map(|keep| keep.to_string()).unwrap_or_default();
        let id = format!("st-merge-{index}");
        html! {
            <span class="st-merge">
                <label for={id.clone()}>{ words.text("item.merge_into") }<span class="st-vh">{ format!(" ({whose})") }</span></label>
                <select {id} dir="auto" {onchange} ~value={chosen}>
                    <option value="" selected={merge_into.is_none()}>{ "…" }</option>
                    { for props.actors.iter().enumerate().filter(|(other, _)| *other != index).map(|(other, (id, name))| html! {
                        <option value={other.to_string()} selected={*merge_into == Some(other)}>{ if name.is_empty() { id.clone() } else { name.clone() } }</option>
                    }) }
                </select>
                <button type="button" {onclick} disabled={merge_into.is_none()}>{ words.text("item.merge") }<span class="st-vh">{ format!(" ({whose})") }</span></button>
            </span>
        }
    });
    html! {
        <fieldset class="st-item">
            <legend>{ list_words(&words, list, "legend", index) }
                if !title.is_empty() { { ": " }<bdi class="st-item-title">{ title }</bdi> }
            </legend>
            { for view_source(&props.item, &props.paragraphs, &words) }
            { for fields_of(list).iter().chain(groups_of(list).iter().copied().flatten()).map(|field| field.view(&props.item, &path, &whose, &words, &props.problems, &props.dispatch)) }
            <div class="st-row st-item-tools">
                <button type="button" id={tool_id(list, index, "up")} onclick={edit(move_up, up_focus)}
                    disabled={index == 0}>{ words.text("item.move_up") }<span class="st-vh">{ format!(" ({whose})") }</span></button>
                <button type="button" id={tool_id(list, index, "down")} onclick={edit(move_down, down_focus)}
                    disabled={index + 1 >= count}>{ words.text("item.move_down") }<span class="st-vh">{ format!(" ({whose})") }</span></button>
                <button type="button" onclick={edit(Edit::Remove { list, index }, remove_focus)}>{ words.text("item.remove") }<span class="st-vh">{ format!(" ({whose})") }</span></button>
                { for merge }
            </div>
        </fieldset>
    }
}

/// The paragraph of the article an item rests on, with its excerpt (or a
/// quote's text) marked, so it is checked against the text; or why it
/// cannot be shown. Nothing when the item names no paragraph or there is no
/// article.
fn view_source(item: &Value, paragraphs: &[String], words: &Words) -> Option<Html> {
    let number = item.pointer("/source/paragraph")?.as_u64()?;
    if paragraphs.is_empty() {
        return None;
    }
    let number_text = number.to_string();
    let label = words.fill("source.paragraph", &[("number", &number_text)]);
    let Some(paragraph) = usize::try_from(number)
        .ok()
        .and_then(|number| paragraphs.get(number.checked_sub(1)?))
    else {
        return Some(html! {
            <p class="st-source st-source--missing">{ words.count("source.missing", paragraphs.len(), &[("number", &number_text)]) }</p>
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
            <blockquote class="st-source" dir="auto" aria-label={label}>
                { &paragraph[..at] }<mark>{ &paragraph[at..at + len] }</mark>{ &paragraph[at + len..] }
            </blockquote>
        },
        None => html! {
            <>
                <blockquote class="st-source" dir="auto" aria-label={label}>{ paragraph }</blockquote>
                if marked.is_some() {
                    <p class="st-source st-source--missing">{ words.text("source.excerpt_missing") }</p>
                }
            </>
        },
    })
}
