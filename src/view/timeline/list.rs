//! The timeline as lists: the vertical list on narrow screens, and the
//! undated background events under the axis.

use yew::prelude::*;

use super::{kind_class, Mark, Marking};
use crate::i18n::{locale, text};
use crate::model::{Event, EventId, Story};
use crate::view::card::view_new_badge;

pub fn view_undated(
    story: &Story,
    order: &[EventId],
    first_undated: usize,
    marking: &Marking,
    tab_stop: Option<usize>,
    select: &Callback<usize>,
) -> Html {
    if order.len() == first_undated {
        return Html::default();
    }
    html! {
        <div class="dl-timeline__undated">
            <h3 class="dl-timeline__subheading">{ text("text.undated") }</h3>
            <ul class="dl-timeline__chips">
                { for order.iter().enumerate().skip(first_undated).filter_map(|(index, id)| {
                    let event = story.event(id)?;
                    Some(view_event_button(event, index, marking.of(id), tab_stop == Some(index), select, "dl-timeline__chip"))
                }) }
            </ul>
        </div>
    }
}

/// One event as a button in a list (the vertical timeline and the undated chips).
fn view_event_button(
    event: &Event,
    index: usize,
    mark: Mark,
    tab_stop: bool,
    select: &Callback<usize>,
    class: &'static str,
) -> Html {
    let onclick = select.reform(move |_: MouseEvent| index);
    html! {
        <li key={event.id.to_string()} class={classes!("dl-timeline__entry", mark.selected.then_some("dl-timeline__entry--selected"), mark.faded.then_some("dl-faded"), mark.matched.then_some("dl-match"))}>
            <button type="button" class={classes!(class, kind_class(event.kind))} data-event-id={event.id.to_string()} data-dateline-new={mark.new.then_some("")}
                tabindex={if tab_stop { "0" } else { "-1" }} aria-pressed={mark.selected.to_string()} {onclick}>
                <span class="dl-mark dl-timeline__dot" aria-hidden="true"></span>
                if let Some(date) = event.date {
                    <time class="dl-timeline__date" datetime={date.to_string()}>{ locale().event_date(event) }</time>
                }
                <span class="dl-timeline__title">{ event.title.clone() }</span>
                <span class="dl-visually-hidden">{ format!("{}{}", text("list.separator"), locale().event_kind(event.kind)) }</span>
                if mark.new {
                    { view_new_badge() }
                }
            </button>
        </li>
    }
}

pub fn view_vertical(
    story: &Story,
    order: &[EventId],
    marking: &Marking,
    tab_stop: Option<usize>,
    select: &Callback<usize>,
) -> Html {
    let dated = order
        .iter()
        .take_while(|id| story.event(id).is_some_and(|event| event.date.is_some()))
        .count();
    html! {
        <>
            <ol class="dl-timeline__list">
                { for order.iter().take(dated).enumerate().filter_map(|(index, id)| {
                    let event = story.event(id)?;
                    Some(view_event_button(event, index, marking.of(id), tab_stop == Some(index), select, "dl-timeline__row"))
                }) }
            </ol>
            { view_undated(story, order, dated, marking, tab_stop, select) }
        </>
    }
}
