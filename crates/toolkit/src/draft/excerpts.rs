//! The words an item is drafted with: an event's title and summary cut from
//! its sentence around the date, and the excerpts that point back into the
//! article, cut at word boundaries and bounded on text that is not prose.

use std::ops::Range;

use super::article::Paragraph;

/// Most words in an excerpt.
pub(super) const EXCERPT_WORDS: usize = 12;

/// Most words in a drafted event title.
const TITLE_WORDS: usize = 14;

/// Most bytes of a sentence read on either side of a date for its event's
/// title, summary and excerpt; a news sentence is far shorter, so this only
/// bounds the work on text that is not prose.
const AROUND_DATE: usize = 600;

/// The part of `text` within `reach` bytes of `range`, on character boundaries.
fn window(text: &str, range: &Range<usize>, reach: usize) -> Range<usize> {
    text.floor_char_boundary(range.start.saturating_sub(reach))
        ..text.ceil_char_boundary(range.end.saturating_add(reach).min(text.len()))
}

/// A sentence for an event's summary: all of it, or when it is very long,
/// the words around the date with "…" where it was cut.
pub(super) fn excerpt_of_sentence(sentence: &str, date: Range<usize>) -> String {
    let around = window(sentence, &date, AROUND_DATE);
    if around == (0..sentence.len()) {
        return sentence.to_owned();
    }
    // Cut at spaces, so no word is split.
    let mut start = around.start;
    if start > 0 {
        start = sentence[start..date.start]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map_or(date.start, |(at, c)| start + at + c.len_utf8());
    }
    let mut end = around.end;
    if end < sentence.len() {
        end = sentence[date.end..end]
            .rfind(char::is_whitespace)
            .map_or(date.end, |at| date.end + at);
    }
    let mut excerpt = String::new();
    if start > 0 {
        excerpt.push('…');
    }
    excerpt.push_str(sentence[start..end].trim());
    if end < sentence.len() {
        excerpt.push('…');
    }
    excerpt
}

/// The first `count` words of a text, verbatim (a prefix of it).
pub(super) fn words_of(text: &str, count: usize) -> String {
    let mut end = text.len();
    for (seen, (at, _)) in text
        .match_indices(char::is_whitespace)
        .filter(|(at, _)| !text[..*at].ends_with(char::is_whitespace))
        .enumerate()
    {
        if seen + 1 == count {
            end = at;
            break;
        }
    }
    text[..end].trim().to_owned()
}

/// A short verbatim excerpt of the sentence holding `range`: from the
/// start of its clause, at most [`EXCERPT_WORDS`] words, including `range`.
pub(super) fn excerpt_around(paragraph: &Paragraph, range: Range<usize>) -> String {
    let sentence = paragraph
        .sentence_at(range.start)
        .map_or(0..paragraph.text.len(), |i| paragraph.sentences[i].clone());
    let text = &paragraph.text;
    // A very long sentence is read only near the range.
    let near = window(text, &range, AROUND_DATE);
    let sentence = sentence.start.max(near.start)..sentence.end.min(near.end);
    let clause_start = text[sentence.start..range.start]
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, ',' | ';' | '—'))
        .map_or(sentence.start, |(at, c)| sentence.start + at + c.len_utf8());
    let words_before = text[clause_start..range.start].split_whitespace().count();
    let start = if words_before > EXCERPT_WORDS / 2 {
        // Start a few words before the range instead.
        let mut start = range.start;
        for _ in 0..EXCERPT_WORDS / 3 {
            let before = text[clause_start..start].trim_end();
            start = before
                .char_indices()
                .rfind(|(_, c)| c.is_whitespace())
                .map_or(clause_start, |(at, c)| clause_start + at + c.len_utf8());
        }
        start
    } else {
        clause_start
    };
    words_of(text[start..sentence.end].trim_start(), EXCERPT_WORDS)
}

