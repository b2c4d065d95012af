//! Search inside a story: finds events, actors and quotes by any word of
//! their text, and says which parts of a text a query matched.
//!
//! Words are compared folded: lower case, without accents or Arabic short
//! vowels, with the letter variants readers type interchangeably made one
//! ("É" finds "é" and "e", "أفغانستان" finds "افغانستان"). Each word of a query
//! must begin some word of an item's text, so "tal em" finds "Taliban's
//! Islamic Emirate". The index is built once per story. No DOM.

use std::ops::Range;

use super::Selection;
use crate::model::{ActorId, EventId, ItemSet, QuoteId, Story};
use crate::sort::sort_by;

/// Most results a search lists; every match is still lit in the views.
pub const MAX_RESULTS: usize = 50;

/// Most words of a query that are read; the rest are ignored.
const MAX_QUERY_WORDS: usize = 16;

/// How much a word counts by where it stands: in a headline or a name, or in the text.
const HEADLINE_WEIGHT: u32 = 3;
const TEXT_WEIGHT: u32 = 1;

/// The words of a story's events, actors and quotes, folded and sorted for
/// prefix search; built once per story.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchIndex {
    entries: Vec<Entry>,
}

/// One searchable item: its words (folded, sorted, each with the weight of
/// the best place it stands) and its place in the results' tie order.
#[derive(Clone, Debug, PartialEq)]
struct Entry {
    item: Selection,
    words: Vec<(String, u32)>,
    order: (u8, i64, usize),
}

/// What a query found: every matching item, best first, and the same items
/// as sets for lighting them in the views.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Matches {
    /// The query's folded words.
    pub words: Vec<String>,
    /// Every matching item, best match first.
    pub results: Vec<Selection>,
    /// The matching items (events, actors and quotes; never relations).
    pub items: ItemSet,
}

impl Matches {
    /// Whether `item` matched.
    pub fn contains(&self, item: &Selection) -> bool {
        self.items.contains(&item.item())
    }
}

/// The search's matches as the views light them: nothing while no query
/// stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchLight(pub Option<std::rc::Rc<Matches>>);

impl SearchLight {
    /// Whether a query stands and event `id` matches it.
    pub fn event(&self, id: &EventId) -> bool {
        self.0
            .as_ref()
            .is_some_and(|matches| matches.items.events.contains(id))
    }

    /// Whether a query stands and actor `id` matches it.
    pub fn actor(&self, id: &ActorId) -> bool {
        self.0
            .as_ref()
            .is_some_and(|matches| matches.items.actors.contains(id))
    }

    /// Whether a query stands and quote `id` matches it.
    pub fn quote(&self, id: &QuoteId) -> bool {
        self.0
            .as_ref()
            .is_some_and(|matches| matches.items.quotes.contains(id))
    }
}

impl SearchIndex {
    /// The index of every event, actor and quote of `story`: event titles
    /// and summaries; actor names, short names, aliases, roles and
    /// descriptions; quote text.
    pub fn of(story: &Story) -> Self {
        let mut entries =
            Vec::with_capacity(story.events.len() + story.actors.len() + story.quotes.len());
        for (i, event) in story.events.iter().enumerate() {
            let day = event.date.map_or(i64::MAX, |date| date.first_day());
            entries.push(Entry::new(
                Selection::Event(event.id.clone()),
                [
                    (Some(event.title.as_str()), HEADLINE_WEIGHT),
                    (event.summary.as_deref(), TEXT_WEIGHT),
                ],
                (0, day, i),
            ));
        }
        for (i, actor) in story.actors.iter().enumerate() {
            let mut texts = vec![
                (Some(actor.name.as_str()), HEADLINE_WEIGHT),
                (actor.short_name.as_deref(), HEADLINE_WEIGHT),
                (actor.role.as_deref(), TEXT_WEIGHT),
                (actor.description.as_deref(), TEXT_WEIGHT),
            ];
            texts.extend(
                actor
                    .aliases
                    .iter()
                    .map(|alias| (Some(alias.as_str()), HEADLINE_WEIGHT)),
            );
            entries.push(Entry::new(
                Selection::Actor(actor.id.clone()),
                texts,
                (1, 0, i),
            ));
        }
        for (i, quote) in story.quotes.iter().enumerate() {
            entries.push(Entry::new(
                Selection::Quote(quote.id.clone()),
                [(Some(quote.text.as_str()), TEXT_WEIGHT)],
                (2, 0, i),
            ));
        }
        Self { entries }
    }

