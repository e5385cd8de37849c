//! The one way to find a control: every form people type, ranked, exact forms first; Japanese matching that
//! respects katakana words; applicable cells first.

use idcf_responsibility::{
    Answer, Control, Lang, Matrix, ParseError, Service,
    iso::{Edition, IsoReading},
    lookup,
    search::{Matched, Miss, SearchHit},
};

/// The controls a query finds, best first.
fn found(query: &str) -> Vec<Control> {
    lookup(query).hits.iter().map(|h| h.control).collect()
}

/// How the first hit of a query matched.
fn first_matched(query: &str) -> Matched {
    lookup(query).hits.first().expect("a hit").matched
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
    assert!(lookup("暗号化").hits.iter().any(|h| h.control == Control::CryptographyPolicy));
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
        assert!(lookup(query).hits.iter().all(|h| h.matched == Matched::Iso(edition)), "{query}");
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
    let hits = lookup("8.2.2").hits;
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
    let hits = lookup("Information back-up").hits;
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
    assert!(lookup("").hits.is_empty() && lookup(" \u{3000} ").hits.is_empty());
}

#[test]
fn applicable_cells_rank_first() {
    // For Object Storage 6.5.2 (the virtual machines' back-up function) is not applicable; 6.5.1 comes first
    // although the keyword scores rank 6.5.2 higher.
    assert_eq!(found("backup"), [Control::BackupFunction, Control::InformationBackup]);
    let answer = Answer::new(Matrix::builtin(), Service::ObjectStorage, "backup");
    let controls: Vec<Control> = answer.cells().iter().map(|c| c.control()).collect();
    assert_eq!(controls, [Control::InformationBackup, Control::BackupFunction]);
    assert!(answer.cells()[0].is_applicable() && !answer.cells()[1].is_applicable());
    // The hits follow the cells.
    let hits: Vec<Control> = answer.lookup().hits.iter().map(|h| h.control).collect();
    assert_eq!(hits, controls);
    // Services with virtual machines keep the search order.
    let idcf: Vec<Control> =
        Answer::new(Matrix::builtin(), Service::IdcfCloud, "backup").cells().iter().map(|c| c.control()).collect();
    assert_eq!(idcf, found("backup"));
    // ログ for Object Storage: 6.8.1 (audit logs on virtual machines) does not apply and goes after the others.
    let answer = Answer::new(Matrix::builtin(), Service::ObjectStorage, "ログ");
    let log = answer.cells();
    let first_na = log.iter().position(|c| !c.is_applicable()).unwrap();
    assert!(log[first_na..].iter().all(|c| !c.is_applicable()), "{log:?}");
    assert!(log[first_na..].iter().any(|c| c.control() == Control::AuditLogging));
    // Exact forms before keyword hits: the title's control first, then the keywords of its words.
    let answer = Answer::new(Matrix::builtin(), Service::ObjectStorage, "Information back-up");
    assert!(answer.lookup().hits[0].matched.is_exact());
    assert_eq!(answer.cells()[0].control(), Control::InformationBackup);
}

#[test]
fn a_term_given_twice_counts_once() {
    assert_eq!(lookup("backup backup").hits, lookup("backup").hits);
    assert_eq!(lookup("ログ 監査 ログ").hits, lookup("監査 ログ").hits);
}

/// The controls of a lookup's readings, by edition and id, for comparing.
fn readings(query: &str) -> Vec<(Edition, String, Vec<Control>)> {
    lookup(query).readings.into_iter().map(|r| (r.edition, r.id, r.controls)).collect()
}

#[test]
fn an_annex_a_id_of_2005_and_2013_is_ambiguous_with_both_readings() {
    // A.12.3.1 is cryptographic policy in ISO/IEC 27001:2005 and back-up in 2013: nothing is chosen.
    let found = lookup("A.12.3.1");
    assert!(found.hits.is_empty() && lookup("A.12.3.1").hits.is_empty());
    assert_eq!(found.miss, Some(Miss::Ambiguous));
    let both = vec![
        (Edition::Iso27002_2005, "12.3.1".to_owned(), vec![Control::CryptographyPolicy]),
        (Edition::Iso27001_2013, "A.12.3.1".to_owned(), vec![Control::InformationBackup, Control::BackupFunction]),
    ];
    assert_eq!(readings("A.12.3.1"), both);
    assert_eq!(readings(" a.12.3.1 "), both);
    assert_eq!(found.readings[0].title_en.as_deref(), Some("Policy on the use of cryptographic controls"));
    // The library's exact resolver returns the same ambiguity, and so does parsing.
    for err in [Control::find("A.12.3.1").unwrap_err(), "A.12.3.1".parse::<Control>().unwrap_err()] {
        let ParseError::AmbiguousEdition { input, readings } = &err else { panic!("{err:?}") };
        assert_eq!((input.as_str(), readings), ("A.12.3.1", &found.readings));
        let message = err.to_string();
        assert!(message.contains("iso27002-2005:12.3.1 → 8.2.1"), "{message}");
        assert!(message.contains("iso27001-2013:A.12.3.1 → 6.5.1, 6.5.2"), "{message}");
        assert!(message.contains("give its scheme"), "{message}");
    }
    assert_eq!(found.error().map(|e| e.to_string()), found.message());
}

