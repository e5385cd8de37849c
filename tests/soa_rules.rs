//! The Statement of Applicability an auditor accepts: inheritance only where IDCF runs the control's measure for the
//! customer (each row's case, each inherited row's provider duty), the customer's decisions and overlay as the
//! customer's, a status for every control, the auditor's columns and header in every format, the Statement of Applicability workbook's
//! inputs read back, and ISO/IEC 27017's seven cloud controls.
#![cfg(all(feature = "serde", feature = "xlsx"))]

use std::io::{Cursor, Read as _};
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader as _, Xlsx, open_workbook_from_rs};
use idcf_responsibility::plan::workbook::{Field, Problem};
use idcf_responsibility::{
    Control, DutyKind, Lang, Layer, Service, Text,
    iso::{Inheritance, Iso2022Control, Theme},
    plan::{EntryEdit, Overlay, Register, Status, report, workbook},
    soa::{
        self, Applicability, Choice, ControlEdit, DecidedBy, Decision, Grounds, Implementation, InheritanceCase,
        Proposal, ProviderRole, Soa, SoaControl, SoaInfo, SoaOptions,
    },
};
use rust_xlsxwriter::Workbook;

fn c(id: &str) -> SoaControl {
    SoaControl::from_id(id).unwrap()
}

/// The register of the issue: IDCF Cloud and Object Storage.
fn cloud_and_storage() -> Register {
    Register::new(&[Service::IdcfCloud, Service::ObjectStorage], None)
}

#[test]
fn the_rows_an_auditor_would_strike_are_not_inherited() {
    let soa = Soa::of(&cloud_and_storage());
    for id in ["A.5.2", "A.5.5", "A.5.8", "A.5.12", "A.5.19", "A.5.23", "A.5.29", "A.5.37", "A.6.6", "A.8.29"] {
        let row = soa.row(c(id)).unwrap();
        assert!(
            !matches!(row.case, InheritanceCase::Inherited | InheritanceCase::Shared),
            "{id}: {:?} {}",
            row.case,
            row.case_reason.en
        );
        assert_ne!(row.implementation, Implementation::Inherited, "{id}");
        assert_eq!(row.inherited_from().count(), 0, "{id}");
        assert!(row.provider.iter().flat_map(|p| &p.duties).all(|d| d.role != ProviderRole::RunsForCustomer), "{id}");
    }
    // IDCF's own measures only: the customer implements the control itself; the provider's part is information.
    let roles = soa.row(c("A.5.2")).unwrap();
    assert_eq!((roles.case, roles.proposal), (InheritanceCase::ProviderOwnMeasure, Proposal::ProviderOwnMeasure));
    assert!(roles.case_reason.en.contains("A.5.19–A.5.23"), "{}", roles.case_reason.en);
    assert!(
        roles.provider.iter().flat_map(|p| &p.duties).all(|d| d.role == ProviderRole::OwnMeasure && d.why.is_some())
    );
}

#[test]
fn a_7_14_is_inherited_and_names_the_duty_it_rests_on() {
    let soa = Soa::of(&cloud_and_storage());
    let disposal = soa.row(c("A.7.14")).unwrap();
    assert_eq!((disposal.case, disposal.implementation), (InheritanceCase::Inherited, Implementation::Inherited));
    assert_eq!((disposal.proposal, disposal.applicability), (Proposal::Applicable, Applicability::Applicable));
    let (part, duty) = disposal.inherited_from().next().unwrap();
    assert_eq!((part.section.as_ref(), duty.duty.sentence, duty.duty.kind), ("5.2.1", 1, DutyKind::Performs));
    assert!(disposal.case_reason.en.contains("§5.2.1 sentence 1"), "{}", disposal.case_reason.en);
    assert!(disposal.case_reason.ja.contains("§5.2.1 第1文"), "{}", disposal.case_reason.ja);
}

