//! The errors: parsing an id ([`ParseError`]), an inconsistent cell or matrix ([`Inconsistency`]), loading JSON
//! ([`LoadError`](crate::json::LoadError)), and [`Error`], which holds any of them.

use std::fmt;

/// What a string was parsed as: the vocabulary that did not know it ([`ParseError::Unknown`]).
///
/// ```
/// use idcf_responsibility::{ParseError, Service, Vocabulary};
/// let err = "object-storag".parse::<Service>().unwrap_err();
/// assert!(matches!(err, ParseError::Unknown { what: Vocabulary::Service, .. }));
/// assert_eq!(Vocabulary::DutyKind.to_string(), "duty kind");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "lowercase")]
#[non_exhaustive]
pub enum Vocabulary {
    /// [`crate::Service`].
    Service,
    /// [`crate::Control`].
    Control,
    /// [`crate::Chapter`].
    Chapter,
    /// [`crate::Category`].
    Category,
    /// [`crate::Owner`].
    Owner,
    /// [`crate::Party`].
    Party,
    /// [`crate::Layer`].
    Layer,
    /// [`crate::DutyKind`].
    #[strum(serialize = "duty kind")]
    DutyKind,
    /// [`crate::Scope`].
    Scope,
    /// [`crate::Capability`].
    Capability,
    /// [`crate::Withheld`].
    #[strum(serialize = "withheld item")]
    Withheld,
    /// [`crate::iso::Edition`].
    Edition,
    /// [`crate::iso::Correspondence`].
    Correspondence,
    /// [`crate::iso::Fit`].
    Fit,
    /// [`crate::document::Issuer`].
    Issuer,
    /// [`crate::Lang`].
    #[strum(serialize = "language")]
    Lang,
    /// [`crate::CellBasis`].
    #[strum(serialize = "cell basis")]
    CellBasis,
    /// [`crate::OwnerBasis`].
    #[strum(serialize = "owner basis")]
    OwnerBasis,
    /// [`crate::export::Format`].
    Format,
    /// [`crate::frameworks::FedRampOrigination`].
    #[strum(serialize = "fedramp origination")]
    FedRampOrigination,
    /// [`crate::frameworks::OscalOrigination`].
    #[strum(serialize = "oscal origination")]
    OscalOrigination,
    /// [`crate::frameworks::CcmOwnership`].
    #[strum(serialize = "ccm ownership")]
    CcmOwnership,
    /// [`crate::iso::Theme`].
    Theme,
    /// [`crate::iso::Iso2022Control`].
    #[strum(serialize = "iso/iec 27001:2022 control")]
    Iso2022Control,
    /// [`crate::iso::CloudControl`].
    #[strum(serialize = "iso/iec 27017 cloud control")]
    CloudControl,
    /// [`crate::iso::Guidance`].
    Guidance,
    /// [`crate::iso::RouteKind`].
    #[strum(serialize = "route kind")]
    RouteKind,
    /// [`crate::iso::Inheritance`].
    Inheritance,
    /// [`crate::soa::Proposal`].
    #[strum(serialize = "applicability proposal")]
    Proposal,
    /// [`crate::soa::Choice`].
    #[strum(serialize = "decision")]
    Choice,
    /// [`crate::soa::Applicability`].
    Applicability,
    /// [`crate::soa::DecidedBy`].
    #[strum(serialize = "decided by")]
    DecidedBy,
    /// [`crate::soa::Implementation`].
    #[strum(serialize = "implementation status")]
    Implementation,
    /// [`crate::soa::Grounds`].
    #[strum(serialize = "decision ground")]
    Grounds,
    /// [`crate::soa::ProviderRole`].
    #[strum(serialize = "provider role")]
    ProviderRole,
    /// [`crate::soa::InheritanceCase`].
    #[strum(serialize = "inheritance case")]
    InheritanceCase,
    /// [`crate::soa::TailoringKind`].
    #[strum(serialize = "tailoring kind")]
    TailoringKind,
    /// [`crate::plan::Date`].
    Date,
    /// [`crate::plan::Status`].
    Status,
}

