//! Where the reader finds things in an article: a place in a paragraph, and
//! a candidate name before it is read as one.

use std::ops::Range;

/// Where something is: a paragraph (by position in the article) and a byte
/// range of its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// Position of the paragraph in [`Article::paragraphs`](crate::draft::article::Article::paragraphs).
    pub paragraph: usize,
    /// Byte range in the paragraph's text.
    pub range: Range<usize>,
}

/// A run of capitalised words in a sentence, before it is read as a name.
#[derive(Clone, Debug)]
pub struct Span {
    /// The paragraph it is in (by position in the article).
    pub paragraph: usize,
    /// The sentence of that paragraph it is in.
    pub sentence: usize,
    /// The name's range (after any title, without a possessive 's).
    pub range: Range<usize>,
    /// The name's words.
    pub text: String,
    /// A title before the name ("Governor", "Dr.").
    pub title: Option<String>,
}
