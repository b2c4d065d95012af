//! The box shown when a story file cannot be loaded at all.

use yew::prelude::*;

use crate::fetch::LoadError;

/// Says what failed and for which file, inside the widget's own box.
pub fn view_load_error(error: &LoadError) -> Html {
    let reason = match error {
        LoadError::Configuration { .. } => html! {
            <p class="dl-load-error__reason">{ format!("{}.", capitalised(&error.reason())) }</p>
        },
        _ => html! {
            <p class="dl-load-error__reason">
                { "The story file " }
                <code class="dl-load-error__url">{ error.url().to_owned() }</code>
                { format!(" could not be loaded: {}.", error.reason()) }
            </p>
        },
    };
    html! {
        <div class="dl-widget dl-widget--failed">
            <div class="dl-load-error" role="alert">
                <p class="dl-load-error__title">{ "This story could not be shown." }</p>
                { reason }
            </div>
        </div>
    }
}

/// `text` with its first letter in upper case.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
