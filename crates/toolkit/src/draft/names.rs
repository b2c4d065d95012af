//! The people, states, organisations and groups an article names: every
//! run of capitalised words read as a name, then each name sorted into a
//! kind by the words in it, the states list, the way the article introduces
//! it ("Caroline Rose, a senior analyst at …", "Its chairman, Tomas
//! Ekberg,"), and how it is used (a speaker is a person). Later mentions by
//! surname, capital city or initials count as the same actor.

mod kinds;
mod place;
mod spans;

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::article::Article;
use super::gazetteer::{CONNECTORS, HONORIFICS, KNOWN_ORGANISATIONS, REFERRING_NOUNS, REGIONS};

use self::kinds::{
    addressed_publication, collective_kind, is_personal_name, is_state, key, kind_of_name,
    person_evidence, person_role, state_of,
};
pub use self::kinds::{surname, Kind};
pub use self::place::Place;
use self::place::Span;
use self::spans::{find_spans, lower_case_words};

/// Something the article names.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// Its full name.
    pub name: String,
    /// Its kind.
    pub kind: Kind,
    /// Other names the article uses for it (capital, initials, short form).
    pub aliases: Vec<String>,
    /// A person's surname, when the article uses it alone.
    pub short_name: Option<String>,
    /// Role in the article's words.
    pub role: Option<String>,
    /// The entity it belongs to, and where the article says so.
    pub affiliation: Option<(usize, Place)>,
    /// Where the article first names it.
    pub first: Place,
    /// Where the article introduces it (the appositive or title), if it does.
    pub introduced: Option<Place>,
    /// How many times it is named.
    pub mentions: usize,
    /// Whether it speaks, or is linked to something that is drawn: it is then drawn too.
    pub used: bool,
}

/// A name found in the text and the entity it was read as.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Where the name is.
    pub place: Place,
    /// The entity, by position in [`Names::entities`].
    pub entity: usize,
}

/// Every entity an article names, and every mention of them in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Names {
    /// The entities, in order of first mention.
    pub entities: Vec<Entity>,
    /// The mentions, in the order of the text.
    pub mentions: Vec<Mention>,
    /// For each of [`REFERRING_NOUNS`], the mentions (by position in
    /// `mentions`) of an organisation or group whose name fits the noun.
    referring: Vec<Vec<usize>>,
    /// The mentions of people, for finding the last one before a place.
    people: LastMarked,
    /// Each entity's mentions, by position in `mentions`.
    by_entity: Vec<Vec<usize>>,
}

/// Positions marked in a list, and the last one marked before any
/// position, each in logarithmic time (a Fenwick tree of maxima). Marks
/// are only ever added.
#[derive(Clone, Debug, Default, PartialEq)]
struct LastMarked {
    /// One more than the largest marked position in each node's range, or 0.
    tree: Vec<usize>,
}

impl LastMarked {
    fn new(len: usize) -> Self {
        Self {
            tree: vec![0; len + 1],
        }
    }

    fn mark(&mut self, position: usize) {
        let mut node = position + 1;
        while node < self.tree.len() {
            self.tree[node] = self.tree[node].max(position + 1);
            node += node & node.wrapping_neg();
        }
    }

    /// The largest marked position below `end`.
    fn last_before(&self, end: usize) -> Option<usize> {
        let mut node = end.min(self.tree.len().saturating_sub(1));
        let mut best = 0;
        while node > 0 {
            best = best.max(self.tree[node]);
            node -= node & node.wrapping_neg();
        }
        best.checked_sub(1)
    }
}

/// What [`Names::read`] looks names up by while it reads them.
#[derive(Default)]
struct Lookup {
    /// Entities by the [`key`] of a name read as them.
    keys: HashMap<String, usize>,
    /// Entities by full name.
    names: HashMap<String, usize>,
    /// The first person with each surname.
    surnames: HashMap<String, usize>,
}

