//! The matrix: one cell per service and control, and the typed queries over it.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::frameworks::{CcmOwnership, FedRampOrigination, OscalOrigination, Projected};
use crate::plan::{Checklist, ChecklistGroup, ChecklistItem};
use crate::{
    Basis, Capability, CellBasis, Chapter, Control, Duty, Inconsistency, Owner, OwnerBasis, Party, Service, Text,
    Withheld,
};

/// One cell of the matrix: what the document says about one control for one service.
///
/// Every cell cites its section ([`Cell::section`]). An applicable cell carries the duties of the section whose
/// scope includes its service, stated or inferred, and the owner derived from them; a cell that is not applicable
/// carries no duties and no owner, and our reason. The fields are private: the owner, the stated owner and the
/// basis are derived, so a cell cannot contradict its duties. Build one with [`Cell::new`] or
/// [`Cell::not_applicable`].
///
/// ```
/// use idcf_responsibility::{Capability, Control, Matrix, Owner, Party, Service};
///
/// let cell = Matrix::builtin().cell(Service::IdcfCloud, Control::BackupFunction);
/// assert_eq!(cell.section(), "6.5.2");
/// assert_eq!(cell.owner(), Some(Owner::Shared));
/// assert!(cell.capabilities().any(|c| c == Capability::BackupFunction));
/// assert_eq!(cell.duties_of(Party::Customer).count(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Cell {
    service: Service,
    control: Control,
    not_applicable: Option<Basis>,
    summary: Text,
    duties: Cow<'static, [Duty]>,
    withheld: Cow<'static, [Withheld]>,
    owner: Option<Owner>,
    stated_owner: Option<Owner>,
}

impl Cell {
    /// Who owns the control for the service, derived from all the cell's duties ([`Owner::of`]); `None` when
    /// not applicable. See [`Cell::owner_basis`] for whether it rests on stated duties.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, Owner, Service};
    /// assert_eq!(Matrix::builtin().cell(Service::ObjectStorage, Control::InformationBackup).owner(), Some(Owner::Customer));
    /// ```
    #[must_use]
    pub const fn owner(&self) -> Option<Owner> {
        self.owner
    }

