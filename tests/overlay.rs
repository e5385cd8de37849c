//! Tailoring overlays: typed construction, JSON round trips, conflicts after the dataset changes, hand edits
//! refused with their place, and the checked-in schema.
#![cfg(feature = "schemars")]

use idcf_responsibility::{
    Basis, CellBasis, Control, Duty, DutyKind, Layer, Matrix, Owner, OwnerBasis, Party, Role, Scope, Service, Text,
    diff::Change,
    json,
    plan::{Overlay, Tailoring},
};
use serde_json::{Value, json};

fn sample() -> Overlay {
    let mut overlay = Overlay::new();
    let role = Role::new(Party::Customer, DutyKind::Performs, Layer::CustomerEnvironment, Scope::AllServices, 1);
    let duty = Duty::new(role, Basis::Stated, Text::new("Runs its own NTP source.", "自社のNTPを使う。"));
    overlay
        .add_duty(Service::PrivateCloud, Control::ClockSynchronization, duty, Text::new("Our policy.", "自社方針。"))
        .unwrap();
    overlay
        .not_applicable(Service::SelfCloud, Control::Teleworking, Text::new("No telework.", "テレワークなし。"))
        .unwrap();
    overlay
        .note(
            Service::IdcfCloud,
            Control::InformationBackup,
            Text::new("Nightly copies to another region.", "毎晩、別リージョンへ複製。"),
            Text::new("Our plan.", "計画。"),
        )
        .unwrap();
    overlay
}

#[test]
fn an_overlay_tailors_owners_and_bases() {
    let t = sample().apply(Matrix::builtin());
    assert!(t.conflicts.is_empty());
    let clock = t.matrix.cell(Service::PrivateCloud, Control::ClockSynchronization);
    assert_eq!(clock.owner(), Some(Owner::Shared));
    assert_eq!(clock.stated_owner(), Some(Owner::Provider), "the document's word is unchanged");
    assert_eq!(clock.owner_basis(), Some(OwnerBasis::Tailored));
    assert_eq!(clock.basis(), CellBasis::Tailored);
    let added = clock.duties().iter().find(|d| d.party == Party::Customer).unwrap();
    assert!(added.basis.is_tailored() && !added.is_stated() && !added.basis.is_inferred());
    let telework = t.matrix.cell(Service::SelfCloud, Control::Teleworking);
    assert!(!telework.is_applicable());
    assert!(telework.not_applicable_basis().unwrap().is_tailored());
    // Other services are untouched, and the note changes no cell.
    assert_eq!(
        t.matrix.cell(Service::IdcfCloud, Control::Teleworking),
        Matrix::builtin().cell(Service::IdcfCloud, Control::Teleworking)
    );
    let diff = sample().diff();
    assert_eq!(diff.len(), 2);
    assert!(diff.iter().any(|d| d.changes.contains(&Change::Applicability { from: true, to: false })));
}

#[test]
fn overlays_round_trip_as_json() {
    let overlay = sample();
    let text = overlay.to_json().unwrap();
    let loaded = Overlay::from_json(&text).unwrap();
    assert_eq!(loaded, overlay);
    assert_eq!(loaded.to_json().unwrap(), text);
    assert_eq!(loaded.notes(Service::IdcfCloud, Control::InformationBackup).count(), 1);
}

#[test]
fn an_overlay_from_an_older_dataset_loads_and_reports_conflicts() {
    // Simulate an overlay made against an older dataset: its snapshot of 6.8.6 for Private Cloud had the customer
    // carry the NTP duty, and an override removes a duty that the current dataset no longer has.
    let mut v: Value = serde_json::from_str(&sample().to_json().unwrap()).unwrap();
    v["dataset_version"] = json!("1.1.0");
    let base = &mut v["overrides"][0]["base"];
    base["duties"][0]["party"] = json!("customer");
    base["owner"] = json!("customer");
    base["owner_basis"] = json!("derived-from-stated");
    base["stated_owner"] = json!("customer");
    let mut gone = v["overrides"][2].clone();
    gone["change"] = json!({"kind": "remove-duty", "duty": v["overrides"][0]["change"]["duty"].clone()});
    v["overrides"].as_array_mut().unwrap().push(gone);
    let overlay = Overlay::from_json(&v.to_string()).unwrap();
    assert_eq!(overlay.dataset_version(), "1.1.0");

    let t = overlay.apply(Matrix::builtin());
    assert_eq!(t.conflicts.len(), 2, "{:?}", t.conflicts);
    let changed = &t.conflicts[0];
    assert_eq!(
        (changed.service, changed.control, changed.index),
        (Service::PrivateCloud, Control::ClockSynchronization, 0)
    );
    assert!(changed.applied);
    assert!(
        changed.changes.contains(&Change::Owner { from: Some(Owner::Customer), to: Some(Owner::Provider) }),
        "{:?}",
        changed.changes
    );
    let missing = &t.conflicts[1];
    assert_eq!((missing.index, missing.applied), (3, false));
    // The overrides without conflict still apply.
    assert!(!t.matrix.cell(Service::SelfCloud, Control::Teleworking).is_applicable());
}

