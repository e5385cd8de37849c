//! Copies of the register edited apart and brought back: the three-way merge of a workbook import.
//!
//! Each row of the plan workbook ([`workbook::xlsx`](crate::plan::workbook::xlsx)) and of the Statement of
//! Applicability workbook ([`soa::xlsx`](crate::soa::xlsx)) carries, in a protected cell, the [`Revision`] of what
//! the register held for it when the workbook was written: its *base*. On import, for each row:
//!
//! - the row as the workbook has it equals the register's entry: nothing to do;
//! - the row is unchanged since its base: the register moved on since the export (another team's import, an edit),
//!   and the row has nothing newer: the register's value stays;
//! - the row changed and the register's entry did not: the workbook's value is applied;
//! - both changed, differently: a **conflict**. The import refuses the workbook and lists each conflict with the
//!   register's value and the workbook's, unless told which side wins ([`OnConflict`]); then each settled
//!   conflict is reported.
//!
//! So two teams filling in different rows of two copies land both, in either order, and no import undoes newer
//! work it never saw.
//!
//! **Why a content hash.** A revision is a hash of the fields a copy can change (status with its justification,
//! team, evidence, due date, notes; for a decision its choice and justification), the way the workbook reads them
//! back (trimmed; evidence a reference per line). Nothing is stored in the register, so its JSON keeps its form, a
//! hand edit of the JSON counts as an edit (a counter would not move), and two copies that reach the same content
//! agree without coordination. An edit undone by hand reads as no edit, which is what it is.
//!
//! ```
//! use idcf_responsibility::{Service, plan::{EntryEdit, Register, merge::Revision}};
//! let mut r = Register::new(&[Service::ObjectStorage], None);
//! let before = Revision::of_entry(&r.entries()[0]);
//! r.edit_entry(0, &EntryEdit::new().team("Ops"))?;
//! assert_ne!(Revision::of_entry(&r.entries()[0]), before);
//! r.edit_entry(0, &EntryEdit::new().clear_team())?;
//! assert_eq!(Revision::of_entry(&r.entries()[0]), before);
//! # Ok::<(), idcf_responsibility::plan::EditError>(())
//! ```

use std::fmt;

use crate::{
    Basis, Control, Duty, Service,
    plan::{Date, Entry, Status},
    soa::Decision,
};

/// The revision of an entry's or a decision's editable content: a 64-bit FNV-1a hash, written as 16 hex digits.
/// Stable across runs, platforms and versions of this crate (a change would make every workbook written before it
/// read as changed); not a secret.
///
/// ```
/// use idcf_responsibility::{Service, plan::{Register, merge::Revision}};
/// let r = Register::new(&[Service::SelfCloud], None);
/// let rev = Revision::of_entry(&r.entries()[0]);
/// assert_eq!(Revision::parse(&rev.to_string()), Some(rev));
/// assert_eq!(Revision::parse("not hex"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Revision(u64);

impl Revision {
    /// The revision of an entry: its status and justification, team, evidence, due date and notes, as a workbook
    /// reads them back (trimmed, evidence a reference per line). Its service, control and duty are not part of it.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::{Register, merge::Revision}};
    /// let r = Register::new(&[Service::SelfCloud], None);
    /// // Every entry not started, with nothing recorded, has one revision.
    /// assert_eq!(Revision::of_entry(&r.entries()[0]), Revision::of_entry(&r.entries()[1]));
    /// ```
    #[must_use]
    pub fn of_entry(entry: &Entry) -> Revision {
        EntryValues::of(entry).revision()
    }

    /// The revision of a row of the Statement of Applicability: the customer's decision (`None`: none) with its
    /// ground and risk ids, and its own record of the control (`None`: nothing recorded) — status, team, evidence,
    /// due date, related documents and its JIS title — as the workbook reads them back (trimmed).
    ///
    /// ```
    /// use idcf_responsibility::{plan::merge::Revision, soa::{Choice, ControlRecord, Decision}};
    /// let d = Decision::new(Choice::Include, "Feeds read weekly.");
    /// assert_ne!(Revision::of_soa_row(Some(&d), None), Revision::of_soa_row(None, None));
    /// let padded = Decision::new(Choice::Include, " Feeds read weekly. ");
    /// assert_eq!(Revision::of_soa_row(Some(&d), None), Revision::of_soa_row(Some(&padded), None));
    /// // An empty record is no record.
    /// assert_eq!(Revision::of_soa_row(None, Some(&ControlRecord::default())), Revision::of_soa_row(None, None));
    /// ```
    #[must_use]
    pub fn of_soa_row(decision: Option<&Decision>, record: Option<&crate::soa::ControlRecord>) -> Revision {
        let mut h = Fnv::new("soa-row1");
        if let Some(d) = decision {
            h.field(&d.choice.to_string());
            h.field(d.justification.trim());
            h.field(&d.grounds.map(|g| g.to_string()).unwrap_or_default());
            for risk in &d.risks {
                h.field(risk.trim());
            }
        }
        h.field("record");
        let empty = crate::soa::ControlRecord::default();
        let r = record.unwrap_or(&empty);
        h.field(&r.status().map(ToString::to_string).unwrap_or_default());
        h.field(r.status().and_then(|s| s.justification()).map(str::trim).unwrap_or_default());
        h.field(r.team().map(str::trim).unwrap_or_default());
        for e in r.evidence() {
            h.field(e.trim());
        }
        h.field("due");
        h.field(&r.due().map(|d| d.to_string()).unwrap_or_default());
        for doc in r.documents() {
            h.field(doc.trim());
        }
        h.field("jis");
        h.field(r.jis_title().map(str::trim).unwrap_or_default());
        h.finish()
    }

