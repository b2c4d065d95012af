//! The pre-rendered widget: a story's first state (header, timeline and actor
//! map, and below them the text twin with every quote) written as HTML
//! and SVG by the widget's own view code, inside the host element's
//! declarative shadow root with the widget's stylesheet. `dateline.js` later
//! replaces it with the live widget. Used by `dateline render` and by the
//! build, which pre-renders the stories its pages show.

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;
use yew::LocalServerRenderer;

use dateline::hooks::AssumedWidth;
use dateline::state::{Changes, HostOptions, UnknownOption, WidgetOptions};
use dateline::view::text_view::view_text_marked;
use dateline::view::StoryView;
use dateline_engine::model::{
    parse_story, Actor, ActorId, ActorKind, CheckedStory, Story, StoryDate, StoryError,
};

use super::escape;

/// The widget's stylesheet, which a page with pre-rendered stories links.
pub use dateline::embed::STYLESHEET;

#[cfg(not(target_arch = "wasm32"))]
mod page;
#[cfg(not(target_arch = "wasm32"))]
pub use page::{prerender_page, story_path, FilledPage, LeftEmpty};

pub use dateline_engine::measures::{
    PRERENDER_NARROW_WIDTH_PX as NARROW_WIDTH_PX, PRERENDER_WIDTH_PX as DEFAULT_WIDTH_PX,
};

/// How a host element sets the widget up, as far as the first state shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct RenderOptions {
    /// `data-dateline-view`.
    pub view: Option<String>,
    /// `data-dateline-theme`.
    pub theme: Option<String>,
    /// `data-dateline-lang`: the widget's language instead of the story's.
    pub lang: Option<String>,
    /// Where the widget's files are, relative to the page or absolute
    /// (`""` for the page's own folder); the stylesheet is `<base>dateline.css`.
    pub base: String,
    /// The host's width on a wide screen, in CSS px (the wide variant's layout).
    pub width: f64,
}

impl Default for RenderOptions {
    fn default() -> Self {
        Self {
            view: None,
            theme: None,
            lang: None,
            base: String::new(),
            width: DEFAULT_WIDTH_PX,
        }
    }
}

impl RenderOptions {
    /// The widget's options, read as the live widget reads its host's, and
    /// each value the widget does not know (its default is drawn instead).
    pub fn read(&self) -> (WidgetOptions, Vec<UnknownOption>) {
        HostOptions {
            view: self.view.clone(),
            theme: self.theme.clone(),
            lang: self.lang.clone(),
            ..HostOptions::default()
        }
        .read(None)
    }
}

/// Properties of [`Prerendered`].
#[derive(Properties, PartialEq)]
struct PrerenderedProps {
    checked: Rc<CheckedStory>,
    options: WidgetOptions,
    width: f64,
}

/// The first state at both widths, and the text twin, so a reader without
/// JavaScript (or an archive, a search engine, a feed reader) has every
/// event, date and quote.
#[component]
fn Prerendered(props: &PrerenderedProps) -> Html {
    let variant = |class: &'static str, width: f64| {
        html! {
            <div {class}>
                <AtWidth checked={props.checked.clone()} options={props.options.clone()} {width} />
            </div>
        }
    };
    html! {
        <div class="dl-prerendered">
            { variant("dl-prerendered__wide", props.width) }
            { variant("dl-prerendered__narrow", NARROW_WIDTH_PX) }
            // Corrections are shown; nothing is new to a reader the page has not met.
            <div class="dl-prerendered__text">{ view_text_marked(&props.checked.story, &Changes::since(&props.checked.story, None)) }</div>
        </div>
    }
}

/// Properties of [`AtWidth`].
#[derive(Properties, PartialEq)]
struct AtWidthProps {
    checked: Rc<CheckedStory>,
    options: WidgetOptions,
    width: f64,
}

/// The story view laid out for a container `width` CSS px wide.
#[component]
fn AtWidth(props: &AtWidthProps) -> Html {
    html! {
        <ContextProvider<AssumedWidth> context={AssumedWidth(props.width)}>
            <StoryView checked={props.checked.clone()} options={props.options.clone()} />
        </ContextProvider<AssumedWidth>>
    }
}

/// The story's first state as the live widget draws it in a container
/// `width` CSS px wide: the markup the pre-rendered widget holds for that width.
#[cfg(not(target_arch = "wasm32"))]
pub fn first_state(checked: Rc<CheckedStory>, options: &WidgetOptions, width: f64) -> String {
    block_on(
        LocalServerRenderer::<AtWidth>::with_props(AtWidthProps {
            checked,
            options: options.clone(),
            width,
        })
        .hydratable(false)
        .render(),
    )
}

