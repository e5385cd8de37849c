//! The customer's implementation register: one entry per customer duty, with its status, owner team, evidence and
//! due date, for the services the customer uses.

use crate::{Chapter, Control, Duty, Inconsistency, Matrix, Overlay, Party, Service};

/// Where the customer stands on one duty.
///
/// ```
/// use idcf_responsibility::Status;
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
    /// assert!(idcf_responsibility::Status::Implemented.is_settled());
    /// ```
    #[must_use]
    pub const fn is_settled(&self) -> bool {
        matches!(self, Status::Implemented | Status::NotApplicable { .. } | Status::RiskAccepted { .. })
    }

    /// The status's id (`not-started`, `in-progress`, `implemented`, `not-applicable`, `risk-accepted`).
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Status::InProgress.id(), "in-progress");
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
    /// use idcf_responsibility::{Lang, Status};
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
    /// assert_eq!(idcf_responsibility::Status::Implemented.justification(), None);
    /// ```
    #[must_use]
    pub fn justification(&self) -> Option<&str> {
        match self {
            Status::NotApplicable { justification } | Status::RiskAccepted { justification } => Some(justification),
            _ => None,
        }
    }
}

/// One customer duty in the register, with what the customer has done about it.
///
/// ```
/// use idcf_responsibility::{Register, Service, Status};
/// let r = Register::new(&[Service::ObjectStorage], None);
/// let e = &r.entries()[0];
/// assert_eq!(e.status, Status::NotStarted);
/// assert!(e.evidence.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Entry {
    /// The service.
    pub service: Service,
    /// The control.
    pub control: Control,
    /// The customer's duty, as the matrix had it when the entry was made.
    pub duty: Duty,
    /// Where the customer stands.
    pub status: Status,
    /// The team responsible.
    pub team: Option<String>,
    /// References to the evidence (documents, tickets, URLs).
    pub evidence: Vec<String>,
    /// The due date, `YYYY-MM-DD`.
    #[cfg_attr(
        feature = "schemars",
        schemars(extend("format" = "date"), regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))
    )]
    pub due: Option<String>,
    /// Notes.
    pub notes: Option<String>,
}

/// How far the register has come, for one group of entries.
///
/// ```
/// use idcf_responsibility::{Register, Service};
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
    /// assert_eq!(idcf_responsibility::Counts::default().percent_settled(), 100);
    /// ```
    #[must_use]
    pub fn percent_settled(&self) -> usize {
        (self.settled * 100).checked_div(self.entries).unwrap_or(100)
    }
}

/// Progress by service, by chapter and in all ([`Register::progress`]).
///
/// ```
/// use idcf_responsibility::{Register, Service};
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
/// use idcf_responsibility::{Register, Service};
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
/// use idcf_responsibility::{Control, Register, Service, Status};
///
/// let mut register = Register::new(&[Service::ObjectStorage], None);
/// let n = register.set_status(None, Control::InformationBackup, &Status::InProgress, Some("Weekly copies."))?;
/// assert_eq!(n, 1);
/// assert_eq!(register.progress().total.in_progress, 1);
/// # Ok::<(), idcf_responsibility::Inconsistency>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Register {
    dataset_version: std::borrow::Cow<'static, str>,
    services: Vec<Service>,
    overlay: Option<Overlay>,
    entries: Vec<Entry>,
}

