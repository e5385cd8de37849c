//! Diffs between the built-in matrix and edited copies.
#![cfg(feature = "serde")]

use idcf_responsibility::{Capability, Control, Matrix, Owner, Service, diff::Change};
use serde_json::{Value, json};

fn edited(edit: impl FnOnce(&mut Value)) -> Matrix {
    let mut v: Value = serde_json::from_str(&Matrix::builtin().to_json().unwrap()).unwrap();
    edit(&mut v);
    Matrix::from_json(&v.to_string()).unwrap()
}

fn index(service: Service, control: Control) -> usize {
    service.index() * Control::COUNT + control.index()
}

#[test]
fn reordering_duties_is_no_change() {
    let copy = edited(|v| {
        let duties = v["cells"][index(Service::IdcfCloud, Control::MaliciousCode)]["duties"].as_array_mut().unwrap();
        duties.reverse();
    });
    assert_ne!(&copy, Matrix::builtin(), "the order did change");
    assert!(Matrix::builtin().diff(&copy).is_empty());
}

#[test]
fn applicability_owner_and_capability_changes_are_listed() {
    // Make Object Storage's 6.5.2 applicable again, with the document's duties.
    let copy = edited(|v| {
        let from = v["cells"][index(Service::IdcfCloud, Control::BackupFunction)].clone();
        let cell = &mut v["cells"][index(Service::ObjectStorage, Control::BackupFunction)];
        cell["applicable"] = json!(true);
        cell["not_applicable"] = json!(null);
        cell["duties"] = from["duties"].clone();
        for d in cell["duties"].as_array_mut().unwrap() {
            d["scope"] = json!("all-services");
        }
        cell["owner"] = json!("shared");
        cell["owner_basis"] = json!("derived-from-stated");
        cell["stated_owner"] = json!("shared");
        cell["basis"] = json!("partly-inferred");
    });
    let diff = Matrix::builtin().diff(&copy);
    assert_eq!(diff.len(), 1);
    let changes = &diff[0].changes;
    assert_eq!(changes[0], Change::Applicability { from: false, to: true });
    assert_eq!(changes[1], Change::Owner { from: None, to: Some(Owner::Shared) });
    assert_eq!(changes[2], Change::StatedOwner { from: None, to: Some(Owner::Shared) });
    assert!(matches!(changes[3], Change::Basis { .. }));
    assert_eq!(changes.iter().filter(|c| matches!(c, Change::DutyAdded { .. })).count(), 3);
    assert!(changes.contains(&Change::CapabilityAdded { capability: Capability::BackupFunction }));
    // And back: the reverse diff mirrors it.
    let back = copy.diff(Matrix::builtin());
    assert!(back[0].changes.contains(&Change::CapabilityRemoved { capability: Capability::BackupFunction }));
    assert!(back[0].changes.contains(&Change::Applicability { from: true, to: false }));
}