/// The shadow root's content: the stylesheet link and the pre-rendered widget.
///
/// # Errors
/// When `story` cannot be read as a story at all.
#[cfg(not(target_arch = "wasm32"))]
pub fn shadow_content(story: &str, options: &RenderOptions) -> Result<String, StoryError> {
    Ok(shadow_of(Rc::new(parse_story(story)?), options))
}

/// The shadow root's content for a story already read.
#[cfg(not(target_arch = "wasm32"))]
fn shadow_of(checked: Rc<CheckedStory>, options: &RenderOptions) -> String {
    block_on(shadow_rendered(checked, options))
}

/// The shadow root's content for a story already read, rendered on the
/// thread's own executor (the browser's, in the studio).
async fn shadow_rendered(checked: Rc<CheckedStory>, options: &RenderOptions) -> String {
    let widget = LocalServerRenderer::<Prerendered>::with_props(PrerenderedProps {
        checked,
        options: options.read().0,
        width: options.width,
    })
    .hydratable(false)
    .render()
    .await;
    format!(
        r#"<link rel="stylesheet" href="{}dateline.css"><div class="dl-host">{widget}</div>"#,
        escape::html(&options.base)
    )
}

/// The snippet to paste into a page: a host element for the story at `src`
/// holding the pre-rendered widget in its declarative shadow root.
///
/// # Errors
/// When `story` cannot be read as a story at all.
#[cfg(not(target_arch = "wasm32"))]
pub fn snippet(story: &str, src: &str, options: &RenderOptions) -> Result<String, StoryError> {
    block_on(rendered_snippet(story, src, options))
}

/// [`snippet`], rendered on the thread's own executor: the browser's, where
/// a thread cannot wait (the studio writes its embed codes with it).
///
/// # Errors
/// When `story` cannot be read as a story at all.
pub async fn rendered_snippet(
    story: &str,
    src: &str,
    options: &RenderOptions,
) -> Result<String, StoryError> {
    let mut attributes = format!(r#"data-dateline-story="{}""#, escape::html(src));
    for (name, value) in [
        ("view", &options.view),
        ("theme", &options.theme),
        ("lang", &options.lang),
    ] {
        if let Some(value) = value {
            attributes.push_str(&format!(
                r#" data-dateline-{name}="{}""#,
                escape::html(value)
            ));
        }
    }
    let checked = Rc::new(parse_story(story)?);
    let json_ld = json_ld(&checked.story);
    Ok(format!(
        r#"<div {attributes}><template shadowrootmode="open">{}</template>{json_ld}</div>"#,
        shadow_rendered(checked, options).await
    ))
}

/// The story as schema.org JSON-LD, for search engines and archives: a
/// `NewsArticle` about its dated events, mentioning its people and
/// organisations, citing its quotations. Its strings are escaped for the
/// `<script>` data block ([`escape::script_json`]), so none can end it early
/// or change how the page around it is parsed.
pub fn json_ld(story: &Story) -> String {
    use serde_json::{json, Value};
    let date = |date: &StoryDate| {
        date.to_string()
            .trim_end_matches(['~', '?', '%'])
            .to_owned()
    };
    let names: HashMap<&ActorId, &Actor> = story
        .actors
        .iter()
        .map(|actor| (&actor.id, actor))
        .collect();
    let thing = |actor: &Actor| {
        let kind = match actor.kind {
            ActorKind::Person => "Person",
            ActorKind::Place => "Place",
            ActorKind::State => "Country",
            ActorKind::Organisation | ActorKind::Group => "Organization",
        };
        let mut thing = json!({ "@type": kind, "name": actor.name });
        if let Some(role) = &actor.role {
            thing["jobTitle"] = Value::from(role.as_str());
        }
        thing
    };
    let events: Vec<Value> = story
        .events
        .iter()
        .filter_map(|event| {
            let start = event.date.as_ref()?;
            let mut item =
                json!({ "@type": "Event", "name": event.title, "startDate": date(start) });
            if let Some(end) = &event.end {
                item["endDate"] = Value::from(date(end));
            }
            if let Some(summary) = &event.summary {
                item["description"] = Value::from(summary.as_str());
            }
            Some(item)
        })
        .collect();
    let quotations: Vec<Value> = story
        .quotes
        .iter()
        .map(|quote| {
            let mut item = json!({ "@type": "Quotation", "text": quote.text });
            if let Some(speaker) = names.get(&quote.speaker) {
                item["creator"] = thing(speaker);
            }
            item
        })
        .collect();
    let mut article = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.meta.title,
        "publisher": { "@type": "Organization", "name": story.meta.source.name },
        "author": story.meta.authors.iter().map(|name| json!({ "@type": "Person", "name": name })).collect::<Vec<_>>(),
        "about": events,
        "mentions": story.actors.iter().map(thing).collect::<Vec<_>>(),
        "citation": quotations,
    });
    if is_language_tag(&story.meta.language) {
        article["inLanguage"] = Value::from(story.meta.language.as_str());
    }
    if let Some(published) = &story.meta.published {
        article["datePublished"] = Value::from(date(published));
    }
    if let Some(url) = &story.meta.source.url {
        article["url"] = Value::from(url.as_str());
    }
    if let Some(summary) = &story.meta.summary {
        article["description"] = Value::from(summary.as_str());
    }
    escape::json_ld_block(&article)
}

