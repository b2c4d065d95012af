//! Ids for the items of stories built item by item (drafts and imports):
//! readable slugs of their names, each handed out once per list.

use std::collections::{HashMap, HashSet};

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
