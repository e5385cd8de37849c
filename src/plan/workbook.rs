//! The plan through Excel, both ways (feature `xlsx`): [`xlsx`] writes the workbook a compliance team fills in,
//! [`import`] reads it back into the [`Register`]. The Statement of Applicability's workbook
//! ([`soa::xlsx`](crate::soa::xlsx)) comes back through [`soa::import`](crate::soa::import), the same way.
//!
//! **The workbook.** A sheet per service of the register, a row per entry (customer duty) in the register's order:
//! section, control, the customer's duty, IDCF's part in the same cell, the owner of the cell, the provenance of the
//! duty ([`Provenance`]: stated by the document, our inference, or the customer's decision) and its source; then the
//! input cells, shaded and unlocked: the status (a drop-down list of the status labels in the workbook's language),
//! its justification (for not applicable and risk accepted), team, evidence (a reference per line), due date and
//! notes; last, the row's key. Every other cell is protected (sheet protection without a password: filters, sorting
//! and column widths still work). Frozen header, auto-filter, columns as wide as their text up to a limit.
//!
//! **The key** ties a row to its entry's duty and carries the row's base: `plan2/{service}/{section}/{duty}@{revision}`,
//! where `{duty}` is the duty's identity in its cell (`s2-customer-environment`: the document's sentence and the
//! layer; `t…`: a hash of a duty the customer's overlay added) and `{revision}` is the entry's
//! [`Revision`] when the workbook was written. The key depends on neither the
//! entry's place nor the overlay as a whole: a workbook written before a [rebase](Register::rebase) finds every
//! duty the rebase kept.
//!
//! **The import** checks every row before anything changes: a status that is no status (with the closest), a date
//! that is not a date, a justification missing where the status needs one or left where it takes none, a row whose
//! key is not the register's (a service it does not cover, a duty it does not have, a retired entry), a key twice,
//! a row without a key, an entry without a row. Every fault is reported at once with its sheet, row and column, and
//! nothing changes. Then each row is merged three ways ([`merge`]): a row changed in the
//! workbook whose entry is unchanged since the export is applied, a row the workbook left as it was changes
//! nothing (newer work in the register stays), and a row changed on both sides is a conflict that refuses the
//! workbook unless a side is chosen. The result is a new register and the typed list of what changed.
//!
//! ```
//! use idcf_responsibility::plan::workbook;
//! use idcf_responsibility::{Lang, Service, plan::Register};
//! let register = Register::new(&[Service::ObjectStorage], None);
//! let book = workbook::xlsx(&register, Lang::Ja)?;
//! // Read back untouched: nothing changes.
//! let imported = workbook::import(&register, &book, "plan.xlsx")?;
//! assert!(imported.changes.is_empty());
//! assert_eq!(imported.register, register);
//! // The workbook of another register is refused, naming its rows.
//! let other = Register::new(&[Service::SelfCloud], None);
//! let err = workbook::import(&other, &book, "plan.xlsx").unwrap_err();
//! assert!(err.to_string().starts_with("workbook plan.xlsx refused"), "{err}");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::io::Cursor;

use calamine::{Data, Range, Reader as _, Xlsx, open_workbook_from_rs};

use crate::export::{not_applicable, owner_mark, pick, tagged};
use crate::{
    Lang, Matrix, Party, Provenance, Service,
    plan::merge::{self, EntryValues, OnConflict, Outcome, Revision, RowConflict, Side},
    plan::{Date, EntryEdit, Register},
};
use crate::{Text, plan::Status};

/// Whose a column is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Whose {
    /// Derived from the register and the matrix: protected.
    Derived,
    /// The team's input: unlocked.
    Input,
}

/// The columns of a service's sheet.
static COLUMNS: [(Text, Whose); 14] = [
    (Text::new("§", "節"), Whose::Derived),
    (Text::new("Control", "管理策"), Whose::Derived),
    (Text::new("Customer's duty", "お客さまの職務"), Whose::Derived),
    (Text::new("IDCF's part", "IDCFの分担"), Whose::Derived),
    (Text::new("Owner", "担当"), Whose::Derived),
    (Text::new("Provenance", "根拠の種類"), Whose::Derived),
    (Text::new("Source", "出典"), Whose::Derived),
    (Text::new("Status", "状況"), Whose::Input),
    (Text::new("Justification", "理由"), Whose::Input),
    (Text::new("Team", "担当チーム"), Whose::Input),
    (Text::new("Evidence", "証跡"), Whose::Input),
    (Text::new("Due", "期日"), Whose::Input),
    (Text::new("Notes", "備考"), Whose::Input),
    (Text::new("Key", "キー"), Whose::Derived),
];

const STATUS: u16 = 7;
const JUSTIFICATION: u16 = 8;
const TEAM: u16 = 9;
const EVIDENCE: u16 = 10;
const DUE: u16 = 11;
const NOTES: u16 = 12;
const KEY: u16 = 13;

/// The statuses in the drop-down's order.
const STATUSES: [Status; 5] = [
    Status::NotStarted,
    Status::InProgress,
    Status::Implemented,
    Status::NotApplicable { justification: String::new() },
    Status::RiskAccepted { justification: String::new() },
];

/// Each entry's row key (see [`merge`]), in the register's order; should two entries share a
/// duty's identity (a hand-edited register), the later ones take `~2`, `~3` ….
fn keys(register: &Register) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(register.entries().len());
    for e in register.entries() {
        let key = merge::key(e.service(), e.control(), e.duty());
        let taken = out.iter().filter(|k| k.split('~').next() == Some(key.as_str())).count();
        out.push(if taken == 0 { key } else { format!("{key}~{}", taken + 1) });
    }
    out
}

