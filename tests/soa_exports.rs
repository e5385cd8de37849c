//! What the auditor receives from the Statement of Applicability draft: the CSV (byte-order mark first) and the
//! workbook (read back with calamine, feature `xlsx`) match the JSON row for row; the workbook's customer's
//! columns are unlocked input cells on a protected sheet, its legend says whose each column is; the Markdown
//! groups by theme and says what the draft is.
#![cfg(feature = "serde")]

use idcf_responsibility::plan::{EditScope, EntryEdit};
use idcf_responsibility::{
    Control, Lang, Service,
    iso::Iso2022Control,
    plan::{Register, Status},
    soa::{self, Applicability, Choice, DecidedBy, Implementation, Proposal, Soa},
};
use serde_json::Value;

/// A statement with every kind of row: implemented, not started, in progress, inherited, a customer's exclusion
/// and inclusion, and controls the document does not reach.
fn draft() -> Soa {
    let mut r = Register::new(&[Service::IdcfCloud, Service::ObjectStorage], None);
    r.edit(EditScope::All, Control::InformationBackup, &EntryEdit::new().status(Status::Implemented)).unwrap();
    r.edit(EditScope::All, Control::BackupFunction, &EntryEdit::new().status(Status::Implemented)).unwrap();
    r.edit(Service::IdcfCloud, Control::AuditLogging, &EntryEdit::new().status(Status::InProgress)).unwrap();
    let backup = r.entries().iter().position(|e| e.control() == Control::InformationBackup).unwrap();
    r.edit_entry(backup, &EntryEdit::new().team("Infra, Tokyo").add_evidence("WIKI-1, \"backup\" page")).unwrap();
    r.decide(Iso2022Control::from_id("A.8.28").unwrap(), Choice::Exclude, "No software is developed in house.")
        .unwrap();
    r.decide(Iso2022Control::from_id("A.5.7").unwrap(), Choice::Include, "We read JPCERT/CC alerts.").unwrap();
    Soa::of(&r)
}

fn json_rows(soa: &Soa) -> Vec<Value> {
    let v: Value = serde_json::from_str(&soa.to_json().unwrap()).unwrap();
    v["rows"].as_array().unwrap().clone()
}

/// The values a reader compares, from a JSON row, as the English CSV and workbook write them.
fn expected(row: &Value) -> Vec<String> {
    let s = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    vec![
        s(&row["control"]),
        s(&row["title_en"]),
        s(&row["title_ja"]),
        s(&row["decision"]["justification"]),
        s(&row["decision"]["choice"]),
        s(&row["case"]),
        s(&row["proposal"]),
        s(&row["decided_by"]),
        row["theme"].as_str().map_or_else(|| "ISO/IEC 27017 extended cloud controls".to_owned(), str::to_owned),
        row["new_in_2022"].as_bool().unwrap().to_string(),
    ]
}

/// The English CSV's header keys (computed once: `at` is called for every cell compared).
fn keys() -> &'static [String] {
    static KEYS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        let text = soa::csv(&draft(), Lang::En);
        text.trim_start_matches('\u{feff}').lines().next().unwrap().split(',').map(str::to_owned).collect()
    })
}

/// The index of a column by its English key.
fn at(key: &str) -> usize {
    keys().iter().position(|k| k == key).unwrap()
}

/// The same values from a CSV or workbook row (the columns of `soa::csv`).
fn picked(cells: &[String]) -> Vec<String> {
    [
        "control",
        "title_en",
        "title_ja",
        "justification",
        "decision",
        "case",
        "proposal",
        "decided_by",
        "group",
        "new_in_2022",
    ]
    .iter()
    .map(|k| cells[at(k)].clone())
    .collect()
}

#[test]
fn the_draft_has_every_kind_of_row() {
    let soa = draft();
    let get = |id: &str| soa.row(Iso2022Control::from_id(id).unwrap()).unwrap();
    assert_eq!(get("A.8.13").implementation, Implementation::Implemented);
    assert_eq!(get("A.8.13").case, soa::InheritanceCase::Shared);
    assert_eq!(get("A.8.15").implementation, Implementation::PartlyImplemented);
    assert_eq!(get("A.8.17").implementation, Implementation::Inherited);
    assert_eq!(get("A.8.28").applicability, Applicability::Excluded);
    assert_eq!((get("A.5.7").applicability, get("A.5.7").decided_by), (Applicability::Applicable, DecidedBy::Customer));
    assert_eq!(get("A.5.30").proposal, Proposal::NotAddressed);
}

