//! The pre-rendered widget: a story's first state (header, timeline and actor
//! map, and below them the text twin with every quote) written as HTML
//! and SVG by the widget's own view code, inside the host element's
//! declarative shadow root with the widget's stylesheet. `dateline.js` later
//! replaces it with the live widget. Used by `dateline render` and by the
//! build, which pre-renders the stories its pages show.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use lol_html::{element, end_tag, HtmlRewriter, Settings};
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
pub fn shadow_content(story: &str, options: &RenderOptions) -> Result<String, StoryError> {
    Ok(shadow_of(Rc::new(parse_story(story)?), options))
}

/// The shadow root's content for a story already read.
fn shadow_of(checked: Rc<CheckedStory>, options: &RenderOptions) -> String {
    let widget = block_on(
        LocalServerRenderer::<Prerendered>::with_props(PrerenderedProps {
            checked,
            options: options.read().0,
            width: options.width,
        })
        .hydratable(false)
        .render(),
    );
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
pub fn snippet(story: &str, src: &str, options: &RenderOptions) -> Result<String, StoryError> {
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
        shadow_of(checked, options)
    ))
}

/// A story element of a page that was left empty, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeftEmpty {
    /// The story's address, as a browser reads the attribute (character
    /// references decoded).
    pub address: String,
    /// Why it was not filled: "inside a <template>", "no such file", …
    pub reason: String,
}

/// What [`prerender_page`] made of a page.
#[derive(Clone, Debug, PartialEq)]
pub struct FilledPage {
    /// The page with its story elements filled; every other byte as it was.
    pub html: String,
    /// How many story elements were filled.
    pub filled: usize,
    /// The story elements left empty, in page order, with the reason.
    pub left_empty: Vec<LeftEmpty>,
    /// The options of filled story elements whose values the widget does
    /// not know (it draws their defaults), with the element's story address.
    pub unknown_options: Vec<(String, UnknownOption)>,
}

/// `page` with every empty `<div data-dateline-story="…"></div>` host
/// filled with its pre-rendered widget, laid out for `width` CSS px.
///
/// The page is read as HTML, twice: by `lol_html`'s tokenizer, which finds
/// each host's start tag and its end tag in the page's bytes, skipping
/// comments and raw text (`<script>`, `<style>`, `<textarea>`, `<title>`,
/// `<noscript>`, `<xmp>`, `<iframe>`, `<noembed>`, `<noframes>`,
/// `<plaintext>`); and by `html5ever`, the standard's tree builder, which
/// says whether a browser makes that tag an element of the page (not of a
/// `<template>`'s inert content, nor of SVG or MathML foreign content) and
/// decodes its attributes. A host is filled only when both agree and it is
/// empty; a host that is not empty is left alone. The new content goes
/// directly before the host's `</div>`, and no other byte of the page changes.
///
/// `read` gives a story file's text from its address as the browser reads
/// it (character references decoded), or the reason it cannot.
///
/// # Errors
/// When the page's markup cannot be tokenized unambiguously without
/// building its whole tree (an element whose content is text, such as
/// `<xmp>`, inside `<select>` or after `<frameset>`): then no host is filled.
pub fn prerender_page(
    page: &str,
    width: f64,
    mut read: impl FnMut(&str) -> Result<String, String>,
) -> Result<FilledPage, String> {
    let mut html = String::with_capacity(page.len());
    let mut filled = 0;
    let mut left_empty = Vec::new();
    let mut unknown_options = Vec::new();
    let mut last = 0;
    for host in hosts(page)? {
        let at = match host.place {
            Place::Empty(at) => at,
            Place::NotEmpty => continue,
            Place::Not(reason) => {
                left_empty.push(LeftEmpty {
                    address: host.address,
                    reason: reason.to_owned(),
                });
                continue;
            }
        };
        let options = RenderOptions {
            view: host.view,
            theme: host.theme,
            lang: host.lang,
            base: String::new(),
            width,
        };
        let story = read(&host.address).and_then(|text| {
            parse_story(&text).map_err(|error| format!("not a story file: {error}"))
        });
        match story {
            Ok(checked) => {
                let checked = Rc::new(checked);
                let data = json_ld(&checked.story);
                let unknown = options.read().1.into_iter();
                unknown_options.extend(unknown.map(|option| (host.address.clone(), option)));
                html.push_str(&page[last..at]);
                html.push_str(&format!(
                    r#"<template shadowrootmode="open">{}</template>{data}"#,
                    shadow_of(checked, &options)
                ));
                last = at;
                filled += 1;
            }
            Err(reason) => left_empty.push(LeftEmpty {
                address: host.address,
                reason,
            }),
        }
    }
    html.push_str(&page[last..]);
    Ok(FilledPage {
        html,
        filled,
        left_empty,
        unknown_options,
    })
}

