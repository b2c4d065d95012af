//! The story format's checks, one fixture per kind of problem: what is
//! reported, where, and what is kept.

use dateline_engine::model::validate::{
    image_address_problem, MAX_ITEMS_PER_INNER_LIST, MAX_ITEMS_PER_LIST, MAX_PROBLEMS_KEPT,
    MAX_STORY_BYTES,
};
use dateline_engine::model::{
    parse_story, parse_story_with, CheckedStory, PicturePaths, Severity, StoryError,
};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/{name}",
        concat!(env!("CARGO_MANIFEST_DIR"), "/../..")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

fn checked(name: &str) -> CheckedStory {
    parse_story(&fixture(name))
        .unwrap_or_else(|error| panic!("{name} should be read as a story: {error}"))
}

/// Asserts a problem of `severity` at exactly `path` whose message contains `words`.
fn assert_problem(checked: &CheckedStory, severity: Severity, path: &str, words: &str) {
    assert!(
        checked
            .problems
            .iter()
            .any(|problem| problem.severity == severity
                && problem.path == path
                && problem.message.contains(words)),
        "expected a {severity:?} at {path} mentioning {words:?}; got:\n{}",
        checked
            .problems
            .iter()
            .map(|problem| format!("  {problem}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

fn ids<'a>(items: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    items.into_iter().collect()
}

#[test]
fn minimal_story_reads_cleanly() {
    let checked = checked("minimal.json");
    assert_eq!(checked.problems, []);
    assert_eq!(checked.story.events.len(), 1);
    assert_eq!(
        checked.story.meta.language, "en",
        "language defaults to English"
    );
}

#[test]
fn syntax_errors_give_line_and_column() {
    let error = parse_story(&fixture("bad/syntax-error.json")).unwrap_err();
    assert_eq!(
        error,
        StoryError::Syntax {
            line: 4,
            column: 3,
            message: "expected `,` or `}`".to_owned()
        }
    );
    assert_eq!(
        error.to_string(),
        "the story file is not valid JSON: expected `,` or `}` at line 4, column 3"
    );
}

#[test]
fn files_that_are_not_version_1_stories_are_refused_whole() {
    let error = parse_story(&fixture("bad/wrong-version.json")).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("this story says version 2, but Dateline reads version 1"),
        "{error}"
    );
    let error = parse_story(&fixture("bad/not-an-object.json")).unwrap_err();
    assert!(
        error.to_string().contains("must be a JSON object"),
        "{error}"
    );
    let error = parse_story("{}").unwrap_err();
    assert!(error.to_string().contains("version: missing"), "{error}");
}

#[test]
fn type_errors_and_unknown_values_name_their_json_path() {
    let checked = checked("bad/type-errors.json");
    assert_problem(
        &checked,
        Severity::Error,
        "actors[0].kind",
        "unknown variant `country`, expected one of `person`, `state`",
    );
    assert_problem(
        &checked,
        Severity::Error,
        "events[0].title",
        "invalid type: integer `42`, expected a string",
    );
    assert_problem(
        &checked,
        Severity::Error,
        "events[1].actors",
        "expected a sequence",
    );
    assert_problem(
        &checked,
        Severity::Warning,
        "events[2].titel",
        "unknown field",
    );
    assert_problem(&checked, Severity::Error, "quotes", "expected a list");
    assert_eq!(
        ids(checked.story.actors.iter().map(|a| a.id.as_str())),
        ["china"]
    );
    assert_eq!(
        ids(checked.story.events.iter().map(|e| e.id.as_str())),
        ["kept"]
    );
}

#[test]
fn dangling_references_are_reported_by_id() {
    let checked = checked("bad/dangling-ids.json");
    assert_problem(
        &checked,
        Severity::Warning,
        "actors[0].affiliation",
        "\"nato\" is not another actor's id",
    );
    assert_problem(
        &checked,
        Severity::Warning,
        "events[0].actors[1]",
        "\"talibn\" is not the id of an actor",
    );
    assert_problem(
        &checked,
        Severity::Warning,
        "events[0].quotes[0]",
        "\"no-such-quote\"",
    );
    assert_problem(
        &checked,
        Severity::Error,
        "relations[0].to",
        "\"taliban\" is not the id of an actor",
    );
    assert_problem(
        &checked,
        Severity::Error,
        "quotes[0].speaker",
        "\"nobody\" is not the id of an actor",
    );
    assert_problem(
        &checked,
        Severity::Warning,
        "quotes[1].event",
        "\"no-such-event\"",
    );
    let story = &checked.story;
    assert_eq!(
        ids(story.events[0].actors.iter().map(|a| a.as_str())),
        ["russia"],
        "the valid reference is kept"
    );
    assert!(story.relations.is_empty());
    assert_eq!(ids(story.quotes.iter().map(|q| q.id.as_str())), ["rose"]);
    assert_eq!(story.quotes[0].event, None);
}

#[test]
fn duplicate_ids_keep_the_first_item() {
    let checked = checked("bad/duplicate-ids.json");
    assert_problem(
        &checked,
        Severity::Error,
        "actors[1].id",
        "\"russia\" is already the id of another actor",
    );
    assert_problem(
        &checked,
        Severity::Error,
        "events[1].id",
        "\"takeover\" is already the id of another event",
    );
    assert_eq!(checked.story.actors[0].name, "Russia");
    assert_eq!(checked.story.events.len(), 1);
    assert_eq!(checked.story.events[0].title, "First");
}

#[test]
fn invalid_dates_say_what_is_wrong_and_what_was_expected() {
    let checked = checked("bad/invalid-dates.json");
    assert_problem(
        &checked,
        Severity::Error,
        "meta.published",
        "\"18 April 2022\" is not a valid date",
    );
    assert_problem(
        &checked,
        Severity::Error,
        "events[0].date",
        "month 13 is not between 01 and 12",
    );
    assert_problem(
        &checked,
        Severity::Error,
        "events[1].date",
        "February 2022 has 28 days",
    );
    assert_problem(
        &checked,
        Severity::Error,
        "events[2].date",
        "expected a year (2021), a month (2022-03) or a day (2022-04-09)",
    );
    assert_problem(
        &checked,
        Severity::Error,
        "events[3].date",
        "a reported event needs a date",
    );
    assert_problem(
        &checked,
        Severity::Error,
        "events[4].end",
        "March 2022 is before the start, 9 April 2022",
    );
    let kept = &checked.story.events;
    assert_eq!(kept.len(), 1);
    assert_eq!(
        dateline_engine::i18n::Locale::new("en").event_date(&kept[0]),
        "around 15 March 44 BCE"
    );
}

#[test]
fn empty_required_text_is_an_error() {
    let checked = checked("bad/empty-text.json");
    assert_problem(&checked, Severity::Error, "meta.title", "is empty");
    assert_problem(
        &checked,
        Severity::Error,
        "actors[0].id",
        "is empty; every actor needs an id",
    );
    assert_problem(&checked, Severity::Error, "actors[1].name", "is empty");
    assert_problem(&checked, Severity::Error, "events[0].title", "is empty");
    assert_problem(&checked, Severity::Error, "quotes[0].text", "is empty");
    assert_eq!(
        ids(checked.story.actors.iter().map(|a| a.id.as_str())),
        ["rose"]
    );
    assert!(checked.story.events.is_empty() && checked.story.quotes.is_empty());
}

#[test]
fn a_quote_from_a_state_is_kept_with_a_warning() {
    let checked = checked("bad/speaker-not-a-person.json");
    assert_problem(
        &checked,
        Severity::Warning,
        "quotes[0].speaker",
        "\"russia\" is a state; quotes are usually spoken by a person or a group",
    );
    assert_eq!(checked.count(Severity::Error), 0);
    assert_eq!(checked.story.quotes.len(), 1);
}

#[test]
fn hostile_text_is_kept_as_text_and_script_urls_are_dropped() {
    let checked = checked("hostile.json");
    assert_problem(
        &checked,
        Severity::Warning,
        "meta.source.url",
        "is not an http or https address",
    );
    assert_eq!(checked.story.meta.source.url, None);
    assert!(
        checked.story.meta.title.starts_with("<script>"),
        "text is kept verbatim; the view escapes it"
    );
    assert_eq!(checked.story.events.len(), 3);
    assert_eq!(
        checked.story.events[1]
            .summary
            .as_ref()
            .map(|s| s.chars().count()),
        Some(10_000)
    );
}

#[test]
fn the_large_story_reads_without_problems() {
    let checked = checked("large.json");
    assert_eq!(checked.problems, []);
    assert_eq!(checked.story.events.len(), 2000);
    let ordered = checked.story.events_in_time_order();
    assert!(ordered.windows(2).all(|pair| pair[0].date <= pair[1].date));
}

#[test]
fn oversized_files_are_refused_before_parsing() {
    let padding = " ".repeat(MAX_STORY_BYTES);
    let error = parse_story(&format!("{{\"version\": 1{padding}}}")).unwrap_err();
    assert!(matches!(error, StoryError::TooLarge { .. }));
    assert!(
        error
            .to_string()
            .contains("Dateline reads story files of up to 5 MB"),
        "{error}"
    );
}

#[test]
fn lists_over_the_item_limit_are_refused() {
    let events: Vec<String> = (0..=MAX_ITEMS_PER_LIST)
        .map(|i| format!("{{\"id\":\"e{i}\"}}"))
        .collect();
    let text = format!("{{\"version\": 1, \"events\": [{}]}}", events.join(","));
    let error = parse_story(&text).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("the story has 10001 events; Dateline reads at most 10000"),
        "{error}"
    );
}

#[test]
fn every_problem_is_reported_at_once_in_file_order() {
    let checked = checked("bad/invalid-dates.json");
    let event_paths: Vec<&str> = checked
        .problems
        .iter()
        .map(|p| p.path.as_str())
        .filter(|p| p.starts_with("events"))
        .collect();
    assert_eq!(
        event_paths,
        [
            "events[0].date",
            "events[1].date",
            "events[2].date",
            "events[3].date",
            "events[4].end"
        ]
    );
}

/// A version 1 story whose meta has a title, a publication date, `source`
/// and `extra` fields, and the given lists, all as JSON.
fn story_with(meta: (&str, &str), actors: &str, events: &str, relations: &str) -> CheckedStory {
    let (source, extra) = meta;
    let text = format!(
        r#"{{"version": 1,
            "meta": {{"title": "T", "source": {source}, "published": "2022-04-18"{extra}}},
            "actors": [{actors}], "events": [{events}], "relations": [{relations}]}}"#
    );
    parse_story(&text).unwrap_or_else(|error| panic!("should be read as a story: {error}"))
}

