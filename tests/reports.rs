//! What the register produces: Markdown, HTML, CSV and (feature `xlsx`) the workbook list the open duties first,
//! carry every entry with its status, team, evidence, due date, notes and citation, and read back.

use idcf_responsibility::plan::report;
use idcf_responsibility::{
    Control, Lang, Service,
    plan::{EditScope, EntryEdit, Register, Status},
};

/// A register with every status, and team, evidence, due date and notes on the settled back-up entries.
fn sample() -> Register {
    let mut r = Register::new(&[Service::IdcfCloud, Service::ObjectStorage], None);
    r.edit(
        EditScope::All,
        Control::InformationBackup,
        &EntryEdit::new().status(Status::Implemented).append_note("Nightly, \"tested\", monthly."),
    )
    .unwrap();
    r.edit(Service::IdcfCloud, Control::AuditLogging, &EntryEdit::new().status(Status::InProgress)).unwrap();
    let na = Status::NotApplicable { justification: "No telework, by policy.".into() };
    r.edit(EditScope::All, Control::Teleworking, &EntryEdit::new().status(na.clone())).unwrap();
    let filled = EntryEdit::new()
        .team("Platform team")
        .evidence(["TICKET-12", "wiki/backup"])
        .due("2027-03-31".parse().unwrap());
    r.edit(EditScope::All, Control::InformationBackup, &filled).unwrap();
    r
}

