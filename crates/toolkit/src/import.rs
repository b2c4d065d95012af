//! `dateline import`: a story from a TimelineJS timeline, either its
//! TimelineJS3 JSON or its Google Sheet exported as CSV (the format is told
//! from the content). Dates keep exactly the precision given; HTML becomes
//! plain text; the title slide (or title row) becomes the story's meta; eras
//! become `context` events spanning the era; groups become actors, so the
//! widget's lanes by actor show them as rows; media that are pictures become
//! the events' pictures. What the story format has no place for (other
//! media, backgrounds, times of day) is reported as a warning.

use std::collections::HashMap;
use std::fmt;

use serde_json::Value;

use super::ids::{slug, FreeIds};
use dateline_engine::model::validate::{image_address_problem, PicturePaths};
use dateline_engine::model::{
    Actor, ActorId, ActorKind, Event, EventId, EventKind, Image, Meta, Publication, Story,
    StoryDate,
};

/// The name written when the timeline does not say which publication it is for.
pub const PLACEHOLDER_PUBLICATION: &str = "Publication name";

/// A story made from a timeline, with what could not be carried over.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The story, as the story file will hold it.
    pub story: Story,
    /// What was changed or left out, one sentence each.
    pub warnings: Vec<String>,
    /// The format read: `"JSON"` or `"Google Sheet (CSV)"`.
    pub format: &'static str,
}

/// Why a file could not be imported at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError(pub String);

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ImportError {}

/// One slide or row of a timeline, whatever the format it came from.
#[derive(Clone, Debug, Default)]
struct Slide {
    start: Option<RawDate>,
    end: Option<RawDate>,
    headline: String,
    text: String,
    media: Option<Media>,
    group: Option<String>,
    background: bool,
    display_date: Option<String>,
    id: Option<String>,
}

/// A slide's media: its address and the words TimelineJS gives with it.
#[derive(Clone, Debug, Default)]
struct Media {
    url: String,
    caption: String,
    credit: String,
    alt: String,
}

impl Media {
    /// Whether the address is of a picture (by its file's extension), not a
    /// video, a post or a page.
    fn is_picture(&self) -> bool {
        let path = self.url.split(['?', '#']).next().unwrap_or_default();
        let extension = path
            .rsplit_once('.')
            .map(|(_, extension)| extension.to_ascii_lowercase());
        matches!(
            extension.as_deref(),
            Some("jpg" | "jpeg" | "png" | "gif" | "webp" | "avif" | "svg")
        )
    }
}

/// A timeline read from either format: its title slide, events and eras.
#[derive(Clone, Debug, Default)]
struct Timeline {
    title: Option<Slide>,
    slides: Vec<Slide>,
    eras: Vec<Slide>,
}

/// A date's parts as the timeline gives them, before they are checked.
#[derive(Clone, Debug, Default)]
struct RawDate {
    year: String,
    month: String,
    day: String,
    time: String,
}

/// Reads a TimelineJS3 JSON file or a TimelineJS Google Sheet saved as CSV.
///
/// # Errors
/// When the text is neither, or has no events.
pub fn import_timeline(text: &str) -> Result<Imported, ImportError> {
    let text = text.trim_start_matches('\u{feff}');
    let (timeline, format) = if text.trim_start().starts_with('{') {
        (read_json(text)?, "JSON")
    } else {
        (read_csv(text)?, "Google Sheet (CSV)")
    };
    if timeline.slides.is_empty() && timeline.eras.is_empty() {
        return Err(ImportError(
            "the timeline has no events: nothing to import".to_owned(),
        ));
    }
    let imported = build(timeline, format);
    if imported.story.events.is_empty() {
        return Err(ImportError(format!(
            "none of the timeline's slides could be imported:\n{}",
            imported.warnings.join("\n")
        )));
    }
    Ok(imported)
}