/// The built-in matrix with the register's overlay over it.
fn matrix_of(register: &Register) -> Matrix {
    match register.overlay() {
        Some(o) => o.apply(Matrix::builtin()).matrix,
        None => Matrix::builtin().clone(),
    }
}

/// The sheet name of a service in a language.
fn sheet_name(service: Service, lang: Lang) -> &'static str {
    service.label(lang)
}

/// The plan as an Excel workbook (`.xlsx`) a team fills in, in `lang` (see the [module](self) for its sheets,
/// columns and key). Deterministic: the creation date is the dataset's release date.
///
/// # Errors
///
/// An [`std::io::ErrorKind::Other`] error naming the fault if the workbook writer refuses what it is given.
///
/// ```
/// use idcf_responsibility::{Lang, Service, plan::{Register, workbook}};
/// let r = Register::new(&[Service::IdcfCloud, Service::ObjectStorage], None);
/// let book = workbook::xlsx(&r, Lang::En)?;
/// assert!(book.starts_with(b"PK\x03\x04"));
/// assert_eq!(book, workbook::xlsx(&r, Lang::En)?);
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn xlsx(register: &Register, lang: Lang) -> std::io::Result<Vec<u8>> {
    workbook(register, lang).map_err(|err| std::io::Error::other(format!("cannot write the xlsx workbook: {err}")))
}

fn workbook(register: &Register, lang: Lang) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use crate::export::xlsx::{Sheet, Styles};
    use rust_xlsxwriter::{Color, DocProperties, ExcelDateTime, Workbook};

    let mut book = Workbook::new();
    book.set_properties(
        &DocProperties::new()
            .set_title(pick(lang, "Implementation plan", "実施計画"))
            .set_comment(format!("{} {}", crate::DATASET, register.dataset_version()))
            .set_creation_datetime(&ExcelDateTime::parse_from_str(crate::DATASET_RELEASED)?),
    );
    let styles = Styles::new();
    let input = styles.text.clone().set_unlocked().set_background_color(Color::RGB(0x00FF_F8D6));
    let input_date = input.clone().set_num_format("yyyy-mm-dd");
    let input_header = styles.header.clone().set_background_color(Color::RGB(0x00FF_E9A8));
    let key_format = styles.text.clone().set_font_color(Color::RGB(0x0077_7777));
    let matrix = matrix_of(register);
    let keys = keys(register);
    let labels: Vec<&str> = STATUSES.iter().map(|s| s.label(lang)).collect();
    let last_col = COLUMNS.len() as u16 - 1;
    let mut first = true;
    for &service in register.services() {
        let mut sheet = Sheet::new(sheet_name(service, lang))?;
        for (col, (title, whose)) in (0u16..).zip(&COLUMNS) {
            sheet.put(0, col, title.get(lang), if *whose == Whose::Input { &input_header } else { &styles.header })?;
        }
        let mut row = 0u32;
        for (index, entry) in register.entries().iter().enumerate().filter(|(_, e)| e.service() == service) {
            row += 1;
            let cell = matrix.cell(service, entry.control());
            let provider: Vec<String> = cell.duties_of(Party::Provider).map(|d| tagged(d, lang)).collect();
            let owner = format!("{}{}", cell.owner().map_or(not_applicable(lang), |o| o.label(lang)), owner_mark(cell));
            let section = entry.control().section();
            let derived = [
                section.to_owned(),
                entry.control().label(lang).to_owned(),
                entry.duty().text.get(lang).to_owned(),
                provider.join("\n"),
                owner,
                entry.duty().basis.provenance().label(lang).to_owned(),
                Provenance::cite(entry.duty(), section, lang),
            ];
            for (col, text) in (0u16..).zip(&derived) {
                sheet.put(row, col, text, &styles.text)?;
            }
            sheet.put(row, STATUS, entry.status().label(lang), &input)?;
            sheet.put(row, JUSTIFICATION, entry.status().justification().unwrap_or_default(), &input)?;
            sheet.put(row, TEAM, entry.team().unwrap_or_default(), &input)?;
            sheet.put(row, EVIDENCE, &entry.evidence().join("\n"), &input)?;
            // Sized as a date; written as one (or left blank) in the date format.
            sheet.put(row, DUE, "yyyy-mm-dd", &input)?;
            if let Some(d) = entry.due() {
                let date = ExcelDateTime::from_ymd(d.year(), d.month(), d.day())?;
                sheet.worksheet().write_datetime_with_format(row, DUE, &date, &input_date)?;
            } else {
                sheet.worksheet().write_blank(row, DUE, &input_date)?;
            }
            sheet.put(row, NOTES, entry.notes().unwrap_or_default(), &input)?;
            let key = keys.get(index).map_or("", String::as_str);
            sheet.put(row, KEY, &format!("{key}@{}", Revision::of_entry(entry)), &key_format)?;
        }
        sheet.table(0, row, last_col)?;
        let prompt = (
            pick(lang, "Status", "状況"),
            pick(
                lang,
                "Pick a status; not applicable and risk accepted need a justification in the next column.",
                "状況を選ぶ。対象外とリスク受容は右の列に理由が必要。",
            ),
        );
        sheet.drop_down_and_protect(STATUS, row, &labels, prompt)?;
        if first {
            sheet.worksheet().set_active(true);
            first = false;
        }
        book.push_worksheet(sheet.finish()?);
    }
    // Hidden and protected: the rows the workbook was written with, so that the import tells a deleted row from an
    // entry added since (by a rebase).
    let mut listed = rust_xlsxwriter::Worksheet::new();
    listed.set_name(KEYS_SHEET)?;
    listed.write_string(0, 0, "key")?;
    for (row, key) in (1u32..).zip(&keys) {
        listed.write_string(row, 0, key)?;
    }
    listed.set_hidden(true);
    listed.protect();
    book.push_worksheet(listed);
    // The customer's overlay decisions, as the customer's (a sheet the import does not read).
    book.push_worksheet(crate::plan::report::overlay_sheet(register, lang, &styles)?);
    book.save_to_buffer()
}

