//! Exports other tools read: CSV (a customer responsibility matrix), Markdown (a table per chapter), a
//! self-contained HTML page, an Excel workbook (feature `xlsx`) and OSCAL (feature `oscal`). Every export is
//! deterministic: the same matrix and language give the same bytes.
//!
//! ```
//! use idcf_responsibility::{export, Lang, Matrix};
//! let md = export::markdown(Matrix::builtin(), Lang::Ja);
//! assert!(md.contains("情報のバックアップ"));
//! assert_eq!(md, export::markdown(Matrix::builtin(), Lang::Ja));
//! ```

pub(crate) mod csv;
pub(crate) mod html;
pub(crate) mod markdown;
#[cfg(feature = "oscal")]
#[cfg_attr(docsrs, doc(cfg(feature = "oscal")))]
pub mod oscal;
#[cfg(feature = "xlsx")]
pub(crate) mod xlsx;

pub use csv::csv;
pub use html::html;
pub use markdown::markdown;
#[cfg(feature = "xlsx")]
#[cfg_attr(docsrs, doc(cfg(feature = "xlsx")))]
pub use xlsx::xlsx;

use crate::{Cell, Lang, Matrix, Party, Provenance};

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
    /// An Excel workbook (binary): an overview sheet and a sheet per service (feature `xlsx`).
    #[cfg(feature = "xlsx")]
    #[cfg_attr(docsrs, doc(cfg(feature = "xlsx")))]
    Xlsx,
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
        #[cfg(feature = "xlsx")]
        Format::Xlsx,
    ];

    /// The human label in a language.
    ///
    /// ```
    /// use idcf_responsibility::{export::Format, Lang};
    /// assert_eq!(Format::Csv.label(Lang::En), "CSV");
    /// ```
    #[must_use]
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            #[cfg(feature = "serde")]
            (Format::Json, _) => "JSON",
            #[cfg(feature = "schemars")]
            (Format::Schema, Lang::En) => "JSON Schema",
            #[cfg(feature = "schemars")]
            (Format::Schema, Lang::Ja) => "JSONスキーマ",
            #[cfg(feature = "oscal")]
            (Format::Oscal, Lang::En) => "OSCAL component definition",
            #[cfg(feature = "oscal")]
            (Format::Oscal, Lang::Ja) => "OSCALコンポーネント定義",
            #[cfg(feature = "oscal")]
            (Format::OscalSsp, Lang::En) => "OSCAL system security plan",
            #[cfg(feature = "oscal")]
            (Format::OscalSsp, Lang::Ja) => "OSCALシステムセキュリティ計画",
            (Format::Csv, _) => "CSV",
            (Format::Markdown, _) => "Markdown",
            (Format::Html, _) => "HTML",
            #[cfg(feature = "xlsx")]
            (Format::Xlsx, Lang::En) => "Excel workbook",
            #[cfg(feature = "xlsx")]
            (Format::Xlsx, Lang::Ja) => "Excelブック",
        }
    }

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

    /// Whether the format is UTF-8 text; the workbook ([`Format::Xlsx`], feature `xlsx`) is binary.
    ///
    /// ```
    /// use idcf_responsibility::export::Format;
    /// assert!(Format::Html.is_text());
    /// ```
    #[must_use]
    pub const fn is_text(self) -> bool {
        match self {
            #[cfg(feature = "xlsx")]
            Format::Xlsx => false,
            _ => true,
        }
    }
}

crate::vocab::vocabulary!(Format, Format, EXPECTED_FORMATS, aliases: |f| match f {
    Format::Markdown => &["md"],
    _ => &[],
});

/// The formats of this build, for messages (`one of json, …, html`): the ids of [`Format::ALL`], joined at
/// compile time, so a format behind a feature is listed exactly when the build has it.
const EXPECTED_FORMATS: &str = {
    const PARTS: &[&str] = &[
        "one of ",
        #[cfg(feature = "serde")]
        "json, ",
        #[cfg(feature = "schemars")]
        "schema, ",
        #[cfg(feature = "oscal")]
        "oscal, oscal-ssp, ",
        "csv, markdown, html",
        #[cfg(feature = "xlsx")]
        ", xlsx",
    ];
    const BYTES: [u8; joined_len(PARTS)] = join(PARTS);
    match std::str::from_utf8(&BYTES) {
        Ok(text) => text,
        Err(_) => "one of the formats of this build",
    }
};

/// The total length of `parts`, in bytes.
const fn joined_len(parts: &[&str]) -> usize {
    let (mut len, mut rest) = (0, parts);
    while let [first, tail @ ..] = rest {
        len += first.len();
        rest = tail;
    }
    len
}

