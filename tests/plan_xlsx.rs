//! The plan through Excel both ways (`plan::workbook`, feature `xlsx`): the workbook read back untouched, edited by
//! another writer (the cells copied into a new workbook with `rust_xlsxwriter`, as a spreadsheet program saves them),
//! and each refusal with its place. The Statement of Applicability workbook's decisions likewise.

use std::io::Cursor;

use calamine::{Data, Reader as _, Xlsx, open_workbook_from_rs};
use idcf_responsibility::plan::workbook::{self, Field, Problem, Update, WorkbookError};

use idcf_responsibility::{
    Control, Lang, Service,
    iso::Iso2022Control,
    plan::{EntryEdit, Register, Status},
    soa::{self, Choice, Soa},
};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

/// A cell as another writer leaves it.
#[derive(Clone)]
enum Put {
    Text(&'static str),
    Date(u16, u8, u8),
    Empty,
}

/// Copies every sheet's cells into a new workbook, changing those `edit` names (sheet index, row, column from 0),
/// and leaving out the rows `drop` names, duplicating those `dup` names at the end: a workbook saved by another
/// program.
fn rewrite(bytes: &[u8], edits: &[(usize, u32, u16, Put)], drop: &[(usize, u32)], dup: &[(usize, u32)]) -> Vec<u8> {
    let mut xlsx: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    let mut out = Workbook::new();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for (s, name) in xlsx.sheet_names().into_iter().enumerate() {
        let range = xlsx.worksheet_range(&name).unwrap();
        let ws = out.add_worksheet();
        ws.set_name(&name).unwrap();
        let (rows, cols) = range.end().unwrap();
        let mut rows_out: Vec<u32> = (0..=rows).filter(|r| !drop.contains(&(s, *r))).collect();
        rows_out.extend(dup.iter().filter(|(ds, _)| *ds == s).map(|(_, r)| *r));
        for (to, &from) in (0u32..).zip(&rows_out) {
            for col in 0..=cols {
                let put = edits.iter().find(|(es, er, ec, _)| *es == s && *er == from && u32::from(*ec) == col);
                match put.map(|p| p.3.clone()) {
                    Some(Put::Text(t)) => {
                        ws.write_string(to, col as u16, t).unwrap();
                    }
                    Some(Put::Date(y, m, d)) => {
                        ws.write_datetime_with_format(to, col as u16, ExcelDateTime::from_ymd(y, m, d).unwrap(), &date)
                            .unwrap();
                    }
                    Some(Put::Empty) => {}
                    None => match range.get_value((from, col)) {
                        Some(Data::String(t)) => {
                            ws.write_string(to, col as u16, t).unwrap();
                        }
                        Some(Data::DateTime(d)) => {
                            ws.write_number_with_format(to, col as u16, d.as_f64(), &date).unwrap();
                        }
                        Some(Data::Empty) | None => {}
                        Some(other) => panic!("unexpected cell {other:?}"),
                    },
                }
            }
        }
    }
    out.save_to_buffer().unwrap()
}

fn register() -> Register {
    Register::new(&[Service::IdcfCloud, Service::ObjectStorage], None)
}

/// The row (from 0) of an entry on its sheet, and the sheet's index.
fn place(r: &Register, index: usize) -> (usize, u32) {
    let e = &r.entries()[index];
    let sheet = r.services().iter().position(|s| *s == e.service()).unwrap();
    let row = r.entries()[..index].iter().filter(|x| x.service() == e.service()).count() as u32 + 1;
    (sheet, row)
}

const STATUS: u16 = 7;
const JUSTIFICATION: u16 = 8;
const TEAM: u16 = 9;
const EVIDENCE: u16 = 10;
const DUE: u16 = 11;
const NOTES: u16 = 12;
const KEY: u16 = 13;

#[test]
fn an_untouched_workbook_changes_nothing_in_either_language() {
    let mut r = register();
    r.edit_entry(
        0,
        &EntryEdit::new()
            .status(Status::RiskAccepted { justification: "CISO, 2026-11".into() })
            .team("Ops")
            .evidence(["T-1", "wiki/x"])
            .due("2027-03-31".parse().unwrap())
            .replace_notes("one\ntwo"),
    )
    .unwrap();
    for &lang in Lang::ALL {
        let book = workbook::xlsx(&r, lang).unwrap();
        let imported = workbook::import(&r, &book, "plan.xlsx").unwrap();
        assert_eq!(imported.changes, []);
        assert_eq!(imported.register, r);
        // Through another writer, too.
        let copied = rewrite(&book, &[], &[], &[]);
        assert_eq!(workbook::import(&r, &copied, "plan.xlsx").unwrap().register, r);
    }
}

#[test]
fn the_workbook_has_a_sheet_per_service_a_row_per_entry_and_a_drop_down() {
    let r = register();
    let book = workbook::xlsx(&r, Lang::Ja).unwrap();
    let mut xlsx: Xlsx<_> = open_workbook_from_rs(Cursor::new(book.clone())).unwrap();
    // A sheet per service, the hidden sheet of the keys the workbook was written with, then the customer's overlay
    // decisions (a sheet the import does not read).
    assert_eq!(xlsx.sheet_names(), ["IDCFクラウド", "オブジェクトストレージ", "keys", "オーバーレイ"]);
    let hidden: Vec<_> = xlsx.sheets_metadata().iter().map(|s| s.visible == calamine::SheetVisible::Hidden).collect();
    assert_eq!(hidden, [false, false, true, false]);
    assert_eq!(xlsx.worksheet_range("keys").unwrap().end().unwrap().0 as usize, r.entries().len());
    for (i, &service) in r.services().iter().enumerate() {
        let range = xlsx.worksheet_range(service.label(Lang::Ja)).unwrap();
        let count = r.entries().iter().filter(|e| e.service() == service).count();
        assert_eq!(range.end().unwrap().0 as usize, count, "sheet {i}");
        assert_eq!(range.get_value((0, u32::from(STATUS))), Some(&Data::String("状況".into())));
        assert_eq!(range.get_value((1, u32::from(STATUS))), Some(&Data::String("未着手".into())));
    }
    let mut archive = zip::ZipArchive::new(Cursor::new(book)).unwrap();
    let mut sheet = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("xl/worksheets/sheet1.xml").unwrap(), &mut sheet).unwrap();
    assert!(sheet.contains("<sheetProtection"), "protected");
    assert!(!sheet.contains("password"), "without a password");
    assert!(sheet.contains("type=\"list\""), "a drop-down");
    assert!(sheet.contains("未着手,対応中,実施済み,対象外,リスク受容"), "of the status labels");
    assert!(sheet.contains("<autoFilter") && sheet.contains("state=\"frozen\""));
}

