//! Quotations in an article and who said them. Each quotation is taken
//! verbatim from between its marks; its speaker is read from the attribution
//! around it ("…,” said X", "X said", "X told Y", "according to X", "X, a
//! role at organisation, said", "X said: “…”"), followed through pronouns
//! and surnames to the person's full name. A quotation with no attribution
//! of its own takes the speaker of the quotation beside it, or of the
//! paragraph before (a quote running on); one that repeats the article's
//! own words elsewhere is a pull quote.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::article::{Article, Paragraph};
use super::gazetteer::SPEECH_VERBS;
use super::names::{Kind, Names};
use dateline_engine::model::QuoteKind;

/// Quotation marks found in a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteMarks {
    /// From the opening mark to the closing one (or the paragraph's end).
    pub outer: Range<usize>,
    /// The words between the marks.
    pub inner: Range<usize>,
}

/// Who said a quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Speaker {
    /// An entity the article names, by position in [`Names::entities`].
    Entity(usize),
    /// The article's author (a pull quote of the article's own words).
    Author,
    /// Not found.
    Unknown,
}

/// A quotation and its attribution.
#[derive(Clone, Debug, PartialEq)]
pub struct FoundQuote {
    /// Position of its paragraph in [`Article::paragraphs`].
    pub paragraph: usize,
    /// Where the words are in the paragraph.
    pub inner: Range<usize>,
    /// The words, verbatim, without the marks or a closing comma.
    pub text: String,
    /// Direct, partial or pull.
    pub kind: QuoteKind,
    /// Who said it.
    pub speaker: Speaker,
    /// The attribution in the article's words ("told The New Arab").
    pub context: Option<String>,
    /// What an editor should check, if the drafter is unsure.
    pub note: Option<String>,
}

/// The quotation marks of a paragraph: curly and straight double quotes,
/// and curly single quotes that open at the start of a word. A mark left
/// open runs to the end of the paragraph (a quote running on into the next).
pub fn quote_marks(text: &str) -> Vec<QuoteMarks> {
    let mut marks = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut previous = ' ';
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let next = chars.get(i + 1).map_or(' ', |(_, next)| *next);
        match open {
            None => {
                let opens = match c {
                    '“' | '"' => true,
                    '‘' => !previous.is_alphanumeric(),
                    _ => false,
                };
                if opens {
                    open = Some((at, c));
                }
            }
            Some((start, opener)) => {
                let closes = match opener {
                    '“' => c == '”',
                    '"' => c == '"',
                    _ => c == '’' && !next.is_alphanumeric(),
                };
                if closes {
                    marks.push(QuoteMarks {
                        outer: start..at + c.len_utf8(),
                        inner: start + opener.len_utf8()..at,
                    });
                    open = None;
                }
            }
        }
        previous = c;
    }
    if let Some((start, opener)) = open {
        marks.push(QuoteMarks {
            outer: start..text.len(),
            inner: start + opener.len_utf8()..text.len(),
        });
    }
    marks
}

/// Fewest words a quotation needs; shorter ones are scare quotes ("“accepted”").
const MIN_WORDS: usize = 3;

/// Fewest words of a partial quotation with no attribution that is still
/// kept (with a note); shorter ones are taken for scare quotes or titles.
const MIN_UNATTRIBUTED_WORDS: usize = 6;

/// Share of a quotation's word pairs found elsewhere in the article that
/// makes it a pull quote.
const PULL_QUOTE_OVERLAP: f64 = 0.6;

