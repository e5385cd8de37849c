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

use crate::{Cell, Lang, Matrix, Party};

/// An export format: what [`render`] and [`write()`] produce. Variants exist only with the features they need.
///
/// ```
/// use idcf_responsibility::export::Format;
/// assert_eq!("csv".parse::<Format>()?, Format::Csv);
/// assert_eq!("md".parse::<Format>()?, Format::Markdown);
/// assert!("docx".parse::<Format>().unwrap_err().to_string().contains("csv, markdown, html"));
/// # Ok::<(), idcf_responsibility::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Format {
    /// The matrix as JSON ([`Matrix::to_json`]; feature `serde`).
    #[cfg(feature = "serde")]
    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    Json,
    /// The JSON Schema of that export (feature `schemars`).
    #[cfg(feature = "schemars")]
    #[cfg_attr(docsrs, doc(cfg(feature = "schemars")))]
    Schema,
    /// An OSCAL 1.1.3 component-definition (feature `oscal`).
    #[cfg(feature = "oscal")]
    #[cfg_attr(docsrs, doc(cfg(feature = "oscal")))]
    Oscal,
    /// An OSCAL 1.1.3 system-security-plan of the provider's side (feature `oscal`).
    #[cfg(feature = "oscal")]
    #[cfg_attr(docsrs, doc(cfg(feature = "oscal")))]
    OscalSsp,
    /// CSV, one row per service and control.
    Csv,
    /// Markdown, a table per chapter.
    Markdown,
    /// A self-contained HTML page.
    Html,
}

impl Format {
    /// Every format this build has, in the order above.
    ///
    /// ```
    /// use idcf_responsibility::export::Format;
    /// assert!(Format::ALL.contains(&Format::Html));
    /// ```
    pub const ALL: &'static [Format] = &[
        #[cfg(feature = "serde")]
        Format::Json,
        #[cfg(feature = "schemars")]
        Format::Schema,
        #[cfg(feature = "oscal")]
        Format::Oscal,
        #[cfg(feature = "oscal")]
        Format::OscalSsp,
        Format::Csv,
        Format::Markdown,
        Format::Html,
    ];

    /// Whether the format writes its text in one chosen language; the others carry both.
    ///
    /// ```
    /// use idcf_responsibility::export::Format;
    /// assert!(Format::Csv.has_lang());
    /// ```
    #[must_use]
    pub const fn has_lang(self) -> bool {
        match self {
            #[cfg(feature = "serde")]
            Format::Json => false,
            #[cfg(feature = "schemars")]
            Format::Schema => false,
            _ => true,
        }
    }
}

crate::vocab::vocabulary!(Format, "format", EXPECTED_FORMATS, aliases: |f| match f {
    Format::Markdown => &["md"],
    _ => &[],
});

/// The formats of this build, for messages.
#[cfg(all(feature = "schemars", feature = "oscal"))]
const EXPECTED_FORMATS: &str = "one of json, schema, oscal, oscal-ssp, csv, markdown, html";
#[cfg(all(feature = "schemars", not(feature = "oscal")))]
const EXPECTED_FORMATS: &str = "one of json, schema, csv, markdown, html";
#[cfg(all(not(feature = "schemars"), feature = "oscal"))]
const EXPECTED_FORMATS: &str = "one of json, oscal, oscal-ssp, csv, markdown, html";
#[cfg(all(feature = "serde", not(feature = "schemars"), not(feature = "oscal")))]
const EXPECTED_FORMATS: &str = "one of json, csv, markdown, html";
#[cfg(not(feature = "serde"))]
const EXPECTED_FORMATS: &str = "one of csv, markdown, html";

/// The matrix in one format and language, as text. Deterministic: the same matrix, format and language give the
/// same bytes. Formats that carry both languages ([`Format::has_lang`] is false) ignore `lang`.
///
/// ```
/// use idcf_responsibility::{export::{self, Format}, Lang, Matrix};
/// let md = export::render(Matrix::builtin(), Format::Markdown, Lang::Ja);
/// assert_eq!(md, export::markdown(Matrix::builtin(), Lang::Ja));
/// ```
#[must_use]
pub fn render(matrix: &Matrix, format: Format, lang: Lang) -> String {
    match format {
        #[cfg(feature = "serde")]
        Format::Json => matrix.to_json() + "\n",
        #[cfg(feature = "schemars")]
        Format::Schema => crate::json::schema(),
        #[cfg(feature = "oscal")]
        Format::Oscal => oscal::component_definition(matrix, lang),
        #[cfg(feature = "oscal")]
        Format::OscalSsp => oscal::system_security_plan(matrix, lang),
        Format::Csv => csv(matrix, lang),
        Format::Markdown => markdown(matrix, lang),
        Format::Html => html(matrix, lang),
    }
}

/// Writes the matrix in one format and language to `out`: the same bytes as [`render`]. JSON is serialised
/// straight into `out`; the other formats are built in memory (under 2 MB), then written in one call.
///
/// # Errors
///
/// The error of `out`, unchanged.
///
/// ```
/// use idcf_responsibility::{export::{self, Format}, Lang, Matrix};
/// let mut buf = Vec::new();
/// export::write(Matrix::builtin(), Format::Csv, Lang::En, &mut buf)?;
/// assert_eq!(buf, export::render(Matrix::builtin(), Format::Csv, Lang::En).into_bytes());
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn write(matrix: &Matrix, format: Format, lang: Lang, out: &mut impl std::io::Write) -> std::io::Result<()> {
    match format {
        #[cfg(feature = "serde")]
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &crate::json::MatrixExport::from(matrix))?;
            out.write_all(b"\n")
        }
        _ => out.write_all(render(matrix, format, lang).as_bytes()),
    }
}

/// One party's duties in a cell, as a single line of text; an inferred duty is marked as ours.
pub(crate) fn part(cell: &Cell, party: Party, lang: Lang) -> String {
    cell.duties_of(party).map(|d| duty_text(d, lang)).collect::<Vec<_>>().join(" ")
}

/// A duty's text, with `[our inference]` after it when the document does not state it.
pub(crate) fn duty_text(duty: &crate::Duty, lang: Lang) -> String {
    if duty.is_stated() {
        duty.text.get(lang).to_owned()
    } else {
        format!("{} [{}]", duty.text.get(lang), crate::OwnerBasis::Inferred.label(lang))
    }
}

/// The owner and where it comes from: `customer (derived from stated duties)`, `shared (our inference)`, or
/// `not applicable (our inference)`.
pub(crate) fn owner_line(cell: &Cell, lang: Lang) -> String {
    match (cell.owner(), cell.owner_basis()) {
        (Some(owner), Some(basis)) => format!("{} ({})", owner.label(lang), basis.label(lang)),
        _ => format!(
            "{} ({})",
            crate::Text::new("not applicable", "対象外").get(lang),
            crate::CellBasis::Inferred.label(lang)
        ),
    }
}

/// Every reason of ours in a cell: why it is not applicable, or why each inferred duty is inferred.
pub(crate) fn reasons(cell: &Cell, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = cell.not_applicable_reason().map(|r| r.get(lang).to_owned()).into_iter().collect();
    for d in cell.duties() {
        if let Some(r) = d.basis.reason() {
            let r = r.get(lang).to_owned();
            if !out.contains(&r) {
                out.push(r);
            }
        }
    }
    out
}

/// The capability names of a cell, joined.
pub(crate) fn capabilities(cell: &Cell, lang: Lang) -> String {
    cell.capabilities().map(|c| c.label(lang)).collect::<Vec<_>>().join("; ")
}