fn source() -> &'static str {
    r#""source": {"paragraph": 1, "excerpt": "x"}"#
}

/// A publication without an address.
const PUBLICATION: &str = r#"{"name": "S"}"#;

/// `count` actors `a0`, `a1`, … as JSON list items.
fn actors_json(count: usize) -> String {
    (0..count)
        .map(|i| {
            format!(
                r#"{{"id": "a{i}", "name": "A{i}", "kind": "state", {}}}"#,
                source()
            )
        })
        .collect::<Vec<_>>()
        .join(",")
}

fn quoted(items: impl IntoIterator<Item = String>) -> String {
    items
        .into_iter()
        .map(|item| format!("\"{item}\""))
        .collect::<Vec<_>>()
        .join(",")
}

#[test]
fn lists_inside_items_keep_their_first_entries_with_one_warning_for_the_rest() {
    let n = MAX_ITEMS_PER_INNER_LIST;
    let event = format!(
        r#"{{"id": "e0", "date": "2022", "title": "E", "kind": "reported", {}, "actors": [{}]}}"#,
        source(),
        quoted((0..n + 50).map(|i| format!("a{i}")))
    );
    let events: Vec<String> = std::iter::once(event)
        .chain((1..n + 30).map(|i| {
            format!(
                r#"{{"id": "e{i}", "date": "2022", "title": "E", "kind": "reported", {}}}"#,
                source()
            )
        }))
        .collect();
    let relation = format!(
        r#"{{"id": "r", "from": "a0", "to": "a1", "kind": "engages", "stance": "neutral", "label": "L", {}, "events": [{}]}}"#,
        source(),
        quoted((0..n + 30).map(|i| format!("e{i}")))
    );
    let aliases = quoted((0..n + 7).map(|i| format!("alias {i}")));
    let actors = format!(
        r#"{},{{"id": "many-names", "name": "M", "kind": "person", {}, "aliases": [{aliases}]}}"#,
        actors_json(n + 50),
        source()
    );
    let authors = format!(
        r#", "authors": [{}]"#,
        quoted((0..n + 1).map(|i| format!("Author {i}")))
    );
    let checked = story_with(
        (PUBLICATION, &authors),
        &actors,
        &events.join(","),
        &relation,
    );

    let story = &checked.story;
    assert_eq!(story.events[0].actors.len(), n);
    assert_eq!(
        story.events[0].actors[n - 1].as_str(),
        format!("a{}", n - 1)
    );
    assert_eq!(story.relations[0].events.len(), n);
    assert_eq!(story.actors[n + 50].aliases.len(), n);
    assert_eq!(story.meta.authors.len(), n);
    assert_problem(
        &checked,
        Severity::Warning,
        "events[0].actors",
        "50 more actors after the first 100 were left out",
    );
    assert_problem(
        &checked,
        Severity::Warning,
        "relations[0].events",
        "30 more events after the first 100",
    );
    assert_problem(
        &checked,
        Severity::Warning,
        &format!("actors[{}].aliases", n + 50),
        "7 more aliases",
    );
    assert_problem(
        &checked,
        Severity::Warning,
        "meta.authors",
        "1 more authors",
    );
    assert_eq!(
        checked.problems.len(),
        4,
        "one warning per list: {:?}",
        checked.problems
    );
}

