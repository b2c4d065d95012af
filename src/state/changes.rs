//! What changed in a living story: which items are new since the update a
//! reader last saw, which were corrected and when, the steps through what is
//! new, and the name a story is remembered by. Remembering what was seen is
//! the hooks' business; this is only what follows from it. No DOM.

use std::collections::HashMap;
use std::hash::Hasher;

use super::Selection;
use crate::model::{EventId, ItemRef, ItemSet, Meta, Story, StoryDate, UpdateId, UpdateKind};

/// Prefix of the browser storage key under which a story's seen update is kept.
pub const SEEN_KEY_PREFIX: &str = "dateline:seen:";

/// The newest version of a story a reader has seen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seen {
    /// The story as first published, before any update.
    Original,
    /// The story as of this update or correction.
    Update {
        /// The update's id.
        id: UpdateId,
        /// The day it was published.
        date: StoryDate,
    },
}

impl Seen {
    /// What a reader has seen once they have read `story` as it is on
    /// `today` (the reader's day): its newest update dated on or before
    /// `today`. An update dated later is not seen before its day, so it
    /// cannot hide the updates published until then.
    pub fn newest_of(story: &Story, today: StoryDate) -> Self {
        let published = story
            .updates_in_order()
            .into_iter()
            .rfind(|update| update.date.first_day() <= today.first_day());
        match published {
            Some(update) => Self::Update {
                id: update.id.clone(),
                date: update.date,
            },
            None => Self::Original,
        }
    }

    /// The text kept in storage: `original`, or the update's date and id,
    /// such as `2024-03-22 barrier-repaired`.
    pub fn to_stored(&self) -> String {
        match self {
            Self::Original => "original".to_owned(),
            Self::Update { id, date } => format!("{date} {id}"),
        }
    }

    /// Reads what [`Seen::to_stored`] wrote; `None` for anything else.
    pub fn from_stored(text: &str) -> Option<Self> {
        if text == "original" {
            return Some(Self::Original);
        }
        let (date, id) = text.split_once(' ')?;
        if id.is_empty() {
            return None;
        }
        Some(Self::Update {
            id: id.into(),
            date: date.parse().ok()?,
        })
    }
}

/// The storage key for a story, after [`SEEN_KEY_PREFIX`]: the address of
/// the story file it was read from (`address`, an `http` or `https` address
/// as the loader resolved it against the page), else, for a story given
/// inline, `inline:` and a hash of its identity ([`identity_hash`]). So two
/// stories made from one article are remembered apart, and a story file can
/// only ever name its own entry.
pub fn seen_key(address: Option<&str>, meta: &Meta) -> String {
    match address {
        Some(address) => format!("{SEEN_KEY_PREFIX}{address}"),
        None => format!("{SEEN_KEY_PREFIX}inline:{:016x}", identity_hash(meta)),
    }
}

/// A hash of what makes a story given inline the story it is, from the
/// fields that stay the same when updates are added: its title, its
/// publication's name, its article's address and its publication date
/// (updates add to `updates` and to the items, never to these). The hash is
/// the standard library's SipHash-1-3 with a zero key (`DefaultHasher`, whose
/// code the widget carries anyway) over each field's length and bytes; a
/// test pins its value, so a toolchain that changed it would be noticed.
pub fn identity_hash(meta: &Meta) -> u64 {
    let published = meta.published.map(|date| date.to_string());
    let mut hasher = std::hash::DefaultHasher::new();
    for field in [
        Some(meta.title.trim()),
        Some(meta.source.name.trim()),
        meta.source.url.as_deref(),
        published.as_deref(),
    ] {
        // A missing field and an empty one differ.
        let bytes = field.map_or(&[][..], str::as_bytes);
        let length = field.map_or(u64::MAX, |_| bytes.len() as u64);
        hasher.write(&length.to_le_bytes());
        hasher.write(bytes);
    }
    hasher.finish()
}

/// One correction of an item, as its card shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Correction {
    /// The day the correction was published.
    pub date: StoryDate,
    /// What was corrected, in a sentence.
    pub summary: String,
}

