//! What the studio holds and every action on it, without the browser: the
//! article's text, the story being edited with its history, and what the
//! last action had to say. The view dispatches [`Action`]s; the tests drive
//! the same reducer natively.

use std::rc::Rc;
use std::str::FromStr;

use dateline_engine::i18n::Locale;
use dateline_engine::model::validate::MAX_STORY_BYTES;
use dateline_engine::model::{check_story, parse_story, PicturePaths, Severity, StoryDate};
use dateline_toolkit::draft::{draft_story, DraftOptions};
use dateline_toolkit::import::import_timeline;
use serde_json::Value;

use crate::document::{empty_story, Edit};
use crate::editor::Editor;

/// The studio's state.
#[derive(Clone, Debug, PartialEq)]
pub struct Studio {
    /// The article's text, as pasted or opened.
    pub article: String,
    /// The story and its history.
    pub editor: Editor,
    /// What the last action had to say: a file refused, a draft made.
    pub notice: Option<Notice>,
    /// Every story kept in the studio; the one being edited is at
    /// `current`, as it was when it was last switched to. Shared, so an
    /// edit does not copy the other stories.
    pub works: Rc<Vec<Work>>,
    /// Which of `works` is being edited.
    pub current: usize,
}

/// A story kept in the studio, with the article it was drafted from.
#[derive(Clone, Debug, PartialEq)]
pub struct Work {
    /// The article's text.
    pub article: String,
    /// The story file's JSON.
    pub story: Value,
}

impl Work {
    /// The story's title, or a stand-in for a story without one.
    pub fn title(&self) -> String {
        match self.story.pointer("/meta/title").and_then(Value::as_str) {
            Some(title) if !title.trim().is_empty() => title.to_owned(),
            _ => "Untitled story".to_owned(),
        }
    }
}

/// A sentence for the producer about the last action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// Whether it says something was refused.
    pub refused: bool,
    /// The sentence.
    pub text: String,
}

impl Notice {
    fn said(text: impl Into<String>) -> Option<Notice> {
        Some(Notice {
            refused: false,
            text: text.into(),
        })
    }

    fn refused(text: impl Into<String>) -> Option<Notice> {
        Some(Notice {
            refused: true,
            text: text.into(),
        })
    }
}

/// What the producer does.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Types in the article's text.
    Article(String),
    /// Starts another story, keeping this one.
    NewStory,
    /// Goes to the kept story at this index.
    SwitchTo(usize),
    /// Deletes the story being edited, going to another (or a new one).
    DeleteStory,
    /// Drafts a story from the article's text, replacing the story (undoable).
    Draft,
    /// Edits the story.
    Edit(Edit),
    /// Leaves a field: the next keys typed there are a new step to undo.
    EndTyping,
    Undo,
    Redo,
    /// Opens a file: an article (`.txt`), a story, or a TimelineJS JSON or
    /// Google Sheet CSV.
    Open {
        name: String,
        text: String,
    },
    /// A file too large to read, refused before its text is read.
    TooLarge {
        name: String,
        bytes: f64,
    },
    /// A file that is not text (a picture, say).
    NotText {
        name: String,
    },
    /// Something the studio could not do, in a sentence.
    Failed(String),
}

impl Default for Studio {
    fn default() -> Self {
        Studio::new(String::new(), empty_story())
    }
}

impl Studio {
    /// A studio holding one story, `story`, drafted from `article`.
    pub fn new(article: String, story: Value) -> Studio {
        Studio::kept(vec![Work { article, story }], 0)
    }

    /// A studio holding the kept `works`, editing the one at `current`.
    pub fn kept(mut works: Vec<Work>, current: usize) -> Studio {
        if works.is_empty() {
            works.push(Work {
                article: String::new(),
                story: empty_story(),
            });
        }
        let current = current.min(works.len() - 1);
        let Work { article, story } = works[current].clone();
        Studio {
            article,
            editor: Editor::new(story),
            notice: None,
            works: Rc::new(works),
            current,
        }
    }

    /// Every kept story, the one being edited as it stands.
    pub fn all_works(&self) -> Vec<Work> {
        let mut works = (*self.works).clone();
        works[self.current] = Work {
            article: self.article.clone(),
            story: (**self.editor.story()).clone(),
        };
        works
    }

    /// Goes to the work at `index` of `works`, with a fresh history.
    fn switch(&mut self, works: Vec<Work>, index: usize) {
        let notice = self.notice.take();
        *self = Studio::kept(works, index);
        self.notice = notice;
    }

