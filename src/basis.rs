//! Provenance: what the document states, what is derived from that, and what is our inference.

use crate::Text;
use crate::vocab::vocabulary;

/// The three kinds of provenance every output keeps apart: what the document states, what is our inference, and
/// what is the customer's own decision (a tailoring). Its [`label`](Provenance::label) is the one wording every
/// export, report and answer prints, in both languages, so none can fall back to "our inference" for a
/// customer's decision.
///
/// ```
/// use idcf_responsibility::{Basis, Lang, Provenance, Text};
///
/// let tailored = Basis::Tailored { reason: Text::new("We run our own NTP.", "自前のNTPを使う。") };
/// assert_eq!(tailored.provenance(), Provenance::Tailored);
/// assert_eq!(tailored.provenance().label(Lang::En), "the customer's decision");
/// assert_eq!(Provenance::Inferred.label(Lang::Ja), "推定");
/// assert_eq!(Provenance::Tailored.id(), "tailored");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum Provenance {
    /// The document states it, of the service concerned.
    Stated,
    /// Our inference, with its reason.
    Inferred,
    /// The customer's own decision, made in a tailoring overlay, with the customer's reason: never cited to the
    /// document.
    Tailored,
}

impl Provenance {
    /// The three kinds.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Provenance::ALL.len(), 3);
    /// ```
    pub const ALL: &'static [Provenance] = &[Provenance::Stated, Provenance::Inferred, Provenance::Tailored];

    /// The stable id (`stated`, `inferred`, `tailored`): the value of the OSCAL `basis` property and of the JSON
    /// `kind`.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Provenance::Inferred.id(), "inferred");
    /// ```
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Provenance::Stated => "stated",
            Provenance::Inferred => "inferred",
            Provenance::Tailored => "tailored",
        }
    }

    /// The human label in a language: the one wording of each kind, as every output prints it.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, Provenance};
    /// assert_eq!(Provenance::Stated.label(Lang::En), "stated by the document");
    /// assert_eq!(Provenance::Tailored.label(Lang::Ja), "お客さまの決定");
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        let [en, ja] = match self {
            Provenance::Stated => ["stated by the document", "文書の記載"],
            Provenance::Inferred => ["our inference", "推定"],
            Provenance::Tailored => ["the customer's decision", "お客さまの決定"],
        };
        match lang {
            crate::Lang::En => en,
            crate::Lang::Ja => ja,
        }
    }

    /// How a duty of this provenance is cited, in a language: the section and sentence when stated; the reason
    /// after our mark when inferred (with the sentence whose principle it extends); the customer's reason alone
    /// when tailored — a customer's decision cites no sentence of the document.
    ///
    /// ```
    /// use idcf_responsibility::{Basis, Control, Lang, Provenance, Text};
    ///
    /// let stated = &Control::ClockSynchronization.section_duties()[0];
    /// assert_eq!(Provenance::cite(stated, "6.8.6", Lang::En), "stated by the document, §6.8.6, sentence 1");
    /// let mut ours = stated.clone();
    /// ours.basis = Basis::Tailored { reason: Text::new("We run our own NTP.", "自前のNTPを使う。") };
    /// assert_eq!(Provenance::cite(&ours, "6.8.6", Lang::En), "the customer's decision: We run our own NTP.");
    /// assert_eq!(Provenance::cite(&ours, "6.8.6", Lang::Ja), "お客さまの決定：自前のNTPを使う。");
    /// ```
    #[must_use]
    pub fn cite(duty: &crate::Duty, section: &str, lang: crate::Lang) -> String {
        let provenance = duty.basis.provenance();
        let label = provenance.label(lang);
        let sentence = match lang {
            crate::Lang::En => format!("§{section}, sentence {}", duty.sentence),
            crate::Lang::Ja => format!("§{section} 第{}文", duty.sentence),
        };
        let colon = match lang {
            crate::Lang::En => ": ",
            crate::Lang::Ja => "：",
        };
        match (&duty.basis, lang) {
            (Basis::Stated, crate::Lang::En) => format!("{label}, {sentence}"),
            (Basis::Stated, crate::Lang::Ja) => format!("{label}（{sentence}）"),
            (Basis::Inferred { reason }, crate::Lang::En) => {
                format!("{label}{colon}{} (extends {sentence})", reason.get(lang))
            }
            (Basis::Inferred { reason }, crate::Lang::Ja) => {
                format!("{label}{colon}{}（{sentence}の趣旨を適用）", reason.get(lang))
            }
            (Basis::Tailored { reason }, _) => format!("{label}{colon}{}", reason.get(lang)),
        }
    }
}

impl crate::text::sealed::Sealed for Provenance {}

impl crate::Label for Provenance {
    fn label(self, lang: crate::Lang) -> &'static str {
        Provenance::label(self, lang)
    }
}

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
    /// The customer's own decision, made in a tailoring overlay ([`Overlay`](crate::plan::Overlay)): neither the
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
        self.provenance().label(lang)
    }

    /// Which of the three kinds of provenance this is.
    ///
    /// ```
    /// use idcf_responsibility::{Basis, Provenance};
    /// assert_eq!(Basis::inferred("why", "なぜ").provenance(), Provenance::Inferred);
    /// ```
    #[must_use]
    pub const fn provenance(&self) -> Provenance {
        match self {
            Basis::Stated => Provenance::Stated,
            Basis::Inferred { .. } => Provenance::Inferred,
            Basis::Tailored { .. } => Provenance::Tailored,
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
        match self {
            CellBasis::Stated => Provenance::Stated.label(lang),
            CellBasis::PartlyInferred => match lang {
                crate::Lang::En => "partly our inference",
                crate::Lang::Ja => "一部は推定",
            },
            CellBasis::Inferred => Provenance::Inferred.label(lang),
            CellBasis::Tailored => Provenance::Tailored.label(lang),
        }
    }

    /// The basis of a list of duties: `Tailored` when any duty is the customer's, else by the share of stated duties;
    /// `Inferred` for an empty list (a cell without duties is our judgement).
    ///
    /// ```
    /// use idcf_responsibility::{CellBasis, Control};
    /// assert_eq!(CellBasis::of(Control::ClockSynchronization.section_duties()), CellBasis::Stated);
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
        match self {
            OwnerBasis::DerivedFromStated => match lang {
                crate::Lang::En => "derived from stated duties",
                crate::Lang::Ja => "記載された役割から導出",
            },
            OwnerBasis::Inferred => Provenance::Inferred.label(lang),
            OwnerBasis::Tailored => Provenance::Tailored.label(lang),
        }
    }

    /// Which of the three kinds of provenance the owner has: an owner derived from stated duties is
    /// [`Provenance::Stated`] (the document never names an owner, but its statements alone give this one).
    ///
    /// ```
    /// use idcf_responsibility::{OwnerBasis, Provenance};
    /// assert_eq!(OwnerBasis::Tailored.provenance(), Provenance::Tailored);
    /// assert_eq!(OwnerBasis::DerivedFromStated.provenance(), Provenance::Stated);
    /// ```
    #[must_use]
    pub const fn provenance(self) -> Provenance {
        match self {
            OwnerBasis::DerivedFromStated => Provenance::Stated,
            OwnerBasis::Inferred => Provenance::Inferred,
            OwnerBasis::Tailored => Provenance::Tailored,
        }
    }
}

vocabulary!(OwnerBasis, OwnerBasis, "derived-from-stated, inferred or tailored", aliases: |_b| &[]);
