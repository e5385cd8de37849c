//! The one call from text to a service's answer: ranked for the service, how the query was read kept, a miss with
//! its reason; the JSON it serializes to is `idcf who-owns --json`'s, described by the checked-in
//! `schema/answer.schema.json`.
#![cfg(feature = "schemars")]

use idcf_responsibility::{Answer, Control, Lang, Matrix, Service, json, search::Miss};
use serde_json::Value;

/// The questions a web handler asks (`GET /owner?service=object-storage&q=…`), and a few more.
const QUESTIONS: &[(Service, &str)] = &[
    (Service::ObjectStorage, "backup"),
    (Service::ObjectStorage, "A.12.3.1"),
    (Service::ObjectStorage, "MFA"),
    (Service::IdcfCloud, "A.8.13"),
    (Service::IdcfCloud, "10.5.1"),
    (Service::SelfCloud, "encryption"),
    (Service::PrivateCloud, "6.5"),
    (Service::ManagedCloud, "8.2.2"),
    (Service::IdcfCloud, "zzzz"),
];

fn value(answer: &Answer) -> Value {
    serde_json::to_value(answer).expect("an answer serializes")
}

#[test]
fn backup_for_object_storage_answers_its_applicable_cell_first() {
    let answer = Answer::new(Matrix::builtin(), Service::ObjectStorage, "backup");
    let first = answer.cells()[0];
    assert_eq!(first.control(), Control::InformationBackup);
    assert!(first.owner().is_some(), "the first cell has an owner: a handler reading cells[0] answers");
    let v = value(&answer);
    assert_eq!(v["cells"][0]["owner"], "customer");
    assert_eq!(v["cells"][0]["applicable"], true);
    assert_eq!(v["cells"][1]["applicable"], false);
    assert_eq!(v["cells"][0]["matched"], "keywords");
    assert_eq!(v["miss"], Value::Null);
    assert_eq!(v["caveats"].as_array().map(Vec::len), Some(2));
}

#[test]
fn an_id_of_two_editions_keeps_both_readings_each_with_its_cells() {
    let answer = Answer::new(Matrix::builtin(), Service::ObjectStorage, "A.12.3.1");
    assert!(answer.is_empty());
    assert_eq!(answer.miss(), Some(&Miss::Ambiguous));
    let readings: Vec<(String, Vec<Control>)> =
        answer.readings().map(|(r, cells)| (r.qualified(), cells.iter().map(|c| c.control()).collect())).collect();
    assert_eq!(
        readings,
        [
            ("iso27002-2005:12.3.1".to_owned(), vec![Control::CryptographyPolicy]),
            ("iso27001-2013:A.12.3.1".to_owned(), vec![Control::InformationBackup, Control::BackupFunction]),
        ]
    );
    let v = value(&answer);
    assert_eq!(v["miss"], "ambiguous");
    assert_eq!(v["readings"][1]["cells"][0]["owner"], "customer");
    assert_eq!(v["readings"][1]["cells"][1]["applicable"], false);
    // Printed, the miss is the refusal `idcf who-owns` gives, in the answer's language.
    let text = answer.in_lang(Lang::Ja).to_string();
    assert!(text.contains("§6.5.2 「バックアップ機能の提供」: 担当 該当なし"), "{text}");
}

#[test]
fn a_word_the_document_does_not_cover_says_why_and_names_the_closest() {
    let answer = Answer::new(Matrix::builtin(), Service::ObjectStorage, "MFA");
    let Some(Miss::NoMatch { closest }) = answer.miss() else { panic!("{answer:?}") };
    assert_eq!(closest[0], Control::UserIdentification);
    let v = value(&answer);
    assert_eq!(v["miss"]["no-match"]["closest"][0], "user-identification");
    assert_eq!(v["read_as"][0]["uncovered"]["en"], "the document names no second factor of authentication");
    assert!(answer.to_string().starts_with("no control of the document matches \"MFA\""));
}

#[test]
fn how_the_query_was_read_is_kept_in_both_languages() {
    let answer = Answer::new(Matrix::builtin(), Service::IdcfCloud, "A.8.13");
    assert!(answer.to_string().starts_with("A.8.13: read as iso27001-2022:A.8.13 (Information backup)\n\n"));
    let v = value(&answer);
    assert_eq!(v["notes"][0]["en"], "A.8.13: read as iso27001-2022:A.8.13 (Information backup)");
    assert_eq!(v["notes"][0]["ja"], "A.8.13: iso27001-2022:A.8.13（Information backup）として解釈");
    assert_eq!(v["readings"][0]["edition"], "iso27001-2022");
    // The misprint's note is printed with the cell.
    let text = Answer::new(Matrix::builtin(), Service::ManagedCloud, "8.2.2").to_string();
    assert!(text.contains("  note (8.2.2): "), "{text}");
}

#[test]
fn the_language_changes_the_text_and_not_the_json() {
    let en = Answer::new(Matrix::builtin(), Service::SelfCloud, "encryption");
    let ja = en.clone().in_lang(Lang::Ja);
    assert_ne!(en.to_string(), ja.to_string());
    assert_eq!(value(&en), value(&ja));
}

#[test]
fn checked_in_answer_schema_is_current_and_validates_every_answer() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/answer.schema.json");
    let generated = json::answer_schema();
    if std::env::var_os("UPDATE_PINS").is_some_and(|v| v == "1") {
        std::fs::write(path, &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        on_disk == generated,
        "schema/answer.schema.json differs from json::answer_schema(); run `UPDATE_PINS=1 cargo test`"
    );
    let schema: Value = serde_json::from_str(&generated).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for &(service, query) in QUESTIONS {
        let v = value(&Answer::new(Matrix::builtin(), service, query));
        let errors: Vec<String> = validator.iter_errors(&v).take(5).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{query}: {errors:?}");
    }
    // A misspelt field is refused: the schema is closed.
    let mut v = value(&Answer::new(Matrix::builtin(), Service::ObjectStorage, "backup"));
    v["cells"][0]["ownr"] = Value::from("customer");
    assert!(!validator.is_valid(&v));
    // The type's own schema is the published one.
    let by_type = serde_json::to_string_pretty(&schemars::schema_for!(Answer)).unwrap() + "\n";
    assert!(by_type == generated, "schemars::schema_for!(Answer) differs from json::answer_schema()");
}

/// For `tests/schema/check.sh`: writes each answer of [`QUESTIONS`] into the folder named by `ANSWER_SAMPLES_OUT`,
/// for ajv.
#[test]
fn answers_for_ajv() {
    let Some(dir) = std::env::var_os("ANSWER_SAMPLES_OUT") else { return };
    std::fs::create_dir_all(&dir).unwrap();
    for (i, &(service, query)) in QUESTIONS.iter().enumerate() {
        let json = serde_json::to_string_pretty(&Answer::new(Matrix::builtin(), service, query)).unwrap();
        std::fs::write(std::path::Path::new(&dir).join(format!("answer-{i}.json")), json).unwrap();
    }
}
