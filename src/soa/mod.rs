//! A draft of the customer's ISO/IEC 27001:2022 Statement of Applicability (適用宣言書), one row per Annex A
//! control, drafted from the (possibly tailored) matrix and the customer's register by written rules.
//!
//! It is a starting point for the customer's ISMS, derived from a 2014 provider document, not a certification
//! statement: every proposal says why, every step of the way from the document's section to the 2022 control says
//! how it is known, and the customer's own decisions (kept in its [`Register`]) prevail and are shown as its own.

mod formats;

use std::borrow::Cow;

#[cfg(feature = "xlsx")]
pub(crate) use formats::theme_heading;
#[cfg(feature = "xlsx")]
#[cfg_attr(docsrs, doc(cfg(feature = "xlsx")))]
pub use formats::xlsx;
pub use formats::{csv, markdown};

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
}

impl Proposal {
    /// Every proposal.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::soa::Proposal::ALL.len(), 3);
    /// ```
    pub const ALL: &'static [Proposal] = &[Proposal::Applicable, Proposal::NotInUse, Proposal::NotAddressed];

    /// The human label in a language.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, soa::Proposal};
    /// assert_eq!(Proposal::NotAddressed.label(Lang::Ja), "文書の対象外");
    /// ```
    #[must_use]
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Proposal::Applicable, Lang::En) => "applicable",
            (Proposal::Applicable, Lang::Ja) => "適用",
            (Proposal::NotInUse, Lang::En) => "no section applies to the services used",
            (Proposal::NotInUse, Lang::Ja) => "利用サービスに該当する節なし",
            (Proposal::NotAddressed, Lang::En) => "not addressed by the document",
            (Proposal::NotAddressed, Lang::Ja) => "文書の対象外",
        }
    }
}

vocabulary!(Proposal, Proposal, "applicable, not-in-use or not-addressed", aliases: |p| match p {
    Proposal::Applicable => &["適用"],
    Proposal::NotInUse => &["利用サービスに該当する節なし"],
    Proposal::NotAddressed => &["not addressed by the document", "文書の対象外"],
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
    Choice::Include => &["included", "applicable", "yes", "適用"],
    Choice::Exclude => &["excluded", "no", "除外", "適用除外"],
});

/// The customer's decision on one control, with its justification (ISO/IEC 27001:2022 6.1.3 d asks for one for
/// inclusions and exclusions alike). Kept in the customer's [`Register`] ([`Register::decide`]); in the
/// Statement of Applicability it prevails over the proposal and is marked as the customer's.
///
/// ```
/// use idcf_responsibility::{soa::{Choice, Decision}};
/// let d = Decision::new(Choice::Exclude, "No software is developed in house.");
/// assert_eq!(d.choice, Choice::Exclude);
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
        Decision { choice, justification: justification.into() }
    }

    /// The fault of a decision, if any: an empty justification.
    pub(crate) fn problem(&self) -> Option<String> {
        self.justification
            .trim()
            .is_empty()
            .then(|| format!("a decision to {} needs a justification that says why", self.choice))
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
    /// The crate's proposal from the document, by the rule of [`Soa::new`]; the customer has not decided.
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
            (DecidedBy::Proposal, Lang::En) => "proposed from the document",
            (DecidedBy::Proposal, Lang::Ja) => "文書からの提案",
        }
    }
}

vocabulary!(DecidedBy, DecidedBy, "customer or proposal", aliases: |d| match d {
    DecidedBy::Customer => &["お客さまの決定"],
    DecidedBy::Proposal => &["文書からの提案"],
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
    /// No customer duty maps to it; the provider carries a part for the services used, which the customer
    /// inherits.
    Inherited,
    /// No register entry maps to it: the customer records its own status.
    NotTracked,
    /// Excluded by the customer.
    NotApplicable,
}

impl Implementation {
    /// Every value.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::soa::Implementation::ALL.len(), 6);
    /// ```
    pub const ALL: &'static [Implementation] = &[
        Implementation::Implemented,
        Implementation::PartlyImplemented,
        Implementation::NotImplemented,
        Implementation::Inherited,
        Implementation::NotTracked,
        Implementation::NotApplicable,
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
            (Implementation::NotTracked, Lang::En) => "not in the register",
            (Implementation::NotTracked, Lang::Ja) => "台帳になし",
            (Implementation::NotApplicable, Lang::En) => "not applicable",
            (Implementation::NotApplicable, Lang::Ja) => "対象外",
        }
    }
}

