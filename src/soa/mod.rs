//! A draft of the customer's ISO/IEC 27001:2022 Statement of Applicability (適用宣言書), one row per Annex A
//! control, drafted from the (possibly tailored) matrix and the customer's register by written rules.
//!
//! It is a starting point for the customer's ISMS, derived from a 2014 provider document, not a certification
//! statement: every proposal says why, every step of the way from the document's section to the 2022 control says
//! how it is known, and the customer's own decisions (kept in its [`Register`]) prevail and are shown as its own.

mod control;
mod formats;
mod import;
mod record;
pub(crate) mod rule;

use std::borrow::Cow;

pub use control::SoaControl;
pub(crate) use formats::overlay_summary;
#[cfg(feature = "xlsx")]
#[cfg_attr(docsrs, doc(cfg(feature = "xlsx")))]
pub use import::{import, import_resolving};
pub use record::{ControlEdit, ControlRecord, Grounds, SoaInfo};
pub use rule::{InheritanceCase, ProviderRole};

#[cfg(feature = "xlsx")]
#[cfg_attr(docsrs, doc(cfg(feature = "xlsx")))]
pub use formats::xlsx;
pub use formats::{csv, markdown};

use crate::export::pick;
use crate::vocab::vocabulary;
use crate::{
    Control, Duty, Inconsistency, Lang, Matrix, Party, Service, Text,
    document::Document,
    iso::{Correspondence, Fit, Iso2022Control, Theme},
    plan::{Register, Status},
};

/// What the crate proposes for a control's applicability, by the rule of [`Soa::new`]. Never an exclusion: only
/// the customer excludes.
///
/// ```
/// use idcf_responsibility::{Lang, soa::Proposal};
/// assert_eq!(Proposal::NotAddressed.label(Lang::En), "not addressed by the document");
/// assert_eq!(Proposal::Applicable.to_string(), "applicable");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Proposal {
    /// A section that leads to the control gives a duty, to the customer or to the provider, for a service the
    /// customer uses.
    Applicable,
    /// Sections lead to the control, but none applies to the services the customer uses: the customer decides.
    NotInUse,
    /// No section of the document leads to the control: the customer decides.
    NotAddressed,
    /// Sections lead to the control for a service used, but IDCF has only its own measures or information there
    /// and no customer duty maps to it: the customer decides, and implements the control itself if it includes it.
    ProviderOwnMeasure,
    /// The customer marked every customer duty that maps to the control not applicable (in the register or by its
    /// overlay): the customer decides.
    MarkedNotApplicable,
}

impl Proposal {
    /// Every proposal.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::soa::Proposal::ALL.len(), 5);
    /// ```
    pub const ALL: &'static [Proposal] = &[
        Proposal::Applicable,
        Proposal::NotInUse,
        Proposal::NotAddressed,
        Proposal::ProviderOwnMeasure,
        Proposal::MarkedNotApplicable,
    ];

    /// The human label in a language.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, soa::Proposal};
    /// assert_eq!(Proposal::NotAddressed.label(Lang::Ja), "文書に記載なし");
    /// ```
    #[must_use]
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Proposal::Applicable, Lang::En) => "applicable",
            (Proposal::Applicable, Lang::Ja) => "適用",
            (Proposal::NotInUse, Lang::En) => "no section applies to the services used",
            (Proposal::NotInUse, Lang::Ja) => "利用サービスに該当する節なし",
            (Proposal::NotAddressed, Lang::En) => "not addressed by the document",
            (Proposal::NotAddressed, Lang::Ja) => "文書に記載なし",
            (Proposal::ProviderOwnMeasure, Lang::En) => "only IDCF's own measures: for the customer to decide",
            (Proposal::ProviderOwnMeasure, Lang::Ja) => "IDCF自身の対策のみ（お客さまが判断）",
            (Proposal::MarkedNotApplicable, Lang::En) => {
                "every customer duty marked not applicable by the customer: for the customer to decide"
            }
            (Proposal::MarkedNotApplicable, Lang::Ja) => "お客さまが全職務を該当なしとした（お客さまが判断）",
        }
    }
}

vocabulary!(Proposal, Proposal, "applicable, not-in-use, not-addressed, provider-own-measure or marked-not-applicable", aliases: |p| match p {
    Proposal::Applicable => &["適用"],
    Proposal::NotInUse => &["利用サービスに該当する節なし"],
    Proposal::NotAddressed => &["not addressed by the document", "文書に記載なし"],
    Proposal::ProviderOwnMeasure => &["IDCF自身の対策のみ"],
    Proposal::MarkedNotApplicable => &["該当なし"],
});

/// The customer's decision on a control: include it in its ISMS or exclude it.
///
/// ```
/// use idcf_responsibility::soa::Choice;
/// assert_eq!("exclude".parse::<Choice>()?, Choice::Exclude);
/// assert_eq!("除外".parse::<Choice>()?, Choice::Exclude);
/// # Ok::<(), idcf_responsibility::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Choice {
    /// The control is included (applicable).
    Include,
    /// The control is excluded (not applicable).
    Exclude,
}

impl Choice {
    /// Both choices.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::soa::Choice::ALL.len(), 2);
    /// ```
    pub const ALL: &'static [Choice] = &[Choice::Include, Choice::Exclude];

    /// The human label in a language.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, soa::Choice};
    /// assert_eq!(Choice::Include.label(Lang::Ja), "適用");
    /// ```
    #[must_use]
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Choice::Include, Lang::En) => "include",
            (Choice::Include, Lang::Ja) => "適用",
            (Choice::Exclude, Lang::En) => "exclude",
            (Choice::Exclude, Lang::Ja) => "除外",
        }
    }
}

vocabulary!(Choice, Choice, "include or exclude", aliases: |c| match c {
    Choice::Include => &["included", "applicable", "yes", "適用", "適用する", "採用"],
    Choice::Exclude => &["excluded", "no", "除外", "適用除外", "除外する", "非適用"],
});

/// The customer's decision on one control, with its justification (ISO/IEC 27001:2022 6.1.3 d asks for one for
/// inclusions and exclusions alike): its ground (risk treatment with the risk ids, law, contract, business) and
/// its text. Kept in the customer's [`Register`] ([`Register::decide`]); in the Statement of Applicability it
/// prevails over the tool's proposal and is marked as the customer's.
///
/// ```
/// use idcf_responsibility::{soa::{Choice, Decision, Grounds}};
/// let d = Decision::new(Choice::Exclude, "No software is developed in house.").grounds(Grounds::Business);
/// assert_eq!((d.choice, d.grounds), (Choice::Exclude, Some(Grounds::Business)));
/// let r = Decision::new(Choice::Include, "Treats the risk of lost backups.").risks(["RA-2026-04"]);
/// assert_eq!(r.grounds, Some(Grounds::RiskTreatment));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Decision {
    /// Include or exclude.
    pub choice: Choice,
    /// Why, in the customer's words.
    #[cfg_attr(feature = "schemars", schemars(length(min = 1), regex(pattern = r"\S")))]
    pub justification: String,
    /// The ground of the decision, if the customer gave one.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub grounds: Option<Grounds>,
    /// The ids of the risks its risk treatment names (with [`Grounds::RiskTreatment`]).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
    pub risks: Vec<String>,
}

impl Decision {
    /// A decision with its justification.
    ///
    /// ```
    /// use idcf_responsibility::{soa::{Choice, Decision}};
    /// assert_eq!(Decision::new(Choice::Include, "Threat feeds are read weekly.").justification, "Threat feeds are read weekly.");
    /// ```
    #[must_use]
    pub fn new(choice: Choice, justification: impl Into<String>) -> Decision {
        Decision { choice, justification: justification.into(), grounds: None, risks: Vec::new() }
    }

    /// The same decision on a ground.
    ///
    /// ```
    /// use idcf_responsibility::soa::{Choice, Decision, Grounds};
    /// assert_eq!(Decision::new(Choice::Include, "APPI.").grounds(Grounds::Legal).grounds, Some(Grounds::Legal));
    /// ```
    #[must_use]
    pub fn grounds(mut self, grounds: Grounds) -> Decision {
        self.grounds = Some(grounds);
        self
    }

    /// The same decision as a risk treatment naming these risks (their ids in the customer's risk register).
    ///
    /// ```
    /// use idcf_responsibility::soa::{Choice, Decision};
    /// assert_eq!(Decision::new(Choice::Include, "x").risks(["R-1", "R-2"]).risks, ["R-1", "R-2"]);
    /// ```
    #[must_use]
    pub fn risks<I: IntoIterator<Item = S>, S: Into<String>>(mut self, risks: I) -> Decision {
        self.grounds = Some(Grounds::RiskTreatment);
        self.risks = risks.into_iter().map(Into::into).collect();
        self
    }

