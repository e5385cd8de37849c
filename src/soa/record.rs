//! What the customer keeps in its register for the Statement of Applicability besides its decisions: the
//! statement's header, and its own implementation record of each control.

use crate::vocab::vocabulary;
use crate::{Lang, plan::Date, plan::Status};

/// The customer's ground for including or excluding a control (ISO/IEC 27001:2022 6.1.3 d asks for a
/// justification): the risk treatment (with the risk ids), a legal or regulatory requirement, a contract, or a
/// business requirement.
///
/// ```
/// use idcf_responsibility::{Lang, soa::Grounds};
/// assert_eq!("法令".parse::<Grounds>()?, Grounds::Legal);
/// assert_eq!(Grounds::RiskTreatment.label(Lang::Ja), "リスク対応");
/// # Ok::<(), idcf_responsibility::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Grounds {
    /// The risk treatment plan selects (or does not need) the control; the decision names the risks.
    RiskTreatment,
    /// A law or regulation.
    Legal,
    /// A contract with a customer or partner.
    Contractual,
    /// A business requirement.
    Business,
}

impl Grounds {
    /// Every ground.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::soa::Grounds::ALL.len(), 4);
    /// ```
    pub const ALL: &'static [Grounds] =
        &[Grounds::RiskTreatment, Grounds::Legal, Grounds::Contractual, Grounds::Business];

    /// The human label in a language.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, soa::Grounds};
    /// assert_eq!(Grounds::Legal.label(Lang::En), "legal or regulatory");
    /// ```
    #[must_use]
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Grounds::RiskTreatment, Lang::En) => "risk treatment",
            (Grounds::RiskTreatment, Lang::Ja) => "リスク対応",
            (Grounds::Legal, Lang::En) => "legal or regulatory",
            (Grounds::Legal, Lang::Ja) => "法令・規制",
            (Grounds::Contractual, Lang::En) => "contractual",
            (Grounds::Contractual, Lang::Ja) => "契約",
            (Grounds::Business, Lang::En) => "business",
            (Grounds::Business, Lang::Ja) => "事業上の要求",
        }
    }
}

vocabulary!(Grounds, Grounds, "risk-treatment, legal, contractual or business", aliases: |g| match g {
    Grounds::RiskTreatment => &["risk", "risk treatment", "リスク対応", "リスク"],
    Grounds::Legal => &["legal or regulatory", "regulatory", "law", "法令・規制", "法令", "規制"],
    Grounds::Contractual => &["contract", "契約", "契約上の要求"],
    Grounds::Business => &["business requirement", "事業上の要求", "事業", "業務"],
});

/// The header of the statement, set once by the customer (`idcf register soa-info`) and printed on every format:
/// the organisation, the ISMS scope, the statement's version, its date and who approved it. Every field is
/// optional; a missing one prints as blank for the customer to fill in.
///
/// ```
/// use idcf_responsibility::soa::SoaInfo;
/// let info = SoaInfo::new().organisation("Example KK").version("1.0").date("2026-12-01".parse()?);
/// assert_eq!(info.organisation.as_deref(), Some("Example KK"));
/// # Ok::<(), idcf_responsibility::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct SoaInfo {
    /// The organisation whose statement it is.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub organisation: Option<String>,
    /// The ISMS scope.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub scope: Option<String>,
    /// The statement's version.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub version: Option<String>,
    /// The statement's date (also the workbook's creation date).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub date: Option<Date>,
    /// Who approved it.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub approver: Option<String>,
}

impl SoaInfo {
    /// An empty header.
    ///
    /// ```
    /// assert!(idcf_responsibility::soa::SoaInfo::new().is_empty());
    /// ```
    #[must_use]
    pub fn new() -> SoaInfo {
        SoaInfo::default()
    }

    /// Sets the organisation.
    ///
    /// ```
    /// assert!(!idcf_responsibility::soa::SoaInfo::new().organisation("Example KK").is_empty());
    /// ```
    #[must_use]
    pub fn organisation(mut self, v: impl Into<String>) -> SoaInfo {
        self.organisation = Some(v.into());
        self
    }