/// What is new to this reader and what has been corrected.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    new: ItemSet,
    /// Each corrected item's corrections, oldest first.
    corrections: Vec<Vec<Correction>>,
    /// Where each corrected item's corrections are, by the item as text
    /// (`event:<id>`): the id maps the widget already carries, rather than
    /// a hash table of its own for item references.
    corrected_at: HashMap<String, usize>,
}

impl Changes {
    /// The changes in `story` for a reader who last saw `seen`: the items
    /// named by updates (not corrections) published after it are new;
    /// nothing is new when nothing was remembered. An update `seen` names
    /// that the story no longer has is placed by its date. Corrections are
    /// listed whatever was seen.
    pub fn since(story: &Story, seen: Option<&Seen>) -> Self {
        let updates = story.updates_in_order();
        let first = match seen {
            None => updates.len(),
            Some(Seen::Original) => 0,
            Some(Seen::Update { id, date }) => {
                match updates.iter().position(|update| &update.id == id) {
                    Some(index) => index + 1,
                    None => updates
                        .iter()
                        .position(|update| update.date > *date)
                        .unwrap_or(updates.len()),
                }
            }
        };
        let unseen = &updates[first..];
        let mut new = ItemSet::default();
        new.extend(
            unseen
                .iter()
                .filter(|update| update.kind == UpdateKind::Update)
                .flat_map(|update| &update.items),
        );
        let mut corrections: Vec<Vec<Correction>> = Vec::new();
        let mut corrected_at: HashMap<String, usize> = HashMap::new();
        for correction in story.corrections() {
            for item in &correction.items {
                let item = item.to_string();
                let at = match corrected_at.get(&item) {
                    Some(&at) => at,
                    None => {
                        corrected_at.insert(item, corrections.len());
                        corrections.push(Vec::new());
                        corrections.len() - 1
                    }
                };
                corrections[at].push(Correction {
                    date: correction.date,
                    summary: correction.summary.clone(),
                });
            }
        }
        Self {
            new,
            corrections,
            corrected_at,
        }
    }

    /// Whether anything is new.
    pub fn has_new(&self) -> bool {
        !self.new.is_empty()
    }

    /// Whether `item` is new to this reader.
    pub fn is_new(&self, item: &ItemRef) -> bool {
        self.new.contains(item)
    }

    /// Whether the selected item is new to this reader.
    pub fn is_new_selection(&self, selection: &Selection) -> bool {
        self.is_new(&selection.item())
    }

    /// The corrections of `item`, oldest first (empty if it was never corrected).
    pub fn corrections_of(&self, item: &ItemRef) -> &[Correction] {
        if self.corrected_at.is_empty() {
            return &[];
        }
        self.corrected_at
            .get(&item.to_string())
            .map_or(&[], |&at| self.corrections[at].as_slice())
    }

