//! The embedding page's hold on a mounted widget: it selects items through
//! a [`Controller`] once the widget's story is shown.

use std::cell::RefCell;
use std::rc::Rc;

use yew::Callback;

use crate::state::Selection;

/// A way for the embedding page to select items after mounting.
#[derive(Clone, Default)]
pub struct Controller(Rc<RefCell<Option<Callback<Selection>>>>);

impl PartialEq for Controller {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Controller {
    /// Lets `select` answer [`Controller::select`] (the widget does this once its story is shown).
    pub fn connect(&self, select: Callback<Selection>) {
        *self.0.borrow_mut() = Some(select);
    }

    /// Selects `item`; returns false when no story is shown yet.
    pub fn select(&self, item: Selection) -> bool {
        match self.0.borrow().as_ref() {
            Some(select) => {
                select.emit(item);
                true
            }
            None => false,
        }
    }
}
