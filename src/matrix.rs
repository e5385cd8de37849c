//! The matrix: one cell per service and control, and the typed queries over it.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::data::idcf_2014::NOT_APPLICABLE;
use crate::{Capability, Chapter, Control, Duty, Owner, Party, Service, Text, Withheld};

/// Whether a cell is the document's statement or our judgement.
///
/// ```
/// use idcf_responsibility::{Basis, Control, Matrix, Service};
///
/// let m = Matrix::builtin();
/// assert_eq!(m.cell(Service::IdcfCloud, Control::SecureLogOn).basis, Basis::Stated);
/// assert!(m.cell(Service::ObjectStorage, Control::SecureLogOn).basis.is_inferred());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum Basis {
    /// The document states it: the section's duties, which it gives for all five services alike.
    Stated,
    /// Our inference, with the reason (for instance, a control that cannot apply to a service).
    Inferred {
        /// Why we judged so.
        reason: Text,
    },
}

impl Basis {
    /// Whether this is our inference rather than the document's statement.
    ///
    /// ```
    /// assert!(!idcf_responsibility::Basis::Stated.is_inferred());
    /// ```
    #[must_use]
    pub const fn is_inferred(&self) -> bool {
        matches!(self, Basis::Inferred { .. })
    }
}

/// One cell of the matrix: what the document says about one control for one service.
///
/// Every cell cites its section (`section`, always `control.section()`). An applicable cell carries the
/// section's duties and the owner derived from them; a cell that is not applicable carries no duties, no owner,
/// and an [inferred](Basis::Inferred) basis with the reason.
///
/// ```
/// use idcf_responsibility::{Capability, Control, Matrix, Owner, Party, Service};
///
/// let cell = Matrix::builtin().cell(Service::IdcfCloud, Control::BackupFunction);
/// assert_eq!(cell.section, "6.5.2");
/// assert_eq!(cell.owner, Some(Owner::Shared));
/// assert!(cell.capabilities().any(|c| c == Capability::BackupFunction));
/// assert_eq!(cell.duties_of(Party::Customer).count(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Cell {
    /// The service.
    pub service: Service,
    /// The control.
    pub control: Control,
    /// The section of the document the cell comes from (`"6.5.1"`).
    pub section: Cow<'static, str>,
    /// Whether the control applies to the service.
    pub applicable: bool,
    /// Stated by the document, or inferred by us (with the reason).
    pub basis: Basis,
    /// Who owns it, derived from `duties`; `None` when not applicable.
    pub owner: Option<Owner>,
    /// What the section says, in our own words.
    pub summary: Text,
    /// What each party does.
    pub duties: Cow<'static, [Duty]>,
    /// What the provider states it does not disclose.
    pub withheld: Cow<'static, [Withheld]>,
}

impl Cell {
    /// The cell the document states for a control, alike for every service.
    fn stated(service: Service, control: Control) -> Cell {
        Cell {
            service,
            control,
            section: Cow::Borrowed(control.section()),
            applicable: true,
            basis: Basis::Stated,
            owner: Owner::derive(control.duties()),
            summary: control.summary().clone(),
            duties: Cow::Borrowed(control.duties()),
            withheld: Cow::Borrowed(control.withheld()),
        }
    }

    /// A cell we judge not applicable, with the reason.
    fn not_applicable(service: Service, control: Control, reason: Text) -> Cell {
        Cell {
            service,
            control,
            section: Cow::Borrowed(control.section()),
            applicable: false,
            basis: Basis::Inferred { reason },
            owner: None,
            summary: control.summary().clone(),
            duties: Cow::Borrowed(&[]),
            withheld: Cow::Borrowed(&[]),
        }
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

    /// The capabilities the cell's duties name, each once, in order of first mention.
    ///
    /// ```
    /// use idcf_responsibility::{Capability, Control, Matrix, Service};
    /// let cell = Matrix::builtin().cell(Service::IdcfCloud, Control::ElectronicMessaging);
    /// assert_eq!(cell.capabilities().collect::<Vec<_>>(), [Capability::SshAccess, Capability::TlsPortal]);
    /// ```
    pub fn capabilities(&self) -> impl Iterator<Item = Capability> + '_ {
        self.duties.iter().enumerate().filter_map(|(i, d)| {
            let cap = d.capability?;
            let earlier = self.duties.get(..i).unwrap_or_default();
            (!earlier.iter().any(|e| e.capability == Some(cap))).then_some(cap)
        })
    }