    /// Sets the ISMS scope.
    ///
    /// ```
    /// let i = idcf_responsibility::soa::SoaInfo::new().scope("Web shop on IDCF Cloud");
    /// assert_eq!(i.scope.as_deref(), Some("Web shop on IDCF Cloud"));
    /// ```
    #[must_use]
    pub fn scope(mut self, v: impl Into<String>) -> SoaInfo {
        self.scope = Some(v.into());
        self
    }

    /// Sets the version.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::soa::SoaInfo::new().version("2.1").version.as_deref(), Some("2.1"));
    /// ```
    #[must_use]
    pub fn version(mut self, v: impl Into<String>) -> SoaInfo {
        self.version = Some(v.into());
        self
    }

    /// Sets the date.
    ///
    /// ```
    /// let i = idcf_responsibility::soa::SoaInfo::new().date("2026-12-01".parse()?);
    /// assert_eq!(i.date.unwrap().to_string(), "2026-12-01");
    /// # Ok::<(), idcf_responsibility::Error>(())
    /// ```
    #[must_use]
    pub fn date(mut self, v: Date) -> SoaInfo {
        self.date = Some(v);
        self
    }

    /// Sets the approver.
    ///
    /// ```
    /// assert!(idcf_responsibility::soa::SoaInfo::new().approver("CISO").approver.is_some());
    /// ```
    #[must_use]
    pub fn approver(mut self, v: impl Into<String>) -> SoaInfo {
        self.approver = Some(v.into());
        self
    }

    /// Whether nothing is set.
    ///
    /// ```
    /// assert!(idcf_responsibility::soa::SoaInfo::default().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self == &SoaInfo::default()
    }

    /// The header's lines, label and value (blank values as `—`), in a language.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, soa::SoaInfo};
    /// assert_eq!(SoaInfo::new().approver("CISO").lines(Lang::En)[4], ("Approved by", "CISO".to_owned()));
    /// ```
    #[must_use]
    pub fn lines(&self, lang: Lang) -> [(&'static str, String); 5] {
        let v = |s: &Option<String>| s.clone().unwrap_or_else(|| "—".to_owned());
        [
            (crate::export::pick(lang, "Organisation", "組織"), v(&self.organisation)),
            (crate::export::pick(lang, "ISMS scope", "ISMSの適用範囲"), v(&self.scope)),
            (crate::export::pick(lang, "Version", "版"), v(&self.version)),
            (crate::export::pick(lang, "Date", "日付"), self.date.map_or_else(|| "—".to_owned(), |d| d.to_string())),
            (crate::export::pick(lang, "Approved by", "承認者"), v(&self.approver)),
        ]
    }

    /// The fault of a header, if any: a blank text.
    pub(crate) fn problem(&self) -> Option<String> {
        let fields = [
            ("organisation", &self.organisation),
            ("scope", &self.scope),
            ("version", &self.version),
            ("approver", &self.approver),
        ];
        fields
            .iter()
            .find(|(_, v)| v.as_deref().is_some_and(|s| s.trim().is_empty()))
            .map(|(name, _)| format!("the {name} is empty; say something or leave it out"))
    }
}

/// The customer's own record of how it implements a control of its statement, beside its decision: the status,
/// the team, the evidence, the due date, the related documents (関連文書), and the customer's own licensed JIS title
/// if it keeps one. For a control the document's sections do not reach (or reach only with IDCF's own measures),
/// this is where its status lives; where register entries map to the control, their roll-up prevails and this
/// record adds the documents. Changed through [`Register::set_control`](crate::plan::Register::set_control).
///
/// ```
/// use idcf_responsibility::{plan::{Register, Status}, soa::{ControlEdit, SoaControl}, Service};
/// let mut r = Register::new(&[Service::IdcfCloud], None);
/// let intel: SoaControl = "A.5.7".parse()?;
/// r.set_control(intel, &ControlEdit::new().status(Status::InProgress).documents(["ISMS-PR-07"]))?;
/// let rec = &r.control_records()[&intel];
/// assert_eq!((rec.status(), rec.documents()), (Some(&Status::InProgress), &["ISMS-PR-07".to_owned()][..]));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct ControlRecord {
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    status: Option<Status>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    team: Option<String>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
    evidence: Vec<String>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    due: Option<Date>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
    documents: Vec<String>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    jis_title: Option<String>,
}

