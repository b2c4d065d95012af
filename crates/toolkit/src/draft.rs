//! `dateline draft`: a first draft of a story from an article's plain
//! text, for an editor to correct. The headline, byline and publication
//! date come from the opening lines; every quotation comes verbatim with its
//! speaker; events come from dated sentences, at the precision the article
//! gives; actors from the people, states and organisations named; relations
//! only where a sentence states one. Every item is sourced to its paragraph
//! with a short verbatim excerpt, and what the drafter is unsure of carries
//! a `draft_note`, which `dateline validate` and the widget show as a warning.
//!
//! The reading is done with word lists and the shapes news writing takes,
//! not a statistical model: nothing is downloaded and the same text always
//! gives the same draft.

pub mod article;
pub mod dates;
mod excerpts;
mod gazetteer;
mod items;
pub mod names;
pub mod quotes;
mod relations;
pub mod score;

use self::article::read_article;
use self::items::Drafting;
use self::names::Names;
use self::quotes::find_quotes;
use super::import::PLACEHOLDER_PUBLICATION;
use dateline_engine::model::{Meta, Publication, Story, StoryDate};

/// What the article's text does not say.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftOptions {
    /// The publication date, overriding any in the article's opening lines.
    pub published: Option<StoryDate>,
    /// The publication's name.
    pub publication: Option<String>,
    /// The article's web address.
    pub url: Option<String>,
}

/// A drafted story.
#[derive(Clone, Debug, PartialEq)]
pub struct Drafted {
    /// The story, as the story file will hold it.
    pub story: Story,
    /// Whether the publication date came from the article or the options.
    pub has_publication_date: bool,
}

impl Drafted {
    /// How many items carry a draft note for the editor.
    pub fn notes(&self) -> usize {
        let story = &self.story;
        let noted = |note: &Option<String>| usize::from(note.is_some());
        story
            .actors
            .iter()
            .map(|item| noted(&item.draft_note))
            .sum::<usize>()
            + story
                .events
                .iter()
                .map(|item| noted(&item.draft_note))
                .sum::<usize>()
            + story
                .relations
                .iter()
                .map(|item| noted(&item.draft_note))
                .sum::<usize>()
            + story
                .quotes
                .iter()
                .map(|item| noted(&item.draft_note))
                .sum::<usize>()
    }

    /// One line on what was drafted, for the terminal.
    pub fn summary(&self) -> String {
        let story = &self.story;
        let notes = self.notes();
        let mut line = format!(
            "drafted {} quotes, {} events, {} actors and {} relations; {notes} items carry a draft note for the editor",
            story.quotes.len(),
            story.events.len(),
            story.actors.len(),
            story.relations.len()
        );
        if !self.has_publication_date {
            line.push_str("; no publication date was found, so relative dates (\"last month\", \"on Tuesday\") were left out: give --published");
        }
        if story.meta.source.name == PLACEHOLDER_PUBLICATION {
            line.push_str("; give --publication for meta.source.name");
        }
        line
    }
}

/// Drafts a story from an article's plain text: who is in it, then the
/// events of its dated sentences and its publication, then every quotation
/// with its speaker, then the relations it states.
pub fn draft_story(text: &str, options: &DraftOptions) -> Drafted {
    let article = read_article(text);
    let published = options.published.or(article.published);
    let mut names = Names::read(&article);
    let quotes = find_quotes(&article, &mut names);
    let meta = Meta {
        title: if article.title.is_empty() {
            "Untitled article".to_owned()
        } else {
            article.title.clone()
        },
        source: Publication {
            name: options
                .publication
                .clone()
                .unwrap_or_else(|| PLACEHOLDER_PUBLICATION.to_owned()),
            url: options.url.clone(),
        },
        published,
        authors: article.authors.clone(),
        language: "en".to_owned(),
        summary: article
            .paragraphs
            .first()
            .filter(|paragraph| !paragraph.sentences.is_empty())
            .map(|paragraph| paragraph.sentence(0).to_owned()),
    };
    let mut drafting = Drafting::new(&article, &mut names, &quotes, published);
    drafting.draw_actors();
    drafting.draft_events();
    drafting.draft_publication(&meta.source.name);
    drafting.draft_quotes();
    drafting.draft_memberships();
    drafting.draft_actions();
    Drafted {
        story: drafting.into_story(meta),
        has_publication_date: published.is_some(),
    }
}

#[cfg(test)]
mod tests {
    use super::excerpts::{event_title, words_of};
    use super::relations::relation_verb;
    use dateline_engine::model::EventKind;

    fn title(sentence: &str, date: &str) -> String {
        let start = sentence.find(date).expect("the date is in the sentence");
        event_title(sentence, start..start + date.len())
    }

    #[test]
    fn event_titles_are_the_clause_without_its_date() {
        assert_eq!(
            title("Dockworkers at the Port of Kestrel walked off the job on Tuesday after talks between their union and the port’s operator collapsed.", "on Tuesday"),
            "Dockworkers at the Port of Kestrel walked off the job"
        );
        assert_eq!(
            title("Last month, Russia’s Foreign Ministry accredited Jamal Nasir Gharwal, a Taliban official, to serve.", "Last month"),
            "Russia’s Foreign Ministry accredited Jamal Nasir Gharwal"
        );
        assert_eq!(
            title("Kestrel Port Holdings, which has run the harbour under a 40-year concession since 2009, announced it.", "since 2009"),
            "Kestrel Port Holdings has run the harbour under a 40-year concession"
        );
        assert_eq!(
            title(
                "The Taliban swept to power in Afghanistan in August 2021.",
                "in August 2021"
            ),
            "The Taliban swept to power in Afghanistan"
        );
    }

    #[test]
    fn relation_verbs_need_the_two_names_side_by_side() {
        assert_eq!(
            relation_verb(" quickly condemned ").map(|(kind, _, _)| kind),
            Some("condemns")
        );
        assert_eq!(
            relation_verb(" accredited ").map(|(kind, _, _)| kind),
            Some("engages")
        );
        assert!(relation_verb(" said it condemned ").is_none());
        assert!(relation_verb(", which condemned ").is_none());
    }

    fn event_dates(text: &str) -> Vec<String> {
        super::draft_story(text, &super::DraftOptions::default())
            .story
            .events
            .iter()
            .filter(|event| event.kind != EventKind::Publication)
            .filter_map(|event| event.date.map(|date| date.to_string()))
            .collect()
    }

    #[test]
    fn relative_dates_resolve_from_a_dateline_and_it_is_no_event() {
        // 12 October 2023 was a Thursday.
        assert_eq!(
            event_dates(
                "Headline\n\nLast updated on 12/10/2023\n\nLONDON, Oct 12 (Reuters) - Prices rose on Tuesday, after they fell last month."
            ),
            ["2023-10-10", "2023-09"]
        );
    }

    #[test]
    fn excerpts_are_verbatim_prefixes() {
        assert_eq!(words_of("one two  three four", 3), "one two  three");
        assert_eq!(words_of("one two", 5), "one two");
    }
}
