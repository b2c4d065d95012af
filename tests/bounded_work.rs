//! The `dateline` commands do work in proportion to their input (n log n at
//! most), so that a large or hostile file is read in a second or two, not
//! minutes; their output is well-formed whatever the story's text holds; and
//! a PNG is refused, before it is drawn, when it would be too large.
//!
//! Each slow case is a large input the commands once took seconds to
//! minutes over; each test runs it on a worker thread and fails when it
//! takes more than a bound set about ten times above what the work takes
//! now in a debug build, so a busy machine does not fail it but the old
//! quadratic or cubic work does. Then properties over random large inputs:
//! no panic, well-formed SVG, unique ids, imported text without tags.
//! Native only.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/command.rs"]
mod command;
#[path = "bench/inputs.rs"]
mod inputs;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use dateline_engine::model::{parse_story, Story};
use dateline_toolkit::draft::{draft_story, DraftOptions};
use dateline_toolkit::export::{self, ExportOptions, ExportView};
use dateline_toolkit::import::{import_timeline, plain_text};
use dateline_toolkit::{diff, report};
use proptest::prelude::*;
use serde_json::{json, Value};

use command::dateline;
use inputs::{
    article, crowded_article, json_string, story_json, story_with_problems, timeline_csv,
    timeline_json,
};

/// Runs `work` on a worker thread and returns what it returns, failing the
/// test if it takes longer than `limit` (the thread is then left behind).
fn within<T: Send + 'static>(
    limit: Duration,
    what: &str,
    work: impl FnOnce() -> T + Send + 'static,
) -> T {
    let (send, receive) = mpsc::channel();
    let started = Instant::now();
    std::thread::spawn(move || {
        let _ = send.send(work());
    });
    match receive.recv_timeout(limit) {
        Ok(value) => {
            eprintln!("{what}: {:?}", started.elapsed());
            value
        }
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("{what} took more than {limit:?}: its work grows faster than its input")
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            panic!("{what} panicked after {:?}", started.elapsed())
        }
    }
}

fn seconds(n: u64) -> Duration {
    Duration::from_secs(n)
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bounded-work-tests");
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir.join(name)
}

/// Each list's ids are unique.
fn assert_unique_ids(story: &Story) {
    let lists: [(&str, Vec<&str>); 4] = [
        (
            "actor",
            story.actors.iter().map(|item| item.id.as_str()).collect(),
        ),
        (
            "event",
            story.events.iter().map(|item| item.id.as_str()).collect(),
        ),
        (
            "relation",
            story
                .relations
                .iter()
                .map(|item| item.id.as_str())
                .collect(),
        ),
        (
            "quote",
            story.quotes.iter().map(|item| item.id.as_str()).collect(),
        ),
    ];
    for (kind, ids) in lists {
        let unique: HashSet<&str> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "{kind} ids repeat: {ids:?}");
    }
}