    /// Reads a revision back from its 16 hex digits.
    ///
    /// ```
    /// use idcf_responsibility::plan::merge::Revision;
    /// assert_eq!(Revision::parse("00000000000000ff").map(|r| r.to_string()).as_deref(), Some("00000000000000ff"));
    /// assert_eq!(Revision::parse("ff"), None);
    /// ```
    #[must_use]
    pub fn parse(text: &str) -> Option<Revision> {
        let text = text.trim();
        if text.len() != 16 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u64::from_str_radix(text, 16).ok().map(Revision)
    }
}

impl fmt::Display for Revision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

/// FNV-1a, 64 bits, over length-prefixed fields: no two lists of fields hash alike by concatenation.
struct Fnv(u64);

impl Fnv {
    fn new(form: &str) -> Fnv {
        let mut h = Fnv(0xcbf2_9ce4_8422_2325);
        h.field(form);
        h
    }

    fn bytes(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn field(&mut self, text: &str) {
        self.bytes(&(text.len() as u64).to_le_bytes());
        self.bytes(text.as_bytes());
    }

    const fn finish(&self) -> Revision {
        Revision(self.0)
    }
}

/// What a copy can change about an entry, normalised as a workbook reads it back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct EntryValues {
    pub(crate) status: Status,
    pub(crate) team: Option<String>,
    pub(crate) evidence: Vec<String>,
    pub(crate) due: Option<Date>,
    pub(crate) notes: Option<String>,
}

impl EntryValues {
    /// Normalises the values: texts trimmed (empty is none), evidence a reference per line, notes with `\n` lines.
    pub(crate) fn new(
        status: Status,
        team: Option<&str>,
        evidence: &[String],
        due: Option<Date>,
        notes: Option<&str>,
    ) -> EntryValues {
        let text = |s: Option<&str>| s.map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned);
        let status = match status {
            Status::NotApplicable { justification } => {
                Status::NotApplicable { justification: justification.trim().to_owned() }
            }
            Status::RiskAccepted { justification } => {
                Status::RiskAccepted { justification: justification.trim().to_owned() }
            }
            other => other,
        };
        let evidence =
            evidence.iter().flat_map(|e| e.lines()).map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned);
        let notes = notes.map(|n| n.replace("\r\n", "\n"));
        EntryValues { status, team: text(team), evidence: evidence.collect(), due, notes: text(notes.as_deref()) }
    }

    pub(crate) fn of(e: &Entry) -> EntryValues {
        EntryValues::new(e.status().clone(), e.team(), e.evidence(), e.due(), e.notes())
    }

    pub(crate) fn revision(&self) -> Revision {
        let mut h = Fnv::new("entry1");
        h.field(self.status.id());
        h.field(self.status.justification().unwrap_or_default());
        h.field(self.team.as_deref().unwrap_or_default());
        h.field(&self.evidence.len().to_string());
        for e in &self.evidence {
            h.field(e);
        }
        h.field(&self.due.map(|d| d.to_string()).unwrap_or_default());
        h.field(self.notes.as_deref().unwrap_or_default());
        h.finish()
    }
}

/// What a three-way merge makes of one row.
#[cfg(feature = "xlsx")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// The register's value stays: the row equals it, or the row is unchanged since its base.
    Keep,
    /// The workbook's value is applied: the register is unchanged since the row's base.
    Take,
    /// Both changed, differently (or the base is unknown and they differ).
    Conflict,
}

/// The three-way merge of a row: its base (`None`: a workbook row that carries none), the register's revision now,
/// and the workbook's.
#[cfg(feature = "xlsx")]
pub(crate) fn three_way(base: Option<Revision>, register: Revision, workbook: Revision) -> Outcome {
    if register == workbook || base == Some(workbook) {
        Outcome::Keep
    } else if base == Some(register) {
        Outcome::Take
    } else {
        Outcome::Conflict
    }
}

/// Which side wins a conflict.
///
/// ```
/// use idcf_responsibility::plan::merge::{OnConflict, Side};
/// assert_eq!(OnConflict::default(), OnConflict::Refuse);
/// assert_eq!(Side::Workbook.to_string(), "workbook");
/// # let _ = OnConflict::Prefer(Side::Register);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OnConflict {
    /// Refuse the workbook, listing every conflict; nothing changes.
    #[default]
    Refuse,
    /// Settle every conflict for one side, reporting each.
    Prefer(Side),
}

