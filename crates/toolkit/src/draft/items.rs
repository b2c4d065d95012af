//! The drafted story's items, stage by stage: the actors the article names,
//! the events of its dated sentences and of its publication, and its
//! quotations with their speakers. Relations follow in `relations.rs`.

use std::collections::{HashMap, HashSet};

use super::article::Article;
use super::dates::{find_dates, Reading};
use super::excerpts::{event_title, excerpt_around, excerpt_of_sentence, words_of, EXCERPT_WORDS};
use super::names::{surname, Kind, Names};
use super::quotes::{inside_quotes, quote_marks, FoundQuote, Speaker};
use crate::ids::{slug, StoryIds};
use crate::import::PLACEHOLDER_PUBLICATION;
use dateline_engine::model::validate::MAX_ITEMS_PER_INNER_LIST;
use dateline_engine::model::{
    Actor, ActorId, ActorKind, Event, EventId, EventKind, Meta, Quote, QuoteId, Relation,
    SourceRef, Story, StoryDate,
};

/// Days before publication after which an event counts as background (`context`).
const CONTEXT_AFTER_DAYS: i64 = 120;

/// A story being drafted from an article, with what each stage leaves for
/// the next.
pub(super) struct Drafting<'a> {
    pub(super) article: &'a Article,
    pub(super) names: &'a mut Names,
    quotes: &'a [FoundQuote],
    published: Option<StoryDate>,
    pub(super) ids: StoryIds,
    pub(super) actors: Vec<Actor>,
    pub(super) events: Vec<Event>,
    pub(super) relations: Vec<Relation>,
    quote_items: Vec<Quote>,
    /// The actor drawn for each entity, by position in `names.entities`.
    pub(super) actor_ids: HashMap<usize, ActorId>,
    /// The entity of the article's first author, if the article names them.
    author: Option<usize>,
    /// The events drafted from each paragraph, by position in `events`.
    paragraph_events: HashMap<usize, Vec<usize>>,
    /// The events drafted from each sentence (paragraph, sentence start), by
    /// position in `events`.
    pub(super) sentence_events: HashMap<(usize, usize), Vec<usize>>,
}

impl<'a> Drafting<'a> {
    /// Nothing drafted yet from `article`, whose names and quotations have been read.
    pub(super) fn new(
        article: &'a Article,
        names: &'a mut Names,
        quotes: &'a [FoundQuote],
        published: Option<StoryDate>,
    ) -> Self {
        let author = article.authors.first().and_then(|author| {
            names
                .entities
                .iter()
                .position(|entity| entity.name == *author && entity.kind == Kind::Person)
        });
        Self {
            article,
            names,
            quotes,
            published,
            ids: StoryIds::default(),
            actors: Vec::new(),
            events: Vec::new(),
            relations: Vec::new(),
            quote_items: Vec::new(),
            actor_ids: HashMap::new(),
            author,
            paragraph_events: HashMap::new(),
            sentence_events: HashMap::new(),
        }
    }

    /// The drafted story.
    pub(super) fn into_story(self, meta: Meta) -> Story {
        Story::new(
            meta,
            self.actors,
            self.events,
            self.relations,
            self.quote_items,
        )
    }

    /// Who is drawn: people, states, organisations and groups, anyone who
    /// speaks, and what they belong to; names of unknown kind only when the
    /// article uses them more than once.
    pub(super) fn draw_actors(&mut self) {
        if let Some(author) = self.author {
            self.names.entities[author].used |= self
                .quotes
                .iter()
                .any(|quote| quote.speaker == Speaker::Author);
        }
        let entities = &self.names.entities;
        let mut drawn: Vec<bool> = entities
            .iter()
            .map(|entity| match entity.kind {
                Kind::Person | Kind::State | Kind::Organisation | Kind::Group => {
                    entity.mentions > 0
                }
                Kind::Unknown => entity.mentions >= 2 || entity.used,
                Kind::Place => false,
            })
            .collect();
        for i in 0..entities.len() {
            if drawn[i] {
                if let Some((affiliation, _)) = &entities[i].affiliation {
                    drawn[*affiliation] = entities[*affiliation].kind != Kind::Place;
                }
            }
        }
        for (i, entity) in entities.iter().enumerate() {
            if !drawn[i] {
                continue;
            }
            let id = ActorId(self.ids.actors.claim(&slug(&entity.name, 40)));
            self.actor_ids.insert(i, id.clone());
            let source_place = entity.introduced.as_ref().unwrap_or(&entity.first);
            let source_paragraph = &self.article.paragraphs[source_place.paragraph];
            let excerpt = if entity.introduced.is_some() {
                words_of(
                    &source_paragraph.text[source_place.range.clone()],
                    EXCERPT_WORDS,
                )
            } else {
                let paragraph = &self.article.paragraphs[entity.first.paragraph];
                excerpt_around(paragraph, entity.first.range.clone())
            };
            let (kind, note) = match entity.kind {
                Kind::Person => (ActorKind::Person, None),
                Kind::State => (ActorKind::State, None),
                Kind::Organisation => (ActorKind::Organisation, None),
                Kind::Group => (ActorKind::Group, None),
                Kind::Unknown | Kind::Place => (
                    ActorKind::Group,
                    Some(
                        "kind guessed from how often the article names it: check it is a group"
                            .to_owned(),
                    ),
                ),
            };
            let short_name = match entity.kind {
                Kind::Person => entity.short_name.clone().or_else(|| {
                    entity
                        .name
                        .contains(' ')
                        .then(|| surname(&entity.name).to_owned())
                }),
                _ => None,
            };
            self.actors.push(Actor {
                short_name,
                role: entity.role.clone(),
                aliases: entity.aliases.clone(),
                source: Some(SourceRef {
                    paragraph: source_paragraph.number,
                    excerpt,
                }),
                draft_note: note,
                ..Actor::new(id, entity.name.clone(), kind)
            });
        }
        // Affiliations, now that every drawn entity has its id.
        for (i, entity) in entities.iter().enumerate() {
            let (Some(id), Some((affiliation, _))) = (self.actor_ids.get(&i), &entity.affiliation)
            else {
                continue;
            };
            if let Some(target) = self.actor_ids.get(affiliation) {
                if let Some(actor) = self.actors.iter_mut().find(|actor| actor.id == *id) {
                    actor.affiliation = Some(target.clone());
                }
            }
        }
    }