#[test]
fn the_csv_opens_with_its_bom_and_matches_the_json_row_for_row() {
    let soa = draft();
    let rows = json_rows(&soa);
    for &lang in Lang::ALL {
        let text = soa::csv(&soa, lang);
        assert!(text.starts_with('\u{feff}'), "the byte-order mark first");
        let body = text.strip_prefix('\u{feff}').unwrap();
        let mut reader = csv::Reader::from_reader(body.as_bytes());
        let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
        assert_eq!(header.len(), 31);
        assert_eq!(header[0], if lang == Lang::En { "control" } else { "管理策番号" });
        let records: Vec<Vec<String>> =
            reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect();
        assert_eq!(records.len(), 100);
        for (record, row) in records.iter().zip(&rows) {
            if lang == Lang::En {
                assert_eq!(picked(record), expected(row));
                // The implementation cell says that IDCF's part is inherited exactly on a shared row.
                let i: Implementation = row["implementation"].as_str().unwrap().parse().unwrap();
                let shared = row["case"] == "shared";
                let suffix = if shared { "; IDCF's part inherited" } else { "" };
                assert_eq!(record[at("implementation")], format!("{}{suffix}", i.label(Lang::En)), "{}", record[0]);
            } else {
                {
                    assert_eq!(record[0], row["control"].as_str().unwrap());
                    let a: Applicability = row["applicability"].as_str().unwrap().parse().unwrap();
                    assert!(record[at("applicability")].starts_with(a.label(Lang::Ja)));
                    let i: Implementation = row["implementation"].as_str().unwrap().parse().unwrap();
                    assert!(record[at("implementation")].starts_with(i.label(Lang::Ja)));
                }
            }
        }
        // The customer's team and evidence, quoted commas and quotes included, come through.
        let backup = records.iter().find(|r| r[0] == "A.8.13").unwrap();
        assert!(backup[at("customer_part")].contains("WIKI-1, \"backup\" page"), "{}", backup[at("customer_part")]);
        assert!(backup[at("routes")].contains("§6.5.1"));
        // IDCF's part, a line per duty: service, section and sentence, the duty, its role.
        let detail = &backup[at("provider_detail")];
        let line = if lang == Lang::En {
            "IDCF Cloud §6.5.2 sentence 1: Offers a function with which customers back up their own virtual machines. [offers · cloud platform] — IDCF runs it for the customer (inherited)"
        } else {
            "IDCFクラウド §6.5.2 第1文：IDCFは、お客さまが自社の仮想マシンをバックアップできる機能を用意している。 [提供 · クラウド基盤] — IDCFがお客さまのために実施（継承）"
        };
        assert!(detail.lines().any(|l| l.contains(line)), "{detail}");
        assert_eq!(detail.lines().count(), 2, "IDCF Cloud's two duties (Object Storage has none here): {detail}");
    }
}

#[test]
fn the_markdown_groups_by_theme_and_says_what_the_draft_is() {
    let soa = draft();
    let md = soa::markdown(&soa, Lang::En);
    assert!(md.contains("not a certification statement"));
    let headings: Vec<&str> = md.lines().filter(|l| l.starts_with("## ")).collect();
    assert_eq!(
        headings,
        [
            "## 5 Organizational controls",
            "## 6 People controls",
            "## 7 Physical controls",
            "## 8 Technological controls",
            "## ISO/IEC 27017 extended cloud controls"
        ]
    );
    assert_eq!(md.lines().filter(|l| l.starts_with("| A.")).count(), 93);
    assert_eq!(md.lines().filter(|l| l.starts_with("| CLD.")).count(), 7);
    let excluded = md.lines().find(|l| l.starts_with("| A.8.28 |")).unwrap();
    assert!(excluded.contains("No software is developed in house.") && excluded.contains("the customer's decision"));
    for c in &soa.caveats {
        assert!(md.contains(c.en.as_ref()));
    }
    let ja = soa::markdown(&soa, Lang::Ja);
    assert!(ja.contains("認証の表明ではない") && ja.contains("## 5 組織的管理策"));
    // Our own words name the provider IDCF, never 当社 (the duties and the caveats are the dataset's).
    let caveats: Vec<String> = soa.caveats.iter().map(|c| format!("- {}", c.ja)).collect();
    let ours: Vec<&str> = ja
        .lines()
        .filter(|l| !l.starts_with("| A.") && !l.starts_with("| CLD.") && !caveats.iter().any(|c| c == l))
        .collect();
    assert!(ours.iter().all(|l| !l.contains("当社")), "IDCF, never 当社");
    assert!(ours.iter().any(|l| l.contains("IDCFの分担")));
}

