//! Load errors as the guidelines ask: a message names its own failure and the kind of file, its cause is left to
//! `source()` and printed once in a chain; no internal type names; a byte-order mark is accepted; an id typo in
//! JSON gets the "did you mean" that typed input gets.
#![cfg(feature = "serde")]

use std::error::Error as _;

use idcf_responsibility::{
    Control, Matrix, Service,
    json::{FileKind, LoadError},
    plan::{Overlay, Register},
};

/// Every message of an error's chain, outermost first.
fn chain(err: &dyn std::error::Error) -> Vec<String> {
    let mut out = vec![err.to_string()];
    let mut next = err.source();
    while let Some(e) = next {
        out.push(e.to_string());
        next = e.source();
    }
    out
}

/// How many of the chain's messages contain `needle`.
fn times(chain: &[String], needle: &str) -> usize {
    chain.iter().map(|m| m.matches(needle).count()).sum()
}

#[test]
fn the_cause_of_a_json_fault_appears_once_in_the_chain() {
    let json = Matrix::builtin().to_json().unwrap().replacen("\"owner\": \"provider\"", "\"owner\": \"landlord\"", 1);
    let err = Matrix::from_json(&json).unwrap_err();
    let LoadError::Json { line, column, .. } = &err else { panic!("{err:?}") };
    let chain = chain(&err);
    assert_eq!(chain.len(), 2, "{chain:?}");
    assert_eq!(times(&chain, "landlord"), 1, "{chain:?}");
    assert_eq!(times(&chain, &format!("line {line}")), 1, "{chain:?}");
    assert_eq!(times(&chain, &format!("column {column}")), 1, "{chain:?}");
    assert!(chain[0].starts_with("invalid matrix json at cells[0].owner"), "{chain:?}");
}

#[test]
fn an_inconsistency_is_one_message_with_no_cause() {
    let json = Matrix::builtin().to_json().unwrap().replacen("\"owner\": \"provider\"", "\"owner\": \"customer\"", 1);
    let err = Matrix::from_json(&json).unwrap_err();
    assert!(err.source().is_none());
    assert!(err.to_string().starts_with("invalid matrix at cells[0] (idcf-cloud, 2.1.1): owner is customer"), "{err}");
}

#[test]
fn no_internal_type_name_reaches_a_message() {
    for (file, err) in [
        (FileKind::Matrix, Matrix::from_json("[]").unwrap_err()),
        (FileKind::Overlay, Overlay::from_json("[]").unwrap_err()),
        (FileKind::Register, Register::from_json("[1, 2]").unwrap_err()),
        (FileKind::Register, Register::from_json("{\"dataset_version\": \"2.0.0\", \"services\": [], \"overlay\": null, \"entries\": [{\"service\": \"self-cloud\", \"control\": \"teleworking\", \"duty\": 3}]}").unwrap_err()),
        (FileKind::Register, Register::from_json(&Register::new(&[Service::SelfCloud], None).to_json().unwrap().replacen("\"state\": \"not-started\"", "\"state\": 4", 1)).unwrap_err()),
    ] {
        assert_eq!(err.file(), file);
        let chain = chain(&err);
        for name in ["MatrixExport", "Register", "Overlay", "Entry", "Duty", "Status", "struct", "enum"] {
            assert_eq!(times(&chain, name), 0, "{name} in {chain:?}");
        }
        assert!(chain[0].starts_with(&format!("invalid {file} json at ")), "{chain:?}");
    }
    let err = Matrix::from_json("[]").unwrap_err();
    assert_eq!(err.source().unwrap().to_string(), "invalid length 0, expected a JSON object");
}

#[test]
fn every_message_names_its_kind_of_file() {
    let huge = " ".repeat(idcf_responsibility::json::MAX_JSON_BYTES + 1);
    assert!(Matrix::from_json(&huge).unwrap_err().to_string().starts_with("matrix json is "));
    assert!(Overlay::from_json(&huge).unwrap_err().to_string().starts_with("overlay json is "));
    assert!(Register::from_json(&huge).unwrap_err().to_string().starts_with("register json is "));
    let mut r = Register::new(&[Service::SelfCloud], None);
    let json = r.to_json().unwrap().replacen("\"services\": [\n    \"self-cloud\"\n  ]", "\"services\": []", 1);
    let err = Register::from_json(&json).unwrap_err();
    assert_eq!(err.to_string(), "invalid register at services: a register covers at least one service");
    r = Register::new(&[Service::IdcfCloud], None);
    assert_eq!(Register::from_json(&r.to_json().unwrap()).unwrap(), r);
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let matrix = format!("\u{FEFF}{}", Matrix::builtin().to_json().unwrap());
    assert_eq!(Matrix::from_json(&matrix).unwrap(), *Matrix::builtin());
    let register = Register::new(&[Service::ObjectStorage], None);
    assert_eq!(Register::from_json(&format!("\u{FEFF}{}", register.to_json().unwrap())).unwrap(), register);
    let overlay = Overlay::new();
    assert_eq!(Overlay::from_json(&format!("\u{FEFF}{}", overlay.to_json().unwrap())).unwrap(), overlay);
    // Only one mark, only at the start.
    assert!(Matrix::from_json(&format!("\u{FEFF}\u{FEFF}{}", Matrix::builtin().to_json().unwrap())).is_err());
}

#[test]
fn an_id_typo_in_json_gets_the_suggestion_typed_input_gets() {
    let typed = "informaton-backup".parse::<Control>().unwrap_err();
    let idcf_responsibility::ParseError::Unknown { suggestions: typed, .. } = typed else { panic!() };
    assert_eq!(typed.first(), Some(&"information-backup"));

    let json = Matrix::builtin().to_json().unwrap().replacen(
        "\"control\": \"information-backup\"",
        "\"control\": \"informaton-backup\"",
        1,
    );
    let err = Matrix::from_json(&json).unwrap_err();
    let LoadError::Json { path, source, .. } = &err else { panic!("{err:?}") };
    assert!(path.ends_with(".control"), "{path}");
    assert_eq!(source.suggestions, ["information-backup"]);
    let cause = source.to_string();
    assert!(cause.starts_with("unknown control \"informaton-backup\"; did you mean information-backup?"), "{cause}");
    assert!(cause.ends_with("expected one of 68 ids"), "{cause}");

    let json =
        Register::new(&[Service::SelfCloud], None).to_json().unwrap().replacen("\"self-cloud\"", "\"self-clod\"", 1);
    let err = Register::from_json(&json).unwrap_err();
    let cause = err.source().unwrap().to_string();
    assert!(cause.contains("did you mean self-cloud?"), "{cause}");
    assert!(
        cause.contains("expected one of idcf-cloud, self-cloud, managed-cloud, private-cloud, object-storage"),
        "{cause}"
    );

    let json = Register::new(&[Service::SelfCloud], None).to_json().unwrap().replacen("\"services\"", "\"servces\"", 1);
    let cause = Register::from_json(&json).unwrap_err().source().unwrap().to_string();
    assert!(cause.starts_with("unknown field \"servces\"; did you mean services?"), "{cause}");
}
