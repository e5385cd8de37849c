//! The customer's own plan: what it tailors of the matrix, and how far it has got with its duties.
//!
//! - [`Overlay`]: the customer's tailoring of the matrix (a duty added or removed, a cell declared not applicable,
//!   a note), each change with its reason and a snapshot of the cell it changes, so that a later dataset version
//!   shows what moved under it ([`Conflict`]). [`Overlay::apply`] gives the tailored matrix, whose changed duties
//!   are [the customer's decision](crate::Provenance::Tailored), never the document's or ours.
//! - [`Register`]: one [`Entry`] per customer duty of the services the customer uses, with its [`Status`], team,
//!   evidence, due [`Date`] and notes, edited through [`EntryEdit`]; [`Progress`] counts it by service and chapter.
//!   The register also keeps the customer's decisions for its Statement of Applicability ([`crate::soa`]).
//! - [`Checklist`]: the customer's duties of a service, grouped by chapter, from any matrix.
//!
//! - [`Register::rebase`] moves a register onto a new or changed overlay or the current dataset version, keeping its
//!   work ([`Rebased`]); [`merge`]: the three-way merge that brings copies of the register back (workbook imports).
//! - [`report`]: the register's reports (Markdown, HTML, CSV, workbook); [`workbook`] (feature `xlsx`): the plan
//!   through Excel, both ways. The customer's OSCAL SSP is in [`crate::export::oscal`].
//!
//! ```
//! use idcf_responsibility::plan::EditScope;
//! use idcf_responsibility::plan::{EntryEdit, Register, Status};
//! use idcf_responsibility::{Control, Service};
//!
//! let mut register = Register::new(&[Service::ObjectStorage], None);
//! register.edit(EditScope::All, Control::InformationBackup, &EntryEdit::new().status(Status::Implemented))?;
//! assert_eq!(register.progress().total.implemented, 1);
//! # Ok::<(), idcf_responsibility::plan::EditError>(())
//! ```

mod checklist;
mod date;
pub mod merge;
mod overlay;
mod rebase;
mod register;
pub mod report;
#[cfg(feature = "xlsx")]
mod unzip;
#[cfg(feature = "xlsx")]
#[cfg_attr(docsrs, doc(cfg(feature = "xlsx")))]
pub mod workbook;

pub use checklist::{Checklist, ChecklistGroup, ChecklistItem};
pub use date::Date;
pub use overlay::{Conflict, Overlay, Override, Tailored, Tailoring};
pub use rebase::{DutyChange, Rebased};
pub use register::{Counts, Drift, EditError, EditScope, Entry, EntryEdit, Progress, Register, Status};