    /// The owner that the stated duties alone give: `None` when the document states nothing of this control for
    /// this service (the honest "the document does not say").
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, Owner, Service};
    /// let m = Matrix::builtin();
    /// assert_eq!(m.cell(Service::IdcfCloud, Control::InformationBackup).stated_owner(), Some(Owner::Customer));
    /// assert_eq!(m.cell(Service::ObjectStorage, Control::InformationBackup).stated_owner(), None);
    /// ```
    #[must_use]
    pub const fn stated_owner(&self) -> Option<Owner> {
        self.stated_owner
    }

    /// Where the owner comes from: derived from stated duties (the stated duties alone give the same owner), or
    /// our inference. `None` when not applicable.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, OwnerBasis, Service};
    /// let m = Matrix::builtin();
    /// // 6.6.1 states only the firewall; that the customer sets its rules is our inference, which makes it shared.
    /// assert_eq!(m.cell(Service::IdcfCloud, Control::NetworkServiceSecurity).owner_basis(), Some(OwnerBasis::Inferred));
    /// assert_eq!(m.cell(Service::IdcfCloud, Control::ClockSynchronization).owner_basis(), Some(OwnerBasis::DerivedFromStated));
    /// ```
    #[must_use]
    pub fn owner_basis(&self) -> Option<OwnerBasis> {
        let owner = self.owner?;
        Some(if self.stated_owner == Some(owner) {
            OwnerBasis::DerivedFromStated
        } else if Owner::of(self.duties.iter().filter(|d| !d.basis.is_tailored())) == Some(owner) {
            OwnerBasis::Inferred
        } else {
            OwnerBasis::Tailored
        })
    }

    /// Every duty of the cell, stated and inferred, in the section's order.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, Service};
    /// assert_eq!(Matrix::builtin().cell(Service::IdcfCloud, Control::InformationBackup).duties().len(), 2);
    /// ```
    #[must_use]
    pub fn duties(&self) -> &[Duty] {
        &self.duties
    }

    /// The duties one party carries in this cell.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, Party, Service};
    /// let cell = Matrix::builtin().cell(Service::SelfCloud, Control::InformationBackup);
    /// assert_eq!(cell.duties_of(Party::Customer).count(), 1);
    /// ```
    pub fn duties_of(&self, party: Party) -> impl Iterator<Item = &Duty> {
        self.duties.iter().filter(move |d| d.party == party)
    }

    /// The duties the document states for this service.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, Service};
    /// assert_eq!(Matrix::builtin().cell(Service::ObjectStorage, Control::InformationBackup).stated_duties().count(), 0);
    /// ```
    pub fn stated_duties(&self) -> impl Iterator<Item = &Duty> {
        self.duties.iter().filter(|d| d.is_stated())
    }

    /// The capabilities the provider makes available in this cell (on duties that offer, act on request or
    /// disclose), each once, in order of first mention.
    ///
    /// ```
    /// use idcf_responsibility::{Capability, Control, Matrix, Service};
    /// let cell = Matrix::builtin().cell(Service::IdcfCloud, Control::ElectronicMessaging);
    /// assert_eq!(cell.capabilities().collect::<Vec<_>>(), [Capability::SshAccess, Capability::SslPortal]);
    /// ```
    pub fn capabilities(&self) -> impl Iterator<Item = Capability> + '_ {
        self.duties.iter().enumerate().filter_map(|(i, d)| {
            let cap = d.capability?;
            let earlier = self.duties.get(..i).unwrap_or_default();
            (!earlier.iter().any(|e| e.capability == Some(cap))).then_some(cap)
        })
    }

    /// What the provider states it does not disclose.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, Service, Withheld};
    /// let cell = Matrix::builtin().cell(Service::IdcfCloud, Control::LearningFromIncidents);
    /// assert_eq!(cell.withheld(), [Withheld::IncidentKnowledge]);
    /// ```
    #[must_use]
    pub fn withheld(&self) -> &[Withheld] {
        &self.withheld
    }

    /// What the section says, in our own words.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, Service};
    /// assert!(Matrix::builtin().cell(Service::IdcfCloud, Control::ClockSynchronization).summary().en.contains("NTP"));
    /// ```
    #[must_use]
    pub const fn summary(&self) -> &Text {
        &self.summary
    }

    /// Whether the control applies to the service.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, Service};
    /// assert!(!Matrix::builtin().cell(Service::ObjectStorage, Control::SecureLogOn).is_applicable());
    /// ```
    #[must_use]
    pub const fn is_applicable(&self) -> bool {
        self.not_applicable.is_none()
    }

    /// Why the cell is not applicable (our judgement); `None` when it applies.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, Service};
    /// let cell = Matrix::builtin().cell(Service::ObjectStorage, Control::SecureLogOn);
    /// assert!(cell.not_applicable_reason().unwrap().en.contains("virtual machines"));
    /// ```
    #[must_use]
    pub const fn not_applicable_reason(&self) -> Option<&Text> {
        match &self.not_applicable {
            Some(basis) => basis.reason(),
            None => None,
        }
    }

    /// Whose decision it is that the cell is not applicable: ours ([`Basis::Inferred`]) or the customer's
    /// ([`Basis::Tailored`]); `None` when it applies.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, Service};
    /// let cell = Matrix::builtin().cell(Service::ObjectStorage, Control::SecureLogOn);
    /// assert!(cell.not_applicable_basis().unwrap().is_inferred());
    /// ```
    #[must_use]
    pub const fn not_applicable_basis(&self) -> Option<&Basis> {
        self.not_applicable.as_ref()
    }

    /// How much of the cell the document states: derived from the duties; a cell that is not applicable is our
    /// judgement, [`CellBasis::Inferred`], or the customer's, [`CellBasis::Tailored`].
    ///
    /// ```
    /// use idcf_responsibility::{CellBasis, Control, Matrix, Service};
    /// let m = Matrix::builtin();
    /// assert_eq!(m.cell(Service::ObjectStorage, Control::BackupFunction).basis(), CellBasis::Inferred);
    /// ```
    #[must_use]
    pub fn basis(&self) -> CellBasis {
        match &self.not_applicable {
            Some(Basis::Tailored { .. }) => CellBasis::Tailored,
            _ => CellBasis::of(&self.duties),
        }
    }

    /// Whether the document states everything in this cell (every duty stated, and the cell applicable).
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, Service};
    /// let m = Matrix::builtin();
    /// assert!(m.cell(Service::IdcfCloud, Control::InformationBackup).is_stated());
    /// assert!(!m.cell(Service::ObjectStorage, Control::InformationBackup).is_stated());
    /// ```
    #[must_use]
    pub fn is_stated(&self) -> bool {
        self.basis() == CellBasis::Stated
    }

    /// The service.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, Service};
    /// assert_eq!(Matrix::builtin().cell(Service::SelfCloud, Control::SecureLogOn).service(), Service::SelfCloud);
    /// ```
    #[must_use]
    pub const fn service(&self) -> Service {
        self.service
    }

    /// The control.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, Service};
    /// assert_eq!(Matrix::builtin().cell(Service::SelfCloud, Control::SecureLogOn).control(), Control::SecureLogOn);
    /// ```
    #[must_use]
    pub const fn control(&self) -> Control {
        self.control
    }

    /// The section of the document the cell comes from (`"6.5.1"`): its citation.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, Service};
    /// assert_eq!(Matrix::builtin().cell(Service::SelfCloud, Control::InformationBackup).section(), "6.5.1");
    /// ```
    #[must_use]
    pub const fn section(&self) -> &'static str {
        self.control.section()
    }

    /// An applicable cell from its duties; the owner, the stated owner and the basis are derived from them.
    ///
    /// # Errors
    ///
    /// [`Inconsistency`] naming the cell and the duty when there is no duty, or a duty does not fit the cell:
    /// a scope that leaves the service out, a sentence the section does not have, a capability on a duty that
    /// does not make it available, empty text or an inference without its reason; also for an empty summary.
    ///
    /// ```
    /// use idcf_responsibility::{Basis, Cell, Control, Duty, DutyKind, Layer, Owner, Party, Role, Scope, Service, Text};
    ///
    /// let role = Role::new(Party::Customer, DutyKind::Performs, Layer::CustomerEnvironment, Scope::AllServices, 1);
    /// let note = Basis::inferred("Our own decision.", "自社の判断。");
    /// let duty = Duty::new(role, note, Text::new("Keeps clocks in step.", "時刻を合わせる。"));
    /// let control = Control::ClockSynchronization;
    /// let cell = Cell::new(Service::IdcfCloud, control, vec![duty], vec![], control.section_summary().clone())?;
    /// assert_eq!(cell.owner(), Some(Owner::Customer));
    /// assert_eq!(cell.stated_owner(), None);
    ///
    /// assert!(Cell::new(Service::IdcfCloud, control, vec![], vec![], control.section_summary().clone()).is_err());
    /// # Ok::<(), idcf_responsibility::Error>(())
    /// ```
    pub fn new(
        service: Service,
        control: Control,
        duties: impl Into<Cow<'static, [Duty]>>,
        withheld: impl Into<Cow<'static, [Withheld]>>,
        summary: Text,
    ) -> Result<Cell, Inconsistency> {
        let duties = duties.into();
        let place = || format!("{service}, {}", control.section());
        if duties.is_empty() {
            return Err(Inconsistency::new(
                crate::Subject::Cell,
                place(),
                "an applicable cell needs at least one duty",
            ));
        }
        if let Some((j, problem)) = duties.iter().enumerate().find_map(|(j, d)| Some((j, d.problem(service, control)?)))
        {
            return Err(Inconsistency::new(crate::Subject::Cell, format!("{}, duties[{j}]", place()), problem));
        }
        if summary.is_blank() {
            return Err(Inconsistency::new(crate::Subject::Cell, place(), "summary is empty in English or Japanese"));
        }
        Ok(Cell::applicable(service, control, duties, withheld.into(), summary))
    }

    /// A cell judged not applicable to its service, with whose judgement it is and why: ours
    /// ([`Basis::Inferred`]) or the customer's ([`Basis::Tailored`]). No duties, no owner, nothing withheld.
    ///
    /// # Errors
    ///
    /// [`Inconsistency`] when the basis is [`Basis::Stated`] (the document never says a section does not apply),
    /// or the reason or the summary is empty in either language.
    ///
    /// ```
    /// use idcf_responsibility::{Basis, Cell, CellBasis, Control, Service};
    /// let control = Control::SecureLogOn;
    /// let ours = Basis::inferred("No virtual machines.", "仮想マシンがない。");
    /// let cell = Cell::not_applicable(Service::ObjectStorage, control, ours, control.section_summary().clone())?;
    /// assert!(!cell.is_applicable());
    /// assert_eq!(cell.basis(), CellBasis::Inferred);
    /// assert!(Cell::not_applicable(Service::ObjectStorage, control, Basis::Stated, control.section_summary().clone()).is_err());
    /// # Ok::<(), idcf_responsibility::Inconsistency>(())
    /// ```
    pub fn not_applicable(
        service: Service,
        control: Control,
        basis: Basis,
        summary: Text,
    ) -> Result<Cell, Inconsistency> {
        let place = || format!("{service}, {}", control.section());
        match basis.reason() {
            None => {
                return Err(Inconsistency::new(
                    crate::Subject::Cell,
                    place(),
                    "the document never states that a section does not apply; mark it inferred or tailored",
                ));
            }
            // The customer's reason may be in one language; ours is in both.
            Some(reason) if reason.is_empty() || (reason.is_blank() && !matches!(basis, Basis::Tailored { .. })) => {
                return Err(Inconsistency::new(
                    crate::Subject::Cell,
                    place(),
                    "a cell that is not applicable needs its reason in English and Japanese",
                ));
            }
            Some(_) => {}
        }
        if summary.is_blank() {
            return Err(Inconsistency::new(crate::Subject::Cell, place(), "summary is empty in English or Japanese"));
        }
        Ok(Cell {
            service,
            control,
            not_applicable: Some(basis),
            summary,
            duties: Cow::Borrowed(&[]),
            withheld: Cow::Borrowed(&[]),
            owner: None,
            stated_owner: None,
        })
    }

    /// An applicable cell whose duties are known to fit it, with its owners derived.
    fn applicable(
        service: Service,
        control: Control,
        duties: Cow<'static, [Duty]>,
        withheld: Cow<'static, [Withheld]>,
        summary: Text,
    ) -> Cell {
        Cell {
            service,
            control,
            not_applicable: None,
            summary,
            owner: Owner::of(duties.iter()),
            stated_owner: Owner::of(duties.iter().filter(|d| d.is_stated())),
            duties,
            withheld,
        }
    }

    /// The built-in cell: the section's duties whose scope includes the service, or our not-applicable judgement.
    fn builtin(service: Service, control: Control) -> Cell {
        let summary = control.summary(service).clone();
        if let Some(reason) = control.not_applicable_reason(service) {
            return Cell {
                service,
                control,
                not_applicable: Some(Basis::Inferred { reason: reason.clone() }),
                summary,
                duties: Cow::Borrowed(&[]),
                withheld: Cow::Borrowed(&[]),
                owner: None,
                stated_owner: None,
            };
        }
        let all = control.section_duties();
        let duties: Cow<'static, [Duty]> = if all.iter().all(|d| d.scope.includes(service)) {
            Cow::Borrowed(all)
        } else {
            Cow::Owned(all.iter().filter(|d| d.scope.includes(service)).cloned().collect())
        };
        Cell::applicable(service, control, duties, Cow::Borrowed(control.withheld()), summary)
    }
}

