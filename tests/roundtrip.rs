//! Everything the public API builds saves and loads back equal: a matrix (built-in, or tailored by an overlay),
//! an overlay, a register with any edits; and an invalid due date cannot be constructed.
#![cfg(feature = "serde")]

use idcf_responsibility::{
    Control, Matrix, Party, Service, Text,
    plan::{Date, EditScope, EntryEdit, Overlay, Register, Status},
};
use proptest::prelude::*;

/// Text that says something, in any script the crate meets (and a quote, a backslash, a newline).
fn said() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 .,:;\"\\\\\nあ-んア-ン漢字]{0,24}".prop_filter("says something", |s| !s.trim().is_empty())
}

fn text() -> impl Strategy<Value = Text> {
    (said(), said()).prop_map(|(en, ja)| Text::owned(en, ja))
}

fn service() -> impl Strategy<Value = Service> {
    proptest::sample::select(Service::ALL.to_vec())
}

fn control() -> impl Strategy<Value = Control> {
    proptest::sample::select(Control::ALL.to_vec())
}

/// Any date `Date::new` accepts, or none.
fn date() -> impl Strategy<Value = Option<Date>> {
    (0u16..10_001, 0u8..14, 0u8..33).prop_map(|(y, m, d)| Date::new(y, m, d))
}

/// What an overlay can be told: not applicable, a note, removing a duty the cell has.
#[derive(Debug, Clone)]
enum Op {
    NotApplicable(Service, Control, Text),
    Note(Service, Control, Text, Text),
    RemoveDuty(Service, Control, usize, Text),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (service(), control(), text()).prop_map(|(s, c, r)| Op::NotApplicable(s, c, r)),
        (service(), control(), text(), text()).prop_map(|(s, c, t, r)| Op::Note(s, c, t, r)),
        (service(), control(), 0usize..8, text()).prop_map(|(s, c, i, r)| Op::RemoveDuty(s, c, i, r)),
    ]
}

fn overlay_of(ops: &[Op]) -> Overlay {
    let mut overlay = Overlay::new();
    for op in ops {
        match op.clone() {
            Op::NotApplicable(s, c, r) => overlay.not_applicable(s, c, r).unwrap(),
            Op::Note(s, c, text, r) => overlay.note(s, c, text, r).unwrap(),
            Op::RemoveDuty(s, c, index, r) => {
                let duties = Matrix::builtin().cell(s, c).duties();
                if let Some(d) = duties.get(index % duties.len().max(1)) {
                    overlay.remove_duty(s, c, d.clone(), r).unwrap();
                }
            }
        }
    }
    overlay
}

/// One edit of a register entry (`None`: leave the field; `Some(None)`: clear it).
#[derive(Debug, Clone)]
#[allow(clippy::option_option, reason = "keep, clear and set are three cases")]
struct Edit {
    index: usize,
    status: Option<u8>,
    justification: String,
    team: Option<Option<String>>,
    evidence: Vec<String>,
    replace_evidence: bool,
    due: Option<Option<Date>>,
    note: Option<(bool, String)>,
}

fn edit() -> impl Strategy<Value = Edit> {
    (
        0usize..400,
        proptest::option::of(0u8..5),
        said(),
        proptest::option::of(proptest::option::of(said())),
        proptest::collection::vec(said(), 0..3),
        any::<bool>(),
        proptest::option::of(date()),
        proptest::option::of((any::<bool>(), said())),
    )
        .prop_map(|(index, status, justification, team, evidence, replace_evidence, due, note)| Edit {
            index,
            status,
            justification,
            team,
            evidence,
            replace_evidence,
            due,
            note,
        })
}

