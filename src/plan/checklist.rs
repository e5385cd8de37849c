//! The customer's checklist: its duties for one service, grouped by chapter, from any matrix
//! ([`Matrix::customer_checklist`](crate::Matrix::customer_checklist)).

use std::borrow::Cow;

use crate::{Chapter, Control, Duty, Service};

/// The customer's duties for one service, grouped by chapter ([`Matrix::customer_checklist`](crate::Matrix::customer_checklist)).
///
/// ```
/// use idcf_responsibility::{Matrix, Service};
/// let list = Matrix::builtin().customer_checklist(Service::IdcfCloud);
/// assert!(list.len() > 30);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
pub struct ChecklistItem {
    /// The control.
    pub control: Control,
    /// Its section in the document.
    pub section: Cow<'static, str>,
    /// The customer's duty.
    pub duty: Duty,
}
