//! The visible count of problems in a story file, opening to their messages.

use std::rc::Rc;

use yew::prelude::*;

use super::message::view_message;
use crate::i18n::{count, fill, locale, text};
use crate::model::{CheckedStory, Problem, Severity};

/// Properties of [`Problems`].
#[derive(Properties)]
pub struct ProblemsProps {
    /// The checked story whose problems are shown.
    pub checked: Rc<CheckedStory>,
}

impl PartialEq for ProblemsProps {
    /// The same loaded story, compared by pointer, so hovering and selecting
    /// elsewhere in the widget never redraws the list.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.checked, &other.checked)
    }
}

/// A collapsed note such as "2 errors, 1 warning in this story file" that
/// opens to the problems kept with the story and, when more were found, how
/// many more; nothing when the file is clean.
#[component]
pub fn Problems(props: &ProblemsProps) -> Html {
    let checked = &props.checked;
    let more = checked.more_problems();
    if checked.problems.is_empty() && more == 0 {
        return Html::default();
    }
    let counts = [
        (checked.count(Severity::Error), "problems.errors"),
        (checked.count(Severity::Warning), "problems.warnings"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, key)| count(key, n, &[]))
    .collect::<Vec<_>>();
    let locale = locale();
    let summary = fill("problems.summary", &[("counts", &locale.list(&counts))]);
    html! {
        <details class="dl-problems">
            <summary class="dl-problems__summary">{ summary }</summary>
            <p class="dl-problems__note">{ text("problems.note") }</p>
            <ul class="dl-problems__list">
                { for checked.problems.iter().map(view_problem) }
                if more > 0 {
                    <li class="dl-problems__more">{ fill("problems.more", &[("count", &locale.number(more))]) }</li>
                }
            </ul>
        </details>
    }
}

fn view_problem(problem: &Problem) -> Html {
    let (class, label) = match problem.severity {
        Severity::Error => ("dl-problem dl-problem--error", text("problems.error")),
        Severity::Warning => ("dl-problem dl-problem--warning", text("problems.warning")),
    };
    html! {
        <li {class}>
            { view_message("problems.item", |slot| match slot {
                "severity" => html! { <strong class="dl-problem__severity">{ label }</strong> },
                "path" => html! { <code class="dl-problem__path" dir="ltr">{ problem.path.clone() }</code> },
                _ => html! { <span class="dl-problem__message" dir="auto">{ problem.message.clone() }</span> },
            }) }
        </li>
    }
}
