#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]
// Library code never panics on input: no unwrap, expect, panic or unchecked indexing (tests may).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]

mod answer;
mod basis;
mod control;
mod crosswalk;
mod data;
mod date;
mod duty;
mod error;
mod iso2022;
mod matrix;
mod overlay;
mod owner;
mod register;
mod search;
mod service;
mod text;
mod vocab;

pub mod diff;
pub mod document;
pub mod export;
pub mod frameworks;
pub mod iso;
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub mod json;
pub mod plan;
pub mod soa;

// The root holds the matrix and its vocabulary: what "who owns this control for that service?" needs.
pub use answer::Answer;
pub use basis::{Basis, CellBasis, OwnerBasis, Provenance};
pub use control::{Category, Chapter, Control};
pub use duty::{Capability, Duty, DutyKind, Layer, Party, Role, Scope, Withheld};
pub use error::{Error, Inconsistency, ParseError, Vocabulary};
pub use matrix::{Cell, Matrix};
pub use owner::Owner;
pub use search::{Lookup, Matched, Miss, ReadAs, SearchHit, lookup};
pub use service::Service;
pub use text::{Label, Lang, Text};

/// The name of the dataset the crate encodes; the JSON export carries it.
///
/// ```
/// assert_eq!(idcf_responsibility::DATASET, "idcf-cloud-security-overview-2014");
/// ```
pub const DATASET: &str = "idcf-cloud-security-overview-2014";

/// The version of the dataset: bumped whenever a cell, summary, duty or judgement changes, independently of the
/// crate's version. The JSON export carries it, and loading refuses another.
///
/// ```
/// assert!(!idcf_responsibility::DATASET_VERSION.is_empty());
/// ```
pub const DATASET_VERSION: &str = "3.0.0";

/// The release date of [`DATASET_VERSION`] (ISO 8601), changed with it. Exports that carry a date of their own
/// (OSCAL's `published` and `last-modified`) take it from here, so the same data gives the same bytes on every
/// run; the document's own issue date is [`Document::issued`](crate::document::Document::issued).
///
/// ```
/// let date = idcf_responsibility::DATASET_RELEASED;
/// assert_eq!(date.len(), 10);
/// assert!(date > idcf_responsibility::document::Document::get().issued.as_ref());
/// ```
pub const DATASET_RELEASED: &str = "2026-11-29";