/// A short headline for an event from its sentence: the clause holding the
/// date, without the date, with its subject when the clause has none.
pub(super) fn event_title(sentence: &str, date: Range<usize>) -> String {
    // A very long sentence is read only near the date.
    let around = window(sentence, &date, AROUND_DATE);
    if around != (0..sentence.len()) {
        let date = date.start - around.start..date.end - around.start;
        return event_title(&sentence[around], date);
    }
    const BREAKS: [&str; 8] = [
        ", ", "; ", " — ", " before ", " after ", " when ", " while ", " as ",
    ];
    let mut cuts: Vec<usize> = vec![0, sentence.len()];
    for mark in BREAKS {
        let mut from = 0;
        while let Some(at) = sentence[from..].find(mark) {
            let at = from + at;
            if at + mark.len() <= date.start || at >= date.end {
                cuts.push(at);
                cuts.push(at + mark.len());
            }
            from = at + mark.len();
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let start = cuts
        .iter()
        .rev()
        .find(|&&cut| cut <= date.start)
        .copied()
        .unwrap_or(0);
    let end = cuts
        .iter()
        .find(|&&cut| cut >= date.end)
        .copied()
        .unwrap_or(sentence.len());
    let without_date = |from: usize, to: usize| -> String {
        let mut text = String::new();
        if from < date.start {
            let before = sentence[from..date.start.max(from)].trim_end();
            let before = [
                "late on",
                "early on",
                "on",
                "in",
                "since",
                "by",
                "from",
                "until",
                "during",
                "at the end of",
                "last",
                "this",
                "late",
                "early",
            ]
            .iter()
            .find_map(|word| {
                before
                    .strip_suffix(word)
                    .filter(|rest| rest.is_empty() || rest.ends_with(' '))
            })
            .unwrap_or(before);
            text.push_str(before.trim_end());
        }
        if date.end < to {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(sentence[date.end.max(from)..to].trim_start_matches([',', ' ']));
        }
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let mut title = without_date(start, end);
    let next_cut = |at: usize| {
        cuts.iter()
            .find(|&&cut| cut > at + 2)
            .copied()
            .unwrap_or(sentence.len())
    };
    if title.split_whitespace().count() < 3 {
        // "Last month, Russia’s Foreign Ministry accredited …": take the next clause too.
        let further = next_cut(end);
        title = without_date(start, further);
    }
    // A quotation opening the clause is the speaker's, not the event's title.
    if let Some(rest) = title.strip_prefix(['“', '"']) {
        if let Some(close) = rest.find(['”', '"']) {
            title = rest[close..]
                .trim_start_matches(['”', '"', ',', '.', ' '])
                .to_owned();
        }
    }
    for lead in ["and ", "but ", "which ", "who ", "that ", "then ", "so "] {
        if let Some(rest) = title.strip_prefix(lead) {
            title = rest.to_owned();
        }
    }
    let first_word = title.split_whitespace().next().unwrap_or_default();
    let subjectless = first_word.chars().next().is_some_and(char::is_lowercase)
        && !matches!(
            first_word,
            "he" | "she"
                | "they"
                | "it"
                | "we"
                | "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "his"
                | "her"
        );
    if subjectless && start > 0 {
        let subject_end = cuts.iter().find(|&&cut| cut > 0).copied().unwrap_or(0);
        let subject = sentence[..subject_end].trim_end_matches([',', ' ']);
        if !subject.is_empty() && subject.split_whitespace().count() <= 8 && subject_end <= start {
            title = format!("{subject} {title}");
        }
    }
    let title = title.trim_end_matches(['.', ',', ';', ':', ' ']);
    let words: Vec<&str> = title.split_whitespace().collect();
    let mut title = words[..words.len().min(TITLE_WORDS)].join(" ");
    if words.len() > TITLE_WORDS {
        title.push('…');
    }
    let mut chars = title.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => sentence.chars().take(60).collect(),
    }
}
