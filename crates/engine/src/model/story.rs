//! The story format, version 1: the types a story file deserialises into.
//!
//! Field names here are the public contract with newsrooms; the README and
//! `static/schema/story-v1.json` (generated from these types) document them.
//! Pure Rust: no DOM.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::date::StoryDate;
use super::ids::{ActorId, EventId, ItemRef, QuoteId, RelationId, UpdateId};

/// A checked story: every reference in it resolves.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Story {
    /// What the story is and where it was published.
    pub meta: Meta,
    /// People, states, organisations, groups and places, in file order.
    pub actors: Vec<Actor>,
    /// Events, in file order; see [`Story::events_in_time_order`].
    pub events: Vec<Event>,
    /// Relations between actors, in file order.
    pub relations: Vec<Relation>,
    /// Quotes, in file order.
    pub quotes: Vec<Quote>,
    /// Updates and corrections published after the story, in file order;
    /// see [`Story::updates_in_order`].
    pub updates: Vec<Update>,
    index: Index,
}

/// Positions of items by id, built once when the story is assembled; the
/// three maps are of one type, so the bundle carries one hash table for them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Index {
    actors: HashMap<String, usize>,
    events: HashMap<String, usize>,
    quotes: HashMap<String, usize>,
}

impl Story {
    /// Assembles a story from items whose references have been checked.
    pub fn new(
        meta: Meta,
        actors: Vec<Actor>,
        events: Vec<Event>,
        relations: Vec<Relation>,
        quotes: Vec<Quote>,
    ) -> Self {
        let index = Index {
            actors: actors
                .iter()
                .enumerate()
                .map(|(i, actor)| (actor.id.0.clone(), i))
                .collect(),
            events: events
                .iter()
                .enumerate()
                .map(|(i, event)| (event.id.0.clone(), i))
                .collect(),
            quotes: quotes
                .iter()
                .enumerate()
                .map(|(i, quote)| (quote.id.0.clone(), i))
                .collect(),
        };
        Self {
            meta,
            actors,
            events,
            relations,
            quotes,
            updates: Vec::new(),
            index,
        }
    }

    /// The story with these updates, whose items have been checked.
    pub fn with_updates(self, updates: Vec<Update>) -> Self {
        Self { updates, ..self }
    }

    /// Updates and corrections from oldest to newest (same-day ones keep file order).
    pub fn updates_in_order(&self) -> Vec<&Update> {
        let mut updates: Vec<&Update> = self.updates.iter().collect();
        crate::sort::sort_by_key(&mut updates, |update| update.date);
        updates
    }

    /// The newest update or correction, if the story has any.
    pub fn newest_update(&self) -> Option<&Update> {
        self.updates_in_order().pop()
    }

    /// When the story was last updated or corrected, if it ever was.
    pub fn last_updated(&self) -> Option<StoryDate> {
        self.updates.iter().map(|update| update.date).max()
    }

    /// The corrections, from oldest to newest.
    pub fn corrections(&self) -> Vec<&Update> {
        self.updates_in_order()
            .into_iter()
            .filter(|update| update.kind == UpdateKind::Correction)
            .collect()
    }

    /// Whether the story has the item `item` names.
    pub fn has(&self, item: &ItemRef) -> bool {
        match item {
            ItemRef::Event(id) => self.event(id).is_some(),
            ItemRef::Actor(id) => self.actor(id).is_some(),
            ItemRef::Relation(id) => self.relation(id).is_some(),
            ItemRef::Quote(id) => self.quote(id).is_some(),
        }
    }

    /// The actor with this id, if the story has one.
    pub fn actor(&self, id: &ActorId) -> Option<&Actor> {
        self.index.actors.get(id.as_str()).map(|&i| &self.actors[i])
    }

    /// The name of a quote's speaker, as every view writes it: the actor's
    /// name, or the speaker's id when the story has no such actor.
    pub fn speaker_name(&self, quote: &Quote) -> String {
        self.actor(&quote.speaker)
            .map_or_else(|| quote.speaker.to_string(), |actor| actor.name.clone())
    }

    /// The event with this id, if the story has one.
    pub fn event(&self, id: &EventId) -> Option<&Event> {
        self.index.events.get(id.as_str()).map(|&i| &self.events[i])
    }

    /// The relation with this id, if the story has one.
    pub fn relation(&self, id: &RelationId) -> Option<&Relation> {
        self.relations.iter().find(|relation| &relation.id == id)
    }

    /// The quote with this id, if the story has one.
    pub fn quote(&self, id: &QuoteId) -> Option<&Quote> {
        self.index.quotes.get(id.as_str()).map(|&i| &self.quotes[i])
    }

    /// Dated events from earliest to latest (ties keep file order).
    pub fn events_in_time_order(&self) -> Vec<&Event> {
        let mut dated: Vec<&Event> = self
            .events
            .iter()
            .filter(|event| event.date.is_some())
            .collect();
        crate::sort::sort_by_key(&mut dated, |event| event.date);
        dated
    }

