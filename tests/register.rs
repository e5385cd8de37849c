//! The implementation register: built from the matrix (with an overlay or without), updated, measured, saved and
//! loaded with validation, and its drift after the dataset changes.
#![cfg(feature = "schemars")]

use idcf_responsibility::{
    Control, Matrix, Party, Service, Text, json,
    plan::{Drift, EditScope, EntryEdit, Overlay, Register, Status},
};
use serde_json::{Value, json};

#[test]
fn one_entry_per_customer_duty_of_each_service() {
    let r = Register::new(&[Service::IdcfCloud, Service::ObjectStorage], None);
    for &s in r.services() {
        let expected: usize =
            Matrix::builtin().for_service(s).iter().map(|c| c.duties_of(Party::Customer).count()).sum();
        assert_eq!(r.entries().iter().filter(|e| e.service() == s).count(), expected, "{s}");
    }
    let p = r.progress();
    assert_eq!(p.total.entries, r.entries().len());
    assert_eq!(p.total.not_started, p.total.entries);
    assert_eq!(p.by_service.iter().map(|(_, c)| c.entries).sum::<usize>(), p.total.entries);
}

#[test]
fn statuses_update_and_count() {
    let mut r = Register::new(&[Service::IdcfCloud, Service::SelfCloud], None);
    assert_eq!(
        r.edit(
            EditScope::All,
            Control::InformationBackup,
            &EntryEdit::new().status(Status::Implemented).append_note("Nightly.")
        )
        .unwrap(),
        2
    );
    let accepted = Status::RiskAccepted { justification: "Accepted by the board.".into() };
    assert_eq!(
        r.edit(Service::SelfCloud, Control::AuditLogging, &EntryEdit::new().status(accepted.clone())).unwrap(),
        1
    );
    assert!(
        r.edit(
            EditScope::All,
            Control::AuditLogging,
            &EntryEdit::new().status(Status::NotApplicable { justification: " ".into() })
        )
        .is_err()
    );
    assert!(
        r.edit(Service::ObjectStorage, Control::AuditLogging, &EntryEdit::new().status(Status::Implemented)).is_err()
    );
    let p = r.progress();
    assert_eq!((p.total.implemented, p.total.risk_accepted, p.total.settled), (2, 1, 3));
    let ops = p.by_chapter.iter().find(|(c, _)| *c == Control::AuditLogging.chapter()).unwrap().1;
    assert_eq!(ops.settled, 3);
    let backup = r.entries().iter().find(|e| e.control() == Control::InformationBackup).unwrap();
    assert_eq!(backup.notes(), Some("Nightly."));
}

#[test]
fn with_an_overlay_the_register_follows_the_tailored_matrix() {
    let mut overlay = Overlay::new();
    overlay.not_applicable(Service::SelfCloud, Control::Teleworking, Text::new("No telework.", "なし。")).unwrap();
    let with = Register::new(&[Service::SelfCloud], Some(overlay));
    let without = Register::new(&[Service::SelfCloud], None);
    assert_eq!(with.entries().len() + 1, without.entries().len());
    assert!(with.drift().is_empty());
}

