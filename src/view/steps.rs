//! Story steps: Previous and Next through the dated events, with the position.

use yew::prelude::*;

use crate::model::{EventId, Story};

/// Previous and Next through the story's dated events, with the position.
pub fn view_steps(
    story: &Story,
    steps: &[EventId],
    selected: Option<&EventId>,
    step: &Callback<isize>,
) -> Html {
    if steps.is_empty() {
        return Html::default();
    }
    let position = selected.and_then(|id| steps.iter().position(|step| step == id));
    let status =
        match position.and_then(|index| story.event(&steps[index]).map(|event| (index, event))) {
            Some((index, event)) => format!("{} of {}: {}", index + 1, steps.len(), event.title),
            None => format!("{} events. Step through them in order.", steps.len()),
        };
    let previous = step.reform(|_: MouseEvent| -1);
    let next = step.reform(|_: MouseEvent| 1);
    html! {
        <div class="dl-steps" role="group" aria-label="Story steps">
            <button type="button" class="dl-button" onclick={previous} disabled={position == Some(0)} aria-keyshortcuts="p">{ "← Previous" }</button>
            <p class="dl-steps__status" aria-live="polite">{ status }</p>
            <button type="button" class="dl-button" onclick={next} disabled={position == Some(steps.len() - 1)} aria-keyshortcuts="n">{ "Next →" }</button>
        </div>
    }
}