impl Names {
    /// Reads every name in an article.
    pub fn read(article: &Article) -> Self {
        let vocabulary = lower_case_words(article);
        let spans: Vec<Span> = article
            .paragraphs
            .iter()
            .enumerate()
            .flat_map(|(index, paragraph)| find_spans(index, paragraph, &vocabulary))
            .collect();
        let mut names = Names::default();
        let mut lookup = Lookup::default();
        // Full names first, so that a surname or an initialism met later (or
        // earlier) can be read as the same entity.
        let mut span_entity: Vec<Option<usize>> = vec![None; spans.len()];
        for pass in 0..2 {
            for (i, span) in spans.iter().enumerate() {
                let single = !span.text.contains(' ');
                if (pass == 0) == single && !(pass == 0 && is_state(&span.text)) {
                    continue;
                }
                if span_entity[i].is_some() {
                    continue;
                }
                span_entity[i] = names.read_span(span, article, &mut lookup);
            }
        }
        for (span, entity) in spans.iter().zip(&span_entity) {
            if let Some(entity) = *entity {
                names.entities[entity].mentions += 1;
                names.mentions.push(Mention {
                    place: Place {
                        paragraph: span.paragraph,
                        range: span.range.clone(),
                    },
                    entity,
                });
            }
        }
        names
            .mentions
            .sort_by_key(|mention| (mention.place.paragraph, mention.place.range.start));
        names.index_mentions();
        for (span, entity) in spans.iter().zip(&span_entity) {
            if let Some(entity) = *entity {
                names.introduce(entity, span, article);
            }
        }
        names.link_initials();
        names.index_mentions();
        names
    }

    /// Indexes the mentions by what they are looked up by: people, and the
    /// organisations a referring noun ("the union") can mean.
    fn index_mentions(&mut self) {
        let fits: Vec<Vec<bool>> = self
            .entities
            .iter()
            .map(|entity| {
                REFERRING_NOUNS
                    .iter()
                    .map(|(_, name_words)| {
                        matches!(entity.kind, Kind::Organisation | Kind::Group)
                            && entity
                                .name
                                .split_whitespace()
                                .any(|word| name_words.contains(&word))
                    })
                    .collect()
            })
            .collect();
        self.referring = vec![Vec::new(); REFERRING_NOUNS.len()];
        self.people = LastMarked::new(self.mentions.len());
        self.by_entity = vec![Vec::new(); self.entities.len()];
        for (i, mention) in self.mentions.iter().enumerate() {
            self.by_entity[mention.entity].push(i);
            for (noun, fits) in fits[mention.entity].iter().enumerate() {
                if *fits {
                    self.referring[noun].push(i);
                }
            }
            if self.entities[mention.entity].kind == Kind::Person {
                self.people.mark(i);
            }
        }
    }

    /// Reads an entity as a person from now on (it was of unknown kind).
    pub fn make_person(&mut self, entity: usize) {
        if self.entities[entity].kind == Kind::Person {
            return;
        }
        self.entities[entity].kind = Kind::Person;
        for &i in &self.by_entity[entity] {
            self.people.mark(i);
        }
    }

    /// How many mentions come before `offset` of `paragraph` (ending at or before it).
    fn mentions_before(&self, paragraph: usize, offset: usize) -> usize {
        self.mentions.partition_point(|mention| {
            mention.place.paragraph < paragraph
                || (mention.place.paragraph == paragraph && mention.place.range.end <= offset)
        })
    }

    /// The mentions that start within a byte range of a paragraph, in order.
    fn starting_in(&self, paragraph: usize, range: Range<usize>) -> &[Mention] {
        let first = self.mentions.partition_point(|mention| {
            (mention.place.paragraph, mention.place.range.start) < (paragraph, range.start)
        });
        let end = first
            + self.mentions[first..].partition_point(|mention| {
                (mention.place.paragraph, mention.place.range.start) < (paragraph, range.end)
            });
        &self.mentions[first..end]
    }