fn read_json(text: &str) -> Result<Timeline, ImportError> {
    let value: Value = serde_json::from_str(text).map_err(|error| {
        ImportError(format!(
            "not a TimelineJS JSON file: {error} (line {}, column {})",
            error.line(),
            error.column()
        ))
    })?;
    let Some(root) = value.as_object() else {
        return Err(ImportError(
            "not a TimelineJS JSON file: expected an object with \"events\"".to_owned(),
        ));
    };
    if root.contains_key("version") && root.contains_key("meta") {
        return Err(ImportError(
            "this is a Dateline story file already, not a TimelineJS timeline".to_owned(),
        ));
    }
    // Files written for TimelineJS's JSON loader sometimes wrap the timeline in "timeline".
    let root = match root.get("timeline").and_then(Value::as_object) {
        Some(inner) if !root.contains_key("events") => inner,
        _ => root,
    };
    let Some(events) = root.get("events").and_then(Value::as_array) else {
        return Err(ImportError(
            "not a TimelineJS JSON file: it has no \"events\" list".to_owned(),
        ));
    };
    let title = root.get("title").map(json_slide);
    let slides = events.iter().map(json_slide).collect();
    let eras = root
        .get("eras")
        .and_then(Value::as_array)
        .map(|eras| eras.iter().map(json_slide).collect())
        .unwrap_or_default();
    Ok(Timeline {
        title,
        slides,
        eras,
    })
}

fn json_slide(value: &Value) -> Slide {
    let text = value.get("text");
    let media = value.get("media").and_then(|media| {
        let field = |name: &str| media.get(name).map(json_text).unwrap_or_default();
        Some(Media {
            url: Some(field("url")).filter(|url| !url.trim().is_empty())?,
            caption: field("caption"),
            credit: field("credit"),
            alt: field("alt"),
        })
    });
    Slide {
        start: value.get("start_date").map(json_date),
        end: value.get("end_date").map(json_date),
        headline: text
            .and_then(|text| text.get("headline"))
            .map(json_text)
            .unwrap_or_default(),
        text: text
            .and_then(|text| text.get("text"))
            .map(json_text)
            .unwrap_or_default(),
        media,
        group: value
            .get("group")
            .map(json_text)
            .filter(|group| !group.trim().is_empty()),
        background: value.get("background").is_some_and(|background| {
            background
                .as_object()
                .is_some_and(|object| !object.is_empty())
        }),
        display_date: value
            .get("display_date")
            .or_else(|| value.get("start_date")?.get("display_date"))
            .map(json_text)
            .filter(|text| !text.trim().is_empty()),
        id: value.get("unique_id").map(json_text),
    }
}

fn json_date(value: &Value) -> RawDate {
    let part = |key: &str| value.get(key).map(json_text).unwrap_or_default();
    let time = ["hour", "minute", "second"]
        .iter()
        .map(|key| part(key))
        .filter(|part| !part.trim().is_empty())
        .collect::<Vec<_>>()
        .join(":");
    RawDate {
        year: part("year"),
        month: part("month"),
        day: part("day"),
        time,
    }
}

/// A JSON scalar as text: strings as they are, numbers written out.
fn json_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Number(number) => number.to_string(),
        Value::Bool(flag) => flag.to_string(),
        _ => String::new(),
    }
}

fn read_csv(text: &str) -> Result<Timeline, ImportError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|error| ImportError(format!("not a TimelineJS CSV file: {error}")))?
        .clone();
    let column: HashMap<String, usize> = headers
        .iter()
        .enumerate()
        .map(|(i, name)| (name.trim().to_ascii_lowercase(), i))
        .collect();
    if !column.contains_key("year") || !column.contains_key("headline") {
        return Err(ImportError(
            "not a TimelineJS file: JSON starts with {, and a Google Sheet saved as CSV has the template's columns (Year, Month, Day, …, Headline, Text, …)".to_owned(),
        ));
    }
    let mut title = None;
    let mut slides = Vec::new();
    let mut eras = Vec::new();
    for (row, record) in reader.records().enumerate() {
        let record = record.map_err(|error| {
            ImportError(format!(
                "row {} of the sheet cannot be read: {error}",
                row + 2
            ))
        })?;
        let cell = |name: &str| {
            column
                .get(name)
                .and_then(|&i| record.get(i))
                .unwrap_or_default()
                .trim()
                .to_owned()
        };
        if record.iter().all(|field| field.trim().is_empty()) {
            continue;
        }
        let date = |prefix: &str| {
            let raw = RawDate {
                year: cell(&format!("{prefix}year")),
                month: cell(&format!("{prefix}month")),
                day: cell(&format!("{prefix}day")),
                time: cell(&format!("{prefix}time")),
            };
            (!raw.year.is_empty() || !raw.month.is_empty() || !raw.day.is_empty()).then_some(raw)
        };
        let slide = Slide {
            start: date(""),
            end: date("end "),
            headline: cell("headline"),
            text: cell("text"),
            media: Some(cell("media"))
                .filter(|url| !url.is_empty())
                .map(|url| Media {
                    url,
                    caption: cell("media caption"),
                    credit: cell("media credit"),
                    alt: cell("alt text"),
                }),
            group: Some(cell("group")).filter(|group| !group.is_empty()),
            background: !cell("background").is_empty(),
            display_date: Some(cell("display date")).filter(|text| !text.is_empty()),
            id: None,
        };
        match cell("type").to_ascii_lowercase().as_str() {
            "title" if title.is_none() => title = Some(slide),
            "era" => eras.push(slide),
            _ => slides.push(slide),
        }
    }
    Ok(Timeline {
        title,
        slides,
        eras,
    })
}

