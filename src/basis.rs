//! Provenance: what the document states, what is derived from that, and what is our inference.

use crate::Text;
use crate::vocab::vocabulary;

/// Where a duty or a judgement comes from: the document's statement, or our inference with its reason.
///
/// "Stated" means the document says it *of the services the duty concerns* (see [`Scope`](crate::Scope)); a
/// compliance reader may act on it. Anything else is our inference and carries its reason in both languages.
///
/// ```
/// use idcf_responsibility::{Basis, Control, Matrix, Service};
///
/// let m = Matrix::builtin();
/// let vm = m.cell(Service::IdcfCloud, Control::InformationBackup);
/// assert!(vm.duties().iter().all(|d| d.basis == Basis::Stated));
/// // Object Storage has no virtual machines: its back-up duty is our inference, with the reason.
/// let storage = m.cell(Service::ObjectStorage, Control::InformationBackup);
/// assert!(storage.duties().iter().all(|d| d.basis.is_inferred()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Basis {
    /// The document states it, of the services in the duty's scope.
    #[cfg_attr(feature = "schemars", schemars(title = "Stated"))]
    Stated,
    /// Our inference, with the reason.
    #[cfg_attr(feature = "schemars", schemars(title = "Inferred"))]
    Inferred {
        /// Why we judged so, in English and Japanese.
        reason: Text,
    },
    /// The customer's own decision, made in a tailoring overlay ([`Overlay`](crate::Overlay)): neither the
    /// document's statement nor our inference.
    #[cfg_attr(feature = "schemars", schemars(title = "Tailored"))]
    Tailored {
        /// The customer's reason, in English and Japanese.
        reason: Text,
    },
}

impl Basis {
    /// An inference with its reason (usable in constants; the dataset is written with it).
    ///
    /// ```
    /// let b = idcf_responsibility::Basis::inferred("because", "理由");
    /// assert!(b.is_inferred());
    /// ```
    #[must_use]
    pub const fn inferred(en: &'static str, ja: &'static str) -> Basis {
        Basis::Inferred { reason: Text::new(en, ja) }
    }

    /// Whether this is our inference rather than the document's statement.
    ///
    /// ```
    /// assert!(!idcf_responsibility::Basis::Stated.is_inferred());
    /// ```
    #[must_use]
    pub const fn is_inferred(&self) -> bool {
        matches!(self, Basis::Inferred { .. })
    }

    /// Whether this is the customer's own decision, from a tailoring overlay.
    ///
    /// ```
    /// use idcf_responsibility::{Basis, Text};
    /// assert!(Basis::Tailored { reason: Text::new("ours", "自社") }.is_tailored());
    /// ```
    #[must_use]
    pub const fn is_tailored(&self) -> bool {
        matches!(self, Basis::Tailored { .. })
    }

    /// The human label in a language: `stated by the document` or `our inference` (the reason is [`Basis::reason`]).
    ///
    /// ```
    /// use idcf_responsibility::{Basis, Lang};
    /// assert_eq!(Basis::Stated.label(Lang::Ja), "文書の記載");
    /// ```
    #[must_use]
    pub const fn label(&self, lang: crate::Lang) -> &'static str {
        match self {
            Basis::Stated => CellBasis::Stated.label(lang),
            Basis::Inferred { .. } => CellBasis::Inferred.label(lang),
            Basis::Tailored { .. } => CellBasis::Tailored.label(lang),
        }
    }

    /// The reason of an inference or a tailoring; `None` when stated.
    ///
    /// ```
    /// use idcf_responsibility::Basis;
    /// assert_eq!(Basis::inferred("why", "なぜ").reason().map(|r| r.en.as_ref()), Some("why"));
    /// assert!(Basis::Stated.reason().is_none());
    /// ```
    #[must_use]
    pub const fn reason(&self) -> Option<&Text> {
        match self {
            Basis::Stated => None,
            Basis::Inferred { reason } | Basis::Tailored { reason } => Some(reason),
        }
    }
}

/// How much of a cell the document states, derived from its duties ([`Cell::basis`](crate::Cell::basis)).
///
/// ```
/// use idcf_responsibility::{CellBasis, Control, Matrix, Service};
///
/// let m = Matrix::builtin();
/// assert_eq!(m.cell(Service::IdcfCloud, Control::ClockSynchronization).basis(), CellBasis::Stated);
/// assert_eq!(m.cell(Service::ObjectStorage, Control::InformationBackup).basis(), CellBasis::Inferred);
/// assert_eq!(m.cell(Service::IdcfCloud, Control::NetworkConnectionControl).basis(), CellBasis::PartlyInferred);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum CellBasis {
    /// Every duty of the cell is stated by the document.
    Stated,
    /// Some duties are stated, some are our inference.
    PartlyInferred,
    /// Nothing in the cell is stated for its service: its duties, or its being not applicable, are our judgement.
    Inferred,
    /// The customer's tailoring changed the cell: a duty added or removed, or its applicability decided.
    Tailored,
}

