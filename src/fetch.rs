//! Loading a story file over the network, with failures a reader can understand.
//!
//! The download is bounded: a file announced or found to be larger than
//! [`MAX_STORY_BYTES`] is abandoned before it is complete, a server that stops
//! sending is abandoned after [`STALL_TIMEOUT_MS`], one that has not sent the
//! whole file within [`DEADLINE_MS`] (however steadily it trickles) is
//! abandoned then, and the caller can abort the request at any time (a widget
//! does when it is removed). So loading always ends, in the story or in a
//! message.

use std::cell::Cell;
use std::fmt;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, Response};

use crate::hooks::Timeout;
use crate::json::read_story;
use crate::model::validate::MAX_STORY_BYTES;
use crate::model::{CheckedStory, PicturePaths, StoryError};

/// How long a download may go without receiving anything before it is abandoned, in ms.
pub const STALL_TIMEOUT_MS: i32 = 10_000;

/// How long a download may take in all, from its start to its last byte,
/// before it is abandoned, in ms: a 5 MB story at 1 Mbit/s arrives in about
/// 40 seconds, a story of a few hundred KB in seconds on the slowest network.
pub const DEADLINE_MS: i32 = 60_000;

/// Why a story file could not be shown at all.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The widget was not told which story to show, or was told in a way it cannot use.
    Configuration {
        /// What is wrong, in a sentence.
        detail: String,
    },
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
    /// The server stopped sending the file for [`STALL_TIMEOUT_MS`].
    Stalled {
        /// The story file's address, as given.
        url: String,
    },
    /// The server was still sending the file after [`DEADLINE_MS`].
    Overdue {
        /// The story file's address, as given.
        url: String,
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
    /// The address of the story file that failed (empty for a configuration error).
    pub fn url(&self) -> &str {
        match self {
            Self::Configuration { .. } => "",
            Self::Unreachable { url, .. }
            | Self::Http { url, .. }
            | Self::Stalled { url }
            | Self::Overdue { url }
            | Self::Story { url, .. } => url,
        }
    }

    /// What went wrong, in a sentence without the address.
    pub fn reason(&self) -> String {
        match self {
            Self::Configuration { detail } => detail.clone(),
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
            Self::Stalled { .. } => format!(
                "the server stopped sending it (nothing arrived for {} seconds)",
                STALL_TIMEOUT_MS / 1000
            ),
            Self::Overdue { .. } => format!(
                "the server was still sending it after {} seconds, too slowly to wait for",
                DEADLINE_MS / 1000
            ),
            Self::Story { error, .. } => error.to_string(),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Configuration { detail } => write!(f, "Could not show the story: {detail}"),
            _ => write!(
                f,
                "Could not load the story file {}: {}",
                self.url(),
                self.reason()
            ),
        }
    }
}

/// Fetches and reads the story file at `url` (relative to the page), or
/// reads `response` when the page's script already requested it (with
/// `abort`'s signal), keeping pictures given as paths when `paths` allows.
/// Aborting `abort` abandons the request; the future then ends with an error
/// that nobody needs to show.
///
/// # Errors
/// A [`LoadError`] when the file cannot be fetched or is not a story; problems
/// with single items are returned inside the [`CheckedStory`] instead.
pub async fn fetch_story(
    url: &str,
    abort: &AbortController,
    response: Option<js_sys::Promise>,
    paths: PicturePaths,
) -> Result<CheckedStory, LoadError> {
    if url.trim().is_empty() {
        return Err(LoadError::Configuration {
            detail: "no story file was named (data-dateline-story is empty)".to_owned(),
        });
    }
    let mut watchdog = Watchdog::start(abort);
    let result = download(url, abort, response, &mut watchdog).await;
    let url = url.to_owned();
    match watchdog.abandoned() {
        Some(Abandoned::Stalled) => return Err(LoadError::Stalled { url }),
        Some(Abandoned::Overdue) => return Err(LoadError::Overdue { url }),
        None => {}
    }
    let text = result?;
    read_story(&text, paths).map_err(|error| LoadError::Story { url, error })
}

/// The words of shipped language `language`, fetched from the catalogues'
/// `folder` (an address ending in `/`, given by the loader) and added to
/// the languages the widget speaks; a sentence saying why not, if they
/// could not be (the widget then speaks English).
pub async fn fetch_catalogue(folder: &str, language: &str) -> Result<(), String> {
    let url = format!("{folder}{language}.txt");
    let failed = |error: JsValue| format!("{url}: {}", describe_js_error(&error));
    let window = web_sys::window().ok_or("no window")?;
    let response: Response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(failed)?
        .dyn_into()
        .map_err(failed)?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?
        .as_string()
        .unwrap_or_default();
    crate::i18n::add_fetched(language, text);
    Ok(())
}