#[test]
fn every_inherited_row_names_its_provider_duties_and_rests_only_on_what_idcf_runs() {
    for services in [&[Service::IdcfCloud, Service::ObjectStorage][..], Service::ALL] {
        let soa = Soa::of(&Register::new(services, None));
        for row in &soa.rows {
            let inherits = matches!(row.case, InheritanceCase::Inherited | InheritanceCase::Shared);
            assert_eq!(inherits, row.inherited_from().count() > 0, "{}", row.control);
            for (part, d) in row.inherited_from() {
                let cited = format!("§{} sentence {}", part.section, d.duty.sentence);
                assert!(row.case_reason.en.contains(&cited), "{}: {cited} in {}", row.control, row.case_reason.en);
                assert!(matches!(d.duty.kind, DutyKind::Performs | DutyKind::Offers | DutyKind::OnRequest));
                assert!(matches!(d.duty.layer, Layer::Platform | Layer::Portal), "{}", row.control);
            }
            for d in row.provider.iter().flat_map(|p| &p.duties) {
                let never =
                    matches!(d.duty.kind, DutyKind::Discloses | DutyKind::Requests | DutyKind::LeavesToCustomer)
                        || matches!(
                            d.duty.layer,
                            Layer::ProviderOrganisation | Layer::ProviderPartners | Layer::ContractDocuments
                        );
                if never {
                    assert_ne!(d.role, ProviderRole::RunsForCustomer, "{}: {}", row.control, d.duty.text.en);
                }
                if d.duty.kind == DutyKind::LeavesToCustomer {
                    assert_eq!(d.role, ProviderRole::LeavesToCustomer);
                }
            }
            // The people controls and the organisational ones about the customer's own organisation: never.
            if row.theme == Some(Theme::People) || row.control == c("A.5.12") || row.control == c("A.5.15") {
                assert!(!inherits, "{}", row.control);
            }
            // A shared row says both parts.
            if row.case == InheritanceCase::Shared {
                assert!(
                    row.case_reason.en.contains("IDCF's part, inherited")
                        && row.case_reason.en.contains("The customer's part")
                );
                assert!(row.implementation_reason.en.contains("IDCF's part is inherited"), "{}", row.control);
            }
        }
    }
    // Back-up for IDCF Cloud: IDCF's back-up function (§6.5.2, offered on the platform) and the customer's own copies.
    let soa = Soa::of(&Register::new(&[Service::IdcfCloud], None));
    let backup = soa.row(c("A.8.13")).unwrap();
    assert_eq!(backup.case, InheritanceCase::Shared);
    assert!(backup.case_reason.en.contains("§6.5.2 sentence 1"), "{}", backup.case_reason.en);
    // Object Storage alone: no back-up function applies, the customer keeps its own copies.
    let soa = Soa::of(&Register::new(&[Service::ObjectStorage], None));
    assert_eq!(soa.row(c("A.8.13")).unwrap().case, InheritanceCase::CustomerImplements);
}

#[test]
fn a_6_7_with_the_teleworking_duties_marked_not_applicable_asks_the_customer() {
    let mut r = cloud_and_storage();
    let why = "Teleworking is not permitted (work rules, art. 12).";
    let na = EntryEdit::new().status(Status::NotApplicable { justification: why.into() });
    assert_eq!(r.edit(idcf_responsibility::plan::EditScope::All, Control::Teleworking, &na).unwrap(), 2);
    let soa = Soa::of(&r);
    let remote = soa.row(c("A.6.7")).unwrap();
    assert_eq!(remote.case, InheritanceCase::MarkedNotApplicable);
    assert_eq!(remote.proposal, Proposal::MarkedNotApplicable);
    assert_eq!((remote.applicability, remote.decided_by), (Applicability::Undecided, DecidedBy::Proposal));
    assert_eq!(remote.implementation, Implementation::DecisionNeeded);
    assert_eq!(remote.customer.len(), 2);
    assert_eq!(remote.case_reason.en.matches(why).count(), 2, "{}", remote.case_reason.en);
    assert!(!remote.case_reason.en.contains("no customer duty"), "{}", remote.case_reason.en);
    // Never inherited by another route, even where IDCF runs a part: back-up marked not applicable everywhere.
    let mut r = Register::new(&[Service::IdcfCloud], None);
    let na = EntryEdit::new().status(Status::NotApplicable { justification: "Stateless servers only.".into() });
    r.edit(idcf_responsibility::plan::EditScope::All, Control::InformationBackup, &na).unwrap();
    r.edit(idcf_responsibility::plan::EditScope::All, Control::BackupFunction, &na).unwrap();
    let backup = Soa::of(&r).row(c("A.8.13")).unwrap().clone();
    assert_eq!(
        (backup.case, backup.implementation),
        (InheritanceCase::MarkedNotApplicable, Implementation::DecisionNeeded)
    );
    // The customer decides: excluded, its word.
    r.decide(c("A.8.13"), Choice::Exclude, "Stateless servers only.").unwrap();
    let backup = Soa::of(&r).row(c("A.8.13")).unwrap().clone();
    assert_eq!((backup.applicability, backup.implementation), (Applicability::Excluded, Implementation::NotApplicable));
}

/// The overlay of the issue: 7.5.2 not applicable, with the customer's reason.
fn overlaid() -> Register {
    let mut overlay = Overlay::new();
    let reason = Text::new(
        "No dedicated servers: see risk assessment RA-2026-2.",
        "専用サーバーは使わない。リスクアセスメント RA-2026-2 参照",
    );
    overlay.not_applicable(Service::IdcfCloud, Control::SensitiveSystemIsolation, reason.clone()).unwrap();
    overlay.not_applicable(Service::ObjectStorage, Control::SensitiveSystemIsolation, reason).unwrap();
    overlay
        .note(
            Service::IdcfCloud,
            Control::InformationBackup,
            Text::new("Nightly copies to a second region.", "毎晩、別リージョンに複製する。"),
            Text::new("Our backup standard BK-1.", "自社規程 BK-1。"),
        )
        .unwrap();
    Register::new(&[Service::IdcfCloud, Service::ObjectStorage], Some(overlay))
}

