//! The widget's language: the engine's catalogues and locales
//! ([`dateline_engine::i18n`]) with, in the browser, dates and numbers written
//! by `Intl` for the tags the catalogues' tables do not write alone.

pub use dateline_engine::i18n::*;

#[cfg(target_arch = "wasm32")]
mod intl;

/// The widget's language: the host's choice when given, else the story's; in
/// the browser, `Intl` writes what the catalogue's table does not.
pub fn chosen(host: Option<&str>, story: &str) -> Locale {
    let locale = Locale::chosen(host, story);
    #[cfg(target_arch = "wasm32")]
    let locale = locale.with_platform(|tag| Box::new(intl::Formats::new(tag)));
    locale
}