    /// Whether the document states this cell (as opposed to our inference).
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, Service};
    /// assert!(Matrix::builtin().cell(Service::ObjectStorage, Control::InformationBackup).is_stated());
    /// ```
    #[must_use]
    pub const fn is_stated(&self) -> bool {
        !self.basis.is_inferred()
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
/// assert_eq!(cell.owner, Some(Owner::Customer));
/// assert_eq!(cell.section, "6.5.1");
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
        match NOT_APPLICABLE.iter().find(|(s, c, _)| *s == service && *c == control) {
            Some((_, _, reason)) => Cell::not_applicable(service, control, reason.clone()),
            None => Cell::stated(service, control),
        }
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

    #[cfg(feature = "serde")]
    /// Wraps cells already in index order; `Err` gives them back when there are not exactly `CELLS`.
    pub(crate) fn from_ordered(cells: Vec<Cell>) -> Result<Matrix, Vec<Cell>> {
        cells.into_boxed_slice().try_into().map(|cells| Matrix { cells }).map_err(<[Cell]>::into_vec)
    }

    const fn index(service: Service, control: Control) -> usize {
        service.index() * Control::COUNT + control.index()
    }

    /// The cell for a service and a control.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix, Service};
    /// let cell = Matrix::builtin().cell(Service::ManagedCloud, Control::ClockSynchronization);
    /// assert!(cell.summary.en.contains("NTP"));
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

    /// Every cell, service by service, each in document order.
    ///
    /// ```
    /// let m = idcf_responsibility::Matrix::builtin();
    /// assert_eq!(m.cells().filter(|c| !c.applicable).count(), 5);
    /// ```
    pub fn cells(&self) -> std::slice::Iter<'_, Cell> {
        self.cells.iter()
    }

    /// The cells of one service, in document order.
    ///
    /// ```
    /// use idcf_responsibility::{Matrix, Service};
    /// assert_eq!(Matrix::builtin().service(Service::SelfCloud).len(), 68);
    /// ```
    #[must_use]
    pub fn service(&self, service: Service) -> &[Cell] {
        let start = Self::index(service, Control::AllocationOfResponsibilities);
        self.cells.get(start..start + Control::COUNT).unwrap_or_default()
    }

    /// The cells of one control, one per service.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Matrix};
    /// assert_eq!(Matrix::builtin().control(Control::SecureLogOn).filter(|c| c.applicable).count(), 4);
    /// ```
    pub fn control(&self, control: Control) -> impl Iterator<Item = &Cell> {
        Service::ALL.iter().map(move |&s| self.cell(s, control))
    }

    /// The cells of one service in one chapter.
    ///
    /// ```
    /// use idcf_responsibility::{Chapter, Matrix, Service};
    /// assert_eq!(Matrix::builtin().chapter(Service::IdcfCloud, Chapter::BusinessContinuity).count(), 1);
    /// ```
    pub fn chapter(&self, service: Service, chapter: Chapter) -> impl Iterator<Item = &Cell> {
        self.service(service).iter().filter(move |c| c.control.chapter() == chapter)
    }

    /// The cells with a given owner, across services.
    ///
    /// ```
    /// use idcf_responsibility::{Matrix, Owner, Service};
    /// let m = Matrix::builtin();
    /// assert!(m.owned_by(Owner::Customer).any(|c| c.service == Service::ObjectStorage));
    /// ```
    pub fn owned_by(&self, owner: Owner) -> impl Iterator<Item = &Cell> {
        self.cells().filter(move |c| c.owner == Some(owner))
    }

    /// Every duty one party carries, with its cell, across services.
    ///
    /// ```
    /// use idcf_responsibility::{Matrix, Party, Service};
    /// let m = Matrix::builtin();
    /// let customer = m.duties_of(Party::Customer).filter(|(c, _)| c.service == Service::IdcfCloud).count();
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
    /// let fw: Vec<_> = m.offering(Capability::Firewall).filter(|c| c.service == Service::IdcfCloud).map(|c| c.control).collect();
    /// assert_eq!(fw, [Control::NetworkServiceSecurity]);
    /// ```
    pub fn offering(&self, capability: Capability) -> impl Iterator<Item = &Cell> {
        self.cells().filter(move |c| c.duties.iter().any(|d| d.capability == Some(capability)))
    }

    /// The cells the document states (leaving out our inferences).
    ///
    /// ```
    /// let m = idcf_responsibility::Matrix::builtin();
    /// assert_eq!(m.stated().count(), 5 * 68 - 5);
    /// ```
    pub fn stated(&self) -> impl Iterator<Item = &Cell> {
        self.cells().filter(|c| c.is_stated())
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
                    .chapter(service, chapter)
                    .flat_map(|cell| {
                        cell.duties_of(Party::Customer).map(|d| ChecklistItem {
                            control: cell.control,
                            section: cell.section.clone(),
                            duty: d.clone(),
                        })
                    })
                    .collect(),
            })
            .filter(|g| !g.items.is_empty())
            .collect();
        Checklist { service, groups }
    }
}

/// The customer's duties for one service, grouped by chapter ([`Matrix::customer_checklist`]).
///
/// ```
/// use idcf_responsibility::{Matrix, Service};
/// let list = Matrix::builtin().customer_checklist(Service::IdcfCloud);
/// assert!(list.len() > 30);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Checklist {
    /// The service.
    pub service: Service,
    /// One group per chapter where the customer has duties, in document order.
    pub groups: Vec<ChecklistGroup>,
}

impl Checklist {
    /// The number of items over all groups.
    ///
    /// ```
    /// use idcf_responsibility::{Matrix, Service};
    /// assert!(!Matrix::builtin().customer_checklist(Service::SelfCloud).is_empty());
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.groups.iter().map(|g| g.items.len()).sum()
    }

    /// Whether the checklist has no item.
    ///
    /// ```
    /// use idcf_responsibility::{Matrix, Service};
    /// assert!(!Matrix::builtin().customer_checklist(Service::SelfCloud).is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.groups.iter().all(|g| g.items.is_empty())
    }
}

/// The customer's duties in one chapter.
///
/// ```
/// use idcf_responsibility::{Chapter, Matrix, Service};
/// let list = Matrix::builtin().customer_checklist(Service::IdcfCloud);
/// assert_eq!(list.groups[0].chapter, Chapter::AssetManagement);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct ChecklistGroup {
    /// The chapter.
    pub chapter: Chapter,
    /// The customer's duties in it, in document order.
    pub items: Vec<ChecklistItem>,
}

/// One duty on the customer's checklist, with the control and section it comes from.
///
/// ```
/// use idcf_responsibility::{Matrix, Party, Service};
/// let list = Matrix::builtin().customer_checklist(Service::IdcfCloud);
/// assert!(list.groups.iter().flat_map(|g| &g.items).all(|i| i.duty.party == Party::Customer));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct ChecklistItem {
    /// The control.
    pub control: Control,
    /// Its section in the document.
    pub section: Cow<'static, str>,
    /// The customer's duty.
    pub duty: Duty,
}