    /// The ground in a line: `risk treatment (RA-1, RA-2)`, `legal or regulatory`; empty without one.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, soa::{Choice, Decision}};
    /// assert_eq!(Decision::new(Choice::Include, "x").risks(["RA-1"]).grounds_line(Lang::En), "risk treatment (RA-1)");
    /// ```
    #[must_use]
    pub fn grounds_line(&self, lang: Lang) -> String {
        match (self.grounds, self.risks.is_empty()) {
            (None, _) => String::new(),
            (Some(g), true) => g.label(lang).to_owned(),
            (Some(g), false) => match lang {
                Lang::En => format!("{} ({})", g.label(lang), self.risks.join(", ")),
                Lang::Ja => format!("{}（{}）", g.label(lang), self.risks.join("、")),
            },
        }
    }

    /// The fault of a decision, if any: an empty justification, a blank risk id, or risk ids on another ground.
    pub(crate) fn problem(&self) -> Option<String> {
        if self.justification.trim().is_empty() {
            return Some(format!("a decision to {} needs a justification that says why", self.choice));
        }
        if self.risks.iter().any(|r| r.trim().is_empty()) {
            return Some("a risk id is empty".to_owned());
        }
        if !self.risks.is_empty() && self.grounds != Some(Grounds::RiskTreatment) {
            return Some("risk ids go with the ground risk-treatment".to_owned());
        }
        None
    }
}

/// Whether a control is in the Statement of Applicability, after the customer's decision if it gave one.
///
/// ```
/// use idcf_responsibility::{Lang, soa::Applicability};
/// assert_eq!(Applicability::Undecided.label(Lang::En), "for the customer to decide");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Applicability {
    /// Applicable: proposed so, or included by the customer.
    Applicable,
    /// Excluded by the customer (never by the crate).
    Excluded,
    /// Neither proposed nor decided: the customer decides.
    Undecided,
}

impl Applicability {
    /// Every value.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::soa::Applicability::ALL.len(), 3);
    /// ```
    pub const ALL: &'static [Applicability] =
        &[Applicability::Applicable, Applicability::Excluded, Applicability::Undecided];

    /// The human label in a language.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, soa::Applicability};
    /// assert_eq!(Applicability::Excluded.label(Lang::Ja), "除外");
    /// ```
    #[must_use]
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Applicability::Applicable, Lang::En) => "applicable",
            (Applicability::Applicable, Lang::Ja) => "適用",
            (Applicability::Excluded, Lang::En) => "excluded",
            (Applicability::Excluded, Lang::Ja) => "除外",
            (Applicability::Undecided, Lang::En) => "for the customer to decide",
            (Applicability::Undecided, Lang::Ja) => "お客さまが判断",
        }
    }
}

vocabulary!(Applicability, Applicability, "applicable, excluded or undecided", aliases: |a| match a {
    Applicability::Applicable => &["適用"],
    Applicability::Excluded => &["除外"],
    Applicability::Undecided => &["お客さまが判断"],
});

/// Who settled a control's applicability: the customer's decision, or the crate's proposal from the document.
///
/// ```
/// use idcf_responsibility::{Lang, soa::DecidedBy};
/// assert_eq!(DecidedBy::Customer.label(Lang::En), "the customer's decision");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum DecidedBy {
    /// The customer decided ([`Register::decide`]); it prevails over the proposal.
    Customer,
    /// The tool's proposal from the document, by the rule of [`Soa::new`]; the customer has not decided.
    Proposal,
}

impl DecidedBy {
    /// Both.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::soa::DecidedBy::ALL.len(), 2);
    /// ```
    pub const ALL: &'static [DecidedBy] = &[DecidedBy::Customer, DecidedBy::Proposal];

    /// The human label in a language.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, soa::DecidedBy};
    /// assert_eq!(DecidedBy::Customer.label(Lang::Ja), "お客さまの決定");
    /// ```
    #[must_use]
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (DecidedBy::Customer, Lang::En) => "the customer's decision",
            (DecidedBy::Customer, Lang::Ja) => "お客さまの決定",
            (DecidedBy::Proposal, Lang::En) => "the tool's proposal",
            (DecidedBy::Proposal, Lang::Ja) => "本ツールの提案",
        }
    }
}

vocabulary!(DecidedBy, DecidedBy, "customer or proposal", aliases: |d| match d {
    DecidedBy::Customer => &["お客さまの決定"],
    DecidedBy::Proposal => &["本ツールの提案", "the tool's proposal", "proposed from the document", "文書からの提案"],
});

/// How far a control is implemented, rolled up from the register by the rule of [`Soa::new`].
///
/// ```
/// use idcf_responsibility::{Lang, soa::Implementation};
/// assert_eq!(Implementation::PartlyImplemented.label(Lang::En), "partly implemented");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Implementation {
    /// Every customer duty mapped to the control is implemented (those the customer marked not applicable aside).
    Implemented,
    /// Some are implemented or in progress, not all.
    PartlyImplemented,
    /// None is implemented or in progress (not started, or risk accepted).
    NotImplemented,
    /// No customer duty maps to it and the customer recorded no status of its own; IDCF runs the control's measure
    /// for the customer (by the inheritance rule of [`Soa::new`]), which the customer inherits.
    Inherited,
    /// Nothing to roll up and no status of the customer's own: the customer records it
    /// ([`Register::set_control`]).
    NotTracked,
    /// Excluded by the customer.
    NotApplicable,
    /// The customer marked every duty of the control not applicable and has not decided on the control.
    DecisionNeeded,
}

impl Implementation {
    /// Every value.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::soa::Implementation::ALL.len(), 7);
    /// ```
    pub const ALL: &'static [Implementation] = &[
        Implementation::Implemented,
        Implementation::PartlyImplemented,
        Implementation::NotImplemented,
        Implementation::Inherited,
        Implementation::NotTracked,
        Implementation::NotApplicable,
        Implementation::DecisionNeeded,
    ];

    /// The human label in a language.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, soa::Implementation};
    /// assert_eq!(Implementation::Inherited.label(Lang::Ja), "IDCFから継承");
    /// ```
    #[must_use]
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Implementation::Implemented, Lang::En) => "implemented",
            (Implementation::Implemented, Lang::Ja) => "実施済み",
            (Implementation::PartlyImplemented, Lang::En) => "partly implemented",
            (Implementation::PartlyImplemented, Lang::Ja) => "一部実施",
            (Implementation::NotImplemented, Lang::En) => "not implemented",
            (Implementation::NotImplemented, Lang::Ja) => "未実施",
            (Implementation::Inherited, Lang::En) => "inherited from IDCF",
            (Implementation::Inherited, Lang::Ja) => "IDCFから継承",
            (Implementation::NotTracked, Lang::En) => "no status recorded",
            (Implementation::NotTracked, Lang::Ja) => "状況の記録なし",
            (Implementation::NotApplicable, Lang::En) => "not applicable (excluded by the customer)",
            (Implementation::NotApplicable, Lang::Ja) => "適用除外（お客さまの決定）",
            (Implementation::DecisionNeeded, Lang::En) => "the customer's decision needed",
            (Implementation::DecisionNeeded, Lang::Ja) => "お客さまの判断待ち",
        }
    }
}

vocabulary!(Implementation, Implementation,
    "implemented, partly-implemented, not-implemented, inherited, not-tracked, not-applicable or decision-needed",
    aliases: |i| match i {
        Implementation::Implemented => &["実施済み"],
        Implementation::PartlyImplemented => &["一部実施"],
        Implementation::NotImplemented => &["未実施"],
        Implementation::Inherited => &["IDCFから継承"],
        Implementation::NotTracked => &["状況の記録なし", "not in the register", "台帳になし"],
        Implementation::NotApplicable => &["not applicable", "適用除外"],
        Implementation::DecisionNeeded => &["decision needed", "お客さまの判断待ち"],
    }
);

