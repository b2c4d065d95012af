//! The widget's language: its messages, its direction, and how it writes
//! dates and numbers.
//!
//! Every interface string comes from a message catalogue, one file per
//! language in this crate's `src/i18n/messages/` (see [`catalogue`]). A
//! [`Locale`] is the catalogue of one language tag together with its writing direction and its
//! way of writing dates and numbers: for a shipped language without region,
//! and wherever there is no browser (the `dateline render` pre-render and the
//! tests), through the small table each catalogue carries (its month names and
//! date patterns), which the end-to-end tests keep equal to what `Intl` writes;
//! for any other tag, in the browser through `Intl` (which the widget gives a
//! locale as [`PlatformFormats`]).
//!
//! Each widget runs in its own WebAssembly instance, so the language of the
//! widget being drawn is held once per thread ([`set_locale`], read with
//! [`locale`]) rather than threaded through every view function; `StoryView`
//! sets it when it draws, and the pre-renderer does so through `StoryView`
//! too. Views only read it.

pub mod catalogue;
mod locale;
pub mod plural;
mod sentences;

use std::cell::RefCell;
use std::rc::Rc;

pub use crate::layout::AxisLabel;
pub use catalogue::{add_fetched, missing, pieces, Catalogue, Piece, LANGUAGES, SHIPPED};
pub use locale::{Direction, Locale, PlatformFormats};

thread_local! {
    /// The locale of the widget this instance draws (English until set).
    static CURRENT: RefCell<Option<Rc<Locale>>> = const { RefCell::new(None) };
}

/// The locale of the widget being drawn; English until [`set_locale`] is called.
pub fn locale() -> Rc<Locale> {
    CURRENT.with(|current| {
        current
            .borrow_mut()
            .get_or_insert_with(|| Rc::new(Locale::new("en")))
            .clone()
    })
}

/// Makes `locale` the one views read from now on (the widget's language).
pub fn set_locale(locale: Rc<Locale>) {
    CURRENT.with(|current| *current.borrow_mut() = Some(locale));
}

/// The message `key` in the widget's language.
pub fn text(key: &str) -> &'static str {
    locale().text(key)
}

/// The message `key` with its `{name}` placeholders filled from `args`.
pub fn fill(key: &str, args: &[(&str, &str)]) -> String {
    locale().fill(key, args)
}

/// A relation as a sentence in the widget's language (see [`Locale::relation_sentence`]).
pub fn relation_sentence(story: &crate::model::Story, relation: &crate::model::Relation) -> String {
    locale().relation_sentence(story, relation)
}

/// The plural form of message `key` for `count`, with `{count}` written as
/// the language writes numbers and the other placeholders from `args`.
pub fn count(key: &str, count: usize, args: &[(&str, &str)]) -> String {
    locale().count(key, count, args)
}
