//! Reading a story's relations against its checked actors, events and quotes.

use super::*;

impl Checker {
    pub(super) fn relations(
        &mut self,
        relations: Items<Relation>,
        actors: &Items<Actor>,
        events: &Items<Event>,
        quotes: &Items<Quote>,
    ) -> Items<Relation> {
        let actor_ids = id_set(actors.iter().map(|(_, actor)| actor.id.as_str()));
        let event_ids = id_set(events.iter().map(|(_, event)| event.id.as_str()));
        let quote_ids = id_set(quotes.iter().map(|(_, quote)| quote.id.as_str()));
        let mut ids = TextSet::default();
        let mut kept: Items<Relation> = relations
            .into_iter()
            .filter(|(path, relation)| {
                let mut valid = self.require_text(&field(path, "label"), &relation.label);
                valid &= self.require_text(&field(path, "kind"), &relation.kind);
                for (end, id) in [("from", &relation.from), ("to", &relation.to)] {
                    if !actor_ids.contains(id.as_str()) {
                        self.error(
                            format!("{path}.{end}"),
                            format!("\"{id}\" is not the id of an actor; the relation was dropped"),
                        );
                        valid = false;
                    }
                }
                if relation.from == relation.to {
                    self.error(
                        field(path, "to"),
                        format!(
                            "a relation needs two different actors, but both ends are \"{}\"",
                            relation.to
                        ),
                    );
                    valid = false;
                }
                if let (Some(since), Some(until)) = (relation.since, relation.until) {
                    if until.end_day() <= since.first_day() {
                        self.error(
                            field(path, "until"),
                            format!("{} is before since, {}", until.in_words(), since.in_words()),
                        );
                        valid = false;
                    }
                }
                self.claim_id(path, relation.id.as_str(), &mut ids, "relation") && valid
            })
            .collect();
        for (path, relation) in &mut kept {
            relation.events = self.keep_references(
                &field(path, "events"),
                std::mem::take(&mut relation.events),
                &event_ids,
                ("an event", "events"),
            );
            relation.quotes = self.keep_references(
                &field(path, "quotes"),
                std::mem::take(&mut relation.quotes),
                &quote_ids,
                ("a quote", "quotes"),
            );
            self.check_source(path, &relation.source);
            self.check_draft_note(path, &relation.draft_note);
        }
        kept
    }
}