/// One way from a section of the document to a 2022 control, with how each step is known: the section answers an
/// ISO/IEC 27002:2005 control (exactly or closely); 2005 → 2013 is our identification of the successor or our
/// nearest fit; 2013 → 2022 follows ISO/IEC 27002:2022 Table B.2. A 2022 id that no 2013 id leads to is our
/// judgement, with no 2013 step.
///
/// ```
/// use idcf_responsibility::{Lang, Service, iso::{Correspondence, Iso2022Control}, plan::Register, soa::Soa};
/// let soa = Soa::of(&Register::new(&[Service::ObjectStorage], None));
/// let row = soa.row(Iso2022Control::from_id("A.8.13").unwrap()).unwrap();
/// let route = &row.routes[0];
/// assert_eq!(route.section, "6.5.1");
/// assert_eq!(route.iso27001_2013.as_deref(), Some("A.12.3.1"));
/// assert_eq!((route.step_2013, route.step_2022), (Some(Correspondence::Identified), Correspondence::TableB2));
/// assert!(route.describe(Lang::En).starts_with("§6.5.1 → ISO/IEC 27002:2005 10.5.1 (exact fit)"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Route {
    /// The document's section, as a control.
    pub control: Control,
    /// Its number (`6.5.1`).
    pub section: Cow<'static, str>,
    /// The ISO/IEC 27002:2005 control it answers; null for the document's own sections.
    pub iso27002_2005: Option<Cow<'static, str>>,
    /// How closely it answers it.
    pub fit: Option<Fit>,
    /// The ISO/IEC 27001:2013 Annex A id the way passes through; null for a judgement of ours straight to 2022.
    pub iso27001_2013: Option<Cow<'static, str>>,
    /// How the 2013 id is known: `identified` or `nearest-fit`; null with no 2013 step.
    pub step_2013: Option<Correspondence>,
    /// The control the way leads to: an ISO/IEC 27001:2022 Annex A control, or an ISO/IEC 27017 CLD control.
    pub to: SoaControl,
    /// How the last step is known: `table-b2` (from the 2013 id) or `judgement` (ours: a control new in 2022, or a
    /// CLD control).
    pub step_2022: Correspondence,
    /// Why, for a judgement of ours that says why (the CLD routes).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub reason: Option<Text>,
}

impl Route {
    /// Whether a step of the way is our judgement (a nearest fit, or a 2022 id of ours) rather than an
    /// identification or a table row.
    ///
    /// ```
    /// use idcf_responsibility::{Service, iso::Iso2022Control, plan::Register, soa::Soa};
    /// let soa = Soa::of(&Register::new(&[Service::IdcfCloud], None));
    /// assert!(soa.row(Iso2022Control::from_id("A.5.23").unwrap()).unwrap().routes.iter().all(|r| r.rests_on_judgement()));
    /// ```
    #[must_use]
    pub fn rests_on_judgement(&self) -> bool {
        self.step_2013.is_some_and(Correspondence::is_judgement) || self.step_2022.is_judgement()
    }

    /// The way in one line, each step with how it is known: `§6.5.1 → ISO/IEC 27002:2005 10.5.1 (exact fit) →
    /// ISO/IEC 27001:2013 A.12.3.1 (our identification of the successor) → A.8.13 (through ISO/IEC 27002:2022
    /// Table B.2)`.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, Service, iso::Iso2022Control, plan::Register, soa::Soa};
    /// let soa = Soa::of(&Register::new(&[Service::IdcfCloud], None));
    /// let line = soa.row(Iso2022Control::from_id("A.5.23").unwrap()).unwrap().routes[0].describe(Lang::En);
    /// assert!(line.ends_with("→ A.5.23 (our judgement, new in 2022)"), "{line}");
    /// ```
    #[must_use]
    pub fn describe(&self, lang: Lang) -> String {
        use std::fmt::Write as _;
        let mut out = format!("§{}", self.section);
        if let Some(id) = &self.iso27002_2005 {
            let _ = write!(out, " → ISO/IEC 27002:2005 {id}");
            if let Some(fit) = self.fit {
                let _ = write!(out, " ({})", fit.label(lang));
            }
        }
        if let (Some(id), Some(step)) = (&self.iso27001_2013, self.step_2013) {
            let _ = write!(out, " → ISO/IEC 27001:2013 {id} ({})", step.label(lang));
        }
        match (&self.to, &self.reason) {
            (SoaControl::Cloud(_), Some(why)) => {
                let _ = write!(
                    out,
                    " → {} ({}: {})",
                    self.to,
                    pick(lang, "our judgement", "当ツールの判断"),
                    why.get(lang)
                );
            }
            (SoaControl::Cloud(_), None) => {
                let _ = write!(out, " → {} ({})", self.to, pick(lang, "our judgement", "当ツールの判断"));
            }
            (SoaControl::Annex(_), _) => {
                let _ = write!(out, " → {} ({})", self.to, self.step_2022.label(lang));
            }
        }
        out
    }
}

/// One of IDCF's duties under a row, with what it is for the customer by the inheritance rule of [`Soa::new`].
///
/// ```
/// use idcf_responsibility::{Service, iso::Iso2022Control, plan::Register, soa::{ProviderRole, Soa}};
/// let soa = Soa::of(&Register::new(&[Service::IdcfCloud], None));
/// let d = &soa.row(Iso2022Control::from_id("A.7.14").unwrap()).unwrap().provider[0].duties[0];
/// assert_eq!(d.role, ProviderRole::RunsForCustomer);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct ProviderDuty {
    /// The duty, with its basis (stated by the document, our inference, or the customer's tailoring).
    pub duty: Duty,
    /// What it is for the customer.
    pub role: ProviderRole,
    /// Why it is not inherited, where it is not (a disclosure, IDCF's own organisation …).
    pub why: Option<Text>,
}

/// What the provider does, for one service the customer uses, under one section that leads to the control: the
/// provider's duties of that cell, each with its role for the customer (inherited, IDCF's own measure, or left
/// to the customer).
///
/// ```
/// use idcf_responsibility::{Service, iso::Iso2022Control, plan::Register, soa::Soa};
/// let soa = Soa::of(&Register::new(&[Service::IdcfCloud], None));
/// let part = &soa.row(Iso2022Control::from_id("A.8.17").unwrap()).unwrap().provider[0];
/// assert_eq!((part.service, part.section.as_ref()), (Service::IdcfCloud, "6.8.6"));
/// assert!(part.duties.iter().all(|d| d.duty.is_stated()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct ProviderPart {
    /// The service.
    pub service: Service,
    /// The section, as a control.
    pub control: Control,
    /// Its number.
    pub section: Cow<'static, str>,
    /// The provider's duties of the cell, each with its role.
    pub duties: Vec<ProviderDuty>,
}

/// One customer duty of the register that maps to the control, with where the customer stands.
///
/// ```
/// use idcf_responsibility::{Service, iso::Iso2022Control, plan::{Register, Status}, soa::Soa};
/// let soa = Soa::of(&Register::new(&[Service::ObjectStorage], None));
/// let part = &soa.row(Iso2022Control::from_id("A.8.13").unwrap()).unwrap().customer[0];
/// assert_eq!((part.section.as_ref(), &part.status), ("6.5.1", &Status::NotStarted));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct CustomerPart {
    /// The entry's position in the register, from 0.
    pub entry: usize,
    /// The service.
    pub service: Service,
    /// The section, as a control.
    pub control: Control,
    /// Its number.
    pub section: Cow<'static, str>,
    /// The customer's duty.
    pub duty: Duty,
    /// Where the customer stands.
    pub status: Status,
    /// The team responsible.
    pub team: Option<String>,
    /// References to the evidence.
    pub evidence: Vec<String>,
}

/// What one override of the customer's overlay does: the customer's decision on a cell of the matrix, with its
/// reason. The register's reports, the plan workbook and the Statement of Applicability list them as the
/// customer's.
///
/// ```
/// use idcf_responsibility::{Control, Lang, Service, Text, plan::{Overlay, Register}, soa::{Soa, TailoringKind}};
/// let mut overlay = Overlay::new();
/// overlay.not_applicable(Service::IdcfCloud, Control::Teleworking, Text::new("No teleworking.", "テレワークなし。"))?;
/// let r = Register::new(&[Service::IdcfCloud], Some(overlay));
/// let t = &Soa::of(&r).overlay[0];
/// assert_eq!((t.kind, t.section.as_ref()), (TailoringKind::NotApplicable, "7.6.2"));
/// assert!(t.describe(Lang::En).contains("No teleworking."));
/// # Ok::<(), idcf_responsibility::Inconsistency>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct CustomerTailoring {
    /// The service.
    pub service: Service,
    /// The section, as a control.
    pub control: Control,
    /// Its number.
    pub section: Cow<'static, str>,
    /// What the override does.
    pub kind: TailoringKind,
    /// The duty added or removed, or the note.
    pub text: Option<Text>,
    /// The customer's reason.
    pub reason: Text,
}

/// What an override of the customer's overlay does to its cell.
///
/// ```
/// use idcf_responsibility::{Lang, soa::TailoringKind};
/// assert_eq!(TailoringKind::NotApplicable.label(Lang::Ja), "該当なし（お客さまの決定）");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum TailoringKind {
    /// The customer declared the cell not applicable to its use of the service.
    NotApplicable,
    /// The customer added a duty.
    AddDuty,
    /// The customer removed a duty.
    RemoveDuty,
    /// The customer noted something on the cell.
    Note,
}

impl TailoringKind {
    /// Every kind.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::soa::TailoringKind::ALL.len(), 4);
    /// ```
    pub const ALL: &'static [TailoringKind] =
        &[TailoringKind::NotApplicable, TailoringKind::AddDuty, TailoringKind::RemoveDuty, TailoringKind::Note];

