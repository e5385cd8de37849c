//! Comparing two matrices cell by cell: the built-in one and a tailored copy, say.

use crate::{Basis, Capability, Cell, CellBasis, Control, Duty, Matrix, Owner, Service, Text, Withheld};

/// One change in a cell.
///
/// ```
/// use idcf_responsibility::{Change, Owner};
/// let change = Change::Owner { from: Some(Owner::Provider), to: Some(Owner::Customer) };
/// assert_eq!(change.to_string(), "owner: provider → customer");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "change", rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Change {
    /// The owner changed (`None`: not applicable).
    Owner {
        /// Before.
        from: Option<Owner>,
        /// After.
        to: Option<Owner>,
    },
    /// The cell became applicable, or stopped being.
    Applicability {
        /// Before.
        from: bool,
        /// After.
        to: bool,
    },
    /// The share of the cell the document states changed (stated, partly inferred, inferred).
    Basis {
        /// Before.
        from: CellBasis,
        /// After.
        to: CellBasis,
    },
    /// The owner by stated duties alone changed (`None`: the document does not say).
    StatedOwner {
        /// Before.
        from: Option<Owner>,
        /// After.
        to: Option<Owner>,
    },
    /// The summary changed.
    Summary {
        /// Before.
        from: Text,
        /// After.
        to: Text,
    },
    /// A duty is in the second matrix only.
    DutyAdded {
        /// The duty.
        duty: Duty,
    },
    /// A duty is in the first matrix only.
    DutyRemoved {
        /// The duty.
        duty: Duty,
    },
    /// A capability is named in the second matrix only.
    CapabilityAdded {
        /// The capability.
        capability: Capability,
    },
    /// A capability is named in the first matrix only.
    CapabilityRemoved {
        /// The capability.
        capability: Capability,
    },
    /// Something withheld is in the second matrix only.
    WithheldAdded {
        /// What.
        withheld: Withheld,
    },
    /// Something withheld is in the first matrix only.
    WithheldRemoved {
        /// What.
        withheld: Withheld,
    },
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let owner = |o: &Option<Owner>| o.map_or("not applicable", Owner::into);
        let duty = |d: &Duty| {
            let basis = match &d.basis {
                Basis::Inferred { reason } => format!("inferred: {}", reason.en),
                Basis::Tailored { reason } => format!("tailored: {}", reason.en),
                _ => "stated".to_owned(),
            };
            format!("{} {} on {} for {} ({basis}): {}", d.party, d.kind, d.layer, d.scope, d.text.en)
        };
        match self {
            Change::Owner { from, to } => write!(f, "owner: {} → {}", owner(from), owner(to)),
            Change::Applicability { from, to } => write!(f, "applicable: {from} → {to}"),
            Change::Basis { from, to } => write!(f, "basis: {from} → {to}"),
            Change::StatedOwner { from, to } => {
                let stated = |o: &Option<Owner>| o.map_or("the document does not say", Owner::into);
                write!(f, "stated owner: {} → {}", stated(from), stated(to))
            }
            Change::Summary { from, to } => write!(f, "summary: {:?} → {:?}", from.en, to.en),
            Change::DutyAdded { duty: d } => write!(f, "+ duty: {}", duty(d)),
            Change::DutyRemoved { duty: d } => write!(f, "- duty: {}", duty(d)),
            Change::CapabilityAdded { capability } => write!(f, "+ capability: {capability}"),
            Change::CapabilityRemoved { capability } => write!(f, "- capability: {capability}"),
            Change::WithheldAdded { withheld } => write!(f, "+ withheld: {withheld}"),
            Change::WithheldRemoved { withheld } => write!(f, "- withheld: {withheld}"),
        }
    }
}

/// The changes of one cell.
///
/// ```
/// use idcf_responsibility::Matrix;
/// assert!(Matrix::builtin().diff(Matrix::builtin()).is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct CellDiff {
    /// The service.
    pub service: Service,
    /// The control.
    pub control: Control,
    /// What changed, in this order: applicability, owner, stated owner, basis, summary, duties, capabilities,
    /// withheld.
    pub changes: Vec<Change>,
}