#[test]
fn edits_by_another_writer_are_applied_and_listed() {
    let r = register();
    let book = workbook::xlsx(&r, Lang::En).unwrap();
    let backup = r
        .entries()
        .iter()
        .position(|e| e.service() == Service::ObjectStorage && e.control() == Control::InformationBackup)
        .unwrap();
    let (s0, r0) = place(&r, 0);
    let (s1, r1) = place(&r, backup);
    let (s2, r2) = place(&r, 2);
    let edited = rewrite(
        &book,
        &[
            // A status in Japanese and one in English, in an English workbook.
            (s0, r0, STATUS, Put::Text("対応中")),
            (s0, r0, TEAM, Put::Text("Platform team")),
            (s0, r0, DUE, Put::Date(2027, 3, 31)),
            (s1, r1, STATUS, Put::Text("Implemented")),
            (s1, r1, EVIDENCE, Put::Text("wiki/backup\nTICKET-12")),
            (s1, r1, NOTES, Put::Text("Nightly copies.")),
            (s2, r2, STATUS, Put::Text("not applicable")),
            (s2, r2, JUSTIFICATION, Put::Text("No such system.")),
            (s2, r2, DUE, Put::Text("2027-04-01")),
        ],
        &[],
        &[],
    );
    let imported = workbook::import(&r, &edited, "plan.xlsx").unwrap();
    let mut expected = r.clone();
    expected
        .edit_entry(
            0,
            &EntryEdit::new().status(Status::InProgress).team("Platform team").due("2027-03-31".parse().unwrap()),
        )
        .unwrap();
    expected
        .edit_entry(
            backup,
            &EntryEdit::new()
                .status(Status::Implemented)
                .evidence(["wiki/backup", "TICKET-12"])
                .replace_notes("Nightly copies."),
        )
        .unwrap();
    expected
        .edit_entry(
            2,
            &EntryEdit::new()
                .status(Status::NotApplicable { justification: "No such system.".into() })
                .due("2027-04-01".parse().unwrap()),
        )
        .unwrap();
    assert_eq!(imported.register, expected);
    let fields: Vec<(usize, Field)> = imported.changes.iter().map(|c| (c.entry.unwrap(), c.field)).collect();
    assert_eq!(
        fields,
        [
            (0, Field::Status),
            (0, Field::Team),
            (0, Field::Due),
            (2, Field::Status),
            (2, Field::Due),
            (backup, Field::Status),
            (backup, Field::Evidence),
            (backup, Field::Notes),
        ]
    );
    let first: &Update = &imported.changes[0];
    assert_eq!(first.to_string(), "IDCF Cloud row 2 (entry 1, §3.1.1): status: not-started → in-progress");
    // Clearing a cell clears its field.
    let cleared = rewrite(&workbook::xlsx(&expected, Lang::Ja).unwrap(), &[(s0, r0, TEAM, Put::Empty)], &[], &[]);
    let back = workbook::import(&expected, &cleared, "plan.xlsx").unwrap();
    assert_eq!(back.register.entries()[0].team(), None);
    assert_eq!(back.changes.len(), 1);
}

