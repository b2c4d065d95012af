//! Dateline: an embeddable news-explainer widget.
//!
//! Given one news story as data, Dateline shows its events in time order, its
//! actors and their relations, and its quotes. The data flows through the
//! modules in this order: [`model`] and [`layout`] (story types, dates,
//! validation, scales, lanes, force layout and geometry; from the engine crate,
//! `dateline_engine`, with no web dependency), [`state`] (what the reader has
//! picked; pure values and one reducer), [`i18n`] (the interface's messages,
//! direction, dates and numbers in the widget's language), then the browser
//! glue ([`fetch`], [`json`], [`hooks`], [`dom`]), [`view`] (Yew components
//! that render and route events) and [`embed`], which mounts widgets for
//! `dateline.js`. [`sort`] is the one stable sort they all use.

pub use dateline_engine::{json_text, layout, measures, model, sort};

pub mod dom;
pub mod embed;
pub mod fetch;
pub mod hooks;
pub mod i18n;
pub mod json;
pub mod state;
pub mod view;