/// The name of the plan workbook's hidden sheet of the keys it was written with.
const KEYS_SHEET: &str = "keys";

/// Which field of an entry (or decision) a [`Update`] or a [`Fault`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[non_exhaustive]
pub enum Field {
    /// The status (with its justification).
    Status,
    /// The justification of a status or a decision.
    Justification,
    /// The team.
    Team,
    /// The evidence references.
    Evidence,
    /// The due date.
    Due,
    /// The notes.
    Notes,
    /// The row's key.
    Key,
    /// The Statement of Applicability's control id.
    Control,
    /// The customer's decision on a control.
    Decision,
    /// The ground of a decision (risk treatment, legal, contractual, business).
    Grounds,
    /// The risk ids of a decision.
    Risks,
    /// The related documents of a control.
    Documents,
    /// The customer's licensed JIS title of a control.
    JisTitle,
}

/// One change an import made: where in the workbook, which entry, which field, before and after (as text; `None`
/// for empty).
///
/// ```
/// use idcf_responsibility::plan::workbook::{self, Field, Update};
/// use idcf_responsibility::{Lang, Service, plan::Register};
/// let r = Register::new(&[Service::ObjectStorage], None);
/// // Untouched, a workbook changes nothing. A team that fills in a row's team gives one update, shown as
/// // `Object Storage row 2 (entry 1, §3.1.1): team: (empty) → Ops`.
/// let changes: Vec<Update> = workbook::import(&r, &workbook::xlsx(&r, Lang::En)?, "plan.xlsx")?.changes;
/// assert!(changes.iter().all(|u| u.field != Field::Key));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Update {
    /// The sheet.
    pub sheet: String,
    /// The row, counted from 1 as a spreadsheet shows it.
    pub row: u32,
    /// The entry's index in [`Register::entries`]; `None` for a decision of the Statement of Applicability.
    pub entry: Option<usize>,
    /// What the row is about: the entry's section (`6.5.1`), or the Annex A control of a decision (`A.8.25`).
    pub subject: String,
    /// The field.
    pub field: Field,
    /// The value before.
    pub before: Option<String>,
    /// The value after.
    pub after: Option<String>,
}

impl fmt::Display for Update {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = |v: &Option<String>| v.clone().unwrap_or_else(|| "(empty)".to_owned()).replace('\n', "; ");
        let subject = match self.entry {
            Some(i) => format!("entry {}, §{}", i + 1, self.subject),
            None => self.subject.clone(),
        };
        write!(
            f,
            "{} row {} ({subject}): {}: {} → {}",
            self.sheet,
            self.row,
            self.field,
            shown(&self.before),
            shown(&self.after)
        )
    }
}

/// What an import gives: the new register and what changed, in the workbook's order.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Imported {
    /// The register with the workbook's edits applied.
    pub register: Register,
    /// What changed.
    pub changes: Vec<Update>,
    /// The conflicts settled for one side, as [`OnConflict::Prefer`] said (empty otherwise).
    pub settled: Vec<RowConflict>,
}

/// What is wrong with a cell, a row or the workbook.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Problem {
    /// A status that names none.
    #[error("unknown status {input:?}; expected one of {expected}{}", closest.as_ref().map_or_else(String::new, |c| format!("; did you mean {c}?")))]
    UnknownStatus {
        /// The cell's text.
        input: String,
        /// The labels accepted, in the workbook's language.
        expected: String,
        /// The closest status label, if one is close.
        closest: Option<String>,
    },
    /// A status or decision that needs a justification and has none.
    #[error("{what} needs a justification that says why")]
    MissingJustification {
        /// The status or decision.
        what: String,
    },
    /// A justification with a status that takes none, or without a decision: it would be lost.
    #[error("a justification {input:?} with {what}, which takes none; clear it or change the status")]
    UnexpectedJustification {
        /// The justification.
        input: String,
        /// The status, or `no decision`.
        what: String,
    },
    /// A due date that is not a date.
    #[error(
        "{input:?} is not a date; expected a date cell without a time, or a date such as 2027-03-31, 2027/3/31 or 2027年3月31日"
    )]
    NotADate {
        /// The cell's content, as text.
        input: String,
    },
    /// A row whose key is not one of the register's.
    #[error("key {key:?} {why}")]
    ForeignKey {
        /// The key.
        key: String,
        /// Why it does not match: another register, another dataset version, no such entry.
        why: String,
    },
    /// The same key on two rows.
    #[error("key {key:?} is on row {first_row} of {first_sheet} too (a row duplicated?)")]
    DuplicateKey {
        /// The key.
        key: String,
        /// The sheet of the first row with it.
        first_sheet: String,
        /// The first row with it.
        first_row: u32,
    },
    /// A row with content but no key (a row added by hand).
    #[error("a row without a key; rows cannot be added to the plan, only filled in")]
    NoKey,
    /// An entry of the register that no row carries.
    #[error("entry {} (§{section}) has no row (a row deleted?)", entry + 1)]
    MissingRow {
        /// The entry's index.
        entry: usize,
        /// Its section.
        section: String,
    },
    /// A service's sheet is missing, or a sheet is not one of the plan.
    #[error("{0}")]
    Sheet(String),
    /// A decision that names none.
    #[error("unknown decision {input:?}; expected {expected}{}", closest.as_ref().map_or_else(String::new, |c| format!("; did you mean {c}?")))]
    UnknownDecision {
        /// The cell's text.
        input: String,
        /// What is accepted.
        expected: String,
        /// The closest choice, if one is close.
        closest: Option<String>,
    },
    /// A control id where another was expected (a row deleted, moved or edited).
    #[error("control {found:?} where {expected} was expected (a row deleted, moved or edited?)")]
    UnexpectedControl {
        /// The id found.
        found: String,
        /// The id expected.
        expected: String,
    },
    /// A control of Annex A with no row.
    #[error("control {control} has no row (a row deleted?)")]
    MissingControl {
        /// The control.
        control: String,
    },
}

