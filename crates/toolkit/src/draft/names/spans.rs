//! Candidate names in an article's sentences: runs of capitalised words,
//! with the titles before them, read word by word.

use std::collections::HashSet;
use std::ops::Range;

use super::kinds::{is_state, kind_of_name, state_of, Kind};
use super::place::Span;
use crate::draft::article::{Article, Paragraph};
use crate::draft::gazetteer::{
    CONNECTORS, ORGANISATION_WORDS, REGIONS, SENTENCE_STARTERS, STATES, TITLES, TITLE_MODIFIERS,
};
use dateline_engine::model::date::MONTH_NAMES;

/// Words the article writes in lower case somewhere: a capitalised word at
/// the start of a sentence that is among them is not a name.
pub(super) fn lower_case_words(article: &Article) -> HashSet<String> {
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
pub(super) fn find_spans(
    index: usize,
    paragraph: &Paragraph,
    vocabulary: &HashSet<String>,
) -> Vec<Span> {
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