/// A string that names no value, or more than one where one was asked for: the error of every `FromStr` of the
/// crate and of [`Control::find`](crate::Control::find).
///
/// Messages are lowercase, carry the rejected input, and say what would have been accepted.
///
/// ```
/// use idcf_responsibility::{ParseError, Service, Vocabulary};
///
/// let err = "object-storag".parse::<Service>().unwrap_err();
/// let ParseError::Unknown { what, input, suggestions, .. } = &err else { panic!() };
/// assert_eq!((*what, input.as_str()), (Vocabulary::Service, "object-storag"));
/// assert_eq!(suggestions, &["object-storage"]);
/// assert!(err.to_string().contains("did you mean object-storage?"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseError {
    /// A string named no value of the vocabulary it was parsed as.
    #[error("unknown {what} {}{}; expected {expected}", Quoted(input), Suggestions(suggestions))]
    Unknown {
        /// What was being parsed.
        what: Vocabulary,
        /// The rejected input, as given.
        input: String,
        /// What forms are accepted.
        expected: &'static str,
        /// Ids close to the input, best first (may be empty).
        suggestions: Vec<&'static str>,
    },
    /// A string of the right kind that does not hold: a date that is not a calendar date, a status that needs a
    /// justification and has none.
    #[error("invalid {what} {}; expected {expected}", Quoted(input))]
    Invalid {
        /// What was being parsed.
        what: Vocabulary,
        /// The rejected input, as given.
        input: String,
        /// What would be accepted.
        expected: &'static str,
    },
    /// A string named more than one control and the caller asked for exactly one.
    #[error("{} matches {} controls ({}); give a section id such as {}", Quoted(input), candidates.len(), List(candidates), candidates.first().map_or("6.5.1", |c| c.section()))]
    Ambiguous {
        /// The rejected input, as given.
        input: String,
        /// Every control the input matched, in document order.
        candidates: Vec<crate::Control>,
    },
    /// An ISO/IEC 27001 Annex A id of three levels that both ISO/IEC 27001:2005 (= 27002:2005) and 27001:2013
    /// number, for different controls (`A.12.3.1`: cryptographic policy in 2005, back-up in 2013). Nothing is
    /// chosen: each edition's reading is given, with the sections it leads to; the scheme-qualified form
    /// resolves (`iso27001-2013:A.12.3.1`).
    ///
    /// ```
    /// use idcf_responsibility::{Control, ParseError};
    /// let err = Control::find("A.12.3.1").unwrap_err();
    /// assert!(matches!(&err, ParseError::AmbiguousEdition { readings, .. } if readings.len() == 2));
    /// assert!(err.to_string().contains("iso27002-2005:12.3.1 → 8.2.1"), "{err}");
    /// ```
    #[error("{} is an id of {} editions ({}); give its scheme, such as {}", Quoted(input), readings.len(), Readings(readings), readings.first().map_or_else(String::new, crate::iso::IsoReading::qualified))]
    AmbiguousEdition {
        /// The rejected input, as given.
        input: String,
        /// Each edition's reading, oldest edition first.
        readings: Vec<crate::iso::IsoReading>,
    },
    /// A bare number of the form `x.y.z` (or `x.y`) that is no section (or heading) of the document, but an ISO id:
    /// the document's numbers are its own, so an ISO id must carry its scheme. The readings are the ids it may
    /// mean, each with the sections it leads to.
    ///
    /// ```
    /// use idcf_responsibility::{Control, ParseError};
    /// let err = Control::find("10.5.1").unwrap_err();
    /// let ParseError::NotASection { readings, .. } = &err else { panic!("{err:?}") };
    /// assert_eq!(readings[0].qualified(), "iso27002-2005:10.5.1");
    /// assert!(err.to_string().contains("did you mean iso27002-2005:10.5.1 (→ 6.5.1, 6.5.2)?"), "{err}");
    /// ```
    #[error("{} is not a section of the document; as an iso id, did you mean {}?", Quoted(input), Qualified(readings))]
    NotASection {
        /// The rejected input, as given.
        input: String,
        /// The scheme-qualified ids it may mean, oldest edition first.
        readings: Vec<crate::iso::IsoReading>,
    },
}

/// What an [`Inconsistency`] is about: every refusal names its subject.
///
/// ```
/// use idcf_responsibility::{Control, Service, Subject, Text, plan::Overlay};
/// let err = Overlay::new().not_applicable(Service::SelfCloud, Control::Teleworking, Text::new("", "")).unwrap_err();
/// assert_eq!(err.subject, Subject::Overlay);
/// assert!(err.to_string().starts_with("inconsistent overlay at self-cloud, 7.6.2: "), "{err}");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "lowercase")]
#[non_exhaustive]
pub enum Subject {
    /// A cell ([`Cell::new`](crate::Cell::new), [`Cell::not_applicable`](crate::Cell::not_applicable)).
    Cell,
    /// A matrix ([`Matrix::from_json`](crate::Matrix::from_json) and its `TryFrom` of an export).
    Matrix,
    /// A tailoring overlay ([`Overlay`](crate::plan::Overlay)'s edits and loading).
    Overlay,
    /// An implementation register ([`Register::check`](crate::plan::Register::check) and loading), its Statement
    /// of Applicability decisions included.
    Register,
}

