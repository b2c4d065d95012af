//! The card: one component for events, actors, relations and quotes. It
//! previews on hover and focus, is pinned by a click, a tap or Enter, floats
//! beside its item in a wide widget and docks below the views in a narrow one.

use crate::view::class_names;
use std::rc::Rc;

use yew::prelude::*;

use super::message::{isolated, view_message};
use super::picture::view_picture;
use crate::i18n::{fill, locale, relation_sentence, text};
use crate::model::link::text_fragment_url;
use crate::model::{Actor, Event, ItemRef, Quote, Relation, SourceRef, Story};
use crate::state::{Changes, Selection};

/// Properties of [`Card`].
#[derive(Properties)]
pub struct CardProps {
    /// The story the item belongs to.
    pub story: Rc<Story>,
    /// The item the card describes.
    pub subject: Selection,
    /// Whether the card is pinned (a labelled region with a close button) or a preview.
    pub pinned: bool,
    /// The card's element id, unique on the page (triggers refer to it).
    pub id: AttrValue,
    /// Called when the reader selects an item named on the card.
    pub on_select: Callback<Selection>,
    /// Called when the reader closes the card.
    pub on_close: Callback<()>,
    /// The element the card is drawn in, for positioning.
    pub node: NodeRef,
    /// What is new to this reader and what was corrected.
    #[prop_or_default]
    pub changes: Rc<Changes>,
    /// The folder pictures given as paths are read in (an absolute address
    /// ending in `/`), if there is one.
    #[prop_or_default]
    pub pictures: Option<AttrValue>,
}

impl PartialEq for CardProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.story, &other.story)
            && self.subject == other.subject
            && self.pinned == other.pinned
            && self.id == other.id
            && self.changes == other.changes
            && self.pictures == other.pictures
    }
}

/// The card for one item.
#[component]
pub fn Card(props: &CardProps) -> Html {
    let story = &props.story;
    let changes = &props.changes;
    let folder = props.pictures.as_deref();
    let Some((title, body)) =
        card_content(story, &props.subject, &props.on_select, changes, folder)
    else {
        return Html::default();
    };
    let notes = view_changes(changes, &props.subject.item());
    let close = props.on_close.reform(|_: MouseEvent| ());
    let class = class_names!("dl-card", props.pinned.then_some("dl-card--pinned"));
    if props.pinned {
        html! {
            <section id={props.id.clone()} {class} ref={props.node.clone()} role="region" aria-label={title.clone()}>
                <button type="button" class="dl-card__close" aria-label={text("card.close")} onclick={close}>{ "×" }</button>
                { notes }
                { body }
            </section>
        }
    } else {
        html! {
            <div id={props.id.clone()} {class} ref={props.node.clone()} role="tooltip">
                { notes }
                { body }
            </div>
        }
    }
}

/// The title and body of the card for `subject`, or `None` if the story has no such item.
fn card_content(
    story: &Story,
    subject: &Selection,
    on_select: &Callback<Selection>,
    changes: &Changes,
    folder: Option<&str>,
) -> Option<(String, Html)> {
    Some(match subject {
        Selection::Event(id) => {
            let event = story.event(id)?;
            (
                event.title.clone(),
                view_event(story, event, on_select, changes, folder),
            )
        }
        Selection::Actor(id) => {
            let actor = story.actor(id)?;
            (
                actor.name.clone(),
                view_actor(story, actor, on_select, changes, folder),
            )
        }
        Selection::Relation(id) => {
            let relation = story.relation(id)?;
            (
                relation_sentence(story, relation),
                view_relation(story, relation, on_select, changes),
            )
        }
        Selection::Quote(id) => {
            let quote = story.quote(id)?;
            (
                fill("card.quote_from", &[("name", &story.speaker_name(quote))]),
                view_quote_card(story, quote, on_select, changes),
            )
        }
    })
}

fn view_event(
    story: &Story,
    event: &Event,
    on_select: &Callback<Selection>,
    changes: &Changes,
    folder: Option<&str>,
) -> Html {
    let quotes: Vec<&Quote> = event
        .quotes
        .iter()
        .filter_map(|id| story.quote(id))
        .collect();
    html! {
        <>
            <p class="dl-card__meta">
                if let Some(date) = event.date {
                    <time datetime={date.to_string()}>{ locale().event_date(event) }</time>
                } else {
                    <span>{ text("card.undated") }</span>
                }
                <span class="dl-card__kind">{ locale().event_kind(event.kind) }</span>
            </p>
            <h3 class="dl-card__title" dir="auto">{ event.title.clone() }</h3>
            { view_picture(event.image.as_ref(), folder) }
            if let Some(summary) = event.summary.clone() {
                <p class="dl-card__summary">{ summary }</p>
            }
            { view_actor_buttons(story, &event.actors.iter().collect::<Vec<_>>(), on_select) }
            { for quotes.into_iter().map(|quote| view_quote(story, quote, changes)) }
            { view_source(story, event.source.as_ref()) }
        </>
    }
}

