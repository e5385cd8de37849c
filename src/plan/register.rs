//! The customer's implementation register: one entry per customer duty, with its status, owner team, evidence and
//! due date, for the services the customer uses.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use crate::{
    Chapter, Control, Duty, Inconsistency, Lang, Matrix, Owner, ParseError, Party, Service, Vocabulary,
    plan::{Date, Overlay},
    soa::{Choice, ControlEdit, ControlRecord, Decision, SoaControl, SoaInfo},
};

/// Where the customer stands on one duty.
///
/// ```
/// use idcf_responsibility::plan::Status;
/// let s = Status::RiskAccepted { justification: "Accepted by the CISO, 2026-11.".into() };
/// assert!(s.is_settled());
/// assert!(!Status::InProgress.is_settled());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "state", rename_all = "kebab-case", deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Status {
    /// Nothing done yet.
    #[cfg_attr(feature = "schemars", schemars(title = "NotStarted"))]
    NotStarted,
    /// Work under way.
    #[cfg_attr(feature = "schemars", schemars(title = "InProgress"))]
    InProgress,
    /// Done; the entry's evidence shows it.
    #[cfg_attr(feature = "schemars", schemars(title = "Implemented"))]
    Implemented,
    /// The duty does not apply to the customer's system, for the reason given.
    #[cfg_attr(feature = "schemars", schemars(title = "NotApplicable"))]
    NotApplicable {
        /// Why.
        #[cfg_attr(feature = "schemars", schemars(length(min = 1), regex(pattern = r"\S")))]
        justification: String,
    },
    /// The risk of not doing it is accepted, for the reason given.
    #[cfg_attr(feature = "schemars", schemars(title = "RiskAccepted"))]
    RiskAccepted {
        /// Why, and by whom.
        #[cfg_attr(feature = "schemars", schemars(length(min = 1), regex(pattern = r"\S")))]
        justification: String,
    },
}

impl Status {
    /// Whether nothing more is owed: implemented, not applicable, or risk accepted.
    ///
    /// ```
    /// assert!(idcf_responsibility::plan::Status::Implemented.is_settled());
    /// ```
    #[must_use]
    pub const fn is_settled(&self) -> bool {
        matches!(self, Status::Implemented | Status::NotApplicable { .. } | Status::RiskAccepted { .. })
    }

    /// The status's id (`not-started`, `in-progress`, `implemented`, `not-applicable`, `risk-accepted`).
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::plan::Status::InProgress.id(), "in-progress");
    /// ```
    #[must_use]
    pub const fn id(&self) -> &'static str {
        match self {
            Status::NotStarted => "not-started",
            Status::InProgress => "in-progress",
            Status::Implemented => "implemented",
            Status::NotApplicable { .. } => "not-applicable",
            Status::RiskAccepted { .. } => "risk-accepted",
        }
    }

    /// The human label in a language.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, plan::Status};
    /// assert_eq!(Status::NotStarted.label(Lang::Ja), "未着手");
    /// ```
    #[must_use]
    pub const fn label(&self, lang: crate::Lang) -> &'static str {
        let [en, ja] = match self {
            Status::NotStarted => ["not started", "未着手"],
            Status::InProgress => ["in progress", "対応中"],
            Status::Implemented => ["implemented", "実施済み"],
            Status::NotApplicable { .. } => ["not applicable", "対象外"],
            Status::RiskAccepted { .. } => ["risk accepted", "リスク受容"],
        };
        match lang {
            crate::Lang::En => en,
            crate::Lang::Ja => ja,
        }
    }

    /// The justification of a not-applicable or risk-accepted status.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::plan::Status::Implemented.justification(), None);
    /// ```
    #[must_use]
    pub fn justification(&self) -> Option<&str> {
        match self {
            Status::NotApplicable { justification } | Status::RiskAccepted { justification } => Some(justification),
            _ => None,
        }
    }
}

/// One of each kind of status, in order, for parsing.
static STATUS_KINDS: [Status; 5] = [
    Status::NotStarted,
    Status::InProgress,
    Status::Implemented,
    Status::NotApplicable { justification: String::new() },
    Status::RiskAccepted { justification: String::new() },
];

impl Status {
    /// The words people use for the status besides its id and labels, where their meaning is this status alone:
    /// `完了` is done, but `対応` (handled? being handled?) is not a status of its own and gets a suggestion.
    const fn aliases(&self) -> &'static [&'static str] {
        match self {
            Status::NotStarted => &["未実施", "未対応", "未実装", "todo", "to do", "not yet started"],
            Status::InProgress => &[
                "実施中",
                "進行中",
                "実装中",
                "作業中",
                "着手済み",
                "着手",
                "in work",
                "ongoing",
                "under way",
                "started",
                "wip",
            ],
            Status::Implemented => &[
                "実装済み",
                "実装済",
                "実施済",
                "完了",
                "対応済み",
                "対応済",
                "対応完了",
                "実施完了",
                "done",
                "complete",
                "completed",
            ],
            Status::NotApplicable { .. } => &["適用外", "該当なし", "非該当", "n/a", "na"],
            Status::RiskAccepted { .. } => &["リスク受入", "リスク許容", "リスク受け入れ", "accepted risk"],
        }
    }

    /// Its id, labels and aliases.
    fn names(&self) -> impl Iterator<Item = &'static str> {
        [self.id(), self.label(Lang::En), self.label(Lang::Ja)].into_iter().chain(self.aliases().iter().copied())
    }
}

/// The closest statuses to an unknown one, in the language it was typed in: the Japanese labels for Japanese
/// input (`実施` → `実施済み`, `対応中`), the ids otherwise.
fn suggest_status(name: &str) -> Vec<&'static str> {
    let japanese = !name.trim().is_ascii();
    // Each name that is close, mapped to the status's own word in the typed language, best first, once each.
    let names: Vec<&'static str> = STATUS_KINDS.iter().flat_map(Status::names).collect();
    let mut out: Vec<&'static str> = Vec::new();
    for close in crate::vocab::closest(name, &names) {
        let Some(status) = STATUS_KINDS.iter().find(|s| s.names().any(|n| n == close)) else { continue };
        let word = if japanese { status.label(Lang::Ja) } else { status.id() };
        if !out.contains(&word) {
            out.push(word);
        }
    }
    out
}

/// What [`Status`]'s parser accepts.
const STATUS_EXPECTED: &str = "not-started, in-progress, implemented, not-applicable: WHY or risk-accepted: WHY (the id, or the \
                               label in English or Japanese, 未着手, 対応中, 実施済み, 対象外, リスク受容, or a word of \
                               the same meaning such as 完了 or 適用外; a justification after a colon)";

impl fmt::Display for Status {
    /// The id, and the justification after a colon when there is one: what [`Status::from_str`] reads back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.justification() {
            Some(why) => write!(f, "{}: {why}", self.id()),
            None => f.write_str(self.id()),
        }
    }
}

impl FromStr for Status {
    type Err = ParseError;

