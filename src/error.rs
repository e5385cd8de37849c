//! The errors: parsing an id ([`ParseError`]), an inconsistent cell or matrix ([`Inconsistency`]), loading JSON
//! ([`LoadError`]), and [`Error`], which holds any of them.

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

/// A cell, or a matrix, whose parts contradict each other: the error of [`Cell::new`](crate::Cell::new) and the
/// last check of loading a matrix.
///
/// ```
/// use idcf_responsibility::{Cell, Control, Service};
/// let control = Control::ClockSynchronization;
/// let err = Cell::new(Service::IdcfCloud, control, vec![], vec![], control.section_summary().clone()).unwrap_err();
/// assert_eq!(err.place, "idcf-cloud, 6.8.6");
/// assert!(err.problem.contains("at least one duty"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("inconsistent matrix at {place}: {problem}")]
#[non_exhaustive]
pub struct Inconsistency {
    /// Where the fault is (`cells[12] (object-storage, 6.5.2)`, `dataset`, `idcf-cloud, 6.8.6, duties[0]`, …).
    pub place: String,
    /// What is wrong and what was expected.
    pub problem: String,
}

impl Inconsistency {
    pub(crate) fn new(place: impl Into<String>, problem: impl Into<String>) -> Inconsistency {
        Inconsistency { place: place.into(), problem: problem.into() }
    }
}

/// The kind of JSON file a [`LoadError`] is about: each loader names its own in every message.
///
/// ```
/// use idcf_responsibility::{Matrix, json::FileKind};
/// let err = Matrix::from_json("[]").unwrap_err();
/// assert_eq!(err.file(), FileKind::Matrix);
/// assert_eq!(FileKind::Register.to_string(), "register");
/// ```
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[non_exhaustive]
pub enum FileKind {
    /// A matrix export ([`Matrix::from_json`](crate::Matrix::from_json)).
    Matrix,
    /// A tailoring overlay ([`Overlay::from_json`](crate::plan::Overlay::from_json)).
    Overlay,
    /// An implementation register ([`Register::from_json`](crate::plan::Register::from_json)).
    Register,
}

/// What the JSON reader found wrong, in the crate's words: the cause of a [`LoadError::Json`]. No internal type
/// names; an unknown id or field comes with the closest accepted ones, as typed input does.
///
/// ```
/// use idcf_responsibility::Matrix;
/// let err = Matrix::from_json("[]").unwrap_err();
/// let cause = std::error::Error::source(&err).unwrap().to_string();
/// assert_eq!(cause, "invalid length 0, expected a JSON object");
/// ```
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
#[non_exhaustive]
pub struct JsonError {
    /// What is wrong, and what would be accepted.
    pub message: String,
    /// Ids or field names close to an unknown one, best first (may be empty).
    pub suggestions: Vec<String>,
}

/// Why a JSON file (a matrix export, an overlay or a register) could not be loaded. The message says which file
/// and where; the cause of a [`LoadError::Json`] is its [`source`](std::error::Error::source), printed once by a
/// chain printer.
///
/// ```
/// use idcf_responsibility::{Matrix, json::{FileKind, LoadError}};
/// let err = Matrix::from_json("{\"dataset\": 1}").unwrap_err();
/// let LoadError::Json { file, path, line, column, .. } = &err else { panic!("{err:?}") };
/// assert_eq!((*file, path.as_str(), *line, *column), (FileKind::Matrix, "dataset", 1, 13));
/// assert_eq!(err.to_string(), "invalid matrix json at dataset (line 1, column 13)");
/// assert!(std::error::Error::source(&err).is_some());
/// ```
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The input is larger than [`json::MAX_JSON_BYTES`](crate::json::MAX_JSON_BYTES); nothing was parsed.
    #[error("{file} json is {bytes} bytes; the limit is {limit}")]
    TooLarge {
        /// The kind of file.
        file: FileKind,
        /// The size of the input.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// The text is not a file of its kind: not JSON, or of the wrong shape (unknown ids or fields, missing fields,
    /// wrong types). What is wrong is the [`source`](std::error::Error::source).
    #[error("invalid {file} json at {path} (line {line}, column {column})")]
    Json {
        /// The kind of file.
        file: FileKind,
        /// Where in the document the fault is (`cells[12].owner`, or `.` for the root).
        path: String,
        /// The line of the fault, from 1.
        line: usize,
        /// The column of the fault, from 1.
        column: usize,
        /// What the JSON reader found wrong.
        source: JsonError,
    },
    /// The document has the right shape but its content contradicts itself or the crate's facts. The message
    /// gives the place and the problem; there is no further cause.
    #[error("invalid {file} at {}: {}", inconsistency.place, inconsistency.problem)]
    Inconsistent {
        /// The kind of file.
        file: FileKind,
        /// The place and the problem.
        inconsistency: Inconsistency,
    },
}

#[cfg(feature = "serde")]
impl LoadError {
    /// The place of the fault: the JSON path, or the place of the inconsistency; `.` for an input too large.
    ///
    /// ```
    /// let err = idcf_responsibility::Matrix::from_json("[]").unwrap_err();
    /// assert_eq!(err.place(), ".");
    /// ```
    #[must_use]
    pub fn place(&self) -> &str {
        match self {
            LoadError::TooLarge { .. } => ".",
            LoadError::Json { path, .. } => path,
            LoadError::Inconsistent { inconsistency, .. } => &inconsistency.place,
        }
    }

    /// The kind of file the error is about.
    ///
    /// ```
    /// use idcf_responsibility::{json::FileKind, plan::Register};
    /// assert_eq!(Register::from_json("{}").unwrap_err().file(), FileKind::Register);
    /// ```
    #[must_use]
    pub const fn file(&self) -> FileKind {
        match self {
            LoadError::TooLarge { file, .. } | LoadError::Json { file, .. } | LoadError::Inconsistent { file, .. } => {
                *file
            }
        }
    }

    /// An inconsistency found in a file of this kind.
    pub(crate) fn inconsistent(file: FileKind, inconsistency: Inconsistency) -> LoadError {
        LoadError::Inconsistent { file, inconsistency }
    }
}

/// Every error of the crate, for callers that handle them alike (`?` converts each into it).
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
#[derive(Debug, thiserror::Error)]
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
    Load(#[from] LoadError),
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