#[cfg(feature = "xlsx")]
mod workbook {
    use std::io::{Cursor, Read as _};

    use calamine::{Data, Range, Reader as _, Xlsx, open_workbook_from_rs};

    use super::*;

    fn sheets(bytes: &[u8]) -> Vec<(String, Range<Data>)> {
        let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
        book.worksheets()
    }

    fn text(range: &Range<Data>, row: u32, col: u32) -> String {
        match range.get_value((row, col)) {
            Some(Data::String(s)) => s.clone(),
            Some(Data::Empty) | None => String::new(),
            Some(other) => panic!("({row}, {col}) holds {other:?}, not text"),
        }
    }

    fn part(bytes: &[u8], name: &str) -> String {
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut out = String::new();
        archive.by_name(name).unwrap().read_to_string(&mut out).unwrap();
        out
    }

    #[test]
    fn the_workbook_matches_the_json_row_for_row() {
        let soa = draft();
        let rows = json_rows(&soa);
        for &lang in Lang::ALL {
            let bytes = soa::xlsx(&soa, lang).unwrap();
            let sheets = sheets(&bytes);
            let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
            assert_eq!(
                names,
                if lang == Lang::En { ["Statement of Applicability", "Legend"] } else { ["適用宣言書", "凡例"] }
            );
            let range = &sheets[0].1;
            // The columns, then the hidden column of each row's revision for the import's merge.
            let width = range.end().unwrap().1 - 1;
            assert_eq!(width, 30);
            assert_eq!(text(range, 7, width + 1), if lang == Lang::En { "revision" } else { "リビジョン" });
            // The title and the customer's header on top, the column headers on row 8.
            let header: Vec<String> = (0..=width).map(|c| text(range, 7, c)).collect();
            assert_eq!(
                header,
                soa::csv(&soa, lang)
                    .lines()
                    .next()
                    .unwrap()
                    .trim_start_matches('\u{feff}')
                    .split(',')
                    .collect::<Vec<_>>()
            );
            // Controls, each under its theme's heading row.
            let mut controls = Vec::new();
            let mut headings = Vec::new();
            for r in 8..=range.end().unwrap().0 {
                let cells: Vec<String> = (0..=width).map(|c| text(range, r, c)).collect();
                if cells[0].starts_with("A.") || cells[0].starts_with("CLD.") {
                    controls.push(cells);
                } else {
                    headings.push((controls.len(), cells[0].clone()));
                }
            }
            assert_eq!(headings.iter().map(|(at, _)| *at).collect::<Vec<_>>(), [0, 37, 45, 59, 93]);
            assert_eq!(controls.len(), 100);
            let csv_rows: Vec<Vec<String>> = {
                let text = soa::csv(&soa, lang);
                let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
                reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect()
            };
            for ((cells, row), csv_row) in controls.iter().zip(&rows).zip(&csv_rows) {
                assert_eq!(cells, csv_row, "the workbook and the CSV hold the same cells");
                if lang == Lang::En {
                    assert_eq!(picked(cells), expected(row));
                } else {
                    assert_eq!(cells[0], row["control"].as_str().unwrap());
                }
            }
        }
    }

