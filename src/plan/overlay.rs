//! Tailoring: a customer's own decisions laid over the built-in matrix, kept apart from it so that they survive a
//! new version of the dataset.

use std::borrow::Cow;

use crate::{
    Basis, Cell, Control, Duty, Inconsistency, Matrix, Service, Text,
    diff::{CellDiff, Change},
};

/// What one override does to its cell.
///
/// ```
/// use idcf_responsibility::{Service, Control, Text, plan::{Overlay, Tailoring}};
/// let mut overlay = Overlay::new();
/// overlay.not_applicable(Service::SelfCloud, Control::Teleworking, Text::new("No teleworking here.", "テレワークなし。"))?;
/// assert!(matches!(overlay.overrides()[0].change(), Tailoring::NotApplicable));
/// # Ok::<(), idcf_responsibility::Inconsistency>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Tailoring {
    /// A duty the customer adds; its basis becomes [`Basis::Tailored`] with the override's reason.
    #[cfg_attr(feature = "schemars", schemars(title = "AddDuty"))]
    AddDuty {
        /// The duty (its basis is replaced by the tailoring).
        duty: Duty,
    },
    /// A duty of the base cell the customer removes (matched by party, kind, sentence and English text).
    #[cfg_attr(feature = "schemars", schemars(title = "RemoveDuty"))]
    RemoveDuty {
        /// The duty as the base cell has it.
        duty: Duty,
    },
    /// The customer decides the control does not apply to its use of the service.
    #[cfg_attr(feature = "schemars", schemars(title = "NotApplicable"))]
    NotApplicable,
    /// A note on the cell; the cell itself is unchanged.
    #[cfg_attr(feature = "schemars", schemars(title = "Note"))]
    Note {
        /// The note.
        text: Text,
    },
}

/// One override: a change to one cell, with the author's reason and the cell as it was when the override was made.
///
/// ```
/// use idcf_responsibility::{Control, Service, Text, plan::Overlay};
/// let mut overlay = Overlay::new();
/// overlay.note(Service::IdcfCloud, Control::InformationBackup, Text::new("Nightly.", "毎晩。"), Text::new("Our plan.", "計画。"))?;
/// let o = &overlay.overrides()[0];
/// assert_eq!((o.service(), o.control()), (Service::IdcfCloud, Control::InformationBackup));
/// assert_eq!(o.base(), overlay.overrides()[0].base());
/// # Ok::<(), idcf_responsibility::Inconsistency>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
// Deserialize checks the override, as loading does (below); deny_unknown_fields closes the JSON Schema.
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Override {
    service: Service,
    control: Control,
    change: Tailoring,
    reason: Text,
    base: Cell,
}

impl Override {
    /// The service of the cell.
    ///
    /// ```
    /// # use idcf_responsibility::{Control, Service, Text, plan::Overlay};
    /// # let mut o = Overlay::new();
    /// # o.not_applicable(Service::SelfCloud, Control::Teleworking, Text::new("x", "x"))?;
    /// assert_eq!(o.overrides()[0].service(), Service::SelfCloud);
    /// # Ok::<(), idcf_responsibility::Inconsistency>(())
    /// ```
    #[must_use]
    pub const fn service(&self) -> Service {
        self.service
    }

    /// The control of the cell.
    ///
    /// ```
    /// # use idcf_responsibility::{Control, Service, Text, plan::Overlay};
    /// # let mut o = Overlay::new();
    /// # o.not_applicable(Service::SelfCloud, Control::Teleworking, Text::new("x", "x"))?;
    /// assert_eq!(o.overrides()[0].control(), Control::Teleworking);
    /// # Ok::<(), idcf_responsibility::Inconsistency>(())
    /// ```
    #[must_use]
    pub const fn control(&self) -> Control {
        self.control
    }