    /// The human label in a language.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, soa::TailoringKind};
    /// assert_eq!(TailoringKind::AddDuty.label(Lang::En), "duty added (the customer's decision)");
    /// ```
    #[must_use]
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (TailoringKind::NotApplicable, Lang::En) => "not applicable (the customer's decision)",
            (TailoringKind::NotApplicable, Lang::Ja) => "該当なし（お客さまの決定）",
            (TailoringKind::AddDuty, Lang::En) => "duty added (the customer's decision)",
            (TailoringKind::AddDuty, Lang::Ja) => "職務の追加（お客さまの決定）",
            (TailoringKind::RemoveDuty, Lang::En) => "duty removed (the customer's decision)",
            (TailoringKind::RemoveDuty, Lang::Ja) => "職務の削除（お客さまの決定）",
            (TailoringKind::Note, Lang::En) => "note (the customer's decision)",
            (TailoringKind::Note, Lang::Ja) => "注記（お客さまの決定）",
        }
    }
}

vocabulary!(TailoringKind, TailoringKind, "not-applicable, add-duty, remove-duty or note", aliases: |_k| &[]);

impl CustomerTailoring {
    /// The decision in one line: `IDCF Cloud §7.6.2: not applicable (the customer's decision) — reason: …`.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Lang, Service, Text, plan::{Overlay, Register}, soa::Soa};
    /// let mut o = Overlay::new();
    /// o.not_applicable(Service::IdcfCloud, Control::Teleworking, Text::new("None.", "なし。"))?;
    /// let line = Soa::of(&Register::new(&[Service::IdcfCloud], Some(o))).overlay[0].describe(Lang::Ja);
    /// assert_eq!(line, "IDCFクラウド §7.6.2：該当なし（お客さまの決定）。理由：なし。");
    /// # Ok::<(), idcf_responsibility::Inconsistency>(())
    /// ```
    #[must_use]
    pub fn describe(&self, lang: Lang) -> String {
        let text = self.text.as_ref().map(|t| t.get(lang)).filter(|t| !t.is_empty());
        let reason = self.reason.get(lang);
        match lang {
            Lang::En => {
                let text = text.map(|t| format!(": {t}")).unwrap_or_default();
                format!(
                    "{} §{}: {}{text} — reason: {reason}",
                    self.service.label(lang),
                    self.section,
                    self.kind.label(lang)
                )
            }
            Lang::Ja => {
                // The customer's text ends its own sentence; the line adds one full stop, not two.
                let text = text.map(|t| format!("：{}", t.trim_end_matches('。'))).unwrap_or_default();
                format!(
                    "{} §{}：{}{text}。理由：{reason}",
                    self.service.label(lang),
                    self.section,
                    self.kind.label(lang)
                )
            }
        }
    }
}

/// The customer's overlay decisions, for the register's services, in the overlay's order: what every report,
/// the plan workbook and the Statement of Applicability list as the customer's.
///
/// ```
/// use idcf_responsibility::{Service, plan::Register, soa};
/// assert!(soa::tailoring(&Register::new(&[Service::IdcfCloud], None)).is_empty());
/// ```
#[must_use]
pub fn tailoring(register: &Register) -> Vec<CustomerTailoring> {
    let Some(overlay) = register.overlay() else { return Vec::new() };
    overlay
        .overrides()
        .iter()
        .filter(|o| register.services().contains(&o.service()))
        .map(|o| {
            let (kind, text) = match o.change() {
                crate::plan::Tailoring::NotApplicable => (TailoringKind::NotApplicable, None),
                crate::plan::Tailoring::AddDuty { duty } => (TailoringKind::AddDuty, Some(duty.text.clone())),
                crate::plan::Tailoring::RemoveDuty { duty } => (TailoringKind::RemoveDuty, Some(duty.text.clone())),
                crate::plan::Tailoring::Note { text } => (TailoringKind::Note, Some(text.clone())),
            };
            CustomerTailoring {
                service: o.service(),
                control: o.control(),
                section: Cow::Borrowed(o.control().section()),
                kind,
                text,
                reason: o.reason().clone(),
            }
        })
        .collect()
}

/// One row of the Statement of Applicability: an ISO/IEC 27001:2022 Annex A control or an ISO/IEC 27017 CLD
/// control, the ways the document leads to it, each party's part, the inheritance case, the tool's proposal and
/// the customer's decision, the customer's own record, and the implementation status.
///
/// ```
/// use idcf_responsibility::{Service, iso::Iso2022Control, plan::Register, soa::{Applicability, DecidedBy, InheritanceCase, Proposal, Soa}};
/// let soa = Soa::of(&Register::new(&[Service::SelfCloud], None));
/// let row = soa.row(Iso2022Control::from_id("A.5.7").unwrap()).unwrap();
/// assert!(row.routes.is_empty());
/// assert_eq!(row.case, InheritanceCase::NotAddressed);
/// assert_eq!((row.proposal, row.applicability, row.decided_by), (Proposal::NotAddressed, Applicability::Undecided, DecidedBy::Proposal));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct SoaRow {
    /// The control's id (`A.8.13`, `CLD.9.5.1`).
    pub control: SoaControl,
    /// Its theme (Annex A controls; null for the CLD controls).
    pub theme: Option<Theme>,
    /// Its English short title.
    pub title_en: Cow<'static, str>,
    /// Its Japanese short title: our translation, not the JIS wording.
    pub title_ja: Cow<'static, str>,
    /// The customer's own licensed JIS title, if it filled one in (kept in its register).
    pub jis_title: Option<String>,
    /// Whether it is new in 2022 (false for the CLD controls).
    pub new_in_2022: bool,
    /// For a CLD control, to which party ISO/IEC 27017 gives implementation guidance.
    pub guidance: Option<Text>,
    /// Every way from a section of the document to it, each step with how it is known; empty when the document
    /// does not address it.
    pub routes: Vec<Route>,
    /// The provider's part for each service the customer uses, section by section, each duty with its role.
    pub provider: Vec<ProviderPart>,
    /// The customer's duties from the register that map to it, with their status, team and evidence.
    pub customer: Vec<CustomerPart>,
    /// The customer's overlay decisions on the sections that lead to it.
    pub tailoring: Vec<CustomerTailoring>,
    /// Which case of the inheritance rule applied.
    pub case: InheritanceCase,
    /// The case in words, naming the provider duties (section, sentence) an inheritance rests on.
    pub case_reason: Text,
    /// What the tool proposes.
    pub proposal: Proposal,
    /// Why, in English and Japanese.
    pub proposal_reason: Text,
    /// The customer's decision, where it gave one; it prevails over the proposal.
    pub decision: Option<Decision>,
    /// Whether the control is in the statement: the customer's decision, or else the proposal.
    pub applicability: Applicability,
    /// Whose word `applicability` is.
    pub decided_by: DecidedBy,
    /// The customer's own record of the control (status, team, evidence, due date, related documents).
    pub record: Option<ControlRecord>,
    /// How far it is implemented.
    pub implementation: Implementation,
    /// Why, in English and Japanese.
    pub implementation_reason: Text,
}

impl SoaRow {
    /// The provider duties the row's inheritance rests on (empty unless the case is inherited or shared), each
    /// with its service and section.
    ///
    /// ```
    /// use idcf_responsibility::{Service, iso::Iso2022Control, plan::Register, soa::Soa};
    /// let soa = Soa::of(&Register::new(&[Service::ObjectStorage], None));
    /// let (part, duty) = soa.row(Iso2022Control::from_id("A.7.14").unwrap()).unwrap().inherited_from().next().unwrap();
    /// assert_eq!((part.section.as_ref(), duty.duty.sentence), ("5.2.1", 1));
    /// ```
    pub fn inherited_from(&self) -> impl Iterator<Item = (&ProviderPart, &ProviderDuty)> {
        let inherits = matches!(self.case, InheritanceCase::Inherited | InheritanceCase::Shared);
        self.provider
            .iter()
            .filter(move |_| inherits)
            .flat_map(|p| p.duties.iter().map(move |d| (p, d)))
            .filter(|(_, d)| d.role == ProviderRole::RunsForCustomer)
    }
}

/// How to draft the statement: which blocks of rows it has.
///
/// ```
/// use idcf_responsibility::{Service, plan::Register, soa::{Soa, SoaOptions}};
/// let r = Register::new(&[Service::IdcfCloud], None);
/// assert_eq!(Soa::of(&r).rows.len(), 100);
/// assert_eq!(Soa::of_with(&r, SoaOptions::new().cloud_controls(false)).rows.len(), 93);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct SoaOptions {
    /// Whether ISO/IEC 27017's seven extended cloud controls follow Annex A (on by default).
    pub cloud_controls: bool,
}

impl Default for SoaOptions {
    fn default() -> SoaOptions {
        SoaOptions { cloud_controls: true }
    }
}