    /// What `query` finds: the items in which every word of the query
    /// begins a word, best first (more of the query in headlines and names,
    /// whole words before beginnings; then events in time order, actors,
    /// quotes). `None` for a query without words.
    pub fn search(&self, query: &str) -> Option<Matches> {
        let words = query_words(query);
        if words.is_empty() {
            return None;
        }
        let mut scored: Vec<(u32, &Entry)> = self
            .entries
            .iter()
            .filter_map(|entry| Some((entry.score(&words)?, entry)))
            .collect();
        sort_by(&mut scored, |(a, left), (b, right)| {
            b.cmp(a).then(left.order.cmp(&right.order))
        });
        let mut matches = Matches {
            words,
            ..Matches::default()
        };
        for (_, entry) in scored {
            matches.items.insert(&entry.item.item());
            matches.results.push(entry.item.clone());
        }
        Some(matches)
    }
}

impl Entry {
    fn new<'a>(
        item: Selection,
        texts: impl IntoIterator<Item = (Option<&'a str>, u32)>,
        order: (u8, i64, usize),
    ) -> Self {
        let mut words: Vec<(String, u32)> = texts
            .into_iter()
            .filter_map(|(text, weight)| Some((text?, weight)))
            .flat_map(|(text, weight)| {
                words_of(text).map(move |range| (fold(&text[range]), weight))
            })
            .filter(|(word, _)| !word.is_empty())
            .collect();
        // Sorted by word, the heaviest first, then one entry per word.
        sort_by(&mut words, |(a, x), (b, y)| a.cmp(b).then(y.cmp(x)));
        words.dedup_by(|later, first| later.0 == first.0);
        Self { item, words, order }
    }

    /// The entry's score for a query's words, or `None` when a word begins
    /// none of the entry's words.
    fn score(&self, query: &[String]) -> Option<u32> {
        query.iter().try_fold(0, |total, word| {
            let start = self
                .words
                .partition_point(|(candidate, _)| candidate.as_str() < word.as_str());
            let best = self.words[start..]
                .iter()
                .take_while(|(candidate, _)| candidate.starts_with(word.as_str()))
                .map(|(candidate, weight)| 2 * weight + u32::from(candidate == word))
                .max()?;
            Some(total + best)
        })
    }
}

/// The folded words of a query, at most [`MAX_QUERY_WORDS`] of them.
pub fn query_words(query: &str) -> Vec<String> {
    let mut words: Vec<String> = words_of(query)
        .map(|range| fold(&query[range]))
        .filter(|word| !word.is_empty())
        .take(MAX_QUERY_WORDS)
        .collect();
    words.dedup();
    words
}

/// The parts of `text` (byte ranges, in order, not overlapping) that the
/// query's folded `words` match: the beginning of each word of `text` that
/// one of them begins.
pub fn matched_ranges(text: &str, words: &[String]) -> Vec<Range<usize>> {
    words_of(text)
        .filter_map(|range| {
            let word = &text[range.clone()];
            let folded = fold(word);
            let longest = words
                .iter()
                .filter(|query| folded.starts_with(query.as_str()))
                .map(String::len)
                .max()?;
            // The shortest beginning of the original word whose folded form covers the query word.
            let mut length = 0;
            let mut folded_so_far = String::new();
            for (offset, c) in word.char_indices() {
                fold_char(c, &mut folded_so_far);
                length = offset + c.len_utf8();
                if folded_so_far.len() >= longest {
                    break;
                }
            }
            Some(range.start..range.start + length)
        })
        .collect()
}

/// `text` from a little before its first match: when the first word the
/// query's `words` match starts more than `before` characters in, the text
/// from the word that starts about `before` characters ahead of it, after
/// an ellipsis; otherwise the whole text.
pub fn excerpt(text: &str, words: &[String], before: usize) -> String {
    let Some(first) = matched_ranges(text, words).into_iter().next() else {
        return text.to_owned();
    };
    let lead = text[..first.start].chars().count();
    if lead <= before {
        return text.to_owned();
    }
    // The first word starting at or after `lead - before` characters.
    let skip = lead - before;
    let from = words_of(text)
        .map(|range| range.start)
        .find(|&start| text[..start].chars().count() >= skip)
        .unwrap_or(first.start);
    format!("…{}", &text[from..])
}

/// The byte ranges of the words of `text`: runs of letters, digits and
/// combining marks.
fn words_of(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while chars.next_if(|(_, c)| !is_word_char(*c)).is_some() {}
        let (start, first) = chars.next()?;
        let mut end = start + first.len_utf8();
        while let Some((offset, c)) = chars.next_if(|(_, c)| is_word_char(*c)) {
            end = offset + c.len_utf8();
        }
        Some(start..end)
    })
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// Combining marks that folding drops: Latin accents typed separately, and
/// Arabic short vowels, shadda, sukun, Quranic marks and the tatweel.
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0610}'..='\u{061A}'
        | '\u{0640}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// A word folded for comparison; see the module's documentation.