    /// A status as typed: its id or its label, English (any case, spaces or hyphens) or Japanese, or a word people
    /// use for it where its meaning is unambiguous (`実装済み`, `完了`, `対応済み` implemented; `実施中`, `進行中` in
    /// progress; `適用外`, `該当なし` not applicable; `done`); full-width and half-width forms alike. Not applicable
    /// and risk accepted take their justification after a colon (`:` or `：`). An unknown word gets the closest
    /// statuses in the language it was typed in.
    ///
    /// ```
    /// use idcf_responsibility::plan::Status;
    /// assert_eq!("対応中".parse::<Status>()?, Status::InProgress);
    /// assert_eq!("Not started".parse::<Status>()?, Status::NotStarted);
    /// let accepted: Status = "リスク受容: CISO, 2026-11".parse()?;
    /// assert_eq!(accepted.justification(), Some("CISO, 2026-11"));
    /// assert_eq!(accepted.to_string().parse::<Status>()?, accepted);
    /// assert!("not-applicable".parse::<Status>().unwrap_err().to_string().contains("justification"));
    /// assert!("implemnted".parse::<Status>().unwrap_err().to_string().contains("did you mean implemented?"));
    /// // Words of the same meaning, typed full-width or half-width too; a word of two meanings gets suggestions.
    /// assert_eq!("完了".parse::<Status>()?, Status::Implemented);
    /// assert_eq!("ＤＯＮＥ".parse::<Status>()?, Status::Implemented);
    /// let two_meanings = "実施".parse::<Status>().unwrap_err().to_string();
    /// assert!(two_meanings.contains("対応中") && two_meanings.contains("実施済み"), "{two_meanings}");
    /// # Ok::<(), idcf_responsibility::ParseError>(())
    /// ```
    fn from_str(input: &str) -> Result<Status, ParseError> {
        let (name, why) = match input.split_once([':', '：']) {
            Some((name, why)) => (name, Some(why.trim())),
            None => (input, None),
        };
        let folded = crate::vocab::fold(name);
        let why = why.map(str::to_owned);
        let found = STATUS_KINDS.iter().find(|s| s.names().any(|n| crate::vocab::fold(n) == folded)).cloned();
        let invalid = |expected| ParseError::Invalid { what: Vocabulary::Status, input: input.to_owned(), expected };
        match (found, why) {
            (Some(Status::NotApplicable { .. }), Some(j)) if !j.is_empty() => {
                Ok(Status::NotApplicable { justification: j })
            }
            (Some(Status::RiskAccepted { .. }), Some(j)) if !j.is_empty() => {
                Ok(Status::RiskAccepted { justification: j })
            }
            (Some(Status::NotApplicable { .. } | Status::RiskAccepted { .. }), _) => {
                Err(invalid("a justification after a colon, such as not-applicable: no teleworking"))
            }
            (Some(_), Some(_)) => Err(invalid("no justification: only not-applicable and risk-accepted take one")),
            (Some(status), None) => Ok(status),
            (None, _) => Err(ParseError::Unknown {
                what: Vocabulary::Status,
                input: input.to_owned(),
                expected: STATUS_EXPECTED,
                suggestions: suggest_status(name),
            }),
        }
    }
}

/// One customer duty in the register, with what the customer has done about it. Read through its accessors;
/// changed only through [`Register::edit`] or [`Register::edit_entry`], which keep it valid (a non-empty team,
/// evidence reference, note and justification; a due date that is a date).
///
/// ```
/// use idcf_responsibility::{Service, plan::{Register, Status}};
/// let r = Register::new(&[Service::ObjectStorage], None);
/// let e = &r.entries()[0];
/// assert_eq!(e.status(), &Status::NotStarted);
/// assert!(e.evidence().is_empty() && e.due().is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
// Deserialize checks the entry, as loading does (below); deny_unknown_fields closes the JSON Schema.
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Entry {
    /// The service.
    service: Service,
    /// The control.
    control: Control,
    /// The customer's duty, as the matrix had it when the entry was made.
    pub(super) duty: Duty,
    /// Where the customer stands.
    status: Status,
    /// The team responsible.
    team: Option<String>,
    /// References to the evidence (documents, tickets, URLs).
    evidence: Vec<String>,
    /// The due date, `YYYY-MM-DD`.
    due: Option<Date>,
    /// Notes.
    notes: Option<String>,
    /// The duty the entry's work was recorded against, when a rebase changed it since: to review.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub(super) review: Option<Duty>,
}

impl Entry {
    /// A new entry for a duty, not started, with nothing recorded.
    pub(super) const fn not_started(service: Service, control: Control, duty: Duty) -> Entry {
        Entry {
            service,
            control,
            duty,
            status: Status::NotStarted,
            team: None,
            evidence: Vec::new(),
            due: None,
            notes: None,
            review: None,
        }
    }

    /// Whether anything is recorded on it: a status other than not started, a team, evidence, a due date or notes.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::{EntryEdit, Register}};
    /// let mut r = Register::new(&[Service::SelfCloud], None);
    /// assert!(!r.entries()[0].holds_work());
    /// r.edit_entry(0, &EntryEdit::new().team("Ops"))?;
    /// assert!(r.entries()[0].holds_work());
    /// # Ok::<(), idcf_responsibility::plan::EditError>(())
    /// ```
    #[must_use]
    pub fn holds_work(&self) -> bool {
        self.status != Status::NotStarted
            || self.team.is_some()
            || !self.evidence.is_empty()
            || self.due.is_some()
            || self.notes.is_some()
    }

    /// What is wrong with the entry on its own, if anything: a duty that is not the customer's or does not fit its
    /// cell, a status without its justification, an empty team, evidence reference or note.
    fn problem(&self) -> Option<String> {
        if self.duty.party != Party::Customer || self.review.as_ref().is_some_and(|d| d.party != Party::Customer) {
            return Some("the register tracks customer duties only".into());
        }
        if let Some(problem) = self.duty.problem(self.service, self.control) {
            return Some(format!("duty: {problem}"));
        }
        if self.status.justification().is_some_and(|j| j.trim().is_empty()) {
            return Some(format!("status {} needs a justification", self.status.id()));
        }
        let blank = |s: &Option<String>| s.as_deref().is_some_and(|s| s.trim().is_empty());
        if blank(&self.team) || blank(&self.notes) || self.evidence.iter().any(|x| x.trim().is_empty()) {
            return Some("team, evidence and notes, when given, are not empty".into());
        }
        None
    }
}

impl Entry {
    /// The service.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register};
    /// assert_eq!(Register::new(&[Service::SelfCloud], None).entries()[0].service(), Service::SelfCloud);
    /// ```
    #[must_use]
    pub const fn service(&self) -> Service {
        self.service
    }

    /// The control.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register};
    /// let r = Register::new(&[Service::SelfCloud], None);
    /// assert!(r.entries().windows(2).all(|w| w[0].control() <= w[1].control()));
    /// ```
    #[must_use]
    pub const fn control(&self) -> Control {
        self.control
    }

    /// The customer's duty, as the matrix had it when the entry was made.
    ///
    /// ```
    /// use idcf_responsibility::{Party, Service, plan::Register};
    /// let r = Register::new(&[Service::SelfCloud], None);
    /// assert!(r.entries().iter().all(|e| e.duty().party == Party::Customer));
    /// ```
    #[must_use]
    pub const fn duty(&self) -> &Duty {
        &self.duty
    }

    /// Where the customer stands.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register};
    /// assert!(!Register::new(&[Service::SelfCloud], None).entries()[0].status().is_settled());
    /// ```
    #[must_use]
    pub const fn status(&self) -> &Status {
        &self.status
    }

    /// The team responsible, if recorded.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::{EntryEdit, Register}};
    /// let mut r = Register::new(&[Service::SelfCloud], None);
    /// r.edit_entry(0, &EntryEdit::new().team("Platform team"))?;
    /// assert_eq!(r.entries()[0].team(), Some("Platform team"));
    /// # Ok::<(), idcf_responsibility::plan::EditError>(())
    /// ```
    #[must_use]
    pub fn team(&self) -> Option<&str> {
        self.team.as_deref()
    }