/// The cell in other frameworks' vocabularies ([`crate::frameworks`]), each with what the projection loses.
impl Cell {
    /// The cell in the FedRAMP SSP template's control origination; `None` when not applicable.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, Service, frameworks::FedRampOrigination};
    /// let m = Matrix::builtin();
    /// let p = m.cell(Service::IdcfCloud, Control::ClockSynchronization).fedramp_origination();
    /// assert_eq!(p.value, Some(FedRampOrigination::SpSystem));
    /// assert!(p.loss.is_some()); // corporate vs system is our reading of the layer
    /// assert_eq!(m.cell(Service::IdcfCloud, Control::InformationBackup).fedramp_origination().value,
    ///            Some(FedRampOrigination::ProvidedByCustomer));
    /// ```
    #[must_use]
    pub fn fedramp_origination(&self) -> Projected<Option<FedRampOrigination>> {
        crate::frameworks::fedramp_origination(self)
    }

    /// The cell as FedRAMP OSCAL `control-origination` values (several for hybrid or shared); empty when not
    /// applicable.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, Service, frameworks::OscalOrigination};
    /// let p = Matrix::builtin().cell(Service::IdcfCloud, Control::BackupFunction).oscal_origination();
    /// assert_eq!(p.value, [OscalOrigination::SpSystem, OscalOrigination::CustomerConfigured]);
    /// ```
    #[must_use]
    pub fn oscal_origination(&self) -> Projected<Vec<OscalOrigination>> {
        crate::frameworks::oscal_origination(self)
    }