/// Every quotation in an article with its speaker, in the article's order.
/// Entities that speak are marked as used (and as people, when the kind
/// was not known).
pub fn find_quotes(article: &Article, names: &mut Names) -> Vec<FoundQuote> {
    let marks: Vec<Vec<QuoteMarks>> = article
        .paragraphs
        .iter()
        .map(|paragraph| quote_marks(&paragraph.text))
        .collect();
    // The word pairs of each paragraph outside its quotations, and of each
    // quotation found, to tell a pull quote by the words it repeats.
    let mut words = Words::default();
    let mut plain = PairIndex::default();
    for (paragraph, marks) in article.paragraphs.iter().zip(&marks) {
        let pairs = words.pairs(&unquoted(&paragraph.text, marks));
        plain.add(pairs);
    }
    let mut spoken = PairIndex::default();
    let mut found: Vec<FoundQuote> = Vec::new();
    for (index, paragraph) in article.paragraphs.iter().enumerate() {
        if paragraph.boilerplate {
            continue;
        }
        let first_in_paragraph = found.len();
        let paragraph_marks = &marks[index];
        for (m, mark) in paragraph_marks.iter().enumerate() {
            let raw = &paragraph.text[mark.inner.clone()];
            let text = raw.trim().trim_end_matches(',').trim_end();
            let word_count = text.split_whitespace().count();
            // Scare quotes ("“accepted”") and titles (the headline itself) are not quotations.
            if word_count < MIN_WORDS || text == article.title {
                continue;
            }
            let lead = raw.len() - raw.trim_start().len();
            let inner = mark.inner.start + lead..mark.inner.start + lead + text.len();
            let before = segment_before(paragraph, paragraph_marks, m);
            let after = segment_after(paragraph, paragraph_marks, m);
            let attribution = attribute_after(paragraph, index, after.clone(), names)
                .or_else(|| attribute_before(paragraph, index, before.clone(), names));
            let before_text = paragraph.text[before.clone()].trim();
            let starts_upper = text
                .chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(char::is_uppercase);
            let direct =
                starts_upper && (before_text.is_empty() || before_text.ends_with([':', ',']));
            let whole_paragraph = paragraph.text[..mark.outer.start].trim().is_empty()
                && paragraph.text[mark.outer.end..]
                    .trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
                    .is_empty()
                && paragraph_marks.len() == 1;
            if attribution.is_none()
                && !direct
                && !whole_paragraph
                && word_count < MIN_UNATTRIBUTED_WORDS
            {
                continue;
            }
            let (speaker, context, note) = match attribution {
                Some((speaker, context, note)) => (Speaker::Entity(speaker), Some(context), note),
                None => (Speaker::Unknown, None, None),
            };
            found.push(FoundQuote {
                paragraph: index,
                inner,
                text: text.to_owned(),
                kind: if direct {
                    QuoteKind::Direct
                } else {
                    QuoteKind::Partial
                },
                speaker,
                context,
                note,
            });
            let quote_pairs = words.pairs(text);
            // A whole paragraph in quotation marks that repeats the article's
            // own words elsewhere is a pull quote.
            if whole_paragraph
                && found
                    .last()
                    .is_some_and(|quote| quote.speaker == Speaker::Unknown)
            {
                let repeats = plain
                    .repeating(&quote_pairs, PULL_QUOTE_OVERLAP)
                    .iter()
                    .any(|&other| other != index);
                let spoken_elsewhere = spoken
                    .repeating(&quote_pairs, PULL_QUOTE_OVERLAP)
                    .into_iter()
                    .map(|other| &found[other])
                    .find(|quote| quote.paragraph != index)
                    .map(|quote| (quote.speaker.clone(), quote.context.clone()));
                let last = found.last_mut().expect("a quote was just added");
                if repeats {
                    last.kind = QuoteKind::Pull;
                    last.speaker = Speaker::Author;
                    last.context = Some("pull quote from the article".to_owned());
                } else if let Some((speaker, _)) = spoken_elsewhere {
                    last.kind = QuoteKind::Pull;
                    last.speaker = speaker;
                    last.context = Some("pull quote from the article".to_owned());
                }
            }
            spoken.add(quote_pairs);
        }
        // Quotations without an attribution of their own take the speaker of
        // the quotation beside them, or of the paragraph before.
        let here = first_in_paragraph..found.len();
        // For each quotation, the nearest after it with a speaker of its own,
        // and (as the loop goes) the nearest before it with a speaker.
        let mut next_with_speaker: Vec<Option<usize>> = vec![None; here.len()];
        let mut next = None;
        for i in here.clone().rev() {
            next_with_speaker[i - here.start] = next;
            if matches!(found[i].speaker, Speaker::Entity(_)) {
                next = Some(i);
            }
        }
        let mut last_with_speaker: Option<usize> = None;
        for i in here.clone() {
            if found[i].speaker != Speaker::Unknown {
                if matches!(found[i].speaker, Speaker::Entity(_)) {
                    last_with_speaker = Some(i);
                }
                continue;
            }
            let neighbour = last_with_speaker
                .or(next_with_speaker[i - here.start])
                .map(|j| (found[j].speaker.clone(), found[j].context.clone()));
            let running_on = || {
                found[..here.start]
                    .last()
                    .filter(|quote| {
                        quote.paragraph + 1 == index && matches!(quote.speaker, Speaker::Entity(_))
                    })
                    .map(|quote| (quote.speaker.clone(), quote.context.clone()))
            };
            let opens_paragraph = paragraph.text[..found[i].inner.start]
                .trim_matches(|c: char| c.is_whitespace() || matches!(c, '“' | '"' | '‘'))
                .is_empty();
            if let Some((speaker, context)) = neighbour {
                found[i].speaker = speaker;
                found[i].context = context;
            } else if let Some((speaker, context)) = opens_paragraph.then(running_on).flatten() {
                found[i].speaker = speaker;
                found[i].context = context;
            } else {
                found[i].note =
                    Some("no speaker found around this quotation: who said it?".to_owned());
            }
            if matches!(found[i].speaker, Speaker::Entity(_)) {
                last_with_speaker = Some(i);
            }
        }
    }
    found
}

