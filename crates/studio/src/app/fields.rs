//! One form field of the story: a labelled input whose id is its path, so
//! the problems list can focus it.

use serde_json::Value;
use yew::prelude::*;

use crate::document::{get, text_at, Edit};
use crate::i18n::Words;
use crate::studio::{date_reading, Action, Finding};

/// How a field is typed and kept.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FieldKind {
    /// Text the format requires: kept even when empty, so the problems say so.
    Required,
    /// An item's id, which the references to the item follow.
    Id,
    /// Text that is left out of the file when empty.
    Optional,
    /// A paragraph, left out when empty.
    LongText,
    /// A date as the format writes it, with the widget's reading beside it.
    Date,
    /// A whole number, kept as a number once it reads as one.
    Number,
    /// Names or ids separated by commas, kept as a list.
    Names,
    /// One of a few words of the format, named by the set they are of
    /// (`stance`), which names their messages (`choice.stance.hostile`).
    Choice(&'static str, &'static [&'static str]),
}

/// A field of the form.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// Its key, or path under the item (`source.excerpt`), which also
    /// names its label's message (`field.source.excerpt`).
    pub key: &'static str,
    pub kind: FieldKind,
}

/// The id of the input of the field at `path`.
pub fn field_id(path: &str) -> String {
    format!("f-{path}")
}

impl Field {
    pub const fn new(key: &'static str, kind: FieldKind) -> Field {
        Field { key, kind }
    }

    /// The field in `holder`, the item at path `item` (such as `events[3]`;
    /// empty when `holder` is the story), labelled in `words` for `whose`
    /// (such as "event 4"), with what the checks say of it among `problems`:
    /// shown under it, and an error marks it invalid.
    pub fn view(
        &self,
        holder: &Value,
        item: &str,
        whose: &str,
        words: &Words,
        problems: &[Finding],
        dispatch: &Callback<Action>,
    ) -> Html {
        let path = if item.is_empty() {
            self.key.to_owned()
        } else {
            format!("{item}.{}", self.key)
        };
        let id = field_id(&path);
        let kind = self.kind;
        // Its own problems and its list entries' (`actors[2]` of `events[0].actors`).
        let entries = format!("{path}[");
        let problems: Vec<&Finding> = problems
            .iter()
            .filter(|problem| problem.path == path || problem.path.starts_with(&entries))
            .collect();
        let invalid = problems.iter().any(|problem| problem.error);
        let described_by = [
            (kind == FieldKind::Date).then(|| format!("{id}-reading")),
            (!problems.is_empty()).then(|| format!("{id}-problem")),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        let described_by = (!described_by.is_empty()).then_some(described_by);
        let required = matches!(kind, FieldKind::Required | FieldKind::Id).then_some("true");
        let invalid_attribute = invalid.then_some("true");
        let value = match kind {
            FieldKind::Names => get(holder, self.key)
                .and_then(Value::as_array)
                .map(|items| {
                    items
                        .iter()
                        .map(|item| {
                            item.as_str()
                                .map_or_else(|| item.to_string(), str::to_owned)
                        })
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_else(|| text_at(holder, self.key)),
            _ => text_at(holder, self.key),
        };
        let oninput = {
            let (dispatch, path) = (dispatch.clone(), path.clone());
            Callback::from(move |event: InputEvent| {
                let Some(text) = input_value(&event) else {
                    return;
                };
                dispatch.emit(Action::Edit(edit_of(kind, &path, &text)));
            })
        };
        let onblur = {
            let dispatch = dispatch.clone();
            Callback::from(move |_: FocusEvent| dispatch.emit(Action::EndTyping))
        };
        let label = html! {
            <label for={id.clone()}>
                { words.field(self.key) }
                if !whose.is_empty() { <span class="st-vh">{ format!(" ({whose})") }</span> }
            </label>
        };
        let control = match kind {
            FieldKind::LongText => html! {
                <textarea id={id.clone()} dir="auto" rows="2" value={value.clone()} {oninput} {onblur}
                    aria-invalid={invalid_attribute} aria-describedby={described_by.clone()} />
            },
            FieldKind::Choice(set, choices) => {
                let onchange = {
                    let (dispatch, path) = (dispatch.clone(), path.clone());
                    Callback::from(move |event: Event| {
                        if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>()
                        {
                            dispatch.emit(Action::Edit(Edit::Set {
                                path: path.clone(),
                                value: Value::String(select.value()),
                            }));
                            // Each choice is a step of its own to undo.
                            dispatch.emit(Action::EndTyping);
                        }
                    })
                };
                html! {
                    // Set as a property too: a browser keeps the option a
                    // producer picked over a changed `selected`.
                    <select id={id.clone()} {onchange} ~value={value.clone()}
                        aria-invalid={invalid_attribute} aria-describedby={described_by.clone()}>
                        { for choices.iter().map(|choice| html! {
                            <option value={*choice} selected={value == *choice}>{ words.text(&format!("choice.{set}.{choice}")) }</option>
                        }) }
                    </select>
                }
            }
            _ => html! {
                <input id={id.clone()} type="text" dir="auto" value={value.clone()} {oninput} {onblur}
                    aria-required={required} aria-invalid={invalid_attribute} aria-describedby={described_by} />
            },
        };
        let reading = (kind == FieldKind::Date).then(|| {
            let (class, text) = match value.trim() {
                "" => ("st-reading", words.text("date.none").to_owned()),
                typed => match date_reading(typed, words.language()) {
                    Ok(reading) => (
                        "st-reading",
                        words.fill("date.reading", &[("reading", &reading)]),
                    ),
                    Err(why) => (
                        "st-reading st-reading--bad",
                        words.fill("date.bad", &[("why", &why)]),
                    ),
                },
            };
            html! { <span id={format!("{id}-reading")} {class}>{ text }</span> }
        });
        let said = (!problems.is_empty()).then(|| {
            html! {
                <span id={format!("{id}-problem")} class={classes!("st-said", invalid.then_some("st-said--error"))}>
                    { for problems.iter().map(|problem| html! { <bdi>{ &problem.message }</bdi> }) }
                </span>
            }
        });
        html! {
            <div class="st-field">
                { label }
                { control }
                { for reading }
                { for said }
            </div>
        }
    }
}

/// The text of the input or text area an input event came from.
fn input_value(event: &InputEvent) -> Option<String> {
    if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
        return Some(input.value());
    }
    event
        .target_dyn_into::<web_sys::HtmlTextAreaElement>()
        .map(|area| area.value())
}

/// The edit typing `text` into a field of `kind` at `path` makes.
pub fn edit_of(kind: FieldKind, path: &str, text: &str) -> Edit {
    match kind {
        FieldKind::Required | FieldKind::Choice(..) => Edit::text(path, text, false),
        FieldKind::Id => Edit::id(path, text),
        FieldKind::Optional | FieldKind::LongText | FieldKind::Date => Edit::text(path, text, true),
        FieldKind::Number => match text.trim().parse::<u64>() {
            Ok(number) => Edit::Set {
                path: path.to_owned(),
                value: Value::from(number),
            },
            Err(_) => Edit::text(path, text, true),
        },
        FieldKind::Names => {
            let items: Vec<Value> = text
                .split(',')
                .map(str::trim)
                .filter(|item| !item.is_empty())
                .map(|item| Value::String(item.to_owned()))
                .collect();
            if items.is_empty() {
                Edit::Clear {
                    path: path.to_owned(),
                }
            } else {
                Edit::Set {
                    path: path.to_owned(),
                    value: Value::Array(items),
                }
            }
        }
    }
}