vocabulary!(Implementation, Implementation,
    "implemented, partly-implemented, not-implemented, inherited, not-tracked or not-applicable",
    aliases: |i| match i {
        Implementation::Implemented => &["実施済み"],
        Implementation::PartlyImplemented => &["一部実施"],
        Implementation::NotImplemented => &["未実施"],
        Implementation::Inherited => &["IDCFから継承"],
        Implementation::NotTracked => &["台帳になし"],
        Implementation::NotApplicable => &["対象外"],
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
    /// The ISO/IEC 27001:2022 Annex A control the way leads to.
    pub iso27001_2022: Iso2022Control,
    /// How the 2022 id is known: `table-b2` (from the 2013 id) or `judgement` (ours, a control new in 2022).
    pub step_2022: Correspondence,
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
        let _ = write!(out, " → {} ({})", self.iso27001_2022, self.step_2022.label(lang));
        out
    }
}

/// What the provider does, for one service the customer uses, under one section that leads to the control: the
/// provider's duties of that cell, each stated by the document or our inference (with the reason), or the
/// customer's tailoring. What the customer inherits.
///
/// ```
/// use idcf_responsibility::{Service, iso::Iso2022Control, plan::Register, soa::Soa};
/// let soa = Soa::of(&Register::new(&[Service::IdcfCloud], None));
/// let part = &soa.row(Iso2022Control::from_id("A.8.17").unwrap()).unwrap().provider[0];
/// assert_eq!((part.service, part.section.as_ref()), (Service::IdcfCloud, "6.8.6"));
/// assert!(part.duties.iter().all(|d| d.is_stated()));
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
    /// The provider's duties of the cell, each with its basis.
    pub duties: Vec<Duty>,
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

/// One row of the Statement of Applicability: an ISO/IEC 27001:2022 Annex A control, the ways the document leads
/// to it, each party's part, the proposal and the customer's decision, and the implementation status.
///
/// ```
/// use idcf_responsibility::{Service, iso::Iso2022Control, plan::Register, soa::{Applicability, DecidedBy, Proposal, Soa}};
/// let soa = Soa::of(&Register::new(&[Service::SelfCloud], None));
/// let row = soa.row(Iso2022Control::from_id("A.5.7").unwrap()).unwrap();
/// assert!(row.routes.is_empty());
/// assert_eq!((row.proposal, row.applicability, row.decided_by), (Proposal::NotAddressed, Applicability::Undecided, DecidedBy::Proposal));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct SoaRow {
    /// The control's id (`A.8.13`).
    pub control: Iso2022Control,
    /// Its theme.
    pub theme: Theme,
    /// Its English short title (no Japanese title could be verified).
    pub title_en: Cow<'static, str>,
    /// Whether it is new in 2022.
    pub new_in_2022: bool,
    /// Every way from a section of the document to it, each step with how it is known; empty when the document
    /// does not address it.
    pub routes: Vec<Route>,
    /// The provider's part for each service the customer uses, section by section (what the customer inherits).
    pub provider: Vec<ProviderPart>,
    /// The customer's duties from the register that map to it, with their status, team and evidence.
    pub customer: Vec<CustomerPart>,
    /// What the crate proposes.
    pub proposal: Proposal,
    /// Why, in English and Japanese.
    pub proposal_reason: Text,
    /// The customer's decision, where it gave one; it prevails over the proposal.
    pub decision: Option<Decision>,
    /// Whether the control is in the statement: the customer's decision, or else the proposal.
    pub applicability: Applicability,
    /// Whose word `applicability` is.
    pub decided_by: DecidedBy,
    /// How far it is implemented, rolled up from the register.
    pub implementation: Implementation,
    /// Why, in English and Japanese.
    pub implementation_reason: Text,
}

