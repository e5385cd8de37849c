//! The one way to find a control: every form people type, ranked, exact forms first; Japanese matching that
//! respects katakana words; applicable cells first.

use idcf_responsibility::{Control, Edition, Matched, Matrix, SearchHit, Service, search};

/// The controls a query finds, best first.
fn found(query: &str) -> Vec<Control> {
    search(query).iter().map(|h| h.control).collect()
}

/// How the first hit of a query matched.
fn first_matched(query: &str) -> Matched {
    search(query).first().expect("a hit").matched
}

#[test]
fn a_katakana_word_is_not_found_inside_a_longer_one() {
    // 3.1.1 speaks of データ・プログラム (programs), 7.4.1 of ログオン (log-on): neither is about logs. Before word
    // boundaries, 3.1.1 ranked first for ログ.
    let log = found("ログ");
    assert!(!log.contains(&Control::InventoryOfAssets), "{log:?}");
    assert!(!log.contains(&Control::SecureLogOn), "{log:?}");
    assert!(log.contains(&Control::AuditLogging), "{log:?}");
    assert!(log.contains(&Control::ProtectionOfLogs), "{log:?}");
    // A word ending in katakana is bounded the same way; one after kanji is a word of its own.
    assert_eq!(found("監査ログ"), [Control::AuditLogging]);
    // The whole katakana word is found.
    assert!(found("ログオン").contains(&Control::SecureLogOn));
    assert!(found("プログラム").contains(&Control::InventoryOfAssets));
}

#[test]
fn a_middle_dot_separates_katakana_words() {
    // 2.1.1 lists ポータル・カスタマーデスク: two words, each found.
    assert!(found("カスタマーデスク").contains(&Control::AllocationOfResponsibilities));
    assert!(found("ポータル").contains(&Control::AllocationOfResponsibilities));
    // 3.1.1's データ・プログラム: データ is a word of its own.
    assert!(found("データ").contains(&Control::InventoryOfAssets));
}

#[test]
fn kanji_compounds_match_as_written() {
    // No test has shown a kanji compound found wrongly, so kanji keep substring matching: 暗号 (cryptography)
    // finds 暗号化 (encryption), 監査 finds 内部監査 (internal audit), 事業 (business) finds 事業継続 (business
    // continuity) first and 電気通信事業法 (the Telecommunications Business Act, 2.1.4) after it.
    let crypto = found("暗号");
    assert!(crypto.contains(&Control::CryptographyPolicy), "{crypto:?}");
    assert!(search("暗号化").iter().any(|h| h.control == Control::CryptographyPolicy));
    assert!(found("監査").contains(&Control::TechnicalComplianceChecking));
    assert_eq!(found("事業").first(), Some(&Control::BusinessContinuityRiskAssessment));
}

#[test]
fn every_form_people_type_is_one_call() {
    assert_eq!(found("6.5.1"), [Control::InformationBackup]);
    assert_eq!(first_matched("§6.5.1"), Matched::Section);
    assert_eq!(found("information-backup"), [Control::InformationBackup]);
    assert_eq!(first_matched("INFORMATION-BACKUP"), Matched::ControlId);
    assert_eq!(found("情報のバックアップ").first(), Some(&Control::InformationBackup));
    assert_eq!(first_matched("情報のバックアップ"), Matched::Title);
    assert_eq!(first_matched("information back-up"), Matched::Title);
    let both = [Control::InformationBackup, Control::BackupFunction];
    assert_eq!(found("A.10.5.1"), both);
    assert_eq!(found("iso27002-2005:10.5.1"), both);
    assert_eq!(found("iso27001-2013:A.12.3.1"), both);
    assert_eq!(found("iso27001-2022:A.8.13"), both);
    for (query, edition) in [
        ("A.10.5.1", Edition::Iso27002_2005),
        ("iso27001-2013:A.12.3.1", Edition::Iso27001_2013),
        ("iso27001-2022:A.8.13", Edition::Iso27001_2022),
    ] {
        assert!(search(query).iter().all(|h| h.matched == Matched::Iso(edition)), "{query}");
    }
    assert!(found("backup").contains(&Control::InformationBackup));
    assert!(found("バックアップ").contains(&Control::BackupFunction));
    assert_eq!(found("password")[..2], [Control::UserPasswordManagement, Control::PasswordManagementSystem]);
    // Keywords stay out of the exact resolvers.
    assert!(Control::find("backup").is_err());
    assert!("backup".parse::<Control>().is_err());
}