impl Register {
    /// A new register: every customer duty of the services (each once, in the order given), in the built-in
    /// matrix with the overlay laid over it if there is one, all not started.
    ///
    /// ```
    /// use idcf_responsibility::{Register, Service};
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
            .map(|(service, control, duty)| Entry {
                service,
                control,
                duty: duty.clone(),
                status: Status::NotStarted,
                team: None,
                evidence: Vec::new(),
                due: None,
                notes: None,
            })
            .collect();
        Register {
            dataset_version: std::borrow::Cow::Borrowed(crate::DATASET_VERSION),
            services: unique,
            overlay,
            entries,
        }
    }

    /// The dataset version the register was made against.
    ///
    /// ```
    /// use idcf_responsibility::{Register, Service};
    /// assert_eq!(Register::new(&[Service::SelfCloud], None).dataset_version(), idcf_responsibility::DATASET_VERSION);
    /// ```
    #[must_use]
    pub fn dataset_version(&self) -> &str {
        &self.dataset_version
    }

    /// The services the register covers.
    ///
    /// ```
    /// use idcf_responsibility::{Register, Service};
    /// assert_eq!(Register::new(&[Service::SelfCloud], None).services(), [Service::SelfCloud]);
    /// ```
    #[must_use]
    pub fn services(&self) -> &[Service] {
        &self.services
    }

    /// The overlay the register was made with, if any.
    ///
    /// ```
    /// use idcf_responsibility::{Register, Service};
    /// assert!(Register::new(&[Service::SelfCloud], None).overlay().is_none());
    /// ```
    #[must_use]
    pub const fn overlay(&self) -> Option<&Overlay> {
        self.overlay.as_ref()
    }

    /// The entries, service by service, each in document order.
    ///
    /// ```
    /// use idcf_responsibility::{Party, Register, Service};
    /// let r = Register::new(&[Service::SelfCloud], None);
    /// assert!(r.entries().iter().all(|e| e.duty.party == Party::Customer));
    /// ```
    #[must_use]
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entries, to record team, evidence, due date or notes.
    ///
    /// ```
    /// use idcf_responsibility::{Register, Service};
    /// let mut r = Register::new(&[Service::SelfCloud], None);
    /// r.entries_mut()[0].team = Some("Platform team".into());
    /// ```
    pub fn entries_mut(&mut self) -> &mut [Entry] {
        &mut self.entries
    }

    /// Sets the status of every entry of a control, for one service or for all the register's services, and
    /// appends a note if given. Returns how many entries changed.
    ///
    /// # Errors
    ///
    /// [`Inconsistency`] when no entry matches (the control has no customer duty for those services, or the
    /// service is not in the register), or a justification is empty.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Register, Service, Status};
    /// let mut r = Register::new(&[Service::SelfCloud], None);
    /// assert!(r.set_status(None, Control::ClockSynchronization, &Status::Implemented, None).is_err());
    /// ```
    pub fn set_status(
        &mut self,
        service: Option<Service>,
        control: Control,
        status: &Status,
        note: Option<&str>,
    ) -> Result<usize, Inconsistency> {
        if status.justification().is_some_and(|j| j.trim().is_empty()) {
            return Err(Inconsistency::new(control.section(), "a justification must say why"));
        }
        let mut changed = 0;
        for e in self.entries.iter_mut().filter(|e| e.control == control && service.is_none_or(|s| s == e.service)) {
            e.status = status.clone();
            if let Some(note) = note.filter(|n| !n.trim().is_empty()) {
                e.notes = Some(match e.notes.take() {
                    Some(old) => format!("{old}\n{note}"),
                    None => note.to_owned(),
                });
            }
            changed += 1;
        }
        if changed == 0 {
            let scope = service.map_or_else(
                || self.services.iter().map(|s| s.id()).collect::<Vec<_>>().join(", "),
                |s| s.id().to_owned(),
            );
            return Err(Inconsistency::new(
                control.section(),
                format!("no customer duty of section {} is in the register for {scope}", control.section()),
            ));
        }
        Ok(changed)
    }

    /// Progress by service, by chapter and in all.
    ///
    /// ```
    /// use idcf_responsibility::{Register, Service};
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
    /// use idcf_responsibility::{Register, Service};
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

    /// Checks the register, as loading does: a register edited through [`Register::entries_mut`] can be checked
    /// before it is saved.
    ///
    /// # Errors
    ///
    /// [`Inconsistency`] naming the place: an override of its overlay that does not hold, no service or a service
    /// listed twice, an entry for a service the register
    /// does not cover or whose duty does not fit its cell, an empty justification, team, evidence reference or note,
    /// a due date that is not a date, the same duty twice.
    ///
    /// ```
    /// use idcf_responsibility::{Register, Service};
    /// let mut r = Register::new(&[Service::SelfCloud], None);
    /// r.entries_mut()[0].due = Some("2027-13-01".into());
    /// assert!(r.check().unwrap_err().problem.contains("not a date"));
    /// ```
    pub fn check(&self) -> Result<(), Inconsistency> {
        if let Some(overlay) = &self.overlay {
            overlay.check().map_err(|e| Inconsistency::new(format!("overlay.{}", e.place), e.problem))?;
        }
        if self.services.is_empty() {
            return Err(Inconsistency::new("services", "a register covers at least one service"));
        }
        for (i, s) in self.services.iter().enumerate() {
            if self.services.get(..i).is_some_and(|before| before.contains(s)) {
                return Err(Inconsistency::new(format!("services[{i}]"), format!("{s} is listed twice")));
            }
        }
        for (i, e) in self.entries.iter().enumerate() {
            let place = || format!("entries[{i}] ({}, {})", e.service, e.control.section());
            let fail = |problem: String| Err(Inconsistency::new(place(), problem));
            if !self.services.contains(&e.service) {
                return fail(format!("{} is not one of the register's services", e.service));
            }
            if e.duty.party != Party::Customer {
                return fail("the register tracks customer duties only".into());
            }
            if let Some(problem) = e.duty.problem(e.service, e.control) {
                return fail(format!("duty: {problem}"));
            }
            if e.status.justification().is_some_and(|j| j.trim().is_empty()) {
                return fail(format!("status {} needs a justification", e.status.id()));
            }
            let blank = |s: &Option<String>| s.as_deref().is_some_and(|s| s.trim().is_empty());
            if blank(&e.team) || blank(&e.notes) || e.evidence.iter().any(|x| x.trim().is_empty()) {
                return fail("team, evidence and notes, when given, are not empty".into());
            }
            if let Some(due) = &e.due {
                if !is_date(due) {
                    return fail(format!("due date {due:?} is not a date YYYY-MM-DD"));
                }
            }
            if self.entries.get(..i).is_some_and(|before| {
                before.iter().any(|b| b.service == e.service && b.control == e.control && b.duty == e.duty)
            }) {
                return fail("the same duty has an entry already".into());
            }
        }
        Ok(())
    }
}