    /// Reads one span as a new or known entity.
    fn read_span(&mut self, span: &Span, article: &Article, lookup: &mut Lookup) -> Option<usize> {
        let key = key(&span.text);
        if let Some(&known) = lookup.keys.get(&key) {
            return Some(known);
        }
        let place = Place {
            paragraph: span.paragraph,
            range: span.range.clone(),
        };
        let (name, kind, alias) = if let Some(state) = state_of(&span.text) {
            let alias = (state != span.text.trim_start_matches("the ")).then(|| span.text.clone());
            (state.to_owned(), Kind::State, alias)
        } else if let Some((_, name)) = KNOWN_ORGANISATIONS
            .iter()
            .find(|(short, _)| *short == span.text)
        {
            let alias = (*name != span.text).then(|| span.text.clone());
            ((*name).to_owned(), Kind::Organisation, alias)
        } else if REGIONS.contains(&span.text.as_str()) {
            (span.text.clone(), Kind::Place, None)
        } else if !span.text.contains(' ') {
            // A single word: a surname of someone already named, or a name of its own.
            if let Some(&person) = lookup.surnames.get(&span.text) {
                self.entities[person].short_name = Some(span.text.clone());
                lookup.keys.insert(key, person);
                return Some(person);
            }
            (span.text.clone(), kind_of_name(&span.text), None)
        } else {
            (span.text.clone(), kind_of_name(&span.text), None)
        };
        let paragraph = &article.paragraphs[span.paragraph];
        let kind = match kind {
            Kind::Unknown if is_personal_name(&span.text) && person_evidence(span, paragraph) => {
                Kind::Person
            }
            Kind::Unknown => collective_kind(span, paragraph)
                .or_else(|| addressed_publication(span, paragraph))
                .unwrap_or(Kind::Unknown),
            kind => kind,
        };
        let entity = match lookup.names.get(&name) {
            Some(&known) => known,
            None => {
                lookup.names.insert(name.clone(), self.entities.len());
                if kind == Kind::Person {
                    lookup
                        .surnames
                        .entry(surname(&name).to_owned())
                        .or_insert(self.entities.len());
                }
                self.entities.push(Entity {
                    name,
                    kind,
                    aliases: Vec::new(),
                    short_name: None,
                    role: None,
                    affiliation: None,
                    first: place,
                    introduced: None,
                    mentions: 0,
                    used: false,
                });
                self.entities.len() - 1
            }
        };
        if let Some(alias) = alias {
            if !self.entities[entity].aliases.contains(&alias) {
                self.entities[entity].aliases.push(alias);
            }
        }
        lookup.keys.insert(key, entity);
        Some(entity)
    }

    /// Reads the role and affiliation of a person from the way the article
    /// introduces them, and an organisation's owner from a possessive
    /// ("Russia’s Foreign Ministry").
    fn introduce(&mut self, entity: usize, span: &Span, article: &Article) {
        let paragraph = &article.paragraphs[span.paragraph];
        let sentence = paragraph.sentences[span.sentence].clone();
        let text = &paragraph.text;
        let kind = self.entities[entity].kind;
        if kind == Kind::Person && self.entities[entity].role.is_none() {
            if let Some((role, affiliation_range, place)) = person_role(span, paragraph) {
                let affiliation = affiliation_range.and_then(|range| {
                    self.entity_in(span.paragraph, range.clone()).or_else(|| {
                        self.referred_to(&text[range.clone()], span.paragraph, range.start)
                    })
                });
                let person = &mut self.entities[entity];
                person.role = Some(role);
                person.introduced = Some(place.clone());
                if let Some(affiliation) = affiliation.filter(|&other| other != entity) {
                    person.affiliation = Some((affiliation, place));
                }
            } else if let Some(title) = &span.title {
                if !HONORIFICS.contains(&title.as_str()) {
                    self.entities[entity].role = Some(title.clone());
                }
            }
        }
        if matches!(kind, Kind::Organisation | Kind::Group)
            && self.entities[entity].affiliation.is_none()
        {
            // "Russia’s Foreign Ministry": the owner is named just before.
            let before = text[sentence.start..span.range.start].trim_end();
            let mark = ["’s", "'s"].into_iter().find(|mark| before.ends_with(mark));
            if let Some(mark) = mark {
                let owner_end = sentence.start + before.len() - mark.len();
                let owner = self
                    .starting_in(span.paragraph, sentence.start..owner_end)
                    .iter()
                    .rev()
                    .find(|mention| mention.place.range.end == owner_end)
                    .map(|mention| (mention.entity, mention.place.range.start))
                    .filter(|&(owner, _)| owner != entity);
                if let Some((owner, start)) = owner {
                    self.entities[entity].affiliation = Some((
                        owner,
                        Place {
                            paragraph: span.paragraph,
                            range: start..span.range.end,
                        },
                    ));
                }
            }
        }
    }

