//! Hostile input for `dateline render`: story text written to break out of
//! the markup the pre-render writes, story elements hidden where a browser
//! never makes an element (comments, scripts, raw text, templates, foreign
//! content), and pages and paths that try to make the command read or write
//! files it should not. Every page is checked as a browser reads it, with
//! html5ever's tree builder (through scraper). Native only.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/command.rs"]
mod command;

use std::path::{Path, PathBuf};
use std::process::Output;

use dateline_engine::model::parse_story;
use dateline_toolkit::render::{prerender_page, snippet, RenderOptions};
use proptest::prelude::*;
use scraper::{ElementRef, Html, Selector};
use serde_json::{json, Value};

use command::dateline;

// Pages are filled through these two helpers only.

/// `page` with its story elements filled from `read` (by address, as the
/// browser reads the attribute), and how many were filled.
fn fill_with(page: &str, read: impl Fn(&str) -> Option<String>) -> (String, usize) {
    let filled = prerender_page(page, 640.0, |address| {
        read(address).ok_or_else(|| "no such file".to_owned())
    })
    .expect("the page reads");
    (filled.html, filled.filled)
}

/// `page` with every story element filled with `story`.
fn fill(page: &str, story: &str) -> (String, usize) {
    fill_with(page, |_| Some(story.to_owned()))
}

/// A small valid story with this title.
fn story_titled(title: &str) -> String {
    json!({
        "version": 1,
        "meta": { "title": title, "source": { "name": "The Paper" }, "published": "2024-03-01" },
        "events": [{ "id": "e", "date": "2024-02", "title": "Talks open", "kind": "reported" }]
    })
    .to_string()
}

/// A story with `text` in every string that reaches the JSON-LD, each
/// behind a letter of its own so they can be told apart.
fn story_with_text_everywhere(text: &str) -> String {
    json!({
        "version": 1,
        "meta": {
            "title": format!("T{text}"),
            "source": { "name": format!("P{text}"), "url": format!("https://example.org/a{}", text.replace(char::is_whitespace, "")) },
            "published": "2024-03-01",
            "authors": [format!("A{text}")],
            "language": text,
            "summary": format!("S{text}")
        },
        "actors": [
            { "id": "x", "name": format!("N{text}"), "kind": "person", "role": format!("R{text}") },
            { "id": "y", "name": format!("O{text}"), "kind": "organisation" }
        ],
        "events": [
            { "id": "e", "date": "2024-02", "end": "2024-03", "title": format!("E{text}"), "summary": format!("D{text}"), "kind": "reported", "actors": ["x"] }
        ],
        "quotes": [
            { "id": "q", "text": format!("Q{text}"), "speaker": "x", "kind": "direct", "event": "e" }
        ]
    })
    .to_string()
}

