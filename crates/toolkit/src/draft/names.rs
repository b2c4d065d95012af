//! The people, states, organisations and groups an article names: every
//! run of capitalised words read as a name, then each name sorted into a
//! kind by the words in it, the states list, the way the article introduces
//! it ("Caroline Rose, a senior analyst at …", "Its chairman, Tomas
//! Ekberg,"), and how it is used (a speaker is a person). Later mentions by
//! surname, capital city or initials count as the same actor.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

use super::article::{Article, Paragraph};
use super::gazetteer::{
    COLLECTIVE_NOUNS, CONNECTORS, GROUP_WORDS, HONORIFICS, KNOWN_ORGANISATIONS, ORGANISATION_WORDS,
    REFERRING_NOUNS, REGIONS, ROLE_WORDS, SENTENCE_STARTERS, SPEECH_VERBS, STATES, TITLES,
    TITLE_MODIFIERS,
};
use dateline_engine::model::date::MONTH_NAMES;

/// What kind of actor a name is, as far as the drafter can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A person.
    Person,
    /// A state (from the list of states).
    State,
    /// An organisation (by a word in its name or the way it is introduced).
    Organisation,
    /// A group (by a word in its name or the way it is introduced).
    Group,
    /// A region or other place, never drawn by itself.
    Place,
    /// Not known: drawn as a group, with a note, if the article names it often.
    Unknown,
}

/// Where something is: a paragraph (by position in the article) and a byte
/// range of its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// Position of the paragraph in [`Article::paragraphs`].
    pub paragraph: usize,
    /// Byte range in the paragraph's text.
    pub range: Range<usize>,
}

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

/// A run of capitalised words in a sentence, before it is read as a name.
#[derive(Clone, Debug)]
struct Span {
    paragraph: usize,
    sentence: usize,
    /// The name's range (after any title, without a possessive 's).
    range: Range<usize>,
    /// The name's words.
    text: String,
    /// A title before the name ("Governor", "Dr.").
    title: Option<String>,
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

/// The key two names share when they name the same thing.
fn key(name: &str) -> String {
    name.trim_start_matches("The ")
        .trim_start_matches("the ")
        .replace('’', "'")
        .to_lowercase()
}

fn is_state(text: &str) -> bool {
    state_of(text).is_some()
}

/// The name of the state a name stands for: "Moscow" -> "Russia".
fn state_of(text: &str) -> Option<&'static str> {
    static BY_NAME: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
        let mut by_name = HashMap::new();
        for names in STATES {
            for name in *names {
                by_name
                    .entry(name.trim_start_matches("the "))
                    .or_insert(names[0]);
            }
        }
        by_name
    });
    let text = text.replace('’', "'");
    BY_NAME.get(text.trim_start_matches("the ")).copied()
}

/// The kind a name's own words give it.
fn kind_of_name(name: &str) -> Kind {
    let words: Vec<&str> = name.split_whitespace().collect();
    let group_phrase = || {
        GROUP_WORDS
            .iter()
            .any(|group| group.contains(' ') && name.contains(group))
    };
    if words.iter().any(|word| GROUP_WORDS.contains(word)) || !words.is_empty() && group_phrase() {
        Kind::Group
    } else if words.iter().any(|word| {
        let bare = word.trim_end_matches(['’', '\'']);
        ORGANISATION_WORDS.contains(&bare)
    }) {
        Kind::Organisation
    } else if words.len() > 1
        && words.iter().any(|word| {
            matches!(
                *word,
                "Republic" | "Kingdom" | "Emirate" | "Federation" | "Emirates"
            )
        })
    {
        Kind::State
    } else {
        Kind::Unknown
    }
}

/// Whether a name could be a person's: one to four capitalised words, none
/// of them a word that marks an organisation or a state.
fn is_personal_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|word| {
            word.chars().next().is_some_and(char::is_uppercase)
                && !word.chars().all(|c| c.is_uppercase() || c == '.')
        })
        && kind_of_name(name) == Kind::Unknown
        && state_of(name).is_none()
}

/// A person's surname: the last word of their name.
pub fn surname(name: &str) -> &str {
    name.split_whitespace().last().unwrap_or(name)
}