impl ControlRecord {
    /// The customer's status of its own implementation, if recorded (never not-applicable: that is an exclusion).
    ///
    /// ```
    /// assert!(idcf_responsibility::soa::ControlRecord::default().status().is_none());
    /// ```
    #[must_use]
    pub const fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }

    /// The team responsible.
    ///
    /// ```
    /// assert!(idcf_responsibility::soa::ControlRecord::default().team().is_none());
    /// ```
    #[must_use]
    pub fn team(&self) -> Option<&str> {
        self.team.as_deref()
    }

    /// References to the evidence.
    ///
    /// ```
    /// assert!(idcf_responsibility::soa::ControlRecord::default().evidence().is_empty());
    /// ```
    #[must_use]
    pub fn evidence(&self) -> &[String] {
        &self.evidence
    }

    /// The due date.
    ///
    /// ```
    /// assert!(idcf_responsibility::soa::ControlRecord::default().due().is_none());
    /// ```
    #[must_use]
    pub const fn due(&self) -> Option<Date> {
        self.due
    }

    /// The related documents (policies, procedures) that implement the control.
    ///
    /// ```
    /// assert!(idcf_responsibility::soa::ControlRecord::default().documents().is_empty());
    /// ```
    #[must_use]
    pub fn documents(&self) -> &[String] {
        &self.documents
    }

    /// The control's title as the customer's licensed JIS Q 27001 has it, if the customer filled it in.
    ///
    /// ```
    /// assert!(idcf_responsibility::soa::ControlRecord::default().jis_title().is_none());
    /// ```
    #[must_use]
    pub fn jis_title(&self) -> Option<&str> {
        self.jis_title.as_deref()
    }

    /// Whether nothing is recorded.
    ///
    /// ```
    /// assert!(idcf_responsibility::soa::ControlRecord::default().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self == &ControlRecord::default()
    }

    /// The fault of a record, if any.
    pub(crate) fn problem(&self) -> Option<String> {
        let blank = |s: &Option<String>| s.as_deref().is_some_and(|s| s.trim().is_empty());
        if matches!(self.status, Some(Status::NotApplicable { .. })) {
            return Some(
                "a control's own status is never not-applicable: exclude the control with a decision instead".into(),
            );
        }
        if self.status.as_ref().and_then(Status::justification).is_some_and(|j| j.trim().is_empty()) {
            return Some("a risk-accepted status needs a justification".into());
        }
        if blank(&self.team) || blank(&self.jis_title) {
            return Some("team and JIS title, when given, are not empty".into());
        }
        if self.evidence.iter().chain(&self.documents).any(|x| x.trim().is_empty()) {
            return Some("evidence and documents, when given, are not empty".into());
        }
        None
    }
}

/// One typed change to a [`ControlRecord`]: what [`Register::set_control`](crate::plan::Register::set_control)
/// applies. What is not named is kept; a list given replaces the list.
///
/// ```
/// use idcf_responsibility::{plan::Status, soa::ControlEdit};
/// let edit = ControlEdit::new().status(Status::Implemented).team("SOC").evidence(["SIEM-42"]).documents(["PR-12"]);
/// # let _ = edit;
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
#[must_use]
pub struct ControlEdit {
    status: Change<Status>,
    team: Change<String>,
    evidence: Option<Vec<String>>,
    due: Change<Date>,
    documents: Option<Vec<String>>,
    jis_title: Change<String>,
}

/// What to do with one optional field of a record.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
enum Change<T> {
    #[default]
    Keep,
    To(T),
    Clear,
}

impl<T: Clone> Change<T> {
    fn apply(&self, field: &mut Option<T>) {
        match self {
            Change::Keep => {}
            Change::To(v) => *field = Some(v.clone()),
            Change::Clear => *field = None,
        }
    }
}

