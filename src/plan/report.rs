//! What the customer's implementation [`Register`] produces: a Markdown and an HTML report, CSV and (feature
//! `xlsx`) a workbook. Every report lists the open duties (not started, then in progress) before the settled ones
//! ([`open_first`]); each entry carries its duty, status, team, evidence, due date and notes, and cites the
//! section and sentence of the document its duty comes from. The OSCAL form of the register is
//! [`oscal::customer_ssp`](crate::export::oscal::customer_ssp) (feature `oscal`).
//!
//! Every report is deterministic (the same register and language give the same bytes), and every vocabulary
//! label in it is the vocabulary's own `label(Lang)`.
//!
//! ```
//! use idcf_responsibility::plan::EditScope;
//! use idcf_responsibility::{plan::report, Control, Lang, Service, plan::{EntryEdit, Register, Status}};
//! let mut r = Register::new(&[Service::ObjectStorage], None);
//! r.edit(EditScope::All, Control::InformationBackup, &EntryEdit::new().status(Status::Implemented))?;
//! let md = report::markdown(&r, Lang::En);
//! assert!(md.find("not started").unwrap() < md.find("| implemented |").unwrap());
//! # Ok::<(), idcf_responsibility::plan::EditError>(())
//! ```

use std::fmt::Write as _;

use crate::export::csv::{BOM, row};
use crate::export::html::esc;
use crate::export::markdown::escape;
use crate::export::{pick, tagged};
use crate::{
    Lang, Provenance, Text,
    plan::{Counts, Drift, Entry, Register, Status},
};

/// The entries in the order every report lists them, each with its position in the register: the open ones
/// first (not started, then in progress), then the settled ones (implemented, not applicable, risk accepted);
/// within a status, in the register's order (service by service, each in document order).
///
/// ```
/// use idcf_responsibility::plan::EditScope;
/// use idcf_responsibility::{plan::report, Control, Service, plan::{EntryEdit, Register, Status}};
/// let mut r = Register::new(&[Service::SelfCloud], None);
/// r.edit(EditScope::All, Control::InformationBackup, &EntryEdit::new().status(Status::Implemented))?;
/// let order = report::open_first(&r);
/// assert_eq!(order.len(), r.entries().len());
/// assert_eq!(order.last().unwrap().1.status(), &Status::Implemented);
/// assert!(!order[0].1.status().is_settled());
/// # Ok::<(), idcf_responsibility::plan::EditError>(())
/// ```
#[must_use]
pub fn open_first(register: &Register) -> Vec<(usize, &Entry)> {
    let mut out: Vec<(usize, &Entry)> = register.entries().iter().enumerate().collect();
    out.sort_by_key(|(i, e)| (rank(e.status()), *i));
    out
}

/// The place of a status in the reports' order.
const fn rank(status: &Status) -> u8 {
    match status {
        Status::NotStarted => 0,
        Status::InProgress => 1,
        Status::Implemented => 2,
        Status::NotApplicable { .. } => 3,
        Status::RiskAccepted { .. } => 4,
    }
}

/// The section and sentence a duty comes from: `§6.5.1, sentence 2` or `§6.5.1 第2文`; for the customer's own
/// duty (tailored), no sentence of the document but its decision and reason ([`Provenance::cite`]).
fn citation(entry: &Entry, lang: Lang) -> String {
    let section = entry.control().section();
    if entry.duty().basis.is_tailored() {
        return Provenance::cite(entry.duty(), section, lang);
    }
    match lang {
        Lang::En => format!("§{section}, sentence {}", entry.duty().sentence),
        Lang::Ja => format!("§{section} 第{}文", entry.duty().sentence),
    }
}

/// The status's label, with its justification where it has one.
fn status_text(status: &Status, lang: Lang) -> String {
    match status.justification() {
        Some(why) => format!("{}: {why}", status.label(lang)),
        None => status.label(lang).to_owned(),
    }
}

static TITLE: Text = Text::new("Implementation register", "実施状況台帳");
static NO_ENTRIES: Text = Text::new("No entries.", "項目なし。");

/// The columns of the progress tables, after the group's name.
static COUNT_COLUMNS: [Text; 7] = [
    Text::new("Duties", "職務"),
    Text::new("Not started", "未着手"),
    Text::new("In progress", "対応中"),
    Text::new("Implemented", "実施済み"),
    Text::new("Not applicable", "対象外"),
    Text::new("Risk accepted", "リスク受容"),
    Text::new("Settled", "完了"),
];

