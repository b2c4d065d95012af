//! Reading a story file: JSON syntax, types, references and limits.
//!
//! Every problem is reported at once, each with the JSON path of the item,
//! what is wrong and what was expected. An **error** drops the item it is
//! about; a **warning** keeps it. Only a file that cannot be a story at all
//! (too large, not JSON, not version 1) is refused as a whole, with a
//! [`StoryError`]. Nothing here panics on story data. Pure Rust: no DOM.

mod json_write;
mod problems;
mod relations;
mod updates;

use std::collections::HashMap;

use serde_json::{Map, Value};

use self::json_write::{describe, json_text};
pub use self::problems::{
    CheckedStory, LeftOff, PicturePaths, Problem, Severity, StoryError, FORMAT_VERSION,
    MAX_ITEMS_PER_INNER_LIST, MAX_ITEMS_PER_LIST, MAX_PROBLEMS_KEPT, MAX_STORY_BYTES, TOO_DEEP,
};
use super::date::Precision;
use super::fields::{field_names, unknown_keys, Fault, FromValue, Sourced};
use super::ids::{ItemRef, TextSet};
use super::story::{
    Actor, ActorKind, Event, EventKind, Image, Meta, Quote, Relation, SourceRef, Story, Update,
};
use super::web_address::{
    parse_web_address, picture_host_problem, picture_path_problem, AddressError,
};

/// Reads a story from the text of a story file.
///
/// # Errors
/// [`StoryError`] when the text is too large, is not JSON, or is not a
/// version 1 story. Problems with single items are not errors: they are
/// listed in [`CheckedStory::problems`].
pub fn parse_story(text: &str) -> Result<CheckedStory, StoryError> {
    parse_story_with(text, PicturePaths::InFolder)
}

/// Reads a story from the text of a story file, as [`parse_story`] does,
/// with or without pictures given as paths.
///
/// # Errors
/// As [`parse_story`].
pub fn parse_story_with(text: &str, paths: PicturePaths) -> Result<CheckedStory, StoryError> {
    if text.len() > MAX_STORY_BYTES {
        return Err(StoryError::TooLarge { bytes: text.len() });
    }
    let value: Value = serde_json::from_str(text).map_err(|error| StoryError::Syntax {
        line: error.line(),
        column: error.column(),
        message: syntax_message(&error),
    })?;
    check_story(value, paths)
}

/// serde_json's message without its trailing " at line L column C".
fn syntax_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    if text.starts_with("recursion limit exceeded") {
        return TOO_DEEP.to_owned();
    }
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

/// Reads a story from a JSON value (for stories handed over by JavaScript),
/// with or without pictures given as paths.
///
/// # Errors
/// As [`parse_story`], except for size and syntax.
pub fn check_story(value: Value, paths: PicturePaths) -> Result<CheckedStory, StoryError> {
    let Value::Object(mut root) = value else {
        return Err(not_a_story(format!(
            "a story file must be a JSON object with \"version\": 1, but this one is {}",
            describe(&value)
        )));
    };
    match root.get("version") {
        Some(version) if version.as_u64() == Some(FORMAT_VERSION) => {}
        Some(version) => {
            return Err(not_a_story(format!(
                "version: this story says version {}, but Dateline reads version {FORMAT_VERSION}",
                json_text(version)
            )))
        }
        None => {
            return Err(not_a_story(
                "version: missing; a story file starts with \"version\": 1".to_owned(),
            ))
        }
    }
    let lists = ["actors", "events", "relations", "quotes"].map(|key| take_list(&mut root, key));
    let updates = take_list(&mut root, "updates");
    for (key, list) in ["actors", "events", "relations", "quotes", "updates"]
        .iter()
        .zip(lists.iter().chain([&updates]))
    {
        if let Ok(items) = list {
            if items.len() > MAX_ITEMS_PER_LIST {
                return Err(not_a_story(format!(
                    "{key}: the story has {} {key}; Dateline reads at most {MAX_ITEMS_PER_LIST} in each list",
                    items.len()
                )));
            }
        }
    }

    let mut checker = Checker {
        paths,
        ..Checker::default()
    };
    let meta = checker.meta(take(&mut root, "meta"));
    for key in root.keys().filter(|key| {
        ![
            "version",
            "meta",
            "actors",
            "events",
            "relations",
            "quotes",
            "updates",
        ]
        .contains(&key.as_str())
    }) {
        checker.warn(
            key.clone(),
            "unknown key, ignored; a story has version, meta, actors, events, relations, quotes and updates",
        );
    }
    let [mut actors, mut events, relations, quotes] = lists;
    // Images are read apart from their items, so a bad one loses only itself.
    let (actor_images, event_images) = (take_images(&mut actors), take_images(&mut events));
    let actors = checker.list(actors);
    let mut actors = checker.actors(actors);
    checker.attach_images(&mut actors, actor_images, "actor", |actor| &mut actor.image);
    let events = checker.list(events);
    let mut events = checker.events(events);
    checker.attach_images(&mut events, event_images, "event", |event| &mut event.image);
    let quotes = checker.list(quotes);
    let quotes = checker.quotes(quotes, &actors);
    let relations = checker.list(relations);
    let (events, quotes) = checker.link_events_and_quotes(events, quotes, &actors);
    let relations = checker.relations(relations, &actors, &events, &quotes);
    fn strip<T>(items: Items<T>) -> Vec<T> {
        items.into_iter().map(|(_, item)| item).collect()
    }
    let story = Story::new(
        meta,
        strip(actors),
        strip(events),
        strip(relations),
        strip(quotes),
    );
    let updates = checker.updates(updates, &story);
    let story = story.with_updates(updates);
    Ok(CheckedStory {
        story,
        problems: checker.problems,
        left_off: checker.left_off,
    })
}

