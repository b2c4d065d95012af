//! The studio's words in every shipped language, and the sentences it
//! writes from what happened ([`Notice`]).
//!
//! Each language has a catalogue in this crate's `src/i18n/messages/`,
//! written and read as the widget's are (`key = message` lines, `{name}`
//! placeholders, `key.one` / `key.other` plural forms; see
//! `dateline_engine::i18n::catalogue`). They are compiled into the studio's
//! module only: the widget carries none of them. Pure Rust: no DOM.

use dateline_engine::i18n::catalogue::{fill, Catalogue, Messages};
use dateline_engine::i18n::Locale;
use dateline_engine::model::validate::MAX_STORY_BYTES;

use crate::studio::{Notice, Unopened};

/// The studio's catalogues: primary language subtag and catalogue text, in
/// the order of `dateline_engine::i18n::SHIPPED` (English first, the
/// fallback for a missing message).
pub const CATALOGUES: [(&str, &str); 5] = [
    ("en", include_str!("i18n/messages/en.txt")),
    ("ar", include_str!("i18n/messages/ar.txt")),
    ("es", include_str!("i18n/messages/es.txt")),
    ("fr", include_str!("i18n/messages/fr.txt")),
    ("he", include_str!("i18n/messages/he.txt")),
];

/// The studio's words in one language.
#[derive(Clone, Debug)]
pub struct Words {
    language: &'static str,
    messages: Messages,
}

/// The same words: the same language (its catalogues follow from it).
impl PartialEq for Words {
    fn eq(&self, other: &Self) -> bool {
        self.language == other.language
    }
}

impl Words {
    /// The words of primary language subtag `language` (`ar`); English for
    /// a language the studio does not speak.
    pub fn new(language: &str) -> Words {
        let (language, text) = CATALOGUES
            .into_iter()
            .find(|(code, _)| *code == language)
            .unwrap_or(CATALOGUES[0]);
        Words {
            language,
            messages: Messages::new(
                language,
                Catalogue::parse(text),
                Catalogue::parse(CATALOGUES[0].1),
            ),
        }
    }

    /// The primary language subtag, for the `lang` attribute.
    pub fn language(&self) -> &'static str {
        self.language
    }

    /// The value of the `dir` attribute: `ltr` or `rtl`.
    pub fn dir(&self) -> &'static str {
        Locale::new(self.language).dir()
    }

    /// The message `key`, in English when this language lacks it (empty
    /// when no catalogue has it, which the catalogue tests rule out).
    pub fn text(&self, key: &str) -> &'static str {
        self.messages.text(key)
    }

    /// The message `key` with its `{name}` placeholders filled from `args`.
    pub fn fill(&self, key: &str, args: &[(&str, &str)]) -> String {
        fill(self.text(key), args)
    }

    /// The plural form of message `key` for `n` (`key.one`, `key.other`,
    /// ...), with `{count}` filled by `n` and the other placeholders from `args`.
    pub fn count(&self, key: &str, n: usize, args: &[(&str, &str)]) -> String {
        let message = self.messages.plural(key, n);
        let number = n.to_string();
        let mut all = vec![("count", number.as_str())];
        all.extend_from_slice(args);
        fill(message, &all)
    }

    /// A field's label: the field's name (`Title`), for the field at `key`
    /// of its item or of the story (`source.excerpt`, `meta.title`).
    pub fn field(&self, key: &str) -> &'static str {
        self.text(&format!("field.{key}"))
    }

    /// A story's title, or the stand-in for a story without one.
    pub fn story_title(&self, title: Option<&str>) -> String {
        title.map_or_else(|| self.text("stories.untitled").to_owned(), str::to_owned)
    }

    /// What `notice` says, as a sentence (or two). Texts the drafter,
    /// importer and checks wrote are kept as they wrote them.
    pub fn notice(&self, notice: &Notice) -> String {
        let named = |key, name: &str| self.fill(key, &[("name", name)]);
        let refused = |key, name: &str, why: &str| self.fill(key, &[("name", name), ("why", why)]);
        match notice {
            Notice::NewStory => self.text("notice.new_story").to_owned(),
            Notice::Editing(title) => {
                let title = self.story_title(title.as_deref());
                self.fill("notice.editing", &[("title", &title)])
            }
            Notice::Deleted(title) => {
                let title = self.story_title(title.as_deref());
                self.fill("notice.deleted", &[("title", &title)])
            }
            Notice::NoArticle => self.text("notice.no_article").to_owned(),
            Notice::Drafted {
                events,
                actors,
                relations,
                quotes,
                notes,
                dated,
            } => {
                let [events, actors, relations, quotes, notes] = [
                    ("drafted.events", events),
                    ("drafted.actors", actors),
                    ("drafted.relations", relations),
                    ("drafted.quotes", quotes),
                    ("drafted.notes", notes),
                ]
                .map(|(key, n)| self.count(key, *n, &[]));
                let mut said = self.fill(
                    "notice.drafted",
                    &[
                        ("events", &events),
                        ("actors", &actors),
                        ("relations", &relations),
                        ("quotes", &quotes),
                        ("notes", &notes),
                    ],
                );
                if !dated {
                    said.push(' ');
                    said.push_str(self.text("notice.undated"));
                }
                said
            }
            Notice::ArticleOpened(name) => named("notice.article_opened", name),
            Notice::Opened(name) => named("notice.opened", name),
            Notice::Imported {
                name,
                format,
                warnings,
            } => {
                let mut said = self.fill("notice.imported", &[("name", name), ("format", format)]);
                for warning in warnings {
                    said.push(' ');
                    said.push_str(warning);
                }
                said
            }
            Notice::NotOpened { name, why } => match why {
                Unopened::TooLarge(megabytes) => self.fill(
                    "notice.too_large",
                    &[
                        ("name", name),
                        ("size", &megabytes.to_string()),
                        ("limit", &(MAX_STORY_BYTES / 1_048_576).to_string()),
                    ],
                ),
                Unopened::NotText => named("notice.not_text", name),
                Unopened::NotStory(why) => refused("notice.not_story", name, why),
                Unopened::NotTimeline(why) => refused("notice.not_timeline", name, why),
            },
            Notice::NotKept => self.text("notice.not_kept").to_owned(),
            Notice::ChangedElsewhere => self.text("notice.changed_elsewhere").to_owned(),
            Notice::NoPicture => self.text("notice.no_picture").to_owned(),
            Notice::NoPng(why) => self.fill("notice.no_png", &[("why", why)]),
            Notice::EditRefused(why) => why.clone(),
        }
    }
}