/// The one fault of a refused import.
fn only_fault(err: &WorkbookError) -> &workbook::Fault {
    assert_eq!(err.faults().len(), 1, "{err}");
    &err.faults()[0]
}

#[test]
fn a_typo_in_a_status_is_refused_with_its_place_and_the_closest() {
    let r = register();
    let (s, row) = place(&r, 3);
    let book = rewrite(&workbook::xlsx(&r, Lang::En).unwrap(), &[(s, row, STATUS, Put::Text("implemnted"))], &[], &[]);
    let err = workbook::import(&r, &book, "plan.xlsx").unwrap_err();
    let f = only_fault(&err);
    assert_eq!((f.sheet.as_str(), f.row, f.column.as_deref()), ("IDCF Cloud", Some(row + 1), Some("H (Status)")));
    assert!(matches!(&f.problem, Problem::UnknownStatus { closest: Some(c), .. } if c == "implemented"), "{f}");
    let message = err.to_string();
    assert!(message.starts_with("workbook plan.xlsx refused, nothing changed; 1 fault:"), "{message}");
    assert!(
        message
            .contains(&format!("sheet IDCF Cloud, row {}, column H (Status): unknown status \"implemnted\"", row + 1)),
        "{message}"
    );
    assert!(message.contains("did you mean implemented?"), "{message}");
    // In Japanese, the closest is the Japanese label.
    let book = rewrite(&workbook::xlsx(&r, Lang::Ja).unwrap(), &[(s, row, STATUS, Put::Text("実施すみ"))], &[], &[]);
    let err = workbook::import(&r, &book, "plan.xlsx").unwrap_err();
    assert!(
        matches!(&only_fault(&err).problem, Problem::UnknownStatus { closest: Some(c), .. } if c == "実施済み"),
        "{err}"
    );
}