/// A draft of the customer's ISO/IEC 27001:2022 Statement of Applicability: one row per Annex A control (93, in
/// the standard's order), for the services of a register. A starting point for the customer's ISMS, derived from
/// a 2014 provider document — not a certification statement.
///
/// ```
/// use idcf_responsibility::plan::EditScope;
/// use idcf_responsibility::{Control, Service, iso::Iso2022Control, plan::{EntryEdit, Register, Status}, soa::{Applicability, Implementation, Soa}};
/// let mut register = Register::new(&[Service::ObjectStorage], None);
/// register.edit(EditScope::All, Control::InformationBackup, &EntryEdit::new().status(Status::Implemented))?;
/// let soa = Soa::of(&register);
/// assert_eq!(soa.rows.len(), 93);
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
    /// The dataset version of the matrix it was drafted from.
    pub dataset_version: Cow<'static, str>,
    /// The source document's title.
    pub document: Text,
    /// The document's caveats: it describes the state at its issue date, and the service specifications prevail.
    pub caveats: Vec<Text>,
    /// The services the customer uses (the register's).
    pub services: Vec<Service>,
    /// One row per Annex A control, in the standard's order.
    #[cfg_attr(feature = "schemars", schemars(length(min = 93, max = 93)))]
    pub rows: Vec<SoaRow>,
}

/// What the draft is, as every output says.
pub(crate) static NOTICE: Text = Text::new(
    "A draft Statement of Applicability for ISO/IEC 27001:2022: a starting point for the customer's ISMS, derived \
     from IDC Frontier's 2014 security overview (aligned to ISO/IEC 27002:2005) through a crosswalk, by written \
     rules. It is not a certification statement; the customer reviews every row, and its own decisions prevail.",
    "ISO/IEC 27001:2022の適用宣言書の草案。IDCフロンティアの2014年のセキュリティ対策概要（ISO/IEC 27002:2005準拠）から\
     対応表と明文の規則で導いた、お客さまのISMSの出発点であり、認証の表明ではない。各行はお客さまが確認し、\
     お客さま自身の決定が優先する。",
);

