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
