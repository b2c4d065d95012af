//! Server-side render tests: the markup a reader's browser receives, rendered
//! by Yew's `ServerRenderer` and compared with snapshots that the renderer
//! wrote. Set `DATELINE_BLESS=1` to rewrite the snapshots after a deliberate change.
//!
//! Rendered in other languages natively (no browser), the widget takes its
//! words from the same catalogue and writes its dates with the catalogue's
//! table, which the end-to-end tests hold equal to `Intl`.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use dateline::fetch::LoadError;
use dateline::view::load_error::view_load_error;
use dateline::view::{StoryView, StoryViewProps};
use dateline_engine::model::{parse_story, StoryError};
use dateline_toolkit::render::{snippet, RenderOptions};
use yew::prelude::*;
use yew::LocalServerRenderer;

const SEED: &str = include_str!("../static/stories/russia-taliban-2022.json");
const ARABIC: &str = include_str!("fixtures/arabic.json");

async fn render_story(text: &str) -> String {
    let checked = Rc::new(parse_story(text).expect("fixture is a version 1 story"));
    LocalServerRenderer::<StoryView>::with_props(yew::props!(StoryViewProps { checked }))
        .render()
        .await
}

/// Whether snapshots are to be rewritten (`DATELINE_BLESS=1`); refused under CI,
/// where a snapshot that differs must fail.
fn blessing() -> bool {
    let bless = std::env::var_os("DATELINE_BLESS").is_some();
    assert!(
        !(bless && std::env::var_os("CI").is_some()),
        "DATELINE_BLESS rewrites snapshots and is refused under CI"
    );
    bless
}

/// Compares `html` with the snapshot `name`, or writes it when blessing
/// (saying which snapshots changed).
fn assert_snapshot(name: &str, html: &str) {
    let path = format!(
        "{}/tests/snapshots/{name}.html",
        concat!(env!("CARGO_MANIFEST_DIR"), "/../..")
    );
    let pretty = html.replace("><", ">\n<") + "\n";
    if blessing() {
        if std::fs::read_to_string(&path).ok().as_deref() != Some(pretty.as_str()) {
            std::fs::write(&path, &pretty).expect("snapshot is writable");
            eprintln!("rewrote {path}");
        }
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("no snapshot at {path}; run with DATELINE_BLESS=1 to write it"));
    assert!(expected == pretty, "markup differs from {path}; run with DATELINE_BLESS=1 if the change is deliberate\n{pretty}");
}

#[tokio::test]
async fn seed_story_renders_as_its_snapshot() {
    assert_snapshot("seed-story", &render_story(SEED).await);
}