/// Checks a timeline's date parts and keeps exactly the precision given.
fn story_date(raw: &RawDate) -> Result<Option<StoryDate>, String> {
    let number = |text: &str, what: &str| -> Result<Option<i64>, String> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        // Sheets sometimes write whole numbers as "2021.0".
        let text = text.strip_suffix(".0").unwrap_or(text);
        text.parse::<i64>()
            .map(Some)
            .map_err(|_| format!("its {what} \"{text}\" is not a whole number"))
    };
    let Some(year) = number(&raw.year, "year")? else {
        if raw.month.trim().is_empty() && raw.day.trim().is_empty() {
            return Ok(None);
        }
        return Err("it has a month or day but no year".to_owned());
    };
    if !(-9999..=9999).contains(&year) {
        return Err(format!(
            "its year {year} is outside the years a story can hold (-9999 to 9999)"
        ));
    }
    // TimelineJS counts years without a year zero, as people do: -44 is 44 BCE.
    let astronomical = if year < 0 { year + 1 } else { year } as i32;
    let month = number(&raw.month, "month")?;
    let day = number(&raw.day, "day")?;
    let date = match (month, day) {
        (None, None) => StoryDate::year(astronomical),
        (Some(month), None) => u8::try_from(month)
            .ok()
            .and_then(|month| StoryDate::month(astronomical, month))
            .ok_or_else(|| format!("its month {month} is not between 1 and 12"))?,
        (Some(month), Some(day)) => u8::try_from(month)
            .ok()
            .zip(u8::try_from(day).ok())
            .and_then(|(month, day)| StoryDate::day(astronomical, month, day))
            .ok_or_else(|| format!("{year}-{month}-{day} is not a calendar day"))?,
        (None, Some(_)) => return Err("it has a day but no month".to_owned()),
    };
    Ok(Some(date))
}

