//! Copies of the register brought back (`plan::merge`, feature `xlsx`): the three-way merge of the plan and Statement of Applicability
//! workbook imports (two teams' copies land in either order; a row changed on both sides is a conflict with both
//! values, refused unless a side is chosen), `Register::rebase` (work kept across a new overlay or dataset
//! version, retired entries, keys stable), and the `idcf` program's `import-xlsx --prefer`, `rebase` and
//! `init --force` refusal. Workbooks are edited by another writer, as in `tests/plan_xlsx.rs`.

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader as _, Xlsx, open_workbook_from_rs};
use idcf_responsibility::plan::merge::{OnConflict, Revision, Side};
use idcf_responsibility::plan::workbook::{self, Field, WorkbookError};
use idcf_responsibility::{
    Control, Lang, Matrix, Party, Service, Text,
    iso::Iso2022Control,
    plan::{EntryEdit, Overlay, Register, Status},
    soa::{self, Choice, Decision, Soa, SoaControl},
};
use rust_xlsxwriter::Workbook;

const STATUS: u16 = 7;
const TEAM: u16 = 9;
const EVIDENCE: u16 = 10;
const NOTES: u16 = 12;
const KEY: u16 = 13;

/// Copies every sheet's cells into a new workbook, with the cells `edits` names (sheet, row, column from 0) set to
/// a text (empty: left out): a workbook saved by another program.
fn rewrite(bytes: &[u8], edits: &[(usize, u32, u16, &str)]) -> Vec<u8> {
    let mut xlsx: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    let mut out = Workbook::new();
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    for (s, name) in xlsx.sheet_names().into_iter().enumerate() {
        let range = xlsx.worksheet_range(&name).unwrap();
        let ws = out.add_worksheet();
        ws.set_name(&name).unwrap();
        let (rows, cols) = range.end().unwrap();
        for row in 0..=rows {
            for col in 0..=cols {
                let c = col as u16;
                if let Some((.., t)) = edits.iter().find(|(es, er, ec, _)| *es == s && *er == row && *ec == c) {
                    if !t.is_empty() {
                        ws.write_string(row, c, *t).unwrap();
                    }
                    continue;
                }
                match range.get_value((row, col)) {
                    Some(Data::String(t)) => {
                        ws.write_string(row, c, t).unwrap();
                    }
                    Some(Data::DateTime(d)) => {
                        ws.write_number_with_format(row, c, d.as_f64(), &date).unwrap();
                    }
                    _ => {}
                }
            }
        }
    }
    out.save_to_buffer().unwrap()
}

fn register() -> Register {
    Register::new(&[Service::IdcfCloud, Service::ObjectStorage], None)
}

/// The sheet and row (from 0) of an entry.
fn place(r: &Register, index: usize) -> (usize, u32) {
    let e = &r.entries()[index];
    let sheet = r.services().iter().position(|s| *s == e.service()).unwrap();
    let row = r.entries()[..index].iter().filter(|x| x.service() == e.service()).count() as u32 + 1;
    (sheet, row)
}

/// An entry's index by service and control (its first duty there).
fn index(r: &Register, service: Service, control: Control) -> usize {
    r.entries().iter().position(|e| e.service() == service && e.control() == control).unwrap()
}

