//! The story's title and source line, with when it was last updated and
//! whether it was corrected.

use yew::prelude::*;

use crate::model::Story;

/// Title, publication, byline and date, with a link to the article; when
/// the story was updated, the day of its latest update, and when it was
/// corrected, a "Corrected" button that calls `on_show_corrections`.
pub fn view_header(story: &Story, on_show_corrections: &Callback<()>) -> Html {
    let meta = &story.meta;
    let title = if meta.title.trim().is_empty() {
        "Untitled story".to_owned()
    } else {
        meta.title.clone()
    };
    let byline = (!meta.authors.is_empty()).then(|| format!("By {}", meta.authors.join(", ")));
    let published = meta.published.map(|date| {
        html! { <time class="dl-header__date" datetime={date.to_string()}>{ date.in_words() }</time> }
    });
    let updated = story.last_updated().map(|date| {
        html! {
            <span class="dl-header__updated">{ "Updated " }<time datetime={date.to_string()}>{ date.in_words() }</time></span>
        }
    });
    let corrected = !story.corrections().is_empty();
    let show_corrections = on_show_corrections.reform(|_: MouseEvent| ());
    let publication = match &meta.source.url {
        Some(url) => html! {
            <a class="dl-header__publication" href={url.clone()} target="_blank" rel="noopener noreferrer">{ meta.source.name.clone() }</a>
        },
        None => html! { <span class="dl-header__publication">{ meta.source.name.clone() }</span> },
    };
    html! {
        <header class="dl-header">
            <h2 class="dl-header__title">{ title }</h2>
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
                    <button type="button" class="dl-link-button dl-header__corrected" aria-label="Corrected: show the corrections" onclick={show_corrections}>{ "Corrected" }</button>
                }
            </p>
            if let Some(summary) = meta.summary.clone() {
                <p class="dl-header__summary">{ summary }</p>
            }
        </header>
    }
}
