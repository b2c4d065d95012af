//! The story's title and source line.

use yew::prelude::*;

use crate::model::Meta;

/// Title, publication, byline and date, with a link to the article.
pub fn view_header(meta: &Meta) -> Html {
    let title = if meta.title.trim().is_empty() {
        "Untitled story".to_owned()
    } else {
        meta.title.clone()
    };
    let byline = (!meta.authors.is_empty()).then(|| format!("By {}", meta.authors.join(", ")));
    let published = meta.published.map(|date| {
        html! { <time class="dl-header__date" datetime={date.to_string()}>{ date.in_words() }</time> }
    });
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
            </p>
            if let Some(summary) = meta.summary.clone() {
                <p class="dl-header__summary">{ summary }</p>
            }
        </header>
    }
}