/// A cell, matrix, overlay or register whose parts contradict each other: the error of [`Cell::new`](crate::Cell::new),
/// of an overlay's edits and the last check of loading a matrix, an overlay or a register. Its message names its
/// [`Subject`].
///
/// ```
/// use idcf_responsibility::{Cell, Control, Service, Subject};
/// let control = Control::ClockSynchronization;
/// let err = Cell::new(Service::IdcfCloud, control, vec![], vec![], control.section_summary().clone()).unwrap_err();
/// assert_eq!((err.subject, err.place.as_str()), (Subject::Cell, "idcf-cloud, 6.8.6"));
/// assert!(err.problem.contains("at least one duty"));
/// assert!(err.to_string().starts_with("inconsistent cell at idcf-cloud, 6.8.6: "));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("inconsistent {subject} at {place}: {problem}")]
#[non_exhaustive]
pub struct Inconsistency {
    /// What is inconsistent: a cell, a matrix, an overlay or a register.
    pub subject: Subject,
    /// Where the fault is (`cells[12] (object-storage, 6.5.2)`, `dataset`, `idcf-cloud, 6.8.6, duties[0]`, …).
    pub place: String,
    /// What is wrong and what was expected.
    pub problem: String,
}

impl Inconsistency {
    pub(crate) fn new(subject: Subject, place: impl Into<String>, problem: impl Into<String>) -> Inconsistency {
        Inconsistency { subject, place: place.into(), problem: problem.into() }
    }
}

/// Every error of the crate, for callers that handle them alike (`?` converts each into it).
/// A register's workbook refusal (feature `xlsx`) converts too.
///
/// ```
/// use idcf_responsibility::{Control, Error, ParseError};
/// fn section(input: &str) -> Result<&'static str, Error> {
///     Ok(input.parse::<Control>()?.section())
/// }
/// assert_eq!(section("information-backup")?, "6.5.1");
/// assert!(matches!(section("nothing"), Err(Error::Parse(ParseError::Unknown { .. }))));
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An id, name or query that named no value, or several.
    #[error(transparent)]
    Parse(#[from] ParseError),
    /// Parts of a cell or matrix that contradict each other.
    #[error(transparent)]
    Inconsistent(#[from] Inconsistency),
    /// An edit of a register that was refused.
    #[error(transparent)]
    Edit(#[from] crate::plan::EditError),
    /// A JSON file that could not be loaded (a matrix export, an overlay, a register).
    #[cfg(feature = "serde")]
    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    #[error(transparent)]
    Load(#[from] crate::json::LoadError),
    /// A value that could not be written as JSON (`to_json`). The crate's own values always can; the error is said
    /// rather than hidden, so that no caller writes an empty string over a file.
    #[cfg(feature = "serde")]
    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    #[error("cannot write the {what} as json: {message}")]
    ToJson {
        /// What was being written: `matrix`, `register`, `overlay`, `statement of applicability`.
        what: &'static str,
        /// What the JSON writer found wrong.
        message: String,
    },
    /// A workbook the plan was read back from that was refused ([`plan::workbook`](crate::plan::workbook)).
    #[cfg(feature = "xlsx")]
    #[cfg_attr(docsrs, doc(cfg(feature = "xlsx")))]
    #[error(transparent)]
    Workbook(#[from] crate::plan::workbook::WorkbookError),
}

/// The input, quoted; past 80 characters it is cut and its length given, so a message stays readable.
struct Quoted<'a>(&'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const SHOWN: usize = 80;
        match self.0.char_indices().nth(SHOWN) {
            None => write!(f, "{:?}", self.0),
            Some((cut, _)) => write!(f, "{:?}… ({} bytes)", self.0.get(..cut).unwrap_or_default(), self.0.len()),
        }
    }
}

struct Suggestions<'a>(&'a [&'static str]);

impl fmt::Display for Suggestions<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            [] => Ok(()),
            [one] => write!(f, "; did you mean {one}?"),
            many => write!(f, "; did you mean one of {}?", many.join(", ")),
        }
    }
}

struct List<'a>(&'a [crate::Control]);

impl fmt::Display for List<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, c) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{} {}", c.section(), c.title_en())?;
        }
        Ok(())
    }
}

/// Each reading as `iso27002-2005:12.3.1 → 8.2.1`, joined by `; `.
struct Readings<'a>(&'a [crate::iso::IsoReading]);

impl fmt::Display for Readings<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, r) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{r}")?;
        }
        Ok(())
    }
}

/// Each reading as `iso27002-2005:10.5.1 (→ 6.5.1, 6.5.2)`, joined by ` or `.
struct Qualified<'a>(&'a [crate::iso::IsoReading]);

impl fmt::Display for Qualified<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, r) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(" or ")?;
            }
            let shown = r.to_string();
            let (id, sections) = shown.split_once(' ').unwrap_or((shown.as_str(), ""));
            write!(f, "{id} ({sections})")?;
        }
        Ok(())
    }
}