    /// References to the evidence (documents, tickets, URLs), in the order recorded.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::{EntryEdit, Register}};
    /// let mut r = Register::new(&[Service::SelfCloud], None);
    /// r.edit_entry(0, &EntryEdit::new().add_evidence("TICKET-12"))?;
    /// assert_eq!(r.entries()[0].evidence(), ["TICKET-12"]);
    /// # Ok::<(), idcf_responsibility::plan::EditError>(())
    /// ```
    #[must_use]
    pub fn evidence(&self) -> &[String] {
        &self.evidence
    }

    /// The due date, if set.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::{EntryEdit, Register}};
    /// let mut r = Register::new(&[Service::SelfCloud], None);
    /// r.edit_entry(0, &EntryEdit::new().due("2027-03-31".parse()?))?;
    /// assert_eq!(r.entries()[0].due().unwrap().to_string(), "2027-03-31");
    /// # Ok::<(), idcf_responsibility::Error>(())
    /// ```
    #[must_use]
    pub const fn due(&self) -> Option<Date> {
        self.due
    }

    /// The duty the entry's work was recorded against, when a [rebase](Register::rebase) changed its duty since:
    /// the work is to be reviewed against the new duty, then marked reviewed ([`EntryEdit::reviewed`]).
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register};
    /// assert!(Register::new(&[Service::SelfCloud], None).entries()[0].review().is_none());
    /// ```
    #[must_use]
    pub const fn review(&self) -> Option<&Duty> {
        self.review.as_ref()
    }

    /// The notes, if any (appended notes one per line).
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::{EntryEdit, Register}};
    /// let mut r = Register::new(&[Service::SelfCloud], None);
    /// r.edit_entry(0, &EntryEdit::new().append_note("Asked the vendor."))?;
    /// r.edit_entry(0, &EntryEdit::new().append_note("Answered."))?;
    /// assert_eq!(r.entries()[0].notes(), Some("Asked the vendor.\nAnswered."));
    /// # Ok::<(), idcf_responsibility::plan::EditError>(())
    /// ```
    #[must_use]
    pub fn notes(&self) -> Option<&str> {
        self.notes.as_deref()
    }
}

/// What to do with one field of an entry.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
enum Set<T> {
    #[default]
    Keep,
    To(T),
    Clear,
}

impl<T: Clone> Set<T> {
    fn apply(&self, field: &mut Option<T>) {
        match self {
            Set::Keep => {}
            Set::To(value) => *field = Some(value.clone()),
            Set::Clear => *field = None,
        }
    }
}

/// What to do with an entry's notes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
enum NoteEdit {
    #[default]
    Keep,
    Append(String),
    Replace(String),
    Clear,
}

/// One typed change to register entries: what [`Register::edit`] and [`Register::edit_entry`] apply. Built by
/// chaining; what is not named is kept. Every text must say something (checked when the edit is applied).
///
/// ```
/// use idcf_responsibility::plan::EditScope;
/// use idcf_responsibility::{Control, Service, plan::{EntryEdit, Register, Status}};
/// let mut r = Register::new(&[Service::ObjectStorage], None);
/// let edit = EntryEdit::new()
///     .status(Status::Implemented)
///     .team("Storage team")
///     .add_evidence("wiki/backup")
///     .due("2027-03-31".parse()?)
///     .append_note("Nightly copies to a second region.");
/// assert_eq!(r.edit(EditScope::All, Control::InformationBackup, &edit)?, 1);
/// assert_eq!(r.progress().total.implemented, 1);
/// # Ok::<(), idcf_responsibility::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
#[must_use]
pub struct EntryEdit {
    status: Option<Status>,
    team: Set<String>,
    evidence: Option<Vec<String>>,
    add_evidence: Vec<String>,
    due: Set<Date>,
    note: NoteEdit,
    reviewed: bool,
}

impl EntryEdit {
    /// An edit that changes nothing yet.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::plan::EntryEdit::new(), idcf_responsibility::plan::EntryEdit::default());
    /// ```
    pub fn new() -> EntryEdit {
        EntryEdit::default()
    }

    /// Sets the status (a not-applicable or risk-accepted status carries its justification).
    ///
    /// ```
    /// use idcf_responsibility::{plan::{EntryEdit, Status}};
    /// let edit = EntryEdit::new().status(Status::InProgress);
    /// # let _ = edit;
    /// ```
    pub fn status(mut self, status: Status) -> EntryEdit {
        self.status = Some(status);
        self
    }

    /// Sets the team responsible.
    ///
    /// ```
    /// let edit = idcf_responsibility::plan::EntryEdit::new().team("Platform team");
    /// # let _ = edit;
    /// ```
    pub fn team(mut self, team: impl Into<String>) -> EntryEdit {
        self.team = Set::To(team.into());
        self
    }

    /// Removes the team.
    ///
    /// ```
    /// let edit = idcf_responsibility::plan::EntryEdit::new().clear_team();
    /// # let _ = edit;
    /// ```
    pub fn clear_team(mut self) -> EntryEdit {
        self.team = Set::Clear;
        self
    }

    /// Replaces the evidence with this list (empty to remove it all).
    ///
    /// ```
    /// let edit = idcf_responsibility::plan::EntryEdit::new().evidence(["TICKET-12", "wiki/backup"]);
    /// # let _ = edit;
    /// ```
    pub fn evidence<I: IntoIterator<Item = S>, S: Into<String>>(mut self, evidence: I) -> EntryEdit {
        self.evidence = Some(evidence.into_iter().map(Into::into).collect());
        self.add_evidence.clear();
        self
    }

    /// Adds one evidence reference after those recorded.
    ///
    /// ```
    /// let edit = idcf_responsibility::plan::EntryEdit::new().add_evidence("TICKET-12");
    /// # let _ = edit;
    /// ```
    pub fn add_evidence(mut self, reference: impl Into<String>) -> EntryEdit {
        self.add_evidence.push(reference.into());
        self
    }

    /// Sets the due date.
    ///
    /// ```
    /// let edit = idcf_responsibility::plan::EntryEdit::new().due("2027-03-31".parse()?);
    /// # let _ = edit;
    /// # Ok::<(), idcf_responsibility::ParseError>(())
    /// ```
    pub fn due(mut self, due: Date) -> EntryEdit {
        self.due = Set::To(due);
        self
    }

    /// Removes the due date.
    ///
    /// ```
    /// let edit = idcf_responsibility::plan::EntryEdit::new().clear_due();
    /// # let _ = edit;
    /// ```
    pub fn clear_due(mut self) -> EntryEdit {
        self.due = Set::Clear;
        self
    }

    /// Appends a note on a line of its own.
    ///
    /// ```
    /// let edit = idcf_responsibility::plan::EntryEdit::new().append_note("Asked the vendor.");
    /// # let _ = edit;
    /// ```
    pub fn append_note(mut self, note: impl Into<String>) -> EntryEdit {
        self.note = NoteEdit::Append(note.into());
        self
    }

    /// Replaces the notes.
    ///
    /// ```
    /// let edit = idcf_responsibility::plan::EntryEdit::new().replace_notes("Done.");
    /// # let _ = edit;
    /// ```
    pub fn replace_notes(mut self, notes: impl Into<String>) -> EntryEdit {
        self.note = NoteEdit::Replace(notes.into());
        self
    }

