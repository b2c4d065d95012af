//! Dateline: an embeddable news-explainer widget.
//!
//! Given one news story as data, Dateline shows its events in time order, its
//! actors and their relations, and its quotes. The data flows through the
//! modules in this order: [`model`] (story types, dates and validation; plain
//! Rust), [`layout`] (scales, lanes, force layout and geometry; plain Rust),
//! [`state`] (what the reader has picked; pure values and one reducer), [`i18n`]
//! (the interface's messages, direction, dates and numbers in the widget's language), then
//! the browser glue ([`fetch`], [`json`], [`hooks`], [`dom`]), [`view`] (Yew components
//! that render and route events) and [`embed`], which mounts widgets for
//! `dateline.js`. [`sort`] is the one stable sort they all use.

pub mod dom;
pub mod embed;
pub mod fetch;
pub mod hooks;
pub mod i18n;
pub mod json;
pub mod layout;
pub mod model;
pub mod sort;
pub mod state;
#[cfg(not(target_arch = "wasm32"))]
pub mod toolkit;
pub mod view;