    /// Does what the producer did.
    pub fn reduce(&mut self, action: Action) {
        match action {
            Action::Article(text) => self.article = text,
            Action::NewStory => {
                let mut works = self.all_works();
                works.push(Work {
                    article: String::new(),
                    story: empty_story(),
                });
                self.notice = Notice::said("A new story; the others are kept under Stories.");
                let last = works.len() - 1;
                self.switch(works, last);
            }
            Action::SwitchTo(index) if index < self.works.len() => {
                let works = self.all_works();
                self.notice = Notice::said(format!("Editing {}.", works[index].title()));
                self.switch(works, index);
            }
            Action::SwitchTo(_) => {}
            Action::DeleteStory => {
                let mut works = self.all_works();
                let gone = works.remove(self.current);
                self.notice = Notice::said(format!("Deleted {}.", gone.title()));
                let next = self.current.saturating_sub(1);
                self.switch(works, next);
            }
            Action::Draft => self.draft(),
            Action::Edit(edit) => {
                self.notice = match self.editor.edit(edit) {
                    Ok(()) => None,
                    Err(refused) => Notice::refused(refused.0),
                }
            }
            Action::EndTyping => self.editor.end_typing(),
            Action::Undo => {
                self.editor.undo();
            }
            Action::Redo => {
                self.editor.redo();
            }
            Action::Open { name, text } => self.open(&name, &text),
            Action::TooLarge { name, bytes } => {
                self.notice = Notice::refused(format!(
                    "{name} was not opened: it is {} MB, and a story file holds at most {} MB. Your work is as it was.",
                    (bytes / 1_048_576.0).ceil(),
                    MAX_STORY_BYTES / 1_048_576
                ))
            }
            Action::Failed(text) => self.notice = Notice::refused(text),
            Action::NotText { name } => {
                self.notice = Notice::refused(format!(
                    "{name} was not opened: it is not text, so it is not an article, a story or a timeline. Your work is as it was."
                ))
            }
        }
    }

    fn draft(&mut self) {
        if self.article.trim().is_empty() {
            self.notice = Notice::refused("Paste or open the article's text first.");
            return;
        }
        let drafted = draft_story(&self.article, &DraftOptions::default());
        let (story, notes) = (&drafted.story, drafted.notes());
        let mut said = format!(
            "Drafted {} events, {} actors, {} relations and {} quotes from the article; {notes} carry a draft note to check (see Problems).",
            story.events.len(),
            story.actors.len(),
            story.relations.len(),
            story.quotes.len(),
        );
        if !drafted.has_publication_date {
            said.push_str(" No publication date was found, so dates such as \"last month\" were left out: put the date line under the headline and draft again.");
        }
        let story: Value = serde_json::from_str(&story.to_json()).expect("a drafted story is JSON");
        let _ = self.editor.edit(Edit::Replace { story });
        self.notice = Notice::said(said);
    }

    fn open(&mut self, name: &str, text: &str) {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".txt") || lower.ends_with(".text") {
            self.article = text.to_owned();
            self.notice = Notice::said(format!(
                "{name} is in the article's text; draft it when ready."
            ));
            return;
        }
        if lower.ends_with(".csv") {
            return self.import(name, text);
        }
        let value = match serde_json::from_str::<Value>(text) {
            Ok(value) => value,
            Err(_) => {
                // A story file's own checks say what is wrong with it, and where.
                let why = parse_story(text)
                    .err()
                    .map(|error| error.to_string())
                    .unwrap_or_default();
                self.notice = Notice::refused(format!(
                    "{name} was not opened: {why}. Your work is as it was."
                ));
                return;
            }
        };
        if value.get("version").is_some() {
            match parse_story(text) {
                Ok(_) => {
                    let _ = self.editor.edit(Edit::Replace { story: value });
                    self.notice = Notice::said(format!("Opened {name}."));
                }
                Err(error) => {
                    self.notice = Notice::refused(format!(
                        "{name} was not opened: {error}. Your work is as it was."
                    ))
                }
            }
        } else {
            self.import(name, text);
        }
    }

    fn import(&mut self, name: &str, text: &str) {
        match import_timeline(text) {
            Ok(imported) => {
                let story: Value = serde_json::from_str(&imported.story.to_json())
                    .expect("an imported story is JSON");
                let _ = self.editor.edit(Edit::Replace { story });
                let mut said = format!("Imported {name} (TimelineJS {}).", imported.format);
                for warning in imported.warnings {
                    said.push(' ');
                    said.push_str(&warning);
                }
                self.notice = Notice::said(said);
            }
            Err(error) => {
                self.notice = Notice::refused(format!(
                    "{name} was not opened: it is not a story, and not a TimelineJS timeline ({error}). Your work is as it was."
                ))
            }
        }
    }
}

/// A problem the format's checks found in the story, by the path of its field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Whether the item or field is dropped (an error) or kept (a warning).
    pub error: bool,
    /// The field, such as `events[3].date`; empty for the whole story.
    pub path: String,
    /// What is wrong, and what the format expects.
    pub message: String,
}

/// What the story file's checks say of `story`, as `dateline validate` does.
pub fn findings(story: &Value) -> Vec<Finding> {
    match check_story(story.clone(), PicturePaths::InFolder) {
        Ok(checked) => checked
            .problems
            .into_iter()
            .map(|problem| Finding {
                error: problem.severity == Severity::Error,
                path: problem.path,
                message: problem.message,
            })
            .collect(),
        Err(error) => vec![Finding {
            error: true,
            path: String::new(),
            message: error.to_string(),
        }],
    }
}

/// How the widget reads a date typed in the format, such as "around March
/// 2022" for `2022-03~`, or why it is not one.
pub fn date_reading(text: &str) -> Result<String, String> {
    let date = StoryDate::from_str(text.trim()).map_err(|error| error.to_string())?;
    Ok(Locale::new("en").date_natively(&date))
}