#[test]
fn the_overlays_decisions_are_the_customers_in_the_soa() {
    let soa = Soa::of(&overlaid());
    assert!(soa.overlay_applied);
    assert_eq!(soa.overlay.len(), 3);
    let networks = soa.row(c("A.8.22")).unwrap();
    assert_eq!(networks.case, InheritanceCase::MarkedNotApplicable);
    assert_eq!(networks.proposal, Proposal::MarkedNotApplicable);
    assert!(networks.case_reason.ja.contains("RA-2026-2"), "{}", networks.case_reason.ja);
    assert!(networks.tailoring.iter().all(|t| t.reason.ja.contains("RA-2026-2")));
    for lang in Lang::ALL.iter().copied() {
        let md = soa::markdown(&soa, lang);
        let csv = soa::csv(&soa, lang);
        for text in [&md, &csv] {
            assert!(text.contains("RA-2026-2"), "{lang}");
            assert!(!text.contains("文書からの提案") && !text.contains("文書の対象外"), "{lang}");
        }
    }
    let md = soa::markdown(&soa, Lang::Ja);
    assert!(md.contains("お客さまのオーバーレイを適用している：お客さまの決定3件"), "{md}");
    assert!(md.contains("本ツールの提案") && md.contains("文書に記載なし"));
    let json = soa.to_json().unwrap();
    assert!(json.contains("\"overlay_applied\": true") && json.contains("RA-2026-2"));
}

#[test]
fn every_report_and_the_plan_workbook_say_an_overlay_is_applied_and_list_its_decisions() {
    let r = overlaid();
    for lang in Lang::ALL.iter().copied() {
        for text in [report::markdown(&r, lang), report::html(&r, lang), report::csv(&r, lang)] {
            assert!(text.contains("RA-2026-2") && text.contains("BK-1"), "{lang}");
        }
        let said = pick(lang, "3 decision(s) of the customer", "お客さまのオーバーレイを適用している");
        assert!(report::markdown(&r, lang).contains(said) && report::html(&r, lang).contains(said));
        for book in [report::xlsx(&r, lang).unwrap(), workbook::xlsx(&r, lang).unwrap()] {
            let cells = sheet_text(&book, pick(lang, "Overlay", "オーバーレイ"));
            assert!(cells.contains("RA-2026-2") && cells.contains(said), "{lang}");
        }
    }
    let plain = Register::new(&[Service::IdcfCloud], None);
    assert!(report::markdown(&plain, Lang::En).contains("No overlay is applied."));
}

fn pick<'a>(lang: Lang, en: &'a str, ja: &'a str) -> &'a str {
    if lang == Lang::Ja { ja } else { en }
}

/// Every cell of a sheet, joined.
fn sheet_text(book: &[u8], name: &str) -> String {
    let mut xlsx: Xlsx<_> = open_workbook_from_rs(Cursor::new(book.to_vec())).unwrap();
    let range = xlsx.worksheet_range(name).unwrap();
    range.cells().map(|(_, _, d)| d.to_string()).collect::<Vec<_>>().join("\n")
}