/// One fault of a workbook, with its place: sheet, row (from 1, as a spreadsheet shows it; `None` for the sheet
/// as a whole), column (letter and header).
///
/// ```
/// use idcf_responsibility::plan::workbook::{self, Problem};
/// use idcf_responsibility::{Lang, Service, plan::Register};
/// let mine = Register::new(&[Service::ObjectStorage], None);
/// let theirs = Register::new(&[Service::SelfCloud], None);
/// let err = workbook::import(&mine, &workbook::xlsx(&theirs, Lang::En)?, "plan.xlsx").unwrap_err();
/// let fault = &err.faults()[0];
/// assert_eq!((fault.sheet.as_str(), fault.row, fault.column.as_deref()), ("Self Cloud", Some(2), Some("N (Key)")));
/// assert!(matches!(fault.problem, Problem::ForeignKey { .. }));
/// assert!(fault.to_string().starts_with("sheet Self Cloud, row 2, column N (Key): key \"plan2/self-cloud/"), "{fault}");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("sheet {sheet}{}{}: {problem}", row.map_or_else(String::new, |r| format!(", row {r}")), column.as_ref().map_or_else(String::new, |c| format!(", column {c}")))]
#[non_exhaustive]
pub struct Fault {
    /// The sheet's name.
    pub sheet: String,
    /// The row, from 1.
    pub row: Option<u32>,
    /// The column: its letter and header, `H (Status)`.
    pub column: Option<String>,
    /// What is wrong.
    pub problem: Problem,
}

/// Why a workbook was refused. Nothing changed.
///
/// ```
/// use idcf_responsibility::plan::workbook::{self, WorkbookError};
/// use idcf_responsibility::{Service, plan::Register};
/// let err = workbook::import(&Register::new(&[Service::SelfCloud], None), b"not a workbook", "x.xlsx").unwrap_err();
/// assert!(matches!(err, WorkbookError::Unreadable { .. }));
/// assert!(err.to_string().starts_with("workbook x.xlsx cannot be read"), "{err}");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WorkbookError {
    /// Not an xlsx workbook, or one calamine cannot read.
    #[error("workbook {workbook} cannot be read as xlsx: {message}")]
    Unreadable {
        /// The workbook's name, as given.
        workbook: String,
        /// What the reader said.
        message: String,
    },
    /// A workbook that unpacks to more than the import reads ([`MAX_PART_BYTES`] a part, [`MAX_UNPACKED_BYTES`]
    /// in all, [`MAX_PARTS`] parts): a zip bomb, or no plan workbook. Refused after reading at most the limit.
    #[error("workbook {workbook} refused, nothing changed: {what}; a plan workbook unpacks to far less")]
    TooLarge {
        /// The workbook's name, as given.
        workbook: String,
        /// What was over which limit: `part xl/worksheets/sheet1.xml unpacks to more than 32 MiB`.
        what: String,
    },
    /// Faults in the workbook: every one found, each with its place.
    #[error("workbook {workbook} refused, nothing changed; {} fault{}:\n{}", faults.len(), if faults.len() == 1 { "" } else { "s" }, faults.iter().map(|f| format!("  {f}")).collect::<Vec<_>>().join("\n"))]
    Refused {
        /// The workbook's name, as given.
        workbook: String,
        /// The faults, in the workbook's order.
        faults: Vec<Fault>,
    },
    /// Rows changed both in the register since the workbook was written and in the workbook, differently: each
    /// with both values. Import again saying which side wins ([`OnConflict::Prefer`]), or settle them in the
    /// register and write the workbook again.
    #[error("workbook {workbook} refused, nothing changed; {} row{} changed both in the register since the workbook was written and in the workbook:\n{}\nsay which side wins, or settle them in the register and write the workbook again", conflicts.len(), if conflicts.len() == 1 { "" } else { "s" }, conflicts.iter().map(|c| format!("  {c}")).collect::<Vec<_>>().join("\n"))]
    Conflicted {
        /// The workbook's name, as given.
        workbook: String,
        /// The conflicts, in the workbook's order.
        conflicts: Vec<RowConflict>,
    },
}

impl WorkbookError {
    /// The faults, if the workbook was read and refused.
    ///
    /// ```
    /// use idcf_responsibility::plan::workbook;
    /// use idcf_responsibility::{Service, plan::Register};
    /// let err = workbook::import(&Register::new(&[Service::SelfCloud], None), b"", "x.xlsx").unwrap_err();
    /// assert!(err.faults().is_empty());
    /// ```
    #[must_use]
    pub fn faults(&self) -> &[Fault] {
        match self {
            WorkbookError::Refused { faults, .. } => faults,
            WorkbookError::Unreadable { .. } | WorkbookError::Conflicted { .. } | WorkbookError::TooLarge { .. } => &[],
        }
    }

    /// The conflicts, if the workbook was refused for them.
    ///
    /// ```
    /// use idcf_responsibility::plan::workbook;
    /// use idcf_responsibility::{Service, plan::Register};
    /// let err = workbook::import(&Register::new(&[Service::SelfCloud], None), b"", "x.xlsx").unwrap_err();
    /// assert!(err.conflicts().is_empty());
    /// ```
    #[must_use]
    pub fn conflicts(&self) -> &[RowConflict] {
        match self {
            WorkbookError::Conflicted { conflicts, .. } => conflicts,
            WorkbookError::Unreadable { .. } | WorkbookError::Refused { .. } | WorkbookError::TooLarge { .. } => &[],
        }
    }
}

