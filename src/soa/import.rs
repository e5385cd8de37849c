//! Reading the customer's inputs back from the Statement of Applicability workbook.

#![cfg(feature = "xlsx")]

use calamine::{Data, Range, Reader};

use crate::export::pick;
use crate::plan::merge::{self, Differing, OnConflict, Outcome, Revision, RowConflict, Side};
use crate::plan::workbook::{Fault, Field, Imported, Problem, Update, WorkbookError};
use crate::plan::{Date, Register, Status};
use crate::soa::formats::{CLOUD_HEADING, COLUMNS, Whose, column, theme_heading};
use crate::soa::{Choice, ControlEdit, ControlRecord, Decision, Grounds, SoaControl};
use crate::{Lang, iso::Theme};

/// A row read from the workbook: its number as shown, the control, its decision and record, and its base.
type Row = (u32, SoaControl, Option<Decision>, ControlEdit, Option<Revision>);

/// Where the statement's columns are in a sheet: the header row and the language.
struct Layout {
    sheet: String,
    range: Range<Data>,
    header_row: u32,
    lang: Lang,
    cols: Vec<Option<u16>>,
    /// The hidden column of each row's revision at export (the base of the three-way merge), if the workbook has it.
    revision: Option<u16>,
}

impl Layout {
    fn cell(&self, row: u32, key: &str) -> String {
        let idx = usize::from(column(key));
        self.cols
            .get(idx)
            .copied()
            .flatten()
            .map(|c| crate::plan::workbook::text(&self.range, row, c))
            .unwrap_or_default()
    }

    fn column_label(&self, key: &str) -> Option<String> {
        let idx = usize::from(column(key));
        let col = self.cols.get(idx).copied().flatten()?;
        let header = crate::plan::workbook::text(&self.range, self.header_row, col);
        Some(crate::plan::workbook::column_name(col, &header))
    }
}

/// Finds the statement's sheet: the first with a row (among the first 20) whose cells hold the statement's column
/// headers in one language.
fn layout<R: Reader<std::io::Cursor<Vec<u8>>>>(book: &mut R) -> Option<Layout> {
    for name in book.sheet_names() {
        let Ok(range) = book.worksheet_range(&name) else { continue };
        let width = range.end().map_or(0, |(_, c)| c);
        for row in 0..20u32 {
            let header: Vec<String> = (0..=width)
                .map(|c| crate::plan::workbook::text(&range, row, u16::try_from(c).unwrap_or(u16::MAX)))
                .collect();
            for &lang in Lang::ALL {
                let find = |label: &str| header.iter().position(|h| h == label).and_then(|i| u16::try_from(i).ok());
                let cols: Vec<Option<u16>> = COLUMNS.iter().map(|c| find(pick(lang, c.key, c.ja))).collect();
                if cols.first().copied().flatten().is_some()
                    && cols.get(usize::from(column("decision"))).copied().flatten().is_some()
                {
                    let revision = header
                        .iter()
                        .position(|h| crate::plan::merge::SOA_REVISION_HEADER.contains(&h.as_str()))
                        .and_then(|i| u16::try_from(i).ok());
                    return Some(Layout { sheet: name.clone(), range, header_row: row, lang, cols, revision });
                }
            }
        }
    }
    None
}

/// The lines of a cell, trimmed, empty ones dropped.
fn lines(s: &str) -> Vec<String> {
    s.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

/// A date cell or `YYYY-MM-DD` text; empty for none.
fn date(text: &str) -> Result<Option<Date>, Problem> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if let Ok(d) = t.get(..10).unwrap_or(t).parse::<Date>() {
        if t.len() == 10 || t.get(10..11) == Some("T") {
            return Ok(Some(d));
        }
    }
    if let Some(d) = t.parse::<f64>().ok().and_then(crate::plan::workbook::serial_date) {
        return Ok(Some(d));
    }
    Err(Problem::NotADate { input: text.to_owned() })
}