#[test]
fn registers_round_trip_and_refuse_bad_edits_with_their_place() {
    let mut r = Register::new(&[Service::ObjectStorage], None);
    r.edit(
        EditScope::All,
        Control::InformationBackup,
        &EntryEdit::new().status(Status::InProgress).append_note("Weekly."),
    )
    .unwrap();
    r.edit_entry(0, &EntryEdit::new().add_evidence("TICKET-12").due("2027-02-28".parse().unwrap())).unwrap();
    let text = r.to_json().unwrap();
    let loaded = Register::from_json(&text).unwrap();
    assert_eq!(loaded, r);
    assert_eq!(loaded.to_json().unwrap(), text);

    let v: Value = serde_json::from_str(&text).unwrap();
    let refuse = |edit: &dyn Fn(&mut Value), expect: &str| {
        let mut w = v.clone();
        edit(&mut w);
        let err = Register::from_json(&w.to_string()).unwrap_err();
        let cause = std::error::Error::source(&err).map(ToString::to_string).unwrap_or_default();
        let err = format!("{err}: {cause}");
        assert!(err.contains(expect), "{expect}: {err}");
    };
    refuse(&|w| w["entries"][0]["due"] = json!("2027-02-29"), "invalid date \"2027-02-29\"");
    refuse(
        &|w| w["entries"][0]["status"] = json!({"state": "risk-accepted", "justification": ""}),
        "needs a justification",
    );
    refuse(&|w| w["entries"][0]["status"] = json!({"state": "done"}), "entries[0].status");
    refuse(&|w| w["entries"][0]["service"] = json!("idcf-cloud"), "not one of the register's services");
    refuse(&|w| w["entries"][1] = w["entries"][0].clone(), "has an entry already");
    refuse(&|w| w["entries"][0]["duty"]["party"] = json!("provider"), "customer duties only");
    refuse(&|w| w["services"] = json!([]), "at least one service");
    refuse(&|w| w["entries"][0]["team"] = json!(" "), "not empty");
    refuse(&|w| w["entries"][0]["extra"] = json!(1), "unknown field \"extra\"");
}

#[test]
fn a_register_from_an_older_dataset_loads_and_reports_its_drift() {
    let r = Register::new(&[Service::ObjectStorage], None);
    let mut v: Value = serde_json::from_str(&r.to_json().unwrap()).unwrap();
    v["dataset_version"] = json!("1.1.0");
    // The older dataset had a customer duty that the current one words differently.
    v["entries"][0]["duty"]["text"]["en"] = json!("Keeps track of its assets.");
    let loaded = Register::from_json(&v.to_string()).unwrap();
    assert_eq!(loaded.dataset_version(), "1.1.0");
    let drift = loaded.drift();
    assert_eq!(drift.len(), 2, "{drift:?}");
    assert!(matches!(&drift[0], Drift::Gone { index: 0, .. }));
    assert!(matches!(&drift[1], Drift::Untracked { service: Service::ObjectStorage, .. }));
}

#[test]
fn checked_in_register_schema_is_current_and_validates() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/register.schema.json");
    let generated = json::register_schema();
    if std::env::var_os("UPDATE_PINS").is_some_and(|v| v == "1") {
        std::fs::write(path, &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        on_disk == generated,
        "schema/register.schema.json differs from json::register_schema(); run `UPDATE_PINS=1 cargo test`"
    );
    let schema: Value = serde_json::from_str(&generated).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let doc: Value = serde_json::from_str(&Register::new(&[Service::SelfCloud], None).to_json().unwrap()).unwrap();
    let errors: Vec<String> = validator.iter_errors(&doc).take(5).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    let mut bad = doc.clone();
    bad["entries"][0]["status"] = json!({"state": "not-applicable"});
    assert!(!validator.is_valid(&bad));
}

#[test]
fn a_register_refuses_a_broken_overlay_with_its_place() {
    let mut overlay = Overlay::new();
    overlay.not_applicable(Service::SelfCloud, Control::Teleworking, Text::new("No telework.", "なし。")).unwrap();
    let mut v: Value =
        serde_json::from_str(&Register::new(&[Service::SelfCloud], Some(overlay)).to_json().unwrap()).unwrap();
    // One language is enough for the customer's reason; none is refused.
    v["overlay"]["overrides"][0]["reason"] = json!({"en": " ", "ja": " "});
    let err = Register::from_json(&v.to_string()).unwrap_err();
    assert!(err.to_string().contains("overlay.overrides[0] (self-cloud, 7.6.2)"), "{err}");
}