fn entry_edit(e: &Edit) -> EntryEdit {
    let mut x = EntryEdit::new();
    if let Some(s) = e.status {
        let j = e.justification.clone();
        x = x.status(match s {
            0 => Status::NotStarted,
            1 => Status::InProgress,
            2 => Status::Implemented,
            3 => Status::NotApplicable { justification: j },
            _ => Status::RiskAccepted { justification: j },
        });
    }
    x = match &e.team {
        None => x,
        Some(Some(t)) => x.team(t.clone()),
        Some(None) => x.clear_team(),
    };
    x = if e.replace_evidence {
        x.evidence(e.evidence.clone())
    } else {
        e.evidence.iter().fold(x, |x, r| x.add_evidence(r.clone()))
    };
    x = match e.due {
        None => x,
        Some(Some(d)) => x.due(d),
        Some(None) => x.clear_due(),
    };
    match &e.note {
        None => x,
        Some((true, n)) => x.append_note(n.clone()),
        Some((false, n)) => x.replace_notes(n.clone()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn an_overlay_and_the_matrix_it_tailors_load_back_equal(ops in proptest::collection::vec(op(), 0..6)) {
        let overlay = overlay_of(&ops);
        let text = overlay.to_json().unwrap();
        prop_assert_eq!(&Overlay::from_json(&text).unwrap(), &overlay);
        let tailored = overlay.apply(Matrix::builtin()).matrix;
        prop_assert_eq!(&Matrix::from_json(&tailored.to_json().unwrap()).unwrap(), &tailored);
    }

    #[test]
    fn a_register_with_any_edits_loads_back_equal(
        services in proptest::collection::vec(service(), 1..4),
        ops in proptest::collection::vec(op(), 0..3),
        edits in proptest::collection::vec(edit(), 0..8),
        by_control in proptest::option::of((proptest::option::of(service()), control(), edit())),
    ) {
        let overlay = (!ops.is_empty()).then(|| overlay_of(&ops));
        let mut r = Register::new(&services, overlay);
        for e in &edits {
            let len = r.entries().len();
            if len > 0 {
                r.edit_entry(e.index % len, &entry_edit(e)).unwrap();
            }
        }
        if let Some((s, c, e)) = by_control {
            let before = r.clone();
            if r.edit(s.map_or(EditScope::All, EditScope::Service), c, &entry_edit(&e)).is_err() {
                prop_assert_eq!(&r, &before, "a refused edit changes nothing");
            }
        }
        prop_assert!(r.entries().iter().all(|e| e.duty().party == Party::Customer));
        r.check().unwrap();
        let text = r.to_json().unwrap();
        let loaded = Register::from_json(&text).unwrap();
        prop_assert_eq!(&loaded, &r);
        prop_assert_eq!(loaded.to_json().unwrap(), text);
    }

    #[test]
    fn a_date_exists_only_for_a_calendar_day(y in 0u16..10_001, m in 0u8..14, d in 0u8..33) {
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        let days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        let real = (1..=9999).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days[usize::from(m.max(1)) - 1];
        let made = Date::new(y, m, d);
        prop_assert_eq!(made.is_some(), real);
        let written = format!("{y:04}-{m:02}-{d:02}");
        let parsed = written.parse::<Date>();
        prop_assert_eq!(parsed.is_ok(), real, "{}", written);
        if let Some(date) = made {
            prop_assert_eq!(date.to_string(), written);
            prop_assert_eq!(serde_json::from_str::<Date>(&serde_json::to_string(&date).unwrap()).unwrap(), date);
        } else {
            let quoted = format!("{written:?}");
            prop_assert!(serde_json::from_str::<Date>(&quoted).is_err());
        }
    }

    #[test]
    fn any_other_text_is_no_date(s in "\\PC{0,14}") {
        if let Ok(date) = s.parse::<Date>() {
            prop_assert_eq!(date.to_string(), s);
        }
    }

    #[test]
    fn a_status_reads_back_what_it_writes(j in said(), which in 0u8..5) {
        let j = j.replace([':', '：'], " ");
        prop_assume!(!j.trim().is_empty());
        let status = match which {
            0 => Status::NotStarted,
            1 => Status::InProgress,
            2 => Status::Implemented,
            3 => Status::NotApplicable { justification: j.trim().to_owned() },
            _ => Status::RiskAccepted { justification: j.trim().to_owned() },
        };
        prop_assert_eq!(status.to_string().parse::<Status>().unwrap(), status);
    }
}

#[test]
fn an_invalid_due_date_cannot_reach_a_register() {
    for bad in ["2027-02-29", "2027-13-01", "2027-001-01", "next friday", "", "0000-01-01", "2027-04-31", "2027/4/31"] {
        assert!(bad.parse::<Date>().is_err(), "{bad}");
    }
    // Typed forms parse; JSON reads only YYYY-MM-DD.
    for typed in ["2027-1-01", "２０２７-01-01", "2027/1/1", "2027年1月1日"] {
        assert_eq!(typed.parse::<Date>().unwrap(), Date::new(2027, 1, 1).unwrap(), "{typed}");
    }
    let text = Register::new(&[Service::SelfCloud], None).to_json().unwrap().replacen(
        "\"due\": null",
        "\"due\": \"2027/1/1\"",
        1,
    );
    assert_eq!(Register::from_json(&text).unwrap_err().place(), "entries[0].due");
    // A saved register with such a date is refused at its place, with the date in the cause.
    let text = Register::new(&[Service::SelfCloud], None).to_json().unwrap().replacen(
        "\"due\": null",
        "\"due\": \"2027-02-29\"",
        1,
    );
    let err = Register::from_json(&text).unwrap_err();
    assert_eq!(err.place(), "entries[0].due");
}

/// The index of a cell in the export.
fn at(service: Service, control: Control) -> usize {
    service.index() * Control::COUNT + control.index()
}

#[test]
fn a_hand_edited_copy_gets_its_derived_fields_derived() {
    // A customer takes over the provider's time source for Private Cloud: it edits the duty and leaves out what
    // follows from it (owner, owner basis, stated owner, basis).
    let (service, control) = (Service::PrivateCloud, Control::ClockSynchronization);
    let mut v: serde_json::Value = serde_json::from_str(&Matrix::builtin().to_json().unwrap()).unwrap();
    let cell = &mut v["cells"][at(service, control)];
    cell["duties"][0]["party"] = "customer".into();
    cell["duties"][0]["basis"] = serde_json::json!({"kind": "inferred", "reason": {"en": "Ours.", "ja": "当方。"}});
    for derived in ["owner", "owner_basis", "stated_owner", "basis"] {
        cell.as_object_mut().unwrap().remove(derived);
    }
    let copy = Matrix::from_json(&v.to_string()).unwrap();
    let edited = copy.cell(service, control);
    assert_eq!(edited.owner(), Some(idcf_responsibility::Owner::Customer));
    assert_eq!(edited.stated_owner(), None);
    assert_eq!(edited.basis(), idcf_responsibility::CellBasis::Inferred);
    // Written back, the derived fields are there again, and the copy loads as it is.
    assert_eq!(Matrix::from_json(&copy.to_json().unwrap()).unwrap(), copy);

    // Left in and contradicting, every contradicting field is named at once.
    let cell = &mut v["cells"][at(service, control)];
    cell["owner"] = "provider".into();
    cell["basis"] = "stated".into();
    let err = Matrix::from_json(&v.to_string()).unwrap_err();
    let message = err.to_string();
    assert!(message.contains("owner is provider but the duties give customer"), "{message}");
    assert!(message.contains("basis is stated but the duties give inferred"), "{message}");
    assert!(message.contains("leave the derived fields out"), "{message}");
}

#[test]
fn an_overlay_refuses_a_blank_reason_or_note_when_it_is_built() {
    let mut o = Overlay::new();
    // The customer's text may be in one language; blank in both, it is refused.
    let blank = Text::new(" ", "");
    assert!(o.not_applicable(Service::SelfCloud, Control::Teleworking, blank.clone()).is_err());
    let why = Text::new("Policy.", "方針。");
    assert!(o.note(Service::SelfCloud, Control::Teleworking, blank, why.clone()).is_err());
    assert!(o.note(Service::SelfCloud, Control::Teleworking, why.clone(), Text::new("", "")).is_err());
    assert!(o.overrides().is_empty(), "a refused override is not kept");
}
