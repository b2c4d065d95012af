//! The relations an article states: memberships it gives when it introduces
//! someone, and one actor acting on another in a sentence ("Washington
//! condemned Russia").

use std::collections::HashSet;
use std::ops::Range;

use super::excerpts::{words_of, EXCERPT_WORDS};
use super::items::Drafting;
use super::quotes::{inside_quotes, quote_marks};
use dateline_engine::model::validate::MAX_ITEMS_PER_INNER_LIST;
use dateline_engine::model::{ActorId, Relation, RelationId, SourceRef, Stance};

impl Drafting<'_> {
    /// A `member_of` relation for each drawn actor the article introduces
    /// as part of another drawn actor.
    pub(super) fn draft_memberships(&mut self) {
        for (i, entity) in self.names.entities.iter().enumerate() {
            let (Some(from), Some((target, place))) = (self.actor_ids.get(&i), &entity.affiliation)
            else {
                continue;
            };
            let Some(to) = self.actor_ids.get(target) else {
                continue;
            };
            let paragraph = &self.article.paragraphs[place.paragraph];
            let id = RelationId(self.ids.relations.claim(&format!("{from}-member-of-{to}")));
            self.relations.push(Relation {
                id,
                from: from.clone(),
                to: to.clone(),
                kind: "member_of".to_owned(),
                stance: Stance::Neutral,
                label: entity.role.clone().unwrap_or_else(|| "part of".to_owned()),
                mutual: false,
                since: None,
                until: None,
                events: Vec::new(),
                quotes: Vec::new(),
                source: Some(SourceRef {
                    paragraph: paragraph.number,
                    excerpt: words_of(&paragraph.text[place.range.clone()], EXCERPT_WORDS),
                }),
                draft_note: None,
            });
        }
    }

    /// A relation for each pair of drawn actors named side by side with one
    /// of [`RELATION_VERBS`] between them, outside quotation marks; each
    /// pair and kind once, with the events drafted from its sentence.
    pub(super) fn draft_actions(&mut self) {
        let mut related: HashSet<(ActorId, ActorId, String)> = self
            .relations
            .iter()
            .map(|relation| {
                (
                    relation.from.clone(),
                    relation.to.clone(),
                    relation.kind.clone(),
                )
            })
            .collect();
        for (index, paragraph) in self.article.paragraphs.iter().enumerate() {
            let marks = quote_marks(&paragraph.text);
            for sentence in &paragraph.sentences {
                let mentions = self.names.mentions_in(index, sentence.clone());
                for pair in mentions.windows(2) {
                    let (a, b) = (pair[0], pair[1]);
                    if a.entity == b.entity || inside_quotes(&marks, a.place.range.start) {
                        continue;
                    }
                    let (Some(from), Some(to)) =
                        (self.actor_ids.get(&a.entity), self.actor_ids.get(&b.entity))
                    else {
                        continue;
                    };
                    let between = &paragraph.text[a.place.range.end..b.place.range.start];
                    let Some((kind, stance, verb)) = relation_verb(between) else {
                        continue;
                    };
                    if !related.insert((from.clone(), to.clone(), kind.to_owned())) {
                        continue;
                    }
                    let verb_start = a.place.range.end + verb.start;
                    let label = words_of(&paragraph.text[verb_start..sentence.end], 6)
                        .trim_end_matches(['.', ','])
                        .to_owned();
                    let events = self
                        .sentence_events
                        .get(&(index, sentence.start))
                        .into_iter()
                        .flatten()
                        .take(MAX_ITEMS_PER_INNER_LIST)
                        .map(|&at| self.events[at].id.clone())
                        .collect();
                    let id = RelationId(self.ids.relations.claim(&format!("{from}-{kind}-{to}")));
                    self.relations.push(Relation {
                        id,
                        from: from.clone(),
                        to: to.clone(),
                        kind: kind.to_owned(),
                        stance,
                        label,
                        mutual: kind == "meets",
                        since: None,
                        until: None,
                        events,
                        quotes: Vec::new(),
                        source: Some(SourceRef {
                            paragraph: paragraph.number,
                            excerpt: words_of(
                                &paragraph.text[a.place.range.start..sentence.end],
                                EXCERPT_WORDS,
                            ),
                        }),
                        draft_note: Some(
                            "drafted from one sentence: check its direction, kind and stance"
                                .to_owned(),
                        ),
                    });
                }
            }
        }
    }
}

