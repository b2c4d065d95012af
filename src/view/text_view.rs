//! The text twin: the same story as an accessible document, a chronological
//! list of events with their actors and quotes, a who's-who table, and the
//! log of the story's corrections.

use crate::view::class_names;
use std::collections::HashMap;

use yew::prelude::*;

use super::card::{view_new_badge, view_quote_matched, view_source};
use crate::i18n::{fill, locale, relation_sentence, text};
use crate::model::{Event, ItemRef, Quote, Relation, Story, TextSet};
use crate::state::{Changes, SearchLight};

/// The class of the corrections log, which the header's "Corrected" link jumps to.
pub const CORRECTIONS_CLASS: &str = "dl-text__corrections";

/// The whole story as text, with what is new to the reader marked.
pub fn view_text_marked(story: &Story, changes: &Changes) -> Html {
    view_text_searched(story, changes, &SearchLight::default())
}

/// The whole story as text, with what is new to the reader marked and the
/// entries a search matched lit.
pub fn view_text_searched(story: &Story, changes: &Changes, light: &SearchLight) -> Html {
    let dated = story.events_in_time_order();
    let undated: Vec<&Event> = story.undated_events().collect();
    let attached: TextSet = story
        .events
        .iter()
        .flat_map(|event| &event.quotes)
        .map(|id| id.as_str())
        .collect();
    let unattached: Vec<&Quote> = story
        .quotes
        .iter()
        .filter(|quote| !attached.contains(quote.id.as_str()))
        .collect();
    html! {
        <div class="dl-text">
            <h3 class="dl-text__heading">{ text("text.in_order") }</h3>
            <ol class="dl-text__events">
                { for dated.into_iter().map(|event| view_event(story, event, changes, light)) }
            </ol>
            if !undated.is_empty() {
                <h3 class="dl-text__heading">{ text("text.undated") }</h3>
                <ul class="dl-text__events">
                    { for undated.into_iter().map(|event| view_event(story, event, changes, light)) }
                </ul>
            }
            if !unattached.is_empty() {
                <h3 class="dl-text__heading">{ text("text.more_quotes") }</h3>
                { for unattached.into_iter().map(|quote| view_quote_matched(story, quote, changes, light.quote(&quote.id))) }
            }
            <h3 class="dl-text__heading">{ text("text.whos_who") }</h3>
            { view_whos_who(story, changes, light) }
            { view_corrections(story) }
        </div>
    }
}

/// Every correction, oldest first: the day and what was corrected.
fn view_corrections(story: &Story) -> Html {
    let corrections = story.corrections();
    if corrections.is_empty() {
        return Html::default();
    }
    html! {
        <section class={CORRECTIONS_CLASS}>
            <h3 class="dl-text__heading" tabindex="-1">{ text("text.corrections") }</h3>
            <ul class="dl-text__correction-list">
                { for corrections.into_iter().map(|correction| html! {
                    <li key={correction.id.to_string()} class="dl-text__correction">
                        <time datetime={correction.date.to_string()}>{ locale().date(&correction.date) }</time>{ ": " }
                        { correction.summary.clone() }
                    </li>
                }) }
            </ul>
        </section>
    }
}

fn view_event(story: &Story, event: &Event, changes: &Changes, light: &SearchLight) -> Html {
    let item = ItemRef::Event(event.id.clone());
    let new = changes.is_new(&item);
    let corrected = changes.corrections_of(&item).last();
    let actors: Vec<String> = event
        .actors
        .iter()
        .filter_map(|id| story.actor(id))
        .map(|actor| actor.name.clone())
        .collect();
    html! {
        <li key={event.id.to_string()} class={class_names!("dl-text__event", light.event(&event.id).then_some("dl-match"))} data-text-event-id={event.id.to_string()} data-dateline-new={new.then_some("")}>
            <h4 class="dl-text__title">
                if new {
                    { view_new_badge() }{ " " }
                }
                if let Some(date) = event.date {
                    <time datetime={date.to_string()}>{ locale().event_date(event) }</time>{ ": " }
                }
                { event.title.clone() }
            </h4>
            if let Some(summary) = event.summary.clone() {
                <p>{ summary }</p>
            }
            if let Some(correction) = corrected {
                <p class="dl-text__corrected">{ fill("text.corrected", &[("date", &locale().date(&correction.date))]) }</p>
            }
            if !actors.is_empty() {
                <p class="dl-text__actors">{ fill("text.who", &[("names", &locale().list(&actors))]) }</p>
            }
            { for event.quotes.iter().filter_map(|id| story.quote(id)).map(|quote| view_quote_matched(story, quote, changes, light.quote(&quote.id))) }
            { view_source(story, event.source.as_ref()) }
        </li>
    }
}

fn view_whos_who(story: &Story, changes: &Changes, light: &SearchLight) -> Html {
    // Each actor's relations, by the actor's place in the story.
    let place: HashMap<String, usize> = story
        .actors
        .iter()
        .enumerate()
        .map(|(i, actor)| (actor.id.0.clone(), i))
        .collect();
    let mut relations_of: Vec<Vec<&Relation>> = vec![Vec::new(); story.actors.len()];
    for relation in &story.relations {
        for (end, id) in [
            (true, &relation.from),
            (relation.to != relation.from, &relation.to),
        ] {
            if let Some(&i) = place.get(id.as_str()).filter(|_| end) {
                relations_of[i].push(relation);
            }
        }
    }
    html! {
        // It scrolls sideways on a narrow screen: a tab stop, so keys can scroll it.
        <div class="dl-text__table-wrap" tabindex="0" role="group" aria-label={text("text.table_caption")}>
            <table class="dl-text__table">
                <caption class="dl-visually-hidden">{ text("text.table_caption") }</caption>
                <thead>
                    <tr><th scope="col">{ text("text.name") }</th><th scope="col">{ text("text.kind") }</th><th scope="col">{ text("text.role") }</th><th scope="col">{ text("text.relations") }</th></tr>
                </thead>
                <tbody>
                    { for story.actors.iter().zip(&relations_of).map(|(actor, relations_of)| {
                        let institute = actor.affiliation.as_ref().and_then(|id| story.actor(id)).map(|institute| institute.name.clone());
                        let role = [actor.role.clone(), institute].into_iter().flatten().collect::<Vec<_>>().join(", ");
                        let relations: Vec<String> = relations_of
                            .iter()
                            .map(|relation| relation_sentence(story, relation))
                            .collect();
                        let new = changes.is_new(&ItemRef::Actor(actor.id.clone()));
                        html! {
                            <tr key={actor.id.to_string()} class={light.actor(&actor.id).then_some("dl-match")} data-text-actor-id={actor.id.to_string()} data-dateline-new={new.then_some("")}>
                                <th scope="row">
                                    { actor.name.clone() }
                                    if new {
                                        { " " }{ view_new_badge() }
                                    }
                                </th>
                                <td>{ locale().actor_kind(actor.kind) }</td>
                                <td>{ if role.is_empty() { actor.description.clone().unwrap_or_default() } else { role } }</td>
                                <td>
                                    if !relations.is_empty() {
                                        <ul class="dl-text__relations">{ for relations.into_iter().map(|relation| html! { <li>{ relation }</li> }) }</ul>
                                    }
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