/// Whether the text holds a `<` that an HTML parser would read as the start
/// of a tag, an end tag, a comment or a declaration.
fn tag_like(text: &str) -> Option<&str> {
    text.match_indices('<')
        .map(|(at, _)| &text[at..])
        .find(|rest| {
            rest[1..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'))
        })
}

/// Parses an SVG with a strict XML parser, returning the reason it is not well-formed.
fn well_formed(svg: &str) -> Result<(), String> {
    roxmltree::Document::parse(svg)
        .map(|_| ())
        .map_err(|error| error.to_string())
}

// ---------------------------------------------------------------------------
// import

#[test]
fn four_thousand_events_sharing_a_headline_and_as_many_groups_import_in_linear_time() {
    // Each event's id was searched for among all before it, number by
    // number: cubic, 16 seconds in a release build.
    let mut timeline: Value =
        serde_json::from_str(&timeline_json(4_000, Some("Strike"), 4_000, ""))
            .expect("the timeline is JSON");
    timeline["events"][3]["unique_id"] = json!("strike-9");
    let text = timeline.to_string();
    let imported = within(seconds(3), "importing 4,000 events", move || {
        import_timeline(&text).expect("the timeline imports")
    });
    let story = &imported.story;
    assert_eq!(story.events.len(), 4_000);
    assert_eq!(story.actors.len(), 4_000);
    assert_unique_ids(story);
    assert_eq!(story.events[0].id.as_str(), "strike");
    assert_eq!(story.events[1].id.as_str(), "strike-2");
    assert_eq!(story.events[3].id.as_str(), "strike-9");
    assert_eq!(story.events[9].id.as_str(), "strike-10");
    assert_eq!(story.events[3_999].id.as_str(), "strike-4000");
}

#[test]
fn a_megabyte_of_script_tags_imports_in_linear_time() {
    // Each `<script>` lower-cased the whole rest of the text: 17 seconds.
    let field = "<script></script>".repeat(1 << 20 >> 4);
    let text = timeline_json(1, Some("Strike"), 0, &format!("{field}Talks resumed."));
    let imported = within(seconds(2), "importing 1 MB of script tags", move || {
        import_timeline(&text).expect("the timeline imports")
    });
    assert_eq!(
        imported.story.events[0].summary.as_deref(),
        Some("Talks resumed.")
    );
}

#[test]
fn entities_are_decoded_before_markup_is_stripped() {
    let timeline = json!({
        "title": {"text": {"headline": "&lt;!--&lt;script&gt;", "text": "&lt;p&gt;Ten &lt;b&gt;years&lt;/b&gt;&lt;/p&gt;"}},
        "events": [
            {"start_date": {"year": "2020"}, "text": {"headline": "5 &lt; 6 &amp;&amp; &lt;i&gt;7&lt;/i&gt; &gt; 3", "text": "&#60;img src=x onerror=alert(1)&#62;Rose &lt;3 spoke"}},
            {"start_date": {"year": "2021"}, "text": {"headline": "&lt;&lt;b&gt;script&gt;alert(1)", "text": "a &lt;!-- hidden --&gt; b"}}
        ]
    });
    let story = import_timeline(&timeline.to_string())
        .expect("the timeline imports")
        .story;
    assert_eq!(story.meta.title, "Untitled timeline");
    assert_eq!(story.meta.summary.as_deref(), Some("Ten years"));
    assert_eq!(story.events[0].title, "5 < 6 && 7 > 3");
    assert_eq!(story.events[0].summary.as_deref(), Some("Rose <3 spoke"));
    assert_eq!(story.events[1].title, "< script>alert(1)");
    assert_eq!(story.events[1].summary.as_deref(), Some("a b"));
    let json = story.to_json();
    let value: Value = serde_json::from_str(&json).expect("the story is JSON");
    for text in strings(&value) {
        assert_eq!(tag_like(&text), None, "{text:?}");
    }
}

/// Every string in a JSON value.
fn strings(value: &Value) -> Vec<String> {
    match value {
        Value::String(text) => vec![text.clone()],
        Value::Array(items) => items.iter().flat_map(strings).collect(),
        Value::Object(map) => map.values().flat_map(strings).collect(),
        _ => Vec::new(),
    }
}

#[test]
fn a_sheet_of_ten_thousand_groups_imports_in_linear_time() {
    // Each group was looked for among every actor made before it.
    let text = timeline_csv(10_000, Some("Strike"), 10_000);
    let imported = within(seconds(3), "importing 10,000 groups", move || {
        import_timeline(&text).expect("the sheet imports")
    });
    assert_eq!(imported.story.actors.len(), 10_000);
    assert_unique_ids(&imported.story);
}

// ---------------------------------------------------------------------------
// export

/// A story file whose text holds every character XML forbids, in every
/// place story text reaches the picture.
fn hostile_story() -> String {
    let bad =
        "A\u{FFFE}B\u{FFFF}C\u{1}D\u{8}E\u{B}F\u{C}G\u{1F}H\u{7F}I\u{85}J\tK\nL\rM<N>&O\"P'Q]]>R";
    let story = json!({
        "version": 1,
        "meta": {
            "title": format!("Title {bad}"),
            "summary": format!("Summary {bad}"),
            "source": {"name": format!("Herald {bad}"), "url": "https://example.org/\u{FFFE}"},
            "authors": [format!("Ann {bad}")],
            "published": "2024-03-14"
        },
        "actors": [
            {"id": "a", "name": format!("Actor {bad}"), "short_name": format!("A {bad}"), "role": format!("role {bad}"), "kind": "person"},
            {"id": "b", "name": format!("Bureau {bad}"), "kind": "organisation"}
        ],
        "events": [
            {"id": "e1", "date": "2024-03-12", "title": format!("Event {bad}"), "kind": "reported", "actors": ["a"]},
            {"id": "e2", "date": "2024-03-12", "title": format!("Same day {bad}"), "kind": "reported"},
            {"id": "e3", "date": "2024-03", "end": "2024-04", "title": format!("Span {bad}"), "kind": "context"},
            {"id": "e4", "title": format!("Undated {bad}"), "kind": "context"}
        ],
        "relations": [
            {"id": "r", "from": "a", "to": "b", "kind": "meets", "stance": "neutral", "label": format!("label {bad}")}
        ]
    });
    story.to_string()
}

#[test]
fn exports_are_well_formed_whatever_the_story_text_holds() {
    let checked = parse_story(&hostile_story()).expect("the story is read");
    assert_eq!(
        checked.count(dateline_engine::model::Severity::Error),
        0,
        "{:?}",
        checked.problems
    );
    for width in [360.0, 1200.0] {
        let options = ExportOptions {
            width,
            ..ExportOptions::default()
        };
        let svg = export::story_svg(&checked.story, &options);
        well_formed(&svg).unwrap_or_else(|error| panic!("{width} px: {error}\n{svg}"));
        assert!(
            svg.contains("Title AB"),
            "the text around a forbidden character stays"
        );
        let png = export::svg_to_png(&svg, 1.0).expect("the PNG is drawn");
        assert!(png.starts_with(b"\x89PNG"));
    }
}

#[test]
fn a_png_over_the_pixel_limit_is_refused_before_it_is_drawn() {
    let svg = |width: u32, height: u32| {
        format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"><rect width="10" height="10"/></svg>"#
        )
    };
    // 5,000 × 10,008 pixels: just over the limit of 50 million.
    let over = svg(625, 1251);
    let refused = within(seconds(5), "refusing a large PNG", move || {
        export::svg_to_png(&over, 8.0)
    })
    .expect_err("the PNG is too large");
    assert!(refused.contains("5000 × 10008 pixels"), "{refused}");
    assert!(refused.contains("(50,040,000 in all)"), "{refused}");
    assert!(
        refused.contains("over the limit of 50 million pixels"),
        "{refused}"
    );
    assert!(refused.contains("--scale"), "{refused}");
    // 800 × 800 pixels are drawn.
    let png = export::svg_to_png(&svg(100, 100), 8.0).expect("a small PNG is drawn");
    assert!(png.starts_with(b"\x89PNG"));
}