/// The name of shipped language `language` in that language (`العربية`),
/// for the language switches.
pub fn language_name(language: &str) -> &'static str {
    let (_, text) = CATALOGUES
        .into_iter()
        .find(|(code, _)| *code == language)
        .unwrap_or(CATALOGUES[0]);
    // Read from its line, without reading the whole catalogue.
    text.lines()
        .find_map(|line| {
            let (key, name) = line.split_once('=')?;
            (key.trim() == "language.name").then(|| name.trim())
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::{language_name, Words, CATALOGUES};
    use crate::studio::{Notice, Unopened};

    #[test]
    fn each_language_is_named_in_itself_as_its_catalogue_names_it() {
        for (code, _) in CATALOGUES {
            assert_eq!(language_name(code), Words::new(code).text("language.name"));
        }
        assert_eq!(language_name("ar"), "العربية");
    }

    #[test]
    fn a_language_not_shipped_is_english() {
        assert_eq!(Words::new("de").language(), "en");
        assert_eq!(Words::new("ar").dir(), "rtl");
        assert_eq!(Words::new("fr").dir(), "ltr");
    }

    #[test]
    fn counts_take_the_form_their_number_needs() {
        let drafted = |n| Notice::Drafted {
            events: n,
            actors: 2,
            relations: 0,
            quotes: 3,
            notes: n,
            dated: true,
        };
        let english = Words::new("en");
        assert_eq!(
            english.notice(&drafted(1)),
            "Drafted 1 event, 2 actors, 0 relations and 3 quotes from the article; 1 carries a draft note to check (see Problems)."
        );
        assert!(english.notice(&drafted(5)).starts_with("Drafted 5 events,"));
        assert!(Words::new("ar").notice(&drafted(2)).contains("حدثان"));
    }

    #[test]
    fn refusals_say_the_file_and_keep_the_reason_as_given() {
        let notice = Notice::NotOpened {
            name: "huge.json".into(),
            why: Unopened::TooLarge(50),
        };
        assert!(notice.refused());
        assert_eq!(
            Words::new("en").notice(&notice),
            "huge.json was not opened: it is 50 MB, and a story file holds at most 5 MB. Your work is as it was."
        );
        let notice = Notice::NotOpened {
            name: "v2.json".into(),
            why: Unopened::NotStory("version 2 is not read".into()),
        };
        assert!(Words::new("fr")
            .notice(&notice)
            .contains("version 2 is not read"));
    }
}