/// Whether `tag` has the shape of a BCP 47 language tag (`en`, `ar-EG`,
/// `zh-Hant-TW`): subtags of one to eight ASCII letters and digits joined by
/// hyphens, the first of letters. Anything else is left out of the JSON-LD.
fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    subtags.next().is_some_and(|first| {
        (1..=8).contains(&first.len()) && first.bytes().all(|b| b.is_ascii_alphabetic())
    }) && subtags.all(|subtag| {
        (1..=8).contains(&subtag.len()) && subtag.bytes().all(|b| b.is_ascii_alphanumeric())
    })
}

/// Runs Yew's server renderer to completion on this thread.
#[cfg(not(target_arch = "wasm32"))]
fn block_on<T>(render: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-threaded runtime can always be built")
        .block_on(render)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;

    fn path(address: &str) -> Result<PathBuf, String> {
        story_path(address, Some(Path::new("news/2024")))
    }

    #[test]
    fn an_address_is_resolved_from_the_page_or_from_the_root() {
        assert_eq!(path("s.json"), Ok(PathBuf::from("news/2024/s.json")));
        assert_eq!(path("./a/../s.json"), Ok(PathBuf::from("news/2024/s.json")));
        assert_eq!(
            path("../../stories/s.json"),
            Ok(PathBuf::from("stories/s.json"))
        );
        assert_eq!(path("/stories/s.json"), Ok(PathBuf::from("stories/s.json")));
        assert_eq!(
            path("/stories/my%20story.json?v=2#top"),
            Ok(PathBuf::from("stories/my story.json"))
        );
    }

    #[test]
    fn an_address_out_of_the_root_or_off_the_site_is_refused_with_the_reason() {
        for (address, reason) in [
            ("../../../secret.json", "outside the root folder"),
            ("/../secret.json", "outside the root folder"),
            ("%2e%2e/%2E%2E/../x.json", "outside the root folder"),
            ("https://example.org/s.json", "not a file of this site"),
            ("javascript:alert(1)", "not a file of this site"),
            ("//example.org/s.json", "not a file of this site"),
            ("..\\..\\..\\secret.json", "backslash"),
            ("a%2f..%2f..%2f..%2fsecret.json", "hides a slash"),
            ("%ff.json", "not UTF-8"),
            ("", "empty"),
            ("#top", "the page itself"),
        ] {
            let refused = path(address).expect_err(address);
            assert!(refused.contains(reason), "{address}: {refused}");
        }
        assert!(story_path("s.json", None)
            .unwrap_err()
            .contains("the page is not under it"));
        assert_eq!(
            story_path("/s.json", None),
            Ok(PathBuf::from("s.json")),
            "a site-root address does not depend on where the page is"
        );
    }

    #[test]
    fn a_page_whose_markup_cannot_be_read_unambiguously_is_refused_whole() {
        let page = r#"<select><xmp><script>x</script></xmp></select><div data-dateline-story="s.json"></div>"#;
        let refused = prerender_page(page, 640.0, |_| Err("not read".to_owned()))
            .expect_err("an ambiguous page");
        assert!(refused.contains("cannot be read safely"), "{refused}");
    }

    #[test]
    fn a_story_element_a_browser_drops_is_named_with_the_reason() {
        // A frameset page has no body: the parser drops a <div> in it.
        let page = r#"<!doctype html><html><frameset><div data-dateline-story="a&amp;b.json"></div></frameset></html>"#;
        let filled = prerender_page(page, 640.0, |_| Ok(String::new())).expect("the page reads");
        assert_eq!(filled.html, page);
        assert_eq!(
            filled.left_empty,
            [LeftEmpty {
                address: "a&b.json".to_owned(),
                reason: "not an element of the page as a browser reads it".to_owned(),
            }]
        );
    }

    #[test]
    fn only_a_language_tag_is_written_as_the_language() {
        for tag in ["en", "ar-EG", "zh-Hant-TW", "es-419"] {
            assert!(is_language_tag(tag), "{tag}");
        }
        for text in ["", "en_US", "</script>", "en-", "-en", "e n", "1en"] {
            assert!(!is_language_tag(text), "{text}");
        }
    }
}