pub fn fold(word: &str) -> String {
    let mut folded = String::with_capacity(word.len());
    for c in word.chars() {
        fold_char(c, &mut folded);
    }
    folded
}

fn fold_char(c: char, out: &mut String) {
    for lower in c.to_lowercase() {
        if is_mark(lower) {
            continue;
        }
        match base_letter(lower) {
            Some(base) => out.push_str(base),
            None => out.push(lower),
        }
    }
}

/// The unaccented letters of a lower-case accented Latin letter, and the
/// common form of an Arabic or Persian letter variant.
fn base_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        // Alef with hamza or madda, and alef wasla: alef.
        'أ' | 'إ' | 'آ' | 'ٱ' => "ا",
        // Alef maksura, yeh with hamza and Persian yeh: yeh.
        'ى' | 'ئ' | 'ی' => "ي",
        'ؤ' => "و",
        // Teh marbuta: heh, as Arabic search usually treats it.
        'ة' => "ه",
        // Persian keheh: kaf.
        'ک' => "ك",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::test_story::seed;

    fn found(index: &SearchIndex, query: &str) -> Vec<String> {
        index
            .search(query)
            .map(|matches| matches.results.iter().map(Selection::to_fragment).collect())
            .unwrap_or_default()
    }

    #[test]
    fn words_fold_case_accents_and_arabic_variants() {
        assert_eq!(fold("Chargé"), "charge");
        assert_eq!(fold("STRASSE"), fold("Straße"));
        assert_eq!(fold("e\u{0301}te\u{0301}"), "ete");
        assert_eq!(fold("أفغانستان"), fold("افغانستان"));
        assert_eq!(fold("طَالِبَان"), "طالبان");
        assert_eq!(fold("İstanbul"), "istanbul");
    }

    #[test]
    fn every_word_of_the_query_must_begin_a_word_of_the_item() {
        let index = SearchIndex::of(&seed());
        let both = found(&index, "char aff");
        assert!(!both.is_empty());
        let one = found(&index, "char");
        assert!(both.iter().all(|item| one.contains(item)));
        assert!(
            found(&index, "harg").is_empty(),
            "the middle of a word does not match"
        );
        assert!(found(&index, "chargé zzzz").is_empty());
    }

    #[test]
    fn a_query_finds_events_actors_and_quotes_and_lists_headlines_first() {
        let story = seed();
        let index = SearchIndex::of(&story);
        let matches = index.search("taliban").expect("a query with words");
        assert!(!matches.items.events.is_empty() && !matches.items.actors.is_empty());
        let first = matches.results.first().expect("a result");
        let headline = match first {
            Selection::Event(id) => story.event(id).map(|event| event.title.clone()),
            Selection::Actor(id) => story.actor(id).map(|actor| actor.name.clone()),
            _ => None,
        };
        assert!(fold(&headline.unwrap_or_default()).contains("taliban"));
        let lieven = index.search("Lieven").expect("words");
        assert!(lieven
            .results
            .iter()
            .any(|item| matches!(item, Selection::Actor(_))));
    }

    #[test]
    fn a_query_without_words_finds_nothing() {
        let index = SearchIndex::of(&seed());
        assert_eq!(index.search(""), None);
        assert_eq!(index.search("  —, ! "), None);
    }

    #[test]
    fn an_excerpt_starts_a_little_before_a_late_match() {
        let text = "one two three four five six seven eight nine ten eleven twelve";
        let words = query_words("twel");
        assert_eq!(excerpt(text, &words, 12), "…ten eleven twelve");
        assert_eq!(excerpt(text, &words, 100), text);
        assert_eq!(excerpt(text, &query_words("zzz"), 5), text);
    }

    #[test]
    fn matched_ranges_cover_the_typed_beginning_of_each_word() {
        let words = query_words("char AF");
        let text = "Russia accepts a Taliban chargé d’affaires";
        let ranges = matched_ranges(text, &words);
        let parts: Vec<&str> = ranges.iter().map(|range| &text[range.clone()]).collect();
        assert_eq!(parts, ["char", "af"]);
        let arabic = "إمارة أفغانستان";
        let ranges = matched_ranges(arabic, &query_words("افغ"));
        assert_eq!(ranges.len(), 1);
        assert_eq!(&arabic[ranges[0].clone()], "أفغ");
    }
}