/// The paragraph's text outside quotation marks.
fn unquoted(text: &str, marks: &[QuoteMarks]) -> String {
    let mut out = String::new();
    let mut at = 0;
    for mark in marks {
        out.push_str(&text[at..mark.outer.start.max(at)]);
        out.push(' ');
        at = mark.outer.end;
    }
    out.push_str(&text[at.min(text.len())..]);
    out
}

/// Words as numbers, so that word pairs are cheap to keep and compare.
#[derive(Default)]
struct Words {
    numbers: HashMap<String, u32>,
}

/// Two neighbouring words, as numbers.
type Pair = (u32, u32);

impl Words {
    /// The pairs of neighbouring words of a text, lower-cased, with apostrophes made alike.
    fn pairs(&mut self, text: &str) -> HashSet<Pair> {
        let words: Vec<u32> = text
            .replace('’', "'")
            .split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .filter(|word| !word.is_empty())
            .map(|word| {
                let next = self.numbers.len() as u32;
                *self.numbers.entry(word.to_lowercase()).or_insert(next)
            })
            .collect();
        words.windows(2).map(|pair| (pair[0], pair[1])).collect()
    }
}

/// Texts (paragraphs, quotations) by their word pairs, to find those that
/// repeat most of another text's pairs without comparing it with each.
#[derive(Default)]
struct PairIndex {
    texts: Vec<HashSet<Pair>>,
    holding: HashMap<Pair, Vec<usize>>,
}

impl PairIndex {
    /// Adds a text's pairs as the next text.
    fn add(&mut self, pairs: HashSet<Pair>) {
        let text = self.texts.len();
        for pair in &pairs {
            self.holding.entry(*pair).or_default().push(text);
        }
        self.texts.push(pairs);
    }

    /// The texts, in order, holding at least `share` of `pairs`.
    ///
    /// A text holding `needed` of the `n` pairs holds at least one of any
    /// `n - needed + 1` of them, so only the texts holding one of that many
    /// of the rarest pairs are counted.
    fn repeating(&self, pairs: &HashSet<Pair>, share: f64) -> Vec<usize> {
        let n = pairs.len();
        let Some(needed) = (1..=n).find(|&count| count as f64 / n as f64 >= share) else {
            return Vec::new();
        };
        let mut postings: Vec<&[usize]> = pairs
            .iter()
            .map(|pair| self.holding.get(pair).map_or(&[][..], Vec::as_slice))
            .collect();
        postings.sort_by_key(|texts| texts.len());
        let mut candidates: Vec<usize> = postings[..n - needed + 1]
            .iter()
            .flat_map(|texts| texts.iter().copied())
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        candidates
            .into_iter()
            .filter(|&text| {
                let held = &self.texts[text];
                pairs.iter().filter(|pair| held.contains(pair)).count() >= needed
            })
            .collect()
    }
}