#[test]
fn two_levels_are_2022_and_a_scheme_resolves() {
    let backup = [Control::InformationBackup, Control::BackupFunction];
    assert_eq!(found("A.8.13"), backup);
    assert_eq!(found("A.8.13")[0], Control::InformationBackup);
    assert_eq!(readings("A.8.13"), [(Edition::Iso27001_2022, "A.8.13".to_owned(), backup.to_vec())]);
    assert_eq!(lookup("A.8.13").notes(Lang::En), ["A.8.13: read as iso27001-2022:A.8.13 (Information backup)"]);
    assert!(lookup("A.8.13").hits.iter().all(|h| h.matched == Matched::Iso(Edition::Iso27001_2022)));
    // A.5.23 (cloud services, new in 2022) reaches 2.2.1 through our judgement.
    assert_eq!(found("A.5.23"), [Control::ExternalPartyRisks]);
    // Scheme-qualified forms say their edition, and resolve.
    assert_eq!(found("iso27001-2013:A.12.3.1"), backup);
    assert_eq!(found("iso27001-2013:A.12.3.1")[0], Control::InformationBackup);
    assert_eq!(found("iso27002-2005:12.3.1"), [Control::CryptographyPolicy]);
    assert_eq!(found("iso27002-2005:10.5.1"), backup);
    assert_eq!(found("iso27001-2022:A.8.13"), backup);
    assert!(lookup("iso27001-2022:A.8.13").notes(Lang::En).is_empty()); // the form said it already
    // A 2022 id no section answers, and one 2022 does not have, find nothing and are no keywords either.
    assert_eq!(lookup("A.5.7").miss, Some(Miss::NoMatch { closest: vec![] }));
    assert!(lookup("A.5.7").message().unwrap().contains("iso27001-2022:A.5.7 \"Threat intelligence\""));
    assert!(lookup("A.8.35").hits.is_empty() && lookup("A.8.35").readings.is_empty());
}

#[test]
fn an_annex_a_id_of_one_edition_resolves_and_names_it() {
    // A.10.5.1: 2005 only (clause A.10 of 2013 is cryptography, with two controls).
    assert_eq!(readings("A.10.5.1")[0].0, Edition::Iso27002_2005);
    assert_eq!(lookup("A.10.5.1").notes(Lang::En), ["A.10.5.1: read as iso27002-2005:10.5.1 (Information back-up)"]);
    // Every 2013 id of the crosswalk: resolved in 2013 where 2005 lacks it, ambiguous where 2005 has it too.
    let (mut resolved, mut ambiguous) = (0, 0);
    for &c in Control::ALL {
        for id in c.iso27001_2013().iter().flat_map(|cw| cw.ids.iter()) {
            let found = lookup(id);
            if Edition::Iso27002_2005.contains(id) {
                assert_eq!(found.miss, Some(Miss::Ambiguous), "{id}");
                assert!(found.readings[1].controls.contains(&c), "{id}");
                ambiguous += 1;
            } else {
                assert_eq!(found.readings[0].edition, Edition::Iso27001_2013, "{id}");
                assert!(found.hits.iter().any(|h| h.control == c), "{id}");
                assert!(found.notes(Lang::En)[0].contains(&format!("read as iso27001-2013:{id}")), "{id}");
                resolved += 1;
            }
        }
    }
    assert!(resolved > 10 && ambiguous > 10, "{resolved} resolved, {ambiguous} ambiguous");
}

#[test]
fn a_bare_iso_number_suggests_its_scheme_qualified_forms() {
    // 10.5.1 is no section of the document (whose 10.1.1 is business continuity): not a keyword hit either.
    let found = lookup("10.5.1");
    assert!(found.hits.is_empty());
    assert_eq!(found.miss, Some(Miss::NotASection));
    assert_eq!(
        readings("10.5.1"),
        [(Edition::Iso27002_2005, "10.5.1".to_owned(), vec![Control::InformationBackup, Control::BackupFunction])]
    );
    let err = Control::find("10.5.1").unwrap_err();
    assert!(matches!(&err, ParseError::NotASection { readings, .. } if readings == &found.readings), "{err:?}");
    let message = found.message().unwrap();
    assert!(message.contains("did you mean iso27002-2005:10.5.1 (→ 6.5.1, 6.5.2)?"), "{message}");
    assert!(!message.contains("business-continuity"), "{message}");
    // 12.3.1 has two readings; 5.23 (two levels) is 2022's; a section number stays the document's.
    let twelve: Vec<String> = lookup("12.3.1").readings.iter().map(IsoReading::qualified).collect();
    assert_eq!(twelve, ["iso27002-2005:12.3.1", "iso27001-2013:A.12.3.1"]);
    assert_eq!(lookup("5.23").readings[0].qualified(), "iso27001-2022:A.5.23");
    assert_eq!(found_exact("10.1.1"), [Control::BusinessContinuityRiskAssessment]);
}