    /// What the override does.
    ///
    /// ```
    /// # use idcf_responsibility::{Control, Service, Text, plan::{Overlay, Tailoring}};
    /// # let mut o = Overlay::new();
    /// # o.not_applicable(Service::SelfCloud, Control::Teleworking, Text::new("x", "x"))?;
    /// assert_eq!(o.overrides()[0].change(), &Tailoring::NotApplicable);
    /// # Ok::<(), idcf_responsibility::Inconsistency>(())
    /// ```
    #[must_use]
    pub const fn change(&self) -> &Tailoring {
        &self.change
    }

    /// The author's reason.
    ///
    /// ```
    /// # use idcf_responsibility::{Control, Service, Text, plan::Overlay};
    /// # let mut o = Overlay::new();
    /// # o.not_applicable(Service::SelfCloud, Control::Teleworking, Text::new("No telework.", "なし。"))?;
    /// assert_eq!(o.overrides()[0].reason().en, "No telework.");
    /// # Ok::<(), idcf_responsibility::Inconsistency>(())
    /// ```
    #[must_use]
    pub const fn reason(&self) -> &Text {
        &self.reason
    }

    /// The cell as the built-in matrix had it when the override was made: a later dataset that changes it puts the
    /// override in [`Tailored::conflicts`].
    ///
    /// ```
    /// # use idcf_responsibility::{Control, Matrix, Service, Text, plan::Overlay};
    /// # let mut o = Overlay::new();
    /// # o.not_applicable(Service::SelfCloud, Control::Teleworking, Text::new("x", "x"))?;
    /// assert_eq!(o.overrides()[0].base(), Matrix::builtin().cell(Service::SelfCloud, Control::Teleworking));
    /// # Ok::<(), idcf_responsibility::Inconsistency>(())
    /// ```
    #[must_use]
    pub const fn base(&self) -> &Cell {
        &self.base
    }
}

/// A customer's tailoring of the built-in matrix: overrides keyed by service and control, each with its reason,
/// built with a typed API and saved as JSON (feature `serde`). [`Overlay::apply`] lays it over the built-in matrix,
/// re-deriving owners and bases; a tailored duty's basis is [`Basis::Tailored`], neither stated nor our inference.
///
/// ```
/// use idcf_responsibility::{Basis, CellBasis, Control, Duty, DutyKind, Layer, Matrix, Owner, Party, Role, Scope, Service, Text, plan::Overlay};
///
/// let mut overlay = Overlay::new();
/// let role = Role::new(Party::Customer, DutyKind::Performs, Layer::CustomerEnvironment, Scope::AllServices, 1);
/// let duty = Duty::new(role, Basis::Stated, Text::new("Runs its own NTP source.", "自社のNTPを使う。"));
/// overlay.add_duty(Service::PrivateCloud, Control::ClockSynchronization, duty, Text::new("Our policy.", "自社方針。"))?;
///
/// let tailored = overlay.apply(Matrix::builtin());
/// assert!(tailored.conflicts.is_empty());
/// let cell = tailored.matrix.cell(Service::PrivateCloud, Control::ClockSynchronization);
/// assert_eq!(cell.owner(), Some(Owner::Shared));
/// assert_eq!(cell.basis(), CellBasis::Tailored);
/// assert_eq!(Matrix::builtin().diff(&tailored.matrix).len(), 1);
/// # Ok::<(), idcf_responsibility::Inconsistency>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
// Deserialize checks the overlay, as `Overlay::from_json` does (below); deny_unknown_fields closes the JSON Schema.
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Overlay {
    dataset_version: Cow<'static, str>,
    overrides: Vec<Override>,
}

impl Default for Overlay {
    fn default() -> Self {
        Overlay::new()
    }
}