#[test]
fn a_status_has_its_id_labels_justification_and_parser() {
    use idcf_responsibility::Lang;
    let na = Status::NotApplicable { justification: "No telework.".into() };
    let ra = Status::RiskAccepted { justification: "CISO".into() };
    let all = [Status::NotStarted, Status::InProgress, Status::Implemented, na.clone(), ra.clone()];
    let ids = ["not-started", "in-progress", "implemented", "not-applicable", "risk-accepted"];
    let en = ["not started", "in progress", "implemented", "not applicable", "risk accepted"];
    let ja = ["未着手", "対応中", "実施済み", "対象外", "リスク受容"];
    for (i, s) in all.iter().enumerate() {
        assert_eq!(s.id(), ids[i]);
        assert_eq!(s.label(Lang::En), en[i]);
        assert_eq!(s.label(Lang::Ja), ja[i]);
        assert_eq!(s.is_settled(), i >= 2, "{s}");
    }
    assert_eq!(na.justification(), Some("No telework."));
    assert_eq!(ra.justification(), Some("CISO"));
    assert_eq!(Status::InProgress.justification(), None);
    assert_eq!(na.to_string(), "not-applicable: No telework.");
    assert_eq!(Status::Implemented.to_string(), "implemented");
    // Each label in either language reads as its status; a justification follows a colon of either width.
    for (i, s) in all.iter().enumerate().take(3) {
        for name in [ids[i], en[i], ja[i]] {
            assert_eq!(name.parse::<Status>().unwrap(), *s, "{name}");
        }
    }
    assert_eq!(
        "対象外：テレワークなし".parse::<Status>().unwrap(),
        Status::NotApplicable { justification: "テレワークなし".into() }
    );
    assert_eq!("Risk accepted: CISO".parse::<Status>().unwrap(), ra);
    // A justification is needed by exactly the two statuses that take one, and refused by the others.
    for bad in ["not-applicable", "not-applicable:  ", "リスク受容：", "implemented: done", "進行"] {
        let err = bad.parse::<Status>().unwrap_err();
        assert!(err.to_string().contains(bad), "{bad}: {err}");
    }
}

#[test]
fn each_edit_sets_keeps_or_clears_its_own_field() {
    use idcf_responsibility::plan::{Date, EditError};
    let mut r = Register::new(&[Service::IdcfCloud, Service::SelfCloud], None);
    let backup = |r: &Register, s: Service| {
        r.entries().iter().find(|e| e.service() == s && e.control() == Control::InformationBackup).unwrap().clone()
    };
    let due: Date = "2027-03-31".parse().unwrap();
    let edit = EntryEdit::new().team("Infra").evidence(["runbook.md", "tickets/12"]).due(due).replace_notes("First.");
    assert_eq!(r.edit(Service::IdcfCloud, Control::InformationBackup, &edit), Ok(1));
    let e = backup(&r, Service::IdcfCloud);
    assert_eq!(
        (e.team(), e.evidence(), e.due(), e.notes()),
        (Some("Infra"), &["runbook.md".to_owned(), "tickets/12".to_owned()][..], Some(due), Some("First."))
    );
    assert_eq!(e.status(), &Status::NotStarted, "an edit without a status keeps it");
    // The other service's entry is untouched.
    let other = backup(&r, Service::SelfCloud);
    assert_eq!((other.team(), other.evidence().len(), other.due(), other.notes()), (None, 0, None, None));

    // An empty edit keeps everything; adding evidence appends, a note appends on a new line.
    r.edit(Service::IdcfCloud, Control::InformationBackup, &EntryEdit::new()).unwrap();
    assert_eq!(backup(&r, Service::IdcfCloud), e);
    let more = EntryEdit::new().add_evidence("audit.pdf").append_note("Second.");
    r.edit(Service::IdcfCloud, Control::InformationBackup, &more).unwrap();
    let e = backup(&r, Service::IdcfCloud);
    assert_eq!(e.evidence().last().map(String::as_str), Some("audit.pdf"));
    assert_eq!(e.evidence().len(), 3);
    assert_eq!(e.notes(), Some("First.\nSecond."));
    assert_eq!(e.team(), Some("Infra"));
    // Replacing evidence drops what was there; clearing empties team, due date and notes.
    let reset = EntryEdit::new().evidence(["new.md"]).clear_team().clear_due().clear_notes();
    r.edit(Service::IdcfCloud, Control::InformationBackup, &reset).unwrap();
    let e = backup(&r, Service::IdcfCloud);
    assert_eq!((e.team(), e.evidence(), e.due(), e.notes()), (None, &["new.md".to_owned()][..], None, None));

    // A blank text is refused, naming its field, before anything changes.
    let blanks = [
        (EntryEdit::new().status(Status::RiskAccepted { justification: " ".into() }), "justification"),
        (EntryEdit::new().team(" "), "team"),
        (EntryEdit::new().evidence(["ok", ""]), "evidence"),
        (EntryEdit::new().add_evidence("\t"), "evidence"),
        (EntryEdit::new().append_note(""), "note"),
        (EntryEdit::new().replace_notes(" "), "note"),
    ];
    for (edit, field) in blanks {
        assert_eq!(r.edit(EditScope::All, Control::InformationBackup, &edit), Err(EditError::Blank { field }));
        assert_eq!(r.edit_entry(0, &edit), Err(EditError::Blank { field }));
    }
    assert_eq!(backup(&r, Service::IdcfCloud), e);
    let len = r.entries().len();
    assert_eq!(r.edit_entry(len, &EntryEdit::new()), Err(EditError::NoEntry { index: len, len }));
    // Editing one entry by index changes it and no other.
    let before = r.entries().to_vec();
    r.edit_entry(1, &EntryEdit::new().team("Ops")).unwrap();
    for (i, (a, b)) in before.iter().zip(r.entries()).enumerate() {
        assert_eq!(a == b, i != 1, "entry {i}");
    }
}

