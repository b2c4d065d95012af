//! The timeline as lists: the vertical list on narrow screens, and the
//! undated background events under the axis.

use crate::view::class_names;
use yew::prelude::*;

use super::axis::break_period;
use super::drawing::{kind_class, Mark, Marking};
use crate::i18n::{fill, locale, text};
use crate::layout::{AxisBreak, TimelineModel};
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

/// A long empty stretch between two events of the vertical list.
fn view_gap(gap: &AxisBreak) -> Html {
    html! {
        <li key={format!("gap:{}", gap.start.to_bits())} class="dl-timeline__gap">
            { fill("timeline.list_gap", &[("period", &break_period(gap))]) }
        </li>
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
        <li key={format!("event:{}", event.id)} class={class_names!("dl-timeline__entry", mark.selected.then_some("dl-timeline__entry--selected"), mark.faded.then_some("dl-faded"), mark.matched.then_some("dl-match"))}>
            <button type="button" class={class_names!(class, kind_class(event.kind))} data-event-id={event.id.to_string()} data-dateline-new={mark.new.then_some("")}
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

/// The dated events as a list the page scrolls through, with each long empty
/// stretch the axis would compress named where it falls.
pub fn view_vertical(
    story: &Story,
    model: &TimelineModel,
    marking: &Marking,
    tab_stop: Option<usize>,
    select: &Callback<usize>,
) -> Html {
    let order = &model.order;
    let dated = order
        .iter()
        .take_while(|id| story.event(id).is_some_and(|event| event.date.is_some()))
        .count();
    let breaks = model.breaks_before_events();
    html! {
        <>
            <ol class="dl-timeline__list">
                { for order.iter().take(dated).enumerate().flat_map(|(index, id)| {
                    let gap = breaks.iter().find(|(next, _)| *next == index).map(|(_, gap)| view_gap(gap));
                    let row = story.event(id).map(|event| {
                        view_event_button(event, index, marking.of(id), tab_stop == Some(index), select, "dl-timeline__row")
                    });
                    gap.into_iter().chain(row)
                }) }
            </ol>
            { view_undated(story, order, dated, marking, tab_stop, select) }
        </>
    }
}