/// `parts` one after the other, in an array of their total length.
#[allow(clippy::indexing_slicing, reason = "evaluated at compile time only: an index out of bounds fails the build")]
const fn join<const N: usize>(parts: &[&str]) -> [u8; N] {
    let mut out = [0; N];
    let (mut at, mut rest) = (0, parts);
    while let [first, tail @ ..] = rest {
        let mut bytes = first.as_bytes();
        while let [byte, more @ ..] = bytes {
            out[at] = *byte;
            at += 1;
            bytes = more;
        }
        rest = tail;
    }
    out
}

/// The matrix in one format and language, as bytes: UTF-8 text for every format but [`Format::Xlsx`] (feature
/// `xlsx`), which is a workbook. Deterministic: the same matrix, format and language give the same bytes.
/// Formats that carry both languages ([`Format::has_lang`] is false) ignore `lang`. The text formats have their
/// own functions that return a `String` ([`csv()`], [`markdown()`], [`html()`], …).
///
/// # Errors
///
/// Only the workbook can fail, if its writer refuses what it is given (an [`std::io::ErrorKind::Other`] error
/// naming the fault); the text formats always succeed.
///
/// ```
/// use idcf_responsibility::{export::{self, Format}, Lang, Matrix};
/// let md = export::render(Matrix::builtin(), Format::Markdown, Lang::Ja)?;
/// assert_eq!(md, export::markdown(Matrix::builtin(), Lang::Ja).into_bytes());
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn render(matrix: &Matrix, format: Format, lang: Lang) -> std::io::Result<Vec<u8>> {
    Ok(match format {
        #[cfg(feature = "serde")]
        Format::Json => (matrix.to_json().map_err(std::io::Error::other)? + "\n").into_bytes(),
        #[cfg(feature = "schemars")]
        Format::Schema => crate::json::schema().into_bytes(),
        #[cfg(feature = "oscal")]
        Format::Oscal => oscal::component_definition(matrix, lang).into_bytes(),
        #[cfg(feature = "oscal")]
        Format::OscalSsp => oscal::system_security_plan(matrix, lang).into_bytes(),
        Format::Csv => csv(matrix, lang).into_bytes(),
        Format::Markdown => markdown(matrix, lang).into_bytes(),
        Format::Html => html(matrix, lang).into_bytes(),
        #[cfg(feature = "xlsx")]
        Format::Xlsx => xlsx(matrix, lang)?,
    })
}

/// Writes the matrix in one format and language to `out`: the same bytes as [`render`]. JSON is serialised
/// straight into `out`; the other formats are built in memory (under 2.5 MB), then written in one call.
///
/// # Errors
///
/// The error of `out`, unchanged, or the error of [`render`].
///
/// ```
/// use idcf_responsibility::{export::{self, Format}, Lang, Matrix};
/// let mut buf = Vec::new();
/// export::write(Matrix::builtin(), Format::Csv, Lang::En, &mut buf)?;
/// assert_eq!(buf, export::render(Matrix::builtin(), Format::Csv, Lang::En)?);
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn write(matrix: &Matrix, format: Format, lang: Lang, out: &mut impl std::io::Write) -> std::io::Result<()> {
    match format {
        #[cfg(feature = "serde")]
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &crate::json::MatrixExport::from(matrix))?;
            out.write_all(b"\n")
        }
        _ => out.write_all(&render(matrix, format, lang)?),
    }
}

/// One party's duties in a cell, as a single line of text; a duty the document does not state is marked with its
/// provenance (ours, or the customer's decision).
pub(crate) fn part(cell: &Cell, party: Party, lang: Lang) -> String {
    cell.duties_of(party).map(|d| duty_text(d, lang)).collect::<Vec<_>>().join(" ")
}

/// A duty's text, with its provenance after it when the document does not state it: `[our inference]` or
/// `[the customer's decision]` ([`Provenance::label`]).
pub(crate) fn duty_text(duty: &crate::Duty, lang: Lang) -> String {
    if duty.is_stated() {
        duty.text.get(lang).to_owned()
    } else {
        format!("{} [{}]", duty.text.get(lang), duty.basis.label(lang))
    }
}

/// The provenance of a cell's being not applicable: our inference, or the customer's decision; `None` when
/// applicable.
pub(crate) fn not_applicable_provenance(cell: &Cell) -> Option<Provenance> {
    cell.not_applicable_basis().map(crate::Basis::provenance)
}

/// The mark after an owner in a grid: `*` when it rests on our inference, `†` when on the customer's decision,
/// nothing when it follows from stated duties. A cell not applicable by the customer's decision is marked `†`.
pub(crate) fn owner_mark(cell: &Cell) -> &'static str {
    let provenance = match cell.owner_basis() {
        Some(basis) => basis.provenance(),
        None => not_applicable_provenance(cell).unwrap_or(Provenance::Inferred),
    };
    match provenance {
        // Not applicable by our inference is the `—` of the grid alone.
        Provenance::Inferred if cell.owner().is_some() => "*",
        Provenance::Tailored => "\u{2020}",
        Provenance::Stated | Provenance::Inferred => "",
    }
}

