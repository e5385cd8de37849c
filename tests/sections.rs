//! The dataset checked against an independent reading of the document: `tests/fixtures/sections.tsv`, parsed
//! from the document's text by `tests/fixtures/make_sections.py` (section ids, Japanese titles with the text
//! defects cleaned, and the ISO/IEC 27002:2005 column of the reference mapping).

use idcf_responsibility::{
    Category, Chapter, Control,
    iso::{Correspondence, Crosswalk, Fit, Iso2005Control},
};

struct Row<'a> {
    section: &'a str,
    title_ja: &'a str,
    iso: &'a str,
    fit: &'a str,
    iso2013: &'a str,
    iso2022: &'a str,
    sentences: u8,
}

fn fixture() -> Vec<Row<'static>> {
    include_str!("fixtures/sections.tsv")
        .lines()
        .skip(1)
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 7, "malformed fixture line {line:?}");
            let sentences = cols[6].parse().expect("a sentence count");
            Row {
                section: cols[0],
                title_ja: cols[1],
                iso: cols[2],
                fit: cols[3],
                iso2013: cols[4],
                iso2022: cols[5],
                sentences,
            }
        })
        .collect()
}

#[test]
fn sixty_eight_sections_in_document_order() {
    let rows = fixture();
    assert_eq!(rows.len(), 68);
    assert_eq!(Control::ALL.len(), rows.len());
    for (control, row) in Control::ALL.iter().zip(&rows) {
        assert_eq!(control.section(), row.section, "{control:?}");
    }
}

#[test]
fn japanese_titles_match_the_document() {
    for (control, row) in Control::ALL.iter().zip(fixture()) {
        assert_eq!(control.title_ja(), row.title_ja, "section {}", row.section);
    }
}

#[test]
fn sentence_counts_match_the_segmentation() {
    for (control, row) in Control::ALL.iter().zip(fixture()) {
        assert_eq!(control.sentences(), row.sentences, "section {}", row.section);
    }
}

#[test]
fn iso_2005_mapping_matches_the_reference() {
    for (control, row) in Control::ALL.iter().zip(fixture()) {
        match (control.iso27002_2005(), row.iso, row.fit) {
            (None, "-", "none") => {}
            (Some(iso), id, fit) => {
                assert_eq!(iso.id, id, "section {}", row.section);
                let expected = if fit == "exact" { Fit::Exact } else { Fit::Close };
                assert_eq!(iso.fit, expected, "section {}", row.section);
                assert_eq!(iso.scheme.to_string(), "iso27002-2005");
            }
            (got, id, fit) => panic!("section {}: crate has {got:?}, reference has {id} {fit}", row.section),
        }
    }
}

#[test]
fn categories_and_chapters_follow_the_numbering() {
    for control in Control::ALL {
        let section = control.section();
        let category = control.category();
        assert!(section.starts_with(&format!("{}.", category.number())), "{section} under {category:?}");
        assert!(category.number().starts_with(&format!("{}.", category.chapter().number())));
        assert_eq!(control.chapter(), category.chapter());
    }
    assert_eq!(Chapter::ALL.len(), 10);
    assert_eq!(Category::ALL.len(), 32);
    // Every category and chapter holds at least one section.
    assert!(Category::ALL.iter().all(|c| c.controls().next().is_some()));
    assert!(Chapter::ALL.iter().all(|c| c.controls().next().is_some()));
}

#[test]
fn text_defects_are_handled() {
    // 8.2.2 is a sentence of 8.2.1's body, not a section; the misprint resolves to 8.2.1 on purpose.
    assert_eq!(Control::from_section("8.2.2"), None);
    assert_eq!("8.2.2".parse::<Control>().unwrap(), Control::CryptographyPolicy);
    assert!(Control::CryptographyPolicy.section_summary().en.contains("SSL"));
    // 7.2.3's stray 「確認」 is gone from the title.
    assert_eq!(Control::UserPasswordManagement.title_ja(), "利用者パスワードの管理");
    assert!(!Control::ALL.iter().any(|c| c.title_ja().contains(' ')));
    // 8.3.2's title is the title alone, not the body sharing its line.
    assert_eq!(
        Control::ReviewAfterOsChanges.title_ja(),
        "オペレーティングシステム変更後の業務用ソフトウェアの技術的レビュー"
    );
}