/// The text between the previous quotation or sentence end and quotation `m`.
///
/// A sentence end between two quotations is never inside marks, so the
/// last one before the quotation is found by a binary search over the
/// sentences, which are in order.
fn segment_before(paragraph: &Paragraph, marks: &[QuoteMarks], m: usize) -> Range<usize> {
    let open = marks[m].outer.start;
    let mut start = if m > 0 { marks[m - 1].outer.end } else { 0 };
    let ending_by_open = paragraph
        .sentences
        .partition_point(|range| range.end <= open);
    if let Some(last) = ending_by_open.checked_sub(1) {
        start = start.max(paragraph.sentences[last].end);
    }
    if let Some(newline) = paragraph.text[start..open].rfind('\n') {
        start += newline + 1;
    }
    start..open
}

/// The text from quotation `m` to the next quotation or sentence end.
fn segment_after(paragraph: &Paragraph, marks: &[QuoteMarks], m: usize) -> Range<usize> {
    let close = marks[m].outer.end;
    let mut end = marks
        .get(m + 1)
        .map_or(paragraph.text.len(), |next| next.outer.start);
    let first = paragraph
        .sentences
        .partition_point(|range| range.end <= close);
    if let Some(range) = paragraph.sentences.get(first) {
        end = end.min(range.end);
    }
    if let Some(newline) = paragraph.text[close..end].find('\n') {
        end = close + newline;
    }
    close..end
}

/// The first speech verb in `text` as a whole word, with its byte range.
fn speech_verb(text: &str, last: bool) -> Option<Range<usize>> {
    let mut found: Option<Range<usize>> = None;
    for verb in SPEECH_VERBS {
        let mut from = 0;
        while let Some(at) = text[from..].find(verb) {
            let start = from + at;
            let end = start + verb.len();
            let before_ok = text[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after_ok = text[end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            if before_ok && after_ok {
                let better = match &found {
                    None => true,
                    Some(best) if last => start > best.start,
                    Some(best) => start < best.start,
                };
                if better {
                    found = Some(start..end);
                }
            }
            from = end;
        }
    }
    found
}

/// Reads an attribution after the quotation: ", said X", ", X said",
/// ", X, a role, told Y", ", according to X".
fn attribute_after(
    paragraph: &Paragraph,
    index: usize,
    segment: Range<usize>,
    names: &mut Names,
) -> Option<(usize, String, Option<String>)> {
    let text = &paragraph.text[segment.clone()];
    let trimmed = text.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '.' | '”' | '"' | '’')
    });
    let offset = segment.start + (text.len() - trimmed.len());
    if trimmed.is_empty() {
        return None;
    }
    if let Some(rest) = trimmed.strip_prefix("according to ") {
        let start = offset + "according to ".len();
        let phrase_end = rest.find([',', '.', ';']).unwrap_or(rest.len());
        let phrase = start..start + phrase_end;
        let speaker = speaker_in(paragraph, index, phrase.clone(), names)?;
        let surface = paragraph.text[phrase.start..phrase.end].trim();
        let surface = surface.split(',').next().unwrap_or(surface);
        return Some((speaker.0, format!("according to {surface}"), speaker.1));
    }
    let verb = speech_verb(trimmed, false)?;
    if verb.start == 0 {
        // ", said Anatol Lieven, a senior research fellow …"
        let start = offset + verb.end;
        let phrase = start..segment.end;
        let speaker = speaker_in(paragraph, index, phrase.clone(), names)?;
        let name = names
            .mentions_in(index, phrase)
            .first()
            .map(|mention| paragraph.text[mention.place.range.clone()].to_owned());
        let verb_text = &trimmed[verb.clone()];
        let context = match name {
            Some(name) => format!("{verb_text} {name}"),
            None => verb_text.to_owned(),
        };
        return Some((speaker.0, context, speaker.1));
    }
    // ", Caroline Rose, a senior analyst …, told The New Arab." or
    // ", the committee chair, Ravi Desai, told the meeting.": the first
    // clause before the verb that names someone.
    let before_verb = &trimmed[..verb.start];
    if before_verb.split_whitespace().count() > 30 {
        return None;
    }
    let mut clause_start = 0;
    for clause in before_verb.split(',') {
        let phrase = offset + clause_start..offset + clause_start + clause.len();
        clause_start += clause.len() + 1;
        let words = clause.trim();
        let appositive = ["who ", "a ", "an ", "which ", "whose "]
            .iter()
            .any(|lead| words.starts_with(lead));
        if words.is_empty() || appositive {
            continue;
        }
        if let Some(speaker) = speaker_in(paragraph, index, phrase, names) {
            return Some((speaker.0, verb_phrase(&trimmed[verb.start..]), speaker.1));
        }
    }
    None
}

