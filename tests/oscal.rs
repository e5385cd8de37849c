//! OSCAL exports: the bundle resolves by relative href, the documents agree on uuids and ids, OSCAL 1.1.3's
//! constraints beyond its JSON Schema hold (namespaced properties, non-empty exports, statement ids the catalog
//! defines), dates and statuses follow the data, and every document validates against NIST's official 1.1.3 JSON
//! Schemas. Those schemas are not in the repository: the validation tests read them from the folder named by
//! `OSCAL_SCHEMA_DIR` and are ignored without it (`.ci/run` passes `../shared/reference/oscal`):
//!
//! ```sh
//! OSCAL_SCHEMA_DIR=../shared/reference/oscal cargo test --test oscal -- --include-ignored
//! ```
//!
//! The clients people use (compliance-trestle and the `oscal` package) check the written bundle in
//! `tests/oscal/check_bundle.py`, which `.ci/run` calls.
#![cfg(feature = "oscal")]

use std::collections::{HashMap, HashSet};

use idcf_responsibility::export::oscal;
use idcf_responsibility::{
    Basis, Cell, Control, Duty, DutyKind, Lang, Layer, Matrix, Party, Role, Scope, Service, Text,
    document::Document,
    plan::{EditScope, Entry, EntryEdit},
};
use serde_json::Value;

fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

fn component_definition(lang: Lang) -> Value {
    parse(&oscal::component_definition(Matrix::builtin(), lang))
}

fn ssp(lang: Lang) -> Value {
    parse(&oscal::system_security_plan(Matrix::builtin(), lang))
}

fn catalog(lang: Lang) -> Value {
    parse(&oscal::catalog(lang))
}

fn profile(lang: Lang) -> Value {
    parse(&oscal::profile(lang))
}

/// The four documents of the bundle, by file name.
fn bundle(matrix: &Matrix, lang: Lang) -> HashMap<&'static str, Value> {
    oscal::bundle(matrix, lang).into_iter().map(|f| (f.name, parse(&f.text))).collect()
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

/// Every object under a key named `key` (each element where it holds an array), anywhere in the document.
fn objects_at<'a>(v: &'a Value, key: &str, out: &mut Vec<&'a Value>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                if k == key {
                    match child {
                        Value::Array(items) => out.extend(items.iter()),
                        other => out.push(other),
                    }
                }
                objects_at(child, key, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| objects_at(i, key, out)),
        _ => {}
    }
}

fn is_v5_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    s.len() == 36 && b[14] == b'5' && matches!(b[19], b'8' | b'9' | b'a' | b'b') && s.split('-').count() == 5
}

/// The catalog's controls, in document order.
fn catalog_controls(cat: &Value) -> Vec<&Value> {
    let mut out = Vec::new();
    for chapter in cat["catalog"]["groups"].as_array().unwrap() {
        for category in chapter["groups"].as_array().unwrap() {
            out.extend(category["controls"].as_array().unwrap());
        }
    }
    out
}

/// Every part id of every control of the catalog, by control id.
fn part_ids(cat: &Value) -> HashMap<String, HashSet<String>> {
    catalog_controls(cat)
        .into_iter()
        .map(|c| {
            let mut ids = Vec::new();
            strings_at(&c["parts"], "id", &mut ids);
            (c["id"].as_str().unwrap().to_owned(), ids.into_iter().map(str::to_owned).collect())
        })
        .collect()
}

fn prop<'a>(props: &'a Value, name: &str) -> Option<&'a str> {
    props.as_array()?.iter().find(|p| p["name"] == name).and_then(|p| p["value"].as_str())
}

#[test]
fn outputs_are_byte_identical_across_runs() {
    let m = Matrix::builtin();
    assert_eq!(oscal::component_definition(m, Lang::En), oscal::component_definition(m, Lang::En));
    assert_eq!(oscal::system_security_plan(m, Lang::Ja), oscal::system_security_plan(m, Lang::Ja));
    assert_eq!(oscal::catalog(Lang::Ja), oscal::catalog(Lang::Ja));
    assert_eq!(oscal::bundle(m, Lang::En), oscal::bundle(m, Lang::En));
}

