//! Measuring a draft against what an editor expects: recall and precision
//! of quotations with the right speaker, and of dates at the right
//! precision in the right paragraph. The expectations come from a small
//! JSON file beside an article, or from a finished story file.

use std::collections::HashSet;

use serde_json::Value;

use dateline_engine::model::{EventKind, Story};

/// What a correct draft of an article holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Expected {
    /// Quotations: paragraph (from 1), speaker's full name, words.
    pub quotes: Vec<(u32, String, String)>,
    /// Dates of events: paragraph (from 1) and EDTF date.
    pub dates: Vec<(u32, String)>,
}

impl Expected {
    /// Reads an expectations file:
    /// `{"quotes": [{"paragraph", "speaker", "text"}], "dates": [{"paragraph", "date"}]}`.
    pub fn from_expectations(value: &Value) -> Self {
        let list = |key: &str| {
            value
                .get(key)
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
        };
        let text = |item: &Value, key: &str| {
            item.get(key)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        let paragraph = |item: &Value| {
            item.get("paragraph")
                .and_then(Value::as_u64)
                .unwrap_or_default() as u32
        };
        Self {
            quotes: list("quotes")
                .iter()
                .map(|item| (paragraph(item), text(item, "speaker"), text(item, "text")))
                .collect(),
            dates: list("dates")
                .iter()
                .map(|item| (paragraph(item), text(item, "date")))
                .collect(),
        }
    }

    /// Reads the expectations from a finished story file (as JSON): its
    /// quotations with their speakers' names, and the dates of its events
    /// other than the publication itself.
    pub fn from_story(value: &Value) -> Self {
        let list = |key: &str| {
            value
                .get(key)
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
        };
        let actors = list("actors");
        let name_of = |id: &str| {
            actors
                .iter()
                .find(|actor| actor.get("id").and_then(Value::as_str) == Some(id))
                .and_then(|actor| actor.get("name").and_then(Value::as_str))
                .unwrap_or(id)
                .to_owned()
        };
        let paragraph = |item: &Value| {
            item.get("source")
                .and_then(|source| source.get("paragraph"))
                .and_then(Value::as_u64)
                .unwrap_or_default() as u32
        };
        let text = |item: &Value, key: &str| {
            item.get(key)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        Self {
            quotes: list("quotes")
                .iter()
                .map(|quote| {
                    (
                        paragraph(quote),
                        name_of(&text(quote, "speaker")),
                        text(quote, "text"),
                    )
                })
                .collect(),
            dates: list("events")
                .iter()
                .filter(|event| text(event, "kind") != "publication" && event.get("date").is_some())
                .map(|event| (paragraph(event), text(event, "date")))
                .collect(),
        }
    }
}

/// Matches found, items drafted and items expected, for one kind of item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Drafted items that match an expected one.
    pub correct: usize,
    /// Items drafted.
    pub drafted: usize,
    /// Items expected.
    pub expected: usize,
}

impl Tally {
    /// Share of the drafted items that are right, in `[0, 1]` (1 when nothing was drafted).
    pub fn precision(&self) -> f64 {
        if self.drafted == 0 {
            1.0
        } else {
            self.correct as f64 / self.drafted as f64
        }
    }

    /// Share of the expected items drafted right, in `[0, 1]` (1 when nothing was expected).
    pub fn recall(&self) -> f64 {
        if self.expected == 0 {
            1.0
        } else {
            self.correct as f64 / self.expected as f64
        }
    }
}

/// How a draft scores against expectations.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Scores {
    /// Quotations with the right words (80% of them alike) and the right speaker.
    pub quotes: Tally,
    /// Event dates with the right value and precision, in the right paragraph.
    pub dates: Tally,
}

impl std::fmt::Display for Scores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "quotes with the right speaker: recall {}/{} = {:.2}, precision {}/{} = {:.2}; dates at the right precision: recall {}/{} = {:.2}, precision {}/{} = {:.2}",
            self.quotes.correct,
            self.quotes.expected,
            self.quotes.recall(),
            self.quotes.correct,
            self.quotes.drafted,
            self.quotes.precision(),
            self.dates.correct,
            self.dates.expected,
            self.dates.recall(),
            self.dates.correct,
            self.dates.drafted,
            self.dates.precision(),
        )
    }
}

/// Scores a draft: each drafted item matches at most one expected item.
pub fn score(draft: &Story, expected: &Expected) -> Scores {
    let speaker_name = |id| {
        draft
            .actor(id)
            .map_or(String::new(), |actor| actor.name.clone())
    };
    let mut taken = vec![false; expected.quotes.len()];
    let mut correct = 0;
    for quote in &draft.quotes {
        let paragraph = quote.source.as_ref().map_or(0, |source| source.paragraph);
        let speaker = normalise(&speaker_name(&quote.speaker));
        let found = expected
            .quotes
            .iter()
            .enumerate()
            .position(|(i, (p, name, text))| {
                !taken[i]
                    && *p == paragraph
                    && normalise(name) == speaker
                    && alike(text, &quote.text)
            });
        if let Some(i) = found {
            taken[i] = true;
            correct += 1;
        }
    }
    let quotes = Tally {
        correct,
        drafted: draft.quotes.len(),
        expected: expected.quotes.len(),
    };
    let dated: Vec<(u32, String)> = draft
        .events
        .iter()
        .filter(|event| event.kind != EventKind::Publication)
        .filter_map(|event| {
            Some((
                event.source.as_ref().map_or(0, |source| source.paragraph),
                event.date?.to_string(),
            ))
        })
        .collect();
    let mut taken = vec![false; expected.dates.len()];
    let mut correct = 0;
    for (paragraph, date) in &dated {
        if let Some(i) = expected
            .dates
            .iter()
            .enumerate()
            .position(|(i, (p, d))| !taken[i] && p == paragraph && d == date)
        {
            taken[i] = true;
            correct += 1;
        }
    }
    let dates = Tally {
        correct,
        drafted: dated.len(),
        expected: expected.dates.len(),
    };
    Scores { quotes, dates }
}

fn normalise(text: &str) -> String {
    text.to_lowercase().replace('’', "'")
}

/// Whether two quotations are the same words: at least 80% of the words of
/// the longer one are in the other (so a closing full stop or a curly
/// apostrophe does not count against a match).
fn alike(a: &str, b: &str) -> bool {
    let words = |text: &str| -> HashSet<String> {
        text.replace('’', "'")
            .split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .filter(|word| !word.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let longer = a.len().max(b.len()).max(1);
    a.intersection(&b).count() as f64 / longer as f64 >= 0.8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotations_match_despite_punctuation_and_apostrophes() {
        assert!(alike(
            "In [the Taliban’s] eyes this definitely does deliver.",
            "In [the Taliban's] eyes this definitely does deliver"
        ));
        assert!(!alike(
            "We are ready to talk tonight",
            "We are not ready at all, ever"
        ));
    }
}