    /// The days a relation holds, as `(first day, day after the last)` since
    /// 1970-01-01, each `None` when open. It starts at `since`, or else at the
    /// earliest dated event that shows it, and ends with `until`.
    pub fn relation_period(&self, relation: &Relation) -> (Option<i64>, Option<i64>) {
        let start = relation.since.map(|since| since.first_day()).or_else(|| {
            relation
                .events
                .iter()
                .filter_map(|id| self.event(id)?.date)
                .map(|date| date.first_day())
                .min()
        });
        (start, relation.until.map(|until| until.end_day()))
    }

    /// Whether a relation holds on `day` (days since 1970-01-01).
    pub fn relation_holds_on(&self, relation: &Relation, day: i64) -> bool {
        let (start, end) = self.relation_period(relation);
        start.is_none_or(|start| day >= start) && end.is_none_or(|end| day < end)
    }

    /// Events without a date: background the story refers to, in file order.
    pub fn undated_events(&self) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(|event| event.date.is_none())
    }

    /// The story as a story file (format version 1): pretty-printed JSON in
    /// the README's field order, empty fields left out so the file reads
    /// well in an editor, ending with a newline. Reading it back gives the
    /// same story.
    pub fn to_json(&self) -> String {
        /// The file's top level, borrowing the story's lists.
        #[derive(Serialize)]
        struct StoryFile<'a> {
            version: u32,
            meta: &'a Meta,
            actors: &'a [Actor],
            events: &'a [Event],
            relations: &'a [Relation],
            quotes: &'a [Quote],
            #[serde(skip_serializing_if = "<[Update]>::is_empty")]
            updates: &'a [Update],
        }
        let file = StoryFile {
            version: 1,
            meta: &self.meta,
            actors: &self.actors,
            events: &self.events,
            relations: &self.relations,
            quotes: &self.quotes,
            updates: &self.updates,
        };
        serde_json::to_string_pretty(&file).expect("a story serialises") + "\n"
    }
}

/// What the story is and where it was published.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Meta {
    /// Headline of the article the story explains.
    pub title: String,
    /// The publication the article appeared in.
    pub source: Publication,
    /// Publication date of the article.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<StoryDate>,
    /// The article's authors, as bylined.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    /// Language of the story's text, as a BCP 47 tag such as "en" or "ar".
    #[serde(default = "default_language")]
    pub language: String,
    /// One or two sentences saying what the story is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

pub(super) fn default_language() -> String {
    "en".to_owned()
}

/// A publication and the article's address in it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Publication {
    /// Name of the publication, such as "The New Arab".
    pub name: String,
    /// Address of the article (http or https).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Where in the article an item comes from.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct SourceRef {
    /// Paragraph of the article's body, counting from 1.
    #[cfg_attr(test, schemars(range(min = 1)))]
    pub paragraph: u32,
    /// A short verbatim excerpt of the sentence the item rests on.
    pub excerpt: String,
}

/// What kind of actor something is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A single person.
    Person,
    /// A country or its government.
    State,
    /// An institution, ministry, company or publication.
    Organisation,
    /// A movement, armed group or loose grouping of states.
    Group,
    /// A place that acts or is acted upon in the story.
    Place,
}

impl ActorKind {
    /// The kind in a reader's words.
    pub fn label(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::State => "state",
            Self::Organisation => "organisation",
            Self::Group => "group",
            Self::Place => "place",
        }
    }

    /// The kind with its indefinite article, for sentences ("an organisation").
    pub fn with_article(self) -> &'static str {
        match self {
            Self::Person => "a person",
            Self::State => "a state",
            Self::Organisation => "an organisation",
            Self::Group => "a group",
            Self::Place => "a place",
        }
    }
}

/// A person, state, organisation, group or place in the story.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Actor {
    /// Unique among actors; referenced by events, relations and quotes.
    pub id: ActorId,
    /// Full name, such as "Islamic Emirate of Afghanistan".
    pub name: String,
    /// What kind of actor this is.
    pub kind: ActorKind,
    /// Name for tight spaces, such as "US".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    /// Role or title in the story's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The actor this one belongs to or works for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<ActorId>,
    /// Other names the article uses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// A sentence or two about the actor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Where the article introduces the actor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
    /// A picture of the actor, shown in its card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
    /// A drafting tool's note on what an editor should check in this item
    /// (`dateline draft` writes them); reported as a warning until removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft_note: Option<String>,
}

impl Actor {
    /// An actor with its id, name and kind, and nothing else said of it.
    pub fn new(id: ActorId, name: String, kind: ActorKind) -> Self {
        Self {
            id,
            name,
            kind,
            short_name: None,
            role: None,
            affiliation: None,
            aliases: Vec::new(),
            description: None,
            source: None,
            image: None,
            draft_note: None,
        }
    }