    #[test]
    fn the_customers_columns_are_input_cells_on_a_protected_sheet() {
        let bytes = soa::xlsx(&draft(), Lang::En).unwrap();
        let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
        let protection = sheet.split("<sheetProtection").nth(1).expect("the sheet is protected");
        let protection = &protection[..protection.find("/>").unwrap()];
        assert!(!protection.contains("password"), "no password: {protection}");
        assert!(protection.contains("autoFilter=\"0\""), "filters stay usable: {protection}");
        assert!(sheet.contains("<dataValidation") && sheet.contains("\"include,exclude\""));
        assert_eq!(sheet.matches("outlineLevel=\"1\"").count(), 100, "each theme's controls are an outline group");
        // Exactly the customer's cells (JIS title, ground, risks, justification, documents, decision, its own
        // status, team, evidence, due date: columns D, F, G, H, J, L to P) use the unlocked style.
        let styles = part(&bytes, "xl/styles.xml");
        let xfs = styles.split("<cellXfs").nth(1).unwrap();
        let xfs: Vec<&str> = xfs[..xfs.find("</cellXfs>").unwrap()].split("<xf ").skip(1).collect();
        let unlocked: Vec<usize> =
            xfs.iter().enumerate().filter(|(_, x)| x.contains("locked=\"0\"")).map(|(i, _)| i).collect();
        assert_eq!(unlocked.len(), 1);
        let style = format!(" s=\"{}\"", unlocked[0]);
        let cells: Vec<&str> = sheet
            .split("<c r=\"")
            .skip(1)
            .filter(|c| c[..c.find('>').unwrap()].contains(&style))
            .map(|c| &c[..c.find('"').unwrap()])
            .collect();
        assert_eq!(cells.len(), 100 * 10);
        let columns = ['D', 'F', 'G', 'H', 'J', 'L', 'M', 'N', 'O', 'P'];
        assert!(
            cells.iter().all(|c| columns.iter().any(|&l| c.starts_with(l) && c[1..].parse::<u32>().is_ok())),
            "{cells:?}"
        );
    }

    /// The title, the header lines and the notice span the printed columns (A to K) and no more; each theme's
    /// heading spans the table; the three drop-downs cover every row of controls and only them, and only the
    /// customer's own status (which takes `risk-accepted: why`) accepts text beyond its list.
    #[test]
    fn merges_and_drop_downs_cover_what_they_should() {
        let bytes = soa::xlsx(&draft(), Lang::En).unwrap();
        let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
        let merges: Vec<&str> = sheet.split("<mergeCell ref=\"").skip(1).map(|m| &m[..m.find('"').unwrap()]).collect();
        assert_eq!(merges[..7], ["A1:K1", "B2:K2", "B3:K3", "B4:K4", "B5:K5", "B6:K6", "A7:K7"]);
        assert!(
            merges[7..]
                .iter()
                .all(|m| m.starts_with('A') && m.ends_with(&format!("AE{}", &m[1..m.find(':').unwrap()]))),
            "{merges:?}"
        );
        // Eight rows above the first row of controls, 100 controls, a heading per group.
        let last_row = 8 + 100 + merges[7..].len();
        let validations: Vec<&str> =
            sheet.split("<dataValidation ").skip(1).map(|v| &v[..v.find('>').unwrap()]).collect();
        assert_eq!(validations.len(), 3, "{validations:?}");
        for (v, column) in validations.iter().zip(['F', 'L', 'M']) {
            assert!(v.contains(&format!("sqref=\"{column}9:{column}{last_row}\"")), "{v}");
            assert_eq!(v.contains("showErrorMessage=\"1\""), column != 'M', "{v}");
        }
    }

    /// The sheet is protected with sorting, filtering and resizing left to the customer, and frozen below the
    /// column headers and right of the control ids.
    #[test]
    fn the_sheet_is_frozen_at_the_table_and_sortable() {
        let sheet = part(&soa::xlsx(&draft(), Lang::En).unwrap(), "xl/worksheets/sheet1.xml");
        let protection = sheet.split("<sheetProtection").nth(1).unwrap();
        let protection = &protection[..protection.find("/>").unwrap()];
        for allowed in ["sort=\"0\"", "autoFilter=\"0\"", "formatColumns=\"0\"", "formatRows=\"0\""] {
            assert!(protection.contains(allowed), "{allowed}: {protection}");
        }
        assert!(sheet.contains("<pane xSplit=\"1\" ySplit=\"8\" topLeftCell=\"B9\""), "the frozen pane");
    }