/// The columns of the entry tables.
static ENTRY_COLUMNS: [Text; 9] = [
    Text::new("§", "節"),
    Text::new("Service", "サービス"),
    Text::new("Control", "管理策"),
    Text::new("Customer's duty", "お客さまの職務"),
    Text::new("Status", "状況"),
    Text::new("Team", "担当チーム"),
    Text::new("Evidence", "証跡"),
    Text::new("Due", "期日"),
    Text::new("Notes", "備考"),
];

static SOURCE: Text = Text::new("Source", "出典");

#[cfg(feature = "xlsx")]
static ENTRY: Text = Text::new("Entry", "項目番号");

/// The counts of a group, as the cells of a progress row: the numbers, then the settled share.
fn count_cells(c: &Counts) -> [String; 7] {
    [
        c.entries.to_string(),
        c.not_started.to_string(),
        c.in_progress.to_string(),
        c.implemented.to_string(),
        c.not_applicable.to_string(),
        c.risk_accepted.to_string(),
        format!("{} ({}%)", c.settled, c.percent_settled()),
    ]
}

/// The progress groups: in all, by service, by chapter, each a heading and its rows.
fn progress_groups(register: &Register, lang: Lang) -> [(Text, Vec<(String, Counts)>); 2] {
    let p = register.progress();
    let by_service = p.by_service.iter().map(|(s, c)| (s.label(lang).to_owned(), *c));
    let by_chapter = p.by_chapter.iter().map(|(ch, c)| (format!("{} {}", ch.number(), ch.label(lang)), *c));
    let all = std::iter::once((pick(lang, "All services", "全サービス").to_owned(), p.total));
    [
        (Text::new("By service", "サービス別"), by_service.chain(all).collect()),
        (Text::new("By chapter", "章別"), by_chapter.collect()),
    ]
}

/// Drift between the register and the current matrix, a line each.
fn drift_lines(register: &Register, lang: Lang) -> Vec<String> {
    register
        .drift()
        .iter()
        .map(|d| match d {
            Drift::Gone { index, service, control, duty } => format!(
                "{} {} (§{}, {}): {}",
                pick(lang, "Entry", "項目"),
                index + 1,
                control.section(),
                service.label(lang),
                pick(lang, "its duty is no longer in the matrix: ", "この職務は現在のマトリクスにない：").to_owned()
                    + duty.text.get(lang),
            ),
            Drift::Untracked { service, control, duty } => format!(
                "§{} ({}): {}{}",
                control.section(),
                service.label(lang),
                pick(lang, "a customer duty no entry tracks: ", "どの項目も扱っていないお客さまの職務："),
                duty.text.get(lang),
            ),
        })
        .collect()
}

/// The retired entries (their duty gone at a rebase), a line each with the work recorded on them.
fn retired_lines(register: &Register, lang: Lang) -> Vec<String> {
    register
        .retired()
        .iter()
        .map(|e| {
            let mut work = vec![status_text(e.status(), lang)];
            work.extend(e.team().map(str::to_owned));
            work.extend(e.evidence().iter().cloned());
            work.extend(e.due().map(|d| d.to_string()));
            work.extend(e.notes().map(str::to_owned));
            format!(
                "§{} ({}): {} — {}",
                e.control().section(),
                e.service().label(lang),
                e.duty().text.get(lang),
                work.join("; ")
            )
        })
        .collect()
}

/// The entries whose duty a rebase changed, a line each with the duty their work was recorded against.
fn review_lines(register: &Register, lang: Lang) -> Vec<String> {
    register
        .entries()
        .iter()
        .filter_map(|e| {
            let before = e.review()?;
            Some(format!(
                "§{} ({}): {} — {}{}",
                e.control().section(),
                e.service().label(lang),
                e.duty().text.get(lang),
                pick(lang, "recorded against: ", "記録時の職務："),
                before.text.get(lang)
            ))
        })
        .collect()
}

static REVIEW: Text = Text::new(
    "To review: duties changed by a rebase since their work was recorded",
    "要確認：作業の記録後にリベースで変わった職務",
);

static RETIRED: Text = Text::new(
    "Retired entries (their duty is gone from the matrix; the work recorded on them is kept)",
    "退役した項目（職務はマトリクスから消えたが、記録した作業は残す）",
);