/// A column's letter and header: `H (Status)`.
pub(crate) fn column_name(col: u16, header: &str) -> String {
    let mut letters = String::new();
    let mut n = u32::from(col) + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.insert(0, char::from_u32(u32::from(b'A') + rem).unwrap_or('?'));
        n = (n - 1) / 26;
    }
    if header.is_empty() { letters } else { format!("{letters} ({header})") }
}

/// A cell as text (numbers as written, dates as `YYYY-MM-DD` where they are dates); empty for an empty cell.
pub(crate) fn text(range: &Range<Data>, row: u32, col: u16) -> String {
    match range.get_value((row, u32::from(col))) {
        None | Some(Data::Empty) => String::new(),
        Some(Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s)) => s.clone(),
        Some(Data::Float(f)) => f.to_string(),
        Some(Data::Int(i)) => i.to_string(),
        Some(Data::Bool(b)) => b.to_string(),
        Some(Data::DateTime(d)) => serial_date(d.as_f64()).map_or_else(|| serial_shown(d.as_f64()), |d| d.to_string()),
        Some(Data::Error(e)) => e.to_string(),
    }
}

/// An Excel serial day number (1900 system; 61 onward, past Excel's phantom 1900-02-29) as a date, if it is a
/// whole day.
pub(crate) fn serial_date(serial: f64) -> Option<Date> {
    if serial.fract() != 0.0 || !(61.0..=2_958_465.0).contains(&serial) {
        return None;
    }
    // Days from 1970-01-01; serial 25569 is that day. In range, so the cast is exact.
    #[allow(clippy::cast_possible_truncation, reason = "a whole number within Excel's date range")]
    let z = serial as i64 - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date::new(u16::try_from(year).ok()?, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
}

/// A serial day number as people see it in Excel: a date-time `2027-03-31 15:30` when it is one with a time part,
/// else the number.
fn serial_shown(serial: f64) -> String {
    match serial_date(serial.floor()) {
        Some(day) => {
            // Minutes of the day, rounded; in range, so the cast is exact.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "0 to 1440")]
            let minutes = (serial.fract() * 1440.0).round() as u32;
            format!("{day} {:02}:{:02}", minutes / 60, minutes % 60)
        }
        None => serial.to_string(),
    }
}

/// The due date in a cell: a date cell, or text `YYYY-MM-DD`; empty for none.
fn due(range: &Range<Data>, row: u32) -> Result<Option<Date>, Problem> {
    match range.get_value((row, u32::from(DUE))) {
        None | Some(Data::Empty) => Ok(None),
        Some(Data::String(s)) if s.trim().is_empty() => Ok(None),
        // Typed text: the forms `Date` parses (2027-03-31, 2027/3/31, 2027年3月31日).
        Some(Data::String(s)) => s.trim().parse::<Date>().map(Some).map_err(|_| Problem::NotADate { input: s.clone() }),
        Some(Data::DateTimeIso(s)) => {
            let day = s.trim().get(..10).filter(|_| s.trim().len() == 10 || s.trim().get(10..11) == Some("T"));
            day.and_then(|d| d.parse::<Date>().ok()).map(Some).ok_or_else(|| Problem::NotADate { input: s.clone() })
        }
        Some(Data::DateTime(d)) => {
            serial_date(d.as_f64()).map(Some).ok_or_else(|| Problem::NotADate { input: serial_shown(d.as_f64()) })
        }
        Some(_) => Err(Problem::NotADate { input: text(range, row, DUE) }),
    }
}

/// The most one part of a workbook's zip (a sheet's XML, the shared strings) may unpack to: 32 MiB. The plan
/// workbook of every service is about a hundredth of it; a larger part is refused after reading at most this much.
///
/// ```
/// assert_eq!(idcf_responsibility::plan::workbook::MAX_PART_BYTES, 32 << 20);
/// ```
pub const MAX_PART_BYTES: u64 = 32 << 20;

/// The most all the parts of a workbook's zip together may unpack to: 128 MiB.
///
/// ```
/// assert_eq!(idcf_responsibility::plan::workbook::MAX_UNPACKED_BYTES, 128 << 20);
/// ```
pub const MAX_UNPACKED_BYTES: u64 = 128 << 20;

/// The most parts a workbook's zip may hold: 1000 (the plan workbook has about twenty).
///
/// ```
/// assert_eq!(idcf_responsibility::plan::workbook::MAX_PARTS, 1000);
/// ```
pub const MAX_PARTS: usize = 1000;

/// Opens a workbook's bytes, once every part is known to unpack within the limits.
pub(crate) fn open(bytes: &[u8], workbook: &str) -> Result<Xlsx<Cursor<Vec<u8>>>, WorkbookError> {
    use super::unzip::Refusal;
    let too_large = |what: String| WorkbookError::TooLarge { workbook: workbook.to_owned(), what };
    match super::unzip::check(bytes, MAX_PART_BYTES, MAX_UNPACKED_BYTES, MAX_PARTS) {
        // An unreadable zip is refused below with calamine's words, as before.
        Ok(()) | Err(Refusal::Unreadable) => {}
        Err(Refusal::Corrupt { part, message }) => {
            return Err(WorkbookError::Unreadable {
                workbook: workbook.to_owned(),
                message: format!("{part}: {message}"),
            });
        }
        Err(Refusal::TooManyParts { parts, limit }) => {
            return Err(too_large(format!("{parts} parts, more than {limit}")));
        }
        Err(Refusal::PartTooLarge { part, limit }) => {
            return Err(too_large(format!("part {part} unpacks to more than {} MiB", limit >> 20)));
        }
        Err(Refusal::TooLarge { limit }) => {
            return Err(too_large(format!("its parts unpack to more than {} MiB", limit >> 20)));
        }
    }
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).map_err(|e: calamine::XlsxError| WorkbookError::Unreadable {
        workbook: workbook.to_owned(),
        message: e.to_string(),
    })
}

