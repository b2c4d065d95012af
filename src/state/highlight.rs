//! What a selection lights up in both views.

use super::Selection;
use crate::model::{ActorId, EventId, IdSet, Relation, RelationId, Story};

/// What a selection lights up in both views; everything else fades.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Highlight {
    /// Events lit on the timeline.
    pub events: IdSet<EventId>,
    /// Actors lit on the map.
    pub actors: IdSet<ActorId>,
    /// Relations lit on the map.
    pub relations: IdSet<RelationId>,
}

impl Highlight {
    /// What `selection` lights up, counting only relations that hold on `day`:
    /// an event lights its actors and relations; an actor its events and
    /// relations (and the actors at their other ends); a relation its two
    /// actors and its events; a quote its speaker and its event.
    pub fn of(story: &Story, selection: &Selection, day: i64) -> Self {
        let mut lit = Self::default();
        let holding = |relation: &&Relation| story.relation_holds_on(relation, day);
        match selection {
            Selection::Event(id) => {
                lit.events.insert(id);
                if let Some(event) = story.event(id) {
                    lit.actors.extend(&event.actors);
                }
                for relation in story
                    .relations
                    .iter()
                    .filter(holding)
                    .filter(|relation| relation.events.contains(id))
                {
                    lit.light_relation(relation);
                }
            }
            Selection::Actor(id) => {
                lit.actors.insert(id);
                lit.events.extend(
                    story
                        .events
                        .iter()
                        .filter(|event| event.actors.contains(id))
                        .map(|event| &event.id),
                );
                for relation in story
                    .relations
                    .iter()
                    .filter(holding)
                    .filter(|relation| &relation.from == id || &relation.to == id)
                {
                    lit.light_relation(relation);
                }
            }
            Selection::Relation(id) => {
                if let Some(relation) = story.relation(id) {
                    lit.light_relation(relation);
                    lit.events.extend(&relation.events);
                }
            }
            Selection::Quote(id) => {
                if let Some(quote) = story.quote(id) {
                    lit.actors.insert(&quote.speaker);
                    lit.events.extend(&quote.event);
                }
            }
        }
        lit
    }

    fn light_relation(&mut self, relation: &Relation) {
        self.relations.insert(&relation.id);
        self.actors.insert(&relation.from);
        self.actors.insert(&relation.to);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::test_story::seed;
    use crate::state::{Action, ViewState};

    fn ids<T: AsRef<str>>(set: &IdSet<T>) -> Vec<String> {
        let mut ids: Vec<String> = set.texts().map(str::to_owned).collect();
        ids.sort();
        ids
    }

    #[test]
    fn selecting_russia_lights_exactly_its_events_and_relations() {
        let story = seed();
        let state = ViewState::default()
            .apply(Action::Select(Selection::Actor("russia".into())))
            .unwrap();
        let lit = state.highlight(&story).expect("something is selected");
        // The seed story's events naming Russia, and its relations with Russia at either end.
        assert_eq!(
            ids(&lit.events),
            [
                "gharwal-accredited",
                "gharwal-takes-over-mission",
                "heroin-ban-pledge",
                "recognition-tally",
                "war-in-ukraine",
                "washington-condemns",
            ]
        );
        assert_eq!(
            ids(&lit.relations),
            [
                "foreign-ministry-of-russia",
                "russia-allies-in-central-asia",
                "russia-at-war-in-ukraine",
                "russia-breaks-with-the-west",
                "russia-china-common-cause",
                "russia-engages-taliban",
                "russia-opposes-islamic-state-k",
                "us-condemns-russia",
                "us-russia-aligned-goals",
                "us-russia-hostility",
            ]
        );
        assert!(
            lit.actors.contains(&ActorId::from("china")),
            "the other end of a relation lights up"
        );
        assert!(!lit.actors.contains(&ActorId::from("caroline-rose")));
    }

    #[test]
    fn selecting_an_event_lights_its_actors_and_relations() {
        let story = seed();
        let lit = Highlight::of(
            &story,
            &Selection::Event("washington-condemns".into()),
            i64::MAX / 2,
        );
        assert_eq!(ids(&lit.events), ["washington-condemns"]);
        assert_eq!(ids(&lit.relations), ["us-condemns-russia"]);
        assert!(
            lit.actors.contains(&ActorId::from("united-states"))
                && lit.actors.contains(&ActorId::from("taliban"))
        );
    }

    #[test]
    fn selecting_a_relation_lights_its_two_actors_and_its_events() {
        let story = seed();
        let lit = Highlight::of(
            &story,
            &Selection::Relation("russia-engages-taliban".into()),
            0,
        );
        assert_eq!(ids(&lit.actors), ["russia", "taliban"]);
        assert_eq!(
            ids(&lit.events),
            ["gharwal-accredited", "gharwal-takes-over-mission"]
        );
    }
}
