//! The `who_owns` binary: what it answers, how it says how it read the query, and its exit codes — 0 answered, 1
//! no control of the document matches, 2 a usage error (an ISO id of two editions among them).

use std::process::Command;

/// Runs `who_owns` with `args`: the exit code, stdout and stderr.
fn who_owns(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_who_owns")).args(args).output().expect("who_owns runs");
    let text = |b: Vec<u8>| String::from_utf8(b).expect("utf-8");
    (out.status.code().expect("an exit code"), text(out.stdout), text(out.stderr))
}

#[test]
fn an_id_of_two_editions_lists_each_reading_with_its_answer_and_exits_2() {
    let (code, stdout, stderr) = who_owns(&["idcf-cloud", "A.12.3.1"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    let at = |s: &str| stderr.find(s).unwrap_or_else(|| panic!("{s:?} not in {stderr}"));
    // Each edition's reading, then the sections it leads to with the owner for the service.
    assert!(at("  iso27002-2005:12.3.1 (Policy on the use of cryptographic controls):") < at("§8.2.1"));
    assert!(at("§8.2.1") < at("  iso27001-2013:A.12.3.1:"));
    assert!(at("  iso27001-2013:A.12.3.1:") < at("§6.5.1"));
    assert!(stderr.contains("§6.5.1 「情報のバックアップ」 Information back-up: owner customer"), "{stderr}");
}

#[test]
fn scheme_qualified_and_2022_ids_answer() {
    let (code, stdout, _) = who_owns(&["idcf-cloud", "iso27001-2022:A.8.13"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("§6.5.1"), "{stdout}");
    let (code, stdout, _) = who_owns(&["idcf-cloud", "A.8.13"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("A.8.13: read as iso27001-2022:A.8.13 (Information backup)\n\n"), "{stdout}");
    let (code, stdout, _) = who_owns(&["idcf-cloud", "iso27001-2013:A.12.3.1"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("§6.5.1") && !stdout.contains("§8.2.1"), "{stdout}");
    let (code, stdout, _) = who_owns(&["object-storage", "6.5"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("§6.5.1") && stdout.contains("§6.5.2"), "{stdout}");
}

#[test]
fn a_bare_iso_number_exits_1_with_its_scheme_qualified_forms() {
    let (code, stdout, stderr) = who_owns(&["idcf-cloud", "10.5.1"]);
    assert_eq!(code, 1);
    assert!(stdout.is_empty());
    assert!(stderr.contains("iso27002-2005:10.5.1"), "{stderr}");
}

#[test]
fn a_common_word_is_read_as_the_documents_and_says_so() {
    let (code, stdout, _) = who_owns(&["idcf-cloud", "encryption"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("encryption: read as 暗号, encrypt\n"), "{stdout}");
    assert!(stdout.contains("§8.2.1") && stdout.contains("§11.1.3"), "{stdout}");
    let (code, stdout, _) = who_owns(&["--lang", "ja", "idcf-cloud", "encryption"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("encryption: 暗号, encrypt として検索\n"), "{stdout}");
}

#[test]
fn a_word_the_document_does_not_cover_exits_1_with_the_closest_controls() {
    for word in ["MFA", "two-factor", "二要素認証"] {
        let (code, stdout, stderr) = who_owns(&["idcf-cloud", word]);
        assert_eq!(code, 1, "{word}: {stderr}");
        assert!(stdout.is_empty());
        assert!(stderr.starts_with(&format!("who_owns: no control of the document matches {word:?}")), "{stderr}");
        assert!(stderr.contains("closest: 7.4.2 User identification and authentication"), "{stderr}");
    }
    let (code, _, stderr) = who_owns(&["idcf-cloud", "kubernetes"]);
    assert_eq!(code, 1, "{stderr}");
}

#[test]
fn usage_errors_exit_2_and_help_documents_the_codes() {
    for args in [&["nowhere", "backup"][..], &["idcf-cloud"], &[], &["--lang", "xx", "idcf-cloud", "backup"]] {
        let (code, stdout, stderr) = who_owns(args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stdout.is_empty() && stderr.starts_with("who_owns: "), "{args:?}: {stderr}");
    }
    let (code, stdout, _) = who_owns(&["--help"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("usage: who_owns"), "{stdout}");
    for line in ["  0  answered", "  1  no control of the document matches", "  2  usage error"] {
        assert!(stdout.contains(line), "{line:?} not in {stdout}");
    }
}