/// Whether the text around a name says it is a person's: an appositive
/// with a role ("Caroline Rose, a senior analyst"), "who", a title, a role
/// before it ("Its chairman, Tomas Ekberg,"), "X is the CEO of …", or a
/// verb of saying.
fn person_evidence(span: &Span, paragraph: &Paragraph) -> bool {
    if span.title.is_some() {
        return true;
    }
    let sentence = paragraph.sentences[span.sentence].clone();
    let after = &paragraph.text[span.range.end..sentence.end.max(span.range.end)];
    let after = after
        .strip_prefix("’s")
        .or_else(|| after.strip_prefix("'s"))
        .unwrap_or(after);
    if after.starts_with(", who ") || person_role(span, paragraph).is_some() {
        return true;
    }
    let next_word = after
        .trim_start_matches([',', ' '])
        .split_whitespace()
        .next()
        .unwrap_or_default();
    if after.starts_with(' ') && SPEECH_VERBS.contains(&next_word) {
        return span.text.contains(' ');
    }
    let before = paragraph.text[sentence.start..span.range.start].trim_end();
    let last_word = before
        .rsplit([' ', ','])
        .find(|word| !word.is_empty())
        .unwrap_or_default();
    // "said Declan Moyo" names a speaker; "told The New Arab" names the one spoken to.
    let to_someone = matches!(
        last_word,
        "told" | "tells" | "asked" | "urged" | "called" | "described"
    );
    (SPEECH_VERBS.contains(&last_word) && !to_someone || before.ends_with("according to"))
        && span.text.contains(' ')
}

/// The role a person is introduced with, the range of the organisation it
/// is at (if named), and where the introduction is.
fn person_role(
    span: &Span,
    paragraph: &Paragraph,
) -> Option<(String, Option<Range<usize>>, Place)> {
    let text = &paragraph.text;
    let sentence = paragraph.sentences[span.sentence].clone();
    let place = |range: Range<usize>| Place {
        paragraph: span.paragraph,
        range,
    };
    // After: "Name, a senior analyst at the New Lines Institute, told …" or "Name is the CEO of …".
    let after_start = span.range.end;
    let after = &text[after_start..sentence.end.max(after_start)];
    let lead = [
        ", a ",
        ", an ",
        ", the ",
        " is a ",
        " is an ",
        " is the ",
        ", who is a ",
        ", who is the ",
    ]
    .iter()
    .find(|lead| after.starts_with(*lead));
    if let Some(lead) = lead {
        let phrase_start = after_start + lead.len();
        let rest = &text[phrase_start..sentence.end];
        let phrase_len = rest
            .find([',', ';', '.', ':', '(', '“', '"'])
            .map_or(rest.len(), |at| at);
        let phrase = &rest[..phrase_len];
        if has_role_word(phrase) {
            if phrase.contains("’s ") || phrase.contains("'s ") {
                // ", the union’s general secretary": the owner is "the union".
                let article = lead.trim_end().rsplit(' ').next().unwrap_or_default();
                let article_start = phrase_start - article.len() - 1;
                let (role, owner) = strip_owner(
                    &text[article_start..phrase_start + phrase_len],
                    article_start,
                );
                return Some((
                    role,
                    owner,
                    place(span.range.start..phrase_start + phrase_len),
                ));
            }
            let (role, affiliation) = split_role(phrase, phrase_start);
            return Some((
                role,
                affiliation,
                place(span.range.start..phrase_start + phrase_len),
            ));
        }
    }
    // Before: "The company’s chief executive, Helen Marchetti, said …".
    let before = &text[sentence.start..span.range.start];
    if before.ends_with(", ") && after.starts_with(',') {
        let head = &before[..before.len() - 2];
        let start = head.rfind([',', ';']).map_or(0, |at| at + 1);
        let phrase = head[start..].trim();
        let phrase_start =
            sentence.start + start + (head[start..].len() - head[start..].trim_start().len());
        if has_role_word(phrase) && phrase.split_whitespace().count() <= 8 {
            let (role, owner) = strip_owner(phrase, phrase_start);
            return Some((role, owner, place(phrase_start..span.range.end)));
        }
    }
    None
}

fn has_role_word(phrase: &str) -> bool {
    phrase.split([' ', '-']).any(|word| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        ROLE_WORDS.contains(&word) || ROLE_WORDS.contains(&word.to_lowercase().as_str())
    })
}

