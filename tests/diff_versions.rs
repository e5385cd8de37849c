//! `Matrix::diff_from_json` against real exports of the published dataset versions (1.0.0, 1.1.0, 2.0.0, 3.0.0, made by
//! this repository's history; TESTING.md says how): every owner, stated owner, applicability and basis change is
//! reported and no other, duties are counted, and a warning names both versions. Nothing here assumes which
//! version is the crate's own.
#![cfg(feature = "serde")]

use idcf_responsibility::{CellBasis, Control, DATASET_VERSION, Matrix, Owner, Service, diff::Change};
use serde_json::Value;

const FIXTURES: [(&str, &str); 4] = [
    ("1.0.0", include_str!("fixtures/matrix-1.0.0.json")),
    ("1.1.0", include_str!("fixtures/matrix-1.1.0.json")),
    ("2.0.0", include_str!("fixtures/matrix-2.0.0.json")),
    ("3.0.0", include_str!("fixtures/matrix-3.0.0.json")),
];

fn owner(v: &Value) -> Option<Owner> {
    v.as_str().map(|s| s.parse().unwrap())
}

/// The basis an export writes: 1.0.0's object `{kind: stated | inferred}` or a later version's string.
fn basis(v: &Value) -> CellBasis {
    let id = v.get("kind").unwrap_or(v).as_str().unwrap();
    match id {
        "stated" => CellBasis::Stated,
        "partly-inferred" => CellBasis::PartlyInferred,
        "inferred" => CellBasis::Inferred,
        "tailored" => CellBasis::Tailored,
        other => panic!("basis {other}"),
    }
}

#[test]
fn each_version_is_named_and_warned_about() {
    for (version, text) in FIXTURES {
        let diff = Matrix::builtin().diff_from_json(text).unwrap();
        assert_eq!(diff.from_version, version);
        assert_eq!(diff.to_version, DATASET_VERSION);
        if version == DATASET_VERSION {
            assert_eq!(diff.warning, None);
            assert!(diff.cells.is_empty(), "the crate's own export differs from it");
        } else {
            let warning = diff.warning.unwrap();
            assert!(warning.contains(version) && warning.contains(DATASET_VERSION), "{warning}");
            if version.starts_with("1.") {
                // 2.0.0 reworded every text and rescoped the duties.
                assert!(diff.cells.len() > 300, "{version}: {} cells changed", diff.cells.len());
            }
        }
    }
}

#[test]
fn owner_stated_owner_applicability_and_basis_changes_are_exactly_those_of_the_files() {
    let m = Matrix::builtin();
    for (version, text) in FIXTURES {
        let diff = m.diff_from_json(text).unwrap();
        let file: Value = serde_json::from_str(text).unwrap();
        let writes_stated = file["cells"][0].get("stated_owner").is_some();
        let mut expected = Vec::new();
        for cell in file["cells"].as_array().unwrap() {
            let service: Service = cell["service"].as_str().unwrap().parse().unwrap();
            let control: Control = cell["control"].as_str().unwrap().parse().unwrap();
            let now = m.cell(service, control);
            let mut changes = Vec::new();
            let applicable = cell["applicable"].as_bool().unwrap();
            if applicable != now.is_applicable() {
                changes.push(Change::Applicability { from: applicable, to: now.is_applicable() });
            }
            if owner(&cell["owner"]) != now.owner() {
                changes.push(Change::Owner { from: owner(&cell["owner"]), to: now.owner() });
            }
            if writes_stated && owner(&cell["stated_owner"]) != now.stated_owner() {
                changes.push(Change::StatedOwner { from: owner(&cell["stated_owner"]), to: now.stated_owner() });
            }
            if basis(&cell["basis"]) != now.basis() {
                changes.push(Change::Basis { from: basis(&cell["basis"]), to: now.basis() });
            }
            if !changes.is_empty() {
                expected.push(((service, control), changes));
            }
        }
        let reported: Vec<_> = diff
            .cells
            .iter()
            .map(|c| {
                let kept = c.changes.iter().filter(|x| {
                    matches!(
                        x,
                        Change::Applicability { .. }
                            | Change::Owner { .. }
                            | Change::StatedOwner { .. }
                            | Change::Basis { .. }
                    )
                });
                ((c.service, c.control), kept.cloned().collect::<Vec<_>>())
            })
            .filter(|(_, changes)| !changes.is_empty())
            .collect();
        assert_eq!(reported, expected, "{version}");
        if !writes_stated {
            assert!(diff.warning.unwrap().contains("writes no stated owner"), "{version}");
        }
    }
}

#[test]
fn duties_removed_and_added_balance_each_cell() {
    let m = Matrix::builtin();
    for (version, text) in FIXTURES {
        let diff = m.diff_from_json(text).unwrap();
        let file: Value = serde_json::from_str(text).unwrap();
        for cell in file["cells"].as_array().unwrap() {
            let service: Service = cell["service"].as_str().unwrap().parse().unwrap();
            let control: Control = cell["control"].as_str().unwrap().parse().unwrap();
            let (old, new) = (cell["duties"].as_array().unwrap().len(), m.cell(service, control).duties().len());
            let changes = diff.cells.iter().find(|c| (c.service, c.control) == (service, control)).map(|c| &c.changes);
            let count = |f: fn(&Change) -> bool| changes.map_or(0, |c| c.iter().filter(|x| f(x)).count());
            let removed = count(|x| matches!(x, Change::DutyRemoved { .. } | Change::OlderDutyRemoved { .. }));
            let added = count(|x| matches!(x, Change::DutyAdded { .. }));
            assert_eq!(old + added, new + removed, "{version} {service} {}", control.section());
        }
    }
}

#[test]
fn an_older_vocabulary_is_reported_as_that_version_wrote_it() {
    // 1.0.0 named a provider's notice `notifies`, a kind this crate no longer has: the duty is reported with that
    // version's kind and text, never dropped or translated.
    let diff = Matrix::builtin().diff_from_json(FIXTURES[0].1).unwrap();
    let cell = diff
        .cells
        .iter()
        .find(|c| (c.service, c.control) == (Service::IdcfCloud, "2.1.2".parse::<Control>().unwrap()))
        .unwrap();
    assert!(cell.changes.iter().any(|c| matches!(
        c,
        Change::OlderDutyRemoved { kind, text, .. } if kind == "notifies" && text.en == "Provides documentation on its cloud services."
    )));
}

#[test]
fn another_dataset_or_a_broken_file_is_refused_with_its_place() {
    let mut v: Value = serde_json::from_str(FIXTURES[0].1).unwrap();
    v["dataset"]["name"] = "something-else".into();
    let err = Matrix::builtin().diff_from_json(&v.to_string()).unwrap_err();
    assert_eq!(err.place(), "dataset.name");
    let mut v: Value = serde_json::from_str(FIXTURES[0].1).unwrap();
    v["cells"][3]["owner"] = "landlord".into();
    let err = Matrix::builtin().diff_from_json(&v.to_string()).unwrap_err();
    assert!(err.to_string().contains("cells[3]") && err.to_string().contains("landlord"), "{err}");
    let mut v: Value = serde_json::from_str(FIXTURES[1].1).unwrap();
    v["cells"].as_array_mut().unwrap().pop();
    let err = Matrix::builtin().diff_from_json(&v.to_string()).unwrap_err();
    assert!(err.to_string().contains("missing cell"), "{err}");
}