#[test]
fn document_numbering_is_never_iso_numbering() {
    // 7.3.3 answers ISO 11.4.6; 10.1.1 is the document's business continuity section, ISO 10.1.1 is 6.1.2.
    assert_eq!(Control::NetworkConnectionControl.iso27002_2005().unwrap().id, "11.4.6");
    assert_eq!(Control::find("10.1.1").unwrap(), [Control::BusinessContinuityRiskAssessment]);
    // A.10.1.1 is 6.1.2's in 2005 and 8.2.1's in 2013 (cryptographic policy): nothing is chosen without a scheme.
    assert!(Control::find("A.10.1.1").is_err());
    assert_eq!(Control::find("iso27001-2013:A.10.1.1").unwrap(), [Control::CryptographyPolicy]);
    assert_eq!(Control::find("iso27002-2005:10.1.1").unwrap(), [Control::OperatingProcedures]);
}

#[test]
fn crosswalk_follows_the_reference_and_table_b2() {
    let ids = |groups: &[Crosswalk], kind: Correspondence| -> Vec<String> {
        groups.iter().filter(|g| g.correspondence == kind).flat_map(|g| g.ids.iter().map(ToString::to_string)).collect()
    };
    for (control, row) in Control::ALL.iter().zip(fixture()) {
        let (y2013, y2022) = (control.iso27001_2013(), control.iso27001_2022());
        // 2013: the reference's successor is our identification; no successor means a nearest fit or nothing.
        match row.iso2013 {
            "-" => assert!(y2013.iter().all(|g| g.correspondence == Correspondence::NearestFit), "{}", row.section),
            listed => assert_eq!(ids(y2013, Correspondence::Identified).join(";"), listed, "{}", row.section),
        }
        // 2022: what follows from those ids through Table B.2 is the reference's checked column.
        match row.iso2022 {
            "-" => assert!(ids(y2022, Correspondence::TableB2).is_empty(), "{}", row.section),
            listed => assert_eq!(ids(y2022, Correspondence::TableB2).join(";"), listed, "{}", row.section),
        }
        // A nearest-fit 2013 id leads to a nearest-fit 2022 group, never to one marked Table B.2.
        if y2013.iter().any(|g| g.correspondence == Correspondence::NearestFit) {
            assert!(y2022.iter().any(|g| g.correspondence == Correspondence::NearestFit), "{}", row.section);
        }
    }
    // Nearest fits are marked: 7.3.3 (ISO 11.4.6, withdrawn in 2013).
    let cw = &Control::NetworkConnectionControl.iso27001_2013()[0];
    assert_eq!((cw.ids.join(";"), cw.correspondence), ("A.13.1.1".to_owned(), Correspondence::NearestFit));
    // 7.3.1 and 7.3.2 list A.9.1.2 among their nearest 2013 ids: its 2022 successor A.5.15 follows.
    for control in [Control::ExternalUserAuthentication, Control::RemotePortProtection] {
        assert!(ids(control.iso27001_2022(), Correspondence::NearestFit).contains(&"A.5.15".to_owned()), "{control}");
    }
    // Ids new in 2022 are our own judgement: 2.2.1's A.5.23, 8.3.3's A.8.12.
    assert_eq!(ids(Control::ExternalPartyRisks.iso27001_2022(), Correspondence::Judgement), ["A.5.23"]);
    assert_eq!(ids(Control::InformationLeakage.iso27001_2022(), Correspondence::Judgement), ["A.8.12"]);
    // Ids collide across editions: A.12.3.1 is back-up in 2013 and cryptographic policy in 2005.
    assert_eq!(Control::find("iso27001-2013:A.12.3.1").unwrap(), [Control::InformationBackup, Control::BackupFunction]);
    assert_eq!(Control::find("iso27002-2005:12.3.1").unwrap(), [Control::CryptographyPolicy]);
    // Without its scheme, nothing is chosen (tests/search.rs has the readings).
    assert!(Control::find("A.12.3.1").is_err());
}