/// The controls a query names exactly.
fn found_exact(query: &str) -> Vec<Control> {
    lookup(query).hits.iter().filter(|h| h.matched.is_exact()).map(|h| h.control).collect()
}

#[test]
fn a_heading_number_lists_its_sections() {
    let backup = [Control::InformationBackup, Control::BackupFunction];
    assert_eq!(found("6.5"), backup);
    assert_eq!(found("§6.5"), backup);
    assert!(lookup("6.5").hits.iter().all(|h| h.matched == Matched::Category && h.score == SearchHit::EXACT));
    for heading in idcf_responsibility::Category::ALL {
        assert_eq!(found(heading.number()), heading.controls().collect::<Vec<_>>(), "{}", heading.number());
    }
    // The exact resolver names controls only; its error suggests the heading's sections.
    let err = Control::find("6.5").unwrap_err();
    let ParseError::Unknown { suggestions, .. } = &err else { panic!("{err:?}") };
    assert_eq!(suggestions, &["6.5.1", "6.5.2"]);
}

#[test]
fn common_words_find_the_documents_sections_and_say_how() {
    let encryption = found("encryption");
    assert!(encryption.contains(&Control::CryptographyPolicy), "{encryption:?}");
    assert!(encryption.contains(&Control::CryptographyRegulation), "{encryption:?}");
    assert_eq!(lookup("encryption").notes(Lang::En), ["encryption: read as 暗号, encrypt"]);
    assert_eq!(lookup("Encryption").notes(Lang::Ja), ["encryption: 暗号, encrypt として検索"]);
    for (query, section) in [
        ("data deletion", "5.2.1"),
        ("データ削除", "5.2.1"),
        ("disposal", "5.2.1"),
        ("deletion", "4.1.2"),
        ("logging", "6.8.3"),
        ("patching", "8.4.1"),
        ("パッチ", "8.4.1"),
        ("malware", "6.4.1"),
        ("ウイルス", "6.4.1"),
        ("login", "7.4.1"),
        ("tls", "8.2.1"),
    ] {
        let control = Control::from_section(section).unwrap();
        assert!(found(query).contains(&control), "{query} → {section}: {:?}", found(query));
    }
    // A word the document uses is taken as written, and a search for it is not widened.
    assert!(lookup("backup").read_as.is_empty() && lookup("暗号").read_as.is_empty());
}

#[test]
fn what_the_document_has_no_control_for_is_said_with_the_closest() {
    let authentication = vec![Control::UserIdentification, Control::ExternalUserAuthentication, Control::SecureLogOn];
    for query in ["MFA", "two-factor", "two factor", "2FA", "二要素認証", "多要素認証", "multi-factor authentication"]
    {
        let found = lookup(query);
        assert!(found.hits.is_empty(), "{query}: {:?}", found.hits);
        assert_eq!(found.miss, Some(Miss::NoMatch { closest: authentication.clone() }), "{query}");
        let message = found.message().unwrap();
        assert!(message.starts_with(&format!("no control of the document matches {query:?}")), "{message}");
        assert!(message.contains("no second factor of authentication"), "{message}");
        assert!(message.contains("closest: 7.4.2 User identification and authentication"), "{message}");
    }
    // A word nobody listed: no match, and nothing invented.
    let found = lookup("kubernetes");
    assert_eq!(found.miss, Some(Miss::NoMatch { closest: vec![] }));
    assert_eq!(found.message().unwrap(), "no control of the document matches \"kubernetes\"");
    // Two words, one of which matches: the controls matching most of the query come closest.
    let Some(Miss::NoMatch { closest }) = lookup("backup kubernetes").miss else { panic!() };
    assert!(closest.contains(&Control::InformationBackup), "{closest:?}");
}