#[test]
fn the_customer_records_a_status_for_a_control_no_section_reaches() {
    let mut r = cloud_and_storage();
    let intel = c("A.5.7");
    assert_eq!(Soa::of(&r).row(intel).unwrap().implementation, Implementation::NotTracked);
    r.record_decision(intel, Decision::new(Choice::Include, "Threat feeds reviewed weekly.").risks(["RA-2026-03"]))
        .unwrap();
    let edit = ControlEdit::new().status(Status::InProgress).team("SOC").documents(["ISMS-PR-07", "ISMS-PR-08"]);
    r.set_control(intel, &edit).unwrap();
    let row = Soa::of(&r).row(intel).unwrap().clone();
    assert_eq!((row.applicability, row.implementation), (Applicability::Applicable, Implementation::PartlyImplemented));
    assert!(row.implementation_reason.en.contains("The customer's own record"));
    r.set_control(intel, &ControlEdit::new().status(Status::Implemented)).unwrap();
    assert_eq!(Soa::of(&r).row(intel).unwrap().implementation, Implementation::Implemented);
    // For IDCF's own measures too (the customer implements A.5.2 itself).
    r.set_control(c("A.5.2"), &ControlEdit::new().status(Status::Implemented).documents(["ISMS-ORG-1"])).unwrap();
    assert_eq!(Soa::of(&r).row(c("A.5.2")).unwrap().implementation, Implementation::Implemented);
    // The documents in every format, the ground with its risk ids.
    let soa = Soa::of(&r);
    for lang in Lang::ALL.iter().copied() {
        let csv = soa::csv(&soa, lang);
        assert!(csv.contains("ISMS-PR-07\nISMS-PR-08") && csv.contains("RA-2026-03"), "{lang}");
        assert!(soa::markdown(&soa, lang).contains("ISMS-PR-07<br>ISMS-PR-08"), "{lang}");
    }
    assert!(soa.to_json().unwrap().contains("\"ISMS-PR-07\""));
    // Refused: a control marked not applicable (an exclusion is a decision), blank texts; nothing changes.
    let before = r.clone();
    let na = ControlEdit::new().status(Status::NotApplicable { justification: "No threat intel.".into() });
    let err = r.set_control(intel, &na).unwrap_err();
    assert!(err.to_string().contains("controls.A.5.7") && err.to_string().contains("exclude"), "{err}");
    assert!(r.set_control(intel, &ControlEdit::new().team(" ")).is_err());
    assert!(r.set_control(intel, &ControlEdit::new().documents([""])).is_err());
    assert!(
        r.record_decision(
            intel,
            Decision::new(Choice::Include, "x").grounds(Grounds::Legal).risks(["R"]).grounds(Grounds::Legal)
        )
        .is_err()
    );
    assert_eq!(r, before);
    // The register keeps it all, and reads back.
    let back = Register::from_json(&r.to_json().unwrap()).unwrap();
    assert_eq!(back, r);
    assert!(r.to_json().unwrap().contains("\"controls\""));
    // A register of an earlier version (no decisions, records or header) still loads.
    let old = cloud_and_storage().to_json().unwrap();
    assert!(!old.contains("\"controls\"") && !old.contains("\"soa_info\""));
    assert_eq!(Register::from_json(&old).unwrap(), cloud_and_storage());
    // Decide accepts the Japanese words.
    assert_eq!("適用".parse::<Choice>().unwrap(), Choice::Include);
    assert_eq!("除外".parse::<Choice>().unwrap(), Choice::Exclude);
}

#[test]
fn the_header_is_on_every_format_and_in_the_workbooks_properties() {
    let mut r = cloud_and_storage();
    let info = SoaInfo::new()
        .organisation("Example KK")
        .scope("Web shop on IDCF Cloud")
        .version("1.2")
        .date("2026-12-01".parse().unwrap())
        .approver("CISO Yamada");
    r.set_soa_info(info).unwrap();
    let soa = Soa::of(&r);
    for lang in Lang::ALL.iter().copied() {
        for text in [soa::markdown(&soa, lang), soa::csv(&soa, lang)] {
            for v in ["Example KK", "Web shop on IDCF Cloud", "1.2", "2026-12-01", "CISO Yamada"] {
                assert!(text.contains(v), "{lang}: {v}");
            }
        }
        let book = soa::xlsx(&soa, lang).unwrap();
        let core = part(&book, "docProps/core.xml");
        assert!(core.contains("2026-12-01T00:00:00Z"), "{core}");
        assert!(!core.contains(idcf_responsibility::DATASET_RELEASED), "the dataset's date, not the SoA's");
        assert!(part(&book, "docProps/app.xml").contains("<Company>Example KK</Company>"));
        // Printing: A4 landscape at 75 %, the column headers repeated, the auditor's columns as the print area.
        let sheet = part(&book, "xl/worksheets/sheet1.xml");
        assert!(
            sheet.contains("paperSize=\"9\"")
                && sheet.contains("scale=\"75\"")
                && sheet.contains("orientation=\"landscape\""),
            "{sheet}"
        );
        assert!(!sheet.contains("fitToPage"), "fit to page would shrink the text below 8 pt");
        let workbook_xml = part(&book, "xl/workbook.xml");
        assert!(workbook_xml.contains("_xlnm.Print_Titles") && workbook_xml.contains("$8:$8"), "{workbook_xml}");
        assert!(workbook_xml.contains("_xlnm.Print_Area") && workbook_xml.contains("$A$1:$K$"), "{workbook_xml}");
        assert!(sheet_text(&book, pick(lang, "Statement of Applicability", "適用宣言書")).contains("CISO Yamada"));
    }
    let json: serde_json::Value = serde_json::from_str(&soa.to_json().unwrap()).unwrap();
    assert_eq!(json["header"]["approver"], "CISO Yamada");
    assert!(r.set_soa_info(SoaInfo::new().organisation("  ")).is_err());
}

/// A part of an xlsx file, as text.
fn part(book: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(book.to_vec())).unwrap();
    let mut out = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut out).unwrap();
    out
}