#[test]
fn a_date_that_is_not_a_date_and_a_missing_justification_are_refused_together() {
    let r = register();
    let (s, row) = place(&r, 1);
    let book = rewrite(
        &workbook::xlsx(&r, Lang::En).unwrap(),
        &[(s, row, DUE, Put::Text("2027-02-30")), (s, row + 1, STATUS, Put::Text("risk accepted"))],
        &[],
        &[],
    );
    let err = workbook::import(&r, &book, "plan.xlsx").unwrap_err();
    let faults = err.faults();
    assert_eq!(faults.len(), 2, "{err}");
    assert_eq!(faults[0].column.as_deref(), Some("L (Due)"));
    assert!(matches!(&faults[0].problem, Problem::NotADate { input } if input == "2027-02-30"));
    assert_eq!((faults[1].row, faults[1].column.as_deref()), (Some(row + 2), Some("I (Justification)")));
    assert!(matches!(faults[1].problem, Problem::MissingJustification { .. }));
    // A justification with a status that takes none would be lost: refused.
    let book = rewrite(&workbook::xlsx(&r, Lang::En).unwrap(), &[(s, row, JUSTIFICATION, Put::Text("why"))], &[], &[]);
    let err = workbook::import(&r, &book, "plan.xlsx").unwrap_err();
    assert!(matches!(only_fault(&err).problem, Problem::UnexpectedJustification { .. }), "{err}");
}

#[test]
fn a_deleted_row_a_duplicated_row_and_an_added_row_are_refused() {
    let r = register();
    let book = workbook::xlsx(&r, Lang::En).unwrap();
    let (s, row) = place(&r, 4);
    let err = workbook::import(&r, &rewrite(&book, &[], &[(s, row)], &[]), "plan.xlsx").unwrap_err();
    let f = only_fault(&err);
    assert_eq!(f.sheet, "IDCF Cloud");
    assert!(matches!(f.problem, Problem::MissingRow { entry: 4, .. }), "{err}");
    assert!(err.to_string().contains("entry 5 (§"), "{err}");

    let err = workbook::import(&r, &rewrite(&book, &[], &[], &[(s, row)]), "plan.xlsx").unwrap_err();
    let f = only_fault(&err);
    assert_eq!(f.column.as_deref(), Some("N (Key)"));
    assert!(matches!(&f.problem, Problem::DuplicateKey { first_row, .. } if *first_row == row + 1), "{err}");

    // A row the team added at the end, without a key.
    let last = r.entries().iter().filter(|e| e.service() == Service::IdcfCloud).count() as u32;
    let added = rewrite(&book, &[(s, last, KEY, Put::Empty)], &[], &[(s, last)]);
    let err = workbook::import(&r, &added, "plan.xlsx").unwrap_err();
    assert!(err.faults().iter().any(|f| f.problem == Problem::NoKey), "{err}");
}

#[test]
fn a_workbook_of_another_register_or_dataset_version_is_refused() {
    let r = register();
    let other = Register::new(&[Service::IdcfCloud, Service::SelfCloud], None);
    let err = workbook::import(&r, &workbook::xlsx(&other, Lang::En).unwrap(), "other.xlsx").unwrap_err();
    assert!(
        err.faults().iter().any(|f| matches!(&f.problem, Problem::ForeignKey { why, .. } if why.contains("self-cloud, which the register does not cover"))),
        "{err}"
    );
    assert!(err.to_string().starts_with("workbook other.xlsx refused"));
    // A duty the register does not have (another overlay or dataset version): the key says so.
    let book = workbook::xlsx(&r, Lang::En).unwrap();
    let mut xlsx: Xlsx<_> = open_workbook_from_rs(Cursor::new(book.clone())).unwrap();
    let key = match xlsx.worksheet_range("IDCF Cloud").unwrap().get_value((1, u32::from(KEY))) {
        Some(Data::String(k)) => k.clone(),
        other => panic!("{other:?}"),
    };
    let (bare, revision) = key.split_once('@').unwrap();
    let (head, _) = bare.rsplit_once('/').unwrap();
    let old: &'static str = Box::leak(format!("{head}/s9-portal@{revision}").into_boxed_str());
    let err = workbook::import(&r, &rewrite(&book, &[(0, 1, KEY, Put::Text(old))], &[], &[]), "plan.xlsx").unwrap_err();
    assert!(
        err.faults().iter().any(
            |f| matches!(&f.problem, Problem::ForeignKey { why, .. } if why.contains("names no duty of the register"))
        ),
        "{err}"
    );
    // Bytes that are no workbook.
    assert!(matches!(workbook::import(&r, b"PK", "x.xlsx"), Err(WorkbookError::Unreadable { .. })));
}