/// The status in a row, from its status and justification cells.
fn status(label: &str, why: &str, lang: Lang) -> Result<Status, (u16, Problem)> {
    let label = label.trim();
    let why = why.trim();
    let expected = STATUSES.iter().map(|s| s.label(lang)).collect::<Vec<_>>().join(", ");
    let unknown = || {
        let names: Vec<&str> = STATUSES.iter().flat_map(|s| [s.label(lang), s.id()]).collect();
        let closest = crate::vocab::closest(label, &names).first().and_then(|name| {
            STATUSES.iter().find(|s| s.id() == *name || s.label(lang) == *name).map(|s| s.label(lang).to_owned())
        });
        (STATUS, Problem::UnknownStatus { input: label.to_owned(), expected: expected.clone(), closest })
    };
    if label.is_empty() {
        return Err(unknown());
    }
    if label.contains([':', '：']) {
        // `not applicable: why` typed in the status cell: as `Status::from_str` reads it; not with a second one.
        if !why.is_empty() {
            let what = pick(lang, "a justification in the status cell too", "状況のセルにも理由");
            return Err((
                JUSTIFICATION,
                Problem::UnexpectedJustification { input: why.to_owned(), what: what.to_owned() },
            ));
        }
        return label.parse::<Status>().map_err(|_| unknown());
    }
    let found: Status = match label.parse::<Status>() {
        Ok(s) => s,
        Err(crate::ParseError::Invalid { .. }) => {
            // Not applicable or risk accepted without a colon: the justification is in its own cell.
            if why.is_empty() {
                return Err((JUSTIFICATION, Problem::MissingJustification { what: label.to_owned() }));
            }
            return format!("{label}: {why}").parse::<Status>().map_err(|_| unknown());
        }
        Err(_) => return Err(unknown()),
    };
    if !why.is_empty() {
        return Err((
            JUSTIFICATION,
            Problem::UnexpectedJustification { input: why.to_owned(), what: found.label(lang).to_owned() },
        ));
    }
    Ok(found)
}

/// Which language a sheet's header row is in, if it is a plan sheet's.
fn header_lang(range: &Range<Data>) -> Option<Lang> {
    Lang::ALL
        .iter()
        .copied()
        .find(|&lang| (0u16..).zip(&COLUMNS).all(|(col, (title, _))| text(range, 0, col) == title.get(lang)))
}

/// Reads the plan workbook back into a copy of `register`: every row checked, then merged three ways
/// ([`merge`]): a row the workbook changed is applied through [`EntryEdit`] when its entry is
/// unchanged since the workbook was written, what changed listed; a row changed on both sides refuses the
/// workbook ([`WorkbookError::Conflicted`]). `workbook` names the file in messages. The workbook's language is
/// read from its headers; a status may be typed in either language (its label or id).
///
/// An empty input cell clears its field (team, evidence, due date, notes); evidence is a reference per line.
///
/// # Errors
///
/// [`WorkbookError::Unreadable`] for bytes that are no xlsx workbook; [`WorkbookError::Refused`] with every
/// [`Fault`] found (see the [module](self)); [`WorkbookError::Conflicted`] with every conflict. The register is
/// not touched either way.
///
/// ```
/// use idcf_responsibility::plan::workbook;
/// use idcf_responsibility::{Service, plan::Register};
/// let r = Register::new(&[Service::SelfCloud], None);
/// let imported = workbook::import(&r, &workbook::xlsx(&r, idcf_responsibility::Lang::En)?, "plan.xlsx")?;
/// assert_eq!(imported.register, r);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn import(register: &Register, bytes: &[u8], workbook: &str) -> Result<Imported, WorkbookError> {
    import_resolving(register, bytes, workbook, OnConflict::Refuse)
}