/// A hand edit that breaks a register.
type Fault = Box<dyn Fn(&mut Value)>;

/// Deserializing is loading: each fault a hand edit can make is refused by `serde_json::from_str` (what a web
/// framework's `Json<Register>` calls) as by `Register::from_json`, naming the register and the place.
#[test]
fn serde_refuses_what_the_loader_refuses() {
    let mut overlay = Overlay::new();
    overlay.not_applicable(Service::SelfCloud, Control::Teleworking, Text::new("No telework.", "なし。")).unwrap();
    let register = Register::new(&[Service::SelfCloud, Service::ObjectStorage], Some(overlay));
    let good: Value = serde_json::from_str(&register.to_json().unwrap()).unwrap();
    assert_eq!(serde_json::from_value::<Register>(good.clone()).unwrap(), register);
    let faults: Vec<(&str, Fault)> = vec![
        ("entries[0]", Box::new(|v| v["entries"][0]["team"] = json!(" "))),
        ("entries[0]", Box::new(|v| v["entries"][0]["notes"] = json!(""))),
        ("entries[0]", Box::new(|v| v["entries"][0]["evidence"] = json!(["ok", "\t"]))),
        (
            "entries[0]",
            Box::new(|v| v["entries"][0]["status"] = json!({"state": "risk-accepted", "justification": " "})),
        ),
        ("entries[0]", Box::new(|v| v["entries"][0]["duty"]["party"] = json!("provider"))),
        ("entries[0]", Box::new(|v| v["entries"][0]["service"] = json!("idcf-cloud"))),
        ("entries[1]", Box::new(|v| v["entries"][1] = v["entries"][0].clone())),
        ("services", Box::new(|v| v["services"] = json!([]))),
        ("services[1]", Box::new(|v| v["services"] = json!(["self-cloud", "self-cloud"]))),
        ("overlay.overrides[0]", Box::new(|v| v["overlay"]["overrides"][0]["reason"] = json!({"en": " "}))),
        ("soa.A.5.7", Box::new(|v| v["soa"] = json!({"A.5.7": {"choice": "include", "justification": " "}}))),
    ];
    for (place, fault) in faults {
        let mut v = good.clone();
        fault(&mut v);
        let text = v.to_string();
        let loaded = Register::from_json(&text).expect_err(place);
        assert_eq!(loaded.place().split(' ').next(), Some(place), "{loaded}");
        let typed = serde_json::from_str::<Register>(&text).expect_err(place).to_string();
        assert!(typed.starts_with(&format!("invalid register at {place}")), "{place}: {typed}");
    }
    // An entry and an overlay on their own, too.
    let entry = serde_json::to_value(&register.entries()[0]).unwrap();
    let mut blank = entry.clone();
    blank["team"] = json!(" ");
    assert!(serde_json::from_value::<idcf_responsibility::plan::Entry>(entry).is_ok());
    assert!(serde_json::from_value::<idcf_responsibility::plan::Entry>(blank).is_err());
    let mut overlay = good["overlay"].clone();
    overlay["overrides"][0]["reason"] = json!({"ja": ""});
    assert!(Overlay::from_json(&overlay.to_string()).is_err());
    assert!(serde_json::from_value::<Overlay>(overlay).is_err());
}

