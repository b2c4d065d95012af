//! Browser tests: the widget mounted in a real page in headless Chromium,
//! loading its story over fetch. Run with
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("../static/stories/russia-taliban-2022.json");

/// A `data:` URL serving `json`, so no server is needed.
fn data_url(json: &str) -> String {
    format!(
        "data:application/json,{}",
        String::from(js_sys::encode_uri_component(json))
    )
}

/// Adds a host element to the page and mounts a widget in it with `options`
/// (given as `dateline.js` gives them: `[("src", "story.json"), ...]`).
fn mount_with(options: &[(&str, &str)]) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let object = js_sys::Object::new();
    for (key, value) in options {
        js_sys::Reflect::set(&object, &(*key).into(), &(*value).into()).unwrap();
    }
    // The handle is kept alive by the page for the rest of the test run.
    std::mem::forget(
        dateline::embed::mount(host.clone(), object.into(), None, None, None, None, None).unwrap(),
    );
    host
}

/// Adds a host element for the story at `src` to the page and mounts a widget in it.
fn mount_host(src: &str) -> Element {
    mount_with(&[("src", src)])
}

/// The widget's own tree: the shadow root it renders into, inside `host`.
fn widget_tree(host: &Element) -> web_sys::ShadowRoot {
    host.shadow_root()
        .expect("the widget renders into a shadow root")
}

/// Waits until `done` holds for the host, checking every 20 ms for up to 5 s.
async fn wait_for(host: &Element, done: impl Fn(&Element) -> bool) {
    for _ in 0..250 {
        if done(host) {
            return;
        }
        let tick = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
                .unwrap();
        });
        JsFuture::from(tick).await.unwrap();
    }
    panic!(
        "the widget never settled; it shows: {}",
        widget_tree(host).inner_html()
    );
}

fn settled(host: &Element) -> bool {
    widget_tree(host)
        .query_selector(".dl-widget--loading")
        .unwrap()
        .is_none()
        && widget_tree(host)
            .query_selector(".dl-widget")
            .unwrap()
            .is_some()
}

#[wasm_bindgen_test]
async fn seed_story_loads_and_lists_every_event() {
    let host = mount_host(&data_url(SEED));
    wait_for(&host, settled).await;
    let title = widget_tree(&host)
        .query_selector(".dl-header__title")
        .unwrap()
        .expect("a title is shown");
    assert_eq!(
        title.text_content().unwrap(),
        "Russia and the Taliban: Assessing new diplomatic gains"
    );
    let events = widget_tree(&host)
        .query_selector_all("[data-event-id]")
        .unwrap();
    assert_eq!(events.length(), 8);
    let first = events.item(0).unwrap().dyn_into::<Element>().unwrap();
    assert_eq!(
        first.get_attribute("data-event-id").as_deref(),
        Some("taliban-takeover")
    );
    assert!(
        widget_tree(&host)
            .query_selector(".dl-problems")
            .unwrap()
            .is_none(),
        "the seed story has no problems"
    );
}

#[wasm_bindgen_test]
async fn a_file_that_is_not_json_shows_an_error_in_the_widget_box() {
    let host = mount_host("data:application/json,%7B%22version%22%3A");
    wait_for(&host, settled).await;
    let alert = widget_tree(&host)
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an error is shown");
    let text = alert.text_content().unwrap();
    assert!(text.contains("not valid JSON"), "{text}");
    assert!(text.contains("line 1"), "{text}");
}

#[wasm_bindgen_test]
async fn the_widget_is_isolated_from_the_page_css() {
    let document = web_sys::window().unwrap().document().unwrap();
    let hostile = document.create_element("style").unwrap();
    hostile.set_text_content(Some(
        ".dl-widget { display: none !important; } h2 { color: rgb(255, 0, 0) !important; }",
    ));
    document.head().unwrap().append_child(&hostile).unwrap();
    let host = mount_host(&data_url(SEED));
    wait_for(&host, settled).await;
    let title = widget_tree(&host)
        .query_selector(".dl-header__title")
        .unwrap()
        .unwrap();
    let style = web_sys::window()
        .unwrap()
        .get_computed_style(&title)
        .unwrap()
        .unwrap();
    assert_ne!(
        style.get_property_value("color").unwrap(),
        "rgb(255, 0, 0)",
        "the page's h2 rule does not reach the widget"
    );
    let widget = widget_tree(&host)
        .query_selector(".dl-widget")
        .unwrap()
        .unwrap();
    let display = web_sys::window()
        .unwrap()
        .get_computed_style(&widget)
        .unwrap()
        .unwrap()
        .get_property_value("display")
        .unwrap();
    assert_ne!(
        display, "none",
        "the page's class rules do not reach the widget"
    );
    assert!(
        document.query_selector(".dl-widget").unwrap().is_none(),
        "the widget's classes are not in the page's tree"
    );
    hostile.remove();
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_load_independently() {
    let good = mount_host(&data_url(SEED));
    let bad = mount_host("data:application/json,%5B%5D");
    wait_for(&good, settled).await;
    wait_for(&bad, settled).await;
    assert!(widget_tree(&good)
        .query_selector("[role=alert]")
        .unwrap()
        .is_none());
    let text = widget_tree(&bad)
        .query_selector("[role=alert]")
        .unwrap()
        .expect("the broken one says so")
        .text_content()
        .unwrap();
    assert!(text.contains("must be a JSON object"), "{text}");
}

#[wasm_bindgen_test]
async fn a_story_object_goes_through_the_file_limits() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let host = mount_with(&[("story", &deep)]);
    wait_for(&host, settled).await;
    let text = widget_tree(&host)
        .query_selector("[role=alert]")
        .unwrap()
        .expect("the nested object is refused in the widget's box")
        .text_content()
        .unwrap();
    assert!(text.contains("recursion limit"), "{text}");
}

#[wasm_bindgen_test]
async fn an_empty_story_address_is_a_configuration_error_not_a_fetch_of_the_page() {
    let host = mount_host("  ");
    wait_for(&host, settled).await;
    let text = widget_tree(&host)
        .query_selector("[role=alert]")
        .unwrap()
        .expect("the widget says what is missing")
        .text_content()
        .unwrap();
    assert!(text.contains("data-dateline-story is empty"), "{text}");
}

#[wasm_bindgen_test]
fn a_malformed_language_tag_still_writes_dates_through_intl() {
    let date: dateline::model::StoryDate = "2022-04-09".parse().expect("a valid date");
    for tag in ["en-US-GB", "en-US-Latn", "pt-BR-PT", "zz-ZZ", "x", ""] {
        let locale = dateline::i18n::Locale::new(tag);
        assert!(
            locale.date(&date).contains("2022"),
            "{tag}: {}",
            locale.date(&date)
        );
    }
}