/// The text of the file at `url` (from `response` when it was requested
/// already), read no further than [`MAX_STORY_BYTES`].
async fn download(
    url: &str,
    abort: &AbortController,
    response: Option<js_sys::Promise>,
    watchdog: &mut Watchdog,
) -> Result<String, LoadError> {
    let unreachable = |error: JsValue| LoadError::Unreachable {
        url: url.to_owned(),
        detail: describe_js_error(&error),
    };
    let too_large = |bytes: usize| LoadError::Story {
        url: url.to_owned(),
        error: StoryError::TooLarge { bytes },
    };
    let response = match response {
        Some(response) => response,
        None => {
            let window =
                web_sys::window().ok_or_else(|| unreachable(JsValue::from_str("no window")))?;
            let init = web_sys::RequestInit::new();
            init.set_signal(Some(&abort.signal()));
            window.fetch_with_str_and_init(url, &init)
        }
    };
    let response: Response = JsFuture::from(response)
        .await
        .map_err(unreachable)?
        .dyn_into()
        .map_err(unreachable)?;
    watchdog.progress();
    if !response.ok() {
        // The error page's body is not read: stop its download.
        abort.abort();
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let announced = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|length| length.trim().parse::<usize>().ok());
    if let Some(bytes) = announced.filter(|&bytes| bytes > MAX_STORY_BYTES) {
        abort.abort();
        return Err(too_large(bytes));
    }
    let Some(body) = response.body() else {
        return Ok(String::new());
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::with_capacity(announced.unwrap_or(0));
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(unreachable)?;
        watchdog.progress();
        let done = js_sys::Reflect::get(&chunk, &JsValue::from_str("done"))
            .map(|done| done.is_truthy())
            .unwrap_or(true);
        if done {
            break;
        }
        let value = js_sys::Reflect::get(&chunk, &JsValue::from_str("value"))
            .ok()
            .and_then(|value| value.dyn_into::<js_sys::Uint8Array>().ok());
        if let Some(value) = value {
            let length = value.length() as usize;
            if bytes.len() + length > MAX_STORY_BYTES {
                abort.abort();
                return Err(too_large(bytes.len() + length));
            }
            let start = bytes.len();
            bytes.resize(start + length, 0);
            value.copy_to(&mut bytes[start..]);
        }
    }
    String::from_utf8(bytes).map_err(|_| LoadError::Story {
        url: url.to_owned(),
        error: StoryError::NotAStory {
            message: "the story file is not UTF-8 text".to_owned(),
        },
    })
}

/// Why the [`Watchdog`] abandoned a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Abandoned {
    /// Nothing arrived for [`STALL_TIMEOUT_MS`].
    Stalled,
    /// The file was not complete after [`DEADLINE_MS`].
    Overdue,
}

/// Aborts a request when nothing has arrived for [`STALL_TIMEOUT_MS`], or
/// when it has not ended after [`DEADLINE_MS`]. Dropping it stops both.
struct Watchdog {
    abort: AbortController,
    abandoned: Rc<Cell<Option<Abandoned>>>,
    stall: Timeout,
    _deadline: Timeout,
}

impl Watchdog {
    fn start(abort: &AbortController) -> Self {
        let abandoned = Rc::new(Cell::new(None));
        let mut deadline = Timeout::default();
        deadline.schedule(DEADLINE_MS, abandon(&abandoned, abort, Abandoned::Overdue));
        let mut watchdog = Self {
            abort: abort.clone(),
            abandoned,
            stall: Timeout::default(),
            _deadline: deadline,
        };
        watchdog.progress();
        watchdog
    }

    /// Something arrived: the countdown to a stall starts again.
    fn progress(&mut self) {
        let stalled = abandon(&self.abandoned, &self.abort, Abandoned::Stalled);
        self.stall.schedule(STALL_TIMEOUT_MS, stalled);
    }

    /// Why the request was abandoned, if it was.
    fn abandoned(&self) -> Option<Abandoned> {
        self.abandoned.get()
    }
}

/// Notes `why` in `abandoned` and aborts the request, when called.
fn abandon(
    abandoned: &Rc<Cell<Option<Abandoned>>>,
    abort: &AbortController,
    why: Abandoned,
) -> impl FnOnce() + 'static {
    let (abandoned, abort) = (abandoned.clone(), abort.clone());
    move || {
        abandoned.set(Some(why));
        abort.abort();
    }
}

/// A JavaScript error's message, or its string form.
fn describe_js_error(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "no details".to_owned())
}
