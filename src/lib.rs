//! IDC Frontier's 2014 cloud security overview (「クラウドサービスにおけるセキュリティ対策概要」, 1st edition) as a
//! typed, queryable **shared-responsibility matrix**: for each of its 68 sections (aligned to ISO/IEC 27002:2005)
//! and each of five services, who owns the control, what each party does, what the provider offers, and the
//! sentence of the document that says so — or, where the document is silent, our inference with its reason.
//!
//! ```toml
//! [dependencies]
//! # Before the first release, a clone by path (or the repository by git); add features = ["serde"] for JSON.
//! idcf-responsibility = { path = "../idcf-responsibility" }
//! # Once published on crates.io:
//! # idcf-responsibility = "0.1"
//! ```
//!
//! # Who owns back-up for Object Storage?
//!
//! ```
//! use idcf_responsibility::{Control, Lang, Matrix, Owner, OwnerBasis, Service};
//!
//! let cell = Matrix::builtin().cell(Service::ObjectStorage, Control::InformationBackup);
//! assert_eq!(cell.owner(), Some(Owner::Customer));
//! // Is that the document's word? No: it speaks of back-up for virtual machines only, so this is our inference.
//! assert_eq!(cell.owner_basis(), Some(OwnerBasis::Inferred));
//! assert_eq!(cell.stated_owner(), None);
//! for duty in cell.duties() {
//!     println!("{}: {} ({})", duty.party.label(Lang::En), duty.text.en, duty.basis.provenance().label(Lang::En));
//! }
//! ```
//!
//! From text people type (an id, a title, an ISO id of any edition, keywords in English or Japanese), one call
//! answers for a service: [`Answer::new`] ranks the cells that apply to the service first, keeps how the query was
//! read and, when nothing matched, why and the closest controls; it prints as the `idcf who-owns` command does
//! and (feature `serde`) serializes to what `idcf who-owns --json` prints. [`lookup`] is the service-blind search
//! beneath it.
//!
//! ```
//! use idcf_responsibility::{Answer, Control, Matrix, Service};
//! let answer = Answer::new(Matrix::builtin(), Service::ObjectStorage, "backup");
//! assert_eq!(answer.cells()[0].control(), Control::InformationBackup);
//! assert!(answer.to_string().contains("owner: customer"));
//! ```
//!
//! # The crate's map
//!
//! The root holds the matrix and its vocabulary:
//!
//! - [`Matrix`] (the built-in one is [`Matrix::builtin`]) and its [`Cell`]s: one per service and control, with the
//!   [`Owner`], the [`Duty`]s of each [`Party`] (each with its [`DutyKind`], [`Layer`], [`Scope`], [`Capability`]
//!   and [`Basis`]), what the provider does not disclose ([`Withheld`]), and a summary true of that service.
//! - [`Service`], [`Control`] (with its [`Chapter`] and [`Category`]).
//! - Provenance: [`Provenance`] (stated, our inference, the customer's decision), [`Basis`], [`CellBasis`],
//!   [`OwnerBasis`].
//! - Finding and printing: [`Answer`] (the one call from text to a service's answer), [`lookup`] (its reading and
//!   ranking in [`search`]); labels in English and Japanese through [`Label`] and [`Lang`]; [`Text`] for bilingual
//!   text.
//! - Errors: [`Error`], [`ParseError`], [`Inconsistency`] (naming its [`Subject`]).
//!
//! Everything else has a module of its own:
//!
//! | module | what it is for |
//! |---|---|
//! | [`search`] | what [`lookup`] returns: the hits, how a query was read, why nothing matched |
//! | [`plan`] | the customer's own plan: its tailoring ([`plan::Overlay`]) and its register of duties ([`plan::Register`]) |
//! | [`soa`] | a draft ISO/IEC 27001:2022 Statement of Applicability from the matrix and the register |
//! | [`iso`] | the crosswalk to ISO/IEC 27001:2013 and 2022 with each step's provenance, and the ISO catalogues |
//! | [`export`] | CSV, Markdown, HTML, the workbook, OSCAL, and the register's reports |
//! | `json` | JSON export and validated import, JSON Schema (feature `serde`, `schemars`) |
//! | [`diff`] | what changed between two matrices, or since an older dataset version's export |
//! | [`frameworks`] | the matrix in the vocabularies of FedRAMP, OSCAL and the CSA CCM |
//! | [`document`] | the document's metadata and caveats |
//!
//! # Features
//!
//! None is on by default: a dependent gets the matrix, its queries and the text exports. `serde` adds JSON,
//! `schemars` JSON Schema, `oscal` the OSCAL exports, `xlsx` the workbooks (written, and the plan read back), `cli`
//! the `idcf` command-line tool and `cli-full` the tool with every format (`cargo install --locked --path . --features
//! cli-full`). The README is the user's guide: exports, the customer's plan, how to read a cell, the codebook and its
//! agreement figures, benchmarks.
#![cfg_attr(docsrs, feature(doc_cfg))]
// Library code never panics on input: no unwrap, expect, panic or unchecked indexing (tests may).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]

mod answer;
mod basis;
mod control;
mod data;
mod duty;
mod error;
mod fold;
mod matrix;
mod owner;
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
pub mod search;
pub mod soa;

// The root holds the matrix and its vocabulary: what "who owns this control for that service?" needs.
pub use answer::Answer;
pub use basis::{Basis, CellBasis, OwnerBasis, Provenance};
pub use control::{Category, Chapter, Control};
pub use duty::{Capability, Duty, DutyKind, Layer, Party, Role, Scope, Withheld};
pub use error::{Error, Inconsistency, ParseError, Subject, Vocabulary};
pub use matrix::{Cell, Matrix};
pub use owner::Owner;
pub use search::lookup;
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
pub const DATASET_VERSION: &str = "4.0.0";

/// The release date of [`DATASET_VERSION`] (ISO 8601), changed with it. Exports that carry a date of their own
/// (OSCAL's `published` and `last-modified`) take it from here, so the same data gives the same bytes on every
/// run; the document's own issue date is [`Document::issued`](crate::document::Document::issued).
///
/// ```
/// let date = idcf_responsibility::DATASET_RELEASED;
/// assert_eq!(date.len(), 10);
/// assert!(date > idcf_responsibility::document::Document::builtin().issued.as_ref());
/// ```
pub const DATASET_RELEASED: &str = "2026-12-07";

/// The README's examples, run as doctests (the README is the user's guide; the crate's front page is above).
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