#[test]
fn repeated_references_are_left_out_with_a_warning_each() {
    let events = format!(
        r#"{{"id": "e", "date": "2022", "title": "E", "kind": "reported", {}, "actors": ["a0", "a1", "a0", "nope", "a1", "a0"]}},
           {{"id": "f", "date": "2022", "title": "F", "kind": "reported", {}}}"#,
        source(),
        source()
    );
    let relation = format!(
        r#"{{"id": "r", "from": "a0", "to": "a1", "kind": "engages", "stance": "neutral", "label": "L", {}, "events": ["f", "e", "f"]}}"#,
        source()
    );
    let checked = story_with((PUBLICATION, ""), &actors_json(2), &events, &relation);
    let ids = |list: &[dateline_engine::model::ActorId]| {
        list.iter().map(|id| id.to_string()).collect::<Vec<_>>()
    };
    assert_eq!(ids(&checked.story.events[0].actors), ["a0", "a1"]);
    let events: Vec<&str> = checked.story.relations[0]
        .events
        .iter()
        .map(|id| id.as_str())
        .collect();
    assert_eq!(events, ["f", "e"]);
    assert_problem(
        &checked,
        Severity::Warning,
        "events[0].actors[2]",
        "\"a0\" is already listed at [0]; the repeat was left out",
    );
    assert_problem(
        &checked,
        Severity::Warning,
        "events[0].actors[3]",
        "\"nope\" is not the id of an actor",
    );
    assert_problem(
        &checked,
        Severity::Warning,
        "events[0].actors[4]",
        "\"a1\" is already listed at [1]",
    );
    assert_problem(
        &checked,
        Severity::Warning,
        "events[0].actors[5]",
        "\"a0\" is already listed at [0]",
    );
    assert_problem(
        &checked,
        Severity::Warning,
        "relations[0].events[2]",
        "\"f\" is already listed at [0]",
    );
    assert_eq!(checked.problems.len(), 5);
}