fn build(timeline: Timeline, format: &'static str) -> Imported {
    let Timeline {
        title,
        slides,
        eras,
    } = timeline;
    let mut warnings = Vec::new();
    let mut meta = Meta {
        title: String::new(),
        source: Publication {
            name: PLACEHOLDER_PUBLICATION.to_owned(),
            url: None,
        },
        published: None,
        authors: Vec::new(),
        language: "en".to_owned(),
        summary: None,
    };
    let mut actors: Vec<Actor> = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    warnings.push(format!(
        "meta.source.name is \"{PLACEHOLDER_PUBLICATION}\": a timeline does not say which publication it is for"
    ));
    match &title {
        Some(title) => {
            meta.title = plain_text(&title.headline);
            meta.summary = Some(plain_text(&title.text)).filter(|text| !text.is_empty());
            if title.media.is_some() {
                warnings.push(
                    "the title slide's media was left out: a story's pictures belong to its events and actors"
                        .to_owned(),
                );
            }
            if title.background {
                warnings.push("the title slide's background was left out".to_owned());
            }
        }
        None => warnings.push("the timeline has no title slide".to_owned()),
    }
    if meta.title.is_empty() {
        meta.title = "Untitled timeline".to_owned();
        warnings.push("meta.title is \"Untitled timeline\": give the story a headline".to_owned());
    }

    let mut event_ids = FreeIds::default();
    let mut actor_ids = FreeIds::default();
    // Each group's actor id, by the group's name.
    let mut group_actors: HashMap<String, ActorId> = HashMap::new();
    let mut times_dropped = 0;
    let mut backgrounds = 0;
    let mut display_dates = 0;
    for (kind, list) in [(EventKind::Reported, slides), (EventKind::Context, eras)] {
        let era = kind == EventKind::Context;
        for (i, slide) in list.into_iter().enumerate() {
            let what = if era {
                format!("era {}", i + 1)
            } else {
                format!("event {}", i + 1)
            };
            let headline = plain_text(&slide.headline);
            let body = plain_text(&slide.text);
            let named = if headline.is_empty() {
                what.clone()
            } else {
                format!("{what} (\"{headline}\")")
            };
            let (date, end) = match (
                slide.start.as_ref().map(story_date).transpose(),
                slide.end.as_ref().map(story_date).transpose(),
            ) {
                (Ok(date), Ok(end)) => (date.flatten(), end.flatten()),
                (Err(reason), _) | (_, Err(reason)) => {
                    warnings.push(format!("{named} was left out: {reason}"));
                    continue;
                }
            };
            let Some(date) = date else {
                warnings.push(format!("{named} was left out: it has no start date"));
                continue;
            };
            let end = match end {
                Some(end) if end == date => None,
                Some(end) if end.end_day() <= date.first_day() => {
                    warnings.push(format!(
                        "{named}: its end, {}, is before its start, {}; the end was left out",
                        end.in_words(),
                        date.in_words()
                    ));
                    None
                }
                other => other,
            };
            if era && end.is_none() {
                warnings.push(format!(
                    "{named} has no end date; it became a context event on its start date"
                ));
            }
            let has_time = [&slide.start, &slide.end]
                .into_iter()
                .flatten()
                .any(|raw| !raw.time.trim().is_empty());
            times_dropped += usize::from(has_time);
            backgrounds += usize::from(slide.background);
            display_dates += usize::from(slide.display_date.is_some());
            let title = if headline.is_empty() {
                first_words(&body, 10).unwrap_or_else(|| date.in_words())
            } else {
                headline
            };
            let mut notes = Vec::new();
            let image = slide
                .media
                .as_ref()
                .and_then(|media| picture(media, &title, &named, &mut warnings, &mut notes));
            let mut event_actors = Vec::new();
            // A group that is all markup names no one.
            let group = slide.group.as_deref().map(plain_text);
            if let Some(group) = group.filter(|group| !group.is_empty()) {
                let id = match group_actors.get(&group) {
                    Some(id) => id.clone(),
                    None => {
                        let id = ActorId(actor_ids.claim(&slug(&group, 40)));
                        group_actors.insert(group.clone(), id.clone());
                        warnings.push(format!(
                            "group \"{group}\" became the actor \"{id}\" (kind group), so the widget's lanes by actor show it as a row; change its kind if it is a person, state or organisation"
                        ));
                        actors.push(Actor {
                            draft_note: Some(
                                "a TimelineJS group; check its kind (group, person, state or organisation)"
                                    .to_owned(),
                            ),
                            ..Actor::new(id.clone(), group.clone(), ActorKind::Group)
                        });
                        id
                    }
                };
                event_actors.push(id);
            }
            let base = slide
                .id
                .as_deref()
                .map(|id| slug(id, 40))
                .filter(|id| !id.is_empty())
                .unwrap_or_else(|| slug(&title, 40));
            let id = EventId(event_ids.claim(&base));
            events.push(Event {
                id,
                date: Some(date),
                end,
                title,
                summary: Some(body).filter(|body| !body.is_empty()),
                actors: event_actors,
                quotes: Vec::new(),
                kind,
                source: None,
                image,
                draft_note: (!notes.is_empty()).then(|| notes.join("; ")),
            });
            if era {
                warnings.push(format!("{named} became a context event spanning the era"));
            }
        }
    }
    if times_dropped > 0 {
        warnings.push(format!(
            "{} gave a time of day; story dates stop at the day, so the times were left out",
            slides_count(times_dropped)
        ));
    }
    if backgrounds > 0 {
        warnings.push(format!(
            "{} had a background; backgrounds were left out",
            slides_count(backgrounds)
        ));
    }
    if display_dates > 0 {
        warnings.push(format!(
            "{} had a display date; the widget writes dates from the date itself, so they were left out",
            slides_count(display_dates)
        ));
    }
    Imported {
        story: Story::new(meta, actors, events, Vec::new(), Vec::new()),
        warnings,
        format,
    }
}