/// [`import`], with conflicts settled for one side ([`OnConflict::Prefer`]) and each reported in
/// [`Imported::settled`]; with [`OnConflict::Refuse`], [`import`] itself.
///
/// # Errors
///
/// As [`import`]; [`WorkbookError::Conflicted`] only with [`OnConflict::Refuse`].
///
/// ```
/// use idcf_responsibility::plan::{merge::{OnConflict, Side}, workbook};
/// use idcf_responsibility::{Lang, Service, plan::Register};
/// let r = Register::new(&[Service::SelfCloud], None);
/// let book = workbook::xlsx(&r, Lang::En)?;
/// let imported = workbook::import_resolving(&r, &book, "plan.xlsx", OnConflict::Prefer(Side::Workbook))?;
/// assert!(imported.settled.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn import_resolving(
    register: &Register,
    bytes: &[u8],
    workbook: &str,
    on_conflict: OnConflict,
) -> Result<Imported, WorkbookError> {
    let mut book = open(bytes, workbook)?;
    let mut faults = Vec::new();
    let mut rows: Vec<PlanRow> = Vec::new();
    let mut seen: BTreeMap<String, (String, u32)> = BTreeMap::new();
    let mut rowed = vec![false; register.entries().len()];
    let all_keys = keys(register);
    let keys: BTreeMap<String, usize> = all_keys.iter().cloned().enumerate().map(|(i, k)| (k, i)).collect();
    let retired_keys: Vec<String> =
        register.retired().iter().map(|e| merge::key(e.service(), e.control(), e.duty())).collect();
    // The keys the workbook was written with, from its hidden sheet (a workbook saved without it: none known).
    let mut exported: Option<std::collections::BTreeSet<String>> = None;
    let mut plan_sheets = 0;
    let mut book_lang = Lang::En;
    for name in book.sheet_names() {
        if name == KEYS_SHEET {
            if let Ok(range) = book.worksheet_range(&name) {
                let last = range.end().map_or(0, |(r, _)| r);
                exported = Some((1..=last).map(|r| text(&range, r, 0).trim().to_owned()).collect());
            }
            continue;
        }
        let range = match book.worksheet_range(&name) {
            Ok(r) => r,
            Err(e) => {
                faults.push(Fault { sheet: name, row: None, column: None, problem: Problem::Sheet(e.to_string()) });
                continue;
            }
        };
        let Some(lang) = header_lang(&range) else {
            // A sheet the team added (a chart, a pivot): not the plan's, read no further.
            continue;
        };
        plan_sheets += 1;
        book_lang = lang;
        let column = |col: u16| Some(column_name(col, COLUMNS.get(usize::from(col)).map_or("", |c| c.0.get(lang))));
        let last = range.end().map_or(0, |(r, _)| r);
        for row in 1..=last {
            let shown = row + 1;
            let cells: Vec<String> = (0..=KEY).map(|c| text(&range, row, c)).collect();
            if cells.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            let before = faults.len();
            let mut fault = |col: Option<u16>, problem| {
                faults.push(Fault { sheet: name.clone(), row: Some(shown), column: col.and_then(column), problem });
            };
            let cell = text(&range, row, KEY).trim().to_owned();
            if cell.is_empty() {
                fault(Some(KEY), Problem::NoKey);
                continue;
            }
            // The key, and after `@` the base: the entry's revision when the workbook was written.
            let (key_text, base) = match cell.split_once('@') {
                Some((k, b)) => (k.trim().to_owned(), Revision::parse(b)),
                None => (cell.clone(), None),
            };
            let retired = || retired_keys.contains(&key_text);
            let index = match keys.get(&key_text) {
                Some(&index) => Some(index),
                // A row of an entry a rebase retired since the export: read, then skipped if untouched.
                None if retired() => None,
                None => {
                    fault(Some(KEY), Problem::ForeignKey { why: foreign(&key_text, register), key: cell });
                    continue;
                }
            };
            if let Some((first_sheet, first_row)) = seen.get(&key_text) {
                fault(
                    Some(KEY),
                    Problem::DuplicateKey { key: cell, first_sheet: first_sheet.clone(), first_row: *first_row },
                );
                continue;
            }
            seen.insert(key_text.clone(), (name.clone(), shown));
            if let Some(r) = index.and_then(|i| rowed.get_mut(i)) {
                *r = true;
            }
            let get = |col: u16| cells.get(usize::from(col)).map_or("", |s| s.as_str()).trim().to_owned();
            let status = status(&get(STATUS), &get(JUSTIFICATION), lang).map_err(|(col, p)| fault(Some(col), p));
            let due = due(&range, row).map_err(|p| fault(Some(DUE), p));
            let (Ok(status), Ok(due)) = (status, due) else { continue };
            if faults.len() > before {
                continue;
            }
            let evidence = [get(EVIDENCE)];
            let notes = get(NOTES);
            let values = EntryValues::new(status, Some(&get(TEAM)), &evidence, due, Some(&notes));
            match index {
                Some(index) => rows.push(PlanRow { sheet: name.clone(), row: shown, index, base, values }),
                None if base == Some(values.revision()) => {}
                None => faults.push(Fault {
                    sheet: name.clone(),
                    row: Some(shown),
                    column: column(KEY),
                    problem: Problem::ForeignKey {
                        why: format!(
                            "{}; the row was filled in, but a retired entry takes no edits: record them in the register by hand",
                            foreign(&key_text, register)
                        ),
                        key: cell,
                    },
                }),
            }
        }
    }
    for (index, e) in register.entries().iter().enumerate() {
        // An entry the workbook never had (added by a rebase since it was written) is no deleted row.
        let known = exported.as_ref().is_none_or(|k| all_keys.get(index).is_some_and(|key| k.contains(key)));
        if known && !rowed.get(index).copied().unwrap_or(false) {
            faults.push(Fault {
                sheet: sheet_name(e.service(), book_lang).to_owned(),
                row: None,
                column: None,
                problem: Problem::MissingRow { entry: index, section: e.control().section().to_owned() },
            });
        }
    }
    if plan_sheets == 0 && faults.is_empty() {
        faults.push(Fault {
            sheet: book.sheet_names().join(", "),
            row: None,
            column: None,
            problem: Problem::Sheet("no sheet of the plan (a header row of § … Key) in this workbook".to_owned()),
        });
    }
    let mut out = register.clone();
    let mut all = Vec::new();
    let mut conflicts = Vec::new();
    let mut settled = Vec::new();
    for PlanRow { sheet, row, index, base, values } in rows {
        let Some(entry) = register.entries().get(index) else { continue };
        let ours = EntryValues::of(entry);
        let subject = entry.control().section().to_owned();
        let (edit, fields) = entry_edit(&ours, &values);
        let take = match merge::three_way(base, ours.revision(), values.revision()) {
            Outcome::Keep => false,
            Outcome::Take => true,
            Outcome::Conflict => {
                let fields = fields
                    .iter()
                    .map(|(field, register, workbook)| merge::Differing {
                        field: *field,
                        register: register.clone(),
                        workbook: workbook.clone(),
                    })
                    .collect();
                let mut conflict = RowConflict {
                    sheet: sheet.clone(),
                    row,
                    entry: Some(index),
                    subject: subject.clone(),
                    fields,
                    kept: None,
                };
                match on_conflict {
                    OnConflict::Prefer(side) => {
                        conflict.kept = Some(side);
                        settled.push(conflict);
                        side == Side::Workbook
                    }
                    OnConflict::Refuse => {
                        conflicts.push(conflict);
                        false
                    }
                }
            }
        };
        if !take {
            continue;
        }
        if let Err(e) = out.edit_entry(index, &edit) {
            faults.push(Fault {
                sheet: sheet.clone(),
                row: Some(row),
                column: None,
                problem: Problem::Sheet(e.to_string()),
            });
            continue;
        }
        all.extend(fields.into_iter().map(|(field, before, after)| Update {
            sheet: sheet.clone(),
            row,
            entry: Some(index),
            subject: subject.clone(),
            field,
            before,
            after,
        }));
    }
    if !faults.is_empty() {
        return Err(WorkbookError::Refused { workbook: workbook.to_owned(), faults });
    }
    if !conflicts.is_empty() {
        return Err(WorkbookError::Conflicted { workbook: workbook.to_owned(), conflicts });
    }
    Ok(Imported { register: out, changes: all, settled })
}

