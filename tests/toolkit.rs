//! The `dateline` command, run as a newsroom would run it: validate, draft,
//! import and export on committed fixtures. Native only.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/command.rs"]
mod command;

use std::path::{Path, PathBuf};

use dateline_engine::model::{parse_story, Severity};
use dateline_toolkit::draft::score::{score, Expected, Scores};
use dateline_toolkit::draft::{draft_story, DraftOptions};
use serde_json::Value;

use command::dateline;

fn fixture(path: &str) -> PathBuf {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .join("tests/fixtures")
        .join(path)
}

fn read(path: &str) -> String {
    std::fs::read_to_string(fixture(path)).unwrap_or_else(|error| panic!("{path}: {error}"))
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("toolkit");
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir.join(name)
}

/// Whether golden files are to be rewritten (`DATELINE_BLESS=1`); refused under CI.
fn bless() -> bool {
    let bless = std::env::var_os("DATELINE_BLESS").is_some();
    assert!(
        !(bless && std::env::var_os("CI").is_some()),
        "DATELINE_BLESS rewrites golden files and is refused under CI"
    );
    bless
}

/// Compares `actual` with the golden file at `path` (under tests/fixtures).
fn golden(path: &str, actual: &str) {
    let full = fixture(path);
    if bless() {
        std::fs::write(&full, actual).expect("the golden file is writable");
    }
    let expected = std::fs::read_to_string(&full).unwrap_or_else(|_| {
        panic!("no golden file at {path}; run with DATELINE_BLESS=1 to write it")
    });
    assert!(
        expected == actual,
        "output differs from {path}; run with DATELINE_BLESS=1 if the change is deliberate\n{actual}"
    );
}

/// Parses a story file as the widget does and returns its problems' messages.
fn problems(text: &str) -> (usize, Vec<String>) {
    let checked = parse_story(text).expect("the story file is read");
    let messages = checked
        .problems
        .iter()
        .map(|problem| problem.to_string())
        .collect();
    (checked.count(Severity::Error), messages)
}

#[test]
fn validate_prints_problems_like_a_compiler() {
    let output = dateline(&[
        "validate",
        "tests/fixtures/bad/dangling-ids.json",
        "tests/fixtures/bad/invalid-dates.json",
        "tests/fixtures/bad/syntax-error.json",
        "tests/fixtures/minimal.json",
    ]);
    assert_eq!(output.status.code(), Some(1), "errors give exit status 1");
    golden(
        "bad/validate.golden.txt",
        &String::from_utf8(output.stdout).expect("UTF-8 output"),
    );
}