#[test]
fn the_2005_catalogue_and_its_gaps() {
    let all = Iso2005Control::catalogue();
    assert_eq!(all.len(), 133);
    assert_eq!(all.iter().filter(|c| c.clause.starts_with("10 ")).count(), 32);
    // Every 2005 id a section answers is in the catalogue.
    for control in Control::ALL {
        if let Some(iso) = control.iso27002_2005() {
            let entry = Iso2005Control::from_id(&iso.id).unwrap_or_else(|| panic!("{} not in the catalogue", iso.id));
            assert_eq!(entry.title_en, iso.title_en);
        }
    }
    // 68 sections, three of them the document's own and two (6.5.1, 6.5.2) on one control: 64 addressed.
    assert_eq!(Iso2005Control::unaddressed().count(), 133 - 64);
}

#[test]
fn editions_name_qualify_and_hold_their_own_ids() {
    use idcf_responsibility::{Lang, iso::Edition};
    let labels: Vec<[&str; 2]> = Edition::ALL.iter().map(|e| [e.label(Lang::En), e.label(Lang::Ja)]).collect();
    assert_eq!(
        labels,
        [
            ["ISO/IEC 27002:2005", "ISO/IEC 27002:2005"],
            ["ISO/IEC 27001:2013 Annex A", "ISO/IEC 27001:2013 附属書A"],
            ["ISO/IEC 27001:2022 Annex A", "ISO/IEC 27001:2022 附属書A"],
        ]
    );
    assert_eq!(Edition::Iso27002_2005.qualify("10.5.1"), "iso27002-2005:10.5.1");
    // Each edition holds its own ids (trimmed, any case of the `A.`) and not another's.
    assert!(Edition::Iso27002_2005.contains(" 10.5.1 ") && Edition::Iso27002_2005.contains("A.10.5.1"));
    assert!(!Edition::Iso27002_2005.contains("10.5.9") && !Edition::Iso27002_2005.contains("A.8.13"));
    assert!(Edition::Iso27001_2013.contains("a.12.3.1") && !Edition::Iso27001_2013.contains("A.8.13"));
    assert!(Edition::Iso27001_2022.contains("a.8.13") && !Edition::Iso27001_2022.contains("A.12.3.1"));
    assert_eq!(Edition::Iso27001_2022.title("A.5.7"), Some("Threat intelligence"));
    assert_eq!(Edition::Iso27002_2005.title("10.5.1"), Some("Information back-up"));
    assert_eq!(Edition::Iso27001_2013.title("A.12.3.1"), None, "no 2013 titles are kept");
    assert_eq!(Edition::Iso27001_2022.title("A.9.9"), None);
    // Which correspondences are our judgement.
    let judged: Vec<bool> = Correspondence::ALL.iter().map(|c| c.is_judgement()).collect();
    assert_eq!(judged, [false, true, false, true], "identified, nearest fit, Table B.2, judgement");
    let cw = &Control::NetworkConnectionControl.iso27001_2013()[0];
    assert_eq!(cw.qualified().collect::<Vec<_>>(), ["iso27001-2013:A.13.1.1"]);
    // A 2005 control names the sections that answer it, and the gaps are those no section answers.
    let backup = Iso2005Control::from_id("A.10.5.1").unwrap();
    assert_eq!(backup.id, "10.5.1");
    assert_eq!(backup.addressed_by().collect::<Vec<_>>(), [Control::InformationBackup, Control::BackupFunction]);
    assert!(Iso2005Control::from_id("10.5.9").is_none());
    assert!(Iso2005Control::unaddressed().all(|c| c.addressed_by().next().is_none()));
    assert!(!Iso2005Control::unaddressed().any(|c| c.id == "10.5.1"));
}