#[test]
fn the_bundle_is_the_single_file_exports_and_resolves_by_relative_href() {
    let m = Matrix::builtin();
    for &lang in Lang::ALL {
        let files = oscal::bundle(m, lang);
        let names: Vec<&str> = files.iter().map(|f| f.name).collect();
        assert_eq!(names, ["catalog.json", "profile.json", "component-definition.json", "ssp.json"]);
        assert_eq!(files[0].text, oscal::catalog(lang));
        assert_eq!(files[1].text, oscal::profile(lang));
        assert_eq!(files[2].text, oscal::component_definition(m, lang));
        assert_eq!(files[3].text, oscal::system_security_plan(m, lang));
    }
    let docs = bundle(m, Lang::En);
    let p = &docs["profile.json"]["profile"];
    assert_eq!(p["imports"][0]["href"], "catalog.json");
    assert!(p["imports"][0]["include-all"].is_object());
    let mut sources = Vec::new();
    strings_at(&docs["component-definition.json"], "source", &mut sources);
    assert_eq!(sources.len(), Service::ALL.len());
    assert!(sources.iter().all(|s| *s == "profile.json"), "{sources:?}");
    assert_eq!(docs["ssp.json"]["system-security-plan"]["import-profile"]["href"], "profile.json");
    // Back-matter resources name the files they stand for with an rlink.
    for (doc, root, file) in [
        ("profile.json", "profile", "catalog.json"),
        ("component-definition.json", "component-definition", "profile.json"),
        ("ssp.json", "system-security-plan", "profile.json"),
    ] {
        let resources = docs[doc][root]["back-matter"]["resources"].as_array().unwrap();
        assert!(
            resources.iter().any(|r| r["rlinks"].as_array().is_some_and(|l| l.iter().any(|l| l["href"] == file))),
            "{doc} has no resource with an rlink to {file}"
        );
    }
    // Every local reference (`#uuid`) names a back-matter resource of its own document.
    for (name, doc) in &docs {
        let root = doc.as_object().unwrap().values().next().unwrap();
        let resources: HashSet<&str> =
            root["back-matter"]["resources"].as_array().unwrap().iter().map(|r| r["uuid"].as_str().unwrap()).collect();
        let mut hrefs = Vec::new();
        strings_at(doc, "href", &mut hrefs);
        for href in hrefs.iter().filter_map(|h| h.strip_prefix('#')) {
            assert!(resources.contains(href), "{name}: #{href} names no resource");
        }
    }
}

