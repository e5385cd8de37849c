//! Projections of a cell onto the ownership words of other frameworks: FedRAMP's control origination (the SSP
//! template's choices), the control-origination values of FedRAMP's OSCAL extension, and the Cloud Controls
//! Matrix's SSRM ownership categories. Each projection says where it loses detail.

use crate::{Cell, DutyKind, Layer, Owner, Party, Text};

/// A projected value, with what the projection loses or guesses (`None` when it is exact).
///
/// ```
/// use idcf_responsibility::{Control, Matrix, Service};
/// let p = Matrix::builtin().cell(Service::IdcfCloud, Control::AuditLogging).ccm_ownership();
/// assert!(p.loss.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Projected<T> {
    /// The value in the other framework's words.
    pub value: T,
    /// What the projection loses or infers, if anything.
    pub loss: Option<Text>,
}

impl<T> Projected<T> {
    const fn exact(value: T) -> Self {
        Projected { value, loss: None }
    }

    const fn lossy(value: T, loss: Text) -> Self {
        Projected { value, loss: Some(loss) }
    }
}

/// The control origination choices of the FedRAMP SSP template.
///
/// ```
/// use idcf_responsibility::frameworks::FedRampOrigination;
/// assert_eq!(FedRampOrigination::SpHybrid.label(idcf_responsibility::Lang::En), "Service Provider Hybrid (Corporate and System Specific)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum FedRampOrigination {
    /// Service Provider Corporate.
    SpCorporate,
    /// Service Provider System Specific.
    SpSystem,
    /// Service Provider Hybrid (Corporate and System Specific).
    SpHybrid,
    /// Configured by Customer (Customer System Specific).
    ConfiguredByCustomer,
    /// Provided by Customer (Customer System Specific).
    ProvidedByCustomer,
    /// Shared (Service Provider and Customer Responsibility).
    Shared,
    /// Inherited from a pre-existing FedRAMP Authorization. Never produced: the document names no authorization.
    Inherited,
}

impl FedRampOrigination {
    /// Every choice.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::frameworks::FedRampOrigination::ALL.len(), 7);
    /// ```
    pub const ALL: &'static [FedRampOrigination] = &[
        FedRampOrigination::SpCorporate,
        FedRampOrigination::SpSystem,
        FedRampOrigination::SpHybrid,
        FedRampOrigination::ConfiguredByCustomer,
        FedRampOrigination::ProvidedByCustomer,
        FedRampOrigination::Shared,
        FedRampOrigination::Inherited,
    ];

    /// The human label in a language: the template's label, or our Japanese rendering of it.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, frameworks::FedRampOrigination};
    /// assert_eq!(FedRampOrigination::Shared.label(Lang::En), "Shared (Service Provider and Customer Responsibility)");
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        let [en, ja] = match self {
            FedRampOrigination::SpCorporate => ["Service Provider Corporate", "サービス提供者（全社共通）"],
            FedRampOrigination::SpSystem => ["Service Provider System Specific", "サービス提供者（システム固有）"],
            FedRampOrigination::SpHybrid => [
                "Service Provider Hybrid (Corporate and System Specific)",
                "サービス提供者（全社共通とシステム固有の併用）",
            ],
            FedRampOrigination::ConfiguredByCustomer => {
                ["Configured by Customer (Customer System Specific)", "お客さまが設定（お客さまのシステム固有）"]
            }
            FedRampOrigination::ProvidedByCustomer => {
                ["Provided by Customer (Customer System Specific)", "お客さまが用意（お客さまのシステム固有）"]
            }
            FedRampOrigination::Shared => {
                ["Shared (Service Provider and Customer Responsibility)", "共同（サービス提供者とお客さまの責任）"]
            }
            FedRampOrigination::Inherited => {
                ["Inherited from pre-existing FedRAMP Authorization", "既存のFedRAMP認可から継承"]
            }
        };
        match lang {
            crate::Lang::En => en,
            crate::Lang::Ja => ja,
        }
    }
}

crate::vocab::vocabulary!(FedRampOrigination, FedRampOrigination, "sp-corporate, sp-system, sp-hybrid, configured-by-customer, provided-by-customer, shared or inherited", aliases: |o| match o {
    FedRampOrigination::SpCorporate => &["Service Provider Corporate"],
    FedRampOrigination::SpSystem => &["Service Provider System Specific"],
    FedRampOrigination::SpHybrid => &["Service Provider Hybrid"],
    FedRampOrigination::ConfiguredByCustomer => &["Configured by Customer"],
    FedRampOrigination::ProvidedByCustomer => &["Provided by Customer"],
    FedRampOrigination::Shared | FedRampOrigination::Inherited => &[],
});

/// The `control-origination` values of FedRAMP's OSCAL extension (`ns="https://fedramp.gov/ns/oscal"`). A hybrid
/// or shared origination is written as several values.
///
/// ```
/// use idcf_responsibility::frameworks::OscalOrigination;
/// assert_eq!(OscalOrigination::CustomerConfigured.to_string(), "customer-configured");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum OscalOrigination {
    /// `sp-corporate`.
    SpCorporate,
    /// `sp-system`.
    SpSystem,
    /// `customer-configured`.
    CustomerConfigured,
    /// `customer-provided`.
    CustomerProvided,
    /// `inherited`. Never produced: the document names no leveraged authorization.
    Inherited,
}