    /// The cell in CSA CCM's SSRM ownership categories.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, Service, frameworks::CcmOwnership};
    /// let m = Matrix::builtin();
    /// assert_eq!(m.cell(Service::IdcfCloud, Control::BackupFunction).ccm_ownership().value, CcmOwnership::SharedCspAndCsc);
    /// assert_eq!(m.cell(Service::ObjectStorage, Control::BackupFunction).ccm_ownership().value, CcmOwnership::NotApplicable);
    /// ```
    #[must_use]
    pub fn ccm_ownership(&self) -> Projected<CcmOwnership> {
        crate::frameworks::ccm_ownership(self)
    }
}

/// The whole matrix: a cell for each of the 5 services × 68 controls.
///
/// [`Matrix::builtin`] is the document's matrix; `Matrix::from_json` (feature `serde`) loads an edited copy,
/// validating it.
///
/// ```
/// use idcf_responsibility::{Control, Matrix, Owner, Service};
///
/// // Who owns backup for Object Storage?
/// let m = Matrix::builtin();
/// let cell = m.cell(Service::ObjectStorage, Control::InformationBackup);
/// assert_eq!(cell.owner(), Some(Owner::Customer));
/// assert_eq!(cell.section(), "6.5.1");
/// // The document states back-up only for virtual machines: for Object Storage the answer is our inference.
/// assert_eq!(cell.stated_owner(), None);
/// assert!(cell.duties()[0].basis.reason().unwrap().en.contains("3.1.1"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matrix {
    /// Service-major: `cells[service.index() * Control::COUNT + control.index()]`.
    cells: Box<[Cell; CELLS]>,
}

