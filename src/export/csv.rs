//! CSV: one row per service and control, with the columns of a customer responsibility matrix.

use std::fmt::Write as _;

use super::{capabilities, not_applicable, pick, reasons, tagged_duties};
use crate::{Lang, Matrix, Party, iso::Edition};

/// The byte-order mark the CSV starts with. Excel on Japanese Windows reads a CSV without it as Shift-JIS and
/// shows every Japanese character as mojibake; with it, Excel (and `LibreOffice`, Google Sheets, the `csv` crate
/// after skipping it) reads UTF-8.
pub(crate) const BOM: char = '\u{feff}';

/// The header row: the English name (a machine's key) and the Japanese label of each column.
const HEADER: [[&str; 2]; 25] = [
    ["service", "サービスID"],
    ["service_name", "サービス"],
    ["section", "節"],
    ["control", "管理策ID"],
    ["title_en", "題名（英語）"],
    ["title_ja", "題名"],
    ["owner", "担当"],
    ["owner_basis", "担当の根拠"],
    ["stated_owner", "記載による担当"],
    ["applicable", "対象"],
    ["basis", "根拠"],
    ["reasons", "理由（推定またはお客さまの決定）"],
    ["provider_part", "IDCFの分担"],
    ["customer_part", "お客さまの分担"],
    ["capabilities", "提供される機能"],
    ["withheld", "非開示の事項"],
    ["iso27002_2005", "ISO/IEC 27002:2005"],
    ["iso27001_2013", "ISO/IEC 27001:2013"],
    ["iso27001_2013_correspondence", "ISO/IEC 27001:2013の対応の種類"],
    ["iso27001_2022", "ISO/IEC 27001:2022"],
    ["iso27001_2022_correspondence", "ISO/IEC 27001:2022の対応の種類"],
    ["fedramp_origination", "FedRAMP control origination"],
    ["oscal_control_origination", "OSCAL control-origination"],
    ["csa_ccm_ownership", "CSA CCM SSRM ownership"],
    ["projection_notes", "他の枠組みへの対応の注記"],
];

/// The matrix as CSV (RFC 4180 quoting, `\n` line ends, UTF-8 with a byte-order mark): a header row, then one
/// row per service and control.
///
/// The file starts with the byte-order mark U+FEFF, because Excel on Japanese Windows reads a CSV without one as
/// Shift-JIS and shows the Japanese text as mojibake; a reader that does not expect it (the `csv` crate, Python's
/// `csv` without `encoding="utf-8-sig"`) sees it at the start of the first header.
///
/// `lang` picks the language of the header row and of the values. In English the header names are snake-case
/// keys and the vocabulary columns (owner, owner basis, stated owner, applicability, basis, correspondence) hold
/// the crate's ids, which read as English (`customer`, `derived-from-stated`, `true`); in Japanese the header and
/// those values are the Japanese labels ([`Owner::label`](crate::Owner::label) and the like: お客さま,
/// 記載された役割から導出, 対象外). The service and control ids, sections and ISO ids stay as they are in both,
/// for a machine to join on; `service_name` is the service's name in `lang`, and both titles are always there.
///
/// `owner_basis` says whether the owner follows from the document's stated duties, rests on our inference or on
/// the customer's decision (`tailored`), `stated_owner` is the owner by stated duties alone (empty: the document
/// does not say). The parts list each duty with its kind and layer, and a duty the document does not state is
/// marked there with its provenance ([`Provenance::label`](crate::Provenance::label): `our inference` or `the
/// customer's decision`); its reason is in `reasons`, a customer's reason after `the customer's decision: `. The
/// 2013 and 2022 ids have a column each saying how they are known.
/// ISO ids carry their scheme; FedRAMP, OSCAL and CSA values are those frameworks' own ids. Several values in one
/// column are separated by `; `.
///
/// ```
/// use idcf_responsibility::{export, Lang, Matrix};
/// let csv = export::csv(Matrix::builtin(), Lang::En);
/// assert_eq!(csv.lines().count(), 1 + 340);
/// assert!(csv.starts_with("\u{feff}service,service_name,section,control,"));
/// assert!(csv.contains("object-storage,Object Storage,6.5.1,information-backup,Information back-up,情報のバックアップ,customer,inferred,,true,inferred,"));
/// assert!(csv.contains("idcf-cloud,IDCF Cloud,6.5.1,information-backup,Information back-up,情報のバックアップ,customer,derived-from-stated,customer,true,stated,"));
///
/// let ja = export::csv(Matrix::builtin(), Lang::Ja);
/// assert!(ja.starts_with("\u{feff}サービスID,サービス,節,管理策ID,"));
/// assert!(ja.contains("object-storage,オブジェクトストレージ,6.5.1,information-backup,Information back-up,情報のバックアップ,お客さま,推定,,対象,推定,"));
/// ```
#[must_use]
pub fn csv(matrix: &Matrix, lang: Lang) -> String {
    let mut out = String::from(BOM);
    let col = match lang {
        Lang::En => 0,
        Lang::Ja => 1,
    };
    row(&mut out, HEADER.iter().map(|h| h.get(col).copied().unwrap_or_default().to_owned()));
    for cell in matrix.cells() {
        let c = cell.control();
        let crosswalk = |groups: &[crate::iso::Crosswalk]| {
            let ids: Vec<String> = groups.iter().flat_map(crate::iso::Crosswalk::qualified).collect();
            let kinds: Vec<&str> = groups
                .iter()
                .flat_map(|cw| {
                    cw.ids.iter().map(|_| pick(lang, cw.correspondence.into(), cw.correspondence.label(lang)))
                })
                .collect();
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
        let applicable = match (lang, cell.is_applicable()) {
            (Lang::En, yes) => yes.to_string(),
            (Lang::Ja, true) => "対象".to_owned(),
            (Lang::Ja, false) => not_applicable(lang).to_owned(),
        };
        row(
            &mut out,
            [
                cell.service().to_string(),
                cell.service().label(lang).to_owned(),
                cell.section().to_string(),
                c.to_string(),
                c.title_en().to_owned(),
                c.label(Lang::Ja).to_owned(),
                cell.owner().map(|o| pick(lang, o.into(), o.label(lang))).unwrap_or_default().to_owned(),
                cell.owner_basis().map(|b| pick(lang, b.into(), b.label(lang))).unwrap_or_default().to_owned(),
                cell.stated_owner().map(|o| pick(lang, o.into(), o.label(lang))).unwrap_or_default().to_owned(),
                applicable,
                pick(lang, cell.basis().into(), cell.basis().label(lang)).to_owned(),
                reasons(cell, lang).join(" "),
                tagged_duties(cell, Party::Provider, lang).collect::<Vec<_>>().join(" "),
                tagged_duties(cell, Party::Customer, lang).collect::<Vec<_>>().join(" "),
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

pub(crate) fn row(out: &mut String, fields: impl Iterator<Item = String>) {
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