fn a(id: &str) -> Iso2022Control {
    Iso2022Control::from_id(id).unwrap()
}

/// The statement sheet's row (from 0) of a control: after the title and header block (rows 0–6), the column
/// headers (row 7), a heading row per theme.
fn soa_row(control: Iso2022Control) -> u32 {
    let themes_before = idcf_responsibility::iso::Theme::ALL.iter().position(|t| *t == control.theme()).unwrap() as u32;
    control.index() as u32 + 9 + themes_before
}

/// The statement sheet's columns of the decision and its justification.
const DECISION: u16 = 11;
const WHY: u16 = 7;

#[test]
fn soa_decisions_are_read_back_and_checked() {
    let mut r = register();
    r.decide(a("A.5.7"), Choice::Include, "Feeds read weekly.").unwrap();
    for &lang in Lang::ALL {
        let book = soa::xlsx(&Soa::of(&r), lang).unwrap();
        let same = idcf_responsibility::soa::import(&r, &rewrite(&book, &[], &[], &[]), "soa.xlsx").unwrap();
        assert_eq!(same.register, r);
        assert!(same.changes.is_empty());
    }
    let book = soa::xlsx(&Soa::of(&r), Lang::En).unwrap();
    let dev = a("A.8.25");
    let edited = rewrite(
        &book,
        &[
            (0, soa_row(dev), DECISION, Put::Text("除外")),
            (0, soa_row(dev), WHY, Put::Text("No software is developed in house.")),
            (0, soa_row(a("A.5.7")), DECISION, Put::Empty),
            (0, soa_row(a("A.5.7")), WHY, Put::Empty),
        ],
        &[],
        &[],
    );
    let imported = idcf_responsibility::soa::import(&r, &edited, "soa.xlsx").unwrap();
    let mut expected = r.clone();
    expected.decide(dev, Choice::Exclude, "No software is developed in house.").unwrap();
    expected.withdraw(a("A.5.7"));
    assert_eq!(imported.register, expected);
    assert_eq!(imported.changes.len(), 2);
    assert_eq!(
        imported.changes[0].to_string(),
        "Statement of Applicability row 16 (A.5.7): decision: include: Feeds read weekly. → (empty)"
    );
    assert_eq!(imported.changes[1].subject, "A.8.25");

    // An unknown decision, a decision without a justification, a deleted row: each with its place.
    let bad = rewrite(
        &book,
        &[(0, soa_row(dev), DECISION, Put::Text("exlude")), (0, soa_row(a("A.8.26")), DECISION, Put::Text("include"))],
        &[(0, soa_row(a("A.8.1")))],
        &[],
    );
    let err = idcf_responsibility::soa::import(&r, &bad, "soa.xlsx").unwrap_err();
    let faults = err.faults();
    assert_eq!(faults.len(), 3, "{err}");
    assert!(
        matches!(&faults[0].problem, Problem::UnexpectedControl { found, expected } if found == "A.8.2" && expected == "A.8.1"),
        "{err}"
    );
    assert!(matches!(&faults[1].problem, Problem::UnknownDecision { closest: Some(c), .. } if c == "exclude"), "{err}");
    assert_eq!(faults[1].column.as_deref(), Some("L (decision)"));
    assert!(matches!(faults[2].problem, Problem::MissingJustification { .. }), "{err}");
    assert_eq!(faults[2].column.as_deref(), Some("H (justification)"));
}