/// The file a page's story address names, as a path relative to the site's
/// root folder, found as a browser resolves the address against the page's:
/// the query and fragment are dropped, `%` escapes decoded, an address that
/// starts with `/` starts at the root and any other at `page_folder` (the
/// page's folder relative to the root; `None` when the page is not under
/// the root), and `.` and `..` are resolved.
///
/// # Errors
/// The reason, for an address that does not name a file under the root: one
/// with a scheme (`https:`) or a host (`//`), a `..` that climbs out of the
/// root, a `\` or a control character, a `%` escape that is not UTF-8 or
/// hides a `/`, or none at all.
pub fn story_path(address: &str, page_folder: Option<&Path>) -> Result<PathBuf, String> {
    let address = address.trim_matches(|c: char| c == ' ' || c.is_ascii_control());
    let path = address.split(['?', '#']).next().unwrap_or_default();
    if address.is_empty() {
        return Err("the address is empty".to_owned());
    }
    if path.is_empty() {
        return Err("the address names the page itself".to_owned());
    }
    if path.chars().any(|c| c.is_control() || c == '\\') {
        return Err("the address has a control character or a backslash".to_owned());
    }
    if let Some((scheme, _)) = path.split_once(':') {
        let mut chars = scheme.chars();
        if chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        {
            return Err(format!(
                "not a file of this site (an address with the scheme {scheme}:)"
            ));
        }
    }
    if path.starts_with("//") {
        return Err("not a file of this site (an address on another host)".to_owned());
    }
    let (mut segments, rest): (Vec<String>, &str) = match path.strip_prefix('/') {
        Some(rest) => (Vec::new(), rest),
        None => {
            let folder = page_folder
                .ok_or("outside the root folder (the page is not under it)")?
                .components()
                .map(|part| part.as_os_str().to_string_lossy().into_owned())
                .collect();
            (folder, path)
        }
    };
    for segment in rest.split('/') {
        let decoded = percent_encoding::percent_decode_str(segment)
            .decode_utf8()
            .map_err(|_| "a %-escape in the address is not UTF-8 text".to_owned())?;
        if decoded.contains(['/', '\\']) {
            return Err("a %-escape in the address hides a slash or a backslash".to_owned());
        }
        match &*decoded {
            "" | "." => {}
            ".." => {
                segments
                    .pop()
                    .ok_or("outside the root folder (its .. climbs out of it)")?;
            }
            name => segments.push(name.to_owned()),
        }
    }
    Ok(segments.iter().collect())
}

/// A `<div data-dateline-story>` of a page, as the two parsers read it.
struct Host {
    /// `data-dateline-story`, decoded.
    address: String,
    /// `data-dateline-view`, `-theme` and `-lang`, decoded.
    view: Option<String>,
    theme: Option<String>,
    lang: Option<String>,
    place: Place,
}

