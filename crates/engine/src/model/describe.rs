//! Sentences about story items for readers, shared by the card, the map and
//! the text twin. Pure Rust: no DOM.

use super::story::{Actor, Relation, Stance, Story};

/// The word for a stance: "cooperative", "hostile" or "neutral".
pub fn stance_word(stance: Stance) -> &'static str {
    match stance {
        Stance::Cooperative => "cooperative",
        Stance::Hostile => "hostile",
        Stance::Neutral => "neutral",
    }
}

/// A relation as a sentence: "United States condemns Russia: condemns the
/// acceptance of Taliban diplomats (hostile)", or "Russia and China: …" when mutual.
pub fn relation_sentence(story: &Story, relation: &Relation) -> String {
    let name = |id| {
        story
            .actor(id)
            .map_or_else(|| "?".to_owned(), |actor: &Actor| actor.name.clone())
    };
    let (from, to) = (name(&relation.from), name(&relation.to));
    let verb = relation.kind.replace('_', " ");
    let head = if relation.mutual {
        format!("{from} and {to}")
    } else {
        format!("{from} {verb} {to}")
    };
    format!(
        "{head}: {} ({})",
        relation.label,
        stance_word(relation.stance)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_story;

    #[test]
    fn a_relation_reads_as_a_sentence_with_its_stance() {
        let story = parse_story(include_str!(
            "../../../../static/stories/russia-taliban-2022.json"
        ))
        .expect("the seed story reads")
        .story;
        let condemns = story
            .relations
            .iter()
            .find(|relation| relation.stance == Stance::Hostile && !relation.mutual)
            .expect("the seed story has a hostile relation");
        let sentence = relation_sentence(&story, condemns);
        assert!(sentence.ends_with("(hostile)"), "{sentence}");
        assert!(sentence.contains(&condemns.label), "{sentence}");
        let mutual = story
            .relations
            .iter()
            .find(|relation| relation.mutual)
            .expect("the seed story has a mutual relation");
        assert!(relation_sentence(&story, mutual).contains(" and "));
    }
}
