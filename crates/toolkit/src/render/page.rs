//! Filling a page's story elements with their pre-rendered widgets, and
//! finding the story files a page names: natively, where pages are built.

use std::cell::RefCell;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use lol_html::{element, end_tag, HtmlRewriter, Settings};

use dateline::state::UnknownOption;
use dateline_engine::model::parse_story;

use super::{json_ld, shadow_of, RenderOptions};

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
