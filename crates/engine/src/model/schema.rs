//! The JSON Schema of the story format, generated from the Rust types so the
//! two never drift. A test compares it with `static/schema/story-v1.json`;
//! `DATELINE_BLESS=1 cargo test -p dateline-engine --lib schema` rewrites that file
//! (refused under CI).

use schemars::JsonSchema;

use super::story::{Actor, Event, Meta, Quote, Relation, Update};

/// A Dateline story file, version 1: one news story as data.
#[derive(JsonSchema)]
#[schemars(title = "Dateline story, version 1")]
#[allow(dead_code)]
struct StoryFile {
    /// The story format version: 1.
    #[schemars(extend("const" = 1))]
    version: u32,
    /// What the story is and where it was published.
    meta: Meta,
    /// People, states, organisations, groups and places in the story.
    #[serde(default)]
    actors: Vec<Actor>,
    /// Events, dated at the precision the article gives.
    #[serde(default)]
    events: Vec<Event>,
    /// Relations between actors, each holding for a period.
    #[serde(default)]
    relations: Vec<Relation>,
    /// Quotes, verbatim, each tied to its speaker.
    #[serde(default)]
    quotes: Vec<Quote>,
    /// Updates and corrections published after the story, each naming the items it added or changed.
    #[serde(default)]
    updates: Vec<Update>,
}

#[test]
fn published_schema_matches_the_rust_types() {
    let schema = schemars::schema_for!(StoryFile);
    let generated = serde_json::to_string_pretty(&schema).expect("a schema serialises") + "\n";
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../static/schema/story-v1.json"
    );
    let bless = std::env::var_os("DATELINE_BLESS").is_some();
    assert!(
        !(bless && std::env::var_os("CI").is_some()),
        "DATELINE_BLESS rewrites the schema and is refused under CI"
    );
    if bless {
        std::fs::write(path, &generated).expect("the schema file is writable");
    }
    let published = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        published == generated,
        "{path} is out of date: run DATELINE_BLESS=1 cargo test -p dateline-engine --lib schema"
    );
    assert_eq!(
        schema.get("$schema").and_then(|v| v.as_str()),
        Some("https://json-schema.org/draft/2020-12/schema")
    );
}