/// The owner and where it comes from: `customer (derived from stated duties)`, `shared (our inference)`,
/// `customer (the customer's decision)`, `not applicable (our inference)`.
pub(crate) fn owner_line(cell: &Cell, lang: Lang) -> String {
    match (cell.owner(), cell.owner_basis()) {
        (Some(owner), Some(basis)) => format!("{} ({})", owner.label(lang), basis.label(lang)),
        _ => format!(
            "{} ({})",
            not_applicable(lang),
            not_applicable_provenance(cell).unwrap_or(Provenance::Inferred).label(lang)
        ),
    }
}

/// A reason with its provenance: ours as it is, the customer's after `the customer's decision: `.
fn reason_text(basis: &crate::Basis, lang: Lang) -> Option<String> {
    let reason = basis.reason()?.get(lang);
    Some(match basis.provenance() {
        Provenance::Tailored => format!("{}{}{reason}", Provenance::Tailored.label(lang), pick(lang, ": ", "：")),
        _ => reason.to_owned(),
    })
}

/// Every reason in a cell: why it is not applicable, or why each duty not stated is there — our inferences as they
/// are, the customer's decisions marked as such.
pub(crate) fn reasons(cell: &Cell, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = cell.not_applicable_basis().and_then(|b| reason_text(b, lang)).into_iter().collect();
    for d in cell.duties() {
        if let Some(r) = reason_text(&d.basis, lang) {
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

/// One party's duties in a cell, a line each, for the spreadsheets: the duty's text, then its kind, its layer and,
/// when the document does not state it, its provenance, all in `lang`:
/// `Offers a back-up function. [offers · cloud platform]`.
pub(crate) fn tagged_duties(cell: &Cell, party: Party, lang: Lang) -> impl Iterator<Item = String> + '_ {
    cell.duties_of(party).map(move |d| tagged(d, lang))
}

/// A duty's text, then its kind, its layer and, when the document does not state it, its provenance
/// ([`Provenance::label`]: our inference, or the customer's decision), all in `lang`:
/// `Offers a back-up function. [offers · cloud platform]`.
pub(crate) fn tagged(d: &crate::Duty, lang: Lang) -> String {
    let mut tags = vec![d.kind.label(lang), d.layer.label(lang)];
    if !d.is_stated() {
        tags.push(d.basis.label(lang));
    }
    format!("{} [{}]", d.text.get(lang), tags.join(" · "))
}

/// Where a cell comes from in the document: its section and the sentences its duties cite, `§6.5.1, sentences 1,
/// 2` or `§6.5.1 第1・2文`; the section alone when the cell has no duties. A customer's duty (tailored) cites no
/// sentence: `the customer's decision` follows instead.
pub(crate) fn citation(cell: &Cell, lang: Lang) -> String {
    let mut sentences: Vec<u8> = cell.duties().iter().filter(|d| !d.basis.is_tailored()).map(|d| d.sentence).collect();
    sentences.sort_unstable();
    sentences.dedup();
    let numbers: Vec<String> = sentences.iter().map(u8::to_string).collect();
    let cited = match (lang, numbers.len()) {
        (_, 0) => format!("§{}", cell.section()),
        (Lang::En, 1) => format!("§{}, sentence {}", cell.section(), numbers.join("")),
        (Lang::En, _) => format!("§{}, sentences {}", cell.section(), numbers.join(", ")),
        (Lang::Ja, _) => format!("§{} 第{}文", cell.section(), numbers.join("・")),
    };
    if cell.duties().iter().any(|d| d.basis.is_tailored()) {
        format!("{cited}{}{}", pick(lang, "; ", "・"), Provenance::Tailored.label(lang))
    } else {
        cited
    }
}

/// The ids of one edition with how each group is known: `A.12.3.1 (our identification of the successor)`, groups
/// joined by `; `. Empty when the control has none in that edition.
pub(crate) fn crosswalk_text(crosswalks: &[crate::iso::Crosswalk], lang: Lang) -> String {
    crosswalks
        .iter()
        .map(|cw| format!("{} ({})", cw.ids.join(", "), cw.correspondence.label(lang)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The English or the Japanese of two static texts. For a vocabulary value in a CSV column, the English is its id
/// (the ids read as English, and a machine matches them) and the Japanese its label.
pub(crate) const fn pick(lang: Lang, en: &'static str, ja: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Ja => ja,
    }
}

/// "Not applicable", where an owner or an applicability is printed.
pub(crate) const fn not_applicable(lang: Lang) -> &'static str {
    pick(lang, "not applicable", "対象外")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_lists_every_format_of_the_build() {
        let listed: Vec<&str> = EXPECTED_FORMATS.trim_start_matches("one of ").split(", ").collect();
        let ids: Vec<String> = Format::ALL.iter().map(ToString::to_string).collect();
        assert_eq!(listed, ids);
    }
}