/// The event's picture from a slide's media, when the media is a picture at
/// an address the widget shows (an https address or a path beside the
/// story): its alt text from the slide's alt text, else its caption, else a
/// placeholder from `title` with a note asking for one. Other media are left
/// out with a warning naming why.
fn picture(
    media: &Media,
    title: &str,
    named: &str,
    warnings: &mut Vec<String>,
    notes: &mut Vec<String>,
) -> Option<Image> {
    let url = media.url.trim();
    if !media.is_picture() {
        warnings.push(format!(
            "{named}: its media ({url}) was left out: only pictures are carried over, not videos, posts or pages"
        ));
        notes.push(format!("media left out: {url}"));
        return None;
    }
    if let Some(problem) = image_address_problem(url, PicturePaths::InFolder) {
        warnings.push(format!(
            "{named}: its picture ({url}) was left out: the address {problem}"
        ));
        notes.push(format!("picture left out: {url}"));
        return None;
    }
    let (caption, credit) = (plain_text(&media.caption), plain_text(&media.credit));
    let alt = [plain_text(&media.alt), caption.clone()]
        .into_iter()
        .find(|text| !text.is_empty())
        .unwrap_or_else(|| {
            notes.push("the picture has no alt text: describe what it shows".to_owned());
            warnings.push(format!(
                "{named}: its picture has no alt text or caption; a placeholder was written for an editor to replace"
            ));
            format!("Picture for “{title}”")
        });
    Some(Image {
        url: url.to_owned(),
        alt,
        credit: Some(credit).filter(|credit| !credit.is_empty()),
        caption: Some(caption).filter(|caption| !caption.is_empty()),
    })
}

/// "1 slide", "3 slides".
fn slides_count(count: usize) -> String {
    if count == 1 {
        "1 slide".to_owned()
    } else {
        format!("{count} slides")
    }
}

/// The first `count` words of a text, with "…" when it is longer.
fn first_words(text: &str, count: usize) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        return None;
    }
    let mut out = words[..words.len().min(count)].join(" ");
    if words.len() > count {
        out.push('…');
    }
    Some(out)
}