/// The items of `a` that are not in `b`, counting repeats (a multiset difference), in `a`'s order.
fn missing<T: PartialEq + Clone>(a: &[T], b: &[T]) -> Vec<T> {
    let mut left: Vec<&T> = b.iter().collect();
    a.iter()
        .filter(|x| match left.iter().position(|y| y == x) {
            Some(i) => {
                left.swap_remove(i);
                false
            }
            None => true,
        })
        .cloned()
        .collect()
}

pub(crate) fn cell_changes(a: &Cell, b: &Cell) -> Vec<Change> {
    let mut changes = Vec::new();
    if a.is_applicable() != b.is_applicable() {
        changes.push(Change::Applicability { from: a.is_applicable(), to: b.is_applicable() });
    }
    if a.owner() != b.owner() {
        changes.push(Change::Owner { from: a.owner(), to: b.owner() });
    }
    if a.stated_owner() != b.stated_owner() {
        changes.push(Change::StatedOwner { from: a.stated_owner(), to: b.stated_owner() });
    }
    if a.basis() != b.basis() {
        changes.push(Change::Basis { from: a.basis(), to: b.basis() });
    }
    if a.summary() != b.summary() {
        changes.push(Change::Summary { from: a.summary().clone(), to: b.summary().clone() });
    }
    changes.extend(missing(a.duties(), b.duties()).into_iter().map(|duty| Change::DutyRemoved { duty }));
    changes.extend(missing(b.duties(), a.duties()).into_iter().map(|duty| Change::DutyAdded { duty }));
    let (caps_a, caps_b): (Vec<Capability>, Vec<Capability>) = (a.capabilities().collect(), b.capabilities().collect());
    changes.extend(missing(&caps_a, &caps_b).into_iter().map(|capability| Change::CapabilityRemoved { capability }));
    changes.extend(missing(&caps_b, &caps_a).into_iter().map(|capability| Change::CapabilityAdded { capability }));
    changes
        .extend(missing(a.withheld(), b.withheld()).into_iter().map(|withheld| Change::WithheldRemoved { withheld }));
    changes.extend(missing(b.withheld(), a.withheld()).into_iter().map(|withheld| Change::WithheldAdded { withheld }));
    changes
}

impl Matrix {
    /// What changed from `self` to `other`, cell by cell: only cells with a change are listed, in matrix order.
    /// Duties are compared as a multiset, so reordering them is no change and a reworded duty shows as one removed
    /// and one added.
    ///
    /// ```
    /// use idcf_responsibility::{Basis, Cell, Change, Control, Duty, DutyKind, Layer, Matrix, Owner, Party, Role, Scope, Service, Text};
    ///
    /// // A tailored copy: the customer runs its own time source for Private Cloud.
    /// let (service, control) = (Service::PrivateCloud, Control::ClockSynchronization);
    /// let role = Role::new(Party::Customer, DutyKind::Performs, Layer::CustomerEnvironment, Scope::AllServices, 1);
    /// let ours = Basis::inferred("Tailored: we run our own NTP source.", "調整: 自社のNTPを使う。");
    /// let duty = Duty::new(role, ours, Text::new("Runs its own time source.", "自社の時刻源を使う。"));
    /// let mut tailored = Matrix::builtin().clone();
    /// tailored.replace(Cell::new(service, control, vec![duty], vec![], control.summary().clone())?);
    ///
    /// let diff = Matrix::builtin().diff(&tailored);
    /// assert_eq!(diff.len(), 1);
    /// assert_eq!((diff[0].service, diff[0].control), (Service::PrivateCloud, Control::ClockSynchronization));
    /// assert!(diff[0].changes.contains(&Change::Owner { from: Some(Owner::Provider), to: Some(Owner::Customer) }));
    /// # Ok::<(), idcf_responsibility::Error>(())
    /// ```
    #[must_use]
    pub fn diff(&self, other: &Matrix) -> Vec<CellDiff> {
        self.cells()
            .zip(other.cells())
            .filter_map(|(a, b)| {
                let changes = cell_changes(a, b);
                (!changes.is_empty()).then_some(CellDiff { service: a.service(), control: a.control(), changes })
            })
            .collect()
    }
}