/// An override whose base cell has changed since it was made (a newer dataset): it is still applied where it can
/// be, and reported here with what changed, never dropped in silence.
///
/// ```
/// use idcf_responsibility::{Basis, Cell, Control, Matrix, Service, Text, plan::Overlay};
///
/// // An overlay made against the built-in matrix, applied to a matrix whose 7.6.2 has since changed.
/// let mut overlay = Overlay::new();
/// overlay.note(Service::SelfCloud, Control::Teleworking, Text::new("VPN only.", "VPNのみ。"), Text::new("Policy.", "方針。"))?;
/// let mut newer = Matrix::builtin().clone();
/// let reason = Basis::inferred("A later dataset.", "新しいデータ。");
/// newer.replace(Cell::not_applicable(Service::SelfCloud, Control::Teleworking, reason, Control::Teleworking.section_summary().clone())?);
/// let conflicts = overlay.apply(&newer).conflicts;
/// assert_eq!((conflicts[0].service, conflicts[0].control, conflicts[0].index), (Service::SelfCloud, Control::Teleworking, 0));
/// assert!(!conflicts[0].changes.is_empty());
/// # Ok::<(), idcf_responsibility::Inconsistency>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Conflict {
    /// The service of the cell.
    pub service: Service,
    /// The control of the cell.
    pub control: Control,
    /// The index of the override in the overlay.
    pub index: usize,
    /// What changed in the base cell between the override's snapshot and the current dataset.
    pub changes: Vec<Change>,
    /// Whether the override could still be applied (a removed duty that no longer exists cannot).
    pub applied: bool,
}

/// A matrix with an overlay laid over it, and the overrides that met a changed base.
///
/// ```
/// use idcf_responsibility::{Matrix, plan::Overlay};
/// let t = Overlay::new().apply(Matrix::builtin());
/// assert_eq!(&t.matrix, Matrix::builtin());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Tailored {
    /// The tailored matrix.
    pub matrix: Matrix,
    /// Overrides whose base cell changed since they were made.
    pub conflicts: Vec<Conflict>,
}

impl Overlay {
    /// An empty overlay, made against the crate's dataset version.
    ///
    /// ```
    /// let o = idcf_responsibility::plan::Overlay::new();
    /// assert!(o.overrides().is_empty());
    /// assert_eq!(o.dataset_version(), idcf_responsibility::DATASET_VERSION);
    /// ```
    #[must_use]
    pub const fn new() -> Overlay {
        Overlay { dataset_version: Cow::Borrowed(crate::DATASET_VERSION), overrides: Vec::new() }
    }

    /// The dataset version the overlay was made against.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::plan::Overlay::new().dataset_version(), "4.0.0");
    /// ```
    #[must_use]
    pub fn dataset_version(&self) -> &str {
        &self.dataset_version
    }

    /// The overrides, in the order they were made.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::plan::Overlay::new().overrides().len(), 0);
    /// ```
    #[must_use]
    pub fn overrides(&self) -> &[Override] {
        &self.overrides
    }

    fn push(&mut self, service: Service, control: Control, change: Tailoring, reason: Text) {
        let base = Matrix::builtin().cell(service, control).clone();
        self.overrides.push(Override { service, control, change, reason, base });
    }

    /// Adds a duty to a cell. The duty's basis becomes [`Basis::Tailored`] with `reason`, its scope
    /// [`Scope::AllServices`](crate::Scope::AllServices) (it is placed in one cell, by hand).
    ///
    /// # Errors
    ///
    /// [`Inconsistency`] when the duty does not fit the cell (a sentence the section lacks, a kind its party cannot
    /// carry, a capability on a duty that does not make it available, empty text) or the reason is empty.
    ///
    /// ```
    /// use idcf_responsibility::{Basis, Control, Duty, DutyKind, Layer, Party, Role, Scope, Service, Text, plan::Overlay};
    /// let role = Role::new(Party::Customer, DutyKind::Performs, Layer::CustomerEnvironment, Scope::AllServices, 9);
    /// let duty = Duty::new(role, Basis::Stated, Text::new("x", "x"));
    /// let err = Overlay::new().add_duty(Service::IdcfCloud, Control::ClockSynchronization, duty, Text::new("r", "r"));
    /// assert!(err.unwrap_err().problem.contains("sentence 9"));
    /// ```
    pub fn add_duty(
        &mut self,
        service: Service,
        control: Control,
        duty: Duty,
        reason: Text,
    ) -> Result<(), Inconsistency> {
        let duty = tailored_duty(duty, &reason);
        check_override(service, control, &reason, Some(&duty))?;
        self.push(service, control, Tailoring::AddDuty { duty }, reason);
        Ok(())
    }

