//! The Statement of Applicability draft: every Annex A control once, the back-up example of the issue, controls
//! the document does not reach, the customer's decisions prevailing, and the checked-in JSON Schema.
#![cfg(feature = "schemars")]

use idcf_responsibility::plan::{EditScope, EntryEdit};
use idcf_responsibility::{
    Control, Service, Text,
    iso::{Correspondence, Fit, Iso2022Control, Theme},
    json,
    plan::{Overlay, Register, Status},
    soa::{Applicability, Choice, DecidedBy, Implementation, InheritanceCase, Proposal, Soa, SoaOptions},
};
use serde_json::{Value, json};

fn id(s: &str) -> Iso2022Control {
    Iso2022Control::from_id(s).unwrap()
}

#[test]
fn every_control_once_in_its_theme() {
    let register = Register::new(&[Service::IdcfCloud, Service::ObjectStorage], None);
    let soa = Soa::of_with(&register, SoaOptions::new().cloud_controls(false));
    assert_eq!(soa.rows.len(), 93);
    let ids: std::collections::HashSet<&str> = soa.rows.iter().map(|r| r.control.id()).collect();
    assert_eq!(ids.len(), 93);
    let counts: Vec<usize> = Theme::ALL.iter().map(|&t| soa.theme(t).count()).collect();
    assert_eq!(counts, [37, 8, 14, 34]);
    for (row, c) in soa.rows.iter().zip(Iso2022Control::catalogue()) {
        assert_eq!((row.control, row.theme, row.title_en.as_ref()), ((*c).into(), Some(c.theme()), c.title_en()));
        assert_eq!(row.title_ja, c.title_ja());
    }
    // By default the seven CLD controls follow Annex A, in their order, with no theme.
    let full = Soa::of(&register);
    let cld: Vec<&str> = full.rows.iter().skip(93).map(|r| r.control.id()).collect();
    assert_eq!(cld, ["CLD.6.3.1", "CLD.8.1.5", "CLD.9.5.1", "CLD.9.5.2", "CLD.12.1.5", "CLD.12.4.5", "CLD.13.1.4"]);
    assert!(full.cloud().all(|r| r.theme.is_none() && r.guidance.is_some()));
    // A row's titles are its control's, for an Annex A control and a CLD control alike.
    for row in &full.rows {
        assert_eq!((row.control.title_en(), row.control.title_ja()), (row.title_en.as_ref(), row.title_ja.as_ref()));
        assert!(!row.title_en.is_empty() && !row.title_ja.is_empty(), "{}", row.control);
    }
    let shared: idcf_responsibility::soa::SoaControl = "CLD.6.3.1".parse().unwrap();
    assert_eq!(shared.title_en(), "Shared roles and responsibilities within a cloud computing environment");
    // The crate never proposes an exclusion, and nothing is excluded without a decision.
    assert!(soa.rows.iter().all(|r| r.applicability != Applicability::Excluded));
}

#[test]
fn object_storage_backup_implemented_gives_a_8_13_applicable_and_implemented() {
    let mut register = Register::new(&[Service::ObjectStorage], None);
    register.edit(EditScope::All, Control::InformationBackup, &EntryEdit::new().status(Status::Implemented)).unwrap();
    let soa = Soa::of(&register);
    let row = soa.row(id("A.8.13")).unwrap();
    assert_eq!(row.proposal, Proposal::Applicable);
    assert_eq!((row.applicability, row.decided_by), (Applicability::Applicable, DecidedBy::Proposal));
    assert_eq!(row.implementation, Implementation::Implemented);
    assert!(row.proposal_reason.en.contains("§6.5.1"), "{}", row.proposal_reason.en);
    // Cites 6.5.1, with the provenance of each step.
    let route = row.routes.iter().find(|r| r.section == "6.5.1").unwrap();
    assert_eq!(route.iso27002_2005.as_deref(), Some("10.5.1"));
    assert_eq!(route.fit, Some(Fit::Exact));
    assert_eq!(route.iso27001_2013.as_deref(), Some("A.12.3.1"));
    assert_eq!(route.step_2013, Some(Correspondence::Identified));
    assert_eq!(route.step_2022, Correspondence::TableB2);
    assert!(!route.rests_on_judgement());
    // 6.5.2 (the back-up function) also leads to A.8.13, but does not apply to Object Storage: no part of it.
    assert!(row.routes.iter().any(|r| r.section == "6.5.2"));
    assert!(row.provider.iter().all(|p| p.section != "6.5.2"));
    assert!(!row.customer.is_empty());
    assert!(row.customer.iter().all(|p| p.section == "6.5.1" && p.status == Status::Implemented));

    register.edit(EditScope::All, Control::InformationBackup, &EntryEdit::new().status(Status::NotStarted)).unwrap();
    let row = Soa::of(&register).row(id("A.8.13")).unwrap().clone();
    assert_eq!(row.applicability, Applicability::Applicable);
    assert_eq!(row.implementation, Implementation::NotImplemented);
    register.edit(EditScope::All, Control::InformationBackup, &EntryEdit::new().status(Status::InProgress)).unwrap();
    assert_eq!(Soa::of(&register).row(id("A.8.13")).unwrap().implementation, Implementation::PartlyImplemented);
}

