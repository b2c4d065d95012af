//! The newsroom toolkit behind the `dateline` command: checking story files
//! the way a compiler reports errors, drafting a story from an article's
//! text, importing TimelineJS timelines, drawing a story as a static
//! picture with the widget's own layout code, comparing two versions of a
//! story to record what changed as an update, and pre-rendering the widget
//! as HTML for pages and readers without JavaScript.
//!
//! It is never compiled into the widget's WebAssembly; the studio's module
//! holds all of it but the filling of pages' story elements, which is
//! native. Pre-rendering and export (the `render` and `export` features, on
//! by default) draw with the widget's own views and, for export, its fonts.
//! Each module is pure (text in, text or bytes out); the binary does the I/O.

pub mod diff;
pub mod draft;
pub mod escape;
#[cfg(feature = "export")]
pub mod export;
pub mod ids;
pub mod import;
#[cfg(feature = "render")]
pub mod render;
pub mod report;