    /// Removes a duty from a cell.
    ///
    /// # Errors
    ///
    /// [`Inconsistency`] when the cell has no such duty, or the reason is empty.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, Service, Text, plan::Overlay};
    /// let mut overlay = Overlay::new();
    /// let cell = Matrix::builtin().cell(Service::IdcfCloud, Control::NetworkServiceSecurity);
    /// let inferred = cell.duties().iter().find(|d| d.basis.is_inferred()).unwrap().clone();
    /// overlay.remove_duty(Service::IdcfCloud, Control::NetworkServiceSecurity, inferred, Text::new("Managed for us.", "委託済み。"))?;
    /// let t = overlay.apply(Matrix::builtin());
    /// assert_eq!(t.matrix.owner(Service::IdcfCloud, Control::NetworkServiceSecurity), Some(idcf_responsibility::Owner::Provider));
    /// # Ok::<(), idcf_responsibility::Inconsistency>(())
    /// ```
    pub fn remove_duty(
        &mut self,
        service: Service,
        control: Control,
        duty: Duty,
        reason: Text,
    ) -> Result<(), Inconsistency> {
        check_override(service, control, &reason, None)?;
        if !Matrix::builtin().cell(service, control).duties().iter().any(|d| same_duty(d, &duty)) {
            return Err(Inconsistency::new(
                crate::Subject::Overlay,
                format!("{service}, {}", control.section()),
                format!("the cell has no duty {:?} to remove", duty.text.en),
            ));
        }
        self.push(service, control, Tailoring::RemoveDuty { duty }, reason);
        Ok(())
    }

    /// Marks a cell not applicable to the customer's use, with the reason.
    ///
    /// ```
    /// use idcf_responsibility::{CellBasis, Control, Matrix, Service, Text, plan::Overlay};
    /// let mut overlay = Overlay::new();
    /// overlay.not_applicable(Service::SelfCloud, Control::Teleworking, Text::new("No telework.", "テレワークなし。"))?;
    /// let cell = overlay.apply(Matrix::builtin()).matrix.cell(Service::SelfCloud, Control::Teleworking).clone();
    /// assert!(!cell.is_applicable());
    /// assert_eq!(cell.basis(), CellBasis::Tailored);
    /// # Ok::<(), idcf_responsibility::Inconsistency>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Inconsistency`] when the reason is given in neither English nor Japanese (one is enough; the other prints
    /// as missing); the overlay is unchanged.
    pub fn not_applicable(&mut self, service: Service, control: Control, reason: Text) -> Result<(), Inconsistency> {
        check_override(service, control, &reason, None)?;
        self.push(service, control, Tailoring::NotApplicable, reason);
        Ok(())
    }

    /// Adds a note to a cell (the cell itself is unchanged); [`Overlay::notes`] lists them.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Service, Text, plan::Overlay};
    /// let mut overlay = Overlay::new();
    /// overlay.note(Service::IdcfCloud, Control::InformationBackup, Text::new("Nightly to tape.", "毎晩テープへ。"), Text::new("Plan.", "計画。"))?;
    /// assert_eq!(overlay.notes(Service::IdcfCloud, Control::InformationBackup).count(), 1);
    /// # Ok::<(), idcf_responsibility::Inconsistency>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Inconsistency`] when the note or its reason is given in neither English nor Japanese (one is enough);
    /// the overlay is unchanged.
    pub fn note(&mut self, service: Service, control: Control, text: Text, reason: Text) -> Result<(), Inconsistency> {
        check_override(service, control, &reason, None)?;
        if text.is_empty() {
            return Err(Inconsistency::new(
                crate::Subject::Overlay,
                format!("{service}, {}", control.section()),
                "a note needs its text in English or Japanese",
            ));
        }
        self.push(service, control, Tailoring::Note { text }, reason);
        Ok(())
    }