    /// Initialisms ("TNA", "IEA") read as the named entity whose initials they are.
    fn link_initials(&mut self) {
        // The first entity of several words with each set of initials, and
        // with each set after a leading "T" ("The New Arab" is also "NA").
        let mut by_letters: HashMap<String, usize> = HashMap::new();
        let mut by_letters_after_the: HashMap<String, usize> = HashMap::new();
        for (i, entity) in self.entities.iter().enumerate() {
            if !entity.name.contains(' ') {
                continue;
            }
            let letters: String = entity
                .name
                .split_whitespace()
                .filter(|word| {
                    !CONNECTORS.contains(&word.to_lowercase().as_str()) || *word == "The"
                })
                .filter_map(|word| word.chars().next())
                .collect();
            if letters.starts_with('T') {
                by_letters_after_the
                    .entry(letters.trim_start_matches('T').to_owned())
                    .or_insert(i);
            }
            by_letters.entry(letters).or_insert(i);
        }
        let mut read_as: Vec<Option<usize>> = vec![None; self.entities.len()];
        for (short, read) in read_as.iter_mut().enumerate() {
            let name = self.entities[short].name.clone();
            let is_initials = name.len() >= 2
                && name.chars().all(|c| c.is_ascii_uppercase())
                && matches!(
                    self.entities[short].kind,
                    Kind::Unknown | Kind::Organisation | Kind::Group
                );
            if !is_initials {
                continue;
            }
            let full = [by_letters.get(&name), by_letters_after_the.get(&name)]
                .into_iter()
                .flatten()
                .copied()
                .filter(|&full| full != short)
                .min();
            let Some(full) = full else {
                continue;
            };
            *read = Some(full);
            let mentions = self.entities[short].mentions;
            let full_entity = &mut self.entities[full];
            full_entity.mentions += mentions;
            if !full_entity.aliases.contains(&name) {
                full_entity.aliases.push(name);
            }
            self.entities[short].mentions = 0;
        }
        for mention in &mut self.mentions {
            if let Some(full) = read_as[mention.entity] {
                mention.entity = full;
            }
        }
    }

    /// The entity named first within a byte range of a paragraph.
    pub fn entity_in(&self, paragraph: usize, range: Range<usize>) -> Option<usize> {
        self.mentions_in(paragraph, range)
            .first()
            .map(|mention| mention.entity)
    }

    /// Every entity named within a byte range of a paragraph, each once, in order.
    pub fn entities_in(&self, paragraph: usize, range: Range<usize>) -> Vec<usize> {
        let mut seen = HashSet::new();
        self.mentions_in(paragraph, range)
            .into_iter()
            .map(|mention| mention.entity)
            .filter(|entity| seen.insert(*entity))
            .collect()
    }

    /// The mentions within a byte range of a paragraph, in order.
    pub fn mentions_in(&self, paragraph: usize, range: Range<usize>) -> Vec<&Mention> {
        self.starting_in(paragraph, range.clone())
            .iter()
            .filter(|mention| mention.place.range.end <= range.end)
            .collect()
    }

    /// The person named last before `offset` of `paragraph`, looking back at
    /// most three paragraphs: whom "he" or "she" most likely is.
    pub fn last_person_before(&self, paragraph: usize, offset: usize) -> Option<usize> {
        let last = self
            .people
            .last_before(self.mentions_before(paragraph, offset))?;
        let mention = &self.mentions[last];
        (mention.place.paragraph + 3 >= paragraph).then_some(mention.entity)
    }

