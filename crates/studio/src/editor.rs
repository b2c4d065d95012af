//! The studio's one reducer: the story, and undo and redo over every edit.
//! Typing in one field is one step to undo, not one per key.

use std::rc::Rc;

use serde_json::Value;

use crate::document::{apply, Edit, EditRefused};

/// How many steps can be undone.
pub const HISTORY_STEPS: usize = 200;

/// The story being edited and its history.
#[derive(Clone, Debug, PartialEq)]
pub struct Editor {
    story: Rc<Value>,
    undo: Vec<Rc<Value>>,
    redo: Vec<Rc<Value>>,
    /// The field the last edit typed into, while typing goes on there.
    typing: Option<String>,
}

impl Editor {
    /// An editor of `story`, with nothing to undo.
    pub fn new(story: Value) -> Editor {
        Editor {
            story: Rc::new(story),
            undo: Vec::new(),
            redo: Vec::new(),
            typing: None,
        }
    }

    /// The story as it stands.
    pub fn story(&self) -> &Rc<Value> {
        &self.story
    }

    /// Makes `edit`, as one step to undo unless it goes on typing in the
    /// field the last edit set. Typing an id is made afresh on the story as
    /// it was before the typing began, so the references follow the id from
    /// where they were, even through a blank or taken id on the way.
    pub fn edit(&mut self, edit: Edit) -> Result<(), EditRefused> {
        let typed = edit.typed_path();
        let goes_on_typing = typed.is_some() && typed == self.typing;
        let before = match (&edit, self.undo.last()) {
            (Edit::RenameId { .. }, Some(before)) if goes_on_typing => before,
            _ => &self.story,
        };
        let mut story = (**before).clone();
        apply(&mut story, edit)?;
        if story == *self.story {
            return Ok(());
        }
        if !goes_on_typing {
            self.undo.push(self.story.clone());
            if self.undo.len() > HISTORY_STEPS {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.typing = typed;
        self.story = Rc::new(story);
        Ok(())
    }

    /// Ends the current typing step, so the next keys in the same field
    /// are a step of their own (the field lost focus).
    pub fn end_typing(&mut self) {
        self.typing = None;
    }

    /// Goes back one step; false when there is none.
    pub fn undo(&mut self) -> bool {
        let Some(previous) = self.undo.pop() else {
            return false;
        };
        self.redo.push(std::mem::replace(&mut self.story, previous));
        self.typing = None;
        true
    }

    /// Goes forward one undone step; false when there is none.
    pub fn redo(&mut self) -> bool {
        let Some(next) = self.redo.pop() else {
            return false;
        };
        self.undo.push(std::mem::replace(&mut self.story, next));
        self.typing = None;
        true
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is an undone step to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}
