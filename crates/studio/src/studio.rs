//! What the studio holds and every action on it, without the browser: the
//! article's text, the story being edited with its history, and what the
//! last action had to say. The view dispatches [`Action`]s; the tests drive
//! the same reducer natively.

use std::rc::Rc;
use std::str::FromStr;

use dateline_engine::i18n::Locale;
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
    /// The story's title; `None` for a story without one.
    pub fn title(&self) -> Option<&str> {
        self.story
            .pointer("/meta/title")
            .and_then(Value::as_str)
            .filter(|title| !title.trim().is_empty())
    }
}

/// What the last action had to say to the producer, as values: the view
/// writes it in the producer's language ([`crate::i18n::Words::notice`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Another story was started; the others are kept.
    NewStory,
    /// The kept story with this title (`None`: untitled) is being edited.
    Editing(Option<String>),
    /// The story with this title (`None`: untitled) was deleted.
    Deleted(Option<String>),
    /// Drafting was asked for before there was an article.
    NoArticle,
    /// A story was drafted from the article: how many items of each list,
    /// how many carry a draft note, and whether the article's publication
    /// date was found (without it, relative dates are left out).
    Drafted {
        events: usize,
        actors: usize,
        relations: usize,
        quotes: usize,
        notes: usize,
        dated: bool,
    },
    /// The file of this name was put in the article's text.
    ArticleOpened(String),
    /// The story file of this name was opened.
    Opened(String),
    /// A TimelineJS timeline was imported from file `name`, in `format`
    /// (the importer's name for it), with the importer's warnings.
    Imported {
        name: String,
        format: &'static str,
        warnings: Vec<String>,
    },
    /// The file `name` was not opened, and the work is as it was.
    NotOpened { name: String, why: Unopened },
    /// The browser would not keep the work.
    NotKept,
    /// The story being edited was changed in another tab, and is shown as
    /// it was kept there.
    ChangedElsewhere,
    /// There is no picture to draw: the story cannot be read.
    NoPicture,
    /// The PNG could not be drawn, for the drawer's reason.
    NoPng(String),
    /// An edit the story refused, in the document's words.
    EditRefused(String),
}

/// Why a file was not opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unopened {
    /// It is larger than a story file may be: its size, in whole MB.
    TooLarge(u64),
    /// It is not text (a picture, say).
    NotText,
    /// It is a story the format refuses, for the format's reason.
    NotStory(String),
    /// It is neither a story nor a timeline, for the importer's reason.
    NotTimeline(String),
}

impl Notice {
    /// Whether it says something was refused or could not be done.
    pub fn refused(&self) -> bool {
        matches!(
            self,
            Notice::NoArticle
                | Notice::NotOpened { .. }
                | Notice::NotKept
                | Notice::NoPicture
                | Notice::NoPng(_)
                | Notice::EditRefused(_)
        )
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
    /// Something the studio could not do.
    Failed(Notice),
    /// The stories as the studio in another tab of this browser kept them.
    KeptElsewhere(Vec<Work>),
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

    /// Takes `works` as another tab kept them, so neither tab writes over
    /// the other's stories with its older copies. The story being edited
    /// stays, with its history, wherever it now is in the list; if the other
    /// tab changed or deleted it, the story at its place is edited instead.
    fn adopt(&mut self, works: Vec<Work>) {
        if works.is_empty() || works == self.all_works() {
            return;
        }
        let mine = Work {
            article: self.article.clone(),
            story: (**self.editor.story()).clone(),
        };
        if let Some(at) = works.iter().position(|work| *work == mine) {
            self.works = Rc::new(works);
            self.current = at;
            return;
        }
        let current = self.current.min(works.len() - 1);
        self.switch(works, current);
        self.notice = Some(Notice::ChangedElsewhere);
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
                self.notice = Some(Notice::NewStory);
                let last = works.len() - 1;
                self.switch(works, last);
            }
            Action::SwitchTo(index) if index < self.works.len() => {
                let works = self.all_works();
                self.notice = Some(Notice::Editing(works[index].title().map(str::to_owned)));
                self.switch(works, index);
            }
            Action::SwitchTo(_) => {}
            Action::DeleteStory => {
                let mut works = self.all_works();
                let gone = works.remove(self.current);
                self.notice = Some(Notice::Deleted(gone.title().map(str::to_owned)));
                let next = self.current.saturating_sub(1);
                self.switch(works, next);
            }
            Action::Draft => self.draft(),
            Action::KeptElsewhere(works) => self.adopt(works),
            Action::Edit(edit) => {
                self.notice = match self.editor.edit(edit) {
                    Ok(()) => None,
                    Err(refused) => Some(Notice::EditRefused(refused.0)),
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
                let megabytes = (bytes / 1_048_576.0).ceil() as u64;
                self.notice = Some(Notice::NotOpened {
                    name,
                    why: Unopened::TooLarge(megabytes),
                })
            }
            Action::Failed(notice) => self.notice = Some(notice),
            Action::NotText { name } => {
                self.notice = Some(Notice::NotOpened {
                    name,
                    why: Unopened::NotText,
                })
            }
        }
    }

    fn draft(&mut self) {
        if self.article.trim().is_empty() {
            self.notice = Some(Notice::NoArticle);
            return;
        }
        let drafted = draft_story(&self.article, &DraftOptions::default());
        let story = &drafted.story;
        let said = Notice::Drafted {
            events: story.events.len(),
            actors: story.actors.len(),
            relations: story.relations.len(),
            quotes: story.quotes.len(),
            notes: drafted.notes(),
            dated: drafted.has_publication_date,
        };
        let story: Value = serde_json::from_str(&story.to_json()).expect("a drafted story is JSON");
        let _ = self.editor.edit(Edit::Replace { story });
        self.notice = Some(said);
    }

    fn open(&mut self, name: &str, text: &str) {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".txt") || lower.ends_with(".text") {
            self.article = text.to_owned();
            self.notice = Some(Notice::ArticleOpened(name.to_owned()));
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
                self.notice = Some(Notice::NotOpened {
                    name: name.to_owned(),
                    why: Unopened::NotStory(why),
                });
                return;
            }
        };
        if value.get("version").is_some() {
            match parse_story(text) {
                Ok(_) => {
                    let _ = self.editor.edit(Edit::Replace { story: value });
                    self.notice = Some(Notice::Opened(name.to_owned()));
                }
                Err(error) => {
                    self.notice = Some(Notice::NotOpened {
                        name: name.to_owned(),
                        why: Unopened::NotStory(error.to_string()),
                    })
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
                self.notice = Some(Notice::Imported {
                    name: name.to_owned(),
                    format: imported.format,
                    warnings: imported.warnings,
                });
            }
            Err(error) => {
                self.notice = Some(Notice::NotOpened {
                    name: name.to_owned(),
                    why: Unopened::NotTimeline(error.to_string()),
                })
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

/// How the widget reads a date typed in the format in `language` (a
/// shipped one's tag), such as "around March 2022" for `2022-03~` in
/// English, or why it is not one.
pub fn date_reading(text: &str, language: &str) -> Result<String, String> {
    let date = StoryDate::from_str(text.trim()).map_err(|error| error.to_string())?;
    Ok(Locale::new(language).date_natively(&date))
}