/// The cells of an entry's row, in the order of [`ENTRY_COLUMNS`], then its citation.
fn entry_cells(entry: &Entry, lang: Lang) -> [String; 10] {
    [
        entry.control().section().to_owned(),
        entry.service().label(lang).to_owned(),
        entry.control().label(lang).to_owned(),
        tagged(entry.duty(), lang),
        status_text(entry.status(), lang),
        entry.team().unwrap_or_default().to_owned(),
        entry.evidence().join("; "),
        entry.due().map(|d| d.to_string()).unwrap_or_default(),
        entry.notes().unwrap_or_default().to_owned(),
        citation(entry, lang),
    ]
}

/// The register as a Markdown report: the dataset version and any drift, progress by service and by chapter
/// (duties, each status, settled share), then the open duties and the settled ones, a row each with section,
/// service, control, duty (its kind and layer, and `our inference` or `the customer's decision` where the document
/// does not state it), status and
/// justification, team, evidence, due date, notes and the section and sentence it comes from.
///
/// ```
/// use idcf_responsibility::{plan::report, Lang, Service, plan::Register};
/// let md = report::markdown(&Register::new(&[Service::IdcfCloud], None), Lang::Ja);
/// assert!(md.starts_with("# 実施状況台帳"));
/// assert!(md.contains("| IDCFクラウド |"));
/// ```
#[must_use]
pub fn markdown(register: &Register, lang: Lang) -> String {
    let mut out = String::new();
    let services: Vec<&str> = register.services().iter().map(|s| s.label(lang)).collect();
    let _ = writeln!(out, "# {}: {}\n", TITLE.get(lang), services.join(", "));
    let _ = writeln!(out, "{} {}\n", pick(lang, "Dataset version", "データセットの版"), register.dataset_version());
    let _ = writeln!(out, "## {}\n", OVERLAY_HEADING.get(lang));
    for line in overlay_lines(register, lang) {
        let _ = writeln!(out, "- {}", escape(&line));
    }
    out.push('\n');
    let drift = drift_lines(register, lang);
    if !drift.is_empty() {
        let _ = writeln!(out, "## {}\n", pick(lang, "Drift from the current matrix", "現在のマトリクスとの差異"));
        for line in drift {
            let _ = writeln!(out, "- {}", escape(&line));
        }
        out.push('\n');
    }
    for (heading, lines) in [(&REVIEW, review_lines(register, lang)), (&RETIRED, retired_lines(register, lang))] {
        if !lines.is_empty() {
            let _ = writeln!(out, "## {}\n", heading.get(lang));
            for line in lines {
                let _ = writeln!(out, "- {}", escape(&line));
            }
            out.push('\n');
        }
    }
    let _ = writeln!(out, "## {}\n", pick(lang, "Progress", "進捗"));
    for (heading, rows) in progress_groups(register, lang) {
        let _ = writeln!(out, "### {}\n", heading.get(lang));
        let header: Vec<&str> = COUNT_COLUMNS.iter().map(|c| c.get(lang)).collect();
        let _ = writeln!(out, "| | {} |\n|---|{}", header.join(" | "), "---:|".repeat(header.len()));
        for (name, counts) in rows {
            let _ = writeln!(out, "| {} | {} |", escape(&name), count_cells(&counts).join(" | "));
        }
        out.push('\n');
    }
    let order = open_first(register);
    let (open, settled): (Vec<_>, Vec<_>) = order.iter().partition(|(_, e)| !e.status().is_settled());
    for (heading, group) in
        [(Text::new("Open duties", "未完了の職務"), open), (Text::new("Settled duties", "完了した職務"), settled)]
    {
        let _ = writeln!(out, "## {} ({})\n", heading.get(lang), group.len());
        if group.is_empty() {
            let _ = writeln!(out, "{}\n", NO_ENTRIES.get(lang));
            continue;
        }
        let header: Vec<&str> = ENTRY_COLUMNS.iter().chain([&SOURCE]).map(|c| c.get(lang)).collect();
        let _ = writeln!(out, "| {} |\n|{}", header.join(" | "), "---|".repeat(header.len()));
        for (_, entry) in group {
            let cells: Vec<String> = entry_cells(entry, lang).iter().map(|c| escape(c)).collect();
            let _ = writeln!(out, "| {} |", cells.join(" | "));
        }
        out.push('\n');
    }
    out
}

