//! Hook dependencies compared by identity.

use std::ops::Deref;
use std::rc::Rc;

/// A shared value compared by identity: equal only to a clone of itself.
/// Hooks compare their dependencies on every render; a story is never
/// changed in place (a new version is a new `Rc`), so comparing it field by
/// field would cost each render time, and the module the comparison's code.
#[derive(Debug)]
pub struct Same<T>(pub Rc<T>);

impl<T> Clone for Same<T> {
    fn clone(&self) -> Self {
        Self(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Same<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}