/// One side of a conflict.
///
/// ```
/// use idcf_responsibility::plan::merge::Side;
/// assert_eq!(Side::Register.to_string(), "register");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::Display)]
#[strum(serialize_all = "kebab-case")]
#[non_exhaustive]
pub enum Side {
    /// The workbook's value.
    Workbook,
    /// The register's value.
    Register,
}

/// The header of the Statement of Applicability workbook's hidden column of base revisions, in English and
/// Japanese.
#[cfg(feature = "xlsx")]
pub(crate) const SOA_REVISION_HEADER: [&str; 2] = ["revision", "リビジョン"];

/// The form of the plan workbook's row key, its first part.
pub(crate) const KEY_FORM: &str = "plan2";

/// A duty's identity within its cell, stable while the duty is: the sentence of the document it comes from and its
/// layer (two customer duties of one sentence differ in layer), or for a duty the customer's overlay added, a hash
/// of its kind, layer and text.
pub(crate) fn duty_id(duty: &Duty) -> String {
    match &duty.basis {
        Basis::Tailored { .. } => {
            let mut h = Fnv::new("tailored1");
            h.field(<&str>::from(duty.kind));
            h.field(<&str>::from(duty.layer));
            h.field(&duty.text.en);
            h.field(&duty.text.ja);
            let full = h.finish().to_string();
            format!("t{}", full.get(..12).unwrap_or(&full))
        }
        Basis::Stated | Basis::Inferred { .. } => format!("s{}-{}", duty.sentence, duty.layer),
    }
}

/// The key of a duty's row: `plan2/{service}/{section}/{duty id}`. It depends on neither the entry's place nor the
/// overlay as a whole, so a workbook written before a rebase still finds every duty the rebase kept.
pub(crate) fn key(service: Service, control: Control, duty: &Duty) -> String {
    format!("{KEY_FORM}/{service}/{}/{}", control.section(), duty_id(duty))
}

#[cfg(feature = "xlsx")]
pub use conflicts::{Differing, RowConflict};

#[cfg(feature = "xlsx")]
mod conflicts {
    use std::fmt;

    use super::Side;
    use crate::plan::workbook::Field;

    /// One field on which the register and the workbook disagree: both values, as text (`None` for empty).
    ///
    /// ```
    /// use idcf_responsibility::plan::{merge::Differing, workbook::Field};
    /// # fn f(d: &Differing) -> bool {
    /// d.field == Field::Status && d.register.is_some()
    /// # }
    /// ```
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub struct Differing {
        /// The field.
        pub field: Field,
        /// The register's value.
        pub register: Option<String>,
        /// The workbook's value.
        pub workbook: Option<String>,
    }

    /// A row changed both in the register since the workbook was written and in the workbook, differently: where,
    /// which entry or decision, each field's two values, and the side kept if the import was told which wins.
    ///
    /// ```
    /// use idcf_responsibility::plan::{merge::RowConflict, workbook::{self, WorkbookError}};
    /// /// What a program shows of a refused import: each conflict on a line, as
    /// /// `IDCF Cloud row 5 (entry 4, §3.2.1): status: register implemented, workbook in-progress`.
    /// fn show(result: Result<workbook::Imported, WorkbookError>) -> Vec<String> {
    ///     match result {
    ///         Err(e @ WorkbookError::Conflicted { .. }) => e.conflicts().iter().map(RowConflict::to_string).collect(),
    ///         _ => Vec::new(),
    ///     }
    /// }
    /// # let _ = show;
    /// ```
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub struct RowConflict {
        /// The sheet.
        pub sheet: String,
        /// The row, from 1 as a spreadsheet shows it.
        pub row: u32,
        /// The entry's index in [`Register::entries`](crate::plan::Register::entries); `None` for a decision.
        pub entry: Option<usize>,
        /// The entry's section (`6.5.1`) or the decision's Annex A control (`A.8.25`).
        pub subject: String,
        /// The fields on which the two differ.
        pub fields: Vec<Differing>,
        /// The side kept, when the import was told which wins; `None` in a refusal.
        pub kept: Option<Side>,
    }

    impl fmt::Display for RowConflict {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            let shown = |v: &Option<String>| v.clone().unwrap_or_else(|| "(empty)".to_owned()).replace('\n', "; ");
            let subject = match self.entry {
                Some(i) => format!("entry {}, §{}", i + 1, self.subject),
                None => self.subject.clone(),
            };
            write!(f, "{} row {} ({subject}): ", self.sheet, self.row)?;
            for (i, d) in self.fields.iter().enumerate() {
                let sep = if i == 0 { "" } else { "; " };
                write!(f, "{sep}{}: register {}, workbook {}", d.field, shown(&d.register), shown(&d.workbook))?;
            }
            if let Some(side) = self.kept {
                write!(f, " — the {side}'s kept")?;
            }
            Ok(())
        }
    }
}