#[test]
fn the_auditors_columns_come_first_in_every_format() {
    let soa = Soa::of(&cloud_and_storage());
    let header = soa::csv(&soa, Lang::En).lines().next().unwrap().trim_start_matches('\u{feff}').to_owned();
    assert!(
        header.starts_with(
            "control,title_en,title_ja,jis_title,applicability,grounds,risks,justification,implementation,documents,provider_part,"
        ),
        "{header}"
    );
    let ja = soa::csv(&soa, Lang::Ja);
    assert!(ja.contains("管理策名（日本語・本ツールによる訳）") && ja.contains("管理策名（JIS・お客さま記入）"));
    assert!(ja.contains("\nA.8.13,Information backup,情報のバックアップ,"), "our title beside the English one");
    assert!(soa::markdown(&soa, Lang::En).contains("Information backup<br>情報のバックアップ (our translation)"));
    // The tool's proposal is supporting information, apart from the customer's justification.
    assert!(header.contains(",proposal,proposal_reason,routes,"));
}

/// Copies a workbook, writing `edits` (sheet index, row, column from 0) as text, the rest as it was.
fn rewrite(bytes: &[u8], edits: &[(u32, u16, &str)]) -> Vec<u8> {
    let mut xlsx: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    let mut out = Workbook::new();
    for (s, name) in xlsx.sheet_names().into_iter().enumerate() {
        let range = xlsx.worksheet_range(&name).unwrap();
        let ws = out.add_worksheet();
        ws.set_name(&name).unwrap();
        let (rows, cols) = range.end().unwrap();
        for row in 0..=rows {
            for col in 0..=cols {
                let edit = edits.iter().find(|(r, c, _)| s == 0 && *r == row && u32::from(*c) == col);
                let text = match (edit, range.get_value((row, col))) {
                    (Some((_, _, t)), _) => (*t).to_owned(),
                    (None, Some(Data::String(t))) => t.clone(),
                    (None, _) => continue,
                };
                if !text.is_empty() {
                    ws.write_string(row, col as u16, &text).unwrap();
                }
            }
        }
    }
    out.save_to_buffer().unwrap()
}

/// The statement sheet's row of an Annex A control: after the title block, the column headers (row 7) and a
/// heading row per theme.
fn row_of(id: &str) -> u32 {
    let c = Iso2022Control::from_id(id).unwrap();
    let before = Theme::ALL.iter().position(|t| *t == c.theme()).unwrap() as u32;
    c.index() as u32 + 9 + before
}

/// The column of a key in the statement sheet.
fn col(lang: Lang, key: &str) -> u16 {
    let soa = Soa::of(&Register::new(&[Service::SelfCloud], None));
    let csv = soa::csv(&soa, Lang::En);
    let _ = lang;
    csv.lines().next().unwrap().trim_start_matches('\u{feff}').split(',').position(|k| k == key).unwrap() as u16
}