/// Verbs by which a sentence says one actor acts on another: the word, the
/// relation's kind, and its stance.
const RELATION_VERBS: &[(&str, &str, Stance)] = &[
    ("condemned", "condemns", Stance::Hostile),
    ("condemns", "condemns", Stance::Hostile),
    ("criticised", "criticises", Stance::Hostile),
    ("criticized", "criticises", Stance::Hostile),
    ("criticises", "criticises", Stance::Hostile),
    ("accused", "accuses", Stance::Hostile),
    ("accuses", "accuses", Stance::Hostile),
    ("sanctioned", "sanctions", Stance::Hostile),
    ("attacked", "attacks", Stance::Hostile),
    ("attacks", "attacks", Stance::Hostile),
    ("threatened", "threatens", Stance::Hostile),
    ("threatens", "threatens", Stance::Hostile),
    ("sued", "sues", Stance::Hostile),
    ("fined", "fines", Stance::Hostile),
    ("opposed", "opposes", Stance::Hostile),
    ("opposes", "opposes", Stance::Hostile),
    ("invaded", "invades", Stance::Hostile),
    ("rejected", "rejects", Stance::Hostile),
    ("accredited", "engages", Stance::Cooperative),
    ("recognised", "recognises", Stance::Cooperative),
    ("recognized", "recognises", Stance::Cooperative),
    ("supported", "supports", Stance::Cooperative),
    ("supports", "supports", Stance::Cooperative),
    ("backed", "supports", Stance::Cooperative),
    ("backs", "supports", Stance::Cooperative),
    ("met", "meets", Stance::Cooperative),
    ("praised", "praises", Stance::Cooperative),
    ("welcomed", "welcomes", Stance::Cooperative),
    ("funded", "funds", Stance::Cooperative),
    ("funds", "funds", Stance::Cooperative),
];

/// The relation verb between two names, if the words between them are
/// only that verb with an adverb or auxiliary before it and an article
/// after it: "quickly condemned", "has accredited the".
pub(super) fn relation_verb(between: &str) -> Option<(&'static str, Stance, Range<usize>)> {
    if between.contains([',', '.', ';', ':', '“', '”', '"', '(']) {
        return None;
    }
    let words: Vec<(usize, &str)> = between
        .split_whitespace()
        .map(|word| (word.as_ptr() as usize - between.as_ptr() as usize, word))
        .collect();
    let trimmed: Vec<&(usize, &str)> = words
        .iter()
        .filter(|(_, word)| !matches!(*word, "’s" | "'s"))
        .collect();
    if trimmed.is_empty() || trimmed.len() > 4 {
        return None;
    }
    let (position, (offset, word)) =
        trimmed.iter().enumerate().find_map(|(i, (offset, word))| {
            RELATION_VERBS
                .iter()
                .any(|(verb, _, _)| verb == word)
                .then_some((i, (*offset, *word)))
        })?;
    let before_ok = trimmed[..position].iter().all(|(_, word)| {
        word.ends_with("ly") || matches!(*word, "has" | "have" | "had" | "also" | "was" | "were")
    });
    let after_ok = trimmed[position + 1..]
        .iter()
        .all(|(_, word)| matches!(*word, "the" | "a" | "an" | "with"));
    let (_, kind, stance) = RELATION_VERBS.iter().find(|(verb, _, _)| *verb == word)?;
    (before_ok && after_ok).then_some((*kind, *stance, offset..offset + word.len()))
}
