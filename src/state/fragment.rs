//! The URL fragment entries that link to a widget's selection:
//! `#dateline=event:<id>`, several widgets' entries side by side with the
//! host page's own, ids percent-encoded.

use super::Selection;
use crate::model::link::{percent_decoded, percent_encoded};

/// The key of a widget's entry in a URL fragment: `#dateline=event:<id>`,
/// or `#dateline-<host id>=event:<id>` for a widget whose host element has
/// an id, so that each of several widgets on a page has its own links.
pub fn fragment_key(host_id: Option<&str>) -> String {
    match host_id.filter(|id| !id.is_empty()) {
        Some(id) => format!("dateline-{id}"),
        None => "dateline".to_owned(),
    }
}

/// The selection a URL fragment (with or without its `#`) names under `key`,
/// if any. The fragment may hold other `&`-separated entries, which are ignored.
pub fn selection_in_fragment(fragment: &str, key: &str) -> Option<Selection> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .find_map(|entry| entry.strip_prefix(key)?.strip_prefix('='))
        .and_then(|value| Selection::from_fragment(&percent_decoded(value)))
}

/// `fragment` with the entry under `key` set to `selection` (or removed),
/// keeping every other entry as it was. Returns the new fragment without its `#`.
pub fn fragment_with(fragment: &str, key: &str, selection: Option<&Selection>) -> String {
    let mut entries: Vec<String> = fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|entry| {
            !entry.is_empty()
                && entry
                    .strip_prefix(key)
                    .is_none_or(|rest| !rest.starts_with('='))
        })
        .map(str::to_owned)
        .collect();
    if let Some(selection) = selection {
        let (kind, id) = selection
            .to_fragment()
            .split_once(':')
            .map(|(kind, id)| (kind.to_owned(), percent_encoded(id, ID_KEPT)))
            .unwrap_or_default();
        entries.push(format!("{key}={kind}:{id}"));
    }
    entries.join("&")
}

/// The bytes an id keeps besides ASCII letters and digits: every other one is
/// escaped, so an id cannot end its entry (`&`), start another (`=`) or the
/// fragment (`#`).
const ID_KEPT: &[u8] = b"-._~";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_name_items_and_keep_the_host_page_entries() {
        assert_eq!(
            selection_in_fragment("#dateline=event:gharwal-accredited", "dateline"),
            Some(Selection::Event("gharwal-accredited".into()))
        );
        assert_eq!(
            selection_in_fragment("#top&dateline=actor:russia", "dateline"),
            Some(Selection::Actor("russia".into()))
        );
        assert_eq!(
            selection_in_fragment("#dateline=relation%3Aus-condemns-russia", "dateline"),
            Some(Selection::Relation("us-condemns-russia".into()))
        );
        assert_eq!(
            selection_in_fragment("#dateline=planet:mars", "dateline"),
            None
        );
        assert_eq!(
            selection_in_fragment("#datelines=event:x", "dateline"),
            None
        );
        assert_eq!(selection_in_fragment("", "dateline"), None);
        assert_eq!(
            fragment_with(
                "#top&dateline=actor:russia",
                "dateline",
                Some(&Selection::Event("e".into()))
            ),
            "top&dateline=event:e"
        );
        assert_eq!(
            fragment_with("#top&dateline=actor:russia", "dateline", None),
            "top"
        );
        assert_eq!(
            fragment_with("", "dateline", Some(&Selection::Quote("q".into()))),
            "dateline=quote:q"
        );
    }

    #[test]
    fn ids_are_percent_encoded_so_one_story_cannot_write_another_widgets_entry() {
        let hostile = Selection::Event("x&dateline-other=event:forged#top".into());
        let fragment = fragment_with("#dateline-other=event:real", "dateline", Some(&hostile));
        assert_eq!(
            fragment,
            "dateline-other=event:real&dateline=event:x%26dateline-other%3Devent%3Aforged%23top"
        );
        assert_eq!(
            selection_in_fragment(&fragment, "dateline-other"),
            Some(Selection::Event("real".into()))
        );
        assert_eq!(selection_in_fragment(&fragment, "dateline"), Some(hostile));
        let arabic = Selection::Actor("روسيا".into());
        let written = fragment_with("", "dateline", Some(&arabic));
        assert!(written.is_ascii());
        assert_eq!(selection_in_fragment(&written, "dateline"), Some(arabic));
    }

    #[test]
    fn each_widget_with_a_host_id_has_its_own_fragment_entry() {
        assert_eq!(fragment_key(None), "dateline");
        assert_eq!(fragment_key(Some("second")), "dateline-second");
        let both = fragment_with(
            "dateline-first=event:a",
            "dateline-second",
            Some(&Selection::Actor("china".into())),
        );
        assert_eq!(both, "dateline-first=event:a&dateline-second=actor:china");
        assert_eq!(
            selection_in_fragment(&both, "dateline-first"),
            Some(Selection::Event("a".into()))
        );
        assert_eq!(
            selection_in_fragment(&both, "dateline"),
            None,
            "a prefix is not a key"
        );
    }

    #[test]
    fn an_escape_at_the_very_end_is_decoded() {
        assert_eq!(
            selection_in_fragment("dateline=event:caf%C3%A9", "dateline"),
            Some(Selection::Event("café".into()))
        );
        assert_eq!(
            selection_in_fragment("dateline=event:a%2", "dateline"),
            Some(Selection::Event("a%2".into())),
            "a broken escape is kept as it is"
        );
    }
}