/// "senior lecturer in logistics at the University of Westmoor" ->
/// ("senior lecturer in logistics", the range of "University of Westmoor");
/// "Taliban official" -> ("Taliban official", the range of "Taliban").
fn split_role(phrase: &str, phrase_start: usize) -> (String, Option<Range<usize>>) {
    for preposition in [" at ", " of ", " for ", " with ", " in "] {
        let mut from = 0;
        while let Some(found) = phrase[from..].find(preposition) {
            let at = from + found;
            let rest_start = at + preposition.len();
            let rest = &phrase[rest_start..];
            let name = rest.strip_prefix("the ").unwrap_or(rest);
            let name_start = rest_start + (rest.len() - name.len());
            let all_name = !name.is_empty()
                && name.split_whitespace().all(|word| {
                    word.chars().next().is_some_and(char::is_uppercase)
                        || CONNECTORS.contains(&word)
                });
            let referring = rest.starts_with("the ")
                && REFERRING_NOUNS
                    .iter()
                    .any(|(noun, _)| name.split([' ', '’']).next() == Some(noun));
            if all_name || referring {
                let end = if all_name {
                    phrase.len()
                } else {
                    name_start + name.find(' ').unwrap_or(name.len())
                };
                let role = phrase[..at].trim().to_owned();
                let range = if all_name {
                    name_start..end
                } else {
                    rest_start..end
                };
                return (
                    role,
                    Some(phrase_start + range.start..phrase_start + range.end),
                );
            }
            from = at + 1;
        }
    }
    let first_word_end = phrase.find(' ').unwrap_or(phrase.len());
    let leading_name = phrase[..first_word_end]
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    let role = phrase.trim().to_owned();
    (
        role,
        leading_name.then(|| phrase_start..phrase_start + first_word_end),
    )
}

/// "The company’s chief executive" -> ("chief executive", the range of "The company");
/// "The local MP" -> ("local MP", none).
fn strip_owner(phrase: &str, phrase_start: usize) -> (String, Option<Range<usize>>) {
    for mark in ["’s ", "'s "] {
        if let Some(at) = phrase.find(mark) {
            let role = phrase[at + mark.len()..].trim().to_owned();
            return (role, Some(phrase_start..phrase_start + at));
        }
    }
    let role = ["The ", "the ", "Its ", "its ", "Their ", "A ", "An "]
        .iter()
        .find_map(|article| phrase.strip_prefix(article))
        .unwrap_or(phrase);
    (role.trim().to_owned(), None)
}

/// A group or organisation introduced as one: "a neighborhood group, Clean
/// Taps Millbrook," or "Clean Taps Millbrook, a neighborhood group,".
fn collective_kind(span: &Span, paragraph: &Paragraph) -> Option<Kind> {
    let sentence = paragraph.sentences[span.sentence].clone();
    let before = &paragraph.text[sentence.start..span.range.start];
    let after = &paragraph.text[span.range.end..sentence.end.max(span.range.end)];
    let phrase = if let Some(head) = before.strip_suffix(", ") {
        head.rsplit(',').next().unwrap_or(head).to_lowercase()
    } else if let Some(rest) = after
        .strip_prefix(", a ")
        .or_else(|| after.strip_prefix(", an "))
    {
        rest.split(',').next().unwrap_or(rest).to_lowercase()
    } else {
        return None;
    };
    if !(phrase.contains(" a ")
        || phrase.starts_with("a ")
        || phrase.starts_with("an ")
        || !before.is_empty())
    {
        return None;
    }
    let last_word = phrase.split_whitespace().last()?;
    COLLECTIVE_NOUNS
        .iter()
        .find(|(noun, _)| phrase.ends_with(noun) || last_word == *noun)
        .map(|(_, kind)| {
            if *kind == "group" {
                Kind::Group
            } else {
                Kind::Organisation
            }
        })
}

/// "told The New Arab", "in an interview with The Times": a publication.
fn addressed_publication(span: &Span, paragraph: &Paragraph) -> Option<Kind> {
    let sentence = paragraph.sentences[span.sentence].clone();
    let before = paragraph.text[sentence.start..span.range.start].trim_end();
    let publication_like =
        span.text.starts_with("The ") || span.text.chars().all(|c| c.is_uppercase() || c == '.');
    ((before.ends_with("told") || before.ends_with("interview with")) && publication_like)
        .then_some(Kind::Organisation)
}

/// Words the article writes in lower case somewhere: a capitalised word at
/// the start of a sentence that is among them is not a name.
fn lower_case_words(article: &Article) -> HashSet<String> {
    article
        .paragraphs
        .iter()
        .flat_map(|paragraph| {
            paragraph
                .text
                .split(|c: char| !c.is_alphanumeric() && c != '-')
        })
        .filter(|word| word.chars().next().is_some_and(char::is_lowercase))
        .map(str::to_owned)
        .collect()
}