const STYLE: &str = r#"
body{font-family:system-ui,"Hiragino Sans","Noto Sans CJK JP",sans-serif;margin:1.5rem;color:#1d1d1f;overflow-wrap:anywhere}
h1{font-size:1.3rem;margin:0 0 .3rem}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
h3{font-size:1rem}
.meta{color:#555}
.drift li{color:#8a4b00}
.box{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #ddd;padding:.25rem .4rem;font-size:.85rem;text-align:left;vertical-align:top}
thead th{background:#f5f5f7}
td.n{text-align:right;white-space:nowrap}
.bar{display:inline-block;height:.6rem;background:#4caf50;vertical-align:middle;margin-right:.3rem}
.status{white-space:nowrap;border-radius:3px;padding:0 .3rem}
.s-not-started{background:#ffd6d6}.s-in-progress{background:#fff1c4}.s-implemented{background:#d9f2d0}.s-not-applicable{background:#eee}.s-risk-accepted{background:#e6dcff}
.tag{font-size:.75rem;color:#555}
@media (max-width:40rem){body{margin:.75rem}th,td{font-size:.8rem;padding:.2rem .3rem}}
"#;

/// The register as one self-contained HTML page in `lang` (no script, no network, no external file): progress by
/// service and by chapter with a bar for the settled share, any drift from the current matrix, then the open
/// duties and the settled ones, a row each (`tr.entry`, with `data-status` and `data-entry`, the entry's
/// position in the register) holding what the Markdown report holds. Wide tables scroll in their own box, so
/// the page fits a phone's width.
///
/// ```
/// use idcf_responsibility::{plan::report, Lang, Service, plan::Register};
/// let r = Register::new(&[Service::ObjectStorage], None);
/// let page = report::html(&r, Lang::En);
/// assert!(page.starts_with("<!doctype html>"));
/// assert_eq!(page.matches("<tr class=\"entry ").count(), r.entries().len());
/// assert!(!page.contains("http://") && !page.contains("https://") && !page.contains("<script"));
/// ```
#[must_use]
pub fn html(register: &Register, lang: Lang) -> String {
    let mut out = String::new();
    let services: Vec<&str> = register.services().iter().map(|s| s.label(lang)).collect();
    let title = format!("{}: {}", TITLE.get(lang), services.join(", "));
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body data-ready=\"true\">\n<h1>{}</h1>\n\
         <p class=\"meta\">{} {}</p>\n",
        esc(&title),
        esc(&title),
        pick(lang, "Dataset version", "データセットの版"),
        esc(register.dataset_version()),
    );
    let _ = writeln!(out, "<h2 id=\"overlay\">{}</h2>\n<ul class=\"overlay\">", esc(OVERLAY_HEADING.get(lang)));
    for line in overlay_lines(register, lang) {
        let _ = writeln!(out, "<li>{}</li>", esc(&line));
    }
    out.push_str("</ul>\n");
    let drift = drift_lines(register, lang);
    if !drift.is_empty() {
        let _ = writeln!(
            out,
            "<h2>{}</h2>\n<ul class=\"drift\">",
            pick(lang, "Drift from the current matrix", "現在のマトリクスとの差異")
        );
        for line in drift {
            let _ = writeln!(out, "<li>{}</li>", esc(&line));
        }
        out.push_str("</ul>\n");
    }
    for (heading, lines) in [(&REVIEW, review_lines(register, lang)), (&RETIRED, retired_lines(register, lang))] {
        if !lines.is_empty() {
            let _ = writeln!(out, "<h2>{}</h2>\n<ul class=\"drift\">", esc(heading.get(lang)));
            for line in lines {
                let _ = writeln!(out, "<li>{}</li>", esc(&line));
            }
            out.push_str("</ul>\n");
        }
    }
    let _ = writeln!(out, "<h2>{}</h2>", pick(lang, "Progress", "進捗"));
    for (heading, rows) in progress_groups(register, lang) {
        let _ = write!(
            out,
            "<h3>{}</h3>\n<div class=\"box\"><table class=\"progress\"><thead><tr><th></th>",
            esc(heading.get(lang))
        );
        for c in &COUNT_COLUMNS {
            let _ = write!(out, "<th>{}</th>", esc(c.get(lang)));
        }
        out.push_str("</tr></thead><tbody>\n");
        for (name, counts) in rows {
            let _ = write!(out, "<tr><th>{}</th>", esc(&name));
            let cells = count_cells(&counts);
            let (numbers, share) = cells.split_at(6);
            for n in numbers {
                let _ = write!(out, "<td class=\"n\">{n}</td>");
            }
            let _ = writeln!(
                out,
                "<td class=\"n\"><span class=\"bar\" style=\"width:{}px\"></span>{}</td></tr>",
                counts.percent_settled() / 2,
                esc(&share.concat())
            );
        }
        out.push_str("</tbody></table></div>\n");
    }
    let order = open_first(register);
    let (open, settled): (Vec<_>, Vec<_>) = order.iter().partition(|(_, e)| !e.status().is_settled());
    for (id, heading, group) in [
        ("open", Text::new("Open duties", "未完了の職務"), open),
        ("settled", Text::new("Settled duties", "完了した職務"), settled),
    ] {
        let _ = writeln!(out, "<h2 id=\"{id}\">{} ({})</h2>", esc(heading.get(lang)), group.len());
        if group.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", esc(NO_ENTRIES.get(lang)));
            continue;
        }
        out.push_str("<div class=\"box\"><table class=\"entries\"><thead><tr>");
        for c in ENTRY_COLUMNS.iter().chain([&SOURCE]) {
            let _ = write!(out, "<th>{}</th>", esc(c.get(lang)));
        }
        out.push_str("</tr></thead><tbody>\n");
        for (index, entry) in group {
            let status = entry.status().id();
            let _ = write!(out, "<tr class=\"entry s-{status}\" data-status=\"{status}\" data-entry=\"{index}\">");
            for (col, cell) in entry_cells(entry, lang).iter().enumerate() {
                if col == 4 {
                    let label = entry.status().label(lang);
                    let why = entry.status().justification().map(|j| format!(": {}", esc(j))).unwrap_or_default();
                    let _ = write!(out, "<td><span class=\"status s-{status}\">{}</span>{why}</td>", esc(label));
                } else {
                    let _ = write!(out, "<td>{}</td>", esc(cell).replace('\n', "<br>"));
                }
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody></table></div>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// The header row of the CSV: the English key and the Japanese label of each column.
const CSV_HEADER: [[&str; 2]; 16] = [
    ["entry", "項目番号"],
    ["service", "サービスID"],
    ["service_name", "サービス"],
    ["section", "節"],
    ["control", "管理策ID"],
    ["title", "題名"],
    ["duty", "お客さまの職務"],
    ["status", "状況"],
    ["justification", "理由"],
    ["team", "担当チーム"],
    ["evidence", "証跡"],
    ["due", "期日"],
    ["notes", "備考"],
    ["settled", "完了"],
    ["citation", "出典"],
    ["customer_tailoring", "お客さまのカスタマイズ"],
];

/// The register as CSV, as the matrix's CSV is written: UTF-8 with a byte-order mark (for Excel on Japanese
/// Windows), RFC 4180 quoting, `\n` line ends, a header row, then a row per entry in the reports' order
/// ([`open_first`]). `entry` is the entry's position in the register, from 1.
///
/// In English the header names are snake-case keys and `status` holds the status's id (`not-started`), `settled`
/// `true` or `false`; in Japanese the header and those values are Japanese (未着手, 完了 or 未完了). The service and
/// control ids, the section and the due date stay as they are in both, for a machine to join on; the title and
/// the duty (with its kind and layer) are in `lang`. Evidence references are separated by `; `.
///
/// ```
/// use idcf_responsibility::{plan::report, Lang, Service, plan::Register};
/// let r = Register::new(&[Service::ObjectStorage], None);
/// let csv = report::csv(&r, Lang::Ja);
/// assert!(csv.starts_with("\u{feff}項目番号,サービスID,"));
/// assert_eq!(csv.lines().count(), 1 + r.entries().len());
/// assert!(csv.contains(",未着手,"));
/// ```
#[must_use]
pub fn csv(register: &Register, lang: Lang) -> String {
    let tailoring = crate::soa::tailoring(register);
    let mut out = String::from(BOM);
    let col = usize::from(lang == Lang::Ja);
    row(&mut out, CSV_HEADER.iter().map(|h| h.get(col).copied().unwrap_or_default().to_owned()));
    for (index, e) in open_first(register) {
        let settled = match (lang, e.status().is_settled()) {
            (Lang::En, yes) => yes.to_string(),
            (Lang::Ja, true) => "完了".to_owned(),
            (Lang::Ja, false) => "未完了".to_owned(),
        };
        row(
            &mut out,
            [
                (index + 1).to_string(),
                e.service().id().to_owned(),
                e.service().label(lang).to_owned(),
                e.control().section().to_owned(),
                e.control().id().to_owned(),
                e.control().label(lang).to_owned(),
                tagged(e.duty(), lang),
                pick(lang, e.status().id(), e.status().label(lang)).to_owned(),
                e.status().justification().unwrap_or_default().to_owned(),
                e.team().unwrap_or_default().to_owned(),
                e.evidence().join("; "),
                e.due().map(|d| d.to_string()).unwrap_or_default(),
                e.notes().unwrap_or_default().to_owned(),
                settled,
                citation(e, lang),
                tailoring
                    .iter()
                    .filter(|t| t.service == e.service() && t.control == e.control())
                    .map(|t| t.describe(lang))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ]
            .into_iter(),
        );
    }
    // The overlay's decisions on cells no entry tracks (not applicable, a duty removed): a row each, no entry.
    for t in tailoring
        .iter()
        .filter(|t| !register.entries().iter().any(|e| e.service() == t.service && e.control() == t.control))
    {
        let mut cells = vec![
            String::new(),
            t.service.id().to_owned(),
            t.service.label(lang).to_owned(),
            t.section.to_string(),
            t.control.id().to_owned(),
            t.control.label(lang).to_owned(),
        ];
        cells.resize(CSV_HEADER.len() - 1, String::new());
        cells.push(t.describe(lang));
        row(&mut out, cells.into_iter());
    }
    out
}

/// The heading of the overlay's part of a report.
static OVERLAY_HEADING: Text = Text::new("The customer's overlay", "お客さまのオーバーレイ");

/// Whether an overlay is applied, then its decisions, a line each, as the customer's (every report and the plan
/// workbook say it).
pub(crate) fn overlay_lines(register: &Register, lang: Lang) -> Vec<String> {
    crate::soa::overlay_summary(register.overlay().is_some(), &crate::soa::tailoring(register), lang)
}

/// A sheet of the overlay's decisions, for the report's and the plan's workbooks.
#[cfg(feature = "xlsx")]
pub(crate) fn overlay_sheet(
    register: &Register,
    lang: Lang,
    styles: &crate::export::xlsx::Styles,
) -> Result<rust_xlsxwriter::Worksheet, rust_xlsxwriter::XlsxError> {
    let mut sheet = crate::export::xlsx::Sheet::new(pick(lang, "Overlay", "オーバーレイ"))?;
    let lines = overlay_lines(register, lang);
    sheet.put_across(0, 0, 5, OVERLAY_HEADING.get(lang), &styles.title)?;
    sheet.put_across(1, 0, 5, lines.first().map_or("", String::as_str), &styles.note)?;
    let heads = [
        Text::new("Service", "サービス"),
        Text::new("Section", "節"),
        Text::new("Title", "題名"),
        Text::new("The customer's decision", "お客さまの決定"),
        Text::new("Duty or note", "職務・注記"),
        Text::new("The customer's reason", "お客さまの理由"),
    ];
    for (col, h) in (0u16..).zip(&heads) {
        sheet.put(3, col, h.get(lang), &styles.header)?;
    }
    let mut r = 3;
    for t in crate::soa::tailoring(register) {
        r += 1;
        let cells = [
            t.service.label(lang).to_owned(),
            t.section.to_string(),
            t.control.label(lang).to_owned(),
            t.kind.label(lang).to_owned(),
            t.text.as_ref().map(|x| x.get(lang).to_owned()).unwrap_or_default(),
            t.reason.get(lang).to_owned(),
        ];
        for (col, c) in (0u16..).zip(&cells) {
            sheet.put(r, col, c, &styles.text)?;
        }
    }
    sheet.table(3, r, 5)?;
    // Information only: the import never reads it, so nothing in it is for editing.
    sheet.protect();
    sheet.finish()
}

/// The register as an Excel workbook (`.xlsx`, feature `xlsx`), made like the matrix's: a **Progress** sheet
/// (進捗) with the counts by service and by chapter, and a **Register** sheet (台帳) with a row per entry in the
/// reports' order, the columns of the Markdown report after the entry's position, each status cell coloured as
/// in the HTML report. Header rows frozen, auto-filters, columns as wide as their text up to a limit, A4
/// landscape; the creation date is the dataset's release date, so the bytes are the same on every run.
///
/// # Errors
///
/// An [`std::io::ErrorKind::Other`] error naming the fault if the workbook writer refuses what it is given.
///
/// ```
/// use idcf_responsibility::{plan::report, Lang, Service, plan::Register};
/// let r = Register::new(&[Service::SelfCloud], None);
/// let book = report::xlsx(&r, Lang::En)?;
/// assert!(book.starts_with(b"PK\x03\x04"));
/// assert_eq!(book, report::xlsx(&r, Lang::En)?);
/// # Ok::<(), std::io::Error>(())
/// ```
#[cfg(feature = "xlsx")]
#[cfg_attr(docsrs, doc(cfg(feature = "xlsx")))]
pub fn xlsx(register: &Register, lang: Lang) -> std::io::Result<Vec<u8>> {
    workbook(register, lang).map_err(|err| std::io::Error::other(format!("cannot write the xlsx workbook: {err}")))
}

#[cfg(feature = "xlsx")]
fn workbook(register: &Register, lang: Lang) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use crate::export::xlsx::{Sheet, Styles};
    use rust_xlsxwriter::{Color, DocProperties, ExcelDateTime, Workbook};

    let mut book = Workbook::new();
    book.set_properties(
        &DocProperties::new()
            .set_title(TITLE.get(lang))
            .set_subject(TITLE.get(lang))
            .set_comment(format!("{} {}", crate::DATASET, register.dataset_version()))
            .set_creation_datetime(&ExcelDateTime::parse_from_str(crate::DATASET_RELEASED)?),
    );
    let styles = Styles::new();

    let mut progress = Sheet::new(pick(lang, "Progress", "進捗"))?;
    let services: Vec<&str> = register.services().iter().map(|s| s.label(lang)).collect();
    progress.put_across(0, 0, 7, &format!("{}: {}", TITLE.get(lang), services.join(", ")), &styles.title)?;
    let mut r = 2;
    for (heading, rows) in progress_groups(register, lang) {
        progress.put(r, 0, heading.get(lang), &styles.header)?;
        for (col, c) in (1u16..).zip(&COUNT_COLUMNS) {
            progress.put(r, col, c.get(lang), &styles.header)?;
        }
        r += 1;
        for (name, counts) in rows {
            progress.put(r, 0, &name, &styles.text)?;
            for (col, cell) in (1u16..).zip(count_cells(&counts)) {
                progress.put(r, col, &cell, &styles.text)?;
            }
            r += 1;
        }
        r += 1;
    }
    let progress = progress.finish()?;

    let mut sheet = Sheet::new(pick(lang, "Register", "台帳"))?;
    let headers = std::iter::once(&ENTRY).chain(ENTRY_COLUMNS.iter()).chain([&SOURCE]);
    let mut last_col = 0;
    for (col, h) in (0u16..).zip(headers) {
        sheet.put(0, col, h.get(lang), &styles.header)?;
        last_col = col;
    }
    let mut last_row = 0;
    for (row_index, (index, entry)) in (1u32..).zip(open_first(register)) {
        sheet.put(row_index, 0, &(index + 1).to_string(), &styles.text)?;
        for (col, cell) in (1u16..).zip(entry_cells(entry, lang)) {
            let format = if col == 5 {
                let colour = match entry.status() {
                    Status::NotStarted => 0x00FF_D6D6,
                    Status::InProgress => 0x00FF_F1C4,
                    Status::Implemented => 0x00D9_F2D0,
                    Status::NotApplicable { .. } => 0x00EE_EEEE,
                    Status::RiskAccepted { .. } => 0x00E6_DCFF,
                };
                styles.text.clone().set_background_color(Color::RGB(colour))
            } else {
                styles.text.clone()
            };
            sheet.put(row_index, col, &cell, &format)?;
        }
        last_row = row_index;
    }
    sheet.table(0, last_row, last_col)?;
    book.push_worksheet(progress);
    book.push_worksheet(sheet.finish()?);
    book.push_worksheet(overlay_sheet(register, lang, &styles)?);
    book.save_to_buffer()
}