/// Plain text from a TimelineJS text field, which may hold HTML: entities
/// decoded first, so that markup written as entities (`&lt;script&gt;`) is
/// read as markup too; then tags and comments dropped (the text of links
/// kept), `script` and `style` dropped whole, paragraphs and line breaks
/// joined with a space, and runs of white space made one space. A `<` that
/// does not start a tag (`5 < 6`) stays; one that does but is never closed
/// runs to the end of the text, as a browser reads it, so nothing tag-like
/// is left in what is returned. Linear in the length of the text.
pub fn plain_text(html: &str) -> String {
    let decoded = html_escape::decode_html_entities(html);
    let mut out = String::with_capacity(decoded.len());
    let mut rest: &str = &decoded;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        if !starts_markup(after) {
            out.push('<');
            rest = after;
            continue;
        }
        // A `<` kept as text must not make a tag with the text after the markup.
        if out.ends_with('<') {
            out.push(' ');
        }
        if let Some(comment) = after.strip_prefix("!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        let Some(close) = after.find('>') else {
            rest = "";
            break;
        };
        let tag = &after[..close];
        let closing = tag.starts_with('/');
        let name_text = tag.trim_start_matches('/');
        let name = &name_text[..name_text
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(name_text.len())];
        rest = &after[close + 1..];
        let dropped_whole = ["script", "style"]
            .into_iter()
            .find(|whole| name.eq_ignore_ascii_case(whole));
        if let (Some(whole), false) = (dropped_whole, closing) {
            rest = match find_end_tag(rest, whole) {
                Some(at) => rest[at..].find('>').map_or("", |gt| &rest[at + gt + 1..]),
                None => "",
            };
            continue;
        }
        const BLOCKS: [&str; 15] = [
            "p",
            "br",
            "div",
            "li",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "tr",
            "td",
        ];
        if BLOCKS.iter().any(|block| name.eq_ignore_ascii_case(block)) {
            out.push(' ');
        }
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether the text after a `<` makes it the start of a tag, an end tag, a
/// comment or a declaration, as an HTML parser reads it.
fn starts_markup(after: &str) -> bool {
    after
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'))
}

/// The offset of the first `</name` in `text`, in any case.
fn find_end_tag(text: &str, name: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = text[from..].find("</") {
        let start = from + at;
        let candidate = text.as_bytes().get(start + 2..start + 2 + name.len());
        if candidate.is_some_and(|bytes| bytes.eq_ignore_ascii_case(name.as_bytes())) {
            return Some(start);
        }
        from = start + 2;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(year: &str, month: &str, day: &str) -> RawDate {
        RawDate {
            year: year.into(),
            month: month.into(),
            day: day.into(),
            time: String::new(),
        }
    }

    #[test]
    fn dates_keep_exactly_the_precision_given() {
        let date = |y, m, d| story_date(&raw(y, m, d)).unwrap().unwrap().to_string();
        assert_eq!(date("2021", "", ""), "2021");
        assert_eq!(date("2022", "3", ""), "2022-03");
        assert_eq!(date("2022", "04", "9"), "2022-04-09");
        assert_eq!(date("2021.0", "8.0", ""), "2021-08");
        assert_eq!(date("-44", "3", "15"), "-0043-03-15");
    }

    #[test]
    fn impossible_dates_are_refused_with_the_reason() {
        assert!(story_date(&raw("2022", "13", ""))
            .unwrap_err()
            .contains("month 13"));
        assert!(story_date(&raw("2022", "2", "30"))
            .unwrap_err()
            .contains("not a calendar day"));
        assert!(story_date(&raw("2022", "", "3"))
            .unwrap_err()
            .contains("no month"));
        assert!(story_date(&raw("13800000000", "", ""))
            .unwrap_err()
            .contains("outside"));
        assert!(story_date(&raw("", "", "")).unwrap().is_none());
    }

    #[test]
    fn html_becomes_plain_text() {
        assert_eq!(
            plain_text("<p>Talks <b>collapsed</b> &amp; the <a href=\"x\">union</a> walked out.</p><p>Next&nbsp;day</p><script>alert(1)</script>"),
            "Talks collapsed & the union walked out. Next day"
        );
        assert_eq!(plain_text("a<br>b"), "a b");
        assert_eq!(
            plain_text("5 < 6, 7 <= 8 and 9 > 3"),
            "5 < 6, 7 <= 8 and 9 > 3"
        );
        assert_eq!(plain_text("x <style>p{}</style>y"), "x y");
        assert_eq!(plain_text("x <SCRIPT>a()</Script >y"), "x y");
    }

    #[test]
    fn markup_written_as_entities_is_markup_too() {
        assert_eq!(plain_text("&lt;!--&lt;script&gt;"), "");
        assert_eq!(
            plain_text("Talks &lt;b&gt;collapsed&lt;/b&gt; &amp; resumed"),
            "Talks collapsed & resumed"
        );
        assert_eq!(plain_text("5 &lt; 6"), "5 < 6");
        assert_eq!(
            plain_text("&lt;script&gt;alert(1)&lt;/script&gt;done"),
            "done"
        );
    }

    #[test]
    fn nothing_tag_like_is_left_in_the_text() {
        // An unclosed tag runs to the end, as a browser reads it.
        assert_eq!(plain_text("5 < 6 and <unclosed"), "5 < 6 and");
        // Dropping a tag does not join a `<` to the words after it.
        assert_eq!(plain_text("<<b>script>x"), "< script>x");
        assert_eq!(plain_text("a <!-- a > b --> c"), "a c");
        assert_eq!(plain_text("a <!-- never closed"), "a");
        assert_eq!(plain_text("<?xml version=\"1.0\"?>a</>b"), "ab");
    }

    #[test]
    fn a_file_that_is_neither_format_is_refused() {
        assert!(import_timeline("hello, world\n1, 2").is_err());
        assert!(import_timeline("{\"title\": {}}").is_err());
        assert!(import_timeline("{ not json").is_err());
    }
}