#[test]
fn only_the_first_problems_are_kept_and_the_rest_are_counted() {
    let references = 300_000;
    let event = format!(
        r#"{{"id": "crowded", "date": "2022-04-09", "title": "E", "kind": "reported", {}, "actors": ["a0", {}]}}"#,
        source(),
        quoted((0..references).map(|i| format!("nope{i}")))
    );
    let relation = format!(
        r#"{{"id": "r", "from": "nowhere", "to": "a0", "kind": "engages", "stance": "neutral", "label": "L", {}}}"#,
        source()
    );
    let checked = story_with((PUBLICATION, ""), &actors_json(1), &event, &relation);
    assert_eq!(checked.problems.len(), MAX_PROBLEMS_KEPT);
    assert_eq!(checked.problems[0].path, "events[0].actors[1]");
    assert_eq!(
        checked.problems[MAX_PROBLEMS_KEPT - 1].path,
        format!("events[0].actors[{MAX_PROBLEMS_KEPT}]")
    );
    assert_eq!(checked.more_problems(), references - MAX_PROBLEMS_KEPT + 1);
    assert_eq!(
        checked.left_off.errors, 1,
        "the relation's error, found after the kept ones, is counted"
    );
    assert_eq!(checked.count(Severity::Warning), references);
    assert_eq!(checked.count(Severity::Error), 1);
    assert_eq!(checked.story.events.len(), 1);
    let kept: Vec<&str> = checked.story.events[0]
        .actors
        .iter()
        .map(|id| id.as_str())
        .collect();
    assert_eq!(kept, ["a0"]);
}