/// A word of a sentence, as a byte range of the paragraph's text.
#[derive(Clone, Debug)]
struct Word {
    range: Range<usize>,
}

/// The words of a sentence: letters and digits, with apostrophes, hyphens
/// and full stops inside a word kept ("Russia’s", "State-K", "U.S.").
fn words(text: &str, range: Range<usize>) -> Vec<Word> {
    let slice = &text[range.clone()];
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut words = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = chars[i].0;
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            let joins = matches!(c, '\'' | '’' | '-' | '.' | '&')
                && chars
                    .get(j + 1)
                    .is_some_and(|(_, next)| next.is_alphanumeric());
            if c.is_alphanumeric() || joins {
                j += 1;
            } else {
                break;
            }
        }
        let mut end = chars.get(j).map_or(slice.len(), |(at, _)| *at);
        let word = &slice[start..end];
        // "U.S." and "Dr." keep their last full stop.
        let dotted = word.contains('.') && word.split('.').all(|part| part.chars().count() == 1);
        if slice[end..].starts_with('.')
            && (dotted || TITLES.contains(&format!("{word}.").as_str()))
        {
            end += 1;
        }
        words.push(Word {
            range: range.start + start..range.start + end,
        });
        // On from the word's end (one past `j` when it kept a full stop),
        // so the sentence is read once however many words it has.
        i = j;
        while chars.get(i).is_some_and(|(at, _)| *at < end) {
            i += 1;
        }
    }
    words
}

/// Capitalised words that are dates, not names (besides [`MONTH_NAMES`]).
const DAYS_AND_ABBREVIATIONS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
];

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && !MONTH_NAMES.contains(&word)
        && !DAYS_AND_ABBREVIATIONS.contains(&word)
        && word != "I"
}

/// The runs of capitalised words in a paragraph's sentences, as names.
fn find_spans(index: usize, paragraph: &Paragraph, vocabulary: &HashSet<String>) -> Vec<Span> {
    let text = &paragraph.text;
    let mut spans = Vec::new();
    for (s, range) in paragraph.sentences.iter().enumerate() {
        if paragraph.headings[s] || paragraph.boilerplate {
            continue;
        }
        let words = words(text, range.clone());
        let mut i = 0;
        while i < words.len() {
            let word = &text[words[i].range.clone()];
            if !capitalised(word) {
                i += 1;
                continue;
            }
            // Extend over capitalised words and connectors joined by single spaces.
            let mut last = i;
            loop {
                let here = &text[words[last].range.clone()];
                if here.ends_with("’s") || here.ends_with("'s") {
                    break;
                }
                let mut next = last + 1;
                let mut connectors = 0;
                while next < words.len()
                    && text[words[next - 1].range.end..words[next].range.start] == *" "
                    && CONNECTORS.contains(&&text[words[next].range.clone()])
                    && connectors < 2
                {
                    next += 1;
                    connectors += 1;
                }
                if next < words.len()
                    && text[words[next - 1].range.end..words[next].range.start] == *" "
                    && capitalised(&text[words[next].range.clone()])
                {
                    last = next;
                } else {
                    break;
                }
            }
            let mut first = i;
            i = last + 1;
            // At the start of a sentence (or of a quotation), a common word is not a name.
            let starts = first == 0 || {
                let gap = &text[words[first - 1].range.end..words[first].range.start];
                gap.contains(['“', '"', ':', '‘'])
            };
            if starts {
                let opening = &text[words[first].range.clone()];
                let common = SENTENCE_STARTERS.contains(&opening)
                    || vocabulary.contains(&opening.to_lowercase());
                if common {
                    first += 1;
                    while first <= last && CONNECTORS.contains(&&text[words[first].range.clone()]) {
                        first += 1;
                    }
                    if first > last {
                        continue;
                    }
                }
            }
            // Adjectives in front ("Taliban-ruled Afghanistan") and a role
            // ("CEO of Gulf State Analytics") are not part of the name.
            while first < last {
                let word = &text[words[first].range.clone()];
                let hyphen_adjective = word
                    .split('-')
                    .skip(1)
                    .any(|part| part.chars().next().is_some_and(char::is_lowercase));
                let joins_next = CONNECTORS.contains(&&text[words[first + 1].range.clone()]);
                if hyphen_adjective || CONNECTORS.contains(&word) || is_demonym(word) && joins_next
                {
                    first += 1;
                } else if LEADING_ROLES.contains(&word)
                    && &text[words[first + 1].range.clone()] == "of"
                {
                    first += 2;
                } else {
                    break;
                }
            }
            if first > last {
                continue;
            }
            // "Moscow and Beijing" names two; "Institute for Strategy and
            // Policy" and "Trinidad and Tobago" name one.
            let whole = &text[words[first].range.start..words[last].range.end];
            let ands: Vec<usize> = (first..=last)
                .filter(|&w| &text[words[w].range.clone()] == "and")
                .collect();
            let before_and = &text[words[first].range.start
                ..words[ands.first().map_or(last, |&and| and.max(first + 1) - 1)]
                    .range
                    .end];
            let one_name = ands.is_empty()
                || is_state(whole)
                || !is_state(before_and)
                    && whole
                        .split_whitespace()
                        .any(|word| ORGANISATION_WORDS.contains(&word));
            let mut parts: Vec<(usize, usize)> = Vec::new();
            if one_name {
                parts.push((first, last));
            } else {
                let mut from = first;
                for &and in &ands {
                    parts.push((from, and - 1));
                    from = and + 1;
                    while from <= last && CONNECTORS.contains(&&text[words[from].range.clone()]) {
                        from += 1;
                    }
                }
                parts.push((from, last));
            }
            for (first, last) in parts {
                if first > last || CONNECTORS.contains(&&text[words[last].range.clone()]) {
                    continue;
                }
                if let Some(span) = name_span(text, &words, first, last, index, s) {
                    spans.push(span);
                }
            }
        }
    }
    spans
}