#[test]
fn validate_exits_0_with_warnings_only_and_speaks_json() {
    let output = dateline(&[
        "validate",
        "--format",
        "json",
        "tests/fixtures/bad/speaker-not-a-person.json",
    ]);
    assert_eq!(output.status.code(), Some(0), "warnings alone pass");
    let report: Value = serde_json::from_slice(&output.stdout).expect("JSON output");
    assert_eq!(report["errors"], 0);
    assert_eq!(report["warnings"], 1);
    let problem = &report["files"][0]["problems"][0];
    assert_eq!(problem["severity"], "warning");
    assert_eq!(problem["pointer"], "/quotes/0/speaker");
    assert!(problem["line"].as_u64().unwrap() > 1);
    let output = dateline(&["validate", "tests/fixtures/no-such-file.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stdout).contains("cannot read the file"));
}

#[test]
fn a_draft_note_is_a_warning_in_the_widget_and_in_validate() {
    let story = r#"{"version": 1, "meta": {"title": "T", "source": {"name": "N"}, "published": "2024-03-14"},
      "actors": [{"id": "a", "name": "A", "kind": "person", "source": {"paragraph": 1, "excerpt": "A"},
                  "draft_note": "kind guessed"}]}"#;
    let (errors, messages) = problems(story);
    assert_eq!(errors, 0);
    assert_eq!(
        messages,
        ["warning at actors[0].draft_note: draft: kind guessed"]
    );
}

/// Drafts an article and scores the draft; prints the scores and the
/// publication date found, and returns both.
fn draft_scores(article: &str, expected: &Expected) -> (Scores, String) {
    let drafted = draft_story(&read(article), &DraftOptions::default());
    let scores = score(&drafted.story, expected);
    let published = drafted
        .story
        .meta
        .published
        .map_or("none".to_owned(), |date| date.to_string());
    println!("{article}: {scores}; published {published}");
    (scores, published)
}

/// Drafts the articles of tests/fixtures/articles with these names and
/// sums their scores against their expectations; each draft's publication
/// date must be the one expected.
fn article_scores(names: &[&str]) -> Scores {
    let mut total = Scores::default();
    for name in names {
        let expected: Value =
            serde_json::from_str(&read(&format!("articles/{name}.expected.json"))).unwrap();
        let (scores, published) = draft_scores(
            &format!("articles/{name}.txt"),
            &Expected::from_expectations(&expected),
        );
        assert_eq!(
            Some(published.as_str()),
            expected["published"].as_str(),
            "{name}"
        );
        for (sum, part) in [
            (&mut total.quotes, scores.quotes),
            (&mut total.dates, scores.dates),
        ] {
            sum.correct += part.correct;
            sum.drafted += part.drafted;
            sum.expected += part.expected;
        }
    }
    total
}

#[test]
fn drafts_score_against_what_an_editor_expects() {
    let total = article_scores(&["port-strike", "water-fine", "lake-drought"]);
    println!("all three articles: {total}");
    // Written after the drafter's first rules were settled: council-housing
    // and rail-tender showed general faults that were then fixed (a name
    // after a role in an attribution, "Mayor of London", a year for dates
    // such as "in December"); measles-outbreak was written last and not
    // tuned to. Together: how the drafter does on news it has not seen.
    let unseen = article_scores(&["council-housing", "rail-tender", "measles-outbreak"]);
    println!("the three later articles: {unseen}");
    // Written to test how the publication date is read, each with a
    // different header layout: a date on the byline's line, "Published …
    // 09:15 BST", "Published: January 17, 2024 at 6:30 a.m. ET", an ISO
    // timestamp, a wire dateline ("FRANKFURT, Nov 7 (Reuters) -") under a
    // numeric date, and "Oct. 12, 2023" over an AP dateline.
    let layouts = article_scores(&[
        "bridge-closure",
        "airline-collapse",
        "night-buses",
        "patient-records",
        "parts-maker-cuts",
        "wildfire-evacuation",
    ]);
    println!("the six header layouts: {layouts}");
    // Their dates depend on the publication date; their quotations show
    // attributions the speaker rules do not read yet ("Chief Executive Jens
    // Hartwig told", "Halden's chief executive, Dr. Miriam Falk").
    assert!(
        layouts.dates.recall() >= 0.85 && layouts.dates.precision() >= 0.9,
        "{layouts}"
    );
    assert!(
        layouts.quotes.recall() >= 0.5 && layouts.quotes.precision() >= 0.5,
        "{layouts}"
    );
    assert!(
        unseen.quotes.recall() >= 0.8 && unseen.quotes.precision() >= 0.85,
        "{unseen}"
    );
    assert!(
        unseen.dates.recall() >= 0.9 && unseen.dates.precision() >= 0.9,
        "{unseen}"
    );
    let seed: Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
                .join("static/stories/russia-taliban-2022.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let (seed_scores, _) = draft_scores("article.txt", &Expected::from_story(&seed));
    // Floors a little below what the drafter achieves, so a regression fails.
    assert!(
        total.quotes.recall() >= 0.9 && total.quotes.precision() >= 0.9,
        "{total}"
    );
    assert!(
        total.dates.recall() >= 0.85 && total.dates.precision() >= 0.85,
        "{total}"
    );
    assert!(
        seed_scores.quotes.recall() >= 0.85 && seed_scores.quotes.precision() >= 0.85,
        "{seed_scores}"
    );
    assert!(
        seed_scores.dates.recall() >= 0.5 && seed_scores.dates.precision() >= 0.6,
        "{seed_scores}"
    );
}

#[test]
fn every_draft_is_a_story_the_widget_reads_without_errors() {
    for article in [
        "article.txt",
        "articles/port-strike.txt",
        "articles/water-fine.txt",
        "articles/lake-drought.txt",
    ] {
        let drafted = draft_story(&read(article), &DraftOptions::default());
        let (errors, messages) = problems(&drafted.story.to_json());
        assert_eq!(errors, 0, "{article}: {messages:?}");
        let noted = messages
            .iter()
            .filter(|message| message.contains(": draft: "))
            .count();
        assert!(noted > 0, "{article}: unsure items carry draft notes");
        for message in &messages {
            assert!(
                message.contains("draft_note")
                    || message.contains("is a state")
                    || message.contains("is an organisation"),
                "{article}: unexpected problem {message}"
            );
        }
    }
}

#[test]
fn a_drafted_quote_is_verbatim_and_sourced_to_its_paragraph() {
    let text = read("article.txt");
    let article = dateline_toolkit::draft::article::read_article(&text);
    let drafted = draft_story(&text, &DraftOptions::default());
    assert_eq!(
        drafted.story.meta.title,
        "Russia and the Taliban: Assessing new diplomatic gains"
    );
    assert_eq!(
        drafted
            .story
            .meta
            .published
            .map(|date| date.to_string())
            .as_deref(),
        Some("2022-04-18")
    );
    assert_eq!(drafted.story.meta.authors, ["Giorgio Cafiero"]);
    for quote in &drafted.story.quotes {
        let source = quote.source.as_ref().expect("every quote has a source");
        let paragraph = &article.paragraphs[source.paragraph as usize - 1].text;
        assert!(
            paragraph.contains(&quote.text),
            "{:?} not in paragraph {}",
            quote.text,
            source.paragraph
        );
        assert!(paragraph.contains(&source.excerpt));
    }
    for event in &drafted.story.events {
        let source = event.source.as_ref().expect("every event has a source");
        assert!(
            article.paragraphs[source.paragraph as usize - 1]
                .text
                .contains(&source.excerpt),
            "{:?}",
            source
        );
    }
    let rose = drafted
        .story
        .actors
        .iter()
        .find(|actor| actor.name == "Caroline Rose")
        .expect("Rose is an actor");
    assert_eq!(
        rose.role.as_deref(),
        Some("senior analyst and head of the Power Vacuums programme")
    );
    let institute = drafted
        .story
        .actors
        .iter()
        .find(|actor| Some(&actor.id) == rose.affiliation.as_ref())
        .expect("her institute");
    assert_eq!(
        institute.name,
        "New Lines Institute for Strategy and Policy"
    );
}

#[test]
fn draft_writes_a_story_file_and_takes_the_publication_date_as_an_option() {
    let out = scratch("drafted.json");
    let output = dateline(&[
        "draft",
        "tests/fixtures/articles/water-fine.txt",
        "-o",
        out.to_str().unwrap(),
        "--published",
        "2023-11-03",
        "--publication",
        "The Millbrook Tribune",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let story: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(story["meta"]["published"], "2023-11-03");
    assert_eq!(story["meta"]["source"]["name"], "The Millbrook Tribune");
    // "On Wednesday" now counts back from Friday 3 November.
    let first = story["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|event| event["source"]["paragraph"] == 1)
        .unwrap();
    assert_eq!(first["date"], "2023-11-01");
    let output = dateline(&[
        "draft",
        "tests/fixtures/articles/water-fine.txt",
        "--published",
        "2023-11",
    ]);
    assert!(!output.status.success(), "a month is not a publication day");
}

#[test]
fn import_reads_timelinejs_json_keeping_precision_and_reporting_what_is_left_out() {
    let out = scratch("kestrel.json");
    let output = dateline(&[
        "import",
        "tests/fixtures/timelinejs/kestrel-port.json",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let warnings = String::from_utf8(output.stderr).unwrap();
    for expected in [
        "its media (https://www.youtube.com/watch?v=abc123) was left out: only pictures are carried over",
        "(\"Dockworkers walk out\"): its picture has no alt text or caption",
        "the title slide's media was left out",
        "\"A date that does not exist\") was left out: 2024-2-30 is not a calendar day",
        "era 1 (\"Kestrel Port Holdings’ 40-year concession\") became a context event",
        "1 slide gave a time of day",
        "group \"Maritime and Dock Workers Union\" became the actor",
    ] {
        assert!(
            warnings.contains(expected),
            "missing warning {expected:?} in\n{warnings}"
        );
    }
    let text = std::fs::read_to_string(&out).unwrap();
    let (errors, _) = problems(&text);
    assert_eq!(errors, 0);
    let story: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        story["meta"]["title"],
        "The Port of Kestrel: fifteen years of automation rows"
    );
    assert_eq!(
        story["meta"]["summary"],
        "How a £310m plan for self-driving cranes led to the port’s first strike since 2011."
    );
    let events = story["events"].as_array().unwrap();
    let by_title = |title: &str| {
        events
            .iter()
            .find(|event| event["title"] == title)
            .unwrap_or_else(|| panic!("no event {title}"))
    };
    // A slide's picture becomes the event's, with its credit; without alt
    // text or a caption it gets a placeholder and a note asking for one.
    let walkout = &by_title("Dockworkers walk out");
    assert_eq!(
        walkout["image"]["url"],
        "https://example.org/images/picket-line.jpg"
    );
    assert_eq!(walkout["image"]["credit"], "A. Okafor");
    assert_eq!(
        walkout["image"]["alt"],
        "Picture for “Dockworkers walk out”"
    );
    assert!(walkout["draft_note"]
        .as_str()
        .unwrap()
        .contains("no alt text"));
    assert!(by_title("Nine-day strike ends with a pay deal")["image"].is_null());
    assert_eq!(
        by_title("Kestrel Port Holdings takes over the harbour")["date"],
        "2009"
    );
    assert_eq!(
        by_title("£310m automation plan announced")["date"],
        "2023-01"
    );
    assert_eq!(
        by_title("£310m automation plan announced")["summary"],
        "Remote-controlled cranes and self-driving straddle carriers."
    );
    assert_eq!(
        by_title("Nine-day strike ends with a pay deal")["date"],
        "2011-06"
    );
    assert_eq!(
        by_title("Talks begin at the conciliation service")["date"],
        "2024-03-04"
    );
    let era = by_title("Kestrel Port Holdings’ 40-year concession");
    assert_eq!(
        (
            era["date"].as_str(),
            era["end"].as_str(),
            era["kind"].as_str()
        ),
        (Some("2009"), Some("2049"), Some("context"))
    );
    assert_eq!(
        by_title("Dockworkers walk out")["actors"][0],
        "maritime-and-dock-workers-union"
    );
    assert!(
        by_title("Nine-day strike ends with a pay deal")["draft_note"]
            .as_str()
            .unwrap()
            .contains("media left out")
    );
}

#[test]
fn import_reads_a_timelinejs_google_sheet_saved_as_csv() {
    let output = dateline(&["import", "tests/fixtures/timelinejs/lake-varna.csv"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("Google Sheet (CSV)"));
    let text = String::from_utf8(output.stdout).unwrap();
    let (errors, _) = problems(&text);
    assert_eq!(errors, 0);
    let story: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(story["meta"]["title"], "Lake Varna runs dry");
    assert_eq!(
        story["meta"]["summary"],
        "Seventy years of records at Europe's shrinking lake, and the farmers who depend on it."
    );
    let events = story["events"].as_array().unwrap();
    let dates: Vec<(&str, &str)> = events
        .iter()
        .map(|event| {
            (
                event["title"].as_str().unwrap(),
                event["date"].as_str().unwrap(),
            )
        })
        .collect();
    for expected in [
        ("Records begin", "1952"),
        ("First cut to irrigation", "2022-03"),
        ("Second cut", "2022"),
        ("Institute publishes its report", "2023-05-12"),
        ("Water board warns of more cuts", "2023-06-05"),
        ("The lake loses 2 metres", "2000"),
    ] {
        assert!(dates.contains(&expected), "{expected:?} not in {dates:?}");
    }
    let report = events
        .iter()
        .find(|event| event["title"] == "Institute publishes its report")
        .unwrap();
    assert_eq!(
        report["summary"],
        "\"The trend is clear,\" says the hydrologist Marta Novak."
    );
    let era = events
        .iter()
        .find(|event| event["title"] == "The lake loses 2 metres")
        .unwrap();
    assert_eq!(
        (era["end"].as_str(), era["kind"].as_str()),
        (Some("2023"), Some("context"))
    );
    assert!(story["actors"]
        .as_array()
        .unwrap()
        .iter()
        .any(|actor| actor["name"] == "Water board"));
}

#[test]
fn import_refuses_a_file_that_is_not_a_timeline() {
    let output = dateline(&["import", "tests/fixtures/minimal.json"]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("a Dateline story file already"));
    let output = dateline(&["import", "tests/fixtures/article.txt"]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a TimelineJS file"));
}

/// Text as an SVG text node holds it.
fn svg_escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[test]
fn export_svg_names_every_event_and_actor_of_the_seed_story() {
    for (view, width) in [("both", "1200"), ("both", "400"), ("timeline", "800")] {
        let out = scratch(&format!("seed-{view}-{width}.svg"));
        let output = dateline(&[
            "export",
            "static/stories/russia-taliban-2022.json",
            "--format",
            "svg",
            "--view",
            view,
            "--width",
            width,
            "-o",
            out.to_str().unwrap(),
        ]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let svg = std::fs::read_to_string(&out).unwrap();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""));
        let story = parse_story(&read("../../static/stories/russia-taliban-2022.json"))
            .unwrap()
            .story;
        for event in &story.events {
            assert!(
                svg.contains(&svg_escaped(&event.title)),
                "{view} {width}: {}",
                event.title
            );
        }
        if view == "both" {
            for actor in &story.actors {
                assert!(
                    svg.contains(&svg_escaped(&actor.name)),
                    "{width}: {}",
                    actor.name
                );
            }
        }
        assert!(svg.contains("Source: The New Arab, 18 April 2022, by Giorgio Cafiero"));
    }
}

#[test]
fn export_png_is_drawn_at_the_width_asked_for() {
    for (width, scale, theme, pixels) in [
        ("400", "1", "light", 400),
        ("1200", "1", "dark", 1200),
        ("400", "2", "light", 800),
    ] {
        let out = scratch(&format!("seed-{width}-{scale}-{theme}.png"));
        let output = dateline(&[
            "export",
            "static/stories/russia-taliban-2022.json",
            "--format",
            "png",
            "--width",
            width,
            "--scale",
            scale,
            "--theme",
            theme,
            "-o",
            out.to_str().unwrap(),
        ]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let png = resvg::tiny_skia::Pixmap::decode_png(&std::fs::read(&out).unwrap())
            .expect("the PNG decodes");
        assert_eq!(png.width(), pixels);
        assert!(
            png.height() > png.width() / 2,
            "a picture with both views is tall"
        );
        // Not blank: the title's ink differs from the background.
        let first = png.pixels()[0];
        assert!(png.pixels().iter().any(|pixel| pixel != &first));
    }
}

#[test]
fn export_refuses_a_file_that_is_not_a_story() {
    let output = dateline(&[
        "export",
        "tests/fixtures/bad/not-json.txt",
        "--format",
        "svg",
        "-o",
        scratch("x.svg").to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not valid JSON"));
}

#[test]
fn drafting_never_panics_on_odd_text() {
    let pieces = [
        "BRENTFORD — ",
        "“",
        "”",
        "\"",
        "‘",
        "’s ",
        "Dr. ",
        "U.S. ",
        "Łódź ",
        "said ",
        "told ",
        "according to ",
        "on Tuesday",
        " last month",
        "in 2021",
        " 9 April",
        ", ",
        ". ",
        "\n",
        "\n\n",
        "Anna Nowak",
        ", a senior analyst at the Institute for Ünïcode, ",
        "he said",
        "—",
        "…",
        "the union’s",
        "(",
        ")",
        ":",
        "Oct. 20",
        "🙂",
        "\u{200b}",
        " ",
    ];
    let mut seed = 0x2545_f491_u32;
    for _ in 0..300 {
        let mut text = String::from("Headline\n\nBy A Writer\n\n2 March 2024\n\n");
        for _ in 0..40 {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            text.push_str(pieces[seed as usize % pieces.len()]);
        }
        let drafted = draft_story(&text, &DraftOptions::default());
        let (errors, messages) = problems(&drafted.story.to_json());
        assert_eq!(errors, 0, "{text:?}: {messages:?}");
    }
    for text in [
        "",
        "\n\n\n",
        "Only a headline",
        "“",
        "Headline\n\n“Unclosed quotation at the end",
    ] {
        draft_story(text, &DraftOptions::default());
    }
}

#[test]
fn render_prints_a_snippet_and_writes_the_minified_stylesheet_it_links() {
    let css = scratch("dateline.css");
    let _ = std::fs::remove_file(&css);
    let output = dateline(&[
        "render",
        "static/stories/russia-taliban-2022.json",
        "--stylesheet",
        css.to_str().expect("a UTF-8 path"),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let snippet = String::from_utf8(output.stdout).expect("UTF-8 HTML");
    assert!(snippet.contains(r#"<link rel="stylesheet" href="dateline.css">"#));
    let written = std::fs::read_to_string(&css).expect("the stylesheet is written");
    let source = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../static/dateline.css"
    ))
    .expect("the source stylesheet");
    assert_eq!(written, dateline_toolkit::render::STYLESHEET);
    assert!(written.contains(".dl-widget") && !written.contains("/*"));
    assert!(
        written.len() < source.len() * 4 / 5,
        "{} of {} bytes",
        written.len(),
        source.len()
    );
}

#[test]
fn export_reads_views_and_themes_as_the_widget_names_them() {
    for (option, value, reason) in [
        ("--view", "text", "the text view is not a picture"),
        ("--view", "sideways", "\"sideways\" is not a view"),
        (
            "--theme",
            "auto",
            "a picture cannot follow the reader's setting",
        ),
    ] {
        let output = dateline(&[
            "export",
            "static/stories/russia-taliban-2022.json",
            "--format",
            "svg",
            option,
            value,
            "-o",
            "unused.svg",
        ]);
        assert_eq!(output.status.code(), Some(2), "{option} {value}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(reason), "{stderr}");
    }
}
