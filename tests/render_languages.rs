//! The pre-rendered widget in other languages: rendered natively (no
//! browser), it takes its words from the same catalogue and writes its dates
//! with the catalogue's table, which the end-to-end tests hold equal to `Intl`.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use dateline::view::{StoryView, StoryViewProps};
use dateline_engine::model::parse_story;
use dateline_toolkit::render::{snippet, RenderOptions};
use yew::LocalServerRenderer;

const ARABIC: &str = include_str!("fixtures/arabic.json");
const SEED: &str = include_str!("../static/stories/russia-taliban-2022.json");

async fn render_story(text: &str) -> String {
    let checked = Rc::new(parse_story(text).expect("fixture is a version 1 story"));
    LocalServerRenderer::<StoryView>::with_props(yew::props!(StoryViewProps { checked }))
        .render()
        .await
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
