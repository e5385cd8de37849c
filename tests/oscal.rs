//! OSCAL exports: deterministic v5 UUIDs, valid tokens, and validation against the official NIST OSCAL 1.1.3
//! JSON Schemas. Those schemas are not in the repository: the validation tests read them from the folder named
//! by `OSCAL_SCHEMA_DIR` and are ignored without it (`.ci/run` passes `../shared/reference/oscal`):
//!
//! ```sh
//! OSCAL_SCHEMA_DIR=../shared/reference/oscal cargo test --test oscal -- --include-ignored
//! ```
#![cfg(feature = "oscal")]

use std::collections::HashSet;

use idcf_responsibility::export::oscal;
use idcf_responsibility::{Lang, Matrix};
use serde_json::Value;

fn component_definition(lang: Lang) -> Value {
    serde_json::from_str(&oscal::component_definition(Matrix::builtin(), lang)).unwrap()
}

fn ssp(lang: Lang) -> Value {
    serde_json::from_str(&oscal::system_security_plan(Matrix::builtin(), lang)).unwrap()
}

/// Every string under a key named `key`, anywhere in the document.
fn strings_at<'a>(v: &'a Value, key: &str, out: &mut Vec<&'a str>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                if k == key {
                    if let Some(s) = child.as_str() {
                        out.push(s);
                    }
                }
                strings_at(child, key, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| strings_at(i, key, out)),
        _ => {}
    }
}

fn is_v5_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    s.len() == 36 && b[14] == b'5' && matches!(b[19], b'8' | b'9' | b'a' | b'b') && s.split('-').count() == 5
}

#[test]
fn outputs_are_byte_identical_across_runs() {
    let m = Matrix::builtin();
    assert_eq!(oscal::component_definition(m, Lang::En), oscal::component_definition(m, Lang::En));
    assert_eq!(oscal::system_security_plan(m, Lang::Ja), oscal::system_security_plan(m, Lang::Ja));
}

#[test]
fn uuids_are_v5_and_unique_and_ids_are_tokens() {
    for doc in [component_definition(Lang::En), ssp(Lang::En)] {
        let mut uuids = Vec::new();
        strings_at(&doc, "uuid", &mut uuids);
        assert!(uuids.len() > 300);
        assert!(uuids.iter().all(|u| is_v5_uuid(u)), "not all v5");
        let unique: HashSet<_> = uuids.iter().collect();
        assert_eq!(unique.len(), uuids.len(), "a UUID names two things");
        let mut ids = Vec::new();
        strings_at(&doc, "control-id", &mut ids);
        strings_at(&doc, "statement-id", &mut ids);
        for id in ids {
            let first = id.chars().next().unwrap();
            assert!(first.is_alphabetic() || first == '_', "{id} is not an OSCAL token");
            assert!(id.chars().all(|c| c.is_alphanumeric() || ".-_".contains(c)), "{id} is not an OSCAL token");
        }
    }
}

#[test]
fn component_definition_says_who_does_what() {
    let doc = component_definition(Lang::En);
    let cd = &doc["component-definition"];
    let roles: Vec<&str> =
        cd["metadata"]["roles"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(roles, ["provider", "customer"]);
    let storage = &cd["components"][4];
    assert_eq!(storage["props"][0]["value"], "object-storage");
    let reqs = storage["control-implementations"][0]["implemented-requirements"].as_array().unwrap();
    assert_eq!(reqs.len(), 68 - 10, "not-applicable cells are left out");
    let backup = reqs.iter().find(|r| r["control-id"] == "information-backup").unwrap();
    let props = backup["props"].as_array().unwrap();
    let prop = |name: &str| props.iter().find(|p| p["name"] == name).map(|p| p["value"].as_str().unwrap());
    assert_eq!(prop("label"), Some("6.5.1"));
    assert_eq!(prop("owner"), Some("customer"));
    assert_eq!(prop("basis"), Some("inferred"), "Object Storage's back-up is our inference");
    assert_eq!(prop("stated-owner"), None);
    assert_eq!(prop("control-origination"), Some("customer-provided"));
    let idcf = cd["components"][0]["control-implementations"][0]["implemented-requirements"].as_array().unwrap();
    let backup = idcf.iter().find(|r| r["control-id"] == "information-backup").unwrap();
    assert_eq!(backup["links"][0]["text"], "§6.5.1");
    let statement_roles: Vec<&str> = backup["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["responsible-roles"][0]["role-id"].as_str().unwrap())
        .collect();
    assert_eq!(statement_roles, ["customer", "provider"]);
}

#[test]
fn ssp_exports_provided_and_responsibilities() {
    let doc = ssp(Lang::En);
    let reqs = doc["system-security-plan"]["control-implementation"]["implemented-requirements"].as_array().unwrap();
    let backup_fn = reqs.iter().find(|r| r["control-id"] == "backup-function").unwrap();
    let by = backup_fn["by-components"].as_array().unwrap();
    assert_eq!(by.len(), 4, "Object Storage has no by-component for the VM back-up function");
    let export = &by[0]["export"];
    let provided = export["provided"].as_array().unwrap();
    let responsibilities = export["responsibilities"].as_array().unwrap();
    assert_eq!((provided.len(), responsibilities.len()), (1, 2));
    assert_eq!(responsibilities[0]["provided-uuid"], provided[0]["uuid"]);
}

fn validate(schema_file: &str, doc: &Value) -> Vec<String> {
    let dir = std::env::var("OSCAL_SCHEMA_DIR").expect("set OSCAL_SCHEMA_DIR to the folder of the official schemas");
    let path = std::path::Path::new(&dir).join(schema_file);
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let validator = jsonschema::draft7::options().should_validate_formats(true).build(&schema).unwrap();
    validator.iter_errors(doc).map(|e| format!("{} at {}", e, e.instance_path())).take(10).collect()
}

#[test]
#[ignore = "needs OSCAL_SCHEMA_DIR (the official schemas are not in the repository)"]
fn component_definition_validates_against_the_official_schema() {
    for &lang in Lang::ALL {
        let errors = validate("oscal_component_schema.json", &component_definition(lang));
        assert!(errors.is_empty(), "{errors:#?}");
    }
    // The validator is not a rubber stamp: a bare section number is not a token.
    let mut bad = component_definition(Lang::En);
    bad["component-definition"]["components"][0]["control-implementations"][0]["implemented-requirements"][0]["control-id"] =
        Value::String("10.5.1".into());
    assert!(!validate("oscal_component_schema.json", &bad).is_empty());
}

#[test]
#[ignore = "needs OSCAL_SCHEMA_DIR (the official schemas are not in the repository)"]
fn ssp_validates_against_the_official_schema() {
    for &lang in Lang::ALL {
        let errors = validate("oscal_ssp_schema.json", &ssp(lang));
        assert!(errors.is_empty(), "{errors:#?}");
    }
    let mut bad = ssp(Lang::En);
    bad["system-security-plan"]["uuid"] = Value::String("6ba7b810-9dad-11d1-80b4-00c04fd430c8".into()); // v1
    assert!(!validate("oscal_ssp_schema.json", &bad).is_empty());
}