    /// Removes the notes.
    ///
    /// ```
    /// let edit = idcf_responsibility::plan::EntryEdit::new().clear_notes();
    /// # let _ = edit;
    /// ```
    pub fn clear_notes(mut self) -> EntryEdit {
        self.note = NoteEdit::Clear;
        self
    }

    /// Marks the entry's work reviewed against its duty after a rebase changed it ([`Entry::review`]).
    ///
    /// ```
    /// let edit = idcf_responsibility::plan::EntryEdit::new().reviewed();
    /// # let _ = edit;
    /// ```
    pub fn reviewed(mut self) -> EntryEdit {
        self.reviewed = true;
        self
    }

    /// The first text of the edit that says nothing, by field name.
    fn blank(&self) -> Option<&'static str> {
        let blank = |s: &str| s.trim().is_empty();
        if self.status.as_ref().and_then(Status::justification).is_some_and(blank) {
            return Some("justification");
        }
        if matches!(&self.team, Set::To(t) if blank(t)) {
            return Some("team");
        }
        if self.evidence.iter().flatten().chain(&self.add_evidence).any(|e| blank(e)) {
            return Some("evidence");
        }
        if matches!(&self.note, NoteEdit::Append(n) | NoteEdit::Replace(n) if blank(n)) {
            return Some("note");
        }
        None
    }

    fn apply(&self, e: &mut Entry) {
        if let Some(status) = &self.status {
            e.status = status.clone();
        }
        self.team.apply(&mut e.team);
        if let Some(evidence) = &self.evidence {
            e.evidence.clone_from(evidence);
        }
        e.evidence.extend(self.add_evidence.iter().cloned());
        self.due.apply(&mut e.due);
        match &self.note {
            NoteEdit::Keep => {}
            NoteEdit::Append(note) => {
                e.notes = Some(match e.notes.take() {
                    Some(old) => format!("{old}\n{note}"),
                    None => note.clone(),
                });
            }
            NoteEdit::Replace(note) => e.notes = Some(note.clone()),
            NoteEdit::Clear => e.notes = None,
        }
        if self.reviewed {
            e.review = None;
        }
    }
}

/// Which of the register's services an edit of a control applies to ([`Register::edit`]): a [`Service`] converts
/// into [`EditScope::Service`].
///
/// ```
/// use idcf_responsibility::{Control, Service, plan::{EditScope, EntryEdit, Register}};
/// let mut r = Register::new(&[Service::IdcfCloud, Service::ObjectStorage], None);
/// let note = EntryEdit::new().append_note("Weekly copies.");
/// assert_eq!(r.edit(EditScope::All, Control::InformationBackup, &note)?, 2);
/// assert_eq!(r.edit(Service::ObjectStorage, Control::InformationBackup, &note)?, 1);
/// assert_eq!(EditScope::from(Service::IdcfCloud), EditScope::Service(Service::IdcfCloud));
/// # Ok::<(), idcf_responsibility::plan::EditError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EditScope {
    /// Every service of the register.
    All,
    /// One service, which must be one of the register's.
    Service(Service),
}

impl From<Service> for EditScope {
    fn from(service: Service) -> Self {
        EditScope::Service(service)
    }
}

/// Why an edit of the register was refused. Nothing is changed when an edit is refused.
///
/// ```
/// use idcf_responsibility::plan::EditScope;
/// use idcf_responsibility::{Control, Service, plan::{EditError, EntryEdit, Register, Status}};
/// let mut r = Register::new(&[Service::SelfCloud], None);
/// let err = r.edit(Service::IdcfCloud, Control::InformationBackup, &EntryEdit::new()).unwrap_err();
/// assert_eq!(err.to_string(), "idcf-cloud is not in the register; it covers self-cloud");
/// let err = r.edit(EditScope::All, Control::ClockSynchronization, &EntryEdit::new()).unwrap_err();
/// assert!(matches!(err, EditError::NoCustomerDuty { .. }));
/// assert_eq!(err.to_string(), "section 6.8.6 has no customer duty in the register for self-cloud (the provider owns it)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EditError {
    /// The service is not one of the register's.
    #[error("{service} is not in the register; it covers {}", ids(covered))]
    ServiceNotInRegister {
        /// The service asked for.
        service: Service,
        /// The register's services.
        covered: Vec<Service>,
    },
    /// The control leaves the customer nothing to do for the services asked for: who owns it for each.
    #[error("section {} has no customer duty in the register for {}", control.section(), owners(owners_by_service))]
    NoCustomerDuty {
        /// The control.
        control: Control,
        /// Each service asked for, with the control's owner for it (`None`: not applicable).
        owners_by_service: Vec<(Service, Option<Owner>)>,
    },
    /// No entry has this index.
    #[error("no entry {index}; the register has {len}")]
    NoEntry {
        /// The index asked for.
        index: usize,
        /// How many entries there are.
        len: usize,
    },
    /// A text of the edit is empty or blank.
    #[error("the {field} of a register edit is empty or blank; give its text")]
    Blank {
        /// Which: `justification`, `team`, `evidence` or `note`.
        field: &'static str,
    },
    /// The edit would leave a record of the Statement of Applicability that does not hold (a not-applicable status
    /// for a control, risk ids on a ground other than risk treatment, a blank field of the header).
    #[error("register edit refused at {place}: {problem}")]
    Invalid {
        /// Where: `controls.A.5.7`, `soa.A.8.16`, `soa_info`.
        place: String,
        /// What is wrong, and what would be accepted.
        problem: String,
    },
}

fn ids(services: &[Service]) -> String {
    services.iter().map(|s| s.id()).collect::<Vec<_>>().join(", ")
}

fn owners(owners: &[(Service, Option<Owner>)]) -> String {
    owners
        .iter()
        .map(|(s, o)| match o {
            Some(Owner::Provider) => format!("{s} (the provider owns it)"),
            Some(owner) => format!("{s} (owner {owner}, but no customer duty in the register)"),
            None => format!("{s} (not applicable)"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// How far the register has come, for one group of entries.
///
/// ```
/// use idcf_responsibility::{Service, plan::Register};
/// let p = Register::new(&[Service::IdcfCloud], None).progress();
/// assert_eq!(p.total.settled, 0);
/// assert!(p.total.entries > 30);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Counts {
    /// Entries in the group.
    pub entries: usize,
    /// Not started.
    pub not_started: usize,
    /// In progress.
    pub in_progress: usize,
    /// Implemented.
    pub implemented: usize,
    /// Not applicable.
    pub not_applicable: usize,
    /// Risk accepted.
    pub risk_accepted: usize,
    /// Settled: implemented, not applicable or risk accepted.
    pub settled: usize,
}

impl Counts {
    fn add(&mut self, status: &Status) {
        self.entries += 1;
        match status {
            Status::NotStarted => self.not_started += 1,
            Status::InProgress => self.in_progress += 1,
            Status::Implemented => self.implemented += 1,
            Status::NotApplicable { .. } => self.not_applicable += 1,
            Status::RiskAccepted { .. } => self.risk_accepted += 1,
        }
        if status.is_settled() {
            self.settled += 1;
        }
    }

    /// The share settled, from 0 to 100 (100 for an empty group).
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::plan::Counts::default().percent_settled(), 100);
    /// ```
    #[must_use]
    pub fn percent_settled(&self) -> usize {
        (self.settled * 100).checked_div(self.entries).unwrap_or(100)
    }
}

/// Progress by service, by chapter and in all ([`Register::progress`]).
///
/// ```
/// use idcf_responsibility::{Service, plan::Register};
/// let p = Register::new(&[Service::IdcfCloud, Service::ObjectStorage], None).progress();
/// assert_eq!(p.by_service.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Progress {
    /// Every entry.
    pub total: Counts,
    /// By service, in the register's order.
    pub by_service: Vec<(Service, Counts)>,
    /// By chapter, in document order (chapters without entries left out).
    pub by_chapter: Vec<(Chapter, Counts)>,
}

/// A difference between the register and the current matrix: its dataset or overlay changed since the register
/// was made. Reported, never resolved in silence.
///
/// ```
/// use idcf_responsibility::{Service, plan::Register};
/// assert!(Register::new(&[Service::SelfCloud], None).drift().is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "drift", rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Drift {
    /// An entry's duty is no longer a customer duty of its cell.
    Gone {
        /// The entry's position in the register.
        index: usize,
        /// The service.
        service: Service,
        /// The control.
        control: Control,
        /// The duty the entry tracks.
        duty: Duty,
    },
    /// A customer duty of the matrix that no entry tracks.
    Untracked {
        /// The service.
        service: Service,
        /// The control.
        control: Control,
        /// The duty.
        duty: Duty,
    },
}

