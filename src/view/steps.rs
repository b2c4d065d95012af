//! Story steps: Previous and Next through the dated events, with the
//! position, and a toggle that makes them walk only what is new.

use yew::prelude::*;

use super::card::view_new_badge;
use super::message::{isolated, view_message};
use crate::i18n::{count, fill, locale, text};
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
    let locale = locale();
    let status = step_status(story, steps, selected, whats_new.walking);
    let walking = whats_new.walking;
    let toggle = whats_new.on_walk.reform(move |_: MouseEvent| !walking);
    let previous = step.reform(|_: MouseEvent| -1);
    let next = step.reform(|_: MouseEvent| 1);
    html! {
        <div class="dl-steps" role="group" aria-label={text("steps.label")}>
            <button type="button" class="dl-button" onclick={previous} disabled={position == Some(0)} aria-keyshortcuts="p">{ text("steps.previous") }</button>
            <p class="dl-steps__status">{ status }</p>
            <button type="button" class="dl-button" onclick={next} disabled={position == Some(steps.len() - 1)} aria-keyshortcuts="n">{ text("steps.next") }</button>
            if whats_new.count > 0 {
                <button type="button" class="dl-button dl-steps__whats-new" aria-pressed={walking.to_string()} onclick={toggle}>
                    { view_new_badge() }{ " " }{ fill("steps.whats_new", &[("count", &locale.number(whats_new.count))]) }
                </button>
            }
        </div>
    }
}

/// The position of the selected event in the steps ("3 of 6: title"), or
/// how many there are to step through: the visible status, and what the
/// widget's live region says when the reader steps.
pub fn step_status(
    story: &Story,
    steps: &[EventId],
    selected: Option<&EventId>,
    walking: bool,
) -> Html {
    let position = selected.and_then(|id| steps.iter().position(|step| step == id));
    let locale = locale();
    match position.and_then(|index| story.event(&steps[index]).map(|event| (index, event))) {
        Some((index, event)) => {
            let key = if walking {
                "steps.position_new"
            } else {
                "steps.position"
            };
            let (n, total) = (locale.number(index + 1), locale.number(steps.len()));
            view_message(key, |slot| match slot {
                "n" => html! { { n.clone() } },
                "total" => html! { { total.clone() } },
                _ => isolated(event.title.clone()),
            })
        }
        None if walking => html! { { count("steps.intro_new", steps.len(), &[]) } },
        None => html! { { count("steps.intro", steps.len(), &[]) } },
    }
}