    /// The notes on one cell, in the order they were made.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Service, plan::Overlay};
    /// assert_eq!(Overlay::new().notes(Service::IdcfCloud, Control::InformationBackup).count(), 0);
    /// ```
    pub fn notes(&self, service: Service, control: Control) -> impl Iterator<Item = &Text> {
        self.overrides.iter().filter_map(move |o| match &o.change {
            Tailoring::Note { text } if o.service == service && o.control == control => Some(text),
            _ => None,
        })
    }

    /// Lays the overlay over `base` (normally [`Matrix::builtin`]): each override changes its cell, owners and
    /// bases are derived again, and every override whose base cell differs from the one it was made against is
    /// reported as a [`Conflict`] naming the cell and what changed. The other overrides apply as made.
    ///
    /// ```
    /// use idcf_responsibility::{Matrix, plan::Overlay};
    /// assert!(Overlay::new().apply(Matrix::builtin()).conflicts.is_empty());
    /// ```
    #[must_use]
    pub fn apply(&self, base: &Matrix) -> Tailored {
        let mut matrix = base.clone();
        let mut conflicts = Vec::new();
        for (index, o) in self.overrides.iter().enumerate() {
            let current = matrix.cell(o.service, o.control).clone();
            let reference = base.cell(o.service, o.control);
            let changes = if reference == &o.base { Vec::new() } else { crate::diff::cell_changes(&o.base, reference) };
            let applied = match apply_one(&current, o) {
                Some(cell) => {
                    matrix.replace(cell);
                    true
                }
                None => false,
            };
            if !changes.is_empty() || !applied {
                conflicts.push(Conflict { service: o.service, control: o.control, index, changes, applied });
            }
        }
        Tailored { matrix, conflicts }
    }

    /// What the overlay changes in the built-in matrix, cell by cell ([`Matrix::diff`]).
    ///
    /// ```
    /// use idcf_responsibility::{Control, Service, Text, plan::Overlay};
    /// let mut overlay = Overlay::new();
    /// overlay.not_applicable(Service::SelfCloud, Control::Teleworking, Text::new("No telework.", "なし。"))?;
    /// assert_eq!(overlay.diff().len(), 1);
    /// # Ok::<(), idcf_responsibility::Inconsistency>(())
    /// ```
    #[must_use]
    pub fn diff(&self) -> Vec<CellDiff> {
        Matrix::builtin().diff(&self.apply(Matrix::builtin()).matrix)
    }
}

impl Overlay {
    /// What is wrong with the overlay, if anything, naming the override (`overrides[i] (service, section)`): a
    /// reason or a note with text in neither language, an added duty that does not fit its cell, a base cell of
    /// another service or control. Loading an overlay, alone or inside a register, runs it.
    pub(crate) fn check(&self) -> Result<(), Inconsistency> {
        for (i, o) in self.overrides.iter().enumerate() {
            if let Some(problem) = o.problem() {
                return Err(Inconsistency::new(
                    crate::Subject::Overlay,
                    format!("overrides[{i}] ({}, {})", o.service, o.control.section()),
                    problem,
                ));
            }
        }
        Ok(())
    }
}

impl Override {
    /// What is wrong with the override, if anything: a reason or a note with text in neither language, an added
    /// duty that does not fit its cell, a base cell of another service or control.
    fn problem(&self) -> Option<String> {
        let duty = match &self.change {
            Tailoring::AddDuty { duty } => Some(duty),
            _ => None,
        };
        if let Err(e) = check_override(self.service, self.control, &self.reason, duty) {
            return Some(e.problem);
        }
        if (self.base.service(), self.base.control()) != (self.service, self.control) {
            return Some("the base cell is of another service or control".into());
        }
        match &self.change {
            Tailoring::Note { text } if text.is_empty() => Some("a note needs its text in English or Japanese".into()),
            _ => None,
        }
    }
}

/// The duty as a tailoring adds it: the customer's basis, all services (it sits in one cell by hand).
fn tailored_duty(mut duty: Duty, reason: &Text) -> Duty {
    duty.basis = Basis::Tailored { reason: reason.clone() };
    duty.scope = crate::Scope::AllServices;
    duty
}