/// The customer's implementation register for a set of services, with or without a tailoring overlay: one entry
/// per customer duty. Saved as JSON (feature `serde`) with its own JSON Schema; a register made against an older
/// dataset version loads, and [`Register::drift`] says what no longer matches.
///
/// ```
/// use idcf_responsibility::plan::EditScope;
/// use idcf_responsibility::{Control, Service, plan::{EntryEdit, Register, Status}};
///
/// let mut register = Register::new(&[Service::ObjectStorage], None);
/// let edit = EntryEdit::new().status(Status::InProgress).append_note("Weekly copies.");
/// assert_eq!(register.edit(EditScope::All, Control::InformationBackup, &edit)?, 1);
/// assert_eq!(register.progress().total.in_progress, 1);
/// # Ok::<(), idcf_responsibility::plan::EditError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
// Deserialize checks the register, as `Register::from_json` does (below); deny_unknown_fields closes the JSON Schema.
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Register {
    pub(super) dataset_version: std::borrow::Cow<'static, str>,
    services: Vec<Service>,
    pub(super) overlay: Option<Overlay>,
    pub(super) entries: Vec<Entry>,
    /// The customer's Statement of Applicability decisions, by Annex A or CLD id ([`Register::decide`]).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "BTreeMap::is_empty"))]
    #[cfg_attr(feature = "schemars", schemars(schema_with = "crate::soa::decisions_schema"))]
    soa: BTreeMap<SoaControl, Decision>,
    /// The customer's own record of each control of its statement ([`Register::set_control`]).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "BTreeMap::is_empty"))]
    #[cfg_attr(feature = "schemars", schemars(schema_with = "crate::soa::records_schema"))]
    controls: BTreeMap<SoaControl, ControlRecord>,
    /// The statement's header ([`Register::set_soa_info`]).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "SoaInfo::is_empty"))]
    soa_info: SoaInfo,
    /// Entries whose duty a rebase found gone, with the work recorded on them ([`Register::rebase`]).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
    pub(super) retired: Vec<Entry>,
}

impl Register {
    /// A new register: every customer duty of the services (each once, in the order given), in the built-in
    /// matrix with the overlay laid over it if there is one, all not started.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register};
    /// let r = Register::new(&[Service::ObjectStorage, Service::ObjectStorage], None);
    /// assert_eq!(r.services(), [Service::ObjectStorage]);
    /// ```
    #[must_use]
    pub fn new(services: &[Service], overlay: Option<Overlay>) -> Register {
        let mut unique: Vec<Service> = Vec::new();
        for &s in services {
            if !unique.contains(&s) {
                unique.push(s);
            }
        }
        let matrix = current(overlay.as_ref());
        let entries = customer_duties(&matrix, &unique)
            .map(|(service, control, duty)| Entry::not_started(service, control, duty.clone()))
            .collect();
        Register {
            dataset_version: std::borrow::Cow::Borrowed(crate::DATASET_VERSION),
            services: unique,
            overlay,
            entries,
            soa: BTreeMap::new(),
            controls: BTreeMap::new(),
            soa_info: SoaInfo::default(),
            retired: Vec::new(),
        }
    }

    /// The dataset version the register was made against.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register};
    /// assert_eq!(Register::new(&[Service::SelfCloud], None).dataset_version(), idcf_responsibility::DATASET_VERSION);
    /// ```
    #[must_use]
    pub fn dataset_version(&self) -> &str {
        &self.dataset_version
    }

    /// The services the register covers.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register};
    /// assert_eq!(Register::new(&[Service::SelfCloud], None).services(), [Service::SelfCloud]);
    /// ```
    #[must_use]
    pub fn services(&self) -> &[Service] {
        &self.services
    }

    /// The overlay the register was made with, if any.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register};
    /// assert!(Register::new(&[Service::SelfCloud], None).overlay().is_none());
    /// ```
    #[must_use]
    pub const fn overlay(&self) -> Option<&Overlay> {
        self.overlay.as_ref()
    }

    /// The entries, service by service, each in document order.
    ///
    /// ```
    /// use idcf_responsibility::{Party, Service, plan::Register};
    /// let r = Register::new(&[Service::SelfCloud], None);
    /// assert!(r.entries().iter().all(|e| e.duty().party == Party::Customer));
    /// ```
    #[must_use]
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entries a rebase retired: their duty is gone from the matrix, and the work recorded on them is kept
    /// here, never dropped ([`Register::rebase`]). Reports list them; the workbook does not.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register};
    /// assert!(Register::new(&[Service::SelfCloud], None).retired().is_empty());
    /// ```
    #[must_use]
    pub fn retired(&self) -> &[Entry] {
        &self.retired
    }

    /// The register moved onto `overlay` (`None`: no overlay; pass [`Register::overlay`] to keep the one it has)
    /// and the current dataset version: every entry whose duty is still a customer duty keeps all its fields, the
    /// decisions of the Statement of Applicability are kept, and what moved is listed ([`Rebased`](super::Rebased)). An entry is
    /// matched to its duty by the duty's identity (service, section, and the sentence and layer, or for a duty the
    /// overlay added its text), which is also its workbook key: a workbook written before the rebase imports
    /// after it.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Party, Matrix, Service, Text, plan::{EditScope, EntryEdit, Overlay, Register, Status}};
    /// let mut r = Register::new(&[Service::ObjectStorage], None);
    /// let done = EntryEdit::new().status(Status::Implemented).add_evidence("wiki/backup");
    /// r.edit(EditScope::All, Control::InformationBackup, &done)?;
    /// // The customer removes, in an overlay, a duty it had started on.
    /// let (index, gone) = r.entries().iter().enumerate().find(|(_, e)| e.control() != Control::InformationBackup).unwrap();
    /// let mut r = r.clone();
    /// r.edit_entry(index, &EntryEdit::new().team("Ops"))?;
    /// let mut overlay = Overlay::new();
    /// overlay.remove_duty(gone.service(), gone.control(), gone.duty().clone(), Text::new("Not ours.", "対象外。"))?;
    /// let moved = r.rebase(Some(overlay));
    /// assert_eq!(moved.retired, [0]);
    /// assert_eq!(moved.register.retired()[0].team(), Some("Ops"));
    /// let backup = moved.register.entries().iter().find(|e| e.control() == Control::InformationBackup).unwrap();
    /// assert_eq!((backup.status(), backup.evidence()), (&Status::Implemented, &["wiki/backup".to_owned()][..]));
    /// # Ok::<(), idcf_responsibility::Error>(())
    /// ```
    #[must_use]
    pub fn rebase(&self, overlay: Option<Overlay>) -> super::Rebased {
        super::rebase::rebase(self, overlay)
    }