#[test]
fn the_source_address_must_be_an_absolute_http_address_with_a_host() {
    let with_url = |url: &str| {
        let publication = format!(r#"{{"name": "S", "url": {url:?}}}"#);
        story_with((&publication, ""), "", "", "")
    };
    for good in [
        "https://www.newarab.com/analysis/a-b?x=1#c",
        "http://127.0.0.1:8080/story",
    ] {
        let checked = with_url(good);
        assert_eq!(
            checked.story.meta.source.url.as_deref(),
            Some(good),
            "{:?}",
            checked.problems
        );
    }
    for (bad, why) in [
        (" https://example.org/", "space"),
        ("https://", "no host"),
        ("https:/example.org", "no host"),
        ("example.org/story", "no scheme"),
        ("javascript:alert(1)", "scheme is javascript:"),
        ("https://example.org@evil.example/", "user name or password"),
        ("https://exa mple.org", "space"),
        ("https://example.org:99999/", "port"),
    ] {
        let checked = with_url(bad);
        assert_eq!(checked.story.meta.source.url, None, "{bad} was kept");
        assert_problem(&checked, Severity::Warning, "meta.source.url", why);
    }
}

#[test]
fn a_bad_image_is_left_out_with_its_path_and_its_item_is_kept() {
    let checked = checked("bad/images.json");
    let story = &checked.story;
    assert_eq!(
        story.events.len(),
        6,
        "every event is kept: {:?}",
        checked.problems
    );
    assert!(story.events.iter().all(|event| event.image.is_none()));
    assert_problem(
        &checked,
        Severity::Error,
        "events[0].image.alt",
        "missing; describe what the picture shows",
    );
    assert_problem(
        &checked,
        Severity::Error,
        "events[1].image.url",
        "https only",
    );
    assert_problem(
        &checked,
        Severity::Error,
        "events[2].image.url",
        "scheme is javascript:",
    );
    assert_problem(&checked, Severity::Error, "events[3].image.alt", "is empty");
    assert_problem(
        &checked,
        Severity::Error,
        "events[4].image",
        "found a string",
    );
    assert_problem(
        &checked,
        Severity::Error,
        "events[5].image.alt",
        "invalid type",
    );
}

#[test]
fn a_good_image_is_kept_and_one_without_a_credit_is_a_warning() {
    let checked = checked("bad/images.json");
    let council = checked
        .story
        .actor(&"city-council".into())
        .and_then(|actor| actor.image.clone());
    let council = council.expect("the council's image is kept");
    assert_eq!(council.url, "https://images.example.org/council.jpg");
    assert_eq!(council.credit.as_deref(), Some("Photo: The Coastal Herald"));
    assert_problem(
        &checked,
        Severity::Warning,
        "actors[0].image.size",
        "unknown field",
    );
    let mayor = checked
        .story
        .actor(&"mayor".into())
        .and_then(|actor| actor.image.clone());
    assert_eq!(
        mayor.map(|image| image.url).as_deref(),
        Some("images/ruiz.jpg"),
        "a relative path is kept"
    );
    assert_problem(
        &checked,
        Severity::Warning,
        "actors[1].image.credit",
        "who took or owns the picture",
    );
}

/// What is wrong with a picture's `url` in a story file (whose pictures may be paths).
fn picture_problem(url: &str) -> Option<String> {
    image_address_problem(url, PicturePaths::InFolder)
}

/// Addresses of pictures a reader's browser must never be sent to: its own
/// computer and networks, in the spellings a browser reads as such (and a
/// public IP address: a picture's host is a name).
const REFUSED_PICTURES: [&str; 30] = [
    "https://127.0.0.1/logo.png",
    "https://127.1.2.3/logo.png",
    "https://[::1]/logo.png",
    "https://[::]/logo.png",
    "https://0.0.0.0/logo.png",
    "https://10.0.0.1/logo.png",
    "https://172.16.5.4/logo.png",
    "https://192.168.0.1:8443/logo.png",
    "https://169.254.169.254/latest/meta-data",
    "https://100.64.0.1/logo.png",
    "https://[fd12:3456::1]/logo.png",
    "https://[fe80::1]/logo.png",
    "https://[::ffff:127.0.0.1]/logo.png",
    "https://[::ffff:7f00:1]/logo.png",
    "https://localhost/logo.png",
    "https://LOCALHOST./logo.png",
    "https://admin.localhost/logo.png",
    // Spellings a browser's URL parser reads as 127.0.0.1 or 0.0.0.0.
    "https://2130706433/logo.png",
    "https://0x7f.1/logo.png",
    "https://0x7f000001/logo.png",
    "https://0177.0.0.1/logo.png",
    "https://127.1/logo.png",
    "https://127.0.1/logo.png",
    "https://0/logo.png",
    "https://127.0.0.1./logo.png",
    // Letters and digits a browser maps to ASCII ones.
    "https://１２７.０.０.１/logo.png",
    "https://127.0.0.１/logo.png",
    "https://ｌｏｃａｌｈｏｓｔ/logo.png",
    "https://[0:0:0:0:0:ffff:a00:1]/logo.png",
    "https://8.8.8.8/logo.png",
];

#[test]
fn pictures_on_this_computer_or_its_networks_are_refused_and_their_items_kept() {
    for url in REFUSED_PICTURES {
        assert!(picture_problem(url).is_some(), "{url} should be refused");
    }
    let checked = story_with(
        (PUBLICATION, ""),
        "",
        r#"{"id": "e", "date": "2024-01-02", "title": "E", "kind": "reported",
            "image": {"url": "https://127.0.0.1/account/logout?confirm=1", "alt": "x", "credit": "y"}}"#,
        "",
    );
    assert_eq!(checked.story.events.len(), 1, "the event is kept");
    assert!(checked.story.events[0].image.is_none());
    assert_problem(
        &checked,
        Severity::Error,
        "events[0].image.url",
        "points at an IP address, which may be the reader's own computer or network",
    );
}

#[test]
fn pictures_on_public_hosts_are_kept() {
    for url in [
        "https://images.example.org/bridge.jpg",
        "https://images.example.org:8443/bridge.jpg",
        "https://xn--bcher-kva.example/bridge.jpg",
        "https://localhost.example.org/bridge.jpg",
    ] {
        assert_eq!(picture_problem(url), None, "{url}");
    }
}