/// The number of cells.
const CELLS: usize = Service::COUNT * Control::COUNT;

static BUILTIN: LazyLock<Matrix> = LazyLock::new(|| Matrix {
    cells: Box::new(std::array::from_fn(|i| {
        #[allow(clippy::indexing_slicing, reason = "i < CELLS, so i / Control::COUNT < Service::COUNT")]
        let (service, control) = (Service::ALL[i / Control::COUNT], Control::ALL[i % Control::COUNT]);
        Cell::builtin(service, control)
    })),
});

impl Matrix {
    /// The matrix the document states, with our not-applicable judgements marked. Built once, on first use.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Matrix::builtin().cells().len(), 5 * 68);
    /// ```
    #[must_use]
    pub fn builtin() -> &'static Matrix {
        &BUILTIN
    }

    /// The cell for a service and a control.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, Service};
    /// let cell = Matrix::builtin().cell(Service::ManagedCloud, Control::ClockSynchronization);
    /// assert!(cell.summary().en.contains("NTP"));
    /// ```
    #[must_use]
    #[allow(clippy::indexing_slicing, reason = "the index is below CELLS by construction of `index`")]
    pub fn cell(&self, service: Service, control: Control) -> &Cell {
        &self.cells[Self::index(service, control)]
    }

    /// Who owns a control for a service; `None` when the control does not apply to it.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, Owner, Service};
    /// let m = Matrix::builtin();
    /// assert_eq!(m.owner(Service::PrivateCloud, Control::ClockSynchronization), Some(Owner::Provider));
    /// assert_eq!(m.owner(Service::PrivateCloud, Control::AuditLogging), Some(Owner::Customer));
    /// ```
    #[must_use]
    pub fn owner(&self, service: Service, control: Control) -> Option<Owner> {
        self.cell(service, control).owner
    }

    /// Who owns a control for a service by the document's stated duties alone; `None` when the document does not
    /// say (or the control does not apply).
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, Owner, Service};
    /// let m = Matrix::builtin();
    /// assert_eq!(m.stated_owner(Service::IdcfCloud, Control::InformationBackup), Some(Owner::Customer));
    /// assert_eq!(m.stated_owner(Service::ObjectStorage, Control::InformationBackup), None);
    /// ```
    #[must_use]
    pub fn stated_owner(&self, service: Service, control: Control) -> Option<Owner> {
        self.cell(service, control).stated_owner
    }

    /// The cells of one service, in document order.
    ///
    /// ```
    /// use idcf_responsibility::{Matrix, Service};
    /// assert_eq!(Matrix::builtin().for_service(Service::SelfCloud).len(), 68);
    /// ```
    #[must_use]
    pub fn for_service(&self, service: Service) -> &[Cell] {
        let start = Self::index(service, Control::AllocationOfResponsibilities);
        self.cells.get(start..start + Control::COUNT).unwrap_or_default()
    }

    /// The cells of one control, one per service.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix};
    /// assert_eq!(Matrix::builtin().for_control(Control::SecureLogOn).filter(|c| c.is_applicable()).count(), 4);
    /// ```
    pub fn for_control(&self, control: Control) -> impl Iterator<Item = &Cell> {
        Service::ALL.iter().map(move |&s| self.cell(s, control))
    }

    /// The cells of one service in one chapter.
    ///
    /// ```
    /// use idcf_responsibility::{Chapter, Matrix, Service};
    /// assert_eq!(Matrix::builtin().in_chapter(Service::IdcfCloud, Chapter::BusinessContinuity).count(), 1);
    /// ```
    pub fn in_chapter(&self, service: Service, chapter: Chapter) -> impl Iterator<Item = &Cell> {
        self.for_service(service).iter().filter(move |c| c.control.chapter() == chapter)
    }

    /// The cells with a given owner, across services.
    ///
    /// ```
    /// use idcf_responsibility::{Matrix, Owner, Service};
    /// let m = Matrix::builtin();
    /// assert!(m.owned_by(Owner::Customer).any(|c| c.service() == Service::ObjectStorage));
    /// ```
    pub fn owned_by(&self, owner: Owner) -> impl Iterator<Item = &Cell> {
        self.cells().filter(move |c| c.owner == Some(owner))
    }

    /// Every duty one party carries, with its cell, across services.
    ///
    /// ```
    /// use idcf_responsibility::{Matrix, Party, Service};
    /// let m = Matrix::builtin();
    /// let customer = m.duties_of(Party::Customer).filter(|(c, _)| c.service() == Service::IdcfCloud).count();
    /// assert!(customer > 30);
    /// ```
    pub fn duties_of(&self, party: Party) -> impl Iterator<Item = (&Cell, &Duty)> {
        self.cells().flat_map(move |c| c.duties_of(party).map(move |d| (c, d)))
    }

    /// The cells whose duties name a capability.
    ///
    /// ```
    /// use idcf_responsibility::{Capability, Control, Matrix, Service};
    /// let m = Matrix::builtin();
    /// let fw: Vec<_> = m.offering(Capability::Firewall).filter(|c| c.service() == Service::IdcfCloud).map(|c| c.control()).collect();
    /// assert_eq!(fw, [Control::NetworkServiceSecurity]);
    /// ```
    pub fn offering(&self, capability: Capability) -> impl Iterator<Item = &Cell> {
        self.cells().filter(move |c| c.duties.iter().any(|d| d.capability == Some(capability)))
    }

    /// The cells the document states wholly: every duty stated, no judgement of ours. A query that keeps to stated
    /// facts starts here, or uses [`Cell::stated_duties`] and [`Matrix::stated_owner`].
    ///
    /// ```
    /// use idcf_responsibility::{Matrix, Service};
    /// let m = Matrix::builtin();
    /// assert!(m.stated().all(|c| c.duties().iter().all(|d| d.is_stated())));
    /// assert!(m.stated().count() < m.cells().len());
    /// ```
    pub fn stated(&self) -> impl Iterator<Item = &Cell> {
        self.cells().filter(|c| c.is_stated())
    }

    /// Every cell, service by service, each in document order.
    ///
    /// ```
    /// let m = idcf_responsibility::Matrix::builtin();
    /// assert_eq!(m.cells().filter(|c| !c.is_applicable()).count(), 14);
    /// ```
    pub fn cells(&self) -> std::slice::Iter<'_, Cell> {
        self.cells.iter()
    }

    /// The customer's checklist for a service: every duty the customer carries, grouped by chapter in document
    /// order. Chapters where the customer carries nothing are left out.
    ///
    /// ```
    /// use idcf_responsibility::{Chapter, Control, Matrix, Service};
    /// let list = Matrix::builtin().customer_checklist(Service::ObjectStorage);
    /// let ops = list.groups.iter().find(|g| g.chapter == Chapter::CommunicationsAndOperations).unwrap();
    /// assert!(ops.items.iter().any(|i| i.control == Control::InformationBackup));
    /// assert!(!ops.items.iter().any(|i| i.control == Control::BackupFunction)); // not applicable here
    /// ```
    #[must_use]
    pub fn customer_checklist(&self, service: Service) -> Checklist {
        let groups = Chapter::ALL
            .iter()
            .map(|&chapter| ChecklistGroup {
                chapter,
                items: self
                    .in_chapter(service, chapter)
                    .flat_map(|cell| {
                        cell.duties_of(Party::Customer).map(|d| ChecklistItem {
                            control: cell.control,
                            section: Cow::Borrowed(cell.section()),
                            duty: d.clone(),
                        })
                    })
                    .collect(),
            })
            .filter(|g| !g.items.is_empty())
            .collect();
        Checklist { service, groups }
    }

    /// Puts a cell in the place of its service and control, and gives back the cell it replaces. The cell keeps
    /// its own invariants ([`Cell::new`]), so the matrix stays consistent.
    ///
    /// ```
    /// use idcf_responsibility::{Basis, Cell, Control, Matrix, Service, Text};
    /// let mut m = Matrix::builtin().clone();
    /// let control = Control::Teleworking;
    /// let ours = Basis::Tailored { reason: Text::new("We allow no teleworking.", "テレワークは認めない。") };
    /// let old = m.replace(Cell::not_applicable(Service::SelfCloud, control, ours, control.section_summary().clone())?);
    /// assert!(old.is_applicable());
    /// assert!(!m.cell(Service::SelfCloud, control).is_applicable());
    /// # Ok::<(), idcf_responsibility::Error>(())
    /// ```
    #[allow(clippy::indexing_slicing, reason = "the index is below CELLS by construction of `index`")]
    pub fn replace(&mut self, cell: Cell) -> Cell {
        let slot = &mut self.cells[Self::index(cell.service, cell.control)];
        std::mem::replace(slot, cell)
    }

    #[cfg(feature = "serde")]
    /// Wraps cells already in index order; `Err` gives them back when there are not exactly `CELLS`.
    pub(crate) fn from_ordered(cells: Vec<Cell>) -> Result<Matrix, Vec<Cell>> {
        cells.into_boxed_slice().try_into().map(|cells| Matrix { cells }).map_err(<[Cell]>::into_vec)
    }

    const fn index(service: Service, control: Control) -> usize {
        service.index() * Control::COUNT + control.index()
    }
}