/// Reads an attribution before the quotation: "X said: “…”", "As X told Y,
/// “…”", "According to X, “…”", "X said the offer was “…”".
fn attribute_before(
    paragraph: &Paragraph,
    index: usize,
    segment: Range<usize>,
    names: &mut Names,
) -> Option<(usize, String, Option<String>)> {
    let text = &paragraph.text[segment.clone()];
    for lead in ["According to ", "according to ", "As ", "as "] {
        if let Some(rest) = text.trim_start().strip_prefix(lead) {
            let start = segment.end - rest.len();
            let phrase_end = rest.find(',').unwrap_or(rest.len());
            let clause = &rest[..phrase_end];
            if lead.to_lowercase().starts_with("as") && speech_verb(clause, false).is_none() {
                continue;
            }
            let name_end = speech_verb(clause, false).map_or(clause.len(), |verb| verb.start);
            let phrase = start..start + name_end;
            if let Some(speaker) = speaker_in(paragraph, index, phrase, names) {
                let context = if lead.to_lowercase().starts_with("as") {
                    verb_phrase(&clause[name_end..])
                } else {
                    format!("according to {}", clause.trim())
                };
                return Some((speaker.0, context, speaker.1));
            }
        }
    }
    let verb = speech_verb(text, true)?;
    let head = &text[..verb.start];
    // The speaker is the last clause before the verb that names someone,
    // skipping an appositive: "Paul Okonjo, who speaks for the cooperative, said".
    let mut end = head.len();
    let clauses: Vec<(usize, &str)> = head
        .match_indices(',')
        .map(|(at, _)| at + 1)
        .chain(std::iter::once(0))
        .map(|start| (start, &head[start..]))
        .collect();
    let mut starts: Vec<usize> = clauses.iter().map(|(start, _)| *start).collect();
    starts.sort_unstable();
    for &start in starts.iter().rev() {
        let clause = head[start..end].trim();
        let appositive = ["who ", "a ", "an ", "which ", "whose "]
            .iter()
            .any(|lead| clause.starts_with(lead));
        if !clause.is_empty() && !appositive {
            let phrase = segment.start + start..segment.start + end;
            if let Some(speaker) = speaker_in(paragraph, index, phrase, names) {
                return Some((speaker.0, verb_phrase(&text[verb.start..]), speaker.1));
            }
        }
        if !clause.is_empty() && !appositive {
            break;
        }
        end = start.saturating_sub(1);
    }
    None
}

/// The verb of an attribution and the few words after it: "told The New
/// Arab", "said", "wrote on social media".
fn verb_phrase(text: &str) -> String {
    let clause_end = text
        .find([',', '.', ':', ';', '“', '"'])
        .unwrap_or(text.len());
    let words: Vec<&str> = text[..clause_end].split_whitespace().take(6).collect();
    words.join(" ")
}

/// The speaker named in a stretch of text: a pronoun, a name, "a
/// spokesperson for X", or an organisation referred back to ("the union").
/// Returns the entity and, when the reading is indirect, a note.
fn speaker_in(
    paragraph: &Paragraph,
    index: usize,
    phrase: Range<usize>,
    names: &mut Names,
) -> Option<(usize, Option<String>)> {
    let text = &paragraph.text[phrase.clone()];
    let trimmed = text.trim();
    let first_word = trimmed.split_whitespace().next().unwrap_or_default();
    if matches!(first_word, "he" | "she" | "He" | "She") && trimmed.split_whitespace().count() <= 2
    {
        let person = names.last_person_before(index, phrase.start)?;
        names.entities[person].used = true;
        return Some((person, None));
    }
    let mentions = names.mentions_in(index, phrase.clone());
    if let Some(mention) = mentions.first() {
        let entity = mention.entity;
        let spokesperson = ["spokesperson", "spokesman", "spokeswoman", "representative"]
            .iter()
            .find(|word| trimmed.contains(*word));
        let note = spokesperson.map(|word| {
            format!(
                "said by a {word} for {}: check the speaker",
                names.entities[entity].name
            )
        });
        let entity_ref = &names.entities[entity];
        if entity_ref.kind == Kind::Unknown
            && spokesperson.is_none()
            && entity_ref.name.contains(' ')
        {
            names.make_person(entity);
        }
        if names.entities[entity].kind == Kind::Place {
            return None;
        }
        names.entities[entity].used = true;
        return Some((entity, note));
    }
    if trimmed.split_whitespace().count() <= 4 {
        if let Some(entity) = names.referred_to(trimmed, index, phrase.start) {
            names.entities[entity].used = true;
            let note = format!(
                "\"{trimmed}\" read as {}: check the speaker",
                names.entities[entity].name
            );
            return Some((entity, Some(note)));
        }
    }
    None
}