impl OscalOrigination {
    /// Every value.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::frameworks::OscalOrigination::ALL.len(), 5);
    /// ```
    pub const ALL: &'static [OscalOrigination] = &[
        OscalOrigination::SpCorporate,
        OscalOrigination::SpSystem,
        OscalOrigination::CustomerConfigured,
        OscalOrigination::CustomerProvided,
        OscalOrigination::Inherited,
    ];

    /// The namespace of the `control-origination` property.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::frameworks::OscalOrigination::NS, "https://fedramp.gov/ns/oscal");
    /// ```
    pub const NS: &'static str = "https://fedramp.gov/ns/oscal";

    /// The human label in a language.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, frameworks::OscalOrigination};
    /// assert_eq!(OscalOrigination::CustomerConfigured.label(Lang::Ja), "お客さまが設定");
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        let [en, ja] = match self {
            OscalOrigination::SpCorporate => ["service provider, corporate", "サービス提供者（全社共通）"],
            OscalOrigination::SpSystem => ["service provider, system-specific", "サービス提供者（システム固有）"],
            OscalOrigination::CustomerConfigured => ["customer-configured", "お客さまが設定"],
            OscalOrigination::CustomerProvided => ["customer-provided", "お客さまが用意"],
            OscalOrigination::Inherited => ["inherited", "継承"],
        };
        match lang {
            crate::Lang::En => en,
            crate::Lang::Ja => ja,
        }
    }
}

crate::vocab::vocabulary!(OscalOrigination, OscalOrigination, "sp-corporate, sp-system, customer-configured, customer-provided or inherited", aliases: |_o| &[]);

/// The SSRM control ownership categories of the CSA Cloud Controls Matrix v4 (its control STA-04).
///
/// ```
/// use idcf_responsibility::frameworks::CcmOwnership;
/// assert_eq!(CcmOwnership::SharedCspAndCsc.label(idcf_responsibility::Lang::En), "Shared CSP and CSC");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum CcmOwnership {
    /// The provider (CSP) is fully responsible.
    CspOwned,
    /// The customer (CSC) is fully responsible.
    CscOwned,
    /// The provider has fully outsourced the control to a third party. Never produced: the document states no
    /// full outsourcing.
    ThirdPartyOutsourced,
    /// Both the provider and the customer have responsibilities.
    SharedCspAndCsc,
    /// The provider and a third party it relies on share it; the customer has none.
    SharedCspAndThirdParty,
    /// Not applicable to the service.
    NotApplicable,
}

impl CcmOwnership {
    /// Every category.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::frameworks::CcmOwnership::ALL.len(), 6);
    /// ```
    pub const ALL: &'static [CcmOwnership] = &[
        CcmOwnership::CspOwned,
        CcmOwnership::CscOwned,
        CcmOwnership::ThirdPartyOutsourced,
        CcmOwnership::SharedCspAndCsc,
        CcmOwnership::SharedCspAndThirdParty,
        CcmOwnership::NotApplicable,
    ];

    /// The human label in a language: the label CCM uses, or our Japanese rendering of it.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, frameworks::CcmOwnership};
    /// assert_eq!(CcmOwnership::CscOwned.label(Lang::En), "CSC-owned");
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        let [en, ja] = match self {
            CcmOwnership::CspOwned => ["CSP-owned", "クラウド事業者の所有"],
            CcmOwnership::CscOwned => ["CSC-owned", "クラウド利用者の所有"],
            CcmOwnership::ThirdPartyOutsourced => ["Third-party outsourced", "第三者へ委託"],
            CcmOwnership::SharedCspAndCsc => ["Shared CSP and CSC", "事業者と利用者の共同"],
            CcmOwnership::SharedCspAndThirdParty => ["Shared CSP and third party", "事業者と第三者の共同"],
            CcmOwnership::NotApplicable => ["N/A", "対象外"],
        };
        match lang {
            crate::Lang::En => en,
            crate::Lang::Ja => ja,
        }
    }
}

crate::vocab::vocabulary!(CcmOwnership, CcmOwnership, "csp-owned, csc-owned, third-party-outsourced, shared-csp-and-csc, shared-csp-and-third-party or not-applicable", aliases: |o| match o {
    CcmOwnership::CspOwned => &["CSP-owned"],
    CcmOwnership::CscOwned => &["CSC-owned"],
    CcmOwnership::ThirdPartyOutsourced => &["Third-party outsourced"],
    CcmOwnership::SharedCspAndCsc => &["Shared CSP and CSC"],
    CcmOwnership::SharedCspAndThirdParty => &["Shared CSP and third party"],
    CcmOwnership::NotApplicable => &["N/A"],
});

