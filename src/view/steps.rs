//! Story steps: Previous and Next through the dated events, with the
//! position, and a toggle that makes them walk only what is new.

use yew::prelude::*;

use super::card::view_new_badge;
use crate::model::{EventId, Story};

/// What's new as story steps: whether the steps walk it, and how to switch.
pub struct WhatsNew<'a> {
    /// How many dated events are new (the toggle shows only when some are).
    pub count: usize,
    /// Whether Previous and Next walk only what is new.
    pub walking: bool,
    /// Called with `true` to walk only what is new, `false` for every event.
    pub on_walk: &'a Callback<bool>,
}

/// Previous and Next through the story's dated events (or, while walking
/// what's new, through the new ones), with the position.
pub fn view_steps(
    story: &Story,
    steps: &[EventId],
    selected: Option<&EventId>,
    step: &Callback<isize>,
    whats_new: &WhatsNew,
) -> Html {
    if steps.is_empty() {
        return Html::default();
    }
    let position = selected.and_then(|id| steps.iter().position(|step| step == id));
    let status =
        match position.and_then(|index| story.event(&steps[index]).map(|event| (index, event))) {
            Some((index, event)) if whats_new.walking => {
                format!("New {} of {}: {}", index + 1, steps.len(), event.title)
            }
            Some((index, event)) => format!("{} of {}: {}", index + 1, steps.len(), event.title),
            None if whats_new.walking => format!(
                "{} new since your last visit. Step through them in order.",
                plural(steps.len())
            ),
            None => format!("{} events. Step through them in order.", steps.len()),
        };
    let walking = whats_new.walking;
    let toggle = whats_new.on_walk.reform(move |_: MouseEvent| !walking);
    let previous = step.reform(|_: MouseEvent| -1);
    let next = step.reform(|_: MouseEvent| 1);
    html! {
        <div class="dl-steps" role="group" aria-label="Story steps">
            <button type="button" class="dl-button" onclick={previous} disabled={position == Some(0)} aria-keyshortcuts="p">{ "← Previous" }</button>
            <p class="dl-steps__status" aria-live="polite">{ status }</p>
            <button type="button" class="dl-button" onclick={next} disabled={position == Some(steps.len() - 1)} aria-keyshortcuts="n">{ "Next →" }</button>
            if whats_new.count > 0 {
                <button type="button" class="dl-button dl-steps__whats-new" aria-pressed={walking.to_string()} onclick={toggle}>
                    { view_new_badge() }{ format!(" What's new ({})", whats_new.count) }
                </button>
            }
        </div>
    }
}

fn plural(count: usize) -> String {
    if count == 1 {
        "1 event is".to_owned()
    } else {
        format!("{count} events are")
    }
}