#[test]
fn the_soa_workbook_reads_back_every_input_and_refuses_a_fault_whole() {
    let mut r = cloud_and_storage();
    r.set_control(c("A.5.1"), &ControlEdit::new().jis_title(Some("JIS title kept".into()))).unwrap();
    for lang in Lang::ALL.iter().copied() {
        let book = soa::xlsx(&Soa::of(&r), lang).unwrap();
        let same = soa::import(&r, &rewrite(&book, &[]), "soa.xlsx").unwrap();
        assert!(same.changes.is_empty(), "{lang}: {:?}", same.changes);
        assert_eq!(same.register, r, "{lang}: the JIS title is kept");
    }
    let book = soa::xlsx(&Soa::of(&r), Lang::Ja).unwrap();
    let intel = row_of("A.5.7");
    let edited = rewrite(
        &book,
        &[
            (intel, col(Lang::Ja, "decision"), "適用"),
            (intel, col(Lang::Ja, "grounds"), "リスク対応"),
            (intel, col(Lang::Ja, "risks"), "RA-1\nRA-2"),
            (intel, col(Lang::Ja, "justification"), "脅威情報を週次で確認する。"),
            (intel, col(Lang::Ja, "status"), "対応中"),
            (intel, col(Lang::Ja, "team"), "SOC"),
            (intel, col(Lang::Ja, "evidence"), "TICKET-9"),
            (intel, col(Lang::Ja, "due"), "2027-03-31"),
            (intel, col(Lang::Ja, "documents"), "ISMS-PR-07\nISMS-PR-08"),
            (intel, col(Lang::Ja, "jis_title"), "（お客さまのJIS名称）"),
        ],
    );
    let imported = soa::import(&r, &edited, "soa.xlsx").unwrap();
    let got = &imported.register;
    let d = &got.soa_decisions()[&c("A.5.7")];
    assert_eq!(
        (d.choice, d.grounds, d.risks.clone()),
        (Choice::Include, Some(Grounds::RiskTreatment), vec!["RA-1".to_owned(), "RA-2".to_owned()])
    );
    let rec = &got.control_records()[&c("A.5.7")];
    assert_eq!((rec.status(), rec.team(), rec.documents().len()), (Some(&Status::InProgress), Some("SOC"), 2));
    assert_eq!(rec.due().unwrap().to_string(), "2027-03-31");
    assert_eq!(rec.jis_title(), Some("（お客さまのJIS名称）"));
    let fields: Vec<Field> = imported.changes.iter().map(|u| u.field).collect();
    for f in [
        Field::Decision,
        Field::Grounds,
        Field::Risks,
        Field::Status,
        Field::Team,
        Field::Evidence,
        Field::Due,
        Field::Documents,
        Field::JisTitle,
    ] {
        assert!(fields.contains(&f), "{f:?} in {fields:?}");
    }
    // The implementation column shows it.
    assert_eq!(Soa::of(got).row(c("A.5.7")).unwrap().implementation, Implementation::PartlyImplemented);

    // Faults, each with its place; one refuses the whole workbook and the register is untouched.
    let bad = rewrite(
        &book,
        &[
            (intel, col(Lang::Ja, "status"), "該当なし：なし"),
            (row_of("A.5.8"), col(Lang::Ja, "grounds"), "気分"),
            (row_of("A.5.9"), col(Lang::Ja, "due"), "来月"),
            (row_of("A.5.10"), col(Lang::Ja, "decision"), "除外"),
            (row_of("A.5.11"), col(Lang::Ja, "status"), "実施すみ"),
            (row_of("A.5.12"), col(Lang::Ja, "decision"), "適用"),
            (row_of("A.5.12"), col(Lang::Ja, "justification"), "x"),
            (row_of("A.5.12"), col(Lang::Ja, "risks"), "R-1"),
            (row_of("A.5.12"), col(Lang::Ja, "grounds"), "法令"),
            // A misspelt decision with its justification: one fault, the decision's, not a second for the
            // justification.
            (row_of("A.5.13"), col(Lang::Ja, "decision"), "たぶん"),
            (row_of("A.5.13"), col(Lang::Ja, "justification"), "理由"),
        ],
    );
    let err = soa::import(&r, &bad, "soa.xlsx").unwrap_err();
    let faults = err.faults();
    assert_eq!(faults.len(), 7, "{err}");
    let misspelt: Vec<_> = faults.iter().filter(|f| f.row == Some(row_of("A.5.13") + 1)).collect();
    assert_eq!(misspelt.len(), 1, "{err}");
    assert!(misspelt[0].to_string().contains("たぶん"), "{}", misspelt[0]);
    assert!(faults.iter().all(|f| f.row.is_some() && f.column.is_some()), "{err}");
    assert!(matches!(faults[2].problem, Problem::NotADate { .. }), "{err}");
    assert!(matches!(faults[3].problem, Problem::MissingJustification { .. }), "{err}");
    assert!(matches!(faults[4].problem, Problem::UnknownStatus { .. }), "{err}");
}

#[test]
fn the_seven_cloud_controls_follow_annex_a_with_proposals_and_decisions() {
    let r = cloud_and_storage();
    let soa = Soa::of(&r);
    assert_eq!(soa.rows.len(), 100);
    let segregation = soa.row(c("CLD.9.5.1")).unwrap();
    assert_eq!(segregation.case, InheritanceCase::Inherited);
    assert!(segregation.routes.iter().any(|x| x.section == "3.2.1" && x.reason.is_some()));
    assert!(segregation.case_reason.en.contains("§3.2.1 sentence 2"), "{}", segregation.case_reason.en);
    assert!(segregation.guidance.as_ref().unwrap().en.contains("provider only"));
    assert!(
        segregation.routes[0].describe(Lang::En).contains("(our judgement: "),
        "{}",
        segregation.routes[0].describe(Lang::En)
    );
    assert!(segregation.proposal_reason.en.starts_with("Our judgement"), "{}", segregation.proposal_reason.en);
    assert!(soa.cloud().all(
        |r| r.proposal_reason.en.starts_with("Our judgement") && r.proposal_reason.ja.starts_with("本ツールの判断")
    ));
    let hardening = soa.row(c("CLD.9.5.2")).unwrap();
    assert_eq!(hardening.case, InheritanceCase::Shared);
    assert!(!hardening.customer.is_empty());
    // Each CLD row's case agrees with the reconciled reading of `iso::CloudControl::inheritance`.
    for row in soa.cloud() {
        let SoaControl::Cloud(cld) = row.control else { panic!("{}", row.control) };
        let expected = match cld.inheritance() {
            Inheritance::Full => InheritanceCase::Inherited,
            Inheritance::Partial => InheritanceCase::Shared,
            Inheritance::NotInherited => InheritanceCase::CustomerImplements,
            _ => InheritanceCase::ProviderOwnMeasure,
        };
        assert_eq!(row.case, expected, "{}", row.control);
    }
    // Not shown in the document: nothing recorded as inherited, the reconciled reason on IDCF's duties.
    let alignment = soa.row(c("CLD.13.1.4")).unwrap();
    assert_eq!((alignment.case, alignment.inherited_from().count()), (InheritanceCase::ProviderOwnMeasure, 0));
    assert!(
        alignment
            .provider
            .iter()
            .flat_map(|p| &p.duties)
            .any(|d| d.why.as_ref().is_some_and(|w| w.en.starts_with("our reconciled judgement")))
    );
    let shared_roles = soa.row(c("CLD.6.3.1")).unwrap();
    assert_eq!(shared_roles.proposal, Proposal::Applicable);
    assert!(shared_roles.proposal_reason.en.starts_with("Our judgement: "), "{}", shared_roles.proposal_reason.en);
    assert!(shared_roles.case_reason.en.contains("this register"));
    // The same decisions and records as Annex A, keyed by the CLD id in the register.
    let mut r = r;
    r.decide(c("CLD.13.1.4"), Choice::Include, "Virtual networks are ours to align.").unwrap();
    r.set_control(c("CLD.13.1.4"), &ControlEdit::new().documents(["NW-STD-3"])).unwrap();
    let json = r.to_json().unwrap();
    assert!(json.contains("\"CLD.13.1.4\""));
    assert_eq!(Register::from_json(&json).unwrap(), r);
    let row = Soa::of(&r).row(c("CLD.13.1.4")).unwrap().clone();
    assert_eq!(row.decided_by, DecidedBy::Customer);
    assert_eq!(row.record.unwrap().documents(), ["NW-STD-3"]);
    // Switched off: Annex A only, in every format; the workbook without them reads back.
    let annex = Soa::of_with(&r, SoaOptions::new().cloud_controls(false));
    assert_eq!((annex.rows.len(), annex.cloud().count()), (93, 0));
    assert!(!soa::csv(&annex, Lang::En).contains("CLD."));
    let book = soa::xlsx(&annex, Lang::En).unwrap();
    assert!(soa::import(&r, &book, "soa.xlsx").unwrap().changes.is_empty());
    // A bad CLD id in the register is refused with its place.
    let bad = json.replace("\"CLD.13.1.4\"", "\"CLD.13.1.9\"");
    assert!(Register::from_json(&bad).unwrap_err().to_string().contains("CLD.13.1.9"));
}

