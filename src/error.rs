//! The crate's one error type.

use std::fmt;

/// Everything that can go wrong when parsing an id or loading a matrix.
///
/// Messages are lowercase, carry the rejected input, and say what would have been accepted.
///
/// ```
/// use idcf_responsibility::{Error, Service};
///
/// let err = "object-storag".parse::<Service>().unwrap_err();
/// assert!(matches!(err, Error::Unknown { what: "service", .. }));
/// assert!(err.to_string().contains("did you mean object-storage?"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A string named no value of the vocabulary it was parsed as.
    #[error("unknown {what} {}{}; expected {expected}", Quoted(input), Suggestions(suggestions))]
    Unknown {
        /// What was being parsed (`"service"`, `"control"`, `"owner"`, …).
        what: &'static str,
        /// The rejected input, as given.
        input: String,
        /// What forms are accepted.
        expected: &'static str,
        /// Ids close to the input, best first (may be empty).
        suggestions: Vec<&'static str>,
    },
    /// A string named more than one control and the caller asked for exactly one.
    #[error("{} matches {} controls ({}); give a section id such as {}", Quoted(input), candidates.len(), List(candidates), candidates.first().map_or("6.5.1", |c| c.section()))]
    Ambiguous {
        /// The rejected input, as given.
        input: String,
        /// Every control the input matched, in document order.
        candidates: Vec<crate::Control>,
    },
    /// A JSON document could not be read as a matrix export.
    #[error("invalid matrix json at {path}: {message}")]
    Json {
        /// Where in the document the fault is (`cells[12].owner`, or `.` for the root).
        path: String,
        /// What the JSON reader found wrong.
        message: String,
    },
    /// A matrix was read but its content is inconsistent.
    #[error("inconsistent matrix at {place}: {problem}")]
    Inconsistent {
        /// Where the fault is (`cells[12] (object-storage, 6.5.2)`, `dataset.version`, …).
        place: String,
        /// What is wrong and what was expected.
        problem: String,
    },
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