/// Whether byte `at` of a paragraph is inside quotation marks (which are
/// in order and do not overlap).
pub fn inside_quotes(marks: &[QuoteMarks], at: usize) -> bool {
    let after = marks.partition_point(|mark| mark.outer.start <= at);
    after
        .checked_sub(1)
        .is_some_and(|last| at < marks[last].outer.end)
}

#[cfg(test)]
mod tests {
    use super::super::article::read_article;
    use super::*;

    fn quotes(text: &str) -> Vec<(String, String, QuoteKind)> {
        let article = read_article(&format!("Headline\n\nBy Ann Author\n\n{text}"));
        let mut names = Names::read(&article);
        find_quotes(&article, &mut names)
            .into_iter()
            .map(|quote| {
                let speaker = match quote.speaker {
                    Speaker::Entity(entity) => names.entities[entity].name.clone(),
                    Speaker::Author => "author".to_owned(),
                    Speaker::Unknown => "?".to_owned(),
                };
                (quote.text, speaker, quote.kind)
            })
            .collect()
    }

    #[test]
    fn marks_pair_up_and_an_open_one_runs_to_the_end() {
        let text =
            "He said “one two three,” and ‘four five six’ but not Rose’s \"seven eight nine\" “ten";
        let found: Vec<&str> = quote_marks(text)
            .iter()
            .map(|mark| &text[mark.inner.clone()])
            .collect();
        assert_eq!(
            found,
            ["one two three,", "four five six", "seven eight nine", "ten"]
        );
    }

    #[test]
    fn attributions_after_the_quote_name_the_speaker() {
        let found = quotes("“We are ready to talk tonight,” said Declan Moyo, the union’s general secretary. “Our members have run out of patience.”\n\n“The company walked away from the table,” Moyo said.");
        assert_eq!(
            found[0],
            (
                "We are ready to talk tonight".into(),
                "Declan Moyo".into(),
                QuoteKind::Direct
            )
        );
        assert_eq!(found[1].1, "Declan Moyo");
        assert_eq!(found[2].1, "Declan Moyo");
    }

    #[test]
    fn pronouns_follow_the_last_person_named() {
        let found = quotes("Priya Raman, a senior lecturer in logistics at the University of Westmoor, said it could cost £90m. “Ports are choke points,” she said.");
        assert_eq!(found[0].1, "Priya Raman");
    }

    #[test]
    fn partial_quotes_and_attributions_before_the_quote() {
        let found = quotes("Paul Okonjo, who speaks for the Varna Growers’ Cooperative, said the offer was “an insult to people who feed this country”.\n\nAs Okonjo told reporters, “Farmers are optimists about it.”\n\nIts chairman, Tomas Ekberg, told the regional assembly: “We are sharing out a shrinking pie.");
        assert_eq!(
            found[0],
            (
                "an insult to people who feed this country".into(),
                "Paul Okonjo".into(),
                QuoteKind::Partial
            )
        );
        assert_eq!(found[1].1, "Paul Okonjo");
        assert_eq!(found[1].2, QuoteKind::Direct);
        assert_eq!(found[2].1, "Tomas Ekberg");
    }

    #[test]
    fn a_paragraph_repeating_the_articles_words_is_a_pull_quote() {
        let found = quotes("The acceptance of diplomats in Moscow means that the leadership has broken with the West entirely.\n\n\"The acceptance of diplomats in Moscow means that the leadership has broken with the West\"");
        assert_eq!(found[0].1, "author");
        assert_eq!(found[0].2, QuoteKind::Pull);
    }

    #[test]
    fn scare_quotes_are_not_quotations() {
        assert!(
            quotes("About ten countries have “accepted” its diplomats, to “legitimise” it.")
                .is_empty()
        );
    }
}