    /// Whether the register holds any work: an entry with a status other than not started, a team, evidence, a
    /// due date or notes; a decision or a record of the Statement of Applicability, or its header; a retired entry.
    /// What a fresh register would lose.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::{EntryEdit, Register}};
    /// let mut r = Register::new(&[Service::SelfCloud], None);
    /// assert!(!r.holds_work());
    /// r.edit_entry(0, &EntryEdit::new().append_note("Asked the vendor."))?;
    /// assert!(r.holds_work());
    /// # Ok::<(), idcf_responsibility::plan::EditError>(())
    /// ```
    #[must_use]
    pub fn holds_work(&self) -> bool {
        super::rebase::holds_work(self)
    }

    /// Applies an edit to every entry of a control, for one service (a [`Service`] converts into
    /// [`EditScope::Service`]) or for all the register's services ([`EditScope::All`]). Returns how many entries
    /// changed.
    ///
    /// # Errors
    ///
    /// [`EditError`]: the service is not in the register (naming those it has), the control has no customer duty
    /// for those services (naming who owns it), or a text of the edit is blank. Nothing changes then.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Service, plan::{EntryEdit, Register, Status}};
    /// let mut r = Register::new(&[Service::IdcfCloud, Service::ObjectStorage], None);
    /// let done = EntryEdit::new().status("実施済み".parse()?);
    /// assert_eq!(r.edit(Service::ObjectStorage, Control::InformationBackup, &done)?, 1);
    /// assert_eq!(r.progress().total.implemented, 1);
    /// # Ok::<(), idcf_responsibility::Error>(())
    /// ```
    pub fn edit(
        &mut self,
        scope: impl Into<EditScope>,
        control: Control,
        edit: &EntryEdit,
    ) -> Result<usize, EditError> {
        let service = match scope.into() {
            EditScope::All => None,
            EditScope::Service(service) => Some(service),
        };
        if let Some(field) = edit.blank() {
            return Err(EditError::Blank { field });
        }
        if let Some(s) = service.filter(|s| !self.services.contains(s)) {
            return Err(EditError::ServiceNotInRegister { service: s, covered: self.services.clone() });
        }
        let mut changed = 0;
        for e in self.entries.iter_mut().filter(|e| e.control == control && service.is_none_or(|s| s == e.service)) {
            edit.apply(e);
            changed += 1;
        }
        if changed == 0 {
            let matrix = current(self.overlay.as_ref());
            let asked = service.map_or_else(|| self.services.clone(), |s| vec![s]);
            let owners_by_service = asked.into_iter().map(|s| (s, matrix.owner(s, control))).collect();
            return Err(EditError::NoCustomerDuty { control, owners_by_service });
        }
        Ok(changed)
    }

    /// The customer's decisions for its Statement of Applicability ([`Soa`](crate::soa::Soa)), by Annex A or CLD
    /// control.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register};
    /// assert!(Register::new(&[Service::SelfCloud], None).soa_decisions().is_empty());
    /// ```
    #[must_use]
    pub const fn soa_decisions(&self) -> &BTreeMap<SoaControl, Decision> {
        &self.soa
    }

    /// The customer's own records of the controls of its statement (status, team, evidence, due date, related
    /// documents, JIS title), by control.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register};
    /// assert!(Register::new(&[Service::SelfCloud], None).control_records().is_empty());
    /// ```
    #[must_use]
    pub const fn control_records(&self) -> &BTreeMap<SoaControl, ControlRecord> {
        &self.controls
    }