/// The cell text of a workbook.
fn cell(bytes: &[u8], sheet: usize, row: u32, col: u16) -> String {
    let mut xlsx: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    let name = xlsx.sheet_names()[sheet].clone();
    match xlsx.worksheet_range(&name).unwrap().get_value((row, u32::from(col))) {
        Some(Data::String(s)) => s.clone(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn two_teams_editing_different_rows_land_both_in_either_order() {
    let r = register();
    let en = workbook::xlsx(&r, Lang::En).unwrap();
    let ja = workbook::xlsx(&r, Lang::Ja).unwrap();
    let ops = index(&r, Service::IdcfCloud, Control::TechnicalVulnerabilities);
    let net = index(&r, Service::ObjectStorage, Control::InformationBackup);
    let (so, ro) = place(&r, ops);
    let (sn, rn) = place(&r, net);
    let ops_copy = rewrite(
        &en,
        &[(so, ro, STATUS, "実施済み"), (so, ro, EVIDENCE, "脆弱性管理手順 VM-01"), (so, ro, TEAM, "Ops")],
    );
    let net_copy = rewrite(&ja, &[(sn, rn, STATUS, "対応中"), (sn, rn, TEAM, "Network")]);
    let ops_first = workbook::import(&r, &ops_copy, "ops.xlsx").unwrap().register;
    let ops_then_net = workbook::import(&ops_first, &net_copy, "net.xlsx").unwrap();
    let net_first = workbook::import(&r, &net_copy, "net.xlsx").unwrap().register;
    let net_then_ops = workbook::import(&net_first, &ops_copy, "ops.xlsx").unwrap();
    assert_eq!(ops_then_net.register, net_then_ops.register);
    let both = &ops_then_net.register;
    assert_eq!(both.entries()[ops].status(), &Status::Implemented);
    assert_eq!(both.entries()[ops].evidence(), ["脆弱性管理手順 VM-01"]);
    assert_eq!(both.entries()[ops].team(), Some("Ops"));
    assert_eq!(both.entries()[net].status(), &Status::InProgress);
    assert_eq!(both.entries()[net].team(), Some("Network"));
    // The second import changed only its own row: the older copy undid nothing.
    assert!(ops_then_net.changes.iter().all(|c| c.entry == Some(net)), "{:?}", ops_then_net.changes);
    assert!(net_then_ops.changes.iter().all(|c| c.entry == Some(ops)), "{:?}", net_then_ops.changes);
    assert!(ops_then_net.settled.is_empty());
    // Every other entry is as it was.
    for (i, e) in both.entries().iter().enumerate().filter(|(i, _)| *i != ops && *i != net) {
        assert_eq!(e, &r.entries()[i]);
    }
}

#[test]
fn an_older_untouched_copy_leaves_newer_work_alone() {
    let r = register();
    let old_copy = workbook::xlsx(&r, Lang::En).unwrap();
    let mut newer = r.clone();
    newer.edit_entry(3, &EntryEdit::new().status(Status::Implemented).add_evidence("VM-01").team("Ops")).unwrap();
    let imported = workbook::import(&newer, &old_copy, "old.xlsx").unwrap();
    assert_eq!(imported.register, newer);
    assert_eq!(imported.changes, []);
    // The same edit made on both sides is no conflict and no change.
    let (s, row) = place(&r, 3);
    let same =
        rewrite(&old_copy, &[(s, row, STATUS, "implemented"), (s, row, EVIDENCE, "VM-01"), (s, row, TEAM, " Ops ")]);
    let imported = workbook::import(&newer, &same, "same.xlsx").unwrap();
    assert_eq!(imported.register, newer);
    assert_eq!(imported.changes, []);
}

#[test]
fn a_row_changed_on_both_sides_is_refused_with_both_values_unless_a_side_is_chosen() {
    let r = register();
    let copy = workbook::xlsx(&r, Lang::En).unwrap();
    let mut newer = r.clone();
    newer.edit_entry(3, &EntryEdit::new().status(Status::Implemented).add_evidence("VM-01")).unwrap();
    newer.edit_entry(5, &EntryEdit::new().team("Ops")).unwrap();
    let (s, row) = place(&r, 3);
    // Row 3 changed in both, differently; row 5 only in the register; another row only in the workbook.
    let (s7, row7) = place(&r, 7);
    let edited = rewrite(
        &copy,
        &[(s, row, STATUS, "in progress"), (s, row, NOTES, "Waiting for the vendor."), (s7, row7, TEAM, "Network")],
    );
    let err = workbook::import(&newer, &edited, "plan.xlsx").unwrap_err();
    assert!(matches!(err, WorkbookError::Conflicted { .. }), "{err}");
    assert!(err.faults().is_empty());
    let conflicts = err.conflicts();
    assert_eq!(conflicts.len(), 1, "{err}");
    let c = &conflicts[0];
    assert_eq!((c.sheet.as_str(), c.row, c.entry, c.kept), ("IDCF Cloud", row + 1, Some(3), None));
    let fields: Vec<(Field, Option<&str>, Option<&str>)> =
        c.fields.iter().map(|d| (d.field, d.register.as_deref(), d.workbook.as_deref())).collect();
    assert_eq!(
        fields,
        [
            (Field::Status, Some("implemented"), Some("in-progress")),
            (Field::Evidence, Some("VM-01"), None),
            (Field::Notes, None, Some("Waiting for the vendor.")),
        ]
    );
    let message = err.to_string();
    assert!(message.starts_with("workbook plan.xlsx refused, nothing changed; 1 row changed both"), "{message}");
    assert!(
        message.contains(&format!(
            "IDCF Cloud row {} (entry 4, §{}): status: register implemented, workbook in-progress; evidence: register VM-01, workbook (empty)",
            row + 1,
            r.entries()[3].control().section()
        )),
        "{message}"
    );
    // The workbook wins: its row applied, the conflict reported; the register's other edit stays.
    let taken = workbook::import_resolving(&newer, &edited, "plan.xlsx", OnConflict::Prefer(Side::Workbook)).unwrap();
    assert_eq!(taken.settled.len(), 1);
    assert_eq!(taken.settled[0].kept, Some(Side::Workbook));
    assert!(taken.settled[0].to_string().ends_with(" — the workbook's kept"), "{}", taken.settled[0]);
    let e = &taken.register.entries()[3];
    assert_eq!((e.status(), e.evidence(), e.notes()), (&Status::InProgress, &[][..], Some("Waiting for the vendor.")));
    assert_eq!(taken.register.entries()[5].team(), Some("Ops"));
    assert_eq!(taken.register.entries()[7].team(), Some("Network"));
    // The register wins: its row kept, the rest of the workbook applied.
    let kept = workbook::import_resolving(&newer, &edited, "plan.xlsx", OnConflict::Prefer(Side::Register)).unwrap();
    assert_eq!(kept.settled[0].kept, Some(Side::Register));
    assert_eq!(kept.register.entries()[3], newer.entries()[3]);
    assert_eq!(kept.register.entries()[5].team(), Some("Ops"));
    assert_eq!(kept.register.entries()[7].team(), Some("Network"));
    assert_eq!(kept.changes.len(), 1);
}

#[test]
fn a_row_without_its_base_conflicts_where_it_differs_and_old_keys_are_refused() {
    let r = register();
    let copy = workbook::xlsx(&r, Lang::En).unwrap();
    let mut newer = r.clone();
    newer.edit_entry(0, &EntryEdit::new().team("Ops")).unwrap();
    let (s, row) = place(&r, 0);
    let key = cell(&copy, s, row, KEY);
    let (bare, revision) = key.split_once('@').unwrap();
    assert_eq!(Revision::parse(revision), Some(Revision::of_entry(&r.entries()[0])));
    let bare: &'static str = Box::leak(bare.to_owned().into_boxed_str());
    // Without the base, the same values are no conflict, other values are.
    let same = rewrite(&workbook::xlsx(&newer, Lang::En).unwrap(), &[(s, row, KEY, bare)]);
    assert_eq!(workbook::import(&newer, &same, "plan.xlsx").unwrap().register, newer);
    let differ = rewrite(&copy, &[(s, row, KEY, bare)]);
    let err = workbook::import(&newer, &differ, "plan.xlsx").unwrap_err();
    assert_eq!(err.conflicts().len(), 1, "{err}");
    // A key of the earlier form: refused, saying to export again.
    let err =
        workbook::import(&r, &rewrite(&copy, &[(s, row, KEY, "plan1/0123/3.0.0/0/idcf-cloud/3.1.1/s1")]), "p.xlsx")
            .unwrap_err();
    assert!(err.to_string().contains("export the workbook again"), "{err}");
}

fn a(id: &str) -> Iso2022Control {
    Iso2022Control::from_id(id).unwrap()
}

/// The statement sheet's header row (from 0): after the title, the customer's header lines and the notice.
const SOA_HEADER_ROW: u32 = 7;

/// The statement sheet's row (from 0) of a control: after the header row, a heading row per theme.
fn soa_row(control: Iso2022Control) -> u32 {
    let themes_before = idcf_responsibility::iso::Theme::ALL.iter().position(|t| *t == control.theme()).unwrap() as u32;
    control.index() as u32 + SOA_HEADER_ROW + 2 + themes_before
}

/// The column (from 0) whose English header is `name`: the Japanese workbook has its columns in the same places.
fn soa_col(en: &[u8], name: &str) -> u16 {
    (0..60u16).find(|&c| cell(en, 0, SOA_HEADER_ROW, c) == name).unwrap()
}

#[test]
fn soa_decisions_merge_three_ways() {
    let mut r = register();
    r.decide(a("A.5.7"), Choice::Include, "Feeds read weekly.").unwrap();
    let en = soa::xlsx(&Soa::of(&r), Lang::En).unwrap();
    let ja = soa::xlsx(&Soa::of(&r), Lang::Ja).unwrap();
    let (decision, why) = (soa_col(&en, "decision"), soa_col(&en, "justification"));
    let dev = a("A.8.25");
    let tele = a("A.6.7");
    let one = rewrite(&en, &[(0, soa_row(dev), decision, "exclude"), (0, soa_row(dev), why, "No development.")]);
    let two = rewrite(&ja, &[(0, soa_row(tele), decision, "除外"), (0, soa_row(tele), why, "在宅勤務なし。")]);
    let a_then_b = idcf_responsibility::soa::import(&r, &one, "one.xlsx").unwrap().register;
    let a_then_b = idcf_responsibility::soa::import(&a_then_b, &two, "two.xlsx").unwrap();
    let b_then_a = idcf_responsibility::soa::import(&r, &two, "two.xlsx").unwrap().register;
    let b_then_a = idcf_responsibility::soa::import(&b_then_a, &one, "one.xlsx").unwrap();
    assert_eq!(a_then_b.register, b_then_a.register);
    let d = a_then_b.register.soa_decisions();
    assert_eq!(d[&SoaControl::from(dev)], Decision::new(Choice::Exclude, "No development."));
    assert_eq!(d[&SoaControl::from(tele)], Decision::new(Choice::Exclude, "在宅勤務なし。"));
    assert_eq!(d[&SoaControl::from(a("A.5.7"))], Decision::new(Choice::Include, "Feeds read weekly."));
    assert_eq!(a_then_b.changes.len(), 1);
    // Both sides changed A.5.7: a conflict, with both values.
    let mut newer = r.clone();
    newer.decide(a("A.5.7"), Choice::Exclude, "No threat feeds.").unwrap();
    let withdrawn = rewrite(&en, &[(0, soa_row(a("A.5.7")), decision, ""), (0, soa_row(a("A.5.7")), why, "")]);
    let err = idcf_responsibility::soa::import(&newer, &withdrawn, "soa.xlsx").unwrap_err();
    assert_eq!(err.conflicts().len(), 1, "{err}");
    assert!(
        err.to_string().contains("(A.5.7): decision: register exclude: No threat feeds., workbook (empty)"),
        "{err}"
    );
    let taken =
        idcf_responsibility::soa::import_resolving(&newer, &withdrawn, "soa.xlsx", OnConflict::Prefer(Side::Workbook))
            .unwrap();
    assert!(!taken.register.soa_decisions().contains_key(&SoaControl::from(a("A.5.7"))));
    assert_eq!(taken.settled.len(), 1);
    let kept =
        idcf_responsibility::soa::import_resolving(&newer, &withdrawn, "soa.xlsx", OnConflict::Prefer(Side::Register))
            .unwrap();
    assert_eq!(kept.register, newer);
    // An old copy, untouched there, leaves the newer decision alone.
    assert_eq!(idcf_responsibility::soa::import(&newer, &en, "old.xlsx").unwrap().register, newer);
    // A workbook without its hidden revision column has no base: a row that differs from the register conflicts,
    // one that agrees does not.
    let revision_col = soa_col(&en, "revision");
    let no_base = rewrite(&en, &[(0, SOA_HEADER_ROW, revision_col, "")]);
    let err = idcf_responsibility::soa::import(&newer, &no_base, "soa.xlsx").unwrap_err();
    assert_eq!(err.conflicts().len(), 1, "{err}");
    assert_eq!(idcf_responsibility::soa::import(&r, &no_base, "soa.xlsx").unwrap().register, r);
}

#[test]
fn revisions_are_pinned_and_read_values_as_the_workbook_does() {
    // Pinned: a change would make every workbook written before it read as changed on every row.
    let r = register();
    assert_eq!(Revision::of_entry(&r.entries()[0]).to_string(), "732258626ff8038f");
    assert_eq!(Revision::of_soa_row(None, None).to_string(), "b0c8a1a1cc34c7d3");
    let mut a = r.clone();
    let mut b = r.clone();
    a.edit_entry(0, &EntryEdit::new().evidence(["T-1", "T-2"]).replace_notes("x\r\ny")).unwrap();
    b.edit_entry(0, &EntryEdit::new().evidence(["T-1\nT-2"]).replace_notes("x\ny")).unwrap();
    assert_eq!(Revision::of_entry(&a.entries()[0]), Revision::of_entry(&b.entries()[0]));
    b.edit_entry(0, &EntryEdit::new().evidence(["T-1T-2"])).unwrap();
    assert_ne!(Revision::of_entry(&a.entries()[0]), Revision::of_entry(&b.entries()[0]));
}

/// The keys of a register's workbook, by entry.
fn keys(r: &Register) -> Vec<String> {
    let book = workbook::xlsx(r, Lang::En).unwrap();
    let mut xlsx: Xlsx<_> = open_workbook_from_rs(Cursor::new(book)).unwrap();
    let names = xlsx.sheet_names();
    let ranges: Vec<_> = names.iter().map(|n| xlsx.worksheet_range(n).unwrap()).collect();
    (0..r.entries().len())
        .map(|i| {
            let (s, row) = place(r, i);
            match ranges[s].get_value((row, u32::from(KEY))) {
                Some(Data::String(k)) => k.split_once('@').unwrap().0.to_owned(),
                other => panic!("{other:?}"),
            }
        })
        .collect()
}

/// An overlay that removes the customer duty of entry `gone` and adds one to the backup cell of object storage.
fn overlay(r: &Register, gone: usize) -> Overlay {
    let mut o = Overlay::new();
    let e = &r.entries()[gone];
    o.remove_duty(e.service(), e.control(), e.duty().clone(), Text::new("Not ours.", "対象外。")).unwrap();
    let mut duty = Matrix::builtin()
        .cell(Service::ObjectStorage, Control::InformationBackup)
        .duties_of(Party::Customer)
        .next()
        .unwrap()
        .clone();
    duty.text = Text::new("Keeps a second copy off site.", "別拠点にも複製を置く。");
    o.add_duty(Service::ObjectStorage, Control::InformationBackup, duty, Text::new("Our policy.", "自社方針。"))
        .unwrap();
    o
}

#[test]
fn keys_are_unique_and_do_not_depend_on_the_entry_index_or_the_overlay() {
    let all = Register::new(Service::ALL, None);
    let k = keys(&all);
    let mut unique = k.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), k.len(), "a key twice");
    let r = register();
    let tailored = Register::new(r.services(), Some(overlay(&r, 2)));
    let tk = keys(&tailored);
    for (i, e) in r.entries().iter().enumerate().filter(|(i, _)| *i != 2) {
        let j = tailored
            .entries()
            .iter()
            .position(|t| t.duty() == e.duty() && t.service() == e.service() && t.control() == e.control())
            .unwrap();
        assert_eq!(tk[j], keys(&r)[i]);
    }
    assert!(tk.iter().any(|k| k.starts_with("plan2/object-storage/6.5.1/t")), "{tk:?}");
}

#[test]
fn a_rebase_onto_a_new_overlay_keeps_the_work_and_retires_what_is_gone() {
    let mut r = register();
    let done = EntryEdit::new()
        .status(Status::Implemented)
        .team("Ops")
        .add_evidence("VM-01")
        .due("2027-03-31".parse().unwrap());
    r.edit_entry(0, &done).unwrap();
    r.edit_entry(2, &EntryEdit::new().status(Status::InProgress).append_note("Started.")).unwrap();
    r.decide(a("A.5.7"), Choice::Include, "Feeds read weekly.").unwrap();
    let before_rebase = workbook::xlsx(&r, Lang::En).unwrap();
    let moved = r.rebase(Some(overlay(&r, 2)));
    let new = &moved.register;
    // Entry 2's duty is gone: retired with its work, listed.
    assert_eq!(moved.retired, [0]);
    assert_eq!(new.retired()[0], r.entries()[2]);
    // The added duty: a new entry, not started.
    assert_eq!(moved.added.len(), 1);
    let added = &new.entries()[moved.added[0]];
    assert_eq!((added.control(), added.status()), (Control::InformationBackup, &Status::NotStarted));
    // Every other entry kept with all its fields, the decisions kept.
    assert_eq!(new.entries().len(), r.entries().len());
    for e in r.entries().iter().enumerate().filter(|(i, _)| *i != 2).map(|(_, e)| e) {
        assert!(new.entries().contains(e), "{e:?} lost");
    }
    assert_eq!(new.soa_decisions(), r.soa_decisions());
    assert!(moved.changed.is_empty());
    // Reports show the retired entry with its work.
    let md = idcf_responsibility::plan::report::markdown(new, Lang::En);
    assert!(md.contains("## Retired entries"), "{md}");
    assert!(md.contains("in progress; Started."), "{md}");
    let html = idcf_responsibility::plan::report::html(new, Lang::Ja);
    assert!(html.contains("退役した項目"));
    assert!(new.drift().is_empty());
    // A workbook written before the rebase imports after it: its edit on a kept row lands; the retired row is named.
    let (s, row) = place(&r, 1);
    let edited = rewrite(&before_rebase, &[(s, row, TEAM, "Network")]);
    let imported = workbook::import(new, &edited, "plan.xlsx").unwrap();
    assert_eq!(imported.changes.len(), 1, "{:?}", imported.changes);
    let j = new.entries().iter().position(|e| e == &r.entries()[1]).unwrap();
    assert_eq!(imported.register.entries()[j].team(), Some("Network"));
    // Its retired row, filled in: refused, naming it (a retired entry takes no edits).
    let (s2, row2) = place(&r, 2);
    let filled = rewrite(&before_rebase, &[(s2, row2, TEAM, "Network")]);
    let err = workbook::import(new, &filled, "plan.xlsx").unwrap_err();
    let f = &err.faults()[0];
    assert_eq!((err.faults().len(), f.row), (1, Some(row2 + 1)), "{err}");
    assert!(f.to_string().contains("is of a retired entry"), "{err}");
    // A row deleted from it is still refused: the hidden sheet of keys says which rows it had.
    let err = workbook::import(new, &rewrite(&before_rebase, &[(s, row, KEY, ""), (s, row, TEAM, "")]), "p.xlsx")
        .unwrap_err();
    assert!(err.faults().iter().any(|f| f.to_string().contains("has no row")), "{err}");
    let fresh = workbook::xlsx(new, Lang::En).unwrap();
    let (ns, nrow) = place(new, j);
    assert_eq!(cell(&fresh, ns, nrow, KEY), cell(&edited, s, row, KEY), "the key of an unchanged duty moved");
    // Back onto no overlay: the retired entry is restored with its work, the added one retired.
    let back = new.rebase(None);
    assert_eq!(back.restored.len(), 1);
    assert_eq!(back.register.entries(), r.entries());
    assert_eq!(back.register.retired().len(), 1);
    assert_eq!(back.register.retired()[0].control(), Control::InformationBackup);
}

#[test]
fn a_rebase_from_an_older_dataset_lists_changed_added_and_retired() {
    let mut r = register();
    r.edit_entry(0, &EntryEdit::new().team("Ops")).unwrap();
    r.edit_entry(1, &EntryEdit::new().team("Net")).unwrap();
    r.edit_entry(2, &EntryEdit::new().team("Sec")).unwrap();
    let json = r.to_json().unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v["dataset_version"] = "2.0.0".into();
    let entries = v["entries"].as_array_mut().unwrap();
    // Entry 0: its duty's wording changed since. Entry 1: its duty's layer (its identity) changed: gone.
    entries[0]["duty"]["text"]["en"] = "An older wording.".into();
    let other_layer = if entries[1]["duty"]["layer"] == "portal" { "customer-environment" } else { "portal" };
    entries[1]["duty"]["layer"] = other_layer.into();
    // The last entry: not tracked by the older register.
    entries.pop();
    let old = Register::from_json(&v.to_string()).unwrap();
    assert!(!old.drift().is_empty());
    let moved = old.rebase(old.overlay().cloned());
    let new = &moved.register;
    assert_eq!(new.dataset_version(), idcf_responsibility::DATASET_VERSION);
    assert!(new.drift().is_empty(), "{:?}", new.drift());
    assert_eq!(moved.changed.len(), 1);
    assert_eq!(moved.changed[0].index, 0);
    assert_eq!(moved.changed[0].before.text.en, "An older wording.");
    assert_eq!(new.entries()[0].team(), Some("Ops"));
    assert_eq!(new.entries()[0].duty(), r.entries()[0].duty());
    // Flagged for review, in the register and its reports, until marked reviewed.
    assert_eq!(new.entries()[0].review().map(|d| d.text.en.as_ref()), Some("An older wording."));
    assert!(new.entries().iter().skip(1).all(|e| e.review().is_none()));
    let md = idcf_responsibility::plan::report::markdown(new, Lang::En);
    assert!(md.contains("## To review") && md.contains("recorded against: An older wording."), "{md}");
    let mut reviewed = new.clone();
    reviewed.edit_entry(0, &EntryEdit::new().reviewed()).unwrap();
    assert!(reviewed.entries()[0].review().is_none());
    assert_eq!(reviewed.entries()[0].team(), Some("Ops"));
    assert_eq!(moved.retired, [0]);
    assert_eq!(new.retired()[0].team(), Some("Net"));
    assert_eq!(moved.added.len(), 2, "the duty of entry 1 and the last");
    assert_eq!(new.entries()[2].team(), Some("Sec"));
    assert_eq!(Register::from_json(&new.to_json().unwrap()).unwrap(), *new);
}

// The program.

fn idcf(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_idcf")).args(args).output().expect("idcf runs");
    let text = |b: Vec<u8>| String::from_utf8(b).expect("utf-8");
    (out.status.code().expect("an exit code"), text(out.stdout), text(out.stderr))
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("plan_merge").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn init_force_refuses_a_register_that_holds_work_unless_told_again() {
    let dir = scratch("init");
    let file = dir.join("plan.json");
    assert_eq!(idcf(&["register", "init", s(&file), "object-storage"]).0, 0);
    // Nothing recorded yet: --force overwrites.
    assert_eq!(idcf(&["register", "init", s(&file), "object-storage", "self-cloud", "--force"]).0, 0);
    let (code, _, err) = idcf(&["register", "set", s(&file), "6.5.1", "--status", "implemented"]);
    assert_eq!(code, 0, "{err}");
    let before = std::fs::read(&file).unwrap();
    let (code, out, err) = idcf(&["register", "init", s(&file), "object-storage", "--force"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("holds work (2 entries with a status"), "{err}");
    assert!(err.contains("register rebase") && err.contains("--force --discard-work"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), before, "the register changed");
    // --discard-work alone is refused by the parser.
    assert_eq!(idcf(&["register", "init", s(&file), "object-storage", "--discard-work"]).0, 2);
    let (code, _, err) = idcf(&["register", "init", s(&file), "object-storage", "--force", "--discard-work"]);
    assert_eq!(code, 0, "{err}");
    assert!(!Register::from_json(&std::fs::read_to_string(&file).unwrap()).unwrap().holds_work());
    // `set --reviewed` is an edit of its own (it clears the flag a rebase sets on a changed duty).
    let (code, out, err) = idcf(&["register", "set", s(&file), "6.5.1", "--reviewed"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("marked reviewed"), "{out}");
}

#[test]
fn the_program_refuses_a_conflict_with_exit_2_settles_it_on_request_and_rebases() {
    let dir = scratch("conflict");
    let file = dir.join("plan.json");
    let book = dir.join("plan.xlsx");
    assert_eq!(idcf(&["register", "init", s(&file), "object-storage"]).0, 0);
    assert_eq!(idcf(&["register", "export-xlsx", s(&file), s(&book)]).0, 0);
    let (code, _, err) = idcf(&["register", "set", s(&file), "6.5.1", "--team", "Ops"]);
    assert_eq!(code, 0, "{err}");
    let r = Register::from_json(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let i = index(&r, Service::ObjectStorage, Control::InformationBackup);
    let (sheet, row) = place(&r, i);
    let edited = dir.join("edited.xlsx");
    std::fs::write(&edited, rewrite(&std::fs::read(&book).unwrap(), &[(sheet, row, TEAM, "Network")])).unwrap();
    let before = std::fs::read(&file).unwrap();
    let (code, out, err) = idcf(&["register", "import-xlsx", s(&file), s(&edited)]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("team: register Ops, workbook Network"), "{err}");
    assert!(err.contains("--prefer workbook or --prefer register"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), before);
    let (code, out, err) = idcf(&["register", "import-xlsx", s(&file), s(&edited), "--prefer", "workbook"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("conflict settled: Object Storage row") && out.contains("the workbook's kept"), "{out}");
    let r = Register::from_json(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(r.entries()[i].team(), Some("Network"));

    // Rebase onto an overlay that removes that duty: retired with its work, listed; the file moved.
    let overlay_file = dir.join("overlay.json");
    let mut o = Overlay::new();
    let e = &r.entries()[i];
    o.remove_duty(e.service(), e.control(), e.duty().clone(), Text::new("Backups are the vendor's.", "委託。"))
        .unwrap();
    std::fs::write(&overlay_file, o.to_json().unwrap()).unwrap();
    let (code, out, err) = idcf(&["register", "rebase", s(&file), "--overlay", s(&overlay_file), "--dry-run"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("would move onto dataset version"), "{out}");
    assert_eq!(Register::from_json(&std::fs::read_to_string(&file).unwrap()).unwrap(), r, "a dry run wrote");
    let (code, out, err) = idcf(&["register", "rebase", s(&file), "--overlay", s(&overlay_file)]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("retired, its duty is gone (kept with its work): object-storage §6.5.1"), "{out}");
    assert!(out.contains("team Network"), "{out}");
    assert!(out.contains("1 retired"), "{out}");
    let moved = Register::from_json(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(moved.retired()[0].team(), Some("Network"));
    assert!(moved.overlay().is_some());
    // The workbook exported before the rebase still imports: its row of the retired entry, untouched, is skipped.
    let (code, out, err) = idcf(&["register", "import-xlsx", s(&file), s(&book)]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(": 0 change(s) from "), "{out}");
}