/// Whether a host can be filled.
enum Place {
    /// An empty element of the page: its content goes at this byte offset
    /// (the start of its `</div>`).
    Empty(usize),
    /// An element with content of its own, left alone.
    NotEmpty,
    /// Not an element a browser would make a widget of, for this reason.
    Not(&'static str),
}

/// A host start tag as `lol_html`'s tokenizer found it.
struct Tag {
    /// The start tag's bytes in the page.
    start: Range<usize>,
    /// Where its end tag begins, once seen.
    end: Option<usize>,
    /// `data-dateline-story` with its character references decoded, for
    /// messages about tags that a browser does not make elements.
    address: String,
}

/// The page's story hosts, in page order (hosts only the tree builder
/// found come last).
fn hosts(page: &str) -> Result<Vec<Host>, String> {
    let tags = host_tags(page)?;
    // The tree builder is given a copy of the page in which each start tag
    // the tokenizer found carries an attribute with its index (a name the
    // page does not contain), so the two parsers' readings can be matched.
    // An attribute on a `<div>` changes nothing in how the rest is parsed.
    let probe = unused_attribute_name(page);
    let mut copy = String::with_capacity(page.len() + tags.len() * (probe.len() + 12));
    let mut last = 0;
    for (index, tag) in tags.iter().enumerate() {
        let at = tag.start.start + "<div".len();
        copy.push_str(&page[last..at]);
        copy.push_str(&format!(r#" {probe}="{index}" "#));
        last = at;
    }
    copy.push_str(&page[last..]);
    let document = scraper::Html::parse_document(&copy);

    let mut hosts: Vec<Option<Host>> = tags.iter().map(|_| None).collect();
    let mut unseen = Vec::new();
    for node in document.tree.nodes() {
        let Some(element) = node.value().as_element() else {
            continue;
        };
        let attribute = |name: &str| element.attr(name).map(str::to_owned);
        let Some(address) = attribute("data-dateline-story") else {
            continue;
        };
        let is_div = &*element.name.ns == HTML_NAMESPACE && &*element.name.local == "div";
        let outside = node.ancestors().find_map(|ancestor| {
            let element = ancestor.value().as_element()?;
            if &*element.name.ns != HTML_NAMESPACE {
                Some("inside SVG or MathML content")
            } else if &*element.name.local == "template" {
                Some("inside a <template>, whose content is not part of the page")
            } else {
                None
            }
        });
        let index = attribute(&probe).and_then(|index| index.parse::<usize>().ok());
        let place = match (outside, index) {
            _ if !is_div => continue,
            (Some(reason), _) => Place::Not(reason),
            _ if node.has_children() => Place::NotEmpty,
            (None, Some(index)) => match tags.get(index).and_then(|tag| tag.end) {
                Some(end) if end == tags[index].start.end => Place::Empty(end),
                Some(_) => Place::NotEmpty,
                None => Place::Not("its </div> is missing"),
            },
            (None, None) => Place::Not(
                "the tokenizer did not find its tag where a browser does (the page's markup is ambiguous here)",
            ),
        };
        let host = Host {
            address,
            view: attribute("data-dateline-view"),
            theme: attribute("data-dateline-theme"),
            lang: attribute("data-dateline-lang"),
            place,
        };
        match index.and_then(|index| hosts.get_mut(index)) {
            Some(slot @ None) => *slot = Some(host),
            _ => unseen.push(host),
        }
    }
    Ok(hosts
        .into_iter()
        .zip(tags)
        .map(|(host, tag)| {
            host.unwrap_or(Host {
                address: tag.address,
                view: None,
                theme: None,
                lang: None,
                place: Place::Not("not an element of the page as a browser reads it"),
            })
        })
        .chain(unseen)
        .collect())
}

/// The namespace of HTML elements, as the tree builder names it.
const HTML_NAMESPACE: &str = "http://www.w3.org/1999/xhtml";

/// The start tags of `<div data-dateline-story>` elements that `lol_html`'s
/// tokenizer finds in `page`, with their end tags.
fn host_tags(page: &str) -> Result<Vec<Tag>, String> {
    let tags = Rc::new(RefCell::new(Vec::<Tag>::new()));
    let found = tags.clone();
    let mut rewriter = HtmlRewriter::new(
        Settings::new().append_element_content_handler(element!(
            "div[data-dateline-story]",
            move |element| {
                let start = element.source_location().bytes();
                if !page
                    .get(start.start..start.start + "<div".len())
                    .is_some_and(|name| name.eq_ignore_ascii_case("<div"))
                {
                    return Ok(());
                }
                let index = {
                    let mut tags = found.borrow_mut();
                    tags.push(Tag {
                        start,
                        end: None,
                        address: element
                            .get_attribute("data-dateline-story")
                            .map(|raw| html_escape::decode_html_entities(&raw).into_owned())
                            .unwrap_or_default(),
                    });
                    tags.len() - 1
                };
                let found = found.clone();
                element.on_end_tag(end_tag!(move |end| {
                    found.borrow_mut()[index].end = Some(end.source_location().bytes().start);
                    Ok(())
                }))
            }
        )),
        |_: &[u8]| {},
    );
    let read = rewriter
        .write(page.as_bytes())
        .and_then(|()| rewriter.end());
    read.map_err(|error| format!("the page cannot be read safely: {error}"))?;
    Ok(tags.take())
}

/// An attribute name, `data-dateline-probe…`, that occurs nowhere in `page`.
fn unused_attribute_name(page: &str) -> String {
    let page = page.to_ascii_lowercase();
    (0..)
        .map(|n| format!("data-dateline-probe{n}"))
        .find(|name| !page.contains(name.as_str()))
        .expect("some name is not in the page")
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
fn block_on<T>(render: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-threaded runtime can always be built")
        .block_on(render)
}

#[cfg(test)]
mod tests {
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