#[test]
fn keyword_hits_are_not_exact_and_rank_after_the_named_control() {
    // A word of the titles names no control exactly: every hit is a keyword hit, below an exact score.
    let hits = lookup("backup").hits;
    assert!(!hits.is_empty());
    assert!(
        hits.iter().all(|h| !h.matched.is_exact() && h.score < idcf_responsibility::search::SearchHit::EXACT),
        "{hits:?}"
    );
    assert!(found_exact("backup").is_empty());
    // A section number names its control exactly, first.
    assert_eq!(found_exact("6.5.1"), [Control::InformationBackup]);
}

/// A Japanese compound the document never writes finds what its parts find together: cut at の, where katakana
/// meets kanji, and before a word such as 管理; a word the synonym list knows, or a Latin word, is not cut.
#[test]
fn japanese_compounds_find_what_their_parts_find_together() {
    let both = |a: &str, b: &str| -> Vec<Control> {
        let b = found(b);
        found(a).into_iter().filter(|c| b.contains(c)).collect()
    };
    // Cut at の and before 管理 (ログ管理, ログの管理), at the katakana–kanji boundary alone (ログ保護: 保護 ends no
    // compound), before 管理 or 対策 alone in kanji (暗号管理, 暗号対策).
    for (compound, parts) in [
        ("ログ管理", ("ログ", "管理")),
        ("ログの管理", ("ログ", "管理")),
        ("ログ保護", ("ログ", "保護")),
        ("暗号管理", ("暗号", "管理")),
        ("暗号対策", ("暗号", "対策")),
    ] {
        let hits = found(compound);
        assert!(!hits.is_empty(), "{compound} finds nothing");
        let mut expected = both(parts.0, parts.1);
        let mut got = hits.clone();
        expected.sort();
        got.sort();
        assert_eq!(got, expected, "{compound}");
    }
    // A title the document writes (変更管理) is found as written: the titled control first, as a title match.
    assert_eq!(first_matched("変更管理"), Matched::Title);
    // A word of the synonym list is read through it, whole, though it ends as a compound does: 鍵管理 (which the
    // document has no section on) is not searched as 鍵 and 管理, 災害対策 is read as business continuity.
    for uncovered in ["二要素認証", "鍵管理"] {
        let read = lookup(uncovered);
        assert!(read.hits.is_empty() && read.read_as.iter().any(|r| r.uncovered.is_some()), "{uncovered}: {read:?}");
    }
    let read = lookup("災害対策");
    assert!(read.read_as.iter().any(|r| r.words.contains(&"事業継続")), "{read:?}");
    // Beside a compound that is cut, it keeps its reading: the closest controls are about continuity and back-up.
    let Some(Miss::NoMatch { closest }) = lookup("災害対策 バックアップ管理").miss else { panic!() };
    assert!(
        closest.contains(&Control::BusinessContinuityRiskAssessment) && closest.contains(&Control::InformationBackup),
        "{closest:?}"
    );
}

/// The closest controls of a miss: the rare word of a query outweighs the common one (`log` over `management`),
/// and a Japanese word found nowhere is close to the controls that share its pairs of characters (`量子暗号` by
/// `暗号`); a misspelt word is close to the titles it is spelt like.
#[test]
fn the_closest_controls_weigh_rare_words_and_japanese_pairs() {
    let closest = |query: &str| match lookup(query).miss {
        Some(Miss::NoMatch { closest }) if !closest.is_empty() => closest,
        other => panic!("{query}: {other:?}"),
    };
    // `management` is in half the titles, `log` in a few: every control named is about logs.
    let log = closest("log management");
    assert!(log.iter().all(|c| c.title_en().to_lowercase().contains("log")), "{log:?}");
    // 量子暗号 occurs nowhere; its pair 暗号 does: the closest is a control of cryptography.
    let crypto = closest("量子暗号");
    assert!(crypto[0].title_ja().contains("暗号"), "{crypto:?}");
    // A Japanese word found nowhere is close only to controls that hold one of its pairs of characters, however
    // few (冗長構成: one).
    for word in ["量子暗号", "冗長構成", "秘密鍵"] {
        let chars: Vec<char> = word.chars().collect();
        let holders: Vec<Control> = chars.windows(2).flat_map(|w| found(&w.iter().collect::<String>())).collect();
        let near = closest(word);
        assert!(near.iter().all(|c| holders.contains(c)), "{word}: {near:?} beyond {holders:?}");
    }
    // Its rarer pair outweighs a common one: in 暗号媒体 (found nowhere), 媒体 is in fewer controls than 暗号, and
    // the closest is a control of media.
    assert!(found("媒体").len() < found("暗号").len());
    let media = closest("暗号媒体");
    assert!(found("媒体").contains(&media[0]) && !found("暗号").contains(&media[0]), "{media:?}");
    // A misspelt word is close to the titles spelt like it.
    let backup = closest("backupp");
    assert!(backup.iter().all(|c| c.title_en().contains("back-up")), "{backup:?}");
}