#[test]
fn open_first_puts_not_started_then_in_progress_before_settled() {
    let r = sample();
    let order = report::open_first(&r);
    assert_eq!(order.len(), r.entries().len());
    let ranks: Vec<u8> = order
        .iter()
        .map(|(_, e)| match e.status() {
            Status::NotStarted => 0,
            Status::InProgress => 1,
            _ => 2,
        })
        .collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{ranks:?}");
    assert!(ranks.contains(&0) && ranks.contains(&1) && ranks.contains(&2));
    // Within a status, the register's order.
    let not_started: Vec<usize> =
        order.iter().filter(|(_, e)| *e.status() == Status::NotStarted).map(|(i, _)| *i).collect();
    assert!(not_started.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn markdown_lists_open_duties_first_with_every_field() {
    let r = sample();
    for &lang in Lang::ALL {
        let md = report::markdown(&r, lang);
        assert_eq!(md, report::markdown(&r, lang), "deterministic");
        let open = md.find(["## Open duties", "## 未完了の職務"][usize::from(lang == Lang::Ja)]).unwrap();
        let settled = md.find(["## Settled duties", "## 完了した職務"][usize::from(lang == Lang::Ja)]).unwrap();
        assert!(open < settled);
        let (open_part, settled_part) = md.split_at(settled);
        let implemented = Status::Implemented.label(lang);
        assert!(!open_part[open..].contains(&format!("| {implemented} |")));
        assert!(
            settled_part.contains(&format!("| {implemented} | Platform team | TICKET-12; wiki/backup | 2027-03-31 |"))
        );
        assert!(open_part.contains(Status::InProgress.label(lang)));
        let na =
            format!("{}: No telework, by policy.", Status::NotApplicable { justification: "x".into() }.label(lang));
        assert!(settled_part.contains(&na), "{lang}: justification with the status");
        let citation = ["§6.5.1, sentence", "§6.5.1 第"][usize::from(lang == Lang::Ja)];
        assert!(settled_part.contains(citation));
        let rows = md.lines().filter(|l| l.starts_with("| ") && l.contains(" | §")).count();
        assert_eq!(rows, r.entries().len(), "{lang}: a row per entry");
    }
    // Progress: by service and chapter, settled counted.
    let md = report::markdown(&r, Lang::En);
    let p = r.progress();
    assert!(md.contains(&format!(
        "| All services | {} | {} | {} |",
        p.total.entries, p.total.not_started, p.total.in_progress
    )));
}

#[test]
fn html_is_self_contained_and_lists_open_duties_first() {
    let r = sample();
    for &lang in Lang::ALL {
        let page = report::html(&r, lang);
        assert_eq!(page, report::html(&r, lang));
        assert!(page.contains(&format!("<html lang=\"{lang}\">")));
        assert!(!page.contains("src=") && !page.contains("href=") && !page.contains("<script"));
        let statuses: Vec<&str> =
            page.match_indices("data-status=\"").map(|(i, m)| page[i + m.len()..].split('"').next().unwrap()).collect();
        assert_eq!(statuses.len(), r.entries().len());
        let first_settled = statuses.iter().position(|s| !matches!(*s, "not-started" | "in-progress")).unwrap();
        assert!(statuses[first_settled..].iter().all(|s| !matches!(*s, "not-started" | "in-progress")));
        assert!(page.contains("&quot;tested&quot;"), "notes are escaped");
    }
}

/// The CSV's records, after the byte-order mark.
fn records(text: &str) -> Vec<csv::StringRecord> {
    let body = text.strip_prefix('\u{feff}').expect("a byte-order mark first");
    csv::ReaderBuilder::new().has_headers(false).from_reader(body.as_bytes()).records().map(Result::unwrap).collect()
}

#[test]
fn csv_reads_back_in_both_languages() {
    let r = sample();
    let en = records(&report::csv(&r, Lang::En));
    let ja = records(&report::csv(&r, Lang::Ja));
    assert_eq!(en.len(), 1 + r.entries().len());
    assert_eq!(ja.len(), en.len());
    assert_eq!(&en[0][0], "entry");
    assert_eq!(&ja[0][7], "状況");
    assert!(en.iter().all(|row| row.len() == en[0].len()) && ja.iter().all(|row| row.len() == en[0].len()));
    for (row_en, row_ja) in en.iter().zip(&ja).skip(1) {
        let index: usize = row_en[0].parse().unwrap();
        let entry = &r.entries()[index - 1];
        assert_eq!(&row_en[1], entry.service().id());
        assert_eq!(&row_en[3], entry.control().section());
        assert_eq!(&row_en[4], entry.control().id());
        assert_eq!(&row_en[7], entry.status().id());
        assert_eq!(&row_ja[7], entry.status().label(Lang::Ja));
        assert_eq!(&row_en[8], entry.status().justification().unwrap_or(""));
        assert_eq!(&row_en[9], entry.team().unwrap_or(""));
        assert_eq!(&row_en[10], entry.evidence().join("; "));
        assert_eq!(&row_en[11], entry.due().map(|d| d.to_string()).unwrap_or_default());
        assert_eq!(&row_en[12], entry.notes().unwrap_or(""));
        assert_eq!(&row_en[13], if entry.status().is_settled() { "true" } else { "false" });
        assert_eq!((&row_en[1], &row_en[3], &row_en[4]), (&row_ja[1], &row_ja[3], &row_ja[4]), "ids in both");
        assert!(row_en[6].starts_with(entry.duty().text.en.as_ref()));
        assert!(row_ja[6].starts_with(entry.duty().text.ja.as_ref()));
    }
    let statuses: Vec<&str> = en.iter().skip(1).map(|row| &row[7]).collect();
    let first_settled = statuses.iter().position(|s| !matches!(*s, "not-started" | "in-progress")).unwrap();
    assert!(statuses[first_settled..].iter().all(|s| !matches!(*s, "not-started" | "in-progress")));
}

#[cfg(feature = "xlsx")]
#[test]
fn workbook_reads_back() {
    use calamine::{Reader, Xlsx};
    let r = sample();
    for &lang in Lang::ALL {
        let bytes = report::xlsx(&r, lang).unwrap();
        assert_eq!(bytes, report::xlsx(&r, lang).unwrap());
        let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        let names = book.sheet_names();
        // Progress, the register, then the overlay's decisions (none here: it says so).
        assert_eq!(
            names,
            [["Progress", "進捗"], ["Register", "台帳"], ["Overlay", "オーバーレイ"]]
                .map(|n| n[usize::from(lang == Lang::Ja)])
        );
        let sheet = book.worksheet_range(&names[1]).unwrap();
        let rows: Vec<Vec<String>> = sheet.rows().map(|row| row.iter().map(ToString::to_string).collect()).collect();
        assert_eq!(rows.len(), 1 + r.entries().len());
        for (row, (index, entry)) in rows.iter().skip(1).zip(report::open_first(&r)) {
            assert_eq!(row[0], (index + 1).to_string());
            assert_eq!(row[1], entry.control().section());
            assert!(row[5].starts_with(entry.status().label(lang)));
            assert_eq!(row[6], entry.team().unwrap_or_default());
            assert_eq!(row[8], entry.due().map(|d| d.to_string()).unwrap_or_default());
        }
        let progress = book.worksheet_range(&names[0]).unwrap();
        let total = progress
            .rows()
            .find(|row| {
                row.first().is_some_and(|c| *c == ["All services", "全サービス"][usize::from(lang == Lang::Ja)])
            })
            .unwrap();
        assert_eq!(total[1].to_string(), r.entries().len().to_string());
    }
}