/// Reads the customer's inputs back from the Statement of Applicability workbook
/// ([`soa::xlsx`](crate::soa::xlsx)) into a copy of `register`: per control, the decision (include or exclude, in
/// either language) with its ground, risk ids and justification ([`Register::record_decision`]; all empty
/// withdraws it), and its own record ([`Register::set_control`]): status, team, evidence, due date, related
/// documents and the customer's JIS title. Every Annex A control must have its row in the standard's order, then
/// the seven CLD controls if the workbook has them (heading rows aside). `workbook` names the file in messages.
///
/// # Errors
///
/// [`WorkbookError::Unreadable`] for bytes that are no xlsx workbook; [`WorkbookError::Refused`] with every
/// [`Fault`]: an unknown decision, ground or status (with the closest), a decision without a justification or a
/// justification without a decision, risk ids on another ground, a not-applicable status (exclude the control
/// instead), a due date that is no date, a row whose control id is not the expected one, a control without a
/// row. The register is not touched either way: one fault refuses the whole workbook.
///
/// ```
/// use idcf_responsibility::{Lang, Service, plan::Register, soa::{self, Choice, Soa}};
/// let mut r = Register::new(&[Service::SelfCloud], None);
/// r.decide("A.5.7".parse::<soa::SoaControl>()?, Choice::Include, "Feeds read weekly.")?;
/// let book = soa::xlsx(&Soa::of(&r), Lang::Ja)?;
/// let imported = soa::import(&r, &book, "soa.xlsx")?;
/// assert!(imported.changes.is_empty());
/// assert_eq!(imported.register, r);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn import(register: &Register, bytes: &[u8], workbook: &str) -> Result<Imported, WorkbookError> {
    import_resolving(register, bytes, workbook, OnConflict::Refuse)
}