impl SoaOptions {
    /// The defaults: Annex A and the CLD controls.
    ///
    /// ```
    /// assert!(idcf_responsibility::soa::SoaOptions::new().cloud_controls);
    /// ```
    #[must_use]
    pub fn new() -> SoaOptions {
        SoaOptions::default()
    }

    /// With or without the CLD controls.
    ///
    /// ```
    /// assert!(!idcf_responsibility::soa::SoaOptions::new().cloud_controls(false).cloud_controls);
    /// ```
    #[must_use]
    pub const fn cloud_controls(mut self, on: bool) -> SoaOptions {
        self.cloud_controls = on;
        self
    }
}

/// A draft of the customer's ISO/IEC 27001:2022 Statement of Applicability: one row per Annex A control (93, in
/// the standard's order), then by default one per ISO/IEC 27017 extended cloud control (7), for the services of a
/// register. A starting point for the customer's ISMS, derived from a 2014 provider document — not a
/// certification statement.
///
/// ```
/// use idcf_responsibility::plan::EditScope;
/// use idcf_responsibility::{Control, Service, iso::Iso2022Control, plan::{EntryEdit, Register, Status}, soa::{Applicability, Implementation, Soa}};
/// let mut register = Register::new(&[Service::ObjectStorage], None);
/// register.edit(EditScope::All, Control::InformationBackup, &EntryEdit::new().status(Status::Implemented))?;
/// let soa = Soa::of(&register);
/// assert_eq!(soa.rows.len(), 100);
/// let backup = soa.row(Iso2022Control::from_id("A.8.13").unwrap()).unwrap();
/// assert_eq!((backup.applicability, backup.implementation), (Applicability::Applicable, Implementation::Implemented));
/// # Ok::<(), idcf_responsibility::plan::EditError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Soa {
    /// What the draft is, and is not.
    pub notice: Text,
    /// The header the customer set (organisation, scope, version, date, approver).
    pub header: SoaInfo,
    /// The dataset version of the matrix it was drafted from.
    pub dataset_version: Cow<'static, str>,
    /// The source document's title.
    pub document: Text,
    /// The document's caveats: it describes the state at its issue date, and the service specifications prevail.
    pub caveats: Vec<Text>,
    /// The services the customer uses (the register's).
    pub services: Vec<Service>,
    /// Whether the customer's overlay is applied.
    pub overlay_applied: bool,
    /// The overlay's decisions, as the customer's.
    pub overlay: Vec<CustomerTailoring>,
    /// One row per Annex A control, in the standard's order, then the CLD controls if drafted with them.
    #[cfg_attr(feature = "schemars", schemars(length(min = 93, max = 100)))]
    pub rows: Vec<SoaRow>,
}

/// What the draft is, as every output says.
pub(crate) static NOTICE: Text = Text::new(
    "A draft Statement of Applicability for ISO/IEC 27001:2022, extended with ISO/IEC 27017's cloud controls: a \
     starting point for the customer's ISMS, derived from IDC Frontier's 2014 security overview (aligned to \
     ISO/IEC 27002:2005) through a crosswalk, by written rules. It is not a certification statement; the customer \
     reviews every row, and its own decisions prevail.",
    "ISO/IEC 27001:2022の適用宣言書（ISO/IEC 27017のクラウド管理策を追加）の草案。IDCフロンティアの2014年のセキュリティ\
     対策概要（ISO/IEC 27002:2005準拠）から対応表と明文の規則で導いた、お客さまのISMSの出発点であり、認証の表明ではない。\
     各行はお客さまが確認し、お客さま自身の決定が優先する。",
);

impl Soa {
    /// Drafts the statement from a matrix (the built-in one, or a tailored copy) and the customer's register, with
    /// the CLD controls, by these rules (also in the README):
    ///
    /// - **Routes.** A section leads to a 2022 control when its crosswalk lists it ([`Control::iso27001_2022`]):
    ///   through each 2013 id and Table B.2, or straight by our judgement. A section leads to a CLD control by our
    ///   judgement, with its reason. Every way is kept, each step marked.
    /// - **Inheritance.** A provider duty lets the customer inherit (part of) a control only when it *performs*,
    ///   *offers* or acts *on request* on the *platform* or the *portal* IDCF runs for the customer, and the
    ///   control's subject can be something IDCF runs (physical and technological controls, A.5.30, and the CLD
    ///   controls our reconciled reading finds inherited). Disclosures, requests and duties that leave the matter to the customer never do, nor do
    ///   IDCF's own organisation, partners and contract documents: those are IDCF's own measures, information
    ///   for the customer's supplier controls (A.5.19–A.5.23). The case of a row: *marked not applicable* when the
    ///   customer marked every customer duty that maps to it not applicable (or its overlay made every such cell
    ///   not applicable) — never inherited by another route; else *shared* with customer duties and an inherited
    ///   part, *the customer implements it* with customer duties only, *inherited* with an inherited part only,
    ///   *IDCF's own measure only* with provider duties none of which is inherited; *no section applies to the
    ///   services used*; *not addressed by the document*.
    /// - **Proposal.** *Applicable* for the inherited, shared and customer cases; otherwise for the customer to
    ///   decide. The tool never proposes an exclusion.
    /// - **Decision.** The customer's decision in the register ([`Register::decide`]) prevails: *include* makes the
    ///   control applicable, *exclude* excludes it, and the row says it is the customer's.
    /// - **Implementation.** Excluded: *not applicable*. Otherwise, over the register's entries that map to the
    ///   control, leaving aside those the customer marked not applicable: *implemented* when every one is;
    ///   *partly implemented* when some are implemented or in progress; *not implemented* when none is. With no
    ///   such entry: the customer's own record ([`Register::set_control`]) if it has a status; else *inherited*
    ///   in the inherited case; *the customer's decision needed* when every duty was marked not applicable and the
    ///   customer has not decided; else *no status recorded*.
    ///
    /// ```
    /// use idcf_responsibility::{Matrix, Service, plan::Register, soa::Soa};
    /// let register = Register::new(&[Service::IdcfCloud], None);
    /// assert_eq!(Soa::new(Matrix::builtin(), &register), Soa::of(&register));
    /// ```
    #[must_use]
    pub fn new(matrix: &Matrix, register: &Register) -> Soa {
        Soa::new_with(matrix, register, SoaOptions::default())
    }

    /// [`Soa::new`], with options (the CLD block on or off).
    ///
    /// ```
    /// use idcf_responsibility::{Matrix, Service, plan::Register, soa::{Soa, SoaOptions}};
    /// let r = Register::new(&[Service::IdcfCloud], None);
    /// assert_eq!(Soa::new_with(Matrix::builtin(), &r, SoaOptions::new().cloud_controls(false)).rows.len(), 93);
    /// ```
    #[must_use]
    pub fn new_with(matrix: &Matrix, register: &Register, options: SoaOptions) -> Soa {
        let doc = Document::builtin();
        let services = register.services().to_vec();
        let overlay = tailoring(register);
        let controls: Vec<SoaControl> =
            SoaControl::all().filter(|c| options.cloud_controls || matches!(c, SoaControl::Annex(_))).collect();
        let rows = controls.into_iter().map(|c| row(c, matrix, register, &services, &overlay)).collect();
        Soa {
            notice: NOTICE.clone(),
            header: register.soa_info().clone(),
            dataset_version: Cow::Borrowed(crate::DATASET_VERSION),
            document: doc.title.clone(),
            caveats: doc.caveats.to_vec(),
            services,
            overlay_applied: register.overlay().is_some(),
            overlay,
            rows,
        }
    }

    /// Drafts the statement of a register against the matrix it tracks: the built-in one, with the register's
    /// overlay laid over it if it has one.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register, soa::Soa};
    /// assert_eq!(Soa::of(&Register::new(&[Service::SelfCloud], None)).services, [Service::SelfCloud]);
    /// ```
    #[must_use]
    pub fn of(register: &Register) -> Soa {
        Soa::of_with(register, SoaOptions::default())
    }

    /// [`Soa::of`], with options.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register, soa::{Soa, SoaOptions}};
    /// let soa = Soa::of_with(&Register::new(&[Service::SelfCloud], None), SoaOptions::new().cloud_controls(false));
    /// assert!(soa.rows.iter().all(|r| r.control.annex().is_some()));
    /// ```
    #[must_use]
    pub fn of_with(register: &Register, options: SoaOptions) -> Soa {
        match register.overlay() {
            Some(overlay) => Soa::new_with(&overlay.apply(Matrix::builtin()).matrix, register, options),
            None => Soa::new_with(Matrix::builtin(), register, options),
        }
    }

    /// The row of a control (`None` for a CLD control in a statement drafted without them).
    ///
    /// ```
    /// use idcf_responsibility::{Service, iso::Iso2022Control, plan::Register, soa::Soa};
    /// let soa = Soa::of(&Register::new(&[Service::SelfCloud], None));
    /// assert_eq!(soa.row(Iso2022Control::from_id("A.6.7").unwrap()).unwrap().title_en, "Remote working");
    /// ```
    #[must_use]
    pub fn row(&self, control: impl Into<SoaControl>) -> Option<&SoaRow> {
        let control = control.into();
        self.rows.iter().find(|r| r.control == control)
    }