#[test]
fn the_command_refuses_a_png_over_the_limit_and_says_what_to_do() {
    let out = scratch("too-large.png");
    let _ = std::fs::remove_file(&out);
    let output = dateline(&[
        "export",
        "tests/fixtures/minimal.json",
        "--format",
        "png",
        "--width",
        "4000",
        "--scale",
        "8",
        "-o",
        out.to_str().expect("a UTF-8 path"),
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("32000 × "), "{stderr}");
    assert!(
        stderr.contains("over the limit of 50 million pixels"),
        "{stderr}"
    );
    assert!(stderr.contains("lower --scale or --width"), "{stderr}");
    assert!(!out.exists(), "nothing is written");
    let help = dateline(&["export", "--help"]);
    assert!(
        String::from_utf8_lossy(&help.stdout).contains("50 million pixels"),
        "the limit is in --help"
    );
}

#[test]
fn long_words_and_a_long_source_address_export_in_linear_time() {
    // A line was clipped one character at a time, measuring it whole each
    // time, and wrapped by measuring whole lines: quadratic, 12 to 30 s.
    let word = "w".repeat(20_000);
    let title = [word.as_str(); 6].join(" ");
    let url = format!("https://example.org/{}", "a".repeat(50_000));
    let story = json!({
        "version": 1,
        "meta": {"title": title, "summary": title, "source": {"name": "Herald", "url": url}},
        "events": [
            {"id": "e", "date": "2024-03-12", "title": title, "kind": "reported"},
            {"id": "u", "title": title, "kind": "context"}
        ]
    })
    .to_string();
    let svgs = within(seconds(2), "exporting long words", move || {
        let checked = parse_story(&story).expect("the story is read");
        [360.0, 1200.0].map(|width| {
            let options = ExportOptions {
                width,
                view: ExportView::Timeline,
                ..ExportOptions::default()
            };
            export::story_svg(&checked.story, &options)
        })
    });
    for svg in svgs {
        well_formed(&svg).expect("the SVG is well-formed");
        // The address is clipped to the picture's width.
        assert!(svg.contains("https://example.org/aaa"));
        assert!(!svg.contains(&"a".repeat(1_000)));
    }
}

// ---------------------------------------------------------------------------
// draft

#[test]
fn an_article_on_one_long_line_drafts_in_linear_time() {
    // Each word of a sentence was found by reading the sentence from its start.
    let words = [
        "Talks",
        "in",
        "Kestrel",
        "collapsed",
        "on",
        "Tuesday",
        "and",
        "Rose",
        "said",
        "so",
    ];
    let mut text = String::from("Headline\n\n");
    let mut random = inputs::Seeded::new(3);
    while text.len() < 200_000 {
        text.push_str(random.pick(&words));
        text.push(' ');
    }
    let drafted = within(seconds(3), "drafting 200 KB on one line", move || {
        draft_story(&text, &DraftOptions::default())
    });
    assert_unique_ids(&drafted.story);
}

#[test]
fn an_article_naming_thousands_of_people_in_cyrillic_drafts_in_linear_time() {
    // Names without a Latin letter all make ids from "item", and each was
    // found by trying item, item-2, … among all the actors before (cubic);
    // each name was also looked for among all the names before it, each
    // mention in a sentence among all the mentions, each event and
    // relation among all those drafted before it.
    let text = crowded_article(1_000);
    let drafted = within(seconds(10), "drafting 1,000 paragraphs", move || {
        draft_story(&text, &DraftOptions::default())
    });
    let story = &drafted.story;
    assert_eq!(story.actors.len(), 2_001, "the people, and the author");
    assert_eq!(story.actors[1_999].id.as_str(), "item-2000");
    assert_eq!(story.quotes.len(), 1_000);
    assert_eq!(story.relations.len(), 1_000);
    assert_eq!(
        story.events.len(),
        1_001,
        "a day a paragraph, and the publication"
    );
    assert_unique_ids(story);
}

// ---------------------------------------------------------------------------
// validate and diff

#[test]
fn validating_ten_thousand_events_with_problems_takes_little_more_than_reading_them() {
    // Each of the 200 problems listed was located by scanning the file from
    // its start: linear, but 200 times over, twelve times the reading. The
    // bound is relative to reading the file here, so the machine's speed
    // does not matter.
    let text = story_with_problems(10_000);
    let started = Instant::now();
    parse_story(&text).expect("the story is read");
    let reading = started.elapsed();
    let started = Instant::now();
    let report = within(reading * 20, "validating 10,000 events", move || {
        report::check_text("story.json", &text)
    });
    let checking = started.elapsed();
    assert!(
        checking < reading * 5 + Duration::from_millis(100),
        "validating took {checking:?}, reading {reading:?}"
    );
    assert_eq!(report.errors, 10_000);
    assert_eq!(report.problems.len() + report.not_listed, 10_001);
    let last = report.problems.last().expect("problems are listed");
    assert!(last.line > 1);
}

#[test]
fn diffing_twenty_thousand_events_is_linear() {
    // Each item was looked for among all the other version's items.
    let old = story_json(20_000, 0, None);
    let new = old.replace("0: ", "0 (changed): ");
    let changes = within(seconds(3), "diffing 20,000 events", move || {
        let old: Value = serde_json::from_str(&old).expect("JSON");
        let new: Value = serde_json::from_str(&new).expect("JSON");
        diff::diff_stories(&old, &new)
    });
    assert_eq!(changes.items.len(), 2_000);
}

#[test]
fn a_large_generated_story_is_valid() {
    let checked = parse_story(&story_json(1_000, 100, None)).expect("the story is read");
    assert_eq!(
        checked.count(dateline_engine::model::Severity::Error),
        0,
        "{:?}",
        checked.problems.first()
    );
    assert_eq!(checked.story.events.len(), 1_000);
    assert_eq!(json_string("a\"b"), r#""a\"b""#);
}

// ---------------------------------------------------------------------------
// Found by fuzzing (`bash scripts/bench.sh fuzz`), kept as cases.

#[test]
fn a_no_break_space_among_the_words_before_a_date_does_not_split_a_character() {
    // The excerpt went back over the words before the date one byte past
    // each space, inside a two-byte no-break space: a panic.
    let text = "Headline\n\n14 March 2024\n\nThe acceptance of Taliban diplomats in Moscow means that Russia broke with the\u{a0}West in March 2022.";
    let drafted = draft_story(text, &DraftOptions::default());
    let event = drafted
        .story
        .events
        .iter()
        .find(|event| event.date.map(|date| date.to_string()).as_deref() == Some("2022-03"))
        .expect("the date is drafted");
    let excerpt = &event.source.as_ref().expect("a source").excerpt;
    assert!(excerpt.contains("West in March 2022"), "{excerpt}");
}

#[test]
fn a_group_that_is_all_markup_makes_no_actor() {
    // It made an actor with an empty name, which the widget refuses.
    let timeline = json!({"events": [
        {"start_date": {"year": "2020"}, "text": {"headline": "Strike"}, "group": "<b></b>"},
        {"start_date": {"year": "2021"}, "text": {"headline": "Talks"}, "group": "&lt;i&gt; "}
    ]});
    let story = import_timeline(&timeline.to_string())
        .expect("the timeline imports")
        .story;
    assert!(story.actors.is_empty());
    assert!(story.events.iter().all(|event| event.actors.is_empty()));
    let checked = parse_story(&story.to_json()).expect("the story is read");
    assert_eq!(checked.count(dateline_engine::model::Severity::Error), 0);
}

#[test]
fn a_line_break_inside_a_string_is_reported_where_the_line_ends() {
    // The JSON reader puts it at column 0 of the next line.
    let report = report::check_text("story.json", "{\n \"version\": \"x\ny\"\n}");
    let problem = &report.problems[0];
    assert!(problem.message.contains("control character"), "{problem:?}");
    assert_eq!((problem.line, problem.column), (2, 15));
}

// ---------------------------------------------------------------------------
// Properties over random large inputs.

/// A piece of HTML: tags, comments, entities (of markup too), stray angle
/// brackets and text.
fn html_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<p>".to_owned()),
        Just("</p>".to_owned()),
        Just("<b>".to_owned()),
        Just("<script>".to_owned()),
        Just("</script>".to_owned()),
        Just("<STYLE>".to_owned()),
        Just("<!--".to_owned()),
        Just("-->".to_owned()),
        Just("<".to_owned()),
        Just(">".to_owned()),
        Just("&lt;".to_owned()),
        Just("&gt;".to_owned()),
        Just("&#60;".to_owned()),
        Just("&#x3c;".to_owned()),
        Just("&amp;".to_owned()),
        Just("&".to_owned()),
        Just("/".to_owned()),
        Just("!".to_owned()),
        Just("?".to_owned()),
        Just(" ".to_owned()),
        prop::sample::select(vec!["Talks", "a", "x1", "b", "script", "p"]).prop_map(str::to_owned),
        any::<char>().prop_map(String::from),
    ]
}

