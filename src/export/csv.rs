//! CSV: one row per service and control, with the columns of a customer responsibility matrix.

use std::fmt::Write as _;

use super::{capabilities, part, reasons};
use crate::{Edition, Lang, Matrix, Party};

/// The header row.
const HEADER: [&str; 24] = [
    "service",
    "section",
    "control",
    "title_en",
    "title_ja",
    "owner",
    "owner_basis",
    "stated_owner",
    "applicable",
    "basis",
    "reasons",
    "provider_part",
    "customer_part",
    "capabilities",
    "withheld",
    "iso27002_2005",
    "iso27001_2013",
    "iso27001_2013_correspondence",
    "iso27001_2022",
    "iso27001_2022_correspondence",
    "fedramp_origination",
    "oscal_control_origination",
    "csa_ccm_ownership",
    "projection_notes",
];

/// The matrix as CSV (RFC 4180 quoting, `\n` line ends, UTF-8): a header row, then one row per service and
/// control. Text columns (parts, capabilities, reasons, notes) are written in `lang`; both titles are always
/// there. `owner_basis` says whether the owner follows from the document's stated duties or rests on our
/// inference, `stated_owner` is the owner by stated duties alone (empty: the document does not say), and each
/// inferred duty in the parts is marked `[our inference]`, its reason in `reasons`. ISO ids carry their scheme; several values in one column are separated by `; `.
///
/// ```
/// use idcf_responsibility::{export, Lang, Matrix};
/// let csv = export::csv(Matrix::builtin(), Lang::En);
/// assert_eq!(csv.lines().count(), 1 + 340);
/// assert!(csv.lines().next().unwrap().starts_with("service,section,control,"));
/// assert!(csv.contains("object-storage,6.5.1,information-backup,Information back-up,情報のバックアップ,customer,inferred,,true,inferred,"));
/// assert!(csv.contains("idcf-cloud,6.5.1,information-backup,Information back-up,情報のバックアップ,customer,derived-from-stated,customer,true,stated,"));
/// ```
#[must_use]
pub fn csv(matrix: &Matrix, lang: Lang) -> String {
    let mut out = String::new();
    row(&mut out, HEADER.iter().map(|h| (*h).to_owned()));
    for cell in matrix.cells() {
        let c = cell.control();
        let crosswalk = |groups: &[crate::Crosswalk]| {
            let ids: Vec<String> = groups.iter().flat_map(crate::Crosswalk::qualified).collect();
            let kinds: Vec<String> =
                groups.iter().flat_map(|cw| cw.ids.iter().map(|_| cw.correspondence.to_string())).collect();
            (ids.join("; "), kinds.join("; "))
        };
        let (y2013, k2013) = crosswalk(c.iso27001_2013());
        let (y2022, k2022) = crosswalk(c.iso27001_2022());
        let fedramp = cell.fedramp_origination();
        let oscal = cell.oscal_origination();
        let ccm = cell.ccm_ownership();
        let notes: Vec<&str> =
            [&fedramp.loss, &oscal.loss, &ccm.loss].into_iter().flatten().map(|t| t.get(lang)).collect();
        let mut unique_notes: Vec<&str> = Vec::new();
        for n in notes {
            if !unique_notes.contains(&n) {
                unique_notes.push(n);
            }
        }
        row(
            &mut out,
            [
                cell.service().to_string(),
                cell.section().to_string(),
                c.to_string(),
                c.title_en().to_owned(),
                c.title_ja().to_owned(),
                cell.owner().map(|o| o.to_string()).unwrap_or_default(),
                cell.owner_basis().map(|o| o.to_string()).unwrap_or_default(),
                cell.stated_owner().map(|o| o.to_string()).unwrap_or_default(),
                cell.is_applicable().to_string(),
                cell.basis().to_string(),
                reasons(cell, lang).join(" "),
                part(cell, Party::Provider, lang),
                part(cell, Party::Customer, lang),
                capabilities(cell, lang),
                cell.withheld().iter().map(|w| w.label(lang).to_owned()).collect::<Vec<_>>().join("; "),
                c.qualified_ids(Edition::Iso27002_2005).join("; "),
                y2013,
                k2013,
                y2022,
                k2022,
                fedramp.value.map(|v| v.to_string()).unwrap_or_default(),
                oscal.value.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "),
                ccm.value.to_string(),
                unique_notes.join(" "),
            ]
            .into_iter(),
        );
    }
    out
}

fn row(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\n', '\r']) {
            let _ = write!(out, "\"{}\"", field.replace('"', "\"\""));
        } else {
            out.push_str(&field);
        }
    }
    out.push('\n');
}