/// The warning for a list inside an item cut to [`MAX_ITEMS_PER_INNER_LIST`] entries.
fn too_many(left_out: usize, many: &str) -> String {
    format!(
        "{left_out} more {many} after the first {MAX_ITEMS_PER_INNER_LIST} were left out; \
         Dateline reads at most {MAX_ITEMS_PER_INNER_LIST} in a list inside an item"
    )
}

fn not_a_story(message: String) -> StoryError {
    StoryError::NotAStory { message }
}

/// The value under `key`, taken out of `object` with null left in its
/// place: the object keeps its order, and no key has to be removed from it.
fn take(object: &mut Map<String, Value>, key: &str) -> Option<Value> {
    object.get_mut(key).map(Value::take)
}

/// A list taken out of the root object: its key and raw items, or a problem.
type RawList = Result<Vec<(String, Value)>, Problem>;

fn take_list(root: &mut Map<String, Value>, key: &str) -> RawList {
    match take(root, key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => Ok(items
            .into_iter()
            .enumerate()
            .map(|(i, item)| (format!("{key}[{i}]"), item))
            .collect()),
        Some(other) => Err(Problem {
            severity: Severity::Error,
            path: key.to_owned(),
            message: format!(
                "expected a list ([...]) of {key}, found {}; the whole list was skipped",
                describe(&other)
            ),
        }),
    }
}

/// Takes the `image` out of each item of a list, by the item's path.
fn take_images(list: &mut RawList) -> Map<String, Value> {
    let Ok(items) = list else {
        return Map::new();
    };
    items
        .iter_mut()
        .filter_map(|(path, item)| {
            let image = take(item.as_object_mut()?, "image")?;
            Some((path.clone(), image))
        })
        .collect()
}

/// Why an image's address cannot be used, if it cannot: it must be an https
/// address whose host is a name (see [`picture_host_problem`]), or, where
/// `paths` allows them, a path that stays in its folder (see
/// [`picture_path_problem`]).
pub fn image_address_problem(url: &str, paths: PicturePaths) -> Option<String> {
    if url.trim().is_empty() {
        return Some(
            "is empty; give an https address or a path such as \"images/photo.jpg\"".to_owned(),
        );
    }
    if url.starts_with("//") {
        return Some(format!(
            "\"{url}\" leaves out the scheme; write it as an https address"
        ));
    }
    let problem = match parse_web_address(url) {
        Ok(address) if address.secure => {
            return picture_host_problem(address.host).map(|host| {
                format!("\"{url}\" points at {host}; pictures come from named hosts only")
            })
        }
        Ok(_) => "is an http address; pictures are loaded over https only, so the page stays secure",
        // No scheme: a path, read in the story file's folder.
        Err(AddressError::NotAbsolute) => match paths {
            PicturePaths::InFolder => picture_path_problem(url)?,
            PicturePaths::NoFolder => "is a path, but there is no folder to read it in (a story given inline needs the page's pictures option); give an https address",
        },
        Err(reason) => {
            return Some(format!(
                "\"{url}\" is not an https address or a relative path ({reason})"
            ))
        }
    };
    Some(format!("\"{url}\" {problem}"))
}

