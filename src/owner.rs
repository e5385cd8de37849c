//! Who owns a cell, derived from its duties.

use crate::Duty;
use crate::vocab::vocabulary;

/// Who owns a control for a service. Never typed in by hand: [`Owner::of`] computes it from the duties.
///
/// A closed set, the model itself: a fourth owner would be a new major version, so a `match` needs no wildcard
/// arm (and should have none: a silent `_` on the owner is the worse risk in a compliance tool).
///
/// ```
/// use idcf_responsibility::{Control, Matrix, Owner, Service};
///
/// let m = Matrix::builtin();
/// assert_eq!(m.owner(Service::ObjectStorage, Control::InformationBackup), Some(Owner::Customer));
/// assert_eq!(m.owner(Service::IdcfCloud, Control::BackupFunction), Some(Owner::Shared));
/// assert_eq!(m.owner(Service::ObjectStorage, Control::BackupFunction), None); // not applicable
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum Owner {
    /// Only the provider carries duties.
    Provider,
    /// Only the customer carries duties, or the provider leaves the matter to the customer.
    Customer,
    /// Both parties carry duties.
    Shared,
}

impl Owner {
    /// Every owner.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Owner::ALL.len(), 3);
    /// ```
    pub const ALL: &'static [Owner] = &[Owner::Provider, Owner::Customer, Owner::Shared];

    /// The human label in a language, as every export and the examples print it.
    ///
    /// ```
    /// use idcf_responsibility::{Owner, Lang};
    /// assert_eq!(Owner::Shared.label(Lang::En), "shared");
    /// assert_eq!(Owner::Shared.label(Lang::Ja), "共同");
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        let [en, ja] = match self {
            Owner::Provider => ["provider", "IDCF"],
            Owner::Customer => ["customer", "お客さま"],
            Owner::Shared => ["shared", "共同"],
        };
        match lang {
            crate::Lang::En => en,
            crate::Lang::Ja => ja,
        }
    }

    /// The owner that some duties imply (a slice, or any iterator: a filtered view, say), or `None` for none.
    ///
    /// The rule (`docs/codebook.md`): the provider carries the matter when it has a duty of any kind other than
    /// [`DutyKind::LeavesToCustomer`](crate::DutyKind::LeavesToCustomer); the customer carries it when it has a
    /// duty (an obligation, a permission or a request), or when the provider leaves the matter to it. One side
    /// alone gives `Provider` or `Customer`, both give `Shared`. Stated and inferred duties count alike here;
    /// [`Cell::stated_owner`](crate::Cell::stated_owner) applies the rule to the stated ones alone.
    ///
    /// ```
    /// use idcf_responsibility::{Basis, Duty, DutyKind, Layer, Owner, Party, Role, Scope, Text};
    ///
    /// let duty = |kind, layer| {
    ///     let role = Role::new(Party::Provider, kind, layer, Scope::AllServices, 1);
    ///     Duty::new(role, Basis::Stated, Text::new("x", "x"))
    /// };
    /// let offer = duty(DutyKind::Offers, Layer::Platform);
    /// let not_ours = duty(DutyKind::LeavesToCustomer, Layer::CustomerEnvironment);
    /// assert_eq!(Owner::of(&[offer.clone()]), Some(Owner::Provider));
    /// assert_eq!(Owner::of(&[not_ours.clone()]), Some(Owner::Customer));
    /// assert_eq!(Owner::of(&[offer, not_ours]), Some(Owner::Shared));
    /// assert_eq!(Owner::of(&[]), None);
    /// let cell = idcf_responsibility::Matrix::builtin()
    ///     .cell(idcf_responsibility::Service::ObjectStorage, idcf_responsibility::Control::InformationBackup);
    /// assert_eq!(Owner::of(cell.stated_duties()), None); // the document says nothing of Object Storage here
    /// ```
    #[must_use]
    pub fn of<'a>(duties: impl IntoIterator<Item = &'a Duty>) -> Option<Owner> {
        let (mut provider, mut customer) = (false, false);
        for duty in duties {
            if duty.rests_with_customer() {
                customer = true;
            } else {
                provider = true;
            }
        }
        match (provider, customer) {
            (true, true) => Some(Owner::Shared),
            (true, false) => Some(Owner::Provider),
            (false, true) => Some(Owner::Customer),
            (false, false) => None,
        }
    }

    /// Whether a party has a part in cells with this owner.
    ///
    /// ```
    /// use idcf_responsibility::{Owner, Party};
    /// assert!(Owner::Shared.involves(Party::Customer));
    /// assert!(!Owner::Provider.involves(Party::Customer));
    /// ```
    #[must_use]
    pub const fn involves(self, party: crate::Party) -> bool {
        matches!(
            (self, party),
            (Owner::Shared, _) | (Owner::Provider, crate::Party::Provider) | (Owner::Customer, crate::Party::Customer)
        )
    }
}

vocabulary!(Owner, Owner, "provider, customer or shared", aliases: |o| match o {
    Owner::Provider => &["IDCF", "当社", "idc frontier"],
    Owner::Customer => &["お客さま"],
    Owner::Shared => &["共有", "共同"],
});
