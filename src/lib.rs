//! Dateline: an embeddable news-explainer widget.
pub mod model;