/// The built-in matrix, with the overlay over it if there is one.
fn current(overlay: Option<&Overlay>) -> Matrix {
    match overlay {
        Some(o) => o.apply(Matrix::builtin()).matrix,
        None => Matrix::builtin().clone(),
    }
}

/// Every customer duty of the services, service by service, in document order.
fn customer_duties<'a>(
    matrix: &'a Matrix,
    services: &'a [Service],
) -> impl Iterator<Item = (Service, Control, &'a Duty)> + 'a {
    services.iter().flat_map(move |&s| {
        matrix
            .service(s)
            .iter()
            .flat_map(move |cell| cell.duties_of(Party::Customer).map(move |d| (s, cell.control(), d)))
    })
}

/// Whether `s` is a calendar date `YYYY-MM-DD` (Gregorian, with leap years).
fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
        return false;
    }
    let number = |range: std::ops::Range<usize>| {
        text.get(range)
            .filter(|part| part.bytes().all(|c| c.is_ascii_digit()))
            .and_then(|part| part.parse::<u32>().ok())
    };
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Register {
    /// The register as pretty-printed JSON. Deterministic.
    ///
    /// ```
    /// use idcf_responsibility::{Register, Service};
    /// let r = Register::new(&[Service::SelfCloud], None);
    /// assert_eq!(Register::from_json(&r.to_json())?, r);
    /// # Ok::<(), idcf_responsibility::LoadError>(())
    /// ```
    #[must_use]
    pub fn to_json(&self) -> String {
        // Serialising plain data to a String cannot fail; the fallback keeps this function infallible.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Loads a register from JSON, validating it (hand edits included) and naming the place of a fault. A register
    /// made against another dataset version loads; [`Register::drift`] says what no longer matches.
    ///
    /// # Errors
    ///
    /// [`LoadError`](crate::LoadError): the JSON path for a document of the wrong shape, the place for content that
    /// does not hold (`entries[3] (idcf-cloud, 6.5.1)`), and the overlay's own faults.
    ///
    /// ```
    /// use idcf_responsibility::{Register, Service};
    /// let json = Register::new(&[Service::SelfCloud], None).to_json().replacen("\"due\": null", "\"due\": \"2026-02-30\"", 1);
    /// let err = Register::from_json(&json).unwrap_err();
    /// assert!(err.to_string().contains("entries[0]") && err.to_string().contains("not a date"), "{err}");
    /// ```
    pub fn from_json(json: &str) -> Result<Register, crate::LoadError> {
        let register: Register = crate::json::read(crate::FileKind::Register, json)?;
        register.check().map_err(|i| crate::LoadError::inconsistent(crate::FileKind::Register, i))?;
        Ok(register)
    }
}