/// Whether two duties are the same duty for removal: party, kind, sentence and English text.
fn same_duty(a: &Duty, b: &Duty) -> bool {
    a.party == b.party && a.kind == b.kind && a.sentence == b.sentence && a.text.en == b.text.en
}

fn check_override(service: Service, control: Control, reason: &Text, duty: Option<&Duty>) -> Result<(), Inconsistency> {
    let place = || format!("{service}, {}", control.section());
    if reason.is_empty() {
        return Err(Inconsistency::new(
            crate::Subject::Overlay,
            place(),
            "an override needs its reason in English or Japanese",
        ));
    }
    if let Some(problem) = duty.and_then(|d| d.problem(service, control)) {
        return Err(Inconsistency::new(crate::Subject::Overlay, place(), problem));
    }
    Ok(())
}

/// The cell after one override, or `None` when it cannot apply (the duty to remove is gone, or the result would
/// be a cell without duties that is still applicable).
fn apply_one(cell: &Cell, o: &Override) -> Option<Cell> {
    let (service, control) = (o.service, o.control);
    let summary = cell.summary().clone();
    match &o.change {
        Tailoring::Note { .. } => Some(cell.clone()),
        Tailoring::NotApplicable => {
            Cell::not_applicable(service, control, Basis::Tailored { reason: o.reason.clone() }, summary).ok()
        }
        Tailoring::AddDuty { duty } => {
            let mut duties = cell.duties().to_vec();
            duties.push(tailored_duty(duty.clone(), &o.reason));
            Cell::new(service, control, duties, cell.withheld().to_vec(), summary).ok()
        }
        Tailoring::RemoveDuty { duty } => {
            let position = cell.duties().iter().position(|d| same_duty(d, duty))?;
            let mut duties = cell.duties().to_vec();
            duties.remove(position);
            if duties.is_empty() {
                let reason = o.reason.clone();
                Cell::not_applicable(service, control, Basis::Tailored { reason }, summary).ok()
            } else {
                Cell::new(service, control, duties, cell.withheld().to_vec(), summary).ok()
            }
        }
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Overlay {
    /// The overlay as pretty-printed JSON. Deterministic.
    ///
    /// ```
    /// use idcf_responsibility::plan::Overlay;
    /// let json = Overlay::new().to_json()?;
    /// assert_eq!(Overlay::from_json(&json)?, Overlay::new());
    /// # Ok::<(), idcf_responsibility::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::ToJson`](crate::Error::ToJson) if the JSON writer refuses (it never does for the crate's values;
    /// the error is returned rather than an empty string).
    pub fn to_json(&self) -> Result<String, crate::Error> {
        crate::json::to_pretty("overlay", self)
    }

    /// Loads an overlay from JSON, validating every override (hand edits included): a reason (one language is
    /// enough), an added duty that fits its cell, a base cell that is a consistent cell of the same service and
    /// control. An overlay made against another dataset version loads; [`Overlay::apply`] reports what changed.
    ///
    /// # Errors
    ///
    /// [`LoadError`](crate::json::LoadError) naming the place: the JSON path for a document of the wrong shape,
    /// `overrides[i] (service, section)` for an override that does not hold.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Service, Text, plan::Overlay};
    /// let mut overlay = Overlay::new();
    /// overlay.not_applicable(Service::SelfCloud, Control::Teleworking, Text::new("No telework.", "なし。"))?;
    /// let json = overlay.to_json()?;
    /// assert_eq!(Overlay::from_json(&json)?, overlay);
    /// // One language is enough for the customer's reason; none is refused.
    /// let one = json.replace(r#""ja": "なし。""#, r#""ja": """#);
    /// assert!(Overlay::from_json(&one).is_ok());
    /// let broken = one.replace("No telework.", " ");
    /// let err = Overlay::from_json(&broken).unwrap_err();
    /// assert!(err.to_string().contains("overrides[0] (self-cloud, 7.6.2)"), "{err}");
    /// # Ok::<(), idcf_responsibility::Error>(())
    /// ```
    pub fn from_json(json: &str) -> Result<Overlay, crate::json::LoadError> {
        let overlay = Overlay::from(crate::json::read::<unchecked::Overlay>(crate::json::FileKind::Overlay, json)?);
        overlay.check().map_err(|i| crate::json::LoadError::inconsistent(crate::json::FileKind::Overlay, i))?;
        Ok(overlay)
    }
}

/// What an overlay and its overrides are as JSON, before they are checked: the shape `Overlay::from_json` reads
/// (to name the place of a fault as loading does) and the `Deserialize` impls check.
#[cfg(feature = "serde")]
pub(crate) mod unchecked {
    use std::borrow::Cow;

    use serde::de::Error as _;

    use crate::{Cell, Control, Service, Text};

    use super::Tailoring;

    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(crate) struct Override {
        service: Service,
        control: Control,
        change: Tailoring,
        reason: Text,
        base: Cell,
    }

    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(crate) struct Overlay {
        dataset_version: Cow<'static, str>,
        overrides: Vec<Override>,
    }

    impl From<Override> for super::Override {
        fn from(o: Override) -> Self {
            let Override { service, control, change, reason, base } = o;
            super::Override { service, control, change, reason, base }
        }
    }

    impl From<Overlay> for super::Overlay {
        fn from(o: Overlay) -> Self {
            super::Overlay {
                dataset_version: o.dataset_version,
                overrides: o.overrides.into_iter().map(super::Override::from).collect(),
            }
        }
    }

    /// Deserializing is loading: an override that `Overlay::from_json` would refuse is refused.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Service, Text, plan::{Overlay, Override}};
    /// let mut overlay = Overlay::new();
    /// overlay.not_applicable(Service::SelfCloud, Control::Teleworking, Text::new("No telework.", "なし。"))?;
    /// let json = serde_json::to_string(&overlay.overrides()[0]).unwrap();
    /// assert!(serde_json::from_str::<Override>(&json).is_ok());
    /// let blank = json.replace("No telework.", " ").replace("なし。", "");
    /// let err = serde_json::from_str::<Override>(&blank).unwrap_err();
    /// assert!(err.to_string().starts_with("invalid overlay override (self-cloud, 7.6.2): an override needs its reason"), "{err}");
    /// # Ok::<(), idcf_responsibility::Inconsistency>(())
    /// ```
    impl<'de> serde::Deserialize<'de> for super::Override {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let o = super::Override::from(Override::deserialize(deserializer)?);
            match o.problem() {
                Some(problem) => Err(D::Error::custom(format!(
                    "invalid overlay override ({}, {}): {problem}",
                    o.service,
                    o.control.section()
                ))),
                None => Ok(o),
            }
        }
    }

    /// Deserializing is loading: `serde_json::from_str::<Overlay>` (and a web framework's JSON extractor) refuses
    /// what [`Overlay::from_json`](super::Overlay::from_json) refuses, naming the override.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Service, Text, plan::Overlay};
    /// let mut overlay = Overlay::new();
    /// overlay.not_applicable(Service::SelfCloud, Control::Teleworking, Text::new("No telework.", "なし。"))?;
    /// let json = overlay.to_json()?.replace("No telework.", " ").replace("なし。", "");
    /// assert!(Overlay::from_json(&json).is_err());
    /// let err = serde_json::from_str::<Overlay>(&json).unwrap_err();
    /// assert!(err.to_string().contains("invalid overlay at overrides[0] (self-cloud, 7.6.2)"), "{err}");
    /// # Ok::<(), idcf_responsibility::Error>(())
    /// ```
    impl<'de> serde::Deserialize<'de> for super::Overlay {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let overlay = super::Overlay::from(Overlay::deserialize(deserializer)?);
            overlay.check().map_err(|i| D::Error::custom(format!("invalid overlay at {}: {}", i.place, i.problem)))?;
            Ok(overlay)
        }
    }
}
