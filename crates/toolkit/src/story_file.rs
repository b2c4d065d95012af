//! Writing story files (format version 1) from drafts and imports: the
//! format's fields in the README's order, with empty ones left out so the
//! file reads well in an editor. Everything written here is read back by
//! [`dateline_engine::model::parse_story`] in the tests, so the two cannot drift.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use dateline_engine::model::StoryDate;

/// A whole story file.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct StoryFile {
    /// Always 1.
    pub version: u32,
    /// What the story is and where it was published.
    pub meta: MetaEntry,
    /// People, states, organisations, groups and places.
    pub actors: Vec<ActorEntry>,
    /// Events, dated at the precision the source gives.
    pub events: Vec<EventEntry>,
    /// Relations between actors.
    pub relations: Vec<RelationEntry>,
    /// Quotes, verbatim.
    pub quotes: Vec<QuoteEntry>,
}

impl StoryFile {
    /// The story as pretty-printed JSON text, ending with a newline.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a story file serialises") + "\n"
    }
}

/// The ids handed out for one of a story file's lists: each id is given
/// once, `base` first, then `base-2`, `base-3`, … Claiming an id takes
/// constant time on average, however many items share a base: the next
/// number to try is kept for each base, so no number is tried twice.
#[derive(Clone, Debug, Default)]
pub struct FreeIds {
    /// Every id handed out.
    taken: HashSet<String>,
    /// For each base already taken, the next number to try after it.
    next: HashMap<String, u64>,
}

impl FreeIds {
    /// An id not handed out before, made from `base` (`item` when empty),
    /// and now taken.
    pub fn claim(&mut self, base: &str) -> String {
        let base = if base.is_empty() { "item" } else { base };
        if self.taken.insert(base.to_owned()) {
            return base.to_owned();
        }
        let next = self.next.entry(base.to_owned()).or_insert(2);
        loop {
            let id = format!("{base}-{next}");
            *next += 1;
            if self.taken.insert(id.clone()) {
                return id;
            }
        }
    }
}

/// The ids taken in each of a story file's lists, for a story built item
/// by item.
#[derive(Clone, Debug, Default)]
pub struct StoryIds {
    /// Actor ids.
    pub actors: FreeIds,
    /// Event ids.
    pub events: FreeIds,
    /// Relation ids.
    pub relations: FreeIds,
    /// Quote ids.
    pub quotes: FreeIds,
}

/// `meta`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct MetaEntry {
    /// The headline.
    pub title: String,
    /// The publication.
    pub source: PublicationEntry,
    /// Publication date (EDTF).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// Bylined authors.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    /// BCP 47 language tag.
    pub language: String,
    /// A sentence or two on what the story is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

/// `meta.source`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PublicationEntry {
    /// Name of the publication.
    pub name: String,
    /// The article's http(s) address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// `*.source`: where in the article an item rests.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SourceEntry {
    /// Body paragraph, from 1.
    pub paragraph: u32,
    /// A few words of the sentence, verbatim.
    pub excerpt: String,
}

/// `actors[]`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ActorEntry {
    /// Unique id.
    pub id: String,
    /// Full name.
    pub name: String,
    /// `person`, `state`, `organisation`, `group` or `place`.
    pub kind: &'static str,
    /// Name for tight spaces.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    /// Role in the story's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Id of the actor it belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// Other names the article uses.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// A sentence about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Where the article introduces it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceEntry>,
    /// What an editor should check.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft_note: Option<String>,
}

/// `events[]`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EventEntry {
    /// Unique id.
    pub id: String,
    /// When it happened (EDTF).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// When it ended (EDTF).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// A short headline.
    pub title: String,
    /// What happened.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Ids of the actors involved.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<String>,
    /// Ids of quotes about it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<String>,
    /// `reported`, `context` or `publication`.
    pub kind: &'static str,
    /// Where the article reports it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceEntry>,
    /// What an editor should check.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft_note: Option<String>,
}