    /// The rows of a theme, in order.
    ///
    /// ```
    /// use idcf_responsibility::{Service, iso::Theme, plan::Register, soa::Soa};
    /// let soa = Soa::of(&Register::new(&[Service::SelfCloud], None));
    /// assert_eq!(soa.theme(Theme::Physical).count(), 14);
    /// ```
    pub fn theme(&self, theme: Theme) -> impl Iterator<Item = &SoaRow> {
        self.rows.iter().filter(move |r| r.theme == Some(theme))
    }

    /// The rows of ISO/IEC 27017's extended controls, in order (none when drafted without them).
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register, soa::Soa};
    /// assert_eq!(Soa::of(&Register::new(&[Service::SelfCloud], None)).cloud().count(), 7);
    /// ```
    pub fn cloud(&self) -> impl Iterator<Item = &SoaRow> {
        self.rows.iter().filter(|r| matches!(r.control, SoaControl::Cloud(_)))
    }
}

/// Every way from a section to the control.
fn routes(control: SoaControl) -> Vec<Route> {
    let SoaControl::Annex(control) = control else {
        return cloud_routes(control);
    };
    let mut out = Vec::new();
    for section in control.addressed_by() {
        let iso = section.iso27002_2005();
        let base = |iso27001_2013: Option<Cow<'static, str>>, step_2013, step_2022| Route {
            control: section,
            section: Cow::Borrowed(section.section()),
            iso27002_2005: iso.as_ref().map(|i| i.id.clone()),
            fit: iso.as_ref().map(|i| i.fit),
            iso27001_2013,
            step_2013,
            to: SoaControl::Annex(control),
            step_2022,
            reason: None,
        };
        for cw in section.iso27001_2013() {
            for id in cw.ids.iter() {
                if Iso2022Control::from_2013(id).contains(&control) {
                    out.push(base(Some(id.clone()), Some(cw.correspondence), Correspondence::TableB2));
                }
            }
        }
        let judged = section
            .iso27001_2022()
            .iter()
            .any(|cw| cw.correspondence == Correspondence::Judgement && cw.ids.iter().any(|id| id == control.id()));
        if judged {
            out.push(base(None, None, Correspondence::Judgement));
        }
    }
    out
}

/// The ways from sections to a CLD control: our judgements, each with its reason (the allocation as a whole,
/// which no section is, is not a route of a section: [`allocation`] gives it).
fn cloud_routes(control: SoaControl) -> Vec<Route> {
    let SoaControl::Cloud(cld) = control else { return Vec::new() };
    cld.routes()
        .iter()
        .filter_map(|r| {
            let section = r.section?;
            let iso = section.iso27002_2005();
            Some(Route {
                control: section,
                section: Cow::Borrowed(section.section()),
                iso27002_2005: iso.as_ref().map(|i| i.id.clone()),
                fit: iso.as_ref().map(|i| i.fit),
                iso27001_2013: None,
                step_2013: None,
                to: control,
                step_2022: Correspondence::Judgement,
                reason: Some(r.reason.clone()),
            })
        })
        .collect()
}

/// For a CLD control whose route is the allocation of duties as a whole (CLD.6.3.1), our reason.
fn allocation(control: SoaControl) -> Option<Text> {
    let SoaControl::Cloud(cld) = control else { return None };
    cld.routes().iter().find(|r| r.kind == crate::iso::RouteKind::Allocation).map(|r| r.reason.clone())
}

/// For a CLD control, to which party ISO/IEC 27017 gives implementation guidance.
fn guidance(control: SoaControl) -> Option<Text> {
    let SoaControl::Cloud(cld) = control else { return None };
    let g = cld.guidance();
    Some(Text::owned(
        format!("ISO/IEC 27017 gives implementation guidance to: {}", g.label(Lang::En)),
        format!("ISO/IEC 27017の実施の手引の対象：{}", g.label(Lang::Ja)),
    ))
}

/// The sections of the routes, each once, in document order.
fn sections(routes: &[Route]) -> Vec<Control> {
    let mut out: Vec<Control> = routes.iter().map(|r| r.control).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// `§6.5.1, §6.5.2 (Object Storage, IDCF Cloud)`-like lists: the sections, then the services in brackets.
fn places(found: &[(Service, Control)], lang: Lang) -> String {
    let mut secs: Vec<Control> = found.iter().map(|(_, c)| *c).collect();
    secs.sort_unstable();
    secs.dedup();
    let mut services: Vec<Service> = found.iter().map(|(s, _)| *s).collect();
    services.sort_unstable();
    services.dedup();
    let secs: Vec<String> = secs.iter().map(|c| format!("§{}", c.section())).collect();
    let services: Vec<&str> = services.iter().map(|s| s.label(lang)).collect();
    match lang {
        Lang::En => format!("{} ({})", secs.join(", "), services.join(", ")),
        Lang::Ja => format!("{}（{}）", secs.join("、"), services.join("、")),
    }
}

/// `§5.2.1 sentence 1 (IDCF Cloud, Object Storage): what IDCF does`, a line per inherited duty.
fn inherited_lines(provider: &[ProviderPart], lang: Lang) -> Vec<String> {
    let mut lines: Vec<(Control, u8, String, Vec<Service>)> = Vec::new();
    for p in provider {
        for d in p.duties.iter().filter(|d| d.role == ProviderRole::RunsForCustomer) {
            let text = d.duty.text.get(lang).to_owned();
            match lines.iter_mut().find(|(c, s, t, _)| *c == p.control && *s == d.duty.sentence && *t == text) {
                Some((.., services)) => services.push(p.service),
                None => lines.push((p.control, d.duty.sentence, text, vec![p.service])),
            }
        }
    }
    lines
        .into_iter()
        .map(|(c, s, text, services)| {
            let services: Vec<&str> = services.iter().map(|s| s.label(lang)).collect();
            match lang {
                Lang::En => format!("§{} sentence {s} ({}): {text}", c.section(), services.join(", ")),
                Lang::Ja => format!("§{} 第{s}文（{}）：{text}", c.section(), services.join("、")),
            }
        })
        .collect()
}

#[allow(clippy::too_many_lines)]
fn row(
    control: SoaControl,
    matrix: &Matrix,
    register: &Register,
    services: &[Service],
    overlay: &[CustomerTailoring],
) -> SoaRow {
    let routes = routes(control);
    let mapped = sections(&routes);
    // A CLD route rests on some sentences of its section, one party's part or both, within a scope: only those
    // duties count.
    // Where ISO/IEC 27017 gives the customer no guidance (CLD.9.5.1, CLD.13.1.4), its duties are not the control's.
    let on_route = |section: Control, service: Service, duty: &Duty| match control {
        SoaControl::Annex(_) => true,
        SoaControl::Cloud(c) if duty.party == Party::Customer && !c.guidance().to_customer() => false,
        SoaControl::Cloud(c) => c.routes().iter().any(|r| {
            r.section == Some(section)
                && r.concerns(duty.party)
                && r.sentences.contains(&duty.sentence)
                && r.reaches(service)
        }),
    };
    let mut provider = Vec::new();
    let mut any_applicable = false;
    for &service in services {
        for &section in &mapped {
            let cell = matrix.cell(service, section);
            if !cell.is_applicable() {
                continue;
            }
            any_applicable = true;
            let duties: Vec<ProviderDuty> = cell
                .duties_of(Party::Provider)
                .filter(|d| on_route(section, service, d))
                .map(|d| {
                    let (role, why) = rule::role(d, control);
                    ProviderDuty { duty: d.clone(), role, why }
                })
                .collect();
            if !duties.is_empty() {
                provider.push(ProviderPart {
                    service,
                    control: section,
                    section: Cow::Borrowed(section.section()),
                    duties,
                });
            }
        }
    }
    let customer: Vec<CustomerPart> = register
        .entries()
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            mapped.contains(&e.control())
                && services.contains(&e.service())
                && on_route(e.control(), e.service(), e.duty())
        })
        .map(|(entry, e)| CustomerPart {
            entry,
            service: e.service(),
            control: e.control(),
            section: Cow::Borrowed(e.control().section()),
            duty: e.duty().clone(),
            status: e.status().clone(),
            team: e.team().map(str::to_owned),
            evidence: e.evidence().to_vec(),
        })
        .collect();
    let tailoring: Vec<CustomerTailoring> = overlay.iter().filter(|t| mapped.contains(&t.control)).cloned().collect();
    let counted = customer.iter().filter(|p| !matches!(p.status, Status::NotApplicable { .. })).count();
    let inherits = provider.iter().flat_map(|p| &p.duties).any(|d| d.role == ProviderRole::RunsForCustomer);
    // The customer's own not-applicable: every customer duty marked so in the register, or, with none left, an
    // overlay that made a section's cells not applicable for a service used.
    let marked_na = (!customer.is_empty() && counted == 0)
        || (customer.is_empty() && !any_applicable && tailoring.iter().any(|t| t.kind == TailoringKind::NotApplicable));

    let case = if routes.is_empty() {
        InheritanceCase::NotAddressed
    } else if marked_na {
        InheritanceCase::MarkedNotApplicable
    } else if !any_applicable {
        InheritanceCase::NotInUse
    } else if counted > 0 && inherits {
        InheritanceCase::Shared
    } else if counted > 0 {
        InheritanceCase::CustomerImplements
    } else if inherits {
        InheritanceCase::Inherited
    } else {
        InheritanceCase::ProviderOwnMeasure
    };
    let mut case_reason = case_reason(case, &customer, &provider, &tailoring, &mapped);
    let (mut proposal, mut proposal_reason) = proposal(case, &customer, &provider, &mapped);
    // CLD.6.3.1: the allocation of duties itself, which the customer's register documents.
    let case = match (allocation(control), case) {
        (
            Some(why),
            InheritanceCase::ProviderOwnMeasure | InheritanceCase::NotInUse | InheritanceCase::CustomerImplements,
        ) => {
            case_reason = Text::owned(
                format!(
                    "The customer implements it with this register, which records the allocation of duties between IDCF and the customer ({}). {}",
                    why.get(Lang::En),
                    case_reason.get(Lang::En)
                ),
                format!(
                    "お客さまはこの台帳で実施する。台帳はIDCFとお客さまの分担を記録している（{}）。{}",
                    why.get(Lang::Ja),
                    case_reason.get(Lang::Ja)
                ),
            );
            proposal = Proposal::Applicable;
            proposal_reason = Text::owned(
                format!("Our judgement: {}", why.get(Lang::En)),
                format!("本ツールの判断：{}", why.get(Lang::Ja)),
            );
            InheritanceCase::CustomerImplements
        }
        (_, case) => case,
    };
    // A CLD control's proposal rests on our routes to it: say so.
    if matches!(control, SoaControl::Cloud(_)) && !proposal_reason.en.starts_with("Our judgement") {
        proposal_reason = Text::owned(
            format!(
                "Our judgement, by our routes to this ISO/IEC 27017 control (each with its reason): {}",
                proposal_reason.en
            ),
            format!(
                "本ツールの判断（このISO/IEC 27017の管理策への経路による。各経路に理由あり）：{}",
                proposal_reason.ja
            ),
        );
    }

    let decision = register.soa_decisions().get(&control).cloned();
    let (applicability, decided_by) = match (&decision, proposal) {
        (Some(d), _) if d.choice == Choice::Include => (Applicability::Applicable, DecidedBy::Customer),
        (Some(_), _) => (Applicability::Excluded, DecidedBy::Customer),
        (None, Proposal::Applicable) => (Applicability::Applicable, DecidedBy::Proposal),
        (None, _) => (Applicability::Undecided, DecidedBy::Proposal),
    };
    let record = register.control_records().get(&control).cloned();
    let (implementation, implementation_reason) =
        implementation(applicability, case, &customer, record.as_ref(), &provider);
    let (theme, title_en, title_ja, new_in_2022) = match control {
        SoaControl::Annex(c) => (Some(c.theme()), c.title_en(), control.title_ja(), c.is_new_in_2022()),
        SoaControl::Cloud(c) => (None, c.title_en(), c.title_ja(), false),
    };
    SoaRow {
        control,
        theme,
        title_en: Cow::Borrowed(title_en),
        title_ja: Cow::Borrowed(title_ja),
        jis_title: record.as_ref().and_then(|r| r.jis_title().map(str::to_owned)),
        new_in_2022,
        guidance: guidance(control),
        routes,
        provider,
        customer,
        tailoring,
        case,
        case_reason,
        proposal,
        proposal_reason,
        decision,
        applicability,
        decided_by,
        record,
        implementation,
        implementation_reason,
    }
}

