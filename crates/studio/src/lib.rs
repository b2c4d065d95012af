//! The studio: a producer pastes an article, drafts its story, edits it
//! beside the live widget, and downloads the story file and its embed code,
//! all in the browser, with nothing uploaded.
//!
//! Layers, each using only those above it: [`document`] (the story as JSON
//! and the edits on it), [`editor`] (undo and redo), [`studio`] (every
//! action, drafting and opening files, and the format's checks), [`i18n`]
//! (the studio's words in each language), then the browser: [`app`], the
//! Yew view, and [`start`], which `boot.js` calls.

pub mod document;
pub mod editor;
pub mod i18n;
pub mod studio;

pub mod app;

pub use app::start;