    /// Printing: each row of controls is a whole number of 15 pt lines tall (26 at most), taller as its printed
    /// text is longer; the group headings keep the default height, and the page header carries the title.
    #[test]
    fn rows_grow_with_their_text_and_the_page_header_names_the_statement() {
        let sheet = part(&soa::xlsx(&draft(), Lang::En).unwrap(), "xl/worksheets/sheet1.xml");
        let rows: Vec<&str> = sheet.split("<row r=\"").skip(1).map(|r| &r[..r.find('>').unwrap()]).collect();
        let number = |r: &str| r[..r.find('"').unwrap()].parse::<u32>().unwrap();
        // The notice under the header (row 7) and the column headers (row 8) are sized to the printed widths:
        // both wrap to more than one line.
        for above in [7, 8] {
            let row = rows.iter().find(|r| number(r) == above).unwrap();
            let height = row.split("ht=\"").nth(1).map(|h| h[..h.find('"').unwrap()].parse::<f64>().unwrap());
            assert!(height.is_some_and(|h| h > 30.0), "row {above} is not sized to its wrapped text: {row}");
        }
        let mut lines = Vec::new();
        for row in rows.iter().filter(|r| number(r) > 8) {
            let height = row.split("ht=\"").nth(1).map(|h| h[..h.find('"').unwrap()].parse::<f64>().unwrap());
            if row.contains("outlineLevel=\"1\"") {
                let h = height.unwrap_or_else(|| panic!("a row of controls without its height: {row}"));
                let n = ((h - 2.0) / 15.0).round();
                assert!((1.0..=26.0).contains(&n) && (h - (15.0 * n + 2.0)).abs() < 0.75, "{row}");
                lines.push(n);
            } else {
                assert!(height.is_none(), "a group heading keeps the default height: {row}");
            }
        }
        assert_eq!(lines.len(), 100);
        // Heights follow the text: the printed columns (A to K, the CSV's first eleven) of each row, in the
        // sheet's order, by length; the twenty longest rows are on average at least twice as tall as the twenty
        // shortest, and the shortest fit in a few lines.
        let text = soa::csv(&draft(), Lang::En);
        let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let lengths: Vec<usize> =
            reader.records().map(|r| r.unwrap().iter().take(11).map(|c| c.chars().count()).sum()).collect();
        let mut by_length: Vec<(usize, f64)> = lengths.into_iter().zip(lines.iter().copied()).collect();
        by_length.sort_by_key(|&(len, _)| len);
        let mean = |rows: &[(usize, f64)]| rows.iter().map(|&(_, n)| n).sum::<f64>() / 20.0;
        let (short, long) = (mean(&by_length[..20]), mean(&by_length[80..]));
        assert!(long >= 2.0 * short && short <= 6.0, "short rows {short} lines, long rows {long}: {by_length:?}");
        assert!(
            sheet.contains("<oddHeader>&amp;L&amp;11&amp;C&amp;11Statement of Applicability (draft)&amp;R"),
            "the page header"
        );
    }

    /// The legend's blocks follow each other with one blank row between them: the title, the notice and the
    /// source; the overlay's lines; the columns; the rules; the caveats.
    #[test]
    fn the_legend_is_laid_out_block_after_block() {
        let bytes = soa::xlsx(&draft(), Lang::En).unwrap();
        let legend = &sheets(&bytes)[1].1;
        let first = |r: u32| text(legend, r, 0);
        assert!(first(2).starts_with("Source:"), "{}", first(2));
        assert_eq!((first(3), first(4), first(5)), (String::new(), "No overlay is applied.".to_owned(), String::new()));
        assert_eq!(first(6), "Column");
        let end = legend.end().unwrap().0;
        let blank: Vec<u32> = (0..=end).filter(|&r| first(r).is_empty()).collect();
        assert!(blank.windows(2).all(|w| w[1] > w[0] + 1), "two blank rows in a row: {blank:?}");
        let headings: Vec<u32> =
            (0..=end).filter(|&r| ["Rules", "The document's caveats"].contains(&first(r).as_str())).collect();
        assert_eq!(headings.len(), 2);
        assert!(headings.iter().all(|&r| first(r - 1).is_empty() && !first(r - 2).is_empty()), "{headings:?}");
    }

