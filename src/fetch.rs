//! Loading a story file over the network, with failures a reader can understand.

use std::fmt;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::model::{parse_story, CheckedStory, StoryError};

/// Why a story file could not be shown at all.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request failed before any answer: offline, blocked or a bad address.
    Unreachable {
        /// The story file's address, as given.
        url: String,
        /// What the browser reported.
        detail: String,
    },
    /// The server answered, but not with the file (404, 500, ...).
    Http {
        /// The story file's address, as given.
        url: String,
        /// HTTP status code.
        status: u16,
        /// The status text, such as "Not Found", when the server sent one.
        status_text: String,
    },
    /// The file arrived but is not a story Dateline can read.
    Story {
        /// The story file's address, as given.
        url: String,
        /// What is wrong with it.
        error: StoryError,
    },
}

impl LoadError {
    /// The address of the story file that failed.
    pub fn url(&self) -> &str {
        match self {
            Self::Unreachable { url, .. } | Self::Http { url, .. } | Self::Story { url, .. } => url,
        }
    }

    /// What went wrong, in a sentence without the address.
    pub fn reason(&self) -> String {
        match self {
            Self::Unreachable { detail, .. } => format!("the file could not be reached ({detail})"),
            Self::Http { status: 404, .. } => {
                "there is no file at this address (404 Not Found)".to_owned()
            }
            Self::Http {
                status,
                status_text,
                ..
            } => format!("the server answered {status} {status_text}")
                .trim_end()
                .to_owned(),
            Self::Story { error, .. } => error.to_string(),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Could not load the story file {}: {}",
            self.url(),
            self.reason()
        )
    }
}

/// Fetches and reads the story file at `url` (relative to the page).
///
/// # Errors
/// A [`LoadError`] when the file cannot be fetched or is not a story; problems
/// with single items are returned inside the [`CheckedStory`] instead.
pub async fn fetch_story(url: &str) -> Result<CheckedStory, LoadError> {
    let unreachable = |error: JsValue| LoadError::Unreachable {
        url: url.to_owned(),
        detail: describe_js_error(&error),
    };
    let window = web_sys::window().expect("the widget runs in a browser window");
    let response: Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(unreachable)?
        .dyn_into()
        .expect("fetch resolves to a Response");
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let text = JsFuture::from(response.text().map_err(unreachable)?)
        .await
        .map_err(unreachable)?;
    let text = text.as_string().unwrap_or_default();
    parse_story(&text).map_err(|error| LoadError::Story {
        url: url.to_owned(),
        error,
    })
}

/// A JavaScript error's message, or its string form.
fn describe_js_error(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "no details".to_owned())
}