    /// Applies an edit to the customer's own record of a control (Annex A or CLD), creating it if needed; a record
    /// left empty is removed. Returns the record as it was.
    ///
    /// # Errors
    ///
    /// [`EditError::Invalid`] naming the control when the result does not hold: a blank text, or a not-applicable
    /// status (a control is excluded by a decision, [`Register::decide`]). Nothing changes then.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::{Register, Status}, soa::ControlEdit};
    /// let mut r = Register::new(&[Service::SelfCloud], None);
    /// let intel = "A.5.7".parse()?;
    /// r.set_control(intel, &ControlEdit::new().status(Status::Implemented).team("SOC"))?;
    /// assert_eq!(r.control_records()[&intel].team(), Some("SOC"));
    /// let na = ControlEdit::new().status("not-applicable: none".parse()?);
    /// assert!(r.set_control(intel, &na).unwrap_err().to_string().contains("exclude"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn set_control(
        &mut self,
        control: impl Into<SoaControl>,
        edit: &ControlEdit,
    ) -> Result<ControlRecord, EditError> {
        let control = control.into();
        let before = self.controls.get(&control).cloned().unwrap_or_default();
        let after = edit.applied(&before);
        if let Some(problem) = after.problem() {
            return Err(EditError::Invalid { place: format!("controls.{control}"), problem });
        }
        if after.is_empty() {
            self.controls.remove(&control);
        } else {
            self.controls.insert(control, after);
        }
        Ok(before)
    }

    /// The header of the customer's Statement of Applicability.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register};
    /// assert!(Register::new(&[Service::SelfCloud], None).soa_info().is_empty());
    /// ```
    #[must_use]
    pub const fn soa_info(&self) -> &SoaInfo {
        &self.soa_info
    }

    /// Replaces the header of the customer's Statement of Applicability.
    ///
    /// # Errors
    ///
    /// [`EditError::Invalid`] for a blank text. Nothing changes then.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register, soa::SoaInfo};
    /// let mut r = Register::new(&[Service::SelfCloud], None);
    /// r.set_soa_info(SoaInfo::new().organisation("Example KK").approver("CISO"))?;
    /// assert_eq!(r.soa_info().approver.as_deref(), Some("CISO"));
    /// assert!(r.set_soa_info(SoaInfo::new().scope(" ")).is_err());
    /// # Ok::<(), idcf_responsibility::plan::EditError>(())
    /// ```
    pub fn set_soa_info(&mut self, info: SoaInfo) -> Result<(), EditError> {
        if let Some(problem) = info.problem() {
            return Err(EditError::Invalid { place: "soa_info".to_owned(), problem });
        }
        self.soa_info = info;
        Ok(())
    }

    /// Records the customer's decision, with its ground and risk ids, on a control of its Statement of
    /// Applicability, replacing any earlier one. Returns the decision it replaced.
    ///
    /// # Errors
    ///
    /// [`EditError::Blank`] when the justification is empty or blank; [`EditError::Invalid`] when a risk id is
    /// blank or risk ids come on another ground than risk treatment. Nothing changes then.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register, soa::{Choice, Decision, Grounds}};
    /// let mut r = Register::new(&[Service::SelfCloud], None);
    /// let d = Decision::new(Choice::Include, "Selected by the risk treatment plan.").risks(["RA-2026-03"]);
    /// r.record_decision("A.8.16".parse::<idcf_responsibility::soa::SoaControl>()?, d)?;
    /// assert_eq!(r.soa_decisions()[&"A.8.16".parse()?].grounds, Some(Grounds::RiskTreatment));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn record_decision(
        &mut self,
        control: impl Into<SoaControl>,
        mut decision: Decision,
    ) -> Result<Option<Decision>, EditError> {
        let control = control.into();
        let trimmed = decision.justification.trim().to_owned();
        decision.justification = trimmed;
        if decision.justification.is_empty() {
            return Err(EditError::Blank { field: "justification" });
        }
        if let Some(problem) = decision.problem() {
            return Err(EditError::Invalid { place: format!("soa.{control}"), problem });
        }
        Ok(self.soa.insert(control, decision))
    }

    /// Records the customer's decision on a control of its Statement of Applicability (Annex A or CLD), with its
    /// justification, replacing any earlier one. Returns the decision it replaced; [`Register::withdraw`] takes one
    /// back, [`Register::record_decision`] records one with its ground and risk ids.
    ///
    /// # Errors
    ///
    /// [`EditError::Blank`] when the justification is empty or blank, as [`Register::edit`] gives for any blank
    /// text: an inclusion or exclusion says why. Nothing changes then.
    ///
    /// ```
    /// use idcf_responsibility::{Service, iso::Iso2022Control, plan::{EditError, Register}, soa::{Choice, SoaControl}};
    /// let mut r = Register::new(&[Service::SelfCloud], None);
    /// let intel = Iso2022Control::from_id("A.5.7").unwrap();
    /// r.decide(intel, Choice::Include, "Threat feeds reviewed weekly.")?;
    /// assert_eq!(r.soa_decisions()[&SoaControl::from(intel)].choice, Choice::Include);
    /// assert_eq!(r.decide(intel, Choice::Exclude, " "), Err(EditError::Blank { field: "justification" }));
    /// # Ok::<(), EditError>(())
    /// ```
    pub fn decide(
        &mut self,
        control: impl Into<SoaControl>,
        choice: Choice,
        justification: &str,
    ) -> Result<Option<Decision>, EditError> {
        self.record_decision(control, Decision::new(choice, justification))
    }

    /// Withdraws the customer's decision on a control, if it gave one, so that the proposal stands again. Returns
    /// the decision withdrawn.
    ///
    /// ```
    /// use idcf_responsibility::{Service, iso::Iso2022Control, plan::Register, soa::Choice};
    /// let mut r = Register::new(&[Service::SelfCloud], None);
    /// let intel = Iso2022Control::from_id("A.5.7").unwrap();
    /// r.decide(intel, Choice::Include, "Threat feeds reviewed weekly.")?;
    /// assert_eq!(r.withdraw(intel).map(|d| d.choice), Some(Choice::Include));
    /// assert!(r.withdraw(intel).is_none());
    /// # Ok::<(), idcf_responsibility::plan::EditError>(())
    /// ```
    pub fn withdraw(&mut self, control: impl Into<SoaControl>) -> Option<Decision> {
        self.soa.remove(&control.into())
    }

    /// Applies an edit to one entry, by its index in [`Register::entries`]: for a control with several customer
    /// duties, one of them.
    ///
    /// # Errors
    ///
    /// [`EditError::NoEntry`] past the last entry, [`EditError::Blank`] for a blank text. Nothing changes then.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::{EntryEdit, Register}};
    /// let mut r = Register::new(&[Service::SelfCloud], None);
    /// r.edit_entry(0, &EntryEdit::new().team("Platform team"))?;
    /// assert!(r.edit_entry(10_000, &EntryEdit::new()).is_err());
    /// # Ok::<(), idcf_responsibility::plan::EditError>(())
    /// ```
    pub fn edit_entry(&mut self, index: usize, edit: &EntryEdit) -> Result<(), EditError> {
        if let Some(field) = edit.blank() {
            return Err(EditError::Blank { field });
        }
        let len = self.entries.len();
        let entry = self.entries.get_mut(index).ok_or(EditError::NoEntry { index, len })?;
        edit.apply(entry);
        Ok(())
    }

    /// Progress by service, by chapter and in all.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register};
    /// let p = Register::new(&[Service::SelfCloud], None).progress();
    /// assert_eq!(p.total.entries, p.by_chapter.iter().map(|(_, c)| c.entries).sum::<usize>());
    /// ```
    #[must_use]
    pub fn progress(&self) -> Progress {
        let mut total = Counts::default();
        let mut by_service: Vec<(Service, Counts)> = self.services.iter().map(|&s| (s, Counts::default())).collect();
        let mut by_chapter: Vec<(Chapter, Counts)> = Chapter::ALL.iter().map(|&c| (c, Counts::default())).collect();
        for e in &self.entries {
            total.add(&e.status);
            if let Some((_, c)) = by_service.iter_mut().find(|(s, _)| *s == e.service) {
                c.add(&e.status);
            }
            if let Some((_, c)) = by_chapter.iter_mut().find(|(ch, _)| *ch == e.control.chapter()) {
                c.add(&e.status);
            }
        }
        by_chapter.retain(|(_, c)| c.entries > 0);
        Progress { total, by_service, by_chapter }
    }

    /// What no longer matches the current matrix (the built-in one with the register's overlay): entries whose duty
    /// is gone, and customer duties no entry tracks. Empty for a register made with this dataset.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register};
    /// assert!(Register::new(&[Service::ObjectStorage], None).drift().is_empty());
    /// ```
    #[must_use]
    pub fn drift(&self) -> Vec<Drift> {
        let matrix = current(self.overlay.as_ref());
        let mut out = Vec::new();
        for (index, e) in self.entries.iter().enumerate() {
            if !matrix.cell(e.service, e.control).duties_of(Party::Customer).any(|d| d == &e.duty) {
                out.push(Drift::Gone { index, service: e.service, control: e.control, duty: e.duty.clone() });
            }
        }
        for (service, control, duty) in customer_duties(&matrix, &self.services) {
            if !self.entries.iter().any(|e| e.service == service && e.control == control && &e.duty == duty) {
                out.push(Drift::Untracked { service, control, duty: duty.clone() });
            }
        }
        out
    }

    /// Checks the register, as loading does (a register built through the API always passes).
    ///
    /// # Errors
    ///
    /// [`Inconsistency`] naming the place: an override of its overlay that does not hold, no service or a service
    /// listed twice, an entry for a service the register
    /// does not cover or whose duty does not fit its cell, an empty justification, team, evidence reference or note,
    /// the same duty twice.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register};
    /// assert!(Register::new(&[Service::SelfCloud], None).check().is_ok());
    /// ```
    pub fn check(&self) -> Result<(), Inconsistency> {
        if let Some(overlay) = &self.overlay {
            overlay
                .check()
                .map_err(|e| Inconsistency::new(crate::Subject::Register, format!("overlay.{}", e.place), e.problem))?;
        }
        crate::soa::check_decisions(&self.soa, &self.controls, &self.soa_info)?;
        if self.services.is_empty() {
            return Err(Inconsistency::new(
                crate::Subject::Register,
                "services",
                "a register covers at least one service",
            ));
        }
        for (i, s) in self.services.iter().enumerate() {
            if self.services.get(..i).is_some_and(|before| before.contains(s)) {
                return Err(Inconsistency::new(
                    crate::Subject::Register,
                    format!("services[{i}]"),
                    format!("{s} is listed twice"),
                ));
            }
        }
        for (i, e) in self.entries.iter().enumerate() {
            let place = || format!("entries[{i}] ({}, {})", e.service, e.control.section());
            let fail = |problem: String| Err(Inconsistency::new(crate::Subject::Register, place(), problem));
            if !self.services.contains(&e.service) {
                return fail(format!("{} is not one of the register's services", e.service));
            }
            if let Some(problem) = e.problem() {
                return fail(problem);
            }
            if self.entries.get(..i).is_some_and(|before| {
                before.iter().any(|b| b.service == e.service && b.control == e.control && b.duty == e.duty)
            }) {
                return fail("the same duty has an entry already".into());
            }
        }
        for (i, e) in self.retired.iter().enumerate() {
            let place = || format!("retired[{i}] ({}, {})", e.service, e.control.section());
            let blank = |s: &Option<String>| s.as_deref().is_some_and(|s| s.trim().is_empty());
            if e.duty.party != Party::Customer
                || e.status.justification().is_some_and(|j| j.trim().is_empty())
                || blank(&e.team)
                || blank(&e.notes)
                || e.evidence.iter().any(|x| x.trim().is_empty())
            {
                return Err(Inconsistency::new(
                    crate::Subject::Register,
                    place(),
                    "a retired entry is a customer duty whose justification, team, evidence and notes, when given, are not empty",
                ));
            }
        }
        Ok(())
    }
}