impl CellBasis {
    /// Every cell basis.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::CellBasis::ALL.len(), 4);
    /// ```
    pub const ALL: &'static [CellBasis] =
        &[CellBasis::Stated, CellBasis::PartlyInferred, CellBasis::Inferred, CellBasis::Tailored];

    /// The human label in a language, as every export and the examples print it.
    ///
    /// ```
    /// use idcf_responsibility::{CellBasis, Lang};
    /// assert_eq!(CellBasis::PartlyInferred.label(Lang::En), "partly our inference");
    /// assert_eq!(CellBasis::PartlyInferred.label(Lang::Ja), "一部は推定");
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        let [en, ja] = match self {
            CellBasis::Stated => ["stated by the document", "文書の記載"],
            CellBasis::PartlyInferred => ["partly our inference", "一部は推定"],
            CellBasis::Inferred => ["our inference", "推定"],
            CellBasis::Tailored => ["tailored by the customer", "お客さまによる調整"],
        };
        match lang {
            crate::Lang::En => en,
            crate::Lang::Ja => ja,
        }
    }

    /// The basis of a list of duties: `Tailored` when any duty is the customer's, else by the share of stated duties;
    /// `Inferred` for an empty list (a cell without duties is our judgement).
    ///
    /// ```
    /// use idcf_responsibility::{CellBasis, Control};
    /// assert_eq!(CellBasis::of(Control::ClockSynchronization.duties()), CellBasis::Stated);
    /// assert_eq!(CellBasis::of(&[]), CellBasis::Inferred);
    /// ```
    #[must_use]
    pub fn of(duties: &[crate::Duty]) -> CellBasis {
        if duties.iter().any(|d| d.basis.is_tailored()) {
            return CellBasis::Tailored;
        }
        let stated = duties.iter().filter(|d| d.is_stated()).count();
        match stated {
            0 => CellBasis::Inferred,
            n if n == duties.len() => CellBasis::Stated,
            _ => CellBasis::PartlyInferred,
        }
    }
}

vocabulary!(CellBasis, CellBasis, "stated, partly-inferred, inferred or tailored", aliases: |_b| &[]);

/// Where a cell's owner comes from ([`Cell::owner_basis`](crate::Cell::owner_basis)). The document never names an
/// owner: an owner is always derived from duties, and this says from which.
///
/// ```
/// use idcf_responsibility::{Control, Matrix, OwnerBasis, Service};
///
/// let m = Matrix::builtin();
/// let vm = m.cell(Service::IdcfCloud, Control::InformationBackup);
/// assert_eq!(vm.owner_basis(), Some(OwnerBasis::DerivedFromStated));
/// let storage = m.cell(Service::ObjectStorage, Control::InformationBackup);
/// assert_eq!(storage.owner_basis(), Some(OwnerBasis::Inferred));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum OwnerBasis {
    /// The stated duties alone give this owner: the inferred ones, if any, do not change it.
    DerivedFromStated,
    /// The owner rests on our inferences: the stated duties give another owner, or none.
    Inferred,
    /// The owner rests on the customer's tailoring: without the tailored duties it would be another.
    Tailored,
}

impl OwnerBasis {
    /// Both owner bases.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::OwnerBasis::ALL.len(), 3);
    /// ```
    pub const ALL: &'static [OwnerBasis] = &[OwnerBasis::DerivedFromStated, OwnerBasis::Inferred, OwnerBasis::Tailored];

    /// The human label in a language, as every export and the examples print it.
    ///
    /// ```
    /// use idcf_responsibility::{OwnerBasis, Lang};
    /// assert_eq!(OwnerBasis::DerivedFromStated.label(Lang::En), "derived from stated duties");
    /// assert_eq!(OwnerBasis::DerivedFromStated.label(Lang::Ja), "記載された役割から導出");
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        let [en, ja] = match self {
            OwnerBasis::DerivedFromStated => ["derived from stated duties", "記載された役割から導出"],
            OwnerBasis::Inferred => ["our inference", "推定"],
            OwnerBasis::Tailored => ["tailored by the customer", "お客さまによる調整"],
        };
        match lang {
            crate::Lang::En => en,
            crate::Lang::Ja => ja,
        }
    }
}

vocabulary!(OwnerBasis, OwnerBasis, "derived-from-stated, inferred or tailored", aliases: |_b| &[]);