/// [`import`], with conflicts settled for one side ([`OnConflict::Prefer`]) and each reported in
/// [`Imported::settled`]. The import is a three-way merge, row by row: each row carries, in a hidden column, the
/// revision of the control's decision and record when the workbook was written ([`Revision::of_soa_row`]). A row
/// left as it was changes nothing (an older copy never undoes newer work); a row changed in the workbook is
/// applied when the register's row is unchanged since; a row changed on both sides, differently, is a conflict. A
/// workbook without the column (written before it existed) has no base: a row that differs from the register is
/// a conflict.
///
/// # Errors
///
/// As [`import`]; [`WorkbookError::Conflicted`] only with [`OnConflict::Refuse`].
///
/// ```
/// use idcf_responsibility::{Lang, Service, plan::{Register, merge::{OnConflict, Side}}, soa::{self, Soa}};
/// let r = Register::new(&[Service::SelfCloud], None);
/// let book = soa::xlsx(&Soa::of(&r), Lang::En)?;
/// let kept = soa::import_resolving(&r, &book, "soa.xlsx", OnConflict::Prefer(Side::Register))?;
/// assert!(kept.changes.is_empty() && kept.settled.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[allow(clippy::too_many_lines)]
pub fn import_resolving(
    register: &Register,
    bytes: &[u8],
    workbook: &str,
    on_conflict: OnConflict,
) -> Result<Imported, WorkbookError> {
    let mut book = crate::plan::workbook::open(bytes, workbook)?;
    let refuse = |faults| Err(WorkbookError::Refused { workbook: workbook.to_owned(), faults });
    let Some(layout) = layout(&mut book) else {
        return refuse(vec![Fault {
            sheet: book.sheet_names().join(", "),
            row: None,
            column: None,
            problem: Problem::Sheet(
                "no Statement of Applicability sheet (a header row with the control and decision columns)".to_owned(),
            ),
        }]);
    };
    let lang = layout.lang;
    let mut faults = Vec::new();
    let missing: Vec<&str> = COLUMNS
        .iter()
        .zip(&layout.cols)
        .filter(|(c, found)| c.whose == Whose::Customer && found.is_none())
        .map(|(c, _)| pick(lang, c.key, c.ja))
        .collect();
    if !missing.is_empty() {
        return refuse(vec![Fault {
            sheet: layout.sheet.clone(),
            row: Some(layout.header_row + 1),
            column: None,
            problem: Problem::Sheet(format!("the customer's columns {} are missing", missing.join(", "))),
        }]);
    }
    let headings: Vec<String> = Theme::ALL
        .iter()
        .flat_map(|&t| Lang::ALL.iter().map(move |&l| theme_heading(t, l)))
        .chain(Lang::ALL.iter().map(|&l| CLOUD_HEADING.get(l).to_owned()))
        .collect();
    let annex: Vec<SoaControl> = SoaControl::all().filter(|c| c.annex().is_some()).collect();
    let cloud: Vec<SoaControl> = SoaControl::all().filter(|c| c.annex().is_none()).collect();
    let mut expected = annex.clone();
    let mut next = 0usize;
    let mut rows: Vec<Row> = Vec::new();
    let last = layout.range.end().map_or(0, |(r, _)| r);
    let inputs = [
        "decision",
        "grounds",
        "risks",
        "justification",
        "status",
        "team",
        "evidence",
        "due",
        "documents",
        "jis_title",
    ];
    for row in layout.header_row + 1..=last {
        let shown = row + 1;
        let id = layout.cell(row, "control").trim().to_owned();
        let blank = inputs.iter().all(|k| layout.cell(row, k).trim().is_empty());
        if headings.contains(&id) || (id.is_empty() && blank) {
            continue;
        }
        // The CLD block, when the workbook has it, follows Annex A.
        if next == annex.len()
            && expected.len() == annex.len()
            && SoaControl::from_id(&id).is_some_and(|c| c.annex().is_none())
        {
            expected.extend(cloud.iter().copied());
        }
        let before_faults = faults.len();
        let mut fault = |key: &str, problem| {
            faults.push(Fault {
                sheet: layout.sheet.clone(),
                row: Some(shown),
                column: layout.column_label(key),
                problem,
            });
        };
        let want = expected.get(next).copied();
        let Some(control) = SoaControl::from_id(&id).filter(|c| Some(*c) == want) else {
            fault(
                "control",
                Problem::UnexpectedControl {
                    found: id.clone(),
                    expected: want.map_or_else(|| "no further control".to_owned(), |w| w.id().to_owned()),
                },
            );
            if let Some(pos) = SoaControl::from_id(&id).and_then(|c| expected.iter().position(|e| *e == c)) {
                if pos > next {
                    next = pos + 1;
                }
            }
            continue;
        };
        next += 1;
        // The decision.
        let choice_text = layout.cell(row, "decision").trim().to_owned();
        let why = layout.cell(row, "justification").trim().to_owned();
        let grounds_text = layout.cell(row, "grounds").trim().to_owned();
        let risks = lines(&layout.cell(row, "risks"));
        let choice = if choice_text.is_empty() {
            None
        } else if let Ok(c) = choice_text.parse::<Choice>() {
            Some(c)
        } else {
            let names: Vec<&str> = Choice::ALL.iter().flat_map(|c| [c.label(Lang::En), c.label(Lang::Ja)]).collect();
            let closest = crate::vocab::closest(&choice_text, &names).first().map(|c| (*c).to_owned());
            let expected = Choice::ALL.iter().map(|c| c.label(lang)).collect::<Vec<_>>().join(" or ");
            fault("decision", Problem::UnknownDecision { input: choice_text.clone(), expected, closest });
            None
        };
        let grounds = if grounds_text.is_empty() {
            None
        } else if let Ok(g) = grounds_text.parse::<Grounds>() {
            Some(g)
        } else {
            let expected = Grounds::ALL.iter().map(|g| g.label(lang)).collect::<Vec<_>>().join(", ");
            fault("grounds", Problem::Sheet(format!("unknown ground {grounds_text:?}; expected one of {expected}")));
            None
        };
        let mut decision = None;
        match (choice, why.is_empty()) {
            (Some(c), true) => fault("justification", Problem::MissingJustification { what: c.label(lang).to_owned() }),
            (None, _) if !choice_text.is_empty() => {}
            (None, false) => fault(
                "justification",
                Problem::UnexpectedJustification {
                    input: why.clone(),
                    what: pick(lang, "no decision", "決定なし").to_owned(),
                },
            ),
            (None, true) if grounds.is_some() || !risks.is_empty() => fault(
                "grounds",
                Problem::Sheet(
                    pick(lang, "a ground or risk ids without a decision", "決定のない根拠またはリスクID").to_owned(),
                ),
            ),
            (None, true) => {}
            (Some(c), false) => {
                let mut d = Decision::new(c, why.clone());
                d.grounds = grounds;
                d.risks.clone_from(&risks);
                match d.problem() {
                    Some(p) => fault("risks", Problem::Sheet(p)),
                    None => decision = Some(d),
                }
            }
        }
        // The customer's own record.
        let mut edit = ControlEdit::new();
        let status_text = layout.cell(row, "status").trim().to_owned();
        if status_text.is_empty() {
            edit = edit.clear_status();
        } else {
            match status_text.parse::<Status>() {
                Ok(Status::NotApplicable { .. }) => fault(
                    "status",
                    Problem::Sheet(
                        pick(
                            lang,
                            "a control's own status is never not-applicable: exclude the control in the decision column",
                            "管理策自身の実施状況に「該当なし」は使えない。決定の列で除外する",
                        )
                        .to_owned(),
                    ),
                ),
                Ok(s) => edit = edit.status(s),
                Err(e) => fault(
                    "status",
                    Problem::UnknownStatus { input: status_text.clone(), expected: e.to_string(), closest: None },
                ),
            }
        }
        let team = layout.cell(row, "team").trim().to_owned();
        edit = if team.is_empty() { edit.clear_team() } else { edit.team(team) };
        edit = edit.evidence(lines(&layout.cell(row, "evidence")));
        edit = edit.documents(lines(&layout.cell(row, "documents")));
        match date(&layout.cell(row, "due")) {
            Ok(Some(d)) => edit = edit.due(d),
            Ok(None) => edit = edit.clear_due(),
            Err(p) => fault("due", p),
        }
        let jis = layout.cell(row, "jis_title").trim().to_owned();
        edit = edit.jis_title((!jis.is_empty()).then_some(jis));
        let base = layout.revision.and_then(|c| Revision::parse(&crate::plan::workbook::text(&layout.range, row, c)));
        if faults.len() == before_faults {
            rows.push((shown, control, decision, edit, base));
        }
    }
    for missing in expected.iter().skip(next) {
        faults.push(Fault {
            sheet: layout.sheet.clone(),
            row: None,
            column: None,
            problem: Problem::MissingControl { control: missing.id().to_owned() },
        });
    }
    if !faults.is_empty() {
        return refuse(faults);
    }
    let mut out = register.clone();
    let mut changes = Vec::new();
    let (mut conflicts, mut settled) = (Vec::new(), Vec::new());
    for (row, control, decision, edit, base) in rows {
        let old = register.soa_decisions().get(&control);
        let before = register.control_records().get(&control).cloned().unwrap_or_default();
        let after = edit.applied(&before);
        let ours = Revision::of_soa_row(old, Some(&before));
        let theirs = Revision::of_soa_row(decision.as_ref(), Some(&after));
        let fields = differing(old, &before, decision.as_ref(), &after);
        let take = match merge::three_way(base, ours, theirs) {
            Outcome::Keep => false,
            Outcome::Take => true,
            Outcome::Conflict => {
                let mut conflict = RowConflict {
                    sheet: layout.sheet.clone(),
                    row,
                    entry: None,
                    subject: control.id().to_owned(),
                    fields: fields.clone(),
                    kept: None,
                };
                if let OnConflict::Prefer(side) = on_conflict {
                    conflict.kept = Some(side);
                    settled.push(conflict);
                    side == Side::Workbook
                } else {
                    conflicts.push(conflict);
                    false
                }
            }
        };
        if !take {
            continue;
        }
        for d in fields {
            changes.push(Update {
                sheet: layout.sheet.clone(),
                row,
                entry: None,
                subject: control.id().to_owned(),
                field: d.field,
                before: d.register,
                after: d.workbook,
            });
        }
        if old != decision.as_ref() {
            let result = if let Some(d) = decision {
                out.record_decision(control, d).map(|_| ())
            } else {
                out.withdraw(control);
                Ok(())
            };
            if let Err(e) = result {
                faults.push(Fault {
                    sheet: layout.sheet.clone(),
                    row: Some(row),
                    column: None,
                    problem: Problem::Sheet(e.to_string()),
                });
            }
        }
        if after != before {
            if let Err(e) = out.set_control(control, &edit) {
                faults.push(Fault {
                    sheet: layout.sheet.clone(),
                    row: Some(row),
                    column: None,
                    problem: Problem::Sheet(e.to_string()),
                });
            }
        }
    }
    if !faults.is_empty() {
        return refuse(faults);
    }
    if !conflicts.is_empty() {
        return Err(WorkbookError::Conflicted { workbook: workbook.to_owned(), conflicts });
    }
    Ok(Imported { register: out, changes, settled })
}

