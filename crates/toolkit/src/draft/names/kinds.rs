//! What kind of actor a name is: the words in it, the states list, the way
//! the article introduces it (a role, a title, a collective noun) and how
//! it is used.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use super::place::{Place, Span};
use crate::draft::article::Paragraph;
use crate::draft::gazetteer::{
    COLLECTIVE_NOUNS, CONNECTORS, GROUP_WORDS, ORGANISATION_WORDS, REFERRING_NOUNS, ROLE_WORDS,
    SPEECH_VERBS, STATES,
};

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

/// The key two names share when they name the same thing.
pub(super) fn key(name: &str) -> String {
    name.trim_start_matches("The ")
        .trim_start_matches("the ")
        .replace('’', "'")
        .to_lowercase()
}

pub(super) fn is_state(text: &str) -> bool {
    state_of(text).is_some()
}

/// The name of the state a name stands for: "Moscow" -> "Russia".
pub(super) fn state_of(text: &str) -> Option<&'static str> {
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
pub(super) fn kind_of_name(name: &str) -> Kind {
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
pub(super) fn is_personal_name(name: &str) -> bool {
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
pub(super) fn person_evidence(span: &Span, paragraph: &Paragraph) -> bool {
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
pub(super) fn person_role(
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
pub(super) fn collective_kind(span: &Span, paragraph: &Paragraph) -> Option<Kind> {
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
pub(super) fn addressed_publication(span: &Span, paragraph: &Paragraph) -> Option<Kind> {
    let sentence = paragraph.sentences[span.sentence].clone();
    let before = paragraph.text[sentence.start..span.range.start].trim_end();
    let publication_like =
        span.text.starts_with("The ") || span.text.chars().all(|c| c.is_uppercase() || c == '.');
    ((before.ends_with("told") || before.ends_with("interview with")) && publication_like)
        .then_some(Kind::Organisation)
}