/// `relations[]`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RelationEntry {
    /// Unique id.
    pub id: String,
    /// Actor id it goes from.
    pub from: String,
    /// Actor id it goes to.
    pub to: String,
    /// A verb such as `condemns` or `member_of`.
    pub kind: String,
    /// `cooperative`, `hostile` or `neutral`.
    pub stance: &'static str,
    /// A few words shown on the edge.
    pub label: String,
    /// Whether it runs both ways.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub mutual: bool,
    /// When it began (EDTF).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    /// Ids of events that show it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<String>,
    /// Where the article states it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceEntry>,
    /// What an editor should check.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft_note: Option<String>,
}

/// `quotes[]`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuoteEntry {
    /// Unique id.
    pub id: String,
    /// The words, verbatim, without enclosing quotation marks.
    pub text: String,
    /// Actor id of the speaker.
    pub speaker: String,
    /// The article's attribution wording.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    /// `direct`, `partial` or `pull`.
    pub kind: &'static str,
    /// Id of the event it is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    /// Where it appears.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceEntry>,
    /// What an editor should check.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft_note: Option<String>,
}

/// A date's EDTF text, as a story file writes it.
pub fn edtf(date: StoryDate) -> String {
    date.to_string()
}

/// A lower-case ASCII id from a name: "Caroline Rose" -> `caroline-rose`,
/// "Chargé d’affaires" -> `charge-d-affaires`; at most `max` characters,
/// cut at a hyphen.
pub fn slug(name: &str, max: usize) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        let c = fold_accent(c);
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.len() > max {
        let cut = slug[..max].rfind('-').unwrap_or(max);
        slug.truncate(cut);
    }
    slug
}

/// The unaccented letter of a common accented Latin letter.
fn fold_accent(c: char) -> char {
    match c {
        'à'..='å' | 'ā' => 'a',
        'À'..='Å' | 'Ā' => 'A',
        'ç' | 'č' | 'ć' => 'c',
        'Ç' | 'Č' | 'Ć' => 'C',
        'è'..='ë' | 'ē' | 'ě' => 'e',
        'È'..='Ë' | 'Ē' | 'Ě' => 'E',
        'ì'..='ï' | 'ī' => 'i',
        'Ì'..='Ï' | 'Ī' => 'I',
        'ñ' | 'ń' => 'n',
        'Ñ' | 'Ń' => 'N',
        'ò'..='ö' | 'ø' | 'ō' => 'o',
        'Ò'..='Ö' | 'Ø' | 'Ō' => 'O',
        'ù'..='ü' | 'ū' => 'u',
        'Ù'..='Ü' | 'Ū' => 'U',
        'š' | 'ś' => 's',
        'Š' | 'Ś' => 'S',
        'ž' | 'ź' | 'ż' => 'z',
        'Ž' | 'Ź' | 'Ż' => 'Z',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lower_case_ascii_cut_at_a_hyphen() {
        assert_eq!(slug("Caroline Rose", 40), "caroline-rose");
        assert_eq!(slug("Chargé d’affaires", 40), "charge-d-affaires");
        assert_eq!(slug("  The West! ", 40), "the-west");
        assert_eq!(
            slug("Russia accredits a Taliban envoy", 20),
            "russia-accredits-a"
        );
    }

    #[test]
    fn free_ids_are_numbered_after_the_first() {
        let mut ids = FreeIds::default();
        assert_eq!(ids.claim("rose"), "rose");
        assert_eq!(ids.claim("rose"), "rose-2");
        assert_eq!(ids.claim("rose-3"), "rose-3");
        assert_eq!(ids.claim("rose"), "rose-4");
        assert_eq!(ids.claim(""), "item");
        assert_eq!(ids.claim("item"), "item-2");
    }

    #[test]
    fn many_items_sharing_a_base_get_numbers_in_order() {
        let mut ids = FreeIds::default();
        let claimed: Vec<String> = (0..10_000).map(|_| ids.claim("strike")).collect();
        assert_eq!(claimed[0], "strike");
        assert_eq!(claimed[9_999], "strike-10000");
        let unique: HashSet<&String> = claimed.iter().collect();
        assert_eq!(unique.len(), claimed.len());
    }
}