    #[test]
    fn the_legend_says_whose_each_column_is_and_carries_the_caveats() {
        let soa = draft();
        for &lang in Lang::ALL {
            let bytes = soa::xlsx(&soa, lang).unwrap();
            let legend = &sheets(&bytes)[1].1;
            let all: Vec<Vec<String>> = (0..=legend.end().unwrap().0)
                .map(|r| (0..=legend.end().unwrap().1).map(|c| text(legend, r, c)).collect())
                .collect();
            let customer = if lang == Lang::En { "the customer's input" } else { "お客さまが記入" };
            let theirs: Vec<&str> = all.iter().filter(|r| r[1] == customer).map(|r| r[0].as_str()).collect();
            let inputs = [
                "jis_title",
                "grounds",
                "risks",
                "justification",
                "documents",
                "decision",
                "status",
                "team",
                "evidence",
                "due",
            ];
            if lang == Lang::En {
                assert_eq!(theirs, inputs);
            } else {
                assert_eq!(theirs.len(), inputs.len());
                assert!(theirs.contains(&"お客さまの決定") && theirs.contains(&"関連文書"));
            }
            let derived =
                all.iter().filter(|r| r[1].starts_with(if lang == Lang::En { "derived" } else { "自動" })).count();
            assert_eq!(derived, 21);
            let flat: String = all.iter().flatten().cloned().collect::<Vec<_>>().join("\n");
            for c in &soa.caveats {
                assert!(flat.contains(c.get(lang)), "caveat missing");
            }
            assert!(flat.contains(soa.notice.get(lang)));
        }
    }
}

/// The README's register: IDCF Cloud and Object Storage, an overlay (dedicated servers not used), back-up
/// implemented, teleworking not applicable, two decisions, a record of the customer's own and the header.
fn readme_register() -> Register {
    use idcf_responsibility::{
        Text,
        plan::Overlay,
        soa::{ControlEdit, Decision, Grounds, SoaInfo},
    };
    let mut overlay = Overlay::new();
    let why = Text::new(
        "No dedicated servers (risk assessment RA-2026-2).",
        "専用サーバーは使わない（リスクアセスメント RA-2026-2）。",
    );
    for s in [Service::IdcfCloud, Service::ObjectStorage] {
        overlay.not_applicable(s, Control::SensitiveSystemIsolation, why.clone()).unwrap();
    }
    let mut r = Register::new(&[Service::IdcfCloud, Service::ObjectStorage], Some(overlay));
    r.edit(
        idcf_responsibility::plan::EditScope::All,
        Control::InformationBackup,
        &EntryEdit::new().status(Status::Implemented),
    )
    .unwrap();
    let na = Status::NotApplicable { justification: "No teleworking (work rules, art. 12).".into() };
    r.edit(idcf_responsibility::plan::EditScope::All, Control::Teleworking, &EntryEdit::new().status(na)).unwrap();
    let intel = "A.5.7".parse::<soa::SoaControl>().unwrap();
    r.record_decision(intel, Decision::new(Choice::Include, "Threat feeds reviewed weekly.").risks(["RA-2026-03"]))
        .unwrap();
    r.set_control(intel, &ControlEdit::new().status(Status::InProgress).documents(["ISMS-PR-07"])).unwrap();
    let dev = Decision::new(Choice::Exclude, "No software is developed in house.").grounds(Grounds::Business);
    r.record_decision("A.8.28".parse::<soa::SoaControl>().unwrap(), dev).unwrap();
    r.set_soa_info(SoaInfo::new().organisation("Example KK").version("1.0").date("2026-12-01".parse().unwrap()))
        .unwrap();
    r
}

#[test]
fn the_readme_excerpt_is_what_the_markdown_says() {
    let readme = include_str!("../README.md");
    let start = readme.find("An excerpt of the Markdown").unwrap();
    let rows: Vec<&str> = readme[start..]
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .filter(|l| l.starts_with("| A.") || l.starts_with("| CLD."))
        .collect();
    let md = soa::markdown(&Soa::of(&readme_register()), Lang::En);
    if std::env::var_os("SHOW_README_EXCERPT").is_some() {
        for id in ["A.5.2", "A.5.7", "A.6.7", "A.7.14", "A.8.22", "CLD.9.5.1"] {
            println!("{}", md.lines().find(|l| l.starts_with(&format!("| {id} |"))).unwrap());
        }
    }
    assert_eq!(rows.len(), 6);
    for row in rows {
        let id = row.split('|').nth(1).unwrap_or_default();
        let actual = md.lines().find(|l| l.split('|').nth(1) == Some(id)).unwrap_or_default();
        assert!(
            md.lines().any(|l| l == row),
            "the README's row is not in the output:\n{row}\nthe output's row:\n{actual}"
        );
    }
}