/// A plan row read without a fault: where, which entry, its base and its values.
struct PlanRow {
    sheet: String,
    row: u32,
    index: usize,
    base: Option<Revision>,
    values: EntryValues,
}

/// A field that changes, with its value in the register and in the workbook.
type FieldChange = (Field, Option<String>, Option<String>);

/// The edit that takes an entry's values to the workbook's, and each field that changes with its two values.
fn entry_edit(ours: &EntryValues, theirs: &EntryValues) -> (EntryEdit, Vec<FieldChange>) {
    let mut edit = EntryEdit::new();
    let mut fields = Vec::new();
    if theirs.status != ours.status {
        fields.push((Field::Status, Some(ours.status.to_string()), Some(theirs.status.to_string())));
        edit = edit.status(theirs.status.clone());
    }
    if theirs.team != ours.team {
        fields.push((Field::Team, ours.team.clone(), theirs.team.clone()));
        edit = match &theirs.team {
            Some(t) => edit.team(t.clone()),
            None => edit.clear_team(),
        };
    }
    if theirs.evidence != ours.evidence {
        let join = |v: &[String]| Some(v.join("\n")).filter(|s| !s.is_empty());
        fields.push((Field::Evidence, join(&ours.evidence), join(&theirs.evidence)));
        edit = edit.evidence(theirs.evidence.clone());
    }
    if theirs.due != ours.due {
        fields.push((Field::Due, ours.due.map(|d| d.to_string()), theirs.due.map(|d| d.to_string())));
        edit = match theirs.due {
            Some(d) => edit.due(d),
            None => edit.clear_due(),
        };
    }
    if theirs.notes != ours.notes {
        fields.push((Field::Notes, ours.notes.clone(), theirs.notes.clone()));
        edit = match &theirs.notes {
            Some(n) => edit.replace_notes(n.clone()),
            None => edit.clear_notes(),
        };
    }
    (edit, fields)
}

/// Why a key is not the register's.
fn foreign(key: &str, register: &Register) -> String {
    let parts: Vec<&str> = key.split('/').collect();
    match parts.as_slice() {
        [form, ..] if *form == "plan1" => {
            "is of a workbook written by an earlier version, whose rows carry no revision: export the workbook again"
                .to_owned()
        }
        [form, service, section, duty] if *form == merge::KEY_FORM => {
            let covered = register.services().iter().any(|s| s.id() == *service);
            let retired = register.retired().iter().any(|e| merge::key(e.service(), e.control(), e.duty()) == key);
            if !covered {
                format!("is of another register (service {service}, which the register does not cover)")
            } else if retired {
                format!("is of a retired entry (§{section}): its duty {duty} is gone from the matrix since a rebase")
            } else {
                format!(
                    "names no duty of the register (§{section}, duty {duty}): a workbook of another overlay or dataset version?"
                )
            }
        }
        _ => format!("is not a key of the plan (expected {}/…)", merge::KEY_FORM),
    }
}
#[cfg(test)]
mod typed_input {
    use super::*;

    /// The due date read from a row whose due cell holds `value`.
    fn due_of(value: Data) -> Result<Option<Date>, Problem> {
        let mut range = Range::new((0, 0), (1, u32::from(DUE)));
        range.set_value((1, u32::from(DUE)), value);
        due(&range, 1)
    }

    #[test]
    fn dates_typed_the_japanese_way_are_read_and_a_time_part_is_refused_showing_the_date() {
        let day = Date::new(2027, 3, 31);
        for typed in ["2027-03-31", "2027/3/31", "2027年3月31日", "2027.3.31", " ２０２７/０３/３１ "] {
            assert_eq!(due_of(Data::String(typed.into())), Ok(day), "{typed}");
        }
        // 46477 is 2027-03-31 in Excel's 1900 system; .645833… is 15:30.
        let serial =
            |f: f64| Data::DateTime(calamine::ExcelDateTime::new(f, calamine::ExcelDateTimeType::DateTime, false));
        assert_eq!(due_of(serial(46_477.0)), Ok(day));
        let err = due_of(serial(46_477.645_833_333_34)).unwrap_err();
        assert_eq!(err, Problem::NotADate { input: "2027-03-31 15:30".into() });
        assert!(
            err.to_string().starts_with("\"2027-03-31 15:30\" is not a date; expected a date cell without a time"),
            "{err}"
        );
        assert!(matches!(due_of(Data::String("2027/2/30".into())), Err(Problem::NotADate { .. })));
    }
}