    /// What's new, as story steps: the dated events that are new, or that a
    /// new quote is about, or that show a new relation, in time order.
    pub fn new_steps(&self, story: &Story) -> Vec<EventId> {
        let mut events = self.new.events.clone();
        events.extend(
            story
                .quotes
                .iter()
                .filter(|quote| self.new.quotes.contains(&quote.id))
                .filter_map(|quote| quote.event.as_ref()),
        );
        events.extend(
            story
                .relations
                .iter()
                .filter(|relation| self.new.relations.contains(&relation.id))
                .flat_map(|relation| &relation.events),
        );
        story
            .events_in_time_order()
            .into_iter()
            .filter(|event| events.contains(&event.id))
            .map(|event| event.id.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_story;

    fn version(n: u8) -> Story {
        let text = match n {
            1 => include_str!("../../tests/fixtures/living/riverside-v1.json"),
            _ => include_str!("../../tests/fixtures/living/riverside-v2.json"),
        };
        parse_story(text).expect("the fixture reads").story
    }

    fn new_items(changes: &Changes) -> Vec<String> {
        let new = &changes.new;
        let mut items: Vec<String> = [
            ("event", new.events.texts().collect::<Vec<_>>()),
            ("actor", new.actors.texts().collect()),
            ("relation", new.relations.texts().collect()),
            ("quote", new.quotes.texts().collect()),
        ]
        .into_iter()
        .flat_map(|(kind, ids)| ids.into_iter().map(move |id| format!("{kind}:{id}")))
        .collect();
        items.sort();
        items
    }

    fn today() -> StoryDate {
        "2024-06-01".parse().unwrap()
    }

    #[test]
    fn on_a_first_visit_nothing_is_new_and_the_newest_update_is_remembered() {
        let story = version(1);
        assert!(!Changes::since(&story, None).has_new());
        assert_eq!(
            Seen::newest_of(&story, today()).to_stored(),
            "2024-03-21 pumps"
        );
    }

    #[test]
    fn items_of_updates_after_the_remembered_one_are_new_and_corrections_are_not() {
        let seen = Seen::newest_of(&version(1), today());
        let story = version(2);
        let changes = Changes::since(&story, Some(&seen));
        assert_eq!(
            new_items(&changes),
            [
                "actor:army-engineers",
                "actor:sam-reyes",
                "event:barrier-repaired",
                "event:residents-return",
                "quote:reyes-confident",
                "relation:engineers-support-council"
            ]
        );
        let corrected = ItemRef::Event("evacuation-ordered".into());
        assert!(
            !changes.is_new(&corrected),
            "a correction is never just new"
        );
        assert_eq!(changes.corrections_of(&corrected).len(), 1);
        assert_eq!(
            changes.corrections_of(&corrected)[0].date.to_string(),
            "2024-03-22"
        );
        assert!(!changes.is_new(&ItemRef::Event("pumps-deployed".into())));
    }

    #[test]
    fn a_third_visit_of_the_unchanged_story_shows_nothing_new_but_keeps_corrections() {
        let story = version(2);
        let changes = Changes::since(&story, Some(&Seen::newest_of(&story, today())));
        assert!(!changes.has_new());
        assert!(changes.new_steps(&story).is_empty());
        let corrected = ItemRef::Event("evacuation-ordered".into());
        assert_eq!(changes.corrections_of(&corrected).len(), 1);
    }

    #[test]
    fn a_reader_of_the_original_sees_every_update_as_new() {
        let story = version(2);
        let changes = Changes::since(&story, Some(&Seen::Original));
        assert!(changes.is_new(&ItemRef::Event("pumps-deployed".into())));
        assert!(changes.is_new(&ItemRef::Event("barrier-repaired".into())));
        assert!(!changes.is_new(&ItemRef::Event("evacuation-ordered".into())));
    }

    #[test]
    fn a_remembered_update_the_story_no_longer_has_is_placed_by_its_date() {
        let story = version(2);
        let seen = Seen::Update {
            id: "withdrawn".into(),
            date: "2024-03-22".parse().unwrap(),
        };
        let changes = Changes::since(&story, Some(&seen));
        assert!(changes.is_new(&ItemRef::Event("barrier-repaired".into())));
        assert!(!changes.is_new(&ItemRef::Event("pumps-deployed".into())));
    }

    #[test]
    fn whats_new_steps_are_the_new_items_events_in_time_order() {
        let story = version(2);
        let changes = Changes::since(&story, Some(&Seen::newest_of(&version(1), today())));
        let steps: Vec<String> = changes
            .new_steps(&story)
            .into_iter()
            .map(|id| id.to_string())
            .collect();
        assert_eq!(steps, ["barrier-repaired", "residents-return"]);
    }

    #[test]
    fn what_was_seen_survives_storage_and_garbage_is_ignored() {
        let seen = Seen::Update {
            id: "id with spaces".into(),
            date: "2024-03-22".parse().unwrap(),
        };
        assert_eq!(Seen::from_stored(&seen.to_stored()), Some(seen));
        assert_eq!(Seen::from_stored("original"), Some(Seen::Original));
        for garbage in ["", "2024-03-22", "not-a-date x", "2024-03-22 "] {
            assert_eq!(Seen::from_stored(garbage), None, "{garbage:?}");
        }
    }

    #[test]
    fn a_story_file_is_remembered_by_its_own_address_and_an_inline_story_by_its_identity() {
        let meta = version(1).meta;
        assert_eq!(
            seen_key(Some("https://example.org/stories/riverside.json"), &meta),
            "dateline:seen:https://example.org/stories/riverside.json"
        );
        assert_eq!(
            seen_key(None, &meta),
            format!("dateline:seen:inline:{:016x}", identity_hash(&meta))
        );
    }
}