fn secs_list(mapped: &[Control], lang: Lang) -> String {
    let secs: Vec<String> = mapped.iter().map(|c| format!("§{}", c.section())).collect();
    secs.join(pick(lang, ", ", "、"))
}

/// The case in words.
fn case_reason(
    case: InheritanceCase,
    customer: &[CustomerPart],
    provider: &[ProviderPart],
    tailoring: &[CustomerTailoring],
    mapped: &[Control],
) -> Text {
    let found: Vec<(Service, Control)> = customer.iter().map(|p| (p.service, p.control)).collect();
    let own: Vec<(Service, Control)> = provider.iter().map(|p| (p.service, p.control)).collect();
    let inherited =
        |lang| inherited_lines(provider, lang).join(pick(lang, "; ", "；")).trim_end_matches(['.', '。']).to_owned();
    match case {
        InheritanceCase::Inherited => Text::owned(
            format!(
                "IDCF runs this for the customer, and no customer duty maps to it: inherited from IDCF under {}.",
                inherited(Lang::En)
            ),
            format!(
                "IDCFがお客さまのために実施し、対応するお客さまの職務はない。IDCFから継承する根拠：{}。",
                inherited(Lang::Ja)
            ),
        ),
        InheritanceCase::Shared => Text::owned(
            format!(
                "Shared. IDCF's part, inherited: {}. The customer's part: its duties under {}.",
                inherited(Lang::En),
                places(&found, Lang::En)
            ),
            format!(
                "分担。IDCFの部分（継承）：{}。お客さまの部分：{}の職務。",
                inherited(Lang::Ja),
                places(&found, Lang::Ja)
            ),
        ),
        InheritanceCase::CustomerImplements => Text::owned(
            format!(
                "The customer implements it: its duties under {}. Nothing is inherited; IDCF's duties here, if any, are its own measures, information or leave the matter to the customer.",
                places(&found, Lang::En)
            ),
            format!(
                "お客さまが実施する：{}の職務。継承するものはない。ここでのIDCFの職務は、あれば、IDCF自身の対策・情報、またはお客さまに委ねるもの。",
                places(&found, Lang::Ja)
            ),
        ),
        InheritanceCase::ProviderOwnMeasure => Text::owned(
            format!(
                "IDCF has only its own measures or information under {}: information for the customer's supplier controls (A.5.19–A.5.23). Nothing is inherited; the customer implements this control itself.",
                places(&own, Lang::En)
            ),
            format!(
                "{}にはIDCF自身の対策・情報しかない：お客さまの供給者管理（A.5.19〜A.5.23）のための情報。継承するものはなく、この管理策はお客さま自身が実施する。",
                places(&own, Lang::Ja)
            ),
        ),
        InheritanceCase::MarkedNotApplicable => {
            let (en, ja): (Vec<String>, Vec<String>) = if customer.is_empty() {
                tailoring
                    .iter()
                    .filter(|t| t.kind == TailoringKind::NotApplicable)
                    .map(|t| (t.describe(Lang::En), t.describe(Lang::Ja)))
                    .unzip()
            } else {
                customer
                    .iter()
                    .map(|p| {
                        let why = p.status.justification().unwrap_or_default();
                        (
                            format!("{} §{} (entry {}): {why}", p.service.label(Lang::En), p.section, p.entry + 1),
                            format!("{} §{}（項目{}）：{why}", p.service.label(Lang::Ja), p.section, p.entry + 1),
                        )
                    })
                    .unzip()
            };
            Text::owned(
                format!(
                    "The customer marked every customer duty that maps to this control not applicable ({}). Nothing is inherited by another route: the customer decides whether the control applies.",
                    en.join("; ")
                ),
                format!(
                    "お客さまは、この管理策に対応するお客さまの職務をすべて該当なしとした（{}）。他の経路で継承することはない。管理策を適用するかはお客さまが判断する。",
                    ja.join("；")
                ),
            )
        }
        InheritanceCase::NotInUse => Text::owned(
            format!(
                "The sections that lead to it ({}) do not apply to the services used.",
                secs_list(mapped, Lang::En)
            ),
            format!("対応する節（{}）は利用中のサービスに該当しない。", secs_list(mapped, Lang::Ja)),
        ),
        InheritanceCase::NotAddressed => Text::new(
            "None of the document's sections leads to this control: the customer implements it itself if it applies.",
            "文書のどの節もこの管理策に至らない。適用する場合はお客さま自身が実施する。",
        ),
    }
}

