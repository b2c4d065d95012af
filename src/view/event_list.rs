//! The story's events as a chronological list, then its undated background.

use yew::prelude::*;

use crate::model::{Event, Story};

/// Dated events in time order, then undated context.
pub fn view_event_list(story: &Story) -> Html {
    let dated = story.events_in_time_order();
    let undated: Vec<&Event> = story.undated_events().collect();
    html! {
        <section class="dl-events" aria-label="Events">
            <h3 class="dl-events__heading">{ "What happened, in order" }</h3>
            if dated.is_empty() {
                <p class="dl-events__empty">{ "This story has no dated events." }</p>
            } else {
                <ol class="dl-event-list">
                    { for dated.into_iter().map(view_event) }
                </ol>
            }
            if !undated.is_empty() {
                <h3 class="dl-events__heading">{ "Background, undated" }</h3>
                <ul class="dl-event-list dl-event-list--undated">
                    { for undated.into_iter().map(view_event) }
                </ul>
            }
        </section>
    }
}

fn view_event(event: &Event) -> Html {
    let kind = event.kind.label();
    html! {
        <li key={event.id.to_string()} class={classes!("dl-event", format!("dl-event--{kind}"))} data-event-id={event.id.to_string()}>
            <p class="dl-event__meta">
                if let Some(date) = event.date {
                    <time class="dl-event__date" datetime={date.to_string()}>{ event.date_in_words() }</time>
                }
                <span class="dl-event__kind">{ kind }</span>
            </p>
            <h4 class="dl-event__title">{ event.title.clone() }</h4>
            if let Some(summary) = event.summary.clone() {
                <p class="dl-event__summary">{ summary }</p>
            }
        </li>
    }
}