/// Up to `most` pieces of HTML.
fn html(most: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(html_piece(), 0..most).prop_map(|pieces| pieces.concat())
}

/// Text of any characters, forbidden ones in XML among them.
fn story_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            "\\PC{1,8}",
            Just("\u{FFFE}".to_owned()),
            Just("\u{FFFF}".to_owned()),
            Just("\u{0}".to_owned()),
            Just("\u{1B}".to_owned()),
            Just("]]>".to_owned()),
            Just("<&\"'>".to_owned()),
            Just(" ".to_owned()),
            Just("\u{D7FF}\u{E000}\u{10FFFF}".to_owned()),
        ],
        1..40,
    )
    .prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    /// 32 cases of up to 400 random pieces of HTML: nothing tag-like is left.
    #[test]
    fn imported_html_is_text_without_tags_32_cases(html in html(400)) {
        let text = plain_text(&html);
        prop_assert_eq!(tag_like(&text), None, "from {:?}", html);
        prop_assert!(!text.starts_with(' ') && !text.ends_with(' ') && !text.contains("  "));
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    /// 16 cases of timelines of up to 200 slides with colliding headlines,
    /// unique ids and groups: ids are unique, every event's actors exist,
    /// and the story is read by the widget without errors.
    #[test]
    fn imported_ids_are_unique_16_cases(
        slides in prop::collection::vec((0..5_usize, prop::option::of(0..4_usize), prop::option::of(0..6_usize), html(8)), 1..200),
    ) {
        let headlines = ["Strike", "Strike-2", "", "strike 2", "<b>Strike</b>"];
        let events: Vec<Value> = slides
            .iter()
            .enumerate()
            .map(|(i, (headline, group, id, text))| {
                let mut event = json!({
                    "start_date": {"year": 2000 + i % 20},
                    "text": {"headline": headlines[*headline], "text": text},
                });
                if let Some(group) = group {
                    event["group"] = json!(["Union", "union", "The Union", ""][*group]);
                }
                if let Some(id) = id {
                    event["unique_id"] = json!(format!("strike-{id}"));
                }
                event
            })
            .collect();
        let text = json!({"events": events}).to_string();
        let story = import_timeline(&text).expect("the timeline imports").story;
        assert_unique_ids(&story);
        let actors: HashSet<&str> = story.actors.iter().map(|actor| actor.id.as_str()).collect();
        for event in &story.events {
            prop_assert!(event.actors.iter().all(|actor| actors.contains(actor.as_str())));
            prop_assert_eq!(tag_like(&event.title), None);
        }
        let checked = parse_story(&story.to_json()).expect("the story is read");
        prop_assert_eq!(checked.count(dateline_engine::model::Severity::Error), 0, "{:?}", checked.problems);
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// 12 cases of stories with random text (characters XML forbids among
    /// them) in every field drawn: the SVG is well-formed at both widths.
    #[test]
    fn exported_svg_is_well_formed_for_any_text_12_cases(
        title in story_text(),
        names in prop::collection::vec(story_text(), 1..12),
        events in prop::collection::vec(story_text(), 1..40),
    ) {
        let actors: Vec<Value> = names
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let kind = ["person", "state", "group"][i % 3];
                json!({"id": format!("a{i}"), "name": format!("n{name}"), "role": name, "kind": kind})
            })
            .collect();
        let relations: Vec<Value> = (1..names.len())
            .map(|i| json!({"id": format!("r{i}"), "from": "a0", "to": format!("a{i}"), "kind": "meets", "stance": "hostile", "label": names[i]}))
            .collect();
        let event_list: Vec<Value> = events
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let mut event = json!({"id": format!("e{i}"), "title": format!("t{text}"), "kind": "reported", "actors": ["a0"]});
                if i % 7 != 6 {
                    event["date"] = json!(format!("20{:02}-0{}", i % 30, 1 + i % 9));
                }
                event
            })
            .collect();
        let story = json!({
            "version": 1,
            "meta": {"title": format!("t{title}"), "summary": title, "source": {"name": format!("s{title}")}, "authors": [format!("a{title}")]},
            "actors": actors,
            "events": event_list,
            "relations": relations,
        });
        let checked = parse_story(&story.to_string()).expect("the story is read");
        for width in [360.0, 1200.0] {
            let options = ExportOptions { width, ..ExportOptions::default() };
            let svg = export::story_svg(&checked.story, &options);
            prop_assert!(well_formed(&svg).is_ok(), "{:?}", well_formed(&svg));
        }
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(6))]

    /// 6 cases of articles of up to 500 random paragraphs of news writing:
    /// drafting does not panic and every list's ids are unique.
    #[test]
    fn drafts_of_random_articles_have_unique_ids_6_cases(
        paragraphs in 1..500_usize,
        seed in any::<u64>(),
    ) {
        let drafted = draft_story(&article(paragraphs, seed), &DraftOptions::default());
        assert_unique_ids(&drafted.story);
        prop_assert!(!drafted.story.events.is_empty());
    }
}