/// The path of field `name` of the item at `path`: `events[2].title`.
/// Written out once rather than formatted at each of the checker's reports.
fn field(path: &str, name: &str) -> String {
    let mut at = String::with_capacity(path.len() + 1 + name.len());
    at.push_str(path);
    at.push('.');
    at.push_str(name);
    at
}

/// The ids of a list's items. Every set and map of ids here holds owned
/// text, so the bundle carries one hash table for them all.
fn id_set<'a>(ids: impl Iterator<Item = &'a str>) -> TextSet {
    ids.collect()
}

/// Items that passed their own checks, each with its JSON path.
type Items<T> = Vec<(String, T)>;

/// Collects problems while the lists are checked in dependency order: the
/// first [`MAX_PROBLEMS_KEPT`], and a count of the rest.
#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
    left_off: LeftOff,
    paths: PicturePaths,
}

impl Checker {
    fn error(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.add(Severity::Error, path.into(), message.into());
    }

    fn warn(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.add(Severity::Warning, path.into(), message.into());
    }

    /// [`Checker::error`] and [`Checker::warn`], written once for every
    /// kind of text they are given.
    fn add(&mut self, severity: Severity, path: String, message: String) {
        self.report(Problem {
            severity,
            path,
            message,
        });
    }

    fn report(&mut self, problem: Problem) {
        if self.is_full() {
            self.count_left_off(problem.severity);
        } else {
            self.problems.push(problem);
        }
    }

    /// Whether further problems are only counted, so a hot loop can skip writing them.
    fn is_full(&self) -> bool {
        self.problems.len() >= MAX_PROBLEMS_KEPT
    }