#[test]
fn a_control_no_section_reaches_is_not_addressed_until_the_customer_decides() {
    let mut register = Register::new(&[Service::SelfCloud], None);
    let row = Soa::of(&register).row(id("A.5.7")).unwrap().clone();
    assert!(row.routes.is_empty());
    assert_eq!(row.proposal, Proposal::NotAddressed);
    assert_eq!((row.applicability, row.decided_by), (Applicability::Undecided, DecidedBy::Proposal));
    assert_eq!(row.implementation, Implementation::NotTracked);
    assert!(row.proposal_reason.en.contains("None of the document's sections leads to this control"));
    // Every control no section reaches is proposed so, never excluded.
    let soa = Soa::of(&register);
    for r in &soa.rows {
        assert_eq!(r.routes.is_empty(), r.proposal == Proposal::NotAddressed, "{}", r.control);
        if r.proposal != Proposal::Applicable {
            assert_eq!(r.applicability, Applicability::Undecided, "{}", r.control);
        }
    }
    register.decide(id("A.5.7"), Choice::Include, "We subscribe to JPCERT/CC alerts.").unwrap();
    let row = Soa::of(&register).row(id("A.5.7")).unwrap().clone();
    assert_eq!(row.proposal, Proposal::NotAddressed);
    assert_eq!((row.applicability, row.decided_by), (Applicability::Applicable, DecidedBy::Customer));
    assert_eq!(row.decision.unwrap().justification, "We subscribe to JPCERT/CC alerts.");
}

#[test]
fn the_customers_exclusion_prevails_and_is_its_own() {
    let mut register = Register::new(&[Service::ObjectStorage], None);
    register.edit(EditScope::All, Control::InformationBackup, &EntryEdit::new().status(Status::Implemented)).unwrap();
    let why = "Only public data is stored; copies are kept at the origin.";
    register.decide(id("A.8.13"), Choice::Exclude, why).unwrap();
    let row = Soa::of(&register).row(id("A.8.13")).unwrap().clone();
    assert_eq!(row.proposal, Proposal::Applicable, "the proposal stays visible");
    assert_eq!((row.applicability, row.decided_by), (Applicability::Excluded, DecidedBy::Customer));
    assert_eq!(row.decision.as_ref().map(|d| (d.choice, d.justification.as_str())), Some((Choice::Exclude, why)));
    assert_eq!(row.implementation, Implementation::NotApplicable);
    // Withdrawn, the proposal holds again.
    assert!(register.withdraw(id("A.8.13")).is_some());
    assert_eq!(Soa::of(&register).row(id("A.8.13")).unwrap().decided_by, DecidedBy::Proposal);
}

#[test]
fn a_judgement_and_a_nearest_fit_are_marked_as_ours() {
    let soa = Soa::of(&Register::new(&[Service::IdcfCloud], None));
    let cloud = soa.row(id("A.5.23")).unwrap();
    assert!(!cloud.routes.is_empty());
    assert!(cloud.routes.iter().all(|r| r.step_2022 == Correspondence::Judgement && r.iso27001_2013.is_none()));
    // 7.3.3 answers ISO/IEC 27002:2005 11.4.6, withdrawn in 2013: its way rests on our nearest fit.
    let nearest: Vec<_> =
        soa.rows.iter().flat_map(|r| &r.routes).filter(|r| r.control == Control::NetworkConnectionControl).collect();
    assert!(!nearest.is_empty());
    assert!(nearest.iter().all(|r| r.step_2013 == Some(Correspondence::NearestFit) && r.rests_on_judgement()));
}

#[test]
fn the_provider_part_is_inherited_and_marked_stated_or_inferred() {
    let soa = Soa::of(&Register::new(&[Service::IdcfCloud, Service::ObjectStorage], None));
    let clock = soa.row(id("A.8.17")).unwrap();
    assert_eq!(clock.implementation, Implementation::Inherited);
    assert!(clock.customer.is_empty());
    assert!(
        clock.provider.iter().any(|p| p.service == Service::IdcfCloud && p.duties.iter().all(|d| d.duty.is_stated()))
    );
    // Object Storage's back-up duty is our inference, and says so.
    let backup = soa.row(id("A.8.13")).unwrap();
    let storage: Vec<_> = backup.customer.iter().filter(|p| p.service == Service::ObjectStorage).collect();
    assert!(!storage.is_empty() && storage.iter().all(|p| !p.duty.is_stated()));
}