#[test]
fn hand_edits_that_break_an_overlay_are_refused_with_their_place() {
    let text = sample().to_json().unwrap();
    let v: Value = serde_json::from_str(&text).unwrap();
    let refuse = |edit: &dyn Fn(&mut Value), expect: &str| {
        let mut w = v.clone();
        edit(&mut w);
        let err = Overlay::from_json(&w.to_string()).unwrap_err();
        let cause = std::error::Error::source(&err).map(ToString::to_string).unwrap_or_default();
        let err = format!("{err}: {cause}");
        assert!(err.contains(expect), "{err}");
    };
    // A reason in one language is enough (the other prints as missing); in neither, it is refused.
    let mut one = v.clone();
    one["overrides"][1]["reason"] = json!({"ja": "テレワークなし。"});
    let loaded = Overlay::from_json(&one.to_string()).expect("a reason in Japanese only loads");
    assert_eq!(loaded.overrides()[1].reason().get(idcf_responsibility::Lang::En), "(no English text given)");
    refuse(&|w| w["overrides"][1]["reason"] = json!({"en": "", "ja": " "}), "overrides[1] (self-cloud, 7.6.2)");
    refuse(&|w| w["overrides"][1]["reason"] = json!({}), "overrides[1] (self-cloud, 7.6.2)");
    refuse(
        &|w| w["overrides"][0]["change"]["duty"]["sentence"] = json!(7),
        "sentence 7 is not a sentence of section 6.8.6",
    );
    refuse(
        &|w| w["overrides"][0]["base"]["owner"] = json!("customer"),
        "owner is customer but the duties give provider",
    );
    refuse(&|w| w["overrides"][0]["surprise"] = json!(1), "unknown field \"surprise\"");
    refuse(&|w| w["overrides"][2]["base"] = v["overrides"][1]["base"].clone(), "another service or control");
    refuse(
        &|w| w["overrides"][2]["change"] = json!({"kind": "note", "text": {"en": " ", "ja": ""}}),
        "note needs its text",
    );
}

#[test]
fn removing_a_duty_needs_the_duty() {
    let cell = Matrix::builtin().cell(Service::IdcfCloud, Control::ClockSynchronization);
    let mut other = Matrix::builtin().cell(Service::IdcfCloud, Control::InformationBackup).duties()[0].clone();
    other.sentence = 1;
    let err = Overlay::new().remove_duty(Service::IdcfCloud, cell.control(), other, Text::new("r", "r")).unwrap_err();
    assert!(err.problem.contains("no duty"), "{err}");
    assert!(matches!(sample().overrides()[1].change(), Tailoring::NotApplicable));
}

#[test]
fn checked_in_overlay_schema_is_current_and_validates() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/overlay.schema.json");
    let generated = json::overlay_schema();
    if std::env::var_os("UPDATE_PINS").is_some_and(|v| v == "1") {
        std::fs::write(path, &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        on_disk == generated,
        "schema/overlay.schema.json differs from json::overlay_schema(); run `UPDATE_PINS=1 cargo test`"
    );
    let schema: Value = serde_json::from_str(&generated).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let doc: Value = serde_json::from_str(&sample().to_json().unwrap()).unwrap();
    let errors: Vec<String> = validator.iter_errors(&doc).take(5).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    let mut bad = doc.clone();
    bad["overrides"][0]["change"]["kind"] = json!("rename");
    assert!(!validator.is_valid(&bad));
}

#[test]
fn notes_belong_to_their_own_cell() {
    let overlay = sample();
    let notes: Vec<_> = overlay.notes(Service::IdcfCloud, Control::InformationBackup).collect();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].en, "Nightly copies to another region.");
    // The same control for another service, and another control for the same service, have no note; neither has
    // the cell the overlay adds a duty to.
    assert_eq!(overlay.notes(Service::SelfCloud, Control::InformationBackup).count(), 0);
    assert_eq!(overlay.notes(Service::IdcfCloud, Control::ClockSynchronization).count(), 0);
    assert_eq!(overlay.notes(Service::PrivateCloud, Control::ClockSynchronization).count(), 0);
}

#[test]
fn a_duty_to_remove_matches_in_party_kind_sentence_and_wording() {
    let (service, control) = (Service::IdcfCloud, Control::ClockSynchronization);
    let cell = Matrix::builtin().cell(service, control);
    let duty = cell.duties()[0].clone();
    let reason = || Text::new("Our policy.", "自社方針。");
    // Each field that names the duty, changed alone, makes it another duty the cell does not have.
    let mut party = duty.clone();
    party.party = if duty.party == Party::Customer { Party::Provider } else { Party::Customer };
    let mut kind = duty.clone();
    kind.kind = *DutyKind::ALL.iter().find(|&&k| k != duty.kind).unwrap();
    let mut sentence = duty.clone();
    sentence.sentence = duty.sentence + 40;
    let mut wording = duty.clone();
    wording.text = Text::new("Something else.", "別の役割。");
    for other in [party, kind, sentence, wording] {
        assert!(!cell.duties().contains(&other));
        let err = Overlay::new().remove_duty(service, control, other.clone(), reason()).unwrap_err();
        assert!(err.problem.contains("no duty"), "{other:?}: {err}");
    }
    // The duty itself is removed, and only it.
    let mut overlay = Overlay::new();
    overlay.remove_duty(service, control, duty.clone(), reason()).unwrap();
    let t = overlay.apply(Matrix::builtin());
    assert!(t.conflicts.is_empty(), "{:?}", t.conflicts);
    let after = t.matrix.cell(service, control);
    assert_eq!(after.duties().len(), cell.duties().len() - 1);
    assert!(!after.duties().contains(&duty));
}
