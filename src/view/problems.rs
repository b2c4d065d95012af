//! The visible count of problems in a story file, opening to their messages.

use std::rc::Rc;

use yew::prelude::*;

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
    let summary = [
        (checked.count(Severity::Error), "error"),
        (checked.count(Severity::Warning), "warning"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, noun)| format!("{} {noun}{}", grouped(n), if n == 1 { "" } else { "s" }))
    .collect::<Vec<_>>()
    .join(", ");
    html! {
        <details class="dl-problems">
            <summary class="dl-problems__summary">{ format!("{summary} in this story file") }</summary>
            <p class="dl-problems__note">{ "Items with errors are left out; items with warnings are shown." }</p>
            <ul class="dl-problems__list">
                { for checked.problems.iter().map(view_problem) }
                if more > 0 {
                    <li class="dl-problems__more">{ format!("and {} more", grouped(more)) }</li>
                }
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

/// A count with its thousands grouped by commas: "299,800".
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::grouped;

    #[test]
    fn counts_group_their_thousands() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1_000), "1,000");
        assert_eq!(grouped(299_800), "299,800");
        assert_eq!(grouped(1_234_567), "1,234,567");
    }
}