    /// The organisation an article refers back to with words such as "the
    /// union" or "the company’s": the last one named before `offset` whose
    /// name fits the noun.
    pub fn referred_to(&self, words: &str, paragraph: usize, offset: usize) -> Option<usize> {
        let lower = words.trim().to_lowercase();
        let rest = lower
            .strip_prefix("the ")
            .or_else(|| lower.strip_prefix("its "))
            .or_else(|| lower.strip_prefix("their "))?;
        let noun = rest.split([' ', '’', '\'']).next().unwrap_or_default();
        let which = REFERRING_NOUNS.iter().position(|(word, _)| *word == noun)?;
        let fitting = self.referring.get(which)?;
        let before = self.mentions_before(paragraph, offset);
        let last = fitting[..fitting.partition_point(|&i| i < before)].last()?;
        Some(self.mentions[*last].entity)
    }
}

#[cfg(test)]
mod tests {
    use super::super::article::read_article;
    use super::*;

    fn names(text: &str) -> Names {
        Names::read(&read_article(&format!("Headline\n\n{text}")))
    }

    fn find<'a>(names: &'a Names, name: &str) -> &'a Entity {
        names
            .entities
            .iter()
            .find(|entity| entity.name == name)
            .unwrap_or_else(|| {
                panic!(
                    "{name} not among {:?}",
                    names.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
                )
            })
    }

    #[test]
    fn a_person_is_read_with_role_and_organisation() {
        let names = names("“It matters,” Caroline Rose, a senior analyst and head of the Power Vacuums programme at the New Lines Institute for Strategy and Policy, told The New Arab.");
        let rose = find(&names, "Caroline Rose");
        assert_eq!(rose.kind, Kind::Person);
        assert_eq!(
            rose.role.as_deref(),
            Some("senior analyst and head of the Power Vacuums programme")
        );
        let (institute, _) = rose.affiliation.clone().expect("an affiliation");
        assert_eq!(
            names.entities[institute].name,
            "New Lines Institute for Strategy and Policy"
        );
        assert_eq!(find(&names, "The New Arab").kind, Kind::Organisation);
    }

    #[test]
    fn capitals_and_possessives_name_states() {
        let names = names("Last month, Russia’s Foreign Ministry accredited him in Moscow. Officials in Washington condemned it.");
        let russia = find(&names, "Russia");
        assert_eq!(russia.kind, Kind::State);
        assert_eq!(russia.mentions, 2);
        assert!(russia.aliases.contains(&"Moscow".to_owned()));
        let ministry = find(&names, "Foreign Ministry");
        assert_eq!(ministry.kind, Kind::Organisation);
        assert_eq!(
            ministry
                .affiliation
                .as_ref()
                .map(|(owner, _)| names.entities[*owner].name.as_str()),
            Some("Russia")
        );
        assert_eq!(find(&names, "United States").mentions, 1);
        assert!(!names
            .entities
            .iter()
            .any(|entity| entity.name == "Last" || entity.name == "Officials"));
    }

    #[test]
    fn a_surname_and_initials_are_the_same_actor() {
        let names = names("Anatol Lieven, a senior research fellow, spoke to The New Arab.\n\nAs Lieven told TNA, it was so.");
        let lieven = find(&names, "Anatol Lieven");
        assert_eq!(lieven.mentions, 2);
        assert_eq!(lieven.short_name.as_deref(), Some("Lieven"));
        assert!(find(&names, "The New Arab")
            .aliases
            .contains(&"TNA".to_owned()));
    }

    #[test]
    fn titles_and_roles_before_a_name_make_a_person() {
        let names = names("Governor Alan Whitfield spoke. The company’s chief executive, Helen Marchetti, said so. Its chairman, Tomas Ekberg, told them.");
        assert_eq!(
            find(&names, "Alan Whitfield").role.as_deref(),
            Some("Governor")
        );
        assert_eq!(
            find(&names, "Helen Marchetti").role.as_deref(),
            Some("chief executive")
        );
        assert_eq!(find(&names, "Tomas Ekberg").kind, Kind::Person);
    }

    #[test]
    fn the_union_refers_back_to_the_union_named_before() {
        let names = names("The strike was called by the Maritime and Dock Workers Union. “No,” said Declan Moyo, the union’s general secretary.");
        let moyo = find(&names, "Declan Moyo");
        assert_eq!(moyo.role.as_deref(), Some("general secretary"));
        let (union, _) = moyo.affiliation.clone().expect("the union");
        assert_eq!(
            names.entities[union].name,
            "Maritime and Dock Workers Union"
        );
    }
}
