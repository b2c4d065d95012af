//! The visible count of problems in a story file, opening to their messages.

use yew::prelude::*;

use crate::model::{Problem, Severity};

/// A collapsed note such as "2 errors, 1 warning in this story file";
/// nothing when the file is clean.
pub fn view_problems(problems: &[Problem]) -> Html {
    if problems.is_empty() {
        return Html::default();
    }
    let count = |severity| {
        problems
            .iter()
            .filter(|problem| problem.severity == severity)
            .count()
    };
    let summary = [
        (count(Severity::Error), "error"),
        (count(Severity::Warning), "warning"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, noun)| format!("{n} {noun}{}", if n == 1 { "" } else { "s" }))
    .collect::<Vec<_>>()
    .join(", ");
    html! {
        <details class="dl-problems">
            <summary class="dl-problems__summary">{ format!("{summary} in this story file") }</summary>
            <p class="dl-problems__note">{ "Items with errors are left out; items with warnings are shown." }</p>
            <ul class="dl-problems__list">
                { for problems.iter().map(view_problem) }
            </ul>
        </details>
    }
}

fn view_problem(problem: &Problem) -> Html {
    let (class, label) = match problem.severity {
        Severity::Error => ("dl-problem dl-problem--error", "Error"),
        Severity::Warning => ("dl-problem dl-problem--warning", "Warning"),
    };
    html! {
        <li {class}>
            <strong class="dl-problem__severity">{ label }</strong>{ " at " }
            <code class="dl-problem__path">{ problem.path.clone() }</code>{ ": " }
            <span class="dl-problem__message">{ problem.message.clone() }</span>
        </li>
    }
}