/// Random picture addresses and paths against a reference reading of them as a
/// browser reads them (proptest's random source does not build for wasm32).
#[cfg(not(target_arch = "wasm32"))]
mod picture_addresses {
    use super::*;
    use proptest::prelude::*;

    /// The IPv4 ranges no picture may come from, as (network, prefix length):
    /// written apart from the widget's own table, as the test's reference.
    const REFUSED_IPV4: [(u32, u32); 7] = [
        (0x0000_0000, 8),  // 0.0.0.0/8
        (0x0a00_0000, 8),  // 10.0.0.0/8
        (0x6440_0000, 10), // 100.64.0.0/10
        (0x7f00_0000, 8),  // 127.0.0.0/8
        (0xa9fe_0000, 16), // 169.254.0.0/16
        (0xac10_0000, 12), // 172.16.0.0/12
        (0xc0a8_0000, 16), // 192.168.0.0/16
    ];

    fn refused_ipv4(address: u32) -> bool {
        REFUSED_IPV4
            .iter()
            .any(|&(network, length)| address >> (32 - length) == network >> (32 - length))
    }

    fn refused_ipv6(address: std::net::Ipv6Addr) -> bool {
        let bits = u128::from(address);
        bits >> 32 == 0xffff // IPv4-mapped
            || bits <= 1 // :: and ::1
            || bits >> 121 == 0xfc >> 1 // fc00::/7
            || bits >> 118 == 0xfe80 >> 6 // fe80::/10
    }

    /// A number of the WHATWG URL standard's IPv4 parser: decimal, `0x` hex or
    /// `0` octal; `None` when it is not one.
    fn ipv4_number(text: &str) -> Option<u128> {
        if text.is_empty() {
            return None;
        }
        let (digits, radix) = if let Some(hex) = text.strip_prefix("0x").or(text.strip_prefix("0X"))
        {
            (hex, 16)
        } else if text.len() > 1 && text.starts_with('0') {
            (&text[1..], 8)
        } else {
            (text, 10)
        };
        if digits.is_empty() {
            return Some(0);
        }
        if !digits.chars().all(|c| c.is_digit(radix)) {
            return None;
        }
        // Long numbers are only ever too large: cap them rather than overflow.
        Some(u128::from_str_radix(&digits[..digits.len().min(30)], radix).unwrap_or(u128::MAX))
    }

