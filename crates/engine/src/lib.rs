//! Dateline's engine: everything about a story that needs no browser.
//!
//! [`model`] holds the story's types, dates, ids and the checks that read a
//! story file; [`layout`] the time scale, axis breaks, ticks, lanes, force
//! layout and geometry that place it; [`i18n`] the message catalogues and the
//! way each shipped language writes dates and numbers; [`json_text`] where a
//! story file's text stops being JSON; [`measures`] the widths and steps
//! written once for all of them. [`sort`] is the one stable sort they
//! all use. Nothing here depends on the web: the widget draws from it in the
//! browser, and the toolkit exports and pre-renders from it natively.

pub mod i18n;
pub mod json_text;
pub mod layout;
pub mod measures;
pub mod model;
pub mod sort;