#[test]
fn a_tailored_cell_counts_no_more() {
    let mut overlay = Overlay::new();
    overlay.not_applicable(Service::SelfCloud, Control::Teleworking, Text::new("No telework.", "なし。")).unwrap();
    let tailored = Soa::of(&Register::new(&[Service::SelfCloud], Some(overlay)));
    let plain = Soa::of(&Register::new(&[Service::SelfCloud], None));
    let remote = id("A.6.7");
    assert_eq!(plain.row(remote).unwrap().proposal, Proposal::Applicable);
    // The customer's own not-applicable: its decision to make, with its reason, never the document's.
    let row = tailored.row(remote).unwrap();
    assert_eq!((row.proposal, row.case), (Proposal::MarkedNotApplicable, InheritanceCase::MarkedNotApplicable));
    assert_eq!(row.applicability, Applicability::Undecided);
    assert_eq!(row.implementation, Implementation::DecisionNeeded);
    assert!(row.case_reason.en.contains("No telework."), "{}", row.case_reason.en);
    assert_eq!(row.tailoring.len(), 1);
}

#[test]
fn decisions_round_trip_in_the_register_and_bad_ones_are_refused_with_their_place() {
    let mut register = Register::new(&[Service::SelfCloud], None);
    register.decide(id("A.8.28"), Choice::Exclude, "No software is developed in house.").unwrap();
    let text = register.to_json().unwrap();
    assert!(text.contains("\"A.8.28\""));
    let loaded = Register::from_json(&text).unwrap();
    assert_eq!(loaded, register);
    // A register without decisions writes no `soa` field: older files read and write the same.
    assert!(!Register::new(&[Service::SelfCloud], None).to_json().unwrap().contains("\"soa\""));
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["soa"]["A.8.28"]["justification"] = json!("  ");
    let err = Register::from_json(&v.to_string()).unwrap_err();
    assert!(err.to_string().contains("soa.A.8.28") && err.to_string().contains("justification"), "{err}");
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["soa"] = json!({"A.8.99": {"choice": "exclude", "justification": "x"}});
    assert!(Register::from_json(&v.to_string()).unwrap_err().to_string().contains("A.8.99"));
}

#[test]
fn checked_in_soa_schema_is_current_and_validates() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/soa.schema.json");
    let generated = json::soa_schema();
    if std::env::var_os("UPDATE_PINS").is_some_and(|v| v == "1") {
        std::fs::write(path, &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        on_disk == generated,
        "schema/soa.schema.json differs from json::soa_schema(); run `UPDATE_PINS=1 cargo test`"
    );
    let schema: Value = serde_json::from_str(&generated).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut register = Register::new(&[Service::SelfCloud, Service::ObjectStorage], None);
    register.edit(EditScope::All, Control::InformationBackup, &EntryEdit::new().status(Status::Implemented)).unwrap();
    register.decide(id("A.5.7"), Choice::Exclude, "Out of scope this year.").unwrap();
    let soa = Soa::of(&register);
    let doc: Value = serde_json::from_str(&soa.to_json().unwrap()).unwrap();
    let errors: Vec<String> = validator.iter_errors(&doc).take(5).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    let back: Soa = serde_json::from_str(&soa.to_json().unwrap()).unwrap();
    assert_eq!(back, soa);
    let mut bad = doc.clone();
    bad["rows"][0]["control"] = json!("A.9.1");
    assert!(!validator.is_valid(&bad));
    let mut bad = doc.clone();
    bad["rows"][0]["proposal"] = json!("excluded");
    assert!(!validator.is_valid(&bad));
    let mut bad = doc;
    bad["rows"].as_array_mut().unwrap().truncate(92); // fewer than Annex A's 93
    assert!(!validator.is_valid(&bad));
}

/// A sample statement with a decision of each kind, for `tests/schema/check.sh` to validate with ajv: written to
/// the path in `SOA_SAMPLE_OUT` when it is set.
#[test]
fn a_sample_with_both_decisions_for_ajv() {
    let mut register = Register::new(&[Service::ManagedCloud, Service::ObjectStorage], None);
    register.edit(EditScope::All, Control::InformationBackup, &EntryEdit::new().status(Status::InProgress)).unwrap();
    register.decide(id("A.5.7"), Choice::Include, "Threat feeds reviewed weekly.").unwrap();
    register.decide(id("A.8.28"), Choice::Exclude, "No software is developed in house.").unwrap();
    let text = Soa::of(&register).to_json().unwrap();
    let v: Value = serde_json::from_str(&text).unwrap();
    let decided: Vec<&str> = v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["decided_by"] == "customer")
        .map(|r| r["control"].as_str().unwrap())
        .collect();
    assert_eq!(decided, ["A.5.7", "A.8.28"]);
    if let Some(path) = std::env::var_os("SOA_SAMPLE_OUT") {
        std::fs::write(path, text + "\n").unwrap();
    }
}