/// Refusals name what the register covers and, for each service asked for, who owns a control that leaves the
/// customer nothing to do.
#[test]
fn refused_edits_name_the_covered_services_and_each_owner() {
    let mut r = Register::new(&[Service::IdcfCloud, Service::ObjectStorage], None);
    let err = r.edit(Service::SelfCloud, Control::InformationBackup, &EntryEdit::new()).unwrap_err();
    assert_eq!(err.to_string(), "self-cloud is not in the register; it covers idcf-cloud, object-storage");
    let err = r.edit(EditScope::All, Control::ClockSynchronization, &EntryEdit::new()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "section 6.8.6 has no customer duty in the register for idcf-cloud (the provider owns it), object-storage (the provider owns it)"
    );
    let err = r.edit(Service::ObjectStorage, Control::BackupFunction, &EntryEdit::new()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "section 6.5.2 has no customer duty in the register for object-storage (not applicable)"
    );
}

/// A misspelt status gets the closest, in the language it was typed in; a word close to nothing gets none.
#[test]
fn a_misspelt_status_gets_the_closest_in_its_own_language() {
    let suggestions = |input: &str| match input.parse::<Status>() {
        Err(idcf_responsibility::ParseError::Unknown { suggestions, .. }) => suggestions,
        other => panic!("{input}: {other:?}"),
    };
    assert_eq!(suggestions("implemnted"), ["implemented"]);
    assert_eq!(suggestions("not-startd"), ["not-started"]);
    // Japanese input gets the Japanese labels (実施 is close to aliases of three statuses).
    let ja = suggestions("実施");
    assert!(ja.contains(&"実施済み") && ja.iter().all(|s| !s.is_ascii()), "{ja:?}");
    assert!(suggestions("zzzzzzzzzzzz").is_empty());
}

/// An entry holds work as soon as any one of its fields leaves the state `init` wrote.
#[test]
fn an_entry_holds_work_through_any_one_field() {
    let fresh = || Register::new(&[Service::SelfCloud], None);
    assert!(!fresh().holds_work());
    let date: idcf_responsibility::plan::Date = "2027-03-31".parse().unwrap();
    for edit in [
        EntryEdit::new().status(Status::InProgress),
        EntryEdit::new().team("Ops"),
        EntryEdit::new().add_evidence("WIKI-1"),
        EntryEdit::new().due(date),
        EntryEdit::new().append_note("Asked the vendor."),
    ] {
        let mut r = fresh();
        r.edit_entry(0, &edit).unwrap();
        assert!(r.entries()[0].holds_work() && r.holds_work(), "{edit:?}");
        assert!(r.entries()[1..].iter().all(|e| !e.holds_work()));
    }
}

/// A retired entry (kept with its work after a rebase) is checked on load like any entry: each fault alone is
/// refused, naming the retired entry.
#[test]
fn a_retired_entry_with_any_one_fault_is_refused() {
    let r = Register::new(&[Service::SelfCloud], None);
    let mut base: Value = serde_json::from_str(&r.to_json().unwrap()).unwrap();
    let entry = base["entries"][0].clone();
    base["retired"] = json!([entry.clone()]);
    assert!(Register::from_json(&base.to_string()).is_ok(), "a sound retired entry loads");
    let faults: [(&str, Value); 5] = [
        ("team", json!("  ")),
        ("notes", json!(" ")),
        ("evidence", json!(["WIKI-1", " "])),
        ("status", json!({"state": "not-applicable", "justification": " "})),
        ("duty", {
            let mut d = entry["duty"].clone();
            d["party"] = json!("provider");
            d
        }),
    ];
    for (field, value) in faults {
        let mut bad = base.clone();
        bad["retired"][0][field] = value;
        let err = Register::from_json(&bad.to_string()).expect_err(field).to_string();
        assert!(err.contains("retired[0]"), "{field}: {err}");
    }
}
