//! The seed story against the article it was written from: it validates
//! cleanly, every quote is verbatim and every source excerpt is found in the
//! paragraph it names.

use dateline_engine::model::{parse_story, EventId, Precision, Story, StoryDate};

const SEED: &str = include_str!("../static/stories/russia-taliban-2022.json");
const ARTICLE: &str = include_str!("fixtures/article.txt");

fn seed() -> Story {
    let checked = parse_story(SEED).expect("the seed story is a version 1 story");
    assert!(
        checked.problems.is_empty(),
        "the seed story has problems: {:#?}",
        checked.problems
    );
    checked.story
}

/// Folds curly quotes to straight ones and runs of whitespace to one space,
/// the only differences allowed between the story and the article.
fn normalise(text: &str) -> String {
    let straight: String = text
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            other => other,
        })
        .collect();
    straight.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The article's body paragraphs, numbered from 1 as story sources count
/// them: after the headline and the read-time/date block, before the credit line.
fn paragraphs() -> Vec<String> {
    let blocks: Vec<&str> = ARTICLE
        .split("\n\n")
        .map(str::trim)
        .filter(|block| !block.is_empty())
        .collect();
    let body = &blocks[2..];
    assert!(body
        .last()
        .expect("the article has a credit line")
        .starts_with("Credit:"));
    body[..body.len() - 1]
        .iter()
        .map(|block| normalise(block))
        .collect()
}

#[test]
fn seed_story_validates_with_no_errors_or_warnings() {
    let story = seed();
    assert_eq!(
        story.meta.title,
        "Russia and the Taliban: Assessing new diplomatic gains"
    );
    assert_eq!(
        story.meta.published,
        Some(StoryDate::day(2022, 4, 18).unwrap())
    );
    assert!(
        story.actors.len() >= 14
            && story.events.len() >= 6
            && story.relations.len() >= 7
            && story.quotes.len() >= 9
    );
}

#[test]
fn every_quote_is_verbatim_from_the_article() {
    let article = normalise(ARTICLE);
    for quote in &seed().quotes {
        assert!(
            article.contains(&normalise(&quote.text)),
            "quote {} is not verbatim: {}",
            quote.id,
            quote.text
        );
    }
}

#[test]
fn every_source_excerpt_is_in_the_paragraph_it_names() {
    let paragraphs = paragraphs();
    let story = seed();
    let sources = story
        .actors
        .iter()
        .map(|actor| (actor.id.to_string(), &actor.source))
        .chain(
            story
                .events
                .iter()
                .map(|event| (event.id.to_string(), &event.source)),
        )
        .chain(
            story
                .relations
                .iter()
                .map(|relation| (relation.id.to_string(), &relation.source)),
        )
        .chain(
            story
                .quotes
                .iter()
                .map(|quote| (quote.id.to_string(), &quote.source)),
        );
    for (id, source) in sources {
        let source = source
            .as_ref()
            .unwrap_or_else(|| panic!("{id} has no source"));
        let paragraph = paragraphs
            .get(source.paragraph as usize - 1)
            .unwrap_or_else(|| {
                panic!(
                    "{id} names paragraph {}, past the article's end",
                    source.paragraph
                )
            });
        assert!(
            paragraph.contains(&normalise(&source.excerpt)),
            "{id}: \"{}\" is not in paragraph {}: {paragraph}",
            source.excerpt,
            source.paragraph
        );
    }
}

#[test]
fn each_quote_sits_in_the_paragraph_its_source_names() {
    let paragraphs = paragraphs();
    for quote in &seed().quotes {
        let paragraph = &paragraphs[quote.source.as_ref().unwrap().paragraph as usize - 1];
        assert!(
            paragraph.contains(&normalise(&quote.text)),
            "quote {} is not in its paragraph",
            quote.id
        );
    }
}

#[test]
fn seed_dates_keep_the_article_precision() {
    let story = seed();
    let date_of = |id: &str| {
        story
            .event(&EventId::from(id))
            .and_then(|event| event.date)
            .expect("event is dated")
    };
    assert_eq!(date_of("taliban-takeover").in_words(), "August 2021");
    assert_eq!(date_of("gharwal-accredited").precision(), Precision::Month);
    assert_eq!(date_of("gharwal-accredited").in_words(), "March 2022");
    assert_eq!(
        date_of("gharwal-takes-over-mission").in_words(),
        "9 April 2022"
    );
    assert_eq!(date_of("article-published").in_words(), "18 April 2022");
    let undated: Vec<&str> = story
        .undated_events()
        .map(|event| event.id.as_str())
        .collect();
    assert_eq!(undated, ["war-in-ukraine", "heroin-ban-pledge"]);
}

#[test]
fn every_speaker_of_the_article_is_quoted_with_role_and_institute() {
    let story = seed();
    for (speaker, institute) in [
        ("caroline-rose", "new-lines-institute"),
        ("anatol-lieven", "quincy-institute"),
    ] {
        let actor = story.actor(&speaker.into()).expect("analyst is an actor");
        assert!(actor.role.is_some());
        assert_eq!(
            actor.affiliation.as_ref().map(|id| id.as_str()),
            Some(institute)
        );
        assert!(
            story
                .quotes
                .iter()
                .filter(|quote| quote.speaker.as_str() == speaker)
                .count()
                >= 3
        );
    }
}

#[test]
fn relations_hold_only_within_their_dates() {
    let story = seed();
    let relation = |id: &str| {
        story
            .relations
            .iter()
            .find(|relation| relation.id.as_str() == id)
            .expect("relation exists")
    };
    let day = |y, m, d| dateline_engine::model::date::days_from_civil(y, m, d);
    let engages = relation("russia-engages-taliban");
    assert!(
        !story.relation_holds_on(engages, day(2022, 2, 28)),
        "before its since date"
    );
    assert!(story.relation_holds_on(engages, day(2022, 3, 1)));
    let condemns = relation("us-condemns-russia");
    assert_eq!(
        story.relation_period(condemns),
        (Some(day(2022, 3, 1)), None),
        "starts with its earliest event"
    );
    let common_cause = relation("russia-china-common-cause");
    assert!(
        story.relation_holds_on(common_cause, day(1990, 1, 1)),
        "an undated relation always holds"
    );
}

#[test]
fn a_relation_after_its_until_date_no_longer_holds() {
    let text = r#"{"version": 1, "meta": {"title": "T", "source": {"name": "P"}},
        "actors": [{"id": "a", "name": "A", "kind": "state"}, {"id": "b", "name": "B", "kind": "state"}],
        "relations": [{"id": "r", "from": "a", "to": "b", "kind": "allied_with", "stance": "cooperative", "label": "allies",
                       "since": "1941-06", "until": "1945-05"}]}"#;
    let story = parse_story(text).unwrap().story;
    let relation = &story.relations[0];
    let day = |y, m, d| dateline_engine::model::date::days_from_civil(y, m, d);
    assert!(!story.relation_holds_on(relation, day(1941, 5, 31)));
    assert!(
        story.relation_holds_on(relation, day(1945, 5, 31)),
        "until includes its whole month"
    );
    assert!(!story.relation_holds_on(relation, day(1945, 6, 1)));
}