    /// Events from dated sentences, outside quotation marks: one for each
    /// date a paragraph gives, titled with its clause.
    pub(super) fn draft_events(&mut self) {
        let mut dated: HashSet<(usize, StoryDate)> = HashSet::new();
        for (index, paragraph) in self.article.paragraphs.iter().enumerate() {
            let marks = quote_marks(&paragraph.text);
            // A wire dateline's day is the publication's, not an event's.
            let dateline_end = match self.article.dateline {
                Some(dateline) if index == 0 => dateline.len,
                _ => 0,
            };
            for (s, sentence_range) in paragraph.sentences.iter().enumerate() {
                if paragraph.headings[s] || paragraph.boilerplate {
                    continue;
                }
                let sentence = &paragraph.text[sentence_range.clone()];
                let mut sentence_actors: Option<Vec<ActorId>> = None;
                for mention in find_dates(sentence, self.published) {
                    let at = sentence_range.start + mention.range.start;
                    if at < dateline_end
                        || inside_quotes(&marks, at)
                        || !dated.insert((index, mention.date))
                    {
                        continue;
                    }
                    let title = self.with_person_for_pronoun(
                        event_title(sentence, mention.range.clone()),
                        index,
                        at,
                    );
                    let kind = match self.published {
                        Some(published)
                            if mention.date.end_day()
                                < published.first_day() - CONTEXT_AFTER_DAYS =>
                        {
                            EventKind::Context
                        }
                        _ => EventKind::Reported,
                    };
                    let note = match &mention.reading {
                        Reading::Stated | Reading::Relative => None,
                        Reading::Weekday(words) => Some(format!(
                            "\"{words}\" read as {}, counted from the publication date",
                            mention.date.in_words()
                        )),
                        Reading::YearSupplied(words) => Some(format!(
                            "\"{words}\" gives no year: read as {}",
                            mention.date.in_words()
                        )),
                        Reading::Attributive => Some(format!(
                            "\"{}\" names a year: check that it dates an event",
                            &sentence[mention.range.clone()]
                        )),
                    };
                    let actors = sentence_actors
                        .get_or_insert_with(|| {
                            self.names
                                .entities_in(index, sentence_range.clone())
                                .into_iter()
                                .filter_map(|entity| self.actor_ids.get(&entity).cloned())
                                .take(MAX_ITEMS_PER_INNER_LIST)
                                .collect()
                        })
                        .clone();
                    let id = EventId(self.ids.events.claim(&slug(&title, 40)));
                    let position = self.events.len();
                    self.paragraph_events
                        .entry(index)
                        .or_default()
                        .push(position);
                    self.sentence_events
                        .entry((index, sentence_range.start))
                        .or_default()
                        .push(position);
                    self.events.push(Event {
                        id,
                        date: Some(mention.date),
                        end: None,
                        title,
                        summary: Some(excerpt_of_sentence(sentence, mention.range.clone())),
                        actors,
                        quotes: Vec::new(),
                        kind,
                        source: Some(SourceRef {
                            paragraph: paragraph.number,
                            excerpt: excerpt_around(
                                paragraph,
                                at..sentence_range.start + mention.range.end,
                            ),
                        }),
                        image: None,
                        draft_note: note,
                    });
                }
            }
        }
    }