impl ControlEdit {
    /// An edit that changes nothing yet.
    ///
    /// ```
    /// assert!(idcf_responsibility::soa::ControlEdit::new().is_empty());
    /// ```
    pub fn new() -> ControlEdit {
        ControlEdit::default()
    }

    /// Whether it changes nothing.
    ///
    /// ```
    /// assert!(!idcf_responsibility::soa::ControlEdit::new().team("SOC").is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self == &ControlEdit::default()
    }

    /// Sets the status (implemented, in progress, not started, risk accepted with why).
    ///
    /// ```
    /// let _ = idcf_responsibility::soa::ControlEdit::new().status(idcf_responsibility::plan::Status::InProgress);
    /// ```
    pub fn status(mut self, status: Status) -> ControlEdit {
        self.status = Change::To(status);
        self
    }

    /// Clears the status.
    ///
    /// ```
    /// let _ = idcf_responsibility::soa::ControlEdit::new().clear_status();
    /// ```
    pub fn clear_status(mut self) -> ControlEdit {
        self.status = Change::Clear;
        self
    }

    /// Sets the team.
    ///
    /// ```
    /// let _ = idcf_responsibility::soa::ControlEdit::new().team("SOC");
    /// ```
    pub fn team(mut self, team: impl Into<String>) -> ControlEdit {
        self.team = Change::To(team.into());
        self
    }

    /// Clears the team.
    ///
    /// ```
    /// let _ = idcf_responsibility::soa::ControlEdit::new().clear_team();
    /// ```
    pub fn clear_team(mut self) -> ControlEdit {
        self.team = Change::Clear;
        self
    }

    /// Replaces the evidence references (an empty list clears them).
    ///
    /// ```
    /// let _ = idcf_responsibility::soa::ControlEdit::new().evidence(["SIEM-42"]);
    /// ```
    pub fn evidence<I: IntoIterator<Item = S>, S: Into<String>>(mut self, evidence: I) -> ControlEdit {
        self.evidence = Some(evidence.into_iter().map(Into::into).collect());
        self
    }

    /// Sets the due date.
    ///
    /// ```
    /// let _ = idcf_responsibility::soa::ControlEdit::new().due("2027-03-31".parse()?);
    /// # Ok::<(), idcf_responsibility::Error>(())
    /// ```
    pub fn due(mut self, due: Date) -> ControlEdit {
        self.due = Change::To(due);
        self
    }

    /// Clears the due date.
    ///
    /// ```
    /// let _ = idcf_responsibility::soa::ControlEdit::new().clear_due();
    /// ```
    pub fn clear_due(mut self) -> ControlEdit {
        self.due = Change::Clear;
        self
    }

    /// Replaces the related documents (an empty list clears them).
    ///
    /// ```
    /// let _ = idcf_responsibility::soa::ControlEdit::new().documents(["ISMS-PR-07"]);
    /// ```
    pub fn documents<I: IntoIterator<Item = S>, S: Into<String>>(mut self, documents: I) -> ControlEdit {
        self.documents = Some(documents.into_iter().map(Into::into).collect());
        self
    }

    /// Sets the customer's licensed JIS title (`None` clears it).
    ///
    /// ```
    /// let _ = idcf_responsibility::soa::ControlEdit::new().jis_title(None);
    /// ```
    pub fn jis_title(mut self, title: Option<String>) -> ControlEdit {
        self.jis_title = title.map_or(Change::Clear, Change::To);
        self
    }

    /// The record with the edit applied.
    pub(crate) fn applied(&self, before: &ControlRecord) -> ControlRecord {
        let mut r = before.clone();
        self.status.apply(&mut r.status);
        self.team.apply(&mut r.team);
        if let Some(e) = &self.evidence {
            r.evidence.clone_from(e);
        }
        self.due.apply(&mut r.due);
        if let Some(d) = &self.documents {
            r.documents.clone_from(d);
        }
        self.jis_title.apply(&mut r.jis_title);
        r
    }
}
