//! The pre-rendered widget: a story's first state (header, timeline and actor
//! map, and below them the text twin with every quote) written as HTML
//! and SVG by the widget's own view code, inside the host element's
//! declarative shadow root with the widget's stylesheet. `dateline.js` later
//! replaces it with the live widget. Used by `dateline render` and by the
//! build, which pre-renders the stories its pages show.

use std::collections::HashMap;
use std::rc::Rc;

use regex::Regex;
use yew::prelude::*;
use yew::LocalServerRenderer;

use crate::hooks::AssumedWidth;
use crate::model::{
    parse_story, Actor, ActorId, ActorKind, CheckedStory, Story, StoryDate, StoryError,
};
use crate::state::{Changes, Theme, ViewChoice, WidgetOptions};
use crate::view::text_view::view_text_marked;
use crate::view::StoryView;

use super::escape;

/// The width, in CSS px, the wide variant is laid out for unless told otherwise.
pub const DEFAULT_WIDTH_PX: f64 = 800.0;

/// The width, in CSS px, of the narrow variant (a phone): the timeline is a
/// list and the card docks. The stylesheet shows the variant that fits the
/// host (a container query at 600 px).
pub const NARROW_WIDTH_PX: f64 = 360.0;

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
    fn widget_options(&self) -> WidgetOptions {
        WidgetOptions {
            view: self
                .view
                .as_deref()
                .and_then(ViewChoice::parse)
                .unwrap_or_default(),
            theme: self
                .theme
                .as_deref()
                .and_then(Theme::parse)
                .unwrap_or_default(),
            lang: self.lang.clone().filter(|lang| !lang.trim().is_empty()),
            ..WidgetOptions::default()
        }
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
            options: options.widget_options(),
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

/// `page` with every empty `<div data-dateline-story="…"></div>` host filled
/// with its pre-rendered widget, laid out for `width` CSS px; `read` gives a story file's text from its
/// address as written in the page (`None` leaves that host empty).
/// Returns the new page and how many hosts were filled.
pub fn prerender_page(
    page: &str,
    width: f64,
    read: impl Fn(&str) -> Option<String>,
) -> (String, usize) {
    let host = Regex::new(r#"<div\b[^>]*\bdata-dateline-story="([^"]*)"[^>]*>(</div>)"#)
        .expect("the host pattern is a valid regular expression");
    let attribute = |tag: &str, name: &str| {
        Regex::new(&format!(r#"\bdata-dateline-{name}="([^"]*)""#))
            .ok()?
            .captures(tag)
            .map(|captures| captures[1].to_owned())
    };
    let mut out = String::with_capacity(page.len());
    let mut filled = 0;
    let mut last = 0;
    for captures in host.captures_iter(page) {
        let (Some(whole), Some(close)) = (captures.get(0), captures.get(2)) else {
            continue;
        };
        let tag = &page[whole.start()..close.start()];
        let options = RenderOptions {
            view: attribute(tag, "view"),
            theme: attribute(tag, "theme"),
            lang: attribute(tag, "lang"),
            base: String::new(),
            width,
        };
        let content = read(&captures[1]).and_then(|story| {
            let checked = Rc::new(parse_story(&story).ok()?);
            let data = json_ld(&checked.story);
            Some((shadow_of(checked, &options), data))
        });
        out.push_str(&page[last..close.start()]);
        if let Some((content, data)) = content {
            out.push_str(&format!(
                r#"<template shadowrootmode="open">{content}</template>{data}"#
            ));
            filled += 1;
        }
        last = close.start();
    }
    out.push_str(&page[last..]);
    (out, filled)
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
