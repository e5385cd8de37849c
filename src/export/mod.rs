//! Exports other tools read: CSV (a customer responsibility matrix), Markdown (a table per chapter), a
//! self-contained HTML page, and OSCAL (feature `oscal`). Every export is deterministic: the same matrix and
//! language give the same bytes.
//!
//! ```
//! use idcf_responsibility::{export, Lang, Matrix};
//! let md = export::markdown(Matrix::builtin(), Lang::Ja);
//! assert!(md.contains("情報のバックアップ"));
//! assert_eq!(md, export::markdown(Matrix::builtin(), Lang::Ja));
//! ```

mod csv;
mod html;
mod markdown;
#[cfg(feature = "oscal")]
#[cfg_attr(docsrs, doc(cfg(feature = "oscal")))]
pub mod oscal;

pub use csv::csv;
pub use html::html;
pub use markdown::markdown;

use crate::{Cell, Lang, Party};

/// The formats the `export` example writes.
///
/// ```
/// use idcf_responsibility::export::Format;
/// assert_eq!("oscal-ssp".parse::<Format>()?, Format::OscalSsp);
/// assert!("xlsx".parse::<Format>().unwrap_err().to_string().contains("json, schema, oscal, oscal-ssp, csv, markdown, html"));
/// # Ok::<(), idcf_responsibility::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum Format {
    /// The matrix as JSON (`Matrix::to_json`).
    Json,
    /// The JSON Schema of that export.
    Schema,
    /// An OSCAL 1.1.3 component-definition.
    Oscal,
    /// An OSCAL 1.1.3 system-security-plan of the provider's side.
    OscalSsp,
    /// CSV, one row per service and control.
    Csv,
    /// Markdown, a table per chapter.
    Markdown,
    /// A self-contained HTML page.
    Html,
}

impl Format {
    /// Every format.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::export::Format::ALL.len(), 7);
    /// ```
    pub const ALL: &'static [Format] =
        &[Format::Json, Format::Schema, Format::Oscal, Format::OscalSsp, Format::Csv, Format::Markdown, Format::Html];

    /// Whether the format writes text in a chosen language (`--lang`).
    ///
    /// ```
    /// use idcf_responsibility::export::Format;
    /// assert!(Format::Csv.has_lang() && !Format::Json.has_lang());
    /// ```
    #[must_use]
    pub const fn has_lang(self) -> bool {
        matches!(self, Format::Csv | Format::Markdown | Format::Html | Format::Oscal | Format::OscalSsp)
    }
}

crate::vocab::vocabulary!(Format, "format", "one of json, schema, oscal, oscal-ssp, csv, markdown, html", aliases: |f| match f {
    Format::Markdown => &["md"],
    _ => &[],
});

/// One party's duties in a cell, as a single line of text.
pub(crate) fn part(cell: &Cell, party: Party, lang: Lang) -> String {
    cell.duties_of(party).map(|d| d.text.get(lang)).collect::<Vec<_>>().join(" ")
}

/// The capability names of a cell, joined.
pub(crate) fn capabilities(cell: &Cell, lang: Lang) -> String {
    cell.capabilities().map(|c| c.name(lang)).collect::<Vec<_>>().join("; ")
}