#[tokio::test]
async fn seed_events_are_drawn_in_time_order_with_their_dates_in_words() {
    let html = render_story(SEED).await;
    let order: Vec<&str> = html
        .split("data-event-id=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect();
    assert_eq!(
        order,
        [
            "taliban-takeover",
            "gharwal-accredited",
            "washington-condemns",
            "gharwal-takes-over-mission",
            "recognition-tally",
            "article-published",
            "war-in-ukraine",
            "heroin-ban-pledge"
        ]
    );
    for name in [
        "The Taliban take power in Afghanistan, August 2021, context",
        "Russia accredits a Taliban chargé d'affaires, March 2022, reported",
    ] {
        assert!(
            html.contains(&format!("aria-label=\"{name}\"")),
            "{name} is not announced"
        );
    }
    assert!(
        !html.contains("1 March 2022"),
        "a month-precision date was shown as a day"
    );
    assert!(html.contains("Background, undated"));
}

#[tokio::test]
async fn story_text_is_escaped_never_injected() {
    let story = r#"{"version": 1, "meta": {"title": "<script>alert(1)</script>", "source": {"name": "<b>Paper</b>"}},
        "events": [{"id": "e", "date": "2022", "title": "<img src=x onerror=alert(1)>", "kind": "reported"}]}"#;
    let html = render_story(story).await;
    assert!(
        !html.contains("<script>") && !html.contains("<img") && !html.contains("<b>"),
        "{html}"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[tokio::test]
async fn problems_show_as_a_count_that_opens_to_their_messages() {
    let story = r#"{"version": 1, "meta": {"title": "T", "source": {"name": "P"}, "published": "2022"},
        "events": [{"id": "a", "date": "2022-13", "title": "Bad date", "kind": "reported"},
                   {"id": "b", "date": "2022-02", "title": "Kept", "kind": "reported", "source": {"paragraph": 1, "excerpt": "x"}}]}"#;
    let html = render_story(story).await;
    assert!(html.contains("1 error in this story file"), "{html}");
    assert!(html.contains("events[0].date"));
    assert!(html.contains("Kept") && !html.contains("Bad date"));
}

#[derive(Properties, PartialEq)]
struct LoadErrorHarnessProps {
    error: LoadError,
}

#[component]
fn LoadErrorHarness(props: &LoadErrorHarnessProps) -> Html {
    view_load_error(&props.error)
}

#[tokio::test]
async fn a_load_error_names_the_file_and_what_failed() {
    let error = LoadError::Story {
        url: "stories/broken.json".to_owned(),
        error: StoryError::Syntax {
            line: 3,
            column: 7,
            message: "expected `,` or `}`".to_owned(),
        },
    };
    let html = LocalServerRenderer::<LoadErrorHarness>::with_props(LoadErrorHarnessProps { error })
        .render()
        .await;
    assert!(html.contains(r#"role="alert""#));
    assert!(html.contains("stories/broken.json"));
    assert!(html.contains("line 3, column 7"), "{html}");
}

#[tokio::test]
async fn seed_map_draws_every_actor_and_the_relations_of_publication_day() {
    let html = render_story(SEED).await;
    let story = parse_story(SEED).unwrap().story;
    for actor in &story.actors {
        assert!(
            html.contains(&format!("data-actor-id=\"{}\"", actor.id)),
            "{} is not on the map",
            actor.id
        );
    }
    for relation in &story.relations {
        assert!(
            html.contains(&format!("data-relation-id=\"{}\"", relation.id)),
            "{} is not on the map",
            relation.id
        );
    }
    assert!(html
        .contains("Relations as of <strong class=\"dl-map__date-value\">18 April 2022</strong>"));
}

#[test]
fn the_prerendered_widget_holds_the_live_widgets_first_render_at_both_widths() {
    use dateline::state::WidgetOptions;
    use dateline_toolkit::render::{
        first_state, shadow_content, RenderOptions, DEFAULT_WIDTH_PX, NARROW_WIDTH_PX,
    };
    let checked = Rc::new(parse_story(SEED).expect("the seed story reads"));
    let content = shadow_content(SEED, &RenderOptions::default()).expect("the seed story renders");
    for width in [DEFAULT_WIDTH_PX, NARROW_WIDTH_PX] {
        let live = first_state(checked.clone(), &WidgetOptions::default(), width);
        assert!(
            content.contains(&live),
            "the pre-rendered widget holds the view at {width} px"
        );
    }
    assert!(
        first_state(checked.clone(), &WidgetOptions::default(), NARROW_WIDTH_PX)
            .contains("dl-timeline--vertical"),
        "the narrow variant is the phone's list"
    );
    for quote in &checked.story.quotes {
        let escaped = quote.text.replace('&', "&amp;").replace('<', "&lt;");
        assert!(content.contains(&escaped), "the text twin has every quote");
    }
    assert!(content.starts_with(r#"<link rel="stylesheet" href="dateline.css">"#));
}

#[test]
fn a_page_gets_each_empty_story_element_filled_and_leaves_the_rest() {
    use dateline_toolkit::render::{prerender_page, LeftEmpty};
    let page = r#"<p>Text</p><div id="a" data-dateline-story="stories/seed.json"></div><div data-dateline-story="missing.json"></div><div data-dateline-story="stories/seed.json" data-dateline-view="map">kept</div>"#;
    let filled = prerender_page(page, 640.0, |src| {
        if src == "stories/seed.json" {
            Ok(SEED.to_owned())
        } else {
            Err("no such file".to_owned())
        }
    })
    .expect("the page reads");
    assert_eq!(
        filled.filled, 1,
        "only the empty host whose story exists is filled"
    );
    assert_eq!(
        filled.left_empty,
        [LeftEmpty {
            address: "missing.json".to_owned(),
            reason: "no such file".to_owned()
        }],
        "the host whose story is missing is reported; the one with content is left alone"
    );
    let html = filled.html;
    assert!(html.starts_with(r#"<p>Text</p><div id="a" data-dateline-story="stories/seed.json"><template shadowrootmode="open">"#));
    assert!(html.contains(r#"<div data-dateline-story="missing.json"></div>"#));
    assert!(html.ends_with(r#"data-dateline-view="map">kept</div>"#));
}

#[test]
fn the_snippet_carries_the_story_as_schema_org_json_ld() {
    use dateline_toolkit::render::{snippet, RenderOptions};
    let html = snippet(SEED, "stories/seed.json", &RenderOptions::default()).expect("renders");
    let start = html
        .find(r#"<script type="application/ld+json">"#)
        .expect("the snippet has JSON-LD")
        + r#"<script type="application/ld+json">"#.len();
    let end = start + html[start..].find("</script>").expect("the script ends");
    let data: serde_json::Value = serde_json::from_str(&html[start..end]).expect("it is JSON");
    assert_eq!(data["@type"], "NewsArticle");
    assert_eq!(
        data["headline"],
        "Russia and the Taliban: Assessing new diplomatic gains"
    );
    assert_eq!(data["datePublished"], "2022-04-18");
    let quotations = data["citation"].as_array().expect("quotations");
    assert_eq!(quotations.len(), 9);
    assert!(quotations
        .iter()
        .any(|quote| quote["creator"]["name"] == "Caroline Rose"));
    let events = data["about"].as_array().expect("events");
    assert!(events.iter().any(|event| event["startDate"] == "2022-03"));
}

#[tokio::test]
async fn an_arabic_story_renders_right_to_left_in_arabic() {
    let html = render_story(ARABIC).await;
    assert!(
        html.contains(r#"lang="ar" dir="rtl""#),
        "the widget is right to left"
    );
    for words in [
        "→ السابق",
        "التالي ←",
        "5 أحداث. تنقّل بينها بالترتيب.",
        "بقلم <bdi>ليلى منصور</bdi>، <bdi>Daniel Hart</bdi>",
        ">15 مارس 2024</time>",
        "حوالي 12 مارس 2024",
        "العلاقات في <strong class=\"dl-map__date-value\">15 مارس 2024</strong>",
        ">الخط الزمني</button>",
    ] {
        assert!(html.contains(words), "the markup has {words:?}");
    }
    for english in ["Previous", "Step through", "Relations as of", " events"] {
        assert!(!html.contains(english), "no English {english:?} is left");
    }
}

#[tokio::test]
async fn an_english_story_stays_english() {
    let html = render_story(SEED).await;
    assert!(html.contains(r#"lang="en" dir="ltr""#));
    assert!(html.contains("← Previous"));
    assert!(html.contains("6 events. Step through them in order."));
}

#[test]
fn a_host_language_pre_renders_the_widget_in_it() {
    let options = RenderOptions {
        lang: Some("fr".to_owned()),
        ..RenderOptions::default()
    };
    let html = snippet(SEED, "stories/russia-taliban-2022.json", &options)
        .expect("the seed story renders");
    assert!(
        html.contains(r#"data-dateline-lang="fr""#),
        "the host keeps its language"
    );
    assert!(html.contains(r#"lang="fr" dir="ltr""#));
    assert!(html.contains("6 événements. Parcourez-les dans l’ordre."));
    assert!(html.contains(">18 avril 2022</time>"));
    assert!(!html.contains("Step through"));
}