    /// A title starting "He " or "She " with the last person named before
    /// it instead: "She told reporters" -> "Marchetti told reporters".
    fn with_person_for_pronoun(&self, title: String, paragraph: usize, at: usize) -> String {
        for pronoun in ["He ", "She "] {
            let Some(rest) = title.strip_prefix(pronoun) else {
                continue;
            };
            let person = self.names.last_person_before(paragraph, at).map(|person| {
                let entity = &self.names.entities[person];
                entity
                    .short_name
                    .clone()
                    .unwrap_or_else(|| surname(&entity.name).to_owned())
            });
            if let Some(person) = person {
                return format!("{person} {rest}");
            }
        }
        title
    }

    /// The article's own publication, as an event of its day, when the day is known.
    pub(super) fn draft_publication(&mut self, publication: &str) {
        let Some(published) = self.published else {
            return;
        };
        let title = if publication == PLACEHOLDER_PUBLICATION {
            "The article is published".to_owned()
        } else {
            format!("{publication} publishes the article")
        };
        let actors = self
            .author
            .and_then(|author| self.actor_ids.get(&author).cloned())
            .into_iter()
            .collect();
        let source = self.article.paragraphs.first().map(|paragraph| SourceRef {
            paragraph: paragraph.number,
            excerpt: words_of(&paragraph.text, EXCERPT_WORDS / 2),
        });
        let id = EventId(self.ids.events.claim("article-published"));
        self.events.push(Event {
            id,
            date: Some(published),
            end: None,
            title,
            summary: Some(format!("\"{}\"", self.article.title)),
            actors,
            quotes: Vec::new(),
            kind: EventKind::Publication,
            source,
            image: None,
            draft_note: None,
        });
    }

    /// Every quotation, with its speaker: the actor drawn for them, the
    /// article's author for a pull quote, or one stand-in actor for every
    /// quotation whose speaker was not found. Each is tied to the first
    /// event drafted from its paragraph.
    pub(super) fn draft_quotes(&mut self) {
        let quotes = self.quotes;
        let mut unknown_speaker: Option<ActorId> = None;
        let mut author_id = self
            .author
            .and_then(|author| self.actor_ids.get(&author).cloned());
        for quote in quotes {
            let paragraph = &self.article.paragraphs[quote.paragraph];
            let mut note = quote.note.clone();
            let speaker = match &quote.speaker {
                Speaker::Entity(entity) => self.actor_ids.get(entity).cloned(),
                Speaker::Author => match (&author_id, self.article.authors.first()) {
                    (Some(id), _) => Some(id.clone()),
                    (None, Some(name)) => {
                        let id = self.add_author(name);
                        author_id = Some(id.clone());
                        Some(id)
                    }
                    (None, None) => None,
                },
                Speaker::Unknown => None,
            };
            let speaker = speaker.unwrap_or_else(|| {
                note.get_or_insert_with(|| "speaker not found: who said this?".to_owned());
                unknown_speaker
                    .get_or_insert_with(|| self.add_unknown_speaker())
                    .clone()
            });
            let speaker_name = self
                .actors
                .iter()
                .find(|actor| actor.id == speaker)
                .map(|actor| actor.display_name().to_owned())
                .unwrap_or_default();
            let base = slug(&format!("{speaker_name} {}", words_of(&quote.text, 4)), 48);
            let id = QuoteId(self.ids.quotes.claim(&base));
            let event = self
                .paragraph_events
                .get(&quote.paragraph)
                .and_then(|events| events.first())
                .map(|&at| {
                    self.events[at].quotes.push(id.clone());
                    self.events[at].id.clone()
                });
            self.quote_items.push(Quote {
                id,
                text: quote.text.clone(),
                speaker,
                context: quote.context.clone(),
                kind: quote.kind,
                event,
                source: Some(SourceRef {
                    paragraph: paragraph.number,
                    excerpt: words_of(&quote.text, EXCERPT_WORDS),
                }),
                draft_note: note,
            });
        }
    }

    /// An actor for the bylined author `name`, who speaks but is not named in the body.
    fn add_author(&mut self, name: &str) -> ActorId {
        let id = ActorId(self.ids.actors.claim(&slug(name, 40)));
        self.actors.push(Actor {
            short_name: name.contains(' ').then(|| surname(name).to_owned()),
            role: Some("author of the article".to_owned()),
            draft_note: Some("the article's author, from the byline".to_owned()),
            ..Actor::new(id.clone(), name.to_owned(), ActorKind::Person)
        });
        id
    }

    /// The actor standing in for speakers the drafter could not find.
    fn add_unknown_speaker(&mut self) -> ActorId {
        let id = ActorId(self.ids.actors.claim("unknown-speaker"));
        self.actors.push(Actor {
            draft_note: Some(
                "stands in for the speaker of quotations the drafter could not attribute"
                    .to_owned(),
            ),
            ..Actor::new(id.clone(), "Unknown speaker".to_owned(), ActorKind::Person)
        });
        id
    }
}