const CORPORATE_OR_SYSTEM: Text = Text::new(
    "The document does not say whether a provider duty is corporate or system-specific; split here by the layer it concerns (organisation and contract documents as corporate, the rest as system), our inference.",
    "文書はIDCFの職務が全社的かシステム固有かを述べていない。ここでは対象の層（組織・約款類は全社、それ以外はシステム）で分けた。IDCFではなく本クレートの推定。",
);
const CONFIGURED_OR_PROVIDED: Text = Text::new(
    "The customer configures a capability the provider offers in this section, so its part is read as configured rather than provided; the document does not use these terms.",
    "本節ではIDCFが提供する機能をお客さまが設定するため、お客さまの部分を「設定」とみなした。文書にこの区別はない。",
);
const PROVIDED_BY_CUSTOMER: Text = Text::new(
    "Nothing in the section is offered for the customer to configure, so its part is read as provided by the customer; the document does not use these terms.",
    "本節には設定対象として提供される機能がないため、お客さまの部分を「お客さま提供」とみなした。文書にこの区別はない。",
);
const NO_NOT_APPLICABLE: Text = Text::new(
    "The framework has no not-applicable origination; the cell is not applicable to this service (its own reason says by whose judgement).",
    "この枠組みには「対象外」の区分がない。このセルは本サービスには対象外（誰の判断かはセルの理由を参照）。",
);
const PARTNERS_AS_THIRD_PARTY: Text = Text::new(
    "The provider's duty concerns the partners inside its stated scope; reading them as CCM's third party is our inference.",
    "IDCFの職務は提供範囲内の関係者に関わる。これをCCMの第三者とみなしたのは本クレートの推定。",
);

// The projections of a cell ([`Cell::fedramp_origination`], [`Cell::oscal_origination`], [`Cell::ccm_ownership`]).

/// Which provider origination the provider's duties give: corporate, system-specific, or both.
pub(crate) fn provider_origination(cell: &Cell) -> (bool, bool) {
    let provider = cell.duties_of(Party::Provider).filter(|d| !d.rests_with_customer());
    provider.fold((false, false), |(corp, sys), d| match d.layer {
        Layer::ProviderOrganisation | Layer::ContractDocuments => (true, sys),
        _ => (corp, true),
    })
}

/// Whether the provider offers, in this cell, a capability the customer can configure.
pub(crate) fn offers_capability(cell: &Cell) -> bool {
    cell.duties_of(Party::Provider).any(|d| d.kind == DutyKind::Offers && d.capability.is_some())
}

pub(crate) fn fedramp_origination(cell: &Cell) -> Projected<Option<FedRampOrigination>> {
    match cell.owner() {
        None => Projected::lossy(None, NO_NOT_APPLICABLE),
        Some(Owner::Provider) => {
            let value = match provider_origination(cell) {
                (true, true) => FedRampOrigination::SpHybrid,
                (true, false) => FedRampOrigination::SpCorporate,
                _ => FedRampOrigination::SpSystem,
            };
            Projected::lossy(Some(value), CORPORATE_OR_SYSTEM)
        }
        Some(Owner::Customer) => Projected::lossy(Some(FedRampOrigination::ProvidedByCustomer), PROVIDED_BY_CUSTOMER),
        Some(Owner::Shared) => Projected::exact(Some(FedRampOrigination::Shared)),
    }
}

pub(crate) fn oscal_origination(cell: &Cell) -> Projected<Vec<OscalOrigination>> {
    let Some(owner) = cell.owner() else {
        return Projected::lossy(Vec::new(), NO_NOT_APPLICABLE);
    };
    let mut values = Vec::new();
    let mut loss = None;
    if owner.involves(Party::Provider) {
        let (corp, sys) = provider_origination(cell);
        if corp {
            values.push(OscalOrigination::SpCorporate);
        }
        if sys || !corp {
            values.push(OscalOrigination::SpSystem);
        }
        loss = Some(CORPORATE_OR_SYSTEM);
    }
    if owner.involves(Party::Customer) {
        if offers_capability(cell) {
            values.push(OscalOrigination::CustomerConfigured);
            loss = Some(CONFIGURED_OR_PROVIDED);
        } else {
            values.push(OscalOrigination::CustomerProvided);
            loss = loss.or(Some(PROVIDED_BY_CUSTOMER));
        }
    }
    Projected { value: values, loss }
}

pub(crate) fn ccm_ownership(cell: &Cell) -> Projected<CcmOwnership> {
    match cell.owner() {
        None => Projected::exact(CcmOwnership::NotApplicable),
        Some(Owner::Customer) => Projected::exact(CcmOwnership::CscOwned),
        Some(Owner::Shared) => Projected::exact(CcmOwnership::SharedCspAndCsc),
        Some(Owner::Provider) => {
            if cell.duties_of(Party::Provider).any(|d| d.layer == Layer::ProviderPartners) {
                Projected::lossy(CcmOwnership::SharedCspAndThirdParty, PARTNERS_AS_THIRD_PARTY)
            } else {
                Projected::exact(CcmOwnership::CspOwned)
            }
        }
    }
}