    fn count_left_off(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.left_off.errors += 1,
            Severity::Warning => self.left_off.warnings += 1,
        }
    }

    /// Reads one item, reporting a type error as an error (the item is
    /// dropped) and each unknown field as a warning.
    fn item<T: Sourced>(&mut self, path: &str, value: Value) -> Option<T> {
        let unknown = value.as_object().map(unknown_keys::<T>).unwrap_or_default();
        let result = T::from_value(value);
        self.report_item(path, unknown, result.as_ref().err());
        result.ok()
    }

    /// Reports an item's unknown fields, then the fault that dropped it, if
    /// any: [`Checker::item`]'s reports, written once for every type.
    fn report_item(&mut self, path: &str, unknown: Vec<String>, fault: Option<&Fault>) {
        for field in unknown {
            self.warn(
                format!("{path}.{field}"),
                "unknown field, ignored; check its spelling against the story format",
            );
        }
        if let Some(fault) = fault {
            self.error(
                fault.path_from(path),
                format!("{}; the item was dropped", fault.message),
            );
        }
    }

    fn list<T: Sourced>(&mut self, list: RawList) -> Items<T> {
        match list {
            Ok(raw) => raw
                .into_iter()
                .filter_map(|(path, value)| Some((path.clone(), self.item(&path, value)?)))
                .collect(),
            Err(problem) => {
                self.report(problem);
                Vec::new()
            }
        }
    }

    fn meta(&mut self, value: Option<Value>) -> Meta {
        let Some(value) = value else {
            self.error(
                "meta",
                "missing; expected an object with title, source, published, authors and language",
            );
            return Meta::default();
        };
        let Some(mut meta) = self.item::<Meta>("meta", value) else {
            return Meta::default();
        };
        self.require_text("meta.title", &meta.title);
        self.require_text("meta.source.name", &meta.source.name);
        meta.authors = self.cap_list("meta.authors", std::mem::take(&mut meta.authors), "authors");
        if meta.published.is_none() {
            self.warn(
                "meta.published",
                "missing; the publication date anchors the timeline, as in \"2022-04-18\"",
            );
        }
        if let Some(url) = &meta.source.url {
            if let Err(reason) = parse_web_address(url) {
                self.warn(
                    "meta.source.url",
                    format!("\"{url}\" is not an http or https address with a host ({reason}); it was left out"),
                );
                meta.source.url = None;
            }
        }
        meta
    }

    /// Reads the images taken out of a list's items and gives each kept item
    /// its own; see [`Checker::image`].
    fn attach_images<T>(
        &mut self,
        items: &mut Items<T>,
        mut images: Map<String, Value>,
        what: &str,
        slot: impl Fn(&mut T) -> &mut Option<Image>,
    ) {
        if images.is_empty() {
            return;
        }
        for (path, item) in items.iter_mut() {
            if let Some(value) = take(&mut images, path) {
                *slot(item) = self.image(&field(path, "image"), value, what);
            }
        }
    }

    /// Reads an item's image. One without alt text or with an address
    /// [`image_address_problem`] refuses is an error and is left out (the
    /// item is kept); one without a credit is a warning.
    fn image(&mut self, path: &str, value: Value, what: &str) -> Option<Image> {
        let left_out = format!("the image was left out and the {what} is shown without it");
        let object = match value {
            Value::Null => return None,
            Value::Object(object) => object,
            other => {
                self.error(
                    path,
                    format!(
                        "expected an object with url, alt and credit, found {}; {left_out}",
                        describe(&other)
                    ),
                );
                return None;
            }
        };
        let known = field_names::<Image>();
        for key in object.keys().filter(|key| !known.contains(&key.as_str())) {
            self.warn(
                format!("{path}.{key}"),
                "unknown field, ignored; an image has url, alt, credit and caption",
            );
        }
        if !object.contains_key("alt") {
            self.error(
                field(path, "alt"),
                format!("missing; describe what the picture shows for readers who cannot see it; {left_out}"),
            );
            return None;
        }
        let image = match Image::from_value(Value::Object(object)) {
            Ok(image) => image,
            Err(fault) => {
                self.error(
                    fault.path_from(path),
                    format!("{}; {left_out}", fault.message),
                );
                return None;
            }
        };
        let mut valid = true;
        if image.alt.trim().is_empty() {
            self.error(
                field(path, "alt"),
                format!("is empty; describe what the picture shows for readers who cannot see it; {left_out}"),
            );
            valid = false;
        }
        if let Some(problem) = image_address_problem(&image.url, self.paths) {
            self.error(field(path, "url"), format!("{problem}; {left_out}"));
            valid = false;
        }
        if valid
            && image
                .credit
                .as_deref()
                .is_none_or(|credit| credit.trim().is_empty())
        {
            self.warn(
                field(path, "credit"),
                "missing; say who took or owns the picture, as in \"Photo: Reuters\"",
            );
        }
        valid.then_some(image)
    }

    /// Reports empty text; returns whether it was present.
    fn require_text(&mut self, path: &str, text: &str) -> bool {
        let present = !text.trim().is_empty();
        if !present {
            self.error(path, "is empty; expected some text");
        }
        present
    }

    /// Checks an id is present and not taken; returns whether it may be used.
    fn claim_id(&mut self, path: &str, id: &str, taken: &mut TextSet, what: &str) -> bool {
        if id.trim().is_empty() {
            self.error(
                field(path, "id"),
                format!("is empty; every {what} needs an id; the item was dropped"),
            );
            false
        } else if !taken.insert(id) {
            self.error(field(path, "id"), format!("\"{id}\" is already the id of another {what}; ids must be unique; the item was dropped"));
            false
        } else {
            true
        }
    }

    /// Reports a drafting tool's note as a warning, so an editor sees it
    /// until the item has been checked and the note removed.
    fn check_draft_note(&mut self, path: &str, note: &Option<String>) {
        if let Some(note) = note.as_deref().filter(|note| !note.trim().is_empty()) {
            self.warn(field(path, "draft_note"), format!("draft: {}", note.trim()));
        }
    }

    fn check_source(&mut self, path: &str, source: &Option<SourceRef>) {
        match source {
            None => self.warn(
                field(path, "source"),
                "missing; say which paragraph of the article this rests on, with a short excerpt",
            ),
            Some(source) => {
                if source.paragraph == 0 {
                    self.warn(
                        field(path, "source.paragraph"),
                        "is 0; paragraphs are counted from 1",
                    );
                }
                if source.excerpt.trim().is_empty() {
                    self.warn(
                        field(path, "source.excerpt"),
                        "is empty; quote a few words of the sentence, verbatim",
                    );
                }
            }
        }
    }

    fn actors(&mut self, actors: Items<Actor>) -> Items<Actor> {
        let mut ids = TextSet::default();
        let mut kept: Items<Actor> = actors
            .into_iter()
            .filter(|(path, actor)| {
                let named = self.require_text(&field(path, "name"), &actor.name);
                self.claim_id(path, actor.id.as_str(), &mut ids, "actor") && named
            })
            .collect();
        for (path, actor) in &mut kept {
            actor.aliases = self.cap_list(
                &field(path, "aliases"),
                std::mem::take(&mut actor.aliases),
                "aliases",
            );
            if let Some(affiliation) = &actor.affiliation {
                if !ids.contains(affiliation.as_str()) || *affiliation == actor.id {
                    self.warn(field(path, "affiliation"), format!("\"{affiliation}\" is not another actor's id; the affiliation was left out"));
                    actor.affiliation = None;
                }
            }
            self.check_source(path, &actor.source);
            self.check_draft_note(path, &actor.draft_note);
        }
        kept
    }

    fn events(&mut self, events: Items<Event>) -> Items<Event> {
        let mut ids = TextSet::default();
        events
            .into_iter()
            .filter(|(path, event)| {
                let titled = self.require_text(&field(path, "title"), &event.title);
                let dated = match (event.date, event.end) {
                    (None, _) if event.kind != EventKind::Context => {
                        self.error(field(path, "date"), format!("missing; a {} event needs a date such as \"2022-04-09\"; only context events may be undated", event.kind.label()));
                        false
                    }
                    (None, Some(_)) => {
                        self.error(field(path, "end"), "an event with an end also needs a date");
                        false
                    }
                    (Some(date), Some(end)) if end.end_day() <= date.first_day() => {
                        self.error(field(path, "end"), format!("{} is before the start, {}; the end must not come before the date", end.in_words(), date.in_words()));
                        false
                    }
                    _ => true,
                };
                self.claim_id(path, event.id.as_str(), &mut ids, "event") && titled && dated
            })
            .collect()
    }

    fn quotes(&mut self, quotes: Items<Quote>, actors: &Items<Actor>) -> Items<Quote> {
        let at: HashMap<String, usize> = actors
            .iter()
            .enumerate()
            .map(|(i, (_, actor))| (actor.id.0.clone(), i))
            .collect();
        let mut ids = TextSet::default();
        quotes
            .into_iter()
            .filter(|(path, quote)| {
                let worded = self.require_text(&field(path, "text"), &quote.text);
                let speaker = at.get(quote.speaker.as_str()).map(|&i| &actors[i].1);
                let spoken = match speaker {
                    None => {
                        self.error(field(path, "speaker"), format!("\"{}\" is not the id of an actor; the quote was dropped", quote.speaker));
                        false
                    }
                    Some(actor) => {
                        if !matches!(actor.kind, ActorKind::Person | ActorKind::Group) {
                            self.warn(field(path, "speaker"), format!("\"{}\" is {}; quotes are usually spoken by a person or a group", actor.id, actor.kind.with_article()));
                        }
                        true
                    }
                };
                self.claim_id(path, quote.id.as_str(), &mut ids, "quote") && worded && spoken
            })
            .collect()
    }

    /// Resolves the references between events, quotes and actors, dropping
    /// (with a warning) each one that names a missing item.
    fn link_events_and_quotes(
        &mut self,
        mut events: Items<Event>,
        mut quotes: Items<Quote>,
        actors: &Items<Actor>,
    ) -> (Items<Event>, Items<Quote>) {
        let actor_ids = id_set(actors.iter().map(|(_, actor)| actor.id.as_str()));
        let quote_ids = id_set(quotes.iter().map(|(_, quote)| quote.id.as_str()));
        let event_ids = id_set(events.iter().map(|(_, event)| event.id.as_str()));
        for (path, event) in &mut events {
            event.actors = self.keep_references(
                &field(path, "actors"),
                std::mem::take(&mut event.actors),
                &actor_ids,
                ("an actor", "actors"),
            );
            event.quotes = self.keep_references(
                &field(path, "quotes"),
                std::mem::take(&mut event.quotes),
                &quote_ids,
                ("a quote", "quotes"),
            );
            self.check_source(path, &event.source);
            self.check_draft_note(path, &event.draft_note);
        }
        for (path, quote) in &mut quotes {
            if let Some(event) = &quote.event {
                if !event_ids.contains(event.as_str()) {
                    self.warn(
                        field(path, "event"),
                        format!("\"{event}\" is not the id of an event; the link was left out"),
                    );
                    quote.event = None;
                }
            }
            self.check_source(path, &quote.source);
            self.check_draft_note(path, &quote.draft_note);
        }
        (events, quotes)
    }

    /// Keeps the ids that `known` holds, each once, and at most
    /// [`MAX_ITEMS_PER_INNER_LIST`] of them. Each missing or repeated id gets
    /// a warning by its position; the known ids past the cap get one warning
    /// between them. `names` name the items referred to: "an actor", "actors".
    fn keep_references<T: AsRef<str>>(
        &mut self,
        path: &str,
        ids: Vec<T>,
        known: &TextSet,
        names: (&str, &str),
    ) -> Vec<T> {
        let texts: Vec<&str> = ids.iter().map(AsRef::as_ref).collect();
        let keep = self.references_to_keep(path, &texts, known, names);
        ids.into_iter()
            .zip(keep)
            .filter_map(|(id, keep)| keep.then_some(id))
            .collect()
    }

    /// Which of `ids` [`Checker::keep_references`] keeps, with its warnings:
    /// written once for every kind of id.
    fn references_to_keep(
        &mut self,
        path: &str,
        ids: &[&str],
        known: &TextSet,
        (one, many): (&str, &str),
    ) -> Vec<bool> {
        let mut keep = vec![false; ids.len()];
        let mut kept = 0;
        let mut over = 0;
        {
            let mut first_at: HashMap<String, usize> = HashMap::new();
            for ((i, id), slot) in ids.iter().enumerate().zip(&mut keep) {
                // A story can name hundreds of thousands of missing ids: past
                // the kept problems, count them without writing their messages.
                if !known.contains(id) {
                    if self.is_full() {
                        self.count_left_off(Severity::Warning);
                    } else {
                        self.warn(
                            format!("{path}[{i}]"),
                            format!("\"{id}\" is not the id of {one}; the reference was left out"),
                        );
                    }
                } else if let Some(first) = first_at.get(*id) {
                    if self.is_full() {
                        self.count_left_off(Severity::Warning);
                    } else {
                        self.warn(
                            format!("{path}[{i}]"),
                            format!(
                                "\"{id}\" is already listed at [{first}]; the repeat was left out"
                            ),
                        );
                    }
                } else {
                    first_at.insert((*id).to_owned(), i);
                    if kept < MAX_ITEMS_PER_INNER_LIST {
                        *slot = true;
                        kept += 1;
                    } else {
                        over += 1;
                    }
                }
            }
        }
        if over > 0 {
            self.warn(path, too_many(over, many));
        }
        keep
    }

    /// Keeps the first [`MAX_ITEMS_PER_INNER_LIST`] entries of a list of
    /// text, with one warning for the rest.
    fn cap_list(&mut self, path: &str, mut list: Vec<String>, many: &str) -> Vec<String> {
        if list.len() > MAX_ITEMS_PER_INNER_LIST {
            self.warn(path, too_many(list.len() - MAX_ITEMS_PER_INNER_LIST, many));
            list.truncate(MAX_ITEMS_PER_INNER_LIST);
        }
        list
    }
}

/// Whether a URL is an absolute http or https address with a host (never
/// `javascript:` and the like); see [`parse_web_address`].
pub fn is_web_address(url: &str) -> bool {
    parse_web_address(url).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_values_are_written_as_serde_json_writes_them() {
        let every_control: String = (0u8..0x20).map(char::from).collect();
        for value in [
            serde_json::json!(null),
            serde_json::json!(true),
            serde_json::json!(false),
            serde_json::json!(2),
            serde_json::json!(-7),
            serde_json::json!(1.5),
            serde_json::json!(1e300),
            serde_json::json!(1e-7),
            serde_json::json!(u64::MAX),
            serde_json::json!("\"quoted\" \\ back/slash \u{7f} é \u{2028} 😀"),
            serde_json::json!(every_control),
            serde_json::json!([]),
            serde_json::json!({}),
            serde_json::json!([1, "two", [null, {"z": 1, "a": [true]}]]),
            serde_json::json!({"b\n": {"version": "2"}, "a": [], "": 0.25}),
        ] {
            assert_eq!(json_text(&value), value.to_string());
        }
    }
}
