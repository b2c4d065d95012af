//! Reading a story's updates and corrections against the checked story.

use super::*;

impl Checker {
    /// Reads the updates and corrections against the checked story: an
    /// update with a date that is not a day, or is before the story's
    /// publication, is dropped; an item it names that the story does not
    /// have is left out of its list.
    pub(super) fn updates(&mut self, list: RawList, story: &Story) -> Vec<Update> {
        let raw = match list {
            Ok(raw) => raw,
            Err(problem) => {
                self.report(problem);
                return Vec::new();
            }
        };
        let mut ids = TextSet::default();
        let mut kept = Vec::new();
        for (path, mut value) in raw {
            // The items are read here, so each problem keeps its place in the
            // file's list; the update is read with an empty list in their place.
            let items = value
                .get_mut("items")
                .map(|items| std::mem::replace(items, Value::Array(Vec::new())));
            let Some(mut update) = self.item::<Update>(&path, value) else {
                continue;
            };
            let mut valid = self.require_text(&field(&path, "summary"), &update.summary);
            if update.date.precision() != Precision::Day {
                self.error(
                    field(&path, "date"),
                    format!(
                        "{} is not a day; an update is dated with the day it was published, such as \"2024-03-22\"; the update was dropped",
                        update.date.in_words()
                    ),
                );
                valid = false;
            } else if let Some(published) = story
                .meta
                .published
                .filter(|published| update.date.first_day() < published.first_day())
            {
                self.error(
                    field(&path, "date"),
                    format!(
                        "{} is before the story was published, {}; the update was dropped",
                        update.date.in_words(),
                        published.in_words()
                    ),
                );
                valid = false;
            }
            if !(self.claim_id(&path, update.id.as_str(), &mut ids, "update") && valid) {
                continue;
            }
            update.items = self.update_items(&field(&path, "items"), items, story);
            kept.push(update);
        }
        kept
    }

    /// The items an update names that the story has, each once and at most
    /// [`MAX_ITEMS_PER_INNER_LIST`] of them; every other entry is left out
    /// with a warning at its place in the list.
    fn update_items(&mut self, path: &str, items: Option<Value>, story: &Story) -> Vec<ItemRef> {
        let entries = match items {
            None | Some(Value::Null) => return Vec::new(),
            Some(Value::Array(entries)) => entries,
            Some(other) => {
                self.warn(
                    path,
                    format!(
                        "expected a list of items such as [\"event:<id>\"], found {}; it was left out",
                        describe(&other)
                    ),
                );
                return Vec::new();
            }
        };
        let mut kept: Vec<(usize, ItemRef)> = Vec::new();
        let mut over = 0;
        for (i, entry) in entries.iter().enumerate() {
            let at = format!("{path}[{i}]");
            let item = match entry.as_str().map(str::parse::<ItemRef>) {
                Some(Ok(item)) => item,
                Some(Err(reason)) => {
                    self.warn(at, format!("{reason}; the reference was left out"));
                    continue;
                }
                None => {
                    self.warn(
                        at,
                        format!(
                            "expected text such as \"event:<id>\", found {}; the reference was left out",
                            describe(entry)
                        ),
                    );
                    continue;
                }
            };
            if !story.has(&item) {
                self.warn(
                    at,
                    format!("\"{item}\" is not the id of an item of the story; the reference was left out"),
                );
            } else if let Some((first, _)) = kept.iter().find(|(_, seen)| *seen == item) {
                self.warn(
                    at,
                    format!("\"{item}\" is already listed at [{first}]; the repeat was left out"),
                );
            } else if kept.len() < MAX_ITEMS_PER_INNER_LIST {
                kept.push((i, item));
            } else {
                over += 1;
            }
        }
        if over > 0 {
            self.warn(path, too_many(over, "items"));
        }
        kept.into_iter().map(|(_, item)| item).collect()
    }
}