#[test]
fn the_misprint_resolves_exactly_never_as_a_keyword() {
    // 8.2.1's summary mentions the number 8.2.2, so keywords alone would find 8.2.1 too: the hit must say that
    // the misprint named it.
    let hits = search("8.2.2");
    assert_eq!(hits.len(), 1);
    assert_eq!(
        (hits[0].control, hits[0].matched, hits[0].score),
        (Control::CryptographyPolicy, Matched::Misprint, SearchHit::EXACT)
    );
    assert_eq!(first_matched("§8.2.2"), Matched::Misprint);
}

#[test]
fn an_id_names_its_controls_and_nothing_else() {
    assert_eq!(found("3.1.1"), [Control::InventoryOfAssets]);
    assert_eq!(found("  6.5.1\t"), [Control::InformationBackup]);
}

#[test]
fn a_title_comes_first_then_its_words() {
    let hits = search("Information back-up");
    assert_eq!((hits[0].control, hits[0].matched), (Control::InformationBackup, Matched::Title));
    assert!(hits[1..].iter().all(|h| h.matched == Matched::Keywords && h.control != Control::InformationBackup));
    assert!(hits[1..].iter().any(|h| h.control == Control::BackupFunction));
}

#[test]
fn keywords_fold_case_width_and_hyphens() {
    let backup = found("backup");
    assert_eq!(found("BACK-UP"), backup);
    assert_eq!(found("ｂａｃｋｕｐ"), backup);
    assert_eq!(found("Ｂａｃｋ－ｕｐ"), backup);
    // Every term must match.
    assert!(found("backup zzzz").is_empty());
    assert!(search("").is_empty() && search(" \u{3000} ").is_empty());
}

#[test]
fn applicable_cells_rank_first() {
    // For Object Storage 6.5.2 (the virtual machines' back-up function) is not applicable; 6.5.1 comes first
    // although the keyword scores rank 6.5.2 higher.
    assert_eq!(found("backup"), [Control::BackupFunction, Control::InformationBackup]);
    let hits = Matrix::builtin().search(Service::ObjectStorage, "backup");
    let controls: Vec<Control> = hits.iter().map(|(c, _)| c.control()).collect();
    assert_eq!(controls, [Control::InformationBackup, Control::BackupFunction]);
    assert!(hits[0].0.is_applicable() && !hits[1].0.is_applicable());
    // Services with virtual machines keep the search order.
    let idcf: Vec<Control> =
        Matrix::builtin().search(Service::IdcfCloud, "backup").iter().map(|(c, _)| c.control()).collect();
    assert_eq!(idcf, found("backup"));
    // ログ for Object Storage: 6.8.1 (audit logs on virtual machines) does not apply and goes after the others.
    let log = Matrix::builtin().search(Service::ObjectStorage, "ログ");
    let first_na = log.iter().position(|(c, _)| !c.is_applicable()).unwrap();
    assert!(log[first_na..].iter().all(|(c, _)| !c.is_applicable()), "{log:?}");
    assert!(log[first_na..].iter().any(|(c, _)| c.control() == Control::AuditLogging));
}

#[test]
fn a_term_given_twice_counts_once() {
    assert_eq!(search("backup backup"), search("backup"));
    assert_eq!(search("ログ 監査 ログ"), search("監査 ログ"));
}