/// The tool's proposal, with its reason.
fn proposal(
    case: InheritanceCase,
    customer: &[CustomerPart],
    provider: &[ProviderPart],
    mapped: &[Control],
) -> (Proposal, Text) {
    let found: Vec<(Service, Control)> = customer
        .iter()
        .filter(|p| !matches!(p.status, Status::NotApplicable { .. }))
        .map(|p| (p.service, p.control))
        .collect();
    match case {
        InheritanceCase::Shared | InheritanceCase::CustomerImplements => (
            Proposal::Applicable,
            Text::owned(
                format!("A duty falls to the customer under {}, a service it uses.", places(&found, Lang::En)),
                format!("{}でお客さまに職務がある（利用中のサービス）。", places(&found, Lang::Ja)),
            ),
        ),
        InheritanceCase::Inherited => {
            let runs: Vec<(Service, Control)> = provider
                .iter()
                .filter(|p| p.duties.iter().any(|d| d.role == ProviderRole::RunsForCustomer))
                .map(|p| (p.service, p.control))
                .collect();
            (
                Proposal::Applicable,
                Text::owned(
                    format!("IDCF runs it for the customer under {}, a service it uses.", places(&runs, Lang::En)),
                    format!("{}でIDCFがお客さまのために実施する（利用中のサービス）。", places(&runs, Lang::Ja)),
                ),
            )
        }
        InheritanceCase::ProviderOwnMeasure => (
            Proposal::ProviderOwnMeasure,
            Text::new(
                "Only IDCF's own measures or information lead here, and no customer duty: the customer decides.",
                "IDCF自身の対策・情報のみで、お客さまの職務はない。お客さまが判断する。",
            ),
        ),
        InheritanceCase::MarkedNotApplicable => (
            Proposal::MarkedNotApplicable,
            Text::new(
                "The customer marked every duty that leads here not applicable: the customer decides.",
                "ここに至る職務はすべてお客さまが該当なしとした。お客さまが判断する。",
            ),
        ),
        InheritanceCase::NotInUse => (
            Proposal::NotInUse,
            Text::owned(
                format!(
                    "The sections that lead to it ({}) do not apply to the services used. The customer decides.",
                    secs_list(mapped, Lang::En)
                ),
                format!(
                    "対応する節（{}）は利用中のサービスに該当しない。お客さまが判断する。",
                    secs_list(mapped, Lang::Ja)
                ),
            ),
        ),
        InheritanceCase::NotAddressed => (
            Proposal::NotAddressed,
            Text::new(
                "None of the document's sections leads to this control; the customer decides.",
                "文書のどの節もこの管理策に至らない。お客さまが判断する。",
            ),
        ),
    }
}

/// The implementation status by the rule of [`Soa::new`], with its reason.
fn implementation(
    applicability: Applicability,
    case: InheritanceCase,
    customer: &[CustomerPart],
    record: Option<&ControlRecord>,
    provider: &[ProviderPart],
) -> (Implementation, Text) {
    if applicability == Applicability::Excluded {
        return (Implementation::NotApplicable, Text::new("Excluded by the customer.", "お客さまが除外した。"));
    }
    let counted: Vec<&Status> =
        customer.iter().map(|p| &p.status).filter(|s| !matches!(s, Status::NotApplicable { .. })).collect();
    let total = counted.len();
    let done = counted.iter().filter(|s| matches!(s, Status::Implemented)).count();
    let going = counted.iter().filter(|s| matches!(s, Status::InProgress)).count();
    let idcf_part = |lang| match case {
        InheritanceCase::Shared => {
            let lines = inherited_lines(provider, lang).join(pick(lang, "; ", "；"));
            let lines = lines.trim_end_matches(['.', '。']);
            match lang {
                Lang::En => format!(" IDCF's part is inherited: {lines}."),
                Lang::Ja => format!("IDCFの部分は継承：{lines}。"),
            }
        }
        _ => String::new(),
    };
    if total == 0 {
        if let Some(status) = record.and_then(ControlRecord::status) {
            let imp = match status {
                Status::Implemented => Implementation::Implemented,
                Status::InProgress => Implementation::PartlyImplemented,
                Status::NotStarted | Status::RiskAccepted { .. } | Status::NotApplicable { .. } => {
                    Implementation::NotImplemented
                }
            };
            let why = status.justification().map(|j| format!(" ({j})")).unwrap_or_default();
            return (
                imp,
                Text::owned(
                    format!("The customer's own record of the control: {}{why}.", status.label(Lang::En)),
                    format!("お客さま自身の記録：{}{why}。", status.label(Lang::Ja)),
                ),
            );
        }
        return match case {
            InheritanceCase::Inherited => (
                Implementation::Inherited,
                Text::owned(
                    format!("It rests on {}.", inherited_lines(provider, Lang::En).join("; ").trim_end_matches('.')),
                    format!("根拠：{}。", inherited_lines(provider, Lang::Ja).join("；").trim_end_matches('。')),
                ),
            ),
            InheritanceCase::MarkedNotApplicable if applicability == Applicability::Undecided => (
                Implementation::DecisionNeeded,
                Text::new(
                    "The customer marked every duty not applicable: it decides whether the control applies (`idcf register decide`).",
                    "お客さまがすべての職務を該当なしとした。管理策を適用するかを判断する（`idcf register decide`）。",
                ),
            ),
            _ => (
                Implementation::NotTracked,
                Text::new(
                    "No customer duty of the register to roll up and no status of the customer's own recorded yet.",
                    "集約する台帳の職務も、お客さま自身の状況の記録もまだない。",
                ),
            ),
        };
    }
    if done == total {
        (
            Implementation::Implemented,
            Text::owned(
                format!(
                    "Every customer duty of the register that maps to it is implemented ({done} of {total}).{}",
                    idcf_part(Lang::En)
                ),
                format!("対応するお客さまの職務がすべて実施済み（{total}件中{done}件）。{}", idcf_part(Lang::Ja)),
            ),
        )
    } else if done + going > 0 {
        (
            Implementation::PartlyImplemented,
            Text::owned(
                format!("{done} of {total} customer duties implemented, {going} in progress.{}", idcf_part(Lang::En)),
                format!("お客さまの職務{total}件のうち{done}件が実施済み、{going}件が対応中。{}", idcf_part(Lang::Ja)),
            ),
        )
    } else {
        (
            Implementation::NotImplemented,
            Text::owned(
                format!(
                    "None of the {total} customer duties that map to it is implemented or in progress.{}",
                    idcf_part(Lang::En)
                ),
                format!("対応するお客さまの職務{total}件のいずれも実施済みでも対応中でもない。{}", idcf_part(Lang::Ja)),
            ),
        )
    }
}

/// Checks the customer's decisions and records, as a register's check does.
pub(crate) fn check_decisions(
    decisions: &std::collections::BTreeMap<SoaControl, Decision>,
    records: &std::collections::BTreeMap<SoaControl, ControlRecord>,
    info: &SoaInfo,
) -> Result<(), Inconsistency> {
    for (control, d) in decisions {
        if let Some(problem) = d.problem() {
            return Err(Inconsistency::new(crate::Subject::Register, format!("soa.{control}"), problem));
        }
    }
    for (control, r) in records {
        if let Some(problem) = r.problem() {
            return Err(Inconsistency::new(crate::Subject::Register, format!("controls.{control}"), problem));
        }
    }
    if let Some(problem) = info.problem() {
        return Err(Inconsistency::new(crate::Subject::Register, "soa_info", problem));
    }
    Ok(())
}

/// The schema of the register's decisions: an object whose keys are control ids and whose values are decisions.
#[cfg(feature = "schemars")]
pub(crate) fn decisions_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let keys = generator.subschema_for::<SoaControl>();
    let values = generator.subschema_for::<Decision>();
    schemars::json_schema!({
        "description": "The customer's Statement of Applicability decisions, by ISO/IEC 27001:2022 Annex A or ISO/IEC 27017 CLD id (Register::decide).",
        "type": "object",
        "propertyNames": keys,
        "additionalProperties": values,
    })
}

/// The schema of the register's control records: an object whose keys are control ids.
#[cfg(feature = "schemars")]
pub(crate) fn records_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let keys = generator.subschema_for::<SoaControl>();
    let values = generator.subschema_for::<ControlRecord>();
    schemars::json_schema!({
        "description": "The customer's own record of each control (status, team, evidence, due date, related documents, JIS title), by control id (Register::set_control).",
        "type": "object",
        "propertyNames": keys,
        "additionalProperties": values,
    })
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Soa {
    /// The statement as pretty-printed JSON (its schema: [`json::soa_schema`](crate::json::soa_schema)).
    /// Deterministic.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::Register, soa::Soa};
    /// let json = Soa::of(&Register::new(&[Service::SelfCloud], None)).to_json()?;
    /// assert!(json.contains("\"control\": \"A.8.13\""));
    /// # Ok::<(), idcf_responsibility::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::ToJson`](crate::Error::ToJson) if the JSON writer refuses (it never does for the crate's values;
    /// the error is returned rather than an empty string).
    pub fn to_json(&self) -> Result<String, crate::Error> {
        crate::json::to_pretty("statement of applicability", self)
    }
}