/// The built-in matrix, with the overlay over it if there is one.
pub(super) fn current(overlay: Option<&Overlay>) -> Matrix {
    match overlay {
        Some(o) => o.apply(Matrix::builtin()).matrix,
        None => Matrix::builtin().clone(),
    }
}

/// Every customer duty of the services, service by service, in document order.
pub(super) fn customer_duties<'a>(
    matrix: &'a Matrix,
    services: &'a [Service],
) -> impl Iterator<Item = (Service, Control, &'a Duty)> + 'a {
    services.iter().flat_map(move |&s| {
        matrix
            .for_service(s)
            .iter()
            .flat_map(move |cell| cell.duties_of(Party::Customer).map(move |d| (s, cell.control(), d)))
    })
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Register {
    /// The register as pretty-printed JSON. Deterministic.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register};
    /// let r = Register::new(&[Service::SelfCloud], None);
    /// assert_eq!(Register::from_json(&r.to_json()?)?, r);
    /// # Ok::<(), idcf_responsibility::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::ToJson`](crate::Error::ToJson) if the JSON writer refuses (it never does for the crate's values;
    /// the error is returned rather than an empty string).
    pub fn to_json(&self) -> Result<String, crate::Error> {
        crate::json::to_pretty("register", self)
    }

    /// Loads a register from JSON, validating it (hand edits included) and naming the place of a fault. A register
    /// made against another dataset version loads; [`Register::drift`] says what no longer matches.
    ///
    /// # Errors
    ///
    /// [`LoadError`](crate::json::LoadError): the JSON path for a document of the wrong shape, the place for content that
    /// does not hold (`entries[3] (idcf-cloud, 6.5.1)`), and the overlay's own faults.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register};
    /// let json = Register::new(&[Service::SelfCloud], None).to_json()?.replacen("\"due\": null", "\"due\": \"2026-02-30\"", 1);
    /// let err = Register::from_json(&json).unwrap_err();
    /// assert!(err.to_string().contains("entries[0].due"), "{err}");
    /// let cause = std::error::Error::source(&err).unwrap().to_string();
    /// assert!(cause.contains("invalid date \"2026-02-30\""), "{cause}");
    /// # Ok::<(), idcf_responsibility::Error>(())
    /// ```
    pub fn from_json(json: &str) -> Result<Register, crate::json::LoadError> {
        let register = Register::from(crate::json::read::<unchecked::Register>(crate::json::FileKind::Register, json)?);
        register.check().map_err(|i| crate::json::LoadError::inconsistent(crate::json::FileKind::Register, i))?;
        Ok(register)
    }
}

/// What a register and its entries are as JSON, before they are checked: the shape `Register::from_json` reads (to
/// name the place of a fault as loading does) and the `Deserialize` impls check.
#[cfg(feature = "serde")]
mod unchecked {
    use std::borrow::Cow;
    use std::collections::BTreeMap;

    use serde::de::Error as _;

    use crate::{
        Control, Duty, Service,
        plan::Date,
        soa::{ControlRecord, Decision, SoaControl, SoaInfo},
    };

    use super::Status;

    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct Entry {
        service: Service,
        control: Control,
        duty: Duty,
        status: Status,
        team: Option<String>,
        evidence: Vec<String>,
        due: Option<Date>,
        notes: Option<String>,
        #[serde(default)]
        review: Option<Duty>,
    }

    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct Register {
        dataset_version: Cow<'static, str>,
        services: Vec<Service>,
        overlay: Option<crate::plan::overlay::unchecked::Overlay>,
        entries: Vec<Entry>,
        #[serde(default)]
        soa: BTreeMap<SoaControl, Decision>,
        #[serde(default)]
        controls: BTreeMap<SoaControl, ControlRecord>,
        #[serde(default)]
        soa_info: SoaInfo,
        #[serde(default)]
        retired: Vec<Entry>,
    }

    impl From<Entry> for super::Entry {
        fn from(e: Entry) -> Self {
            let Entry { service, control, duty, status, team, evidence, due, notes, review } = e;
            super::Entry { service, control, duty, status, team, evidence, due, notes, review }
        }
    }

    impl From<Register> for super::Register {
        fn from(r: Register) -> Self {
            super::Register {
                dataset_version: r.dataset_version,
                services: r.services,
                overlay: r.overlay.map(crate::plan::Overlay::from),
                entries: r.entries.into_iter().map(super::Entry::from).collect(),
                soa: r.soa,
                controls: r.controls,
                soa_info: r.soa_info,
                retired: r.retired.into_iter().map(super::Entry::from).collect(),
            }
        }
    }

    /// Deserializing is loading: an entry that [`Register::from_json`](super::Register::from_json) would refuse on
    /// its own is refused (a duty that is not the customer's or does not fit its cell, a status without its
    /// justification, an empty team, evidence reference or note).
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::{Entry, Register}};
    /// let json = serde_json::to_string(&Register::new(&[Service::SelfCloud], None).entries()[0]).unwrap();
    /// assert!(serde_json::from_str::<Entry>(&json).is_ok());
    /// let blank = json.replace(r#""team":null"#, r#""team":" ""#);
    /// let err = serde_json::from_str::<Entry>(&blank).unwrap_err();
    /// assert!(err.to_string().starts_with("invalid register entry (self-cloud, 3.1.1): team, evidence and notes"), "{err}");
    /// ```
    impl<'de> serde::Deserialize<'de> for super::Entry {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let e = super::Entry::from(Entry::deserialize(deserializer)?);
            match e.problem() {
                Some(problem) => Err(D::Error::custom(format!(
                    "invalid register entry ({}, {}): {problem}",
                    e.service,
                    e.control.section()
                ))),
                None => Ok(e),
            }
        }
    }

    /// Deserializing is loading: `serde_json::from_str::<Register>` (and a web framework's JSON extractor) refuses
    /// what [`Register::from_json`](super::Register::from_json) refuses, naming the place.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register};
    /// let json = Register::new(&[Service::SelfCloud], None).to_json()?.replacen(r#""team": null"#, r#""team": " ""#, 1);
    /// assert!(Register::from_json(&json).is_err());
    /// let err = serde_json::from_str::<Register>(&json).unwrap_err();
    /// assert!(err.to_string().contains("invalid register at entries[0] (self-cloud, 3.1.1)"), "{err}");
    /// # Ok::<(), idcf_responsibility::Error>(())
    /// ```
    impl<'de> serde::Deserialize<'de> for super::Register {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let register = super::Register::from(Register::deserialize(deserializer)?);
            register
                .check()
                .map_err(|i| D::Error::custom(format!("invalid register at {}: {}", i.place, i.problem)))?;
            Ok(register)
        }
    }
}
