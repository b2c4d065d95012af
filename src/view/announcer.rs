//! The widget's one live region: what a screen reader says when the reader
//! steps through the story, selects an item or searches, said once and in
//! one place, so two regions never speak over each other.

use yew::prelude::*;

use crate::i18n::relation_sentence;
use crate::model::Story;
use crate::state::Selection;

/// Says a message through the widget's live region. The story view hands it
/// to the components that speak (the search); the latest message (or
/// selection) wins.
#[derive(Clone, PartialEq)]
pub struct Announcer(Callback<String>);

impl Announcer {
    /// An announcer that hands each message to `say`.
    pub fn new(say: Callback<String>) -> Self {
        Self(say)
    }

    /// Says `message`; an empty one says nothing and leaves the region as it is.
    pub fn say(&self, message: impl Into<String>) {
        let message = message.into();
        if !message.is_empty() {
            self.0.emit(message);
        }
    }
}

/// What the live region says now.
#[derive(Clone, Debug, PartialEq)]
pub enum Spoken {
    /// The selection: its position in the story steps, or its name.
    Selection,
    /// A message a component asked for after the selection last changed.
    Said(String),
}

/// The name of `selection` as the live region says it: the event's title,
/// the actor's name, the relation as a sentence, or a quote's speaker.
pub fn selection_name(story: &Story, selection: &Selection) -> Option<String> {
    Some(match selection {
        Selection::Event(id) => story.event(id)?.title.clone(),
        Selection::Actor(id) => story.actor(id)?.name.clone(),
        Selection::Relation(id) => relation_sentence(story, story.relation(id)?),
        Selection::Quote(id) => story.speaker_name(story.quote(id)?),
    })
}

/// The widget's live region, visually hidden, holding `content`.
pub fn view_live_region(content: Html) -> Html {
    html! {
        <p class="dl-visually-hidden dl-live" role="status" aria-atomic="true">{ content }</p>
    }
}

/// The widget's announcer and what its live region says now: the selection
/// from the moment it changes, until a component says something else.
#[hook]
pub fn use_announcer(selection: Option<Selection>) -> (Announcer, Spoken) {
    let spoken = use_state_eq(|| Spoken::Selection);
    let announcer = {
        let setter = spoken.setter();
        use_memo((), move |()| {
            Announcer::new(Callback::from(move |message| {
                setter.set(Spoken::Said(message))
            }))
        })
    };
    {
        let setter = spoken.setter();
        use_effect_with(selection, move |_| setter.set(Spoken::Selection));
    }
    ((*announcer).clone(), (*spoken).clone())
}
