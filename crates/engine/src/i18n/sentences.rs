//! The sentences the live widget, its pre-render and the export write about
//! a story's items: the names assistive technology reads for marks, the
//! periods of clusters, axis breaks and relations, and the tooltips of
//! drawings. Written once here, in a [`Locale`]'s words, so every place that
//! shows an item names it alike.

use super::locale::Locale;
use crate::model::{Actor, Event, Relation, StoryDate};

impl Locale {
    /// An event mark's name: its title, whether it is new since the reader's
    /// last visit, its date in words and its kind. It starts with the mark's
    /// visible text (the title, then "New"), so speech input can name it.
    pub fn event_name(&self, event: &Event, new: bool) -> String {
        let mut parts = vec![event.title.clone()];
        if new {
            parts.push(self.text("timeline.new_since").to_owned());
        }
        parts.push(self.event_date(event));
        parts.push(self.event_kind(event.kind).to_owned());
        self.list(&parts)
    }

    /// An actor mark's name: the name as shown (a short name is followed by
    /// the full one unless the full one starts with it), whether it is new,
    /// its kind and its role. It starts with the visible label, so speech
    /// input can name it (WCAG 2.5.3).
    pub fn actor_name(&self, actor: &Actor, new: bool) -> String {
        let shown = actor.display_name();
        let named = if actor.name.starts_with(shown) {
            actor.name.clone()
        } else {
            format!("{shown} ({})", actor.name)
        };
        let mut parts = vec![named];
        if new {
            parts.push(self.text("timeline.new_since").to_owned());
        }
        parts.push(self.actor_kind(actor.kind).to_owned());
        parts.extend(actor.role.clone());
        self.list(&parts)
    }

    /// The stretch from `first` to `last` (one date when they are the same):
    /// "1990 to 2018", "July 1989 to December 2018".
    pub fn span(&self, first: &StoryDate, last: &StoryDate) -> String {
        if first == last {
            self.date(first)
        } else {
            self.fill(
                "date.range",
                &[("from", &self.date(first)), ("to", &self.date(last))],
            )
        }
    }

    /// A cluster mark's name: how many events it holds and the period their
    /// `dates` cover ("12 events, March to June 2021").
    pub fn cluster_name(&self, count: usize, dates: &[StoryDate]) -> String {
        let period = self.period(dates).unwrap_or_default();
        self.count("timeline.cluster", count, &[("period", &period)])
    }

    /// When a relation holds, as its card says it ("Since March 2022", "From
    /// 2019 to 2021"); `None` when the story gives neither end.
    pub fn relation_period(&self, relation: &Relation) -> Option<String> {
        let (since, until) = (
            relation.since.map(|date| self.date(&date)),
            relation.until.map(|date| self.date(&date)),
        );
        match (since, until) {
            (Some(since), Some(until)) => {
                Some(self.fill("card.from_to", &[("since", &since), ("until", &until)]))
            }
            (Some(since), None) => Some(self.fill("card.since", &[("since", &since)])),
            (None, Some(until)) => Some(self.fill("card.until", &[("until", &until)])),
            (None, None) => None,
        }
    }

    /// An event's date and title, as a drawing's tooltip gives them:
    /// "9 April 2022: Russia accredits a Taliban envoy".
    pub fn dated_title(&self, event: &Event) -> String {
        format!("{}: {}", self.event_date(event), event.title)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_story;

    fn story() -> crate::model::Story {
        parse_story(include_str!(
            "../../../../static/stories/russia-taliban-2022.json"
        ))
        .expect("the seed story reads")
        .story
    }

    #[test]
    fn an_event_is_named_by_title_then_news_then_date_and_kind() {
        let story = story();
        let event = &story.events[0];
        let english = Locale::new("en");
        let name = english.event_name(event, false);
        assert!(name.starts_with(&event.title), "{name}");
        assert!(name.contains(&english.event_date(event)), "{name}");
        let new = english.event_name(event, true);
        assert_eq!(
            new,
            name.replacen(
                &event.title,
                &format!("{}, new since your last visit", event.title),
                1
            )
        );
    }

    #[test]
    fn an_actor_is_named_first_as_shown_then_in_full() {
        let story = story();
        let english = Locale::new("en");
        let mut actor = story.actors[0].clone();
        actor.name = "Islamic Emirate of Afghanistan".to_owned();
        actor.short_name = Some("Taliban".to_owned());
        actor.role = None;
        assert!(english
            .actor_name(&actor, false)
            .starts_with("Taliban (Islamic Emirate of Afghanistan), "));
        actor.short_name = Some("Afghanistan".to_owned());
        assert!(english
            .actor_name(&actor, false)
            .starts_with("Afghanistan (Islamic Emirate of Afghanistan), "));
        actor.short_name = Some("Islamic Emirate".to_owned());
        assert!(english
            .actor_name(&actor, false)
            .starts_with("Islamic Emirate of Afghanistan, "));
        actor.name = "ليلى كريمي (Leila Karimi)".to_owned();
        actor.short_name = Some("Leila Karimi".to_owned());
        assert!(english
            .actor_name(&actor, false)
            .starts_with("Leila Karimi (ليلى كريمي (Leila Karimi)), "));
    }

    #[test]
    fn spans_and_relation_periods_read_in_the_language() {
        let english = Locale::new("en");
        let french = Locale::new("fr");
        let (from, to): (StoryDate, StoryDate) = ("1990".parse().unwrap(), "2018".parse().unwrap());
        assert_eq!(english.span(&from, &to), "1990 to 2018");
        assert_eq!(english.span(&from, &from), "1990");
        assert_ne!(french.span(&from, &to), english.span(&from, &to));
        let story = story();
        let mut relation = story.relations[0].clone();
        relation.since = Some("2022-03".parse().unwrap());
        relation.until = None;
        assert_eq!(
            english.relation_period(&relation).as_deref(),
            Some("Since March 2022")
        );
        relation.until = Some("2022-04".parse().unwrap());
        assert_eq!(
            english.relation_period(&relation).as_deref(),
            Some("From March 2022 to April 2022")
        );
        relation.since = None;
        relation.until = None;
        assert_eq!(english.relation_period(&relation), None);
    }

    #[test]
    fn a_cluster_is_named_by_count_and_period() {
        let english = Locale::new("en");
        let dates: Vec<StoryDate> = ["2021-03", "2021-06"]
            .iter()
            .map(|date| date.parse().unwrap())
            .collect();
        assert_eq!(
            english.cluster_name(12, &dates),
            "12 events, March to June 2021"
        );
        assert_eq!(english.cluster_name(1, &dates[..1]), "1 event, March 2021");
    }

    #[test]
    fn a_cluster_name_starts_with_the_count_it_shows_in_every_language() {
        let dates: Vec<StoryDate> = vec!["2021-03".parse().unwrap()];
        for (language, _) in crate::i18n::LANGUAGES {
            let locale = Locale::new(language);
            for count in [1, 2, 3, 11, 100, 1234] {
                let name = locale.cluster_name(count, &dates);
                assert!(
                    name.starts_with(&locale.number(count)),
                    "{language}: {name} (the mark shows +{count})"
                );
            }
        }
    }
}
