//! The register's progress, pinned on a known register: the counts and percentages every report prints, by
//! service, by chapter and in all, and the overlay a register keeps.

use idcf_responsibility::{
    Chapter, Control, Party, Service, Text,
    plan::{Counts, Entry, EntryEdit, Overlay, Register, Status},
};

/// The counts of some statuses, computed here without `Counts::add`.
fn expected<'a>(statuses: impl Iterator<Item = &'a Status>) -> [usize; 7] {
    let mut c = [0; 7];
    for s in statuses {
        c[0] += 1;
        let i = match s {
            Status::NotStarted => 1,
            Status::InProgress => 2,
            Status::Implemented => 3,
            Status::NotApplicable { .. } => 4,
            Status::RiskAccepted { .. } => 5,
            other => panic!("unexpected status {other:?}"),
        };
        c[i] += 1;
        if i >= 3 {
            c[6] += 1;
        }
    }
    c
}

fn fields(c: &Counts) -> [usize; 7] {
    [c.entries, c.not_started, c.in_progress, c.implemented, c.not_applicable, c.risk_accepted, c.settled]
}

/// A register of two services with every status present.
fn known() -> (Register, Overlay) {
    let mut overlay = Overlay::new();
    overlay
        .note(
            Service::IdcfCloud,
            Control::InformationBackup,
            Text::new("Copies go to a second region.", "複製は別リージョンに置く。"),
            Text::new("Our back-up design.", "当方のバックアップ設計。"),
        )
        .unwrap();
    let mut r = Register::new(&[Service::ObjectStorage, Service::IdcfCloud], Some(overlay.clone()));
    let n = r.edit(Service::ObjectStorage, Control::InformationBackup, &EntryEdit::new().status(Status::Implemented));
    assert_eq!(n, Ok(1));
    r.edit(Service::IdcfCloud, Control::AuditLogging, &EntryEdit::new().status(Status::InProgress)).unwrap();
    let na = Status::NotApplicable { justification: "No telework, by policy.".into() };
    r.edit(Service::IdcfCloud, Control::Teleworking, &EntryEdit::new().status(na)).unwrap();
    let last = r.entries().len() - 1;
    let accepted = Status::RiskAccepted { justification: "Accepted by the CISO.".into() };
    r.edit_entry(last, &EntryEdit::new().status(accepted)).unwrap();
    (r, overlay)
}

#[test]
fn the_register_keeps_its_overlay() {
    let (r, overlay) = known();
    assert_eq!(r.overlay(), Some(&overlay));
    assert_eq!(Register::new(&[Service::SelfCloud], None).overlay(), None);
}

#[test]
fn totals_count_every_status_once() {
    let (r, _) = known();
    let p = r.progress();
    let want = expected(r.entries().iter().map(Entry::status));
    assert_eq!(fields(&p.total), want);
    // Every status is present, and the settled ones are implemented, not applicable and risk accepted.
    assert!(want.iter().all(|&n| n > 0), "{want:?}");
    assert_eq!(p.total.implemented, 1);
    assert_eq!(p.total.risk_accepted, 1);
    assert_eq!(
        p.total.in_progress,
        r.entries()
            .iter()
            .filter(|e| e.control() == Control::AuditLogging && e.service() == Service::IdcfCloud)
            .count()
    );
    assert_eq!(p.total.settled, p.total.implemented + p.total.not_applicable + p.total.risk_accepted);
    assert_eq!(p.total.entries, r.entries().len());
    assert_eq!(p.total.percent_settled(), p.total.settled * 100 / p.total.entries);
    assert!(p.total.percent_settled() < 100);
}

#[test]
fn by_service_and_by_chapter_split_the_totals() {
    let (r, _) = known();
    let p = r.progress();
    assert_eq!(p.by_service.iter().map(|(s, _)| *s).collect::<Vec<_>>(), [Service::ObjectStorage, Service::IdcfCloud]);
    for (service, counts) in &p.by_service {
        let want = expected(r.entries().iter().filter(|e| e.service() == *service).map(Entry::status));
        assert_eq!(fields(counts), want, "{service}");
    }
    let os = p.by_service[0].1;
    assert_eq!((os.implemented, os.in_progress, os.not_applicable), (1, 0, 0));
    let chapters: Vec<Chapter> = p.by_chapter.iter().map(|(c, _)| *c).collect();
    let mut with_entries: Vec<Chapter> =
        Chapter::ALL.iter().copied().filter(|&ch| r.entries().iter().any(|e| e.control().chapter() == ch)).collect();
    with_entries.sort();
    assert_eq!(chapters, with_entries, "chapters with entries, in document order, none empty");
    for (chapter, counts) in &p.by_chapter {
        let want = expected(r.entries().iter().filter(|e| e.control().chapter() == *chapter).map(Entry::status));
        assert_eq!(fields(counts), want, "{chapter:?}");
        assert!(counts.entries > 0);
        assert_eq!(counts.percent_settled(), counts.settled * 100 / counts.entries);
    }
    let sum = |f: fn(&Counts) -> usize| p.by_chapter.iter().map(|(_, c)| f(c)).sum::<usize>();
    assert_eq!(sum(|c| c.settled), p.total.settled);
    assert_eq!(sum(|c| c.entries), p.total.entries);
}

#[test]
fn percentages_round_down_and_an_empty_or_finished_group_is_100() {
    let mut r = Register::new(&[Service::ObjectStorage], None);
    let total = r.entries().len();
    assert!(total >= 3);
    assert_eq!(r.progress().total.percent_settled(), 0);
    // One entry settled of `total`: the floor of 100 / total, never rounded up.
    r.edit_entry(0, &EntryEdit::new().status(Status::Implemented)).unwrap();
    let p = r.progress().total;
    assert_eq!((p.settled, p.entries), (1, total));
    assert_eq!(p.percent_settled(), 100 / total);
    // In progress is not settled.
    r.edit_entry(1, &EntryEdit::new().status(Status::InProgress)).unwrap();
    assert_eq!(r.progress().total.percent_settled(), 100 / total);
    for i in 0..total {
        r.edit_entry(i, &EntryEdit::new().status(Status::Implemented)).unwrap();
    }
    assert_eq!(r.progress().total.percent_settled(), 100);
    assert_eq!(Counts::default().percent_settled(), 100);
    assert!(r.entries().iter().all(|e| e.duty().party == Party::Customer));
}