/// What changed between two matrices, or since an older dataset version's export ([`crate::diff`]).
impl Matrix {
    /// What changed from `self` to `other`, cell by cell: only cells with a change are listed, in matrix order.
    /// Duties are compared as a multiset, so reordering them is no change and a reworded duty shows as one removed
    /// and one added.
    ///
    /// ```
    /// use idcf_responsibility::{Basis, Cell, Control, Duty, DutyKind, Layer, Matrix, Owner, Party, Role, Scope, Service, Text, diff::Change};
    ///
    /// // A tailored copy: the customer runs its own time source for Private Cloud.
    /// let (service, control) = (Service::PrivateCloud, Control::ClockSynchronization);
    /// let role = Role::new(Party::Customer, DutyKind::Performs, Layer::CustomerEnvironment, Scope::AllServices, 1);
    /// let ours = Basis::inferred("Tailored: we run our own NTP source.", "調整: 自社のNTPを使う。");
    /// let duty = Duty::new(role, ours, Text::new("Runs its own time source.", "自社の時刻源を使う。"));
    /// let mut tailored = Matrix::builtin().clone();
    /// tailored.replace(Cell::new(service, control, vec![duty], vec![], control.section_summary().clone())?);
    ///
    /// let diff = Matrix::builtin().diff(&tailored);
    /// assert_eq!(diff.len(), 1);
    /// assert_eq!((diff[0].service, diff[0].control), (Service::PrivateCloud, Control::ClockSynchronization));
    /// assert!(diff[0].changes.contains(&Change::Owner { from: Some(Owner::Provider), to: Some(Owner::Customer) }));
    /// # Ok::<(), idcf_responsibility::Error>(())
    /// ```
    #[must_use]
    pub fn diff(&self, other: &Matrix) -> Vec<crate::diff::CellDiff> {
        crate::diff::between(self, other)
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Matrix {
    /// What changed from a matrix export of any published dataset version (the earlier side) to this matrix: owner,
    /// stated owner, applicability, basis, summary and duties, cell by cell. "What changed since the matrix we
    /// approved last year": an export of this crate's own version is loaded and validated as
    /// [`Matrix::from_json`] does; an export of another version is read for what every version writes, with a
    /// [`VersionDiff::warning`](crate::diff::VersionDiff::warning) naming both versions. A duty written in a vocabulary this crate no longer has is
    /// [`Change::OlderDutyRemoved`](crate::diff::Change::OlderDutyRemoved).
    ///
    /// # Errors
    ///
    /// [`LoadError`](crate::json::LoadError) for a file that is not a matrix export of this dataset (another dataset
    /// name, a cell missing or twice, a field that no version writes that way), with the place of the fault.
    ///
    /// ```
    /// use idcf_responsibility::Matrix;
    /// let mut older: serde_json::Value = serde_json::from_str(&Matrix::builtin().to_json()?).unwrap();
    /// older["dataset"]["version"] = "0.9.0".into();
    /// let diff = Matrix::builtin().diff_from_json(&older.to_string())?;
    /// assert!(diff.cells.is_empty());
    /// let warning = diff.warning.unwrap();
    /// assert!(warning.contains("0.9.0") && warning.contains(idcf_responsibility::DATASET_VERSION), "{warning}");
    /// # Ok::<(), idcf_responsibility::Error>(())
    /// ```
    pub fn diff_from_json(&self, json: &str) -> Result<crate::diff::VersionDiff, crate::json::LoadError> {
        crate::diff::from_json(self, json)
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Matrix {
    /// The matrix as pretty-printed JSON (a [`MatrixExport`](crate::json::MatrixExport)). Deterministic: the same matrix always gives the
    /// same bytes.
    ///
    /// ```
    /// let json = idcf_responsibility::Matrix::builtin().to_json()?;
    /// assert!(json.contains("\"dataset\""));
    /// # Ok::<(), idcf_responsibility::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::ToJson`](crate::Error::ToJson) if the JSON writer refuses (it never does for a matrix; the error
    /// is returned rather than an empty string).
    pub fn to_json(&self) -> Result<String, crate::Error> {
        crate::json::matrix_to_json(self)
    }

    /// Loads a matrix from JSON written by [`Matrix::to_json`] (or edited by hand), validating it.
    ///
    /// # Errors
    ///
    /// [`LoadError::TooLarge`](crate::json::LoadError::TooLarge) past [`MAX_JSON_BYTES`](crate::json::MAX_JSON_BYTES); [`LoadError::Json`](crate::json::LoadError::Json) with the path, line and column of the
    /// fault when the text is not a matrix export (unknown ids, missing or unknown fields, wrong types), what the
    /// JSON reader found as its source (an unknown id with its closest ids); a byte-order mark is skipped; [`LoadError::Inconsistent`](crate::json::LoadError::Inconsistent) with the place when the content contradicts
    /// itself (see [`Matrix::try_from`](#impl-TryFrom<MatrixExport>-for-Matrix)).
    ///
    /// ```
    /// use idcf_responsibility::{Matrix, json::LoadError};
    ///
    /// let json = Matrix::builtin().to_json()?;
    /// assert_eq!(Matrix::from_json(&json)?, *Matrix::builtin());
    ///
    /// let broken = json.replacen("\"owner\": \"provider\"", "\"owner\": \"customer\"", 1);
    /// let err = Matrix::from_json(&broken).unwrap_err();
    /// assert!(matches!(err, LoadError::Inconsistent { .. }));
    /// assert!(err.to_string().contains("cells[0] (idcf-cloud, 2.1.1)"), "{err}");
    /// # Ok::<(), idcf_responsibility::Error>(())
    /// ```
    pub fn from_json(json: &str) -> Result<Matrix, crate::json::LoadError> {
        crate::json::matrix_from_json(json)
    }
}