fn view_actor(
    story: &Story,
    actor: &Actor,
    on_select: &Callback<Selection>,
    changes: &Changes,
    folder: Option<&str>,
) -> Html {
    let quotes: Vec<&Quote> = story
        .quotes
        .iter()
        .filter(|quote| quote.speaker == actor.id)
        .collect();
    let relations: Vec<&Relation> = story
        .relations
        .iter()
        .filter(|relation| relation.from == actor.id || relation.to == actor.id)
        .collect();
    let institute = actor.affiliation.as_ref().and_then(|id| story.actor(id));
    html! {
        <>
            <p class="dl-card__meta"><span class="dl-card__kind">{ locale().actor_kind(actor.kind) }</span></p>
            <h3 class="dl-card__title">{ actor.name.clone() }</h3>
            if let Some(role) = actor.role.clone() {
                <p class="dl-card__role">
                    { role }
                    if let Some(institute) = institute {
                        { ", " }{ institute.name.clone() }
                    }
                </p>
            }
            if !actor.aliases.is_empty() {
                <p class="dl-card__aliases">{ fill("card.also", &[("names", &locale().list(&actor.aliases))]) }</p>
            }
            { view_picture(actor.image.as_ref(), folder) }
            if let Some(description) = actor.description.clone() {
                <p class="dl-card__summary">{ description }</p>
            }
            if !relations.is_empty() {
                <h4 class="dl-card__subheading">{ text("card.relations") }</h4>
                <ul class="dl-card__list">
                    { for relations.into_iter().map(|relation| {
                        let selection = Selection::Relation(relation.id.clone());
                        let onclick = on_select.reform(move |_: MouseEvent| selection.clone());
                        html! {
                            <li key={relation.id.to_string()}>
                                <button type="button" class="dl-link-button" data-relation-button={relation.id.to_string()} {onclick}>{ relation_sentence(story, relation) }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            { for quotes.into_iter().map(|quote| view_quote(story, quote, changes)) }
            { view_source(story, actor.source.as_ref()) }
        </>
    }
}

fn view_relation(
    story: &Story,
    relation: &Relation,
    on_select: &Callback<Selection>,
    changes: &Changes,
) -> Html {
    let quotes: Vec<&Quote> = relation
        .quotes
        .iter()
        .filter_map(|id| story.quote(id))
        .collect();
    let events: Vec<&Event> = relation
        .events
        .iter()
        .filter_map(|id| story.event(id))
        .collect();
    let period = locale().relation_period(relation);
    html! {
        <>
            <p class="dl-card__meta"><span class="dl-card__kind">{ fill("card.relation_kind", &[("kind", &relation.kind.replace('_', " "))]) }</span></p>
            <h3 class="dl-card__title">{ relation_sentence(story, relation) }</h3>
            if let Some(period) = period {
                <p class="dl-card__summary">{ period }</p>
            }
            { view_actor_buttons(story, &[&relation.from, &relation.to], on_select) }
            if !events.is_empty() {
                <h4 class="dl-card__subheading">{ text("card.events") }</h4>
                <ul class="dl-card__list">
                    { for events.into_iter().map(|event| {
                        let selection = Selection::Event(event.id.clone());
                        let onclick = on_select.reform(move |_: MouseEvent| selection.clone());
                        html! {
                            <li key={event.id.to_string()}>
                                <button type="button" class="dl-link-button" {onclick}>{ view_message("card.event_line", |slot| match slot {
                                    "date" => html! { { locale().event_date(event) } },
                                    _ => isolated(event.title.clone()),
                                }) }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            { for quotes.into_iter().map(|quote| view_quote(story, quote, changes)) }
            { view_source(story, relation.source.as_ref()) }
        </>
    }
}

fn view_quote_card(
    story: &Story,
    quote: &Quote,
    on_select: &Callback<Selection>,
    changes: &Changes,
) -> Html {
    html! {
        <>
            { view_quote(story, quote, changes) }
            { view_actor_buttons(story, &[&quote.speaker], on_select) }
            { view_source(story, quote.source.as_ref()) }
        </>
    }
}

/// The actors named on a card, as buttons that select them.
fn view_actor_buttons(
    story: &Story,
    ids: &[&crate::model::ActorId],
    on_select: &Callback<Selection>,
) -> Html {
    let actors: Vec<&Actor> = ids.iter().filter_map(|id| story.actor(id)).collect();
    if actors.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="dl-card__actors" aria-label={text("card.actors")}>
            { for actors.into_iter().map(|actor| {
                let selection = Selection::Actor(actor.id.clone());
                let onclick = on_select.reform(move |_: MouseEvent| selection.clone());
                html! {
                    <li key={actor.id.to_string()}>
                        <button type="button" class="dl-chip" data-actor-button={actor.id.to_string()} {onclick}>{ actor.display_name().to_owned() }</button>
                    </li>
                }
            }) }
        </ul>
    }
}

/// A quote in full, with its speaker's name, role and institute and the
/// article's attribution wording, marked when it is new to the reader.
pub fn view_quote(story: &Story, quote: &Quote, changes: &Changes) -> Html {
    view_quote_matched(story, quote, changes, false)
}

/// A quote as [`view_quote`] draws it, lit when a search `matched` it.
pub fn view_quote_matched(story: &Story, quote: &Quote, changes: &Changes, matched: bool) -> Html {
    let new = changes.is_new(&ItemRef::Quote(quote.id.clone()));
    let speaker = story.actor(&quote.speaker);
    let institute = speaker
        .and_then(|actor| actor.affiliation.as_ref())
        .and_then(|id| story.actor(id));
    let mut attribution = vec![story.speaker_name(quote)];
    attribution.extend(speaker.and_then(|actor| actor.role.clone()));
    attribution.extend(institute.map(|actor| actor.name.clone()));
    let kind = match quote.kind {
        crate::model::QuoteKind::Pull => "dl-quote dl-quote--pull",
        _ => "dl-quote",
    };
    let kind = class_names!(kind, matched.then_some("dl-match"));
    html! {
        <figure key={quote.id.to_string()} class={kind} data-quote-id={quote.id.to_string()} data-dateline-new={new.then_some("")}>
            if new {
                { view_new_badge() }
            }
            <blockquote class="dl-quote__text" dir="auto">{ fill("quote.text", &[("text", &quote.text)]) }</blockquote>
            <figcaption class="dl-quote__attribution">
                { view_message("quote.by", |_| super::header::view_names(&attribution)) }
                if let Some(context) = quote.context.clone() {
                    { " " }<span class="dl-quote__context">{ fill("quote.context", &[("context", &context)]) }</span>
                }
            </figcaption>
        </figure>
    }
}

/// "Source" linking to the sentence in the article, when both are known.
pub fn view_source(story: &Story, source: Option<&SourceRef>) -> Html {
    let (Some(source), Some(url)) = (source, story.meta.source.url.as_ref()) else {
        return Html::default();
    };
    let href = text_fragment_url(url, &source.excerpt);
    html! {
        <p class="dl-card__source">
            <a href={href} target="_blank" rel="noopener noreferrer">{ fill("card.source", &[("name", &story.meta.source.name), ("paragraph", &locale().number(source.paragraph as usize))]) }</a>
        </p>
    }
}

/// The visible "New" mark of an item added since the reader's last visit.
pub fn view_new_badge() -> Html {
    html! { <span class="dl-new-badge">{ text("badge.new") }</span> }
}

/// Whether the card's item is new to the reader, and each time it was
/// corrected, with the day and what was corrected.
fn view_changes(changes: &Changes, item: &ItemRef) -> Html {
    let new = changes.is_new(item);
    let corrections = changes.corrections_of(item);
    if !new && corrections.is_empty() {
        return Html::default();
    }
    html! {
        <div class="dl-card__changes">
            if new {
                <p class="dl-card__new">{ view_new_badge() }{ " " }{ text("card.added") }</p>
            }
            { for corrections.iter().map(|correction| html! {
                <p class="dl-card__correction">
                    <strong>{ view_message("card.corrected", |_| html! {
                        <time datetime={correction.date.to_string()}>{ locale().date(&correction.date) }</time>
                    }) }{ " " }</strong>
                    { correction.summary.clone() }
                </p>
            }) }
        </div>
    }
}