impl Soa {
    /// Drafts the statement from a matrix (the built-in one, or a tailored copy) and the customer's register, by
    /// these rules (also in the README):
    ///
    /// - **Routes.** A section leads to a 2022 control when its crosswalk lists it ([`Control::iso27001_2022`]):
    ///   through each 2013 id and Table B.2, or straight by our judgement. Every way is kept, each step marked.
    /// - **Proposal.** *Applicable* when, for a service of the register, a cell of a section that leads to the
    ///   control applies and holds a duty, the customer's or the provider's; *no section applies to the services
    ///   used* when sections lead to it but none of their cells applies to those services; *not addressed by the
    ///   document* when no section leads to it. The crate never proposes an exclusion.
    /// - **Decision.** The customer's decision in the register ([`Register::decide`]) prevails: *include* makes the
    ///   control applicable, *exclude* excludes it, and the row says it is the customer's.
    /// - **Implementation.** Excluded: *not applicable*. Otherwise, over the register's entries that map to the
    ///   control, leaving aside those the customer marked not applicable: *implemented* when every one is;
    ///   *partly implemented* when some are implemented or in progress; *not implemented* when none is (not
    ///   started or risk accepted). With no such entry: *inherited* when the provider has a part for a service
    ///   used, else *not in the register*.
    ///
    /// ```
    /// use idcf_responsibility::{Matrix, Service, plan::Register, soa::Soa};
    /// let register = Register::new(&[Service::IdcfCloud], None);
    /// assert_eq!(Soa::new(Matrix::builtin(), &register), Soa::of(&register));
    /// ```
    #[must_use]
    pub fn new(matrix: &Matrix, register: &Register) -> Soa {
        let doc = Document::builtin();
        let services = register.services().to_vec();
        let rows = Iso2022Control::catalogue().iter().map(|&c| row(c, matrix, register, &services)).collect();
        Soa {
            notice: NOTICE.clone(),
            dataset_version: Cow::Borrowed(crate::DATASET_VERSION),
            document: doc.title.clone(),
            caveats: doc.caveats.to_vec(),
            services,
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
        match register.overlay() {
            Some(overlay) => Soa::new(&overlay.apply(Matrix::builtin()).matrix, register),
            None => Soa::new(Matrix::builtin(), register),
        }
    }

    /// The row of a control (`None` only in a statement whose rows were removed by hand).
    ///
    /// ```
    /// use idcf_responsibility::{Service, iso::Iso2022Control, plan::Register, soa::Soa};
    /// let soa = Soa::of(&Register::new(&[Service::SelfCloud], None));
    /// assert_eq!(soa.row(Iso2022Control::from_id("A.6.7").unwrap()).unwrap().title_en, "Remote working");
    /// ```
    #[must_use]
    pub fn row(&self, control: Iso2022Control) -> Option<&SoaRow> {
        // Rows are in catalogue order; a statement edited by hand may not be, so fall back to a search.
        self.rows
            .get(control.index())
            .filter(|r| r.control == control)
            .or_else(|| self.rows.iter().find(|r| r.control == control))
    }

    /// The rows of a theme, in order.
    ///
    /// ```
    /// use idcf_responsibility::{Service, iso::Theme, plan::Register, soa::Soa};
    /// let soa = Soa::of(&Register::new(&[Service::SelfCloud], None));
    /// assert_eq!(soa.theme(Theme::Physical).count(), 14);
    /// ```
    pub fn theme(&self, theme: Theme) -> impl Iterator<Item = &SoaRow> {
        self.rows.iter().filter(move |r| r.theme == theme)
    }
}

fn not_addressed_reason() -> Text {
    Text::new(
        "None of the document's sections leads to this control; the customer decides.",
        "文書のどの節もこの管理策に至らない。お客さまが判断する。",
    )
}

fn not_tracked_reason() -> Text {
    Text::new(
        "No entry of the register maps to this control: the customer records its own status.",
        "この管理策に対応する台帳の項目はない。状況はお客さまが記録する。",
    )
}

/// Every way from a section to the control.
fn routes(control: Iso2022Control) -> Vec<Route> {
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
            iso27001_2022: control,
            step_2022,
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

fn row(control: Iso2022Control, matrix: &Matrix, register: &Register, services: &[Service]) -> SoaRow {
    let routes = routes(control);
    let mapped = sections(&routes);
    let mut provider = Vec::new();
    let (mut customer_duty, mut provider_duty) = (Vec::new(), Vec::new());
    for &service in services {
        for &section in &mapped {
            let cell = matrix.cell(service, section);
            if !cell.is_applicable() {
                continue;
            }
            let duties: Vec<Duty> = cell.duties_of(Party::Provider).cloned().collect();
            if cell.duties_of(Party::Customer).next().is_some() {
                customer_duty.push((service, section));
            }
            if !duties.is_empty() {
                provider_duty.push((service, section));
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
        .filter(|(_, e)| mapped.contains(&e.control()))
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

    let (proposal, proposal_reason) = if routes.is_empty() {
        (Proposal::NotAddressed, not_addressed_reason())
    } else if !customer_duty.is_empty() {
        let (en, ja) = (places(&customer_duty, Lang::En), places(&customer_duty, Lang::Ja));
        (
            Proposal::Applicable,
            Text::owned(
                format!("A duty falls to the customer under {en}, a service it uses."),
                format!("{ja}でお客さまに職務がある（利用中のサービス）。"),
            ),
        )
    } else if !provider_duty.is_empty() {
        let (en, ja) = (places(&provider_duty, Lang::En), places(&provider_duty, Lang::Ja));
        (
            Proposal::Applicable,
            Text::owned(
                format!("IDCF carries a part under {en}, a service the customer uses; the customer inherits it."),
                format!("{ja}でIDCFが分担を担い、お客さまはこれを継承する（利用中のサービス）。"),
            ),
        )
    } else {
        let secs: Vec<String> = mapped.iter().map(|c| format!("§{}", c.section())).collect();
        (
            Proposal::NotInUse,
            Text::owned(
                format!(
                    "The sections that lead to it ({}) do not apply to the services used. The customer decides.",
                    secs.join(", ")
                ),
                format!("対応する節（{}）は利用中のサービスに該当しない。お客さまが判断する。", secs.join("、")),
            ),
        )
    };

    let decision = register.soa_decisions().get(&control).cloned();
    let (applicability, decided_by) = match (&decision, proposal) {
        (Some(d), _) if d.choice == Choice::Include => (Applicability::Applicable, DecidedBy::Customer),
        (Some(_), _) => (Applicability::Excluded, DecidedBy::Customer),
        (None, Proposal::Applicable) => (Applicability::Applicable, DecidedBy::Proposal),
        (None, _) => (Applicability::Undecided, DecidedBy::Proposal),
    };
    let (implementation, implementation_reason) = implementation(applicability, &customer, !provider.is_empty());
    SoaRow {
        control,
        theme: control.theme(),
        title_en: Cow::Borrowed(control.title_en()),
        new_in_2022: control.is_new_in_2022(),
        routes,
        provider,
        customer,
        proposal,
        proposal_reason,
        decision,
        applicability,
        decided_by,
        implementation,
        implementation_reason,
    }
}

/// The implementation status by the rule of [`Soa::new`], with its reason.
fn implementation(applicability: Applicability, customer: &[CustomerPart], inherited: bool) -> (Implementation, Text) {
    if applicability == Applicability::Excluded {
        return (Implementation::NotApplicable, Text::new("Excluded by the customer.", "お客さまが除外した。"));
    }
    let counted: Vec<&Status> =
        customer.iter().map(|p| &p.status).filter(|s| !matches!(s, Status::NotApplicable { .. })).collect();
    let total = counted.len();
    let done = counted.iter().filter(|s| matches!(s, Status::Implemented)).count();
    let going = counted.iter().filter(|s| matches!(s, Status::InProgress)).count();
    if total == 0 {
        return if inherited {
            (
                Implementation::Inherited,
                Text::new(
                    "No customer duty of the register maps to it; IDCF carries a part for the services used, which the customer inherits.",
                    "対応するお客さまの職務は台帳にない。利用中のサービスについてIDCFが分担を担い、お客さまはこれを継承する。",
                ),
            )
        } else {
            (Implementation::NotTracked, not_tracked_reason())
        };
    }
    if done == total {
        (
            Implementation::Implemented,
            Text::owned(
                format!("Every customer duty of the register that maps to it is implemented ({done} of {total})."),
                format!("対応するお客さまの職務がすべて実施済み（{total}件中{done}件）。"),
            ),
        )
    } else if done + going > 0 {
        (
            Implementation::PartlyImplemented,
            Text::owned(
                format!("{done} of {total} customer duties implemented, {going} in progress."),
                format!("お客さまの職務{total}件のうち{done}件が実施済み、{going}件が対応中。"),
            ),
        )
    } else {
        (
            Implementation::NotImplemented,
            Text::owned(
                format!("None of the {total} customer duties that map to it is implemented or in progress."),
                format!("対応するお客さまの職務{total}件のいずれも実施済みでも対応中でもない。"),
            ),
        )
    }
}

/// Checks the customer's decisions, as a register's check does: every justification says why.
pub(crate) fn check_decisions(
    decisions: &std::collections::BTreeMap<Iso2022Control, Decision>,
) -> Result<(), Inconsistency> {
    for (control, d) in decisions {
        if let Some(problem) = d.problem() {
            return Err(Inconsistency::new(crate::Subject::Register, format!("soa.{control}"), problem));
        }
    }
    Ok(())
}

/// The schema of the register's decisions: an object whose keys are Annex A ids and whose values are decisions.
#[cfg(feature = "schemars")]
pub(crate) fn decisions_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let keys = generator.subschema_for::<Iso2022Control>();
    let values = generator.subschema_for::<Decision>();
    schemars::json_schema!({
        "description": "The customer's Statement of Applicability decisions, by ISO/IEC 27001:2022 Annex A id (Register::decide).",
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