#[test]
fn uuids_are_v5_unique_and_shared_and_ids_are_tokens() {
    let docs = bundle(Matrix::builtin(), Lang::En);
    for (name, doc) in &docs {
        let mut uuids = Vec::new();
        strings_at(doc, "uuid", &mut uuids);
        assert!(uuids.iter().all(|u| is_v5_uuid(u)), "{name}: not all v5");
        let unique: HashSet<_> = uuids.iter().collect();
        assert_eq!(unique.len(), uuids.len(), "{name}: a UUID names two things");
        let mut ids = Vec::new();
        strings_at(doc, "control-id", &mut ids);
        strings_at(doc, "statement-id", &mut ids);
        if *name == "catalog.json" {
            strings_at(doc, "id", &mut ids); // group, control and part ids (the SSP's system id is a UUID)
        }
        for id in ids {
            let first = id.chars().next().unwrap();
            assert!(first.is_alphabetic() || first == '_', "{name}: {id} is not an OSCAL token");
            assert!(id.chars().all(|c| c.is_alphanumeric() || ".-_".contains(c)), "{name}: {id} is not a token");
        }
    }
    // The same thing has the same UUID in every document: the services, the provider, the document.
    let cd = &docs["component-definition.json"]["component-definition"];
    let ssp = &docs["ssp.json"]["system-security-plan"];
    let cd_components: Vec<&Value> = cd["components"].as_array().unwrap().iter().map(|c| &c["uuid"]).collect();
    let ssp_components: Vec<&Value> =
        ssp["system-implementation"]["components"].as_array().unwrap().iter().skip(1).map(|c| &c["uuid"]).collect();
    assert_eq!(cd_components, ssp_components);
    assert_eq!(cd["metadata"]["parties"][0]["uuid"], ssp["metadata"]["parties"][0]["uuid"]);
    let doc_resource = |root: &Value| {
        root["back-matter"]["resources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["citation"].is_object())
            .map(|r| r["uuid"].clone())
    };
    assert_eq!(doc_resource(cd), doc_resource(&docs["catalog.json"]["catalog"]));
    assert_eq!(doc_resource(cd), doc_resource(ssp));
}

#[test]
fn catalog_is_the_document_grouped_by_chapter_and_category() {
    for &lang in Lang::ALL {
        let cat = catalog(lang);
        let chapters = cat["catalog"]["groups"].as_array().unwrap();
        assert_eq!(chapters.len(), 10);
        assert_eq!(chapters[4]["id"], "chapter-6");
        let categories: usize = chapters.iter().map(|ch| ch["groups"].as_array().unwrap().len()).sum();
        assert_eq!(categories, 32);
        let controls = catalog_controls(&cat);
        let ids: Vec<&str> = controls.iter().map(|c| c["id"].as_str().unwrap()).collect();
        let expected: Vec<&str> = Control::ALL.iter().map(|c| c.id()).collect();
        assert_eq!(ids, expected);
        for (json, &c) in controls.iter().zip(Control::ALL) {
            assert_eq!(json["title"], c.label(lang));
            assert_eq!(prop(&json["props"], "label"), Some(c.section()));
            assert_eq!(prop(&json["props"], "section"), Some(c.section()));
            assert_eq!(prop(&json["props"], "iso27002-2005"), c.iso27002_2005().map(|i| i.id).as_deref());
            let parts = json["parts"].as_array().unwrap();
            let statement = parts.iter().find(|p| p["name"] == "statement").unwrap();
            assert_eq!(statement["id"], format!("{c}_smt"));
            let items = statement["parts"].as_array().unwrap();
            assert_eq!(items.len(), c.section_duties().len(), "{c}: an item per duty of the section");
            for (k, (item, duty)) in items.iter().zip(c.section_duties()).enumerate() {
                assert_eq!(item["id"], format!("{c}_smt.{}", k + 1));
                assert_eq!(item["id"], oscal::statement_id(c, duty));
                assert!(item["prose"].as_str().unwrap().contains(duty.text.get(lang)));
                assert_eq!(prop(&item["props"], "sentence"), Some(duty.sentence.to_string().as_str()));
                assert_eq!(prop(&item["props"], "party"), Some(<&str>::from(duty.party)));
            }
            let guidance = parts.iter().find(|p| p["name"] == "guidance").unwrap();
            assert_eq!(guidance["prose"], c.section_summary().get(lang), "our summary is the guidance");
        }
    }
    // Items are labelled with the sentence they come from; two duties of one sentence get letters.
    let cat = catalog(Lang::En);
    let backup = catalog_controls(&cat).into_iter().find(|c| c["id"] == "information-backup").unwrap();
    let labels: Vec<&str> =
        backup["parts"][0]["parts"].as_array().unwrap().iter().map(|i| prop(&i["props"], "label").unwrap()).collect();
    assert_eq!(labels, ["6.5.1#1a", "6.5.1#1b", "6.5.1#2"]);
}

#[test]
fn statements_and_controls_are_those_the_catalog_defines() {
    let docs = bundle(Matrix::builtin(), Lang::En);
    let parts = part_ids(&docs["catalog.json"]);
    for name in ["component-definition.json", "ssp.json"] {
        let mut reqs = Vec::new();
        objects_at(&docs[name], "implemented-requirements", &mut reqs);
        assert!(reqs.len() >= Control::COUNT);
        for req in reqs {
            let control = req["control-id"].as_str().unwrap();
            let ids = parts.get(control).unwrap_or_else(|| panic!("{name}: {control} is not in the catalog"));
            let statements: Vec<&str> = req["statements"]
                .as_array()
                .map(|s| s.iter().map(|s| s["statement-id"].as_str().unwrap()).collect())
                .unwrap_or_default();
            for id in &statements {
                assert!(ids.contains(*id), "{name}: {control}: statement {id} is not a part of the control");
            }
            let unique: HashSet<_> = statements.iter().collect();
            assert_eq!(unique.len(), statements.len(), "{name}: {control}: a statement id twice");
        }
    }
    // Every duty of every applicable cell is under the statement of its item.
    let cd = &docs["component-definition.json"]["component-definition"];
    let idcf = cd["components"][0]["control-implementations"][0]["implemented-requirements"].as_array().unwrap();
    let backup = idcf.iter().find(|r| r["control-id"] == "information-backup").unwrap();
    let ids: Vec<&str> =
        backup["statements"].as_array().unwrap().iter().map(|s| s["statement-id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["information-backup_smt.1", "information-backup_smt.3"], "IDCF Cloud has no Object Storage duty");
    let ssp = &docs["ssp.json"]["system-security-plan"];
    let req = ssp["control-implementation"]["implemented-requirements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["control-id"] == "information-backup")
        .unwrap();
    let by_statement: Vec<(&str, usize)> = req["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["statement-id"].as_str().unwrap(), s["by-components"].as_array().unwrap().len()))
        .collect();
    assert_eq!(
        by_statement,
        [("information-backup_smt.1", 4), ("information-backup_smt.2", 1), ("information-backup_smt.3", 4)]
    );
}

#[test]
fn only_oscal_names_go_without_a_namespace() {
    // OSCAL 1.1.3 restricts the names of properties in its own namespace (no `ns`): on implemented
    // requirements, by-components, statements and exports only `marking` and `control-origination` are allowed;
    // in a catalog, `label` and `sort-id` are OSCAL's names for a control's number and its order.
    let docs = bundle(Matrix::builtin(), Lang::En);
    for (name, doc) in &docs {
        let allowed: &[&str] = if *name == "catalog.json" { &["label", "sort-id"] } else { &[] };
        let mut props = Vec::new();
        objects_at(doc, "props", &mut props);
        assert!(!props.is_empty());
        for p in props {
            if p.get("ns").is_none() {
                let prop_name = p["name"].as_str().unwrap();
                assert!(allowed.contains(&prop_name), "{name}: un-namespaced prop {prop_name}");
            }
        }
    }
}

#[test]
fn every_export_has_provided_or_responsibilities_and_links_within_itself() {
    let mut exports = Vec::new();
    let doc = ssp(Lang::En);
    objects_at(&doc, "export", &mut exports);
    assert!(exports.len() > 250);
    for export in exports {
        let provided: HashSet<&str> = export["provided"]
            .as_array()
            .map(|p| p.iter().map(|p| p["uuid"].as_str().unwrap()).collect())
            .unwrap_or_default();
        let responsibilities = export["responsibilities"].as_array().map_or(&[][..], Vec::as_slice);
        assert!(!provided.is_empty() || !responsibilities.is_empty(), "an export with neither: {export}");
        for r in responsibilities {
            if let Some(uuid) = r["provided-uuid"].as_str() {
                assert!(provided.contains(uuid), "provided-uuid {uuid} is not provided in the same export");
            }
        }
    }
    // With nothing to export (a tailored 7.3.3 that keeps only the provider's stated part), there is no export,
    // and what the provider leaves to the customer is in the remarks.
    let c = Control::NetworkConnectionControl;
    let stated: Vec<Duty> = c.section_duties().iter().filter(|d| d.is_stated()).cloned().collect();
    assert!(stated.iter().all(|d| d.party == Party::Provider && d.kind == DutyKind::LeavesToCustomer));
    let mut m = Matrix::builtin().clone();
    let left = stated[0].text.en.clone();
    m.replace(Cell::new(Service::IdcfCloud, c, stated, vec![], c.section_summary().clone()).unwrap());
    let doc = parse(&oscal::system_security_plan(&m, Lang::En));
    let req = ssp_requirement(&doc, c);
    let by = &req["by-components"][0];
    assert!(by.get("export").is_none(), "{by}");
    assert!(by["remarks"].as_str().unwrap().contains(left.as_ref() as &str));
    assert_eq!(by["implementation-status"]["state"], "not-applicable");
}

#[test]
fn implementation_status_follows_the_providers_part() {
    let m = Matrix::builtin();
    let doc = ssp(Lang::En);
    let services: HashMap<String, Service> = Service::ALL
        .iter()
        .map(|&s| {
            let json = &doc["system-security-plan"]["system-implementation"]["components"][s.index() + 1];
            (json["uuid"].as_str().unwrap().to_owned(), s)
        })
        .collect();
    let mut counts = HashMap::new();
    for req in doc["system-security-plan"]["control-implementation"]["implemented-requirements"].as_array().unwrap() {
        let c = Control::ALL.iter().copied().find(|c| req["control-id"] == c.id()).unwrap();
        for by in req["by-components"].as_array().unwrap() {
            let service = services[by["component-uuid"].as_str().unwrap()];
            let cell = m.cell(service, c);
            // An independent reading of the rule: the provider implements when it does more than leave the
            // matter to the customer.
            let provider_acts = cell.duties_of(Party::Provider).any(|d| !matches!(d.kind, DutyKind::LeavesToCustomer));
            let state = by["implementation-status"]["state"].as_str().unwrap();
            assert_eq!(state == "implemented", provider_acts, "{service} {c}");
            if state != "implemented" {
                assert_eq!(state, "not-applicable");
                assert!(by["implementation-status"]["remarks"].as_str().is_some_and(|r| !r.is_empty()));
            }
            *counts.entry(state.to_owned()).or_insert(0) += 1;
        }
    }
    // 6.5.1 (the provider disclaims back-up) and 7.3.3 (no restriction) are the customer's for every service.
    for c in [Control::InformationBackup, Control::NetworkConnectionControl] {
        let req = ssp_requirement(&doc, c);
        for by in req["by-components"].as_array().unwrap() {
            assert_eq!(by["implementation-status"]["state"], "not-applicable", "{c}");
        }
    }
    assert!(counts["implemented"] > counts["not-applicable"]);
    // The component-definition carries the same status as a property, where compliance-trestle reads it.
    let cd = component_definition(Lang::En);
    let idcf = cd["component-definition"]["components"][0]["control-implementations"][0]["implemented-requirements"]
        .as_array()
        .unwrap();
    let status = |id: &str| {
        let req = idcf.iter().find(|r| r["control-id"] == id).unwrap();
        prop(&req["props"], "implementation-status").map(str::to_owned)
    };
    assert_eq!(status("information-backup").as_deref(), Some("not-applicable"));
    assert_eq!(status("backup-function").as_deref(), Some("implemented"));
}

#[test]
fn metadata_dates_come_from_the_data_and_carry_the_caveats() {
    let released = format!("{}T00:00:00Z", idcf_responsibility::DATASET_RELEASED);
    let doc = Document::builtin();
    for &lang in Lang::ALL {
        for (name, value) in bundle(Matrix::builtin(), lang) {
            let meta = &value.as_object().unwrap().values().next().unwrap()["metadata"];
            assert_eq!(meta["published"], released.as_str(), "{name}");
            assert_eq!(meta["last-modified"], released.as_str(), "{name}");
            assert_eq!(meta["version"], idcf_responsibility::DATASET_VERSION);
            assert_eq!(meta["oscal-version"], "1.1.3");
            assert_eq!(prop(&meta["props"], "document-issued"), Some("2014-10-01"), "{name}");
            let remarks = meta["remarks"].as_str().unwrap();
            for caveat in doc.caveats.iter() {
                assert!(remarks.contains(caveat.get(lang)), "{name}: caveat missing from remarks");
            }
        }
    }
}

#[test]
fn a_tailored_duty_answers_the_statement_as_a_whole() {
    let c = Control::ClockSynchronization;
    let extra = |text: &'static str| {
        let role = Role::new(Party::Customer, DutyKind::Performs, Layer::CustomerEnvironment, Scope::AllServices, 1);
        Duty::new(role, Basis::inferred("Our own policy.", "自社の方針。"), Text::new(text, "時刻を確認する。"))
    };
    let mut duties: Vec<Duty> = Matrix::builtin().cell(Service::SelfCloud, c).duties().to_vec();
    duties.push(extra("Checks its clocks weekly."));
    duties.push(extra("Logs clock drift."));
    let mut m = Matrix::builtin().clone();
    m.replace(Cell::new(Service::SelfCloud, c, duties, vec![], c.section_summary().clone()).unwrap());
    assert_eq!(oscal::statement_id(c, &extra("Logs clock drift.")), format!("{c}_smt"));
    let docs = bundle(&m, Lang::En);
    let parts = part_ids(&docs["catalog.json"]);
    let cd = &docs["component-definition.json"]["component-definition"];
    let reqs = cd["components"][Service::SelfCloud.index()]["control-implementations"][0]["implemented-requirements"]
        .as_array()
        .unwrap();
    let req = reqs.iter().find(|r| r["control-id"] == c.id()).unwrap();
    let statements = req["statements"].as_array().unwrap();
    let ids: Vec<&str> = statements.iter().map(|s| s["statement-id"].as_str().unwrap()).collect();
    assert_eq!(ids[0], format!("{c}_smt"), "the statement as a whole comes first");
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len());
    assert!(ids.iter().all(|id| parts[c.id()].contains(*id)));
    assert_eq!(statements[0]["description"], "Checks its clocks weekly. Logs clock drift.");
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
    assert_eq!(reqs.len(), 68 - 14, "not-applicable cells are left out");
    let backup = reqs.iter().find(|r| r["control-id"] == "information-backup").unwrap();
    let props = &backup["props"];
    assert_eq!(prop(props, "label"), None, "OSCAL allows no un-namespaced label here");
    assert_eq!(prop(props, "section"), Some("6.5.1"));
    assert_eq!(prop(props, "owner"), Some("customer"));
    assert_eq!(prop(props, "basis"), Some("inferred"), "Object Storage's back-up is our inference");
    assert_eq!(prop(props, "stated-owner"), None);
    assert_eq!(prop(props, "control-origination"), Some("customer-provided"));
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
    assert_eq!(by[0]["implementation-status"]["state"], "implemented");
}

/// The SSP's implemented requirement for a control.
fn ssp_requirement(doc: &Value, control: Control) -> &Value {
    doc["system-security-plan"]["control-implementation"]["implemented-requirements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["control-id"] == control.id())
        .unwrap()
}

fn validate(schema_file: &str, doc: &Value) -> Vec<String> {
    let dir = std::env::var("OSCAL_SCHEMA_DIR").expect("set OSCAL_SCHEMA_DIR to the folder of the official schemas");
    let path = std::path::Path::new(&dir).join(schema_file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let schema: Value = serde_json::from_str(&text).unwrap();
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

/// The catalog and profile schemas (`oscal_catalog_schema.json`, `oscal_profile_schema.json`) are NIST's release
/// assets too; `.ci/run` skips this test, with a warning, where its schema folder lacks them.
#[test]
#[ignore = "needs OSCAL_SCHEMA_DIR with the catalog and profile schemas"]
fn catalog_and_profile_validate_against_the_official_schemas() {
    for &lang in Lang::ALL {
        let errors = validate("oscal_catalog_schema.json", &catalog(lang));
        assert!(errors.is_empty(), "{errors:#?}");
        let errors = validate("oscal_profile_schema.json", &profile(lang));
        assert!(errors.is_empty(), "{errors:#?}");
    }
    let mut bad = catalog(Lang::En);
    bad["catalog"]["groups"][0]["groups"][0]["controls"][0]["id"] = Value::String("2.1.1".into());
    assert!(!validate("oscal_catalog_schema.json", &bad).is_empty());
}

// ---------------------------------------------------------------------------------------------------------------
// The customer's SSP (`oscal::customer_ssp`), which leverages the provider's.

/// A register with every status, a team, evidence, a due date and notes, over two services, with an overlay that
/// adds a duty the provider's plan does not have (Private Cloud is left out: its uuids must not appear).
fn customer_register() -> idcf_responsibility::plan::Register {
    use idcf_responsibility::plan::{Overlay, Register, Status};
    let mut overlay = Overlay::new();
    let role = Role::new(Party::Customer, DutyKind::Performs, Layer::CustomerEnvironment, Scope::AllServices, 1);
    let restore = Duty::new(role, Basis::Stated, Text::new("Tests a restore every month.", "毎月復元を試験する。"));
    overlay
        .add_duty(Service::IdcfCloud, Control::InformationBackup, restore, Text::new("Our audit asks.", "監査の要求。"))
        .unwrap();
    let mut r = Register::new(&[Service::IdcfCloud, Service::ObjectStorage], Some(overlay));
    r.edit(
        EditScope::All,
        Control::InformationBackup,
        &EntryEdit::new().status(Status::Implemented).append_note("Nightly snapshots."),
    )
    .unwrap();
    r.edit(Service::IdcfCloud, Control::AuditLogging, &EntryEdit::new().status(Status::InProgress)).unwrap();
    let na = Status::NotApplicable { justification: "No telework.".into() };
    r.edit(EditScope::All, Control::Teleworking, &EntryEdit::new().status(na.clone())).unwrap();
    let accepted = Status::RiskAccepted { justification: "Accepted by the CISO.".into() };
    r.edit(Service::ObjectStorage, accepted_control(), &EntryEdit::new().status(accepted.clone())).unwrap();
    let filled = EntryEdit::new()
        .team("Platform  team")
        .evidence(["TICKET-12", "https://wiki.example/backup"])
        .due("2027-03-31".parse().unwrap());
    r.edit(EditScope::All, Control::InformationBackup, &filled).unwrap();
    r
}

/// A control with a customer duty for Object Storage other than back-up and telework: its risk is accepted.
fn accepted_control() -> Control {
    let r = idcf_responsibility::plan::Register::new(&[Service::ObjectStorage], None);
    let skip = [Control::InformationBackup, Control::Teleworking, Control::AuditLogging];
    r.entries().iter().map(Entry::control).find(|c| !skip.contains(c)).unwrap()
}

fn customer_ssp(lang: Lang) -> Value {
    parse(&oscal::customer_ssp(&customer_register(), lang))
}

#[test]
fn every_uuid_the_customer_ssp_references_resolves_in_the_providers_ssp() {
    for &lang in Lang::ALL {
        let provider_ssp = ssp(lang);
        let customer = customer_ssp(lang);
        let mut provided_items = Vec::new();
        objects_at(&provider_ssp, "provided", &mut provided_items);
        let provided: HashSet<&str> = provided_items.iter().map(|p| p["uuid"].as_str().unwrap()).collect();
        let mut responsibilities = Vec::new();
        objects_at(&provider_ssp, "responsibilities", &mut responsibilities);
        let responsibilities: HashSet<&str> = responsibilities.iter().map(|r| r["uuid"].as_str().unwrap()).collect();
        let mut referenced = Vec::new();
        strings_at(&customer, "provided-uuid", &mut referenced);
        assert!(referenced.len() > 20, "{} inherited items", referenced.len());
        for u in &referenced {
            assert!(provided.contains(u), "provided-uuid {u} is not provided in the provider's SSP");
        }
        let mut referenced = Vec::new();
        strings_at(&customer, "responsibility-uuid", &mut referenced);
        for u in &referenced {
            assert!(
                responsibilities.contains(u),
                "responsibility-uuid {u} is not a responsibility of the provider's SSP"
            );
        }
        // Every entry whose duty is the provider's plan's has its `satisfied`, once; the tailored one has none.
        let register = customer_register();
        let tailored = register.entries().iter().filter(|e| e.duty().basis.is_tailored()).count();
        assert_eq!(tailored, 1);
        assert_eq!(referenced.len(), register.entries().len() - tailored);
        assert_eq!(referenced.iter().collect::<HashSet<_>>().len(), referenced.len());

        // The components stand for the provider's: `inherited-uuid` names a component of its SSP.
        let root = &customer["system-security-plan"];
        let provider_components: HashSet<&str> =
            provider_ssp["system-security-plan"]["system-implementation"]["components"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["uuid"].as_str().unwrap())
                .collect();
        let leveraged = root["system-implementation"]["leveraged-authorizations"].as_array().unwrap();
        assert_eq!(leveraged.len(), 1);
        let components = root["system-implementation"]["components"].as_array().unwrap();
        let ours: HashSet<&str> = components.iter().map(|c| c["uuid"].as_str().unwrap()).collect();
        for c in components.iter().filter(|c| c["type"] == "service") {
            let props = &c["props"];
            assert_eq!(prop(props, "leveraged-authorization-uuid"), leveraged[0]["uuid"].as_str());
            assert!(provider_components.contains(prop(props, "inherited-uuid").unwrap()));
        }
        assert_eq!(components.len(), 3, "this-system and the register's two services");
        let mut by_components = Vec::new();
        objects_at(root, "by-components", &mut by_components);
        for by in by_components {
            assert!(ours.contains(by["component-uuid"].as_str().unwrap()));
        }
        // The leveraged plan is ssp.json, by relative href, through a back-matter resource.
        let link = leveraged[0]["links"][0]["href"].as_str().unwrap();
        let resources = root["back-matter"]["resources"].as_array().unwrap();
        let plan = resources.iter().find(|r| format!("#{}", r["uuid"].as_str().unwrap()) == link).unwrap();
        assert_eq!(plan["rlinks"][0]["href"], oscal::SSP_FILE);
        assert_eq!(root["import-profile"]["href"], oscal::PROFILE_FILE);
        // Parties named by a responsible role are in the metadata.
        let parties: HashSet<&str> =
            root["metadata"]["parties"].as_array().unwrap().iter().map(|p| p["uuid"].as_str().unwrap()).collect();
        let mut named = Vec::new();
        strings_at(root, "party-uuid", &mut named);
        let mut roles = Vec::new();
        objects_at(root, "party-uuids", &mut roles);
        assert!(roles.iter().filter_map(|v| v.as_str()).chain(named).all(|u| parties.contains(u)));
    }
    // Private Cloud is not in the register: none of its provided items is inherited.
    let customer = oscal::customer_ssp(&customer_register(), Lang::En);
    assert!(!customer.contains(&format!("\"value\": \"{}\"", Service::PrivateCloud)));
}

#[test]
fn the_customer_ssp_carries_the_registers_status_and_evidence() {
    let customer = customer_ssp(Lang::En);
    let reqs =
        customer["system-security-plan"]["control-implementation"]["implemented-requirements"].as_array().unwrap();
    let req = |c: Control| reqs.iter().find(|r| r["control-id"] == c.id()).unwrap();
    let own = |c: Control| {
        req(c)["by-components"].as_array().unwrap().iter().find(|b| b["satisfied"].is_array()).unwrap().clone()
    };
    let backup = own(Control::InformationBackup);
    // Implemented for both services, the tailored restore test too.
    assert_eq!(backup["implementation-status"]["state"], "implemented");
    let satisfied = backup["satisfied"].as_array().unwrap();
    assert_eq!(satisfied.len(), 2);
    for s in satisfied {
        assert_eq!(prop(&s["props"], "status"), Some("implemented"));
        assert_eq!(prop(&s["props"], "team"), Some("Platform team"), "one line, spaces folded");
        assert_eq!(prop(&s["props"], "due"), Some("2027-03-31"));
        let evidence: Vec<&str> = s["props"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["name"] == "evidence")
            .map(|p| p["value"].as_str().unwrap())
            .collect();
        assert_eq!(evidence, ["TICKET-12", "https://wiki.example/backup"]);
        assert!(s["remarks"].as_str().unwrap().contains("Nightly snapshots."));
    }
    assert!(backup["remarks"].as_str().unwrap().contains("Tests a restore every month."));
    assert_eq!(own(Control::Teleworking)["implementation-status"]["state"], "not-applicable");
    assert_eq!(own(Control::AuditLogging)["implementation-status"]["state"], "partial");
    let risk = own(accepted_control());
    let accepted =
        risk["satisfied"].as_array().unwrap().iter().find(|s| prop(&s["props"], "status") == Some("risk-accepted"));
    assert!(accepted.unwrap()["remarks"].as_str().unwrap().contains("Accepted by the CISO."));
    // A control no entry has yet is planned.
    let touched = [Control::InformationBackup, Control::Teleworking, Control::AuditLogging, accepted_control()];
    let untouched = customer_register().entries().iter().map(Entry::control).find(|c| !touched.contains(c)).unwrap();
    assert_eq!(own(untouched)["implementation-status"]["state"], "planned");
    // Both services inherit the provider's back-up function where it offers one.
    let inherited = req(Control::BackupFunction)["by-components"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["inherited"].is_array())
        .count();
    assert_eq!(inherited, 1, "IDCF Cloud offers it; Object Storage has no virtual machines");
}

#[test]
fn the_customer_ssp_is_deterministic_with_v5_unique_uuids() {
    for &lang in Lang::ALL {
        let text = oscal::customer_ssp(&customer_register(), lang);
        assert_eq!(text, oscal::customer_ssp(&customer_register(), lang));
        let doc = parse(&text);
        let mut uuids = Vec::new();
        strings_at(&doc, "uuid", &mut uuids);
        assert!(uuids.iter().all(|u| is_v5_uuid(u)));
        assert_eq!(uuids.iter().collect::<HashSet<_>>().len(), uuids.len(), "a UUID names two things");
        // Different from the provider's plan.
        assert_ne!(doc["system-security-plan"]["uuid"], ssp(lang)["system-security-plan"]["uuid"]);
    }
}

#[test]
#[ignore = "needs OSCAL_SCHEMA_DIR (the official schemas are not in the repository)"]
fn customer_ssp_validates_against_the_official_schema() {
    for &lang in Lang::ALL {
        let errors = validate("oscal_ssp_schema.json", &customer_ssp(lang));
        assert!(errors.is_empty(), "{errors:#?}");
        let plain =
            parse(&oscal::customer_ssp(&idcf_responsibility::plan::Register::new(&[Service::SelfCloud], None), lang));
        let errors = validate("oscal_ssp_schema.json", &plain);
        assert!(errors.is_empty(), "{errors:#?}");
    }
    let mut bad = customer_ssp(Lang::En);
    bad["system-security-plan"]["system-implementation"]["leveraged-authorizations"][0]["date-authorized"] =
        Value::String("someday".into());
    assert!(!validate("oscal_ssp_schema.json", &bad).is_empty());
}

/// The customer's plan says `inherited` only where IDCF runs the measure for the customer's system, as the
/// Statement of Applicability does: never a disclosure, a request, or IDCF's own organisation, partners or
/// contract documents (those are in the by-component's remarks, as information for the supplier controls).
#[test]
fn the_customer_ssp_inherits_only_what_idcf_runs_for_the_customer() {
    let customer = customer_ssp(Lang::En);
    let mut inherited = Vec::new();
    objects_at(&customer, "inherited", &mut inherited);
    let texts: HashSet<&str> = inherited.iter().filter_map(|i| i["description"].as_str()).collect();
    assert!(!texts.is_empty());
    let m = Matrix::builtin();
    let mut refused = 0;
    for service in [Service::IdcfCloud, Service::ObjectStorage] {
        for &control in Control::ALL {
            for d in m.cell(service, control).duties_of(Party::Provider) {
                let own = matches!(d.kind, DutyKind::Discloses | DutyKind::Requests)
                    || matches!(
                        d.layer,
                        Layer::ProviderOrganisation | Layer::ProviderPartners | Layer::ContractDocuments
                    );
                if own {
                    refused += 1;
                    assert!(
                        !texts.contains(d.text.en.as_ref()),
                        "{service} §{}: {:?} is marked inherited",
                        control.section(),
                        d.text.en
                    );
                }
            }
        }
    }
    assert!(refused > 20, "the check saw {refused} provider duties of IDCF's own");
    // 2.1.1's security officer is IDCF's own organisation: shown as information, not inherited.
    let text = customer.to_string();
    assert!(text.contains("IDCF's own measures, not inherited"), "no remarks for IDCF's own measures");
}
