//! Catalogue messages as markup: the text of a message in the widget's
//! language, with its placeholders drawn as elements (a `<time>`, a `<code>`,
//! a name isolated in `<bdi>`), in the order the language puts them.

use yew::prelude::*;

use crate::i18n::{pieces, text, Piece};

/// Message `key` in the widget's language, each `{name}` drawn by `slot(name)`.
pub fn view_message(key: &str, slot: impl Fn(&str) -> Html) -> Html {
    html! {
        <>
            { for pieces(text(key)).into_iter().map(|piece| match piece {
                Piece::Text(words) => html! { { words } },
                Piece::Slot(name) => slot(name),
            }) }
        </>
    }
}

/// Story text inside interface text, isolated so its direction cannot
/// scramble the words around it (an English name in an Arabic sentence).
pub fn isolated(story_text: impl Into<AttrValue>) -> Html {
    html! { <bdi>{ story_text.into() }</bdi> }
}