/// Runs the program.
fn idcf(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_idcf")).args(args).output().expect("idcf runs");
    let text = |b: Vec<u8>| String::from_utf8(b).expect("utf-8");
    (out.status.code().expect("an exit code"), text(out.stdout), text(out.stderr))
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("soa_rules").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_program_records_decisions_records_and_the_header() {
    let dir = scratch("cli");
    let reg = dir.join("r.json");
    let f = reg.to_str().unwrap();
    assert_eq!(idcf(&["register", "init", f, "idcf-cloud", "object-storage"]).0, 0);
    let (code, out, err) = idcf(&[
        "register",
        "set",
        f,
        "A.5.7",
        "--status",
        "対応中",
        "--team",
        "SOC",
        "--documents",
        "PR-7",
        "--documents",
        "PR-8",
        "--due",
        "2027-03-31",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("A.5.7: status in-progress"), "{out}");
    assert!(!err.contains("warning"), "no entry maps to A.5.7: {err}");
    // A.8.13's implementation comes from its entries (6.5.1's back-up duties): its own status is recorded, and the
    // customer is told where the row's status comes from.
    let (code, _, err) = idcf(&["register", "set", f, "A.8.13", "--status", "implemented"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("warning: A.8.13's implementation") && err.contains("(§6.5.1, §6.5.2);"), "{err}");
    assert!(err.contains(&format!("idcf register set {f} SECTION --status")), "{err}");
    let (code, _, err) = idcf(&["register", "set", f, "A.8.13", "--team", "Ops"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("warning"), "no status given: {err}");
    let (code, _, err) =
        idcf(&["register", "decide", f, "CLD.9.5.2", "適用", "--justification", "VM標準に従う", "--grounds", "契約"]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) =
        idcf(&["register", "decide", f, "A.8.28", "除外", "--justification", "自社開発なし", "--risk", "RA-9"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("warning"), "IDCF runs nothing of A.8.28: {err}");
    // Excluding a control IDCF runs part of for the customer's system is the customer's to decide, with a warning
    // that names what IDCF runs; withdrawn again here.
    let (code, _, err) = idcf(&["register", "decide", f, "A.7.14", "exclude", "--justification", "x"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("warning: A.7.14 is excluded, but IDCF runs part of it") && err.contains("(§5.2.1 sentence 1):"),
        "{err}"
    );
    assert_eq!(idcf(&["register", "decide", f, "A.7.14", "withdraw"]).0, 0);
    let (code, _, err) =
        idcf(&["register", "soa-info", f, "--organisation", "Example KK", "--version", "1.0", "--date", "2026-12-01"]);
    assert_eq!(code, 0, "{err}");
    let r = Register::from_json(&std::fs::read_to_string(&reg).unwrap()).unwrap();
    assert_eq!(r.soa_info().version.as_deref(), Some("1.0"));
    assert_eq!(r.soa_decisions()[&c("CLD.9.5.2")].grounds, Some(Grounds::Contractual));
    assert_eq!(r.soa_decisions()[&c("A.8.28")].risks, ["RA-9"]);
    assert_eq!(r.control_records()[&c("A.5.7")].documents(), ["PR-7", "PR-8"]);
    // Refusals: a not-applicable control status, a decision without why, --documents with a section.
    let (code, _, err) = idcf(&["register", "set", f, "A.5.7", "--status", "not-applicable", "--justification", "x"]);
    assert_eq!(code, 2);
    assert!(err.contains("decide") && err.contains("exclude"), "{err}");
    let (code, _, err) = idcf(&["register", "decide", f, "A.5.1", "include"]);
    assert_eq!(code, 2);
    assert!(err.contains("--justification"), "{err}");
    let (code, _, err) = idcf(&["register", "set", f, "6.5.1", "--documents", "x"]);
    assert_eq!(code, 2);
    assert!(err.contains("Annex A or CLD id"), "{err}");
    // The SoA with and without the CLD block.
    let (code, out, _) = idcf(&["register", "soa", f, "--format", "csv"]);
    assert_eq!(code, 0);
    assert!(out.contains("\nCLD.9.5.2,") && out.contains("PR-7\nPR-8"));
    let (code, out, _) = idcf(&["register", "soa", f, "--format", "csv", "--no-cld"]);
    assert_eq!(code, 0);
    assert!(!out.contains("CLD."));
    assert_eq!(r, Register::from_json(&std::fs::read_to_string(&reg).unwrap()).unwrap());
}

/// A row that no service used reaches names the sections that would lead to it, in both languages.
#[test]
fn a_row_not_in_use_names_its_sections() {
    let soa = Soa::of(&Register::new(&[Service::ObjectStorage], None));
    let row = soa
        .rows
        .iter()
        .find(|r| r.case == InheritanceCase::NotInUse)
        .expect("a row no section of Object Storage reaches");
    let sections: Vec<String> = row.routes.iter().map(|r| format!("§{}", r.section)).collect();
    assert!(!sections.is_empty(), "{}", row.control);
    for s in &sections {
        for text in [&row.case_reason.en, &row.case_reason.ja, &row.proposal_reason.en, &row.proposal_reason.ja] {
            assert!(text.contains(s.as_str()), "{}: {s} not in {text}", row.control);
        }
    }
}

/// Inherited lines are merged only where the same sentence of the same section says the same for several
/// services: two sections saying the same words stay two lines, each with its own citation.
#[test]
fn inherited_lines_keep_each_section_and_sentence() {
    use idcf_responsibility::{Basis, Duty, Party, Role, Scope};
    let service = Service::IdcfCloud;
    let base = Soa::of(&Register::new(&[service], None));
    let row = base.row(c("A.8.13")).unwrap();
    let (part, duty) = row.inherited_from().next().expect("back-up is partly inherited");
    // The same words, as IDCF's duty under the other section that leads to A.8.13.
    let other = row.routes.iter().map(|r| r.section.clone()).find(|s| *s != part.section).expect("two sections");
    let other: Control = other.parse().unwrap();
    let role = Role::new(Party::Provider, DutyKind::Performs, Layer::Platform, Scope::AllServices, 1);
    let same = Duty::new(role, Basis::Stated, duty.duty.text.clone());
    let mut overlay = Overlay::new();
    overlay.add_duty(service, other, same, Text::new("A test.", "試験。")).unwrap();
    let soa = Soa::of(&Register::new(&[service], Some(overlay)));
    let row = soa.row(c("A.8.13")).unwrap();
    let text = &row.implementation_reason.en;
    for section in [part.section.as_ref(), other.section()] {
        assert!(text.contains(&format!("§{section} sentence")), "{section} not cited in {text}");
    }
}

/// A control's own record is kept while it holds something and dropped when an edit clears the last of it; an
/// edit that changes nothing is empty.
#[test]
fn a_control_record_is_dropped_when_cleared() {
    assert!(ControlEdit::new().is_empty());
    assert!(!ControlEdit::new().team("SOC").is_empty() && !ControlEdit::new().clear_team().is_empty());
    let mut r = cloud_and_storage();
    let intel = c("A.5.7");
    r.set_control(intel, &ControlEdit::new().team("SOC").status(Status::InProgress)).unwrap();
    assert!(!r.control_records()[&intel].is_empty() && r.holds_work());
    r.set_control(intel, &ControlEdit::new().clear_team()).unwrap();
    assert_eq!(r.control_records()[&intel].team(), None, "the status is still recorded");
    r.set_control(intel, &ControlEdit::new().clear_status()).unwrap();
    assert!(!r.control_records().contains_key(&intel), "{:?}", r.control_records());
    assert!(!r.holds_work());
}
