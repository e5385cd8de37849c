//! The ISO catalogues and the crosswalk: how each section of the document reaches ISO/IEC 27002:2005, ISO/IEC
//! 27001:2013 and ISO/IEC 27001:2022, and how each step is known.
//!
//! - [`IsoMapping`] and [`Fit`]: the ISO/IEC 27002:2005 control a section answers, as the document aligns it.
//! - [`Crosswalk`] and [`Correspondence`]: the 2013 and 2022 ids of a section, each with its provenance (our
//!   identification, a nearest fit, a row of ISO/IEC 27002:2022 Table B.2, or our judgement).
//! - [`Iso2005Control`]: the ISO/IEC 27002:2005 catalogue (ids and short titles); [`Iso2022Control`] and
//!   [`Theme`]: ISO/IEC 27001:2022 Annex A (93 controls) with Table B.2.
//! - [`CloudControl`]: ISO/IEC 27017's seven extended cloud controls, with [`Guidance`] (to whom the standard
//!   gives guidance), what the customer inherits ([`Inheritance`]) and the [`CloudRoute`]s by which the document
//!   reaches each, our judgement.
//! - [`Edition`] and [`IsoReading`]: which edition an id belongs to, and how an id was read.
//!
//! ```
//! use idcf_responsibility::iso::{Edition, Iso2022Control};
//! use idcf_responsibility::Control;
//!
//! let backup = Iso2022Control::from_id("A.8.13").unwrap();
//! assert!(backup.addressed_by().any(|c| c == Control::InformationBackup));
//! assert!(Edition::Iso27001_2013.contains("A.12.3.1"));
//! ```

pub use crate::control::{Fit, IsoMapping};
mod annex_a;
mod cloud;
mod crosswalk;

pub use annex_a::{Iso2022Control, Theme};
pub use cloud::{CloudControl, CloudObjective, CloudRoute, Guidance, Inheritance, RouteKind};
pub use crosswalk::{Correspondence, Crosswalk, Edition, Iso2005Control, IsoReading};