/// The `type="application/ld+json"` blocks of a parsed page: their text.
fn data_blocks(document: &Html) -> Vec<String> {
    let data = Selector::parse(r#"script[type="application/ld+json"]"#).unwrap();
    document
        .select(&data)
        .map(|script| script.text().collect())
        .collect()
}

/// Every string the story holds that its JSON-LD carries, and where.
fn expected_strings(story: &str) -> Vec<(&'static str, String)> {
    let story = parse_story(story).expect("a story").story;
    let mut strings = vec![
        ("/headline", story.meta.title.clone()),
        ("/publisher/name", story.meta.source.name.clone()),
        ("/author/0/name", story.meta.authors[0].clone()),
        ("/about/0/name", story.events[0].title.clone()),
        (
            "/about/0/description",
            story.events[0].summary.clone().unwrap(),
        ),
        ("/mentions/0/name", story.actors[0].name.clone()),
        (
            "/mentions/0/jobTitle",
            story.actors[0].role.clone().unwrap(),
        ),
        ("/mentions/1/name", story.actors[1].name.clone()),
        ("/citation/0/text", story.quotes[0].text.clone()),
        ("/citation/0/creator/name", story.actors[0].name.clone()),
        ("/description", story.meta.summary.clone().unwrap()),
    ];
    if let Some(url) = &story.meta.source.url {
        strings.push(("/url", url.clone()));
    }
    strings
}

/// Checks that a JSON-LD block has no character that could change how the
/// page around it is parsed, and that it reads back to the story's strings.
fn assert_data_block_holds(block: &str, story: &str) {
    for c in ['<', '>', '&', '\u{2028}', '\u{2029}'] {
        assert!(!block.contains(c), "{c:?} is written as it is in {block}");
    }
    let data: Value = serde_json::from_str(block).expect("the block is JSON");
    for (pointer, expected) in expected_strings(story) {
        assert_eq!(
            data.pointer(pointer).and_then(Value::as_str),
            Some(expected.as_str()),
            "{pointer} in {block}"
        );
    }
    if let Some(language) = data.get("inLanguage") {
        let language = language.as_str().expect("a string");
        assert!(
            language
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-'),
            "inLanguage is a language tag, not {language:?}"
        );
    }
}

/// Checks that `filled` is `template` with a pre-rendered widget (a
/// declarative shadow root and a JSON-LD block) where each `{FILL}` stands,
/// and every other byte as it was; returns the inserted pieces.
fn assert_filled_only_at_marks(template: &str, filled: &str) -> Vec<String> {
    let parts: Vec<&str> = template.split("{FILL}").collect();
    let mut rest = filled;
    let mut inserted = Vec::new();
    for (index, part) in parts.iter().enumerate() {
        assert!(
            rest.starts_with(part),
            "the page changed outside its story elements, before\n{}\nin\n{filled}",
            &rest[..rest.len().min(300)]
        );
        rest = &rest[part.len()..];
        if index + 1 < parts.len() {
            assert!(
                rest.starts_with(r#"<template shadowrootmode="open">"#),
                "story element {index} is not filled"
            );
            let end = rest.find("</script>").expect("the data block ends") + "</script>".len();
            inserted.push(rest[..end].to_owned());
            rest = &rest[end..];
        }
    }
    assert_eq!(rest, "", "the page ends as it did");
    inserted
}

#[test]
fn a_story_element_inside_a_comment_is_left_as_it_was() {
    let page = r#"<!doctype html><p>Before</p>
<!-- paused: <div data-dateline-story="cmt.json"></div> -->
<p>After</p>"#;
    let (filled, count) = fill(
        page,
        &story_titled("Talks resume --><img src=x onerror=window.pwned=1>"),
    );
    assert_eq!(count, 0);
    assert_eq!(filled, page);
    let document = Html::parse_document(&filled);
    assert_eq!(document.select(&Selector::parse("img").unwrap()).count(), 0);
}

#[test]
fn a_story_element_inside_a_script_string_is_left_as_it_was() {
    let page = r#"<!doctype html><script>const tpl = '<div data-dateline-story="s.json"></div>';</script><p>After</p>"#;
    let (filled, count) = fill(page, &story_titled("Talks resume ';window.pwned=2;//"));
    assert_eq!(count, 0);
    assert_eq!(filled, page);
}

#[test]
fn a_title_that_opens_a_comment_and_a_script_leaves_the_rest_of_the_page_alone() {
    let title = "Talks <!--<script> resume";
    let story = story_titled(title);
    let page = r#"<!doctype html><div data-dateline-story="s.json"></div><p id="after">After</p><script src="later.js"></script>"#;
    let (filled, count) = fill(page, &story);
    assert_eq!(count, 1);
    let document = Html::parse_document(&filled);
    assert_eq!(
        document
            .select(&Selector::parse("p#after").unwrap())
            .count(),
        1,
        "the paragraph after the widget is still an element:\n{filled}"
    );
    assert_eq!(
        document
            .select(&Selector::parse(r#"script[src="later.js"]"#).unwrap())
            .count(),
        1,
        "the page's later script is still a script"
    );
    let blocks = data_blocks(&document);
    assert_eq!(blocks.len(), 1);
    let data: Value = serde_json::from_str(&blocks[0]).expect("the block is JSON");
    assert_eq!(data["headline"], title);
    assert!(!blocks[0].contains('<'));
}

#[test]
fn script_end_tags_in_every_story_field_stay_inside_the_json_ld() {
    for text in [
        "</script><script>window.pwned=3</script>",
        "</SCRIPT ><img src=x onerror=window.pwned=4>",
        "<!--<script>",
        "]]></script>&lt;",
    ] {
        let story = story_with_text_everywhere(text);
        let html = snippet(&story, "s.json", &RenderOptions::default()).expect("renders");
        let page = format!("<!doctype html>{html}<p id=\"after\">After</p>");
        let document = Html::parse_document(&page);
        let scripts = document.select(&Selector::parse("script").unwrap()).count();
        assert_eq!(scripts, 1, "only the data block is a script, for {text:?}");
        assert_eq!(document.select(&Selector::parse("img").unwrap()).count(), 0);
        assert_eq!(
            document
                .select(&Selector::parse("p#after").unwrap())
                .count(),
            1
        );
        let blocks = data_blocks(&document);
        assert_eq!(blocks.len(), 1);
        assert_data_block_holds(&blocks[0], &story);
    }
}

#[test]
fn line_and_paragraph_separators_are_escaped_in_the_json_ld() {
    let story = story_titled("Talks\u{2028}resume\u{2029}today");
    let html = snippet(&story, "s.json", &RenderOptions::default()).expect("renders");
    let document = Html::parse_document(&html);
    let blocks = data_blocks(&document);
    assert!(
        !blocks[0].contains(['\u{2028}', '\u{2029}']),
        "{}",
        blocks[0]
    );
    assert!(blocks[0].contains(r"Talks\u2028resume\u2029today"));
    let data: Value = serde_json::from_str(&blocks[0]).unwrap();
    assert_eq!(data["headline"], "Talks\u{2028}resume\u{2029}today");
}

/// Where a story element's tags are text, inert, or not HTML, with the
/// element inside.
const NOT_ELEMENTS: [&str; 14] = [
    r#"<style>/* <div data-dateline-story="s.json"></div> */</style>"#,
    r#"<template><div data-dateline-story="s.json"></div></template>"#,
    r#"<template><section><div data-dateline-story="s.json"></div></section></template>"#,
    r#"<textarea><div data-dateline-story="s.json"></div></textarea>"#,
    r#"<noscript><div data-dateline-story="s.json"></div></noscript>"#,
    r#"<title><div data-dateline-story="s.json"></div></title>"#,
    r#"<xmp><div data-dateline-story="s.json"></div></xmp>"#,
    r#"<iframe><div data-dateline-story="s.json"></div></iframe>"#,
    r#"<noembed><div data-dateline-story="s.json"></div></noembed>"#,
    r#"<noframes><div data-dateline-story="s.json"></div></noframes>"#,
    r#"<script type="text/html"><div data-dateline-story="s.json"></div></script>"#,
    r#"<svg><foreignObject><div data-dateline-story="s.json"></div></foreignObject></svg>"#,
    r#"<math><mtext><div data-dateline-story="s.json"></div></mtext></math>"#,
    r#"<svg><desc><div data-dateline-story="s.json"></div></desc></svg>"#,
];

#[test]
fn story_elements_in_raw_text_templates_and_foreign_content_are_left_as_they_were() {
    let story = story_titled("Talks resume");
    for hidden in NOT_ELEMENTS {
        // A real story element after it is filled, so the page is read at all.
        let template = format!(
            "<!doctype html><p>Before</p>{hidden}<p>Between</p><div data-dateline-story=\"s.json\">{{FILL}}</div>"
        );
        let page = template.replace("{FILL}", "");
        let (filled, count) = fill(&page, &story);
        assert_eq!(count, 1, "only the real element is filled, beside {hidden}");
        assert_filled_only_at_marks(&template, &filled);
    }
    // Everything after <plaintext> is text, to the end of the page.
    let page = r#"<!doctype html><p>Before</p><plaintext><div data-dateline-story="s.json"></div>"#;
    assert_eq!(fill(page, &story), (page.to_owned(), 0));
}

#[test]
fn the_page_outside_the_filled_elements_stays_byte_for_byte() {
    let template = concat!(
        "<!DOCTYPE html>\r\n<html lang=\"en\"><head><meta charset=\"utf-8\">\r\n",
        "<title>Talks &amp; <div data-dateline-story=\"s.json\"></div></title>\r\n",
        "<script>if (a < b && c) { document.write('<div data-dateline-story=\"s.json\"></div>') }</script>\r\n",
        "<style>p::before { content: \"</div>\" }</style></head>\r\n",
        "<BODY class=x>\t<!-- <div data-dateline-story=\"s.json\"></div> -->",
        "<P>Café — naïve “quotes” &nbsp; &#x1F600; <b>bold<i>mis</b>nested</i>\r\n",
        "<DIV DATA-DATELINE-STORY='s.json' data-dateline-view=map>{FILL}</DIV>\r\n",
        "<div data-dateline-story=s.json class=\"a\"\tid=b>{FILL}</div>",
        "<div data-dateline-story=\"s.json\">not empty</div>",
        "<textarea><div data-dateline-story=\"s.json\"></div></textarea>",
        "<template><div data-dateline-story=\"s.json\"></div></template>",
        "<svg viewBox=\"0 0 1 1\"><foreignObject><div data-dateline-story=\"s.json\"></div></foreignObject></svg>",
        "<div\ndata-dateline-story=\"s.json\"\n>{FILL}</div>\r\n</BODY></html>\r\n",
    );
    let page = template.replace("{FILL}", "");
    let (filled, count) = fill(&page, &story_titled("Talks resume"));
    assert_eq!(count, 3);
    assert_filled_only_at_marks(template, &filled);
}

#[test]
fn attribute_values_are_read_as_a_browser_decodes_them() {
    let page = r#"<div data-dateline-story="stories/a&amp;b.json?v=1&amp;x=2"></div>"#;
    let story = story_titled("Talks resume");
    let (filled, count) = fill_with(page, |address| {
        (address == "stories/a&b.json?v=1&x=2").then(|| story.clone())
    });
    assert_eq!(count, 1, "the address is read with `&amp;` decoded");
    assert!(filled.starts_with(page.trim_end_matches("</div>")));
}

#[test]
fn the_snippet_escapes_its_attributes_and_its_data() {
    let story = story_titled("Talks <!--<script> resume </script><img src=x onerror=alert(1)>");
    let src = r#"s.json" onmouseover="window.pwned=5"#;
    let options = RenderOptions {
        view: Some(r#"map"><script>window.pwned=6</script>"#.to_owned()),
        theme: Some("dark' onfocus='x".to_owned()),
        lang: Some("en\"><img src=x>".to_owned()),
        base: r#"https://example.org/"><script>window.pwned=7</script>"#.to_owned(),
        ..RenderOptions::default()
    };
    let html = snippet(&story, src, &options).expect("renders");
    let page = format!("<!doctype html>{html}<p id=\"after\">After</p>");
    let document = Html::parse_document(&page);
    let hosts: Vec<ElementRef> = document
        .select(&Selector::parse("[data-dateline-story]").unwrap())
        .collect();
    assert_eq!(hosts.len(), 1);
    let host = hosts[0].value();
    assert_eq!(host.attr("data-dateline-story"), Some(src));
    assert_eq!(host.attr("data-dateline-view"), options.view.as_deref());
    assert_eq!(host.attr("data-dateline-theme"), options.theme.as_deref());
    assert_eq!(host.attr("data-dateline-lang"), options.lang.as_deref());
    assert!(host.attr("onmouseover").is_none() && host.attr("onfocus").is_none());
    let link = document
        .select(&Selector::parse("link").unwrap())
        .next()
        .expect("the stylesheet link");
    assert_eq!(
        link.value().attr("href"),
        Some(format!("{}dateline.css", options.base).as_str())
    );
    assert_eq!(
        document.select(&Selector::parse("script").unwrap()).count(),
        1
    );
    assert_eq!(document.select(&Selector::parse("img").unwrap()).count(), 0);
    assert_eq!(
        document
            .select(&Selector::parse("p#after").unwrap())
            .count(),
        1
    );
}

// The command, on files.

/// An empty scratch folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("safe_pages")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A site: `site/stories/story.json` (titled "Public story") and, outside
/// it, `outside/secret.json` (titled "SECRET-TITLE").
fn site(name: &str) -> PathBuf {
    let dir = scratch(name);
    write(
        &dir.join("site/stories/story.json"),
        &story_titled("Public story"),
    );
    write(
        &dir.join("outside/secret.json"),
        &story_titled("SECRET-TITLE"),
    );
    dir
}

#[test]
fn a_page_cannot_read_a_story_outside_its_folder() {
    let dir = site("outside");
    let page = dir.join("site/page.html");
    write(
        &page,
        r#"<div data-dateline-story="../outside/secret.json"></div><div data-dateline-story="stories/%2e%2e/../outside/secret.json"></div><div data-dateline-story="stories/story.json"></div>"#,
    );
    let output = dateline(&["render", "--page", arg(&page)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let filled = read(&page);
    assert!(
        !filled.contains("SECRET-TITLE"),
        "a story outside the site was embedded"
    );
    assert!(filled.contains("Public story"));
    let messages = stderr(&output);
    for address in [
        "../outside/secret.json",
        "stories/%2e%2e/../outside/secret.json",
    ] {
        assert!(
            messages
                .lines()
                .any(|line| line.contains(&format!("{address:?}"))
                    && line.contains("outside the root")),
            "{address} is reported:\n{messages}"
        );
    }
}

#[test]
fn site_root_addresses_start_at_the_root_folder() {
    let dir = site("root");
    let page = dir.join("site/page.html");
    write(
        &page,
        r#"<div data-dateline-story="/stories/story.json?v=2#top"></div>"#,
    );
    let output = dateline(&["render", "--page", arg(&page)]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(read(&page).contains("Public story"), "{}", stderr(&output));

    let nested = dir.join("site/news/2024/page.html");
    write(
        &nested,
        r#"<div data-dateline-story="/stories/story.json"></div><div data-dateline-story="../../stories/story.json"></div><div data-dateline-story="/../outside/secret.json"></div>"#,
    );
    let root = dir.join("site");
    let output = dateline(&["render", "--page", arg(&nested), "--root", arg(&root)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let filled = read(&nested);
    assert_eq!(
        filled.matches("application/ld+json").count(),
        2,
        "two widgets are filled"
    );
    assert!(filled.contains("Public story"));
    assert!(!filled.contains("SECRET-TITLE"));
    assert!(
        stderr(&output).contains(r#""/../outside/secret.json" left empty: outside the root"#),
        "{}",
        stderr(&output)
    );
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_out_of_the_root_is_not_followed() {
    use std::os::unix::fs::symlink;
    let dir = site("symlink-out");
    symlink(
        "../../outside/secret.json",
        dir.join("site/stories/leak.json"),
    )
    .unwrap();
    symlink("../outside", dir.join("site/elsewhere")).unwrap();
    symlink("story.json", dir.join("site/stories/alias.json")).unwrap();
    let page = dir.join("site/page.html");
    write(
        &page,
        r#"<div data-dateline-story="stories/leak.json"></div><div data-dateline-story="elsewhere/secret.json"></div><div data-dateline-story="stories/alias.json"></div>"#,
    );
    let output = dateline(&["render", "--page", arg(&page)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let filled = read(&page);
    assert!(
        !filled.contains("SECRET-TITLE"),
        "a link out of the site was followed"
    );
    assert!(
        filled.contains("Public story"),
        "a link inside the site is followed"
    );
    let messages = stderr(&output);
    for address in ["stories/leak.json", "elsewhere/secret.json"] {
        assert!(
            messages
                .lines()
                .any(|line| line.contains(&format!("{address:?}"))
                    && line.contains("outside the root")),
            "{address} is reported:\n{messages}"
        );
    }
}

#[test]
fn each_story_element_left_empty_is_named_with_the_reason() {
    let dir = site("reasons");
    write(&dir.join("site/stories/broken.json"), "{ not json");
    let page = dir.join("site/page.html");
    write(
        &page,
        r#"<div data-dateline-story="stories/missing.json"></div>
<div data-dateline-story="stories/broken.json"></div>
<div data-dateline-story="https://example.org/story.json"></div>
<template><div data-dateline-story="stories/story.json"></div></template>
<div data-dateline-story="stories/story.json"></div>"#,
    );
    let output = dateline(&["render", "--page", arg(&page)]);
    assert!(
        output.status.success(),
        "some were filled: {}",
        stderr(&output)
    );
    let messages = stderr(&output);
    for (address, reason) in [
        ("stories/missing.json", "no such file"),
        ("stories/broken.json", "not a story file"),
        ("https://example.org/story.json", "not a file of this site"),
        ("stories/story.json", "inside a <template>"),
    ] {
        assert!(
            messages
                .lines()
                .any(|line| line.contains(&format!("{address:?} left empty: {reason}"))),
            "{address}: {reason} is reported:\n{messages}"
        );
    }
    assert_eq!(
        messages
            .lines()
            .filter(|line| line.contains("left empty"))
            .count(),
        4
    );
    assert!(read(&page).contains("Public story"));
}

#[test]
fn a_page_none_of_whose_story_elements_can_be_filled_fails_and_is_left_as_it_was() {
    let dir = site("none");
    let page = dir.join("site/page.html");
    let text = r#"<div data-dateline-story="stories/missing.json"></div>"#;
    write(&page, text);
    let output = dateline(&["render", "--page", arg(&page)]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stderr(&output).contains(r#""stories/missing.json" left empty: no such file"#));
    assert_eq!(read(&page), text);
}

#[cfg(unix)]
#[test]
fn nothing_is_written_through_a_symbolic_link_without_force() {
    use std::os::unix::fs::symlink;
    let dir = site("write-link");
    let story = dir.join("site/stories/story.json");
    let victim = dir.join("victim.txt");
    let link = dir.join("out.html");
    write(&victim, "precious");
    symlink(&victim, &link).unwrap();

    let output = dateline(&["render", arg(&story), "-o", arg(&link)]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("symbolic link"),
        "{}",
        stderr(&output)
    );
    assert_eq!(read(&victim), "precious");

    let css = dir.join("out.css");
    symlink(&victim, &css).unwrap();
    let output = dateline(&["render", arg(&story), "--stylesheet", arg(&css)]);
    assert!(!output.status.success());
    assert_eq!(read(&victim), "precious");

    let page = dir.join("page.html");
    write(
        &dir.join("site/page.html"),
        r#"<div data-dateline-story="stories/story.json"></div>"#,
    );
    symlink(dir.join("site/page.html"), &page).unwrap();
    let output = dateline(&["render", "--page", arg(&page)]);
    assert!(
        !output.status.success(),
        "the page is written in place through a link"
    );
    assert!(!read(&dir.join("site/page.html")).contains("Public story"));

    for args in [
        vec!["draft", "tests/fixtures/article.txt"],
        vec!["import", "tests/fixtures/timelinejs/timeline.json"],
        vec!["export", arg(&story), "--format", "svg"],
    ] {
        let mut args = args.clone();
        args.extend(["-o", arg(&link)]);
        let output = dateline(&args);
        assert!(!output.status.success(), "{args:?} wrote through the link");
        assert_eq!(read(&victim), "precious", "{args:?}");
    }

    let output = dateline(&["render", arg(&story), "-o", arg(&link), "--force"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        read(&victim).contains("Public story"),
        "--force writes through the link"
    );
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
}

#[test]
fn a_file_is_replaced_whole_and_leaves_no_temporary_file() {
    let dir = site("atomic");
    let story = dir.join("site/stories/story.json");
    let out = dir.join("out/snippet.html");
    write(&out, "old");
    let output = dateline(&["render", arg(&story), "-o", arg(&out)]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(read(&out).contains("Public story"));
    let names: Vec<String> = std::fs::read_dir(dir.join("out"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["snippet.html"]);
}

// Random hostile text.

/// Text made of pieces that mean something to an HTML parser.
fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "<",
        ">",
        "&",
        "\"",
        "'",
        "--",
        "-->",
        "<!--",
        "<script",
        "</script",
        "</script>",
        "<SCRIPT>",
        "</style>",
        "</template>",
        "</div>",
        "<![CDATA[",
        "]]>",
        "&amp;",
        "&lt;",
        "\u{2028}",
        "\u{2029}",
        "\\",
        "/",
        " ",
        "a",
        "Talks",
        "é",
        "\u{202e}",
        "<div data-dateline-story=\"s.json\"></div>",
    ]);
    prop::collection::vec(piece, 1..10).prop_map(|pieces| pieces.concat())
}

/// A page with two real story elements and decoys in places a browser
/// does not make elements.
const HOSTILE_PAGE: &str = concat!(
    "<!doctype html><html><head><title>Page</title>",
    "<script>const tpl = '<div data-dateline-story=\"s.json\"></div>';</script></head><body>",
    "<!-- paused: <div data-dateline-story=\"s.json\"></div> -->",
    "<template><div data-dateline-story=\"s.json\"></div></template>",
    "<textarea><div data-dateline-story=\"s.json\"></div></textarea>",
    "<div id=\"one\" data-dateline-story=\"s.json\">{FILL}</div>",
    "<p id=\"between\">Between</p>",
    "<div id=\"two\" data-dateline-story=\"s.json\" data-dateline-view=\"text\">{FILL}</div>",
    "<p id=\"after\">After</p><script src=\"later.js\"></script></body></html>",
);

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn hostile_story_text_fills_exactly_the_story_elements_and_reads_back(text in hostile_text()) {
        let story = story_with_text_everywhere(&text);
        let page = HOSTILE_PAGE.replace("{FILL}", "");
        let (filled, count) = fill(&page, &story);
        prop_assert_eq!(count, 2);
        assert_filled_only_at_marks(HOSTILE_PAGE, &filled);

        let document = Html::parse_document(&filled);
        let before = Html::parse_document(&page);
        let scripts = |document: &Html| document.select(&Selector::parse("script").unwrap()).count();
        prop_assert_eq!(scripts(&document), scripts(&before) + 2, "the only new scripts are the data blocks");
        for id in ["one", "two"] {
            let host = document
                .select(&Selector::parse(&format!("div#{id}")).unwrap())
                .next()
                .expect("the story element is an element");
            let children: Vec<ElementRef> = host.children().filter_map(ElementRef::wrap).collect();
            let names: Vec<&str> = children.iter().map(|child| child.value().name()).collect();
            prop_assert_eq!(names, ["template", "script"]);
            prop_assert_eq!(children[0].value().attr("shadowrootmode"), Some("open"));
            prop_assert_eq!(children[1].value().attr("type"), Some("application/ld+json"));
        }
        for id in ["between", "after"] {
            prop_assert_eq!(document.select(&Selector::parse(&format!("p#{id}")).unwrap()).count(), 1);
        }
        let blocks = data_blocks(&document);
        prop_assert_eq!(blocks.len(), 2);
        for block in &blocks {
            assert_data_block_holds(block, &story);
        }
    }
}

#[test]
fn an_option_the_widget_does_not_know_is_named_and_its_default_drawn() {
    let dir = site("unknown-option");
    let page = dir.join("site/page.html");
    write(
        &page,
        r#"<div data-dateline-story="stories/story.json" data-dateline-theme="sepia" data-dateline-view="map"></div>"#,
    );
    let output = dateline(&["render", "--page", arg(&page)]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains(
            r#""stories/story.json": warning: the theme "sepia" is not known; the default was used"#
        ),
        "{}",
        stderr(&output)
    );
    let filled = read(&page);
    assert!(
        filled.contains("dl-theme--light"),
        "the default theme is drawn"
    );

    let story = dir.join("site/stories/story.json");
    let output = dateline(&["render", arg(&story), "--view", "sideways"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output)
            .contains(r#"warning: the view "sideways" is not known; the default was used"#),
        "{}",
        stderr(&output)
    );
}
