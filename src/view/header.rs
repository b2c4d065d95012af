//! The story's title and source line, with when it was last updated and
//! whether it was corrected.

use yew::prelude::*;

use super::message::{isolated, view_message};
use crate::i18n::{locale, text};
use crate::model::Story;

/// Title, publication, byline and date, with a link to the article; when
/// the story was updated, the day of its latest update, and when it was
/// corrected, a "Corrected" button that calls `on_show_corrections`.
pub fn view_header(story: &Story, on_show_corrections: &Callback<()>) -> Html {
    let meta = &story.meta;
    let locale = locale();
    let title = if meta.title.trim().is_empty() {
        text("header.untitled").to_owned()
    } else {
        meta.title.clone()
    };
    let byline = (!meta.authors.is_empty())
        .then(|| view_message("header.by", |_| view_names(&meta.authors)));
    let published = meta.published.map(|date| {
        html! { <time class="dl-header__date" datetime={date.to_string()}>{ locale.date(&date) }</time> }
    });
    let updated = story.last_updated().map(|date| {
        let written = locale.date(&date);
        html! {
            <span class="dl-header__updated">{ view_message("header.updated", |_| html! {
                <time datetime={date.to_string()}>{ written.clone() }</time>
            }) }</span>
        }
    });
    let corrected = !story.corrections().is_empty();
    let show_corrections = on_show_corrections.reform(|_: MouseEvent| ());
    let publication = match &meta.source.url {
        Some(url) => html! {
            <a class="dl-header__publication" href={url.clone()} target="_blank" rel="noopener noreferrer">{ isolated(meta.source.name.clone()) }</a>
        },
        None => {
            html! { <span class="dl-header__publication">{ isolated(meta.source.name.clone()) }</span> }
        }
    };
    html! {
        <header class="dl-header">
            <h2 class="dl-header__title" dir="auto">{ title }</h2>
            <p class="dl-header__source">
                { publication }
                if let Some(byline) = byline {
                    <span class="dl-header__sep" aria-hidden="true">{ " · " }</span>
                    <span class="dl-header__byline">{ byline }</span>
                }
                if let Some(published) = published {
                    <span class="dl-header__sep" aria-hidden="true">{ " · " }</span>
                    { published }
                }
                if let Some(updated) = updated {
                    <span class="dl-header__sep" aria-hidden="true">{ " · " }</span>
                    { updated }
                }
                if corrected {
                    <span class="dl-header__sep" aria-hidden="true">{ " · " }</span>
                    <button type="button" class="dl-link-button dl-header__corrected" aria-label={text("header.corrected_label")} onclick={show_corrections}>{ text("header.corrected") }</button>
                }
            </p>
            if let Some(summary) = meta.summary.clone() {
                <p class="dl-header__summary" dir="auto">{ summary }</p>
            }
        </header>
    }
}

/// Names joined as the widget's language joins a list, each isolated.
pub(crate) fn view_names(names: &[String]) -> Html {
    let separator = text("list.separator");
    html! {
        { for names.iter().enumerate().map(|(index, name)| html! {
            <>
                if index > 0 {
                    { separator }
                }
                { isolated(name.clone()) }
            </>
        }) }
    }
}
