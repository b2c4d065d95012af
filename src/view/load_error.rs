//! The box shown when a story file cannot be loaded at all.

use yew::prelude::*;

use super::message::view_message;
use crate::fetch::LoadError;
use crate::i18n::{locale, text};

/// Says what failed and for which file, inside the widget's own box.
pub fn view_load_error(error: &LoadError) -> Html {
    let locale = locale();
    let reason = match error {
        LoadError::Configuration { .. } => html! {
            <p class="dl-load-error__reason">{ format!("{}.", capitalised(&error.reason())) }</p>
        },
        _ => html! {
            <p class="dl-load-error__reason">
                { view_message("load_error.file", |slot| match slot {
                    "url" => html! { <code class="dl-load-error__url" dir="ltr">{ error.url().to_owned() }</code> },
                    _ => html! { <bdi>{ error.reason() }</bdi> },
                }) }
            </p>
        },
    };
    html! {
        <div class="dl-widget dl-widget--failed" lang={locale.tag().to_owned()} dir={locale.dir()}>
            <div class="dl-load-error" role="alert">
                <p class="dl-load-error__title">{ text("load_error.title") }</p>
                { reason }
            </div>
        </div>
    }
}

/// `reason`, an English sentence this program wrote, with its first letter
/// in upper case (ASCII is enough for it, and keeps Unicode's case tables
/// out of the bundle).
fn capitalised(reason: &str) -> String {
    let mut chars = reason.chars();
    chars
        .next()
        .map(|first| {
            std::iter::once(first.to_ascii_uppercase())
                .chain(chars)
                .collect()
        })
        .unwrap_or_default()
}