/// Role words that stand before "of" and a name: "CEO of Gulf State Analytics".
const LEADING_ROLES: &[&str] = &[
    "CEO",
    "CFO",
    "COO",
    "Chief",
    "Head",
    "Director",
    "Chair",
    "President",
    "Founder",
];

/// Adjectives of peoples and states ("Russian", "Afghan", "French"), which are not names.
fn is_demonym(word: &str) -> bool {
    const LISTED: &[&str] = &[
        "French", "Dutch", "Swiss", "Greek", "Thai", "Polish", "Danish", "Swedish", "Finnish",
        "Welsh", "Scottish", "English", "Irish", "Filipino", "Kurdish", "Arab", "Arabic",
        "Western", "Eastern", "Northern", "Southern", "Pashtun", "Shia", "Sunni",
    ];
    if LISTED.contains(&word) {
        return true;
    }
    if state_of(word).is_some() || !word.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let stem = word.trim_end_matches('s');
    let suffixed = ["an", "ian", "ese", "ish", "i", "ic"]
        .iter()
        .any(|suffix| stem.ends_with(suffix));
    suffixed
        && STATES
            .iter()
            .flat_map(|names| names.iter())
            .chain(REGIONS.iter())
            .any(|name| {
                let common = name
                    .chars()
                    .zip(stem.chars())
                    .take_while(|(a, b)| a == b)
                    .count();
                common >= 4 && common + 4 >= stem.chars().count()
            })
}

/// The name in words `first..=last` of a sentence, after any title before it.
fn name_span(
    text: &str,
    words: &[Word],
    first: usize,
    last: usize,
    paragraph: usize,
    sentence: usize,
) -> Option<Span> {
    // A title before the name: "Governor Alan Whitfield", "Dr. Helen Park".
    let mut name_first = first;
    let mut title = None;
    let mut t = first;
    while t < last && TITLE_MODIFIERS.contains(&&text[words[t].range.clone()]) {
        t += 1;
    }
    // The word after a title must start a name: "Mayor of London" is an office.
    if t < last
        && TITLES.contains(&&text[words[t].range.clone()])
        && capitalised(&text[words[t + 1].range.clone()])
    {
        let rest = &text[words[t + 1].range.start..words[last].range.end];
        if kind_of_name(rest) == Kind::Unknown && !is_state(rest) {
            title = Some(text[words[first].range.start..words[t].range.end].to_owned());
            name_first = t + 1;
        }
    }
    let start = words[name_first].range.start;
    let mut end = words[last].range.end;
    for mark in ["’s", "'s"] {
        if text[start..end].ends_with(mark) {
            end -= mark.len();
        }
    }
    let name = text[start..end].trim_end_matches(['’', '\'']).to_owned();
    let end = start + name.len();
    let adjective = name_first == last
        && (is_demonym(&name)
            || name
                .split('-')
                .skip(1)
                .any(|part| part.chars().next().is_some_and(char::is_lowercase)));
    if name.is_empty() || adjective {
        return None;
    }
    Some(Span {
        paragraph,
        sentence,
        range: start..end,
        text: name,
        title,
    })
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