    /// The IPv4 address a browser reads `host` as (the WHATWG URL standard's
    /// "ends in a number" check and IPv4 parser), if it reads it as one.
    fn browser_ipv4(host: &str) -> Option<u32> {
        let mut parts: Vec<&str> = host.split('.').collect();
        if parts.len() > 1 && parts.last() == Some(&"") {
            parts.pop();
        }
        let last = parts.last()?;
        let ends_in_number = (!last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()))
            || ipv4_number(last).is_some();
        if !ends_in_number || parts.len() > 4 {
            return None;
        }
        let numbers: Vec<u128> = parts
            .iter()
            .map(|part| ipv4_number(part))
            .collect::<Option<_>>()?;
        let (last, front) = numbers.split_last()?;
        if front.iter().any(|&number| number > 255)
            || *last >= 256u128.pow(5 - numbers.len() as u32)
        {
            return None;
        }
        let front = front
            .iter()
            .enumerate()
            .map(|(index, &number)| number << (8 * (3 - index)))
            .sum::<u128>();
        u32::try_from(front + last).ok()
    }

    /// The host of an https `url` as a browser reads it: an IP address, or
    /// a name (ASCII hosts only; others are refused outright).
    fn browser_host(url: &str) -> Option<Result<std::net::IpAddr, String>> {
        let rest = url
            .get(..8)
            .filter(|scheme| scheme.eq_ignore_ascii_case("https://"))
            .map(|_| &url[8..])?;
        let authority = &rest[..rest.find(['/', '?', '#', '\\']).unwrap_or(rest.len())];
        let host_and_port = authority.rsplit('@').next().unwrap_or(authority);
        if let Some(inner) = host_and_port.strip_prefix('[') {
            let inner = &inner[..inner.find(']').unwrap_or(inner.len())];
            return inner.parse().ok().map(Ok);
        }
        let host = host_and_port.split(':').next().unwrap_or_default();
        Some(match browser_ipv4(host) {
            Some(address) => Ok(std::net::Ipv4Addr::from(address).into()),
            None => Err(host.to_ascii_lowercase()),
        })
    }

    /// Whether a browser would send a request for `url` to a refused address.
    fn browser_reaches_refused_address(url: &str) -> bool {
        match browser_host(url) {
            Some(Ok(std::net::IpAddr::V4(address))) => refused_ipv4(address.into()),
            Some(Ok(std::net::IpAddr::V6(address))) => refused_ipv6(address),
            Some(Err(name)) => {
                let name = name.strip_suffix('.').unwrap_or(&name);
                name == "localhost" || name.ends_with(".localhost")
            }
            None => false,
        }
    }

    #[test]
    fn the_reference_reads_hosts_as_browsers_do() {
        for url in REFUSED_PICTURES
            .iter()
            .filter(|url| url.is_ascii() && !url.contains("8.8.8.8"))
        {
            assert!(browser_reaches_refused_address(url), "{url}");
        }
        assert!(matches!(browser_host("https://8.8.8.8/a.png"), Some(Ok(_))));
        assert_eq!(browser_ipv4("0x7f.1"), Some(0x7f00_0001));
        assert_eq!(browser_ipv4("192.168.257"), Some(0xc0a8_0101));
        assert_eq!(browser_ipv4("0xg.1.2.3"), None);
        assert_eq!(browser_ipv4("example.org"), None);
        assert!(!browser_reaches_refused_address("https://8.8.8.8/a.png"));
    }

    /// The path segments a browser requests for `path` read in the folder
    /// `/<folder…>/`: `\\` is `/`, and `.` and `..` segments (also written
    /// `%2e`) are removed; then, as a server may, `%2f` and `%5c` are read as
    /// `/`, and `..` segments climb again.
    fn browser_path(folder: &[&str], path: &str) -> Vec<String> {
        let mut resolved: Vec<String> =
            folder.iter().map(|segment| (*segment).to_owned()).collect();
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let path = path.replace('\\', "/");
        let path = path.strip_prefix('/').map_or(path.as_str(), |rooted| {
            resolved.clear();
            rooted
        });
        let decoded = path
            .to_ascii_lowercase()
            .replace("%2e", ".")
            .replace("%2f", "/")
            .replace("%5c", "/");
        for segment in decoded.split('/') {
            match segment {
                "." | "" => {}
                ".." => {
                    resolved.pop();
                }
                other => resolved.push(other.to_owned()),
            }
        }
        resolved
    }

    /// An IPv4 address as a browser would read it, in one of its spellings:
    /// `parts` numbers (the last holding the remaining bytes), each decimal,
    /// octal or hex.
    fn spell_ipv4(address: u32, parts: usize, radices: &[u8], trailing_dot: bool) -> String {
        let bytes = address.to_be_bytes();
        let mut numbers: Vec<u32> = bytes[..parts - 1].iter().map(|&b| u32::from(b)).collect();
        let rest = bytes[parts - 1..]
            .iter()
            .fold(0u32, |sum, &b| (sum << 8) | u32::from(b));
        numbers.push(rest);
        let mut text = numbers
            .iter()
            .zip(radices.iter().cycle())
            .map(|(&number, radix)| match radix % 4 {
                0 => format!("{number}"),
                1 => format!("0x{number:x}"),
                2 => format!("0X{number:X}"),
                _ => format!("0{number:o}"),
            })
            .collect::<Vec<_>>()
            .join(".");
        if trailing_dot {
            text.push('.');
        }
        text
    }

    fn any_ipv4() -> impl Strategy<Value = u32> {
        prop_oneof![
            any::<u32>(),
            (
                proptest::sample::select(REFUSED_IPV4.to_vec()),
                any::<u32>()
            )
                .prop_map(|((network, length), bits)| network | (bits >> length)),
        ]
    }

    fn any_ipv6() -> impl Strategy<Value = String> {
        let address = prop_oneof![
            any::<u128>(),
            any::<u32>().prop_map(|low| 0xffff_0000_0000 | u128::from(low)),
            any::<u32>().prop_map(u128::from),
            any::<u128>().prop_map(|bits| (0xfc00u128 << 112) | (bits >> 7)),
            any::<u128>().prop_map(|bits| (0xfe80u128 << 112) | (bits >> 10)),
        ]
        .prop_map(std::net::Ipv6Addr::from);
        (address, any::<bool>()).prop_map(|(address, dotted)| match address.to_ipv4_mapped() {
            Some(v4) if dotted => format!("[::ffff:{v4}]"),
            _ => format!("[{address}]"),
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn no_picture_host_that_is_an_ip_literal_in_a_refused_range_is_accepted(
            host in prop_oneof![
                (any_ipv4(), 1usize..=4, proptest::collection::vec(any::<u8>(), 4), any::<bool>())
                    .prop_map(|(address, parts, radices, dot)| spell_ipv4(address, parts, &radices, dot)),
                any_ipv6(),
                "[0-9a-fA-Fx.:\\[\\]lochst]{1,24}",
            ],
            port in proptest::option::of(1u16..),
            path in "(/[a-z.%0-9]{0,8}){0,3}",
        ) {
            let port = port.map(|port| format!(":{port}")).unwrap_or_default();
            let url = format!("https://{host}{port}{path}");
            if picture_problem(&url).is_none() {
                prop_assert!(!browser_reaches_refused_address(&url), "{url} was accepted");
            }
        }

        #[test]
        fn no_picture_path_that_is_kept_leaves_its_folder(
            segments in proptest::collection::vec(
                prop_oneof![
                    proptest::sample::select(vec![
                        "..", ".", "%2e", "%2E%2e", ".%2e", "%2e.", "a", "b.png", "%2f", "%5C",
                        "", "x%2F..", "?q", "#f", "\\", "...", "a..b",
                    ]).prop_map(str::to_owned),
                    "[a-z./%2eE5cCfF\\\\?#]{0,12}",
                ],
                1..6,
            ),
            rooted in any::<bool>(),
        ) {
            let path = format!("{}{}", if rooted { "/" } else { "" }, segments.join("/"));
            if picture_problem(&path).is_none() {
                let folder = ["stories", "2024"];
                prop_assert!(
                    browser_path(&folder, &path).starts_with(&folder.map(String::from)),
                    "{path} was kept but leaves the folder"
                );
            }
        }

        #[test]
        fn any_picture_address_is_answered_without_a_panic(url in any::<String>(), host in "\\PC{0,20}") {
            for paths in [PicturePaths::InFolder, PicturePaths::NoFolder] {
                for address in [url.clone(), format!("https://{host}/a.png"), format!("{host}/a.png")] {
                    let problem = image_address_problem(&address, paths);
                    prop_assert!(problem.as_ref().is_none_or(|problem| !problem.is_empty()), "{address:?}");
                    if address.trim().is_empty() {
                        prop_assert!(problem.is_some(), "an empty address is refused");
                    }
                }
            }
        }
    }
}

#[test]
fn a_picture_path_that_leaves_its_folder_is_refused_and_its_item_kept() {
    let checked = checked("pictures/refused.json");
    let story = &checked.story;
    assert_eq!(
        story.events.len(),
        7,
        "every event is kept: {:?}",
        checked.problems
    );
    for (index, words) in [
        (0, "leaves its folder"),
        (1, "leaves its folder"),
        (2, "leaves its folder"),
        (3, "has a query (?) or a fragment (#)"),
        (4, "points at an IP address"),
        (5, "points at an IP address"),
    ] {
        assert!(story.events[index].image.is_none(), "events[{index}]");
        assert_problem(
            &checked,
            Severity::Error,
            &format!("events[{index}].image.url"),
            words,
        );
    }
    assert_eq!(
        story.events[6]
            .image
            .as_ref()
            .map(|image| image.url.as_str()),
        Some("harbour-bridge.png"),
        "a path in the story file's folder is kept"
    );
    assert_eq!(checked.problems.len(), 6, "{:?}", checked.problems);
}

#[test]
fn pictures_given_as_paths_in_a_story_without_a_folder_are_refused() {
    let text = fixture("pictures/story.json");
    let checked = parse_story_with(&text, PicturePaths::NoFolder).unwrap();
    assert!(checked
        .story
        .events
        .iter()
        .all(|event| event.image.is_none()));
    assert_problem(
        &checked,
        Severity::Error,
        "actors[0].image.url",
        "is a path, but there is no folder to read it in",
    );
    let checked = parse_story_with(&text, PicturePaths::InFolder).unwrap();
    assert!(checked.problems.is_empty(), "{:?}", checked.problems);
}

/// Every story fixture written by `Story::to_json` reads back as the same
/// story, so the toolkit, which writes stories through it, loses nothing.
#[test]
fn a_story_written_out_reads_back_the_same() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(folder)
        .expect("the fixtures folder")
        .chain(std::fs::read_dir(format!("{folder}/living")).expect("the living stories"))
        .map(|entry| entry.expect("a folder entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.push(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../static/stories/russia-taliban-2022.json"
        )
        .into(),
    );
    let mut written = 0;
    for path in files {
        let text = std::fs::read_to_string(&path).expect("a fixture");
        let Ok(checked) = dateline_engine::model::parse_story(&text) else {
            continue;
        };
        let json = checked.story.to_json();
        let again = dateline_engine::model::parse_story(&json)
            .unwrap_or_else(|error| panic!("{}: {error}\n{json}", path.display()));
        assert_eq!(again.story, checked.story, "{}", path.display());
        assert!(
            json.starts_with("{\n  \"version\": 1,\n  \"meta\": {"),
            "{}",
            path.display()
        );
        assert!(!json.contains(": null"), "{}", path.display());
        written += 1;
    }
    assert!(written >= 15, "only {written} fixtures were read");
}