    /// The short name if there is one, else the full name.
    pub fn display_name(&self) -> &str {
        self.short_name.as_deref().unwrap_or(&self.name)
    }
}

/// Whether the article reports an event, cites it as background, or is the
/// publication itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// News the article reports.
    Reported,
    /// Background the article refers to; may be undated.
    Context,
    /// The article's own publication.
    Publication,
}

impl EventKind {
    /// The kind in a reader's words.
    pub fn label(self) -> &'static str {
        match self {
            Self::Reported => "reported",
            Self::Context => "context",
            Self::Publication => "publication",
        }
    }
}

/// Something that happened, at the precision the article gives.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Event {
    /// Unique among events.
    pub id: EventId,
    /// When it happened (EDTF). Only `context` events may leave it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<StoryDate>,
    /// When it ended, for events that lasted; not before `date`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<StoryDate>,
    /// A short headline for the event.
    pub title: String,
    /// What happened, in a sentence or two.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Actors involved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<ActorId>,
    /// Quotes about the event.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<QuoteId>,
    /// Reported news, background context or the publication itself.
    pub kind: EventKind,
    /// Where the article reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
    /// A picture of the event, shown in its card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
    /// A drafting tool's note on what an editor should check in this item
    /// (`dateline draft` writes them); reported as a warning until removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft_note: Option<String>,
}

/// A picture of an event or an actor. It is fetched only when its card
/// opens, from the story file's folder (or the folder the host names for
/// pictures) or an https address whose host is a public name; nothing
/// third-party is embedded.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Image {
    /// Where the picture is: an https address whose host is a public name
    /// (not an IP address or localhost), or a path read in the story file's
    /// folder, such as "images/gharwal.jpg" (not starting with "/", without
    /// "..", a query or a fragment).
    pub url: String,
    /// What the picture shows, for readers who cannot see it.
    pub alt: String,
    /// Who took or owns the picture, as printed beside it, such as "Photo: Reuters".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
    /// A line about the picture, shown under it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
}

/// How a relation leans.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// Working together or drawing closer.
    Cooperative,
    /// Opposing, condemning or threatening.
    Hostile,
    /// Neither, such as membership.
    Neutral,
}

/// A tie between two actors, holding for a period.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Relation {
    /// Unique among relations.
    pub id: RelationId,
    /// The actor the relation goes from.
    pub from: ActorId,
    /// The actor the relation goes to.
    pub to: ActorId,
    /// A verb such as engages, recognises, condemns, cooperates, opposes, threatens or member_of.
    pub kind: String,
    /// Cooperative, hostile or neutral.
    pub stance: Stance,
    /// A few words for the relation, shown on its edge, such as "condemns the acceptance of Taliban diplomats".
    pub label: String,
    /// True when the relation runs both ways (drawn without an arrowhead).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub mutual: bool,
    /// When the relation began, if the article says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<StoryDate>,
    /// When the relation ended, if the article says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<StoryDate>,
    /// Events that show the relation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<EventId>,
    /// Quotes that speak to the relation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<QuoteId>,
    /// Where the article states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
    /// A drafting tool's note on what an editor should check in this item
    /// (`dateline draft` writes them); reported as a warning until removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft_note: Option<String>,
}

/// How a quote appears in the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Whole sentences in quotation marks.
    Direct,
    /// A fragment in quotation marks inside the article's own sentence.
    Partial,
    /// A pull quote set off by the publication.
    Pull,
}

/// Words someone said or wrote, verbatim.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Quote {
    /// Unique among quotes.
    pub id: QuoteId,
    /// The words, verbatim, without the enclosing quotation marks.
    pub text: String,
    /// Who said or wrote them.
    pub speaker: ActorId,
    /// How they were said, in the article's words, such as "told The New Arab".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    /// Direct, partial or pull quote.
    pub kind: QuoteKind,
    /// The event the quote is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<EventId>,
    /// Where the quote appears in the article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
    /// A drafting tool's note on what an editor should check in this item
    /// (`dateline draft` writes them); reported as a warning until removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft_note: Option<String>,
}

/// Whether an update adds to the story or corrects it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum UpdateKind {
    /// New reporting: items added or developed since publication.
    Update,
    /// A correction of something the story got wrong; shown for good.
    Correction,
}

impl UpdateKind {
    /// The kind in a reader's words.
    pub fn label(self) -> &'static str {
        match self {
            Self::Update => "update",
            Self::Correction => "correction",
        }
    }
}

/// A change published after the story: an update or a correction, with the
/// items it added or changed.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Update {
    /// Unique among updates.
    pub id: UpdateId,
    /// When it was published: a day, not before `meta.published`.
    pub date: StoryDate,
    /// An update (new reporting) or a correction.
    pub kind: UpdateKind,
    /// What changed, in a sentence.
    pub summary: String,
    /// The items it added or changed: `event:<id>`, `actor:<id>`, `relation:<id>`, `quote:<id>`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<ItemRef>,
}