/// The fields on which a row of the register and of the workbook differ, each with both values.
fn differing(
    old: Option<&Decision>,
    before: &ControlRecord,
    new: Option<&Decision>,
    after: &ControlRecord,
) -> Vec<Differing> {
    let mut out = Vec::new();
    let mut field = |field, register: Option<String>, workbook: Option<String>| {
        if register != workbook {
            out.push(Differing { field, register, workbook });
        }
    };
    let decision = |d: Option<&Decision>| d.map(|d| format!("{}: {}", d.choice, d.justification.trim()));
    field(Field::Decision, decision(old), decision(new));
    let grounds = |d: Option<&Decision>| d.and_then(|d| d.grounds).map(|g| g.to_string());
    field(Field::Grounds, grounds(old), grounds(new));
    let risks = |d: Option<&Decision>| d.map(|d| d.risks.join("\n")).filter(|s| !s.is_empty());
    field(Field::Risks, risks(old), risks(new));
    let lines = |v: &[String]| Some(v.join("\n")).filter(|s| !s.is_empty());
    let status = |r: &ControlRecord| r.status().map(ToString::to_string);
    field(Field::Status, status(before), status(after));
    field(Field::Team, before.team().map(str::to_owned), after.team().map(str::to_owned));
    field(Field::Evidence, lines(before.evidence()), lines(after.evidence()));
    field(Field::Due, before.due().map(|d| d.to_string()), after.due().map(|d| d.to_string()));
    field(Field::Documents, lines(before.documents()), lines(after.documents()));
    field(Field::JisTitle, before.jis_title().map(str::to_owned), after.jis_title().map(str::to_owned));
    out
}
